// Meetings (decisions per ISO week) and their action items. The rules (carry-over, age) are in
// shared/meeting.ts and electron/api/meetings.ts; this file only reads and writes rows.
import { randomUUID } from 'node:crypto';
import { nowIso } from '../../shared/clock';
import type { Sql } from './sql';

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

export const meetingsRepo = {
  async find(sql: Sql, week: string): Promise<MeetingRecord | undefined> {
    return sql.get<MeetingRecord>(
      'SELECT week, notes, version, updated_at AS updatedAt FROM meetings WHERE week = @week',
      { week },
    );
  },

  /**
   * Writes a week's notes if its version is still `version` (0: no row yet); undefined
   * (nothing changed) if not.
   */
  async save(
    sql: Sql,
    week: string,
    version: number,
    notes: string,
  ): Promise<MeetingRecord | undefined> {
    const params = { week, version, notes, now: nowIso() };
    const { changes } =
      version === 0
        ? await sql.run(
            `INSERT INTO meetings (week, notes, version, updated_at) VALUES (@week, @notes, 1, @now)
             ON CONFLICT (week) DO NOTHING`,
            params,
          )
        : await sql.run(
            `UPDATE meetings SET notes = @notes, version = version + 1, updated_at = @now
             WHERE week = @week AND version = @version`,
            params,
          );
    return changes === 1 ? meetingsRepo.find(sql, week) : undefined;
  },

  async findAction(sql: Sql, id: string): Promise<ActionRecord | undefined> {
    const row = await sql.get<ActionRow>('SELECT * FROM action_items WHERE id = @id', { id });
    return row && toAction(row);
  },

  /** Items raised up to `week` (every item when undefined), optionally only open ones. */
  async listActions(
    sql: Sql,
    options: { upToWeek?: string; open?: boolean },
  ): Promise<ActionRecord[]> {
    const where: string[] = [];
    if (options.upToWeek) where.push('week <= @upToWeek');
    if (options.open) where.push('done_on IS NULL');
    const rows = await sql.all<ActionRow>(
      `SELECT * FROM action_items ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY week, created_at, id`,
      { upToWeek: options.upToWeek },
    );
    return rows.map(toAction);
  },

  async insertAction(sql: Sql, fields: ActionFields): Promise<ActionRecord> {
    const id = randomUUID();
    const now = nowIso();
    await sql.run(
      `INSERT INTO action_items (id, week, text, owner_id, due_on, done_on, created_at,
         updated_at)
       VALUES (@id, @week, @text, @ownerId, @dueOn, @doneOn, @now, @now)`,
      { ...fields, id, now },
    );
    return (await meetingsRepo.findAction(sql, id))!;
  },

  /** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
  async updateAction(
    sql: Sql,
    id: string,
    version: number,
    fields: ActionFields,
  ): Promise<ActionRecord | undefined> {
    const { changes } = await sql.run(
      `UPDATE action_items SET week = @week, text = @text, owner_id = @ownerId, due_on = @dueOn,
         done_on = @doneOn, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
      { ...fields, id, version, now: nowIso() },
    );
    return changes === 1 ? meetingsRepo.findAction(sql, id) : undefined;
  },
};
