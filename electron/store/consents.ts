// The consent register and its append-only audit log. The rules (what a patient reference may
// be, when a consent holds, the gate) are in shared/consent.ts and electron/api/consents.ts.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, Consent } from '../../shared/channels/consents';
import { nowIso } from '../../shared/clock';
import { fromColumn, toColumns, updateRow, type Column } from './columns';
import type { Sql } from './sql';

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

/** The fields' columns (transfer.ts exports and restores the same). */
export const CONSENT_COLUMNS = {
  patientRef: ['patient_ref'],
  covers: ['covers', 'json'],
  platforms: ['platforms', 'platforms'],
  signedOn: ['signed_on'],
  expiresOn: ['expires_on'],
  expiryEvent: ['expiry_event'],
  formRef: ['form_ref'],
  revokedOn: ['revoked_on'],
  revocationNote: ['revocation_note'],
} as const satisfies Record<keyof ConsentFields, Column>;

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    patientRef: row.patient_ref,
    covers: fromColumn(row.covers, 'json') as Consent['covers'],
    platforms: fromColumn(row.platforms, 'platforms') as Consent['platforms'],
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

export type AuditInput = Omit<AuditEntry, 'seq' | 'at' | 'patientRef'>;

export const consentsRepo = {
  async list(sql: Sql): Promise<Consent[]> {
    const rows = await sql.all<ConsentRow>(
      'SELECT * FROM consents ORDER BY signed_on DESC, created_at DESC, id',
    );
    return rows.map(toConsent);
  },

  async find(sql: Sql, id: string): Promise<Consent | undefined> {
    const row = await sql.get<ConsentRow>('SELECT * FROM consents WHERE id = @id', { id });
    return row && toConsent(row);
  },

  async insert(sql: Sql, fields: ConsentFields): Promise<Consent> {
    const id = randomUUID();
    await sql.run(
      `INSERT INTO consents (id, patient_ref, covers, platforms, signed_on, expires_on,
         expiry_event, form_ref, revoked_on, revocation_note, created_at, updated_at)
       VALUES (@id, @patientRef, @covers, @platforms, @signedOn, @expiresOn, @expiryEvent,
         @formRef, @revokedOn, @revocationNote, @now, @now)`,
      { ...toColumns(CONSENT_COLUMNS, fields), id, now: nowIso() },
    );
    return (await consentsRepo.find(sql, id))!;
  },

  /**
   * Writes the fields `changes` carries if the version is still `version`; undefined (nothing
   * changed) if not.
   */
  async update(
    sql: Sql,
    id: string,
    version: number,
    changes: Partial<ConsentFields>,
  ): Promise<Consent | undefined> {
    const written = await updateRow(sql, 'consents', CONSENT_COLUMNS, { id, version }, changes);
    return written ? consentsRepo.find(sql, id) : undefined;
  },

  /** Not revoked, with an expiry date before `today`. */
  async expired(sql: Sql, today: string): Promise<Consent[]> {
    const rows = await sql.all<ConsentRow>(
      `SELECT * FROM consents WHERE revoked_on IS NULL AND expires_on IS NOT NULL
       AND expires_on < @today ORDER BY expires_on`,
      { today },
    );
    return rows.map(toConsent);
  },

  /** Appends to the audit log (it cannot be changed or cut). */
  async audit(sql: Sql, entry: AuditInput): Promise<void> {
    await sql.run(
      `INSERT INTO consent_audit (at, consent_id, action, staff_id, staff_name, detail)
       VALUES (@at, @consentId, @action, @staffId, @staffName, @detail)`,
      {
        at: nowIso(),
        consentId: entry.consentId,
        action: entry.action,
        staffId: entry.staffId,
        staffName: entry.staffName,
        detail: entry.detail,
      },
    );
  },

  /** Whether an entry with this action and detail is in the log (expiry is logged once). */
  async hasAudit(
    sql: Sql,
    consentId: string,
    action: AuditEntry['action'],
    detail: string,
  ): Promise<boolean> {
    const found = await sql.get(
      `SELECT 1 AS found FROM consent_audit
       WHERE consent_id = @consentId AND action = @action AND detail = @detail LIMIT 1`,
      { consentId, action, detail },
    );
    return found !== undefined;
  },

  /** The log, newest first: of one consent, or of all. */
  auditLog(sql: Sql, consentId?: string): Promise<AuditEntry[]> {
    return sql.all<AuditEntry>(
      `SELECT a.seq, a.at, a.consent_id AS consentId, c.patient_ref AS patientRef, a.action,
         a.staff_id AS staffId, a.staff_name AS staffName, a.detail
       FROM consent_audit a JOIN consents c ON c.id = a.consent_id
       WHERE (@consentId IS NULL OR a.consent_id = @consentId)
       ORDER BY a.seq DESC`,
      { consentId: consentId ?? null },
    );
  },
};
