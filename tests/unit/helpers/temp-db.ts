import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch, type Dispatch } from '../../../electron/api';
import type { Db } from '../../../electron/store/sql';
import { openStore, type SqliteStore } from '../../../electron/store/store';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { ApiErrorBody } from '../../../shared/envelope';

/**
 * A real SQLite file in a fresh temp folder, with the contract dispatcher over it; this
 * computer's prefs.json is in the same folder.
 */
export function tempStore() {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  const file = join(dir, 'rapport.db');
  const open = () => {
    const opened = openStore(file);
    return {
      store: opened,
      dispatch: createDispatch(opened, { prefsDir: dir, log: () => {} }),
    };
  };
  let { store, dispatch } = open();

  /** The contract dispatcher over the file as it is now (after reopen() too). */
  const current: Dispatch = (channel, input) => dispatch(channel, input);

  /** Calls a channel and returns its data, failing the test on an error envelope. */
  async function call<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ChannelOutput<C>> {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as ChannelOutput<C>;
  }

  /** Calls a channel expecting a refusal; returns the error body. */
  async function refuse(channel: unknown, input: unknown): Promise<ApiErrorBody> {
    const result = await dispatch(channel, input);
    if (result.ok) throw new Error(`${String(channel)} unexpectedly succeeded`);
    return result.error;
  }

  /** Every row of every table: to prove a refused call changed nothing. */
  function snapshot(): string {
    const { db } = store;
    // A full-text index is compared by what it holds (its rows), not by its shadow tables,
    // whose bookkeeping changes even when a write is undone by a later one.
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master t WHERE type = 'table' AND NOT EXISTS (
           SELECT 1 FROM sqlite_master v
           WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND t.name LIKE v.name || '\\_%' ESCAPE '\\'
         ) ORDER BY name`,
      )
      .all() as { name: string }[];
    return JSON.stringify(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
    );
  }

  return {
    dir,
    file,
    /** The SQLite store (its `db` is the better-sqlite3 handle, for checks and seeding). */
    get store(): SqliteStore {
      return store;
    },
    get db(): Db {
      return store.db;
    },
    dispatch: current,
    call,
    refuse,
    snapshot,
    reopen() {
      store.close();
      ({ store, dispatch } = open());
    },
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type TempStore = ReturnType<typeof tempStore>;
