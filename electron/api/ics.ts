// The iCalendar (RFC 5545) file of scheduled posts, made with ical-generator: one event per
// post, its UID stable (the post's id), the title as summary, the caption and owner in the
// description, the category (and status) as categories.
import icalGenerator from 'ical-generator';
import type { Post, Settings, Staff } from '../../shared/contract';
import { CATEGORIES, STATUSES } from '../../shared/vocabulary';

/** How long a post's event lasts in a calendar app. */
export const ICS_EVENT_MINUTES = 15;

export function postUid(postId: string): string {
  return `${postId}@rapport.local`;
}

export function buildIcs(
  posts: readonly Post[],
  staff: readonly Staff[],
  settings: Pick<Settings, 'practiceName' | 'timezone'>,
  owner: Staff | undefined,
): string {
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const practice = settings.practiceName || 'Rapport';
  const calendar = icalGenerator({
    name: owner ? `${practice}: ${owner.name}’s posts` : `${practice}: posts`,
    prodId: { company: 'Rapport', product: 'Rapport planner', language: 'EN' },
    timezone: null,
  });
  for (const post of posts) {
    if (post.scheduledAt === null || post.deletedAt !== null) continue;
    const start = new Date(post.scheduledAt);
    const ownerName = post.ownerId ? (names.get(post.ownerId) ?? 'Unknown') : 'No owner yet';
    const lines = [
      post.caption.trim() || '(No caption yet)',
      '',
      `Owner: ${ownerName}`,
      `Status: ${STATUSES[post.status].label}`,
    ];
    calendar.createEvent({
      id: postUid(post.id),
      start,
      end: new Date(start.getTime() + ICS_EVENT_MINUTES * 60_000),
      stamp: new Date(post.updatedAt),
      summary: post.title,
      description: lines.join('\n'),
      categories: [{ name: CATEGORIES[post.category].label }],
    });
  }
  return calendar.toString();
}
