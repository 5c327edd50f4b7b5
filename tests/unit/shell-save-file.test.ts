// Saving to a place the person chooses in the desktop app, on real files. "Back up to a file…":
// a checked backup of a real planner is copied where the (fake) save dialog points, checked
// again there, and only then named. "Export everything": the whole plan written there.
import { copyFile, rename, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRapportBridge } from '../../electron/shell/bridge';
import {
  backupSaveDialogFor,
  registerSave,
  SAVE_BACKUP_IPC_CHANNEL,
  SAVE_PLAN_IPC_CHANNEL,
  saveBackupToChosenFile,
  savePlanToChosenFile,
  type FilesLike,
  type SaveDialogLike,
} from '../../electron/shell/save-file';
import { sqliteBackups } from '../../electron/store/backup/service';
import { backupDirFor, bundlePlannerMedia, checkFile } from '../../electron/store/backup/backups';
import { writePlanFile } from '../../electron/store/plan-file';
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
      bundle: (file: string) => bundlePlannerMedia(file, store.file),
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
});

describe('export the whole plan to a chosen file (desktop)', () => {
  const planDeps = (
    dialog: SaveDialogLike,
    write: (file: string) => Promise<{ posts: number }> = (file) =>
      writePlanFile(store.store, file),
  ) => ({
    dialog,
    write,
    files: realFiles,
    documentsDir: '/home/a/Documents',
    now: () => new Date(2026, 11, 2, 9, 30),
    nonce: () => 'n0nce',
  });

  it('offers rapport-plan-<today>.json in Documents and writes the plan there', async () => {
    const target = join(store.dir, 'our-plan');
    const dialog = chosen(target);
    const answer = await savePlanToChosenFile(planDeps(dialog));
    expect(answer).toEqual({ ok: true, data: { saved: true, name: 'our-plan.json', posts: 2 } });
    const [options] = (dialog.showSaveDialog as ReturnType<typeof vi.fn>).mock.calls[0] as [
      { defaultPath: string; filters: unknown[] },
    ];
    expect(options.defaultPath).toBe('/home/a/Documents/rapport-plan-2026-12-02.json');
    expect(options.filters[0]).toEqual({ name: 'Rapport plan (JSON)', extensions: ['json'] });
    const plan = JSON.parse(readFileSync(`${target}.json`, 'utf8')) as {
      posts: { title: string }[];
    };
    expect(plan.posts.map((p) => p.title).sort()).toEqual(['Flu shots', 'Meet Ana']);
    expect(readdirSync(store.dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('cancelling writes nothing; a failure leaves no file and says so', async () => {
    const cancel: SaveDialogLike = { showSaveDialog: () => Promise.resolve({ canceled: true }) };
    const write = vi.fn(() => Promise.resolve({ posts: 0 }));
    expect(await savePlanToChosenFile(planDeps(cancel, write))).toEqual({
      ok: true,
      data: { saved: false },
    });
    expect(write).not.toHaveBeenCalled();

    const target = join(store.dir, 'plan.json');
    const answer = await savePlanToChosenFile(
      planDeps(chosen(target), async (file) => {
        writeFileSync(file, '{"half":');
        throw new Error('disk full');
      }),
    );
    expect(!answer.ok && answer.error.message).toBe(
      'The plan could not be written there (disk full). Try another place.',
    );
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(store.dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });
});

describe('serving the saves', () => {
  it.each([
    ['saveBackup', SAVE_BACKUP_IPC_CHANNEL],
    ['savePlan', SAVE_PLAN_IPC_CHANNEL],
  ] as const)(
    '%s is served to Rapport’s own window only, through the bridge',
    async (name, channel) => {
      const handlers = new Map<string, (event: unknown) => unknown>();
      const save = vi.fn(() =>
        Promise.resolve({ ok: true as const, data: { saved: false as const } }),
      );
      registerSave(
        { handle: (on, listener) => handlers.set(on, listener as never) },
        channel,
        save,
        (event) => (event as unknown as { trusted: boolean }).trusted,
      );
      const handler = handlers.get(channel)!;
      expect(await handler({ trusted: false })).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
      expect(save).not.toHaveBeenCalled();
      expect(await handler({ trusted: true })).toEqual({ ok: true, data: { saved: false } });

      const invoke = vi.fn(() => Promise.resolve({ ok: true, data: { saved: false } }));
      const bridge = createRapportBridge({ invoke, on: vi.fn(), removeListener: vi.fn() });
      expect(await bridge[name]()).toEqual({ ok: true, data: { saved: false } });
      expect(invoke).toHaveBeenCalledWith(channel);
      const broken = createRapportBridge({
        invoke: () => Promise.reject(new Error('gone')),
        on: vi.fn(),
        removeListener: vi.fn(),
      });
      expect(await broken[name]()).toMatchObject({ ok: false });
    },
  );
});
