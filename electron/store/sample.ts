// The rows "Load a sample month" made, marked `sample = 1` (migration 2), so one action can
// count them and take them out again.
import { nowIso } from '../../shared/clock';
import type { Sql } from './sql';

export interface SampleCounts {
  staff: number;
  posts: number;
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

export const sampleRepo = {
  /** How many sample rows are in the store (posts in the trash included). */
  async count(sql: Sql): Promise<SampleCounts> {
    return (await sql.get<SampleCounts>(
      `SELECT (SELECT COUNT(*) FROM staff WHERE sample = 1) AS staff,
              (SELECT COUNT(*) FROM posts WHERE sample = 1) AS posts`,
    ))!;
  },

  async markStaff(sql: Sql, id: string): Promise<void> {
    await sql.run('UPDATE staff SET sample = 1 WHERE id = @id', { id });
  },

  async markPost(sql: Sql, id: string): Promise<void> {
    await sql.run('UPDATE posts SET sample = 1 WHERE id = @id', { id });
  },

  /**
   * Deletes every sample post for good (their platforms, captions and featured people go with
   * them), then every sample person. A sample person that the user's own data still refers to
   * (a post they own or feature in, or anything a later table points at) is archived instead
   * and stops being sample data: it now belongs to the user.
   */
  async remove(sql: Sql): Promise<SampleRemoval> {
    const { changes: posts } = await sql.run('DELETE FROM posts WHERE sample = 1');
    const people = await sql.all<{ id: string }>('SELECT id FROM staff WHERE sample = 1');
    let staff = 0;
    let archived = 0;
    for (const { id } of people) {
      try {
        // A refused DELETE is undone on its own (statement level); the transaction goes on.
        staff += (await sql.run('DELETE FROM staff WHERE id = @id', { id })).changes;
      } catch (error) {
        if (!isForeignKeyError(error)) throw error;
        await sql.run(
          `UPDATE staff SET active = 0, sample = 0, version = version + 1, updated_at = @now
           WHERE id = @id`,
          { now: nowIso(), id },
        );
        archived += 1;
      }
    }
    return { staff, posts, archived };
  },
};
