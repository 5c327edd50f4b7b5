// The iCalendar (RFC 5545) file of scheduled posts, made with ical-generator: one event per
// post, its UID stable (the post's id), the title as summary, the caption and owner in the
// description, the category (and status) as categories. A post the exit gate held still
// shows as a busy slot for its owner, but with none of its words: no title, caption or notes.
import icalGenerator from 'ical-generator';
import type { Settings, Staff } from '../../shared/contract';
import type { GatedPosts, SkippedPost } from '../../shared/handoff';
import { CATEGORIES, STATUSES } from '../../shared/vocabulary';

/** How long a post's event lasts in a calendar app. */
export const ICS_EVENT_MINUTES = 15;

/** The summary of a held post's event: says the slot is taken, and nothing of the post. */
export const HELD_SUMMARY = 'Post on hold: needs patient consent';

export function postUid(postId: string): string {
  return `${postId}@rapport.local`;
}

export interface IcsResult {
  text: string;
  events: number;
  /** Posts written as busy slots only, with why. */
  skipped: SkippedPost[];
}

export function buildIcs(
  gated: GatedPosts,
  staff: readonly Staff[],
  settings: Pick<Settings, 'practiceName' | 'timezone'>,
  owner: Staff | undefined,
): IcsResult {
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const practice = settings.practiceName || 'Rapport';
  const calendar = icalGenerator({
    name: owner ? `${practice}: ${owner.name}’s posts` : `${practice}: posts`,
    prodId: { company: 'Rapport', product: 'Rapport planner', language: 'EN' },
    timezone: null,
  });
  const held = new Map(gated.held.map((h) => [h.post, h.reason]));
  const skipped: SkippedPost[] = [];
  const posts = [...gated.passed, ...held.keys()]
    .filter((p) => p.scheduledAt !== null && p.deletedAt === null)
    .sort((a, b) => a.scheduledAt!.localeCompare(b.scheduledAt!));
  for (const post of posts) {
    const start = new Date(post.scheduledAt!);
    const ownerName = post.ownerId ? (names.get(post.ownerId) ?? 'Unknown') : 'No owner yet';
    const reason = held.get(post);
    const words =
      reason === undefined
        ? [post.caption.trim() || '(No caption yet)']
        : ['Its title, caption and notes stay in Rapport until the patient consent is in place.'];
    if (reason !== undefined) {
      skipped.push({
        postId: post.id,
        title: post.title,
        scheduledAt: post.scheduledAt,
        reason: `In the file as a busy slot only, without its words. ${reason}`,
      });
    }
    calendar.createEvent({
      id: postUid(post.id),
      start,
      end: new Date(start.getTime() + ICS_EVENT_MINUTES * 60_000),
      stamp: new Date(post.updatedAt),
      summary: reason === undefined ? post.title : HELD_SUMMARY,
      description: [
        ...words,
        '',
        `Owner: ${ownerName}`,
        `Status: ${STATUSES[post.status].label}`,
      ].join('\n'),
      categories: [{ name: CATEGORIES[post.category].label }],
    });
  }
  return { text: calendar.toString(), events: posts.length, skipped };
}
