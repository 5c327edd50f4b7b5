// UI state that is not in the address: the post open in the editor and the calendar filters.
// (The page, calendar view and date are in the route: renderer/state/route.ts.)
import { create } from 'zustand';
import { NO_FILTER, type PostFilter } from '../../shared/posts';

/** `editingId` while the editor shows a new post that is not saved yet. */
export const NEW_POST_ID = 'new-post';

export interface NewPostDraft {
  /** Where the click landed (UTC ISO), or null for the backlog. */
  scheduledAt: string | null;
}

interface UiState {
  editingId: string | null;
  /** The unsaved new post the editor shows when `editingId` is NEW_POST_ID. */
  newPost: NewPostDraft | null;
  /**
   * Names the editor's form while it stays the same form: a new post keeps its form (and the
   * typing in it) when its first save creates it and `editingId` becomes the real id.
   */
  editorKey: string | null;
  filter: PostFilter;
}

export const useUi = create<UiState>()(() => ({
  editingId: null,
  newPost: null,
  editorKey: null,
  filter: NO_FILTER,
}));

export function openEditor(editingId: string | null): void {
  useUi.setState({ editingId, newPost: null, editorKey: null });
}

let drafts = 0;

/** Opens the editor on a new post that is saved only once something is typed in it. */
export function openNewPost(draft: NewPostDraft): void {
  useUi.setState({ editingId: NEW_POST_ID, newPost: draft, editorKey: `new-${++drafts}` });
}

/** The new post's first save created it: the same form goes on editing the saved post. */
export function newPostSaved(id: string): void {
  useUi.setState((s) => (s.editingId === NEW_POST_ID ? { editingId: id, newPost: null } : {}));
}

export function setFilter(filter: Partial<PostFilter>): void {
  useUi.setState((s) => ({ filter: { ...s.filter, ...filter } }));
}
