// The Staff page: the people behind the posts. Shown on the shared screen in the weekly meeting,
// so it reads from across the room: big initials, names, roles, and who owns how many upcoming
// posts (with a visible flag for posts nobody owns). Adding a person is an explicit action;
// editing someone autosaves; archiving never deletes and can be undone.
import { TriangleAlert } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Staff } from '../../../shared/contract';
import { archiveStaff, loadStaff, useStaff, workloadQuery } from '../../data/staff';
import { fail } from '../../state/notices';
import { AddPersonForm } from './AddPersonForm';
import { ArchivedSection } from './ArchivedSection';
import { MeChoice } from './MeChoice';
import { StaffCard } from './StaffCard';
import { upcomingText } from './staff-utils';
import './StaffPage.css';

export function StaffPage() {
  const staff = useStaff();
  const workload = workloadQuery.use();
  const counts = workload.status === 'ready' ? workload.data : undefined;
  const [editingId, setEditingId] = useState<string | null>(null);
  const teamHeading = useRef<HTMLHeadingElement>(null);

  // Another window may have changed the team: read it afresh when the page opens.
  useEffect(() => {
    loadStaff().catch(fail);
  }, []);

  const active = staff.filter((s) => s.active);
  const archived = staff.filter((s) => !s.active);
  const unowned = counts?.get(null) ?? 0;

  async function archive(person: Staff) {
    if (editingId === person.id) setEditingId(null);
    if (await archiveStaff(person)) teamHeading.current?.focus();
  }

  return (
    <section className="page staff-page" aria-labelledby="staff-title">
      <div className="page-head staff-head">
        <div>
          <h1 id="staff-title">Staff</h1>
          <p className="page-lead">
            The people behind your posts: owners, spotlight stars and birthday celebrations.
          </p>
        </div>
        <MeChoice active={active} archived={archived} />
      </div>

      <div className="staff-layout">
        <section className="staff-team" aria-labelledby="staff-team-title">
          <h2 id="staff-team-title" ref={teamHeading} tabIndex={-1}>
            Team{active.length > 0 ? ` (${active.length})` : ''}
          </h2>

          {unowned > 0 ? (
            <p className="staff-unowned">
              <TriangleAlert aria-hidden="true" size="1em" className="mark" />
              <strong>No owner: {upcomingText(unowned)}</strong>
              <span className="staff-unowned-hint">
                {' '}
                Give {unowned === 1 ? 'it' : 'each one'} an owner so nothing slips.
              </span>
            </p>
          ) : null}

          {active.length === 0 ? (
            <div className="staff-empty">
              <p className="staff-empty-title">Add the people who make your practice what it is…</p>
              <p>
                The front desk, the nurses, the doctors, the coffee expert. Posts about real people
                are the ones patients remember. Start with yourself in “Add a person”.
              </p>
            </div>
          ) : (
            <ul className="staff-list">
              {active.map((person) => (
                <li key={person.id}>
                  <StaffCard
                    person={person}
                    upcoming={counts ? (counts.get(person.id) ?? 0) : null}
                    workloadFailed={workload.status === 'error'}
                    editing={editingId === person.id}
                    onToggleEdit={() => setEditingId(editingId === person.id ? null : person.id)}
                    onArchive={() => archive(person)}
                  />
                </li>
              ))}
            </ul>
          )}

          <ArchivedSection people={archived} counts={counts} />
        </section>

        <AddPersonForm staff={staff} />
      </div>
    </section>
  );
}
