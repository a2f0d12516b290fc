-- A code's REFI-QDA GUID: the GUID a .qdpx or .qdc import read for it (or, for a code made in Passage, one given when it was
-- made), so exports keep it and a merge can match a code after a rename. NULL for codes made before V8: their exported GUID
-- is still generated from the project's creation time and the code's id. Plain SQL that runs on H2 2.x and PostgreSQL 15+.
ALTER TABLE code ADD COLUMN guid VARCHAR(64);
