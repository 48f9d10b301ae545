"""End to end through the real Prefect flow into a real DuckDB file, run twice; then export."""

from __future__ import annotations

import json

import polars as pl
import pytest
from conftest import SAMPLES

import flows.pipeline
from flows.pipeline import pipeline
from policydata import warehouse as wh
from policydata.export import export_parquet

#: worker pools each run of the fixture started (``flows.pipeline.worker_pool`` calls)
POOLS_STARTED: dict[str, int] = {}


#: pages quarantined only once read: by their content, so a re-run skips them
JUNK = {"credit_only.txt": "【责任编辑：张三】\n返回顶部\n", "script_only.html": "<html><body><script>var a=1;</script></body></html>"}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    path = tmp_path_factory.mktemp("wh") / "policydata.duckdb"
    junk = tmp_path_factory.mktemp("junk")
    for name, text in JUNK.items():
        (junk / name).write_text(text, encoding="utf-8")
    inputs = [str(SAMPLES), str(junk)]
    real_pool = flows.pipeline.worker_pool
    runs = []
    with pytest.MonkeyPatch.context() as mp:
        def counting_pool(workers):
            POOLS_STARTED[f"run {len(runs) + 1}"] += 1
            return real_pool(workers)

        mp.setattr(flows.pipeline, "worker_pool", counting_pool)
        POOLS_STARTED["run 1"] = 0
        runs.append(pipeline(inputs, warehouse_path=str(path), batch_size=3))
        con = wh.connect(path, read_only=True)
        counts = wh.table_counts(con)
        con.close()
        POOLS_STARTED["run 2"] = 0
        runs.append(pipeline(inputs, warehouse_path=str(path), batch_size=3))
    first, second = runs
    return path, first, second, counts


def test_samples_load_and_bad_records_are_quarantined(loaded):
    path, first, _, counts = loaded
    con = wh.connect(path, read_only=True)
    reasons = dict(con.execute("select reason, count(*) from quarantine group by 1").fetchall())
    docs = {r[0] for r in con.execute("select doc_id from documents").fetchall()}
    con.close()
    assert first["n_loaded"] == counts["documents"] >= 6
    assert {"000_eb16c50bc39dc6b8", "002_post_bureau_briefing_gbk", "004_ministry_news",
            "sample-jsonl-001", "sample-jsonl-002"} <= docs
    assert reasons.get("invalid_json") == 1 and reasons.get("no_text") == 1
    assert reasons.get("empty_after_normalise") == 1 and reasons.get("empty_body") == 1


def test_seed_is_tagged_in_the_warehouse(loaded):
    path = loaded[0]
    con = wh.connect(path, read_only=True)
    rows = con.execute("select name, role, title, org from document_speakers"
                       " where doc_id = '000_eb16c50bc39dc6b8' order by role desc").fetchall()
    event = con.execute("select event_date, event_date_basis from documents"
                        " where doc_id = '000_eb16c50bc39dc6b8'").fetchall()
    topics = {r[0] for r in con.execute("select topic_id from document_topics"
                                        " where doc_id = '000_eb16c50bc39dc6b8'").fetchall()}
    con.close()
    assert ("李小鹏", "speaker", "部长", "交通运输部") in rows
    assert ("马军胜", "chair", "局长", "国家邮政局") in rows
    assert event == [("2017-11-09", "context")]
    assert {"peak_season", "party_building", "transport_power"} <= topics


def test_gbk_text_is_decoded(loaded):
    con = wh.connect(loaded[0], read_only=True)
    (encoding, text), = con.execute("select encoding, text from documents"
                                    " where doc_id = '002_post_bureau_briefing_gbk'").fetchall()
    con.close()
    assert encoding.lower().replace("-", "") in {"gb18030", "gbk", "gb2312"}
    assert "快递业务量" in text


