-- topic_trend_monthly.month was a TIMESTAMP (date_trunc of a DATE), exported to Parquet as a
-- datetime: a month is a DATE, its first day, like the day columns it is taken from.

create or replace view topic_trend_monthly as
with
dated as (
    select
        doc_id,
        cluster_id,
        cast(date_trunc(
            'month',
            coalesce(
                case when event_date_precision in ('day', 'month') then event_day end,
                published
            )
        ) as date) as month
    from documents
    where is_canonical
),
tagged as (
    select dated.month, dated.cluster_id, document_topics.topic_id
    from dated
    join document_topics using (doc_id)
    where dated.month is not null
),
final as (
    select
        month,
        topic_id,
        count(distinct cluster_id) as n_documents
    from tagged
    group by month, topic_id
)
select * from final order by month, topic_id;
