// "Back up to a file…" in the desktop app: the main process makes a checked backup (the backup
// service), asks where to save it with its own save dialog (the page never names a path),
// copies it there under a temporary name, checks the copy with `PRAGMA integrity_check`, and
// only then gives it the chosen name. Pure wiring over *Like interfaces; main.ts plugs in
// Electron's dialog and the real backup service.
import { basename, dirname, join } from 'node:path';
import type { SavedBackup } from '../../shared/bridge';
import {
  SAVE_BACKUP_IPC_CHANNEL,
  UNAUTHORIZED,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from './ipc';
import type { SaveDialogOptionsLike } from './downloads';

export { SAVE_BACKUP_IPC_CHANNEL };

export interface SaveDialogLike {
  showSaveDialog(
    options: SaveDialogOptionsLike,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
}

export interface BackupMakerLike {
  /** Makes a checked backup now; resolves with its id (a file name in `dir`) and posts. */
  create(): Promise<{ id: string; posts: number }>;
  /** The backup's file. */
  fileOf(id: string): string;
}

export interface FilesLike {
  copy(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  /** `PRAGMA integrity_check`'s problems (empty when good). */
  check(file: string): string[];
}

export type { SavedBackup };

/** The dialog's choices: the backup's own name in Documents, SQLite files first. */
export function backupSaveDialogFor(
  backupName: string,
  documentsDir: string,
): SaveDialogOptionsLike {
  return {
    title: 'Save a backup of the planner',
    defaultPath: join(documentsDir, basename(backupName)),
    buttonLabel: 'Save backup',
    filters: [
      { name: 'Rapport backup (SQLite)', extensions: ['db'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** Where the copy goes before it is checked: beside the target, hidden, never the target. */
export function tempPathFor(target: string, nonce: string): string {
  return join(dirname(target), `.${basename(target)}.${nonce}.part`);
}

export async function saveBackupToChosenFile(deps: {
  dialog: SaveDialogLike;
  backups: BackupMakerLike;
  files: FilesLike;
  documentsDir: string;
  nonce?: () => string;
}): Promise<SavedBackup> {
  const { dialog, backups, files, documentsDir } = deps;
  const nonce = deps.nonce ?? (() => Math.random().toString(16).slice(2, 10));
  let made: { id: string; posts: number };
  try {
    made = await backups.create();
  } catch (error) {
    return fail(`The backup could not be made (${(error as Error).message}). Nothing was saved.`);
  }
  const choice = await dialog.showSaveDialog(backupSaveDialogFor(made.id, documentsDir));
  if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false } };
  const target = /\.[a-z0-9]+$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.db`;
  const temp = tempPathFor(target, nonce());
  try {
    await files.copy(backups.fileOf(made.id), temp);
    const problems = files.check(temp);
    if (problems.length > 0) {
      await files.remove(temp);
      return fail(
        `The copy at ${basename(target)} failed its check (${problems.slice(0, 2).join('; ')}), so it was not kept. Try another place.`,
      );
    }
    await files.rename(temp, target);
  } catch (error) {
    await files.remove(temp).catch(() => {});
    return fail(
      `The backup could not be written there (${(error as Error).message}). Try another place.`,
    );
  }
  return { ok: true, data: { saved: true, name: basename(target), posts: made.posts } };
}

function fail(message: string): SavedBackup {
  return { ok: false, error: { code: 'internal', message } };
}

/** Serves "Back up to a file…" to Rapport's own window only. */
export function registerSaveBackup(
  ipcMain: IpcMainLike,
  save: () => Promise<SavedBackup>,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
): void {
  ipcMain.handle(SAVE_BACKUP_IPC_CHANNEL, (event) =>
    isTrusted(event) ? save() : Promise.resolve(UNAUTHORIZED),
  );
}
