// A backup saved away from this computer (a USB stick, another machine) must carry its photos
// and videos: backups/media stays behind. So a saved copy holds the media files its `media`
// rows name inside itself, in one extra table; taking the file back in ("Restore from a saved
// file") puts them into backups/media and drops the table, so what lands in backups/ is an
// ordinary backup and the usual restore brings the files back.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MEDIA_FOLDER, referencedMedia } from './media';
import { ownFile } from '../../own-file';

const TABLE = 'rapport_saved_media';
/** `<sha256>.<ext>`: the only names taken out of a file, whoever made it. */
const MEDIA_NAME = /^([0-9a-f]{64})\.[a-z0-9]{1,8}$/;

/**
 * Puts into the backup copy `file` the media files it refers to, read from the first of
 * `folders` that has each. Returns the names found in none of them.
 */
export function bundleMedia(file: string, folders: readonly string[]): string[] {
  const missing: string[] = [];
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, bytes BLOB NOT NULL)`);
    const insert = db.prepare(`INSERT OR REPLACE INTO ${TABLE} (name, bytes) VALUES (?, ?)`);
    for (const name of referencedMedia(file)) {
      const source = folders
        .map((folder) => ownFile(folder, name, `${MEDIA_FOLDER}/${name}`))
        .find((f) => f !== undefined);
      if (source) insert.run(name, readFileSync(source));
      else missing.push(name);
    }
  } finally {
    db.close();
  }
  return missing;
}

/**
 * Takes the media carried inside `file` out into `folder` (each file once, by name; a file
 * whose bytes do not match its hash is left out), then drops the table and compacts the file.
 * Returns the names written or already there.
 */
export function unbundleMedia(file: string, folder: string): string[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    const exists = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(TABLE);
    if (!exists) return [];
    const taken: string[] = [];
    const rows = db.prepare(`SELECT name, bytes FROM ${TABLE}`).iterate() as Iterable<{
      name: unknown;
      bytes: unknown;
    }>;
    for (const { name, bytes } of rows) {
      const match = typeof name === 'string' ? MEDIA_NAME.exec(name) : null;
      if (!match || !Buffer.isBuffer(bytes)) continue;
      if (createHash('sha256').update(bytes).digest('hex') !== match[1]) continue;
      const target = join(folder, name as string);
      if (!existsSync(target)) {
        mkdirSync(folder, { recursive: true });
        const temp = join(folder, `.${name as string}.${randomBytes(4).toString('hex')}.tmp`);
        writeFileSync(temp, bytes);
        renameSync(temp, target);
      }
      taken.push(name as string);
    }
    db.exec(`DROP TABLE ${TABLE}`);
    db.exec('VACUUM');
    return taken;
  } finally {
    db.close();
  }
}

/** Removes a temporary copy and the journal files SQLite may have left beside it. */
export function removeCopy(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
