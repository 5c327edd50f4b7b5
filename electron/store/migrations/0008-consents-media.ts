import type { Migration } from './types';

// consent register, audit log, media library. Shipped: never edit; add the next number instead (the checksum would refuse it).
export const migration: Migration = {
  version: 8,
  name: 'consent register, audit log, media library',
  sql: `
-- A patient's written authorization for marketing use. The patient is named by a chart number
-- or initials only (the API refuses anything that looks like "First Last"); the signed form
-- stays where the practice keeps it (form_ref says where). Consents are never deleted: a
-- withdrawn one is revoked, so the record of what was allowed when stays.
CREATE TABLE consents (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  patient_ref TEXT NOT NULL CHECK (length(trim(patient_ref)) BETWEEN 1 AND 40),
  -- JSON array of uses: photos, video, before_after, testimonial (at least one).
  covers TEXT NOT NULL CHECK (
    json_valid(covers) AND json_type(covers) = 'array' AND json_array_length(covers) >= 1
  ),
  -- 'all_social', or a JSON array of platform ids.
  platforms TEXT NOT NULL CHECK (
    platforms = 'all_social' OR (json_valid(platforms) AND json_type(platforms) = 'array'
      AND json_array_length(platforms) >= 1)
  ),
  signed_on TEXT NOT NULL CHECK (date(signed_on) = signed_on),
  expires_on TEXT CHECK (expires_on IS NULL OR (date(expires_on) = expires_on
    AND expires_on >= signed_on)),
  expiry_event TEXT CHECK (expiry_event IS NULL OR length(expiry_event) BETWEEN 1 AND 200),
  form_ref TEXT NOT NULL DEFAULT '' CHECK (length(form_ref) <= 200),
  revoked_on TEXT CHECK (revoked_on IS NULL OR date(revoked_on) = revoked_on),
  revocation_note TEXT NOT NULL DEFAULT '' CHECK (length(revocation_note) <= 500),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- An authorization names an expiry date or an expiry event.
  CHECK (expires_on IS NOT NULL OR expiry_event IS NOT NULL)
) STRICT;
CREATE TRIGGER consents_never_deleted BEFORE DELETE ON consents
BEGIN SELECT RAISE(ABORT, 'consents are revoked, never deleted'); END;

-- Every change to the register, and every link of a post to a consent, with when and who (the
-- staff member chosen on that computer, and their name then). Append-only: no update, no delete.
CREATE TABLE consent_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  consent_id TEXT NOT NULL REFERENCES consents (id),
  action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'revoked', 'expired', 'linked',
    'unlinked', 'post_flagged')),
  staff_id TEXT,
  staff_name TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX consent_audit_by_consent ON consent_audit (consent_id, seq);
CREATE TRIGGER consent_audit_no_update BEFORE UPDATE ON consent_audit
BEGIN SELECT RAISE(ABORT, 'the consent audit log is append-only'); END;
CREATE TRIGGER consent_audit_no_delete BEFORE DELETE ON consent_audit
BEGIN SELECT RAISE(ABORT, 'the consent audit log is append-only'); END;

-- Which consents a post relies on (a patient story's authorization).
CREATE TABLE post_consents (
  post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  consent_id TEXT NOT NULL REFERENCES consents (id),
  PRIMARY KEY (post_id, consent_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX post_consents_by_consent ON post_consents (consent_id);

-- Set when a revoked or expired consent sent the post back to draft; cleared when it passes
-- the consent gate again.
ALTER TABLE posts ADD COLUMN consent_flag TEXT CHECK (
  consent_flag IS NULL OR consent_flag IN ('revoked', 'expired')
);

-- Photos and videos, stored once by content hash in media/ beside the database.
CREATE TABLE media (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
  mime TEXT NOT NULL CHECK (length(mime) BETWEEN 3 AND 100),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 255),
  byte_size INTEGER NOT NULL CHECK (byte_size >= 0),
  width INTEGER CHECK (width IS NULL OR width > 0),
  height INTEGER CHECK (height IS NULL OR height > 0),
  duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
  has_gps INTEGER NOT NULL DEFAULT 0 CHECK (has_gps IN (0, 1)),
  has_metadata INTEGER NOT NULL DEFAULT 0 CHECK (has_metadata IN (0, 1)),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
  shows_patient INTEGER NOT NULL DEFAULT 0 CHECK (shows_patient IN (0, 1)),
  consent_id TEXT REFERENCES consents (id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL
) STRICT;

-- A post's media in order, each with its own alt text. A used item cannot be deleted.
CREATE TABLE post_media (
  post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  media_id TEXT NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL CHECK (position >= 0),
  alt TEXT NOT NULL DEFAULT '' CHECK (length(alt) <= 1000),
  PRIMARY KEY (post_id, media_id),
  UNIQUE (post_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX post_media_by_media ON post_media (media_id);
`,
};
