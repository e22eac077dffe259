-- Completions handed over by the catalogue (and later other systems) carry the sender's own
-- reference for the completion. The same reference is never recorded twice: a completion sent
-- again after a lost answer finds the record it made the first time. Several NULLs are allowed
-- (records entered by hand have no reference) on H2 and PostgreSQL alike.

ALTER TABLE training_record ADD COLUMN source_reference VARCHAR(80);

CREATE UNIQUE INDEX uq_record_source_reference ON training_record (source_reference);
