import type { Migration } from './types';

// The practice's rule packs for the compliance check (us, uk, ie): a JSON list, empty until the
// practice chooses (never guessed from the time zone). Kept in one fixed order, so the CHECK can
// list every allowed value and the database itself refuses an unknown pack or a repeat; a new
// pack means a new migration.
export const migration: Migration = {
  version: 11,
  name: 'compliance packs',
  sql: `
ALTER TABLE settings ADD COLUMN compliance_packs TEXT NOT NULL DEFAULT '[]' CHECK (
  compliance_packs IN (
    '[]', '["us"]', '["uk"]', '["ie"]',
    '["us","uk"]', '["us","ie"]', '["uk","ie"]', '["us","uk","ie"]'
  )
);
`,
};
