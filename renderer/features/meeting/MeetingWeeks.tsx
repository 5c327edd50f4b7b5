// Sections 1 and 2 of the meeting: last week's outcome (mark a missed post published in one
// key) and this week and next, day by day, each post editable in place (status, owner, day).
import { CalendarX2, ShieldAlert, UserX } from 'lucide-react';
import { DateTime } from 'luxon';
import { useId, useState } from 'react';
import type { Post, Staff } from '../../../shared/contract';
import { displayStatus } from '../../../shared/posts';
import { CATEGORIES, STATUS_IDS, STATUSES } from '../../../shared/vocabulary';
import { StatusIcon } from '../../components/icons';
import { movePost, updatePost } from '../../data/posts';
import { useAutosave } from '../../hooks/useAutosave';
import { formatTime, formatWeekdayMonthDay, plural } from '../../lib/format';
import { lastWeekOutcome, localDay, meetingStatus, postsByDay, sameTimeOn } from './meeting-utils';

export interface WeekContext {
  zone: string;
  now: Date;
  /** A post's title as the shared screen may show it (a patient story naming someone hidden). */
  title: (post: Post) => string;
  staff: Staff[];
  staffById: Map<string, Staff>;
}

function Status({ post, now }: { post: Post; now: Date }) {
  const { label, consentFlagged } = meetingStatus(post, now);
  if (consentFlagged) {
    return (
      <span className="meeting-flag">
        <ShieldAlert aria-hidden="true" size="1em" /> {label}
      </span>
    );
  }
  return (
    <span className="meeting-status">
      <StatusIcon status={displayStatus(post, now)} /> {label}
    </span>
  );
}

function Owner({ post, ctx }: { post: Post; ctx: WeekContext }) {
  const owner = post.ownerId ? ctx.staffById.get(post.ownerId) : undefined;
  if (!owner) {
    return (
      <span className="meeting-flag">
        <UserX aria-hidden="true" size="1em" /> No owner
      </span>
    );
  }
  return <span className="meeting-owner">{owner.name}</span>;
}

function PostLine({ post, ctx, showDay }: { post: Post; ctx: WeekContext; showDay?: boolean }) {
  const at = DateTime.fromISO(post.scheduledAt!, { zone: 'utc' }).setZone(ctx.zone);
  const category = CATEGORIES[post.category];
  return (
    <>
      <span className="meeting-time">
        {showDay ? `${formatWeekdayMonthDay(at)} ` : ''}
        {formatTime(at)}
      </span>
      <span
        className="meeting-swatch"
        style={{ background: category.color }}
        title={category.label}
        aria-hidden="true"
      />
      <span className="meeting-title" dir="auto">
        {ctx.title(post)}
        <span className="visually-hidden">, {category.label}</span>
      </span>
      <Owner post={post} ctx={ctx} />
      <Status post={post} now={ctx.now} />
    </>
  );
}

