-- Bulk imports of training records from partners' systems. A job is one uploaded file: its
-- progress is written in the same transaction as each batch of records it adds, so the counters and
-- the checkpoint (the last line whose rows are settled) are always true, and an interrupted job
-- resumes after the checkpoint. The same script runs on H2 and PostgreSQL.
CREATE SEQUENCE import_job_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE import_job (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    format              VARCHAR(16)   NOT NULL,
    organisation_code   VARCHAR(16),
    file_name           VARCHAR(255)  NOT NULL,
    stored_file         VARCHAR(1000),
    size_bytes          BIGINT        NOT NULL,
    uploaded_by         VARCHAR(64)   NOT NULL,
    uploaded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    finished_at         TIMESTAMP WITH TIME ZONE,
    rows_read           BIGINT        DEFAULT 0 NOT NULL,
    rows_imported       BIGINT        DEFAULT 0 NOT NULL,
    rows_duplicate      BIGINT        DEFAULT 0 NOT NULL,
    rows_rejected       BIGINT        DEFAULT 0 NOT NULL,
    checkpoint_line     BIGINT        DEFAULT 0 NOT NULL,
    message             VARCHAR(2000),
    version             BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT ck_import_job_counts CHECK (rows_read >= 0 AND rows_imported >= 0 AND rows_duplicate >= 0 AND rows_rejected >= 0)
);
CREATE INDEX ix_import_job_organisation ON import_job (organisation_code, uploaded_at);
CREATE INDEX ix_import_job_status ON import_job (status);

-- Every row that was not imported, with the line, the column and a reason a person can fix.
CREATE TABLE import_rejection (
    job_id       BIGINT        NOT NULL REFERENCES import_job (id),
    line         BIGINT        NOT NULL,
    column_name  VARCHAR(100),
    cell_value   VARCHAR(200),
    reason       VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_import_rejection PRIMARY KEY (job_id, line)
);

-- Provenance of an imported record: the job (file, uploading organisation, who uploaded it).
-- Its natural key (person, what was done, completion date, the sending system and organisation)
-- is kept as the record's source_reference, unique since V6: the same row imported twice, or an
-- overlapping later export, adds nothing.
ALTER TABLE training_record ADD COLUMN import_job_id BIGINT REFERENCES import_job (id);
