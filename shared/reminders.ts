// Reminders: a set time before a post is due that is not yet approved, and when a post just
// became missed. Pure: each check looks at the window since the last one, so a reminder is
// given once, whoever asks (the desktop app's notifications, or the browser's).
import type { Post } from './contract';
import { isMissed } from './posts';

/** How long before a post's time its owner is reminded that it still needs approval. */
export const REMINDER_LEAD_MINUTES = 60;
/** How often the hosts check. */
export const REMINDER_CHECK_EVERY_MS = 60_000;

export interface Reminder {
  postId: string;
  kind: 'due_soon' | 'missed';
  title: string;
  body: string;
}

const NOT_APPROVED = new Set<Post['status']>(['idea', 'draft', 'in_review']);

/**
 * The reminders for the time between `since` (exclusive) and `now` (inclusive): posts whose
 * reminder time (their time less the lead) falls in it and that are not approved yet, and
 * posts that became missed in it.
 */
export function dueReminders(
  posts: readonly Pick<Post, 'id' | 'title' | 'status' | 'scheduledAt' | 'deletedAt'>[],
  since: Date,
  now: Date,
  leadMinutes: number = REMINDER_LEAD_MINUTES,
): Reminder[] {
  const lead = leadMinutes * 60_000;
  const inWindow = (t: number) => t > since.getTime() && t <= now.getTime();
  const reminders: Reminder[] = [];
  for (const post of posts) {
    if (post.scheduledAt === null || post.deletedAt !== null) continue;
    const at = Date.parse(post.scheduledAt);
    if (inWindow(at) && isMissed(post, now)) {
      reminders.push({
        postId: post.id,
        kind: 'missed',
        title: `Missed: ${post.title}`,
        body: 'Its time has passed and it was never approved. Reschedule it or skip it.',
      });
    } else if (inWindow(at - lead) && NOT_APPROVED.has(post.status) && at > now.getTime()) {
      reminders.push({
        postId: post.id,
        kind: 'due_soon',
        title: `Not approved yet: ${post.title}`,
        body: `Due in ${Math.round((at - now.getTime()) / 60_000)} minutes and still waiting for approval.`,
      });
    }
  }
  return reminders;
}

/** The range of posts a check needs to read: from a little before `since` to after `now`. */
export function reminderRange(since: Date, now: Date, leadMinutes = REMINDER_LEAD_MINUTES) {
  return {
    from: new Date(since.getTime() - 60_000).toISOString(),
    to: new Date(now.getTime() + (leadMinutes + 1) * 60_000).toISOString(),
  };
}
