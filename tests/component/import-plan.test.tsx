import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { ImportPlanSection } from '../../renderer/features/handoff/ImportPlanSection';
import { tempStore } from '../unit/helpers/temp-db';
import { loadApp, useRealApi, type RealApi } from './helpers/real-api';

let store: RealApi;
afterEach(() => store.close());

async function exportedPlan() {
  const source = tempStore();
  try {
    const settings = await source.call('settings.get', {});
    await source.call('settings.update', {
      version: settings.version,
      practiceName: 'Lumen Aesthetics',
    });
    const ana = await source.call('staff.create', { name: 'Ana Ruiz' });
    await source.call('posts.create', { title: 'Meet Ana', ownerId: ana.id });
    await source.call('posts.create', { title: 'Coffee run' });
    await source.call('actions.create', { week: '2026-W49', text: 'Call the printer' });
    await source.call('meetings.update', { week: '2026-W49', version: 0, notes: 'Decided' });
    return await source.call('export.json', {});
  } finally {
    source.cleanup();
  }
}

it('shows what the file holds and imports only once confirmed, then reloads', async () => {
  store = useRealApi({ wire: 'http' });
  await loadApp();
  const plan = await exportedPlan();
  const empty = store.snapshot();
  const reload = vi.fn();
  const user = userEvent.setup();
  render(
    <>
      <ImportPlanSection reload={reload} />
      <NoticeBar />
    </>,
  );
  const file = new File([JSON.stringify(plan)], 'plan.json', { type: 'application/json' });
  await user.upload(screen.getByLabelText('Plan file (JSON)'), file);

  // Picking shows the contents and writes nothing.
  const preview = await screen.findByRole('region', { name: 'In plan.json' });
  const shown = (term: string) =>
    within(preview).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
  expect(shown('Practice')).toBe('Lumen Aesthetics');
  expect(shown('Posts')).toBe('2');
  expect(shown('Staff')).toBe('1');
  expect(shown('Series')).toBe('0');
  expect(shown('Consents')).toBe('0');
  expect(shown('Meetings')).toBe('1 (1 action item)');
  expect(shown('Photos and videos')).toBe('None');
  expect(shown('Format version')).toBe('3');
  expect(document.activeElement).toBe(within(preview).getByRole('heading'));
  expect(store.snapshot()).toBe(empty);
  expect(reload).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: 'Import into this empty planner' }));
  expect(
    await screen.findByText('Imported 2 posts and 1 person from plan.json.'),
  ).toBeInTheDocument();
  expect(reload).toHaveBeenCalled();
  expect((await store.call('export.json', {})).posts).toEqual(plan.posts);
});

it('lets the person choose another file instead, importing nothing', async () => {
  store = useRealApi();
  await loadApp();
  const empty = store.snapshot();
  const user = userEvent.setup();
  render(<ImportPlanSection reload={vi.fn()} />);
  const plan = JSON.stringify(await exportedPlan());
  await user.upload(
    screen.getByLabelText('Plan file (JSON)'),
    new File([plan], 'plan.json', { type: 'application/json' }),
  );
  await screen.findByRole('region', { name: 'In plan.json' });
  await user.click(screen.getByRole('button', { name: 'Choose another file' }));
  expect(screen.queryByRole('region', { name: 'In plan.json' })).toBeNull();
  expect(store.snapshot()).toBe(empty);
});

it('says so for a file that is not JSON, and refuses a planner that is not empty', async () => {
  store = useRealApi();
  await loadApp();
  await store.call('posts.create', { title: 'Already here' });
  const before = store.snapshot();
  const reload = vi.fn();
  const user = userEvent.setup();
  render(
    <>
      <ImportPlanSection reload={reload} />
      <NoticeBar />
    </>,
  );
  const input = screen.getByLabelText('Plan file (JSON)');
  await user.upload(input, new File(['not json'], 'notes.txt', { type: 'application/json' }));
  expect(await screen.findByText(/notes\.txt is not a JSON file from Rapport/)).toBeInTheDocument();
  await user.upload(
    input,
    new File([JSON.stringify(await exportedPlan())], 'plan.json', { type: 'application/json' }),
  );
  // Said at once, beside the file, before any confirmation is offered.
  expect(await screen.findByText(/only be imported into an empty planner/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Import into this empty planner' })).toBeNull();
  await user.upload(
    input,
    new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'plan.json', {
      type: 'application/json',
    }),
  );
  expect(
    await screen.findByText(/This file is an Excel workbook or another zipped file, not a JSON/),
  ).toBeInTheDocument();
  expect(reload).not.toHaveBeenCalled();
  expect(store.snapshot()).toBe(before);
});
