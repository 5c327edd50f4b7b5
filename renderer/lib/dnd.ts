// react-big-calendar's drag-and-drop addon is CommonJS. A production Vite build can hand back
// the module's exports object as `default` instead of the function itself (it passed in vitest
// and crashed in the built page), so accept both shapes.
import { Calendar } from 'react-big-calendar';
import withDragAndDropModule from 'react-big-calendar/lib/addons/dragAndDrop';

type WithDragAndDrop = typeof withDragAndDropModule;

export function resolveInterop<T>(module: T | { default: T }): T {
  return typeof module === 'function' ? (module as T) : (module as { default: T }).default;
}

const withDragAndDrop: WithDragAndDrop = resolveInterop<WithDragAndDrop>(withDragAndDropModule);

export interface CalendarEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
}

export const DragAndDropCalendar = withDragAndDrop<CalendarEvent>(Calendar);
