-- Users a beheerder disabled, passwords a beheerder reset, and the last sign-in
-- (issue #13 item 8). `disabled` itself exists since migration 1.
--   disabled_at / disabled_by  when and by whom (the audit actor, e.g. "user:4")
--   must_change_password       1 after a reset: the temporary password signs in once,
--                              then the user must choose a new password first
--   last_sign_in_at            the latest sign-in (password or single sign-on)
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN disabled_by TEXT;
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
ALTER TABLE users ADD COLUMN last_sign_in_at TEXT;
