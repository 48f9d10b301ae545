"""Warehouse: migrations recorded with checksums, batches loaded in one transaction, idempotent."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import duckdb
import pytest

from policydata import warehouse as wh
from policydata.frames import frame


def doc_row(doc_id, raw_id, text="正文"):
    return {"doc_id": doc_id, "raw_id": raw_id, "source": f"{doc_id}.txt", "text": text, "body": text,
            "n_chars": len(text), "n_removed": 0, "event_date_precision": "none", "event_date_basis": "none",
            "cluster_id": doc_id, "is_canonical": True, "rules_version": "t", "run_id": "r1",
            "loaded_at": datetime(2024, 1, 1)}


def frames_for(docs, topics=()):
    return {"documents": frame("documents", docs),
            "document_topics": frame("document_topics", [
                {"doc_id": d, "topic_id": t, "confidence": 1.0, "n_hits": 1, "term": "x", "evidence": "x",
                 "evidence_start": 0, "evidence_end": 1} for d, t in topics])}


def test_migrations_apply_once_and_are_recorded(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    applied = con.execute("select name from schema_migrations order by version").fetchall()
    assert [a[0] for a in applied] == sorted(p.name for p in wh.sql_dir().glob("[0-9]*.sql"))
    assert wh.migrate(con) == []


def test_an_edited_applied_migration_is_refused(tmp_path):
    folder = tmp_path / "sql"
    shutil.copytree(wh.sql_dir(), folder)
    con = wh.connect(tmp_path / "w.duckdb", migrate_schema=False)
    wh.migrate(con, folder)
    first = min(folder.glob("0*.sql"))
    first.write_text(first.read_text() + "\n-- edited\n")
    with pytest.raises(wh.MigrationError):
        wh.migrate(con, folder)


def test_loading_the_same_batch_twice_changes_nothing(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    batch = frames_for([doc_row("a", "h1"), doc_row("b", "h2")], [("a", "peak_season")])
    assert wh.load_batch(con, batch) == 2
    before = wh.table_counts(con)
    assert wh.load_batch(con, batch) == 0
    assert wh.table_counts(con) == before


def test_changed_content_replaces_the_documents_rows(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    wh.load_batch(con, frames_for([doc_row("a", "h1")], [("a", "peak_season")]))
    wh.load_batch(con, frames_for([doc_row("a", "h2", "新正文")], [("a", "publicity")]))
    assert con.execute("select raw_id, text from documents").fetchall() == [("h2", "新正文")]
    assert con.execute("select topic_id from document_topics").fetchall() == [("publicity",)]


def test_a_failing_batch_leaves_nothing_behind(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    bad = frames_for([doc_row("a", "h1")])
    bad["documents"] = bad["documents"].with_columns(bad["documents"]["n_chars"].cast(int) * 0 + None)
    with pytest.raises(duckdb.ConstraintException):
        wh.load_batch(con, bad)  # n_chars is not null in the schema
    assert con.execute("select count(*) from documents").fetchall()[0][0] == 0


def test_out_of_memory_is_a_clear_error(tmp_path, monkeypatch):
    # A budget too small for a batch must say which setting to raise, not "no transaction is active".
    import polars as pl
    import pytest

    from policydata import warehouse
    from policydata.frames import SCHEMAS

    monkeypatch.setenv("POLICYDATA_DUCKDB_MEMORY", "2MB")
    con = warehouse.connect(tmp_path / "w.duckdb")
    n = 20_000
    docs = pl.DataFrame({"doc_id": [f"d{i:06d}" for i in range(n)], "raw_id": [f"r{i}" for i in range(n)],
                         "source": ["t"] * n, "text": ["正文" * 400] * n, "body": ["正文" * 400] * n,
                         "n_chars": [800] * n, "n_removed": [0] * n, "rules_version": ["v"] * n,
                         "run_id": ["x"] * n}).with_columns(
        *[pl.lit(None, dtype=t).alias(c) for c, t in SCHEMAS["documents"].items()
          if c not in {"doc_id", "raw_id", "source", "text", "body", "n_chars", "n_removed", "rules_version",
                       "run_id"}]).select(list(SCHEMAS["documents"])).cast(SCHEMAS["documents"])
    with pytest.raises(MemoryError, match="POLICYDATA_DUCKDB_MEMORY"):
        warehouse.load_batch(con, {"documents": docs})
    con.close()


def test_loading_connections_use_one_duckdb_thread_unless_told(tmp_path, monkeypatch):
    def threads(con) -> int:
        return con.execute("select current_setting('threads')").fetchall()[0][0]

    monkeypatch.delenv("POLICYDATA_DUCKDB_THREADS", raising=False)
    con = wh.connect(tmp_path / "w.duckdb")
    assert threads(con) == 1
    con.close()
    monkeypatch.setenv("POLICYDATA_DUCKDB_THREADS", "2")
    con = wh.connect(tmp_path / "w.duckdb")
    assert threads(con) == 2
    con.close()
    for bad in ("0", "two", ""):
        monkeypatch.setenv("POLICYDATA_DUCKDB_THREADS", bad)
        with pytest.raises(ValueError, match="POLICYDATA_DUCKDB_THREADS"):
            wh.connect(tmp_path / "w.duckdb")


CHILD_KEYS = {"removals": "doc_id, n_order", "document_speakers": "doc_id, speaker_id, role",
              "document_topics": "doc_id, topic_id", "keywords": "doc_id, keyword"}


def child_frames(doc_id, raw_id, keywords, text="正文"):
    frames = frames_for([doc_row(doc_id, raw_id, text)], [(doc_id, "peak_season")])
    frames["keywords"] = frame("keywords", [{"doc_id": doc_id, "keyword": k, "weight": 0.5} for k in keywords])
    frames["removals"] = frame("removals", [{"doc_id": doc_id, "n_order": i, "kind": "spam"} for i in range(2)])
    frames["document_speakers"] = frame("document_speakers", [
        {"doc_id": doc_id, "speaker_id": "s1", "name": "李四", "role": role} for role in ("speaker", "chair")])
    return frames


def duplicate_keys(con) -> dict[str, int]:
    return {t: con.execute(f"select count(*) - count(distinct ({key})) from {t}").fetchall()[0][0]
            for t, key in CHILD_KEYS.items()}


def test_child_table_keys_stay_unique_through_loads_reruns_and_replacements(tmp_path):
    # The child tables carry no key index (sql/003): the loader alone keeps their keys unique.
    con = wh.connect(tmp_path / "w.duckdb")
    wh.load_batch(con, child_frames("a", "h1", ["快递", "邮政"]))
    wh.load_batch(con, child_frames("a", "h1", ["快递", "邮政"]))  # re-run: nothing new
    wh.load_batch(con, child_frames("b", "h9", ["快递"]))
    wh.load_batch(con, child_frames("a", "h2", ["快递", "包装"], text="新正文"))  # edited: replaced
    assert duplicate_keys(con) == dict.fromkeys(CHILD_KEYS, 0)
    assert con.execute("select doc_id, keyword from keywords order by all").fetchall() == [
        ("a", "包装"), ("a", "快递"), ("b", "快递")]
    assert con.execute("select count(*) from removals").fetchall()[0][0] == 4


def schema_before(tmp_path, migration: int):
    """A connection to a new warehouse migrated only up to (not including) ``sql/NNN``."""
    old = tmp_path / "old_sql"
    old.mkdir()
    for file in sorted(wh.sql_dir().glob("[0-9]*.sql"))[:migration - 1]:
        shutil.copy(file, old / file.name)
    con = wh.connect(tmp_path / "w.duckdb", migrate_schema=False)
    wh.migrate(con, old)
    return con


def test_the_key_dropping_migration_keeps_every_row(tmp_path):
    con = schema_before(tmp_path, 3)
    frames = child_frames("a", "h1", ["快递", "邮政"])
    frames["documents"] = frames["documents"].drop("published_given")  # a column of sql/005
    wh.load_batch(con, frames)
    before = {t: con.execute(f"select * from {t} order by all").fetchall() for t in CHILD_KEYS}
    assert wh.migrate(con)[0] == "003_child_tables_without_keys.sql"
    assert {t: con.execute(f"select * from {t} order by all").fetchall() for t in CHILD_KEYS} == before
    keyed = con.execute("select table_name from duckdb_constraints() where constraint_type = 'PRIMARY KEY'"
                        " and table_name in ('removals', 'document_speakers', 'document_topics', 'keywords')")
    assert keyed.fetchall() == []
    assert con.execute("select count(*) from topic_trend_monthly").fetchall()[0][0] >= 0  # views still bind


def test_runs_from_before_retagging_keep_their_rows(tmp_path):
    con = schema_before(tmp_path, 4)
    wh.start_run(con, "r0", ["samples"], "tags-1+topics-x")
    assert wh.migrate(con)[:3] == ["004_runs_retagged.sql", "005_documents_published_given.sql", "006_pending_work.sql"]
    wh.start_run(con, "r1", ["samples"], "tags-1+topics-y")
    wh.finish_run(con, "r1", status="ok", n_read=1, n_loaded=0, n_skipped=1, n_quarantined=0, n_retagged=1)
    assert con.execute("select run_id, n_retagged from runs order by run_id").fetchall() == [("r0", None), ("r1", 1)]


def test_documents_from_before_published_given_get_their_resolved_date(tmp_path):
    con = schema_before(tmp_path, 5)
    frames = frames_for([doc_row("a", "h1"), {**doc_row("b", "h2"), "published": date(2017, 11, 9)}])
    frames["documents"] = frames["documents"].drop("published_given")
    wh.load_batch(con, frames)
    assert wh.migrate(con)[:2] == ["005_documents_published_given.sql", "006_pending_work.sql"]
    assert con.execute("select doc_id, published_given from documents order by doc_id").fetchall() == [
        ("a", None), ("b", "2017-11-09")]


def test_a_topic_file_without_topics_is_refused_and_leaves_the_topics_table(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    row = {"topic_id": "t", "name_zh": "话题", "cap_code": 20, "cap_label": "x", "n_terms": 1, "version": "v"}
    wh.load_topics(con, [row])
    with pytest.raises(ValueError, match="defines no topic"):
        wh.load_topics(con, [])
    assert con.execute("select topic_id from topics").fetchall() == [("t",)]


def test_trend_views_use_only_day_or_month_precise_event_dates(tmp_path):
    """A year-only event date (event_day 2023-01-01) falls back to the publication date, as the
    views promise, instead of piling up in January."""
    con = wh.connect(tmp_path / "w.duckdb")
    rows = []
    for doc_id, precision, day in (("y", "year", date(2023, 1, 1)), ("m", "month", date(2023, 5, 1)),
                                   ("d", "day", date(2023, 6, 9))):
        row = doc_row(doc_id, "h" + doc_id)
        row.update(event_date_precision=precision, event_day=day, published=date(2023, 8, 15))
        rows.append(row)
    wh.load_batch(con, frames_for(rows, [("y", "business_statistics"), ("m", "business_statistics"),
                                         ("d", "business_statistics")]))
    months = con.execute("select month, n_documents from topic_trend_monthly order by month").fetchall()
    assert [(m.month, n) for m, n in months] == [(5, 1), (6, 1), (8, 1)]
    con.execute("insert into document_speakers (doc_id, speaker_id, name, role) values ('y', 's1', '张三', 'speaker')")
    first, last = con.execute("select first_day, last_day from speaker_topics").fetchone()
    assert first == last == date(2023, 8, 15)


def test_an_input_that_loads_leaves_quarantine_and_a_killed_run_is_marked_interrupted(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    q = {"quarantine_id": "q1", "source": "a.txt", "reason": "undecodable", "detail": "empty", "raw_id": "h0",
         "run_id": "r0", "first_seen": datetime(2024, 1, 1)}
    wh.load_batch(con, {"quarantine": frame("quarantine", [q])})
    wh.start_run(con, "r1", ["x"], "t")  # its process killed: never finished
    wh.load_batch(con, frames_for([doc_row("a", "h1")]))  # the file fixed: it loads, from a.txt
    assert con.execute("select count(*) from quarantine").fetchall() == [(0,)]
    wh.start_run(con, "r2", ["x"], "t")
    assert con.execute("select run_id, status, n_loaded from runs order by run_id").fetchall() == [
        ("r1", "interrupted", 1), ("r2", "running", None)]


def test_the_trend_view_s_month_is_a_date(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    types = dict(con.execute("select column_name, data_type from information_schema.columns"
                             " where table_name = 'topic_trend_monthly'").fetchall())
    assert types["month"] == "DATE"


def test_a_warehouse_clustered_under_the_old_rule_owes_a_recluster(tmp_path):
    folder = tmp_path / "sql"
    shutil.copytree(wh.sql_dir(), folder)
    (folder / "009_recluster_pages_of_one_site.sql").unlink()
    old = wh.connect(tmp_path / "old.duckdb", migrate_schema=False)
    wh.migrate(old, folder)
    wh.load_batch(old, frames_for([doc_row("a", "h1")]))
    wh.migrate(old)  # the new rule arrives
    assert wh.owed_work(old, wh.RECLUSTER) is not None
    fresh = wh.connect(tmp_path / "fresh.duckdb")  # nothing clustered yet: nothing owed
    assert wh.owed_work(fresh, wh.RECLUSTER) is None


def test_a_json_lines_file_that_now_reads_leaves_quarantine_but_a_bad_line_s_row_stays(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    rows = [{"quarantine_id": q, "source": src, "reason": reason, "detail": "", "raw_id": q, "run_id": "r0",
             "first_seen": datetime(2024, 1, 1)}
            for q, src, reason in (("q1", "/x/f.jsonl", "undecodable"), ("q2", "/x/f.jsonl#2", "invalid_json"))]
    wh.load_batch(con, {"quarantine": frame("quarantine", rows)})
    row = doc_row("a", "h1")
    row["source"] = "/x/f.jsonl#2"  # a line that now reads, at the number a bad line had
    wh.load_batch(con, frames_for([row]))
    assert con.execute("select source from quarantine").fetchall() == [("/x/f.jsonl#2",)]
