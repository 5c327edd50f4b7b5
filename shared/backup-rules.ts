// When to back up and which backups to keep: pure rules, tested without a file system.

/** Why a backup was made (part of its file name). */
export const BACKUP_REASONS = [
  'manual',
  'start',
  'periodic',
  'pre-migration',
  'pre-restore',
  'pre-import',
  'added',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  /** The file name inside backups/: what `backup.restore` takes. */
  id: string;
  /** ISO UTC. */
  createdAt: string;
  reason: BackupReason;
  /** Bytes. */
  size: number;
  /** Posts in it (not in the trash). */
  posts: number;
}

/** How many of each kind the rotation keeps. */
export const BACKUP_KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

const HOUR = 3_600_000;
export const BACKUP_SCHEDULE = {
  /** At start, back up when the newest backup is older than this. */
  startAfterMs: 24 * HOUR,
  /** While edits happen, back up when the newest backup is older than this. */
  whileEditingMs: 3 * HOUR,
  /** How often the host asks `backupDue`. */
  checkEveryMs: 10 * 60_000,
} as const;

export interface BackupTiming {
  now: Date;
  /** The newest backup's time, or null when there is none. */
  lastBackupAt: Date | null;
  /** The last committed change, or null when nothing changed since the app started. */
  lastEditAt: Date | null;
  /** True for the check made when the app starts. */
  atStart: boolean;
}

/** Whether a backup is due now. */
export function backupDue({ now, lastBackupAt, lastEditAt, atStart }: BackupTiming): boolean {
  const age = lastBackupAt === null ? Infinity : now.getTime() - lastBackupAt.getTime();
  if (atStart) return age >= BACKUP_SCHEDULE.startAfterMs;
  const editedSince =
    lastEditAt !== null && (lastBackupAt === null || lastEditAt.getTime() > lastBackupAt.getTime());
  return editedSince && age >= BACKUP_SCHEDULE.whileEditingMs;
}

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO week (Monday first) as `YYYY-Www`, in UTC. */
function weekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/**
 * Grandfather-father-son rotation: keep the newest backup of each of the 7 most recent days
 * that have one, of the 4 most recent weeks and of the 12 most recent months (UTC). Anything
 * from the last 24 hours is kept too (a safety copy made before a restore must outlive the
 * next periodic one). Returns the ids to delete.
 */
export function backupsToRemove(
  backups: readonly { id: string; createdAt: string }[],
  now: Date,
  keep: { daily: number; weekly: number; monthly: number } = BACKUP_KEEP,
): string[] {
  const sorted = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const kept = new Set<string>();
  for (const [key, limit] of [
    [dayKey, keep.daily],
    [weekKey, keep.weekly],
    [monthKey, keep.monthly],
  ] as const) {
    const seen = new Set<string>();
    for (const backup of sorted) {
      const bucket = key(new Date(backup.createdAt));
      if (seen.has(bucket)) continue;
      if (seen.size >= limit) break;
      seen.add(bucket);
      kept.add(backup.id);
    }
  }
  for (const backup of sorted) {
    if (now.getTime() - Date.parse(backup.createdAt) < 24 * HOUR) kept.add(backup.id);
  }
  return sorted.filter((b) => !kept.has(b.id)).map((b) => b.id);
}
