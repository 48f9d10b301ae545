"""Re-tagging a warehouse after the topic file or the rules in code change (policydata.retag).

The measure of a re-tag is a fresh load: after it, every tag table must hold exactly the rows a
warehouse loaded from scratch under the new rules holds.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
from conftest import SAMPLES, shared_file
from typer.testing import CliRunner

from policydata import warehouse as wh
from policydata.batches import Batch, prepare_batch
from policydata.records import RawDocument
from policydata.retag import retag
from policydata.sources.files import read_inputs
from policydata.tag import document, topics, versions

BUNDLED = topics.topics_file()

#: a topic every postal report has evidence of, added by the edited topic file
NEW_TOPIC = """
[topics.test_postal_network]
name_zh = "邮政网络"
cap_code = 20
cap_label = "Government Operations"
strong = ["快递", "邮政"]
medium = ["网点"]
"""


def edited_topic_file(tmp_path: Path, *, bump_version: bool = True) -> Path:
    """The bundled topic file with a topic added, one term dropped and (optionally) a new version."""
    text = BUNDLED.read_text(encoding="utf-8")
    if bump_version:
        text = text.replace('\nversion = "', '\nversion = "edited-', 1)
    # 快递包装 is green_packaging's first strong term in the bundled file: dropped, the seed's
    # packaging evidence changes
    assert '"快递包装", ' in text
    text = text.replace('"快递包装", ', "", 1)
    path = tmp_path / "topics.toml"
    path.write_text(text + NEW_TOPIC, encoding="utf-8")
    return path


@pytest.fixture
def use_topics(monkeypatch):
    """Switch the topic file in use (``None``: the bundled one), as a new process would see it."""
    def switch(path: Path | None) -> None:
        if path is None:
            monkeypatch.delenv(topics.TOPICS_ENV, raising=False)
        else:
            monkeypatch.setenv(topics.TOPICS_ENV, str(path))
        topics._table.cache_clear()

    yield switch
    monkeypatch.delenv(topics.TOPICS_ENV, raising=False)
    topics._table.cache_clear()


def corpus(extra: int = 0) -> list[RawDocument]:
    """The bundled samples, and ``extra`` ministry pages of the shared dev corpus."""
    raws = [r for r in read_inputs([SAMPLES]) if isinstance(r, RawDocument)]
    if extra:
        pages = shared_file("corpus", "pages_dev.jsonl")
        raws += [r for r in read_inputs([pages]) if isinstance(r, RawDocument)][:extra]
    return raws


def load(path: Path, raws: list[RawDocument], batch_size: int = 4) -> None:
    """Load ``raws`` as a run does (prepare each batch, then the loader), in this process."""
    con = wh.connect(path)
    try:
        wh.load_topics(con, [t.as_row() for t in topics.load_topics()])
        loader = wh.Loader(con)
        for k, i in enumerate(range(0, len(raws), batch_size)):
            prepared = prepare_batch(Batch(number=k, raws=raws[i:i + batch_size]), run_id="test")
            loader.load(prepared.frames, prepared.fingerprints, prepared.event_dates)
    finally:
        con.close()


#: every stored tag, in an order-free form (run ids and load times left out)
TAG_QUERIES = {
    "documents": "select doc_id, published, event_date, event_day, event_date_precision, event_date_basis,"
                 " event_date_evidence, rules_version, cluster_id, is_canonical, text, meta from documents",
    "document_speakers": "select * from document_speakers",
    "speakers": "select * from speakers",
    "document_topics": "select * from document_topics",
    "topic_hits": "select * from topic_hits",
    "mentions": "select * from mentions",
    "keywords": "select * from keywords",
    "removals": "select * from removals",
    "topics": "select * from topics",
}


def tag_tables(path: Path) -> dict[str, list[tuple]]:
    con = wh.connect(path, read_only=True)
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in TAG_QUERIES.items()}
    finally:
        con.close()


def assert_same_tables(got: Path, want: Path) -> None:
    a, b = tag_tables(got), tag_tables(want)
    for name in TAG_QUERIES:
        assert a[name] == b[name], f"{name} differs from a fresh load"


@pytest.mark.parametrize(("extra", "workers"), [(0, 0), (40, 2)], ids=["samples", "samples+pages_dev, 2 workers"])
def test_an_edited_topic_file_retags_only_the_topics_as_a_fresh_load_would(tmp_path, use_topics, extra, workers):
    raws = corpus(extra)
    old, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    load(old, raws)
    before = tag_tables(old)
    use_topics(edited_topic_file(tmp_path))
    load(fresh, raws)

    report = retag(wh.connect(old), batch_size=3, workers=workers)

    assert (report.n_topics, report.n_full, report.failed) == (len(before["documents"]), 0, [])
    assert_same_tables(old, fresh)
    after = tag_tables(old)
    assert after["document_topics"] != before["document_topics"]  # the edit did change tags
    assert any(r[1] == "test_postal_network" for r in after["document_topics"])
    # nothing but the topics was rewritten
    for name in ("document_speakers", "mentions", "keywords", "removals", "speakers"):
        assert after[name] == before[name]
    again = retag(wh.connect(old))
    assert again.n_retagged == 0


def test_a_content_change_without_a_new_version_still_retags(tmp_path, use_topics):
    raws = corpus()
    path = tmp_path / "w.duckdb"
    load(path, raws)
    version = topics.TOPICS_VERSION
    use_topics(edited_topic_file(tmp_path, bump_version=False))
    assert topics.TOPICS_VERSION == version  # the file says the same version: only the digest tells
    report = retag(wh.connect(path))
    assert report.n_topics == len(raws)


def test_an_edited_comment_changes_nothing(tmp_path, use_topics):
    raws = corpus()
    path = tmp_path / "w.duckdb"
    load(path, raws)
    version = document.rules_version()
    commented = tmp_path / "commented.toml"
    commented.write_text("# a researcher's note\n" + BUNDLED.read_text(encoding="utf-8").replace(
        "\n[topics.", "\n\n# another note\n[topics.", 1), encoding="utf-8")
    use_topics(commented)
    assert document.rules_version() == version
    assert retag(wh.connect(path)).n_retagged == 0


def test_changed_rules_in_code_retag_every_tag_as_a_fresh_load_would(tmp_path, monkeypatch):
    raws = corpus(40)
    old, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    load(old, raws)
    # What older rules might have left: other publication and event dates (so other duplicate
    # clusters), rows the new rules do not make, a speaker no document names any more, another
    # post for a known speaker.
    con = wh.connect(old)
    con.execute("update documents set published = date '1999-01-02', event_date = '1999',"
                " event_day = date '1999-01-01', event_date_precision = 'year',"
                " event_date_basis = 'published', event_date_evidence = 'x',"
                " cluster_id = 'one-cluster', is_canonical = (doc_id = '000_eb16c50bc39dc6b8')")
    con.execute("insert into keywords select doc_id, '旧词', 1.0 from documents")
    con.execute("insert into mentions select doc_id, 'place', '旧地', '旧地', 0, 2 from documents")
    con.execute("insert into document_speakers select doc_id, 'gone', '旧人', 'speaker', null, null, null,"
                " null, null, 0, 2 from documents")
    con.execute("insert into speakers values ('gone', '旧人', null, null)")
    con.execute("update speakers set kb_title = '旧职务'")
    con.execute("delete from document_topics where doc_id = '000_eb16c50bc39dc6b8'")
    con.close()
    monkeypatch.setattr(versions, "TAGS_VERSION", "tags-test")
    load(fresh, raws)

    report = retag(wh.connect(old), batch_size=7)

    assert (report.n_full, report.n_topics, report.failed) == (len(tag_tables(fresh)["documents"]), 0, [])
    assert report.n_cluster_changes > 0
    assert_same_tables(old, fresh)
    con = wh.connect(old, read_only=True)
    clusters = con.execute("select doc_id, cluster_id, is_canonical from documents").fetchall()
    con.close()
    con = wh.connect(fresh, read_only=True)
    assert sorted(clusters) == sorted(con.execute("select doc_id, cluster_id, is_canonical from documents").fetchall())
    con.close()
    assert all(r[7].startswith(f"tags-test.{versions.code_digest()}+topics-") for r in tag_tables(old)["documents"])


def _topics_fail_on(monkeypatch, tables: dict[str, list[tuple]], doc_id: str):
    """Make ``tag_topics`` fail on the stored text of ``doc_id`` (``tables``: ``tag_tables``);
    returns the real tagger."""
    real = topics.tag_topics
    broken = next(r[10] for r in tables["documents"] if r[0] == doc_id)

    def failing(text):
        if text == broken:
            raise RuntimeError("broken rule")
        return real(text)

    monkeypatch.setattr(topics, "tag_topics", failing)
    return real


def test_a_document_whose_tagger_fails_keeps_its_old_tags_and_is_reported(tmp_path, use_topics, monkeypatch):
    raws = corpus()
    path = tmp_path / "w.duckdb"
    load(path, raws)
    old_version = document.rules_version()
    before = tag_tables(path)
    use_topics(edited_topic_file(tmp_path))
    real = _topics_fail_on(monkeypatch, before, "000_eb16c50bc39dc6b8")
    report = retag(wh.connect(path), batch_size=2)
    assert [f["doc_id"] for f in report.failed] == ["000_eb16c50bc39dc6b8"]
    assert "broken rule" in report.failed[0]["error"]
    after = tag_tables(path)
    seed_rows = [r for r in after["document_topics"] if r[0] == "000_eb16c50bc39dc6b8"]
    assert seed_rows == [r for r in before["document_topics"] if r[0] == "000_eb16c50bc39dc6b8"]
    assert [r[7] for r in after["documents"] if r[0] == "000_eb16c50bc39dc6b8"] == [old_version]

    monkeypatch.setattr(topics, "tag_topics", real)
    report = retag(wh.connect(path))
    assert (report.n_topics, report.failed) == (1, [])


def test_an_interrupted_retag_leaves_whole_documents_and_goes_on_next_time(tmp_path, use_topics):
    raws = corpus(40)
    path, fresh = tmp_path / "w.duckdb", tmp_path / "fresh.duckdb"
    load(path, raws)
    use_topics(edited_topic_file(tmp_path))
    load(fresh, raws)

    def stop(report):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        retag(wh.connect(path), batch_size=5, progress=stop)
    con = wh.connect(path, read_only=True)
    (n_current,), = con.execute("select count(*) from documents where rules_version = ?",
                                [document.rules_version()]).fetchall()
    con.close()
    assert n_current == 5
    report = retag(wh.connect(path), batch_size=5)
    assert report.n_topics == len(tag_tables(fresh)["documents"]) - 5
    assert_same_tables(path, fresh)


def test_a_missing_or_broken_topic_file_is_a_clear_error(tmp_path, use_topics):
    use_topics(tmp_path / "nowhere.toml")
    with pytest.raises(FileNotFoundError, match="POLICYDATA_TOPICS"):
        document.rules_version()
    broken = tmp_path / "broken.toml"
    broken.write_text("version = \n", encoding="utf-8")
    use_topics(broken)
    with pytest.raises(ValueError, match="not a valid TOML topic file"):
        document.rules_version()


def test_the_retag_command(tmp_path, use_topics):
    from policydata.cli import app

    path = tmp_path / "w.duckdb"
    load(path, corpus())
    runner = CliRunner()
    missing = runner.invoke(app, ["retag", "--warehouse", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no warehouse" in missing.output
    assert not (tmp_path / "none.duckdb").exists()
    use_topics(edited_topic_file(tmp_path))
    result = runner.invoke(app, ["retag", "--warehouse", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (report["n_retagged"], report["n_topics"], report["n_full"], report["n_failed"]) == (7, 7, 0, 0)
    assert report["rules_version"] == document.rules_version()
    result = runner.invoke(app, ["retag", "--warehouse", str(path)])
    assert result.exit_code == 0 and "re-tagged 0 documents" in result.output


def test_a_run_after_a_topic_file_edit_retags_what_it_loaded_before(tmp_path, use_topics):
    """Through the real Prefect flow: the second run reads nothing new, re-tags the topics of
    every document, records it in ``runs``, and leaves what a fresh load would."""
    from flows.pipeline import pipeline

    path, fresh = tmp_path / "w.duckdb", tmp_path / "fresh.duckdb"
    first = pipeline([str(SAMPLES)], warehouse_path=str(path), batch_size=3)
    assert (first["n_loaded"], first["n_retagged"]) == (7, 0)
    use_topics(edited_topic_file(tmp_path))  # the workers are new processes: they see it too
    second = pipeline([str(SAMPLES)], warehouse_path=str(path), batch_size=3)
    assert (second["n_loaded"], second["n_skipped"], second["n_retagged"]) == (0, 9, 7)  # 2 bad lines too
    load(fresh, corpus())
    assert_same_tables(path, fresh)
    con = wh.connect(path, read_only=True)
    runs = con.execute("select n_loaded, n_retagged, rules_version from runs order by started_at").fetchall()
    con.close()
    assert [r[:2] for r in runs] == [(7, 0), (0, 7)]
    assert runs[1][2] == document.rules_version() != runs[0][2]


def test_workers_that_tag_under_other_rules_stop_the_retag(tmp_path, monkeypatch):
    """A worker reads the rules afresh: if they are not those the re-tag started under (here the
    rules in code are patched in this process only), nothing is written under a wrong version."""
    path = tmp_path / "w.duckdb"
    load(path, corpus())
    before = tag_tables(path)
    monkeypatch.setattr(versions, "TAGS_VERSION", "tags-test")
    with pytest.raises(RuntimeError, match="changed during the re-tag"):
        retag(wh.connect(path), batch_size=2, workers=1)
    assert tag_tables(path) == before


def test_bad_arguments_are_refused(tmp_path):
    con = wh.connect(tmp_path / "w.duckdb")
    with pytest.raises(ValueError, match="batch_size"):
        retag(con, batch_size=0)
    with pytest.raises(ValueError, match="workers"):
        retag(con, workers=-1)


def test_rows_a_pass_misses_are_retagged_by_another(tmp_path, use_topics, monkeypatch):
    """Rows are read by rowid range, and a checkpoint that compacts the table (after deletes) can
    renumber rows into a range already read. Simulated here: the first pass does not see every
    other stale row; the re-tag must notice and make another pass."""
    raws = corpus(40)
    path = tmp_path / "w.duckdb"
    load(path, raws)
    use_topics(edited_topic_file(tmp_path))
    real = wh.stale_rows
    hidden: set[str] = set()
    passes = []

    def first_pass_misses_some(con, *args, start, **kwargs):
        rows = real(con, *args, start=start, **kwargs)
        if start == 0:
            passes.append(len(passes))
        if len(passes) == 1:
            hidden.update(r[0] for r in rows[1::2])
            return rows[::2]
        return rows

    monkeypatch.setattr(wh, "stale_rows", first_pass_misses_some)
    con = wh.connect(path)
    report = retag(con, batch_size=4)
    assert len(passes) == 2 and hidden
    assert (report.n_topics, report.failed) == (len(raws), [])
    assert wh.count_stale(con, document.rules_version(), versions.topics_prefix()) == (0, 0)
    con.close()


def test_reclustering_an_unchanged_warehouse_changes_nothing(tmp_path):
    """The clusters ``recluster`` works out, in batches of the loads' size, are those the loads made."""
    from policydata.warehouse import recluster

    path = tmp_path / "w.duckdb"
    load(path, corpus(40), batch_size=4)
    before = tag_tables(path)["documents"]
    con = wh.connect(path)
    assert recluster(con, batch_size=4) == 0
    con.close()
    assert tag_tables(path)["documents"] == before


