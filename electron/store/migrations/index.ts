// Numbered schema migrations. Never edit one that has shipped: add the next number. Each is
// recorded with a checksum of its SQL, so an edited migration is caught when a file is opened.
//
// Lookup tables (categories, statuses, platforms) carry the fixed ids from
// shared/vocabulary.ts and shared/platforms.ts, so foreign keys make the database itself
// refuse an unknown id; a unit test keeps the two lists in step.
//
// One file per migration (`NNNN-what.ts`), each saying why it exists; this list orders them.
import type { Migration } from './types';
import { migration as m1 } from './0001-settings-staff-posts';
import { migration as m2 } from './0002-who-i-am-sample-data-markers';
import { migration as m3 } from './0003-indexes-for-workload-and-platform-order';
import { migration as m4 } from './0004-versions-for-staff-and-settings-default-post-time';
import { migration as m5 } from './0005-readable-dates-and-post-search';
import { migration as m6 } from './0006-team-rhythm';
import { migration as m8 } from './0008-consents-media';
import { migration as m9 } from './0009-meetings-action-items';
import { migration as m10 } from './0010-working-hours';
import { migration as m11 } from './0011-compliance-packs';

export type { Migration };

export const MIGRATIONS: readonly Migration[] = [m1, m2, m3, m4, m5, m6, m8, m9, m10, m11];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
