// "Fill spotlights": pick a period and a weekday; see who would be featured when (the most
// overdue first, owners taking turns), then create the drafts.
import { todayIn } from '../../../shared/clock';
import { useId, useState, type FormEvent } from 'react';
import type { PlannedSpotlightOut } from '../../../shared/channels/rhythm';
import { fillSpotlights, previewSpotlights } from '../../data/rhythm';
import { useDefaultPostTime } from '../../data/settings';
import { useStaffById } from '../../data/staff';
import { formatDateTime, weekdayNames } from '../../lib/format';
import { Dialog } from '../../components/Dialog';
import { nextMonth } from './rhythm-utils';

export function FillSpotlightsDialog({ onClose }: { onClose: () => void }) {
  const uid = useId();
  const defaultTime = useDefaultPostTime();
  const staffById = useStaffById();
  const [period, setPeriod] = useState(() => nextMonth(todayIn()));
  const [weekday, setWeekday] = useState(3);
  const [time, setTime] = useState(defaultTime);
  const [plan, setPlan] = useState<PlannedSpotlightOut[] | null>(null);
  const [busy, setBusy] = useState(false);
  const input = { ...period, weekday, time };

  async function preview(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const outcome = await previewSpotlights(input);
    setBusy(false);
    if (outcome.ok) setPlan(outcome.data);
  }

  async function create() {
    setBusy(true);
    const outcome = await fillSpotlights(input);
    setBusy(false);
    if (outcome.ok) onClose();
  }

  const changed = (fn: () => void) => {
    fn();
    setPlan(null);
  };

  return (
    <Dialog title="Fill spotlights" titleId={`${uid}-title`} onClose={onClose} wide>
      <form className="rhythm-form" onSubmit={preview}>
        <p className="field-hint">
          One staff spotlight a week, for the people who have waited longest; owners take turns. You
          see the plan before anything is made.
        </p>
        <div className="rhythm-row">
          <label className="field">
            <span className="field-label">From</span>
            <input
              type="date"
              value={period.from}
              onChange={(e) => changed(() => setPeriod({ ...period, from: e.target.value }))}
            />
          </label>
          <label className="field">
            <span className="field-label">To</span>
            <input
              type="date"
              value={period.to}
              onChange={(e) => changed(() => setPeriod({ ...period, to: e.target.value }))}
            />
          </label>
          <label className="field">
            <span className="field-label">Weekday</span>
            <select
              value={weekday}
              onChange={(e) => changed(() => setWeekday(Number(e.target.value)))}
            >
              {weekdayNames().map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Time</span>
            <input
              type="time"
              value={time}
              onChange={(e) => changed(() => setTime(e.target.value))}
            />
          </label>
        </div>
        <div className="rhythm-actions">
          <button type="submit" className="button" disabled={busy}>
            Show the plan
          </button>
        </div>
      </form>
      {plan ? (
        <section className="fill-plan" aria-labelledby={`${uid}-plan`}>
          <h3 id={`${uid}-plan`}>
            {plan.length === 0
              ? 'Nothing to create: every week in this period already has a spotlight.'
              : `This creates ${plan.length === 1 ? '1 draft' : `${plan.length} drafts`}:`}
          </h3>
          <ul>
            {plan.map((p) => (
              <li key={p.date}>
                <strong>{formatDateTime(p.scheduledAt)}</strong>: {p.name}
                {p.ownerId ? `, owner ${staffById.get(p.ownerId)?.name ?? ''}` : ', no owner'}
              </li>
            ))}
          </ul>
          {plan.length > 0 ? (
            <div className="rhythm-actions">
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => void create()}
              >
                Create {plan.length === 1 ? '1 draft' : `${plan.length} drafts`}
              </button>
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
            </div>
          ) : null}
        </section>
      ) : null}
    </Dialog>
  );
}
