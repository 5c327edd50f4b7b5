// Every repository, declared once: an object of async functions `(sql, ...args)`. The Tx the
// handlers see is derived from them (the same functions with `sql` bound), so a new method is
// one edit in its repository's file, and a second executor (sql.ts) gets the same Tx.
import { consentsRepo } from './consents';
import { mediaRepo } from './media';
import { meetingsRepo } from './meetings';
import { postsRepo } from './posts';
import { hashtagGroupsRepo, promptsRepo, rhythmRepo, seriesRepo, spotlightsRepo } from './rhythm';
import { sampleRepo } from './sample';
import { settingsRepo } from './settings';
import type { Sql } from './sql';
import { staffRepo } from './staff';
import { transferRepo } from './transfer';

type Method = (sql: Sql, ...args: never[]) => Promise<unknown>;

const REPOSITORIES = {
  settings: settingsRepo,
  staff: staffRepo,
  posts: postsRepo,
  sample: sampleRepo,
  consents: consentsRepo,
  media: mediaRepo,
  transfer: transferRepo,
  meetings: meetingsRepo,
  series: seriesRepo,
  spotlights: spotlightsRepo,
  prompts: promptsRepo,
  hashtagGroups: hashtagGroupsRepo,
  rhythm: rhythmRepo,
} satisfies Record<string, Record<string, Method>>;

/** A repository's methods without their leading `sql`. */
type Bound<R> = {
  readonly [K in keyof R]: R[K] extends (sql: Sql, ...args: infer A) => infer P
    ? (...args: A) => P
    : never;
};

/** Repositories bound to one transaction. */
export type Tx = { readonly [K in keyof typeof REPOSITORIES]: Bound<(typeof REPOSITORIES)[K]> };

/** Every repository with `sql` bound: the Tx of one transaction. */
export function bindRepositories(sql: Sql): Tx {
  const bind = (repo: Record<string, Method>) =>
    Object.fromEntries(
      Object.entries(repo).map(([name, method]) => [
        name,
        (...args: never[]) => method(sql, ...args),
      ]),
    );
  return Object.fromEntries(
    Object.entries(REPOSITORIES).map(([name, repo]) => [name, bind(repo)]),
  ) as Tx;
}
