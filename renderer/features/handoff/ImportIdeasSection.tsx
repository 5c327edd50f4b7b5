// Ideas from a spreadsheet: pick a CSV (a file that is too large or not text is refused at
// once, in words), say which column holds what, look at every row with its problems, then
// import all of them (or, while any row has a problem, none).
import { FileUp } from 'lucide-react';
import { useState } from 'react';
import {
  IDEA_FIELD_LABELS,
  IDEA_FIELDS,
  readCsv,
  unmappedColumns,
  type IdeaField,
  type IdeaMapping,
} from '../../../shared/csv-ideas';
import { CATEGORIES, type CategoryId } from '../../../shared/vocabulary';
import { Field } from '../../components/form/Field';
import { fieldErrorsOf } from '../../data/errors';
import { importIdeas, type IdeasImport } from '../../data/handoff';
import { formatDateTime, plural } from '../../lib/format';
import { notify } from '../../state/notices';
import { excerpt, guessMapping } from './handoff-utils';
import { readPickedFile } from './import-file';

interface Loaded {
  name: string;
  text: string;
  headers: string[];
}

const ideas = (n: number) => plural(n, { one: 'idea', other: 'ideas' });

export function ImportIdeasSection() {
  const [file, setFile] = useState<Loaded | null>(null);
  const [refusal, setRefusal] = useState<string | undefined>();
  const [mapping, setMapping] = useState<IdeaMapping>({});
  const [preview, setPreview] = useState<IdeasImport | null>(null);
  const [spread, setSpread] = useState<{ on: boolean; from: string; to: string }>({
    on: false,
    from: '',
    to: '',
  });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);

  const spreadInput = () =>
    spread.on && spread.from && spread.to ? { spread: { from: spread.from, to: spread.to } } : {};

  async function look(text: string, next: IdeaMapping) {
    setBusy(true);
    const outcome = await importIdeas(
      { text, mapping: next, preview: true, ...spreadInput() },
      { fieldsShown: ['mapping', 'spread'] },
    );
    setBusy(false);
    setErrors(
      outcome.ok
        ? {}
        : fieldErrorsOf(outcome.error, [
            'mapping.title',
            ...IDEA_FIELDS.map((f) => `mapping.${f}`),
            'spread',
          ]),
    );
    setPreview(outcome.ok ? outcome.data : null);
  }

  async function pick(chosen: File | undefined) {
    if (!chosen) return;
    setFile(null);
    setPreview(null);
    setErrors({});
    const picked = await readPickedFile(chosen, 'CSV');
    // The file as a whole is read here (to guess the columns); the rows are checked by Rapport.
    const table = picked.ok ? readCsv(picked.text) : undefined;
    const problem = picked.ok ? table!.problems.join(' ') || undefined : picked.problem;
    setRefusal(problem);
    if (!picked.ok || !table || problem) return;
    const { text } = picked;
    const { headers } = table;
    setFile({ name: chosen.name, text, headers });
    const guessed = guessMapping(headers);
    setMapping(guessed);
    await look(text, guessed);
  }

  function choose(field: IdeaField, column: string) {
    const next = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    setMapping(next);
    if (file) void look(file.text, next);
  }

  async function runImport() {
    if (!file) return;
    setBusy(true);
    const outcome = await importIdeas({
      text: file.text,
      mapping,
      preview: false,
      ...spreadInput(),
    });
    setBusy(false);
    if (outcome.ok) {
      notify(`Imported ${ideas(outcome.data.imported)} from ${file.name}.`);
      setFile(null);
      setPreview(null);
      setMapping({});
    } else if (file) {
      await look(file.text, mapping);
    }
  }

  const headers = file?.headers ?? [];
  const leftOut = unmappedColumns(headers, mapping);

  return (
    <section className="handoff-section" aria-labelledby="import-title">
      <h2 id="import-title">Import ideas from a spreadsheet</h2>
      <p className="section-lead">
        Save the sheet as CSV (comma or semicolon, any Excel), pick it here, and check each row
        before anything is added. Nothing is imported while a row has a problem.
      </p>
      <Field
        label="CSV file"
        hint={file ? `Loaded: ${file.name}` : undefined}
        error={refusal && `${refusal} Nothing was imported.`}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        )}
      </Field>
      {file ? (
        <>
          <fieldset className="mapping-grid">
            <legend>Which column holds what</legend>
            {IDEA_FIELDS.map((field) => (
              <Field
                key={field}
                label={IDEA_FIELD_LABELS[field]}
                required={field === 'title'}
                error={errors[`mapping.${field}`]}
              >
                {(control) => (
                  <select
                    {...control}
                    value={mapping[field] ?? ''}
                    onChange={(e) => choose(field, e.target.value)}
                  >
                    <option value="">(none)</option>
                    {headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
            {leftOut.length > 0 ? (
              <p className="left-out" role="status">
                {leftOut.length === 1 ? 'The column ' : 'The columns '}
                {leftOut.map((h) => `“${h}”`).join(', ')}{' '}
                {leftOut.length === 1
                  ? 'is not imported (choose a field above to keep it).'
                  : 'are not imported (choose a field above to keep them).'}
              </p>
            ) : null}
          </fieldset>
          <fieldset className="spread-choice">
            <legend>Ideas without a date</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={spread.on}
                onChange={(e) => setSpread({ ...spread, on: e.target.checked })}
              />{' '}
              Spread them evenly over these days
            </label>
            {spread.on ? (
              <div className="spread-days">
                <Field label="First day">
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={spread.from}
                      onChange={(e) => setSpread({ ...spread, from: e.target.value })}
                    />
                  )}
                </Field>
                <Field label="Last day" error={errors.spread}>
                  {(control) => (
                    <input
                      {...control}
                      type="date"
                      value={spread.to}
                      onChange={(e) => setSpread({ ...spread, to: e.target.value })}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void look(file.text, mapping)}
                >
                  Show the dates
                </button>
              </div>
            ) : null}
          </fieldset>
          {preview ? (
            <>
              <p
                className={preview.problems > 0 ? 'import-summary has-problems' : 'import-summary'}
                role="status"
              >
                {preview.problems > 0
                  ? `${plural(preview.problems, { one: 'row has a problem', other: 'rows have problems' })}. Fix the file (or the columns) and pick it again; nothing is imported until every row is right.`
                  : `${ideas(preview.rows.length)} ready to import.`}
              </p>
              <div
                className="preview-wrap"
                role="region"
                aria-label={`Rows of ${file.name}`}
                tabIndex={0}
              >
                <table className="handoff-table preview-table">
                  <caption className="visually-hidden">Rows of {file.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Title</th>
                      <th scope="col">Category</th>
                      <th scope="col">Notes</th>
                      <th scope="col">Date</th>
                      <th scope="col">Owner</th>
                      <th scope="col">Problems</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((row) => (
                      <tr
                        key={row.line}
                        className={row.problems.length > 0 ? 'row-problem' : undefined}
                      >
                        <td>{row.line}</td>
                        <td dir="auto">{row.title || '—'}</td>
                        <td>{CATEGORIES[row.category as CategoryId]?.label ?? row.category}</td>
                        <td dir="auto">{row.notes ? excerpt(row.notes, 80) : '—'}</td>
                        <td>{row.scheduledAt ? formatDateTime(row.scheduledAt) : 'No date'}</td>
                        <td>{row.ownerName ?? '—'}</td>
                        <td>{row.problems.length > 0 ? row.problems.join('; ') : 'OK'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <button
                type="button"
                className="button primary"
                disabled={busy || preview.problems > 0 || preview.rows.length === 0}
                onClick={() => void runImport()}
              >
                <FileUp aria-hidden="true" size={20} /> Import {ideas(preview.rows.length)}
              </button>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
