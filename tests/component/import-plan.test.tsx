import { render, screen } from '@testing-library/react';
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
    const ana = await source.call('staff.create', { name: 'Ana Ruiz' });
    await source.call('posts.create', { title: 'Meet Ana', ownerId: ana.id });
    await source.call('posts.create', { title: 'Coffee run' });
    return await source.call('export.json', {});
  } finally {
    source.cleanup();
  }
}

it('imports a whole plan into an empty planner, then reloads', async () => {
  store = useRealApi({ wire: 'http' });
  await loadApp();
  const plan = await exportedPlan();
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
  expect(
    await screen.findByText('Imported 2 posts and 1 person from plan.json.'),
  ).toBeInTheDocument();
  expect(reload).toHaveBeenCalled();
  expect((await store.call('export.json', {})).posts).toEqual(plan.posts);
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
  expect(await screen.findByText(/only be imported into an empty planner/)).toBeInTheDocument();
  expect(reload).not.toHaveBeenCalled();
  expect(store.snapshot()).toBe(before);
});
