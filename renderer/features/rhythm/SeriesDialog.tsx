// Create or edit a recurring series ("Team Tuesday"): title, category, first day, time, how it
// repeats, when it ends, owners taking turns. Editing asks which posts: this one, this and
// following, or all. Every control is a labelled form control, reachable by keyboard.
import { todayIn } from '../../../shared/clock';
import { CategorySelect } from '../../components/CategorySelect';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { DateTime } from 'luxon';
import { isIsoDate } from '../../../shared/time';
import type { SeriesScope, SeriesWithPosts } from '../../../shared/channels/rhythm';
import { expandSeries, fillHorizon, ruleProblem } from '../../../shared/rhythm/series';
import { fieldErrorsOf } from '../../data/errors';
import { createSeries, deleteSeries, updateSeries } from '../../data/rhythm';
import { useDefaultPostTime, usePracticeZone } from '../../data/settings';
import { useStaff } from '../../data/staff';
import { formatDateTime, weekdayNames } from '../../lib/format';
import { notify } from '../../state/notices';
import { Dialog } from '../../components/Dialog';
import {
  buildRule,
  formFromSeries,
  newSeriesForm,
  type Ending,
  type Repeat,
  type SeriesForm,
} from './rhythm-utils';

const REPEATS: { id: Repeat; label: string }[] = [
  { id: 'weekly', label: 'Every week (on the days below)' },
  { id: 'monthly_date', label: 'Every month, on the same date' },
  { id: 'monthly_nth', label: 'Every month, on the same weekday (e.g. second Tuesday)' },
  { id: 'yearly', label: 'Every year' },
];
const SCOPES: { id: SeriesScope; label: string }[] = [
  { id: 'this', label: 'Only this post' },
  { id: 'following', label: 'This and following posts' },
  { id: 'all', label: 'All posts in the series' },
];

/** Only what the person changed: an edit never re-applies what was already there. */
function changedFields<T extends Record<string, unknown>>(
  saved: Record<string, unknown>,
  next: T,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([k, v]) => JSON.stringify(saved[k]) !== JSON.stringify(v)),
  ) as Partial<T>;
}

/** A new first day moves a single chosen weekday along with it. */
function withStart(form: SeriesForm, patch: Partial<SeriesForm>): SeriesForm {
  const next = { ...form, ...patch };
  if (patch.startOn && isIsoDate(patch.startOn) && isIsoDate(form.startOn)) {
    const before = DateTime.fromISO(form.startOn).weekday;
    if (form.weekdays.length === 1 && form.weekdays[0] === before)
      next.weekdays = [DateTime.fromISO(patch.startOn).weekday];
  }
  return next;
}

