// Settings: whether the sample month is loaded, and one confirmed step to remove it.
import { useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { QueryProblem } from '../../components/QueryProblem';
import { removeSampleMonth, sampleQuery } from '../../data/sample';
import { LoadSampleButton } from './FirstRun';

export function SampleDataSection() {
  const sample = sampleQuery.use();
  const loaded = sample.status === 'ready' ? sample.data! : null;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    if (await removeSampleMonth()) setConfirming(false);
    setBusy(false);
  }

  return (
    <section className="sample-data" aria-labelledby="sample-data-title">
      <h2 id="sample-data-title">Sample data</h2>
      {loaded === null ? (
        <QueryProblem
          query={sample}
          loading="Checking for sample data…"
          className="sample-data-text"
        />
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
