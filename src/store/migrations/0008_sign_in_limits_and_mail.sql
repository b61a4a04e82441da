-- Bolwerk schema, migration 8 (issue #10): sign-in throttling per account and address,
-- limits on second-factor codes, and the outbox of e-mail that Bolwerk sends.

-- Every sign-in with a password, failed or not. The throttle (domain/sign_in_throttle)
-- reads an account's and an address's recent attempts; a success also marks the address
-- as known for the account. account: the normalised e-mail address as typed (accounts
-- that do not exist too); address: the client's address, an IPv6 address as its /64.
CREATE TABLE sign_in_attempts (
    id            {{id}},
    account       TEXT    NOT NULL,
    address       TEXT    NOT NULL,
    succeeded     INTEGER NOT NULL DEFAULT 0 CHECK (succeeded IN (0, 1)),
    attempted_at  TEXT    NOT NULL
);
CREATE INDEX sign_in_attempts_account ON sign_in_attempts (account, attempted_at);
CREATE INDEX sign_in_attempts_address ON sign_in_attempts (address, attempted_at);
CREATE INDEX sign_in_attempts_time ON sign_in_attempts (attempted_at);
-- The per-account and per-address counters of migration 3 locked out the real user.
DROP TABLE login_failures;

-- Wrong second-factor codes (TOTP or recovery) since the account's last correct one, and
-- when the latest was entered; and per half-signed-in session.
ALTER TABLE users ADD COLUMN second_factor_failures BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN second_factor_failed_at TEXT;
ALTER TABLE sessions ADD COLUMN second_factor_failures BIGINT NOT NULL DEFAULT 0;

-- E-mail to send, written in the transaction of the event that causes it (a row exists
-- only if the event happened). The background sender of `bolwerk serve` claims a row
-- (claimed_at: one node sends it), sends it, and records sent_at; a failed attempt sets
-- the next attempt's time with a growing delay; after the last attempt failed_at is set.
-- Rows stay as the record of what was sent.
CREATE TABLE mail_outbox (
    id               {{id}},
    recipient        TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    reason           TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    attempts         BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,
    claimed_at       TEXT,
    claimed_by       TEXT,
    sent_at          TEXT,
    failed_at        TEXT,
    last_error       TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, failed_at, next_attempt_at);
