// The consent register: every written authorization (no names), its state today, revoking
// (with the posts it sends back to draft), take-down items for published posts, and the
// append-only audit log.
import { todayIn } from '../../../shared/clock';
import { useEffect, useState } from 'react';
import { ShieldCheck } from 'lucide-react';
import { consentStatus, type Consent } from '../../../shared/channels/consents';
import { QueryProblem } from '../../components/QueryProblem';
import {
  auditQuery,
  checkExpiry,
  consentsQuery,
  revokeConsent,
  takedownsQuery,
} from '../../data/consents';
import { formatDate, formatDateTime } from '../../lib/format';
import { openEditor } from '../../state/ui';
import { ConsentForm } from './ConsentForm';
import { coversText, platformsText } from './consent-utils';
import '../media/MediaPage.css';

const STATE_LABEL = {
  valid: 'Valid',
  not_yet_signed: 'Not yet in force',
  expired: 'Expired',
  revoked: 'Revoked',
} as const;

export function ConsentsPage() {
  const consents = consentsQuery.use();
  const audit = auditQuery.use();
  const takedowns = takedownsQuery.use();
  const [adding, setAdding] = useState(false);
  const today = todayIn();

  useEffect(() => {
    void checkExpiry();
  }, []);

  return (
    <section className="page consents-page" aria-labelledby="consents-title">
      <div className="page-head">
        <h1 id="consents-title">Consents</h1>
        {adding ? null : (
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            <ShieldCheck aria-hidden="true" size={18} /> Add a consent
          </button>
        )}
      </div>
      <p className="page-lead">
        Written patient authorizations for marketing. A post that shows a patient cannot be approved
        without one that holds on its date, for its platforms and use.
      </p>
      {adding ? <ConsentForm onDone={() => setAdding(false)} /> : null}

      {(takedowns.data ?? []).length > 0 ? (
        <section aria-labelledby="takedown-title" className="gate-problems consent-gate">
          <h2 id="takedown-title">To take down</h2>
          <ul>
            {takedowns.data!.map((t) => (
              <li key={`${t.postId}-${t.patientRef}`}>
                <button type="button" className="link-button" onClick={() => openEditor(t.postId)}>
                  {t.title}
                </button>{' '}
                (published; consent {t.patientRef} {t.reason})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>Register</h2>
      {consents.status === 'error' ? (
        <QueryProblem query={consents} loading="Loading…" />
      ) : (consents.data ?? []).length === 0 ? (
        <p>No consents yet.</p>
      ) : (
        <ul className="consent-list">
          {consents.data!.map((c) => (
            <ConsentCard key={c.id} consent={c} today={today} />
          ))}
        </ul>
      )}

      <h2>Audit log</h2>
      {(audit.data ?? []).length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Consent</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {audit.data!.map((e) => (
              <tr key={e.seq}>
                <td>{formatDateTime(e.at)}</td>
                <td>{e.staffName || 'Nobody chosen on this computer'}</td>
                <td>{e.patientRef}</td>
                <td>
                  {e.action.replace('_', ' ')}
                  {e.detail ? `: ${e.detail}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ConsentCard({ consent, today }: { consent: Consent; today: string }) {
  const [revoking, setRevoking] = useState(false);
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const state = consentStatus(consent, today);
  return (
    <li className="consent-card">
      <h3>
        {consent.patientRef} <span className={`consent-state ${state}`}>{STATE_LABEL[state]}</span>
      </h3>
      <p>
        Covers {coversText(consent)} · {platformsText(consent)}
      </p>
      <p>
        Signed {formatDate(consent.signedOn)}
        {consent.expiresOn ? ` · expires ${formatDate(consent.expiresOn)}` : ''}
        {consent.expiryEvent ? ` · until ${consent.expiryEvent}` : ''}
        {consent.formRef ? ` · form: ${consent.formRef}` : ''}
      </p>
      {consent.revokedOn ? (
        <p>
          Revoked {formatDate(consent.revokedOn)}
          {consent.revocationNote ? `: ${consent.revocationNote}` : ''}
        </p>
      ) : revoking ? (
        <form
          className="post-editor-row"
          aria-label={`Revoke consent ${consent.patientRef}`}
          onSubmit={(e) => {
            e.preventDefault();
            void revokeConsent(consent.id, on, note).then((ok) => ok && setRevoking(false));
          }}
        >
          <label className="field">
            <span className="field-hint-label">Revoked from</span>
            <input type="date" value={on} required onChange={(e) => setOn(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-hint-label">Note</span>
            <input
              dir="auto"
              type="text"
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
          <button type="submit" className="button danger">
            Revoke
          </button>
          <button type="button" className="button" onClick={() => setRevoking(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div>
          <button type="button" className="button" onClick={() => setRevoking(true)}>
            Revoke…
          </button>
        </div>
      )}
    </li>
  );
}
