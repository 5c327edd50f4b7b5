// Team rhythm's data: moments (birthdays, anniversaries) per range and coming up, spotlight
// standings and "Fill spotlights", series, the content mix, prompts, hashtag groups and the
// rhythm settings. Changes that make or move many posts reload the posts everywhere.
import { nowIso, todayIn } from '../../shared/clock';
import { useEffect } from 'react';
import { create } from 'zustand';
import type { ChannelInput, Post } from '../../shared/contract';
import type {
  HashtagGroupOut,
  MixReportOut,
  MomentOut,
  Prompt,
  RhythmSettings,
  SeriesWithPosts,
} from '../../shared/channels/rhythm';
import { notify } from '../state/notices';
import { api } from './client';
import type { Outcome } from './errors';
import { mutate } from './mutate';
import { receivePost, reloadPosts, usePostsStore, type Range } from './posts';
import { defineQuery } from './query';
import { useStaffStore } from './staff';

// ---- Moments ---------------------------------------------------------------------------------

interface MomentsState {
  byRange: Record<string, MomentOut[]>;
}
const useMomentsStore = create<MomentsState>()(() => ({ byRange: {} }));
const key = (r: Range) => `${r.from}|${r.to}`;
const NONE: MomentOut[] = [];

/** Birthdays and anniversaries dated in the range (loaded on first use). */
export function useMomentsInRange(range: Range): MomentOut[] {
  const k = key(range);
  const found = useMomentsStore((s) => s.byRange[k]);
  useEffect(() => {
    if (found) return;
    let live = true;
    api('moments.listRange', range)
      .then((list) => {
        if (live) useMomentsStore.setState((s) => ({ byRange: { ...s.byRange, [k]: list } }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [k, found, range]);
  return found ?? NONE;
}

/** Staff changed (a birthday, a start date, "celebrate publicly"): read moments again. */
export function forgetMoments(): void {
  useMomentsStore.setState({ byRange: {} });
  comingUpQuery.invalidate();
  spotlightQuery.invalidate();
}

/** The next 30 days of moments. */
export const comingUpQuery = defineQuery(() => api('moments.comingUp', { today: todayIn() }));

export async function planMomentPost(
  input: ChannelInput<'moments.planPost'>,
): Promise<Post | null> {
  const outcome = await mutate(async () => receivePost(await api('moments.planPost', input)));
  if (outcome.ok) notify(`Planned “${outcome.data.title}” as a draft.`);
  return outcome.ok ? outcome.data : null;
}

// ---- Spotlights ------------------------------------------------------------------------------

export const spotlightQuery = defineQuery(() => api('spotlight.suggest', { from: nowIso() }));

export type FillInput = ChannelInput<'spotlight.fill'>;

export function previewSpotlights(input: FillInput) {
  return mutate(() => api('spotlight.fillPreview', input), {
    fieldsShown: ['from', 'to', 'weekday', 'time'],
  });
}

export async function fillSpotlights(input: FillInput): Promise<Outcome<Post[]>> {
  const outcome = await mutate(() => api('spotlight.fill', input));
  if (outcome.ok) {
    outcome.data.forEach(receivePost);
    spotlightQuery.invalidate();
    mixQuery.invalidate();
    notify(`Created ${outcome.data.length} spotlight drafts.`);
  }
  return outcome;
}

// ---- Series ----------------------------------------------------------------------------------

const SERIES_FIELDS = [
  'title',
  'category',
  'startOn',
  'time',
  'rule',
  'endOn',
  'monthsAhead',
  'ownerIds',
  'featuredStaffIds',
  'caption',
  'from',
];

function seriesChanged(result: SeriesWithPosts): SeriesWithPosts {
  reloadPosts();
  spotlightQuery.invalidate();
  mixQuery.invalidate();
  return result;
}

export function createSeries(input: ChannelInput<'series.create'>) {
  return mutate(async () => seriesChanged(await api('series.create', input)), {
    fieldsShown: SERIES_FIELDS,
  });
}

export function getSeries(id: string) {
  return mutate(() => api('series.get', { id }));
}

export function updateSeries(input: ChannelInput<'series.update'>) {
  return mutate(async () => seriesChanged(await api('series.update', input)), {
    fieldsShown: SERIES_FIELDS,
  });
}

export async function deleteSeries(input: ChannelInput<'series.delete'>) {
  const outcome = await mutate(() => api('series.delete', input));
  if (outcome.ok) {
    reloadPosts();
    notify(`Moved ${outcome.data.removed} posts of the series to the trash.`);
  }
  return outcome;
}

/** Keeps open-ended series filled ahead (run once when the app opens). */
export async function topUpSeries(): Promise<void> {
  const outcome = await mutate(() => api('series.topUp', {}));
  if (outcome.ok && outcome.data.created > 0) reloadPosts();
}

// ---- Mix -------------------------------------------------------------------------------------

interface MixState {
  range: Range | null;
}
const useMixRange = create<MixState>()(() => ({ range: null }));
export const mixQuery = defineQuery<MixReportOut | null>(async () => {
  const range = useMixRange.getState().range;
  return range ? api('mix.report', range) : null;
});

/** The content mix of the range on screen. */
export function useMix(range: Range) {
  useEffect(() => {
    const now = useMixRange.getState().range;
    if (!now || key(now) !== key(range)) {
      useMixRange.setState({ range });
      mixQuery.invalidate();
    }
  }, [range]);
  return mixQuery.use();
}

// ---- Prompts, hashtag groups -----------------------------------------------------------------

export const promptsQuery = defineQuery<Prompt[]>(() => api('prompts.list', {}));
/** Every prompt, hidden ones too (to manage the practice's own). */
export const ownPromptsQuery = defineQuery<Prompt[]>(() =>
  api('prompts.list', { includeHidden: true }),
);

export async function addPrompt(input: ChannelInput<'prompts.create'>) {
  const outcome = await mutate(() => api('prompts.create', input));
  if (outcome.ok) {
    promptsQuery.invalidate();
    ownPromptsQuery.invalidate();
  }
  return outcome;
}

export async function changePrompt(input: ChannelInput<'prompts.update'>) {
  const outcome = await mutate(() => api('prompts.update', input));
  if (outcome.ok) {
    promptsQuery.invalidate();
    ownPromptsQuery.invalidate();
  }
  return outcome;
}

export const hashtagGroupsQuery = defineQuery<HashtagGroupOut[]>(() =>
  api('hashtagGroups.list', {}),
);

export async function saveHashtagGroup(
  input: ChannelInput<'hashtagGroups.create'>,
): Promise<Outcome<HashtagGroupOut>> {
  const outcome = await mutate(() => api('hashtagGroups.create', input), {
    fieldsShown: ['name', 'hashtags'],
  });
  if (outcome.ok) hashtagGroupsQuery.invalidate();
  return outcome;
}

export async function removeHashtagGroup(id: string) {
  const outcome = await mutate(() => api('hashtagGroups.delete', { id }));
  if (outcome.ok) hashtagGroupsQuery.invalidate();
  return outcome;
}

// ---- Rhythm settings -------------------------------------------------------------------------

export const rhythmSettingsQuery = defineQuery<RhythmSettings>(() => api('rhythm.getSettings', {}));

export async function saveRhythmSettings(
  patch: Omit<ChannelInput<'rhythm.updateSettings'>, 'version'>,
) {
  const version = rhythmSettingsQuery.store.getState().data?.version ?? 1;
  const outcome = await mutate(() => api('rhythm.updateSettings', { ...patch, version }), {
    fieldsShown: ['spotlightWeeks', 'instagramHashtagLimit', 'mixTargets'],
  });
  if (outcome.ok) {
    rhythmSettingsQuery.store.setState({ data: outcome.data, status: 'ready' });
    mixQuery.invalidate();
    spotlightQuery.invalidate();
  }
  return outcome;
}

// ---- Keeping in step -------------------------------------------------------------------------

// A person's birthday, start date or "celebrate publicly" changed: moments are read again.
useStaffStore.subscribe((s, before) => {
  if (s.list !== before.list) forgetMoments();
});
// Posts changed (made, moved, deleted): the mix and the spotlight standings may have too.
usePostsStore.subscribe((s, before) => {
  if (s.dated !== before.dated) {
    mixQuery.invalidate();
    spotlightQuery.invalidate();
  }
});
