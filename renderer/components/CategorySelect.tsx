// A select of the content categories, in their fixed order, by their labels.
import type { SelectHTMLAttributes } from 'react';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../shared/vocabulary';

export function CategorySelect({
  value,
  onChange,
  ...rest
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: CategoryId;
  onChange: (category: CategoryId) => void;
}) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as CategoryId)}>
      {CATEGORY_IDS.map((c) => (
        <option key={c} value={c}>
          {CATEGORIES[c].label}
        </option>
      ))}
    </select>
  );
}
