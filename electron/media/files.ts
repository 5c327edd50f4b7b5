// The media files beside the database: each stored once as media/<sha256>.<ext>, with a small
// WebP preview in media/thumbs/ (a video's is made from a frame ffmpeg takes out of it).
// Uploads land in media/incoming/<upload id> first (streamed in the browser host, copied by the
// main process in Electron) and are taken in by `ingest`. Every file read from these folders
// is a regular file inside them (own-file.ts). Every copy that leaves the app is clean: a photo
// re-encoded by sharp (which writes no EXIF/XMP/IPTC unless asked) after applying the EXIF
// orientation; a video's streams copied by ffmpeg without any of its tags.
import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readSync,
} from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import exifr from 'exifr';
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES } from '../../shared/channels/media';
import { ApiError } from '../../shared/envelope';
import { ownFile } from '../own-file';
import { posterFrame, strippedVideo, videoTags } from './ffmpeg';
import { mvhdDurationMs, posterAtMs, sniffVideo, videoTagFacts } from './video';

export const THUMB_SIZE = 320;

export class UploadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  }
}

export class UnreadableMediaError extends Error {}

export interface IngestedFile {
  sha256: string;
  kind: 'image' | 'video';
  mime: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  hasGps: boolean;
  hasMetadata: boolean;
}

const IMAGE_FORMATS: Record<string, { ext: string; mime: string }> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
  tiff: { ext: 'tiff', mime: 'image/tiff' },
  heif: { ext: 'heic', mime: 'image/heif' },
};

const UPLOAD_ID = /^[0-9a-f-]{36}$/;

/** Extension for a stored item's mime type. */
export function extensionFor(mime: string): string {
  const image = Object.values(IMAGE_FORMATS).find((f) => f.mime === mime);
  if (image) return image.ext;
  if (mime === 'video/quicktime') return 'mov';
  if (mime === 'video/webm') return 'webm';
  return 'mp4';
}

/** A stored item's file name in media/: `<sha256>.<ext>`. */
function storedName(sha256: string, mime: string): string {
  return `${sha256}.${extensionFor(mime)}`;
}

export class MediaFiles {
  constructor(readonly dir: string) {}

  private get incomingDir() {
    return join(this.dir, 'incoming');
  }

  private get thumbsDir() {
    return join(this.dir, 'thumbs');
  }

  incomingPath(uploadId: string): string {
    if (!UPLOAD_ID.test(uploadId)) throw new Error('Not an upload id');
    return join(this.incomingDir, uploadId);
  }

  storedPath(sha256: string, mime: string): string {
    return join(this.dir, storedName(sha256, mime));
  }

