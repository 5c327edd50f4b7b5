// Videos leave as cleanly as photos: a copy handed out carries none of the video's tags (when,
// where, with what), its streams copied as they were; and a video gets a poster frame.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MediaFiles } from '../../electron/media/files';
import { unpackedPath } from '../../electron/media/ffmpeg';
import { tagNames, videoTagFacts } from '../../electron/media/video';
import { tempStore, type TempStore } from './helpers/temp-db';
import {
  allTags,
  makeVideo,
  phoneWordsIn,
  probe,
  streamHashes,
  type Container,
} from './helpers/video';

let store: TempStore | undefined;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-videos-'));
  return () => rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  store?.cleanup();
  store = undefined;
});

async function importFile(t: TempStore, file: string, name: string) {
  const { uploadId } = await new MediaFiles(join(t.dir, 'media')).receiveFile(file, 1e9);
  return t.call('media.import', { uploadId, name });
}

/** The copy `media.exportCopy` hands out, written to a file. */
async function exported(t: TempStore, id: string, postId?: string) {
  const copy = await t.call('media.exportCopy', postId ? { id, postId } : { id });
  const file = join(dir, `copy-${Math.random().toString(16).slice(2)}-${copy.fileName}`);
  writeFileSync(file, Buffer.from(copy.base64, 'base64'));
  return { ...copy, file };
}

// Tags a muxer writes about the file's structure, not about where or how it was made.
const STRUCTURAL = ['major_brand', 'minor_version', 'compatible_brands', 'language'];
const STREAM_DEFAULTS = ['handler_name', 'vendor_id', 'duration'];

describe('a video handed out of Rapport', () => {
  it.each<[Container, string]>([
    ['mov', 'video/quicktime'],
    ['mp4', 'video/mp4'],
    ['webm', 'video/webm'],
  ])(
    '%s: leaves without its time, place or device, its streams copied as they were',
    async (container, mime) => {
      store = tempStore();
      const original = await makeVideo(dir, container);
      const before = await probe(original);
      const names = (p: typeof before) => Object.keys(allTags(p)).map((k) => k.toLowerCase());
      expect(names(before)).toEqual(expect.arrayContaining(['make', 'model', 'location']));
      const media = await importFile(store, original, `Smile clinic.${container}`);
      expect(media).toMatchObject({ kind: 'video', mime, hasGps: true, hasMetadata: true });

      const copy = await exported(store, media.id);
      expect([copy.mime, copy.fileName]).toEqual([mime, `Smile clinic.${container}`]);
      const after = await probe(copy.file);
      const left = Object.entries(allTags(after)).filter(
        ([key, value]) =>
          !STRUCTURAL.includes(key.toLowerCase()) &&
          !STREAM_DEFAULTS.includes(key.toLowerCase()) &&
          // WebM must name the program that wrote it: only "Lavf", no version (bitexact).
          !(key === 'encoder' && value === 'Lavf' && container === 'webm'),
      );
      expect(left).toEqual([]);
      expect(phoneWordsIn(copy.file)).toEqual([]);
      // Stream copy: the same streams, packet for packet.
      const shape = (p: typeof before) =>
        p.streams.map((s) => [s.codec_type, s.codec_name, s.width, s.height]);
      expect(shape(after)).toEqual(shape(before));
      expect(await streamHashes(copy.file)).toEqual(await streamHashes(original));
    },
  );

  it('keeps a portrait video upright: the display turn is part of the stream, not a tag', async () => {
    store = tempStore();
    const original = await makeVideo(dir, 'mov', { rotate: 90 });
    const media = await importFile(store, original, 'Upright.mov');
    // As shown: the poster frame is turned, so the video is as tall as a phone holds it.
    expect([media.width, media.height]).toEqual([240, 320]);
    const turn = (p: Awaited<ReturnType<typeof probe>>) =>
      p.streams.find((s) => s.codec_type === 'video')?.side_data_list?.[0]?.rotation;
    const { file } = await exported(store, media.id);
    expect(turn(await probe(file))).toBe(turn(await probe(original)));
    expect(turn(await probe(file))).not.toBeUndefined();
  });

  it('passes the consent gate as photos do: a patient’s video needs consent covering video', async () => {
    store = tempStore();
    const media = await importFile(store, await makeVideo(dir, 'mp4'), 'Treatment.mp4');
    const photosOnly = await store.call('consents.create', {
      patientRef: 'K.M.',
      covers: ['photos'],
      platforms: 'all_social',
      signedOn: '2026-04-01',
      expiresOn: '2027-04-01',
    });
    await store.call('media.update', {
      id: media.id,
      version: media.version,
      showsPatient: true,
      consentId: photosOnly.id,
    });
    const refused = await store.refuse('media.exportCopy', { id: media.id });
    expect([refused.code, refused.message]).toEqual([
      'invalid_input',
      expect.stringMatching(/video "Treatment.mp4" needs a valid consent that covers video/),
    ]);
  });

  it('a file that only looks like a video is taken in as a tile, and refused a copy in words', async () => {
    store = tempStore();
    const fake = join(dir, 'fake.mp4');
    const head = Buffer.alloc(64 * 1024, 7);
    head.write('\u0000\u0000\u0000\u0018ftypisom', 0, 'latin1');
    writeFileSync(fake, head);
    const media = await importFile(store, fake, 'Broken.mp4');
    expect(media).toMatchObject({ kind: 'video', width: null, height: null, hasMetadata: true });
    expect((await store.call('media.thumbnail', { id: media.id })).dataUrl).toBe('');
    const refused = await store.refuse('media.exportCopy', { id: media.id });
    expect([refused.code, refused.message]).toEqual([
      'invalid_input',
      expect.stringMatching(/could not read "Broken.mp4" to remove its metadata/),
    ]);
    expect(refused.message).not.toContain(store.dir);
  });
});

