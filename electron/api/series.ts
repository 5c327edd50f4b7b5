// Recurring series: each occurrence a real post with a seriesId. Edits and deletes apply to
// "this" occurrence, "this and following" (the series is split at that date) or "all".
import type { Post } from '../../shared/contract';
import type { Series, SeriesScope, SeriesWithPosts } from '../../shared/channels/rhythm';
import { ApiError } from '../../shared/envelope';
import {
  dayBefore,
  expandSeries,
  fillHorizon,
  isBounded,
  localInstant,
  rotate,
  withCount,
  withoutEnd,
  type Occurrence,
} from '../../shared/rhythm/series';
import type { PlatformId } from '../../shared/platforms';
import type { SeriesFields, SeriesRecord, Tx } from '../store/store';
import { changedFields } from './changes';
import { activePeople, newPost, postFieldsOf } from './rhythm-common';
import { todayIn } from '../../shared/clock';
import type { AreaHandlers } from './types';

type Changed = ReadonlySet<keyof SeriesFields>;
const ALL: Changed = new Set<keyof SeriesFields>([
  'title',
  'category',
  'time',
  'rule',
  'startOn',
  'endOn',
  'monthsAhead',
  'ownerIds',
  'featuredStaffIds',
  'caption',
]);

const STALE =
  'This series was changed in another window since you opened it. Nothing was saved; ' +
  'look at it as it is now and make your change again.';

function fieldsOf(s: SeriesRecord): SeriesFields {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...fields } = s;
  return fields;
}

function occurrencesOf(s: SeriesFields, zone: string, today: string): Occurrence[] {
  const horizon = isBounded(s) ? '9999-12-31' : fillHorizon(s.startOn, today, s.monthsAhead);
  return expandSeries(s, zone, horizon);
}

async function withPosts(tx: Tx, id: string): Promise<SeriesWithPosts> {
  const series = await tx.series.find(id);
  if (!series) throw new ApiError('not_found', 'That series no longer exists.');
  const posts = (await tx.series.posts(id)).filter((o) => !o.post.deletedAt).map((o) => o.post);
  return { series, posts };
}

async function context(tx: Tx) {
  const { timezone } = await tx.settings.get();
  return { zone: timezone, today: todayIn(timezone) };
}

/**
 * Brings the series' posts in line with its rule and fields: occurrences still in the rule get
 * the `changed` fields (published, skipped and trashed ones are left alone; a detached one
 * keeps its time), unpublished ones the rule no longer has go to the trash, and days the rule
 * has but no post yet get one. Answers how many posts it created.
 */
async function regenerate(
  tx: Tx,
  series: SeriesRecord,
  changed: Changed,
  platforms?: PlatformId[],
): Promise<number> {
  const { zone, today } = await context(tx);
  const wanted = occurrencesOf(series, zone, today);
  const byDate = new Map(wanted.map((o) => [o.date, o]));
  const existing = await tx.series.posts(series.id);
  const timing = changed.has('time') || changed.has('rule') || changed.has('startOn');
  for (const o of existing) {
    if (o.post.deletedAt) continue;
    const hit = byDate.get(o.occurrenceOn);
    if (!hit) {
      if (o.post.status !== 'published') {
        await tx.posts.setDeleted(o.post.id, true);
        await tx.series.link(o.post.id, null, null);
      }
      continue;
    }
    if (o.post.status === 'published' || o.post.status === 'skipped') continue;
    const next = postFieldsOf(o.post);
    if (changed.has('title')) next.title = series.title;
    if (changed.has('category')) next.category = series.category;
    if (changed.has('caption')) next.caption = series.caption;
    if (timing && !o.detached) next.scheduledAt = hit.scheduledAt;
    if (changed.has('ownerIds')) next.ownerId = rotate(series.ownerIds, hit.index);
    if (changed.has('featuredStaffIds')) {
      const person = rotate(series.featuredStaffIds, hit.index);
      next.featuredStaffIds = person ? [person] : [];
    }
    const changes = changedFields(postFieldsOf(o.post), next);
    if (Object.keys(changes).length > 0) {
      const saved = await tx.posts.update(o.post.id, o.post.version, changes);
      if (!saved) throw new ApiError('conflict', STALE);
    }
  }
  const have = new Set(existing.map((o) => o.occurrenceOn));
  const lastPlatforms =
    platforms ?? existing.filter((o) => !o.post.deletedAt).at(-1)?.post.platforms ?? [];
  let created = 0;
  for (const occ of wanted) {
    if (have.has(occ.date)) continue;
    const person = rotate(series.featuredStaffIds, occ.index);
    const post = await tx.posts.insert(
      newPost({
        title: series.title,
        category: series.category,
        status: 'draft',
        scheduledAt: occ.scheduledAt,
        ownerId: rotate(series.ownerIds, occ.index),
        caption: series.caption,
        platforms: lastPlatforms,
        featuredStaffIds: person ? [person] : [],
      }),
    );
    await tx.series.link(post.id, series.id, occ.date);
    created += 1;
  }
  return created;
}

async function checkFields(tx: Tx, fields: Partial<SeriesFields>): Promise<void> {
  if (fields.ownerIds) await activePeople(tx, fields.ownerIds, 'ownerIds');
  if (fields.featuredStaffIds) await activePeople(tx, fields.featuredStaffIds, 'featuredStaffIds');
}

async function occurrenceAt(tx: Tx, seriesId: string, date: string) {
  const found = (await tx.series.posts(seriesId)).find(
    (o) => o.occurrenceOn === date && !o.post.deletedAt,
  );
  if (!found) {
    throw new ApiError('invalid_input', 'This series has no post on that day.', {
      from: 'No occurrence on this date',
    });
  }
  return found;
}

