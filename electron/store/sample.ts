// The rows "Load a sample month" made, marked `sample = 1` (migration 2), so one action can
// count them and take them out again.
import type { Db } from './database';
import { nowIso } from '../../shared/clock';

export interface SampleCounts {
  staff: number;
  posts: number;
}

/** How many sample rows are in the store (posts in the trash included). */
export function countSample(db: Db): SampleCounts {
  return db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM staff WHERE sample = 1) AS staff,
              (SELECT COUNT(*) FROM posts WHERE sample = 1) AS posts`,
    )
    .get() as SampleCounts;
}

export function markStaffAsSample(db: Db, id: string): void {
  db.prepare('UPDATE staff SET sample = 1 WHERE id = ?').run(id);
}

export function markPostAsSample(db: Db, id: string): void {
  db.prepare('UPDATE posts SET sample = 1 WHERE id = ?').run(id);
}

export interface SampleRemoval extends SampleCounts {
  /** Sample people kept, archived, because something of the user's still refers to them. */
  archived: number;
}

/** A parent row still referred to: SQLite says SQLITE_CONSTRAINT_TRIGGER for ON DELETE RESTRICT. */
function isForeignKeyError(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    typeof code === 'string' &&
    code.startsWith('SQLITE_CONSTRAINT') &&
    typeof message === 'string' &&
    message.includes('FOREIGN KEY')
  );
}

/**
 * Deletes every sample post for good (their platforms, captions and featured people go with
 * them), then every sample person. A sample person that the user's own data still refers to
 * (a post they own or feature in, or anything a later table points at) is archived instead and
 * stops being sample data: it now belongs to the user. Call it inside a transaction.
 */
export function removeSample(db: Db): SampleRemoval {
  const posts = db.prepare('DELETE FROM posts WHERE sample = 1').run().changes;
  const ids = (db.prepare('SELECT id FROM staff WHERE sample = 1').all() as { id: string }[]).map(
    (row) => row.id,
  );
  const remove = db.prepare('DELETE FROM staff WHERE id = ?');
  const keep =
    db.prepare(`UPDATE staff SET active = 0, sample = 0, version = version + 1, updated_at = ?
     WHERE id = ?`);
  let staff = 0;
  let archived = 0;
  for (const id of ids) {
    try {
      // A refused DELETE is undone on its own (statement level); the transaction goes on.
      staff += remove.run(id).changes;
    } catch (error) {
      if (!isForeignKeyError(error)) throw error;
      keep.run(nowIso(), id);
      archived += 1;
    }
  }
  return { staff, posts, archived };
}
