// On each staff card: "Celebrate publicly" (birthday posts yes/no) and the person's last and
// next spotlight, flagged when they are overdue.
import { useId } from 'react';
import { AlertTriangle } from 'lucide-react';
import type { Staff } from '../../../shared/contract';
import { firstName } from '../../../shared/staff';
import { forgetMoments, spotlightQuery } from '../../data/rhythm';
import { updateStaff } from '../../data/staff';
import { formatDate } from '../../lib/format';
import './rhythm.css';

export function CelebrateToggle({ person }: { person: Staff }) {
  const id = useId();
  return (
    <label className="check celebrate-toggle" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={person.celebratePublicly}
        onChange={async (e) => {
          const outcome = await updateStaff(person.id, { celebratePublicly: e.target.checked });
          if (outcome.ok) forgetMoments();
        }}
      />
      Celebrate {firstName(person.name)}’s birthday publicly
    </label>
  );
}

export function SpotlightLine({ staffId }: { staffId: string }) {
  const { data } = spotlightQuery.use();
  const standing = data?.find((s) => s.staffId === staffId);
  if (!standing) return null;
  return (
    <p className={`spotlight-line ${standing.overdue ? 'is-overdue' : ''}`}>
      {standing.overdue ? <AlertTriangle aria-hidden="true" size={16} /> : null}
      <span>
        Last spotlight: {standing.lastFeaturedAt ? formatDate(standing.lastFeaturedAt) : 'never'}
        {' · '}Next:{' '}
        {standing.nextSpotlightAt ? formatDate(standing.nextSpotlightAt) : 'none planned'}
        {standing.overdue ? (
          <strong className="overdue-flag"> · Overdue for a spotlight</strong>
        ) : null}
      </span>
    </p>
  );
}