/** Splits `series` at `from`: it ends the day before; a new series carries on from `from`. */
async function split(tx: Tx, series: SeriesRecord, from: string, patch: Partial<SeriesFields>) {
  const { zone, today } = await context(tx);
  const before = occurrencesOf(series, zone, today).filter((o) => o.date < from).length;
  const total = occurrencesOf(series, zone, today).length;
  const counted = /(^|;)COUNT=/i.test(series.rule);
  const ended = await tx.series.update(series.id, series.version, {
    rule: withoutEnd(series.rule),
    endOn: dayBefore(from),
  });
  if (!ended) throw new ApiError('conflict', STALE);
  const carried: SeriesFields = {
    ...fieldsOf(series),
    startOn: from,
    rule: counted ? withCount(series.rule, Math.max(1, total - before)) : series.rule,
    ...patch,
  };
  const later = await tx.series.insert(carried);
  for (const o of await tx.series.posts(series.id)) {
    if (o.occurrenceOn >= from)
      await tx.series.link(o.post.id, later.id, o.occurrenceOn, o.detached);
  }
  return later;
}

async function firstDate(tx: Tx, series: SeriesRecord): Promise<string> {
  const { zone, today } = await context(tx);
  return occurrencesOf(series, zone, today)[0]?.date ?? series.startOn;
}

type Patch = Partial<SeriesFields>;

async function updateThis(tx: Tx, series: SeriesRecord, from: string, patch: Patch) {
  for (const key of ['rule', 'startOn', 'endOn', 'monthsAhead'] as const) {
    if (patch[key] !== undefined) {
      throw new ApiError(
        'invalid_input',
        'A change to the rule applies to this and following, or all.',
        {
          [key]: 'Not for a single occurrence',
        },
      );
    }
  }
  const o = await occurrenceAt(tx, series.id, from);
  const { zone } = await context(tx);
  const next = postFieldsOf(o.post);
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.category !== undefined) next.category = patch.category;
  if (patch.caption !== undefined) next.caption = patch.caption;
  if (patch.ownerIds !== undefined) next.ownerId = patch.ownerIds[0] ?? null;
  if (patch.featuredStaffIds !== undefined)
    next.featuredStaffIds = patch.featuredStaffIds.slice(0, 1);
  if (patch.time !== undefined) next.scheduledAt = localInstant(from, patch.time, zone);
  const changes = changedFields(postFieldsOf(o.post), next);
  const saved = await tx.posts.update(o.post.id, o.post.version, changes);
  if (!saved) throw new ApiError('conflict', STALE);
  if (patch.time !== undefined) await tx.series.detach(o.post.id);
}

export const seriesHandlers: AreaHandlers<
  | 'series.list'
  | 'series.create'
  | 'series.get'
  | 'series.update'
  | 'series.delete'
  | 'series.topUp'
> = {
  'series.list': (tx) => tx.series.list(),
  'series.create': async (tx, { platforms, ...fields }) => {
    await checkFields(tx, fields);
    const series = await tx.series.insert(fields);
    const created = await regenerate(tx, series, ALL, platforms);
    if (created === 0) {
      throw new ApiError('invalid_input', 'This rule has no dates from the start day on.', {
        rule: 'No occurrences',
      });
    }
    return withPosts(tx, series.id);
  },
  'series.get': (tx, { id }) => withPosts(tx, id),
  'series.update': async (tx, { id, version, scope, from, ...patch }) => {
    const series = await tx.series.find(id);
    if (!series) throw new ApiError('not_found', 'That series no longer exists.');
    if (series.version !== version) throw new ApiError('conflict', STALE);
    await checkFields(tx, patch);
    // A field sent as it already is (the same rule, the same owners) is not a change: it must
    // not re-count a split series or re-rotate owners someone set by hand.
    const changes = changedFields<SeriesFields>(series, patch);
    const changed = new Set(Object.keys(changes) as (keyof SeriesFields)[]);
    if (scope === 'this') {
      await updateThis(tx, series, from!, changes);
      return withPosts(tx, series.id);
    }
    let target: SeriesRecord;
    if (scope === 'following' && from! > (await firstDate(tx, series))) {
      target = await split(tx, series, from!, changes);
      if (changed.size === 0) return withPosts(tx, target.id);
    } else {
      const saved = await tx.series.update(id, version, changes);
      if (!saved) throw new ApiError('conflict', STALE);
      target = saved;
    }
    await regenerate(tx, target, changed);
    return withPosts(tx, target.id);
  },
  'series.delete': async (tx, { id, scope, from }) => {
    const series = await tx.series.find(id);
    if (!series) throw new ApiError('not_found', 'That series no longer exists.');
    if (scope === 'this') {
      const o = await occurrenceAt(tx, id, from!);
      await tx.posts.setDeleted(o.post.id, true);
      return { removed: 1 };
    }
    const all = scope === 'all' || from! <= (await firstDate(tx, series));
    let removed = 0;
    for (const o of await tx.series.posts(id)) {
      if (o.post.deletedAt || o.post.status === 'published') continue;
      if (!all && o.occurrenceOn < from!) continue;
      await tx.posts.setDeleted(o.post.id, true);
      removed += 1;
    }
    if (all) await tx.series.delete(id);
    else {
      const saved = await tx.series.update(id, series.version, {
        rule: withoutEnd(series.rule),
        endOn: dayBefore(from!),
      });
      if (!saved) throw new ApiError('conflict', STALE);
    }
    return { removed };
  },
  'series.topUp': async (tx) => {
    let created = 0;
    for (const series of await tx.series.list()) {
      if (!isBounded(series)) created += await regenerate(tx, series, new Set());
    }
    return { created };
  },
};

export type { Post, Series, SeriesScope };
