-- Bolwerk schema, migration 5: the gap analysis (issue #5). One assessment per
-- organisation against one catalog version; per ISO 27002 control its applicability,
-- per overheidsmaatregel its answer with opzet, bestaan and werking in columns; and
-- frozen snapshots of the whole assessment as JSON text. Every row carries
-- organisation_id so that a repository can always filter by the caller's organisation.
-- Dates without time (target dates, aspect dates) are 'YYYY-MM-DD' text.

CREATE TABLE assessments (
    organisation_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES organisations (id),
    catalog_framework  TEXT    NOT NULL,
    catalog_version    TEXT    NOT NULL,
    -- The labels of the maturity scale, lowest level first, as a JSON array of strings.
    maturity_scale     TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    created_by         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    version            BIGINT  NOT NULL DEFAULT 1
);

-- control is "5.1"; reasons is a comma-separated list of inclusion reasons
-- ("bio2_mandatory,risk_analysis").
CREATE TABLE assessment_controls (
    organisation_id  BIGINT  NOT NULL REFERENCES assessments (organisation_id),
    control          TEXT    NOT NULL,
    applicable       INTEGER NOT NULL CHECK (applicable IN (0, 1)),
    reasons          TEXT    NOT NULL DEFAULT '',
    justification    TEXT    NOT NULL DEFAULT '',
    reference_kind   TEXT    CHECK (reference_kind IN ('risk_analysis', 'risk', 'document')),
    reference_value  TEXT,
    updated_at       TEXT    NOT NULL,
    updated_by       TEXT    NOT NULL,
    version          BIGINT  NOT NULL DEFAULT 1,
    PRIMARY KEY (organisation_id, control)
);

-- measure is "C.CC.NN", fixed width, so it sorts as text. The aspects are opzet
-- (design_*), bestaan (existence_*) and werking (operation_*).
CREATE TABLE assessment_measures (
    organisation_id        BIGINT  NOT NULL REFERENCES assessments (organisation_id),
    measure                TEXT    NOT NULL,
    status                 TEXT    NOT NULL
        CHECK (status IN ('not_started', 'in_progress', 'implemented', 'not_applicable')),
    owner                  TEXT    NOT NULL DEFAULT '',
    target_date            TEXT,
    maturity               INTEGER,
    not_applicable_reason  TEXT    NOT NULL DEFAULT '',
    reference_kind         TEXT    CHECK (reference_kind IN ('risk_analysis', 'risk', 'document')),
    reference_value        TEXT,
    design_result          TEXT    NOT NULL DEFAULT 'not_assessed',
    design_date            TEXT,
    design_assessor        TEXT    NOT NULL DEFAULT '',
    design_note            TEXT    NOT NULL DEFAULT '',
    existence_result       TEXT    NOT NULL DEFAULT 'not_assessed',
    existence_date         TEXT,
    existence_assessor     TEXT    NOT NULL DEFAULT '',
    existence_note         TEXT    NOT NULL DEFAULT '',
    operation_result       TEXT    NOT NULL DEFAULT 'not_assessed',
    operation_date         TEXT,
    operation_assessor     TEXT    NOT NULL DEFAULT '',
    operation_note         TEXT    NOT NULL DEFAULT '',
    needs_review           INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    review_reason          TEXT    NOT NULL DEFAULT '',
    updated_at             TEXT    NOT NULL,
    updated_by             TEXT    NOT NULL,
    version                BIGINT  NOT NULL DEFAULT 1,
    PRIMARY KEY (organisation_id, measure)
);

-- A frozen copy of the whole assessment ("Q4 2026"), as the JSON of
-- app/assessment/assessment_json. Never changed once written.
CREATE TABLE assessment_snapshots (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    label            TEXT    NOT NULL,
    catalog          TEXT    NOT NULL,
    content          TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    UNIQUE (organisation_id, label)
);
CREATE INDEX assessment_snapshots_organisation ON assessment_snapshots (organisation_id, created_at);
