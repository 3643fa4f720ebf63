-- A learner can suspend a card (Anki's suspend): it keeps its state and history but never comes up for review
-- and is left out of every count until it is unsuspended.
ALTER TABLE card ADD COLUMN suspended BOOLEAN NOT NULL DEFAULT FALSE;

-- The review queue's partial indexes (V005) leave suspended cards out, so its reads stay on them unchanged.
DROP INDEX card_learning_due;
DROP INDEX card_review_due;
DROP INDEX card_new_in_order;
CREATE INDEX card_learning_due ON card (user_id, due, id) WHERE state IN ('learning', 'relearning') AND NOT suspended;
CREATE INDEX card_review_due ON card (user_id, due, id) WHERE (state = 'review' OR requeued) AND NOT suspended;
CREATE INDEX card_new_in_order ON card (user_id, added_at, id) WHERE state = 'new' AND NOT suspended;

-- A teacher's answer to a problem report, shown to the learner who reported it.
ALTER TABLE problem_report ADD COLUMN reply TEXT CHECK (char_length(reply) BETWEEN 1 AND 2000);
ALTER TABLE problem_report ADD COLUMN replied_at TIMESTAMPTZ;
ALTER TABLE problem_report ADD COLUMN replied_by BIGINT REFERENCES app_user (id);
ALTER TABLE problem_report ADD CONSTRAINT problem_report_reply_dated CHECK ((reply IS NULL) = (replied_at IS NULL));
CREATE INDEX problem_report_by_reporter ON problem_report (reporter_id, created_at);
