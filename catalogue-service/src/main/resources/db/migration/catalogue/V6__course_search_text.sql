-- Search by words: each course keeps its title and description lower-cased in one column, written
-- by the course itself whenever it is described, so that a search compares each word with stored
-- text instead of lower-casing 2,000 titles and descriptions for every query. The same script runs
-- on H2 and PostgreSQL. Java lower-cases with Locale.ROOT, which can lengthen a few letters (İ):
-- hence twice the width of the two columns.
ALTER TABLE course ADD COLUMN search_text VARCHAR(8402);
UPDATE course SET search_text = LOWER(title || ' ' || description);
ALTER TABLE course ALTER COLUMN search_text SET NOT NULL;
