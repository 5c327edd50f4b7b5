import type { Migration } from './types';

// versions for staff and settings, default post time. Shipped: never edit; add the next number instead (the checksum would refuse it).
export const migration: Migration = {
  version: 4,
  name: 'versions for staff and settings, default post time',
  sql: `
-- Staff and settings carry a version like posts, so two windows editing the same person or the
-- settings never silently overwrite each other: an update names the version it last saw and a
-- stale one is refused as a conflict.
ALTER TABLE staff ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
-- The local time (HH:MM, 00:00-23:59) a post placed on a day without a time starts at.
ALTER TABLE settings ADD COLUMN default_post_time TEXT NOT NULL DEFAULT '10:00' CHECK (
  default_post_time GLOB '[0-2][0-9]:[0-5][0-9]' AND substr(default_post_time, 1, 2) <= '23'
);
-- settings.me_staff_id (migration 2) is no longer read: "who am I" is a per-computer
-- preference now (prefs.json beside the database); opening the store moves it there.
`,
};