def test_syndicated_copies_share_a_cluster_and_count_once(loaded):
    con = wh.connect(loaded[0], read_only=True)
    clusters = dict(con.execute("select doc_id, cluster_id from documents"
                                " where doc_id in ('sample-jsonl-001', 'sample-jsonl-002')").fetchall())
    canon = con.execute("select count(*) from documents where cluster_id = ? and is_canonical",
                        [clusters["sample-jsonl-001"]]).fetchall()[0][0]
    con.close()
    assert clusters["sample-jsonl-001"] == clusters["sample-jsonl-002"]
    assert canon == 1


def test_second_run_changes_nothing_but_runs(loaded):
    path, first, second, counts = loaded
    con = wh.connect(path, read_only=True)
    after = wh.table_counts(con)
    runs = con.execute("select status, n_loaded, n_skipped from runs order by started_at").fetchall()
    con.close()
    assert second["n_loaded"] == 0 and second["n_skipped"] == first["n_read"]
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in counts.items() if k != "runs"}
    assert after["runs"] == counts["runs"] + 1
    assert [r[0] for r in runs] == ["ok", "ok"]


def test_quarantined_inputs_are_read_again_only_when_asked(tmp_path):
    junk = tmp_path / "junk"
    junk.mkdir()
    for name, text in JUNK.items():
        (junk / name).write_text(text, encoding="utf-8")
    path = tmp_path / "w.duckdb"
    pipeline([str(junk)], warehouse_path=str(path))
    again = pipeline([str(junk)], warehouse_path=str(path))
    retried = pipeline([str(junk)], warehouse_path=str(path), retry_quarantined=True)
    assert (again["n_skipped"], again["n_quarantined"]) == (2, 0)
    assert (retried["n_skipped"], retried["n_quarantined"]) == (0, 2)
    con = wh.connect(path, read_only=True)
    assert con.execute("select count(*) from quarantine").fetchall() == [(2,)]  # the same two rows
    con.close()


def test_second_run_starts_no_worker(loaded):
    # the first run tags documents in one pool of workers; the second, with nothing new, needs
    # none: the pages quarantined for their content and the samples' unreadable records (a line
    # without text, one that is no JSON) are skipped as unchanged, not quarantined again
    _, first, second, _ = loaded
    assert first["n_quarantined"] == 4 and second["n_quarantined"] == 0
    assert second["n_skipped"] == first["n_read"] == 11
    assert POOLS_STARTED == {"run 1": 1, "run 2": 0}


def test_views_answer_trend_questions(loaded):
    con = wh.connect(loaded[0], read_only=True)
    trend = con.execute("select month, topic_id, n_documents from topic_trend_monthly").fetchall()
    by_speaker = con.execute("select name, topic_id from speaker_topics where name = '李小鹏'").fetchall()
    con.close()
    assert trend and all(n >= 1 for _, _, n in trend)
    assert ("李小鹏", "transport_power") in by_speaker


def test_parquet_export_reads_back_with_the_same_row_counts(loaded, tmp_path):
    written = export_parquet(loaded[0], tmp_path)
    con = wh.connect(loaded[0], read_only=True)
    counts = wh.table_counts(con)
    con.close()
    for table, n in counts.items():
        assert pl.read_parquet(tmp_path / f"{table}.parquet").height == n == written[table]
    assert pl.read_parquet(tmp_path / "topic_trend_monthly.parquet").height == written["topic_trend_monthly"]
    assert (tmp_path / "data_dictionary.json").exists()
    # the JSON columns read back as text holding JSON, not as raw bytes
    documents = pl.read_parquet(tmp_path / "documents.parquet", columns=["meta", "flags"])
    assert documents.schema["meta"] == pl.String and documents.schema["flags"] == pl.String
    assert all(isinstance(json.loads(v), dict) for v in documents["meta"].drop_nulls())


