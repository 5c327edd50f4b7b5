// Hand-off files for the tools that publish: Buffer's bulk-upload CSV and Hootsuite's Bulk
// Composer CSV. Posts reach them only through the exit gate (`exitGate`: patient consent,
// whatever the status), and what each tool would refuse for each platform is one table
// (`handoffRule`: HANDOFF_RULES plus the platform's own limits), so one edit fixes one. A post
// left out is listed with the reasons, the same list a preview shows before any file is made.
import { now } from './clock';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import type { Post } from './contract';
import { captionChecks, composedCaptionFor } from './captions';
import { gateMessage } from './consent';
import { checkMediaFor, MEDIA_RULES } from './media-rules';
import { PLATFORMS, type PlatformId } from './platforms';
import { DEFAULT_INSTAGRAM_HASHTAG_LIMIT, hashtagFindings } from './rhythm/hashtags';
import { CATEGORIES, type StatusId } from './vocabulary';

export const HANDOFF_RULES = {
  buffer: {
    label: 'Buffer',
    /** Exactly this header row. */
    header: ['Text', 'Image URL', 'Tags', 'Posting Time'],
    /** 24-hour, in the practice's time zone. */
    timeFormat: 'yyyy-MM-dd HH:mm',
    /** Posts per file; more are split into further files. */
    maxRows: 100,
    /** Any minute of the hour. */
    minuteStep: 1,
    /** Buffer schedules only times still ahead. */
    minLeadMinutes: 0,
    /** The same text twice is taken. */
    uniqueText: false,
    /** Every field quoted; one channel (platform) per file; UTF-8; no blank rows. */
    quoteAll: true,
  },
  hootsuite: {
    label: 'Hootsuite',
    /** No header: date/time, message, link (optional), by position. */
    header: null,
    /** The date format chosen at upload; this is the common one. */
    timeFormat: 'MM/dd/yyyy HH:mm',
    maxRows: 350,
    /** Minutes must end in 0 or 5. */
    minuteStep: 5,
    /** Each post at least this many minutes in the future when exported. */
    minLeadMinutes: 10,
    /** Hootsuite refuses a message it already has. */
    uniqueText: true,
    quoteAll: true,
  },
} as const;

export const DEFAULT_EXPORT_STATUSES: readonly StatusId[] = ['approved'];

export type HandoffTool = keyof typeof HANDOFF_RULES;

/** One cell of the tool × platform table: what `tool` would refuse for a post to `platform`. */
export interface HandoffRule {
  tool: HandoffTool;
  platform: PlatformId;
  /** As the platform counts (platforms.ts, counted by captions.ts); null = no caption limit. */
  captionLimit: number | null;
  /** The platform needs a photo or video (media-rules.ts). */
  needsMedia: boolean;
  minuteStep: number;
  minLeadMinutes: number;
  uniqueText: boolean;
}

/** The tool × platform table, read from the tool's rules and the platform's own limits. */
export function handoffRule(tool: HandoffTool, platform: PlatformId): HandoffRule {
  const { minuteStep, minLeadMinutes, uniqueText } = HANDOFF_RULES[tool];
  return {
    tool,
    platform,
    captionLimit: PLATFORMS[platform].captionLimit,
    needsMedia: MEDIA_RULES[platform].needsMedia,
    minuteStep,
    minLeadMinutes,
    uniqueText,
  };
}

export interface HandoffFile {
  name: string;
  text: string;
  rows: number;
}

export interface SkippedPost {
  postId: string;
  title: string;
  scheduledAt: string | null;
  reason: string;
}

/** A post that goes into the file. */
export interface HandoffRow {
  postId: string;
  title: string;
  scheduledAt: string;
}

export interface HandoffResult {
  /** Empty for a preview. */
  files: HandoffFile[];
  rows: HandoffRow[];
  /** Left out, each with the reasons, by time. */
  skipped: SkippedPost[];
}

declare const throughTheGate: unique symbol;

/**
 * Posts split by the exit gate. Only `exitGate` makes one, and every writer of an export takes
 * one, so a new export cannot skip the gate by accident.
 */
