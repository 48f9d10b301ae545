"""The benchmark scripts run end to end on a small corpus and report what they promise.

They measure nothing here (speed is never asserted in tests: these machines are shared and noisy);
these tests keep the scripts working and their JSON complete as the library changes. The flow part
of throughput.py is left out (the flow itself is tested end to end in test_flow_e2e.py); the sampler
that measures its memory and CPU per process is tested on a small process tree of its own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import keywords_step
import loading
import pathological
import retag
import stages
import throughput

PLACES = ["国家邮政局", "交通运输部", "生态环境部", "商务部"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Twelve distinct short reports, in the shape of the CCTV corpus (id, date, title, text)."""
    path = tmp_path_factory.mktemp("bench") / "corpus.jsonl"
    rows = []
    for i in range(12):
        place = PLACES[i % len(PLACES)]
        text = (f"{i % 12 + 1}月{i + 3}日,交通运输部部长李小鹏到{place}调研,察看快递包装绿色转型情况。"
                f"他强调,要压实安全生产责任,做好旺季寄递服务保障,第{i + 2}批试点单位要加快推进。"
                f"全年快递业务量完成{100 + i}亿件,同比增长{i + 5}%。")
        rows.append({"id": f"story-{i}", "date": f"2024-{i % 12 + 1:02d}-{i + 3:02d}", "title": f"调研{place}",
                     "text": text})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_stages_lists_every_stage_and_the_budget_for_8x(corpus: Path, capsys):
    out = stages.main(["--corpus", str(corpus), "--limit", "10", "--json"])
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1]) == out
    assert out["documents"] == 10
    names = {s["stage"] for s in out["stages"]}
    assert {"normalise", "speakers", "topics", "event date", "keywords (segmentation + TF-IDF)",
            "segmentation alone (part of keywords)", "fingerprint (flow only)"} <= names
    assert out["budget_for_8x_ms_per_doc"] == pytest.approx(out["baseline_ms_per_doc"] / 8, abs=1e-3)
    # the library's total counts each stage once: segmentation is inside keywords, the fingerprint is the flow's
    inside = [s for s in out["stages"] if s["stage"] not in {"segmentation alone (part of keywords)",
                                                            "fingerprint (flow only)"}]
    assert sum(s["ms_per_doc"] for s in inside) == pytest.approx(out["library_ms_per_doc"], rel=0.01)


def test_keywords_step_times_both_paths_in_turns_and_finds_them_equal(corpus: Path, capsys):
    from policydata.tag import keywords

    if keywords._top_weighted is None:
        pytest.skip("policydata.tag._tfidf is not built: there is no compiled path to time")
    compiled = keywords._top_weighted
    out = keywords_step.main(["--corpus", str(corpus), "--limit", "12", "--batch", "5", "--json"])
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1]) == out
    assert out["documents"] == 12 and out["same_keywords"] is True
    assert out["compiled_ms_per_doc"] > 0 and out["python_ms_per_doc"] > 0
    assert keywords._top_weighted is compiled  # put back


def test_loading_loads_every_copy_once_and_reports_the_closing(corpus: Path):
    out = loading.main(["--corpus", str(corpus), "--repeat", "3", "--batch-size", "5", "--json"])
    assert out["documents_loaded"] == out["documents_in_warehouse"] == 36
    assert [c["loaded"] for c in out["copies"]] == [12, 12, 12]
    assert set(out["closing"]) == {"seconds", "cpu_seconds"}
    assert out["writing_cpu_seconds"] == pytest.approx(out["cpu_seconds"] - out["clustering_cpu_seconds"], abs=0.02)


def test_throughput_reports_baseline_and_library_ratios(corpus: Path):
    out = throughput.main(["--corpus", str(corpus), "--skip-flow", "--json"])
    assert out["documents"] == 12
    assert out["baseline"]["docs_per_s"] > 0 and out["library"]["docs_per_s"] > 0
    # seconds are rounded to 0.01 in the output; documents per second keep the ratio
    ratio = out["library"]["docs_per_s"] / out["baseline"]["docs_per_s"]
    assert out["library_over_baseline"] == pytest.approx(ratio, rel=0.02)
    assert out["slices"] == len(out["library_over_baseline_by_slice"]) == 1  # 12 stories: one batch
    assert "flow" not in out


def test_slices_are_whole_batches_that_cover_the_corpus():
    assert throughput.slice_bounds(24102, 16) == [(i, min(i + 2000, 24102)) for i in range(0, 24102, 2000)]
    assert throughput.slice_bounds(24102, 8) == [
        (0, 4000), (4000, 6000), (6000, 10000), (10000, 12000), (12000, 16000), (16000, 20000),
        (20000, 22000), (22000, 24102)]
    assert throughput.slice_bounds(12, 8) == [(0, 12)]
    assert throughput.slice_bounds(12, 8, batch=5) == [(0, 5), (5, 10), (10, 12)]
    assert throughput.slice_bounds(10, 1, batch=5) == [(0, 10)]
    assert throughput.slice_bounds(0, 8) == [(0, 0)]


