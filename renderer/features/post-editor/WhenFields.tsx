// When a post goes out: a date and a time in the practice's zone, or no date (the backlog).
// A date given without a time starts at the practice's default posting time.
import { FieldGroup } from '../../components/form/Field';
import { useDefaultPostTime } from '../../data/settings';
import type { Draft } from './post-editor-utils';

export function WhenFields({
  draft,
  error,
  zone,
  shiftedTime,
  onEdit: edit,
}: {
  draft: Draft;
  error: string | undefined;
  zone: string;
  /** The time the draft's date and time really give (a clock change can move it). */
  shiftedTime: string;
  onEdit: (change: Partial<Draft>) => void;
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
            value={draft.date}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              const date = e.target.value;
              edit({
                date,
                time: date !== '' && draft.time === '' ? defaultTime : draft.time,
              });
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
          onClick={() => edit({ date: '', time: '' })}
        >
          No date (backlog)
        </button>
      </div>
    </FieldGroup>
  );
}
