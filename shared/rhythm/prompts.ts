// "Inspire me": friend-first prompts, `{name}` filled with the featured person and `{funFact}`
// with their fun fact. A prompt is offered only where it fits: its category, its occasion (a
// birthday prompt never lands on a work anniversary, nor the other way round), and a fun-fact
// prompt only for someone who has one.
import { CATEGORY_IDS, type CategoryId } from '../vocabulary';

export const OCCASIONS = ['birthday', 'anniversary'] as const;
export type Occasion = (typeof OCCASIONS)[number];

export interface PromptLike {
  id: string;
  category: CategoryId;
  text: string;
  hidden?: boolean;
  /** Fits only a post for this occasion; none: fits any post of its category. */
  occasion?: Occasion | null;
}

/** What a post offers a prompt: its category, its occasion, the person it features. */
export interface PromptContext {
  category: CategoryId | null;
  occasion?: Occasion | null;
  /** The featured person's fun fact ('' or none: they have not shared one). */
  funFact?: string | null;
}

const FUN_FACT = '{funFact}';

/**
 * The occasion a celebration post is for, read from its title the way "Plan a post" writes it
 * ("Happy birthday, Elena!", "Elena: 5 years with the team") or a person would.
 */
export function postOccasion(category: CategoryId, title: string): Occasion | null {
  if (category !== 'celebration') return null;
  if (/\bbirthday\b/i.test(title)) return 'birthday';
  if (/\banniversary\b|\byears? (?:with|at)\b/i.test(title)) return 'anniversary';
  return null;
}

/** `{name}` becomes the person's name (without one, "our team"); `{funFact}` their fun fact. */
export function fillPrompt(text: string, name?: string | null, funFact?: string | null): string {
  const fact = funFact?.trim() ?? '';
  const sentence = fact && !/[.!?…]$/.test(fact) ? `${fact}.` : fact;
  return text.replaceAll('{name}', name?.trim() || 'our team').replaceAll(FUN_FACT, sentence);
}

/** Whether a prompt suits a post: same occasion, and a fun fact to tell when it asks for one. */
export function promptFits(prompt: PromptLike, context: Omit<PromptContext, 'category'>): boolean {
  if ((prompt.occasion ?? null) !== (context.occasion ?? null)) return false;
  return !prompt.text.includes(FUN_FACT) || Boolean(context.funFact?.trim());
}

/** Well-formed library entries only (the file ships with the app, but check anyway). */
export function readPromptLibrary(raw: unknown): PromptLike[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (p): p is PromptLike =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as PromptLike).id === 'string' &&
      typeof (p as PromptLike).text === 'string' &&
      (CATEGORY_IDS as readonly string[]).includes((p as PromptLike).category) &&
      [undefined, null, ...OCCASIONS].includes((p as PromptLike).occasion),
  );
}

/**
 * The next fitting prompt for the post after `previousId` (visible ones; any category when the
 * post's has none that fit), so pressing "Inspire me" again always shows another.
 */
export function nextPrompt(
  prompts: readonly PromptLike[],
  context: PromptContext,
  previousId: string | null,
  seed = 0,
): PromptLike | null {
  const visible = prompts.filter((p) => !p.hidden && promptFits(p, context));
  const mine = context.category ? visible.filter((p) => p.category === context.category) : [];
  const pool = mine.length > 0 ? mine : visible;
  if (pool.length === 0) return null;
  const at = pool.findIndex((p) => p.id === previousId);
  const index = at >= 0 ? (at + 1) % pool.length : Math.abs(seed) % pool.length;
  return pool[index]!;
}
