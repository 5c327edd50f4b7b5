// What an edit changes: the fields of a patch whose value differs from what is saved. Updates
// write only those (the store's patch writes) and check only what depends on them.

/** The same value as JSON, object keys in any order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The fields of `patch` (undefined ones aside) whose value differs from `saved`'s; `sets` are
 * lists kept without order (featured people), the same in any order.
 */
export function changedFields<T extends object>(
  saved: T,
  patch: Partial<T>,
  sets: readonly (keyof T)[] = [],
): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value === undefined) continue;
    const same = sets.includes(key)
      ? canonical([...(value as string[])].sort()) ===
        canonical([...(saved[key] as string[])].sort())
      : canonical(value) === canonical(saved[key]);
    if (!same) changes[key] = value;
  }
  return changes;
}

/** Whether `changes` carries any of `fields`. */
export function changesAny<T extends object>(changes: Partial<T>, fields: readonly (keyof T)[]) {
  return fields.some((field) => changes[field] !== undefined);
}
