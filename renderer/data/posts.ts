// Posts, in one place: every post loaded (dated ones by the ranges the calendar showed,
// undated ones as the backlog) lives once in this store, so the calendar, the Ideas panel and
// the editor always show the same post. Dated and undated posts are kept apart, so loading
// the backlog does not disturb the month on screen; a post whose content did not change keeps
// its object, so its chip does not repaint.
import { useEffect } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Post, PostCreateInput, PostPatch } from '../../shared/contract';
import { fail, notify } from '../state/notices';
import { api } from './client';
import { ApiError, errorMessage, onlyAboutFields, type Outcome } from './errors';
import { mutate } from './mutate';
import { defineQuery, type QueryStatus } from './query';
import { workloadQuery } from './staff';

export interface Range {
  from: string;
  to: string;
}

interface PostsState {
  /** Posts with a time, by id. */
  dated: Record<string, Post>;
  /** Posts without a time (the idea backlog), by id. */
  undated: Record<string, Post>;
  /** Each range asked for (`from|to`) and how its load went. */
  ranges: Record<string, QueryStatus>;
  backlog: QueryStatus | 'idle';
}

const EMPTY: PostsState = { dated: {}, undated: {}, ranges: {}, backlog: 'idle' };

export const usePostsStore = create<PostsState>()(() => EMPTY);

const rangeKey = ({ from, to }: Range) => `${from}|${to}`;

/** The stored object when nothing in it changed (so memoised chips stay put). */
function settled(before: Post | undefined, after: Post): Post {
  return before && before.version === after.version && before.updatedAt === after.updatedAt
    ? before
    : after;
}

function without<T>(map: Record<string, T>, id: string): Record<string, T> {
  if (!(id in map)) return map;
  const { [id]: _gone, ...rest } = map;
  return rest;
}

/** Puts a post where it belongs now (or takes it out, once it is in the trash). */
export function receivePost(post: Post): Post {
  usePostsStore.setState((s) => {
    const dated = without(s.dated, post.id);
    const undated = without(s.undated, post.id);
    if (post.deletedAt) return { dated, undated };
    return post.scheduledAt
      ? { dated: { ...dated, [post.id]: settled(s.dated[post.id], post) }, undated }
      : { dated, undated: { ...undated, [post.id]: settled(s.undated[post.id], post) } };
  });
  workloadQuery.invalidate();
  return post;
}

// ---- Reading ---------------------------------------------------------------------------------

// Range loads can overlap while someone pages quickly: each range keeps only its newest answer.
const loading = new Map<string, Promise<void>>();
// Bumped when everything is forgotten: answers to questions asked before are dropped.
let generation = 0;

/** Loads the posts scheduled in `range` (skipped when it is loaded, unless `force`). */
export function loadRange(range: Range, { force = false } = {}): Promise<void> {
  const key = rangeKey(range);
  const status = usePostsStore.getState().ranges[key];
  if (!force && (status === 'ready' || loading.has(key)))
    return loading.get(key) ?? Promise.resolve();
  const asked = generation;
  const run = (async () => {
    usePostsStore.setState((s) => ({
      ranges: { ...s.ranges, [key]: s.ranges[key] === 'ready' ? 'ready' : 'loading' },
    }));
    try {
      const posts = await api('posts.listRange', range);
      if (asked !== generation) return;
      usePostsStore.setState((s) => {
        const dated: Record<string, Post> = {};
        // Keep what lies outside the range; inside it, the answer is the truth.
        for (const [id, post] of Object.entries(s.dated)) {
          if (post.scheduledAt! < range.from || post.scheduledAt! >= range.to) dated[id] = post;
        }
        for (const post of posts) dated[post.id] = settled(s.dated[post.id], post);
        return { dated, ranges: { ...s.ranges, [key]: 'ready' } };
      });
    } catch (error) {
      if (asked !== generation) return;
      usePostsStore.setState((s) => ({ ranges: { ...s.ranges, [key]: 'error' } }));
      fail(error);
    } finally {
      if (asked === generation) loading.delete(key);
    }
  })();
  loading.set(key, run);
  return run;
}

const byTime = (a: Post, b: Post) =>
  a.scheduledAt!.localeCompare(b.scheduledAt!) || a.title.localeCompare(b.title);

/**
 * The posts scheduled in [from, to), ordered by time, loading them when needed. The array
 * stays the same while its posts do (loading another month does not repaint this one).
 */
export function usePostsInRange(range: Range): {
  posts: Post[];
  status: QueryStatus;
  retry: () => void;
} {
  const { from, to } = range;
  const key = rangeKey(range);
  const asked = usePostsStore((s) => s.ranges[key]);
  // Loads when this range was never asked for (again after reloadPosts forgets the ranges).
  useEffect(() => {
    if (asked === undefined) void loadRange({ from, to });
  }, [from, to, asked]);
  const posts = usePostsStore(
    useShallow((s) =>
      Object.values(s.dated)
        .filter((p) => p.scheduledAt! >= from && p.scheduledAt! < to)
        .sort(byTime),
    ),
  );
  return {
    posts,
    status: asked ?? 'loading',
    retry: () => void loadRange({ from, to }, { force: true }),
  };
}

let backlogLoad: Promise<void> | null = null;

export function loadBacklog(): Promise<void> {
  backlogLoad ??= readBacklog().finally(() => (backlogLoad = null));
  return backlogLoad;
}

