// Files the desktop app's main process makes and saves where the person chooses, with its own
// save dialog (the page never names a path); each is written beside the target under a
// temporary name and only then given the chosen name, so no half-written file is ever left.
// - "Back up to a file…": a checked backup (the backup service), copied with the photos and
//   videos it refers to inside it, checked again with `PRAGMA integrity_check`.
// - "Export everything (JSON)": the whole plan, written a page of posts at a time.
// Pure wiring over *Like interfaces; main.ts plugs in Electron's dialog and the real store.
import { basename, dirname, join } from 'node:path';
import { planFileName } from '../../shared/channels/handoff';
import type { SavedFile } from '../../shared/bridge';
import {
  SAVE_BACKUP_IPC_CHANNEL,
  SAVE_PLAN_IPC_CHANNEL,
  UNAUTHORIZED,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from './ipc';
import type { SaveDialogOptionsLike } from './downloads';
import { now } from '../../shared/clock';

export { SAVE_BACKUP_IPC_CHANNEL, SAVE_PLAN_IPC_CHANNEL };

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
  /** Puts the photos and videos the copy `file` refers to inside it. */
  bundle(file: string): void;
}

export interface FilesLike {
  copy(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  /** `PRAGMA integrity_check`'s problems (empty when good). */
  check(file: string): string[];
}

export type { SavedFile };

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
}): Promise<SavedFile> {
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
  const target = withExtension(choice.filePath, 'db');
  const temp = tempPathFor(target, nonce());
  try {
    await files.copy(backups.fileOf(made.id), temp);
    // A copy SQLite cannot open to take the media in has failed its check as surely.
    let problems: string[];
    try {
      backups.bundle(temp);
      problems = files.check(temp);
    } catch (error) {
      problems = [(error as Error).message];
    }
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

/** The plan's dialog: `rapport-plan-<day>.json` in Documents, JSON files first. */
export function planSaveDialogFor(name: string, documentsDir: string): SaveDialogOptionsLike {
  return {
    title: 'Export the whole plan',
    defaultPath: join(documentsDir, name),
    buttonLabel: 'Export',
    filters: [
      { name: 'Rapport plan (JSON)', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

export async function savePlanToChosenFile(deps: {
  dialog: SaveDialogLike;
  /** Writes the whole plan to the new file `file`. */
  write(file: string): Promise<{ posts: number }>;
  files: Pick<FilesLike, 'rename' | 'remove'>;
  documentsDir: string;
  now?: () => Date;
  nonce?: () => string;
}): Promise<SavedFile> {
  const { dialog, files, documentsDir } = deps;
  const nonce = deps.nonce ?? (() => Math.random().toString(16).slice(2, 10));
  const name = planFileName((deps.now ?? now)());
  const choice = await dialog.showSaveDialog(planSaveDialogFor(name, documentsDir));
  if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false } };
  const target = withExtension(choice.filePath, 'json');
  const temp = tempPathFor(target, nonce());
  try {
    const { posts } = await deps.write(temp);
    await files.rename(temp, target);
    return { ok: true, data: { saved: true, name: basename(target), posts } };
  } catch (error) {
    await files.remove(temp).catch(() => {});
    return fail(
      `The plan could not be written there (${(error as Error).message}). Try another place.`,
    );
  }
}

/** The chosen path, with `.ext` added when it has no extension of its own. */
function withExtension(path: string, ext: string): string {
  return /\.[a-z0-9]+$/i.test(path) ? path : `${path}.${ext}`;
}

function fail(message: string): SavedFile {
  return { ok: false, error: { code: 'internal', message } };
}

/** Serves one of these saves on `channel` to Rapport's own window only. */
export function registerSave(
  ipcMain: IpcMainLike,
  channel: typeof SAVE_BACKUP_IPC_CHANNEL | typeof SAVE_PLAN_IPC_CHANNEL,
  save: () => Promise<SavedFile>,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
): void {
  ipcMain.handle(channel, (event) => (isTrusted(event) ? save() : Promise.resolve(UNAUTHORIZED)));
}
