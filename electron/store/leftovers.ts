// What an interrupted Rapport leaves beside the planner, removed when a host starts: uploads
// never taken in (media/incoming), and the temporary files of a backup, a media copy, a preview
// or a restore that was killed half-way. Only what is older than an hour goes (nothing of a
// Rapport still at work on the same folder), and only names Rapport itself gives such files.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_FOLDER } from './backup/backups';
import { MEDIA_FOLDER } from './backup/media';

export const LEFTOVER_AGE_MS = 60 * 60_000;

/** `.<name>.<8 hex>.tmp`, with the journal files SQLite may have left beside a backup's. */
const TEMP = /^\..+\.[0-9a-f]{8}\.tmp(-wal|-shm|-journal)?$/;
/** A preview being written: `<sha256>.webp.<uuid>.tmp`. */
const PREVIEW_TEMP = /^[0-9a-f]{64}\.webp\.[0-9a-f-]{36}\.tmp$/;

export interface Cleaned {
  files: number;
  bytes: number;
}

/** Removes the entries of `folder` whose names `match`, last changed before `cutoff`. */
function removeOld(folder: string, match: (name: string) => boolean, cutoff: number): Cleaned {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return { files: 0, bytes: 0 }; // no such folder yet
  }
  const cleaned = { files: 0, bytes: 0 };
  for (const name of names.filter(match)) {
    const info = lstatSync(join(folder, name));
    // A folder is not ours to remove; a link goes (the link, never what it names).
    if (info.isDirectory() || info.mtimeMs > cutoff) continue;
    rmSync(join(folder, name), { force: true });
    cleaned.files += 1;
    cleaned.bytes += info.isFile() ? info.size : 0;
  }
  return cleaned;
}

/** Removes the left-overs beside the planner `dbFile` older than an hour before `now`. */
export function cleanLeftovers(dbFile: string, now: Date): Cleaned {
  const cutoff = now.getTime() - LEFTOVER_AGE_MS;
  const folder = dirname(dbFile);
  const media = join(folder, MEDIA_FOLDER);
  const backups = join(folder, BACKUP_FOLDER);
  const restoring = new RegExp(
    `^${basename(dbFile).replace(/\W/g, '\\$&')}\\.[0-9a-f]{8}\\.restoring$`,
  );
  const all = [
    removeOld(join(media, 'incoming'), () => true, cutoff),
    removeOld(media, (n) => TEMP.test(n), cutoff),
    removeOld(join(media, 'thumbs'), (n) => PREVIEW_TEMP.test(n), cutoff),
    removeOld(backups, (n) => TEMP.test(n), cutoff),
    removeOld(join(backups, MEDIA_FOLDER), (n) => TEMP.test(n), cutoff),
    removeOld(folder, (n) => restoring.test(n), cutoff),
  ];
  return all.reduce((sum, c) => ({ files: sum.files + c.files, bytes: sum.bytes + c.bytes }));
}

/** The log line for what was cleaned; undefined when nothing was. */
export function leftoversMessage({ files, bytes }: Cleaned): string | undefined {
  if (files === 0) return undefined;
  const size =
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.ceil(bytes / 1024)} KB`;
  return (
    `Removed ${files} left-over file${files === 1 ? '' : 's'} (${size}): uploads never taken ` +
    'in and unfinished backups or copies, older than an hour.'
  );
}
