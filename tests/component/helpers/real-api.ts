// Component tests talk to the real contract: the real dispatcher over a real SQLite file in a
// temp folder (vitest's jsdom environment still runs in Node, so better-sqlite3 loads). The
// temp store is the unit tests' one, so call, refuse, snapshot, reopen and db work here too.
import { setTransport } from '../../../renderer/data/client';
import { resetPosts, usePostsStore } from '../../../renderer/data/posts';
import { sampleQuery } from '../../../renderer/data/sample';
import { loadPrefs, usePrefsStore } from '../../../renderer/data/prefs';
import { loadSettings, useSettingsStore } from '../../../renderer/data/settings';
import { loadStaff, useStaffStore, workloadQuery } from '../../../renderer/data/staff';
import { useNotices } from '../../../renderer/state/notices';
import { useRoute } from '../../../renderer/state/route';
import { useUi } from '../../../renderer/state/ui';
import type { Post } from '../../../shared/contract';
import type { Envelope } from '../../../shared/envelope';
import { tempStore } from '../../unit/helpers/temp-db';

/**
 * How calls and answers cross between the renderer and the store: as they are, structured-cloned
 * as over Electron's IPC, or as JSON as over the browser host's HTTP API.
 */
export type Wire = 'none' | 'ipc' | 'http';

const CROSS: Record<Wire, (value: unknown) => unknown> = {
  none: (value) => value,
  ipc: (value) => structuredClone(value),
  http: (value) => JSON.parse(JSON.stringify(value ?? {})),
};

/**
 * Makes the real dispatcher over a fresh temp store the renderer's transport, and starts the
 * renderer's stores afresh to match (a new planner file is a new app state).
 */
export function useRealApi({ wire = 'none' }: { wire?: Wire } = {}) {
  const store = tempStore();
  useSettingsStore.setState(useSettingsStore.getInitialState(), true);
  usePrefsStore.setState(usePrefsStore.getInitialState(), true);
  useStaffStore.setState(useStaffStore.getInitialState(), true);
  useNotices.setState(useNotices.getInitialState(), true);
  useRoute.setState(useRoute.getInitialState(), true);
  useUi.setState(useUi.getInitialState(), true);
  resetPosts();
  workloadQuery.reset();
  sampleQuery.reset();
  const cross = CROSS[wire];
  setTransport(
    async (channel, input) =>
      cross(await store.dispatch(channel, cross(input))) as Envelope<unknown>,
  );
  return Object.assign(store, {
    /** Takes the transport away again and deletes the temp folder. */
    close() {
      setTransport(undefined);
      store.cleanup();
    },
  });
}
export type RealApi = ReturnType<typeof useRealApi>;

/** What the app loads before it shows any page: the settings and the team. */
export async function loadApp(): Promise<void> {
  await Promise.all([loadSettings(), loadStaff(), loadPrefs()]);
}

/** Every post the renderer has loaded, dated or not. */
export function loadedPosts(): Post[] {
  const { dated, undated } = usePostsStore.getState();
  return [...Object.values(dated), ...Object.values(undated)];
}
