-- Bolwerk schema, migration 9: keys the server keeps for itself (issue #10).
--
-- One row per purpose ('login_csrf': the HMAC key that binds the sign-in form's CSRF
-- token to a value this server issued). Every node on the same database reads the same
-- key, so a token one node issued is accepted by the others. The first node to need a
-- key creates it; a node that loses that race reads the winner's.
CREATE TABLE server_keys (
    purpose     TEXT    PRIMARY KEY,
    secret      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
