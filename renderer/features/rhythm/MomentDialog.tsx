// "Plan a post" for a birthday or work anniversary: a celebration draft a few days before or
// on the day, featuring the person, owner preselected. Someone who asked not to be celebrated
// publicly is shown for the team only.
import { useId, useState } from 'react';
import type { MomentOut } from '../../../shared/channels/rhythm';
import { useMeStaffId } from '../../data/prefs';
import { planMomentPost } from '../../data/rhythm';
import { useStaff } from '../../data/staff';
import { formatLongDate } from '../../lib/format';
import { openEditor } from '../../state/ui';
import { Dialog } from '../../components/Dialog';
import { momentLabel } from './rhythm-utils';

const WHEN = [0, 1, 2, 3, 7];

export function MomentDialog({ moment, onClose }: { moment: MomentOut; onClose: () => void }) {
  const uid = useId();
  const staff = useStaff().filter((s) => s.active);
  const me = useMeStaffId();
  const [daysBefore, setDaysBefore] = useState(0);
  const [ownerId, setOwnerId] = useState<string>(me && staff.some((s) => s.id === me) ? me : '');
  const [busy, setBusy] = useState(false);
  const publicOk = moment.kind === 'anniversary' || moment.celebratePublicly;

  async function plan() {
    setBusy(true);
    const post = await planMomentPost({
      staffId: moment.staffId,
      kind: moment.kind,
      date: moment.date,
      daysBefore,
      ownerId: ownerId || null,
    });
    setBusy(false);
    if (post) {
      onClose();
      openEditor(post.id);
    }
  }

  return (
    <Dialog title={momentLabel(moment)} titleId={`${uid}-title`} onClose={onClose}>
      <p className="moment-when">{formatLongDate(moment.date)}</p>
      {publicOk ? (
        <div className="rhythm-form">
          <label className="field">
            <span className="field-label">When to post</span>
            <select value={daysBefore} onChange={(e) => setDaysBefore(Number(e.target.value))}>
              {WHEN.map((d) => (
                <option key={d} value={d}>
                  {d === 0 ? 'On the day' : d === 1 ? '1 day before' : `${d} days before`}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Owner</span>
            <select value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
              <option value="">Nobody yet</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <div className="rhythm-actions">
            <button type="button" className="button primary" disabled={busy} onClick={plan}>
              Plan a post
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="moment-private">
            {moment.name} would rather not have a public birthday post. Celebrate inside the team:
            cake in the break room, a card everyone signs.
          </p>
          <div className="rhythm-actions">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
