// App commands, one place: the Electron menu sends them, and keyboard shortcuts run the same.
import type { AppCommand } from '../shared/commands';
import { onAppCommand } from './data/shell';
import { QUICK_ADD_ID } from './features/ideas/ideas-utils';
import { openSearch } from './features/search/search-state';
import { navigateCalendar } from './state/calendar';
import { goToPage, useRoute } from './state/route';
import { openEditor } from './state/ui';

export function runCommand(command: AppCommand): void {
  const page = useRoute.getState().route.page;
  switch (command) {
    case 'new-idea':
      openEditor(null);
      if (page !== 'calendar' && page !== 'ideas') goToPage('ideas');
      // The quick-add field appears once the page has rendered.
      focusWhenShown(QUICK_ADD_ID);
      return;
    case 'go-today':
    case 'go-previous':
    case 'go-next':
      navigateCalendar(command === 'go-today' ? 'today' : command === 'go-next' ? 1 : -1);
      return;
    case 'view-calendar':
    case 'view-ideas':
    case 'view-staff':
    case 'view-trash':
    case 'view-settings':
    case 'view-meeting':
      goToPage(command.slice('view-'.length) as 'calendar');
      return;
    case 'search':
      openSearch();
      return;
  }
}

/** Focuses an element as soon as it is on the page (pages load lazily). */
function focusWhenShown(id: string, tries = 40): void {
  const element = document.getElementById(id);
  if (element) element.focus();
  else if (tries > 0) setTimeout(() => focusWhenShown(id, tries - 1), 25);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Keyboard shortcuts. Ctrl/Cmd+N is the desktop shortcut (the Electron menu owns it; browsers
 * keep it for a new window), so plain N works too whenever the focus is not in a text field.
 * Ctrl/Cmd+K opens the search anywhere, and so does "/" outside text fields.
 * Ctrl/Cmd+Shift+M opens the weekly meeting.
 */
export function commandForKey(e: KeyboardEvent): AppCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && key === 'n') return 'new-idea';
  if (mod && !e.altKey && key === 'k') return 'search';
  // Ctrl/Cmd+Shift+M: the weekly meeting, from anywhere (text fields too).
  if (mod && e.shiftKey && !e.altKey && key === 'm') return 'view-meeting';
  if (mod || e.altKey || isTyping(e.target)) return null;
  if (e.key === '/') return 'search';
  if (key === 'n') return 'new-idea';
  if (key === 't') return 'go-today';
  return null;
}

export function installCommands(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const command = commandForKey(e);
    if (!command) return;
    e.preventDefault();
    runCommand(command);
  };
  window.addEventListener('keydown', onKey);
  // The preload forwards only known commands (electron/shell/bridge.ts).
  const offMenu = onAppCommand(runCommand);
  return () => {
    window.removeEventListener('keydown', onKey);
    offMenu();
  };
}
