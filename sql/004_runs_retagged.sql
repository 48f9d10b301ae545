-- How many documents a run re-tagged because the tagging rules or the topic file changed
-- (policydata.retag); null for runs from before re-tagging existed.
alter table runs add column n_retagged integer;
