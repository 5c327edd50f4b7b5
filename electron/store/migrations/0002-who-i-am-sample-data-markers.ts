import type { Migration } from './types';

// who I am, sample data markers. Shipped: never edit; add the next number instead (the checksum would refuse it).
export const migration: Migration = {
  version: 2,
  name: 'who I am, sample data markers',
  sql: `
-- The staff member using this planner ("My posts"); forgotten if that person is removed.
ALTER TABLE settings ADD COLUMN me_staff_id TEXT REFERENCES staff (id) ON DELETE SET NULL;
-- Rows loaded by "Load a sample month", so one action can remove them again.
ALTER TABLE staff ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
ALTER TABLE posts ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
CREATE INDEX posts_trash ON posts (deleted_at) WHERE deleted_at IS NOT NULL;
`,
};
