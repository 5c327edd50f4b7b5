import * as clock from '../../shared/clock';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/api';
import { recoveryConsoleMessage, recoveryDispatch } from '../../electron/api/recovery';
import { sqliteBackups, startBackupSchedule } from '../../electron/store/backup/service';
import {
  backupDirFor,
  backupFileName,
  checkFile,
  listBackups,
  newestGoodBackup,
  parseBackupName,
} from '../../electron/store/backup/backups';
import { openDatabase, StoreOpenError } from '../../electron/store/database';
import { MIGRATIONS } from '../../electron/store/migrations';
import { openStore } from '../../electron/store/store';
import { recoveryAction, recoveryDialogPlan } from '../../electron/shell/recovery-dialog';
import { backupDue, backupsToRemove } from '../../shared/backup-rules';
import { importBytes, plainPhoto } from './helpers/images';
import { tempStore, type TempStore } from './helpers/temp-db';
import { pruneBackupMedia } from '../../electron/store/backup/media';

let store: TempStore;
afterEach(() => store?.cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const h = 3_600_000;

async function addPosts(n: number, title = 'Post') {
  for (let i = 0; i < n; i++) {
    await store.call('posts.create', {
      title: `${title} ${i + 1}`,
      scheduledAt: new Date(Date.UTC(2026, 11, 1 + (i % 28), 15)).toISOString(),
      caption: `Caption ${i + 1} `.repeat(20),
    });
  }
}

describe('when a backup is due', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('at start: when there is none or the newest is a day old', () => {
    expect(backupDue({ now, lastBackupAt: null, lastEditAt: null, atStart: true })).toBe(true);
    const recent = new Date(now.getTime() - 23 * h);
    expect(backupDue({ now, lastBackupAt: recent, lastEditAt: null, atStart: true })).toBe(false);
    const old = new Date(now.getTime() - 25 * h);
    expect(backupDue({ now, lastBackupAt: old, lastEditAt: null, atStart: true })).toBe(true);
  });
  it('while working: only after edits, and every few hours', () => {
    const last = new Date(now.getTime() - 4 * h);
    expect(backupDue({ now, lastBackupAt: last, lastEditAt: null, atStart: false })).toBe(false);
    const before = new Date(last.getTime() - 1000);
    expect(backupDue({ now, lastBackupAt: last, lastEditAt: before, atStart: false })).toBe(false);
    const edit = new Date(now.getTime() - 60_000);
    expect(backupDue({ now, lastBackupAt: last, lastEditAt: edit, atStart: false })).toBe(true);
    const fresh = new Date(now.getTime() - 2 * h);
    expect(backupDue({ now, lastBackupAt: fresh, lastEditAt: edit, atStart: false })).toBe(false);
    expect(backupDue({ now, lastBackupAt: null, lastEditAt: edit, atStart: false })).toBe(true);
  });
});

describe('rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly, and everything from the last day', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    // One backup every 6 hours for two years.
    const backups = Array.from({ length: 4 * 730 }, (_, i) => {
      const at = new Date(now.getTime() - i * 6 * h);
      return { id: `b${i}`, createdAt: at.toISOString() };
    });
    const removed = new Set(backupsToRemove(backups, now));
    const kept = backups.filter((b) => !removed.has(b.id));
    // Last 24 h: 4; then the newest of each of 7 days (today's is among the 4), weeks, months.
    expect(kept.length).toBeGreaterThanOrEqual(4 + 6);
    expect(kept.length).toBeLessThanOrEqual(4 + 6 + 4 + 12);
    const months = new Set(kept.map((b) => b.createdAt.slice(0, 7)));
    expect(months.size).toBe(12);
    expect(kept.at(-1)!.createdAt >= '2025-12-01').toBe(true);
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    for (let d = 0; d < 7; d++) {
      expect(days.has(new Date(now.getTime() - d * 24 * h).toISOString().slice(0, 10))).toBe(true);
    }
    expect(backupsToRemove(backups.slice(0, 3), now)).toEqual([]);
  });

  it('names backups by time and reason, and reads the names back', () => {
    const name = backupFileName(new Date('2026-12-01T23:42:05.123Z'), 'manual');
    expect(name).toBe('rapport-2026-12-01T23-42-05-123Z-manual.db');
    expect(parseBackupName(name)).toEqual({
      createdAt: '2026-12-01T23:42:05.123Z',
      reason: 'manual',
    });
    expect(parseBackupName('../rapport.db')).toBeUndefined();
    expect(parseBackupName('rapport-2026-12-01T23-42-05-123Z-whatever.db')).toBeUndefined();
  });
});

