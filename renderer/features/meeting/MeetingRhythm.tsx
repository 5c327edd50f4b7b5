// Sections 3–5 of the meeting: coming celebrations and overdue spotlights, the backlog's top
// ideas (give one a day and an owner in place), and the month's content mix against targets.
import { PersonSelect } from '../../components/PersonSelect';
import { DateTime } from 'luxon';
import { useId, useState, type FormEvent } from 'react';
import type { MomentOut } from '../../../shared/channels/rhythm';
import type { Post } from '../../../shared/contract';
import { nobodyOverdueWords } from '../../../shared/rhythm/spotlight';
import { CATEGORIES } from '../../../shared/vocabulary';
import { updatePost } from '../../data/posts';
import { spotlightQuery, useMix, useMomentsInRange } from '../../data/rhythm';
import type { Range } from '../../data/posts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatWeekdayMonthDay,
  plural,
} from '../../lib/format';
import { atDefaultTime } from './meeting-utils';
import type { WeekContext } from './MeetingWeeks';

function momentLabel(m: MomentOut): string {
  // Birthdays without years: nothing private on a shared screen.
  if (m.kind === 'birthday') return 'Birthday';
  return m.years
    ? `${plural(m.years, { one: 'year', other: 'years' })} at the practice`
    : 'Work anniversary';
}

export function CelebrationsSection({ range }: { range: Range }) {
  const moments = useMomentsInRange(range);
  const spotlights = spotlightQuery.use();
  const overdue = (spotlights.data ?? []).filter((s) => s.overdue);
  return (
    <div className="meeting-columns">
      <div className="meeting-group">
        <h3>Coming celebrations (next three weeks)</h3>
        {moments.length === 0 ? (
          <p className="meeting-quiet">None in the next three weeks.</p>
        ) : (
          <ul className="meeting-list">
            {moments.map((m) => (
              <li key={`${m.kind}-${m.staffId}-${m.date}`}>
                <span className="meeting-time">
                  {formatWeekdayMonthDay(DateTime.fromISO(m.date))}
                </span>{' '}
                <strong>{m.name}</strong> · {momentLabel(m)}
                {m.celebratePublicly ? '' : ' · inside the team only'}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="meeting-group">
        <h3>Overdue spotlights</h3>
        {spotlights.status !== 'ready' ? (
          <p className="meeting-quiet">{spotlights.error ?? 'Loading…'}</p>
        ) : overdue.length === 0 ? (
          <p className="meeting-quiet">{nobodyOverdueWords(spotlights.data ?? [])}</p>
        ) : (
          <ul className="meeting-list">
            {overdue.map((s) => (
              <li key={s.staffId}>
                <strong>{s.name}</strong> ·{' '}
                {s.lastFeaturedAt
                  ? `last featured ${formatDate(DateTime.fromISO(s.lastFeaturedAt))}`
                  : 'never featured'}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function IdeaRow({
  idea,
  ctx,
  days,
  defaultTime,
}: {
  idea: Post;
  ctx: WeekContext;
  days: string[];
  defaultTime: string;
}) {
  const id = useId();
  const [picked, setDay] = useState(days[0] ?? '');
  // Another week on screen offers other days: a pick no longer offered falls back to the first.
  const day = days.includes(picked) ? picked : (days[0] ?? '');
  const [owner, setOwner] = useState(idea.ownerId ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    await updatePost(idea.id, {
      scheduledAt: atDefaultTime(day, defaultTime, ctx.zone),
      ownerId: owner || null,
      status: idea.status === 'idea' ? 'draft' : idea.status,
    });
    setBusy(false);
  };
  return (
    <li className="meeting-idea">
      <p className="meeting-title">
        <span
          className="meeting-swatch"
          style={{ background: CATEGORIES[idea.category].color }}
          aria-hidden="true"
        />{' '}
        <span dir="auto">{ctx.title(idea)}</span>{' '}
        <span className="meeting-quiet">({CATEGORIES[idea.category].label})</span>
      </p>
      <form
        className="meeting-edit"
        onSubmit={(e) => void submit(e)}
        aria-label={`Schedule ${ctx.title(idea)}`}
      >
        <label htmlFor={`${id}-day`}>Day</label>
        <select id={`${id}-day`} value={day} onChange={(e) => setDay(e.target.value)}>
          {days.map((d) => (
            <option key={d} value={d}>
              {formatWeekdayMonthDay(DateTime.fromISO(d))}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-owner`}>Owner</label>
        <PersonSelect
          id={`${id}-owner`}
          staff={ctx.staff}
          value={owner}
          onChange={setOwner}
          noneLabel="No owner"
        />
        <button type="submit" className="button primary" disabled={busy}>
          Schedule<span className="visually-hidden">: {ctx.title(idea)}</span>
        </button>
      </form>
    </li>
  );
}

export function IdeasSection({
  ideas,
  ctx,
  days,
  defaultTime,
}: {
  ideas: Post[];
  ctx: WeekContext;
  days: string[];
  defaultTime: string;
}) {
  if (ideas.length === 0) return <p className="meeting-quiet">The backlog is empty.</p>;
  return (
    <ul className="meeting-ideas">
      {ideas.map((idea) => (
        <IdeaRow key={idea.id} idea={idea} ctx={ctx} days={days} defaultTime={defaultTime} />
      ))}
    </ul>
  );
}

const VERDICTS = { under: 'Under target', over: 'Over target', ok: 'On target' } as const;

export function MixSection({ range, month }: { range: Range; month: string }) {
  const mix = useMix(range);
  const report = mix.data;
  if (!report) return <p className="meeting-quiet">{mix.error ?? 'Loading…'}</p>;
  return (
    <>
      <table className="meeting-table">
        <caption>
          {month}: {plural(report.total, { one: 'post', other: 'posts' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Posts</th>
            <th scope="col">Share</th>
            <th scope="col">Target</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {report.rows
            .filter((r) => r.count > 0 || r.target > 0)
            .map((r) => (
              <tr key={r.category} className={r.verdict === 'ok' ? '' : 'meeting-off-target'}>
                <th scope="row">
                  <span
                    className="meeting-swatch"
                    style={{ background: CATEGORIES[r.category].color }}
                    aria-hidden="true"
                  />{' '}
                  {CATEGORIES[r.category].label}
                </th>
                <td>{formatNumber(r.count)}</td>
                <td>{formatPercent(r.share)}</td>
                <td>{formatPercent(r.target)}</td>
                <td>{VERDICTS[r.verdict]}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {report.notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </>
  );
}
