// Section 6 of the meeting: the week's decisions (free text, saved as you type) and its
// action items, with open ones from earlier weeks carried over and their age shown.
import { PersonSelect } from '../../components/PersonSelect';
import { DateTime } from 'luxon';
import { useId, useState, type FormEvent } from 'react';
import { createAction, updateAction, type Meeting, saveMeetingNotes } from '../../data/meetings';
import { useAutosave } from '../../hooks/useAutosave';
import { formatDate, plural } from '../../lib/format';
import type { WeekContext } from './MeetingWeeks';

const SAVE_STATES = {
  saved: 'Saved',
  pending: 'Saving soon…',
  saving: 'Saving…',
  error: 'Not saved: try again',
} as const;

function Notes({ meeting }: { meeting: Meeting }) {
  const [draft, setDraft] = useState(meeting.notes);
  const [base, setBase] = useState(meeting.notes);
  // A change from elsewhere shows when nothing typed here is waiting.
  if (meeting.notes !== base) {
    setBase(meeting.notes);
    if (draft === base) setDraft(meeting.notes);
  }
  const { state } = useAutosave(draft, (notes) => saveMeetingNotes(meeting.week, notes), {
    isDirty: (notes) => notes !== base,
  });
  return (
    <div className="meeting-group">
      <label htmlFor="meeting-notes" className="meeting-label">
        Decisions
      </label>
      <textarea
        dir="auto"
        id="meeting-notes"
        className="meeting-textarea"
        rows={4}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        aria-describedby="meeting-notes-state"
      />
      <div className="meeting-print-notes">{draft || 'No decisions recorded.'}</div>
      <p id="meeting-notes-state" className="meeting-quiet" role="status">
        {SAVE_STATES[state]}
      </p>
    </div>
  );
}

function AddAction({ week, ctx }: { week: string; ctx: WeekContext }) {
  const id = useId();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const outcome = await createAction({
      week,
      text,
      ownerId: owner || null,
      dueOn: due || null,
    });
    if (outcome.ok) {
      setText('');
      setDue('');
      setError(null);
    } else {
      setError(outcome.error.fields?.text ?? outcome.error.fields?.dueOn ?? outcome.error.message);
    }
  };
  return (
    <form
      className="meeting-edit meeting-add"
      onSubmit={(e) => void submit(e)}
      aria-label="Add an action item"
    >
      <div className="meeting-field meeting-field--wide">
        <label htmlFor={`${id}-text`}>Action item</label>
        <input
          dir="auto"
          id={`${id}-text`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <div className="meeting-field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <PersonSelect
          id={`${id}-owner`}
          staff={ctx.staff}
          value={owner}
          onChange={setOwner}
          noneLabel="No owner"
        />
      </div>
      <div className="meeting-field">
        <label htmlFor={`${id}-due`}>Due</label>
        <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <button type="submit" className="button primary">
        Add action
      </button>
      {error ? (
        <p id={`${id}-error`} className="meeting-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function DecisionsSection({ meeting, ctx }: { meeting: Meeting; ctx: WeekContext }) {
  return (
    <>
      <Notes key={meeting.week} meeting={meeting} />
      <div className="meeting-group">
        <h3>Action items</h3>
        {meeting.actions.length === 0 ? (
          <p className="meeting-quiet">No action items yet.</p>
        ) : (
          <ul className="meeting-actions">
            {meeting.actions.map((item) => {
              const owner = item.ownerId ? ctx.staffById.get(item.ownerId)?.name : undefined;
              return (
                <li key={item.id} className={item.done ? 'meeting-action done' : 'meeting-action'}>
                  <input
                    type="checkbox"
                    id={`action-${item.id}`}
                    checked={item.done}
                    onChange={(e) =>
                      void updateAction(meeting.week, item, { done: e.target.checked })
                    }
                  />
                  <label htmlFor={`action-${item.id}`}>{item.text}</label>
                  <span className={owner ? 'meeting-owner' : 'meeting-flag'}>
                    {owner ?? 'No owner'}
                  </span>
                  {item.dueOn ? <span>due {formatDate(DateTime.fromISO(item.dueOn))}</span> : null}
                  {item.carriedOver ? (
                    <span className="meeting-age">
                      carried over · {plural(item.ageWeeks, { one: 'week', other: 'weeks' })} old
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        <AddAction week={meeting.week} ctx={ctx} />
      </div>
    </>
  );
}
