-- Bolwerk schema, migration 7: the ISMS scope and the statement of applicability (VvT,
-- issue #5): frozen, numbered versions, their approval by a bestuurder, the publication
-- setting of each organisation and the history of what was published when.
-- The scope and the frozen statements are JSON text written and read by app/; the store
-- does not interpret them.

CREATE TABLE isms_scopes (
    organisation_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES organisations (id),
    definition       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    updated_by       TEXT    NOT NULL,
    version          BIGINT  NOT NULL DEFAULT 1
);

-- statement: the VvT as JSON (report::vvt::statement_json) exactly as offered for
-- download; statement_sha256: SHA-256 of those bytes. Approval replaces both once, with
-- the approved document; after that the row never changes.
CREATE TABLE vvt_versions (
    id                 {{id}},
    organisation_id    BIGINT  NOT NULL REFERENCES organisations (id),
    number             BIGINT  NOT NULL,
    catalog            TEXT    NOT NULL,
    statement          TEXT    NOT NULL,
    statement_sha256   TEXT    NOT NULL,
    canonical_sha256   TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    created_by         TEXT    NOT NULL,
    approved_by_name   TEXT,
    approved_by_user   BIGINT  REFERENCES users (id),
    approved_at        TEXT,
    UNIQUE (organisation_id, number)
);

CREATE TABLE vvt_publication_settings (
    organisation_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES organisations (id),
    enabled          INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT    NOT NULL,
    updated_by       TEXT    NOT NULL
);

-- At most one open row (unpublished_at NULL) per organisation: the published version.
CREATE TABLE vvt_publications (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    version_id       BIGINT  NOT NULL REFERENCES vvt_versions (id),
    published_at     TEXT    NOT NULL,
    published_by     TEXT    NOT NULL,
    unpublished_at   TEXT,
    unpublished_by   TEXT
);
CREATE INDEX vvt_publications_organisation ON vvt_publications (organisation_id, unpublished_at);
