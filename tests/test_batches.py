"""prepare_batch pauses the cyclic garbage collector for one batch and always resumes it as it
found it; what it prepares does not depend on the pause. A batch of quarantine rows only is
prepared without the taggers. A loaded batch released frees its frames at once, even while a
reference cycle (as Prefect's future and state make) still holds the batch."""

from __future__ import annotations

import ast
import gc
import os
import subprocess
import sys
import textwrap
import weakref

import pytest

from policydata import batches
from policydata.batches import Batch, collector_paused, prepare_batch
from policydata.records import RawDocument

TEXT = "11月9日,交通运输部部长李小鹏到国家邮政局调研。他强调,要做好快递包装绿色治理和安全监管工作。"


def _batch() -> Batch:
    raw = RawDocument(doc_id="d1", raw_id="r1", source="test", kind="jsonl", data=TEXT.encode("utf-8"),
                      read_at="2026-01-01T00:00:00+00:00", url=None, title=None, published="2024-05-01")
    return Batch(number=0, raws=[raw], n_read=1)


@pytest.fixture()
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_collector_paused_inside_and_resumed_after(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_resumed_after_an_error(collector_on):
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_prepare_batch_pauses_the_collector_and_prepares_the_same(collector_on, monkeypatch):
    seen = []
    real = batches._prepare_batch

    def spy(batch, *, run_id):
        seen.append(gc.isenabled())
        return real(batch, run_id=run_id)

    expected = real(_batch(), run_id="t")
    monkeypatch.setattr(batches, "_prepare_batch", spy)
    got = prepare_batch(_batch(), run_id="t")
    assert seen == [False] and gc.isenabled()
    docs, want = got.frames["documents"], expected.frames["documents"]
    assert docs.drop("loaded_at").equals(want.drop("loaded_at"))
    assert got.fingerprints == expected.fingerprints and got.event_dates == expected.event_dates
    for name in ("document_speakers", "document_topics", "keywords"):
        assert got.frames[name].equals(expected.frames[name]), name
    assert got.frames["document_topics"].height >= 1


def test_a_batch_of_quarantine_rows_only_needs_no_tagger():
    # the flow prepares such a batch in its own process (a re-run over unchanged input whose only
    # work is re-quarantining unreadable records starts no worker): it must not load the taggers
    script = textwrap.dedent("""
        import sys
        from policydata.batches import Batch, prepare_batch
        from policydata.records import Quarantined
        bad = Quarantined(source="in.jsonl#3", reason="invalid_json", raw_id="abc", detail="not JSON")
        prepared = prepare_batch(Batch(number=4, quarantined=[bad], n_read=2, n_skipped=2), run_id="r1")
        heights = {name: frame.height for name, frame in prepared.frames.items()}
        loaded = sorted(m for m in sys.modules if m.startswith(("policydata.tag", "policydata.dedupe", "jieba")))
        print(repr((heights, prepared.number, prepared.n_read, prepared.n_skipped, prepared.fingerprints, loaded)))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    heights, number, n_read, n_skipped, prints, loaded = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert heights.pop("quarantine") == 1 and set(heights.values()) == {0}
    assert (number, n_read, n_skipped, prints) == (4, 2, 2, {})
    assert loaded == []


def test_a_rerun_skips_what_is_loaded_or_quarantined_for_its_content(tmp_path):
    from policydata.batches import iter_batches
    from policydata.sources.files import read_inputs

    (tmp_path / "a_story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b_credit.txt").write_text("【责任编辑：张三】\n", encoding="utf-8")
    (tmp_path / "c_credit_again.txt").write_text("【责任编辑：张三】\n", encoding="utf-8")
    raws = {r.source.rsplit("/", 1)[-1]: r for r in read_inputs([tmp_path])}
    story, credit, again = raws["a_story.txt"], raws["b_credit.txt"], raws["c_credit_again.txt"]
    assert credit.raw_id == again.raw_id  # the same bytes in another place
    (batch,) = iter_batches([tmp_path], known={story.doc_id: story.raw_id},
                            settled={(credit.source, credit.raw_id)})
    # loaded and settled inputs are skipped; the same content elsewhere is read for its own row
    assert [r.source for r in batch.raws] == [again.source]
    assert (batch.n_read, batch.n_skipped) == (3, 2)
    (fresh,) = iter_batches([tmp_path])
    assert (len(fresh.raws), fresh.n_skipped) == (3, 0)


def test_a_bad_json_lines_line_moved_by_an_inserted_line_is_not_quarantined_again(tmp_path):
    from policydata.batches import iter_batches
    from policydata.records import settled_key

    path = tmp_path / "feed.jsonl"
    good, bad = '{"id": "a", "text": "交通运输部召开会议。"}\n', "{not json\n"
    path.write_text(good + bad, encoding="utf-8")
    (first,) = iter_batches([path])
    (q,) = first.quarantined
    assert q.source.endswith("feed.jsonl#2")
    path.write_text('{"id": "new", "text": "国家邮政局召开会议。"}\n' + good + bad, encoding="utf-8")
    (again,) = iter_batches([path], known={"a": first.raws[0].raw_id}, settled={settled_key(q.source, q.raw_id)})
    assert [r.doc_id for r in again.raws] == ["new"] and again.quarantined == []
    assert (again.n_read, again.n_skipped) == (3, 2)
    # a .txt file's name may hold a #: only a JSON Lines line loses its number
    assert settled_key("/x/a#1.txt", "h") == ("/x/a#1.txt", "h")
    assert settled_key("/x/f.jsonl#12", "h") == ("/x/f.jsonl", "h")


_ORPHAN_SCRIPT = """
import os, sys, time
from policydata.batches import worker_pool
if __name__ == "__main__":
    pool = worker_pool(1)
    print(pool.submit(os.getpid).result(), flush=True)
    time.sleep(120)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs Linux /proc to see the worker")
def test_a_worker_ends_when_the_process_that_started_it_is_killed(tmp_path):
    import signal
    import time

    script = tmp_path / "start_pool.py"
    script.write_text(_ORPHAN_SCRIPT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    worker = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(worker):
        time.sleep(0.2)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_release_frees_a_batch_held_in_a_cycle_without_a_collection():
    prepared = prepare_batch(_batch(), run_id="r1")
    frame = weakref.ref(prepared.frames["documents"])
    assert prepared.fingerprints and prepared.event_dates
    holder: dict = {}
    holder["self"], holder["result"] = holder, prepared  # a cycle, as a Prefect future and its state
    was = gc.isenabled()
    gc.disable()
    try:
        del prepared
        assert frame() is not None  # the cycle keeps the whole batch alive
        holder["result"].release()
        assert frame() is None  # freed by reference counting, no collection needed
        assert (holder["result"].frames, holder["result"].fingerprints, holder["result"].event_dates) == ({}, {}, {})
    finally:
        if was:
            gc.enable()
