-- Bolwerk schema, migration 3: accounts, memberships, sessions, login throttling,
-- TOTP recovery codes and API tokens (issue #4). Version 2 belongs to the catalog.

-- A system administrator may manage every organisation (`bolwerk user create --admin`).
ALTER TABLE users ADD COLUMN administrator INTEGER NOT NULL DEFAULT 0 CHECK (administrator IN (0, 1));
-- TOTP (RFC 6238): the shared secret as hex, whether enrolment was confirmed, and the
-- last time step accepted, so that a code is never accepted twice.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0 CHECK (totp_enabled IN (0, 1));
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

-- Roles per organisation: one row per (user, organisation, role).
CREATE TABLE memberships (
    user_id          BIGINT  NOT NULL REFERENCES users (id),
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    role             TEXT    NOT NULL CHECK (role IN ('beheerder', 'ciso', 'bestuurder', 'lijnmanager',
                                                      'medewerker', 'auditor', 'leverancier')),
    created_at       TEXT    NOT NULL,
    PRIMARY KEY (user_id, organisation_id, role)
);
CREATE INDEX memberships_organisation ON memberships (organisation_id);

-- Server-side sessions. Only the SHA-256 of the session id is stored, so a copy of
-- the database does not hand out live sessions.
CREATE TABLE sessions (
    id_hash          TEXT    PRIMARY KEY,
    user_id          BIGINT  NOT NULL REFERENCES users (id),
    csrf_token       TEXT    NOT NULL,
    mfa_passed       INTEGER NOT NULL DEFAULT 0 CHECK (mfa_passed IN (0, 1)),
    organisation_id  BIGINT  REFERENCES organisations (id),
    language         TEXT    NOT NULL DEFAULT 'nl',
    created_at       TEXT    NOT NULL,
    last_seen_at     TEXT    NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins, by account ("account:EMAIL") and by address ("address:IP").
CREATE TABLE login_failures (
    id            {{id}},
    throttle_key  TEXT    NOT NULL,
    failed_at     TEXT    NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (throttle_key, failed_at);

-- One-time recovery codes for TOTP, stored as SHA-256 digests.
CREATE TABLE recovery_codes (
    user_id     BIGINT  NOT NULL REFERENCES users (id),
    code_hash   TEXT    NOT NULL,
    used_at     TEXT,
    PRIMARY KEY (user_id, code_hash)
);

-- API tokens for automation: scoped to one organisation and one role, expiring,
-- stored as SHA-256 digests of the secret.
CREATE TABLE api_tokens (
    id               {{id}},
    token_hash       TEXT    NOT NULL UNIQUE,
    name             TEXT    NOT NULL,
    user_id          BIGINT  NOT NULL REFERENCES users (id),
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    role             TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    expires_at       TEXT    NOT NULL,
    revoked          INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
);
CREATE INDEX api_tokens_organisation ON api_tokens (organisation_id);
