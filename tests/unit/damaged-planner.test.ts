// A damaged planner and the files beside it are never written; a restore takes only what an
// added backup would be taken as; while the planner is damaged the other channels say so with
// their own code (503 `unavailable`), in words that name no path on this computer.
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpHost } from '../../electron/http/host';
import { recoveryDispatch, servePlanner } from '../../electron/api/recovery';
import { backupDirFor } from '../../electron/store/backup/backups';
import { StoreOpenError } from '../../electron/store/database';
import { openStore } from '../../electron/store/store';
import { HTTP_STATUS } from '../../shared/envelope';
import { tempStore, type TempStore } from './helpers/temp-db';
import { tempFolders } from './helpers/temp-folders';

let store: TempStore | undefined;
const folder = tempFolders('rapport-safety-');
afterEach(() => {
  store?.cleanup();
  store = undefined;
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const range = { from: '2026-11-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

async function addPosts(t: TempStore, n: number) {
  for (let i = 1; i <= n; i++) {
    await t.call('posts.create', {
      title: `Precious ${i}`,
      scheduledAt: `2026-12-0${i}T15:00:00.000Z`,
    });
  }
}

/** Closes the store and writes garbage over the posts table's root page. */
function damagePostsTable(t: TempStore): void {
  const { rootpage } = t.db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'posts'")
    .get() as { rootpage: number };
  t.store.close();
  const fd = openSync(t.file, 'r+');
  const garbage = Buffer.alloc(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
  writeSync(fd, garbage, 0, garbage.length, (rootpage - 1) * 4096);
  closeSync(fd);
}

/** A write-ahead log of another database, with frames not yet checkpointed, put beside `file`. */
function foreignWalBeside(file: string): void {
  const dir = folder();
  const other = new Database(join(dir, 'other.db'));
  other.pragma('journal_mode = WAL');
  other.pragma('wal_autocheckpoint = 0');
  other.exec('CREATE TABLE notes (body BLOB); INSERT INTO notes VALUES (randomblob(20000))');
  copyFileSync(join(dir, 'other.db-wal'), `${file}-wal`);
  other.close();
}

/** An 8 KiB SQLite file of another program, under a backup's name in backups/. */
function strangerUnderBackupName(t: TempStore): string {
  const id = 'rapport-2026-12-08T10-00-00-000Z-manual.db';
  mkdirSync(backupDirFor(t.file), { recursive: true });
  const db = new Database(join(backupDirFor(t.file), id));
  db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
  db.close();
  return id;
}

/** A good Rapport backup outside backups/, linked into it under a backup's name. */
async function linkedBackup(t: TempStore): Promise<string> {
  const made = await t.call('backup.create', {});
  const outside = join(folder(), 'elsewhere.db');
  copyFileSync(join(backupDirFor(t.file), made.id), outside);
  const id = 'rapport-2026-12-08T11-00-00-000Z-manual.db';
  symlinkSync(outside, join(backupDirFor(t.file), id));
  return id;
}

describe('a damaged planner with a write-ahead log of another database beside it', () => {
  it('is refused without writing the file or the files beside it, and they go aside together', async () => {
    store = tempStore();
    await addPosts(store, 3);
    const good = await store.call('backup.create', {});
    damagePostsTable(store);
    foreignWalBeside(store.file);
    const before = { db: sha(store.file), wal: sha(`${store.file}-wal`) };

    expect(() => openStore(store!.file)).toThrow(StoreOpenError);
    expect(sha(store.file)).toBe(before.db);
    expect(sha(`${store.file}-wal`)).toBe(before.wal);
    expect(existsSync(`${store.file}-shm`)).toBe(false);

    const planner = servePlanner(store.file, { backups: false, error: () => {}, info: () => {} });
    expect(planner.damaged).toBe(true);
    expect(sha(store.file)).toBe(before.db);
    expect(sha(`${store.file}-wal`)).toBe(before.wal);

    // The restore keeps the damaged file and its log aside, untouched and still a pair.
    const restored = await planner.dispatch('backup.restore', { id: good.id });
    expect(restored.ok).toBe(true);
    const aside = readdirSync(backupDirFor(store.file)).filter((n) => n.startsWith('damaged-'));
    const main = aside.find((n) => n.endsWith('.db'))!;
    expect(sha(join(backupDirFor(store.file), main))).toBe(before.db);
    expect(sha(join(backupDirFor(store.file), `${main}-wal`))).toBe(before.wal);
    expect(planner.damaged).toBe(false);
    expect(await planner.dispatch('posts.listRange', range)).toMatchObject({
      ok: true,
      data: { length: 3 },
    });
    planner.close();
    store.reopen();
  });

  it('a good planner whose log belongs to another database is not rewritten by it', async () => {
    store = tempStore();
    await addPosts(store, 2);
    store.store.close();
    foreignWalBeside(store.file);
    const before = sha(store.file);
    expect(() => openStore(store!.file)).toThrow(/damaged/);
    expect(sha(store.file)).toBe(before);
    rmSync(`${store.file}-wal`);
    store.reopen();
    expect(await store.call('posts.listRange', range)).toHaveLength(2);
  });
});

describe('backup.restore takes only what backup.add would take', () => {
  it('refuses an SQLite file of another program under a backup’s name, changing nothing', async () => {
    store = tempStore();
    await addPosts(store, 3);
    const id = strangerUnderBackupName(store);
    const before = store.snapshot();
    const refused = await store.refuse('backup.restore', { id });
    expect([refused.code, refused.message]).toEqual([
      'invalid_input',
      expect.stringMatching(/not a Rapport planner.*Nothing was changed/s),
    ]);
    expect(store.snapshot()).toBe(before);
    expect(await store.call('posts.listRange', range)).toHaveLength(3);
  });

  it('refuses a backup name that is a link to a file outside backups/, changing nothing', async () => {
    store = tempStore();
    await addPosts(store, 2);
    const id = await linkedBackup(store);
    await store.call('posts.create', { title: 'After the backup' });
    const before = store.snapshot();
    const refused = await store.refuse('backup.restore', { id });
    expect([refused.code, refused.message]).toEqual([
      'invalid_input',
      expect.stringMatching(/not a regular file/),
    ]);
    expect(store.snapshot()).toBe(before);
  });

  it('recovery refuses both too, and keeps the damaged planner where it is', async () => {
    store = tempStore();
    await addPosts(store, 2);
    const linked = await linkedBackup(store);
    const stranger = strangerUnderBackupName(store);
    damagePostsTable(store);
    const before = sha(store.file);
    let reopened = false;
    const dispatch = recoveryDispatch({
      dbFile: store.file,
      message: 'damaged',
      onRestored: () => (reopened = true),
    });
    for (const [id, words] of [
      [stranger, /not a Rapport planner/],
      [linked, /not a regular file/],
    ] as const) {
      const answer = await dispatch('backup.restore', { id });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(words) },
      });
    }
    expect(reopened).toBe(false);
    expect(sha(store.file)).toBe(before);
    expect(readdirSync(backupDirFor(store.file)).some((n) => n.startsWith('damaged-'))).toBe(false);
    rmSync(store.file);
    store.reopen();
  });
});

describe('while the planner is damaged', () => {
  it('every other channel answers 503 `unavailable` in words; health names no path', async () => {
    store = tempStore();
    await addPosts(store, 1);
    damagePostsTable(store);
    const planner = servePlanner(store.file, { backups: false, error: () => {}, info: () => {} });
    const http = await createHttpHost({
      dispatch: planner.dispatch,
      plans: { write: (file) => planner.writePlan(file) },
      staticDir: folder(),
      token: 'secret-token',
      log: (message) => expect.fail(`no server error expected: ${message}`),
    });
    try {
      const post = (channel: string) =>
        fetch(`${http.url}api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer secret-token' },
          body: '{}',
        });
      for (const channel of ['settings.get', 'posts.listRange', 'media.list', 'backup.create']) {
        const response = await post(channel);
        expect([channel, response.status]).toEqual([channel, 503]);
        expect(await response.json()).toEqual({
          ok: false,
          error: {
            code: 'unavailable',
            message: expect.stringMatching(/damaged.*Restore a backup/s),
          },
        });
      }
      expect(HTTP_STATUS.unavailable).toBe(503);
      // The whole-plan download is refused the same way.
      const plan = await fetch(`${http.url}plan`, {
        headers: { Authorization: 'Bearer secret-token' },
      });
      expect(plan.status).toBe(503);
      expect(await plan.json()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      const health = (await (await post('backup.health')).json()) as {
        data: { state: string; message: string };
      };
      expect(health.data.state).toBe('damaged');
      expect(health.data.message).toMatch(/is damaged/);
      expect(health.data.message).not.toContain(store.dir);
      expect(health.data.message).not.toContain(tmpdir());
    } finally {
      await http.close();
      planner.close();
    }
    rmSync(store.file);
    store.reopen();
  });
});
