// When a post goes out: a date and a time in the practice's zone, or no date (the backlog).
// A date given without a time starts at the practice's default posting time. The browser's date
// field reports '' both for a date typed in part and for one wiped: neither moves the post
// (the form keeps its last date and says why); only "Move to backlog" takes the date away.
import { CalendarX2 } from 'lucide-react';
import { FieldGroup } from '../../components/form/Field';
import { useDefaultPostTime } from '../../data/settings';
import type { UnfinishedDate } from './date-check-utils';
import type { Draft } from './post-editor-utils';

export function WhenFields({
  draft,
  error,
  zone,
  shiftedTime,
  unfinished,
  onUnfinished,
  onEdit: edit,
  onMoveToBacklog,
}: {
  draft: Draft;
  error: string | undefined;
  zone: string;
  /** The time the draft's date and time really give (a clock change can move it). */
  shiftedTime: string;
  /** Whether the date field holds something that is not a whole date (it shows it as typed). */
  unfinished: boolean;
  onUnfinished: (kind: UnfinishedDate | null) => void;
  onEdit: (change: Partial<Draft>) => void;
  onMoveToBacklog: () => void;
}) {
  const defaultTime = useDefaultPostTime();
  const zoneName = zone.replaceAll('_', ' ');
  return (
    <FieldGroup
      legend="When"
      className="field post-editor-when"
      error={error}
      hint={
        draft.date === ''
          ? 'No date: this post waits in the backlog.'
          : shiftedTime !== draft.time
            ? `The clocks change then: ${draft.time} does not exist that day, so it will be ${shiftedTime} (${zoneName}).`
            : `Practice time (${zoneName}).`
      }
    >
      <div className="post-editor-row">
        <label className="field">
          <span className="field-hint-label">Date</span>
          <input
            type="date"
            // '' while unfinished: the same as the field reports, so React leaves the typing be.
            value={unfinished ? '' : draft.date}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              const date = e.target.value;
              if (date === '') {
                onUnfinished(e.target.validity.badInput ? 'partial' : 'emptied');
                return;
              }
              onUnfinished(null);
              edit({ date, time: draft.time === '' ? defaultTime : draft.time });
            }}
          />
        </label>
        <label className="field">
          <span className="field-hint-label">Time</span>
          <input
            type="time"
            value={draft.time}
            aria-invalid={error ? true : undefined}
            onChange={(e) => edit({ time: e.target.value })}
          />
        </label>
      </div>
      <div className="post-editor-when-foot">
        <button
          type="button"
          className="button"
          disabled={draft.date === '' && draft.time === ''}
          onClick={onMoveToBacklog}
        >
          <CalendarX2 aria-hidden="true" size="1.1em" className="mark" /> Move to backlog
        </button>
      </div>
    </FieldGroup>
  );
}
