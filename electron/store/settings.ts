import type { Settings } from '../../shared/contract';
import { nowIso } from '../../shared/clock';
import type { Sql } from './sql';

interface SettingsRow {
  practice_name: string;
  timezone: string;
  week_starts_on: number;
  default_post_time: string;
  workday_start: string;
  workday_end: string;
  version: number;
  updated_at: string;
}

/** Every setting the caller owns (not the version or timestamp). */
export type SettingsFields = Omit<Settings, 'version' | 'updatedAt'>;

function hostTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export async function getSettings(sql: Sql): Promise<Settings> {
  let row = await sql.get<SettingsRow>('SELECT * FROM settings WHERE id = 1');
  if (!row) {
    // First open: start in the computer's own time zone.
    await sql.run(
      `INSERT INTO settings (id, timezone, updated_at) VALUES (1, @timezone, @now)
       ON CONFLICT (id) DO NOTHING`,
      { timezone: hostTimeZone(), now: nowIso() },
    );
    row = (await sql.get<SettingsRow>('SELECT * FROM settings WHERE id = 1'))!;
  }
  return {
    practiceName: row.practice_name,
    timezone: row.timezone,
    weekStartsOn: row.week_starts_on,
    defaultPostTime: row.default_post_time,
    workdayStart: row.workday_start,
    workdayEnd: row.workday_end,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/**
 * Writes `fields` if the settings are still at `version`; returns undefined (and changes
 * nothing) when someone saved first.
 */
export async function updateSettings(
  sql: Sql,
  version: number,
  fields: SettingsFields,
): Promise<Settings | undefined> {
  await getSettings(sql); // makes sure the row exists
  const { changes } = await sql.run(
    `UPDATE settings SET practice_name = @practiceName, timezone = @timezone,
         week_starts_on = @weekStartsOn, default_post_time = @defaultPostTime,
         workday_start = @workdayStart, workday_end = @workdayEnd,
         version = version + 1, updated_at = @now
       WHERE id = 1 AND version = @version`,
    {
      practiceName: fields.practiceName,
      timezone: fields.timezone,
      weekStartsOn: fields.weekStartsOn,
      defaultPostTime: fields.defaultPostTime,
      workdayStart: fields.workdayStart,
      workdayEnd: fields.workdayEnd,
      version,
      now: nowIso(),
    },
  );
  return changes === 0 ? undefined : getSettings(sql);
}

export const settingsRepo = { get: getSettings, update: updateSettings };
