// Whole-plan export and import: rows written back exactly as exported (ids, versions and
// times kept), so an import into an empty planner gives back the same plan.
import type { Post, Settings, Staff } from '../../shared/contract';
import type { Db } from './database';
import { writeChildren } from './posts';
import { getSettings } from './settings';

export function plannerIsEmpty(db: Db): boolean {
  const { n } = db
    .prepare('SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM posts) AS n')
    .get() as { n: number };
  return n === 0;
}

export function restoreSettings(db: Db, settings: Settings): void {
  getSettings(db); // makes sure the row exists
  db.prepare(
    `UPDATE settings SET practice_name = @practiceName, timezone = @timezone,
       week_starts_on = @weekStartsOn, default_post_time = @defaultPostTime,
       version = @version, updated_at = @updatedAt
     WHERE id = 1`,
  ).run(settings);
}

export function restoreStaff(db: Db, people: readonly Staff[]): void {
  const insert = db.prepare(
    `INSERT INTO staff (id, name, role, color, birthday, started_on, fun_fact, active, version,
       created_at, updated_at)
     VALUES (@id, @name, @role, @color, @birthday, @startedOn, @funFact, @active, @version,
       @createdAt, @updatedAt)`,
  );
  for (const person of people) insert.run({ ...person, active: person.active ? 1 : 0 });
}

export function restorePosts(db: Db, posts: readonly Post[]): void {
  const insert = db.prepare(
    `INSERT INTO posts (id, title, category, status, scheduled_at, owner_id, caption, hashtags,
       notes, version, created_at, updated_at, deleted_at)
     VALUES (@id, @title, @category, @status, @scheduledAt, @ownerId, @caption, @hashtags,
       @notes, @version, @createdAt, @updatedAt, @deletedAt)`,
  );
  for (const post of posts) {
    insert.run({
      id: post.id,
      title: post.title,
      category: post.category,
      status: post.status,
      scheduledAt: post.scheduledAt,
      ownerId: post.ownerId,
      caption: post.caption,
      hashtags: JSON.stringify(post.hashtags),
      notes: post.notes,
      version: post.version,
      createdAt: post.createdAt,
      updatedAt: post.updatedAt,
      deletedAt: post.deletedAt,
    });
    writeChildren(db, post.id, post);
  }
}
