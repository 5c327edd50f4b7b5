// When the planner file is damaged, the hosts serve this instead of the store: it never opens
// the file for writing. It tells what is wrong (`backup.health`), lists the backups, takes in
// a backup saved elsewhere (`backup.add`: the lifeline when backups/ itself was lost), and
// restores one: the damaged file is kept aside in backups/ first, then the backup replaces it.
import { dirname, join } from 'node:path';
import { contract, isChannel } from '../../shared/contract';
import { ApiError, type Envelope } from '../../shared/envelope';
import { createDispatch, type Dispatch } from './index';
import { sqliteBackups, startBackupSchedule } from '../store/backup/service';
import { StoreOpenError } from '../store/database';
import { cleanLeftovers, leftoversMessage } from '../store/leftovers';
import { writePlanFile } from '../store/plan-file';
import { now as clockNow } from '../../shared/clock';
import { openStore, type SqliteStore } from '../store/store';
import { addUploadedBackup } from './backup';
import { MediaFiles } from '../media/files';
import { MEDIA_FOLDER } from '../store/backup/media';
import {
  addBackupFile,
  BACKUP_FOLDER,
  BackupError,
  backupDirFor,
  backupPath,
  backupProblems,
  listBackups,
  newestGoodBackup,
  replaceDatabaseFile,
  setAsideDamaged,
} from '../store/backup/backups';
import type { BackupInfo } from '../../shared/backup-rules';

/**
 * The desktop dialog's "Restore from a saved file…": takes the chosen file in as a backup
 * (checked, its media along), then restores it over the damaged planner.
 */
export function restoreSavedFileOverDamaged(dbFile: string, chosen: string): BackupInfo {
  return restoreOverDamaged(dbFile, addBackupFile(chosen, backupDirFor(dbFile)).id);
}

/**
 * Keeps the damaged file aside, then puts the backup `id` in its place; refused (BackupError,
 * RefusedFileError) unless that backup is one backup.add would take in.
 */
export function restoreOverDamaged(dbFile: string, id: string): BackupInfo {
  const dir = backupDirFor(dbFile);
  const path = backupPath(dir, id);
  const backup = listBackups(dir).find((b) => b.id === id);
  if (!path || !backup) {
    throw new ApiError('not_found', 'That backup is no longer there. Nothing was changed.');
  }
  const [problem] = backupProblems(path);
  if (problem) {
    throw new BackupError(
      `That backup cannot be restored because ${problem}. Nothing was changed.`,
    );
  }
  setAsideDamaged(dbFile, dir);
  replaceDatabaseFile(dbFile, path);
  return backup;
}

export interface RecoveryOptions {
  dbFile: string;
  /** Why the file was refused (StoreOpenError's message). */
  message: string;
  /** Called after a backup replaced the damaged file: the host opens the planner again. */
  onRestored: () => void;
}

const CLOSED =
  'The planner file is damaged, so Rapport does not read or save anything in it. ' +
  'Restore a backup to go on working.';

export function recoveryDispatch({ dbFile, message, onRestored }: RecoveryOptions): Dispatch {
  const dir = backupDirFor(dbFile);
  const ok = (data: unknown): Envelope<unknown> => ({ ok: true, data });
  return (channel, input) => {
    if (channel === 'backup.health') {
      return Promise.resolve(
        ok({ state: 'damaged', message, newest: newestGoodBackup(dir) ?? null }),
      );
    }
    if (channel === 'backup.list') return Promise.resolve(ok(listBackups(dir)));
    if (channel === 'backup.add') {
      const parsed = contract['backup.add'].input.safeParse(input ?? {});
      if (!parsed.success) {
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid_input', message: 'Pick the saved backup file again.' },
        });
      }
      const media = new MediaFiles(join(dirname(dbFile), MEDIA_FOLDER));
      return addUploadedBackup(media, parsed.data.uploadId, (file) =>
        addBackupFile(file, dir),
      ).then(ok, (error: unknown) => {
        if (error instanceof ApiError) return { ok: false, error: error.toBody() };
        throw error;
      });
    }
    if (channel === 'backup.restore') {
      const parsed = contract['backup.restore'].input.safeParse(input ?? {});
      if (!parsed.success) {
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid_input', message: 'Pick a backup from the list.' },
        });
      }
      try {
        const restored = restoreOverDamaged(dbFile, parsed.data.id);
        onRestored();
        return Promise.resolve(ok({ restored, safety: null }));
      } catch (error) {
        if (error instanceof ApiError) return Promise.resolve({ ok: false, error: error.toBody() });
        if (!(error instanceof BackupError)) throw error;
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid_input', message: error.message },
        });
      }
    }
    // Its own code (HTTP 503), not a failure of Rapport: the file is there, only not usable.
    return Promise.resolve({
      ok: false,
      error: isChannel(channel)
        ? { code: 'unavailable', message: CLOSED }
        : { code: 'not_found', message: `There is no API channel named "${String(channel)}".` },
    });
  };
}