describe('a video’s poster frame', () => {
  it('is taken at import and shown as the video’s preview, and made again when missing', async () => {
    store = tempStore();
    const media = await importFile(
      store,
      await makeVideo(dir, 'mp4', { width: 640, height: 360 }),
      'Tour.mp4',
    );
    expect([media.width, media.height]).toEqual([640, 360]);
    // Two seconds of picture; the sound's encoder adds a few milliseconds of its own.
    expect(media.durationMs).toBeGreaterThanOrEqual(2000);
    expect(media.durationMs).toBeLessThan(2100);
    const { dataUrl } = await store.call('media.thumbnail', { id: media.id });
    expect(dataUrl).toMatch(/^data:image\/webp;base64,/);
    const preview = Buffer.from(dataUrl.split(',')[1]!, 'base64');
    expect(await sharp(preview).metadata()).toMatchObject({ width: 320, height: 180 });
    // A restored backup keeps originals only: the preview is made again.
    rmSync(join(store.dir, 'media', 'thumbs', `${media.sha256}.webp`));
    const again = await store.call('media.thumbnail', { id: media.id });
    expect(again.dataUrl).toMatch(/^data:image\/webp;base64,/);
    expect(
      readFileSync(join(store.dir, 'media', 'thumbs', `${media.sha256}.webp`)).length,
    ).toBeGreaterThan(0);
  });

  it('of a video shorter than a second is its first frame', async () => {
    store = tempStore();
    const short = await makeVideo(dir, 'webm', { seconds: 0.4 });
    const media = await importFile(store, short, 'Blink.webm');
    expect([media.width, media.height]).toEqual([320, 240]);
    const { dataUrl } = await store.call('media.thumbnail', { id: media.id });
    expect(dataUrl).toMatch(/^data:image\/webp;base64,/);
  });
});

describe('what a video’s tags tell', () => {
  it('reads ffmpeg’s metadata text, escapes included', () => {
    const text = ';FFMETADATA1\nmajor_brand=qt  \ncom.apple.quicktime.make=Apple\nti\\=tle=a\\=b\n';
    expect(tagNames(text)).toEqual(['major_brand', 'com.apple.quicktime.make', 'ti=tle']);
    expect(videoTagFacts(['major_brand', 'encoder'])).toEqual({
      hasGps: false,
      hasMetadata: false,
    });
    expect(videoTagFacts(['creation_time'])).toEqual({ hasGps: false, hasMetadata: true });
    expect(videoTagFacts(['location-eng'])).toEqual({ hasGps: true, hasMetadata: true });
  });

  it('runs the binary from outside the app’s asar archive', () => {
    expect(
      unpackedPath(
        '/opt/Rapport/resources/app.asar/node_modules/@ffmpeg-installer/linux-x64/ffmpeg',
      ),
    ).toBe(
      '/opt/Rapport/resources/app.asar.unpacked/node_modules/@ffmpeg-installer/linux-x64/ffmpeg',
    );
    expect(unpackedPath('/work/node_modules/x/ffmpeg')).toBe('/work/node_modules/x/ffmpeg');
  });
});
