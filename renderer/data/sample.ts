// The sample month from "Load a sample month", and taking it out again.
import { todayIn } from '../../shared/clock';
import { plural } from '../lib/format';
import { notify } from '../state/notices';
import { api } from './client';
import { mutate } from './mutate';
import { reloadPosts } from './posts';
import { defineQuery } from './query';
import { loadStaff, useStaffStore } from './staff';

export const sampleQuery = defineQuery(async () => (await api('sample.status', {})).loaded);

const people = (n: number) => plural(n, { one: 'person', other: 'people' });
const posts = (n: number) => plural(n, { one: 'post', other: 'posts' });

/** Loads the sample month around today where the practice is; tells how it went. */
export async function loadSampleMonth(): Promise<boolean> {
  const today = todayIn(); // luxon's default zone is the practice's
  const outcome = await mutate(() => api('sample.load', { today }));
  if (!outcome.ok) return false;
  await loadStaff();
  reloadPosts();
  sampleQuery.invalidate();
  notify(
    `Loaded a sample month: ${people(outcome.data.staff)} and ${posts(outcome.data.posts)} ` +
      'from Lumen Aesthetics, a made-up practice. Remove it any time in Settings.',
  );
  return true;
}

export async function removeSampleMonth(): Promise<boolean> {
  const before = useStaffStore.getState().list;
  const outcome = await mutate(() => api('sample.remove', {}));
  if (!outcome.ok) return false;
  const after = new Map((await loadStaff()).map((s) => [s.id, s]));
  reloadPosts();
  sampleQuery.invalidate();
  const kept = before.filter((s) => s.active && after.get(s.id)?.active === false).length;
  notify(
    `Removed the sample month: ${posts(outcome.data.posts)} and ${people(outcome.data.staff)}.` +
      (kept > 0
        ? ` ${plural(kept, { one: 'sample person', other: 'sample people' })} your own posts mention ` +
          `${kept === 1 ? 'was' : 'were'} kept, archived.`
        : ''),
  );
  return true;
}
