import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Settings as LuxonSettings } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPost } from '../../renderer/data/posts';
import { CalendarPage } from '../../renderer/features/calendar/CalendarPage';
import { setFormatPreferences } from '../../renderer/lib/format';
import { dayOf } from '../../renderer/state/calendar';
import { go } from '../../renderer/state/route';
import { useUi } from '../../renderer/state/ui';
import { loadApp, loadedPosts, useRealApi } from './helpers/real-api';

let api: ReturnType<typeof useRealApi>;

async function openPlanner(at: string, view: 'month' | 'week' | 'agenda' = 'month') {
  await loadApp();
  go({ page: 'calendar', view, date: dayOf(new Date(at)) });
  return render(<CalendarPage />);
}

beforeEach(async () => {
  api = useRealApi();
  await api.call('settings.update', { version: 1, timezone: 'America/New_York', weekStartsOn: 1 });
  // This computer reads its clock in 24 hours (Settings → Clock).
  await api.call('prefs.update', { clock: '24h' });
  setFormatPreferences({ locale: 'en-US' });
});
afterEach(async () => {
  api.close();
  LuxonSettings.defaultZone = 'system';
  setFormatPreferences({ clock: 'system' });
});

describe('CalendarView', () => {
  it('shows each post with its time in the practice zone, status, and owner initials', async () => {
    const ana = await api.call('staff.create', { name: 'Ana Ruiz' });
    await api.call('posts.create', {
      title: 'Meet Ana',
      category: 'staff_spotlight',
      status: 'approved',
      ownerId: ana.id,
      scheduledAt: '2026-03-10T13:00:00.000Z', // 09:00 in New York (after DST)
    });
    await api.call('posts.create', {
      title: 'Coffee with the front desk',
      status: 'draft',
      scheduledAt: '2026-03-05T14:00:00.000Z', // 09:00 in New York (before DST)
    });
    await openPlanner('2026-03-15T12:00:00.000Z');
    expect(screen.getByRole('heading', { name: 'March 2026' })).toBeInTheDocument();
    const meet = await screen.findByRole('button', { name: /Meet Ana/ });
    expect(meet).toHaveAccessibleName('09:00 Meet Ana — Staff spotlight, Approved, owner Ana Ruiz');
    expect(within(meet).getByText('AR')).toBeInTheDocument();
    const coffee = screen.getByRole('button', { name: /Coffee with the front desk/ });
    // Past and never approved: missed, and no owner is flagged.
    expect(coffee).toHaveAccessibleName(
      '09:00 Coffee with the front desk — Other, Missed, no owner',
    );
    expect(within(coffee).getByText('No owner')).toBeInTheDocument();
  });

  it('opens a post from the keyboard', async () => {
    await api.call('posts.create', {
      title: 'Thank-you cards',
      scheduledAt: '2026-03-12T15:00:00.000Z',
    });
    await openPlanner('2026-03-12T12:00:00.000Z');
    const user = userEvent.setup();
    const chip = await screen.findByRole('button', { name: /Thank-you cards/ });
    chip.focus();
    await user.keyboard('{Enter}');
    expect(useUi.getState().editingId).toBe(findPost(chip.dataset.postId!)!.id);
  });

  it('shows only the visible range, has the next month ready, and pages with Page Down', async () => {
    await api.call('posts.create', { title: 'In March', scheduledAt: '2026-03-20T15:00:00.000Z' });
    await api.call('posts.create', { title: 'In April', scheduledAt: '2026-04-20T14:00:00.000Z' });
    await openPlanner('2026-03-15T12:00:00.000Z');
    await screen.findByRole('button', { name: /In March/ });
    expect(screen.queryByRole('button', { name: /In April/ })).not.toBeInTheDocument();
    // The neighbouring months load once this one is in, so paging shows them at once.
    await waitFor(() =>
      expect(
        loadedPosts()
          .map((p) => p.title)
          .sort(),
      ).toEqual(['In April', 'In March']),
    );
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Month' }).focus();
    await user.keyboard('{PageDown}');
    expect(await screen.findByRole('heading', { name: 'April 2026' })).toBeInTheDocument();
    await screen.findByRole('button', { name: /In April/ });
    expect(screen.queryByRole('button', { name: /In March/ })).not.toBeInTheDocument();
  });

  it('keeps a 9:00 post at 9:00 in the week grid across the DST change', async () => {
    await api.call('posts.create', { title: 'Before', scheduledAt: '2026-03-06T14:00:00.000Z' });
    await api.call('posts.create', { title: 'After', scheduledAt: '2026-03-08T13:00:00.000Z' }); // Sunday, after the 2:00 change
    await openPlanner('2026-03-08T17:00:00.000Z', 'week');
    expect(await screen.findByRole('button', { name: /^09:00 Before —/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^09:00 After —/ })).toBeInTheDocument();
  });

  it('filters by status, including missed', async () => {
    await api.call('posts.create', {
      title: 'Late draft',
      status: 'draft',
      scheduledAt: '2026-03-02T15:00:00.000Z',
    });
    await api.call('posts.create', {
      title: 'Done',
      status: 'published',
      scheduledAt: '2026-03-03T15:00:00.000Z',
    });
    await openPlanner('2026-03-15T12:00:00.000Z');
    await screen.findByRole('button', { name: /Done/ });
    const user = userEvent.setup();
    await user.click(screen.getByText('Status', { exact: false, selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Missed' }));
    expect(screen.getByRole('button', { name: /Late draft/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Done/ })).not.toBeInTheDocument();
  });
});
