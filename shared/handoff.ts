// Hand-off files for the tools that publish: Buffer's bulk-upload CSV and Hootsuite's Bulk
// Composer CSV. Every rule of both formats is in HANDOFF_RULES, so one edit fixes one; a post
// that breaks a rule is listed with the reason instead of being written.
import { now } from './clock';
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import type { Post } from './contract';
import { composedCaptionFor, countForPlatform } from './captions';
import { PLATFORMS, type PlatformId } from './platforms';
import { CATEGORIES, type StatusId } from './vocabulary';

export const HANDOFF_RULES = {
  buffer: {
    /** Exactly this header row. */
    header: ['Text', 'Image URL', 'Tags', 'Posting Time'],
    /** 24-hour, in the practice's time zone. */
    timeFormat: 'yyyy-MM-dd HH:mm',
    /** Posts per file; more are split into further files. */
    maxRows: 100,
    /** Every field quoted; one channel (platform) per file; UTF-8; no blank rows. */
    quoteAll: true,
  },
  hootsuite: {
    /** No header: date/time, message, link (optional), by position. */
    header: null,
    /** The date format chosen at upload; this is the common one. */
    timeFormat: 'MM/dd/yyyy HH:mm',
    maxRows: 350,
    /** Minutes must end in 0 or 5. */
    minuteStep: 5,
    /** Each post at least this many minutes in the future when exported. */
    minLeadMinutes: 10,
    quoteAll: true,
  },
} as const;

export const DEFAULT_EXPORT_STATUSES: readonly StatusId[] = ['approved'];

export type HandoffTool = keyof typeof HANDOFF_RULES;

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

export interface HandoffResult {
  files: HandoffFile[];
  skipped: SkippedPost[];
}

export interface HandoffOptions {
  platform: PlatformId;
  /** The practice's IANA time zone: times are written as its wall clock. */
  zone: string;
  statuses: readonly StatusId[];
  /** For names: the first day of the range, `YYYY-MM-DD`. */
  label: string;
  /** Hootsuite: the time of the export. */
  now?: Date;
}

/** Posts that go to `platform` with one of `statuses`, by time. */
function chosen(posts: readonly Post[], { platform, statuses }: HandoffOptions): Post[] {
  return posts
    .filter(
      (p) =>
        p.deletedAt === null &&
        p.scheduledAt !== null &&
        p.platforms.includes(platform) &&
        statuses.includes(p.status),
    )
    .sort((a, b) =>
      a.scheduledAt! < b.scheduledAt! ? -1 : a.scheduledAt! > b.scheduledAt! ? 1 : 0,
    );
}

/** The text of a post for `platform`, or why it cannot go. */
function textFor(post: Post, platform: PlatformId): { text: string } | { reason: string } {
  const text = composedCaptionFor(post, platform);
  const { label, captionLimit } = PLATFORMS[platform];
  if (text.trim() === '') return { reason: `No caption for ${label}` };
  const length = countForPlatform(text, platform);
  if (captionLimit !== null && length > captionLimit) {
    return { reason: `Caption is ${length} characters; ${label} allows ${captionLimit}` };
  }
  return { text };
}

function skip(post: Post, reason: string): SkippedPost {
  return { postId: post.id, title: post.title, scheduledAt: post.scheduledAt, reason };
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

/** Buffer: one file per 100 posts of one platform, header first, every field quoted. */
export function bufferCsv(posts: readonly Post[], options: HandoffOptions): HandoffResult {
  const rules = HANDOFF_RULES.buffer;
  const rows: string[][] = [];
  const skipped: SkippedPost[] = [];
  for (const post of chosen(posts, options)) {
    const text = textFor(post, options.platform);
    if ('reason' in text) {
      skipped.push(skip(post, text.reason));
      continue;
    }
    const at = DateTime.fromISO(post.scheduledAt!, { zone: 'utc' }).setZone(options.zone);
    rows.push([text.text, '', CATEGORIES[post.category].label, at.toFormat(rules.timeFormat)]);
  }
  const parts = split(rows, rules.maxRows);
  return {
    files: parts.map((part, i) => ({
      name: fileName('buffer', options, i + 1, parts.length),
      text: csv(part, rules.header),
      rows: part.length,
    })),
    skipped,
  };
}

/**
 * Hootsuite: date/time, message, link by position, no header; minutes ending in 0 or 5; at
 * least 10 minutes ahead of `now`; no message twice; 350 rows per file.
 */
export function hootsuiteCsv(posts: readonly Post[], options: HandoffOptions): HandoffResult {
  const rules = HANDOFF_RULES.hootsuite;
  const exportedAt = options.now ?? now();
  const rows: string[][] = [];
  const skipped: SkippedPost[] = [];
  const seen = new Map<string, string>();
  for (const post of chosen(posts, options)) {
    const at = DateTime.fromISO(post.scheduledAt!, { zone: 'utc' }).setZone(options.zone);
    if (at.minute % rules.minuteStep !== 0 || at.second !== 0) {
      skipped.push(
        skip(
          post,
          `Hootsuite needs minutes ending in 0 or 5 (this post is at ${at.toFormat('HH:mm')})`,
        ),
      );
      continue;
    }
    if (at.toMillis() - exportedAt.getTime() < rules.minLeadMinutes * 60_000) {
      skipped.push(
        skip(post, `Hootsuite needs posts at least ${rules.minLeadMinutes} minutes in the future`),
      );
      continue;
    }
    const text = textFor(post, options.platform);
    if ('reason' in text) {
      skipped.push(skip(post, text.reason));
      continue;
    }
    const twin = seen.get(text.text);
    if (twin !== undefined) {
      skipped.push(skip(post, `Same message as “${twin}”: Hootsuite refuses duplicates`));
      continue;
    }
    seen.set(text.text, post.title);
    rows.push([at.toFormat(rules.timeFormat), text.text, '']);
  }
  const parts = split(rows, rules.maxRows);
  return {
    files: parts.map((part, i) => ({
      name: fileName('hootsuite', options, i + 1, parts.length),
      text: csv(part, rules.header),
      rows: part.length,
    })),
    skipped,
  };
}
