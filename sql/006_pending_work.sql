-- Work a change left owed to the whole warehouse, kept until it is done, so a run that fails
-- before doing it does not forget it. One row per task: 'recluster' is owed when a load replaced
-- documents (edited inputs) or a re-tag changed event dates, which the duplicate clusters depend
-- on; warehouse.recluster deletes the row in the transaction that writes the new clusters.
create table if not exists pending_work (
    task     varchar primary key,
    since    timestamp not null,   -- when it first became owed
    reason   varchar not null
);
