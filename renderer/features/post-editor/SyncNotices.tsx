// Inline questions the editor asks instead of guessing: which value to keep when this window
// and another changed the same field, and whether a date far from today is meant.
import { useEffect, useId, useRef } from 'react';
import type { Staff } from '../../../shared/contract';
import { fieldLabel, valueText, type ConflictField } from './conflict-utils';
import type { Draft } from './post-editor-utils';

export function ConflictChoices({
  conflicts,
  mine,
  theirs,
  zone,
  staff,
  onResolve,
}: {
  conflicts: ConflictField[];
  mine: Draft;
  theirs: Draft;
  zone: string;
  staff: readonly Staff[];
  onResolve: (field: ConflictField, keep: 'mine' | 'theirs') => void;
}) {
  const uid = useId();
  if (conflicts.length === 0) return null;
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? 'Someone no longer listed';
  return (
    <section
      className="post-editor-question post-editor-conflicts"
      aria-labelledby={`${uid}-title`}
      role="region"
    >
      <h3 id={`${uid}-title`}>Changed in another window too</h3>
      <p>
        Everything else from both windows is kept. For{' '}
        {conflicts.length === 1 ? 'this field' : 'these fields'}, pick the value to keep:
      </p>
      {conflicts.map((field) => {
        const label = fieldLabel(field);
        const id = `${uid}-${field}`;
        return (
          <div key={field} className="conflict" role="group" aria-labelledby={id}>
            <h4 id={id}>{label}</h4>
            <dl className="conflict-values">
              <div>
                <dt>Yours (this window)</dt>
                <dd tabIndex={0} dir="auto">
                  {valueText(field, mine, zone, nameOf)}
                </dd>
              </div>
              <div>
                <dt>The other window’s</dt>
                <dd tabIndex={0} dir="auto">
                  {valueText(field, theirs, zone, nameOf)}
                </dd>
              </div>
            </dl>
            <div className="conflict-actions">
              <button type="button" className="button" onClick={() => onResolve(field, 'mine')}>
                Keep yours
                <span className="visually-hidden"> ({label})</span>
              </button>
              <button type="button" className="button" onClick={() => onResolve(field, 'theirs')}>
                Keep theirs
                <span className="visually-hidden"> ({label})</span>
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}

export function DateConfirm({
  text,
  onConfirm,
  onUndo,
}: {
  text: string;
  onConfirm: () => void;
  onUndo: () => void;
}) {
  const uid = useId();
  // Brought into view within the editor (not focused: the person may still be typing the
  // date). Only the editor's own scroller moves; scrollIntoView would shift the whole page.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    const scroller = el?.closest('.post-editor-body');
    if (!el || !scroller) return;
    const below = el.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom;
    if (below > 0) scroller.scrollTop += below + 16;
  }, []);
  return (
    <div ref={box} className="post-editor-question" role="group" aria-labelledby={`${uid}-text`}>
      <p id={`${uid}-text`} role="alert">
        {text} The date is saved once you confirm it.
      </p>
      <div className="conflict-actions">
        <button type="button" className="button primary" onClick={onConfirm}>
          Yes, use this date
        </button>
        <button type="button" className="button" onClick={onUndo}>
          Put the date back
        </button>
      </div>
    </div>
  );
}
