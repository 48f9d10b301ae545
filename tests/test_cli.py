"""The CLI commands users and evaluation scripts call: output formats are a contract."""

from __future__ import annotations

import json

from conftest import SAMPLES, SEED
from typer.testing import CliRunner

from flows.serve import DEPLOYMENT_NAME, SCHEDULE, deployment_parameters
from policydata.cli import app

runner = CliRunner()


def test_extract_writes_one_line_per_document_with_the_contract_fields(tmp_path):
    out = tmp_path / "x.jsonl"
    result = runner.invoke(app, ["extract", str(SAMPLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"id", "source", "url", "title", "published", "body", "text", "removed"} <= set(rows[0])
    seed = next(r for r in rows if r["id"] == SEED.stem)
    assert "調(diào)" in seed["body"] and "调研" in seed["text"]
    assert any(r["kind"] for r in seed["removed"])
    assert "quarantined" in result.output  # the broken JSON line is reported, not dropped
    ids = {r["id"] for r in rows}
    assert "sample-jsonl-001" in ids and "sample-jsonl-004" not in ids


def test_tag_writes_gold_format_records(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8")},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "t.jsonl"
    result = runner.invoke(app, ["tag", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"id", "speakers", "others", "event_date", "event_date_basis", "published", "topics"} <= set(record)
    assert record["id"] == "seed"
    assert {"name": "李小鹏", "title": "部长", "org": "交通运输部"} in record["speakers"]
    assert all(e["term"] in e["sentence"] for e in record["topic_evidence"])


def test_eval_json_is_one_line_with_the_headline_figures(tmp_path):
    corpus = tmp_path / "c.jsonl"
    gold = tmp_path / "g.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8")},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    gold.write_text(json.dumps({"id": "seed", "speakers": [{"name": "李小鹏", "title": "部长", "org": "交通运输部"}],
                                "others": [], "event_date": "2017-11-09", "event_date_basis": "context",
                                "published": None, "topics": ["peak_season"]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["eval", "--corpus", str(corpus), "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["speakers_f1"] == 1.0 and figures["event_date_accuracy"] == 1.0
    assert figures["topics_recall"] == 1.0 and figures["topics_precision"] < 1.0


def test_query_refuses_writes_and_reports_errors(tmp_path):
    from policydata import warehouse as wh

    path = tmp_path / "w.duckdb"
    wh.connect(path).close()
    ok = runner.invoke(app, ["query", "select count(*) as n from documents", "--warehouse", str(path)])
    assert ok.exit_code == 0 and "0" in ok.output
    bad = runner.invoke(app, ["query", "delete from documents", "--warehouse", str(path)])
    assert bad.exit_code == 1
    missing = runner.invoke(app, ["query", "select 1", "--warehouse", str(tmp_path / "none.duckdb")])
    assert missing.exit_code != 0


def test_the_schedule_is_daily_in_beijing_time():
    assert DEPLOYMENT_NAME == "policydata-daily"
    assert SCHEDULE.cron == "0 6 * * *" and SCHEDULE.timezone == "Asia/Shanghai"
    params = deployment_parameters({"POLICYDATA_INPUTS": "a:b", "POLICYDATA_WAREHOUSE": "w.duckdb"})
    assert params == {"paths": ["a", "b"], "warehouse_path": "w.duckdb"}
    assert deployment_parameters({})["paths"] == ["samples"]


def test_extract_on_the_dev_pages_leaves_no_artifacts(tmp_path):
    """The issue's check, through the command itself: counts printed, all zero."""
    import re

    from conftest import shared_file

    from policydata.normalise import script, spam

    corpus = shared_file("corpus", "pages_dev.jsonl")
    out = tmp_path / "x.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
    annotation = re.compile(rf"\([a-zü{toned}]*[{toned}][a-zü{toned}]*\)")
    footer = re.compile(r"ICP|公网安备|版权所有|copyright", re.IGNORECASE)
    trad, strong = script.traditional_chars(), spam._strong_re()
    counts = {
        "documents": len(texts),
        "pinyin_annotations": sum(len(annotation.findall(t)) for t in texts),
        "traditional_only_chars": sum(sum(ch in trad for ch in t) for t in texts),
        "footer_lines": sum(len(footer.findall(t)) for t in texts),
        "spam_strings": sum(len(strong.findall(t)) for t in texts),
    }
    print("extract pages_dev:", counts)
    assert counts["documents"] == 120
    assert {k: v for k, v in counts.items() if k != "documents"} == dict.fromkeys(
        ["pinyin_annotations", "traditional_only_chars", "footer_lines", "spam_strings"], 0)


def test_missing_inputs_and_bad_options_are_refused_before_any_work(tmp_path):
    missing = str(tmp_path / "nope")
    for args in (["run", missing, "--warehouse", str(tmp_path / "w.duckdb")],
                 ["extract", missing, "--out", "-"],
                 ["tag", "--corpus", missing, "--out", str(tmp_path / "t.jsonl")],
                 ["eval", "--corpus", missing, "--gold", missing],
                 ["eval-html", "--index", missing],
                 ["run", str(SAMPLES), "--batch-size", "0"],
                 ["query", "select 1", "--limit", "0"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
    assert not (tmp_path / "t.jsonl").exists() and not (tmp_path / "w.duckdb").exists()


def test_eval_refuses_a_corpus_none_of_whose_ids_the_gold_holds(tmp_path):
    corpus, gold = tmp_path / "c.jsonl", tmp_path / "g.jsonl"
    corpus.write_text('{"id": "a", "text": "交通运输部部长李小鹏表示,要加快建设交通强国。"}\n', encoding="utf-8")
    gold.write_text('{"id": "b", "speakers": [], "topics": []}\n', encoding="utf-8")
    result = runner.invoke(app, ["eval", "--corpus", str(corpus), "--gold", str(gold), "--json"])
    assert result.exit_code == 1 and "nothing to score" in result.output


def _cli(*args: str, cwd=None):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "policydata.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120, check=False)


def test_errors_a_user_can_act_on_are_one_line_not_a_traceback(tmp_path):
    missing = str(tmp_path / "none.duckdb")
    for args in (["query", "select 1", "--warehouse", missing],
                 ["export", "parquet", "--out", str(tmp_path / "out"), "--warehouse", missing]):
        done = _cli(*args)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists(), "no export folder for a warehouse that is not there"


def test_query_says_when_rows_were_cut_and_refuses_empty_sql(tmp_path):
    from policydata import warehouse as wh

    path = tmp_path / "w.duckdb"
    wh.connect(path).close()
    result = runner.invoke(app, ["query", "select * from range(5)", "--warehouse", str(path), "--limit", "2"])
    assert result.exit_code == 0 and "first 2 rows shown" in result.output
    assert runner.invoke(app, ["query", "  ", "--warehouse", str(path)]).exit_code == 2


def test_export_into_a_path_with_a_quote(tmp_path):
    from policydata import warehouse as wh
    from policydata.export import export_parquet

    path = tmp_path / "w.duckdb"
    wh.connect(path).close()
    written = export_parquet(path, tmp_path / "o'b")
    assert "documents" in written and (tmp_path / "o'b" / "documents.parquet").exists()


def test_query_shows_values_as_stored_not_as_markup(tmp_path):
    from policydata import warehouse as wh

    path = tmp_path / "w.duckdb"
    wh.connect(path).close()
    result = runner.invoke(app, ["query", "select '[red]危险[/red]' as x, '[/]' as y", "--warehouse", str(path)])
    assert result.exit_code == 0, result.output
    assert "[red]危险[/red]" in result.output and "[/]" in result.output


def test_eval_errors_are_one_json_object_per_line_whatever_the_width(tmp_path):
    corpus = tmp_path / "c.jsonl"
    gold = tmp_path / "g.jsonl"
    text = "国家邮政局局长马军胜表示,要全力做好旺季服务保障工作,确保快件不积压。" * 3
    corpus.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    gold.write_text(json.dumps({"id": "a", "speakers": [{"name": "某某某某某某", "title": None, "org": None}],
                                "others": [], "event_date": "2017-11-09", "event_date_basis": "context",
                                "published": None, "topics": ["green_packaging", "international"]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--corpus", str(corpus), "--gold", str(gold), "--errors"],
                           env={"COLUMNS": "40"})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines and all(json.loads(line)["id"] == "a" for line in lines)


def test_a_bad_topic_file_is_one_error_before_any_work(tmp_path):
    import os
    import subprocess
    import sys

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "要守牢安全底线。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    cases = {
        'version = "x"\n[topics.a]\nname_zh = "甲"\ncap_code = 1\ncap_label = "L"\nstrong = "安全生产"\n':
            "must be a list",
        'version = "x"\n[topics.a]\nname_zh = "甲"\ncap_code = 1\ncap_label = "L"\nstorng = ["安全生产"]\n':
            "unknown key 'storng'",
        'version = "x"\n[topics.a]\nname_zh = "甲"\ncap_label = "L"\nstrong = ["安全生产"]\n': "no cap_code",
        'version = "x"\n[topics.a]\nname_zh = "甲"\ncap_code = 1\ncap_label = "L"\nstrong = ["安全"]\n'
        '[[topics.a.upgrade]]\nterm = "安全"\nweight = "huge"\nclause_before = ["守"]\n': "must be one of",
        'version = "x"\n[topics.a]\nname_zh = "甲"\ncap_code = 1\ncap_label = "L"\nweak = ["安全"]\n'
        '[[topics.a.upgrade]]\nterm = "安全"\nweight = "strong"\n': "needs clause_before or clause_after",
    }
    for n, (toml, message) in enumerate(cases.items()):
        topic_file = tmp_path / f"t{n}.toml"
        topic_file.write_text(toml, encoding="utf-8")
        env = dict(os.environ, POLICYDATA_TOPICS=str(topic_file))
        for args in (["tag", "--corpus", str(corpus), "--out", str(tmp_path / "o.jsonl")],
                     ["run", str(corpus), "--warehouse", str(tmp_path / f"w{n}.duckdb")]):
            done = subprocess.run([sys.executable, "-m", "policydata.cli", *args], capture_output=True, text=True,
                                  env=env, timeout=120, check=False)
            assert done.returncode == 1, (args, done.stdout, done.stderr)
            assert done.stderr.startswith("error: ") and message in done.stderr and "Traceback" not in done.stderr


def test_tag_refuses_to_write_over_its_corpus_and_run_needs_inputs(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "正文"}, ensure_ascii=False) + "\n", encoding="utf-8")
    before = corpus.read_bytes()
    assert runner.invoke(app, ["tag", "--corpus", str(corpus), "--out", str(corpus)]).exit_code == 2
    assert corpus.read_bytes() == before
    done = _cli("run", "--warehouse", str(tmp_path / "w.duckdb"), cwd=tmp_path)  # no samples/ folder here
    assert done.returncode == 2 and "no inputs given" in done.stderr


def test_query_touches_no_other_file_takes_one_statement_and_shows_null(tmp_path):
    from policydata import warehouse as wh

    path = tmp_path / "w.duckdb"
    wh.connect(path).close()
    out = tmp_path / "out.csv"
    copied = runner.invoke(app, ["query", f"copy (select 1) to '{out}'", "--warehouse", str(path)])
    assert copied.exit_code == 1 and not out.exists()
    two = runner.invoke(app, ["query", "select 1; select 2", "--warehouse", str(path)])
    assert two.exit_code == 2 and "one SQL statement" in two.output
    shown = runner.invoke(app, ["query", "select null::varchar as a, '' as b", "--warehouse", str(path)])
    assert shown.exit_code == 0 and "NULL" in shown.output


def test_the_summary_names_each_speaker_with_the_title_written_most_often(tmp_path):
    from policydata import warehouse as wh
    from policydata.cli import console, print_summary
    from policydata.frames import frame

    path = tmp_path / "w.duckdb"
    con = wh.connect(path)
    rows = [{"doc_id": f"d{i}", "speaker_id": f"s{i}", "name": "李登辉", "title": "总统", "org": org,
             "role": "speaker", "org_id": None, "method": "title_pattern", "evidence": "",
             "start_offset": 0, "end_offset": 1}
            for i, org in enumerate([None, None, "中华民国"])]
    con.register("df", frame("document_speakers", rows).to_arrow())
    con.execute("insert into document_speakers by name select * from df")
    con.close()
    with console.capture() as captured:
        print_summary(path)
    assert "李登辉 (总统, -) ×3" in captured.get()
