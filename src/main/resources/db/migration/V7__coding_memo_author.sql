-- A coding memo's own author and time: who wrote the memo and when, which need not be the coding's coder and created time
-- (anna codes, ben writes the memo later). Existing memos are credited, as before, to the coding's coder and created time,
-- since nothing better is known. NULL when the coding has no memo. Plain SQL that runs on H2 2.x and PostgreSQL 15+.
ALTER TABLE coding ADD COLUMN memo_author VARCHAR(200);
ALTER TABLE coding ADD COLUMN memo_updated TIMESTAMP WITH TIME ZONE;
UPDATE coding SET memo_author = coder, memo_updated = created WHERE memo IS NOT NULL;
