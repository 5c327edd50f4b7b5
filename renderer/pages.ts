// The page registry: each page's label and its lazily loaded component, in navigation order.
// Adding a page: its address in address.ts, one entry here, and its feature folder.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageId } from './address';

export interface PageEntry {
  id: PageId;
  label: string;
  component: LazyExoticComponent<ComponentType>;
  /** Starts fetching the page's code (before it is first shown). */
  preload(): Promise<unknown>;
}

/** A page's component, loaded on first use (or on `preload`). */
function page(id: PageId, label: string, load: () => Promise<ComponentType>): PageEntry {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  return { id, label, component: lazy(preload), preload };
}

export const PAGES: readonly PageEntry[] = [
  page('calendar', 'Calendar', () =>
    import('./features/calendar/CalendarPage').then((m) => m.CalendarPage),
  ),
  page('meeting', 'Meeting', () =>
    import('./features/meeting/MeetingPage').then((m) => m.MeetingPage),
  ),
  page('ideas', 'Ideas', () => import('./features/ideas/IdeasPage').then((m) => m.IdeasPage)),
  page('staff', 'Staff', () => import('./features/staff/StaffPage').then((m) => m.StaffPage)),
  page('media', 'Media', () => import('./features/media/MediaPage').then((m) => m.MediaPage)),
  page('consents', 'Consents', () =>
    import('./features/consent/ConsentsPage').then((m) => m.ConsentsPage),
  ),
  page('trash', 'Trash', () => import('./features/trash/TrashPage').then((m) => m.TrashPage)),
  page('handoff', 'Import & export', () =>
    import('./features/handoff/HandoffPage').then((m) => m.HandoffPage),
  ),
  page('settings', 'Settings', () =>
    import('./features/settings/SettingsPage').then((m) => m.SettingsPage),
  ),
];

export function pageEntry(id: PageId): PageEntry {
  return PAGES.find((p) => p.id === id)!;
}
