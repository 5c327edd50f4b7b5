// A person's fields, inline on their card, saving on their own. Done (or Escape) closes it and
// saves what is pending. Errors the server names show beside their field.
import { useState } from 'react';
import type { Staff } from '../../../shared/contract';
import { isDraftDirty } from '../../components/form/draft';
import { SaveStatus } from '../../components/form/SaveStatus';
import { fieldErrorsOf } from '../../data/errors';
import { updateStaff } from '../../data/staff';
import { useAutosave } from '../../hooks/useAutosave';
import { PersonFields } from './PersonFields';
import {
  birthdayOf,
  changes,
  draftOf,
  HALF_BIRTHDAY,
  PERSON_FIELDS,
  type Draft,
  type FieldErrors,
} from './staff-utils';

export function StaffEditor({
  person,
  id,
  onClose,
}: {
  person: Staff;
  id: string;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  const [errors, setErrors] = useState<FieldErrors>({});

  async function save(d: Draft): Promise<boolean> {
    const outcome = await updateStaff(person.id, changes(d, person).patch, {
      fieldsShown: PERSON_FIELDS,
    });
    setErrors(outcome.ok ? {} : fieldErrorsOf(outcome.error, PERSON_FIELDS));
    return outcome.ok;
  }

  const { state, flush } = useAutosave(draft, save, {
    isDirty: (d) => isDraftDirty(changes(d, person)),
  });

  const shownErrors: FieldErrors = {
    ...errors,
    ...(birthdayOf(draft) === undefined ? { birthday: HALF_BIRTHDAY } : {}),
  };

  return (
    <form
      className="form staff-form staff-editor"
      id={id}
      aria-label={`Edit ${person.name}`}
      onSubmit={(e) => (e.preventDefault(), void flush())}
      onKeyDown={(e) => {
        // Escape closes the editor; what is pending saves as it closes.
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="staff-editor-head">
        <p className="staff-editor-title">Changes save on their own. Esc or Done closes.</p>
        <span className="staff-save-status">
          <SaveStatus state={state} />
        </span>
      </div>
      <PersonFields
        draft={draft}
        autoColor={person.color}
        errors={shownErrors}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        onBlur={() => void flush()}
        autoFocusName
      />
    </form>
  );
}
