import type { Settings } from '../../shared/contract';
import { nowIso } from '../../shared/clock';
import { canonicalPacks, PACK_IDS, type PackId } from '../../shared/compliance/types';
import type { Sql } from './sql';

interface SettingsRow {
  practice_name: string;
  timezone: string;
  week_starts_on: number;
  default_post_time: string;
  workday_start: string;
  workday_end: string;
  compliance_packs: string;
  version: number;
  updated_at: string;
}

/** Every setting the caller owns (not the version or timestamp). */
export type SettingsFields = Omit<Settings, 'version' | 'updatedAt'>;

/**
 * The packs as stored: a JSON list in PACK_IDS order. Refuses anything else, so a list the
 * contract let through by mistake still never reaches the file (the column's CHECK agrees).
 */
export function packsColumn(packs: readonly string[]): string {
  const unknown = packs.find((p) => !(PACK_IDS as readonly string[]).includes(p));
  if (unknown !== undefined || new Set(packs).size !== packs.length) {
    throw new Error(`Not a list of rule packs: ${JSON.stringify(packs)}`);
  }
  return JSON.stringify(canonicalPacks(packs as PackId[]));
}

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
    compliancePacks: JSON.parse(row.compliance_packs) as PackId[],
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
         compliance_packs = @compliancePacks,
         version = version + 1, updated_at = @now
       WHERE id = 1 AND version = @version`,
    {
      practiceName: fields.practiceName,
      timezone: fields.timezone,
      weekStartsOn: fields.weekStartsOn,
      defaultPostTime: fields.defaultPostTime,
      workdayStart: fields.workdayStart,
      workdayEnd: fields.workdayEnd,
      compliancePacks: packsColumn(fields.compliancePacks),
      version,
      now: nowIso(),
    },
  );
  return changes === 0 ? undefined : getSettings(sql);
}

export const settingsRepo = { get: getSettings, update: updateSettings };