def test_a_run_whose_retag_fails_part_way_records_what_it_retagged(tmp_path, use_topics, monkeypatch):
    """The batches a re-tag committed before it failed are counted in the run's row, which says
    the run failed; the next run re-tags the rest."""
    from flows.pipeline import pipeline

    path = tmp_path / "w.duckdb"
    pipeline([str(SAMPLES)], warehouse_path=str(path), batch_size=3)
    use_topics(edited_topic_file(tmp_path))
    real, calls = wh.replace_tags, []

    def second_write_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(wh, "replace_tags", second_write_fails)
    with pytest.raises(OSError, match="disk full"):
        pipeline([str(SAMPLES)], warehouse_path=str(path), batch_size=3)
    monkeypatch.setattr(wh, "replace_tags", real)
    third = pipeline([str(SAMPLES)], warehouse_path=str(path), batch_size=3)
    con = wh.connect(path, read_only=True)
    runs = con.execute("select status, n_retagged from runs order by started_at").fetchall()
    con.close()
    assert runs == [("ok", 0), ("failed", 3), ("ok", 4)]
    assert third["n_retagged"] == 4


def test_a_topic_dropped_from_the_file_leaves_even_a_document_that_fails_to_retag(tmp_path, use_topics, monkeypatch):
    raws = corpus()
    path = tmp_path / "w.duckdb"
    load(path, raws)
    before = tag_tables(path)
    seed = "000_eb16c50bc39dc6b8"
    assert any(r[:2] == (seed, "peak_season") for r in before["document_topics"])
    text = BUNDLED.read_text(encoding="utf-8")
    start = text.index("[topics.peak_season]")
    end = re.compile(r"^\[topics\.(?!peak_season\b)", re.MULTILINE).search(text, start).start()  # the next topic
    dropped = tmp_path / "dropped.toml"
    dropped.write_text(text[:start] + text[end:], encoding="utf-8")
    use_topics(dropped)
    _topics_fail_on(monkeypatch, before, seed)
    report = retag(wh.connect(path), batch_size=2)
    assert [f["doc_id"] for f in report.failed] == [seed]
    after = tag_tables(path)
    assert not [r for r in after["document_topics"] if r[1] == "peak_season"]
    assert not [r for r in after["topic_hits"] if r[1] == "peak_season"]
    # its other old tags stay, as the failure rule says
    kept = [r for r in before["document_topics"] if r[0] == seed and r[1] != "peak_season"]
    assert kept and [r for r in after["document_topics"] if r[0] == seed] == kept


