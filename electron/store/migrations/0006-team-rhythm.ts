import type { Migration } from './types';

// team rhythm: celebrations, series, prompts, hashtag groups, rhythm settings. Shipped: never
// edit; add the next number instead (the checksum would refuse it).
export const migration: Migration = {
  version: 6,
  name: 'team rhythm: celebrations, series, prompts, hashtag groups, rhythm settings',
  sql: `
-- "Celebrate publicly": a person who said no still shows on the calendar (cake in the break
-- room) but is never suggested for a public birthday post.
ALTER TABLE staff ADD COLUMN celebrate_publicly INTEGER NOT NULL DEFAULT 1
  CHECK (celebrate_publicly IN (0, 1));

-- A recurring series ("Team Tuesday"): an RFC 5545 RRULE run from start_on at a local time in
-- the practice's zone. Each occurrence is a real post (posts.series_id); owners and featured
-- people rotate through the JSON lists. Open-ended series are kept filled months_ahead.
CREATE TABLE series (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  category TEXT NOT NULL REFERENCES categories (id),
  local_time TEXT NOT NULL CHECK (
    local_time GLOB '[0-2][0-9]:[0-5][0-9]' AND substr(local_time, 1, 2) <= '23'
  ),
  rule TEXT NOT NULL CHECK (length(rule) BETWEEN 6 AND 300 AND rule GLOB '*FREQ=*'),
  start_on TEXT NOT NULL CHECK (date(start_on) = start_on),
  end_on TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on >= start_on)),
  months_ahead INTEGER NOT NULL DEFAULT 3 CHECK (months_ahead BETWEEN 1 AND 24),
  owner_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(owner_ids) AND json_type(owner_ids) = 'array'),
  featured_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(featured_ids) AND json_type(featured_ids) = 'array'),
  caption TEXT NOT NULL DEFAULT '' CHECK (length(caption) <= 63206),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- An occurrence remembers its series and the rule's date it stands for, so a series that is
-- filled again never recreates a day that was moved, skipped or deleted. Moving one occurrence
-- detaches it: series-wide edits no longer change its time.
ALTER TABLE posts ADD COLUMN series_id TEXT REFERENCES series (id) ON DELETE SET NULL;
ALTER TABLE posts ADD COLUMN occurrence_on TEXT
  CHECK (occurrence_on IS NULL OR date(occurrence_on) = occurrence_on);
ALTER TABLE posts ADD COLUMN series_detached INTEGER NOT NULL DEFAULT 0
  CHECK (series_detached IN (0, 1));
CREATE UNIQUE INDEX posts_series_occurrence ON posts (series_id, occurrence_on)
  WHERE series_id IS NOT NULL;

-- The practice's own "Inspire me" prompts, beside the library shipped in assets/prompts.json.
CREATE TABLE custom_prompts (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  category TEXT NOT NULL REFERENCES categories (id),
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Named sets of hashtags inserted into a post in one step.
CREATE TABLE hashtag_groups (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 60),
  hashtags TEXT NOT NULL CHECK (
    json_valid(hashtags) AND json_type(hashtags) = 'array' AND json_array_length(hashtags) BETWEEN 1 AND 60
  ),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- The team-rhythm settings: spotlight cadence (weeks), Instagram's hashtag limit (it has
-- changed before) and the content-mix targets (shares per category, adding up to 1).
CREATE TABLE rhythm_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  spotlight_weeks INTEGER NOT NULL DEFAULT 8 CHECK (spotlight_weeks BETWEEN 1 AND 52),
  instagram_hashtag_limit INTEGER NOT NULL DEFAULT 30 CHECK (instagram_hashtag_limit BETWEEN 1 AND 60),
  mix_targets TEXT CHECK (mix_targets IS NULL OR (json_valid(mix_targets) AND json_type(mix_targets) = 'object')),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at TEXT NOT NULL
) STRICT;
`,
};
