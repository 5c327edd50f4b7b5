// Backups as the handlers and hosts use them. A backup is made through a second, read-only
// connection, so it works while a handler's transaction is open on the main one; a restore
// swaps the file in between transactions (SqliteStore.exclusive), after the handler returned.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupDue, type BackupInfo, type BackupReason } from '../../../shared/backup-rules';
import {
  addBackupFile,
  backupDirFor,
  backupPath,
  backupProblems,
  listBackups,
  replaceDatabaseFile,
  rotateBackups,
  writeBackup,
} from './backups';
import type { SqliteStore } from '../store';
import { now as clockNow } from '../../../shared/clock';

export interface BackupService {
  list(): Promise<BackupInfo[]>;
  find(id: string): Promise<BackupInfo | undefined>;
  /**
   * What keeps a backup from being restored, in words (empty when it is good): damaged, not a
   * Rapport planner, or too new (backupProblems).
   */
  check(id: string): Promise<string[]>;
  /** Makes a checked backup of the planner as last committed, then rotates old ones. */
  create(reason: BackupReason): Promise<BackupInfo>;
  /** Takes a saved backup file in as a backup of its own (see addBackupFile). */
  add(file: string): Promise<BackupInfo>;
  /** Swaps the backup in once the running transaction is over. */
  scheduleRestore(id: string, fallbackId: string): void;
}

export function sqliteBackups(store: SqliteStore, dir = backupDirFor(store.file)): BackupService {
  const file = (id: string) => backupPath(dir, id);
  /** `work()` as a promise: a refusal it throws (a link under a backup's name) rejects it. */
  const settle = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error as Error);
    }
  };
  return {
    list: () => Promise.resolve(listBackups(dir)),
    find: (id) => settle(() => (file(id) ? listBackups(dir).find((b) => b.id === id) : undefined)),
    check: (id) =>
      settle(() => {
        const path = file(id);
        return path ? backupProblems(path) : ['it is no longer there'];
      }),
    create: (reason) =>
      settle(() => {
        const reader = new Database(store.file, { readonly: true, fileMustExist: true });
        try {
          const info = writeBackup(reader, dir, reason);
          rotateBackups(dir);
          return info;
        } finally {
          reader.close();
        }
      }),
    add: (source) => settle(() => addBackupFile(source, dir)),
    scheduleRestore: (id, fallbackId) => {
      void store.exclusive(() => {
        try {
          store.reopenAfter((db) => replaceDatabaseFile(db, join(dir, id)));
        } catch (error) {
          console.error(`Restoring ${id} failed; going back to ${fallbackId}`, error);
          if (!store.open)
            store.reopenAfter((db) => replaceDatabaseFile(db, join(dir, fallbackId)));
        }
      });
    },
  };
}

export interface BackupScheduleOptions {
  now?: () => Date;
  every?: number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
  log?: (message: string, error: unknown) => void;
}

/**
 * The automatic backups: one now when the newest is older than a day, then, checked every few
 * minutes, one when edits happened and the newest is older than a few hours (see backupDue).
 * Returns a function that stops the timer.
 */
export function startBackupSchedule(
  store: SqliteStore,
  backups: BackupService,
  options: BackupScheduleOptions = {},
): () => void {
  const {
    now = clockNow,
    every = 10 * 60_000,
    setInterval: set = (fn, ms) => setInterval(fn, ms),
    clearInterval: clear = (h) => clearInterval(h as NodeJS.Timeout),
    log = (m, e) => console.error(m, e),
  } = options;
  const check = async (atStart: boolean) => {
    const [newest] = await backups.list();
    const due = backupDue({
      now: now(),
      lastBackupAt: newest ? new Date(newest.createdAt) : null,
      lastEditAt: store.lastEditAt,
      atStart,
    });
    if (due && store.open) {
      await store.exclusive(() => backups.create(atStart ? 'start' : 'periodic'));
    }
  };
  const run = (atStart: boolean) => {
    check(atStart).catch((error: unknown) => log('The automatic backup failed', error));
  };
  run(true);
  const handle = set(() => run(false), every);
  return () => clear(handle);
}
