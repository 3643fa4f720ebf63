-- The choices an answer picked, as their indexes in the question as authored (not the attempt's opaque ids):
-- {2} for a single-choice answer, the ticked indexes in order for a multiple-choice one, null for every other kind
-- of question and for an unanswered item. Written with the answer, so that the class report counts picks with
-- integers instead of matching every stored response against its delivery's JSON (issue 11).
ALTER TABLE attempt_item ADD COLUMN picked INTEGER[];

-- The answers given before this migration, worked out once from the response and the delivery.
UPDATE attempt_item ai
SET picked = (
    SELECT coalesce(array_agg(CAST(o ->> 'index' AS INTEGER) ORDER BY CAST(o ->> 'index' AS INTEGER)), '{}')
    FROM jsonb_array_elements(ai.delivery -> 'choices') o
    WHERE ai.response ->> 'choice' = o ->> 'id'
       OR (jsonb_typeof(ai.response -> 'choices') = 'array' AND jsonb_exists(ai.response -> 'choices', o ->> 'id')))
FROM question q
WHERE q.id = ai.question_id AND q.type IN ('single', 'multi') AND ai.response IS NOT NULL;
