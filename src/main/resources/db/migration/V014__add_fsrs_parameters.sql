-- The learner's own FSRS-6 weights, fitted to their review log (21 numbers, comma-separated);
-- NULL: the FSRS-6 defaults. Read with the sign-in lookup, so scheduling needs no extra query.
ALTER TABLE app_user ADD COLUMN fsrs_parameters VARCHAR(600)
    CHECK (fsrs_parameters IS NULL OR fsrs_parameters ~ '^[0-9.eE+-]+(,[0-9.eE+-]+){20}$');
