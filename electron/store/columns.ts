// How a record's fields are stored in a table's columns, and the write of a patch: an UPDATE of
// only the columns whose fields it carries, so a one-field change is a one-column write (and
// sets off only the triggers of that column).
import { nowIso } from '../../shared/clock';
import { flag, json, type Sql } from './sql';

/** How one field is stored: as is, as JSON text, as 0/1, or 'all_social' else JSON (consents). */
export type Kind = 'plain' | 'json' | 'bool' | 'platforms';

/** A field's column, and how it is stored there (default: as is). */
export type Column = readonly [column: string, kind?: Kind];

export type Columns = Readonly<Record<string, Column>>;

export function fromColumn(value: unknown, kind: Kind = 'plain'): unknown {
  if (value === null) return null;
  if (kind === 'bool') return flag(value);
  if (kind === 'json') return json(value);
  if (kind === 'platforms') return value === 'all_social' ? value : json(value);
  return value;
}

export function toColumn(value: unknown, kind: Kind = 'plain'): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'platforms') return value === 'all_social' ? value : JSON.stringify(value);
  return value;
}

/** The fields of `record` that `columns` maps, as stored; undefined ones are left out. */
export function toColumns(columns: Columns, record: object): Record<string, unknown> {
  const values = record as Record<string, unknown>;
  const stored: Record<string, unknown> = {};
  for (const [field, [, kind]] of Object.entries(columns)) {
    if (values[field] !== undefined) stored[field] = toColumn(values[field], kind);
  }
  return stored;
}

/**
 * Writes the fields `patch` carries (not undefined) that `columns` maps, bumps the version and
 * updated_at, if row `id` of `table` is still at `version` and matches `where` (more SQL,
 * starting with AND). False, and nothing changed, when it is not.
 */
export async function updateRow(
  sql: Sql,
  table: string,
  columns: Columns,
  row: { id: string; version: number },
  patch: object,
  where = '',
): Promise<boolean> {
  const values = toColumns(columns, patch);
  const set = Object.keys(values).map((field) => `${columns[field]![0]} = @${field}`);
  set.push('version = version + 1', 'updated_at = @now');
  const { changes } = await sql.run(
    `UPDATE ${table} SET ${set.join(', ')} WHERE id = @id AND version = @version${where}`,
    { ...values, id: row.id, version: row.version, now: nowIso() },
  );
  return changes > 0;
}
