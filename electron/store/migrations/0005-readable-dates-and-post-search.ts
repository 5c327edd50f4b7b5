import type { Migration } from './types';

// readable dates, post search. Shipped: never edit; add the next number instead (the checksum would refuse it).
export const migration: Migration = {
  version: 5,
  name: 'readable dates, post search',
  sql: `
-- The CHECKs of migration 1 compare a date with strftime()/date() of itself. Those return NULL
-- for what SQLite cannot read (year 10000 written as +010000, year -1, "garbage"), and a CHECK
-- whose result is NULL passes, so such dates were stored: posts no calendar, backlog or
-- workload could reach. A table's CHECK cannot be changed without rebuilding it (and every
-- table pointing at it), so these triggers refuse them instead, with IS NOT, which is never
-- NULL (SQLite reads year -1 for start dates; those must lie in 1900–2100). Dated posts must also fall in the planner's years (2000-01-01 to 2100-12-31, UTC), as
-- the contract says. Updates are checked only when the date changes, so an old post outside
-- those years can still be edited.

-- Posts already stored with an unreadable date become undated ideas again, where they show.
UPDATE posts SET scheduled_at = NULL, version = version + 1
  WHERE scheduled_at IS NOT NULL
    AND strftime('%Y-%m-%dT%H:%M:%fZ', scheduled_at) IS NOT scheduled_at;
UPDATE staff SET started_on = NULL WHERE started_on IS NOT NULL AND (
  date(started_on) IS NOT started_on OR started_on NOT BETWEEN '1900-01-01' AND '2100-12-31');
UPDATE staff SET birthday = NULL
  WHERE birthday IS NOT NULL AND date('2000-' || birthday) IS NOT '2000-' || birthday;

CREATE TRIGGER posts_readable_date_on_insert BEFORE INSERT ON posts
WHEN NEW.scheduled_at IS NOT NULL AND (
  strftime('%Y-%m-%dT%H:%M:%fZ', NEW.scheduled_at) IS NOT NEW.scheduled_at
  OR NEW.scheduled_at < '2000-01-01T00:00:00.000Z'
  OR NEW.scheduled_at >= '2101-01-01T00:00:00.000Z')
BEGIN
  SELECT RAISE(ABORT, 'CHECK constraint failed: posts.scheduled_at must be a UTC time from 2000 to 2100');
END;

CREATE TRIGGER posts_readable_date_on_update BEFORE UPDATE OF scheduled_at ON posts
WHEN NEW.scheduled_at IS NOT OLD.scheduled_at AND NEW.scheduled_at IS NOT NULL AND (
  strftime('%Y-%m-%dT%H:%M:%fZ', NEW.scheduled_at) IS NOT NEW.scheduled_at
  OR NEW.scheduled_at < '2000-01-01T00:00:00.000Z'
  OR NEW.scheduled_at >= '2101-01-01T00:00:00.000Z')
BEGIN
  SELECT RAISE(ABORT, 'CHECK constraint failed: posts.scheduled_at must be a UTC time from 2000 to 2100');
END;

CREATE TRIGGER staff_readable_dates_on_insert BEFORE INSERT ON staff
WHEN (NEW.started_on IS NOT NULL AND (date(NEW.started_on) IS NOT NEW.started_on
    OR NEW.started_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.birthday IS NOT NULL AND date('2000-' || NEW.birthday) IS NOT '2000-' || NEW.birthday)
BEGIN
  SELECT RAISE(ABORT, 'CHECK constraint failed: staff.started_on and staff.birthday must be readable dates');
END;

CREATE TRIGGER staff_readable_dates_on_update BEFORE UPDATE OF started_on, birthday ON staff
WHEN (NEW.started_on IS NOT OLD.started_on AND NEW.started_on IS NOT NULL
    AND (date(NEW.started_on) IS NOT NEW.started_on
      OR NEW.started_on NOT BETWEEN '1900-01-01' AND '2100-12-31'))
  OR (NEW.birthday IS NOT OLD.birthday AND NEW.birthday IS NOT NULL
    AND date('2000-' || NEW.birthday) IS NOT '2000-' || NEW.birthday)
BEGIN
  SELECT RAISE(ABORT, 'CHECK constraint failed: staff.started_on and staff.birthday must be readable dates');
END;

-- Search over every post's words: title, caption, per-platform captions, notes and hashtags,
-- dated or not (a post with a mistyped year is still found). One FTS5 row per post, its rowid
-- the post's rowid, kept in step by the triggers below; trashed posts stay indexed and the
-- search leaves them out, so a restore needs no reindexing. Prefix indexes (2 to 8 letters)
-- make a half-typed word ("sunscr") find "sunscreen" from one entry instead of merging every
-- word it starts. Titles have an index of their own as well: title matches are listed
-- first, and asking the full index for title-only matches reads every match of a common word
-- (over 100 ms at 100,000 posts), while a titles index answers at once. (VACUUM may renumber
-- the rowids of posts; Rapport never runs it. Anything that does must rebuild both indexes
-- from posts afterwards.)
CREATE VIRTUAL TABLE post_search USING fts5(
  title, caption, captions, notes, hashtags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4 5 6 7 8'
);
CREATE VIRTUAL TABLE post_title_search USING fts5(
  title,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4 5 6 7 8'
);
INSERT INTO post_title_search (rowid, title) SELECT rowid, title FROM posts;

INSERT INTO post_search (rowid, title, caption, captions, notes, hashtags)
  SELECT p.rowid, p.title, p.caption,
    (SELECT coalesce(group_concat(c.caption, ' '), '') FROM post_captions c WHERE c.post_id = p.id),
    p.notes,
    (SELECT coalesce(group_concat(h.value, ' '), '') FROM json_each(p.hashtags) h)
  FROM posts p;

CREATE TRIGGER post_search_on_insert AFTER INSERT ON posts BEGIN
  INSERT INTO post_title_search (rowid, title) VALUES (NEW.rowid, NEW.title);
  INSERT INTO post_search (rowid, title, caption, captions, notes, hashtags) VALUES (
    NEW.rowid, NEW.title, NEW.caption, '', NEW.notes,
    (SELECT coalesce(group_concat(h.value, ' '), '') FROM json_each(NEW.hashtags) h));
END;

CREATE TRIGGER post_search_on_update AFTER UPDATE OF title, caption, notes, hashtags ON posts
BEGIN
  UPDATE post_title_search SET title = NEW.title WHERE rowid = NEW.rowid AND title IS NOT NEW.title;
  UPDATE post_search SET title = NEW.title, caption = NEW.caption, notes = NEW.notes,
    hashtags = (SELECT coalesce(group_concat(h.value, ' '), '') FROM json_each(NEW.hashtags) h)
  WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER post_search_on_delete AFTER DELETE ON posts BEGIN
  DELETE FROM post_search WHERE rowid = OLD.rowid;
  DELETE FROM post_title_search WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER post_search_captions_on_insert AFTER INSERT ON post_captions BEGIN
  UPDATE post_search SET captions =
    (SELECT coalesce(group_concat(c.caption, ' '), '') FROM post_captions c WHERE c.post_id = NEW.post_id)
  WHERE rowid = (SELECT rowid FROM posts WHERE id = NEW.post_id);
END;

CREATE TRIGGER post_search_captions_on_update AFTER UPDATE ON post_captions BEGIN
  UPDATE post_search SET captions =
    (SELECT coalesce(group_concat(c.caption, ' '), '') FROM post_captions c WHERE c.post_id = NEW.post_id)
  WHERE rowid = (SELECT rowid FROM posts WHERE id = NEW.post_id);
END;

CREATE TRIGGER post_search_captions_on_delete AFTER DELETE ON post_captions BEGIN
  UPDATE post_search SET captions =
    (SELECT coalesce(group_concat(c.caption, ' '), '') FROM post_captions c WHERE c.post_id = OLD.post_id)
  WHERE rowid = (SELECT rowid FROM posts WHERE id = OLD.post_id);
END;
`,
};
