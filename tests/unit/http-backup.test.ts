// The browser host's downloads over real HTTP. "Download a backup": token, method, no backup
// yet, then the newest verified backup streamed as an attachment that opens as SQLite with the
// posts. "Export everything": the whole plan as a JSON attachment.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpHost, type HttpHost } from '../../electron/http/host';
import { backupDirFor } from '../../electron/store/backup/backups';
import { backupDownloadsFor } from '../../electron/http/backup';
import { writePlanFile } from '../../electron/store/plan-file';
import { tempStore, type TempStore } from './helpers/temp-db';

const TOKEN = 'backup-token-0123456789';
let store: TempStore;
let siteDir: string;
let host: HttpHost;

beforeEach(async () => {
  store = tempStore();
  siteDir = mkdtempSync(join(tmpdir(), 'rapport-site-'));
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>Rapport</title>');
  host = await createHttpHost({
    dispatch: (channel, input) => store.dispatch(channel, input),
    staticDir: siteDir,
    token: TOKEN,
    backups: backupDownloadsFor(store.file),
    plans: { write: (file) => writePlanFile(store.store, file) },
  });
});
afterEach(async () => {
  await host.close();
  store.cleanup();
  rmSync(siteDir, { recursive: true, force: true });
});

const get = (init: RequestInit = {}) =>
  fetch(`${host.url}backup`, {
    ...init,
    headers: { Authorization: `Bearer ${TOKEN}`, ...(init.headers as object) },
  });

describe('GET /backup', () => {
  it('needs the token and GET, and says when there is no backup yet', async () => {
    const none = await fetch(`${host.url}backup`);
    expect(none.status).toBe(401);
    const wrong = await fetch(`${host.url}backup`, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const post = await get({ method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const missing = await get();
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(
      /no good backup yet/,
    );
  });

  it('streams the newest verified backup as an attachment', async () => {
    await store.call('posts.create', { title: 'Meet Ana' });
    await store.call('backup.create', {});
    await store.call('posts.create', { title: 'Flu shots' });
    const newest = await store.call('backup.create', {});
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${newest.id}"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    const file = join(store.dir, 'downloaded.db');
    writeFileSync(file, bytes);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT title FROM posts ORDER BY title').pluck().all()).toEqual([
      'Flu shots',
      'Meet Ana',
    ]);
    db.close();
  });

  it('skips a damaged newest backup for the newest good one', async () => {
    await store.call('posts.create', { title: 'Meet Ana' });
    const good = await store.call('backup.create', {});
    const bad = await store.call('backup.create', {});
    writeFileSync(join(backupDirFor(store.file), bad.id), 'garbage'.repeat(1000));
    const response = await get();
    expect(response.headers.get('content-disposition')).toContain(good.id);
    const file = join(store.dir, 'downloaded.db');
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT title FROM posts').pluck().all()).toEqual(['Meet Ana']);
    db.close();
  });
});

describe('GET /plan', () => {
  const getPlan = (init: RequestInit = {}) =>
    fetch(`${host.url}plan`, {
      ...init,
      headers: { Authorization: `Bearer ${TOKEN}`, ...(init.headers as object) },
    });

  it('needs the token and GET', async () => {
    expect((await fetch(`${host.url}plan`)).status).toBe(401);
    const post = await getPlan({ method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('streams the whole plan as a JSON attachment, saying how many posts it holds', async () => {
    await store.call('posts.create', { title: 'Meet Ana' });
    await store.call('posts.create', { title: 'Flu shots' });
    const response = await getPlan();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="rapport-plan-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get('x-rapport-posts')).toBe('2');
    const plan = (await response.json()) as { format: string; posts: { title: string }[] };
    expect(plan.format).toBe('rapport-plan');
    expect(plan.posts.map((p) => p.title).sort()).toEqual(['Flu shots', 'Meet Ana']);
  });
});
