-- Bolwerk schema, migration 4: risk management (methodology, information systems,
-- risk analyses, risk register, acceptances). Every table carries organisation_id so
-- that a repository can always filter by the caller's organisation.
-- Dates without time (review dates, validity) are 'YYYY-MM-DD' text.

CREATE TABLE risk_methodologies (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    version          BIGINT  NOT NULL,
    definition       TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    UNIQUE (organisation_id, version)
);

CREATE TABLE information_systems (
    id                             {{id}},
    organisation_id                BIGINT  NOT NULL REFERENCES organisations (id),
    name                           TEXT    NOT NULL,
    owner                          TEXT    NOT NULL,
    description                    TEXT    NOT NULL DEFAULT '',
    availability                   INTEGER NOT NULL CHECK (availability BETWEEN 1 AND 3),
    integrity                      INTEGER NOT NULL CHECK (integrity BETWEEN 1 AND 3),
    confidentiality                INTEGER NOT NULL CHECK (confidentiality BETWEEN 1 AND 3),
    internet_facing                INTEGER NOT NULL DEFAULT 0,
    operational_technology         INTEGER NOT NULL DEFAULT 0,
    cloud                          INTEGER NOT NULL DEFAULT 0,
    critical_for_service_delivery  INTEGER NOT NULL DEFAULT 0,
    classified_at                  TEXT    NOT NULL,
    created_at                     TEXT    NOT NULL,
    updated_at                     TEXT    NOT NULL,
    version                        BIGINT  NOT NULL DEFAULT 1,
    UNIQUE (organisation_id, name)
);

CREATE TABLE information_system_dependencies (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    system_id        BIGINT  NOT NULL REFERENCES information_systems (id) ON DELETE CASCADE,
    depends_on_id    BIGINT  NOT NULL REFERENCES information_systems (id) ON DELETE CASCADE,
    PRIMARY KEY (system_id, depends_on_id)
);

CREATE TABLE risk_analyses (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('quickscan', 'volledig')),
    system_id        BIGINT  REFERENCES information_systems (id),
    process          TEXT    NOT NULL DEFAULT '',
    held_on          TEXT    NOT NULL,
    participants     TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL CHECK (status IN ('gepland', 'in_uitvoering', 'afgerond')),
    summary          TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    version          BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX risk_analyses_organisation ON risk_analyses (organisation_id, system_id);

CREATE TABLE risks (
    id                   {{id}},
    organisation_id      BIGINT  NOT NULL REFERENCES organisations (id),
    title                TEXT    NOT NULL,
    threat               TEXT    NOT NULL DEFAULT '',
    vulnerability        TEXT    NOT NULL DEFAULT '',
    owner                TEXT    NOT NULL,
    inherent_likelihood  INTEGER NOT NULL,
    inherent_impact      INTEGER NOT NULL,
    inherent_level       TEXT    NOT NULL,
    residual_likelihood  INTEGER,
    residual_impact      INTEGER,
    residual_level       TEXT,
    treatment            TEXT    NOT NULL CHECK (treatment IN ('verminderen', 'accepteren', 'overdragen', 'vermijden')),
    review_due           TEXT,
    methodology_version  BIGINT  NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    version              BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX risks_organisation ON risks (organisation_id, id);

CREATE TABLE risk_impacts (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    risk_id          BIGINT  NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    area             TEXT    NOT NULL,
    impact           INTEGER NOT NULL,
    PRIMARY KEY (risk_id, area)
);

CREATE TABLE risk_systems (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    risk_id          BIGINT  NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    system_id        BIGINT  NOT NULL REFERENCES information_systems (id),
    PRIMARY KEY (risk_id, system_id)
);
CREATE INDEX risk_systems_system ON risk_systems (system_id);

CREATE TABLE risk_controls (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    risk_id          BIGINT  NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    reference        TEXT    NOT NULL,
    PRIMARY KEY (risk_id, reference)
);

CREATE TABLE risk_planned_measures (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    risk_id          BIGINT  NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    description      TEXT    NOT NULL,
    owner            TEXT    NOT NULL DEFAULT '',
    due              TEXT,
    done             INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (risk_id, position)
);

CREATE TABLE risk_acceptances (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    risk_id          BIGINT  NOT NULL REFERENCES risks (id),
    accepted_by      TEXT    NOT NULL,
    authority        TEXT    NOT NULL CHECK (authority IN ('proceseigenaar', 'bestuurder')),
    level            TEXT    NOT NULL,
    accepted_on      TEXT    NOT NULL,
    valid_until      TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    recorded_at      TEXT    NOT NULL,
    recorded_by      TEXT    NOT NULL
);
CREATE INDEX risk_acceptances_risk ON risk_acceptances (organisation_id, risk_id);
