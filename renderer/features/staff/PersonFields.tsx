// A person's fields, shared by "Add a person" and the inline editor.
import { Check } from 'lucide-react';
import { useId, type Ref } from 'react';
import { LIMITS } from '../../../shared/limits';
import { STAFF_COLORS } from '../../../shared/staff';
import { Field, FieldGroup } from '../../components/form/Field';
import { monthNames } from '../../lib/format';
import { COLOR_NAMES, daysIn, pad, type Draft, type FieldErrors } from './staff-utils';

export function PersonFields({
  draft,
  autoColor,
  errors,
  onChange,
  onBlur,
  autoFocusName = false,
  nameInput,
}: {
  draft: Draft;
  /** The colour shown as chosen while `draft.color` is null. */
  autoColor: string;
  errors: FieldErrors;
  onChange: (patch: Partial<Draft>) => void;
  onBlur?: () => void;
  autoFocusName?: boolean;
  nameInput?: Ref<HTMLInputElement>;
}) {
  const uid = useId();
  const color = draft.color ?? autoColor;
  const colors: string[] = STAFF_COLORS.includes(color as (typeof STAFF_COLORS)[number])
    ? [...STAFF_COLORS]
    : [...STAFF_COLORS, color];
  const days = daysIn(draft.month);

  return (
    <>
      <Field label="Name" required error={errors.name}>
        {(control) => (
          <input
            dir="auto"
            {...control}
            type="text"
            ref={nameInput}
            value={draft.name}
            maxLength={LIMITS.staffName}
            autoComplete="off"
            aria-required="true"
            autoFocus={autoFocusName}
            placeholder="e.g. Maria Ruiz"
            onChange={(e) => onChange({ name: e.target.value })}
            onBlur={onBlur}
          />
        )}
      </Field>

      <Field label="Role" error={errors.role}>
        {(control) => (
          <input
            dir="auto"
            {...control}
            type="text"
            value={draft.role}
            maxLength={LIMITS.staffRole}
            autoComplete="off"
            placeholder="e.g. Nurse injector"
            onChange={(e) => onChange({ role: e.target.value })}
            onBlur={onBlur}
          />
        )}
      </Field>

      <FieldGroup legend="Colour" className="field staff-fieldset" error={errors.color}>
        <div className="staff-swatches">
          {colors.map((c) => (
            <label key={c} className="staff-swatch-option">
              <input
                type="radio"
                name={`${uid}-color`}
                value={c}
                checked={c === color}
                onChange={() => onChange({ color: c })}
                onBlur={onBlur}
              />
              <span className="staff-swatch" style={{ backgroundColor: c }} aria-hidden="true">
                {c === color ? <Check size="1.1em" strokeWidth={3} /> : null}
              </span>
              <span className="visually-hidden">{COLOR_NAMES[c] ?? `Current colour ${c}`}</span>
            </label>
          ))}
        </div>
      </FieldGroup>

      <FieldGroup legend="Birthday" className="field staff-fieldset" error={errors.birthday}>
        <div className="staff-birthday">
          <label className="field staff-birthday-month">
            <span className="staff-small-label">Month</span>
            <select
              value={draft.month}
              aria-invalid={errors.birthday ? true : undefined}
              onChange={(e) => {
                const month = e.target.value;
                const day = draft.day && Number(draft.day) > daysIn(month) ? '' : draft.day;
                onChange({ month, day });
              }}
              onBlur={onBlur}
            >
              <option value="">—</option>
              {monthNames().map((name, i) => (
                <option key={name} value={pad(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="field staff-birthday-day">
            <span className="staff-small-label">Day</span>
            <select
              value={draft.day}
              aria-invalid={errors.birthday ? true : undefined}
              onChange={(e) => onChange({ day: e.target.value })}
              onBlur={onBlur}
            >
              <option value="">—</option>
              {Array.from({ length: days }, (_, i) => (
                <option key={i} value={pad(i + 1)}>
                  {i + 1}
                </option>
              ))}
            </select>
          </label>
        </div>
      </FieldGroup>

      <Field label="Started on" hint="For work anniversaries." error={errors.startedOn}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={draft.startedOn}
            onChange={(e) => onChange({ startedOn: e.target.value })}
            onBlur={onBlur}
          />
        )}
      </Field>

      <Field label="Fun fact" hint="Great for spotlight posts." error={errors.funFact}>
        {(control) => (
          <textarea
            dir="auto"
            {...control}
            value={draft.funFact}
            rows={2}
            maxLength={LIMITS.funFact}
            placeholder="e.g. Makes the best banana bread in town"
            onChange={(e) => onChange({ funFact: e.target.value })}
            onBlur={onBlur}
          />
        )}
      </Field>
    </>
  );
}
