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
  /** The month grid's focused day (`YYYY-MM-DD`): its one tab stop. */
  focusedDay: string | null;
}

export const useUi = create<UiState>()(() => ({
  editingId: null,
  newPost: null,
  editorKey: null,
  filter: NO_FILTER,
  focusedDay: null,
}));

// What had the focus when the editor opened (a chip, a backlog item): it gets it back when the
// editor closes, so Page Up/Down and the arrows go on from there.
let returnFocusTo: Element | null = null;

export function openEditor(editingId: string | null): void {
  const before = useUi.getState().editingId;
  if (editingId !== null && before === null) returnFocusTo = document.activeElement;
  useUi.setState({ editingId, newPost: null, editorKey: null });
  if (editingId === null && before !== null) {
    const target = returnFocusTo;
    returnFocusTo = null;
    // After the editor has left the page.
    setTimeout(() => {
      const chip = document.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(before)}"]`);
      const back = target instanceof HTMLElement && target.isConnected ? target : chip;
      if (back && document.activeElement === document.body) back.focus();
    }, 0);
  }
}

export function setFocusedDay(focusedDay: string | null): void {
  useUi.setState({ focusedDay });
}

let drafts = 0;

/** Opens the editor on a new post that is saved only once something is typed in it. */
export function openNewPost(draft: NewPostDraft): void {
  if (useUi.getState().editingId === null) returnFocusTo = document.activeElement;
  useUi.setState({ editingId: NEW_POST_ID, newPost: draft, editorKey: `new-${++drafts}` });
}

/** The new post's first save created it: the same form goes on editing the saved post. */
export function newPostSaved(id: string): void {
  useUi.setState((s) => (s.editingId === NEW_POST_ID ? { editingId: id, newPost: null } : {}));
}

export function setFilter(filter: Partial<PostFilter>): void {
  useUi.setState((s) => ({ filter: { ...s.filter, ...filter } }));
}