async function readBacklog(): Promise<void> {
  const asked = generation;
  usePostsStore.setState((s) => ({ backlog: s.backlog === 'ready' ? 'ready' : 'loading' }));
  try {
    const posts = await api('posts.backlog', {});
    if (asked !== generation) return;
    usePostsStore.setState((s) => ({
      undated: Object.fromEntries(posts.map((p) => [p.id, settled(s.undated[p.id], p)])),
      backlog: 'ready',
    }));
  } catch (error) {
    usePostsStore.setState({ backlog: 'error' });
    fail(error);
  }
}

/** The undated posts (ideas), loading them on first use. */
export function useBacklog(): { ideas: Record<string, Post>; status: QueryStatus } {
  const ideas = usePostsStore((s) => s.undated);
  const status = usePostsStore((s) => s.backlog);
  useEffect(() => {
    if (status === 'idle') void loadBacklog();
  }, [status]);
  return { ideas, status: status === 'idle' ? 'loading' : status };
}

/** A loaded post by id, dated or not. */
export function findPost(id: string): Post | undefined {
  const { dated, undated } = usePostsStore.getState();
  return dated[id] ?? undated[id];
}

export function usePost(id: string | null): Post | undefined {
  return usePostsStore((s) => (id === null ? undefined : (s.dated[id] ?? s.undated[id])));
}

/**
 * Fetches one post into the store (one the calendar has not loaded); null when it is gone.
 * `quiet` for a re-read that runs again soon: a failure then tells nobody.
 */
export async function fetchPost(id: string, { quiet = false } = {}): Promise<Post | null> {
  try {
    const post = await api('posts.get', { id });
    receivePost(post);
    return post;
  } catch (error) {
    if (!quiet) fail(error);
    return null;
  }
}

/**
 * Forgets what was loaded, so every screen reads its posts again (after sample data, a
 * restore, …): the ones on screen now, the others when they are next shown.
 */
export function reloadPosts(): void {
  forget();
  usePostsStore.setState({ ...EMPTY, backlog: 'idle' });
  trashQuery.invalidate();
  workloadQuery.invalidate();
}

export const trashQuery = defineQuery(() => api('posts.trash', {}));

// ---- Changing --------------------------------------------------------------------------------

export async function createPost(input: PostCreateInput): Promise<Post | null> {
  const outcome = await mutate(async () => receivePost(await api('posts.create', input)));
  return outcome.ok ? outcome.data : null;
}

/**
 * Saves a patch against the version last seen. A conflict offers the newer version, or with
 * `onConflict: 'merge'` loads it quietly for the caller to merge (the editor merges by field);
 * errors about the fields in `fieldsShown` are left to the form that shows them.
 */
export async function updatePost(
  id: string,
  patch: PostPatch,
  {
    fieldsShown = [],
    onConflict = 'notify',
  }: { fieldsShown?: readonly string[]; onConflict?: 'notify' | 'merge' } = {},
): Promise<Outcome<Post>> {
  const current = findPost(id) ?? (await api('posts.get', { id }).catch(() => undefined));
  if (!current) {
    return { ok: false, error: new ApiError('not_found', 'That post no longer exists.') };
  }
  try {
    return {
      ok: true,
      data: receivePost(await api('posts.update', { ...patch, id, version: current.version })),
    };
  } catch (thrown) {
    const error =
      thrown instanceof ApiError ? thrown : new ApiError('internal', errorMessage(thrown));
    if (error.code === 'conflict' && onConflict === 'merge') {
      // Not awaited: the newer version lands in the store once this save is over, and the
      // editor merges it into what is being typed.
      void fetchPost(id);
    } else if (error.code === 'conflict') {
      notify(error.message, {
        tone: 'error',
        action: { label: 'Load newer version', run: () => void fetchPost(id) },
      });
    } else if (!onlyAboutFields(error, fieldsShown)) {
      fail(error);
    }
    return { ok: false, error };
  }
}

/** Moves a post to a time (or back to the backlog with null) at once; undone if refused. */
export async function movePost(id: string, scheduledAt: string | null): Promise<boolean> {
  const before = findPost(id);
  if (!before) return false;
  receivePost({ ...before, scheduledAt });
  try {
    receivePost(await api('posts.update', { id, version: before.version, scheduledAt }));
    return true;
  } catch (error) {
    receivePost(before);
    notify(
      `“${before.title}” could not be moved: ${error instanceof ApiError ? error.message : 'please try again.'}`,
      { tone: 'error' },
    );
    return false;
  }
}

export async function restorePost(id: string): Promise<boolean> {
  const outcome = await mutate(async () => receivePost(await api('posts.restore', { id })));
  trashQuery.invalidate();
  if (outcome.ok) notify(`“${outcome.data.title}” is back.`);
  return outcome.ok;
}

export async function deletePost(id: string): Promise<boolean> {
  const outcome = await mutate(async () => receivePost(await api('posts.delete', { id })));
  trashQuery.invalidate();
  if (outcome.ok) {
    notify(`“${outcome.data.title}” moved to the trash.`, {
      action: { label: 'Undo', run: () => void restorePost(id) },
    });
  }
  return outcome.ok;
}

export async function emptyTrash(): Promise<number | null> {
  const outcome = await mutate(() => api('posts.emptyTrash', {}));
  trashQuery.invalidate();
  return outcome.ok ? outcome.data.removed : null;
}

function forget(): void {
  generation++;
  loading.clear();
  backlogLoad = null;
}

/** A fresh start (tests; a different planner file). */
export function resetPosts(): void {
  forget();
  usePostsStore.setState(EMPTY, true);
  trashQuery.reset();
}
