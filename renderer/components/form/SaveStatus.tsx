import { Check, TriangleAlert } from 'lucide-react';
import type { SaveState } from '../../hooks/useAutosave';

const LABELS: Record<SaveState, string> = {
  saved: 'All changes saved',
  pending: 'Editing…',
  saving: 'Saving…',
  error: 'Not saved — see the message below',
};

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite">
      {state === 'saved' ? (
        <Check aria-hidden="true" size="1em" className="mark" />
      ) : state === 'error' ? (
        <TriangleAlert aria-hidden="true" size="1em" className="mark" />
      ) : null}{' '}
      {LABELS[state]}
    </span>
  );
}
