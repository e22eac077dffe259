-- The release timer asks every few seconds which sessions' release dates have passed unapplied.

CREATE INDEX ix_course_session_release_due ON course_session (places_released, release_at);
