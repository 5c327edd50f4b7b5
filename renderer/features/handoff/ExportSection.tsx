// Export: a month of posts for Buffer or Hootsuite (one platform, the chosen statuses, approved
// by default), as a calendar file (.ics) for one person or everyone, or the whole plan as JSON.
// Files are saved as downloads; posts that break a tool's rule are listed with the reason.
import { PersonSelect } from '../../components/PersonSelect';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { PLATFORM_IDS, PLATFORMS, type PlatformId } from '../../../shared/platforms';
import { STATUS_IDS, STATUSES, type StatusId } from '../../../shared/vocabulary';
import { Field } from '../../components/form/Field';
import { exportForTool, exportIcs, savePlanToFile, type HandoffResult } from '../../data/handoff';
import { usePracticeZone } from '../../data/settings';
import { useStaff } from '../../data/staff';
import { formatDateTime, plural } from '../../lib/format';
import { notify } from '../../state/notices';
import { downloadBlob, downloadText } from './download';
import { currentMonth, monthRange } from './handoff-utils';

type Target = 'buffer' | 'hootsuite' | 'ics' | 'json';
const TARGETS: { id: Target; label: string }[] = [
  { id: 'buffer', label: 'Buffer (bulk upload CSV)' },
  { id: 'hootsuite', label: 'Hootsuite (Bulk Composer CSV)' },
  { id: 'ics', label: 'Calendar file (.ics)' },
  { id: 'json', label: 'Everything (JSON, to move or keep the whole plan)' },
];

export function ExportSection() {
  const zone = usePracticeZone();
  const staff = useStaff();
  const [target, setTarget] = useState<Target>('buffer');
  const [month, setMonth] = useState(() => currentMonth(zone));
  const [platform, setPlatform] = useState<PlatformId>('instagram_feed');
  const [statuses, setStatuses] = useState<StatusId[]>(['approved']);
  const [ownerId, setOwnerId] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(HandoffResult & { summary: string }) | null>(null);

  const forTool = target === 'buffer' || target === 'hootsuite';
  const toggle = (status: StatusId) =>
    setStatuses((s) => (s.includes(status) ? s.filter((x) => x !== status) : [...s, status]));

  async function run() {
    setBusy(true);
    setResult(null);
    const range = monthRange(month, zone);
    if (forTool) {
      const outcome = await exportForTool(target, { ...range, platform, statuses });
      if (outcome.ok) {
        for (const file of outcome.data.files) downloadText(file.name, file.text);
        const rows = outcome.data.files.reduce((n, f) => n + f.rows, 0);
        const summary =
          outcome.data.files.length === 0
            ? 'No posts to export for this month, platform and status.'
            : `Saved ${plural(outcome.data.files.length, { one: 'file', other: 'files' })} with ` +
              `${plural(rows, { one: 'post', other: 'posts' })}.`;
        setResult({ ...outcome.data, summary });
        notify(summary);
      }
    } else if (target === 'ics') {
      const outcome = await exportIcs({ ...range, ...(ownerId ? { ownerId } : {}) });
      if (outcome.ok) {
        downloadText(outcome.data.name, outcome.data.text);
        const summary = `Saved ${outcome.data.name} with ${plural(outcome.data.events, { one: 'post', other: 'posts' })}.`;
        setResult({ files: [], skipped: [], summary });
        notify(summary);
      }
    } else {
      const outcome = await savePlanToFile();
      if (outcome.ok && outcome.data.saved) {
        const { name, posts, blob } = outcome.data;
        if (blob) downloadBlob(name, blob);
        const summary = `Saved ${name}: ${plural(posts, { one: 'post', other: 'posts' })}.`;
        setResult({ files: [], skipped: [], summary });
        notify(summary);
      }
    }
    setBusy(false);
  }

  return (
    <section className="handoff-section" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="section-lead">
        Hand your plan to the tool that publishes it, or put each person’s posts in their own
        calendar app.
      </p>
      <form className="form export-form" onSubmit={(e) => (e.preventDefault(), void run())}>
        <Field label="Export for">
          {(control) => (
            <select
              {...control}
              value={target}
              onChange={(e) => setTarget(e.target.value as Target)}
            >
              {TARGETS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {target !== 'json' ? (
          <Field label="Month">
            {(control) => (
              <input
                {...control}
                type="month"
                required
                value={month}
                onChange={(e) => e.target.value && setMonth(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        {forTool ? (
          <>
            <Field
              label="Platform"
              hint="One platform per file: the tool posts each file to one channel."
            >
              {(control) => (
                <select
                  {...control}
                  value={platform}
                  onChange={(e) => setPlatform(e.target.value as PlatformId)}
                >
                  {PLATFORM_IDS.map((id) => (
                    <option key={id} value={id}>
                      {PLATFORMS[id].label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <fieldset className="status-choice">
              <legend>Posts with these statuses</legend>
              {STATUS_IDS.map((id) => (
                <label key={id} className="check">
                  <input
                    type="checkbox"
                    checked={statuses.includes(id)}
                    onChange={() => toggle(id)}
                  />{' '}
                  {STATUSES[id].label}
                </label>
              ))}
            </fieldset>
          </>
        ) : null}
        {target === 'ics' ? (
          <Field label="Whose posts">
            {(control) => (
              <PersonSelect
                {...control}
                staff={staff}
                value={ownerId}
                onChange={setOwnerId}
                noneLabel="Everyone"
              />
            )}
          </Field>
        ) : null}
        <div>
          <button
            type="submit"
            className="button primary"
            disabled={busy || (forTool && statuses.length === 0)}
          >
            <Download aria-hidden="true" size={20} /> {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
      {result ? (
        <div className="export-result" role="status">
          <p>{result.summary}</p>
          {result.skipped.length > 0 ? (
            <>
              <h3>
                {plural(result.skipped.length, { one: 'post was', other: 'posts were' })} left out
              </h3>
              <ul className="skipped-list">
                {result.skipped.map((s) => (
                  <li key={s.postId}>
                    <strong>{s.title}</strong>
                    {s.scheduledAt ? ` (${formatDateTime(s.scheduledAt)})` : ''}: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
