// Team rhythm handlers: celebrations, spotlight rotation, voice check, content mix, prompts,
// hashtag groups and the rhythm settings. Rules are in shared/rhythm/; SQL in the store.
import { nowIso } from '../../shared/clock';
import type { Post } from '../../shared/contract';
import type { Prompt } from '../../shared/channels/rhythm';
import { ApiError } from '../../shared/envelope';
import { mixReport } from '../../shared/rhythm/mix';
import {
  celebrationDay,
  celebrationTitle,
  comingUp,
  localDateSpan,
  momentsBetween,
} from '../../shared/rhythm/moments';
import { fillPrompt, nextPrompt } from '../../shared/rhythm/prompts';
import { localInstant } from '../../shared/rhythm/series';
import { planSpotlights, spotlightOrder } from '../../shared/rhythm/spotlight';
import { checkVoice } from '../../shared/rhythm/voice';
import { toLocalParts } from '../../shared/time';
import type { CustomPrompt, Tx } from '../store/store';
import { activePeople, BUILT_IN_PROMPTS, newPost, rhythmSettings } from './rhythm-common';
import type { AreaHandlers } from './types';

const toPrompt = (p: CustomPrompt): Prompt => ({ ...p, occasion: null, builtIn: false });

async function standings(tx: Tx, now: string) {
  const [staff, posts, settings] = await Promise.all([
    tx.staff.list(false),
    tx.spotlights.posts('staff_spotlight'),
    rhythmSettings(tx),
  ]);
  return spotlightOrder(staff, posts, now, settings.spotlightWeeks);
}

async function fillPlan(
  tx: Tx,
  input: { from: string; to: string; weekday: number; time: string },
) {
  const { timezone: zone } = await tx.settings.get();
  const order = await standings(tx, nowIso());
  const staff = await tx.staff.list(false);
  const existing = await tx.spotlights.posts('staff_spotlight');
  const [first, last] = [input.from, input.to];
  const takenDays = new Set(
    existing
      .filter((p) => p.status !== 'skipped' && p.scheduledAt)
      .map((p) => toLocalParts(p.scheduledAt, zone).date)
      .filter((d) => d >= first && d <= last),
  );
  return planSpotlights({
    ...input,
    zone,
    order,
    owners: staff.map((s) => s.id),
    takenDays,
  });
}

const STALE = (what: string) =>
  `This ${what} was changed in another window since you opened it. Nothing was saved; ` +
  'look at it as it is now and make your change again.';

export const rhythmHandlers: AreaHandlers<
  | 'moments.listRange'
  | 'moments.comingUp'
  | 'moments.planPost'
  | 'spotlight.suggest'
  | 'spotlight.fillPreview'
  | 'spotlight.fill'
  | 'voice.check'
  | 'mix.report'
  | 'prompts.list'
  | 'prompts.create'
  | 'prompts.update'
  | 'hashtagGroups.list'
  | 'hashtagGroups.create'
  | 'hashtagGroups.update'
  | 'hashtagGroups.delete'
  | 'rhythm.getSettings'
  | 'rhythm.updateSettings'
