-- Apprenticeship programmes, cohorts across employers, apprentices and their dated journey,
-- off-the-job hours, progress reviews and self-declared equality monitoring answers.
-- The same script runs on H2 and PostgreSQL. See docs/apprenticeships.md.
--
-- The journey is append-only (apprentice_status_change); the apprentice row carries the current
-- status for reports and is locked (SELECT ... FOR UPDATE) for every change, so two admins or an
-- apprentice logging hours twice at once are decided one after the other.

CREATE SEQUENCE apprenticeship_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE apprenticeship_programme (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    standard_code       VARCHAR(16)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    level               INTEGER       NOT NULL,
    duration_months     INTEGER       NOT NULL,
    minimum_otj_hours   INTEGER       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_programme_standard UNIQUE (standard_code),
    CONSTRAINT ck_programme_level CHECK (level BETWEEN 2 AND 7),
    CONSTRAINT ck_programme_duration CHECK (duration_months >= 8),
    CONSTRAINT ck_programme_otj CHECK (minimum_otj_hours >= 187)
);

CREATE TABLE apprenticeship_cohort (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    programme_id        BIGINT        NOT NULL REFERENCES apprenticeship_programme (id),
    name                VARCHAR(200)  NOT NULL,
    provider_code       VARCHAR(16)   NOT NULL,
    start_date          DATE          NOT NULL,
    academy_contact     VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_cohort_programme ON apprenticeship_cohort (programme_id);

CREATE TABLE apprenticeship_cohort_employer (
    cohort_id           BIGINT        NOT NULL REFERENCES apprenticeship_cohort (id),
    org_code            VARCHAR(16)   NOT NULL,
    PRIMARY KEY (cohort_id, org_code)
);
CREATE INDEX ix_cohort_employer_org ON apprenticeship_cohort_employer (org_code);

CREATE TABLE apprentice (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    cohort_id           BIGINT        NOT NULL REFERENCES apprenticeship_cohort (id),
    person_id           VARCHAR(16)   NOT NULL,
    person_name         VARCHAR(120)  NOT NULL,
    employer_code       VARCHAR(16)   NOT NULL,
    line_manager_id     VARCHAR(16),
    start_date          DATE          NOT NULL,
    planned_end_date    DATE          NOT NULL,
    planned_otj_hours   INTEGER       NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    status_since        DATE          NOT NULL,
    planned_return      DATE,
    withdrawal_reason   VARCHAR(32),
    grade               VARCHAR(16),
    break_days          INTEGER       NOT NULL,
    last_review_on      DATE,
    confirmed_otj       NUMERIC(9, 2) NOT NULL,
    pending_otj         NUMERIC(9, 2) NOT NULL,
    enrolled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_apprentice_person UNIQUE (cohort_id, person_id),
    CONSTRAINT ck_apprentice_dates CHECK (planned_end_date > start_date AND status_since >= start_date),
    CONSTRAINT ck_apprentice_hours CHECK (planned_otj_hours > 0 AND confirmed_otj >= 0 AND pending_otj >= 0 AND break_days >= 0),
    CONSTRAINT ck_apprentice_status CHECK (status IN ('ACTIVE', 'BREAK_IN_LEARNING', 'WITHDRAWN', 'GATEWAY',
        'END_POINT_ASSESSMENT', 'COMPLETED', 'ACHIEVED', 'FAILED'))
);
CREATE INDEX ix_apprentice_cohort ON apprentice (cohort_id, person_name);
CREATE INDEX ix_apprentice_employer ON apprentice (employer_code, person_name);
CREATE INDEX ix_apprentice_person ON apprentice (person_id);
CREATE INDEX ix_apprentice_manager ON apprentice (line_manager_id);

CREATE TABLE apprentice_status_change (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    apprentice_id       BIGINT        NOT NULL REFERENCES apprentice (id),
    position            INTEGER       NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    effective_on        DATE          NOT NULL,
    reason_code         VARCHAR(32),
    planned_return      DATE,
    grade               VARCHAR(16),
    note                VARCHAR(500),
    recorded_by         VARCHAR(120)  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_status_change_position UNIQUE (apprentice_id, position)
);

CREATE TABLE otj_entry (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    apprentice_id       BIGINT        NOT NULL REFERENCES apprentice (id),
    activity_date       DATE          NOT NULL,
    hours               NUMERIC(5, 2) NOT NULL,
    activity            VARCHAR(24)   NOT NULL,
    note                VARCHAR(500),
    entered_by          VARCHAR(120)  NOT NULL,
    entered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    state               VARCHAR(12)   NOT NULL,
    decided_by          VARCHAR(120),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_note       VARCHAR(500),
    CONSTRAINT ck_otj_hours CHECK (hours > 0 AND hours <= 24),
    CONSTRAINT ck_otj_state CHECK (state IN ('PENDING', 'CONFIRMED', 'REJECTED'))
);
CREATE INDEX ix_otj_apprentice ON otj_entry (apprentice_id, activity_date);

CREATE TABLE progress_review (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    apprentice_id       BIGINT        NOT NULL REFERENCES apprentice (id),
    review_date         DATE          NOT NULL,
    attendees           VARCHAR(300)  NOT NULL,
    notes               VARCHAR(4000),
    recorded_by         VARCHAR(120)  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_review_apprentice ON progress_review (apprentice_id, review_date);

-- One row per person: their latest answers. NULL = not answered.
CREATE TABLE equality_declaration (
    person_id           VARCHAR(16)   NOT NULL PRIMARY KEY,
    ethnicity           VARCHAR(24),
    sex                 VARCHAR(24),
    disability          VARCHAR(24),
    deprivation_decile  VARCHAR(24),
    declared_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
