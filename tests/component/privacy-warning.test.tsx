// "Never a name" in the post editor: a patient story whose title or caption's first line names
// someone is warned about with the reason, as it is typed; a staff spotlight is not.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { receivePost } from '../../renderer/data/posts';
import { useSettingsStore } from '../../renderer/data/settings';
import { useStaffStore } from '../../renderer/data/staff';
import { PostEditor } from '../../renderer/features/post-editor/PostEditor';
import { openEditor } from '../../renderer/state/ui';
import { useRealApi, type RealApi } from './helpers/real-api';

let api: RealApi;

beforeEach(async () => {
  api = useRealApi();
  useSettingsStore.setState({ settings: await api.call('settings.get', {}) });
  useStaffStore.setState({ list: await api.call('staff.list', {}) });
});

afterEach(() => {
  cleanup();
  api.close();
});

async function edit(fields: ChannelInput<'posts.create'>) {
  const post = await api.call('posts.create', fields);
  receivePost(post);
  openEditor(post.id);
  const user = userEvent.setup();
  render(<PostEditor />);
  return user;
}

const warning = () => screen.queryByText(/seems to name/);

it('warns, with the reason, when a patient story’s title or first line names someone', async () => {
  const user = await edit({ title: 'Patient story: six weeks on', category: 'patient_story' });
  expect(warning()).toBeNull();
  const title = screen.getByRole('textbox', { name: /Title/ });
  await user.clear(title);
  await user.type(title, "Patient story: Jane's journey");
  await waitFor(() =>
    expect(warning()?.textContent).toBe(
      'The title seems to name someone: “Jane”. A patient story never names the patient; ' +
        'use initials or leave the name out.',
    ),
  );
  await user.type(screen.getByRole('textbox', { name: 'Caption' }), 'Tom came in last spring.');
  await screen.findByText(/The caption’s first line seems to name someone: “Tom”/);
  await user.clear(title);
  await user.type(title, 'Patient story: J.D., six weeks on');
  await waitFor(() => expect(screen.queryByText(/The title seems/)).toBeNull());
});

it('does not check a staff spotlight, which names the person it features', async () => {
  await edit({ title: 'Meet Priya, our nurse injector', category: 'staff_spotlight' });
  await screen.findByRole('textbox', { name: /Title/ });
  expect(warning()).toBeNull();
});
