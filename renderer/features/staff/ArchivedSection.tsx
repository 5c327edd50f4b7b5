// Archived people, folded away: they stay on their past posts and can be restored.
import { ChevronDown, ChevronRight, TriangleAlert } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import type { Staff } from '../../../shared/contract';
import { restoreStaff } from '../../data/staff';
import { Avatar } from './StaffCard';
import { upcomingText } from './staff-utils';

export function ArchivedSection({
  people,
  counts,
}: {
  people: Staff[];
  /** Upcoming posts per owner, once counted. */
  counts: Map<string | null, number> | undefined;
}) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();

  if (people.length === 0) return null;

  async function onRestore(person: Staff) {
    if (await restoreStaff(person)) toggle.current?.focus();
  }

  return (
    <section className="staff-archived" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`} className="staff-archived-title">
        <button
          type="button"
          className="button ghost staff-archived-toggle"
          ref={toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span className="staff-chevron" aria-hidden="true">
            {open ? <ChevronDown size="1em" /> : <ChevronRight size="1em" />}
          </span>
          Archived ({people.length})
        </button>
      </h2>
      <div id={listId} hidden={!open}>
        <p className="staff-archived-lead">
          Archived people stay on their past posts. Restore someone to plan with them again.
        </p>
        <ul className="staff-list staff-archived-list">
          {people.map((person) => {
            const upcoming = counts?.get(person.id) ?? 0;
            return (
              <li key={person.id}>
                <article className="staff-card staff-card-archived" aria-label={person.name}>
                  <Avatar person={person} size="small" />
                  <div className="staff-body">
                    <h3 className="staff-name">{person.name}</h3>
                    {person.role ? <p className="staff-role">{person.role}</p> : null}
                    {upcoming ? (
                      <p className="staff-archived-owns">
                        <TriangleAlert aria-hidden="true" size="1em" className="mark" />
                        Still owns {upcomingText(upcoming)}
                      </p>
                    ) : null}
                  </div>
                  <div className="staff-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={`Restore ${person.name}`}
                      onClick={() => void onRestore(person)}
                    >
                      Restore
                    </button>
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