export function LastWeekSection({ posts, ctx }: { posts: Post[]; ctx: WeekContext }) {
  const { published, missed, skipped } = lastWeekOutcome(posts, ctx.now);
  const group = (title: string, list: Post[], action: boolean) => (
    <div className="meeting-group">
      <h3>
        {title}{' '}
        <span className="meeting-count">
          ({plural(list.length, { one: 'post', other: 'posts' })})
        </span>
      </h3>
      {list.length === 0 ? (
        <p className="meeting-quiet">None.</p>
      ) : (
        <ul className="meeting-posts">
          {list.map((post) => (
            <li key={post.id} className="meeting-post">
              <PostLine post={post} ctx={ctx} showDay />
              {action ? (
                <button
                  type="button"
                  className="button meeting-inline-button"
                  onClick={() => void updatePost(post.id, { status: 'published' })}
                >
                  Mark published<span className="visually-hidden">: {ctx.title(post)}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <>
      {group('Missed', missed, true)}
      {group('Published', published, false)}
      {group('Skipped', skipped, false)}
    </>
  );
}

/** The post's notes, collapsed until asked for (they may be private), saved as typed. */
function PostNotes({ post, ctx }: { post: Post; ctx: WeekContext }) {
  const id = useId();
  const [draft, setDraft] = useState(post.notes);
  const [base, setBase] = useState(post.notes);
  if (post.notes !== base) {
    setBase(post.notes);
    if (draft === base) setDraft(post.notes);
  }
  useAutosave(
    draft,
    async (notes) => (await updatePost(post.id, { notes }, { onConflict: 'merge' })).ok,
    { isDirty: (notes) => notes !== base },
  );
  return (
    <details className="meeting-notes">
      <summary>Notes{post.notes.trim() ? '' : ' (none yet)'}</summary>
      <label htmlFor={`${id}-notes`} className="visually-hidden">
        Notes for {ctx.title(post)}
      </label>
      <textarea
        dir="auto"
        id={`${id}-notes`}
        className="meeting-textarea"
        rows={3}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
    </details>
  );
}

function PostEditor({ post, ctx, days }: { post: Post; ctx: WeekContext; days: string[] }) {
  const id = useId();
  return (
    <div className="meeting-edit">
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={post.status}
        onChange={(e) => void updatePost(post.id, { status: e.target.value as Post['status'] })}
      >
        {STATUS_IDS.map((s) => (
          <option key={s} value={s}>
            {STATUSES[s].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-owner`}>Owner</label>
      <select
        id={`${id}-owner`}
        value={post.ownerId ?? ''}
        onChange={(e) => void updatePost(post.id, { ownerId: e.target.value || null })}
      >
        <option value="">No owner</option>
        {ctx.staff
          .filter((s) => s.active || s.id === post.ownerId)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
      </select>
      <label htmlFor={`${id}-day`}>Day</label>
      <select
        id={`${id}-day`}
        value={localDay(post, ctx.zone)}
        onChange={(e) => void movePost(post.id, sameTimeOn(post, e.target.value, ctx.zone))}
      >
        {days.map((d) => (
          <option key={d} value={d}>
            {formatWeekdayMonthDay(DateTime.fromISO(d))}
          </option>
        ))}
      </select>
      <PostNotes post={post} ctx={ctx} />
    </div>
  );
}

function DayRow({
  date,
  posts,
  ctx,
  days,
}: {
  date: string;
  posts: Post[];
  ctx: WeekContext;
  days: string[];
}) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <li className={posts.length === 0 ? 'meeting-day meeting-day--empty' : 'meeting-day'}>
      <h4 className="meeting-day-name">{formatWeekdayMonthDay(DateTime.fromISO(date))}</h4>
      {posts.length === 0 ? (
        <p className="meeting-flag">
          <CalendarX2 aria-hidden="true" size="1em" /> Nothing planned
        </p>
      ) : (
        <ul className="meeting-posts">
          {posts.map((post) => (
            <li key={post.id} className="meeting-post">
              <PostLine post={post} ctx={ctx} />
              <button
                type="button"
                className="button meeting-inline-button"
                aria-expanded={open === post.id}
                onClick={() => setOpen(open === post.id ? null : post.id)}
              >
                Edit<span className="visually-hidden">: {ctx.title(post)}</span>
              </button>
              {open === post.id ? <PostEditor post={post} ctx={ctx} days={days} /> : null}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function WeekDays({
  title,
  days,
  posts,
  ctx,
  allDays,
}: {
  title: string;
  days: string[];
  posts: Post[];
  ctx: WeekContext;
  allDays: string[];
}) {
  return (
    <div className="meeting-week">
      <h3>{title}</h3>
      <ul className="meeting-days">
        {postsByDay(posts, days, ctx.zone).map(({ date, posts: onDay }) => (
          <DayRow key={date} date={date} posts={onDay} ctx={ctx} days={allDays} />
        ))}
      </ul>
    </div>
  );
}
