import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../shared/clock';
import { tempStore, type TempStore } from './helpers/temp-db';
import { importBytes, photoWithGps, plainPhoto } from './helpers/images';

let store: TempStore;
beforeEach(() => {
  setClock('2026-05-01T12:00:00.000Z');
  store = tempStore();
});
afterEach(() => store.cleanup());

const mediaDir = () => join(store.dir, 'media');

describe('media library', () => {
  it('stores a photo once by its sha256, notes its size and the GPS inside, and makes a preview', async () => {
    const bytes = await photoWithGps(1080, 1350);
    const item = await importBytes(store, bytes, 'smile.jpg');
    expect(item).toMatchObject({
      kind: 'image',
      mime: 'image/jpeg',
      name: 'smile.jpg',
      width: 1080,
      height: 1350,
      byteSize: bytes.length,
      hasGps: true,
      hasMetadata: true,
      showsPatient: false,
    });
    expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(mediaDir(), `${item.sha256}.jpg`))).toBe(true);
    const again = await importBytes(store, bytes, 'copy of smile.jpg');
    expect(again.id).toBe(item.id);
    expect(readdirSync(mediaDir()).filter((f) => f.endsWith('.jpg'))).toHaveLength(1);
    expect(readdirSync(join(mediaDir(), 'incoming'))).toEqual([]);

    const { dataUrl } = await store.call('media.thumbnail', { id: item.id });
    expect(dataUrl).toMatch(/^data:image\/webp;base64,/);
    const thumb = await sharp(Buffer.from(dataUrl.split(',')[1]!, 'base64')).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(320);
  });

  it('a plain PNG has no location inside', async () => {
    const item = await importBytes(store, await plainPhoto(800, 600), 'team.png');
    expect(item).toMatchObject({
      mime: 'image/png',
      hasGps: false,
      hasMetadata: false,
      width: 800,
    });
  });

  it('refuses a file that is neither a photo nor a video, and keeps nothing of it', async () => {
    const before = store.snapshot();
    const file = join(store.dir, 'notes.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'just text');
    const { MediaFiles } = await import('../../electron/media/files');
    const { uploadId } = await new MediaFiles(mediaDir()).receiveFile(file, 1e6);
    const error = await store.refuse('media.import', { uploadId, name: 'notes.txt' });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: { uploadId: expect.stringMatching(/Not a photo/) },
    });
    expect(store.snapshot()).toBe(before);
    expect(readdirSync(join(mediaDir(), 'incoming'))).toEqual([]);
    const gone = await store.refuse('media.import', { uploadId, name: 'notes.txt' });
    expect(gone.fields?.uploadId).toMatch(/No upload/);
  });

  it('hands out a copy without EXIF or GPS, with the orientation applied', async () => {
    // Stored sideways with orientation 6 ("rotate 90° to view"): 400×300 pixels shown 300×400.
    const sideways = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#888' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD3: {
          GPSLatitudeRef: 'S',
          GPSLatitude: '33/1 52/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '151/1 12/1 0/1',
        },
      })
      .toBuffer();
    const item = await importBytes(store, sideways, 'sideways photo.jpg');
    expect(item).toMatchObject({ width: 300, height: 400, hasGps: true });
    const copy = await store.call('media.exportCopy', { id: item.id });
    expect(copy).toMatchObject({ fileName: 'sideways photo.jpg', mime: 'image/jpeg' });
    const out = Buffer.from(copy.base64, 'base64');
    const meta = await sharp(out).metadata();
    expect(meta).toMatchObject({ width: 300, height: 400 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(await exifr.gps(out)).toBeUndefined();
  });

  it('refuses to hand out a photo that shows a patient without a valid consent, or a gated post’s photo', async () => {
    const item = await importBytes(store, await photoWithGps(), 'after.jpg');
    const marked = await store.call('media.update', {
      id: item.id,
      version: 1,
      showsPatient: true,
    });
    const e1 = await store.refuse('media.exportCopy', { id: item.id });
    expect(e1.message).toMatch(/Needs patient consent first/);
    const post = await store.call('posts.create', {
      title: 'Story',
      category: 'patient_story',
      platforms: ['instagram_feed'],
      media: [{ mediaId: item.id, alt: 'After' }],
    });
    const e2 = await store.refuse('media.exportCopy', { id: item.id, postId: post.id });
    expect(e2.fields?.postId).toMatch(
      /the patient story needs a linked consent.*photo "after.jpg" needs a linked consent/,
    );
    const consent = await store.call('consents.create', {
      patientRef: 'K.M.',
      covers: ['photos'],
      platforms: 'all_social',
      signedOn: '2026-04-01',
      expiresOn: '2027-04-01',
    });
    await store.call('media.update', {
      id: item.id,
      version: marked.version,
      consentId: consent.id,
    });
    await store.call('posts.update', {
      id: post.id,
      version: post.version,
      consentIds: [consent.id],
    });
    expect(
      (await store.call('media.exportCopy', { id: item.id, postId: post.id })).base64.length,
    ).toBeGreaterThan(100);
  });

  it('lists with where each item is used, finds by name, tag and alt text, and shows unused ones', async () => {
    const a = await importBytes(store, await plainPhoto(100, 100, '#111111'), 'lobby.png');
    const b = await importBytes(store, await plainPhoto(100, 100, '#222222'), 'coffee.png');
    await store.call('media.update', { id: b.id, version: 1, tags: ['team', 'Tuesday'] });
    const post = await store.call('posts.create', {
      title: 'Our lobby',
      media: [{ mediaId: a.id, alt: 'Sunlit waiting room with plants' }],
    });
    const all = await store.call('media.list', {});
    expect(all.map((m) => m.name).sort()).toEqual(['coffee.png', 'lobby.png']);
    expect(all.find((m) => m.id === a.id)!.usedBy).toEqual([
      { postId: post.id, title: 'Our lobby', deleted: false },
    ]);
    expect((await store.call('media.list', { search: 'plants' })).map((m) => m.id)).toEqual([a.id]);
    expect((await store.call('media.list', { search: 'tuesday' })).map((m) => m.id)).toEqual([
      b.id,
    ]);
    expect((await store.call('media.list', { search: 'coff' })).map((m) => m.id)).toEqual([b.id]);
    expect(await store.call('media.list', { search: '100%' })).toEqual([]);
    expect((await store.call('media.list', { unused: true })).map((m) => m.id)).toEqual([b.id]);
    expect(await store.call('media.stats', {})).toEqual({ items: 2, unused: 1 });
  });

  it('keeps a post’s media in order with alt text, and refuses an unknown or repeated item', async () => {
    const a = await importBytes(store, await plainPhoto(100, 100, '#111111'), 'a.png');
    const b = await importBytes(store, await plainPhoto(100, 100, '#222222'), 'b.png');
    const post = await store.call('posts.create', {
      title: 'Carousel',
      media: [
        { mediaId: b.id, alt: 'second colour' },
        { mediaId: a.id, alt: 'first colour' },
      ],
    });
    expect(post.media.map((m) => m.mediaId)).toEqual([b.id, a.id]);
    const swapped = await store.call('posts.update', {
      id: post.id,
      version: 1,
      media: [
        { mediaId: a.id, alt: 'first colour' },
        { mediaId: b.id, alt: '' },
      ],
    });
    expect(swapped.media).toEqual([
      { mediaId: a.id, alt: 'first colour' },
      { mediaId: b.id, alt: '' },
    ]);
    const before = store.snapshot();
    const twice = await store.refuse('posts.update', {
      id: post.id,
      version: 2,
      media: [
        { mediaId: a.id, alt: '' },
        { mediaId: a.id, alt: '' },
      ],
    });
    expect(twice.fields?.media).toMatch(/twice/);
    const unknown = await store.refuse('posts.update', {
      id: post.id,
      version: 2,
      media: [{ mediaId: '00000000-0000-4000-8000-000000000000', alt: '' }],
    });
    expect(unknown.fields?.media).toMatch(/No media item/);
    expect(store.snapshot()).toBe(before);
  });

  it('refuses to delete an item while a post (even in the trash) uses it, then deletes it and its file', async () => {
    const item = await importBytes(store, await plainPhoto(100, 100), 'old.png');
    const post = await store.call('posts.create', {
      title: 'Uses it',
      media: [{ mediaId: item.id, alt: '' }],
    });
    await store.call('posts.delete', { id: post.id });
    const error = await store.refuse('media.delete', { id: item.id });
    expect(error.message).toMatch(/still used by "Uses it" \(in the trash\)/);
    expect(() => store.db.prepare('DELETE FROM media WHERE id = ?').run(item.id)).toThrow(
      /FOREIGN KEY/,
    );
    await store.call('posts.emptyTrash', {});
    expect(await store.call('media.delete', { id: item.id })).toEqual({ removed: true });
    expect(existsSync(join(mediaDir(), `${item.sha256}.png`))).toBe(false);
    expect(existsSync(join(mediaDir(), 'thumbs', `${item.sha256}.webp`))).toBe(false);
  });
});
