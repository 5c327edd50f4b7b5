// One person on the Staff page: initials, name, role, facts, how many upcoming posts they own,
// Edit (inline, autosaved) and Archive (with a confirmation; never a deletion).
import { useId, useRef, useState } from 'react';
import type { Staff } from '../../../shared/contract';
import { initials } from '../../../shared/staff';
import { ConfirmStep } from '../../components/ConfirmStep';
import { formatMonthDay } from '../../lib/format';
import { StaffEditor } from './StaffEditor';
import { formatStartedOn, upcomingText } from './staff-utils';
import { CelebrateToggle, SpotlightLine } from '../rhythm/StaffRhythm';

export function Avatar({
  person,
  size = 'large',
}: {
  person: Pick<Staff, 'name' | 'color'>;
  size?: 'large' | 'small';
}) {
  return (
    <span
      className={`staff-avatar staff-avatar-${size}`}
      style={{ backgroundColor: person.color }}
      aria-hidden="true"
    >
      {initials(person.name)}
    </span>
  );
}

function WorkloadLine({ upcoming, failed }: { upcoming: number | null; failed: boolean }) {
  if (upcoming === null) {
    // Same height either way, so nothing jumps when the count arrives.
    return (
      <p className="staff-workload staff-workload-unknown">
        {failed ? 'Upcoming posts could not be counted' : 'Counting posts…'}
      </p>
    );
  }
  return (
    <p className={`staff-workload${upcoming === 0 ? ' staff-workload-none' : ''}`}>
      {upcomingText(upcoming)}
    </p>
  );
}

export function StaffCard({
  person,
  upcoming,
  workloadFailed,
  editing,
  onToggleEdit,
  onArchive,
}: {
  person: Staff;
  upcoming: number | null;
  workloadFailed: boolean;
  editing: boolean;
  onToggleEdit: () => void;
  onArchive: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const nameId = useId();
  const editorId = useId();
  const confirmId = useId();

  function closeEditor() {
    onToggleEdit();
    editButton.current?.focus();
  }

  function cancelConfirm() {
    setConfirming(false);
    archiveButton.current?.focus();
  }

  async function confirmArchive() {
    setArchiving(true);
    await onArchive();
    setArchiving(false);
    setConfirming(false);
  }

  const facts: { label: string; value: string }[] = [];
  if (person.birthday) facts.push({ label: 'Birthday', value: formatMonthDay(person.birthday) });
  if (person.startedOn) facts.push({ label: 'With us', value: formatStartedOn(person.startedOn) });

  return (
    <article className={`staff-card${editing ? ' is-editing' : ''}`} aria-labelledby={nameId}>
      <Avatar person={person} />
      <div className="staff-body">
        <h3 className="staff-name" id={nameId}>
          {person.name}
        </h3>
        <p className="staff-role">
          {person.role || <span className="staff-muted">No role yet</span>}
        </p>
        {facts.length > 0 ? (
          <dl className="staff-facts">
            {facts.map((f) => (
              <div key={f.label} className="staff-fact">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {person.funFact ? (
          <p className="staff-funfact">
            <span className="staff-funfact-label">Fun fact:</span> {person.funFact}
          </p>
        ) : null}
        <WorkloadLine upcoming={upcoming} failed={workloadFailed} />
        <SpotlightLine staffId={person.id} />
        <CelebrateToggle person={person} />
      </div>
      <div className="staff-actions">
        <button
          type="button"
          className={`button${editing ? ' primary' : ''}`}
          aria-expanded={editing}
          aria-controls={editing ? editorId : undefined}
          aria-label={`${editing ? 'Done' : 'Edit'} ${person.name}`}
          ref={editButton}
          onClick={onToggleEdit}
        >
          {editing ? 'Done' : 'Edit'}
        </button>
        <button
          type="button"
          className="button danger"
          ref={archiveButton}
          aria-expanded={confirming}
          aria-controls={confirming ? confirmId : undefined}
          aria-label={`Archive ${person.name}`}
          onClick={() => (confirming ? cancelConfirm() : setConfirming(true))}
        >
          Archive
        </button>
      </div>

      {confirming ? (
        <ConfirmStep
          className="staff-confirm"
          actionsClassName="staff-confirm-actions"
          confirmClassName="button primary staff-archive-confirm"
          id={confirmId}
          labelledBy={`${confirmId}-title`}
          describedBy={`${confirmId}-text`}
          confirmLabel={`Yes, archive ${person.name}`}
          cancelLabel={`Keep ${person.name}`}
          busy={archiving}
          cancelWhileBusy
          cancelOnEscape
          onConfirm={() => void confirmArchive()}
          onCancel={cancelConfirm}
        >
          <p className="staff-confirm-title" id={`${confirmId}-title`}>
            Archive {person.name}?
          </p>
          <p id={`${confirmId}-text`}>
            They leave the team list and the owner choices, but stay on their past posts, and you
            can restore them any time from “Archived”. Nothing is deleted.
            {upcoming ? (
              <>
                {' '}
                <strong>
                  They still own {upcomingText(upcoming)}: give those a new owner in the calendar.
                </strong>
              </>
            ) : null}
          </p>
        </ConfirmStep>
      ) : null}

      {editing ? <StaffEditor person={person} id={editorId} onClose={closeEditor} /> : null}
    </article>
  );
}
