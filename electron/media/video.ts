// What Rapport reads of a video without any native tool: the container type from its first
// bytes, and the duration from an MP4/MOV movie header. Pure, over buffers.

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
