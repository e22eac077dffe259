-- Completions are delivered to the passport by a relay that retries with growing pauses; a failed
-- delivery says when it is next due. NULL: due now.

ALTER TABLE completion_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
