// The empty planner's welcome (the calendar shows it while there are no staff and no posts).
import { useState } from 'react';
import { loadSampleMonth } from '../../data/sample';
import { useSettingsStore } from '../../data/settings';
import { goToPage } from '../../state/route';
import './FirstRun.css';

export function LoadSampleButton({ primary = false }: { primary?: boolean }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={primary ? 'button primary' : 'button'}
      disabled={busy}
      aria-busy={busy}
      onClick={async () => {
        setBusy(true);
        await loadSampleMonth();
        setBusy(false);
      }}
    >
      {busy ? 'Loading the sample month…' : 'Load a sample month'}
    </button>
  );
}

/** The three first steps; the first two have a button to the view where they happen. */
const FIRST_STEPS: {
  title: string;
  text: string;
  go?: { view: 'staff' | 'ideas'; label: string };
}[] = [
  {
    title: 'Add your team',
    text: 'Everyone who might own a post or smile in one.',
    go: { view: 'staff', label: 'Go to Staff' },
  },
  {
    title: 'Jot down a few ideas',
    text: 'A coffee run, a birthday, a question patients always ask.',
    go: { view: 'ideas', label: 'Go to Ideas' },
  },
  {
    title: 'Drag ideas onto the calendar',
    text: 'Give each one a day and an owner, so everyone knows whose turn it is.',
  },
];

export interface FirstRunProps {
  /** When given, offers to show the (empty) calendar instead of this welcome. */
  onShowCalendar?: () => void;
}

/**
 * The welcome for an empty planner. It sits inside the calendar view (whose own heading is
 * the h1), so its headings start at h2.
 */
export function FirstRun({ onShowCalendar }: FirstRunProps = {}) {
  const practiceName = useSettingsStore((s) => s.settings?.practiceName);

  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <header className="first-run-hero">
        <h2 id="first-run-title">
          {practiceName ? `Welcome to Rapport, ${practiceName}!` : 'Welcome to Rapport!'}
        </h2>
        <p className="first-run-lead">Plan warm, personal posts together, in three small steps:</p>
      </header>

      <ol className="first-run-steps">
        {FIRST_STEPS.map(({ title, text, go }, i) => (
          <li key={title} className="first-run-step">
            <span className="first-run-number" aria-hidden="true">
              {i + 1}
            </span>
            <div className="first-run-step-text">
              <h3>{title}</h3>
              <p>{text}</p>
            </div>
            {go ? (
              <button type="button" className="button primary" onClick={() => goToPage(go.view)}>
                {go.label}
              </button>
            ) : null}
          </li>
        ))}
      </ol>

      <aside className="first-run-sample" aria-labelledby="first-run-sample-title">
        <div>
          <h3 id="first-run-sample-title">Just looking around?</h3>
          <p>Try a month from a made-up practice. Remove it in one step from Settings.</p>
        </div>
        <LoadSampleButton />
      </aside>
      {onShowCalendar ? (
        <p className="first-run-skip">
          <button type="button" className="button ghost" onClick={onShowCalendar}>
            Show the empty calendar
          </button>
        </p>
      ) : null}
    </section>
  );
}