def test_phases_take_turns_over_slices_in_processes_of_their_own(corpus: Path, monkeypatch):
    # three slices of the twelve stories; each served phase times exactly the slice it is sent
    monkeypatch.setattr(throughput, "slice_bounds", lambda n, slices: [(0, 5), (5, 10), (10, n)])
    base_s, lib_s, ratios = throughput.interleaved(corpus, None, 12, 3)
    assert base_s > 0 and lib_s > 0 and len(ratios) == 3 and all(r > 0 for r in ratios)
    # a served phase reports how many documents it went through: a slice it did not finish is an error
    with throughput.PhaseProcess("library", corpus, None) as lib:
        assert lib.run(3, 12) >= 0
        with pytest.raises(RuntimeError, match="went through 2 of documents 10 to 14"):
            lib.run(10, 14)  # only 12 stories: two are left from 10


def test_a_failing_phase_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")  # no text: the phase cannot even start
    with pytest.raises(RuntimeError, match="baseline phase failed"):
        throughput.PhaseProcess("baseline", bad, None)


def test_a_missing_corpus_is_a_clear_error(tmp_path: Path, capsys):
    for script in (stages, loading, throughput, keywords_step, retag):
        with pytest.raises(SystemExit):
            script.main(["--corpus", str(tmp_path / "nope.jsonl")])
        assert "corpus not found" in capsys.readouterr().err


def test_retag_rebuilds_every_copy_in_a_process_of_its_own(corpus: Path, capsys):
    out = retag.main(["--corpus", str(corpus), "--limit", "8", "--repeat", "2", "--full", "--json"])
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1]) == out
    assert out["documents_loaded"] == 16
    for name in ("topics", "full"):
        run = out[f"retag_{name}"]
        assert run["report"]["n_retagged"] == 16 and run["report"]["n_failed"] == 0
        assert run["seconds"] > 0 and run["cpu_seconds"] > 0 and 0 < run["peak_rss_gib_command_process"] <= run["peak_rss_gib"] < 4
        assert out[f"{name}_over_baseline"] == pytest.approx(out["baseline"]["seconds"] / run["seconds"], rel=0.02, abs=0.01)
    assert out["retag_topics"]["report"]["n_topics"] == 16 and out["retag_full"]["report"]["n_full"] == 16


BURN = """
import multiprocessing, time

def burn():
    start = time.process_time()
    while time.process_time() - start < 0.8:
        pass

if __name__ == "__main__":
    worker = multiprocessing.get_context("spawn").Process(target=burn)
    worker.start()
    burn()
    worker.join()
"""


def test_process_tree_splits_the_cpu_time_of_a_flow_by_process(tmp_path: Path):
    """The sampler behind throughput.py's ``flow.cpu_seconds``: a parent and its spawned worker each
    burn 0.8 s of CPU; each is found under its role (a process sampled every 0.05 s loses at most
    that much at its end) and the total is their sum."""
    import subprocess

    script = tmp_path / "burn.py"
    script.write_text(BURN, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)])
    with throughput.ProcessTree(proc.pid, every=0.05) as tree:
        assert proc.wait(timeout=120) == 0
    cpu = tree.cpu_by_role()
    assert set(cpu) == {"flow_process", "workers", "prefect_server", "other", "total"}
    assert cpu["flow_process"] >= 0.6 and cpu["workers"] >= 0.6
    assert cpu["prefect_server"] == 0.0
    assert cpu["total"] == pytest.approx(sum(v for k, v in cpu.items() if k != "total"), abs=0.02)
    assert tree.peak > 0
    # the peak's split by role: both processes were alive at the peak, and the parts add up
    assert set(tree.peak_by_role) == set(throughput.ROLES)
    assert tree.peak_by_role["flow_process"] > 0 and tree.peak_by_role["workers"] > 0
    assert sum(tree.peak_by_role.values()) == tree.peak


def test_process_tree_keeps_a_role_once_seen(monkeypatch):
    """A worker or server that is ending (a zombie shows no command line) keeps its role; a child
    first seen between fork and exec (its parent's command line) gets its role once it shows one."""
    tree = throughput.ProcessTree(1)
    seen = iter(["other", "workers", "other"])
    monkeypatch.setattr(tree, "_role_of", lambda pid: next(seen))
    for _ in range(3):
        tree._classify(4242)
        tree._cpu[4242] = 1.5
    assert tree._role[4242] == "workers"
    assert tree.cpu_by_role()["workers"] == 1.5 and tree.cpu_by_role()["other"] == 0.0


def test_pathological_inputs_report_every_case_against_real_pages(corpus: Path, capsys):
    out = pathological.main(["--corpus", str(corpus), "--kilobytes", "2", "--json"])
    assert json.loads(capsys.readouterr().out.strip()) == out
    assert {c["case"] for c in out["cases"]} >= {"staff credits closing a paragraph", "unclosed HTML comments",
                                                 "garbled marks (???a)", "HTML nested past 256 levels"}
    assert all(c["ms"] > 0 and c["per_kb_over_real_pages"] > 0 for c in out["cases"])
