// A whole plan from a JSON export (moving to a new computer, or starting again from a kept
// copy): only into an empty planner, every row or none. Picking the file only shows what it
// holds, checked as the import would check it; nothing is written until the person confirms.
// The window reloads afterwards.
import { FileUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Field } from '../../components/form/Field';
import { importPlan, previewPlan, type PlanImport } from '../../data/handoff';
import { formatDate, formatNumber, plural } from '../../lib/format';
import { notify } from '../../state/notices';
import { readPickedFile } from './import-file';

interface Picked {
  name: string;
  plan: unknown;
  summary: PlanImport;
}

const posts = (n: number) => plural(n, { one: 'post', other: 'posts' });
const people = (n: number) => plural(n, { one: 'person', other: 'people' });

/** What the file holds, one line each, in the order a practice thinks of them. */
function contents(s: PlanImport): [string, string][] {
  return [
    ['Practice', s.practiceName || '(no name)'],
    ['Exported', Number.isNaN(Date.parse(s.exportedAt)) ? 'Unknown' : formatDate(s.exportedAt)],
    ['Format version', String(s.formatVersion)],
    ['Posts', formatNumber(s.posts)],
    ['Staff', formatNumber(s.staff)],
    ['Series', formatNumber(s.series)],
    ['Consents', formatNumber(s.consents)],
    [
      'Meetings',
      `${formatNumber(s.meetings)} (${plural(s.actionItems, { one: 'action item', other: 'action items' })})`,
    ],
    [
      'Photos and videos',
      s.media === 0
        ? 'None'
        : `${formatNumber(s.media)} named by the file` +
          (s.mediaMissing > 0 ? `, ${formatNumber(s.mediaMissing)} not on this computer yet` : ''),
    ],
  ];
}

export function ImportPlanSection({ reload = () => window.location.reload() }) {
  const [problem, setProblem] = useState<string | undefined>();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [busy, setBusy] = useState(false);
  // A new file input after "Choose another file", so picking the same file again counts.
  const [inputKey, setInputKey] = useState(0);
  const previewTitle = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (picked) previewTitle.current?.focus();
  }, [picked]);

  async function pick(file: File | undefined) {
    setPicked(null);
    setProblem(undefined);
    if (!file) return;
    const read = await readPickedFile(file, 'JSON');
    if (!read.ok) {
      setProblem(`${read.problem} Nothing was imported.`);
      return;
    }
    let plan: unknown;
    try {
      plan = JSON.parse(read.text);
    } catch {
      setProblem(`${file.name} is not a JSON file from Rapport. Nothing was imported.`);
      return;
    }
    setBusy(true);
    const outcome = await previewPlan(plan);
    setBusy(false);
    if (!outcome.ok) setProblem(outcome.error.message);
    else setPicked({ name: file.name, plan, summary: outcome.data });
  }

  async function confirm() {
    if (!picked) return;
    setBusy(true);
    const outcome = await importPlan(picked.plan);
    setBusy(false);
    if (!outcome.ok) return;
    const { data } = outcome;
    notify(
      `Imported ${posts(data.posts)} and ${people(data.staff)} from ${picked.name}.` +
        (data.mediaMissing > 0
          ? ` ${plural(data.mediaMissing, { one: 'photo or video file is', other: 'photo or video files are' })} not here yet: copy the media folder beside the planner.`
          : ''),
    );
    reload();
  }

  function cancel() {
    setPicked(null);
    setInputKey((k) => k + 1);
  }

  return (
    <section className="handoff-section" aria-labelledby="import-plan-title">
      <h2 id="import-plan-title">Import a whole plan</h2>
      <p className="section-lead">
        From an “Everything (JSON)” export, into an empty planner (a new computer, or a fresh
        start). You see what the file holds before anything is imported; then everything comes back
        as it was, or nothing is imported.
      </p>
      <Field label="Plan file (JSON)" error={problem}>
        {(control) => (
          <input
            {...control}
            key={inputKey}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        )}
      </Field>
      {picked ? (
        <div className="plan-preview" role="region" aria-labelledby="plan-preview-title">
          <h3 id="plan-preview-title" ref={previewTitle} tabIndex={-1}>
            In {picked.name}
          </h3>
          <dl className="plan-contents">
            {contents(picked.summary).map(([what, value]) => (
              <div key={what}>
                <dt>{what}</dt>
                <dd dir="auto">{value}</dd>
              </div>
            ))}
          </dl>
          <p>
            Nothing has been imported yet. This planner is empty, so the whole plan can come in as
            it was.
          </p>
          <div className="confirm-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void confirm()}
            >
              <FileUp aria-hidden="true" size={20} /> Import into this empty planner
            </button>
            <button type="button" className="button" disabled={busy} onClick={cancel}>
              Choose another file
            </button>
          </div>
        </div>
      ) : null}
      {busy ? <p role="status">{picked ? 'Importing…' : 'Reading the file…'}</p> : null}
    </section>
  );
}
