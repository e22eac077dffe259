-- Imports shared by several instances of the service: each job names its runner (the instance
-- whose executor has it) and when that runner last said it is alive. A job whose runner has said
-- nothing for longer than the lease (academy.passport.imports.lease-seconds) is taken over by
-- another instance; a batch from a runner the job no longer names is refused.
-- Additive only: both columns may be null (a job uploaded by an older version has neither), so an
-- older version running beside this one during a rolling upgrade keeps working. Same script on H2
-- and PostgreSQL.
ALTER TABLE import_job ADD COLUMN runner VARCHAR(64);
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
