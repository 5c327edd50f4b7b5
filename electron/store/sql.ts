// The SQL executor the repositories write through, and its SQLite implementation. Repositories
// are async functions of `(sql, ...args)`: they see this interface, never a driver, so a
// PostgreSQL executor can stand beside SqliteSql with the repositories unchanged wherever the
// SQL is the same.
//
// For the PostgreSQL executor, what differs (found while writing this):
// - Parameters: written `@name` everywhere, passed as `{ name }`; rewrite each name to `$n`
//   (the same name twice is the same `$n`) outside string literals. An untyped parameter only
//   compared with NULL (`@consentId IS NULL` in consents.auditLog) needs a cast (`$1::text`).
// - Results: COUNT/SUM are bigint, which node-postgres returns as strings: set a type parser
//   for int8. json/jsonb come back parsed, so read JSON through `json()`; booleans come back
//   as true/false, so read flags through `flag()`. Keep the 0/1 columns INTEGER in PostgreSQL
//   (the SQL compares them with 0 and 1: `active = 1`, `sample = 1`); 1/0 parameters bind to
//   either type.
// - SQL fragments that differ are in dialect.ts (JSON aggregation, full-text search, case-free
//   text and LIKE, paging in the order written, an index hint): add the PostgreSQL entry there.
//   posts.search takes an FTS5 expression the handler builds (shared/search.ts): PostgreSQL
//   needs a tsquery from the same words.
// - Ordering: SQLite compares text byte by byte; give PostgreSQL COLLATE "C" (or the ORDER BYs
//   sort titles by locale). Nullable sort keys say NULLS FIRST, which both read the same.
// - `ON CONFLICT (key) DO NOTHING` is written instead of INSERT OR IGNORE: both understand it.
// - An error aborts a PostgreSQL transaction, where SQLite undoes only the failed statement:
//   sample.remove deletes sample staff one by one and archives those a foreign key keeps
//   (SQLITE_CONSTRAINT in `isForeignKeyError`, 23503 in PostgreSQL); it needs a SAVEPOINT there.
// - transfer.restoreExtras writes consent_audit.seq as exported: reset its sequence after.
// - The store around the executor (store.ts) is SQLite's: BEGIN IMMEDIATE, total_changes() for
//   "was anything edited", one connection with a promise queue; the schema (migrations/) uses
//   STRICT tables, WITHOUT ROWID, triggers with RAISE, FTS5 and json_each.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export type Dialect = 'sqlite' | 'postgres';

/** Named parameters: `@name` in the statement, `{ name: value }` here. */
export type Params = Readonly<Record<string, unknown>>;

export interface Sql {
  readonly dialect: Dialect;
  /** Every row the statement returns. */
  all<T>(text: string, params?: Params): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(text: string, params?: Params): Promise<T | undefined>;
  /** A statement that returns no rows; `changes`: the rows it inserted, updated or deleted. */
  run(text: string, params?: Params): Promise<{ changes: number }>;
}

/** A value stored as JSON text (SQLite), or already parsed (json columns in PostgreSQL). */
export function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** A yes/no column: 0/1 in SQLite, a boolean from some PostgreSQL expressions. */
export function flag(value: unknown): boolean {
  return value === 1 || value === true;
}

/** What a statement is run for, as a test sees it (SqliteSql.trace). */
export type StatementKind = 'all' | 'get' | 'run';

/** The executor over one better-sqlite3 connection (synchronous inside). */
export class SqliteSql implements Sql {
  readonly dialect = 'sqlite';
  /** Test hook: called with every statement before it runs. */
  trace: ((kind: StatementKind, text: string) => void) | undefined;
  // Each statement is prepared once per connection: better-sqlite3 keeps what a prepare
  // allocates, so preparing per row made a 100,000-post import hold gigabytes. The texts are
  // the repositories' own (a patch's UPDATE differs by the columns it sets): a bounded set.
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Db) {}

  private statement(kind: StatementKind, text: string): Database.Statement {
    this.trace?.(kind, text);
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  async all<T>(text: string, params: Params = {}): Promise<T[]> {
    return this.statement('all', text).all(params) as T[];
  }

  async get<T>(text: string, params: Params = {}): Promise<T | undefined> {
    return this.statement('get', text).get(params) as T | undefined;
  }

  async run(text: string, params: Params = {}): Promise<{ changes: number }> {
    return { changes: this.statement('run', text).run(params).changes };
  }
}
