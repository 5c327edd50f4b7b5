// The store the handlers see: `transaction(work)` hands `work` a Tx, a small set of repositories
// bound to one transaction, whose methods return Promises. This is the seam a server-backed
// store (PostgreSQL, later) fits behind: the handlers (electron/api/) never see SQL or a
// connection, and the store has no business rules.
//
// The SQLite implementation stays synchronous inside (better-sqlite3): each Tx method wraps a
// repository function of this folder. Transactions run one at a time on the connection (a
// promise queue), each between BEGIN IMMEDIATE and COMMIT, or ROLLBACK when `work` throws, so
// concurrent IPC/HTTP calls never interleave and a failed call changes nothing.
import { dirname } from 'node:path';
import type { Post, Settings, Staff } from '../../shared/contract';
import { openDatabase, type Db } from './database';
import {
  countUpcomingByOwner,
  findPost,
  insertPost,
  listBacklog,
  listDatedPosts,
  moveScheduledAt,
  listPostsInRange,
  listTrash,
  purgeTrash,
  setPostDeleted,
  updatePostRow,
  type PostFields,
} from './posts';
import { adoptLegacyMeStaffId } from './prefs';
import {
  countSample,
  markPostAsSample,
  markStaffAsSample,
  removeSample,
  type SampleCounts,
  type SampleRemoval,
} from './sample';
import { searchPosts, type SearchRow } from './search';
import { getSettings, updateSettings, type SettingsFields } from './settings';
import { findStaff, insertStaff, listStaff, updateStaffRow, type StaffFields } from './staff';

export type { PostFields, SettingsFields, StaffFields };

export interface SettingsRepo {
  get(): Promise<Settings>;
  /** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
  update(version: number, fields: SettingsFields): Promise<Settings | undefined>;
}

export interface StaffRepo {
  list(includeArchived: boolean): Promise<Staff[]>;
  find(id: string): Promise<Staff | undefined>;
  insert(fields: StaffFields): Promise<Staff>;
  /** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
  update(id: string, version: number, fields: StaffFields): Promise<Staff | undefined>;
}

export interface PostsRepo {
  find(id: string): Promise<Post | undefined>;
  /** Not deleted, scheduled in [from, to), by time. */
  listRange(from: string, to: string): Promise<Post[]>;
  backlog(): Promise<Post[]>;
  trash(): Promise<Post[]>;
  insert(fields: PostFields): Promise<Post>;
  /** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
  update(id: string, version: number, fields: PostFields): Promise<Post | undefined>;
  setDeleted(id: string, deleted: boolean): Promise<Post>;
  purgeTrash(): Promise<number>;
  upcomingByOwner(from: string): Promise<{ staffId: string | null; upcoming: number }[]>;
  /** Not deleted posts matching an FTS5 expression (shared/search.ts `ftsQuery`), best first. */
  search(match: string, limit: number): Promise<SearchRow[]>;
  /** Every dated post, trash included. */
  listDated(): Promise<{ id: string; scheduledAt: string; deleted: boolean }[]>;
  /** Moves posts to new instants, bumping their versions. */
  moveInTime(moves: readonly { id: string; to: string }[]): Promise<void>;
}

export interface SampleRepo {
  count(): Promise<SampleCounts>;
  markStaff(id: string): Promise<void>;
  markPost(id: string): Promise<void>;
  remove(): Promise<SampleRemoval>;
}

/** Repositories bound to one transaction. */
export interface Tx {
  readonly settings: SettingsRepo;
  readonly staff: StaffRepo;
  readonly posts: PostsRepo;
  readonly sample: SampleRepo;
}

export interface Store {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it rejects.
   * Transactions never interleave.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): void;
}

/** A repository function `(db, ...args) => R` as a Tx method `(...args) => Promise<R>`. */
function bind<A extends unknown[], R>(db: Db, fn: (db: Db, ...args: A) => R) {
  return (...args: A): Promise<R> => {
    try {
      return Promise.resolve(fn(db, ...args));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  };
}

function sqliteTx(db: Db): Tx {
  return {
    settings: {
      get: bind(db, getSettings),
      update: bind(db, updateSettings),
    },
    staff: {
      list: bind(db, listStaff),
      find: bind(db, findStaff),
      insert: bind(db, insertStaff),
      update: bind(db, updateStaffRow),
    },
    posts: {
      find: bind(db, findPost),
      listRange: bind(db, listPostsInRange),
      backlog: bind(db, listBacklog),
      trash: bind(db, listTrash),
      insert: bind(db, insertPost),
      update: bind(db, updatePostRow),
      setDeleted: bind(db, setPostDeleted),
      purgeTrash: bind(db, purgeTrash),
      upcomingByOwner: bind(db, countUpcomingByOwner),
      search: bind(db, searchPosts),
      listDated: bind(db, listDatedPosts),
      moveInTime: bind(db, moveScheduledAt),
    },
    sample: {
      count: bind(db, countSample),
      markStaff: bind(db, markStaffAsSample),
      markPost: bind(db, markPostAsSample),
      remove: bind(db, removeSample),
    },
  };
}

export class SqliteStore implements Store {
  /** The end of the queue: the last transaction started settles before the next begins. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly tx: Tx;

  constructor(readonly db: Db) {
    this.tx = sqliteTx(db);
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.run(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(this.tx);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  get open(): boolean {
    return this.db.open;
  }

  close(): void {
    if (this.db.open) this.db.close();
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