def test_a_full_retag_that_changes_no_event_date_leaves_the_clusters_alone(tmp_path, monkeypatch):
    """The clusters depend on the stored fingerprints and event dates only: new rules in code that
    give every document its old event date owe no clustering (about 15 s at 240,000 documents)."""
    raws = corpus()
    path = tmp_path / "w.duckdb"
    load(path, raws)
    before = tag_tables(path)["documents"]
    monkeypatch.setattr(versions, "TAGS_VERSION", "tags-test")
    calls = []
    monkeypatch.setattr(wh, "recluster", lambda *a, **k: calls.append(1) or 0)

    report = retag(wh.connect(path), batch_size=3)

    assert report.n_full == len(before) and report.n_cluster_changes == 0
    assert calls == []
    after = tag_tables(path)["documents"]
    assert [r[:7] + r[8:] for r in after] == [r[:7] + r[8:] for r in before], "only rules_version changed"


def test_a_retag_owes_the_clusters_only_where_an_event_date_changed(tmp_path):
    raws = corpus()
    path = tmp_path / "w.duckdb"
    load(path, raws)
    con = wh.connect(path)
    ((doc_id, event_date),) = con.execute("select doc_id, event_date from documents order by doc_id limit 1").fetchall()
    same = pl.DataFrame({"doc_id": [doc_id], "event_date": [event_date]})
    assert wh.replace_tags(con, {}, same) == 0
    assert wh.owed_work(con, wh.RECLUSTER) is None
    other = pl.DataFrame({"doc_id": [doc_id], "event_date": ["1999"]})
    assert wh.replace_tags(con, {}, other) == 1
    assert wh.owed_work(con, wh.RECLUSTER) == "a re-tag changed the event date of 1 documents"
    wh.recluster(con, batch_size=4)
    assert wh.owed_work(con, wh.RECLUSTER) is None
    con.close()


def test_a_change_to_the_taggers_code_alone_re_tags_every_document(tmp_path, monkeypatch):
    """Documents loaded under other tagger code (another digest, the same TAGS_VERSION) are stale:
    a full re-tag follows the code without anyone raising the version by hand."""
    path = tmp_path / "w.duckdb"
    monkeypatch.setattr(versions, "code_digest", lambda: "000000000000")
    load(path, corpus())
    monkeypatch.undo()
    report = retag(wh.connect(path), batch_size=3, workers=0)
    assert report.n_full == len(tag_tables(path)["documents"]) > 0 and report.n_topics == 0
    assert {r[7] for r in tag_tables(path)["documents"]} == {versions.rules_version()}
