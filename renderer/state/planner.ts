// The posts the planner has loaded (the visible calendar range and the backlog), the post open
// in the editor, and the filters. Every change goes through `api`; moves are optimistic and
// roll back with a message when the save fails.
import { create } from 'zustand';
import type { Post, PostCreateInput, PostPatch } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import { stepDate, type CalendarView } from '../../shared/calendar';
import { NO_FILTER, type PostFilter } from '../../shared/posts';
import { api } from '../api/client';
import { useApp } from './app';

export interface Range {
  from: string;
  to: string;
}

interface PlannerState {
  /** Every loaded post by id: dated ones in `range`, undated ones (the backlog). */
  posts: Record<string, Post>;
  range: Range | null;
  backlogLoaded: boolean;
  editingId: string | null;
  filter: PostFilter;
  calendarView: CalendarView;
  /** The instant the calendar is centred on. */
  calendarDate: Date;
  setCalendarView(view: CalendarView): void;
  /** Previous/next period of the current view, or back to today. */
  navigate(to: -1 | 1 | 'today' | Date): void;
  loadRange(range: Range): Promise<void>;
  loadBacklog(): Promise<void>;
  /** Reloads what is on screen (after sample data, restore, …). */
  reload(): Promise<void>;
  createPost(input: PostCreateInput): Promise<Post | null>;
  /** Saves a patch against the version last seen. Conflicts and errors are told, not thrown. */
  updatePost(id: string, patch: PostPatch): Promise<Post | null>;
  /** Moves a post to a time (or back to the backlog with null) at once; undone if refused. */
  movePost(id: string, scheduledAt: string | null): Promise<boolean>;
  deletePost(id: string): Promise<void>;
  restorePost(id: string): Promise<void>;
  openEditor(id: string | null): void;
  setFilter(filter: Partial<PostFilter>): void;
}

function byId(posts: Post[]): Record<string, Post> {
  return Object.fromEntries(posts.map((p) => [p.id, p]));
}

function withPost(posts: Record<string, Post>, post: Post): Record<string, Post> {
  if (post.deletedAt) {
    const { [post.id]: _gone, ...rest } = posts;
    return rest;
  }
  return { ...posts, [post.id]: post };
}

function fail(error: unknown) {
  useApp.getState().fail(error);
}

/** The backlog idea being dragged onto the calendar (HTML drag data cannot carry objects). */
export const backlogDrag: { id: string | null } = { id: null };

// Range loads can overlap while someone clicks "next" quickly: only the newest one lands.
let rangeRequest = 0;

export const usePlanner = create<PlannerState>()((set, get) => ({
  posts: {},
  range: null,
  backlogLoaded: false,
  editingId: null,
  filter: NO_FILTER,
  calendarView: 'month',
  calendarDate: new Date(),

  setCalendarView: (calendarView) => set({ calendarView }),
  navigate(to) {
    if (to === 'today') return set({ calendarDate: new Date() });
    if (to instanceof Date) return set({ calendarDate: to });
    const zone = useApp.getState().settings?.timezone ?? 'UTC';
    set({ calendarDate: stepDate(get().calendarView, get().calendarDate, to, zone) });
  },

  async loadRange(range) {
    const request = ++rangeRequest;
    set({ range });
    try {
      const dated = await api('posts.listRange', range);
      if (request !== rangeRequest) return;
      const undated = Object.values(get().posts).filter((p) => p.scheduledAt === null);
      set({ posts: byId([...undated, ...dated]) });
    } catch (error) {
      fail(error);
    }
  },

  async loadBacklog() {
    try {
      const undated = await api('posts.backlog', {});
      const dated = Object.values(get().posts).filter((p) => p.scheduledAt !== null);
      set({ posts: byId([...dated, ...undated]), backlogLoaded: true });
    } catch (error) {
      fail(error);
    }
  },

  async reload() {
    const { range } = get();
    await Promise.all([range ? get().loadRange(range) : null, get().loadBacklog()]);
  },

  async createPost(input) {
    try {
      const post = await api('posts.create', input);
      set({ posts: withPost(get().posts, post) });
      return post;
    } catch (error) {
      fail(error);
      return null;
    }
  },

  async updatePost(id, patch) {
    const current = get().posts[id] ?? (await api('posts.get', { id }).catch(() => undefined));
    if (!current) return null;
    try {
      const saved = await api('posts.update', { ...patch, id, version: current.version });
      set({ posts: withPost(get().posts, saved) });
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        useApp.getState().notify(error.message, {
          tone: 'error',
          action: {
            label: 'Load newer version',
            run: () => void refreshPost(id),
          },
        });
      } else {
        fail(error);
      }
      return null;
    }
  },

  async movePost(id, scheduledAt) {
    const before = get().posts[id];
    if (!before) return false;
    set({ posts: { ...get().posts, [id]: { ...before, scheduledAt } } });
    try {
      const saved = await api('posts.update', { id, version: before.version, scheduledAt });
      set({ posts: withPost(get().posts, saved) });
      return true;
    } catch (error) {
      set({ posts: { ...get().posts, [id]: before } });
      useApp
        .getState()
        .notify(
          `“${before.title}” could not be moved: ${error instanceof ApiError ? error.message : 'please try again.'}`,
          { tone: 'error' },
        );
      return false;
    }
  },

  async deletePost(id) {
    try {
      const trashed = await api('posts.delete', { id });
      set({
        posts: withPost(get().posts, trashed),
        editingId: get().editingId === id ? null : get().editingId,
      });
      useApp.getState().notify(`“${trashed.title}” moved to the trash.`, {
        action: { label: 'Undo', run: () => void get().restorePost(id) },
      });
    } catch (error) {
      fail(error);
    }
  },

  async restorePost(id) {
    try {
      const restored = await api('posts.restore', { id });
      set({ posts: withPost(get().posts, restored) });
      useApp.getState().notify(`“${restored.title}” is back.`);
    } catch (error) {
      fail(error);
    }
  },

  openEditor: (editingId) => set({ editingId }),
  setFilter: (filter) => set({ filter: { ...get().filter, ...filter } }),
}));

async function refreshPost(id: string) {
  try {
    const post = await api('posts.get', { id });
    usePlanner.setState({ posts: withPost(usePlanner.getState().posts, post) });
  } catch (error) {
    fail(error);
  }
}
