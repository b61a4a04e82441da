-- Bolwerk schema, migration 14: incidents under the Cyberbeveiligingswet (issue #15).
-- Every table carries organisation_id; a repository always filters by it. Timestamps
-- are RFC 3339 UTC text ("2026-12-07T14:05:00Z"): the moment of becoming aware, from
-- which every reporting clock runs, is one instant, shown in Dutch time only in the UI.

CREATE TABLE incidents (
    id                          {{id}},
    organisation_id             BIGINT  NOT NULL REFERENCES organisations (id),
    title                       TEXT    NOT NULL,
    description                 TEXT    NOT NULL DEFAULT '',
    reported_by                 TEXT    NOT NULL,
    reporter_contact            TEXT    NOT NULL DEFAULT '',
    noticed_at                  TEXT    NOT NULL,
    reported_at                 TEXT    NOT NULL,
    aware_at                    TEXT    NOT NULL,
    personal_data_aware_at      TEXT,
    status                      TEXT    NOT NULL
        CHECK (status IN ('new', 'in_progress', 'contained', 'resolved', 'closed')),
    incident_type               TEXT    NOT NULL DEFAULT 'other',
    severity                    TEXT    NOT NULL DEFAULT 'low'
        CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    personal_data               INTEGER NOT NULL DEFAULT 0,
    suspected_malicious         INTEGER NOT NULL DEFAULT 0,
    services                    TEXT    NOT NULL DEFAULT '',
    member_states               TEXT    NOT NULL DEFAULT '',
    process_owner               TEXT    NOT NULL DEFAULT '',
    crisis_procedure_reference  TEXT    NOT NULL DEFAULT '',
    handled_at                  TEXT,
    closed_at                   TEXT,
    version                     BIGINT  NOT NULL DEFAULT 1
);
CREATE INDEX incidents_organisation ON incidents (organisation_id, status);

-- The systems of the systems register an incident touches.
CREATE TABLE incident_systems (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    incident_id      BIGINT  NOT NULL REFERENCES incidents (id),
    system_id        BIGINT  NOT NULL REFERENCES information_systems (id),
    PRIMARY KEY (incident_id, system_id)
);

-- The append-only timeline: rows are inserted, never updated or deleted (the
-- repository has no statement that could); a correction is a new row naming the row
-- it corrects.
CREATE TABLE incident_timeline_entries (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    incident_id      BIGINT  NOT NULL REFERENCES incidents (id),
    kind             TEXT    NOT NULL
        CHECK (kind IN ('observation', 'decision', 'action', 'message', 'status_change', 'evidence')),
    author           TEXT    NOT NULL,
    recorded_at      TEXT    NOT NULL,
    occurred_at      TEXT,
    body             TEXT    NOT NULL,
    corrects_id      BIGINT  REFERENCES incident_timeline_entries (id)
);
CREATE INDEX incident_timeline_incident ON incident_timeline_entries (organisation_id, incident_id);

-- Every answer of the significance test, kept: the latest per regime is in force.
CREATE TABLE incident_significance_decisions (
    id               {{id}},
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    incident_id      BIGINT  NOT NULL REFERENCES incidents (id),
    regime           TEXT    NOT NULL CHECK (regime IN ('cbw', 'avg')),
    outcome          TEXT    NOT NULL CHECK (outcome IN ('reportable', 'not_reportable')),
    criteria_met     TEXT    NOT NULL DEFAULT '',
    reasons          TEXT    NOT NULL,
    decided_by       TEXT    NOT NULL,
    decided_at       TEXT    NOT NULL
);
CREATE INDEX incident_decisions_incident ON incident_significance_decisions (organisation_id, incident_id);

-- Reports as sent: frozen (no update or delete), with the SHA-256 of their canonical
-- text (domain/incident/sent_report.hpp) and their fields in order.
CREATE TABLE incident_sent_reports (
    id                 {{id}},
    organisation_id    BIGINT  NOT NULL REFERENCES organisations (id),
    incident_id        BIGINT  NOT NULL REFERENCES incidents (id),
    kind               TEXT    NOT NULL,
    recipient_kind     TEXT    NOT NULL,
    recipient_name     TEXT    NOT NULL DEFAULT '',
    recipient_address  TEXT    NOT NULL DEFAULT '',
    channel            TEXT    NOT NULL,
    sent_at            TEXT    NOT NULL,
    sent_by            TEXT    NOT NULL,
    late_reason        TEXT    NOT NULL DEFAULT '',
    digest             TEXT    NOT NULL CHECK (length(digest) = 64)
);
CREATE INDEX incident_sent_reports_incident ON incident_sent_reports (organisation_id, incident_id);

CREATE TABLE incident_sent_report_fields (
    report_id    BIGINT  NOT NULL REFERENCES incident_sent_reports (id),
    position     INTEGER NOT NULL,
    field_key    TEXT    NOT NULL,
    field_value  TEXT    NOT NULL,
    required     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (report_id, position)
);
