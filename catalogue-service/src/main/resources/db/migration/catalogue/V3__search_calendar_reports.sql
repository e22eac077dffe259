-- Search across the catalogue, reports by provider and month, and personal calendar feeds.
-- The same script runs on H2 and PostgreSQL.

-- Search: upcoming scheduled sessions in start order (the usual search), a provider's sessions in
-- start order (search by provider, the provider's monthly report), courses by subject and by mode.
CREATE INDEX ix_course_session_status_starts ON course_session (status, starts_at);
CREATE INDEX ix_course_session_owner_starts ON course_session (owner_org_code, starts_at);
CREATE INDEX ix_course_subject ON course (subject_code, level_code);
CREATE INDEX ix_course_mode ON course (delivery_mode);
