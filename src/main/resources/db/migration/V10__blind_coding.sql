-- Blind coding: while blind_lead is set, every session sees only its own coder's codings, and only blind_lead may lift it.
-- blind_since is when it was locked. Both NULL (the default for existing projects): not blind. Plain SQL for H2 2.x and
-- PostgreSQL 15+.
ALTER TABLE project ADD COLUMN blind_lead VARCHAR(200);
ALTER TABLE project ADD COLUMN blind_since TIMESTAMP WITH TIME ZONE;
