// The meeting screen against the real store (the contract dispatcher over a temp SQLite file):
// keys move between sections, decisions save as typed, action items are added and carried
// over with their age, and a week never opened writes nothing.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportBridge } from '../../shared/bridge';
import { useMeetingsStore } from '../../renderer/data/meetings';
import { MeetingPage } from '../../renderer/features/meeting/MeetingPage';
import { useRoute } from '../../renderer/state/route';
import { loadApp, useRealApi, type RealApi } from './helpers/real-api';

let api: RealApi;
beforeEach(() => {
  api = useRealApi({ wire: 'http' });
  useMeetingsStore.setState({ byWeek: {}, failed: {} });
});
afterEach(() => api.close());

const selected = () => screen.getByRole('tab', { selected: true }).textContent;

describe('the weekly meeting screen', { timeout: 20_000 }, () => {
  it('moves through the sections by keyboard and leaves on Esc', async () => {
    await loadApp();
    act(() => useRoute.setState({ route: { page: 'meeting', week: '2026-W48' } }));
    render(<MeetingPage />);
    await screen.findByRole('heading', { name: /Week 48/ });
    expect(selected()).toMatch(/Last week/);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(selected()).toMatch(/This week and next/);
    fireEvent.keyDown(window, { key: 'End' });
    expect(selected()).toMatch(/Decisions/);
    fireEvent.keyDown(window, { key: '3' });
    expect(selected()).toMatch(/Celebrations/);
    expect(document.activeElement).toBe(screen.getByRole('tab', { selected: true }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useRoute.getState().route.page).toBe('calendar');
    // Only looking wrote nothing.
    expect(api.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(0);
  });

  it('saves decisions as typed and adds action items; open ones carry over with their age', async () => {
    const ana = await api.call('staff.create', { name: 'Ana Lopez' });
    await api.call('actions.create', {
      week: '2026-W46',
      text: 'Order the new banner',
      ownerId: ana.id,
    });
    await loadApp();
    act(() => useRoute.setState({ route: { page: 'meeting', week: '2026-W48' } }));
    render(<MeetingPage />);
    const user = userEvent.setup({ delay: null });
    fireEvent.keyDown(window, { key: '6' });
    const panel = await screen.findByRole('tabpanel', { name: /Decisions/ });
    const carried = await within(panel).findByText('Order the new banner');
    expect(carried.closest('li')!.textContent).toMatch(/Ana Lopez.*carried over · 2 weeks old/);

    await user.type(within(panel).getByRole('textbox', { name: 'Decisions' }), 'Banner by Friday');
    await waitFor(() => expect(within(panel).getByRole('status').textContent).toBe('Saved'), {
      timeout: 3000,
    });
    expect((await api.call('meetings.get', { week: '2026-W48' })).notes).toBe('Banner by Friday');

    // An empty action item is refused beside the field; nothing is stored.
    await user.click(within(panel).getByRole('button', { name: 'Add action' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/cannot be empty/);
    await user.type(
      within(panel).getByRole('textbox', { name: 'Action item' }),
      'Call the printer',
    );
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Owner' }), 'Ana Lopez');
    await user.click(within(panel).getByRole('button', { name: 'Add action' }));
    await within(panel).findByText('Call the printer');
    const stored = await api.call('actions.list', {});
    expect(stored.map((a) => [a.week, a.text, a.ownerId])).toEqual([
      ['2026-W46', 'Order the new banner', ana.id],
      ['2026-W48', 'Call the printer', ana.id],
    ]);

    // Done: ticked here, stored, and shown done.
    await user.click(within(panel).getByRole('checkbox', { name: 'Order the new banner' }));
    await waitFor(() =>
      expect(within(panel).getByRole('checkbox', { name: 'Order the new banner' })).toBeChecked(),
    );
    expect((await api.call('actions.list', { open: true })).map((a) => a.text)).toEqual([
      'Call the printer',
    ]);
  });

  it('goes full screen in a browser, and presents on the other screen in the desktop app', async () => {
    await loadApp();
    act(() => useRoute.setState({ route: { page: 'meeting', week: '2026-W48' } }));
    const requestFullscreen = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = requestFullscreen;
    const { unmount } = render(<MeetingPage />);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Full screen' }));
    expect(requestFullscreen).toHaveBeenCalledOnce();
    unmount();

    const openWindow = vi.fn(() => Promise.resolve({ ok: true as const }));
    window.rapport = { openWindow } as unknown as RapportBridge;
    try {
      render(<MeetingPage />);
      await user.click(await screen.findByRole('button', { name: 'Present on the other screen' }));
      expect(openWindow).toHaveBeenCalledWith('#/meeting/2026-W48', { present: true });
      expect(requestFullscreen).toHaveBeenCalledOnce();
    } finally {
      delete window.rapport;
    }
  });
});
