// Team rhythm's repositories on the Tx (series, prompts, hashtag groups, rhythm settings).
import type { Post } from '../../shared/contract';
import type { CategoryId } from '../../shared/vocabulary';
import type { Db } from './database';
import * as r from './rhythm';

export type {
  CustomPrompt,
  HashtagGroup,
  RhythmSettingsRecord,
  SeriesFields,
  SeriesOccurrence,
  SeriesRecord,
} from './rhythm';

type Async<F> = F extends (db: Db, ...args: infer A) => infer R
  ? (...args: A) => Promise<R>
  : never;

export interface RhythmRepos {
  readonly series: {
    find: Async<typeof r.findSeries>;
    list: Async<typeof r.listSeries>;
    insert: Async<typeof r.insertSeries>;
    update: Async<typeof r.updateSeriesRow>;
    delete: Async<typeof r.deleteSeriesRow>;
    posts: Async<typeof r.listSeriesPosts>;
    link: Async<typeof r.linkPost>;
    detach: Async<typeof r.detachPost>;
  };
  readonly spotlights: {
    posts(category: CategoryId): Promise<Post[]>;
  };
  readonly prompts: {
    list: Async<typeof r.listPrompts>;
    find: Async<typeof r.findPrompt>;
    insert: Async<typeof r.insertPrompt>;
    update: Async<typeof r.updatePromptRow>;
  };
  readonly hashtagGroups: {
    list: Async<typeof r.listGroups>;
    find: Async<typeof r.findGroup>;
    findByName: Async<typeof r.findGroupByName>;
    insert: Async<typeof r.insertGroup>;
    update: Async<typeof r.updateGroupRow>;
    delete: Async<typeof r.deleteGroupRow>;
  };
  readonly rhythm: {
    get: Async<typeof r.getRhythmSettings>;
    update: Async<typeof r.updateRhythmSettings>;
  };
}

type Bind = <A extends unknown[], R>(
  db: Db,
  fn: (db: Db, ...args: A) => R,
) => (...args: A) => Promise<R>;

export function rhythmRepos(db: Db, bind: Bind): RhythmRepos {
  return {
    series: {
      find: bind(db, r.findSeries),
      list: bind(db, r.listSeries),
      insert: bind(db, r.insertSeries),
      update: bind(db, r.updateSeriesRow),
      delete: bind(db, r.deleteSeriesRow),
      posts: bind(db, r.listSeriesPosts),
      link: bind(db, r.linkPost),
      detach: bind(db, r.detachPost),
    },
    spotlights: { posts: bind(db, r.listPostsOfCategory) },
    prompts: {
      list: bind(db, r.listPrompts),
      find: bind(db, r.findPrompt),
      insert: bind(db, r.insertPrompt),
      update: bind(db, r.updatePromptRow),
    },
    hashtagGroups: {
      list: bind(db, r.listGroups),
      find: bind(db, r.findGroup),
      findByName: bind(db, r.findGroupByName),
      insert: bind(db, r.insertGroup),
      update: bind(db, r.updateGroupRow),
      delete: bind(db, r.deleteGroupRow),
    },
    rhythm: {
      get: bind(db, r.getRhythmSettings),
      update: bind(db, r.updateRhythmSettings),
    },
  };
}
