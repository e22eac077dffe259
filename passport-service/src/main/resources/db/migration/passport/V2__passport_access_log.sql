-- Every look at a passport by someone other than the person: who, in which role, for which
-- organisation, when and why. The person can read their own log. Rows are never changed or deleted.

CREATE SEQUENCE passport_access_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE passport_access_log (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    person_id          BIGINT       NOT NULL REFERENCES person (id),
    viewer_username    VARCHAR(64)  NOT NULL,
    viewer_person_id   VARCHAR(16),
    viewer_name        VARCHAR(200) NOT NULL,
    viewer_role        VARCHAR(32)  NOT NULL,
    organisation_code  VARCHAR(16),
    purpose            VARCHAR(64)  NOT NULL,
    viewed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_access_log_person ON passport_access_log (person_id, viewed_at);
