// The desktop app's answer to a damaged planner file: a dialog that says so in words and offers
// the newest good backup, or a backup saved elsewhere ("Back up to a file…") when backups/ has
// none. A pure plan (tested); main.ts shows it and acts on the answer.
import type { BackupInfo } from '../../shared/backup-rules';

export interface MessageBoxOptionsLike {
  type: 'error' | 'warning' | 'info' | 'question' | 'none';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
}

export type RecoveryAction = 'restore' | 'saved-file' | 'quit';

const SAVED_FILE = 'Restore from a saved file…';

export interface RecoveryDialogPlan {
  options: MessageBoxOptionsLike;
  /** What each button (by index) does. */
  actions: RecoveryAction[];
}

export function recoveryDialogPlan(
  problem: string,
  newest: BackupInfo | undefined,
  describeTime: (iso: string) => string = (iso) => new Date(iso).toLocaleString(),
): RecoveryDialogPlan {
  if (!newest) {
    return {
      options: {
        type: 'error',
        title: 'Rapport',
        message: 'The planner file is damaged and there is no good backup beside it.',
        detail:
          `${problem}\n\nRapport has not changed the file. If you saved a backup to a file ` +
          '(a USB stick, another folder), restore that; otherwise keep a copy of the file and ask for help.',
        buttons: [SAVED_FILE, 'Quit'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      },
      actions: ['saved-file', 'quit'],
    };
  }
  const when = describeTime(newest.createdAt);
  return {
    options: {
      type: 'warning',
      title: 'Rapport',
      message: 'The planner file is damaged.',
      detail:
        `${problem}\n\nThe newest good backup is from ${when} (${newest.posts} posts). ` +
        'Restoring it keeps the damaged file aside in the backups folder.',
      buttons: [`Restore the backup from ${when}`, SAVED_FILE, 'Quit'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    },
    actions: ['restore', 'saved-file', 'quit'],
  };
}

/** The action for the button the person pressed (anything unexpected quits). */
export function recoveryAction(plan: RecoveryDialogPlan, response: number): RecoveryAction {
  return plan.actions[response] ?? 'quit';
}

/** The open dialog for "Restore from a saved file…": Rapport backups first. */
export const SAVED_FILE_DIALOG = {
  title: 'Pick a saved Rapport backup',
  buttonLabel: 'Restore',
  filters: [
    { name: 'Rapport backup (SQLite)', extensions: ['db', 'sqlite'] },
    { name: 'All files', extensions: ['*'] },
  ],
  properties: ['openFile' as const],
};
