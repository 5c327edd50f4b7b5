import { describe, expect, it } from 'vitest';
import { mergeByField } from '../../shared/merge';
import { dateConcern } from '../../renderer/features/post-editor/date-check-utils';
import {
  differs,
  mergeDrafts,
  patchKeyOf,
  takeField,
} from '../../renderer/features/post-editor/conflict-utils';
import type { Draft } from '../../renderer/features/post-editor/post-editor-utils';

describe('mergeByField', () => {
  const base = { status: 'draft', notes: '', title: 'Spa day' };

  it('keeps both sides when they changed different fields, without a conflict', () => {
    const mine = { ...base, notes: 'Bring robes' };
    const theirs = { ...base, status: 'approved' };
    expect(mergeByField(base, mine, theirs)).toEqual({
      merged: { status: 'approved', notes: 'Bring robes', title: 'Spa day' },
      patch: { notes: 'Bring robes' },
      conflicts: [],
    });
  });

  it('reports a field both changed to different values, keeping mine in the merge', () => {
    const mine = { ...base, notes: 'Mine' };
    const theirs = { ...base, notes: 'Theirs', status: 'approved' };
    const result = mergeByField(base, mine, theirs);
    expect(result.conflicts).toEqual(['notes']);
    expect(result.patch).toEqual({});
    expect(result.merged).toEqual({ status: 'approved', notes: 'Mine', title: 'Spa day' });
  });

  it('is no conflict when both made the same change', () => {
    const mine = { ...base, title: 'Spa week' };
    const result = mergeByField(base, mine, { ...mine });
    expect(result).toEqual({ merged: mine, patch: {}, conflicts: [] });
  });

  it('takes theirs where mine did not change, arrays compared by value', () => {
    const b = { tags: ['a'], n: 1 };
    const result = mergeByField(b, { tags: ['a'], n: 2 }, { tags: ['a', 'b'], n: 1 });
    expect(result.merged).toEqual({ tags: ['a', 'b'], n: 2 });
    expect(result.patch).toEqual({ n: 2 });
  });
});

const draft: Draft = {
  title: 'Spa day',
  category: 'other',
  status: 'draft',
  date: '2026-12-10',
  time: '09:00',
  ownerId: null,
  featuredStaffIds: ['a', 'b'],
  platforms: ['instagram_feed'],
  caption: '',
  platformCaptions: {},
  hashtagsText: '#spa',
  notes: '',
};

describe('mergeDrafts', () => {
  it('keeps typed notes and takes a status changed elsewhere', () => {
    const { draft: merged, conflicts } = mergeDrafts(
      draft,
      { ...draft, notes: 'Bring robes' },
      { ...draft, status: 'approved' },
    );
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({ notes: 'Bring robes', status: 'approved' });
  });

  it('treats date and time as one field, When', () => {
    const { draft: merged, conflicts } = mergeDrafts(
      draft,
      { ...draft, date: '2026-12-11' },
      { ...draft, time: '15:00' },
    );
    expect(conflicts).toEqual(['when']);
    expect(merged).toMatchObject({ date: '2026-12-11', time: '09:00' });
    expect(patchKeyOf('when')).toBe('scheduledAt');
    expect(takeField(merged, 'when', { ...draft, time: '15:00' })).toMatchObject({
      date: '2026-12-10',
      time: '15:00',
    });
  });

  it('does not see a reordered staff list or an emptied override as a change', () => {
    const { conflicts } = mergeDrafts(
      draft,
      { ...draft, featuredStaffIds: ['b', 'a'], platformCaptions: { x: '' } },
      { ...draft, featuredStaffIds: ['a'], notes: 'x' },
    );
    expect(conflicts).toEqual([]);
    expect(differs('notes', draft, { ...draft, notes: 'x' })).toBe(true);
  });
});

describe('dateConcern', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('asks about a date in the past or more than a year ahead, once changed', () => {
    expect(dateConcern('2026-11-30T12:00:00.000Z', null, now)).toBe('past');
    expect(dateConcern('2027-12-02T12:00:00.000Z', null, now)).toBe('far');
    expect(dateConcern('2027-11-30T12:00:00.000Z', null, now)).toBeNull();
    expect(dateConcern('2026-11-30T12:00:00.000Z', '2026-11-30T12:00:00.000Z', now)).toBeNull();
    expect(dateConcern(null, '2026-11-30T12:00:00.000Z', now)).toBeNull();
    expect(dateConcern(undefined, null, now)).toBeNull();
  });
});
