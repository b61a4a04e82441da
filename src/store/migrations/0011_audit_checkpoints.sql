-- Signed checkpoints of the audit trail (issue #19 item 4): the chain heads of every
-- organisation at one moment, signed with an Ed25519 key kept outside the database.
-- A copy here lists what was signed; the proof is the exported file and the public key,
-- which whoever controls the database cannot rewrite.
CREATE TABLE audit_checkpoints (
    id          {{id}},
    created_at  TEXT    NOT NULL,
    key_id      TEXT    NOT NULL,
    document    TEXT    NOT NULL,
    signature   TEXT    NOT NULL
);
