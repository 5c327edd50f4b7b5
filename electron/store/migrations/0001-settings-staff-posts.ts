import type { Migration } from './types';

// settings, staff, posts. Shipped: never edit; add the next number instead (the checksum would refuse it).
export const migration: Migration = {
  version: 1,
  name: 'settings, staff, posts',
  sql: `
CREATE TABLE categories (id TEXT PRIMARY KEY) STRICT;
INSERT INTO categories (id) VALUES ('behind_the_scenes'), ('staff_spotlight'), ('celebration'),
  ('team_event'), ('education'), ('patient_story'), ('community'), ('promotion'), ('other');

CREATE TABLE post_statuses (id TEXT PRIMARY KEY) STRICT;
INSERT INTO post_statuses (id) VALUES ('idea'), ('draft'), ('in_review'), ('approved'),
  ('published'), ('skipped');

CREATE TABLE platforms (id TEXT PRIMARY KEY) STRICT;
INSERT INTO platforms (id) VALUES ('instagram_feed'), ('instagram_reel'), ('instagram_story'),
  ('facebook'), ('tiktok'), ('linkedin'), ('x'), ('youtube_short'), ('google_business'),
  ('pinterest');

CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  practice_name TEXT NOT NULL DEFAULT '' CHECK (length(practice_name) <= 120),
  timezone TEXT NOT NULL DEFAULT 'UTC' CHECK (length(timezone) BETWEEN 1 AND 64),
  week_starts_on INTEGER NOT NULL DEFAULT 1 CHECK (week_starts_on BETWEEN 1 AND 7),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  role TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 80),
  color TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  birthday TEXT CHECK (birthday IS NULL OR date('2000-' || birthday) = '2000-' || birthday),
  started_on TEXT CHECK (started_on IS NULL OR date(started_on) = started_on),
  fun_fact TEXT NOT NULL DEFAULT '' CHECK (length(fun_fact) <= 500),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE posts (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  category TEXT NOT NULL REFERENCES categories (id),
  status TEXT NOT NULL REFERENCES post_statuses (id),
  -- UTC instant in the contract's canonical form, or NULL for an undated idea.
  scheduled_at TEXT CHECK (
    scheduled_at IS NULL OR scheduled_at = strftime('%Y-%m-%dT%H:%M:%fZ', scheduled_at)
  ),
  owner_id TEXT REFERENCES staff (id) ON DELETE RESTRICT,
  caption TEXT NOT NULL DEFAULT '' CHECK (length(caption) <= 63206),
  hashtags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hashtags) AND json_type(hashtags) = 'array'),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX posts_by_time ON posts (scheduled_at) WHERE deleted_at IS NULL;
CREATE INDEX posts_by_owner ON posts (owner_id);

-- Which platforms a post goes to, in the order chosen.
CREATE TABLE post_platforms (
  post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  platform TEXT NOT NULL REFERENCES platforms (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (post_id, platform)
) STRICT, WITHOUT ROWID;

-- Caption overrides per platform. Kept apart from post_platforms so unticking a platform
-- never throws away the words written for it.
CREATE TABLE post_captions (
  post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  platform TEXT NOT NULL REFERENCES platforms (id),
  caption TEXT NOT NULL CHECK (length(caption) <= 63206),
  PRIMARY KEY (post_id, platform)
) STRICT, WITHOUT ROWID;

-- Staff a post features (a spotlight's subject, the people in a team photo).
CREATE TABLE post_featured_staff (
  post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  PRIMARY KEY (post_id, staff_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX post_featured_staff_by_staff ON post_featured_staff (staff_id);
`,
};
