// This computer's clock: times read as the system has them, or always 12- or 24-hour.
import { Field } from '../../components/form/Field';
import { savePrefs, usePrefsStore } from '../../data/prefs';
import type { ClockPreference } from '../../lib/format';
import { RemindersChoice } from './RemindersChoice';

const CHOICES: { value: ClockPreference; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: '12h', label: '12 hours (9:00 AM)' },
  { value: '24h', label: '24 hours (09:00)' },
];

export function ClockChoice() {
  const clock = usePrefsStore((s) => s.prefs?.clock ?? 'system');
  return (
    <section className="form settings-computer" aria-labelledby="settings-computer-title">
      <h2 id="settings-computer-title">On this computer</h2>
      <Field label="Clock" hint="How times read on this computer only.">
        {(control) => (
          <select
            {...control}
            value={clock}
            onChange={(e) => void savePrefs({ clock: e.target.value as ClockPreference })}
          >
            {CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RemindersChoice />
    </section>
  );
}
