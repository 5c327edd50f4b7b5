import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaFiles } from '../../../electron/media/files';
import type { TempStore } from './temp-db';

/** A JPEG with a camera owner and GPS coordinates in its EXIF, like a phone photo. */
export function photoWithGps(width = 1080, height = 1350, colour = '#c08080') {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Artist: 'Practice phone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 2400/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 300/100',
      },
    })
    .toBuffer();
}

export function plainPhoto(width: number, height: number, colour = '#336699') {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/** Puts bytes where an upload lands and takes them in through `media.import`. */
export async function importBytes(store: TempStore, bytes: Buffer, name: string) {
  const file = join(store.dir, `upload-${Math.random().toString(16).slice(2)}`);
  writeFileSync(file, bytes);
  const { uploadId } = await new MediaFiles(join(store.dir, 'media')).receiveFile(file, 1e9);
  return store.call('media.import', { uploadId, name });
}
