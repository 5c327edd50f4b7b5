// Meetings (decisions per ISO week) and their action items. The rules (carry-over, age) are in
// shared/meeting.ts and electron/api/meetings.ts; this file only reads and writes rows.
import { randomUUID } from 'node:crypto';
import type { Db } from './database';
import { nowIso } from '../../shared/clock';

export interface MeetingRecord {
  week: string;
  notes: string;
  version: number;
  updatedAt: string;
}

export interface ActionRecord {
  id: string;
  week: string;
  text: string;
  ownerId: string | null;
  dueOn: string | null;
  doneOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ActionFields = Pick<ActionRecord, 'week' | 'text' | 'ownerId' | 'dueOn' | 'doneOn'>;

interface ActionRow {
  id: string;
  week: string;
  text: string;
  owner_id: string | null;
  due_on: string | null;
  done_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

const toAction = (r: ActionRow): ActionRecord => ({
  id: r.id,
  week: r.week,
  text: r.text,
  ownerId: r.owner_id,
  dueOn: r.due_on,
  doneOn: r.done_on,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function findMeeting(db: Db, week: string): MeetingRecord | undefined {
  const row = db
    .prepare('SELECT week, notes, version, updated_at AS updatedAt FROM meetings WHERE week = ?')
    .get(week) as MeetingRecord | undefined;
  return row;
}

/**
 * Writes a week's notes if its version is still `version` (0: no row yet); undefined (nothing
 * changed) if not.
 */
export function saveMeeting(
  db: Db,
  week: string,
  version: number,
  notes: string,
): MeetingRecord | undefined {
  const now = nowIso();
  const changed =
    version === 0
      ? db
          .prepare(
            `INSERT INTO meetings (week, notes, version, updated_at) VALUES (?, ?, 1, ?)
             ON CONFLICT (week) DO NOTHING`,
          )
          .run(week, notes, now).changes
      : db
          .prepare(
            `UPDATE meetings SET notes = ?, version = version + 1, updated_at = ?
             WHERE week = ? AND version = ?`,
          )
          .run(notes, now, week, version).changes;
  return changed === 1 ? findMeeting(db, week) : undefined;
}

export function findAction(db: Db, id: string): ActionRecord | undefined {
  const row = db.prepare('SELECT * FROM action_items WHERE id = ?').get(id) as
    ActionRow | undefined;
  return row && toAction(row);
}

/** Items raised up to `week` (every item when undefined), optionally only open ones. */
export function listActions(
  db: Db,
  options: { upToWeek?: string; open?: boolean },
): ActionRecord[] {
  const where: string[] = [];
  const args: string[] = [];
  if (options.upToWeek) {
    where.push('week <= ?');
    args.push(options.upToWeek);
  }
  if (options.open) where.push('done_on IS NULL');
  const sql = `SELECT * FROM action_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY week, created_at, id`;
  return (db.prepare(sql).all(...args) as ActionRow[]).map(toAction);
}

export function insertAction(db: Db, fields: ActionFields): ActionRecord {
  const id = randomUUID();
  const now = nowIso();
  db.prepare(
    `INSERT INTO action_items (id, week, text, owner_id, due_on, done_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, fields.week, fields.text, fields.ownerId, fields.dueOn, fields.doneOn, now, now);
  return findAction(db, id)!;
}

/** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
export function updateActionRow(
  db: Db,
  id: string,
  version: number,
  fields: ActionFields,
): ActionRecord | undefined {
  const changed = db
    .prepare(
      `UPDATE action_items SET week = ?, text = ?, owner_id = ?, due_on = ?, done_on = ?,
         version = version + 1, updated_at = ?
       WHERE id = ? AND version = ?`,
    )
    .run(
      fields.week,
      fields.text,
      fields.ownerId,
      fields.dueOn,
      fields.doneOn,
      nowIso(),
      id,
      version,
    ).changes;
  return changed === 1 ? findAction(db, id) : undefined;
}