export function SeriesDialog({
  onClose,
  editing,
}: {
  onClose: () => void;
  /** Editing: the series and the occurrence (its date) it was opened from. */
  editing?: { series: SeriesWithPosts['series']; from: string };
}) {
  const uid = useId();
  const zone = usePracticeZone();
  const defaultTime = useDefaultPostTime();
  const staff = useStaff().filter((s) => s.active);
  const [form, setForm] = useState<SeriesForm>(() =>
    editing ? formFromSeries(editing.series) : newSeriesForm(todayIn(), defaultTime),
  );
  const [scope, setScope] = useState<SeriesScope>('following');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<SeriesForm>) => setForm((f) => withStart(f, patch));

  const rule = buildRule(form);
  const endOn = form.ending === 'on' && form.endOn ? form.endOn : null;
  const preview = useMemo(() => {
    if (!form.startOn || ruleProblem(rule) || !/^\d\d:\d\d$/.test(form.time)) return null;
    try {
      const horizon =
        form.ending === 'never'
          ? fillHorizon(form.startOn, todayIn(), form.monthsAhead)
          : '9999-12-31';
      return expandSeries({ startOn: form.startOn, time: form.time, rule, endOn }, zone, horizon);
    } catch {
      return null;
    }
  }, [form, rule, endOn, zone]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form.title.trim()) {
      setErrors({ title: 'Give the series a title' });
      return;
    }
    setBusy(true);
    const fields = {
      title: form.title,
      category: form.category,
      time: form.time,
      rule,
      endOn,
      monthsAhead: form.monthsAhead,
      ownerIds: form.ownerIds,
    };
    const outcome = editing
      ? await updateSeries({
          id: editing.series.id,
          version: editing.series.version,
          scope,
          from: editing.from,
          ...changedFields(
            editing.series,
            scope === 'this'
              ? { title: fields.title, category: fields.category, time: fields.time }
              : { ...fields, ...(scope === 'all' ? { startOn: form.startOn } : {}) },
          ),
        })
      : await createSeries({ ...fields, startOn: form.startOn });
    setBusy(false);
    if (!outcome.ok) {
      setErrors(fieldErrorsOf(outcome.error, Object.keys(fields).concat('startOn', 'from')));
      return;
    }
    notify(
      editing
        ? `Saved “${outcome.data.series.title}”.`
        : `Created “${outcome.data.series.title}” with ${outcome.data.posts.length} posts.`,
    );
    onClose();
  }

  async function remove() {
    if (!editing) return;
    const outcome = await deleteSeries({ id: editing.series.id, scope, from: editing.from });
    if (outcome.ok) onClose();
  }

  const err = (name: string) =>
    errors[name] ? (
      <span className="field-error" id={`${uid}-${name}-error`}>
        {errors[name]}
      </span>
    ) : null;
  const described = (name: string) => (errors[name] ? `${uid}-${name}-error` : undefined);

  return (
    <Dialog
      title={editing ? `Edit “${editing.series.title}”` : 'New series'}
      titleId={`${uid}-title`}
      onClose={onClose}
      wide
    >
      <form className="rhythm-form series-form" onSubmit={submit} noValidate>
        {editing ? (
          <fieldset className="field">
            <legend className="field-label">Change which posts?</legend>
            {SCOPES.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="radio"
                  name={`${uid}-scope`}
                  checked={scope === s.id}
                  onChange={() => setScope(s.id)}
                />
                {s.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className="field">
          <span className="field-label">Title</span>
          <input
            dir="auto"
            type="text"
            value={form.title}
            maxLength={200}
            placeholder="e.g. Team Tuesday"
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={described('title')}
            onChange={(e) => set({ title: e.target.value })}
          />
          {err('title')}
        </label>
        <div className="rhythm-row">
          <label className="field">
            <span className="field-label">Category</span>
            <CategorySelect value={form.category} onChange={(category) => set({ category })} />
          </label>
          <label className="field">
            <span className="field-label">First day</span>
            <input
              type="date"
              value={form.startOn}
              disabled={editing !== undefined && scope !== 'all'}
              aria-invalid={errors.startOn ? true : undefined}
              aria-describedby={described('startOn')}
              onChange={(e) => set({ startOn: e.target.value })}
            />
            {err('startOn')}
          </label>
          <label className="field">
            <span className="field-label">Time</span>
            <input
              type="time"
              value={form.time}
              aria-invalid={errors.time ? true : undefined}
              aria-describedby={described('time')}
              onChange={(e) => set({ time: e.target.value })}
            />
            {err('time')}
          </label>
        </div>
        {scope !== 'this' || !editing ? (
          <>
            <div className="rhythm-row">
              <label className="field grow">
                <span className="field-label">Repeats</span>
                <select
                  value={form.repeat}
                  onChange={(e) => set({ repeat: e.target.value as Repeat })}
                >
                  {REPEATS.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field-label">Every how many?</span>
                <input
                  type="number"
                  min={1}
                  max={52}
                  value={form.interval}
                  onChange={(e) => set({ interval: Math.max(1, Number(e.target.value) || 1) })}
                />
              </label>
            </div>
            {form.repeat === 'weekly' ? (
              <fieldset className="field">
                <legend className="field-label">On</legend>
                <div className="weekday-checks">
                  {weekdayNames().map((d) => (
                    <label key={d.value} className="check">
                      <input
                        type="checkbox"
                        checked={form.weekdays.includes(d.value)}
                        onChange={(e) =>
                          set({
                            weekdays: e.target.checked
                              ? [...form.weekdays, d.value]
                              : form.weekdays.filter((w) => w !== d.value),
                          })
                        }
                      />
                      {d.label}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
            <fieldset className="field">
              <legend className="field-label">Ends</legend>
              <div className="ending-choices">
                {(['after', 'on', 'never'] as Ending[]).map((end) => (
                  <label key={end} className="check">
                    <input
                      type="radio"
                      name={`${uid}-ending`}
                      checked={form.ending === end}
                      onChange={() => set({ ending: end })}
                    />
                    {end === 'after'
                      ? 'After a number of posts'
                      : end === 'on'
                        ? 'On a date'
                        : 'Never (kept filled ahead)'}
                  </label>
                ))}
              </div>
              {form.ending === 'after' ? (
                <label className="field">
                  <span className="field-label">How many posts</span>
                  <input
                    type="number"
                    min={1}
                    max={400}
                    value={form.count}
                    onChange={(e) => set({ count: Math.max(1, Number(e.target.value) || 1) })}
                  />
                </label>
              ) : null}
              {form.ending === 'on' ? (
                <label className="field">
                  <span className="field-label">Last day</span>
                  <input
                    type="date"
                    value={form.endOn}
                    aria-invalid={errors.endOn ? true : undefined}
                    aria-describedby={described('endOn')}
                    onChange={(e) => set({ endOn: e.target.value })}
                  />
                  {err('endOn')}
                </label>
              ) : null}
              {form.ending === 'never' ? (
                <label className="field">
                  <span className="field-label">Keep filled how many months ahead</span>
                  <input
                    type="number"
                    min={1}
                    max={24}
                    value={form.monthsAhead}
                    onChange={(e) =>
                      set({ monthsAhead: Math.min(24, Math.max(1, Number(e.target.value) || 1)) })
                    }
                  />
                </label>
              ) : null}
            </fieldset>
            <fieldset className="field">
              <legend className="field-label">Owners take turns</legend>
              <div className="weekday-checks">
                {staff.length === 0 ? (
                  <span className="field-hint">Add people on the Staff page first.</span>
                ) : null}
                {staff.map((s) => (
                  <label key={s.id} className="check">
                    <input
                      type="checkbox"
                      checked={form.ownerIds.includes(s.id)}
                      onChange={(e) =>
                        set({
                          ownerIds: e.target.checked
                            ? [...form.ownerIds, s.id]
                            : form.ownerIds.filter((o) => o !== s.id),
                        })
                      }
                    />
                    {s.name}
                  </label>
                ))}
              </div>
              {err('ownerIds')}
            </fieldset>
          </>
        ) : null}
        {err('rule')}
        {err('from')}
        {preview && (scope !== 'this' || !editing) ? (
          <div className="series-preview" aria-live="polite">
            <p>
              <strong>{preview.length === 1 ? '1 post' : `${preview.length} posts`}</strong>, rule{' '}
              <code>{rule}</code>
            </p>
            <ul>
              {preview.slice(0, 6).map((o) => (
                <li key={o.date}>{formatDateTime(o.scheduledAt)}</li>
              ))}
              {preview.length > 6 ? <li>…</li> : null}
            </ul>
          </div>
        ) : null}
        <div className="rhythm-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {editing ? 'Save' : 'Create series'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {editing ? (
            <button
              type="button"
              className="button danger push-right"
              onClick={() => void remove()}
            >
              Delete{' '}
              {scope === 'this'
                ? 'this post'
                : scope === 'following'
                  ? 'this and following'
                  : 'the whole series'}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
