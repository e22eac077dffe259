-- Expiry reminders (docs/reminders.md). One row per training record and threshold, ever: the
-- unique key is what makes a reminder go once, however often the daily job runs and on however
-- many instances. Rows are never deleted.

CREATE SEQUENCE expiry_reminder_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE expiry_reminder (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    record_id           BIGINT        NOT NULL,
    threshold           VARCHAR(8)    NOT NULL,
    person_id           VARCHAR(16)   NOT NULL,
    person_name         VARCHAR(200)  NOT NULL,
    subject_code        VARCHAR(48)   NOT NULL,
    subject_name        VARCHAR(200)  NOT NULL,
    level_code          VARCHAR(16)   NOT NULL,
    expires_on          DATE          NOT NULL,
    reminded_on         DATE          NOT NULL,
    message_id          BIGINT        NOT NULL REFERENCES message (id),
    CONSTRAINT uq_expiry_reminder UNIQUE (record_id, threshold),
    CONSTRAINT ck_expiry_reminder_threshold CHECK (threshold IN ('EXPIRED', 'DAYS_7', 'DAYS_30', 'DAYS_90'))
);
CREATE INDEX ix_expiry_reminder_person ON expiry_reminder (person_id, reminded_on);

-- A reminder as its person's line manager sees it: each goes into one team digest.
CREATE SEQUENCE team_reminder_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE team_reminder (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    reminder_id         BIGINT        NOT NULL REFERENCES expiry_reminder (id),
    manager_id          VARCHAR(16)   NOT NULL,
    digest_message_id   BIGINT        REFERENCES message (id),
    CONSTRAINT uq_team_reminder UNIQUE (reminder_id, manager_id)
);
CREATE INDEX ix_team_reminder_waiting ON team_reminder (manager_id, digest_message_id);

-- Runs of the scheduled jobs: one row per job and day, claimed for a lease so that only one
-- instance runs a job at a time.
CREATE TABLE reminder_run (
    job                 VARCHAR(16)   NOT NULL,
    run_day             DATE          NOT NULL,
    claimed_by          VARCHAR(64),
    claimed_until       TIMESTAMP WITH TIME ZONE,
    started_at          TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE,
    people              INTEGER       NOT NULL,
    reminders           INTEGER       NOT NULL,
    digests             INTEGER       NOT NULL,
    CONSTRAINT pk_reminder_run PRIMARY KEY (job, run_day)
);

-- What a person wants by email. No row: the defaults. Mandatory training reminders can be
-- reduced (FEWER: 30 days before and on expiry) but not switched off.
CREATE TABLE email_preference (
    person_id           VARCHAR(16)   NOT NULL PRIMARY KEY,
    expiry_reminders    VARCHAR(8)    NOT NULL,
    booking_updates     BOOLEAN       NOT NULL,
    session_reminders   BOOLEAN       NOT NULL,
    team_digest         BOOLEAN       NOT NULL,
    organisation_digest VARCHAR(16),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_email_preference_expiry CHECK (expiry_reminders IN ('ALL', 'FEWER'))
);

-- An HR admin's weekly digest of their organisation: one per person and week, ever.
CREATE TABLE organisation_digest (
    person_id           VARCHAR(16)   NOT NULL,
    week_of             DATE          NOT NULL,
    organisation_code   VARCHAR(16)   NOT NULL,
    message_id          BIGINT        NOT NULL REFERENCES message (id),
    CONSTRAINT pk_organisation_digest PRIMARY KEY (person_id, week_of)
);

-- Emails refused for good because of the address (none, malformed, refused by the mail server),
-- for the HR admins of each organisation the person works for. Never deleted.
CREATE SEQUENCE undeliverable_email_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE undeliverable_email (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    delivery_id         BIGINT        NOT NULL REFERENCES email_outbox (id),
    person_id           VARCHAR(16)   NOT NULL,
    person_name         VARCHAR(200)  NOT NULL,
    address             VARCHAR(320),
    reason              VARCHAR(500)  NOT NULL,
    refused_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    organisation_code   VARCHAR(16)
);
CREATE INDEX ix_undeliverable_email_organisation ON undeliverable_email (organisation_code, person_id);

-- Digests list a whole team: room for longer messages.
ALTER TABLE message ALTER COLUMN body SET DATA TYPE VARCHAR(8000);
