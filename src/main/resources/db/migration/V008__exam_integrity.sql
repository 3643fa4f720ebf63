-- Exam integrity. Each delivered question gets an opaque id drawn for its attempt: the bank's own key is
-- never shown to the learner, since curated keys name their answers (pol-misaq, off-khad-service).
ALTER TABLE attempt_item ADD COLUMN public_id VARCHAR(16);
-- Attempts made before this change get ids too (random; they only need to be unique within the attempt).
UPDATE attempt_item SET public_id = substr(md5(random()::text || id::text || clock_timestamp()::text), 1, 12);
ALTER TABLE attempt_item ALTER COLUMN public_id SET NOT NULL;
ALTER TABLE attempt_item ADD CONSTRAINT attempt_item_public_id_key UNIQUE (attempt_id, public_id);

-- A learner's open exams: while one runs on a bank, that bank's answers stay out of reach (cards, practice,
-- earlier results) and its cards out of the review queue. Looked up on every review request.
CREATE INDEX attempt_open_exam ON attempt (user_id, bank_id) WHERE mode = 'exam' AND finished_at IS NULL;
