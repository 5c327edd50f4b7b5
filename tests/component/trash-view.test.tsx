import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { loadStaff } from '../../renderer/data/staff';
import { TrashPage } from '../../renderer/features/trash/TrashPage';
import { setFormatPreferences } from '../../renderer/lib/format';
import { loadApp, useRealApi, type RealApi } from './helpers/real-api';

let store: RealApi;
beforeEach(async () => {
  // The real dispatcher over a real SQLite file.
  store = useRealApi();
  await store.call('settings.update', { version: 1, timezone: 'America/New_York' });
  await loadApp();
  // Dates read the US-English way here, the clock as the locale has it (12 hours).
  setFormatPreferences({ locale: 'en-US', clock: 'system' });
});
afterEach(() => store.close());

function renderTrash() {
  return render(
    <>
      <TrashPage />
      <NoticeBar />
    </>,
  );
}

describe('TrashView', () => {
  it('says kindly when the trash is empty', async () => {
    renderTrash();
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Empty trash' })).not.toBeInTheDocument();
  });

  it('lists a deleted post with its category and times, and restores it', async () => {
    const user = userEvent.setup();
    const ana = await store.call('staff.create', { name: 'Ana Ruiz' });
    await loadStaff();
    const post = await store.call('posts.create', {
      title: 'Meet Ana',
      category: 'staff_spotlight',
      status: 'draft',
      scheduledAt: '2026-03-10T14:00:00.000Z',
      ownerId: ana.id,
    });
    await store.call('posts.delete', { id: post.id });
    renderTrash();

    const item = (await screen.findByRole('heading', { name: 'Meet Ana' })).closest('li')!;
    expect(item).toHaveTextContent('Staff spotlight');
    expect(item).toHaveTextContent('Owner: Ana Ruiz');
    // 14:00 UTC is 10:00 in New York (daylight time from March 8).
    const times = within(item).getAllByRole('definition');
    expect(
      within(item)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Was planned for', 'Deleted']);
    expect(times[0]).toHaveTextContent('Tue, Mar 10, 2026, 10:00 AM');
    expect(times[1]).toHaveTextContent(/^\w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);

    await user.click(within(item).getByRole('button', { name: 'Restore Meet Ana' }));

    expect(await screen.findByText('“Meet Ana” is back.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeInTheDocument();
    expect((await store.call('posts.get', { id: post.id })).deletedAt).toBeNull();
    expect(await store.call('posts.trash', {})).toEqual([]);
  });

  it('shows an undated idea as such', async () => {
    const idea = await store.call('posts.create', { title: 'Pets of the practice' });
    await store.call('posts.delete', { id: idea.id });
    renderTrash();
    const item = (await screen.findByRole('heading', { name: 'Pets of the practice' })).closest(
      'li',
    )!;
    expect(item).toHaveTextContent('No date (an idea in the backlog)');
  });

  it('empties the trash for good only after a confirm step', async () => {
    const user = userEvent.setup();
    const keep = await store.call('posts.create', { title: 'Still planned' });
    const gone = await store.call('posts.create', { title: 'Old idea' });
    await store.call('posts.delete', { id: gone.id });
    renderTrash();
    await screen.findByRole('heading', { name: 'Old idea' });

    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    const confirm = screen.getByRole('group', { name: 'Confirm emptying the trash' });
    expect(confirm).toHaveTextContent('Delete 1 post for good? This cannot be undone.');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await store.call('posts.trash', {})).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Old idea' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete them for good' }));

    expect(
      await screen.findByText('Emptied the trash: 1 post deleted for good.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeInTheDocument();
    await waitFor(async () => expect(await store.call('posts.trash', {})).toEqual([]));
    expect((await store.refuse('posts.get', { id: gone.id })).code).toBe('not_found');
    expect((await store.call('posts.get', { id: keep.id })).deletedAt).toBeNull();
  });
});
