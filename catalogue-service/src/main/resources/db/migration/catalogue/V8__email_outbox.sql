-- Email: every message left for a person is also queued for email, in the same transaction
-- (ADR 0010). A sender claims due rows (FOR UPDATE SKIP LOCKED, then a lease in claimed_until),
-- sends with no transaction open, and marks a row sent only while it still holds the claim.
-- A row is never deleted: sent_at or refused_at says how it ended.

CREATE SEQUENCE email_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE email_outbox (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    message_id          BIGINT        NOT NULL REFERENCES message (id),
    person_id           VARCHAR(16)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts            INTEGER       NOT NULL,
    claimed_by          VARCHAR(64),
    claimed_until       TIMESTAMP WITH TIME ZONE,
    sent_at             TIMESTAMP WITH TIME ZONE,
    sent_to             VARCHAR(320),
    refused_at          TIMESTAMP WITH TIME ZONE,
    last_error          VARCHAR(500),
    CONSTRAINT uq_email_outbox_message UNIQUE (message_id),
    CONSTRAINT ck_email_outbox_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_email_outbox_due ON email_outbox (next_attempt_at);
