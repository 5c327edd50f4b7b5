// Export: posts for Buffer or Hootsuite (one platform, the chosen statuses, approved by
// default), a calendar file (.ics) for one person or everyone, or the whole plan as JSON. The
// range is this week, next week, a month or chosen days (the kind remembered per tool on this
// computer). Before the file is made, the screen shows what would go and every post left out,
// with the reasons; files are saved as downloads.
import { Download } from 'lucide-react';
import { useState } from 'react';
import { DateTime } from 'luxon';
import {
  EXPORT_RANGE_KINDS,
  type ExportRangeKind,
  type RangedExport,
} from '../../../shared/channels/handoff';
import { PLATFORM_IDS, PLATFORMS, type PlatformId } from '../../../shared/platforms';
import { STATUS_IDS, STATUSES, type StatusId } from '../../../shared/vocabulary';
import { PersonSelect } from '../../components/PersonSelect';
import { Field } from '../../components/form/Field';
import {
  exportForTool,
  exportIcs,
  savePlanToFile,
  useHandoffPreview,
  type HandoffRequest,
  type SkippedPost,
} from '../../data/handoff';
import { saveExportRangeKind, useExportRangeKind } from '../../data/prefs';
import { usePracticeZone, useSettings } from '../../data/settings';
import { useStaff } from '../../data/staff';
import { formatDayRange, plural } from '../../lib/format';
import { notify } from '../../state/notices';
import { downloadBlob, downloadText } from './download';
import { initialDays, RANGE_KIND_LABELS, rangeOf, rangeProblem } from './export-range';
import { ExportPreview, SkippedList } from './ExportPreview';

type Target = RangedExport | 'json';
const TARGETS: { id: Target; label: string }[] = [
  { id: 'buffer', label: 'Buffer (bulk upload CSV)' },
  { id: 'hootsuite', label: 'Hootsuite (Bulk Composer CSV)' },
  { id: 'ics', label: 'Calendar file (.ics)' },
  { id: 'json', label: 'Everything (JSON, to move or keep the whole plan)' },
];

interface Outcome {
  summary: string;
  skipped: SkippedPost[];
}

