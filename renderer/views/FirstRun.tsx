// The empty planner's welcome (the calendar shows it while there are no staff and no posts),
// and the Settings section that takes the sample month out again.
import { useEffect, useState } from 'react';
import { DateTime } from 'luxon';
import type { Staff } from '../../shared/contract';
import { api } from '../api/client';
import { ConfirmStep } from '../components/ConfirmStep';
import { useApp } from '../state/app';
import { usePlanner } from '../state/planner';
import './FirstRun.css';

/** Today's date where the practice is, which is where the sample month is laid out. */
function practiceToday(): string {
  const zone = useApp.getState().settings?.timezone;
  const now = zone ? DateTime.now().setZone(zone) : DateTime.now();
  return (now.isValid ? now : DateTime.now()).toISODate()!;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

async function refreshEverything(): Promise<void> {
  await Promise.all([useApp.getState().refreshStaff(), usePlanner.getState().reload()]);
}

/** Loads the sample month and tells the user how it went. */
async function loadSampleMonth(): Promise<void> {
  const app = useApp.getState();
  try {
    const { staff, posts } = await api('sample.load', { today: practiceToday() });
    await refreshEverything();
    app.notify(
      `Loaded a sample month: ${plural(staff, 'person', 'people')} and ${plural(posts, 'post')} ` +
        'from Lumen Aesthetics, a made-up practice. Remove it any time in Settings.',
    );
  } catch (error) {
    app.fail(error);
  }
}

function LoadSampleButton({ primary = false }: { primary?: boolean }) {
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
  const practiceName = useApp((s) => s.settings?.practiceName);
  const goTo = (view: 'staff' | 'ideas') => useApp.getState().setView(view);

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
              <button type="button" className="button primary" onClick={() => goTo(go.view)}>
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

/** Settings: whether the sample month is loaded, and one confirmed step to remove it. */
export function SampleDataSection() {
  const staff = useApp((s) => s.staff);
  const [loaded, setLoaded] = useState<boolean | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  // Asked again whenever the staff list changes (the sample may have come or gone elsewhere).
  useEffect(() => {
    let live = true;
    api('sample.status', {})
      .then((status) => {
        if (live) setLoaded(status.loaded);
      })
      .catch((error: unknown) => useApp.getState().fail(error));
    return () => {
      live = false;
    };
  }, [staff]);

  async function remove() {
    setBusy(true);
    const app = useApp.getState();
    try {
      const before: Staff[] = await api('staff.list', {});
      const removed = await api('sample.remove', {});
      await refreshEverything();
      const after = new Map(useApp.getState().staff.map((s) => [s.id, s]));
      const kept = before.filter((s) => s.active && after.get(s.id)?.active === false).length;
      app.notify(
        `Removed the sample month: ${plural(removed.posts, 'post')} and ` +
          `${plural(removed.staff, 'person', 'people')}.` +
          (kept > 0
            ? ` ${plural(kept, 'sample person', 'sample people')} your own posts mention ` +
              `${kept === 1 ? 'was' : 'were'} kept, archived.`
            : ''),
      );
      setLoaded(false);
      setConfirming(false);
    } catch (error) {
      app.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sample-data" aria-labelledby="sample-data-title">
      <h2 id="sample-data-title">Sample data</h2>
      {loaded === null ? (
        <p className="sample-data-text" role="status">
          Checking for sample data…
        </p>
      ) : !loaded ? (
        <>
          <p className="sample-data-text">
            No sample data in your planner: everything here is yours.
          </p>
          <LoadSampleButton />
        </>
      ) : (
        <>
          <p className="sample-data-text">
            The sample month (Lumen Aesthetics, a made-up practice) is in your planner. Remove it
            when you are ready to start on your own; your own posts and people stay.
          </p>
          {confirming ? (
            <ConfirmStep
              className="sample-data-confirm"
              actionsClassName="sample-data-actions"
              label="Confirm removal"
              confirmLabel="Yes, remove sample data"
              busyLabel="Removing…"
              cancelLabel="Keep it"
              busy={busy}
              onConfirm={() => void remove()}
              onCancel={() => setConfirming(false)}
            >
              <p>
                <strong>Remove every sample post and person for good?</strong> Changes you made to
                sample posts go with them.
              </p>
            </ConfirmStep>
          ) : (
            <button type="button" className="button danger" onClick={() => setConfirming(true)}>
              Remove sample data
            </button>
          )}
        </>
      )}
    </section>
  );
}
