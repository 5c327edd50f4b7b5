// Every file the host reads from its own folders is a regular file inside that folder, or a
// clear refusal: a link (to a folder, or to a file elsewhere) is never followed, and never
// answered with a 500.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ownFile, RefusedFileError } from '../../electron/own-file';
import { recoveryDispatch } from '../../electron/api/recovery';
import { backupDirFor } from '../../electron/store/backup/backups';
import { importBytes, plainPhoto } from './helpers/images';
import { tempStore, type TempStore } from './helpers/temp-db';
import { tempFolders } from './helpers/temp-folders';

let store: TempStore | undefined;
const elsewhere = tempFolders('rapport-elsewhere-');
afterEach(() => {
  store?.cleanup();
  store = undefined;
});

/** A link in media/incoming, named as an upload is, to `target`; returns its upload id. */
function linkedUpload(t: TempStore, target: string): string {
  const incoming = join(t.dir, 'media', 'incoming');
  mkdirSync(incoming, { recursive: true });
  const uploadId = randomUUID();
  symlinkSync(target, join(incoming, uploadId));
  return uploadId;
}

describe('a link where the host reads its own files', () => {
  it('to a folder in media/incoming: media.import and backup.add refuse it in words', async () => {
    store = tempStore();
    const uploadId = linkedUpload(store, elsewhere());
    for (const [channel, input] of [
      ['media.import', { uploadId, name: 'holiday.mp4' }],
      ['backup.add', { uploadId }],
    ] as const) {
      const refused = await store.refuse(channel, input);
      expect([channel, refused.code]).toEqual([channel, 'invalid_input']);
      expect(refused.message).toMatch(/media\/incoming\/.* is not a regular file/);
      expect(refused.message).not.toContain(store.dir);
    }
    expect(await store.call('media.list', {})).toEqual([]);
    expect(await store.call('backup.list', {})).toEqual([]);
  });

  it('to a file elsewhere: not read, not taken in, and the file itself is left alone', async () => {
    store = tempStore();
    const outside = join(elsewhere(), 'private.png');
    writeFileSync(outside, await plainPhoto(64, 64));
    const before = readFileSync(outside);
    const refused = await store.refuse('media.import', {
      uploadId: linkedUpload(store, outside),
      name: 'private.png',
    });
    expect(refused.code).toBe('invalid_input');
    const backup = await store.refuse('backup.add', { uploadId: linkedUpload(store, outside) });
    expect(backup.code).toBe('invalid_input');
    expect(readFileSync(outside)).toEqual(before);
    expect(await store.call('media.list', {})).toEqual([]);
  });

  it('recovery’s backup.add refuses it the same way', async () => {
    store = tempStore();
    const uploadId = linkedUpload(store, elsewhere());
    const dispatch = recoveryDispatch({ dbFile: store.file, message: 'x', onRestored: () => {} });
    expect(await dispatch('backup.add', { uploadId })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/not a regular file/) },
    });
  });

  it('a stored photo swapped for a link is refused when a copy is asked for', async () => {
    store = tempStore();
    const photo = await importBytes(store, await plainPhoto(64, 64), 'smile.png');
    const stored = join(store.dir, 'media', `${photo.sha256}.png`);
    const outside = join(elsewhere(), 'other.png');
    writeFileSync(outside, await plainPhoto(32, 32, '#ff0000'));
    rmSync(stored);
    symlinkSync(outside, stored);
    const refused = await store.refuse('media.exportCopy', { id: photo.id });
    expect([refused.code, refused.message]).toEqual([
      'invalid_input',
      expect.stringMatching(/not a regular file/),
    ]);
  });

  it('backups/ lists no link, and backups/media links are refused, not copied', async () => {
    store = tempStore();
    const photo = await importBytes(store, await plainPhoto(64, 64), 'smile.png');
    await store.call('posts.create', {
      title: 'With a photo',
      media: [{ mediaId: photo.id, alt: 'A smile' }],
    });
    const live = join(store.dir, 'media', `${photo.sha256}.png`);
    const outside = join(elsewhere(), 'x.png');
    writeFileSync(outside, readFileSync(live));
    rmSync(live);
    symlinkSync(outside, live);
    const refused = await store.refuse('backup.create', {});
    expect([refused.code, refused.message]).toEqual([
      'invalid_input',
      expect.stringMatching(/not a regular file/),
    ]);
    expect(existsSync(join(backupDirFor(store.file), 'media', `${photo.sha256}.png`))).toBe(false);
    expect(await store.call('backup.list', {})).toEqual([]);
  });
});

describe('ownFile', () => {
  it('gives a regular file, nothing for no file, and refuses links, folders and paths', () => {
    const dir = elsewhere();
    writeFileSync(join(dir, 'a.db'), 'x');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'a.db'), join(dir, 'link.db'));
    expect(ownFile(dir, 'a.db')).toBe(join(dir, 'a.db'));
    expect(ownFile(dir, 'none.db')).toBeUndefined();
    for (const name of ['link.db', 'sub', '../a.db', 'sub/x', '..', '']) {
      expect(() => ownFile(dir, name, 'backups/x')).toThrow(RefusedFileError);
    }
  });
});