export interface GatedPosts {
  readonly passed: readonly Post[];
  /** Held back, with the gate's reason: no words or media of theirs may leave. */
  readonly held: readonly { post: Post; reason: string }[];
  readonly [throughTheGate]: true;
}

/**
 * The exit gate every export builds its posts through (the handlers call it as
 * `throughExitGate` in electron/api/consent-gate.ts): a post with consent problems is held,
 * whatever its status, with the reason.
 */
export function exitGate(
  posts: readonly Post[],
  problemsOf: (post: Post) => readonly string[],
): GatedPosts {
  const passed: Post[] = [];
  const held: { post: Post; reason: string }[] = [];
  for (const post of posts) {
    const problems = problemsOf(post);
    if (problems.length === 0) passed.push(post);
    else held.push({ post, reason: gateMessage(problems) });
  }
  return { passed, held } as unknown as GatedPosts;
}

export interface HandoffOptions {
  platform: PlatformId;
  /** The practice's IANA time zone: times are written as its wall clock. */
  zone: string;
  statuses: readonly StatusId[];
  /** For names: the first day of the range, `YYYY-MM-DD`. */
  label: string;
  /** The time of the export. */
  now?: Date;
  /** The planner's Instagram hashtag limit (a setting). */
  instagramHashtagLimit?: number;
  /** Rows and reasons only, no files. */
  preview?: boolean;
}

/** Whether the post goes to `platform` with one of `statuses` (and has a time). */
function isChosen(p: Post, { platform, statuses }: Pick<HandoffOptions, 'platform' | 'statuses'>) {
  return (
    p.deletedAt === null &&
    p.scheduledAt !== null &&
    p.platforms.includes(platform) &&
    statuses.includes(p.status)
  );
}

/** Posts that go to `platform` with one of `statuses`, by time. */
export function chosenPosts(
  posts: readonly Post[],
  options: Pick<HandoffOptions, 'platform' | 'statuses'>,
): Post[] {
  return posts
    .filter((p) => isChosen(p, options))
    .sort((a, b) =>
      a.scheduledAt! < b.scheduledAt! ? -1 : a.scheduledAt! > b.scheduledAt! ? 1 : 0,
    );
}

function timeStepText(step: number): string {
  return step === 5 ? 'minutes ending in 0 or 5' : `minutes in steps of ${step}`;
}

/** Why the cell's tool would refuse the post (in the order a person fixes them); [] = it goes. */
export function handoffProblems(
  post: Post,
  rule: HandoffRule,
  {
    at,
    exportedAt,
    instagramHashtagLimit,
  }: { at: DateTime; exportedAt: Date; instagramHashtagLimit: number },
): string[] {
  const tool = HANDOFF_RULES[rule.tool].label;
  const problems: string[] = [];
  const ahead = at.toMillis() - exportedAt.getTime();
  if (ahead <= 0) {
    const when = rule.minLeadMinutes > 0 ? `at least ${rule.minLeadMinutes} minutes` : 'still';
    problems.push(`Already past (${tool} schedules only times ${when} ahead)`);
  } else if (ahead < rule.minLeadMinutes * 60_000) {
    problems.push(`${tool} needs posts at least ${rule.minLeadMinutes} minutes in the future`);
  }
  if (rule.minuteStep > 1 && (at.minute % rule.minuteStep !== 0 || at.second !== 0)) {
    problems.push(
      `${tool} needs ${timeStepText(rule.minuteStep)} (this post is at ${at.toFormat('HH:mm')})`,
    );
  }
  if (rule.needsMedia && post.media.length === 0) {
    problems.push(...checkMediaFor(rule.platform, []).problems);
  }
  const caption = captionChecks({ ...post, platforms: [rule.platform] })[0]!;
  const { label } = PLATFORMS[rule.platform];
  if (caption.text.trim() === '') problems.push(`No caption for ${label}`);
  else if (caption.over) {
    problems.push(`Caption is ${caption.length} characters; ${label} allows ${caption.limit}`);
  }
  for (const finding of hashtagFindings(post.hashtags, [rule.platform], instagramHashtagLimit)) {
    problems.push(finding.message);
  }
  return problems;
}

