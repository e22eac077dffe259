-- Search across the catalogue, reports by provider and month, and personal calendar feeds.
-- The same script runs on H2 and PostgreSQL.

-- Search: sessions in exactly the order of the results (start, then id), so that the first page is
-- read from the index without sorting every upcoming session (H2 sorts otherwise); a provider's
-- sessions in start order (search by provider, the provider's monthly report); courses by subject
-- and by mode (the course filters are a subquery, whose ids are then found by ix_course_session_course).
CREATE INDEX ix_course_session_starts_id ON course_session (starts_at, id);
CREATE INDEX ix_course_session_owner_starts ON course_session (owner_org_code, starts_at);
CREATE INDEX ix_course_subject ON course (subject_code, level_code);
CREATE INDEX ix_course_mode ON course (delivery_mode);

-- Reports read a period's sessions by start (all providers: ix_course_session_starts; one
-- provider: ix_course_session_owner_starts above) and count attendance marks per session
-- (ix_booking_session_status of V2): no index of their own.

-- Calendar feeds. A session counts the changes to its plan (and its cancellation), and remembers
-- when the plan last changed: the feed's SEQUENCE and LAST-MODIFIED of its events, so that calendar
-- clients replace an event when the session moves and not every time someone else books a place.
ALTER TABLE course_session ADD COLUMN plan_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE course_session ADD COLUMN plan_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE course_session SET plan_changed_at = updated_at;

-- A person's private feed address. Only a SHA-256 hash of the secret in the address is kept (the
-- address is shown once, like a passport share code). Rotating or stopping it sets revoked_at; at
-- most one address per person is live (active_person_id is the person while live, NULL after:
-- any number of NULLs are allowed on H2 and PostgreSQL).
CREATE SEQUENCE calendar_feed_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE calendar_feed (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    person_id               VARCHAR(16)   NOT NULL,
    secret_hash             VARCHAR(64)   NOT NULL,
    active_person_id        VARCHAR(16),
    issued_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at              TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_calendar_feed_secret UNIQUE (secret_hash),
    CONSTRAINT uq_calendar_feed_active UNIQUE (active_person_id),
    CONSTRAINT ck_calendar_feed_active CHECK ((revoked_at IS NULL) = (active_person_id IS NOT NULL))
);
CREATE INDEX ix_calendar_feed_person ON calendar_feed (person_id);
