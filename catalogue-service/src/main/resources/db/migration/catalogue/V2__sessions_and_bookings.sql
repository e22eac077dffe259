-- Sessions of courses, bookings, messages to people, and the outbox of completions for the passport.
-- The same script runs on H2 and PostgreSQL. Times are TIMESTAMP WITH TIME ZONE, written in UTC.
--
-- The places of a session are guarded by the database, not only by the code:
--  * every change to a session's bookings locks its row first (SELECT ... FOR UPDATE), so requests
--    are decided one after another;
--  * the confirmed counters live on that row, and CHECK constraints refuse any change that would
--    give more confirmed places than capacity, or (before the release date) more partner places
--    than are open to partners;
--  * a person holds at most one active booking per session: active_person_id is the person while
--    the booking is active and NULL once it ends, under a UNIQUE constraint (both databases allow
--    any number of NULLs, so ended bookings do not collide; no partial index needed).

CREATE SEQUENCE course_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE booking_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE completion_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course_session (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    course_id               BIGINT        NOT NULL REFERENCES course (id),
    owner_org_code          VARCHAR(16)   NOT NULL,
    starts_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    venue                   VARCHAR(200),
    online_link             VARCHAR(500),
    trainer                 VARCHAR(120),
    capacity                INTEGER       NOT NULL,
    reserved_places         INTEGER       NOT NULL,
    release_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    places_released         BOOLEAN       NOT NULL,
    booking_cutoff_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    cancellation_cutoff_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    approval_needed         BOOLEAN       NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    cancellation_reason     VARCHAR(500),
    cancelled_at            TIMESTAMP WITH TIME ZONE,
    owner_confirmed         INTEGER       NOT NULL,
    partner_confirmed       INTEGER       NOT NULL,
    waitlisted              INTEGER       NOT NULL,
    next_queue_number       BIGINT        NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_course_session_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_course_session_cutoffs CHECK (booking_cutoff_at <= starts_at AND cancellation_cutoff_at <= starts_at AND release_at <= starts_at),
    CONSTRAINT ck_course_session_capacity CHECK (capacity > 0),
    CONSTRAINT ck_course_session_reserved CHECK (reserved_places >= 0 AND reserved_places <= capacity),
    CONSTRAINT ck_course_session_counts CHECK (owner_confirmed >= 0 AND partner_confirmed >= 0 AND waitlisted >= 0),
    CONSTRAINT ck_course_session_full CHECK (owner_confirmed + partner_confirmed <= capacity),
    CONSTRAINT ck_course_session_partners CHECK (places_released = TRUE OR partner_confirmed <= capacity - reserved_places),
    CONSTRAINT ck_course_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED'))
);
CREATE INDEX ix_course_session_course ON course_session (course_id, starts_at);
CREATE INDEX ix_course_session_starts ON course_session (starts_at);

CREATE TABLE booking (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    session_id              BIGINT        NOT NULL REFERENCES course_session (id),
    person_id               VARCHAR(16)   NOT NULL,
    display_name            VARCHAR(120)  NOT NULL,
    org_code                VARCHAR(16)   NOT NULL,
    partner                 BOOLEAN       NOT NULL,
    status                  VARCHAR(24)   NOT NULL,
    active_person_id        VARCHAR(16),
    queue_number            BIGINT        NOT NULL,
    line_manager_id         VARCHAR(16),
    requested_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at            TIMESTAMP WITH TIME ZONE,
    decided_at              TIMESTAMP WITH TIME ZONE,
    decided_by              VARCHAR(16),
    note                    VARCHAR(500),
    cancelled_by            VARCHAR(16),
    cancelled_at            TIMESTAMP WITH TIME ZONE,
    attendance              VARCHAR(16),
    attendance_marked_at    TIMESTAMP WITH TIME ZONE,
    attendance_marked_by    VARCHAR(64),
    CONSTRAINT uq_booking_active_person UNIQUE (session_id, active_person_id),
    CONSTRAINT uq_booking_queue UNIQUE (session_id, queue_number),
    CONSTRAINT ck_booking_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'AWAITING_APPROVAL', 'REFUSED', 'CANCELLED')),
    CONSTRAINT ck_booking_active CHECK ((status IN ('CONFIRMED', 'WAITLISTED', 'AWAITING_APPROVAL')) = (active_person_id IS NOT NULL)),
    CONSTRAINT ck_booking_attendance CHECK (attendance IS NULL OR (status = 'CONFIRMED' AND attendance IN ('ATTENDED', 'DID_NOT_ATTEND', 'COMPLETED')))
);
CREATE INDEX ix_booking_session_status ON booking (session_id, status, queue_number);
CREATE INDEX ix_booking_person ON booking (person_id);
CREATE INDEX ix_booking_line_manager ON booking (line_manager_id, status);

CREATE TABLE message (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    person_id               VARCHAR(16)   NOT NULL,
    kind                    VARCHAR(24)   NOT NULL,
    subject                 VARCHAR(200)  NOT NULL,
    body                    VARCHAR(2000) NOT NULL,
    session_id              BIGINT,
    booking_id              BIGINT,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at                 TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_message_person ON message (person_id, created_at);

-- Completions waiting to be recorded in the passport (delivered by the hand-off, with retries).
-- Written in the same transaction as the completion mark; one per booking (the idempotency key).
CREATE TABLE completion_outbox (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    idempotency_key         VARCHAR(64)   NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    person_id               VARCHAR(16)   NOT NULL,
    booking_id              BIGINT        NOT NULL REFERENCES booking (id),
    course_id               BIGINT        NOT NULL,
    subject_code            VARCHAR(48),
    level_code              VARCHAR(16),
    course_title            VARCHAR(200)  NOT NULL,
    cpd_hours               NUMERIC(5, 2) NOT NULL,
    completed_on            DATE          NOT NULL,
    delivered_by            VARCHAR(16)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at            TIMESTAMP WITH TIME ZONE,
    attempts                INTEGER       NOT NULL,
    last_error              VARCHAR(500),
    CONSTRAINT uq_completion_outbox_key UNIQUE (idempotency_key),
    CONSTRAINT ck_completion_outbox_kind CHECK (kind IN ('TRAINING', 'CPD'))
);
CREATE INDEX ix_completion_outbox_undelivered ON completion_outbox (delivered_at, created_at);
