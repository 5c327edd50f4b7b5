// A whole plan from a JSON export (moving to a new computer, or starting again from a kept
// copy): only into an empty planner, every row or none. The window reloads afterwards.
import { FileUp } from 'lucide-react';
import { useState } from 'react';
import { Field } from '../../components/form/Field';
import { importPlan } from '../../data/handoff';
import { plural } from '../../lib/format';
import { notify } from '../../state/notices';
import { readText } from './download';

export function ImportPlanSection({ reload = () => window.location.reload() }) {
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function pick(file: File | undefined) {
    if (!file) return;
    setProblem(undefined);
    let plan: unknown;
    try {
      plan = JSON.parse(await readText(file));
    } catch {
      setProblem(`${file.name} is not a JSON file from Rapport. Nothing was imported.`);
      return;
    }
    setBusy(true);
    const outcome = await importPlan(plan);
    setBusy(false);
    if (!outcome.ok) return;
    notify(
      `Imported ${plural(outcome.data.posts, { one: 'post', other: 'posts' })} and ` +
        `${plural(outcome.data.staff, { one: 'person', other: 'people' })} from ${file.name}.` +
        (outcome.data.mediaMissing > 0
          ? ` ${plural(outcome.data.mediaMissing, { one: 'photo or video file is', other: 'photo or video files are' })} not here yet: copy the media folder beside the planner.`
          : ''),
    );
    reload();
  }

  return (
    <section className="handoff-section" aria-labelledby="import-plan-title">
      <h2 id="import-plan-title">Import a whole plan</h2>
      <p className="section-lead">
        From an “Everything (JSON)” export, into an empty planner (a new computer, or a fresh
        start). Everything comes back as it was, or nothing is imported.
      </p>
      <Field label="Plan file (JSON)" error={problem}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        )}
      </Field>
      {busy ? (
        <p role="status">
          <FileUp aria-hidden="true" size={18} /> Importing…
        </p>
      ) : null}
    </section>
  );
}
