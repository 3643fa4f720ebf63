-- The fingerprint of the last curated-bank folder loaded without errors: an unchanged folder is not read again
-- at start-up.
CREATE TABLE curated_load (
    folder      VARCHAR(500) PRIMARY KEY,
    fingerprint VARCHAR(64)  NOT NULL,
    loaded_at   TIMESTAMPTZ  NOT NULL
);
