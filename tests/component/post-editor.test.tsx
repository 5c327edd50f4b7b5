// The post editor against the real contract dispatcher over a real SQLite file.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { findPost, receivePost } from '../../renderer/data/posts';
import { useStaffStore } from '../../renderer/data/staff';
import { PostEditor } from '../../renderer/features/post-editor/PostEditor';
import { latestNotice } from '../../renderer/state/notices';
import { openEditor, useUi } from '../../renderer/state/ui';
import { caption, counters, renderEditor, editorPlanner } from './helpers/editor';

const { call, seed, stored } = editorPlanner();

/**
 * The same field changed behind the editor's back (another window) and typed in here: the
 * question that follows.
 */
async function bothChanged(field: 'notes' | 'title', start: string, theirs: string, typed: string) {
  const post = await seed({ [field]: start });
  const user = renderEditor();
  await call('posts.update', { id: post.id, version: post.version, [field]: theirs });
  const box = screen.getByRole('textbox', { name: field === 'notes' ? 'Notes' : /title/i });
  await user.type(box, typed);
  const question = await screen.findByRole(
    'region',
    { name: 'Changed in another window too' },
    { timeout: 3000 },
  );
  return { post, user, question };
}

describe('PostEditor', () => {
  it('renders nothing when no post is being edited', async () => {
    const { container } = render(<PostEditor />);
    expect(container).toBeEmptyDOMElement();
  });

  it('opens as a labelled panel with the cursor in the title', async () => {
    await seed();
    renderEditor();
    expect(screen.getByRole('complementary', { name: 'Edit post' })).toBeInTheDocument();
    const title = screen.getByRole('textbox', { name: /title/i });
    expect(title).toHaveValue('Coffee with the team');
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByText(/All changes saved/)).toBeInTheDocument();
  });

  it('shows a counter for each chosen platform, and follows the platform chips', async () => {
    await seed({ caption: 'Hello', platforms: ['instagram_feed', 'x'] });
    const user = renderEditor();
    expect(counters().getByText('Instagram feed 5 / 2,200 — 2,195 left')).toBeInTheDocument();
    expect(counters().getByText('X 5 / 280 — 275 left')).toBeInTheDocument();
    expect(counters().queryByText(/LinkedIn/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'LinkedIn' }));
    expect(counters().getByText('LinkedIn 5 / 3,000 — 2,995 left')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(counters().queryByText(/^X /)).not.toBeInTheDocument();
  });

  it('warns, in words, when a caption is over X’s limit while Instagram is fine', async () => {
    await seed({ platforms: ['instagram_feed', 'x'] });
    const user = renderEditor();
    await user.click(caption());
    await user.paste('a'.repeat(312));
    const x = counters()
      .getByText(/^X 312 \/ 280/)
      .closest('li')!;
    expect(x).toHaveTextContent('X 312 / 280 — 32 over');
    expect(x).toHaveClass('over');
    // A warning mark, drawn as an icon (no emoji font needed).
    expect(x.querySelector('svg.lucide-triangle-alert')).not.toBeNull();
    const ig = counters()
      .getByText(/^Instagram feed/)
      .closest('li')!;
    expect(ig).toHaveTextContent('Instagram feed 312 / 2,200 — 1,888 left');
    expect(ig).not.toHaveClass('over');
  });

  it('counts a link as 23 on X, and the hashtags too', async () => {
    const link = 'https://example.com/a/rather/long/path/to/a/blog/article';
    await seed({ caption: `Read ${link}`, platforms: ['x', 'linkedin'] });
    const user = renderEditor();
    expect(counters().getByText(/^X /)).toHaveTextContent(`X ${5 + 23} / 280`);
    expect(counters().getByText(/^LinkedIn /)).toHaveTextContent(
      `LinkedIn ${5 + link.length} / 3,000`,
    );
    await user.type(screen.getByRole('textbox', { name: 'Hashtags' }), '#team');
    // '\n#team' adds 6.
    expect(counters().getByText(/^X /)).toHaveTextContent(`X ${5 + 23 + 6} / 280`);
  });

  it('counts a family emoji and a flag as 2 each on X, as X does', async () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
    await seed({ caption: `${family} \u{1F1FA}\u{1F1F8}`, platforms: ['x', 'facebook'] });
    renderEditor();
    expect(counters().getByText(/^X /)).toHaveTextContent('X 5 / 280 — 275 left');
    expect(counters().getByText(/^Facebook /)).toHaveTextContent('Facebook 16 / 63,206');
  });

  it('copies exactly the composed text: custom text for the platform plus hashtags', async () => {
    const post = await seed({
      caption: 'Meet Ana, our lead nurse!',
      hashtags: ['team', 'nurselife'],
      platforms: ['instagram_feed', 'x'],
    });
    const user = renderEditor();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);

    await user.click(screen.getByRole('button', { name: 'Copy the Instagram feed caption' }));
    expect(writeText).toHaveBeenLastCalledWith('Meet Ana, our lead nurse!\n#team #nurselife');
    expect(await screen.findByText('Copied the Instagram feed caption')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /custom text for x/i }));
    await user.type(screen.getByRole('textbox', { name: 'Custom text for X' }), 'Meet Ana!');
    await user.click(screen.getByRole('button', { name: 'Copy the X caption' }));
    expect(writeText).toHaveBeenLastCalledWith('Meet Ana!\n#team #nurselife');
    await waitFor(async () =>
      expect((await stored(post.id)).platformCaptions).toEqual({ x: 'Meet Ana!' }),
    );
  });

  it('still copies an over-long caption, and says it is over', async () => {
    await seed({ caption: 'b'.repeat(290), platforms: ['x'] });
    const user = renderEditor();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy the X caption' }));
    expect(writeText).toHaveBeenCalledWith('b'.repeat(290));
    expect(latestNotice()?.message).toMatch(
      /^Copied the X caption — it is 10 characters over X’s limit of 280/,
    );
  });

  it('saves a title edit on its own', async () => {
    const post = await seed();
    const user = renderEditor();
    const title = screen.getByRole('textbox', { name: /title/i });
    await user.clear(title);
    await user.type(title, 'Coffee and croissants');
    expect(screen.getByText(/Editing…|Saving…/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/All changes saved/)).toBeInTheDocument(), {
      timeout: 3000,
    });
    expect(await stored(post.id)).toMatchObject({ title: 'Coffee and croissants', version: 2 });
    expect(findPost(post.id)?.title).toBe('Coffee and croissants');
  });

  it('keeps an emptied title out of the store but saves the rest', async () => {
    const post = await seed();
    const user = renderEditor();
    await user.clear(screen.getByRole('textbox', { name: /title/i }));
    expect(screen.getByText('Title cannot be empty')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /title/i })).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Bring pastries');
    await waitFor(async () => expect((await stored(post.id)).notes).toBe('Bring pastries'), {
      timeout: 3000,
    });
    expect((await stored(post.id)).title).toBe('Coffee with the team');
    await user.type(screen.getByRole('textbox', { name: /title/i }), 'Pastry day');
    await waitFor(async () => expect((await stored(post.id)).title).toBe('Pastry day'), {
      timeout: 3000,
    });
  });

  it('merges a change made in another window by field: theirs and mine are both kept', async () => {
    const post = await seed();
    const user = renderEditor();
    // Someone else saves first, behind the editor's back.
    await call('posts.update', { id: post.id, version: post.version, status: 'approved' });

    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Bring robes');
    await waitFor(
      async () =>
        expect(await stored(post.id)).toMatchObject({
          status: 'approved',
          notes: 'Bring robes',
          version: 3,
        }),
      { timeout: 3000 },
    );
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('approved');
    expect(screen.queryByRole('region', { name: /another window/ })).toBeNull();
    await waitFor(() => expect(screen.getByText(/All changes saved/)).toBeInTheDocument());
    expect(latestNotice()).toBeUndefined();
  });

  it('asks which to keep when both windows changed the same field, showing both', async () => {
    const { post, user, question } = await bothChanged('notes', 'Start', 'Theirs', ' mine');
    expect(within(question).getByText('Start mine')).toBeInTheDocument();
    expect(within(question).getByText('Theirs')).toBeInTheDocument();
    // Nothing is overwritten while the question is open; the typing stays on screen.
    expect(await stored(post.id)).toMatchObject({ notes: 'Theirs', version: 2 });
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Start mine');

    await user.click(within(question).getByRole('button', { name: /Keep yours/ }));
    await waitFor(async () => expect((await stored(post.id)).notes).toBe('Start mine'), {
      timeout: 3000,
    });
    expect(screen.queryByRole('region', { name: 'Changed in another window too' })).toBeNull();
  });

  it('takes the other window’s value when asked to', async () => {
    const { post, user, question } = await bothChanged('title', 'Spa day', 'Spa week', '!');
    await user.click(within(question).getByRole('button', { name: /Keep theirs/ }));
    expect(screen.getByRole('textbox', { name: /title/i })).toHaveValue('Spa week');
    await new Promise((r) => setTimeout(r, 900));
    expect(await stored(post.id)).toMatchObject({ title: 'Spa week', version: 2 });
  });

  it('shows the other window’s newest value when it saves again while the question is open', async () => {
    const { post, user, question } = await bothChanged('notes', 'Start', 'Theirs', ' mine');
    expect(within(question).getByText('Theirs')).toBeInTheDocument();
    // The other window saves again; this one is idle, waiting for the person's choice.
    await call('posts.update', { id: post.id, version: 2, notes: 'Theirs, again' });
    await within(question).findByText('Theirs, again', {}, { timeout: 4000 });
    expect(within(question).getByText('Start mine')).toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: /Keep theirs/ }));
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('Theirs, again');
    await new Promise((r) => setTimeout(r, 900));
    expect(await stored(post.id)).toMatchObject({ notes: 'Theirs, again', version: 3 });
  });

  it('does not close over changes that could not be saved, unless told to', async () => {
    const post = await seed();
    const user = renderEditor();
    await call('posts.update', { id: post.id, version: post.version, title: 'Coffee, team' });
    await user.type(screen.getByRole('textbox', { name: /title/i }), ' (mine)');
    await waitFor(() => expect(screen.getByText(/Not saved/)).toBeInTheDocument(), {
      timeout: 3000,
    });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be saved yet/);
    expect(useUi.getState().editingId).toBe(post.id);
    await user.click(screen.getByRole('button', { name: 'Close without them' }));
    await waitFor(() => expect(useUi.getState().editingId).toBeNull());
    expect(await stored(post.id)).toMatchObject({ title: 'Coffee, team', version: 2 });
  });

  it('fetches a post the planner has not loaded', async () => {
    const post = await call('posts.create', { title: 'Far in the future', notes: 'Plan early' });
    openEditor(post.id);
    renderEditor();
    expect(await screen.findByRole('textbox', { name: 'Notes' })).toHaveValue('Plan early');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /title/i })).toHaveFocus());
  });

  it('says so when a typed time does not exist on a clock-change day', async () => {
    const post = await seed({ scheduledAt: '2026-03-07T15:00:00.000Z' });
    const user = renderEditor();
    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-03-08');
    const time = screen.getByLabelText('Time');
    await user.clear(time);
    await user.type(time, '02:30');
    expect(screen.getByText(/02:30 does not exist that day, so it will be 03:30/)).toBeVisible();
    // A date in the past is saved once confirmed.
    await user.click(screen.getByRole('button', { name: 'Yes, use this date' }));
    // 03:30 EDT = 07:30 UTC; once saved it stays saved.
    await waitFor(
      async () => expect((await stored(post.id)).scheduledAt).toBe('2026-03-08T07:30:00.000Z'),
      {
        timeout: 3000,
      },
    );
    await waitFor(() => expect(screen.getByText(/All changes saved/)).toBeInTheDocument());
  });

  it('stores a date and time typed in the practice zone as the right UTC instant', async () => {
    const post = await seed();
    const user = renderEditor();
    expect(screen.getByText('No date: this post waits in the backlog.')).toBeInTheDocument();
    // 9 March 2026 is the day after New York moves to daylight time (UTC−4).
    await user.type(screen.getByLabelText('Date'), '2026-03-09');
    const time = screen.getByLabelText('Time');
    // The practice's default posting time, the same one a drop on a day uses.
    expect(time).toHaveValue('10:00');
    await user.clear(time);
    await user.type(time, '10:30');
    // A date in the past is saved once confirmed.
    await user.click(screen.getByRole('button', { name: 'Yes, use this date' }));
    await waitFor(
      async () => expect((await stored(post.id)).scheduledAt).toBe('2026-03-09T14:30:00.000Z'),
      {
        timeout: 3000,
      },
    );
    expect(screen.getByText(/Practice time \(America\/New York\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move to backlog' }));
    await waitFor(async () => expect((await stored(post.id)).scheduledAt).toBeNull(), {
      timeout: 3000,
    });
  });

  it('shows a stored time in the practice zone', async () => {
    await seed({ scheduledAt: '2026-01-15T15:00:00.000Z' }); // 10:00 in New York (UTC−5)
    renderEditor();
    expect(screen.getByLabelText('Date')).toHaveValue('2026-01-15');
    expect(screen.getByLabelText('Time')).toHaveValue('10:00');
  });

  it('flags a missed post', async () => {
    await seed({ scheduledAt: '2020-01-15T15:00:00.000Z', status: 'draft' });
    renderEditor();
    expect(screen.getByText(/Missed:/)).toBeInTheDocument();
  });

  it('offers active staff as owners, and keeps an archived owner marked (archived)', async () => {
    const ana = await call('staff.create', { name: 'Ana Ruiz' });
    const ben = await call('staff.create', { name: 'Ben Okafor' });
    const cy = await call('staff.create', { name: 'Cy Park' });
    await seed({ ownerId: ben.id, featuredStaffIds: [ana.id] });
    await call('staff.archive', { id: ben.id });
    await call('staff.archive', { id: cy.id });
    useStaffStore.setState({ list: await call('staff.list', {}) });
    renderEditor();
    const owner = screen.getByRole('combobox', { name: 'Owner' });
    expect(owner).toHaveDisplayValue('Ben Okafor (archived)');
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No owner', 'Ana Ruiz', 'Ben Okafor (archived)']);
    expect(screen.getByRole('checkbox', { name: 'Ana Ruiz' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /Cy Park/ })).not.toBeInTheDocument();
  });

  it('saves what is pending when closed with Escape', async () => {
    const post = await seed();
    const user = renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Ask Ana first');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(useUi.getState().editingId).toBeNull());
    expect((await stored(post.id)).notes).toBe('Ask Ana first');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('saves the open post when another one opens, and starts from the other', async () => {
    const first = await seed();
    const second = await call('posts.create', { title: 'Staff birthday' });
    receivePost(second);
    const user = renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'First notes');
    openEditor(second.id);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /title/i })).toHaveValue('Staff birthday'),
    );
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('');
    await waitFor(async () => expect((await stored(first.id)).notes).toBe('First notes'));
    expect((await stored(second.id)).notes).toBe('');
  });

  it('moves the post to the trash on Delete, with Undo offered', async () => {
    const post = await seed();
    const user = renderEditor();
    await user.click(screen.getByRole('button', { name: /delete post/i }));
    await waitFor(() => expect(useUi.getState().editingId).toBeNull());
    expect((await call('posts.trash', {})).map((p) => p.id)).toEqual([post.id]);
    expect(findPost(post.id)).toBeUndefined();
    expect(screen.getByText('“Coffee with the team” moved to the trash.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });
});
