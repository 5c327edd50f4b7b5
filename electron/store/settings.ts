import type { Settings } from '../../shared/contract';
import type { Db } from './database';

interface SettingsRow {
  practice_name: string;
  timezone: string;
  week_starts_on: number;
  me_staff_id: string | null;
  updated_at: string;
}

function hostTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function getSettings(db: Db): Settings {
  let row = db.prepare('SELECT * FROM settings WHERE id = 1').get() as SettingsRow | undefined;
  if (!row) {
    // First open: start in the computer's own time zone.
    db.prepare('INSERT OR IGNORE INTO settings (id, timezone, updated_at) VALUES (1, ?, ?)').run(
      hostTimeZone(),
      new Date().toISOString(),
    );
    row = db.prepare('SELECT * FROM settings WHERE id = 1').get() as SettingsRow;
  }
  return {
    practiceName: row.practice_name,
    timezone: row.timezone,
    weekStartsOn: row.week_starts_on,
    meStaffId: row.me_staff_id,
    updatedAt: row.updated_at,
  };
}

export function updateSettings(db: Db, patch: Partial<Omit<Settings, 'updatedAt'>>): Settings {
  return db.transaction(() => {
    const next = { ...getSettings(db), ...patch };
    db.prepare(
      `UPDATE settings SET practice_name = ?, timezone = ?, week_starts_on = ?, me_staff_id = ?,
         updated_at = ?
       WHERE id = 1`,
    ).run(
      next.practiceName,
      next.timezone,
      next.weekStartsOn,
      next.meStaffId,
      new Date().toISOString(),
    );
    return getSettings(db);
  })();
}
