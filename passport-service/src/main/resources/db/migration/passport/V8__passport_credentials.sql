-- Verifiable passports: each credential issued (a W3C Verifiable Credential 2.0 signed as a
-- vc+jwt), the records it asserts (so that correcting or revoking one revokes the credential), and
-- its revocation. A credential's place in the revocation status list is its id: list id / 131072,
-- index id mod 131072. The same script runs on H2 and PostgreSQL.
CREATE SEQUENCE passport_credential_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE passport_credential (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    credential_uuid     VARCHAR(36)   NOT NULL,
    person_id           BIGINT        NOT NULL REFERENCES person (id),
    key_id              VARCHAR(100)  NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until         TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by           VARCHAR(64)   NOT NULL,
    issued_for_org      VARCHAR(16),
    compact_jwt         VARCHAR(65535) NOT NULL,
    revoked_at          TIMESTAMP WITH TIME ZONE,
    revocation_reason   VARCHAR(500),
    CONSTRAINT uq_passport_credential_uuid UNIQUE (credential_uuid),
    CONSTRAINT ck_passport_credential_revoked CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX ix_passport_credential_person ON passport_credential (person_id);

CREATE TABLE passport_credential_record (
    credential_id  BIGINT NOT NULL REFERENCES passport_credential (id),
    record_id      BIGINT NOT NULL REFERENCES training_record (id),
    CONSTRAINT pk_passport_credential_record PRIMARY KEY (credential_id, record_id)
);
CREATE INDEX ix_passport_credential_record ON passport_credential_record (record_id);
