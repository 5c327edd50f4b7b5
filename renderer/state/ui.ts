// UI state that is not in the address: the post open in the editor and the calendar filters.
// (The page, calendar view and date are in the route: renderer/state/route.ts.)
import { create } from 'zustand';
import { NO_FILTER, type PostFilter } from '../../shared/posts';

interface UiState {
  editingId: string | null;
  filter: PostFilter;
  /** The month grid's focused day (`YYYY-MM-DD`): its one tab stop. */
  focusedDay: string | null;
}

export const useUi = create<UiState>()(() => ({
  editingId: null,
  filter: NO_FILTER,
  focusedDay: null,
}));

// What had the focus when the editor opened (a chip, a backlog item): it gets it back when the
// editor closes, so Page Up/Down and the arrows go on from there.
let returnFocusTo: Element | null = null;

export function openEditor(editingId: string | null): void {
  const before = useUi.getState().editingId;
  if (editingId !== null && before === null) returnFocusTo = document.activeElement;
  useUi.setState({ editingId });
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

export function setFilter(filter: Partial<PostFilter>): void {
  useUi.setState((s) => ({ filter: { ...s.filter, ...filter } }));
}
