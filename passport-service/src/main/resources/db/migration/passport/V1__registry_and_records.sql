-- Passport service, first schema: organisations, people, employments, sign-in accounts,
-- Sequences start at 50: EclipseLink takes the value it is given as the last id of a block of 50.
-- and the append-only training record. The same script runs on H2 and PostgreSQL.

CREATE SEQUENCE organisation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE employment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE role_grant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE training_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    org_type    VARCHAR(32)  NOT NULL,
    sector      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_organisation_code UNIQUE (code)
);

CREATE TABLE person (
    id           BIGINT       NOT NULL PRIMARY KEY,
    passport_id  VARCHAR(16)  NOT NULL,
    given_name   VARCHAR(100) NOT NULL,
    family_name  VARCHAR(100) NOT NULL,
    email        VARCHAR(254),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_person_passport_id UNIQUE (passport_id)
);

CREATE TABLE employment (
    id               BIGINT       NOT NULL PRIMARY KEY,
    person_id        BIGINT       NOT NULL REFERENCES person (id),
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    employee_number  VARCHAR(32)  NOT NULL,
    staff_group      VARCHAR(48)  NOT NULL,
    job_role         VARCHAR(100) NOT NULL,
    clinical         BOOLEAN      NOT NULL,
    patient_facing   BOOLEAN      NOT NULL,
    line_manager_id  BIGINT       REFERENCES person (id),
    start_date       DATE         NOT NULL,
    end_date         DATE,
    CONSTRAINT uq_employment_number UNIQUE (organisation_id, employee_number),
    CONSTRAINT ck_employment_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX ix_employment_person ON employment (person_id);
CREATE INDEX ix_employment_manager ON employment (line_manager_id);

CREATE TABLE user_account (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    person_id      BIGINT       NOT NULL REFERENCES person (id),
    enabled        BOOLEAN      NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username)
);

CREATE TABLE role_grant (
    id               BIGINT      NOT NULL PRIMARY KEY,
    account_id       BIGINT      NOT NULL REFERENCES user_account (id),
    role_name        VARCHAR(32) NOT NULL,
    organisation_id  BIGINT      REFERENCES organisation (id)
);
CREATE INDEX ix_role_grant_account ON role_grant (account_id);

-- Append-only: a correction or revocation is a new row that names the row it supersedes.
CREATE TABLE training_record (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    person_id           BIGINT       NOT NULL REFERENCES person (id),
    subject_code        VARCHAR(48),
    level_code          VARCHAR(16),
    course_title        VARCHAR(200),
    completed_on        DATE         NOT NULL,
    expires_on          DATE,
    source              VARCHAR(24)  NOT NULL,
    attested_by_org_id  BIGINT       REFERENCES organisation (id),
    entered_by          VARCHAR(64)  NOT NULL,
    entered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    entry_kind          VARCHAR(16)  NOT NULL,
    supersedes_id       BIGINT       REFERENCES training_record (id),
    reason              VARCHAR(500),
    CONSTRAINT ck_record_what CHECK (subject_code IS NOT NULL OR course_title IS NOT NULL),
    CONSTRAINT ck_record_dates CHECK (expires_on IS NULL OR expires_on > completed_on)
);
CREATE INDEX ix_record_person_subject ON training_record (person_id, subject_code);
