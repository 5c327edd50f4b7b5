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
import type { AuditEntry, Consent } from '../../shared/channels/consents';
import type { Media, MediaListItem } from '../../shared/channels/media';
import type { Post, Settings, Staff } from '../../shared/contract';
import {
  appendAudit,
  findConsent,
  hasAudit,
  insertConsent,
  listAudit,
  listConsents,
  listExpiredConsents,
  updateConsentRow,
  type AuditInput,
  type ConsentFields,
} from './consents';
import {
  deleteMediaRow,
  findMedia,
  findMediaBySha,
  insertMedia,
  listMedia,
  mediaStats,
  mediaUsage,
  updateMediaRow,
  type MediaFields,
} from './media';
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
  postIdsUsingConsent,
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
import {
  planPostsPage,
  planExtras,
  plannerIsEmpty,
  restoreExtras,
  restorePosts,
  restoreSettings,
  restoreStaff,
  type PlanExtras,
  type PlanPost,
} from './transfer';
import { findStaff, insertStaff, listStaff, updateStaffRow, type StaffFields } from './staff';
import { rhythmRepos, type RhythmRepos } from './rhythm-repos';
import * as meetings from './meetings';
import type { ActionFields, ActionRecord, MeetingRecord } from './meetings';
import { now } from '../../shared/clock';

export type { ActionFields, ActionRecord, MeetingRecord };
export type { AuditInput, ConsentFields, MediaFields, PostFields, SettingsFields, StaffFields };
export type {
  CustomPrompt,
  HashtagGroup,
  SeriesFields,
  SeriesOccurrence,
  SeriesRecord,
} from './rhythm-repos';

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
  /** Posts (trash included) relying on a consent, directly or through a media item. */
  idsUsingConsent(consentId: string): Promise<string[]>;
  /** Not deleted posts matching an FTS5 expression (shared/search.ts `ftsQuery`), best first. */
  search(match: string, limit: number): Promise<SearchRow[]>;
  /** Every dated post, trash included. */
  listDated(): Promise<{ id: string; scheduledAt: string; deleted: boolean }[]>;
  /** Moves posts to new instants, bumping their versions. */
  moveInTime(moves: readonly { id: string; to: string }[]): Promise<void>;
}

export interface ConsentsRepo {
  list(): Promise<Consent[]>;
  find(id: string): Promise<Consent | undefined>;
  insert(fields: ConsentFields): Promise<Consent>;
  /** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
  update(id: string, version: number, fields: ConsentFields): Promise<Consent | undefined>;
  /** Not revoked, expiry date before `today`. */
  expired(today: string): Promise<Consent[]>;
  /** Appends to the audit log (it cannot be changed or cut). */
  audit(entry: AuditInput): Promise<void>;
  hasAudit(consentId: string, action: AuditEntry['action'], detail: string): Promise<boolean>;
  auditLog(consentId?: string): Promise<AuditEntry[]>;
}

export interface MediaRepo {
  find(id: string): Promise<Media | undefined>;
  findBySha(sha256: string): Promise<Media | undefined>;
  list(search: string, unused: boolean): Promise<MediaListItem[]>;
  insert(fields: MediaFields): Promise<Media>;
  update(id: string, version: number, fields: MediaFields): Promise<Media | undefined>;
  delete(id: string): Promise<boolean>;
  usage(id: string): Promise<MediaListItem['usedBy']>;
  stats(): Promise<{ items: number; unused: number }>;
}

export interface SampleRepo {
  count(): Promise<SampleCounts>;
  markStaff(id: string): Promise<void>;
  markPost(id: string): Promise<void>;
  remove(): Promise<SampleRemoval>;
}

