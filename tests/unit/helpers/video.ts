// Small real videos for tests, made with the ffmpeg that ships in the npm package, and read back
// with ffprobe (also from npm): what a phone leaves in a video (when, where, with what) and
// whether a copy still carries it.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ffprobe from '@ffprobe-installer/ffprobe';
import { ffmpegPath } from '../../../electron/media/ffmpeg';

const run = promisify(execFile);

/** What a phone writes into a video: when, where (twice, as iPhones do), and with what. */
export const PHONE_TAGS: Record<string, string> = {
  creation_time: '2026-03-01T10:00:00Z',
  location: '+48.8584+002.2945/',
  'com.apple.quicktime.location.ISO6709': '+48.8584+002.2945/',
  'com.apple.quicktime.make': 'Apple',
  'com.apple.quicktime.model': 'iPhone 15 Pro',
  make: 'Apple',
  model: 'iPhone 15 Pro',
};

export type Container = 'mov' | 'mp4' | 'webm';

export interface VideoOptions {
  seconds?: number;
  width?: number;
  height?: number;
  /** Degrees the player turns the picture (a phone held upright: 90). */
  rotate?: number;
  tags?: Record<string, string>;
  /** Frames per second. */
  rate?: number;
  /**
   * A bitrate to fill (`8M`): the picture gets moving noise, as a real scene has, so the file
   * is as large as a phone's.
   */
  bitrate?: string;
}

/** Makes a test-pattern video with a tone and `tags` in `dir`; returns its path. */
export async function makeVideo(
  dir: string,
  container: Container,
  {
    seconds = 2,
    width = 320,
    height = 240,
    rotate,
    tags = PHONE_TAGS,
    rate = 25,
    bitrate,
  }: VideoOptions = {},
): Promise<string> {
  const file = join(dir, `made-${Math.random().toString(16).slice(2)}.${container}`);
  const codecs =
    container === 'webm'
      ? ['-c:v', 'libvpx', '-b:v', '300k', '-c:a', 'libvorbis']
      : ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac'];
  await run(ffmpegPath(), [
    ...['-nostdin', '-v', 'error', '-y'],
    ...['-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=${rate}`],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100'],
    ...['-t', String(seconds), ...codecs],
    ...(bitrate
      ? ['-vf', 'noise=alls=25:allf=t', '-b:v', bitrate, '-maxrate', bitrate, '-bufsize', bitrate]
      : []),
    ...Object.entries(tags).flatMap(([key, value]) => ['-metadata', `${key}=${value}`]),
    ...(container === 'webm' ? [] : ['-movflags', 'use_metadata_tags']),
    file,
  ]);
  if (rotate === undefined) return file;
  // The display turn is written by a second pass (stream copy), as a phone's matrix.
  const turned = file.replace(/(\.\w+)$/, `-turned$1`);
  await run(ffmpegPath(), [
    ...['-nostdin', '-v', 'error', '-y', '-i', file, '-map', '0', '-c', 'copy'],
    ...['-metadata:s:v', `rotate=${rotate}`, turned],
  ]);
  return turned;
}

export interface Probed {
  format: { format_name: string; tags?: Record<string, string> };
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    nb_frames?: string;
    tags?: Record<string, string>;
    side_data_list?: { rotation?: number }[];
  }[];
}

/** What ffprobe reads in `file`. */
export async function probe(file: string): Promise<Probed> {
  const { stdout } = await run(ffprobe.path, [
    ...['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
  ]);
  return JSON.parse(stdout) as Probed;
}

/** Every tag ffprobe finds, in the file and in each stream. */
export function allTags(probed: Probed): Record<string, string> {
  return Object.assign(
    {},
    probed.format.tags,
    ...probed.streams.map((s) => s.tags ?? {}),
  ) as Record<string, string>;
}

/** An MD5 of each stream's packets as stored: equal before and after a stream copy. */
export async function streamHashes(file: string): Promise<string[]> {
  const hashes: string[] = [];
  for (const kind of ['v', 'a']) {
    const { stdout } = await run(ffmpegPath(), [
      ...[
        '-nostdin',
        '-v',
        'error',
        '-i',
        file,
        '-map',
        `0:${kind}`,
        '-c',
        'copy',
        '-f',
        'md5',
        '-',
      ],
    ]);
    hashes.push(stdout.trim());
  }
  return hashes;
}

/** Whether any of the phone's words is left anywhere in the file's bytes. */
export function phoneWordsIn(file: string): string[] {
  const bytes = readFileSync(file).toString('latin1');
  return ['iPhone', 'Apple', '48.8584', '2026-03-01'].filter((word) => bytes.includes(word));
}
