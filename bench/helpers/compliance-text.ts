// Captions for the compliance benchmarks: a practice's words with some a rule flags, emoji,
// accents and hashtags, from a fixed seed, cut at a whole word to the length asked for.
import { prng } from './prng';
import { HASHTAGS, SENTENCES } from './words';

const FLAGGED = [
  'Book now, only 3 spots left this week!',
  'Anti-wrinkle injections from £150 per area.',
  'Guaranteed results, no downtime.',
  '★★★★★ “Lovely team!” – Sarah',
  'Before and after: three sessions of microneedling.',
  '¡Solo hoy! 20% de descuento en rellenos.',
  'Win a free lip filler, tag a friend!',
];
const EXTRAS = ['☕', '🌸', '💉', '👩🏽‍⚕️', 'Café crème.', 'Zoë’s naïve résumé.'];

export function caption(length: number, seed = 2026): string {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  let text = '';
  while (text.length < length) {
    const r = random();
    const next = r < 0.15 ? pick(FLAGGED) : r < 0.3 ? pick(EXTRAS) : pick(SENTENCES);
    text += (text ? ' ' : '') + next;
    if (random() < 0.1) text += ` #${pick(HASHTAGS)} #b0tox`;
  }
  return text.slice(0, text.lastIndexOf(' ', length) > 0 ? text.lastIndexOf(' ', length) : length);
}