/**
 * The words the browser host prints when it starts on a damaged file (with where it is: the
 * console is this computer's own, unlike the page).
 */
export function recoveryConsoleMessage(
  message: string,
  newest: BackupInfo | undefined,
  file?: string,
): string {
  const offer = newest
    ? `The newest good backup is ${join(BACKUP_FOLDER, newest.id)} ` +
      `(${newest.createdAt}, ${newest.posts} posts). Open the page to restore it.`
    : 'There is no good backup in the backups folder beside the file.';
  return `RAPPORT: THE PLANNER FILE IS DAMAGED. ${message}${file ? ` (${file})` : ''}\n${offer}`;
}

export interface ServedPlanner {
  /** The dispatcher to serve now: the planner's, or recovery's while the file is damaged. */
  dispatch: Dispatch;
  /** True while the file is damaged and recovery is served. */
  readonly damaged: boolean;
  /** Writes the whole plan to the new file `file`; refused while the file is damaged. */
  writePlan(file: string): Promise<{ posts: number; bytes: number }>;
  close(): void;
}

export interface ServePlannerOptions {
  /** Run the automatic backups (the real hosts do). */
  backups?: boolean;
  error?: (message: string) => void;
  info?: (message: string) => void;
}

/**
 * Opens the planner at `file` for a host, with its automatic backups, after removing what an
 * interrupted run left beside it (said through `info`); when the file is damaged,
 * serves recovery instead (and says so through `error`) until a backup is restored. Other
 * StoreOpenErrors are thrown, the file untouched.
 */
export function servePlanner(file: string, options: ServePlannerOptions = {}): ServedPlanner {
  const {
    backups: schedule = true,
    error = (m) => console.error(m),
    info = (m) => console.log(m),
  } = options;
  const cleaned = leftoversMessage(cleanLeftovers(file, clockNow()));
  if (cleaned) info(cleaned);
  let store: SqliteStore | undefined;
  let stopSchedule = () => {};
  let current: Dispatch;
  const open = () => {
    const opened = openStore(file);
    const backups = sqliteBackups(opened);
    store = opened;
    current = createDispatch(opened, { prefsDir: dirname(file), backups });
    if (schedule) stopSchedule = startBackupSchedule(opened, backups);
  };
  try {
    open();
  } catch (problem) {
    if (!(problem instanceof StoreOpenError) || problem.problem !== 'damaged') throw problem;
    // Damaged: never written to. The page says so and offers the newest good backup.
    error(recoveryConsoleMessage(problem.message, newestGoodBackup(backupDirFor(file)), file));
    current = recoveryDispatch({
      dbFile: file,
      message: problem.message,
      onRestored: () => {
        open();
        info('A backup was restored; the planner is open again.');
      },
    });
  }
  return {
    dispatch: (channel, input) => current(channel, input),
    get damaged() {
      return store === undefined;
    },
    writePlan: (target) =>
      store ? writePlanFile(store, target) : Promise.reject(new ApiError('unavailable', CLOSED)),
    close() {
      stopSchedule();
      store?.close();
    },
  };
}
