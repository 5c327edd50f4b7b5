// Whether the search dialog is open (Ctrl/Cmd+K, "/", the header button, the menu).
import { create } from 'zustand';

export const useSearchOpen = create<{ open: boolean }>()(() => ({ open: false }));

export function openSearch(): void {
  useSearchOpen.setState({ open: true });
}

export function closeSearch(): void {
  useSearchOpen.setState({ open: false });
}
