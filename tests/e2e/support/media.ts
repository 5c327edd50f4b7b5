// A photo as the page uploads it (the host's upload endpoint), taken into the library.
import sharp from 'sharp';
import type { TestHost } from './host';

export async function importPhoto(
  host: TestHost,
  name: string,
  { width = 320, height = 400, colour = '#336699' } = {},
): Promise<{ id: string; sha256: string }> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
  const sent = await fetch(`${host.baseUrl}upload`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${host.token}` },
    body: bytes,
  });
  const { data } = (await sent.json()) as { data: { uploadId: string } };
  const taken = await host.invoke('media.import', { uploadId: data.uploadId, name });
  return (taken as { data: { id: string; sha256: string } }).data;
}
