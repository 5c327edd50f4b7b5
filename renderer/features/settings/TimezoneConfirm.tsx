// Asked before the practice's time zone changes: do the posts keep their clock times (the usual
// wish: the zone was set wrong) or their moments in time, and how many posts that changes.
import { useEffect, useId, useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { errorMessage } from '../../data/errors';
import {
  changeTimezone,
  previewTimezone,
  type TimezoneImpact,
  type TimezoneKeep,
} from '../../data/timezone';
import { notify } from '../../state/notices';
import { changedMessage, keepConsequence, zoneLabel } from './timezone-utils';

export interface TimezoneConfirmProps {
  from: string;
  to: string;
  /** Called once the zone changed, or when the person keeps the old one. */
  onDone: (changed: boolean) => void;
}

export function TimezoneConfirm({ from, to, onDone }: TimezoneConfirmProps) {
  const [impact, setImpact] = useState<TimezoneImpact | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [keep, setKeep] = useState<TimezoneKeep>('clock');
  const [busy, setBusy] = useState(false);
  const base = useId();

  useEffect(() => {
    let live = true;
    previewTimezone(to).then(
      (found) => live && setImpact(found),
      (e: unknown) => live && setProblem(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [to]);

  const confirm = async () => {
    setBusy(true);
    const outcome = await changeTimezone(to, keep);
    setBusy(false);
    if (outcome.ok) {
      notify(changedMessage(to, keep, outcome.data.moved));
      onDone(true);
    }
  };

  const choice = (value: TimezoneKeep, label: string) => (
    <label className="zone-choice">
      <input
        type="radio"
        name={`${base}-keep`}
        value={value}
        checked={keep === value}
        onChange={() => setKeep(value)}
      />
      <span>
        <strong>{label}</strong>
        <span className="zone-choice-detail">
          {impact ? keepConsequence(impact, value) : 'Counting posts…'}
        </span>
      </span>
    </label>
  );

  return (
    <ConfirmStep
      className="zone-confirm"
      actionsClassName="zone-confirm-actions"
      confirmClassName="button primary"
      labelledBy={`${base}-question`}
      cancelOnEscape
      busy={busy || (impact === null && problem === null)}
      busyLabel="Changing…"
      confirmLabel={`Change to ${zoneLabel(to)}`}
      cancelLabel={`Keep ${zoneLabel(from)}`}
      onConfirm={() => void confirm()}
      onCancel={() => onDone(false)}
      cancelWhileBusy
    >
      <p id={`${base}-question`} className="zone-question">
        Change the time zone from {zoneLabel(from)} to {zoneLabel(to)}?
      </p>
      {problem ? (
        <p role="alert">{problem}</p>
      ) : (
        <fieldset className="zone-choices">
          <legend>Dated posts keep</legend>
          {choice('clock', 'Their clock times (usual when the zone was set wrong)')}
          {choice('instant', 'Their moments in time (the practice really moved)')}
        </fieldset>
      )}
    </ConfirmStep>
  );
}
