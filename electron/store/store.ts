// The store the handlers see: `transaction(work)` hands `work` a Tx, the repositories
// (repositories.ts) bound to one transaction, whose methods return Promises. This is the seam a
// server-backed store (PostgreSQL, later) fits behind: the handlers (electron/api/) never see
// SQL or a connection, and the store has no business rules.
//
// The SQLite implementation runs the repositories over SqliteSql (sql.ts), synchronous inside
// (better-sqlite3). Transactions run one at a time on the connection (a promise queue), each
// between BEGIN IMMEDIATE and COMMIT, or ROLLBACK when `work` throws, so concurrent IPC/HTTP
// calls never interleave and a failed call changes nothing.
import { dirname } from 'node:path';
import { now } from '../../shared/clock';
import { openDatabase } from './database';
import { adoptLegacyMeStaffId } from './prefs';
import { bindRepositories, type Tx } from './repositories';
import { SqliteSql, type Db } from './sql';

export type { Tx };
export type { ActionFields, ActionRecord, MeetingRecord } from './meetings';
export type { AuditInput, ConsentFields } from './consents';
export type { MediaFields } from './media';
export type { PostChanges, PostFields } from './posts';
export type { SettingsFields } from './settings';
export type { StaffFields } from './staff';
export type {
  CustomPrompt,
  HashtagGroup,
  SeriesFields,
  SeriesOccurrence,
  SeriesRecord,
} from './rhythm';

export interface Store {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it rejects.
   * Transactions never interleave.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): void;
}

export class SqliteStore implements Store {
  /** The end of the queue: the last transaction started settles before the next begins. */
  private queue: Promise<unknown> = Promise.resolve();
  private tx: Tx;
  private connection: Db;
  private executor: SqliteSql;
  /** When a transaction last committed a change (for the periodic backup), or null. */
  lastEditAt: Date | null = null;

  constructor(db: Db) {
    this.connection = db;
    this.executor = new SqliteSql(db);
    this.tx = bindRepositories(this.executor);
  }

  get db(): Db {
    return this.connection;
  }

  /** The executor the repositories run on (tests watch its statements through `trace`). */
  get sql(): SqliteSql {
    return this.executor;
  }

  /** The database file (better-sqlite3's name for it). */
  get file(): string {
    return this.connection.name;
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.enqueue(() => this.run(work));
  }

  /**
   * Runs `work` between transactions (none open, none starting meanwhile): for work on the
   * file itself, like swapping in a backup.
   */
  exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    return this.enqueue(async () => work());
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private changes(): number {
    return this.connection.prepare('SELECT total_changes() AS n').pluck().get() as number;
  }

  private async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const before = this.changes();
    this.connection.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(this.tx);
      const changed = this.changes() !== before;
      this.connection.exec('COMMIT');
      if (changed) this.lastEditAt = now();
      return result;
    } catch (error) {
      if (this.connection.inTransaction) this.connection.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Closes the connection, lets `replace` change the (closed) file, and opens it again. Call
   * only from `exclusive`. If the file cannot be opened afterwards, the error is thrown and
   * the store stays closed.
   */
  reopenAfter(replace: (file: string) => void): void {
    const file = this.file;
    this.connection.close();
    replace(file);
    this.connection = openDatabase(file);
    this.executor = new SqliteSql(this.connection);
    this.tx = bindRepositories(this.executor);
  }

  get open(): boolean {
    return this.connection.open;
  }

  close(): void {
    if (this.connection.open) this.connection.close();
  }
}

export interface OpenStoreOptions {
  /** Folder of this computer's prefs.json; default: the database file's folder. */
  prefsDir?: string;
}

/**
 * Opens the SQLite store at `file` (see openDatabase: refuses what is not ours, migrates), and
 * moves a "who am I" left in the shared settings by an older version into prefs.json.
 */
export function openStore(file: string, { prefsDir = dirname(file) }: OpenStoreOptions = {}) {
  const db = openDatabase(file);
  try {
    adoptLegacyMeStaffId(db, prefsDir);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db);
}
