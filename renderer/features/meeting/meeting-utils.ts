// The meeting screen's pure helpers: its sections and the keys that move between them, and
// how the weeks' posts are grouped for the room (by day, last week's outcome, top ideas).
import { DateTime } from 'luxon';
import type { Post } from '../../../shared/contract';
import { displayStatus, isMissed } from '../../../shared/posts';
import { toLocalParts } from '../../../shared/time';
import { MISSED, STATUSES } from '../../../shared/vocabulary';

export const SECTIONS = [
  { id: 'last-week', label: 'Last week' },
  { id: 'days', label: 'This week and next' },
  { id: 'celebrations', label: 'Celebrations' },
  { id: 'ideas', label: 'Top ideas' },
  { id: 'mix', label: 'Content mix' },
  { id: 'decisions', label: 'Decisions and actions' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

export type MeetingKeyAction = { kind: 'section'; index: number } | { kind: 'leave' } | null;

const isField = (tag: string | undefined) =>
  tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';

/**
 * What a key does on the meeting screen, `current` being the shown section's index. Arrow
 * keys and Page Up/Down move between sections, 1–6 jump, Home/End go to the ends, Esc leaves.
 * Keys typed into a field stay with the field (Esc there only leaves the field).
 */
export function meetingKey(
  key: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean },
  current: number,
  targetTag?: string,
): MeetingKeyAction {
  if (key.ctrlKey || key.metaKey || key.altKey) return null;
  if (isField(targetTag)) return null;
  const last = SECTIONS.length - 1;
  const to = (index: number): MeetingKeyAction => ({
    kind: 'section',
    index: Math.max(0, Math.min(last, index)),
  });
  switch (key.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return to(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return to(current - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(last);
    case 'Escape':
      return { kind: 'leave' };
  }
  if (/^[1-9]$/.test(key.key) && Number(key.key) <= SECTIONS.length) return to(Number(key.key) - 1);
  return null;
}

/** The practice-zone date (YYYY-MM-DD) a dated post goes out. */
export function localDay(post: Pick<Post, 'scheduledAt'>, zone: string): string {
  return toLocalParts(post.scheduledAt, zone).date;
}

/** Each day of `days` with its posts, by time. */
export function postsByDay(
  posts: readonly Post[],
  days: readonly string[],
  zone: string,
): { date: string; posts: Post[] }[] {
  return days.map((date) => ({
    date,
    posts: posts
      .filter((p) => p.scheduledAt !== null && localDay(p, zone) === date)
      .sort((a, b) => a.scheduledAt!.localeCompare(b.scheduledAt!)),
  }));
}

/**
 * Last week's outcome: what went out, what was missed, what was skipped. For the meeting,
 * missed is wider than the calendar's mark (not approved in time): any post past its time
 * that nobody marked published or skipped, approved ones included, so the room can settle
 * each one ("Mark published").
 */
export function lastWeekOutcome(posts: readonly Post[], now: Date) {
  const past = (p: Post) => p.scheduledAt !== null && Date.parse(p.scheduledAt) < now.getTime();
  return {
    published: posts.filter((p) => p.status === 'published'),
    missed: posts.filter(
      (p) => isMissed(p, now) || (past(p) && p.status !== 'published' && p.status !== 'skipped'),
    ),
    skipped: posts.filter((p) => p.status === 'skipped'),
  };
}

/**
 * The ideas worth the room's time: the backlog's ideas and drafts without a day, ones with
 * more written first (a caption, then notes), newest first among equals.
 */
export function topIdeas(backlog: readonly Post[], count = 5): Post[] {
  const weight = (p: Post) => (p.caption.trim() ? 2 : 0) + (p.notes.trim() ? 1 : 0);
  return backlog
    .filter((p) => p.scheduledAt === null && p.deletedAt === null)
    .sort((a, b) => weight(b) - weight(a) || b.createdAt.localeCompare(a.createdAt))
    .slice(0, count);
}

/** When an idea given `date` goes out: the practice's default time that day, in its zone. */
export function atDefaultTime(date: string, time: string, zone: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO()!;
}

/** The post moved to another day at the same local time. */
export function sameTimeOn(post: Pick<Post, 'scheduledAt'>, date: string, zone: string): string {
  const { time } = toLocalParts(post.scheduledAt, zone);
  return atDefaultTime(date, time || '10:00', zone);
}

/**
 * A post's status in words for the room. A post a revoked or expired consent sent back to
 * draft says so ("Consent revoked — back to draft"): plain "Draft" would hide why.
 */
export function meetingStatus(
  post: Pick<Post, 'status' | 'scheduledAt' | 'consentFlag'>,
  now: Date,
): { label: string; consentFlagged: boolean } {
  const status = displayStatus(post, now);
  const label = status === 'missed' ? MISSED.label : STATUSES[status].label;
  if (!post.consentFlag) return { label, consentFlagged: false };
  const flag = `Consent ${post.consentFlag}`;
  return {
    label: post.status === 'draft' ? `${flag} — back to draft` : `${flag} · ${label}`,
    consentFlagged: true,
  };
}

/** The days an idea can be given: those of `days` from `today` on; none left, the next two weeks. */
export function schedulableDays(days: readonly string[], today: string): string[] {
  const ahead = days.filter((d) => d >= today);
  if (ahead.length > 0) return ahead;
  const start = DateTime.fromISO(today);
  return Array.from({ length: 14 }, (_, i) => start.plus({ days: i }).toISODate()!);
}
