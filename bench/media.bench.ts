// Importing photos into the media library through the dispatcher: 200 phone-sized JPEGs with
// EXIF, each hashed, read for GPS, stored once and given a WebP preview.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { MediaFiles } from '../electron/media/files';
import { tempStore } from '../tests/unit/helpers/temp-db';

const COUNT = 200;

async function photos(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const file = join(dir, `photo-${i}.jpg`);
    const hue = (i * 37) % 255;
    writeFileSync(
      file,
      await sharp({
        create: {
          width: 1600,
          height: 2000,
          channels: 3,
          background: { r: hue, g: 120, b: 255 - hue },
        },
      })
        .jpeg({ quality: 85 })
        .withExif({
          IFD0: { Make: 'Bench' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: `${i % 80}/1 0/1 0/1` },
        })
        .toBuffer(),
    );
    files.push(file);
  }
  return files;
}

describe('media import', () => {
  // One timed pass (not a repeated micro-benchmark): 200 imports take seconds, not microseconds.
  test(`import ${COUNT} photos (hash, GPS check, store, preview)`, async () => {
    const store = tempStore();
    const files = await photos(store.dir);
    const incoming = new MediaFiles(join(store.dir, 'media'));
    const started = performance.now();
    for (const [i, file] of files.entries()) {
      const { uploadId } = await incoming.receiveFile(file, 1e9);
      await store.call('media.import', { uploadId, name: `photo-${i}.jpg` });
    }
    const ms = performance.now() - started;
    const thumbs = readdirSync(join(store.dir, 'media', 'thumbs')).length;
    expect(thumbs).toBe(COUNT);
    console.log(
      `Media import: ${COUNT} photos (1600×2000 JPEG with EXIF/GPS) in ${Math.round(ms)} ms ` +
        `(${Math.round(ms / COUNT)} ms each); ${thumbs} thumbnails made`,
    );
    store.cleanup();
  }, 300_000);
});
