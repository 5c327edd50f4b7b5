// Running ffmpeg on a stored video: the binary that ships inside the @ffmpeg-installer package
// for this platform (unpacked from the app's asar archive: a binary cannot run from inside it),
// else an `ffmpeg` on the PATH (Debian's, for development). What it is asked is decided in
// video.ts; here it only runs, with a time limit, never through a shell.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { posterArgs, stripArgs, tagNames, tagsArgs } from './video';

/** ffmpeg could not be run, or could not read or clean the video. */
export class VideoToolError extends Error {}

/** A path inside the app's asar archive, as the unpacked copy beside it (asarUnpack). */
export function unpackedPath(path: string): string {
  return path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}

let binary: string | undefined;

/** The ffmpeg to run: the npm package's for this platform, else the one on the PATH. */
export function ffmpegPath(): string {
  if (binary === undefined) {
    try {
      // Required when first needed: the package throws on a platform it has no binary for.
      const found = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string };
      binary = unpackedPath(found.path);
    } catch {
      binary = 'ffmpeg';
    }
  }
  return binary;
}

function run(args: string[], timeout: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    execFile(
      ffmpegPath(),
      args,
      { encoding: 'buffer', timeout, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const why = stderr.toString('utf8').trim().split('\n').at(-1) || error.message;
        reject(new VideoToolError(why));
      },
    );
  });
}

/** The names of the video's global tags (lower case). */
export async function videoTags(file: string, mime: string): Promise<string[]> {
  return tagNames((await run(tagsArgs(file, mime), 30_000)).toString('utf8'));
}

/** One upright frame `atMs` into the video (the first, when it is shorter), as JPEG bytes. */
export async function posterFrame(file: string, mime: string, atMs: number): Promise<Buffer> {
  const jpeg = await run(posterArgs(file, mime, atMs), 60_000);
  if (jpeg.length > 0) return jpeg;
  if (atMs > 0) return posterFrame(file, mime, 0);
  throw new VideoToolError('The video has no frame to show.');
}

/** The video with every tag removed, its streams copied as they are (see stripArgs). */
export async function strippedVideo(file: string, mime: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-video-'));
  try {
    const out = join(dir, 'clean');
    await run(stripArgs(file, out, mime), 10 * 60_000);
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
