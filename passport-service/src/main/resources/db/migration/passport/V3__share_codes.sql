-- Share codes a person issues so that another organisation's HR can check their passport.
-- Only a hash of the code is kept; the code is shown once. Revoking sets revoked_at; nothing is deleted.

CREATE SEQUENCE share_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE share_code (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    person_id          BIGINT       NOT NULL REFERENCES person (id),
    code_hash          VARCHAR(64)  NOT NULL,
    code_hint          VARCHAR(4)   NOT NULL,
    organisation_code  VARCHAR(16),
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until        DATE         NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_share_code_hash UNIQUE (code_hash)
);
CREATE INDEX ix_share_code_person ON share_code (person_id);
