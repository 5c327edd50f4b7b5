// Opening the one SQLite file: refuse what is not ours (not SQLite, or a newer schema) and what
// is damaged without touching it, then set the pragmas and bring the schema up to date.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { inspectUntouched, type Inspection } from './inspect';
import { backupDirFor, writeBackup } from './backup/backups';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
import type { Db } from './sql';
import { nowIso } from '../../shared/clock';

export type StoreOpenProblem =
  'not_sqlite' | 'too_new' | 'edited_migration' | 'unreadable' | 'damaged';

export class StoreOpenError extends Error {
  constructor(
    readonly problem: StoreOpenProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

/** True when `file` is missing or empty (a new store), or starts with SQLite's header. */
function looksLikeSqlite(file: string): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return true; // does not exist yet: we will create it
  }
  if (size === 0) return true;
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens (creating if needed) the store at `file`, migrated to the latest schema.
 * Throws StoreOpenError, leaving the file as it was, when it is not a Rapport database this
 * version can use.
 */
export interface OpenDatabaseOptions {
  /** Where the backup made before a migration goes; default backups/ beside the file. */
  backupDir?: string;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  if (!looksLikeSqlite(file)) {
    throw new StoreOpenError(
      'not_sqlite',
      `${file} is not a Rapport database (it is not an SQLite file). It was left untouched.`,
    );
  }
  // Checked before SQLite may write anything: a damaged file, or a write-ahead log beside it
  // that is not its own, would be written to (the log replayed into it) by an ordinary open.
  let found: Inspection | undefined;
  try {
    found = existsSync(file) && statSync(file).size > 0 ? inspectUntouched(file) : undefined;
  } catch (error) {
    throw unreadable(file, error);
  }
  if (found && found.version > LATEST_SCHEMA_VERSION) throw tooNew(file, found.version);
  if (found && found.problems.length > 0) throw damaged(file, found.problems);
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw tooNew(file, version);
    // Only now may we change the file: WAL mode is recorded in the file's header.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Before a migration changes a planner that has data, keep a checked copy of it.
    if (version > 0 && version < LATEST_SCHEMA_VERSION) {
      writeBackup(db, options.backupDir ?? backupDirFor(file), 'pre-migration');
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') {
      throw damaged(file, [(error as Error).message]);
    }
    throw unreadable(file, error);
  }
}

function damaged(file: string, problems: string[]): StoreOpenError {
  return new StoreOpenError(
    'damaged',
    // Shown on the page too: the file's name only, never where it is on this computer.
    `The planner file (${basename(file)}) is damaged (${problems.slice(0, 2).join('; ')}). ` +
      'Rapport has not changed it. Restore a good backup to go on working.',
  );
}

function unreadable(file: string, error: unknown): StoreOpenError {
  return new StoreOpenError(
    'unreadable',
    `Rapport could not open ${file}: ${(error as Error).message}`,
  );
}

function tooNew(file: string, version: number): StoreOpenError {
  return new StoreOpenError(
    'too_new',
    `${file} was saved by a newer version of Rapport (schema ${version}; this version knows ` +
      `up to ${LATEST_SCHEMA_VERSION}). Update Rapport to open it. The file was left untouched.`,
  );
}

function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Map(
    (
      db.prepare('SELECT version, checksum FROM schema_migrations').all() as {
        version: number;
        checksum: string;
      }[]
    ).map((row) => [row.version, row.checksum]),
  );
  for (const migration of MIGRATIONS) {
    const recorded = applied.get(migration.version);
    if (recorded !== undefined) {
      if (recorded !== checksum(migration)) {
        throw new StoreOpenError(
          'edited_migration',
          `Migration ${migration.version} (${migration.name}) differs from the one this ` +
            `database was built with. Restore the original migration; add changes as a new one.`,
        );
      }
      continue;
    }
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare(
        'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
      ).run(migration.version, migration.name, checksum(migration), nowIso());
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
