import { describe, expect, it } from 'vitest';
import type { Post } from '../../shared/contract';
import { blankPost } from '../../shared/posts';
import {
  atDefaultTime,
  lastWeekOutcome,
  meetingKey,
  meetingStatus,
  postsByDay,
  sameTimeOn,
  schedulableDays,
  SECTIONS,
  topIdeas,
} from '../../renderer/features/meeting/meeting-utils';

const ZONE = 'America/New_York';
let n = 0;
const post = (fields: Partial<Post>): Post => ({
  ...blankPost({ title: `Post ${++n}`, status: 'draft' }),
  id: `p${n}`,
  version: 1,
  createdAt: `2026-11-0${n % 9}T00:00:00.000Z`,
  updatedAt: '2026-11-01T00:00:00.000Z',
  deletedAt: null,
  seriesId: null,
  ...fields,
});

describe('meeting keys', () => {
  it('moves through the six sections with arrows, Page keys, Home/End and numbers', () => {
    expect(SECTIONS).toHaveLength(6);
    expect(meetingKey({ key: 'ArrowRight' }, 0)).toEqual({ kind: 'section', index: 1 });
    expect(meetingKey({ key: 'ArrowDown' }, 1)).toEqual({ kind: 'section', index: 2 });
    expect(meetingKey({ key: 'PageDown' }, 5)).toEqual({ kind: 'section', index: 5 });
    expect(meetingKey({ key: 'PageUp' }, 0)).toEqual({ kind: 'section', index: 0 });
    expect(meetingKey({ key: 'ArrowLeft' }, 3)).toEqual({ kind: 'section', index: 2 });
    expect(meetingKey({ key: 'End' }, 0)).toEqual({ kind: 'section', index: 5 });
    expect(meetingKey({ key: 'Home' }, 4)).toEqual({ kind: 'section', index: 0 });
    expect(meetingKey({ key: '4' }, 0)).toEqual({ kind: 'section', index: 3 });
    expect(meetingKey({ key: '7' }, 0)).toBeNull();
    expect(meetingKey({ key: 'Escape' }, 2)).toEqual({ kind: 'leave' });
  });

  it('leaves keys typed into fields, and shortcuts with modifiers, alone', () => {
    expect(meetingKey({ key: '3' }, 0, 'INPUT')).toBeNull();
    expect(meetingKey({ key: 'ArrowRight' }, 0, 'TEXTAREA')).toBeNull();
    expect(meetingKey({ key: 'ArrowDown' }, 0, 'SELECT')).toBeNull();
    expect(meetingKey({ key: 'Escape' }, 0, 'INPUT')).toBeNull();
    expect(meetingKey({ key: 'ArrowRight', altKey: true }, 0)).toBeNull();
    expect(meetingKey({ key: '2', ctrlKey: true }, 0)).toBeNull();
    expect(meetingKey({ key: 'ArrowRight' }, 0, 'BUTTON')).toEqual({ kind: 'section', index: 1 });
  });
});

describe('the weeks on screen', () => {
  it('groups posts by practice-zone day, by time, empty days kept', () => {
    // 03:00 UTC on the 24th is still the 23rd in New York.
    const late = post({ scheduledAt: '2026-11-24T03:00:00.000Z' });
    const morning = post({ scheduledAt: '2026-11-23T14:00:00.000Z' });
    const days = postsByDay([late, morning], ['2026-11-23', '2026-11-24'], ZONE);
    expect(days.map((d) => [d.date, d.posts.map((p) => p.id)])).toEqual([
      ['2026-11-23', [morning.id, late.id]],
      ['2026-11-24', []],
    ]);
  });

  it('sorts last week into published, missed and skipped', () => {
    const now = new Date('2026-11-30T12:00:00.000Z');
    const published = post({ status: 'published', scheduledAt: '2026-11-24T15:00:00.000Z' });
    const missed = post({ status: 'draft', scheduledAt: '2026-11-25T15:00:00.000Z' });
    // Approved but never marked published: the room settles it too.
    const unmarked = post({ status: 'approved', scheduledAt: '2026-11-25T16:00:00.000Z' });
    const later = post({ status: 'approved', scheduledAt: '2026-11-30T16:00:00.000Z' });
    const skipped = post({ status: 'skipped', scheduledAt: '2026-11-26T15:00:00.000Z' });
    const outcome = lastWeekOutcome([published, missed, unmarked, later, skipped], now);
    expect(outcome.published).toEqual([published]);
    expect(outcome.missed).toEqual([missed, unmarked]);
    expect(outcome.skipped).toEqual([skipped]);
  });

  it('puts the ideas with the most written first, newest among equals', () => {
    const bare = post({ createdAt: '2026-11-20T00:00:00.000Z' });
    const newer = post({ createdAt: '2026-11-21T00:00:00.000Z' });
    const written = post({ caption: 'Hello', createdAt: '2026-10-01T00:00:00.000Z' });
    const dated = post({ scheduledAt: '2026-11-23T14:00:00.000Z', caption: 'x' });
    expect(topIdeas([bare, newer, written, dated]).map((p) => p.id)).toEqual([
      written.id,
      newer.id,
      bare.id,
    ]);
    expect(topIdeas([bare, newer, written], 2)).toHaveLength(2);
  });

  it('places a day at the practice’s default time, and moves keeping the clock time', () => {
    expect(atDefaultTime('2026-12-04', '10:00', ZONE)).toBe('2026-12-04T15:00:00.000Z');
    // Across the DST change the wall-clock time stays 10:00.
    const p = post({ scheduledAt: '2026-03-06T15:00:00.000Z' });
    expect(sameTimeOn(p, '2026-03-09', ZONE)).toBe('2026-03-09T14:00:00.000Z');
  });
});

describe('what the room reads', () => {
  const now = new Date('2026-12-09T15:00:00.000Z');
  it('says a consent sent a post back to draft, in words, not just “Draft”', () => {
    const later = '2026-12-20T15:00:00.000Z';
    expect(meetingStatus(post({ scheduledAt: later, consentFlag: 'revoked' }), now)).toEqual({
      label: 'Consent revoked — back to draft',
      consentFlagged: true,
    });
    expect(meetingStatus(post({ scheduledAt: later, consentFlag: 'expired' }), now).label).toBe(
      'Consent expired — back to draft',
    );
    const reviewed = post({ scheduledAt: later, status: 'in_review', consentFlag: 'expired' });
    expect(meetingStatus(reviewed, now).label).toBe('Consent expired · In review');
    expect(meetingStatus(post({ scheduledAt: later }), now)).toEqual({
      label: 'Draft',
      consentFlagged: false,
    });
  });

  it('offers an idea the days from today on, today first, never a past day', () => {
    const week = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'];
    expect(schedulableDays(week, '2026-12-09')).toEqual(['2026-12-09', '2026-12-10', '2026-12-11']);
    expect(schedulableDays(week, '2026-12-07')[0]).toBe('2026-12-07');
    // A past week on screen: the next two weeks from today instead.
    const fromToday = schedulableDays(week, '2026-12-20');
    expect(fromToday).toHaveLength(14);
    expect(fromToday[0]).toBe('2026-12-20');
  });
});
