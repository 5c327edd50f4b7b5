// Asked when the person leaves Settings (another page, Back) while a time zone change waits for
// its answer: staying is the default, leaving keeps the zone as it is.
import { useId } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { Dialog } from '../../components/Dialog';
import { zoneLabel } from './timezone-utils';

export function LeaveQuestion({
  from,
  to,
  onStay,
  onLeave,
}: {
  from: string;
  to: string;
  onStay: () => void;
  onLeave: () => void;
}) {
  const id = useId();
  return (
    <Dialog title="Leave without changing the time zone?" titleId={`${id}-title`} onClose={onStay}>
      <ConfirmStep
        className="leave-question"
        actionsClassName="zone-confirm-actions"
        describedBy={`${id}-text`}
        label="Leave Settings"
        confirmLabel={`Leave, keep ${zoneLabel(from)}`}
        cancelLabel="Stay on Settings"
        onConfirm={onLeave}
        onCancel={onStay}
      >
        <p id={`${id}-text`}>
          The change to {zoneLabel(to)} is not made yet: it waits for your answer on the Settings
          page.
        </p>
      </ConfirmStep>
    </Dialog>
  );
}
