import { randomUUID } from 'node:crypto';
import type { Staff } from '../../shared/contract';
import { nowIso } from '../../shared/clock';
import { updateRow, type Column } from './columns';
import { dialectSql } from './dialect';
import { flag, type Sql } from './sql';

interface StaffRow {
  id: string;
  name: string;
  role: string;
  color: string;
  birthday: string | null;
  started_on: string | null;
  fun_fact: string;
  active: unknown;
  celebrate_publicly: unknown;
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
    active: flag(row.active),
    celebratePublicly: flag(row.celebrate_publicly),
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

const COLUMNS = {
  name: ['name'],
  role: ['role'],
  color: ['color'],
  birthday: ['birthday'],
  startedOn: ['started_on'],
  funFact: ['fun_fact'],
  active: ['active', 'bool'],
  celebratePublicly: ['celebrate_publicly', 'bool'],
} as const satisfies Record<keyof StaffFields, Column>;

export const staffRepo = {
  async list(sql: Sql, includeArchived: boolean): Promise<Staff[]> {
    const rows = await sql.all<StaffRow>(
      `SELECT * FROM staff ${includeArchived ? '' : 'WHERE active = 1'}
       ORDER BY active DESC, ${dialectSql(sql).nocase('name')}`,
    );
    return rows.map(toStaff);
  },

  async find(sql: Sql, id: string): Promise<Staff | undefined> {
    const row = await sql.get<StaffRow>('SELECT * FROM staff WHERE id = @id', { id });
    return row && toStaff(row);
  },

  async insert(sql: Sql, fields: StaffFields): Promise<Staff> {
    const id = randomUUID();
    const now = nowIso();
    await sql.run(
      `INSERT INTO staff (id, name, role, color, birthday, started_on, fun_fact, active,
         celebrate_publicly, created_at, updated_at)
       VALUES (@id, @name, @role, @color, @birthday, @startedOn, @funFact, @active,
         @celebratePublicly, @now, @now)`,
      {
        ...fields,
        id,
        now,
        active: fields.active ? 1 : 0,
        celebratePublicly: fields.celebratePublicly === false ? 0 : 1,
      },
    );
    return (await staffRepo.find(sql, id))!;
  },

  /**
   * Writes the fields `changes` carries over the person if their version is still `version`
   * (and bumps it); undefined (and nothing changed) when someone saved first.
   */
  async update(
    sql: Sql,
    id: string,
    version: number,
    changes: Partial<StaffFields>,
  ): Promise<Staff | undefined> {
    const written = await updateRow(sql, 'staff', COLUMNS, { id, version }, changes);
    return written ? staffRepo.find(sql, id) : undefined;
  },
};
