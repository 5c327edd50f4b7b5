import * as clock from '../../shared/clock';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { samplePlan } from '../../electron/api/sample';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { loadBacklog, loadRange } from '../../renderer/data/posts';
import { loadStaff, useStaffStore } from '../../renderer/data/staff';
import { FirstRun } from '../../renderer/features/onboarding/FirstRun';
import { SampleDataSection } from '../../renderer/features/onboarding/SampleDataSection';
import { useRoute } from '../../renderer/state/route';
import { loadApp, loadedPosts, useRealApi, type RealApi } from './helpers/real-api';

const ZONE = 'America/New_York';
const SAMPLE_POSTS = samplePlan().posts.length;

let store: RealApi;
beforeEach(async () => {
  // The real dispatcher over a real SQLite file: what the UI does is what the store keeps.
  store = useRealApi();
  await store.call('settings.update', {
    version: 1,
    timezone: ZONE,
    practiceName: 'Lumen Aesthetics',
  });
  await loadApp();
});
afterEach(() => store.close());

const today = () => clock.nowIn(ZONE).toISODate()!;

describe('FirstRun', () => {
  it('welcomes and lists the three first steps', async () => {
    render(<FirstRun />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Welcome to Rapport, Lumen Aesthetics!' }),
    ).toBeInTheDocument();
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps.map((s) => within(s).getByRole('heading').textContent)).toEqual([
      'Add your team',
      'Jot down a few ideas',
      'Drag ideas onto the calendar',
    ]);
  });

  it('goes to the Staff and Ideas views', async () => {
    const user = userEvent.setup();
    render(<FirstRun />);
    await user.click(screen.getByRole('button', { name: 'Go to Staff' }));
    expect(useRoute.getState().route.page).toBe('staff');
    await user.click(screen.getByRole('button', { name: 'Go to Ideas' }));
    expect(useRoute.getState().route.page).toBe('ideas');
  });

  it('offers the empty calendar only when the calendar asks for it', async () => {
    const user = userEvent.setup();
    const show = vi.fn();
    const { rerender } = render(<FirstRun />);
    expect(screen.queryByRole('button', { name: 'Show the empty calendar' })).toBeNull();
    rerender(<FirstRun onShowCalendar={show} />);
    await user.click(screen.getByRole('button', { name: 'Show the empty calendar' }));
    expect(show).toHaveBeenCalledOnce();
  });

  it('loads a sample month into the store and says so', async () => {
    const user = userEvent.setup();
    render(
      <>
        <FirstRun />
        <NoticeBar />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Load a sample month' }));

    expect(
      await screen.findByText(`Loaded a sample month: 6 people and ${SAMPLE_POSTS} posts`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(useStaffStore.getState().list).toHaveLength(6);
    // What a calendar and the Ideas panel on screen read again once the sample is in.
    await loadRange({
      from: clock.nowIn().minus({ days: 40 }).toUTC().toISO()!,
      to: clock.nowIn().plus({ days: 40 }).toUTC().toISO()!,
    });
    await loadBacklog();
    const posts = loadedPosts();
    expect(posts.filter((p) => p.scheduledAt === null).length).toBeGreaterThanOrEqual(5);
    expect(posts.filter((p) => p.scheduledAt !== null).length).toBeGreaterThanOrEqual(15);
    expect(await store.call('sample.status', {})).toEqual({ loaded: true });
    // Laid out around today where the practice is.
    const birthday = posts.find((p) => p.title === 'Happy birthday, Priya!')!;
    expect(DateTime.fromISO(birthday.scheduledAt!, { zone: ZONE }).toISODate()).toBe(
      DateTime.fromISO(today()).plus({ days: 6 }).toISODate(),
    );
    expect(screen.getByRole('button', { name: 'Load a sample month' })).toBeEnabled();
  });

  it('tells the user when the sample is already there', async () => {
    const user = userEvent.setup();
    await store.call('sample.load', { today: today() });
    render(
      <>
        <FirstRun />
        <NoticeBar />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Load a sample month' }));
    expect(await screen.findByText('The sample month is already loaded.')).toBeInTheDocument();
    expect(await store.call('staff.list', {})).toHaveLength(6);
  });
});

describe('SampleDataSection', () => {
  it('offers to load when there is no sample data', async () => {
    render(<SampleDataSection />);
    expect(await screen.findByText(/No sample data in your planner/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load a sample month' })).toBeInTheDocument();
  });

  it('removes the sample after a confirm step, keeping the user’s own work', async () => {
    const user = userEvent.setup();
    await store.call('sample.load', { today: today() });
    const priya = (await store.call('staff.list', {})).find((s) => s.name === 'Priya Nair')!;
    const mine = await store.call('posts.create', { title: 'My own idea', ownerId: priya.id });
    await loadStaff();
    render(
      <>
        <SampleDataSection />
        <NoticeBar />
      </>,
    );
    expect(await screen.findByText(/is in your planner/)).toBeInTheDocument();

    // The first click only asks; "Keep it" changes nothing.
    await user.click(screen.getByRole('button', { name: 'Remove sample data' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removal' });
    expect(confirm).toHaveTextContent(/for good/);
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(await store.call('sample.status', {})).toEqual({ loaded: true });

    await user.click(screen.getByRole('button', { name: 'Remove sample data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove sample data' }));

    expect(
      await screen.findByText(
        `Removed the sample month: ${SAMPLE_POSTS} posts and 5 people. 1 sample person your own ` +
          'posts mention was kept, archived.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText(/No sample data in your planner/)).toBeInTheDocument();
    expect(await store.call('sample.status', {})).toEqual({ loaded: false });
    expect(useStaffStore.getState().list.map((s) => [s.name, s.active])).toEqual([
      ['Priya Nair', false],
    ]);
    await loadBacklog();
    expect(loadedPosts().map((p) => p.title)).toEqual(['My own idea']);
    expect((await store.call('posts.get', { id: mine.id })).ownerId).toBe(priya.id);
  });
});
