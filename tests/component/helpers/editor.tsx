// The post editor against the real contract dispatcher over a real SQLite file (better-sqlite3
// loads here: vitest's jsdom environment still runs in Node): each test gets a fresh planner
// in New York time, a post to open and the editor with the notices under it.
import { StrictMode } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import type { ChannelInput, Post } from '../../../shared/contract';
import { NoticeBar } from '../../../renderer/components/NoticeBar';
import { receivePost } from '../../../renderer/data/posts';
import { useSettingsStore } from '../../../renderer/data/settings';
import { useStaffStore } from '../../../renderer/data/staff';
import { PostEditor } from '../../../renderer/features/post-editor/PostEditor';
import { openEditor } from '../../../renderer/state/ui';
import { useRealApi, type RealApi } from './real-api';

/** Sets up each test's planner; returns what the tests use. */
export function editorPlanner() {
  let api: RealApi;
  /** Calls the real dispatcher directly ("behind the editor's back": another window). */
  const call: RealApi['call'] = (channel, input) => api.call(channel, input);

  beforeEach(async () => {
    // Like the real hosts, calls and answers cross a serialisation boundary.
    api = useRealApi({ wire: 'ipc' });
    const settings = await call('settings.update', { version: 1, timezone: 'America/New_York' });
    useSettingsStore.setState({ settings });
    useStaffStore.setState({ list: await call('staff.list', {}) });
  });

  afterEach(async () => {
    cleanup(); // unmount first: the editor flushes on its way out
    api.close();
    vi.restoreAllMocks();
  });

  /** Makes a post and opens it in the editor. */
  async function seed(fields: Partial<ChannelInput<'posts.create'>> = {}): Promise<Post> {
    const post = await call('posts.create', { title: 'Coffee with the team', ...fields });
    receivePost(post);
    openEditor(post.id);
    return post;
  }

  return { call, seed, stored: (id: string) => call('posts.get', { id }) };
}

export function renderEditor() {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <PostEditor />
      <NoticeBar />
    </StrictMode>,
  );
  return user;
}

export const caption = () => screen.getByRole('textbox', { name: 'Caption' });
export const counters = () => within(screen.getByRole('region', { name: /length per platform/i }));
