-- A teacher may let other teachers copy a bank of theirs; until then only its owner can copy or export it.
ALTER TABLE bank ADD COLUMN shared BOOLEAN NOT NULL DEFAULT false;
