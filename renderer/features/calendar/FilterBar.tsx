// Filters for what the calendar shows: category, owner, status, and "My posts".
import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { isFiltering, NO_FILTER, type DisplayStatus, type PostFilter } from '../../../shared/posts';
import { CATEGORIES, CATEGORY_IDS, MISSED, STATUS_IDS, STATUSES } from '../../../shared/vocabulary';
import { useMeStaffId } from '../../data/prefs';
import { useStaff } from '../../data/staff';
import { goToPage } from '../../state/route';
import { setFilter, useUi } from '../../state/ui';

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function Menu({ label, count, children }: { label: string; count: number; children: ReactNode }) {
  return (
    <details className="filter-menu">
      <summary className="button">
        {label}
        {count > 0 ? <span className="filter-count">{count}</span> : null}{' '}
        <ChevronDown aria-hidden="true" size="1em" />
      </summary>
      <fieldset className="filter-options">
        <legend className="visually-hidden">{label}</legend>
        {children}
      </fieldset>
    </details>
  );
}

function Option({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <label className="filter-option">
      <input type="checkbox" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}

const STATUS_OPTIONS: { id: DisplayStatus; label: string }[] = [
  ...STATUS_IDS.map((id) => ({ id, label: STATUSES[id].label })),
  MISSED,
];

export function FilterBar() {
  const filter = useUi((s) => s.filter);
  const staff = useStaff();
  const meStaffId = useMeStaffId();
  const set = (patch: Partial<PostFilter>) => setFilter(patch);

  return (
    <div className="filter-bar" role="group" aria-label="Filter posts">
      <Menu label="Category" count={filter.categories.length}>
        {CATEGORY_IDS.map((id) => (
          <Option
            key={id}
            checked={filter.categories.includes(id)}
            onChange={() => set({ categories: toggle(filter.categories, id) })}
          >
            <span
              className="swatch"
              style={{ background: CATEGORIES[id].color }}
              aria-hidden="true"
            />
            {CATEGORIES[id].label}
          </Option>
        ))}
      </Menu>
      <Menu label="Owner" count={filter.owners.length}>
        {staff.map((person) => (
          <Option
            key={person.id}
            checked={filter.owners.includes(person.id)}
            onChange={() => set({ owners: toggle(filter.owners, person.id) })}
          >
            {person.name}
            {person.active ? '' : ' (archived)'}
          </Option>
        ))}
        <Option
          checked={filter.owners.includes('none')}
          onChange={() => set({ owners: toggle(filter.owners, 'none') })}
        >
          No owner
        </Option>
      </Menu>
      <Menu label="Status" count={filter.statuses.length}>
        {STATUS_OPTIONS.map((s) => (
          <Option
            key={s.id}
            checked={filter.statuses.includes(s.id)}
            onChange={() => set({ statuses: toggle(filter.statuses, s.id) })}
          >
            {s.label}
          </Option>
        ))}
      </Menu>
      {meStaffId ? (
        <label className="filter-mine">
          <input
            type="checkbox"
            checked={filter.mine !== null}
            onChange={(e) => set({ mine: e.target.checked ? meStaffId : null })}
          />
          My posts
        </label>
      ) : (
        <button
          type="button"
          className="button ghost"
          title="Choose who you are on the Staff page to see only your posts"
          onClick={() => goToPage('staff')}
        >
          My posts…
        </button>
      )}
      {isFiltering(filter) ? (
        <button type="button" className="button ghost" onClick={() => setFilter(NO_FILTER)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
