// A newer version of the open post arrived (another window saved it): merge it into the draft
// by field (shared/merge.ts). The date and time are one field here ("When"): a new date with
// the other window's time would be a time nobody chose.
import { DateTime } from 'luxon';
import { mergeByField } from '../../../shared/merge';
import type { PostPatch } from '../../../shared/contract';
import { PLATFORMS } from '../../../shared/platforms';
import { CATEGORIES, STATUSES } from '../../../shared/vocabulary';
import { formatDateTime } from '../../lib/format';
import { fromLocalParts } from '../../../shared/time';
import { keptOverrides, type Draft } from './post-editor-utils';

type DraftView = Omit<Draft, 'date' | 'time'> & { when: { date: string; time: string } };
export type ConflictField = keyof DraftView;

function view({ date, time, ...rest }: Draft): DraftView {
  return { ...rest, when: { date, time } };
}

function unview({ when, ...rest }: DraftView): Draft {
  return { ...rest, ...when };
}

function comparable(field: ConflictField, value: unknown): unknown {
  if (field === 'featuredStaffIds' || field === 'platforms') return [...(value as string[])].sort();
  if (field === 'platformCaptions') return keptOverrides(value as Draft['platformCaptions']);
  if (field === 'title' || field === 'hashtagsText') return (value as string).trim();
  return value;
}

const same = (a: unknown, b: unknown, field: ConflictField) =>
  JSON.stringify(comparable(field, a)) === JSON.stringify(comparable(field, b));

/**
 * The draft with the newer version merged in: the person's own changes (since `base`) stay,
 * the other window's changes come in, and `conflicts` lists the fields both changed.
 */
export function mergeDrafts(
  base: Draft,
  mine: Draft,
  theirs: Draft,
): { draft: Draft; conflicts: ConflictField[] } {
  const { merged, conflicts } = mergeByField(view(base), view(mine), view(theirs), same);
  return { draft: unview(merged), conflicts };
}

/** Whether the draft and the saved version still differ in `field`. */
export function differs(field: ConflictField, a: Draft, b: Draft): boolean {
  return !same(view(a)[field], view(b)[field], field);
}

/** The draft with `field` taken from `from`. */
export function takeField(draft: Draft, field: ConflictField, from: Draft): Draft {
  return unview({ ...view(draft), [field]: view(from)[field] });
}

/** The patch keys a draft field saves to. */
export function patchKeyOf(field: ConflictField): keyof PostPatch {
  if (field === 'when') return 'scheduledAt';
  if (field === 'hashtagsText') return 'hashtags';
  return field;
}

const LABELS: Record<ConflictField, string> = {
  title: 'Title',
  category: 'Category',
  status: 'Status',
  when: 'When',
  ownerId: 'Owner',
  featuredStaffIds: 'Featured staff',
  platforms: 'Platforms',
  caption: 'Caption',
  platformCaptions: 'Platform captions',
  hashtagsText: 'Hashtags',
  notes: 'Notes',
};

export function fieldLabel(field: ConflictField): string {
  return LABELS[field];
}

/** A field's value as words, to show both sides of a conflict. */
export function valueText(
  field: ConflictField,
  draft: Draft,
  zone: string,
  nameOf: (staffId: string) => string,
): string {
  const d = view(draft);
  switch (field) {
    case 'category':
      return CATEGORIES[d.category].label;
    case 'status':
      return STATUSES[d.status].label;
    case 'when': {
      const at = fromLocalParts(d.when.date, d.when.time, zone);
      return at
        ? formatDateTime(DateTime.fromISO(at, { zone }))
        : at === null
          ? 'No date (backlog)'
          : '—';
    }
    case 'ownerId':
      return d.ownerId === null ? 'No owner' : nameOf(d.ownerId);
    case 'featuredStaffIds':
      return d.featuredStaffIds.map(nameOf).join(', ') || 'Nobody';
    case 'platforms':
      return d.platforms.map((p) => PLATFORMS[p].label).join(', ') || 'None';
    case 'platformCaptions': {
      const kept = keptOverrides(d.platformCaptions);
      const entries = Object.entries(kept) as [keyof typeof PLATFORMS, string][];
      return entries.map(([p, text]) => `${PLATFORMS[p].label}: ${text}`).join('\n') || 'None';
    }
    default:
      return (d[field] as string) || '(empty)';
  }
}
