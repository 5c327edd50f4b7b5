// Component tests talk to the real contract: the real dispatcher over a real SQLite file in a
// temp folder (vitest's jsdom environment still runs in Node, so better-sqlite3 loads).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch } from '../../../electron/api';
import { openDatabase } from '../../../electron/store/database';
import { setTransport } from '../../../renderer/api/client';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';

export function useRealApi() {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-component-'));
  const db = openDatabase(join(dir, 'rapport.db'));
  const dispatch = createDispatch(db, undefined, () => {});
  setTransport(async (channel, input) => dispatch(channel, input));

  /** Direct calls, for arranging data behind the UI's back. */
  function call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> {
    const result = dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as ChannelOutput<C>;
  }

  return {
    db,
    call,
    close() {
      setTransport(undefined);
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
