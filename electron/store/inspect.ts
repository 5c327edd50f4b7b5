// Looking at a planner file before anything may write to it. An ordinary open is no mere look:
// in WAL mode SQLite replays a write-ahead log found beside the file into it (even the log of
// another database) and removes it, and creates the log and its index when they are missing.
//  - With no log and no index beside it (no one has it open), the file is read immutable
//    (`?immutable=1`, through node:sqlite: better-sqlite3 takes no URI): no lock, no journal,
//    nothing created, only the file's own pages.
//  - Otherwise it is read as SQLite will use it, on a read-only connection, which never
//    checkpoints: the file and its log stay as they are, and it takes the locks another
//    Rapport on the same file takes. A log or index that was not there before the look (SQLite
//    makes them to read) is removed again. A log that takes the file back to an older schema
//    than its own header names is another database's.
import { existsSync, readSync, closeSync, openSync, rmSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

export interface Inspection {
  /** What `PRAGMA quick_check` (or opening) found wrong; empty when nothing. */
  problems: string[];
  /** The schema version the file (with its log) carries. */
  version: number;
}

const size = (file: string) => (existsSync(file) ? statSync(file).size : -1);

/** The schema version (`user_version`) in the file's own header, without SQLite. */
function headerVersion(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(64);
    return readSync(fd, header, 0, 64, 0) === 64 ? header.readUInt32BE(60) : 0;
  } finally {
    closeSync(fd);
  }
}

function quickCheck(rows: unknown[]): string[] {
  return (rows as Record<string, unknown>[])
    .map((row) => String(Object.values(row)[0] ?? ''))
    .filter((row) => row !== 'ok');
}

function immutableLook(file: string): Inspection {
  const url = pathToFileURL(file);
  url.searchParams.set('immutable', '1');
  const db = new DatabaseSync(url, { readOnly: true });
  try {
    const version = Number(
      (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version,
    );
    return { problems: quickCheck(db.prepare('PRAGMA quick_check').all()), version };
  } finally {
    db.close();
  }
}

function readOnlyLook(file: string): Inspection {
  const made = ['-wal', '-shm'].filter((suffix) => !existsSync(file + suffix));
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      const problems = quickCheck(db.pragma('quick_check') as unknown[]);
      if (version < headerVersion(file)) {
        problems.push('the write-ahead log beside it belongs to another database');
      }
      return { problems, version };
    } finally {
      db.close();
    }
  } finally {
    for (const suffix of made) {
      if (suffix === '-shm' || size(file + suffix) === 0) rmSync(file + suffix, { force: true });
    }
  }
}

/**
 * What is wrong with the SQLite file `file` (with the log beside it, as SQLite would use it),
 * found without writing to it or to the files beside it.
 */
export function inspectUntouched(file: string): Inspection {
  const alone = size(`${file}-wal`) <= 0 && size(`${file}-shm`) < 0;
  try {
    return alone ? immutableLook(file) : readOnlyLook(file);
  } catch (error) {
    const message = (error as Error).message;
    if (/malformed|not a database|corrupt/i.test(message)) {
      return { problems: [message], version: 0 };
    }
    throw error;
  }
}