/** The whole plan, out and back in exactly as it was (ids, versions, times). */
export interface TransferRepo {
  isEmpty(): Promise<boolean>;
  /**
   * Up to `limit` posts (the trash too) with their place in a series, in the order written,
   * after row `after` (0: from the start); `last` is the row to go on from.
   */
  postsPage(after: number, limit: number): Promise<{ posts: PlanPost[]; last: number }>;
  /**
   * Series, prompts, hashtag groups, rhythm settings, consents and their log, media rows,
   * meetings and action items.
   */
  extras(): Promise<PlanExtras>;
  restoreSettings(settings: Settings): Promise<void>;
  restoreStaff(people: readonly Staff[]): Promise<void>;
  /** After restoreStaff, before restorePosts: the rows posts refer to. */
  restoreExtras(extras: PlanExtras): Promise<void>;
  restorePosts(posts: readonly PlanPost[]): Promise<void>;
}

/** The weekly meeting's decisions and action items. */
export interface MeetingsRepo {
  find(week: string): Promise<MeetingRecord | undefined>;
  /** Writes the notes if the version is still `version` (0: a new week); undefined if not. */
  save(week: string, version: number, notes: string): Promise<MeetingRecord | undefined>;
  findAction(id: string): Promise<ActionRecord | undefined>;
  listActions(options: { upToWeek?: string; open?: boolean }): Promise<ActionRecord[]>;
  insertAction(fields: ActionFields): Promise<ActionRecord>;
  /** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
  updateAction(
    id: string,
    version: number,
    fields: ActionFields,
  ): Promise<ActionRecord | undefined>;
}

/** Repositories bound to one transaction. */
export interface Tx extends RhythmRepos {
  readonly settings: SettingsRepo;
  readonly staff: StaffRepo;
  readonly posts: PostsRepo;
  readonly sample: SampleRepo;
  readonly consents: ConsentsRepo;
  readonly media: MediaRepo;
  readonly transfer: TransferRepo;
  readonly meetings: MeetingsRepo;
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
      idsUsingConsent: bind(db, postIdsUsingConsent),
      search: bind(db, searchPosts),
      listDated: bind(db, listDatedPosts),
      moveInTime: bind(db, moveScheduledAt),
    },
    consents: {
      list: bind(db, listConsents),
      find: bind(db, findConsent),
      insert: bind(db, insertConsent),
      update: bind(db, updateConsentRow),
      expired: bind(db, listExpiredConsents),
      audit: bind(db, appendAudit),
      hasAudit: bind(db, hasAudit),
      auditLog: bind(db, listAudit),
    },
    media: {
      find: bind(db, findMedia),
      findBySha: bind(db, findMediaBySha),
      list: bind(db, listMedia),
      insert: bind(db, insertMedia),
      update: bind(db, updateMediaRow),
      delete: bind(db, deleteMediaRow),
      usage: bind(db, mediaUsage),
      stats: bind(db, mediaStats),
    },
    sample: {
      count: bind(db, countSample),
      markStaff: bind(db, markStaffAsSample),
      markPost: bind(db, markPostAsSample),
      remove: bind(db, removeSample),
    },
    ...rhythmRepos(db, bind),
    meetings: {
      find: bind(db, meetings.findMeeting),
      save: bind(db, meetings.saveMeeting),
      findAction: bind(db, meetings.findAction),
      listActions: bind(db, meetings.listActions),
      insertAction: bind(db, meetings.insertAction),
      updateAction: bind(db, meetings.updateActionRow),
    },
    transfer: {
      isEmpty: bind(db, plannerIsEmpty),
      postsPage: bind(db, planPostsPage),
      extras: bind(db, planExtras),
      restoreExtras: bind(db, restoreExtras),
      restoreSettings: bind(db, restoreSettings),
      restoreStaff: bind(db, restoreStaff),
      restorePosts: bind(db, restorePosts),
    },
  };
}

export class SqliteStore implements Store {
  /** The end of the queue: the last transaction started settles before the next begins. */
  private queue: Promise<unknown> = Promise.resolve();
  private tx: Tx;
  private connection: Db;
  /** When a transaction last committed a change (for the periodic backup), or null. */
  lastEditAt: Date | null = null;

  constructor(db: Db) {
    this.connection = db;
    this.tx = sqliteTx(db);
  }

  get db(): Db {
    return this.connection;
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
    this.tx = sqliteTx(this.connection);
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
