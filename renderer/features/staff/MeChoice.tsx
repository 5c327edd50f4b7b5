// "Who is using Rapport on this computer?": picks the person "My posts" shows.
import { useState } from 'react';
import type { Staff } from '../../../shared/contract';
import { Field } from '../../components/form/Field';
import { saveMeStaffId, useMeStaffId } from '../../data/prefs';
import { notify } from '../../state/notices';

export function MeChoice({ active, archived }: { active: Staff[]; archived: Staff[] }) {
  const saved = useMeStaffId();
  // While a choice is saving, show it rather than the old one.
  const [choosing, setChoosing] = useState<string | null | undefined>(undefined);
  const value = choosing === undefined ? saved : choosing;
  const archivedMe = archived.find((s) => s.id === value);

  async function choose(id: string | null) {
    setChoosing(id);
    const ok = await saveMeStaffId(id);
    setChoosing(undefined);
    if (!ok) return;
    const person = active.find((s) => s.id === id);
    notify(
      person
        ? `Hello, ${person.name}! “My posts” now shows the posts you own.`
        : 'No one is chosen on this computer now.',
    );
  }

  return (
    <div className="staff-me">
      <Field
        label="Who is using Rapport on this computer?"
        hint={
          active.length === 0
            ? 'Add yourself to the team first, then choose your name here.'
            : 'Used for the “My posts” filter on this computer.'
        }
      >
        {(control) => (
          <select
            {...control}
            value={value ?? ''}
            disabled={active.length === 0 && !archivedMe}
            onChange={(e) => void choose(e.target.value || null)}
          >
            <option value="">No one chosen yet</option>
            {active.map((s) => (
              <option key={s.id} value={s.id}>
                I am {s.name}
              </option>
            ))}
            {archivedMe ? (
              <option value={archivedMe.id}>I am {archivedMe.name} (archived)</option>
            ) : null}
          </select>
        )}
      </Field>
    </div>
  );
}
