-- Session reminders (docs/booking.md, "Session reminders"): a confirmed booking is reminded on the
-- London day two days before its session, once. The reminder's message is written in the same
-- transaction as a conditional update of these columns (compare-and-set on reminded_for_start), so
-- a second run, or a second instance of the service, finds the booking already reminded and sends
-- nothing. reminded_for_start is the session's start the reminder was about: a session moved to
-- another day is reminded again for its new day.
-- (V10, not V9: V9 is taken by work in progress on another branch.)

ALTER TABLE booking ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN reminded_for_start TIMESTAMP WITH TIME ZONE;
