import { useMemo, useState } from 'react';
import type { Settings } from '../../shared/contract';
import { LIMITS } from '../../shared/contract';
import { WEEKDAYS } from '../../shared/vocabulary';
import { useAutosave } from '../hooks/useAutosave';
import { SaveStatus } from '../components/SaveStatus';
import { useApp } from '../state/app';
import { SampleDataSection } from './FirstRun';

type Draft = Pick<Settings, 'practiceName' | 'timezone' | 'weekStartsOn'>;

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes(current) ? zones : [current, ...zones];
}

function changes(d: Draft): Partial<Draft> {
  const current = useApp.getState().settings!;
  const patch: Partial<Draft> = {};
  if (d.practiceName.trim() !== current.practiceName) patch.practiceName = d.practiceName;
  if (d.timezone !== current.timezone) patch.timezone = d.timezone;
  if (d.weekStartsOn !== current.weekStartsOn) patch.weekStartsOn = d.weekStartsOn;
  return patch;
}

export function SettingsView() {
  const settings = useApp((s) => s.settings)!;
  const saveSettings = useApp((s) => s.saveSettings);
  const [draft, setDraft] = useState<Draft>({
    practiceName: settings.practiceName,
    timezone: settings.timezone,
    weekStartsOn: settings.weekStartsOn,
  });
  const zones = useMemo(() => timeZones(settings.timezone), [settings.timezone]);

  const { state, flush } = useAutosave(draft, (d) => saveSettings(changes(d)), {
    isDirty: (d) => Object.keys(changes(d)).length > 0,
  });

  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">Settings</h1>
        <SaveStatus state={state} />
      </div>
      <p className="page-lead">Changes save on their own.</p>
      <form className="form" onSubmit={(e) => (e.preventDefault(), void flush())}>
        <label className="field">
          <span className="field-label">Practice name</span>
          <input
            type="text"
            value={draft.practiceName}
            maxLength={LIMITS.practiceName}
            placeholder="e.g. Lumen Aesthetics"
            onChange={(e) => setDraft({ ...draft, practiceName: e.target.value })}
            onBlur={() => void flush()}
          />
        </label>
        <label className="field">
          <span className="field-label">Time zone</span>
          <select
            value={draft.timezone}
            onChange={(e) => setDraft({ ...draft, timezone: e.target.value })}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <span className="field-hint">Post times are shown and planned in this zone.</span>
        </label>
        <label className="field">
          <span className="field-label">Week starts on</span>
          <select
            value={draft.weekStartsOn}
            onChange={(e) => setDraft({ ...draft, weekStartsOn: Number(e.target.value) })}
          >
            {WEEKDAYS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      <SampleDataSection />
    </section>
  );
}
