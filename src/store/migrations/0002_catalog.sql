-- Bolwerk schema, migration 2: the normenkader (issue #3). One row per imported
-- catalog version (e.g. bio2@1.3), its numbered entries, and the defects its import
-- reported. Catalog versions are shared by every organisation; the Cbw scope an
-- organisation sets per control is its own.

CREATE TABLE catalog_versions (
    id             {{id}},
    framework      TEXT    NOT NULL,
    version        TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    source         TEXT    NOT NULL,
    source_sha256  TEXT    NOT NULL,
    layout         TEXT    NOT NULL,
    imported_at    TEXT    NOT NULL,
    imported_by    TEXT    NOT NULL,
    UNIQUE (framework, version)
);

-- number is "C.CC.NN", fixed width, so it sorts as text; control is "5.17".
CREATE TABLE catalog_items (
    catalog_version_id  BIGINT  NOT NULL REFERENCES catalog_versions (id),
    number              TEXT    NOT NULL,
    control             TEXT    NOT NULL,
    kind                TEXT    NOT NULL
        CHECK (kind IN ('substantive', 'none', 'moved', 'withdrawn', 'reference')),
    target              TEXT,
    text                TEXT    NOT NULL,
    tags                TEXT    NOT NULL,
    PRIMARY KEY (catalog_version_id, number)
);

CREATE TABLE catalog_import_defects (
    catalog_version_id  BIGINT  NOT NULL REFERENCES catalog_versions (id),
    position            BIGINT  NOT NULL,
    kind                TEXT    NOT NULL,
    severity            TEXT    NOT NULL CHECK (severity IN ('warning', 'error')),
    line                BIGINT  NOT NULL,
    field               TEXT    NOT NULL,
    message             TEXT    NOT NULL,
    PRIMARY KEY (catalog_version_id, position)
);

-- The Cbw scope an organisation has set for a control; controls without a row have
-- the default (in scope, see domain/catalog/cbw_scope.hpp).
CREATE TABLE organisation_control_scopes (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    control          TEXT    NOT NULL,
    cbw_scope        TEXT    NOT NULL CHECK (cbw_scope IN ('in_scope', 'out_of_scope')),
    PRIMARY KEY (organisation_id, control)
);
