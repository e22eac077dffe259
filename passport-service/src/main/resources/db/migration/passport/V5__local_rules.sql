-- An organisation's own rules on top of the partnership framework: local requirements (e.g. local
-- induction), which are not portable, and stricter local refresher periods for framework subjects.
-- Rules are retired, never deleted.

CREATE SEQUENCE local_rule_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE local_requirement (
    id               BIGINT       NOT NULL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    code             VARCHAR(32)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    refresher_months INTEGER,
    staff_group      VARCHAR(48),
    created_by       VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_local_requirement UNIQUE (organisation_id, code),
    CONSTRAINT ck_local_requirement_months CHECK (refresher_months IS NULL OR refresher_months > 0)
);

CREATE TABLE local_refresher (
    id               BIGINT       NOT NULL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    subject_code     VARCHAR(48)  NOT NULL,
    level_code       VARCHAR(16)  NOT NULL,
    refresher_months INTEGER      NOT NULL,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_local_refresher_months CHECK (refresher_months > 0)
);
CREATE INDEX ix_local_refresher_org ON local_refresher (organisation_id);

-- A local record meets a local requirement of the organisation that attests it.
ALTER TABLE training_record ADD COLUMN local_code VARCHAR(32);