> = {
  'moments.listRange': async (tx, { from, to }) => {
    const { timezone } = await tx.settings.get();
    const [first, last] = localDateSpan(from, to, timezone);
    return momentsBetween(await tx.staff.list(false), first, last);
  },
  'moments.comingUp': async (tx, { today, days }) =>
    comingUp(await tx.staff.list(false), today, days),
  'moments.planPost': async (tx, input, ctx) => {
    const person = await tx.staff.find(input.staffId);
    if (!person || !person.active) {
      throw new ApiError('invalid_input', 'That person is not on the active staff list.', {
        staffId: 'No active staff member with this id',
      });
    }
    if (input.kind === 'birthday' && !person.celebratePublicly) {
      throw new ApiError(
        'invalid_input',
        `${person.name} prefers their birthday not to be celebrated publicly.`,
        { staffId: 'Asked not to be celebrated publicly' },
      );
    }
    const moment = momentsBetween([person], input.date, input.date).find(
      (m) => m.kind === input.kind,
    );
    if (!moment) {
      throw new ApiError('invalid_input', `${person.name} has no ${input.kind} on that day.`, {
        date: `Not ${person.name}’s ${input.kind}`,
      });
    }
    const settings = await tx.settings.get();
    let ownerId = input.ownerId;
    if (ownerId === undefined) {
      const me = (await ctx.prefs.read()).meStaffId;
      const meStaff = me ? await tx.staff.find(me) : undefined;
      ownerId = meStaff?.active ? meStaff.id : null;
    }
    if (ownerId) await activePeople(tx, [ownerId], 'ownerId');
    const prompt = nextPrompt(
      BUILT_IN_PROMPTS,
      { category: 'celebration', occasion: input.kind, funFact: person.funFact },
      null,
    );
    const day = celebrationDay(moment, input.daysBefore);
    return tx.posts.insert(
      newPost({
        title: celebrationTitle(moment),
        category: 'celebration',
        status: 'draft',
        scheduledAt: localInstant(day, settings.defaultPostTime, settings.timezone),
        ownerId,
        caption: prompt ? fillPrompt(prompt.text, person.name, person.funFact) : '',
        featuredStaffIds: [person.id],
      }),
    );
  },

  'spotlight.suggest': (tx, { from }) => standings(tx, from),
  'spotlight.fillPreview': (tx, input) => fillPlan(tx, input),
  'spotlight.fill': async (tx, input) => {
    const plan = await fillPlan(tx, input);
    const created: Post[] = [];
    for (const [i, item] of plan.entries()) {
      const funFact = (await tx.staff.find(item.staffId))?.funFact ?? '';
      const prompt = nextPrompt(
        BUILT_IN_PROMPTS,
        { category: 'staff_spotlight', funFact },
        null,
        i,
      );
      created.push(
        await tx.posts.insert(
          newPost({
            title: `Staff spotlight: ${item.name}`,
            category: 'staff_spotlight',
            status: 'draft',
            scheduledAt: item.scheduledAt,
            ownerId: item.ownerId,
            caption: prompt ? fillPrompt(prompt.text, item.name, funFact) : '',
            featuredStaffIds: [item.staffId],
          }),
        ),
      );
    }
    return created;
  },

  'voice.check': (_tx, { text }) => Promise.resolve(checkVoice(text)),
  'mix.report': async (tx, { from, to }) => {
    const [posts, settings] = await Promise.all([tx.posts.listRange(from, to), rhythmSettings(tx)]);
    return mixReport(posts, settings.mixTargets as Parameters<typeof mixReport>[1]);
  },

  'prompts.list': async (tx, { includeHidden }) => {
    const own = (await tx.prompts.list()).map(toPrompt);
    const builtIn: Prompt[] = BUILT_IN_PROMPTS.map((p) => ({
      id: p.id,
      category: p.category,
      text: p.text,
      hidden: false,
      occasion: p.occasion ?? null,
      builtIn: true,
      version: 1,
    }));
    return [...builtIn, ...own].filter((p) => includeHidden || !p.hidden);
  },
  'prompts.create': async (tx, { category, text }) =>
    toPrompt(await tx.prompts.insert(category, text)),
  'prompts.update': async (tx, { id, version, ...patch }) => {
    const current = await tx.prompts.find(id);
    if (!current) throw new ApiError('not_found', 'That prompt no longer exists.');
    if (current.version !== version) throw new ApiError('conflict', STALE('prompt'));
    const saved = await tx.prompts.update(id, version, { ...current, ...patch });
    if (!saved) throw new ApiError('conflict', STALE('prompt'));
    return toPrompt(saved);
  },

  'hashtagGroups.list': (tx) => tx.hashtagGroups.list(),
  'hashtagGroups.create': async (tx, { name, hashtags }) => {
    if (await tx.hashtagGroups.findByName(name)) {
      throw new ApiError('invalid_input', `There is already a group called “${name}”.`, {
        name: 'Another group has this name',
      });
    }
    return tx.hashtagGroups.insert(name, [...new Set(hashtags)]);
  },
  'hashtagGroups.update': async (tx, { id, version, ...patch }) => {
    const current = await tx.hashtagGroups.find(id);
    if (!current) throw new ApiError('not_found', 'That hashtag group no longer exists.');
    if (current.version !== version) throw new ApiError('conflict', STALE('hashtag group'));
    const name = patch.name ?? current.name;
    const clash = await tx.hashtagGroups.findByName(name);
    if (clash && clash.id !== id) {
      throw new ApiError('invalid_input', `There is already a group called “${name}”.`, {
        name: 'Another group has this name',
      });
    }
    const hashtags = [...new Set(patch.hashtags ?? current.hashtags)];
    const saved = await tx.hashtagGroups.update(id, version, name, hashtags);
    if (!saved) throw new ApiError('conflict', STALE('hashtag group'));
    return saved;
  },
  'hashtagGroups.delete': async (tx, { id }) => ({ removed: await tx.hashtagGroups.delete(id) }),

  'rhythm.getSettings': (tx) => rhythmSettings(tx),
  'rhythm.updateSettings': async (tx, { version, ...patch }) => {
    const current = await tx.rhythm.get();
    if (current.version !== version) throw new ApiError('conflict', STALE('setting'));
    const saved = await tx.rhythm.update(version, {
      spotlightWeeks: patch.spotlightWeeks ?? current.spotlightWeeks,
      instagramHashtagLimit: patch.instagramHashtagLimit ?? current.instagramHashtagLimit,
      mixTargets: patch.mixTargets ?? current.mixTargets,
    });
    if (!saved) throw new ApiError('conflict', STALE('setting'));
    return rhythmSettings(tx);
  },
};
