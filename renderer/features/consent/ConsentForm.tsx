// Adding a consent to the register: a chart number or initials (never a name), what it
// covers, where, when signed and until when, and where the signed form is kept.
import { useState } from 'react';
import { CONSENT_COVERS, COVER_LABELS } from '../../../shared/consent';
import { PLATFORM_IDS, PLATFORMS } from '../../../shared/platforms';
import { Field, FieldGroup } from '../../components/form/Field';
import { createConsent, CONSENT_FORM_FIELDS } from '../../data/consents';
import { fieldErrorsOf } from '../../data/errors';
import { toggled } from '../../components/form/draft';
import { consentInputOf, EMPTY_CONSENT_DRAFT, type ConsentDraft } from './consent-utils';

type Errors = Partial<Record<(typeof CONSENT_FORM_FIELDS)[number], string>>;

export function ConsentForm({ onDone }: { onDone(): void }) {
  const [draft, setDraft] = useState<ConsentDraft>(EMPTY_CONSENT_DRAFT);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const edit = (change: Partial<ConsentDraft>) => setDraft((d) => ({ ...d, ...change }));

  async function submit() {
    setBusy(true);
    const outcome = await createConsent(consentInputOf(draft)).finally(() => setBusy(false));
    if (outcome.ok) onDone();
    else setErrors(fieldErrorsOf(outcome.error, CONSENT_FORM_FIELDS));
  }

  return (
    <form
      className="consent-form"
      aria-label="Add a consent"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field
        label="Patient reference"
        required
        hint="A chart number or initials (like 4411 or J.D.). Never a name."
        error={errors.patientRef}
      >
        {(control) => (
          <input
            dir="auto"
            {...control}
            type="text"
            maxLength={40}
            value={draft.patientRef}
            onChange={(e) => edit({ patientRef: e.target.value })}
          />
        )}
      </Field>
      <FieldGroup legend="It covers" error={errors.covers}>
        <div className="chip-list">
          {CONSENT_COVERS.map((c) => (
            <label key={c} className="chip">
              <input
                type="checkbox"
                checked={draft.covers.includes(c)}
                onChange={(e) =>
                  edit({ covers: toggled(draft.covers, c, e.target.checked, CONSENT_COVERS) })
                }
              />
              {COVER_LABELS[c]}
            </label>
          ))}
        </div>
      </FieldGroup>
      <FieldGroup legend="Where" error={errors.platforms}>
        <div className="chip-list">
          <label className="chip">
            <input
              type="checkbox"
              checked={draft.allSocial}
              onChange={(e) => edit({ allSocial: e.target.checked })}
            />
            All social
          </label>
          {draft.allSocial
            ? null
            : PLATFORM_IDS.map((p) => (
                <label key={p} className="chip">
                  <input
                    type="checkbox"
                    checked={draft.platforms.includes(p)}
                    onChange={(e) =>
                      edit({
                        platforms: toggled(draft.platforms, p, e.target.checked, PLATFORM_IDS),
                      })
                    }
                  />
                  {PLATFORMS[p].label}
                </label>
              ))}
        </div>
      </FieldGroup>
      <div className="post-editor-row">
        <Field label="Signed on" required error={errors.signedOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.signedOn}
              onChange={(e) => edit({ signedOn: e.target.value })}
            />
          )}
        </Field>
        <Field label="Expires on" hint="Or name the expiry event below." error={errors.expiresOn}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.expiresOn}
              onChange={(e) => edit({ expiresOn: e.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        label="Expiry event"
        hint="As the signed form words it, e.g. “end of treatment”."
        error={errors.expiryEvent}
      >
        {(control) => (
          <input
            dir="auto"
            {...control}
            type="text"
            maxLength={200}
            value={draft.expiryEvent}
            onChange={(e) => edit({ expiryEvent: e.target.value })}
          />
        )}
      </Field>
      <Field label="Where the signed form is kept" error={errors.formRef}>
        {(control) => (
          <input
            dir="auto"
            {...control}
            type="text"
            maxLength={200}
            value={draft.formRef}
            onChange={(e) => edit({ formRef: e.target.value })}
          />
        )}
      </Field>
      <div className="media-card-actions">
        <button type="submit" className="button primary" disabled={busy}>
          Add consent
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
