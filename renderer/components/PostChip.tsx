// How one post looks wherever it is listed: category colour, status mark (or Missed), title,
// and the owner's initials, or a clear "No owner" flag.
import type { Post, Staff } from '../../shared/contract';
import { displayStatus } from '../../shared/posts';
import { initials } from '../../shared/staff';
import { CATEGORIES, STATUSES } from '../../shared/vocabulary';

export const MISSED = { label: 'Missed', mark: '⚠️' } as const;

export function statusLook(post: Post, now: Date) {
  const status = displayStatus(post, now);
  return status === 'missed' ? { id: status, ...MISSED } : { ...STATUSES[status] };
}

/** What a screen reader says for a post: everything the chip shows. */
export function describePost(post: Post, owner: Staff | undefined, now: Date, when?: string) {
  return [
    post.title,
    CATEGORIES[post.category].label,
    statusLook(post, now).label,
    owner ? `owner ${owner.name}` : 'no owner',
    when,
  ]
    .filter(Boolean)
    .join(', ');
}

export function OwnerBadge({ owner }: { owner: Staff | undefined }) {
  if (!owner) {
    return (
      <span className="owner-badge owner-none" title="No owner yet">
        No owner
      </span>
    );
  }
  return (
    <span
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
}: {
  post: Post;
  owner: Staff | undefined;
  now: Date;
  time?: string;
}) {
  const status = statusLook(post, now);
  return (
    <>
      <span className="chip-status" title={status.label} aria-hidden="true">
        {status.mark}
      </span>
      {time ? <span className="chip-time">{time}</span> : null}
      <span className="chip-title">{post.title}</span>
      <OwnerBadge owner={owner} />
    </>
  );
}
