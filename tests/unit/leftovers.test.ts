// Uploads never taken in and the temporary files of a backup killed half-way do not stay
// forever: a host removes those older than an hour when it starts, and says how much it removed.
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  lutimesSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { servePlanner } from '../../electron/api/recovery';
import { backupDirFor } from '../../electron/store/backup/backups';
import { now } from '../../shared/clock';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore | undefined;
let outside: string | undefined;
afterEach(() => {
  store?.cleanup();
  store = undefined;
  if (outside) rmSync(outside, { recursive: true, force: true });
});

const minutes = 60_000;

/** Writes `bytes` bytes at `path`, last changed `ageMs` before the clock's now. */
function leftover(path: string, bytes: number, ageMs: number): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, Buffer.alloc(bytes, 1));
  const at = new Date(now().getTime() - ageMs);
  utimesSync(path, at, at);
  return path;
}

describe('left-overs at start', () => {
  it('removes old uploads and unfinished backups, keeps recent ones, and says how much', async () => {
    store = tempStore();
    const made = await store.call('backup.create', {});
    const incoming = join(store.dir, 'media', 'incoming');
    const backups = backupDirFor(store.file);
    const old = [
      leftover(join(incoming, randomUUID()), 3 * 1024 * 1024, 2 * 60 * minutes),
      leftover(join(incoming, randomUUID()), 2 * 1024 * 1024, 25 * 60 * minutes),
      leftover(join(backups, `.${made.id}.0a1b2c3d.tmp`), 1024 * 1024, 90 * minutes),
      leftover(join(backups, `.${made.id}.0a1b2c3d.tmp-wal`), 4096, 90 * minutes),
      leftover(
        join(backups, 'media', `.${'a'.repeat(64)}.png.deadbeef.tmp`),
        1000,
        3 * 60 * minutes,
      ),
      leftover(`${store.file}.12345678.restoring`, 8192, 61 * minutes),
    ];
    const recent = [
      leftover(join(incoming, randomUUID()), 1000, 10 * minutes),
      leftover(join(backups, `.${made.id}.feedface.tmp`), 1000, 5 * minutes),
    ];
    // A link to a folder elsewhere, left in incoming: the link goes, the folder stays.
    outside = mkdtempSync(join(tmpdir(), 'rapport-outside-'));
    writeFileSync(join(outside, 'keep.txt'), 'mine');
    const link = join(incoming, randomUUID());
    symlinkSync(outside, link);
    const at = new Date(now().getTime() - 2 * 60 * minutes);
    lutimesSync(link, at, at);
    store.store.close();

    const said: string[] = [];
    const planner = servePlanner(store.file, {
      backups: false,
      info: (m) => said.push(m),
      error: () => {},
    });
    planner.close();
    expect(old.filter((f) => existsSync(f))).toEqual([]);
    expect(recent.filter((f) => !existsSync(f))).toEqual([]);
    expect(existsSync(link)).toBe(false);
    expect(readdirSync(outside)).toEqual(['keep.txt']);
    expect(readdirSync(backups)).toContain(made.id);
    expect(said).toEqual([
      'Removed 7 left-over files (6.0 MB): uploads never taken in and unfinished backups or ' +
        'copies, older than an hour.',
    ]);
    store.reopen();
  });

  it('says nothing when there is nothing to remove', () => {
    store = tempStore();
    store.store.close();
    const said: string[] = [];
    servePlanner(store.file, { backups: false, info: (m) => said.push(m) }).close();
    expect(said).toEqual([]);
    store.reopen();
  });
});
