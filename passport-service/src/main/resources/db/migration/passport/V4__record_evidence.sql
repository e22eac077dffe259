-- A manual record names its evidence (a certificate number, a file reference); and the same
-- completion is never recorded twice from the same source (imports rely on this too).

ALTER TABLE training_record ADD COLUMN evidence_reference VARCHAR(200);

CREATE INDEX ix_record_natural_key ON training_record (person_id, subject_code, level_code, completed_on, source);
