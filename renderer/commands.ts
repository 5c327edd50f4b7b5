// App commands, one place: the Electron menu sends them, and keyboard shortcuts run the same.
import type { AppCommand } from '../shared/commands';
import { onAppCommand } from './api/client';
import { useApp } from './state/app';
import { usePlanner } from './state/planner';
import { QUICK_ADD_ID } from './views/BacklogPanel';

export function runCommand(command: AppCommand): void {
  const app = useApp.getState();
  const planner = usePlanner.getState();
  switch (command) {
    case 'new-idea':
      planner.openEditor(null);
      if (app.view !== 'calendar' && app.view !== 'ideas') app.setView('ideas');
      // The quick-add field appears once the view has rendered.
      setTimeout(() => document.getElementById(QUICK_ADD_ID)?.focus(), 0);
      return;
    case 'go-today':
    case 'go-previous':
    case 'go-next':
      app.setView('calendar');
      planner.navigate(command === 'go-today' ? 'today' : command === 'go-next' ? 1 : -1);
      return;
    case 'view-calendar':
    case 'view-ideas':
    case 'view-staff':
    case 'view-trash':
    case 'view-settings':
      app.setView(command.slice('view-'.length) as 'calendar');
      return;
  }
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
 */
export function commandForKey(e: KeyboardEvent): AppCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && key === 'n') return 'new-idea';
  if (mod || e.altKey || isTyping(e.target)) return null;
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
