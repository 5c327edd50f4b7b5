// One way to fail: every call's error is an ApiError (code, message, fields). Field errors are
// shown beside the field by the form that owns it; anything else becomes a notice.
import { ApiError } from '../../shared/envelope';

export { ApiError };

/** A message for a person, from whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Nothing was lost; please try again.';
}

/**
 * True when the host cannot use the planner file now (HTTP 503 `unavailable`: it is damaged).
 * No retry helps; the restore page (shown when the app starts again) does.
 */
export function plannerUnavailable(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'unavailable';
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Field → message from an error the server returned (`platforms.2` counts for `platforms`). */
export function fieldErrorsOf<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F, string>> {
  const found: Partial<Record<F, string>> = {};
  if (!(error instanceof ApiError)) return found;
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) found[field] ??= message;
  }
  return found;
}

/** True when every problem the error names is a field in `shown` (so the form says it all). */
export function onlyAboutFields(error: unknown, shown: readonly string[]): boolean {
  if (!(error instanceof ApiError) || !error.fields) return false;
  const paths = Object.keys(error.fields);
  return (
    paths.length > 0 && paths.every((p) => shown.some((f) => p === f || p.startsWith(`${f}.`)))
  );
}
