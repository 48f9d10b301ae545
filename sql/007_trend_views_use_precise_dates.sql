-- The trend views promised "a document without a day- or month-precise event date falls back to
-- its publication month", but took event_day whatever its precision, and event_day of a
-- year-only date (2023) is its first day: such documents all landed in January. Now only a day-
-- or month-precise event date is used; a coarser one falls back to the publication date.

create or replace view topic_trend_monthly as
with
dated as (
    select
        doc_id,
        cluster_id,
        date_trunc(
            'month',
            coalesce(
                case when event_date_precision in ('day', 'month') then event_day end,
                published
            )
        ) as month
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

create or replace view speaker_topics as
with
spoke as (
    select
        document_speakers.doc_id,
        document_speakers.speaker_id,
        document_speakers.name,
        documents.cluster_id,
        coalesce(
            case when documents.event_date_precision in ('day', 'month') then documents.event_day end,
            documents.published
        ) as day
    from document_speakers
    join documents using (doc_id)
    where document_speakers.role = 'speaker'
),
tagged as (
    select spoke.*, document_topics.topic_id
    from spoke
    join document_topics using (doc_id)
),
final as (
    select
        speaker_id,
        name,
        topic_id,
        count(distinct cluster_id) as n_documents,
        min(day) as first_day,
        max(day) as last_day
    from tagged
    group by speaker_id, name, topic_id
)
select * from final order by name, n_documents desc, topic_id;
