// Whatever text search is given, it is searched or refused in words, never a failure: the seen
// NUL, then many random strings (a seeded generator, so a failure can be replayed) through the
// real dispatcher over a real planner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../bench/helpers/prng';
import { ftsQuery } from '../../shared/search';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeAll(async () => {
  store = tempStore();
  for (const [title, caption] of [
    ['Week 2026-W11 plan', 'Spring glow, sunscreen reminder'],
    ['Meet Dr. Ana', 'Our "new" laser — NOT a sales pitch'],
    ['Café crème day', 'عيد سعيد · 你好 · emoji 😀 time'],
  ]) {
    await store.call('posts.create', { title: title!, caption: caption! });
  }
});
afterAll(() => store.cleanup());

const PIECES = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), // C0 controls, NUL first
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ud83d',
  '\ude00', // lone surrogates, halves
  '😀',
  '👩‍⚕️',
  '🇫🇷',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﷺ',
  '㍿',
  'ﬃ',
  '①',
  'Ⅻ', // NFKC growers
  '"',
  "'",
  '`',
  '""',
  '\\',
  '/',
  '*',
  '^',
  ':',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '-',
  '+',
  '.',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  'title:',
  'caption:',
  '{title caption}:',
  '"*"',
  '^"',
  'sunscreen',
  'glow',
  '2026',
  'W11',
  'Dr',
  'ana',
  'café',
  'عيد',
  '你好',
  'x'.repeat(300),
  ' ',
  '  ',
  '\t',
  '\n',
  '\u3000',
  '%',
  '_',
  "'; DROP TABLE posts; --",
  '\u0000\u0000',
];

function randomQuery(next: () => number): string {
  const pieces = Math.floor(next() * 14);
  let text = '';
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(next() * PIECES.length)]!;
  // Now and then, something very long.
  if (next() < 0.03) text = text.repeat(1 + Math.floor(next() * 500));
  return text;
}

describe('posts.search', () => {
  it('searches a query with a NUL character in it (seen: HTTP 500 `internal`)', async () => {
    const answer = await store.dispatch('posts.search', { query: '2026-W11\u0000' });
    expect(answer).toMatchObject({ ok: true });
    expect(answer.ok && (answer.data as { title: string }[]).map((r) => r.title)).toEqual([
      'Week 2026-W11 plan',
    ]);
  });

  it('searches or refuses in words every one of 1,500 random queries, never `internal`', async () => {
    const next = prng(20261209);
    const failures: { query: string; code: string; message: string }[] = [];
    let searched = 0;
    let refused = 0;
    for (let i = 0; i < 1500; i++) {
      const query = randomQuery(next);
      const answer = await store.dispatch('posts.search', { query, limit: 5 });
      if (answer.ok) searched++;
      else if (answer.error.code === 'invalid_input' && /\w{3,}/.test(answer.error.message)) {
        refused++;
      } else failures.push({ query: JSON.stringify(query), ...answer.error });
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // Both ways were really taken: most are searched, the too long refused.
    expect(searched).toBeGreaterThan(1200);
    expect(refused).toBeGreaterThan(0);
  }, 60_000);

  it('makes no FTS5 expression with a control character or a lone surrogate in it', () => {
    const next = prng(7);
    for (let i = 0; i < 5000; i++) {
      const query = ftsQuery(randomQuery(next));
      expect(query ?? '').not.toMatch(/[\p{Cc}\p{Cs}]/u);
    }
  });
});
