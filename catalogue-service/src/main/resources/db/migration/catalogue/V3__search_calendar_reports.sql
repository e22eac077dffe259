-- Search across the catalogue, reports by provider and month, and personal calendar feeds.
-- The same script runs on H2 and PostgreSQL.

-- Search: upcoming scheduled sessions in start order (the usual search), a provider's sessions in
-- start order (search by provider, the provider's monthly report), courses by subject and by mode.
CREATE INDEX ix_course_session_status_starts ON course_session (status, starts_at);
CREATE INDEX ix_course_session_owner_starts ON course_session (owner_org_code, starts_at);
CREATE INDEX ix_course_subject ON course (subject_code, level_code);
CREATE INDEX ix_course_mode ON course (delivery_mode);

-- Reports read a period's sessions by start (all providers: ix_course_session_starts; one
-- provider: ix_course_session_owner_starts above) and count attendance marks per session
-- (ix_booking_session_status of V2): no index of their own.
