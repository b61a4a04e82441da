-- The frozen VvT's content digest never changes (issue #13 item 3).
-- content_sha256: domain::vvt::content_digest of the version as frozen, written once at
-- freeze and never updated. NULL for versions frozen before this migration: app/
-- computes it from the stored document, whose approval changed only its approval fields.
-- approved_content_sha256: the content the approval refers to; with approved_by_name,
-- approved_by_user and approved_at it is the approval record (statement_sha256 and
-- canonical_sha256 are then those of the approved document).
ALTER TABLE vvt_versions ADD COLUMN content_sha256 TEXT;
ALTER TABLE vvt_versions ADD COLUMN approved_content_sha256 TEXT;
