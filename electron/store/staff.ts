import { randomUUID } from 'node:crypto';
import type { Staff } from '../../shared/contract';
import type { Db } from './database';
import { nowIso } from '../../shared/clock';

interface StaffRow {
  id: string;
  name: string;
  role: string;
  color: string;
  birthday: string | null;
  started_on: string | null;
  fun_fact: string;
  active: number;
  celebrate_publicly: number;
  version: number;
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
    celebratePublicly: row.celebrate_publicly === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every field of a person the caller owns (not id, version or timestamps). */
export type StaffFields = Omit<
  Staff,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'celebratePublicly'
> & {
  /** Birthday posts yes/no; yes unless said otherwise. */
  celebratePublicly?: boolean;
};

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
  const now = nowIso();
  db.prepare(
    `INSERT INTO staff (id, name, role, color, birthday, started_on, fun_fact, active,
       celebrate_publicly, created_at, updated_at)
     VALUES (@id, @name, @role, @color, @birthday, @startedOn, @funFact, @active,
       @celebratePublicly, @now, @now)`,
  ).run({
    ...fields,
    id,
    now,
    active: fields.active ? 1 : 0,
    celebratePublicly: fields.celebratePublicly === false ? 0 : 1,
  });
  return findStaff(db, id)!;
}

/**
 * Writes `fields` over the person if their version is still `version` (and bumps it); returns
 * undefined (and changes nothing) when someone saved first.
 */
export function updateStaffRow(
  db: Db,
  id: string,
  version: number,
  fields: StaffFields,
): Staff | undefined {
  const { changes } = db
    .prepare(
      `UPDATE staff SET name = @name, role = @role, color = @color, birthday = @birthday,
         started_on = @startedOn, fun_fact = @funFact, active = @active,
         celebrate_publicly = @celebratePublicly, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({
      ...fields,
      id,
      version,
      active: fields.active ? 1 : 0,
      celebratePublicly: fields.celebratePublicly === false ? 0 : 1,
      now: nowIso(),
    });
  return changes === 0 ? undefined : findStaff(db, id);
}
