import type { Migration } from './types';

// The practice's working hours: the week and day grids open scrolled to them and size their
// hours so the working day fits the screen. Local times in the practice's zone, HH:MM.
export const migration: Migration = {
  version: 10,
  name: 'working hours',
  sql: `
ALTER TABLE settings ADD COLUMN workday_start TEXT NOT NULL DEFAULT '08:00' CHECK (
  workday_start GLOB '[0-2][0-9]:[0-5][0-9]' AND substr(workday_start, 1, 2) <= '23'
);
ALTER TABLE settings ADD COLUMN workday_end TEXT NOT NULL DEFAULT '18:00' CHECK (
  workday_end GLOB '[0-2][0-9]:[0-5][0-9]' AND substr(workday_end, 1, 2) <= '23'
  AND workday_end > workday_start
);
`,
};
