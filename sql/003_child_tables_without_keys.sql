-- The per-document child tables lose their primary keys. DuckDB keeps every key index whole in
-- memory (an ART), so these four — keywords alone holds ten keys a document — made the loading
-- process's memory grow with the warehouse (about 120 MB of indexes at 240,000 documents, an
-- out-of-memory error within the default budget at about twice that). Their keys stay unique by
-- construction: the loader writes a document's child rows only in the transaction that inserts
-- the document (or replaces it, deleting its old rows first), and each batch's frames hold one
-- row per key (tests/test_warehouse.py checks the keys after loads, re-runs and replacements).
-- DuckDB cannot drop a key, so each table is rebuilt under its name; the views bind by name.

create table removals__rebuilt (
    doc_id   varchar not null,
    n_order  integer not null,
    kind     varchar not null,
    step     varchar,
    reason   varchar,
    start_offset integer,
    end_offset   integer,
    removed_text varchar
);
insert into removals__rebuilt select * from removals;
drop table removals;
alter table removals__rebuilt rename to removals;

create table document_speakers__rebuilt (
    doc_id       varchar not null,
    speaker_id   varchar not null,
    name         varchar not null,
    role         varchar not null,
    title        varchar,
    org          varchar,
    org_id       varchar,
    method       varchar,
    evidence     varchar,
    start_offset integer,
    end_offset   integer
);
insert into document_speakers__rebuilt select * from document_speakers;
drop table document_speakers;
alter table document_speakers__rebuilt rename to document_speakers;

create table document_topics__rebuilt (
    doc_id          varchar not null,
    topic_id        varchar not null,
    confidence      double not null,
    n_hits          integer not null,
    term            varchar not null,
    evidence        varchar not null,
    evidence_start  integer not null,
    evidence_end    integer not null
);
insert into document_topics__rebuilt select * from document_topics;
drop table document_topics;
alter table document_topics__rebuilt rename to document_topics;

create table keywords__rebuilt (
    doc_id   varchar not null,
    keyword  varchar not null,
    weight   double not null
);
insert into keywords__rebuilt select * from keywords;
drop table keywords;
alter table keywords__rebuilt rename to keywords;