  /** Streams a body into media/incoming, refusing (and removing) anything over `maxBytes`. */
  async receive(body: Readable, maxBytes: number): Promise<{ uploadId: string; bytes: number }> {
    await mkdir(this.incomingDir, { recursive: true });
    const uploadId = randomUUID();
    const target = this.incomingPath(uploadId);
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > maxBytes) done(new UploadTooLargeError(maxBytes));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(target));
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
    return { uploadId, bytes };
  }

  /** Copies a file the main process read (Electron's file dialog) into media/incoming. */
  async receiveFile(path: string, maxBytes: number): Promise<{ uploadId: string; bytes: number }> {
    const { size } = await stat(path);
    if (size > maxBytes) throw new UploadTooLargeError(maxBytes);
    await mkdir(this.incomingDir, { recursive: true });
    const uploadId = randomUUID();
    await copyFile(path, this.incomingPath(uploadId));
    return { uploadId, bytes: size };
  }

  /** Writes bytes a page sent (a file dropped on the desktop app) into media/incoming. */
  async receiveBytes(
    data: Uint8Array,
    maxBytes: number,
  ): Promise<{ uploadId: string; bytes: number }> {
    if (data.byteLength > maxBytes) throw new UploadTooLargeError(maxBytes);
    await mkdir(this.incomingDir, { recursive: true });
    const uploadId = randomUUID();
    await writeFile(this.incomingPath(uploadId), data);
    return { uploadId, bytes: data.byteLength };
  }

  /**
   * Whether an upload is waiting: a regular file in media/incoming. Anything else under an
   * upload's name (a link, a folder) is refused (RefusedFileError), never read.
   */
  hasUpload(uploadId: string): boolean {
    return UPLOAD_ID.test(uploadId) && this.waiting(uploadId) !== undefined;
  }

  private waiting(uploadId: string): string | undefined {
    return ownFile(this.incomingDir, uploadId, `media/incoming/${uploadId}`);
  }

  /** A stored file (or preview) to read; refused in words when it is missing or not a file. */
  private readable(folder: string, name: string): string {
    const label = folder === this.dir ? `media/${name}` : `media/thumbs/${name}`;
    const file = ownFile(folder, name, label);
    if (!file) throw new ApiError('not_found', `${label} is missing from the media folder.`);
    return file;
  }

  /**
   * Reads an upload (kind, size, metadata), moves it into the store under its hash and makes
   * its preview. The same content twice is stored once.
   */
  async ingest(uploadId: string): Promise<IngestedFile> {
    const source = this.waiting(uploadId);
    if (!source) throw new UnreadableMediaError('That upload is not waiting any more.');
    try {
      const hash = createHash('sha256');
      await pipeline(createReadStream(source), hash);
      const sha256 = hash.digest('hex');
      const { size } = await stat(source);
      const facts = await this.probe(source, size, sha256);
      const stored = this.storedPath(sha256, facts.mime);
      if (existsSync(stored)) await rm(source, { force: true });
      else await rename(source, stored);
      if (facts.kind === 'image') await this.makeThumbnail(sha256, facts.mime);
      else await this.videoPreview(sha256, facts);
      return facts;
    } catch (error) {
      await rm(source, { force: true });
      throw error;
    }
  }

  private async probe(file: string, size: number, sha256: string): Promise<IngestedFile> {
    const head = Buffer.alloc(64 * 1024);
    const fd = openSync(file, 'r');
    let read: number;
    try {
      read = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const video = sniffVideo(head.subarray(0, read));
    if (video) {
      const durationMs = video.mime === 'video/webm' ? null : await mp4DurationMs(file);
      const tags = await videoTags(file, video.mime).catch(() => null);
      return {
        sha256,
        kind: 'video',
        mime: video.mime,
        byteSize: size,
        width: null,
        height: null,
        durationMs,
        // Tags ffmpeg cannot read (a damaged file, no ffmpeg) may be there all the same.
        ...(tags ? videoTagFacts(tags) : { hasGps: false, hasMetadata: true }),
      };
    }
    let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
    try {
      meta = await sharp(file).metadata();
    } catch {
      throw new UnreadableMediaError('Not a photo or video Rapport can read.');
    }
    const format = meta.format ? IMAGE_FORMATS[meta.format] : undefined;
    if (!format) throw new UnreadableMediaError('Not a photo or video Rapport can read.');
    // A file whose EXIF cannot be parsed is taken as having none to find.
    const gps = (await exifr.gps(file).catch(() => undefined)) as { latitude?: number } | undefined;
    const hasGps = typeof gps?.latitude === 'number' && Number.isFinite(gps.latitude);
    const rotated = (meta.orientation ?? 1) >= 5;
    return {
      sha256,
      kind: 'image',
      mime: format.mime,
      byteSize: size,
      width: (rotated ? meta.height : meta.width) ?? null,
      height: (rotated ? meta.width : meta.height) ?? null,
      durationMs: null,
      hasGps,
      hasMetadata: Boolean(meta.exif ?? meta.xmp ?? meta.iptc),
    };
  }

  /** The preview of a stored photo, or of a video from its poster frame. */
  private async makeThumbnail(sha256: string, mime: string, frame?: Buffer): Promise<void> {
    await mkdir(this.thumbsDir, { recursive: true });
    const target = join(this.thumbsDir, `${sha256}.webp`);
    if (existsSync(target)) return;
    const source = frame ?? this.readable(this.dir, storedName(sha256, mime));
    const temp = `${target}.${randomUUID()}.tmp`;
    await sharp(source)
      .rotate()
      .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 72 })
      .toFile(temp);
    await rename(temp, target);
  }

  /**
   * A video's preview, from a frame a second in (upright), and its size as shown. A video
   * ffmpeg cannot picture keeps a plain tile.
   */
  private async videoPreview(sha256: string, facts: IngestedFile): Promise<void> {
    const stored = this.readable(this.dir, storedName(sha256, facts.mime));
    const frame = await posterFrame(stored, facts.mime, posterAtMs(facts.durationMs)).catch(
      () => undefined,
    );
    if (!frame) return;
    const { width, height } = await sharp(frame).metadata();
    facts.width = width ?? null;
    facts.height = height ?? null;
    await this.makeThumbnail(sha256, facts.mime, frame);
  }

  /**
   * The preview as a data: URL (allowed by the page's policy, needs no second request); '' for
   * a video ffmpeg could not picture. A preview is derived, so one that is missing (a restored
   * backup keeps originals only) is made again from the stored file.
   */
  async thumbnailDataUrl(sha256: string, mime: string): Promise<string> {
    const name = `${sha256}.webp`;
    if (!ownFile(this.thumbsDir, name, `media/thumbs/${name}`)) {
      if (mime.startsWith('video/')) {
        const stored = this.readable(this.dir, storedName(sha256, mime));
        const frame = await posterFrame(stored, mime, posterAtMs(null)).catch(() => undefined);
        if (!frame) return '';
        await this.makeThumbnail(sha256, mime, frame);
      } else await this.makeThumbnail(sha256, mime);
    }
    const data = await readFile(this.readable(this.thumbsDir, name));
    return `data:image/webp;base64,${data.toString('base64')}`;
  }

  /**
   * A copy to hand out: a photo with its orientation applied, re-encoded without any metadata;
   * a video with its streams as they are and none of its tags (VideoToolError when ffmpeg
   * cannot make one).
   */
  async cleanCopy(sha256: string, mime: string): Promise<Buffer> {
    const stored = this.readable(this.dir, storedName(sha256, mime));
    if (mime.startsWith('video/')) return strippedVideo(stored, mime);
    const image = sharp(stored).rotate();
    if (mime === 'image/png') return image.png().toBuffer();
    if (mime === 'image/webp') return image.webp({ quality: 92 }).toBuffer();
    if (mime === 'image/gif') return image.gif().toBuffer();
    return image.jpeg({ quality: 92, mozjpeg: true }).toBuffer();
  }

  /** Removes a stored file and its preview (after its row is gone). */
  async remove(sha256: string, mime: string): Promise<void> {
    await rm(this.storedPath(sha256, mime), { force: true });
    await rm(join(this.thumbsDir, `${sha256}.webp`), { force: true });
  }
}

/** Duration of an MP4/MOV from its movie header (mvhd), or null when it cannot be found. */
async function mp4DurationMs(file: string): Promise<number | null> {
  return mvhdDurationMs(await readFile(file));
}

/** The browser host's upload receiver for the media folder `dir`. */
export function mediaUploads(dir: string, maxBytes = MAX_UPLOAD_BYTES) {
  const files = new MediaFiles(dir);
  return { maxBytes, receive: (body: Readable, max: number) => files.receive(body, max) };
}
