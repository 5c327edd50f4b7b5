// This computer's preferences (who am I here, clock style, Ideas panel): not practice data, so
// they live in a small JSON file beside the database (in Electron's userData folder, next to
// window-state.json), not in the shared settings row. Written atomically: a temp file, then a
// rename over the old one, so a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EXPORT_RANGE_KINDS, RANGED_EXPORTS } from '../../shared/channels/handoff';
import {
  CLOCK_CHOICES,
  DEFAULT_PREFS,
  IDEAS_PANEL_STATES,
  REMINDER_CHOICES,
  type Prefs,
} from '../../shared/contract';
import type { Db } from './sql';

export const PREFS_FILE = 'prefs.json';

export function prefsPath(dir: string): string {
  return join(dir, PREFS_FILE);
}

// A field that is missing or not understood falls back to its default; the rest are kept.
const storedPrefs = z.object({
  meStaffId: z.string().nullable().default(DEFAULT_PREFS.meStaffId).catch(DEFAULT_PREFS.meStaffId),
  clock: z.enum(CLOCK_CHOICES).default(DEFAULT_PREFS.clock).catch(DEFAULT_PREFS.clock),
  ideasPanel: z
    .enum(IDEAS_PANEL_STATES)
    .default(DEFAULT_PREFS.ideasPanel)
    .catch(DEFAULT_PREFS.ideasPanel),
  reminders: z
    .enum(REMINDER_CHOICES)
    .default(DEFAULT_PREFS.reminders)
    .catch(DEFAULT_PREFS.reminders),
  // Each tool's kind on its own: one not understood is dropped (that tool's default).
  exportRanges: z
    .object(
      Object.fromEntries(
        RANGED_EXPORTS.map((t) => [t, z.enum(EXPORT_RANGE_KINDS).optional().catch(undefined)]),
      ),
    )
    .optional()
    .catch(undefined),
});

/** The stored prefs; defaults when the file is missing or unreadable. */
export function readPrefs(dir: string): Prefs {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(prefsPath(dir), 'utf8'));
  } catch {
    return { ...DEFAULT_PREFS };
  }
  const parsed = storedPrefs.safeParse(raw);
  return parsed.success ? parsed.data : { ...DEFAULT_PREFS };
}

/** Replaces the prefs file atomically (temp file in the same folder, then rename). */
export function writePrefs(dir: string, prefs: Prefs): void {
  const file = prefsPath(dir);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(prefs, null, 2)}\n`, { encoding: 'utf8', flush: true });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The prefs file in `dir`, as the handlers' context uses it. */
export interface PrefsFile {
  read(): Promise<Prefs>;
  write(prefs: Prefs): Promise<void>;
}

export function prefsFile(dir: string): PrefsFile {
  return {
    read: () => Promise.resolve(readPrefs(dir)),
    write: (prefs) => {
      try {
        writePrefs(dir, prefs);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
  };
}

/**
 * Versions before migration 4 kept "who am I" in settings.me_staff_id, shared by every
 * computer. If prefs.json does not say who I am yet and that column does, copy it into the
 * prefs file and clear the column (which stays in the schema, unused).
 */
export function adoptLegacyMeStaffId(db: Db, dir: string): void {
  const row = db.prepare('SELECT me_staff_id FROM settings WHERE id = 1').get() as
    { me_staff_id: string | null } | undefined;
  if (!row?.me_staff_id) return;
  const prefs = readPrefs(dir);
  if (prefs.meStaffId === null) writePrefs(dir, { ...prefs, meStaffId: row.me_staff_id });
  db.prepare('UPDATE settings SET me_staff_id = NULL WHERE id = 1').run();
}