def test_prefect_records_every_task_run(loaded):
    """The temporary server writes task runs in batches (flows/pipeline.py): none may be lost."""
    import time

    from prefect import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName, FlowRunFilter, FlowRunFilterId

    assert loaded  # both runs of the samples are done
    with get_client(sync_client=True) as client:
        flow_runs = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["policydata-pipeline"])))
        ours = [r for r in flow_runs if r.state and r.state.is_completed()]
        assert len(ours) >= 2
        ids = [r.id for r in ours]
        # open_run, close_run, and one prepare and one load task per batch of each run
        deadline = time.monotonic() + 30
        while True:
            runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=ids)))
            names = [r.task_key.split("-")[0] if r.task_key else r.name for r in runs]
            done = [r for r in runs if r.state_type is not None and r.state_type.value == "COMPLETED"]
            if len(done) == len(runs) and names.count("open_run") == len(ids) and names.count("close_run") == len(ids):
                break
            assert time.monotonic() < deadline, f"task runs not all recorded: {sorted(names)}"
            time.sleep(0.5)
    assert names.count("prepare") == names.count("load") >= 1


def _jsonl(folder, docs: dict[str, str]) -> None:
    import json

    rows = [json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) for doc_id, text in docs.items()]
    (folder / "reports.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _clusters(path) -> dict[str, tuple[str, bool]]:
    con = wh.connect(path, read_only=True)
    try:
        return {d: (c, k) for d, c, k in con.execute("select doc_id, cluster_id, is_canonical from documents").fetchall()}
    finally:
        con.close()


def _loaded_reports(tmp_path):
    """Three reports (a and b copies of one, c another) loaded by the flow in batches of 2; returns
    (inputs folder, warehouse, the records with a edited into a copy of c)."""
    from test_dedupe import FIXTURES

    text = {p.stem: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}
    inputs = tmp_path / "in"
    inputs.mkdir()
    first = {"a": text["report"], "b": text["report_repost"], "c": text["study_2022"]}
    _jsonl(inputs, first)
    path = tmp_path / "wh.duckdb"
    pipeline([str(inputs)], warehouse_path=str(path), batch_size=2)
    return inputs, path, {**first, "a": text["study_2022"] + "\n（来源：示例网）"}


def test_an_edited_input_leaves_its_old_cluster_and_joins_its_new_one(tmp_path):
    """A source corrects a page: the re-run replaces the document, and the clusters are worked out
    again, as a fresh load of the corrected input would give them."""
    inputs, path, edited = _loaded_reports(tmp_path)
    before = _clusters(path)
    assert before["a"][0] == before["b"][0] != before["c"][0]

    # "a", the report's cluster id and canonical copy, now carries a copy of the study report
    _jsonl(inputs, edited)
    second = pipeline([str(inputs)], warehouse_path=str(path), batch_size=2)
    assert second["n_loaded"] == 1 and second["n_skipped"] == 2

    fresh = tmp_path / "fresh.duckdb"
    pipeline([str(inputs)], warehouse_path=str(fresh), batch_size=2)
    after = _clusters(path)
    assert after["a"][0] == after["c"][0] != after["b"][0]
    assert after == _clusters(fresh)
    for cluster in {c for c, _ in after.values()}:
        assert sum(k for c, k in after.values() if c == cluster) == 1, f"cluster {cluster}: one canonical copy"


def _owed(path) -> list[str]:
    con = wh.connect(path, read_only=True)
    try:
        return [t for (t,) in con.execute("select task from pending_work").fetchall()]
    finally:
        con.close()


def test_clusters_an_edited_input_leaves_owed_are_settled_by_the_next_run_if_this_one_fails(tmp_path, monkeypatch):
    """The debt is recorded with the replacement: a run that fails after loading the corrected
    page but before clustering again leaves it to the next run, which has nothing new to load."""
    inputs, path, edited = _loaded_reports(tmp_path)
    _jsonl(inputs, edited)
    real = flows.pipeline.retag_stale

    def retag_fails(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(flows.pipeline, "retag_stale", retag_fails)
    with pytest.raises(OSError, match="disk full"):
        pipeline([str(inputs)], warehouse_path=str(path), batch_size=2)
    assert _owed(path) == ["recluster"]
    stale = _clusters(path)
    assert stale["a"][0] == stale["b"][0], "not yet clustered again: the run failed first"

    monkeypatch.setattr(flows.pipeline, "retag_stale", real)
    third = pipeline([str(inputs)], warehouse_path=str(path), batch_size=2)
    assert third["n_loaded"] == 0
    fresh = tmp_path / "fresh.duckdb"
    pipeline([str(inputs)], warehouse_path=str(fresh), batch_size=2)
    assert _clusters(path) == _clusters(fresh)
    assert _owed(path) == []


def test_a_run_that_replaces_documents_and_retags_their_dates_clusters_again_once(tmp_path, monkeypatch):
    """Edited inputs and new rules in code in one run: both leave the clusters owed, and the run
    works them out once, after its loads and its re-tag, as a fresh load under the new rules."""
    inputs, path, edited = _loaded_reports(tmp_path)
    con = wh.connect(path)  # what older rules in code might have given: other event dates
    con.execute("update documents set event_date = '1999', event_date_precision = 'year',"
                " rules_version = 'tags-older'")
    con.close()
    _jsonl(inputs, edited)
    real, calls = wh.recluster, []

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(wh, "recluster", counting)
    second = pipeline([str(inputs)], warehouse_path=str(path), batch_size=2)
    assert (second["n_loaded"], second["n_retagged"]) == (1, 2)
    assert len(calls) == 1
    fresh = tmp_path / "fresh.duckdb"
    pipeline([str(inputs)], warehouse_path=str(fresh), batch_size=2)
    assert _clusters(path) == _clusters(fresh)
    assert _owed(path) == _owed(fresh) == []


def test_pages_with_one_name_in_different_folders_never_replace_each_other(tmp_path):
    """Two folders each hold a report.txt: given together they are two documents (named by their
    paths inside the folder given); given in turn, the second is quarantined with its reason
    instead of replacing the first as if it were a correction. An edit of the same file still
    replaces it, however its path is written, and re-running changes nothing."""
    root = tmp_path / "in"
    for sub, text in (("a", "国家邮政局局长马军胜表示,要做好旺季服务保障。"),
                      ("b", "交通运输部部长李小鹏指出,要加快建设交通强国。")):
        (root / sub).mkdir(parents=True)
        (root / sub / "report.txt").write_text(text, encoding="utf-8")
    together = tmp_path / "together.duckdb"
    first = pipeline([str(root)], warehouse_path=str(together))
    assert first["n_loaded"] == 2 and first["n_quarantined"] == 0
    con = wh.connect(together, read_only=True)
    assert sorted(r[0] for r in con.execute("select doc_id from documents").fetchall()) == ["a/report", "b/report"]
    con.close()

    apart = tmp_path / "apart.duckdb"
    assert pipeline([str(root / "a")], warehouse_path=str(apart))["n_loaded"] == 1
    second = pipeline([str(root / "b")], warehouse_path=str(apart))
    assert (second["n_loaded"], second["n_quarantined"]) == (0, 1)
    con = wh.connect(apart, read_only=True)
    assert con.execute("select text from documents").fetchall()[0][0].startswith("国家邮政局")
    assert con.execute("select reason from quarantine").fetchall() == [("duplicate_id",)]
    con.close()
    pipeline([str(root / "b")], warehouse_path=str(apart))  # again: no second quarantine row
    (root / "a" / "report.txt").write_text("国家邮政局局长马军胜强调,要做好寄递安全工作。", encoding="utf-8")
    edited = pipeline([str(root / "a" / ".." / "a")], warehouse_path=str(apart))  # the same folder, written otherwise
    assert edited["n_loaded"] == 1
    con = wh.connect(apart, read_only=True)
    assert con.execute("select count(*) from quarantine").fetchone()[0] == 1
    assert con.execute("select text from documents").fetchall()[0][0].startswith("国家邮政局局长马军胜强调")
    con.close()