describe('backup.create, backup.list, backup.restore', () => {
  it('makes a checked backup beside the database and lists it with its size and posts', async () => {
    store = tempStore();
    await addPosts(5);
    const made = await store.call('backup.create', {});
    expect(made.reason).toBe('manual');
    expect(made.posts).toBe(5);
    const file = join(backupDirFor(store.file), made.id);
    expect(made.size).toBe(readFileSync(file).length);
    expect(checkFile(file, 'integrity_check')).toEqual([]);
    expect(await store.call('backup.list', {})).toEqual([made]);
    // No half-written temp files are left behind.
    expect(readdirSync(backupDirFor(store.file))).toEqual([made.id]);
  });

  it('restores a backup: the current state is backed up first, then replaced', async () => {
    store = tempStore();
    await addPosts(3, 'Kept');
    const good = await store.call('backup.create', {});
    const posts = await store.call('posts.listRange', {
      from: '2026-11-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
    for (const post of posts) await store.call('posts.delete', { id: post.id });
    await store.call('posts.emptyTrash', {});
    await addPosts(1, 'Later');
    const result = await store.call('backup.restore', { id: good.id });
    expect(result.restored.id).toBe(good.id);
    expect(result.safety?.reason).toBe('pre-restore');
    expect(result.safety?.posts).toBe(1);
    const after = await store.call('posts.listRange', {
      from: '2026-11-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
    expect(after.map((p) => p.title).sort()).toEqual(['Kept 1', 'Kept 2', 'Kept 3']);
    expect(after.map((p) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
    // The safety copy can undo the restore.
    await store.call('backup.restore', { id: result.safety!.id });
    const undone = await store.call('posts.listRange', {
      from: '2026-11-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
    expect(undone.map((p) => p.title)).toEqual(['Later 1']);
  });

  it('keeps the media files a backup refers to, and a restore brings back the missing ones', async () => {
    store = tempStore();
    const photo = await importBytes(store, await plainPhoto(640, 800), 'smile.png');
    const post = await store.call('posts.create', {
      title: 'With a photo',
      media: [{ mediaId: photo.id, alt: 'A smile' }],
    });
    const name = `${photo.sha256}.png`;
    const live = join(store.dir, 'media', name);
    const kept = join(backupDirFor(store.file), 'media', name);
    const original = readFileSync(live);
    const good = await store.call('backup.create', {});
    expect(readFileSync(kept)).toEqual(original);
    // A second backup refers to the same file: it is kept once.
    await store.call('backup.create', {});
    expect(readdirSync(join(backupDirFor(store.file), 'media'))).toEqual([name]);

    // The post and the photo go, the file with them.
    await store.call('posts.delete', { id: post.id });
    await store.call('posts.emptyTrash', {});
    await store.call('media.delete', { id: photo.id });
    expect(existsSync(live)).toBe(false);

    await store.call('backup.restore', { id: good.id });
    const back = await store.call('posts.get', { id: post.id });
    expect(back.media).toEqual([{ mediaId: photo.id, alt: 'A smile' }]);
    expect(readFileSync(live)).toEqual(original);
    expect(sha(live)).toBe(photo.sha256);
    const { dataUrl } = await store.call('media.thumbnail', { id: photo.id });
    expect(dataUrl).toMatch(/^data:image\/webp;base64,/);
  });

  it('rotation removes the kept media files no remaining backup refers to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-prune-'));
    try {
      const db = new Database(join(dir, 'b.db'));
      db.exec('CREATE TABLE media (sha256 TEXT, mime TEXT)');
      db.prepare('INSERT INTO media VALUES (?, ?)').run('a'.repeat(64), 'image/jpeg');
      db.close();
      mkdirSync(join(dir, 'media'));
      writeFileSync(join(dir, 'media', `${'a'.repeat(64)}.jpg`), 'used');
      writeFileSync(join(dir, 'media', `${'b'.repeat(64)}.png`), 'unused');
      expect(pruneBackupMedia(dir, [join(dir, 'b.db')])).toEqual([`${'b'.repeat(64)}.png`]);
      expect(readdirSync(join(dir, 'media'))).toEqual([`${'a'.repeat(64)}.jpg`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a name that is not a backup, and a damaged backup, changing nothing', async () => {
    store = tempStore();
    await addPosts(1);
    const bad = await store.refuse('backup.restore', { id: '../rapport.db' });
    expect(bad.code).toBe('invalid_input');
    expect(bad.fields).toHaveProperty('id');
    const missing = await store.refuse('backup.restore', {
      id: 'rapport-2020-01-01T00-00-00-000Z-manual.db',
    });
    expect(missing.code).toBe('not_found');
    const made = await store.call('backup.create', {});
    const file = join(backupDirFor(store.file), made.id);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096);
    closeSync(fd);
    const before = store.snapshot();
    const damaged = await store.refuse('backup.restore', { id: made.id });
    expect(damaged.code).toBe('invalid_input');
    expect(damaged.message).toMatch(/damaged/);
    expect(store.snapshot()).toBe(before);
  });
});

describe('automatic backups', () => {
  it('backs up at start when none is recent, then while edits happen', async () => {
    store = tempStore();
    await addPosts(2);
    let now = clock.now();
    let tick: () => void = () => {};
    const backups = sqliteBackups(store.store);
    const stop = startBackupSchedule(store.store, backups, {
      now: () => now,
      setInterval: (fn) => {
        tick = fn;
        return 1;
      },
      clearInterval: () => {},
    });
    await vi.waitFor(async () => expect(await backups.list()).toHaveLength(1));
    expect((await backups.list())[0]!.reason).toBe('start');
    // No edits: the timer does nothing, however late.
    now = new Date(now.getTime() + 5 * h);
    tick();
    await new Promise((r) => setTimeout(r, 50));
    expect(await backups.list()).toHaveLength(1);
    // An edit, and hours later: a periodic backup.
    await addPosts(1, 'Edit');
    tick();
    await vi.waitFor(async () => expect(await backups.list()).toHaveLength(2));
    expect((await backups.list())[0]!.reason).toBe('periodic');
    expect((await backups.list())[0]!.posts).toBe(3);
    stop();
  });

  it('backs up before a migration changes a planner', () => {
    store = tempStore();
    const file = join(store.dir, 'old.db');
    // A planner as version 3 of the schema left it.
    const old = new Database(file);
    old.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
      checksum TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    for (const m of MIGRATIONS.filter((m) => m.version <= 3)) {
      old.exec(m.sql);
      old
        .prepare('INSERT INTO schema_migrations VALUES (?, ?, ?, ?)')
        .run(m.version, m.name, createHash('sha256').update(m.sql).digest('hex'), 'then');
      old.pragma(`user_version = ${m.version}`);
    }
    old.close();
    const db = openDatabase(file);
    db.close();
    const [backup] = listBackups(backupDirFor(file));
    expect(backup?.reason).toBe('pre-migration');
    const copy = new Database(join(backupDirFor(file), backup!.id), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    copy.close();
  });
});

/** Closes the store and writes 4 KiB of garbage over the posts table's root page. */
function damagePostsTable(t: TempStore): void {
  const { rootpage } = t.db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'posts'")
    .get() as { rootpage: number };
  const pageSize = t.db.pragma('page_size', { simple: true }) as number;
  t.store.close();
  const fd = openSync(t.file, 'r+');
  const garbage = Buffer.alloc(4096);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 251;
  writeSync(fd, garbage, 0, garbage.length, (rootpage - 1) * pageSize);
  closeSync(fd);
}

describe('a damaged planner file', () => {
  it('is never written to: refused at start, served by recovery, restored from a backup', async () => {
    store = tempStore();
    await addPosts(30, 'Precious');
    const good = await store.call('backup.create', {});
    damagePostsTable(store);
    expect(existsSync(`${store.file}-wal`)).toBe(false);
    const before = sha(store.file);

    let refused: unknown;
    try {
      openStore(store.file).close();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(StoreOpenError);
    expect((refused as StoreOpenError).problem).toBe('damaged');
    expect((refused as StoreOpenError).message).toMatch(/is damaged.*has not changed it/s);
    expect(sha(store.file)).toBe(before);

    // The hosts serve recovery instead: settings.get cannot create its row in the damaged file.
    let restored = false;
    const dispatch = recoveryDispatch({
      dbFile: store.file,
      message: (refused as Error).message,
      onRestored: () => (restored = true),
    });
    const settings = await dispatch('settings.get', {});
    expect(settings.ok).toBe(false);
    expect(!settings.ok && settings.error.message).toMatch(/damaged.*Restore a backup/s);
    const health = await dispatch('backup.health', {});
    expect(health).toEqual({
      ok: true,
      data: { state: 'damaged', message: (refused as Error).message, newest: good },
    });
    expect(recoveryConsoleMessage('x', good)).toMatch(/DAMAGED[\s\S]*backups\/rapport-/);
    expect(sha(store.file)).toBe(before);
    expect(existsSync(`${store.file}-wal`)).toBe(false);

    // The desktop app decides the same through its dialog plan.
    const plan = recoveryDialogPlan(
      (refused as Error).message,
      newestGoodBackup(backupDirFor(store.file)),
      () => 'yesterday',
    );
    expect(plan.options.buttons[0]).toBe('Restore the backup from yesterday');
    expect(recoveryAction(plan, 0)).toBe('restore');
    expect(plan.options.buttons[1]).toBe('Restore from a saved file…');
    expect(recoveryAction(plan, 1)).toBe('saved-file');
    expect(recoveryAction(plan, 2)).toBe('quit');

    const answer = await dispatch('backup.restore', { id: good.id });
    expect(answer).toMatchObject({ ok: true, data: { restored: good, safety: null } });
    expect(restored).toBe(true);
    // The damaged file is kept aside, byte for byte.
    const aside = readdirSync(backupDirFor(store.file)).find((n) => n.startsWith('damaged-'));
    expect(aside && sha(join(backupDirFor(store.file), aside))).toBe(before);

    const reopened = openStore(store.file);
    const dispatch2 = createDispatch(reopened, { prefsDir: store.dir, log: () => {} });
    const posts = await dispatch2('posts.listRange', {
      from: '2026-11-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
    expect(posts.ok && (posts.data as unknown[]).length).toBe(30);
    reopened.close();
    store.reopen();
  });

  it('offers a saved file when there is no good backup beside the planner', () => {
    const plan = recoveryDialogPlan('broken', undefined);
    expect(plan.options.buttons).toEqual(['Restore from a saved file…', 'Quit']);
    expect(plan.options.detail).toMatch(/If you saved a backup to a file/);
    expect(recoveryAction(plan, 0)).toBe('saved-file');
    expect(recoveryAction(plan, 1)).toBe('quit');
    expect(recoveryAction(plan, 7)).toBe('quit');
  });
});
