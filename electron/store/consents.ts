// The consent register and its append-only audit log. The rules (what a patient reference may
// be, when a consent holds, the gate) are in shared/consent.ts and electron/api/consents.ts.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, Consent } from '../../shared/channels/consents';
import type { Db } from './database';
import { nowIso } from '../../shared/clock';

/** Every field of a consent the caller owns. */
export type ConsentFields = Omit<Consent, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

interface ConsentRow {
  id: string;
  patient_ref: string;
  covers: string;
  platforms: string;
  signed_on: string;
  expires_on: string | null;
  expiry_event: string | null;
  form_ref: string;
  revoked_on: string | null;
  revocation_note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    patientRef: row.patient_ref,
    covers: JSON.parse(row.covers) as Consent['covers'],
    platforms:
      row.platforms === 'all_social'
        ? 'all_social'
        : (JSON.parse(row.platforms) as Exclude<Consent['platforms'], 'all_social'>),
    signedOn: row.signed_on,
    expiresOn: row.expires_on,
    expiryEvent: row.expiry_event,
    formRef: row.form_ref,
    revokedOn: row.revoked_on,
    revocationNote: row.revocation_note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columns(f: ConsentFields) {
  return {
    patientRef: f.patientRef,
    covers: JSON.stringify(f.covers),
    platforms: f.platforms === 'all_social' ? 'all_social' : JSON.stringify(f.platforms),
    signedOn: f.signedOn,
    expiresOn: f.expiresOn,
    expiryEvent: f.expiryEvent,
    formRef: f.formRef,
    revokedOn: f.revokedOn,
    revocationNote: f.revocationNote,
  };
}

export function listConsents(db: Db): Consent[] {
  return (
    db
      .prepare('SELECT * FROM consents ORDER BY signed_on DESC, created_at DESC, id')
      .all() as ConsentRow[]
  ).map(toConsent);
}

export function findConsent(db: Db, id: string): Consent | undefined {
  const row = db.prepare('SELECT * FROM consents WHERE id = ?').get(id) as ConsentRow | undefined;
  return row && toConsent(row);
}

export function insertConsent(db: Db, fields: ConsentFields): Consent {
  const id = randomUUID();
  const now = nowIso();
  db.prepare(
    `INSERT INTO consents (id, patient_ref, covers, platforms, signed_on, expires_on,
       expiry_event, form_ref, revoked_on, revocation_note, created_at, updated_at)
     VALUES (@id, @patientRef, @covers, @platforms, @signedOn, @expiresOn, @expiryEvent,
       @formRef, @revokedOn, @revocationNote, @now, @now)`,
  ).run({ ...columns(fields), id, now });
  return findConsent(db, id)!;
}

/** Writes `fields` if the version is still `version`; undefined (nothing changed) if not. */
export function updateConsentRow(
  db: Db,
  id: string,
  version: number,
  fields: ConsentFields,
): Consent | undefined {
  const { changes } = db
    .prepare(
      `UPDATE consents SET patient_ref = @patientRef, covers = @covers, platforms = @platforms,
         signed_on = @signedOn, expires_on = @expiresOn, expiry_event = @expiryEvent,
         form_ref = @formRef, revoked_on = @revokedOn, revocation_note = @revocationNote,
         version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({ ...columns(fields), id, version, now: nowIso() });
  return changes === 0 ? undefined : findConsent(db, id);
}

/** Not revoked, with an expiry date before `today`. */
export function listExpiredConsents(db: Db, today: string): Consent[] {
  return (
    db
      .prepare(
        `SELECT * FROM consents WHERE revoked_on IS NULL AND expires_on IS NOT NULL
         AND expires_on < ? ORDER BY expires_on`,
      )
      .all(today) as ConsentRow[]
  ).map(toConsent);
}

export type AuditInput = Omit<AuditEntry, 'seq' | 'at' | 'patientRef'>;

export function appendAudit(db: Db, entry: AuditInput): void {
  db.prepare(
    `INSERT INTO consent_audit (at, consent_id, action, staff_id, staff_name, detail)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(nowIso(), entry.consentId, entry.action, entry.staffId, entry.staffName, entry.detail);
}

/** Whether an entry with this action and detail is already in the log (expiry is logged once). */
export function hasAudit(db: Db, consentId: string, action: AuditEntry['action'], detail: string) {
  return (
    db
      .prepare(
        'SELECT 1 FROM consent_audit WHERE consent_id = ? AND action = ? AND detail = ? LIMIT 1',
      )
      .get(consentId, action, detail) !== undefined
  );
}

export function listAudit(db: Db, consentId?: string): AuditEntry[] {
  return db
    .prepare(
      `SELECT a.seq, a.at, a.consent_id AS consentId, c.patient_ref AS patientRef, a.action,
         a.staff_id AS staffId, a.staff_name AS staffName, a.detail
       FROM consent_audit a JOIN consents c ON c.id = a.consent_id
       WHERE (@consentId IS NULL OR a.consent_id = @consentId)
       ORDER BY a.seq DESC`,
    )
    .all({ consentId: consentId ?? null }) as AuditEntry[];
}
