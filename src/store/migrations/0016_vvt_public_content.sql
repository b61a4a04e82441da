-- What the public page of the VvT shows (issue #13 item 4). Off by default:
-- applicability and justification only. The implementation status (a list of gaps)
-- becomes public only when someone chooses it explicitly.
ALTER TABLE vvt_publication_settings ADD COLUMN show_implementation INTEGER NOT NULL DEFAULT 0;
