// "Add a person": nothing is added until the button (or Enter) says so.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Staff } from '../../../shared/contract';
import { pickStaffColor } from '../../../shared/staff';
import { fieldErrorsOf } from '../../data/errors';
import { createStaff } from '../../data/staff';
import { notify } from '../../state/notices';
import { PersonFields } from './PersonFields';
import {
  birthdayOf,
  EMPTY_DRAFT,
  HALF_BIRTHDAY,
  PERSON_FIELDS,
  type Draft,
  type FieldErrors,
} from './staff-utils';

export function AddPersonForm({ staff }: { staff: Staff[] }) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [adding, setAdding] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const autoColor = pickStaffColor(staff.filter((s) => s.active).map((s) => s.color));

  async function add(event: FormEvent) {
    event.preventDefault();
    if (adding) return;
    const birthday = birthdayOf(draft);
    if (birthday === undefined) {
      setErrors({ birthday: HALF_BIRTHDAY });
      return;
    }
    setAdding(true);
    const outcome = await createStaff(
      {
        name: draft.name,
        role: draft.role,
        color: draft.color ?? autoColor,
        birthday,
        startedOn: draft.startedOn || null,
        funFact: draft.funFact,
      },
      { fieldsShown: PERSON_FIELDS },
    );
    setAdding(false);
    if (outcome.ok) {
      setDraft(EMPTY_DRAFT);
      setErrors({});
      notify(`Welcome to the team, ${outcome.data.name}!`);
      nameInput.current?.focus();
      return;
    }
    const found = fieldErrorsOf(outcome.error, PERSON_FIELDS);
    setErrors(found);
    if (found.name) nameInput.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    // Ctrl/⌘+Enter adds from the fun fact box too (Enter there is a new line).
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  return (
    <section className="staff-add" aria-labelledby="staff-add-title">
      <h2 id="staff-add-title">Add a person</h2>
      <form
        className="form staff-form"
        aria-labelledby="staff-add-title"
        noValidate
        onSubmit={(e) => void add(e)}
        onKeyDown={onKeyDown}
      >
        <PersonFields
          draft={draft}
          autoColor={autoColor}
          errors={errors}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          nameInput={nameInput}
        />
        <div className="staff-add-actions">
          <button type="submit" className="button primary" disabled={adding}>
            Add to team
          </button>
          <span className="field-hint">Nothing is added until you press this (or Enter).</span>
        </div>
      </form>
    </section>
  );
}
