import { now } from '../../shared/clock';
import { DateTime } from 'luxon';
import { ApiError } from '../../shared/envelope';
import { composedCaptionFor } from '../../shared/captions';
import {
  chosenPosts,
  handoffFiles,
  type HandoffOptions,
  type HandoffResult,
  type HandoffTool,
} from '../../shared/handoff';
import { planOf } from '../store/plan-file';
import type { Tx } from '../store/store';
import { throughExitGate } from './consent-gate';
import { buildIcs } from './ics';
import { rhythmSettings } from './rhythm-common';
import type { AreaHandlers } from './types';

/** `YYYY-MM-DD`: the range's first day in the practice's zone, for file names. */
function dayLabel(from: string, zone: string): string {
  return DateTime.fromISO(from, { zone: 'utc' }).setZone(zone).toFormat('yyyy-MM-dd');
}

/** A tool's file(s): the range's posts for the platform and statuses, through the exit gate. */
async function toolExport(
  tx: Tx,
  tool: HandoffTool,
  input: Pick<HandoffOptions, 'platform' | 'statuses'> & {
    from: string;
    to: string;
    preview: boolean;
  },
): Promise<HandoffResult> {
  const { timezone } = await tx.settings.get();
  const posts = chosenPosts(await tx.posts.listRange(input.from, input.to), input);
  return handoffFiles(tool, await throughExitGate(tx, posts), {
    platform: input.platform,
    statuses: input.statuses,
    zone: timezone,
    label: dayLabel(input.from, timezone),
    now: now(),
    instagramHashtagLimit: (await rhythmSettings(tx)).instagramHashtagLimit,
    preview: input.preview,
  });
}

export const handoffHandlers: AreaHandlers<
  'export.json' | 'export.bufferCsv' | 'export.hootsuiteCsv' | 'export.ics' | 'export.caption'
> = {
  'export.json': (tx) => planOf(tx),

  'export.bufferCsv': (tx, input) => toolExport(tx, 'buffer', input),

  'export.hootsuiteCsv': (tx, input) => toolExport(tx, 'hootsuite', input),

  'export.ics': async (tx, { from, to, ownerId, preview }) => {
    const settings = await tx.settings.get();
    const staff = await tx.staff.list(true);
    const owner = ownerId === undefined ? undefined : staff.find((s) => s.id === ownerId);
    if (ownerId !== undefined && !owner) {
      throw new ApiError('invalid_input', 'That person is not on the staff list.', {
        ownerId: 'No staff member with this id',
      });
    }
    const posts = (await tx.posts.listRange(from, to)).filter(
      (p) => !owner || p.ownerId === owner.id,
    );
    const who = owner ? owner.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') : 'everyone';
    const calendar = buildIcs(await throughExitGate(tx, posts), staff, settings, owner);
    return {
      name: `rapport-${who}-${dayLabel(from, settings.timezone)}.ics`,
      text: preview ? '' : calendar.text,
      events: calendar.events,
      skipped: calendar.skipped,
    };
  },

  'export.caption': async (tx, { postId, platform }) => {
    const post = await tx.posts.find(postId);
    if (!post || post.deletedAt) throw new ApiError('not_found', 'That post no longer exists.');
    const [held] = (await throughExitGate(tx, [post])).held;
    if (held) throw new ApiError('invalid_input', `Not copied. ${held.reason}`);
    return { text: composedCaptionFor(post, platform) };
  },
};
