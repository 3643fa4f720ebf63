-- A copied bank remembers the bank it descends from (the first of the line), so that an exam on one holds the
-- others too: a learner must not read an exam's answers from a copy of its bank, or from the original of a copy.
-- Banks that are no copy have none (their own id stands for the family). Copies made before this migration
-- cannot be told from other banks and start families of their own.
ALTER TABLE bank ADD COLUMN family_id BIGINT REFERENCES bank (id) ON DELETE SET NULL;
CREATE INDEX bank_family ON bank (family_id) WHERE family_id IS NOT NULL;
