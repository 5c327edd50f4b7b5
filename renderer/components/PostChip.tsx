// How one post looks wherever it is listed: category colour, status mark (or Missed), title,
// and the owner's initials, or a clear "No owner" flag.
import { UserX } from 'lucide-react';
import type { Post, Staff } from '../../shared/contract';
import { displayStatus } from '../../shared/posts';
import { initials } from '../../shared/staff';
import { CATEGORIES, MISSED, STATUSES } from '../../shared/vocabulary';
import { StatusIcon } from './icons';

export function statusLook(post: Post, now: Date) {
  const status = displayStatus(post, now);
  return status === 'missed' ? MISSED : STATUSES[status];
}

/** The details a screen reader hears after the visible time and title. */
export function postDetails(post: Post, owner: Staff | undefined, now: Date): string {
  return [
    CATEGORIES[post.category].label,
    statusLook(post, now).label,
    owner ? `owner ${owner.name}` : 'no owner',
  ].join(', ');
}

export function OwnerBadge({ owner }: { owner: Staff | undefined }) {
  if (!owner) {
    return (
      <span className="owner-badge owner-none" title="No owner yet" aria-hidden="true">
        <UserX size="1.05em" strokeWidth={2.5} />
        <span className="owner-none-text">No owner</span>
      </span>
    );
  }
  return (
    <span
      aria-hidden="true"
      className="owner-badge"
      style={{ background: owner.color }}
      title={owner.active ? owner.name : `${owner.name} (archived)`}
    >
      {initials(owner.name)}
    </span>
  );
}

export function PostChipContent({
  post,
  owner,
  now,
  time,
  timeClass = 'chip-time',
  badgeFirst = false,
}: {
  post: Post;
  owner: Staff | undefined;
  now: Date;
  time?: string;
  /** How the time shows (a class that hides it visually keeps it spoken). */
  timeClass?: string;
  /** The owner first (the grids: the title then wraps under it at full width). */
  badgeFirst?: boolean;
}) {
  const status = statusLook(post, now);
  return (
    <>
      {/* First, to float at the end of a grid chip's last line: shown when the title is cut. */}
      <span className="chip-more" aria-hidden="true">
        …
      </span>
      {badgeFirst ? <OwnerBadge owner={owner} /> : null}
      <span className="chip-status" title={status.label} aria-hidden="true">
        <StatusIcon status={status.id} />
      </span>
      {time ? <span className={timeClass}>{time}</span> : null}{' '}
      <span className="chip-title">{post.title}</span>{' '}
      {/* Named by its content (not aria-label) so the spoken name starts with what is seen. */}
      <span className="visually-hidden">{`— ${postDetails(post, owner, now)}`}</span>
      {badgeFirst ? null : <OwnerBadge owner={owner} />}
    </>
  );
}
