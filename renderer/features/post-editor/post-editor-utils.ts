// The post editor's pure rules: the form's draft, what the contract would say about it, and
// which changes can be saved now.
import { postPatch, type Post, type PostPatch } from '../../../shared/contract';
import { parseHashtags, type CaptionCheck } from '../../../shared/captions';
import { PLATFORM_IDS, PLATFORMS, type PlatformId } from '../../../shared/platforms';
import { fromLocalParts, toLocalParts } from '../../../shared/time';
import type { CategoryId, StatusId } from '../../../shared/vocabulary';
import { draftPatch, isDraftDirty, sameSet } from '../../components/form/draft';
import { formatNumber } from '../../lib/format';

export interface Draft {
  title: string;
  category: CategoryId;
  status: StatusId;
  /** `YYYY-MM-DD` in the practice's zone, or '' for the backlog. */
  date: string;
  /** `HH:mm` in the practice's zone, or ''. */
  time: string;
  ownerId: string | null;
  featuredStaffIds: string[];
  platforms: PlatformId[];
  caption: string;
  /** Custom text per platform, kept even while a platform is unticked; '' = main caption. */
  platformCaptions: Partial<Record<PlatformId, string>>;
  /** As typed: `#team, smiles`. Stored as ['team', 'smiles']. */
  hashtagsText: string;
  notes: string;
}

export type FieldErrors = Partial<Record<keyof PostPatch, string>>;

/** The fields the editor shows server errors beside. */
export const EDITOR_FIELDS = [
  'title',
  'category',
  'status',
  'scheduledAt',
  'ownerId',
  'featuredStaffIds',
  'platforms',
  'caption',
  'platformCaptions',
  'hashtags',
  'notes',
] as const satisfies readonly (keyof PostPatch)[];

export function draftFrom(post: Post, zone: string): Draft {
  return {
    title: post.title,
    category: post.category,
    status: post.status,
    ...toLocalParts(post.scheduledAt, zone),
    ownerId: post.ownerId,
    featuredStaffIds: post.featuredStaffIds,
    platforms: post.platforms,
    caption: post.caption,
    platformCaptions: post.platformCaptions,
    hashtagsText: post.hashtags.map((t) => `#${t}`).join(' '),
    notes: post.notes,
  };
}

/** Custom texts worth keeping (the store drops empty ones too), in a stable order. */
export function keptOverrides(
  overrides: Partial<Record<PlatformId, string>>,
): Partial<Record<PlatformId, string>> {
  return Object.fromEntries(PLATFORM_IDS.flatMap((p) => (overrides[p] ? [[p, overrides[p]]] : [])));
}

/** What the contract would say about the draft's values: field → message, as ApiError.fields. */
export function draftErrors(d: Draft, zone: string): FieldErrors {
  const errors: FieldErrors = {};
  const hashtags = parseHashtags(d.hashtagsText);
  const parsed = postPatch.safeParse({
    title: d.title,
    category: d.category,
    status: d.status,
    caption: d.caption,
    platformCaptions: keptOverrides(d.platformCaptions),
    platforms: d.platforms,
    hashtags,
    notes: d.notes,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof PostPatch | undefined;
      if (field === undefined || errors[field]) continue;
      const index = issue.path[1];
      errors[field] =
        field === 'hashtags' && typeof index === 'number' && hashtags[index] !== undefined
          ? `#${hashtags[index]}: ${issue.message}`
          : issue.message;
    }
  }
  if (fromLocalParts(d.date, d.time, zone) === undefined) {
    errors.scheduledAt =
      d.time === '' ? 'Pick a time as well, or clear the date.' : 'That is not a date and time.';
  }
  return errors;
}

/**
 * The changes from `post` to the draft that can be saved now, and the changed fields that
 * cannot (an empty title, a bad hashtag…): those wait, the rest is saved.
 */
export function changesFrom(d: Draft, post: Post, zone: string) {
  const was = toLocalParts(post.scheduledAt, zone);
  const scheduledAt = fromLocalParts(d.date, d.time, zone) ?? null;
  return draftPatch<PostPatch>(
    {
      title: { value: d.title.trim(), saved: post.title },
      category: { value: d.category, saved: post.category },
      status: { value: d.status, saved: post.status },
      // Same wall-clock minute (a stored time may carry seconds) or same instant (a time that
      // does not exist on a clock-change day is stored as the next one that does).
      scheduledAt: {
        value: scheduledAt,
        saved: post.scheduledAt,
        same: (a, b) => a === b || (d.date === was.date && (d.date === '' || d.time === was.time)),
      },
      ownerId: { value: d.ownerId, saved: post.ownerId },
      featuredStaffIds: { value: d.featuredStaffIds, saved: post.featuredStaffIds, same: sameSet },
      platforms: { value: d.platforms, saved: post.platforms },
      caption: { value: d.caption, saved: post.caption },
      platformCaptions: {
        value: keptOverrides(d.platformCaptions),
        saved: keptOverrides(post.platformCaptions),
      },
      hashtags: { value: parseHashtags(d.hashtagsText), saved: post.hashtags },
      notes: { value: d.notes, saved: post.notes },
    },
    draftErrors(d, zone),
  );
}

export function hasChanges(d: Draft, post: Post, zone: string): boolean {
  return isDraftDirty(changesFrom(d, post, zone));
}

/** "X 312 / 280 — 32 over", "Instagram feed 120 / 2,200 — 2,080 left". */
export function counterText(check: CaptionCheck): string {
  const { label } = PLATFORMS[check.platform];
  if (check.limit === null || check.remaining === null) {
    return `${label} ${formatNumber(check.length)} — no caption limit`;
  }
  const base = `${label} ${formatNumber(check.length)} / ${formatNumber(check.limit)}`;
  return check.over
    ? `${base} — ${formatNumber(-check.remaining)} over`
    : `${base} — ${formatNumber(check.remaining)} left`;
}
