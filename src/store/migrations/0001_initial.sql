-- Bolwerk schema, migration 1: organisations, users and the audit trail.
-- One SQL text for SQLite and PostgreSQL. The migrator replaces two tokens per backend:
--   {{id}}   an auto-assigned 64-bit primary key
--   {{blob}} a byte string (BLOB / BYTEA)
-- Timestamps are RFC 3339 UTC text with microseconds (fixed width, so they sort).
-- Booleans are 0/1 integers.

CREATE TABLE organisations (
    id          {{id}},
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('rijk', 'provincie', 'gemeente', 'waterschap', 'zbo', 'other')),
    oin         TEXT    UNIQUE,
    kvk_number  TEXT    UNIQUE,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    version     BIGINT  NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX organisations_name_unique ON organisations (name);

CREATE TABLE users (
    id             {{id}},
    email          TEXT    NOT NULL UNIQUE,
    display_name   TEXT    NOT NULL,
    password_hash  TEXT,
    disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    version        BIGINT  NOT NULL DEFAULT 1
);

-- The audit trail. Events form one hash chain per organisation (chain = the
-- organisation's id) plus one for events outside any organisation (chain = 0).
-- Each event holds the SHA-256 of the previous one; audit_chain_heads holds the
-- latest link so that appending locks one row instead of scanning.
CREATE TABLE audit_events (
    id               {{id}},
    chain            BIGINT  NOT NULL,
    sequence         BIGINT  NOT NULL,
    organisation_id  BIGINT  REFERENCES organisations (id),
    occurred_at      TEXT    NOT NULL,
    actor            TEXT    NOT NULL,
    action           TEXT    NOT NULL,
    object_type      TEXT    NOT NULL,
    object_id        TEXT    NOT NULL,
    before_digest    TEXT,
    after_digest     TEXT,
    detail           TEXT,
    previous_hash    TEXT    NOT NULL,
    hash             TEXT    NOT NULL,
    UNIQUE (chain, sequence)
);
CREATE INDEX audit_events_organisation ON audit_events (organisation_id, occurred_at);

CREATE TABLE audit_chain_heads (
    chain          BIGINT  PRIMARY KEY,
    last_sequence  BIGINT  NOT NULL,
    last_hash      TEXT    NOT NULL
);
