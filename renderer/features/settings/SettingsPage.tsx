// Settings: the practice's name, time zone, first day of the week and default posting time
// (saved on their own, shared by everyone using the planner), this computer's clock, the
// sample data, and the backups (the same section as on Import & export: where people look).
import { useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../../shared/contract';
import { LIMITS } from '../../../shared/limits';
import { draftPatch, isDraftDirty } from '../../components/form/draft';
import { Field } from '../../components/form/Field';
import { SaveStatus, type ShownSaveState } from '../../components/form/SaveStatus';
import { fieldErrorsOf } from '../../data/errors';
import { registerPendingSave } from '../../data/pending-saves';
import {
  saveSettings,
  useSettings,
  useSettingsStore,
  type SettingsPatch,
} from '../../data/settings';
import { useAutosave } from '../../hooks/useAutosave';
import { weekdayNames } from '../../lib/format';
import { guardLeaving } from '../../state/route';
import { BackupsSection } from '../handoff/BackupsSection';
import { SampleDataSection } from '../onboarding/SampleDataSection';
import { ClockChoice } from './ClockChoice';
import { LeaveQuestion } from './LeaveQuestion';
import { RhythmSettingsSection } from '../rhythm/RhythmSettingsSection';
import { TimezoneConfirm } from './TimezoneConfirm';
import './SettingsPage.css';

// The time zone is not autosaved: a change asks first (TimezoneConfirm).
type Draft = Pick<Settings, 'practiceName' | 'weekStartsOn' | 'defaultPostTime'>;
const FIELDS = ['practiceName', 'timezone', 'weekStartsOn', 'defaultPostTime'] as const;

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes(current) ? zones : [current, ...zones];
}

function changes(d: Draft) {
  const saved = useSettingsStore.getState().settings!;
  return draftPatch<SettingsPatch>({
    practiceName: {
      value: d.practiceName,
      saved: saved.practiceName,
      same: (a, b) => a?.trim() === b,
    },
    weekStartsOn: { value: d.weekStartsOn, saved: saved.weekStartsOn },
    defaultPostTime: { value: d.defaultPostTime, saved: saved.defaultPostTime },
  });
}

export function SettingsPage() {
  const settings = useSettings();
  const [draft, setDraft] = useState<Draft>({
    practiceName: settings.practiceName,
    weekStartsOn: settings.weekStartsOn,
    defaultPostTime: settings.defaultPostTime,
  });
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [newZone, setNewZone] = useState<string | null>(null);
  const zones = useMemo(() => timeZones(settings.timezone), [settings.timezone]);
  // Set while the person is asked whether to leave with the zone change unmade: how to go on.
  const [leaving, setLeaving] = useState<(() => void) | null>(null);

  // A zone change waiting for its answer is not saved, and no flush can save it: leaving the
  // page (another page, Back, a reload, a closed tab) asks first.
  useEffect(() => {
    if (!newZone) return;
    const offUnload = registerPendingSave({
      flush: async () => {},
      isDirty: () => true,
      failed: () => true,
    });
    const offRoute = guardLeaving((leave) => {
      setLeaving(() => leave);
      return true;
    });
    return () => {
      offUnload();
      offRoute();
    };
  }, [newZone]);

  const { state, flush } = useAutosave(
    draft,
    async (d) => {
      const outcome = await saveSettings(changes(d).patch, { fieldsShown: FIELDS });
      setErrors(outcome.ok ? {} : fieldErrorsOf(outcome.error, FIELDS));
      return outcome.ok;
    },
    { isDirty: (d) => isDraftDirty(changes(d)) },
  );
  const shownState: ShownSaveState =
    newZone && (state === 'saved' || state === 'pending') ? 'waiting' : state;

  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">Settings</h1>
        <SaveStatus state={shownState} />
      </div>
      <p className="page-lead">Changes save on their own.</p>
      <form className="form" onSubmit={(e) => (e.preventDefault(), void flush())}>
        <Field label="Practice name" error={errors.practiceName}>
          {(control) => (
            <input
              dir="auto"
              {...control}
              type="text"
              value={draft.practiceName}
              maxLength={LIMITS.practiceName}
              placeholder="e.g. Lumen Aesthetics"
              onChange={(e) => setDraft({ ...draft, practiceName: e.target.value })}
              onBlur={() => void flush()}
            />
          )}
        </Field>
        <Field
          label="Time zone"
          hint="Post times are shown and planned in this zone."
          error={errors.timezone}
        >
          {(control) => (
            <select
              {...control}
              value={newZone ?? settings.timezone}
              onChange={(e) =>
                setNewZone(e.target.value === settings.timezone ? null : e.target.value)
              }
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        {newZone ? (
          <TimezoneConfirm
            key={newZone}
            from={settings.timezone}
            to={newZone}
            onDone={() => setNewZone(null)}
          />
        ) : null}
        <Field label="Week starts on" error={errors.weekStartsOn}>
          {(control) => (
            <select
              {...control}
              value={draft.weekStartsOn}
              onChange={(e) => setDraft({ ...draft, weekStartsOn: Number(e.target.value) })}
            >
              {weekdayNames().map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Default posting time"
          hint="Used when an idea gets a day but no time (a drop on the calendar, a date in the editor)."
          error={errors.defaultPostTime}
        >
          {(control) => (
            <input
              {...control}
              type="time"
              value={draft.defaultPostTime}
              required
              onChange={(e) =>
                e.target.value && setDraft({ ...draft, defaultPostTime: e.target.value })
              }
              onBlur={() => void flush()}
            />
          )}
        </Field>
      </form>
      {newZone && leaving ? (
        <LeaveQuestion
          from={settings.timezone}
          to={newZone}
          onStay={() => setLeaving(null)}
          onLeave={() => {
            setLeaving(null);
            leaving();
          }}
        />
      ) : null}
      <ClockChoice />
      <RhythmSettingsSection />
      <SampleDataSection />
      <BackupsSection />
    </section>
  );
}
