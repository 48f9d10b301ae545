-- The duplicate clustering no longer links two different pages of one site unless they are
-- nearly identical (one outlet does not carry a report twice: same-day stories written to one
-- template, two 党组 study sessions, two 贺电, are different events). Clusters a warehouse
-- formed under the old rule are worked out again by the next run (pending_work 'recluster');
-- a warehouse without documents owes nothing.
insert into pending_work
select 'recluster', current_timestamp, 'clustering rules changed: pages of one site are copies only when nearly identical'
where exists (select 1 from documents)
on conflict (task) do nothing;
