// Settings for the team rhythm: how often everyone gets a spotlight, Instagram's hashtag
// limit, and the content-mix targets per category (in %, adding up to 100).
import { useId, useState, type FormEvent } from 'react';
import type { RhythmSettings } from '../../../shared/channels/rhythm';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../../shared/vocabulary';
import { fieldErrorsOf } from '../../data/errors';
import { rhythmSettingsQuery, saveRhythmSettings } from '../../data/rhythm';
import { notify } from '../../state/notices';
import { LibrarySection } from './LibrarySection';
import './rhythm.css';

type Targets = Record<CategoryId, number>;

export function RhythmSettingsSection() {
  const { data } = rhythmSettingsQuery.use();
  return (
    <>
      {data ? <RhythmSettingsForm key={data.version} data={data} /> : null}
      <LibrarySection />
    </>
  );
}

function RhythmSettingsForm({ data }: { data: RhythmSettings }) {
  const uid = useId();
  const [weeks, setWeeks] = useState(data.spotlightWeeks);
  const [limit, setLimit] = useState(data.instagramHashtagLimit);
  const [targets, setTargets] = useState<Targets>(
    () =>
      Object.fromEntries(
        CATEGORY_IDS.map((c) => [c, Math.round((data.mixTargets[c] ?? 0) * 100)]),
      ) as Targets,
  );
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const sum = CATEGORY_IDS.reduce((a, c) => a + targets[c], 0);

  async function save(e: FormEvent) {
    e.preventDefault();
    const outcome = await saveRhythmSettings({
      spotlightWeeks: weeks,
      instagramHashtagLimit: limit,
      mixTargets: Object.fromEntries(CATEGORY_IDS.map((c) => [c, targets[c] / 100])),
    });
    if (!outcome.ok) {
      setErrors(
        fieldErrorsOf(outcome.error, ['spotlightWeeks', 'instagramHashtagLimit', 'mixTargets']),
      );
      return;
    }
    setErrors({});
    notify('Saved the team rhythm settings.');
  }

  return (
    <section className="settings-section rhythm-settings" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Team rhythm</h2>
      <form className="rhythm-form" onSubmit={save} noValidate>
        <div className="rhythm-row">
          <label className="field">
            <span className="field-label">Spotlight everyone at least every (weeks)</span>
            <input
              type="number"
              min={1}
              max={52}
              value={weeks}
              aria-invalid={errors.spotlightWeeks ? true : undefined}
              onChange={(e) => setWeeks(Number(e.target.value))}
            />
            {errors.spotlightWeeks ? (
              <span className="field-error">{errors.spotlightWeeks}</span>
            ) : null}
          </label>
          <label className="field">
            <span className="field-label">Instagram hashtag limit</span>
            <input
              type="number"
              min={1}
              max={60}
              value={limit}
              aria-invalid={errors.instagramHashtagLimit ? true : undefined}
              onChange={(e) => setLimit(Number(e.target.value))}
            />
            {errors.instagramHashtagLimit ? (
              <span className="field-error">{errors.instagramHashtagLimit}</span>
            ) : null}
          </label>
        </div>
        <fieldset className="field">
          <legend className="field-label">Content mix targets (% of scheduled posts)</legend>
          <div className="mix-targets">
            {CATEGORY_IDS.map((c) => (
              <label key={c} className="field">
                <span>{CATEGORIES[c].label}</span>
                <input
                  type="number"
                  min={0}
                  max={100}
                  value={targets[c]}
                  onChange={(e) => setTargets({ ...targets, [c]: Number(e.target.value) })}
                />
              </label>
            ))}
          </div>
          <p className={sum === 100 ? 'field-hint' : 'field-error'} role="status">
            Together: {sum}% {sum === 100 ? '' : '(they must add up to 100%)'}
          </p>
          {errors.mixTargets ? <span className="field-error">{errors.mixTargets}</span> : null}
        </fieldset>
        <div className="rhythm-actions">
          <button type="submit" className="button primary">
            Save team rhythm
          </button>
        </div>
      </form>
    </section>
  );
}
