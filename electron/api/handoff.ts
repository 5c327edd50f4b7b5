import { existsSync } from 'node:fs';
import { now } from '../../shared/clock';
import { newPost } from './rhythm-common';
import { DateTime } from 'luxon';
import { contract, postCreateInput } from '../../shared/contract';
import {
  ideaRows,
  mappingProblems,
  readCsv,
  spreadEvenly,
  type IdeaRow,
} from '../../shared/csv-ideas';
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

/** Any rule the contract's create schema holds that the row check did not name. */
function contractProblems(row: IdeaRow): string[] {
  const parsed = postCreateInput.safeParse({
    title: row.title,
    category: row.category,
    caption: row.caption,
    scheduledAt: row.scheduledAt,
    ownerId: row.ownerId,
    platforms: row.platforms,
  });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

export const handoffHandlers: AreaHandlers<
  | 'export.json'
  | 'import.json'
  | 'import.ideasCsv'
  | 'export.bufferCsv'
  | 'export.hootsuiteCsv'
  | 'export.ics'
  | 'export.caption'
> = {
  'export.json': (tx) => planOf(tx),

  'import.json': async (tx, { plan }, { media: files }) => {
    const parsed = contract['export.json'].output.safeParse(plan);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        fields[['plan', ...issue.path].join('.')] ??= issue.message;
      }
      const first = parsed.error.issues[0]!;
      throw new ApiError(
        'invalid_input',
        `This file cannot be imported (${['plan', ...first.path].join('.')}: ${first.message}). ` +
          'Nothing was imported.',
        fields,
      );
    }
    if (!(await tx.transfer.isEmpty())) {
      throw new ApiError(
        'invalid_input',
        'A whole plan can only be imported into an empty planner. Nothing was imported.',
        { plan: 'The planner already has staff or posts' },
      );
    }
    const { settings, staff, posts, ...extras } = parsed.data;
    await tx.transfer.restoreSettings(settings);
    await tx.transfer.restoreStaff(staff);
    await tx.transfer.restoreExtras(extras);
    await tx.transfer.restorePosts(posts);
    // The files are referenced, not carried: count those this planner's media folder lacks.
    const missing = extras.media.filter((m) => !existsSync(files.storedPath(m.sha256, m.mime)));
    return {
      staff: staff.length,
      posts: posts.length,
      series: extras.series.length,
      consents: extras.consents.length,
      media: extras.media.length,
      mediaMissing: missing.length,
    };
  },

  'import.ideasCsv': async (tx, { text, mapping, preview, spread }) => {
    const table = readCsv(text);
    if (table.problems.length > 0) {
      throw new ApiError('invalid_input', `${table.problems.join(' ')} Nothing was imported.`, {
        text: table.problems[0]!,
      });
    }
    const badMapping = mappingProblems(mapping, table.headers);
    if (Object.keys(badMapping).length > 0) {
      throw new ApiError(
        'invalid_input',
        `Please check the columns: ${Object.values(badMapping).join('; ')}.`,
        badMapping,
      );
    }
    const settings = await tx.settings.get();
    const context = {
      staff: await tx.staff.list(true),
      zone: settings.timezone,
      defaultTime: settings.defaultPostTime,
    };
    let rows = ideaRows(table, mapping, context);
    if (spread)
      rows = spreadEvenly(rows, spread.from, spread.to, context.zone, context.defaultTime);
    rows = rows.map((row) =>
      row.problems.length > 0 ? row : { ...row, problems: contractProblems(row) },
    );
    const problems = rows.filter((r) => r.problems.length > 0).length;
    const result = { headers: table.headers, rows, problems, imported: 0 };
    if (preview) return result;
    if (rows.length === 0) {
      throw new ApiError('invalid_input', 'The file has no rows to import.', {
        text: 'No rows under the header',
      });
    }
    if (problems > 0) {
      const lines = rows.filter((r) => r.problems.length > 0).map((r) => r.line);
      throw new ApiError(
        'invalid_input',
        `${problems} of ${rows.length} rows have problems (line ${lines.slice(0, 5).join(', ')}` +
          `${lines.length > 5 ? ', …' : ''}), so nothing was imported. Fix them and try again.`,
        { rows: `Problems on line ${lines.join(', ')}` },
      );
    }
    for (const row of rows) {
      await tx.posts.insert(
        newPost({
          title: row.title,
          category: row.category,
          status: 'idea',
          scheduledAt: row.scheduledAt,
          ownerId: row.ownerId,
          caption: row.caption,
          platforms: row.platforms,
        }),
      );
    }
    return { ...result, imported: rows.length };
  },

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
