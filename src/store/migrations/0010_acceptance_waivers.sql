-- Bolwerk schema, migration 10: the measures a risk acceptance relies on waiving
-- (issue #11 item 7). One row per measure, in the order given; the measure number is
-- normalised ("5.17.01"). The application refuses a substantive overheidsmaatregel of
-- the catalog version in force before a row is written (BIO2 Deel 1 §16). Like the
-- acceptance itself, a waiver is never changed or deleted.
CREATE TABLE risk_acceptance_waivers (
    organisation_id  BIGINT  NOT NULL REFERENCES organisations (id),
    acceptance_id    BIGINT  NOT NULL REFERENCES risk_acceptances (id),
    position         INTEGER NOT NULL,
    measure          TEXT    NOT NULL,
    PRIMARY KEY (acceptance_id, position)
);
CREATE INDEX risk_acceptance_waivers_organisation ON risk_acceptance_waivers (organisation_id, acceptance_id);
