// "Back up to a file…" in the desktop app, on real files: a checked backup of a real planner is
// copied where the (fake) save dialog points, checked again there, and only then named.
import { copyFile, rename, rm } from 'node:fs/promises';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRapportBridge } from '../../electron/shell/bridge';
import {
  backupSaveDialogFor,
  registerSaveBackup,
  SAVE_BACKUP_IPC_CHANNEL,
  saveBackupToChosenFile,
  type FilesLike,
  type SaveDialogLike,
} from '../../electron/shell/backup-file';
import { sqliteBackups } from '../../electron/store/backup-service';
import { backupDirFor, checkFile } from '../../electron/store/backups';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(async () => {
  store = tempStore();
  for (const title of ['Meet Ana', 'Flu shots']) await store.call('posts.create', { title });
});
afterEach(() => store.cleanup());

const realFiles: FilesLike = {
  copy: (from, to) => copyFile(from, to),
  rename: (from, to) => rename(from, to),
  remove: (file) => rm(file, { force: true }),
  check: (file) => checkFile(file, 'integrity_check'),
};

function deps(dialog: SaveDialogLike, files: FilesLike = realFiles) {
  const backups = sqliteBackups(store.store);
  return {
    dialog,
    files,
    documentsDir: join(store.dir, 'Documents'),
    backups: {
      create: () => backups.create('manual'),
      fileOf: (id: string) => join(backupDirFor(store.file), id),
    },
    nonce: () => 'n0nce',
  };
}

const chosen = (filePath: string): SaveDialogLike => ({
  showSaveDialog: vi.fn(() => Promise.resolve({ canceled: false, filePath })),
});

describe('back up to a chosen file (desktop)', () => {
  it('offers the backup’s own name in Documents, SQLite files first', () => {
    const options = backupSaveDialogFor(
      'rapport-2026-12-01T10-00-00-000Z-manual.db',
      '/home/a/Documents',
    );
    expect(options.defaultPath).toBe(
      '/home/a/Documents/rapport-2026-12-01T10-00-00-000Z-manual.db',
    );
    expect(options.filters[0]).toEqual({ name: 'Rapport backup (SQLite)', extensions: ['db'] });
    expect(options.buttonLabel).toBe('Save backup');
  });

  it('writes a checked backup where the person chose, holding the posts', async () => {
    const target = join(store.dir, 'on-the-usb-stick.db');
    const dialog = chosen(target);
    const answer = await saveBackupToChosenFile(deps(dialog));
    expect(answer).toEqual({
      ok: true,
      data: { saved: true, name: 'on-the-usb-stick.db', posts: 2 },
    });
    const [options] = (dialog.showSaveDialog as ReturnType<typeof vi.fn>).mock.calls[0] as [
      { defaultPath: string },
    ];
    expect(options.defaultPath).toMatch(/Documents\/rapport-.*-manual\.db$/);
    expect(checkFile(target, 'integrity_check')).toEqual([]);
    const db = new Database(target, { readonly: true });
    const titles = db.prepare('SELECT title FROM posts ORDER BY title').pluck().all();
    db.close();
    expect(titles).toEqual(['Flu shots', 'Meet Ana']);
    // No half-written file is left beside it.
    expect(readdirSync(store.dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('adds .db to a name without an extension', async () => {
    const answer = await saveBackupToChosenFile(deps(chosen(join(store.dir, 'planner'))));
    expect(answer.ok && answer.data.saved && answer.data.name).toBe('planner.db');
    expect(existsSync(join(store.dir, 'planner.db'))).toBe(true);
  });

  it('cancelling saves nothing', async () => {
    const dialog: SaveDialogLike = { showSaveDialog: () => Promise.resolve({ canceled: true }) };
    expect(await saveBackupToChosenFile(deps(dialog))).toEqual({
      ok: true,
      data: { saved: false },
    });
    expect(readdirSync(store.dir).filter((n) => n.endsWith('.db'))).toEqual(['rapport.db']);
  });

  it('a copy that fails its check is removed, and the chosen file is never written', async () => {
    const target = join(store.dir, 'copy.db');
    const damaging: FilesLike = {
      ...realFiles,
      copy: async (from, to) => {
        await copyFile(from, to);
        writeFileSync(to, 'not a database any more');
      },
    };
    const answer = await saveBackupToChosenFile(deps(chosen(target), damaging));
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(/failed its check/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(store.dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('a place that cannot be written says so', async () => {
    const answer = await saveBackupToChosenFile(
      deps(chosen(join(store.dir, 'no-such-folder', 'x.db'))),
    );
    expect(!answer.ok && answer.error.message).toMatch(/could not be written there/);
  });

  it('is served to Rapport’s own window only, through the bridge', async () => {
    const handlers = new Map<string, (event: unknown) => unknown>();
    const save = vi.fn(() =>
      Promise.resolve({ ok: true as const, data: { saved: false as const } }),
    );
    registerSaveBackup(
      { handle: (channel, listener) => handlers.set(channel, listener as never) },
      save,
      (event) => (event as unknown as { trusted: boolean }).trusted,
    );
    const handler = handlers.get(SAVE_BACKUP_IPC_CHANNEL)!;
    expect(await handler({ trusted: false })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(save).not.toHaveBeenCalled();
    expect(await handler({ trusted: true })).toEqual({ ok: true, data: { saved: false } });

    const invoke = vi.fn(() => Promise.resolve({ ok: true, data: { saved: false } }));
    const bridge = createRapportBridge({ invoke, on: vi.fn(), removeListener: vi.fn() });
    expect(await bridge.saveBackup()).toEqual({ ok: true, data: { saved: false } });
    expect(invoke).toHaveBeenCalledWith(SAVE_BACKUP_IPC_CHANNEL);
    const broken = createRapportBridge({
      invoke: () => Promise.reject(new Error('gone')),
      on: vi.fn(),
      removeListener: vi.fn(),
    });
    expect(await broken.saveBackup()).toMatchObject({ ok: false });
  });
});
