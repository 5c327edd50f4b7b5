// One labelled control with its hint and its error, wired for assistive technology: the
// control is named by the label and described by the hint and the error. Every form uses it.
import { TriangleAlert } from 'lucide-react';
import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A warning mark and the message, under the control it is about. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <TriangleAlert aria-hidden="true" size="1em" className="mark" />
      {message}
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

export function Field({
  label,
  required = false,
  hint,
  error,
  className = 'field',
  describedBy: extra,
  children,
}: {
  label: ReactNode;
  /** Says "(required)" after the label. */
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  /** More ids that describe the control (a counter, a note). */
  describedBy?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control: ControlProps = {
    id,
    'aria-describedby': describedBy(extra, hint !== undefined && hintId, error && errorId),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  return (
    <div className={className}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required ? (
          <>
            {' '}
            <span className="required">(required)</span>
          </>
        ) : null}
      </label>
      {children(control)}
      {hint !== undefined ? (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A group of controls under one name (checkboxes, a month and a day), with its error. */
export function FieldGroup({
  legend,
  hint,
  error,
  className = 'field',
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={className}
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="field-label">{legend}</legend>
      {children}
      {hint !== undefined ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
