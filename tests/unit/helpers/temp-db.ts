import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch, type Dispatch } from '../../../electron/api';
import { openDatabase, type Db } from '../../../electron/store/database';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { ApiErrorBody } from '../../../shared/envelope';

/** A real SQLite file in a fresh temp folder, with the contract dispatcher over it. */
export function tempStore() {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  const file = join(dir, 'rapport.db');
  let db: Db = openDatabase(file);
  let dispatch = createDispatch(db, undefined, () => {});

  /** The contract dispatcher over the file as it is now (after reopen() too). */
  const current: Dispatch = (channel, input) => dispatch(channel, input);

  /** Calls a channel and returns its data, failing the test on an error envelope. */
  function call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> {
    const result = dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as ChannelOutput<C>;
  }

  /** Calls a channel expecting a refusal; returns the error body. */
  function refuse(channel: unknown, input: unknown): ApiErrorBody {
    const result = dispatch(channel, input);
    if (result.ok) throw new Error(`${String(channel)} unexpectedly succeeded`);
    return result.error;
  }

  /** Every row of every table: to prove a refused call changed nothing. */
  function snapshot(): string {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    return JSON.stringify(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
    );
  }

  return {
    dir,
    file,
    get db() {
      return db;
    },
    dispatch: current,
    call,
    refuse,
    snapshot,
    reopen() {
      db.close();
      db = openDatabase(file);
      dispatch = createDispatch(db, undefined, () => {});
    },
    cleanup() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type TempStore = ReturnType<typeof tempStore>;
