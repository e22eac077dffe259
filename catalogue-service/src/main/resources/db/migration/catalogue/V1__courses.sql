-- Catalogue service, first schema: courses owned by partner organisations.
-- Sequences start at 50: EclipseLink takes the value it is given as the last id of a block of 50.
-- The same script runs on H2 and PostgreSQL.

CREATE SEQUENCE course_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE course (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    owner_org_code      VARCHAR(16)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    category            VARCHAR(64)   NOT NULL,
    cpd_hours           NUMERIC(5, 2) NOT NULL,
    delivery_mode       VARCHAR(16)   NOT NULL,
    audience            VARCHAR(500),
    prerequisites       VARCHAR(500),
    subject_code        VARCHAR(48),
    level_code          VARCHAR(16),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_course_hours CHECK (cpd_hours >= 0),
    CONSTRAINT ck_course_subject_level CHECK ((subject_code IS NULL) = (level_code IS NULL))
);
CREATE INDEX ix_course_owner ON course (owner_org_code);
