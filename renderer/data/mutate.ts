// Every change the screens make runs through `mutate`: it resolves to an Outcome (never
// throws), and tells the person about a failure unless the calling form shows all of it
// beside its fields.
import { fail } from '../state/notices';
import { ApiError, onlyAboutFields, type Outcome } from './errors';

export async function mutate<T>(
  run: () => Promise<T>,
  { fieldsShown = [] }: { fieldsShown?: readonly string[] } = {},
): Promise<Outcome<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (thrown) {
    const error =
      thrown instanceof ApiError
        ? thrown
        : new ApiError('internal', 'Something went wrong. Nothing was lost; please try again.');
    if (!onlyAboutFields(error, fieldsShown)) fail(error);
    return { ok: false, error };
  }
}
