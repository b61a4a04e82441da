-- Bolwerk schema, migration 6: evidence (bewijs) for measures, controls and risks.
-- Every table carries organisation_id; a repository always filters by it.
-- Dates without time are 'YYYY-MM-DD' text, timestamps RFC 3339 text.

-- The bytes of uploaded files, content-addressed per organisation: the same bytes
-- uploaded twice by one organisation are stored once; two organisations never share
-- a row, so deleting or exporting one organisation never touches another's files.
CREATE TABLE evidence_blobs (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    sha256           TEXT    NOT NULL CHECK (length(sha256) = 64),
    size             BIGINT  NOT NULL CHECK (size >= 0),
    content          {{blob}} NOT NULL,
    created_at       TEXT    NOT NULL,
    PRIMARY KEY (organisation_id, sha256)
);

CREATE TABLE evidence_items (
    id                  {{id}},
    organisation_id     BIGINT  NOT NULL REFERENCES organisations (id),
    kind                TEXT    NOT NULL CHECK (kind IN ('bestand', 'link', 'notitie')),
    title               TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    effective_on        TEXT    NOT NULL,
    valid_until         TEXT,
    url                 TEXT    NOT NULL DEFAULT '',
    note                TEXT    NOT NULL DEFAULT '',
    current_version_id  BIGINT,
    created_at          TEXT    NOT NULL,
    created_by          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    version             BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX evidence_items_organisation ON evidence_items (organisation_id, valid_until);

-- Every upload of a file item; a new upload adds a row and keeps the old ones.
CREATE TABLE evidence_versions (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    item_id          BIGINT  NOT NULL REFERENCES evidence_items (id),
    number           BIGINT  NOT NULL,
    sha256           TEXT    NOT NULL,
    size             BIGINT  NOT NULL,
    media_type       TEXT    NOT NULL,
    file_name        TEXT    NOT NULL,
    effective_on     TEXT    NOT NULL,
    valid_until      TEXT,
    uploaded_at      TEXT    NOT NULL,
    uploaded_by      TEXT    NOT NULL,
    UNIQUE (item_id, number),
    FOREIGN KEY (organisation_id, sha256) REFERENCES evidence_blobs (organisation_id, sha256)
);

-- What an item supports: a measure (C.CC.NN), a control (5.1–8.34) or a risk, and
-- optionally one aspect. The empty aspect means "the target as a whole", so that the
-- UNIQUE constraint also holds for it (NULLs would all be distinct).
CREATE TABLE evidence_links (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    item_id          BIGINT  NOT NULL REFERENCES evidence_items (id),
    target_kind      TEXT    NOT NULL CHECK (target_kind IN ('measure', 'control', 'risk')),
    target           TEXT    NOT NULL,
    aspect           TEXT    NOT NULL DEFAULT '' CHECK (aspect IN ('', 'opzet', 'bestaan', 'werking')),
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    UNIQUE (item_id, target_kind, target, aspect)
);
-- The assessment pages ask "which evidence supports measure X (aspect Y)?" per row.
CREATE INDEX evidence_links_target ON evidence_links (organisation_id, target_kind, target, aspect);
