// The media files a backup refers to. A backup is one SQLite file; the photos and videos its
// `media` rows name live in media/<sha256>.<ext> beside the database. So that a restored
// database finds its files, every backup copies the files it refers to into backups/media/
// (by content hash: each file once, however many backups refer to it), a restore copies back
// the ones media/ lacks, and rotation removes the files no kept backup refers to.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { extensionFor } from '../../media/files';
import { ownFile } from '../../own-file';

export const MEDIA_FOLDER = 'media';

/** The file names (`<sha256>.<ext>`) of the media a database file refers to. */
export function referencedMedia(dbFile: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true });
    const rows = db.prepare('SELECT sha256, mime FROM media ORDER BY sha256').all() as {
      sha256: string;
      mime: string;
    }[];
    return rows.map((r) => `${r.sha256}.${extensionFor(r.mime)}`);
  } catch {
    return []; // older than the media library (no table), or unreadable: nothing to carry
  } finally {
    db?.close();
  }
}

/** Copies `name` from `from` to `to` unless it is there already; false when `from` lacks it. */
function copyIfMissing(name: string, from: string, to: string): boolean {
  const target = join(to, name);
  if (existsSync(target)) return true;
  const source = ownFile(from, name, `${MEDIA_FOLDER}/${name}`);
  if (!source) return false;
  mkdirSync(to, { recursive: true });
  const temp = join(to, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    copyFileSync(source, temp);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return true;
}

/**
 * Copies the media files the backup `backupFile` refers to from the live media folder
 * (`media/` beside `dbFile`) into `media/` of the backup folder. Returns the names it could
 * not find (a file already missing from the live folder).
 */
export function saveBackupMedia(backupFile: string, dbFile: string): string[] {
  const live = join(dirname(dbFile), MEDIA_FOLDER);
  const kept = join(dirname(backupFile), MEDIA_FOLDER);
  return referencedMedia(backupFile).filter((name) => !copyIfMissing(name, live, kept));
}

/**
 * After `dbFile` was replaced by a backup from `backupFile`'s folder: copies back into the live
 * media folder the files the restored database refers to and that folder lacks. Returns the
 * names found in neither place.
 */
export function restoreBackupMedia(dbFile: string, backupFile: string): string[] {
  const live = join(dirname(dbFile), MEDIA_FOLDER);
  const kept = join(dirname(backupFile), MEDIA_FOLDER);
  return referencedMedia(dbFile).filter((name) => !copyIfMissing(name, kept, live));
}

/** Removes from `backupDir/media` the files none of `backupFiles` refers to; returns them. */
export function pruneBackupMedia(backupDir: string, backupFiles: readonly string[]): string[] {
  const kept = join(backupDir, MEDIA_FOLDER);
  if (!existsSync(kept)) return [];
  const used = new Set(backupFiles.flatMap((file) => referencedMedia(file)));
  const doomed = readdirSync(kept).filter((name) => !used.has(name));
  for (const name of doomed) rmSync(join(kept, name), { force: true });
  return doomed;
}
