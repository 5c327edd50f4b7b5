// What Rapport decides about a video, pure: the container type from its first bytes, the
// duration from an MP4/MOV movie header, how ffmpeg is asked to read, clean or picture it
// (electron/media/ffmpeg.ts runs it), and what its tags tell.

/** MP4/MOV ('ftyp' box) or WebM/Matroska (EBML magic); null for anything else. */
export function sniffVideo(head: Uint8Array): { mime: string } | null {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (buf.length >= 12 && buf.toString('latin1', 4, 8) === 'ftyp') {
    const brand = buf.toString('latin1', 8, 12);
    if (brand.startsWith('heic') || brand.startsWith('heix') || brand.startsWith('mif1')) {
      return null;
    }
    return { mime: brand === 'qt  ' ? 'video/quicktime' : 'video/mp4' };
  }
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x1a45dfa3) return { mime: 'video/webm' };
  return null;
}

/** The duration in the first 'mvhd' box (version 0 or 1), in milliseconds; null if none. */
export function mvhdDurationMs(data: Uint8Array): number | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const at = buf.indexOf('mvhd', 0, 'latin1');
  if (at < 4) return null;
  const version = buf[at + 4];
  const body = at + 8;
  if (version === 1) {
    if (body + 28 > buf.length) return null;
    const timescale = buf.readUInt32BE(body + 16);
    const duration = Number(buf.readBigUInt64BE(body + 20));
    return timescale > 0 ? Math.round((duration / timescale) * 1000) : null;
  }
  if (body + 16 > buf.length) return null;
  const timescale = buf.readUInt32BE(body + 8);
  const duration = buf.readUInt32BE(body + 12);
  return timescale > 0 ? Math.round((duration / timescale) * 1000) : null;
}

/** The container ffmpeg is told a stored video is in (never guessed from its bytes). */
function demuxer(mime: string): string {
  return mime === 'video/webm' ? 'matroska' : 'mov';
}

/**
 * How ffmpeg reads a stored video: its container named, plain files only (a file that is
 * really a playlist cannot make ffmpeg open other files or addresses).
 */
export function inputArgs(file: string, mime: string): string[] {
  return [
    '-nostdin',
    '-v',
    'error',
    '-protocol_whitelist',
    'file',
    '-f',
    demuxer(mime),
    '-i',
    `file:${file}`,
  ];
}

/**
 * A copy without metadata: the video and audio streams copied as they are (no re-encoding),
 * every tag (global, per stream, chapters: creation time, location, device) left out, and
 * nothing of ffmpeg's own written (bitexact). The display matrix (portrait videos) stays: it is
 * part of the stream, not a tag.
 */
export function stripArgs(input: string, output: string, mime: string): string[] {
  const format = mime === 'video/webm' ? 'webm' : mime === 'video/quicktime' ? 'mov' : 'mp4';
  return [
    ...inputArgs(input, mime),
    ['-map', '0:V?', '-map', '0:a?', '-c', 'copy'],
    ['-map_metadata', '-1', '-map_metadata:s', '-1', '-map_chapters', '-1'],
    ['-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'],
    ['-y', '-f', format, `file:${output}`],
  ].flat();
}

/** One frame as a JPEG on stdout, `atMs` into the video, turned upright. */
export function posterArgs(input: string, mime: string, atMs: number): string[] {
  return [
    ...['-ss', (atMs / 1000).toFixed(3)],
    ...inputArgs(input, mime),
    ...[
      '-map',
      '0:V:0',
      '-frames:v',
      '1',
      '-f',
      'image2pipe',
      '-c:v',
      'mjpeg',
      '-q:v',
      '3',
      'pipe:1',
    ],
  ];
}

/** The video's global tags as ffmpeg's metadata text on stdout (creation time included). */
export function tagsArgs(input: string, mime: string): string[] {
  return [...inputArgs(input, mime), '-map_metadata', '0', '-f', 'ffmetadata', 'pipe:1'];
}

/** Where in a video its poster frame is taken: a second in (past a black first frame). */
export function posterAtMs(durationMs: number | null): number {
  return durationMs === null ? 1000 : Math.min(1000, Math.floor(durationMs / 3));
}

/** The tag names in ffmpeg's metadata text (`;FFMETADATA1`, then `key=value` lines). */
export function tagNames(ffmetadata: string): string[] {
  return ffmetadata
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(';') && !line.startsWith('['))
    .map((line) =>
      line
        .split(/(?<!\\)=/, 1)[0]!
        .replace(/\\(.)/g, '$1')
        .toLowerCase(),
    );
}

const LOCATION = /location|gps|iso6709|xyz/;
/** Tags that say where, when or with what a video was made, or by whom. */
const PERSONAL =
  /creation|date|make|model|location|gps|iso6709|xyz|author|artist|comment|copyright|software|com\.(apple|android)/;

/** Whether the tags name a place, and whether any says where, when or with what. */
export function videoTagFacts(names: readonly string[]): { hasGps: boolean; hasMetadata: boolean } {
  return {
    hasGps: names.some((n) => LOCATION.test(n)),
    hasMetadata: names.some((n) => PERSONAL.test(n)),
  };
}
