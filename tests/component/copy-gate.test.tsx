// The editor's Copy (the text for upload) goes through the same exit gate as every export: a
// patient story without a consent that holds is not copied, and the notice says why.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { NoticeBar } from '../../renderer/components/NoticeBar';
import { receivePost } from '../../renderer/data/posts';
import { useSettingsStore } from '../../renderer/data/settings';
import { PostEditor } from '../../renderer/features/post-editor/PostEditor';
import { latestNotice } from '../../renderer/state/notices';
import { openEditor } from '../../renderer/state/ui';
import { useRealApi, type RealApi } from './helpers/real-api';

let api: RealApi;

beforeEach(async () => {
  api = useRealApi({ wire: 'ipc' });
  const settings = await api.call('settings.update', { version: 1, timezone: 'America/Chicago' });
  useSettingsStore.setState({ settings });
});

afterEach(() => {
  cleanup();
  api.close();
  vi.restoreAllMocks();
});

async function openStory(consentIds: string[] = []) {
  const post = await api.call('posts.create', {
    title: 'J.’s first visit',
    category: 'patient_story',
    scheduledAt: '2026-12-15T16:00:00.000Z',
    caption: 'J. came to us nervous about her first visit.',
    platforms: ['facebook'],
    consentIds,
  });
  receivePost(post);
  openEditor(post.id);
  const user = userEvent.setup();
  render(
    <>
      <PostEditor />
      <NoticeBar />
    </>,
  );
  const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  await user.click(await screen.findByRole('button', { name: 'Copy the Facebook caption' }));
  return writeText;
}

it('does not copy a patient story without a consent, and says why', async () => {
  const writeText = await openStory();
  await vi.waitFor(() =>
    expect(latestNotice()?.message).toBe(
      'Not copied. Needs patient consent first: the patient story needs a linked consent.',
    ),
  );
  expect(writeText).not.toHaveBeenCalled();
});

it('copies it once a valid consent is linked', async () => {
  const consent = await api.call('consents.create', {
    patientRef: 'J.K.',
    covers: ['testimonial'],
    platforms: 'all_social',
    signedOn: '2026-11-01',
    expiresOn: '2027-11-01',
    formRef: 'Binder 3',
  });
  const writeText = await openStory([consent.id]);
  await vi.waitFor(() =>
    expect(writeText).toHaveBeenCalledWith('J. came to us nervous about her first visit.'),
  );
  expect(latestNotice()?.message).toBe('Copied the Facebook caption');
});
