// A select of the active team, with one "nobody" choice first ("No owner", "Everyone").
import type { SelectHTMLAttributes } from 'react';
import type { Staff } from '../../shared/contract';

export function PersonSelect({
  staff,
  value,
  onChange,
  noneLabel,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  staff: readonly Staff[];
  /** A staff id, or '' for the "nobody" choice. */
  value: string;
  onChange: (staffId: string) => void;
  noneLabel: string;
}) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{noneLabel}</option>
      {staff
        .filter((s) => s.active)
        .map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
    </select>
  );
}
