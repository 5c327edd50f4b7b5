// UI state that is not in the address: the post open in the editor and the calendar filters.
// (The page, calendar view and date are in the route: renderer/state/route.ts.)
import { create } from 'zustand';
import { NO_FILTER, type PostFilter } from '../../shared/posts';

interface UiState {
  editingId: string | null;
  filter: PostFilter;
}

export const useUi = create<UiState>()(() => ({ editingId: null, filter: NO_FILTER }));

export function openEditor(editingId: string | null): void {
  useUi.setState({ editingId });
}

export function setFilter(filter: Partial<PostFilter>): void {
  useUi.setState((s) => ({ filter: { ...s.filter, ...filter } }));
}
