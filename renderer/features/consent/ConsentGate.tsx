// The editor's consent panel: which consents this post relies on, and the gate shown before
// anyone tries to approve (the same rule the API enforces, from shared/consent.ts).
import { todayIn } from '../../../shared/clock';
import { useId } from 'react';
import { CircleAlert, CircleCheck, ShieldAlert } from 'lucide-react';
import type { Post } from '../../../shared/contract';
import { consentsQuery } from '../../data/consents';
import { libraryQuery } from '../../data/media';
import { usePracticeZone } from '../../data/settings';
import { coversText, postGate } from './consent-utils';

export interface ConsentGateProps {
  post: Post;
  save(patch: { consentIds: string[] }): Promise<boolean>;
}

/** The visible flag at the top of the editor when a revoked or expired consent pulled the post back. */
export function ConsentFlagBanner({ post }: { post: Post }) {
  if (!post.consentFlag) return null;
  return (
    <p className="post-editor-banner consent-flag" role="status">
      <ShieldAlert aria-hidden="true" size={20} />
      <span>
        <strong>Consent {post.consentFlag}:</strong> this post went back to draft. Link a valid
        consent, or take out what shows the patient.
      </span>
    </p>
  );
}

export function ConsentGate({ post, save }: ConsentGateProps) {
  const uid = useId();
  const consents = consentsQuery.use();
  const library = libraryQuery.use();
  const zone = usePracticeZone();
  const gate = postGate(post, library.data ?? [], consents.data ?? [], {
    zone,
    today: todayIn(zone),
  });
  const showLinks = post.category === 'patient_story' || post.consentIds.length > 0;
  if (!gate.needed && !showLinks && post.consentFlag === null) return null;

  return (
    <section className="field consent-gate" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`} className="field-label">
        Patient consent
      </h3>
      {gate.needed ? (
        gate.problems.length === 0 ? (
          <p className="gate-ok">
            <CircleCheck aria-hidden="true" size={20} /> Consent in place: this post can be
            approved.
          </p>
        ) : (
          <div className="gate-problems" role="note">
            <p>
              <CircleAlert aria-hidden="true" size={20} /> <strong>Cannot be approved yet.</strong>{' '}
              Needs patient consent first:
            </p>
            <ul>
              {gate.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )
      ) : null}
      {showLinks ? (
        <fieldset className="field">
          <legend className="field-hint-label">Consents this post relies on</legend>
          {(consents.data ?? []).length === 0 ? (
            <p className="field-hint">
              No consents in the register yet. Add one on the <a href="#/consents">Consents</a>{' '}
              page.
            </p>
          ) : (
            <div className="chip-list">
              {(consents.data ?? []).map((c) => (
                <label key={c.id} className="chip">
                  <input
                    type="checkbox"
                    checked={post.consentIds.includes(c.id)}
                    onChange={(e) =>
                      void save({
                        consentIds: e.target.checked
                          ? [...post.consentIds, c.id]
                          : post.consentIds.filter((id) => id !== c.id),
                      })
                    }
                  />
                  {`${c.patientRef}: ${coversText(c)}${c.revokedOn ? ' (revoked)' : ''}`}
                </label>
              ))}
            </div>
          )}
        </fieldset>
      ) : null}
    </section>
  );
}
