// Backups of the one planner file: made with SQLite's online copy (`VACUUM INTO`, a consistent
// snapshot while the app keeps running), written to a temporary name, checked with
// `PRAGMA integrity_check`, and only then renamed into `backups/` beside the database, so a
// file there always is a good backup. Rotation and scheduling are pure functions in
// shared/backup-rules.ts.
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { isOwnFile, ownFile } from '../../own-file';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import {
  BACKUP_REASONS,
  backupsToRemove,
  type BackupInfo,
  type BackupReason,
} from '../../../shared/backup-rules';
import { bundleMedia, removeCopy, unbundleMedia } from './bundle';
import { MEDIA_FOLDER, pruneBackupMedia, restoreBackupMedia, saveBackupMedia } from './media';
import type { Db } from '../sql';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { now as clockNow } from '../../../shared/clock';

export const BACKUP_FOLDER = 'backups';

/** `rapport-2026-12-01T23-42-05-123Z-daily.db`: when (UTC) and why, sortable by name. */
const NAME = /^rapport-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.db$/;

export function backupDirFor(dbFile: string): string {
  return join(dirname(dbFile), BACKUP_FOLDER);
}

export function backupFileName(at: Date, reason: BackupReason): string {
  return `rapport-${at.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.db`;
}

/** A backup name for `now` not yet taken in `dir` (a millisecond later while it is). */
function freeBackupName(dir: string, now: Date, reason: BackupReason): string {
  let at = now;
  while (existsSync(join(dir, backupFileName(at, reason)))) at = new Date(at.getTime() + 1);
  return backupFileName(at, reason);
}

/** The time and reason in a backup's file name, or undefined when it is not one of ours. */
export function parseBackupName(
  name: string,
): { createdAt: string; reason: BackupReason } | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const reason = m[6] as BackupReason;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return undefined;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason };
}

/** "ok" or the problems `PRAGMA integrity_check` (or quick_check) finds in `file`. */
export function checkFile(file: string, pragma: 'integrity_check' | 'quick_check'): string[] {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(pragma) as Record<string, string>[];
    const problems = rows.map((r) => Object.values(r)[0] ?? '').filter((r) => r !== 'ok');
    return problems;
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}

function postCount(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('SELECT COUNT(*) AS n FROM posts WHERE deleted_at IS NULL').get() as { n: number }
    ).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * Writes a backup of the database `db` is connected to into `dir`, checks it, and returns it.
 * `db` must not be inside a transaction (VACUUM INTO refuses); use a second, read-only
 * connection for that (see BackupService).
 */
export function writeBackup(
  db: Db,
  dir: string,
  reason: BackupReason,
  now: Date = clockNow(),
): BackupInfo {
  mkdirSync(dir, { recursive: true });
  const name = freeBackupName(dir, now, reason);
  const temp = join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    const problems = checkFile(temp, 'integrity_check');
    if (problems.length > 0) {
      throw new BackupError(`The backup failed its check (${problems.slice(0, 3).join('; ')}).`);
    }
    // The photos and videos it refers to go beside it (backups/media), before it counts.
    saveBackupMedia(temp, db.name);
    renameSync(temp, join(dir, name));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return describe(dir, name)!;
}

/**
 * Makes the copy `copy` of the planner `dbFile` carry its photos and videos (from
 * backups/media, else media/), to be saved away from this computer. Returns the names found
 * in neither.
 */
export function bundlePlannerMedia(copy: string, dbFile: string): string[] {
  return bundleMedia(copy, [
    join(backupDirFor(dbFile), MEDIA_FOLDER),
    join(dirname(dbFile), MEDIA_FOLDER),
  ]);
}

/**
 * Takes a saved backup (`source`, e.g. from "Back up to a file") into `dir` as a backup of its
 * own, to be restored like any other: copied, checked, refused unless it is a Rapport planner
 * this version can open, its carried media put into backups/media. `source` is not changed.
 */
export function addBackupFile(source: string, dir: string, now: Date = clockNow()): BackupInfo {
  mkdirSync(dir, { recursive: true });
  const name = freeBackupName(dir, now, 'added');
  const temp = join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    copyFileSync(source, temp);
    const [problem] = backupProblems(temp);
    if (problem) {
      throw new BackupError(
        `That file is not a good Rapport backup because ${problem}. Nothing was changed.`,
      );
    }
    unbundleMedia(temp, join(dir, MEDIA_FOLDER));
    renameSync(temp, join(dir, name));
  } catch (error) {
    removeCopy(temp);
    throw error;
  }
  return describe(dir, name)!;
}

