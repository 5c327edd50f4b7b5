// Team rhythm's screens against the real store (the contract dispatcher over a temp SQLite
// file): Coming up → Plan a post, Fill spotlights with its preview, the voice check, and
// "Celebrate publicly" on a staff card.
import * as clock from '../../shared/clock';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { comingUpQuery, spotlightQuery } from '../../renderer/data/rhythm';
import { RhythmPanel } from '../../renderer/features/rhythm/RhythmPanel';
import { MomentsLayer } from '../../renderer/features/rhythm/MomentsLayer';
import { VoiceFindings } from '../../renderer/features/rhythm/VoiceFindings';
import { StaffPage } from '../../renderer/features/staff/StaffPage';
import { RhythmSettingsSection } from '../../renderer/features/rhythm/RhythmSettingsSection';
import { loadApp, useRealApi, type RealApi } from './helpers/real-api';

let api: RealApi;
beforeEach(() => {
  api = useRealApi({ wire: 'http' });
  comingUpQuery.reset();
  spotlightQuery.reset();
});
afterEach(() => api.close());

const range = {
  from: clock.nowIn().startOf('month').toUTC().toISO()!,
  to: clock.nowIn().plus({ months: 1 }).startOf('month').toUTC().toISO()!,
};

describe('team rhythm screens', { timeout: 20_000 }, () => {
  it('plans a birthday post from Coming up, owner preselected', async () => {
    const soon = clock.nowIn().plus({ days: 5 });
    const ana = await api.call('staff.create', {
      name: 'Ana Ruiz',
      birthday: soon.toFormat('MM-dd'),
    });
    const me = await api.call('staff.create', { name: 'Ben Okafor' });
    await api.call('prefs.update', { meStaffId: me.id });
    await loadApp();
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <MomentsLayer range={range} />
        <RhythmPanel range={range} />
        <NoticeBar />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: /Ana Ruiz’s birthday/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Ana Ruiz’s birthday' });
    expect(within(dialog).getByRole('combobox', { name: 'Owner' })).toHaveValue(me.id);
    await user.click(within(dialog).getByRole('button', { name: 'Plan a post' }));
    await screen.findByText('Planned “Happy birthday, Ana Ruiz!” as a draft.');
    const posts = await api.call('posts.listRange', {
      from: clock.nowIn().minus({ days: 1 }).toUTC().toISO()!,
      to: clock.nowIn().plus({ days: 40 }).toUTC().toISO()!,
    });
    expect(posts).toEqual([
      expect.objectContaining({
        category: 'celebration',
        ownerId: me.id,
        featuredStaffIds: [ana.id],
      }),
    ]);
  });

  it('shows what Fill spotlights will make, then makes it', async () => {
    for (const name of ['Ana', 'Ben']) await api.call('staff.create', { name });
    await loadApp();
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <RhythmPanel range={range} />
        <NoticeBar />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Fill spotlights' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fill spotlights' });
    await user.click(within(dialog).getByRole('button', { name: 'Show the plan' }));
    const heading = await within(dialog).findByRole('heading', { name: /This creates \d drafts/ });
    const count = Number(/(\d) drafts/.exec(heading.textContent ?? '')![1]);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(
      await api.call('spotlight.fillPreview', { ...nextMonthInput(), weekday: 3, time: '10:00' }),
    ).toHaveLength(count);
    await user.click(within(dialog).getByRole('button', { name: `Create ${count} drafts` }));
    await screen.findByText(`Created ${count} spotlight drafts.`);
    expect(
      await api.call('spotlight.fillPreview', { ...nextMonthInput(), weekday: 3, time: '10:00' }),
    ).toEqual([]);
  });

  it('underlines and explains the hard sell, and lets warm words be', async () => {
    const { rerender } = render(<VoiceFindings text="Book now — 20% off this week only!" />);
    await screen.findByText('3 gentle suggestions (they never stop you saving).');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(document.querySelectorAll('mark.voice-mark')).toHaveLength(3);
    rerender(<VoiceFindings text="Happy birthday, Ana! Cake in the break room at three." />);
    await screen.findByText('Sounds warm: nothing to flag.');
  });

  it('saves “Celebrate publicly” from the staff card and shows the spotlight line', async () => {
    const ana = await api.call('staff.create', { name: 'Ana Ruiz', birthday: '04-17' });
    await loadApp();
    const user = userEvent.setup({ delay: null });
    render(<StaffPage />);
    const card = await screen.findByRole('article', { name: 'Ana Ruiz' });
    await within(card).findByText(/Last spotlight: never/);
    expect(within(card).getByText(/Overdue for a spotlight/)).toBeVisible();
    await user.click(
      within(card).getByRole('checkbox', { name: 'Celebrate Ana’s birthday publicly' }),
    );
    await waitFor(async () =>
      expect(
        (await api.call('staff.list', {})).find((s) => s.id === ana.id)!.celebratePublicly,
      ).toBe(false),
    );
  });
});

describe('team rhythm settings', { timeout: 20_000 }, () => {
  it('saves the cadence and the practice’s own prompts, which can be hidden', async () => {
    await loadApp();
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <RhythmSettingsSection />
        <NoticeBar />
      </>,
    );
    const weeks = await screen.findByRole('spinbutton', { name: /Spotlight everyone/ });
    await user.clear(weeks);
    await user.type(weeks, '6');
    await user.click(screen.getByRole('button', { name: 'Save team rhythm' }));
    await waitFor(async () =>
      expect((await api.call('rhythm.getSettings', {})).spotlightWeeks).toBe(6),
    );

    await user.type(
      screen.getByRole('textbox', { name: 'New prompt' }),
      'What is {{name} reading?',
    );
    await user.click(screen.getByRole('button', { name: 'Add prompt' }));
    await screen.findByDisplayValue('What is {name} reading?');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    await screen.findByRole('button', { name: 'Show again' });
    const visible = await api.call('prompts.list', {});
    expect(visible.some((p) => p.text === 'What is {name} reading?')).toBe(false);
  });
});

function nextMonthInput() {
  const start = clock.nowIn().plus({ months: 1 }).startOf('month');
  return { from: start.toISODate()!, to: start.endOf('month').toISODate()! };
}
