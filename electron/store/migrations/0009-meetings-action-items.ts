import type { Migration } from './types';

// The weekly planning meeting: per ISO week (2026-W48) the decisions taken (free text), and
// action items that stay on the list, week after week, until someone marks them done. A week
// is only written once someone records something; a week never opened has no row.
// The CHECKs repeat the contract's rules so the file itself refuses what the API would.
export const migration: Migration = {
  version: 9,
  name: 'meetings and action items',
  sql: `
CREATE TABLE meetings (
  week TEXT PRIMARY KEY CHECK (
    week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]' AND substr(week, 7, 2) BETWEEN '01' AND '53'
  ),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at TEXT NOT NULL
);

CREATE TABLE action_items (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  week TEXT NOT NULL CHECK (
    week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]' AND substr(week, 7, 2) BETWEEN '01' AND '53'
  ),
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 500),
  -- Staff are archived, never deleted, so an owner stays resolvable (removing the sample
  -- month archives a sample person who owns an action item instead of deleting them).
  owner_id TEXT REFERENCES staff (id) ON DELETE RESTRICT,
  due_on TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  -- The practice-zone date it was marked done; NULL while open (open = carried over).
  done_on TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Each meeting reads the open items of every earlier week.
CREATE INDEX action_items_open_by_week ON action_items (done_on, week);
`,
};
