-- The publication date as the source record or the page gave it, before the date rules read it
-- (find_published's `given`): a re-tag with every tagger (policydata.retag) resolves the
-- publication date again from it, as a fresh load would. Documents loaded before this column
-- existed get the date resolved then, the nearest value there is.
alter table documents add column published_given varchar;
update documents set published_given = strftime(published, '%Y-%m-%d');