export function ExportSection() {
  const zone = usePracticeZone();
  const { weekStartsOn } = useSettings();
  const staff = useStaff();
  const [target, setTarget] = useState<Target>('buffer');
  const ranged = target !== 'json';
  const rememberedKind = useExportRangeKind(ranged ? target : 'buffer');
  // The kind picked here shows at once; prefs.json keeps it for next time.
  const [picked, setPicked] = useState<Partial<Record<RangedExport, ExportRangeKind>>>({});
  const [choice, setChoice] = useState(() => initialDays(zone));
  const [platform, setPlatform] = useState<PlatformId>('instagram_feed');
  const [statuses, setStatuses] = useState<StatusId[]>(['approved']);
  const [ownerId, setOwnerId] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const kind = (ranged && picked[target]) || rememberedKind;
  const range = { ...choice, kind };
  const problem = ranged ? rangeProblem(range) : null;
  const forTool = target === 'buffer' || target === 'hootsuite';
  const request: HandoffRequest | null =
    !ranged || problem !== null || (forTool && statuses.length === 0)
      ? null
      : forTool
        ? { tool: target, input: { ...rangeOf(range, { zone, weekStartsOn }), platform, statuses } }
        : {
            tool: 'ics',
            input: { ...rangeOf(range, { zone, weekStartsOn }), ...(ownerId ? { ownerId } : {}) },
          };
  const preview = useHandoffPreview(request);

  /** Every change of choice clears the last export's outcome: the preview speaks again. */
  function change(apply: () => void) {
    apply();
    setOutcome(null);
  }
  const toggle = (status: StatusId) =>
    change(() =>
      setStatuses((s) => (s.includes(status) ? s.filter((x) => x !== status) : [...s, status])),
    );
  function pickKind(next: ExportRangeKind) {
    if (!ranged) return;
    change(() => setPicked((p) => ({ ...p, [target]: next })));
    void saveExportRangeKind(target, next);
  }

  function kindLabel(k: ExportRangeKind): string {
    if (k === 'month' || k === 'custom') return RANGE_KIND_LABELS[k];
    const { from, to } = rangeOf({ ...range, kind: k }, { zone, weekStartsOn });
    const days = formatDayRange(
      DateTime.fromISO(from, { zone }),
      DateTime.fromISO(to, { zone }).minus({ days: 1 }),
    );
    return `${RANGE_KIND_LABELS[k]} (${days})`;
  }

  async function run() {
    if (request === null && ranged) return;
    setBusy(true);
    setOutcome(null);
    if (request?.tool === 'buffer' || request?.tool === 'hootsuite') {
      const result = await exportForTool(request.tool, request.input);
      if (result.ok) {
        for (const file of result.data.files) downloadText(file.name, file.text);
        const rows = result.data.files.reduce((n, f) => n + f.rows, 0);
        const summary =
          result.data.files.length === 0
            ? 'No posts to export for this range, platform and status.'
            : `Saved ${plural(result.data.files.length, { one: 'file', other: 'files' })} with ` +
              `${plural(rows, { one: 'post', other: 'posts' })}.`;
        setOutcome({ summary, skipped: result.data.skipped });
        notify(summary);
      }
    } else if (request?.tool === 'ics') {
      const result = await exportIcs(request.input);
      if (result.ok) {
        downloadText(result.data.name, result.data.text);
        const summary = `Saved ${result.data.name} with ${plural(result.data.events, { one: 'post', other: 'posts' })}.`;
        setOutcome({ summary, skipped: result.data.skipped });
        notify(summary);
      }
    } else {
      const result = await savePlanToFile();
      if (result.ok && result.data.saved) {
        const { name, posts, blob } = result.data;
        if (blob) downloadBlob(name, blob);
        const summary = `Saved ${name}: ${plural(posts, { one: 'post', other: 'posts' })}.`;
        setOutcome({ summary, skipped: [] });
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
        calendar app. Posts that need patient consent first, or that the tool would refuse, are left
        out, and you see which and why before anything is saved.
      </p>
      <form className="form export-form" onSubmit={(e) => (e.preventDefault(), void run())}>
        <div className="export-choices">
          <Field label="Export for">
            {(control) => (
              <select
                {...control}
                value={target}
                onChange={(e) => change(() => setTarget(e.target.value as Target))}
              >
                {TARGETS.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {ranged ? (
            <fieldset className="range-choice">
              <legend>Which posts</legend>
              <div className="range-kinds">
                {EXPORT_RANGE_KINDS.map((k) => (
                  <label key={k} className="check">
                    <input
                      type="radio"
                      name="export-range"
                      value={k}
                      checked={kind === k}
                      onChange={() => pickKind(k)}
                    />{' '}
                    {kindLabel(k)}
                  </label>
                ))}
              </div>
              {kind === 'month' ? (
                <Field label="Month">
                  {(control) => (
                    <input
                      {...control}
                      type="month"
                      required
                      value={choice.month}
                      onChange={(e) => {
                        const month = e.target.value;
                        if (month) change(() => setChoice((c) => ({ ...c, month })));
                      }}
                    />
                  )}
                </Field>
              ) : null}
              {kind === 'custom' ? (
                <div className="range-days">
                  <Field label="First day">
                    {(control) => (
                      <input
                        {...control}
                        type="date"
                        required
                        value={choice.firstDay}
                        onChange={(e) => {
                          const firstDay = e.target.value;
                          change(() => setChoice((c) => ({ ...c, firstDay })));
                        }}
                      />
                    )}
                  </Field>
                  <Field label="Last day" error={problem ?? undefined}>
                    {(control) => (
                      <input
                        {...control}
                        type="date"
                        required
                        value={choice.lastDay}
                        onChange={(e) => {
                          const lastDay = e.target.value;
                          change(() => setChoice((c) => ({ ...c, lastDay })));
                        }}
                      />
                    )}
                  </Field>
                </div>
              ) : null}
            </fieldset>
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
                    onChange={(e) => change(() => setPlatform(e.target.value as PlatformId))}
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
                  onChange={(id) => change(() => setOwnerId(id))}
                  noneLabel="Everyone"
                />
              )}
            </Field>
          ) : null}
        </div>
        <div className="export-side">
          {outcome ? (
            <section className="export-result" aria-labelledby="export-done">
              <h3 id="export-done">Exported</h3>
              <p role="status">{outcome.summary}</p>
              <SkippedList skipped={outcome.skipped} calendar={target === 'ics'} />
            </section>
          ) : ranged ? (
            <ExportPreview state={preview} calendar={target === 'ics'} />
          ) : null}
        </div>
        <div className="export-action">
          <button
            type="submit"
            className="button primary"
            disabled={busy || (ranged && request === null)}
          >
            <Download aria-hidden="true" size={20} /> {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </section>
  );
}
