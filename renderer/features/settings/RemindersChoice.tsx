// Reminders on this computer: on or off, and (in a browser) permission to show notifications.
import { useState } from 'react';
import { Field } from '../../components/form/Field';
import { savePrefs, usePrefsStore } from '../../data/prefs';
import { isDesktop } from '../../data/shell';
import { notificationsAllowed } from '../reminders/useBrowserReminders';

export function RemindersChoice() {
  const reminders = usePrefsStore((s) => s.prefs?.reminders ?? 'on');
  const [allowed, setAllowed] = useState(notificationsAllowed);
  const canAsk = !isDesktop() && typeof Notification !== 'undefined' && !allowed;
  return (
    <div className="reminders-choice">
      <Field
        label="Reminders"
        hint="An hour before a post is due and still not approved, and when a post is missed."
      >
        {(control) => (
          <select
            {...control}
            value={reminders}
            onChange={(e) => void savePrefs({ reminders: e.target.value as 'on' | 'off' })}
          >
            <option value="on">On</option>
            <option value="off">Off</option>
          </select>
        )}
      </Field>
      {canAsk && reminders === 'on' ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            void Notification.requestPermission().then((p) => setAllowed(p === 'granted'))
          }
        >
          Allow notifications in this browser
        </button>
      ) : null}
    </div>
  );
}