/**
 * What keeps `file` from being taken in or restored as a backup, in words (empty when nothing
 * does): it must pass `PRAGMA integrity_check` and be a Rapport planner of this version or an
 * older one. One rule for a backup added (`backup.add`) and one restored.
 */
export function backupProblems(file: string): string[] {
  const problems = checkFile(file, 'integrity_check');
  if (problems.some((p) => /not a database/.test(p))) return ['it is not an SQLite database'];
  if (problems.length > 0) return [`it is damaged (${problems.slice(0, 2).join('; ')})`];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    if (version === 0 || !['posts', 'staff', 'settings'].every((t) => tables.includes(t))) {
      return ['it is an SQLite database but not a Rapport planner'];
    }
    if (version > LATEST_SCHEMA_VERSION) {
      return [
        `it was saved by a newer version of Rapport (schema ${version}; this version knows up ` +
          `to ${LATEST_SCHEMA_VERSION}). Update Rapport to restore it`,
      ];
    }
    return [];
  } finally {
    db.close();
  }
}

function describe(dir: string, name: string): BackupInfo | undefined {
  const parsed = parseBackupName(name);
  if (!parsed) return undefined;
  const file = join(dir, name);
  return { id: name, ...parsed, size: statSync(file).size, posts: postCount(file) };
}

/** The backups in `dir`, newest first (files that are not ours are left out). */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => parseBackupName(name) !== undefined && isOwnFile(dir, name))
    .sort()
    .reverse()
    .map((name) => describe(dir, name)!)
    .filter(Boolean);
}

/** Deletes the backups the rotation does not keep; returns their ids. */
export function rotateBackups(dir: string, now: Date = clockNow()): string[] {
  const doomed = backupsToRemove(listBackupsQuick(dir), now);
  for (const id of doomed) rmSync(join(dir, id), { force: true });
  if (doomed.length > 0) {
    pruneBackupMedia(
      dir,
      listBackupsQuick(dir).map((b) => join(dir, b.id)),
    );
  }
  return doomed;
}

/** Ids and times only (no file opened): enough for rotation. */
function listBackupsQuick(dir: string): { id: string; createdAt: string; reason: BackupReason }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((id) => {
    const parsed = parseBackupName(id);
    return parsed ? [{ id, ...parsed }] : [];
  });
}

/** The newest backup that passes `PRAGMA integrity_check`, or undefined. */
export function newestGoodBackup(dir: string): BackupInfo | undefined {
  for (const backup of listBackups(dir)) {
    if (checkFile(join(dir, backup.id), 'integrity_check').length === 0) return backup;
  }
  return undefined;
}

/**
 * A backup id as the path of a regular file inside `dir`; undefined when it does not name one
 * of ours or nothing is there. A link or a folder under a backup's name is refused
 * (RefusedFileError), never followed.
 */
export function backupPath(dir: string, id: string): string | undefined {
  if (basename(id) !== id || !parseBackupName(id)) return undefined;
  return ownFile(dir, id, `${BACKUP_FOLDER}/${id}`);
}

/**
 * Replaces the (closed) database file with a backup: the WAL and shared-memory files of the
 * old one are removed, the backup is copied to a temporary name and renamed over the file.
 * The media files it refers to and media/ lacks are copied back from backups/media.
 */
export function replaceDatabaseFile(dbFile: string, backupFile: string): void {
  const temp = `${dbFile}.${randomBytes(4).toString('hex')}.restoring`;
  copyFileSync(backupFile, temp);
  try {
    rmSync(`${dbFile}-wal`, { force: true });
    rmSync(`${dbFile}-shm`, { force: true });
    renameSync(temp, dbFile);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  const missing = restoreBackupMedia(dbFile, backupFile);
  if (missing.length > 0) {
    console.warn(
      `Restored; ${missing.length} media file(s) were in no backup: ${missing.join(', ')}`,
    );
  }
}

/**
 * Keeps a damaged file aside, never written to: a copy as `damaged-<time>.db` in `dir`, and its
 * write-ahead log and shared-memory index moved beside that copy as they were, so the three
 * still belong together and SQLite never replays the log into anything.
 */
export function setAsideDamaged(dbFile: string, dir: string, now: Date = clockNow()): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `damaged-${now.toISOString().replace(/[:.]/g, '-')}.db`);
  copyFileSync(dbFile, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) moveFile(dbFile + suffix, target + suffix);
  }
  return target;
}

/** Renames `from` to `to`; across disks (backups/ may be a link to another one), copies. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
    rmSync(from);
  }
}
