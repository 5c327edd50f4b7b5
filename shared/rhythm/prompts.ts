// "Inspire me": friend-first prompts, `{name}` filled with the featured person.
import { CATEGORY_IDS, type CategoryId } from '../vocabulary';

export interface PromptLike {
  id: string;
  category: CategoryId;
  text: string;
  hidden?: boolean;
}

/** `{name}` becomes the person's name; without one, "our team". */
export function fillPrompt(text: string, name?: string | null): string {
  return text.replaceAll('{name}', name?.trim() || 'our team');
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
      (CATEGORY_IDS as readonly string[]).includes((p as PromptLike).category),
  );
}

/**
 * The next prompt for `category` after `previousId` (visible ones; any category when that one
 * has none), so pressing "Inspire me" again always shows another.
 */
export function nextPrompt(
  prompts: readonly PromptLike[],
  category: CategoryId | null,
  previousId: string | null,
  seed = 0,
): PromptLike | null {
  const visible = prompts.filter((p) => !p.hidden);
  const mine = category ? visible.filter((p) => p.category === category) : [];
  const pool = mine.length > 0 ? mine : visible;
  if (pool.length === 0) return null;
  const at = pool.findIndex((p) => p.id === previousId);
  const index = at >= 0 ? (at + 1) % pool.length : Math.abs(seed) % pool.length;
  return pool[index]!;
}
