// The browser host's streamed upload over real HTTP: token, content type, its own size limit
// (far above the JSON cap, with a clear error beyond it), then media.import takes the file in.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpHost, MAX_BODY_BYTES, type HttpHost } from '../../electron/http/host';
import { mediaUploads } from '../../electron/media/files';
import { tempStore, type TempStore } from './helpers/temp-db';
import { photoWithGps } from './helpers/images';

const TOKEN = 'upload-token-0123456789';
const LIMIT = 3 * 1024 * 1024; // a small limit for the test; the app's is 500 MB

let store: TempStore;
let siteDir: string;
let host: HttpHost;

beforeEach(async () => {
  store = tempStore();
  siteDir = mkdtempSync(join(tmpdir(), 'rapport-site-'));
  mkdirSync(siteDir, { recursive: true });
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>Rapport</title>');
  host = await createHttpHost({
    dispatch: (channel, input) => store.dispatch(channel, input),
    staticDir: siteDir,
    token: TOKEN,
    uploads: mediaUploads(join(store.dir, 'media'), LIMIT),
  });
});
afterEach(async () => {
  await host.close();
  store.cleanup();
  rmSync(siteDir, { recursive: true, force: true });
});

function upload(
  body: Buffer | Buffer[],
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  json: { ok: boolean; data?: { uploadId: string; bytes: number }; error?: { message: string } };
}> {
  const parts = Array.isArray(body) ? body : [body];
  return new Promise((resolve, reject) => {
    const req = request(
      `${host.url}upload`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/octet-stream',
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString()) }),
        );
      },
    );
    req.on('error', reject);
    for (const part of parts) req.write(part);
    req.end();
  });
}

describe('POST /upload', () => {
  it('streams a file bigger than the JSON cap and media.import takes it in', async () => {
    const photo = await photoWithGps(400, 500);
    const padded = Buffer.concat([photo, Buffer.alloc(MAX_BODY_BYTES + 1000)]); // JPEG readers stop at EOI
    const { status, json } = await upload(padded);
    expect(status).toBe(200);
    expect(json.data!.bytes).toBe(padded.length);
    const item = await store.call('media.import', {
      uploadId: json.data!.uploadId,
      name: 'big.jpg',
    });
    expect(item).toMatchObject({ byteSize: padded.length, hasGps: true, width: 400 });
  });

  it('refuses a declared size over the limit with a clear message', async () => {
    const { status, json } = await upload(Buffer.alloc(10), {
      'Content-Length': String(LIMIT + 1),
    });
    expect(status).toBe(413);
    expect(json.error!.message).toMatch(/too large/);
  });

  it('stops a chunked upload once it passes the limit and keeps nothing', async () => {
    const chunks = Array.from({ length: 4 }, () => Buffer.alloc(1024 * 1024));
    const { status, json } = await upload(chunks, { 'Transfer-Encoding': 'chunked' });
    expect(status).toBe(413);
    expect(json.error!.message).toBe(
      'The file is too large: Rapport takes files up to 3 MB. Nothing was saved.',
    );
    expect(readdirSync(join(store.dir, 'media', 'incoming'))).toEqual([]);
  });

  it('needs the token and a raw file body', async () => {
    expect((await upload(Buffer.from('x'), { Authorization: 'Bearer nope' })).status).toBe(401);
    const wrongType = await upload(Buffer.from('x'), { 'Content-Type': 'multipart/form-data' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.error!.message).toMatch(/octet-stream/);
  });
});
