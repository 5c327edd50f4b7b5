import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, StoreOpenError } from '../../electron/store/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/store/migrations';
import { CATEGORY_IDS, STATUS_IDS } from '../../shared/vocabulary';
import { PLATFORM_IDS } from '../../shared/platforms';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
afterEach(() => store?.cleanup());

function openError(file: string): StoreOpenError {
  try {
    openDatabase(file).close();
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('expected the open to be refused');
}

describe('opening the store', () => {
  it('creates a new file with the pragmas and the latest schema', async () => {
    store = tempStore();
    const { db } = store;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('keeps the vocabulary tables in step with shared/', async () => {
    store = tempStore();
    const ids = (table: string) =>
      (store.db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: string }[]).map(
        (r) => r.id,
      );
    expect(ids('categories')).toEqual([...CATEGORY_IDS].sort());
    expect(ids('post_statuses')).toEqual([...STATUS_IDS].sort());
    expect(ids('platforms')).toEqual([...PLATFORM_IDS].sort());
  });

  it('reopens an existing file without re-running migrations, and keeps the data', async () => {
    store = tempStore();
    await store.call('settings.update', { version: 1, practiceName: 'Bright Skin Clinic' });
    store.reopen();
    expect((await store.call('settings.get', {})).practiceName).toBe('Bright Skin Clinic');
    const rows = store.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as {
      n: number;
    };
    // One row per migration (numbers may skip: each branch of work has its own).
    expect(rows.n).toBe(MIGRATIONS.length);
  });

  it('refuses a file that is not SQLite and leaves it untouched', async () => {
    store = tempStore();
    const file = join(store.dir, 'notes.db');
    writeFileSync(file, 'Dear diary, this is not a database at all.');
    const before = readFileSync(file);
    const error = openError(file);
    expect(error.problem).toBe('not_sqlite');
    expect(error.message).toMatch(/not a Rapport database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database from a newer Rapport and leaves it untouched', async () => {
    store = tempStore();
    const file = join(store.dir, 'future.db');
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const before = readFileSync(file);
    const error = openError(file);
    expect(error.problem).toBe('too_new');
    expect(error.message).toMatch(/newer version of Rapport/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('detects a migration edited after it was applied', async () => {
    store = tempStore();
    store.db.prepare("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1").run();
    store.db.close();
    const error = openError(store.file);
    expect(error.problem).toBe('edited_migration');
  });
});

describe('the database refuses nonsense on its own', () => {
  const now = '2026-01-01T00:00:00.000Z';
  const insertPost = (fields: Record<string, unknown>) =>
    store.db
      .prepare(
        `INSERT INTO posts (id, title, category, status, scheduled_at, created_at, updated_at)
         VALUES (@id, @title, @category, @status, @scheduledAt, @now, @now)`,
      )
      .run({
        id: '00000000-0000-4000-8000-000000000001',
        title: 'Hello',
        category: 'other',
        status: 'idea',
        scheduledAt: null,
        now,
        ...fields,
      });

  it.each([
    ['an unknown category', { category: 'gossip' }],
    ['an unknown status', { status: 'maybe' }],
    ['an empty title', { title: '   ' }],
    ['a time that is not canonical UTC', { scheduledAt: '2026-03-09 14:00' }],
    ['an impossible date', { scheduledAt: '2026-02-30T10:00:00.000Z' }],
  ])('refuses %s', async (_what, fields) => {
    store = tempStore();
    expect(() => insertPost(fields)).toThrow(/constraint/i);
  });

  it('refuses an owner who is not on the staff', async () => {
    store = tempStore();
    insertPost({});
    expect(() =>
      store.db.prepare('UPDATE posts SET owner_id = ?').run('00000000-0000-4000-8000-00000000dead'),
    ).toThrow(/FOREIGN KEY/);
  });

  it('refuses a staff birthday that does not exist', async () => {
    store = tempStore();
    expect(() =>
      store.db
        .prepare(
          `INSERT INTO staff (id, name, color, birthday, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-000000000002', 'Ana', '#1d6fa5', '02-30', ?, ?)`,
        )
        .run(now, now),
    ).toThrow(/constraint/i);
  });
});
