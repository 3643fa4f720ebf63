-- Assignments set like Moodle's quizzes: practice (feedback after each answer) or exam (results at the end),
-- with an optional time limit and a number of attempts allowed (NULL: no limit).
ALTER TABLE assignment ADD COLUMN mode VARCHAR(8) NOT NULL DEFAULT 'practice' CHECK (mode IN ('practice', 'exam'));
ALTER TABLE assignment ADD COLUMN time_limit_seconds INTEGER CHECK (time_limit_seconds BETWEEN 60 AND 14400);
ALTER TABLE assignment ADD COLUMN max_attempts INTEGER CHECK (max_attempts BETWEEN 1 AND 20);
ALTER TABLE assignment ADD CONSTRAINT assignment_time_limit_in_exam CHECK (time_limit_seconds IS NULL OR mode = 'exam');

-- The assignment an attempt was started for, to count the attempts used. Withdrawing the assignment keeps
-- the learner's attempts, only the link goes.
ALTER TABLE attempt ADD COLUMN assignment_id BIGINT REFERENCES assignment (id) ON DELETE SET NULL;
CREATE INDEX attempt_by_assignment ON attempt (assignment_id, user_id) WHERE assignment_id IS NOT NULL;

-- A question the learner flagged to come back to before finishing.
ALTER TABLE attempt_item ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT FALSE;


-- The study home counts every bank's cards of one learner in one grouped statement; the unique index
-- card_one_per_question (user_id, bank_id, question_key) already serves it, so no index is added here.
