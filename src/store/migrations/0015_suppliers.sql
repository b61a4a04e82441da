-- Bolwerk schema, migration 15: the supplier register (issue #14; BIO2 5.19–5.23).
-- Suppliers, the services they deliver and the information systems those touch (so the
-- systems' BIV classification flows to the service), contracts with their security
-- clauses, exit strategy and status, the sub-supplier chain per service, and the
-- independent assurance reports. Every table carries organisation_id so a repository
-- always filters by the caller's organisation. Dates are 'YYYY-MM-DD' text; nested
-- lists that are only ever read and written as a whole (contacts, clauses, general
-- terms, requirements, exceptions) are JSON text.

CREATE TABLE suppliers (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    name             TEXT    NOT NULL,
    kvk_number       TEXT,
    country          TEXT    NOT NULL,
    contacts         TEXT    NOT NULL DEFAULT '[]',
    notes            TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    version          BIGINT  NOT NULL DEFAULT 1,
    UNIQUE (organisation_id, name)
);

CREATE TABLE supplier_services (
    id                      {{id}},
    organisation_id         BIGINT  NOT NULL REFERENCES organisations (id),
    supplier_id             BIGINT  NOT NULL REFERENCES suppliers (id),
    name                    TEXT    NOT NULL,
    description             TEXT    NOT NULL DEFAULT '',
    personal_data           INTEGER NOT NULL DEFAULT 0,
    data_locations          TEXT    NOT NULL DEFAULT '',
    dependency              TEXT    NOT NULL CHECK (dependency IN ('laag', 'midden', 'hoog')),
    cloud_service_provider  INTEGER NOT NULL DEFAULT 0,
    created_at              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    version                 BIGINT  NOT NULL DEFAULT 1,
    UNIQUE (supplier_id, name)
);
CREATE INDEX supplier_services_organisation ON supplier_services (organisation_id, supplier_id);

-- The information systems of the systems register a service touches.
CREATE TABLE supplier_service_systems (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    service_id       BIGINT  NOT NULL REFERENCES supplier_services (id) ON DELETE CASCADE,
    system_id        BIGINT  NOT NULL REFERENCES information_systems (id),
    PRIMARY KEY (service_id, system_id)
);
CREATE INDEX supplier_service_systems_organisation ON supplier_service_systems (organisation_id);

CREATE TABLE supplier_contracts (
    id                     {{id}},
    organisation_id        BIGINT  NOT NULL REFERENCES organisations (id),
    supplier_id            BIGINT  NOT NULL REFERENCES suppliers (id),
    reference              TEXT    NOT NULL,
    title                  TEXT    NOT NULL,
    starts_on              TEXT    NOT NULL,
    ends_on                TEXT,
    notice_days            INTEGER NOT NULL DEFAULT 0,
    status                 TEXT    NOT NULL CHECK (status IN ('concept', 'actief', 'beeindigd')),
    clauses                TEXT    NOT NULL DEFAULT '[]',
    general_terms          TEXT    NOT NULL DEFAULT '{}',
    duties                 TEXT    NOT NULL DEFAULT '{}',
    termination_triggers   TEXT    NOT NULL DEFAULT '[]',
    exit_strategy          TEXT,
    dependency_analysis_id BIGINT  REFERENCES risk_analyses (id),
    dependency_decision    TEXT    CHECK (dependency_decision IN ('beheersbaar', 'niet_beheersbaar')),
    dependency_decided_on  TEXT,
    dependency_decided_by  TEXT,
    -- The recorded decision to activate despite missing gate items (BIO2 5.20.06).
    gate_deviation         TEXT,
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL,
    version                BIGINT  NOT NULL DEFAULT 1,
    UNIQUE (organisation_id, reference)
);
CREATE INDEX supplier_contracts_organisation ON supplier_contracts (organisation_id, supplier_id);

CREATE TABLE supplier_contract_services (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    contract_id      BIGINT  NOT NULL REFERENCES supplier_contracts (id) ON DELETE CASCADE,
    service_id       BIGINT  NOT NULL REFERENCES supplier_services (id),
    PRIMARY KEY (contract_id, service_id)
);
CREATE INDEX supplier_contract_services_organisation ON supplier_contract_services (organisation_id);

-- The chain of sub-suppliers behind a service (BIO2 5.21.02–05), a tree of any depth.
CREATE TABLE supplier_chain_nodes (
    id                      {{id}},
    organisation_id         BIGINT  NOT NULL REFERENCES organisations (id),
    service_id              BIGINT  NOT NULL REFERENCES supplier_services (id),
    parent_id               BIGINT  REFERENCES supplier_chain_nodes (id),
    name                    TEXT    NOT NULL,
    kvk_number              TEXT,
    country                 TEXT,
    provides                TEXT    NOT NULL DEFAULT '',
    cloud_service_provider  INTEGER NOT NULL DEFAULT 0,
    requirements            TEXT    NOT NULL DEFAULT '[]',
    created_at              TEXT    NOT NULL
);
CREATE INDEX supplier_chain_nodes_organisation ON supplier_chain_nodes (organisation_id, service_id);

-- The disclosure of a service's chain and the organisation's judgement (5.21.02).
CREATE TABLE supplier_chain_disclosures (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    service_id       BIGINT  NOT NULL PRIMARY KEY REFERENCES supplier_services (id),
    disclosed_on     TEXT,
    risks            TEXT    NOT NULL DEFAULT '',
    judgement        TEXT    NOT NULL CHECK (judgement IN ('niet_beoordeeld', 'acceptabel', 'niet_acceptabel')),
    judged_by        TEXT    NOT NULL DEFAULT '',
    judged_on        TEXT
);
CREATE INDEX supplier_chain_disclosures_organisation ON supplier_chain_disclosures (organisation_id);

-- Independent assurance reports (BIO2 5.20.03), the file in the evidence store.
CREATE TABLE supplier_assurance_reports (
    id                     {{id}},
    organisation_id        BIGINT  NOT NULL REFERENCES organisations (id),
    supplier_id            BIGINT  NOT NULL REFERENCES suppliers (id),
    services               TEXT    NOT NULL DEFAULT '[]',
    kind                   TEXT    NOT NULL,
    issuer                 TEXT    NOT NULL,
    auditor                TEXT    NOT NULL,
    period_start           TEXT    NOT NULL,
    period_end             TEXT    NOT NULL,
    scope_covers_services  INTEGER NOT NULL DEFAULT 0,
    scope_note             TEXT    NOT NULL DEFAULT '',
    opinion                TEXT,
    exceptions             TEXT    NOT NULL DEFAULT '[]',
    bridge_issued_on       TEXT,
    bridge_covers_until    TEXT,
    valid_until            TEXT    NOT NULL,
    aspects                TEXT    NOT NULL DEFAULT '[]',
    evidence_id            BIGINT  REFERENCES evidence_items (id),
    created_at             TEXT    NOT NULL
);
CREATE INDEX supplier_assurance_reports_organisation ON supplier_assurance_reports (organisation_id, supplier_id);
