// Two windows edited the same record: merge by field. A field changed on one side only takes
// that side's value; a field changed on both sides to the same value is no conflict; only a
// field changed on both sides to different values is a conflict, left for the person to pick.
// Pure: both the renderer's editor and tests use it.

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export interface MergeResult<T> {
  /** Every field merged; a conflicting field keeps `mine` until the person chooses. */
  merged: T;
  /** What to save on top of `theirs`: the fields only this side changed (no conflicts). */
  patch: Partial<T>;
  /** The fields both sides changed to different values. */
  conflicts: (keyof T)[];
}

/**
 * `base` is the version both sides started from, `mine` this side's values, `theirs` the newer
 * version saved elsewhere. `same` says whether two values of a field mean the same.
 */
export function mergeByField<T extends object>(
  base: T,
  mine: T,
  theirs: T,
  same: (a: unknown, b: unknown, field: keyof T) => boolean = sameJson,
): MergeResult<T> {
  const merged = { ...theirs };
  const patch: Partial<T> = {};
  const conflicts: (keyof T)[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys as Set<keyof T>) {
    const mineChanged = !same(mine[key], base[key], key);
    if (!mineChanged) continue;
    const theirsChanged = !same(theirs[key], base[key], key);
    merged[key] = mine[key];
    if (same(mine[key], theirs[key], key)) continue;
    if (theirsChanged) conflicts.push(key);
    else patch[key] = mine[key];
  }
  return { merged, patch, conflicts };
}
