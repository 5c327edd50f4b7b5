// A backup saved away from this computer ("Back up to a file") carries its photos and videos,
// and a new computer takes it in ("Restore from a saved file": backup.add) and restores it
// with the files. On real files: two planners in two folders, the copy the hosts make.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaFiles } from '../../electron/media/files';
import { backupDirFor, bundlePlannerMedia } from '../../electron/store/backup/backups';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/migrations';
import { importBytes, plainPhoto } from './helpers/images';
import { tempStore, type TempStore } from './helpers/temp-db';

let here: TempStore;
let newComputer: TempStore;
afterEach(() => {
  here?.cleanup();
  newComputer?.cleanup();
});

/** What "Back up to a file" saves: a checked backup, copied, with its media inside. */
async function savedBackup(store: TempStore): Promise<string> {
  const made = await store.call('backup.create', {});
  const copy = join(store.dir, 'on-the-usb-stick.db');
  copyFileSync(join(backupDirFor(store.file), made.id), copy);
  expect(bundlePlannerMedia(copy, store.file)).toEqual([]);
  return copy;
}

/** The file as the page uploads it to the other planner. */
async function upload(store: TempStore, file: string) {
  return new MediaFiles(join(store.dir, 'media')).receiveFile(file, 1e9);
}

describe('a backup saved to a file', () => {
  it('carries its photos to a new computer, which restores the plan and the files', async () => {
    here = tempStore();
    const photo = await importBytes(here, await plainPhoto(640, 800), 'smile.png');
    const post = await here.call('posts.create', {
      title: 'With a photo',
      media: [{ mediaId: photo.id, alt: 'A smile' }],
    });
    const original = readFileSync(join(here.dir, 'media', `${photo.sha256}.png`));
    const saved = await savedBackup(here);

    newComputer = tempStore();
    const { uploadId } = await upload(newComputer, saved);
    const added = await newComputer.call('backup.add', { uploadId });
    expect(added).toMatchObject({ reason: 'added', posts: 1 });
    expect((await newComputer.call('backup.list', {})).map((b) => b.id)).toContain(added.id);
    // The upload is used up; the photo waits in backups/media; the saved file is unchanged.
    expect(readdirSync(join(newComputer.dir, 'media', 'incoming'))).toEqual([]);
    const kept = join(backupDirFor(newComputer.file), 'media', `${photo.sha256}.png`);
    expect(readFileSync(kept)).toEqual(original);
    const listed = new Database(join(backupDirFor(newComputer.file), added.id), {
      readonly: true,
    });
    expect(
      listed.prepare("SELECT name FROM sqlite_master WHERE name = 'rapport_saved_media'").all(),
    ).toEqual([]);
    listed.close();

    await newComputer.call('backup.restore', { id: added.id });
    expect((await newComputer.call('posts.get', { id: post.id })).media).toEqual([
      { mediaId: photo.id, alt: 'A smile' },
    ]);
    expect(readFileSync(join(newComputer.dir, 'media', `${photo.sha256}.png`))).toEqual(original);
    const { dataUrl } = await newComputer.call('media.thumbnail', { id: photo.id });
    expect(dataUrl).toMatch(/^data:image\/webp;base64,/);
  });

  it('refuses what is not a good Rapport backup, in words, adding nothing', async () => {
    newComputer = tempStore();
    const dir = newComputer.dir;
    const notSqlite = join(dir, 'notes.db');
    writeFileSync(notSqlite, 'my tax notes, not a database '.repeat(100));
    const otherApp = join(dir, 'other-app.db');
    new Database(otherApp).exec('CREATE TABLE recipes (name TEXT)').close();
    const newer = join(dir, 'newer.db');
    here = tempStore();
    await here.call('posts.create', { title: 'From the future' });
    copyFileSync(await savedBackup(here), newer);
    const future = new Database(newer);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();

    for (const [file, message] of [
      [notSqlite, /not a good Rapport backup/],
      [otherApp, /not a Rapport planner/],
      [newer, /newer version of Rapport/],
    ] as const) {
      const { uploadId } = await upload(newComputer, file);
      const refused = await newComputer.refuse('backup.add', { uploadId });
      expect([refused.code, refused.message]).toEqual([
        'invalid_input',
        expect.stringMatching(message),
      ]);
      expect(refused.message).toMatch(/Nothing was changed\.$/);
    }
    expect(await newComputer.call('backup.list', {})).toEqual([]);
    expect(readdirSync(backupDirFor(newComputer.file)).filter((n) => !n.startsWith('.'))).toEqual(
      [],
    );
    const gone = await newComputer.refuse('backup.add', {
      uploadId: '00000000-0000-4000-8000-000000000000',
    });
    expect(gone.code).toBe('not_found');
  });

  it('takes out only media whose name and bytes match; nothing lands outside backups/media', async () => {
    here = tempStore();
    await here.call('posts.create', { title: 'Plain' });
    const saved = await savedBackup(here);
    const db = new Database(saved);
    const insert = db.prepare('INSERT INTO rapport_saved_media (name, bytes) VALUES (?, ?)');
    insert.run('../../escaped.png', Buffer.from('evil'));
    insert.run(`${'0'.repeat(64)}.png`, Buffer.from('bytes that do not hash to zeros'));
    db.close();

    newComputer = tempStore();
    const { uploadId } = await upload(newComputer, saved);
    await newComputer.call('backup.add', { uploadId });
    expect(existsSync(join(newComputer.dir, 'escaped.png'))).toBe(false);
    expect(existsSync(join(backupDirFor(newComputer.file), 'media'))).toBe(false);
  });
});