function skip(post: Post, reason: string): SkippedPost {
  return { postId: post.id, title: post.title, scheduledAt: post.scheduledAt, reason };
}

function byTime(a: SkippedPost, b: SkippedPost): number {
  return (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? '') || a.title.localeCompare(b.title);
}

function split<T>(rows: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < rows.length; i += size) parts.push(rows.slice(i, i + size));
  return parts;
}

function fileName(tool: HandoffTool, o: HandoffOptions, part: number, parts: number): string {
  return `rapport-${tool}-${o.platform}-${o.label}${parts > 1 ? `-part${part}` : ''}.csv`;
}

function csv(rows: string[][], header: readonly string[] | null): string {
  // Papa quotes every field and doubles quotes inside; lines end in CRLF.
  const options = { quotes: true, newline: '\r\n' };
  if (header) return Papa.unparse({ fields: [...header], data: rows }, options);
  return rows.length > 0 ? Papa.unparse(rows, options) : '';
}

/** One line of the file, in the tool's column order. */
function line(tool: HandoffTool, post: Post, text: string, at: DateTime): string[] {
  const time = at.toFormat(HANDOFF_RULES[tool].timeFormat);
  // Rapport has no web address for a photo: the Image URL stays empty (attach it in Buffer).
  if (tool === 'buffer') return [text, '', CATEGORIES[post.category].label, time];
  return [time, text, ''];
}

/**
 * The file(s) for `tool`: the gated posts for the platform and statuses, each checked against
 * the tool × platform rule; those that break it are listed with the reasons instead.
 */
export function handoffFiles(
  tool: HandoffTool,
  gated: GatedPosts,
  options: HandoffOptions,
): HandoffResult {
  const rule = handoffRule(tool, options.platform);
  const context = {
    exportedAt: options.now ?? now(),
    instagramHashtagLimit: options.instagramHashtagLimit ?? DEFAULT_INSTAGRAM_HASHTAG_LIMIT,
  };
  const lines: string[][] = [];
  const rows: HandoffRow[] = [];
  const skipped = gated.held
    .filter((h) => isChosen(h.post, options))
    .map((h) => skip(h.post, h.reason));
  const seen = new Map<string, string>();
  for (const post of chosenPosts(gated.passed, options)) {
    const at = DateTime.fromISO(post.scheduledAt!, { zone: 'utc' }).setZone(options.zone);
    const problems = handoffProblems(post, rule, { ...context, at });
    const text = composedCaptionFor(post, options.platform);
    const twin = rule.uniqueText && problems.length === 0 ? seen.get(text) : undefined;
    if (twin !== undefined) {
      problems.push(`Same message as “${twin}”: ${HANDOFF_RULES[tool].label} refuses duplicates`);
    }
    if (problems.length > 0) {
      skipped.push(skip(post, problems.join('; ')));
      continue;
    }
    seen.set(text, post.title);
    lines.push(line(tool, post, text, at));
    rows.push({ postId: post.id, title: post.title, scheduledAt: post.scheduledAt! });
  }
  const parts = options.preview ? [] : split(lines, HANDOFF_RULES[tool].maxRows);
  return {
    files: parts.map((part, i) => ({
      name: fileName(tool, options, i + 1, parts.length),
      text: csv(part, HANDOFF_RULES[tool].header),
      rows: part.length,
    })),
    rows,
    skipped: skipped.sort(byTime),
  };
}

/** Buffer: one file per 100 posts of one platform, header first, every field quoted. */
export function bufferCsv(gated: GatedPosts, options: HandoffOptions): HandoffResult {
  return handoffFiles('buffer', gated, options);
}

/**
 * Hootsuite: date/time, message, link by position, no header; minutes ending in 0 or 5; at
 * least 10 minutes ahead of `now`; no message twice; 350 rows per file.
 */
export function hootsuiteCsv(gated: GatedPosts, options: HandoffOptions): HandoffResult {
  return handoffFiles('hootsuite', gated, options);
}
