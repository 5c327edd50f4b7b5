import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBacklog } from '../../renderer/data/posts';
import { BacklogPanel } from '../../renderer/features/ideas/BacklogPanel';
import { useUi } from '../../renderer/state/ui';
import { loadApp, useRealApi } from './helpers/real-api';

let api: ReturnType<typeof useRealApi>;

async function renderBacklog() {
  await loadApp();
  await loadBacklog();
  return render(<BacklogPanel />);
}

const ideaTitles = () =>
  within(screen.getByRole('list', { name: 'Ideas without a date' }))
    .getAllByRole('button')
    .map((b) => b.querySelector('.chip-title')!.textContent);

beforeEach(async () => {
  api = useRealApi();
});
afterEach(() => api.close());

describe('BacklogPanel', () => {
  it('adds an idea with a title, a category and Enter, and keeps it in the store', async () => {
    await renderBacklog();
    const user = userEvent.setup();
    expect(screen.getByText(/No ideas yet/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Category of the new idea'), 'Staff spotlight');
    await user.type(screen.getByLabelText('New idea'), 'Meet our new aesthetician{Enter}');
    await screen.findByText('Meet our new aesthetician');
    expect(screen.getByLabelText('New idea')).toHaveValue('');
    const [saved] = await api.call('posts.backlog', {});
    expect(saved).toMatchObject({
      title: 'Meet our new aesthetician',
      category: 'staff_spotlight',
      status: 'idea',
      scheduledAt: null,
    });
    // The idea has no owner yet: flagged.
    expect(
      within(screen.getByRole('button', { name: /Meet our new aesthetician/ })).getByText(
        'No owner',
      ),
    ).toBeInTheDocument();
  });

  it('does not add an empty idea', async () => {
    await renderBacklog();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New idea'), '   {Enter}');
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(await api.call('posts.backlog', {})).toEqual([]);
  });

  it('searches, filters by category and sorts', async () => {
    await api.call('posts.create', { title: 'Coffee run', category: 'behind_the_scenes' });
    await api.call('posts.create', { title: 'Charity 5K', category: 'community' });
    await api.call('posts.create', { title: 'Birthday cake', category: 'celebration' });
    await renderBacklog();
    const user = userEvent.setup();
    await waitFor(() =>
      expect(ideaTitles()).toEqual(['Birthday cake', 'Charity 5K', 'Coffee run']),
    );
    await user.selectOptions(screen.getByLabelText('Sort ideas'), 'By category');
    expect(ideaTitles()).toEqual(['Coffee run', 'Birthday cake', 'Charity 5K']);
    await user.selectOptions(screen.getByLabelText('Show category'), 'community');
    expect(ideaTitles()).toEqual(['Charity 5K']);
    await user.selectOptions(screen.getByLabelText('Show category'), '');
    await user.type(screen.getByLabelText('Search ideas'), 'cake');
    expect(ideaTitles()).toEqual(['Birthday cake']);
  });

  it('opens an idea in the editor', async () => {
    const idea = await api.call('posts.create', { title: 'Thank-you wall' });
    await renderBacklog();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Thank-you wall/ }));
    expect(useUi.getState().editingId).toBe(idea.id);
  });
});
