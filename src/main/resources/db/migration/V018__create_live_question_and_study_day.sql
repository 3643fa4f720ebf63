-- Two rules the native queries share, written once.

-- The live questions: the current version of each question of a bank, unless it is retired. (The columns of
-- question are fixed when the view is created: a column added to question later is added here with
-- CREATE OR REPLACE VIEW.) Its filter is the predicate of the index question_live_by_topic, which still serves it.
CREATE VIEW live_question AS
SELECT * FROM question WHERE is_current AND retired_at IS NULL;

-- A learner's time zone as PostgreSQL must be given it to read it as Java does: none (null or blank) is UTC, and an
-- offset ('+04:30', 'UTC-03:00') is turned into the POSIX form PostgreSQL reads offsets in, where east is minus.
CREATE FUNCTION learner_zone(time_zone text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN time_zone IS NULL OR btrim(time_zone) = '' THEN 'UTC'
        WHEN time_zone ~ '^(UTC|GMT|UT)?[+-][0-9]' THEN translate(ltrim(time_zone, 'UTCGM'), '+-', '-+')
        ELSE time_zone
    END
$$;

-- The study day of the instant t for a learner in time_zone: it rolls over at 04:00, as StudyDay.dayOf does in
-- Java (the date, in the zone, of the instant four hours earlier; on the day clocks change the day starts four
-- hours after midnight, at 05:00 or 03:00 on the wall clock).
-- The four hours are taken off in UTC, where every hour lasts an hour: timestamptz - interval is only STABLE
-- (it reads the session's zone), so going through UTC keeps every operation IMMUTABLE, as PostgreSQL marks
-- timezone() (it trusts the time zone database not to change under it). A plain SQL function like this one is
-- inlined by the planner: the queries that call it plan as if the expression were written out in them.
CREATE FUNCTION study_day(t timestamptz, time_zone text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CAST(timezone(learner_zone(time_zone), timezone('UTC', timezone('UTC', t) - INTERVAL '4 hours')) AS date)
$$;
