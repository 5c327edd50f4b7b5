// From a form's draft to the patch to save: the fields that differ from the saved values, and
// among those the ones that cannot be saved yet (they have an error and wait until fixed).
// The post editor, the staff editor and the settings page all build their patch with it; the
// checkbox lists (platforms, featured staff, consent covers) all tick with `toggled`.

export interface DraftField<V> {
  /** The value the draft would save. */
  value: V;
  /** The value saved now. */
  saved: V;
  /** Whether the two mean the same (default: equal as JSON). */
  same?: (value: V, saved: V) => boolean;
}

export type DraftFields<P> = { [K in keyof P]?: DraftField<Exclude<P[K], undefined>> };

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function draftPatch<P extends object>(
  fields: DraftFields<P>,
  errors: Partial<Record<keyof P, string>> = {},
): { patch: Partial<P>; blocked: (keyof P)[] } {
  const patch: Partial<P> = {};
  const blocked: (keyof P)[] = [];
  for (const key of Object.keys(fields) as (keyof P)[]) {
    const field = fields[key]!;
    if ((field.same ?? sameJson)(field.value, field.saved)) continue;
    if (errors[key]) blocked.push(key);
    else patch[key] = field.value as P[keyof P];
  }
  return { patch, blocked };
}

/** Whether anything in the draft differs (saveable or not). */
export function isDraftDirty<P extends object>(result: {
  patch: Partial<P>;
  blocked: unknown[];
}): boolean {
  return result.blocked.length > 0 || Object.keys(result.patch).length > 0;
}

/** Same members in any order (featured people). */
export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** A list with `item` put in or taken out, in `order`. */
export function toggled<T extends string>(
  list: readonly T[],
  item: T,
  on: boolean,
  order: readonly T[],
): T[] {
  return order.filter((x) => (x === item ? on : list.includes(x)));
}
