import { randomUUID } from 'node:crypto';
import type { Staff } from '../../shared/contract';
import type { Db } from './database';

interface StaffRow {
  id: string;
  name: string;
  role: string;
  color: string;
  birthday: string | null;
  started_on: string | null;
  fun_fact: string;
  active: number;
  created_at: string;
  updated_at: string;
}

function toStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    color: row.color,
    birthday: row.birthday,
    startedOn: row.started_on,
    funFact: row.fun_fact,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type StaffFields = Omit<Staff, 'id' | 'createdAt' | 'updatedAt'>;

export function listStaff(db: Db, includeArchived: boolean): Staff[] {
  const rows = db
    .prepare(
      `SELECT * FROM staff ${includeArchived ? '' : 'WHERE active = 1'}
       ORDER BY active DESC, name COLLATE NOCASE`,
    )
    .all() as StaffRow[];
  return rows.map(toStaff);
}

export function findStaff(db: Db, id: string): Staff | undefined {
  const row = db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
  return row && toStaff(row);
}

export function insertStaff(db: Db, fields: StaffFields): Staff {
  const id = randomUUID();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO staff (id, name, role, color, birthday, started_on, fun_fact, active,
       created_at, updated_at)
     VALUES (@id, @name, @role, @color, @birthday, @startedOn, @funFact, @active, @now, @now)`,
  ).run({ ...fields, id, now, active: fields.active ? 1 : 0 });
  return findStaff(db, id)!;
}

export function updateStaffRow(db: Db, id: string, fields: StaffFields): Staff {
  db.prepare(
    `UPDATE staff SET name = @name, role = @role, color = @color, birthday = @birthday,
       started_on = @startedOn, fun_fact = @funFact, active = @active, updated_at = @now
     WHERE id = @id`,
  ).run({ ...fields, id, active: fields.active ? 1 : 0, now: new Date().toISOString() });
  return findStaff(db, id)!;
}
