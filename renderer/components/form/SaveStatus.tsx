import { Check, Hourglass, TriangleAlert } from 'lucide-react';
import type { SaveState } from '../../hooks/useAutosave';

/**
 * What a form says about its changes: the autosave's state, or `waiting` while a change waits
 * for the person's answer (a confirm step): not saved, and no flush can save it.
 */
export type ShownSaveState = SaveState | 'waiting';

const LABELS: Record<ShownSaveState, string> = {
  saved: 'All changes saved',
  pending: 'Editing…',
  saving: 'Saving…',
  error: 'Not saved — see the message below',
  waiting: 'Not saved yet — waiting for your answer below',
};

const MARKS: Partial<Record<ShownSaveState, typeof Check>> = {
  saved: Check,
  error: TriangleAlert,
  waiting: Hourglass,
};

export function SaveStatus({ state }: { state: ShownSaveState }) {
  const Mark = MARKS[state];
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite">
      {Mark ? <Mark aria-hidden="true" size="1em" className="mark" /> : null} {LABELS[state]}
    </span>
  );
}
