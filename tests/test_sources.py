"""Ingest: files, folders and JSON Lines become raw documents or quarantine rows, never nothing."""

from __future__ import annotations

import codecs
import json

from policydata.records import Quarantined, RawDocument
from policydata.sources.files import content_hash, read_inputs


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("第二篇", encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>第一篇</p></body></html>", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    # a page is named by its path inside the folder given: two index.html are two documents
    assert [i.doc_id for i in items] == ["a", "b/two"]
    assert [i.kind for i in items] == ["html", "txt"]
    (item,) = read_inputs([tmp_path / "b" / "two.txt"])  # a file given on its own: its stem
    assert item.doc_id == "two"


def test_raw_id_is_the_content_hash(tmp_path):
    data = "交通运输部".encode("gb18030")
    (tmp_path / "x.txt").write_bytes(data)
    (item,) = read_inputs([tmp_path / "x.txt"])
    assert item.raw_id == content_hash(data) and item.data == data


def test_jsonl_records_keep_their_ids_and_fields(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "p1", "text": "正文", "url": "http://x/1", "title": "标题",
                                "published": "2020-01-02"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (item,) = read_inputs([path])
    assert isinstance(item, RawDocument)
    assert (item.doc_id, item.url, item.title, item.published) == ("p1", "http://x/1", "标题", "2020-01-02")
    assert item.data.decode("utf-8") == "正文"


def test_bad_inputs_are_quarantined_with_reasons(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "好"}\n{not json\n[1, 2]\n{"id": "e", "text": "  "}\n\n',
                    encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = list(read_inputs([path, tmp_path / "image.png", tmp_path / "missing.txt"]))
    reasons = [i.reason for i in items if isinstance(i, Quarantined)]
    assert reasons == ["invalid_json", "invalid_json", "no_text", "unsupported_type", "missing"]
    assert [i.doc_id for i in items if isinstance(i, RawDocument)] == ["ok"]


def test_jsonl_without_id_gets_a_stable_one(tmp_path):
    path = tmp_path / "n.jsonl"
    path.write_text('{"text": "无编号"}\n', encoding="utf-8")
    first = next(read_inputs([path]))
    second = next(read_inputs([path]))
    assert first.doc_id == second.doc_id and first.doc_id.startswith("n-")


def test_optional_fields_of_other_types_are_written_out_or_ignored_never_the_document(tmp_path):
    path = tmp_path / "t.jsonl"
    rows = [{"id": "n", "text": "交通运输部召开会议。", "title": 5, "url": 123, "published": 20191111},
            {"id": "o", "text": "国家邮政局召开会议。", "title": ["标题"], "url": {"a": 1}, "published": True}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    n, o = read_inputs([path])
    assert (n.title, n.url, n.published) == ("5", "123", "20191111")
    assert (o.title, o.url, o.published) == (None, None, None)

    from policydata.process import process_batch

    result = process_batch([n, o], with_keywords=False)
    assert [d.raw.doc_id for d in result.documents] == ["n", "o"] and result.quarantined == []
    assert result.documents[0].tags.published == "2019-11-11"


def test_hidden_folders_are_not_walked(tmp_path):
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    (tmp_path / ".git" / "objects" / "ab").write_bytes(b"\x78\x9c")
    (tmp_path / "page.txt").write_text("交通运输部召开会议。", encoding="utf-8")
    assert [i.doc_id for i in read_inputs([tmp_path])] == ["page"]


def test_a_gbk_json_lines_file_is_read_and_an_empty_one_reported(tmp_path):
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes(json.dumps({"id": "g", "text": "交通运输部召开会议。"}, ensure_ascii=False).encode("gbk") + b"\n")
    (item,) = read_inputs([gbk])
    assert isinstance(item, RawDocument) and item.data.decode("utf-8") == "交通运输部召开会议。"
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    (item,) = read_inputs([empty])
    assert isinstance(item, Quarantined) and item.reason == "no_text" and item.source == str(empty)


def test_punctuation_alone_and_a_bare_byte_order_mark_are_not_documents(tmp_path):
    from policydata.process import process_batch

    path = tmp_path / "p.jsonl"
    path.write_text('{"id": "p", "text": "。。。,,,"}\n', encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    result = process_batch(list(read_inputs([path, tmp_path / "bom.txt"])), with_keywords=False)
    assert result.documents == []
    assert [(q.reason, q.detail.split(":")[0]) for q in result.quarantined] == [
        ("empty_after_normalise", "no letter, digit or Han character left"), ("undecodable", "empty")]


def test_sources_are_absolute_however_the_path_was_written(tmp_path, monkeypatch):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("正文", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (relative,) = read_inputs(["d"])
    (absolute,) = read_inputs([str(tmp_path / "d")])
    (dotted,) = read_inputs(["d/../d"])
    assert relative.source == absolute.source == dotted.source == str(tmp_path / "d" / "x.txt")
    assert relative.doc_id == absolute.doc_id == "x"
    (missing,) = read_inputs(["nothing-here"])
    assert missing.source == str(tmp_path / "nothing-here")


def test_utf16_json_lines_are_read_line_by_line(tmp_path):
    lines = [json.dumps({"id": "u1", "text": "国家邮政局局长马军胜表示,要做好旺季服务保障。"}, ensure_ascii=False),
             "not json", json.dumps({"id": "u2", "text": "交通运输部部长李小鹏指出。"}, ensure_ascii=False)]
    for codec in ("utf-16", "utf-16-be"):
        path = tmp_path / f"{codec}.jsonl"
        data = "\n".join(lines).encode(codec)
        path.write_bytes(data if codec == "utf-16" else codecs.BOM_UTF16_BE + data)
        items = list(read_inputs([path]))
        assert [getattr(i, "doc_id", None) or i.reason for i in items] == ["u1", "invalid_json", "u2"]
        assert items[0].data.decode("utf-8").startswith("国家邮政局")
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes("\n".join(lines[:1]).encode("utf-16") + b"\n\x00\x00\xd8")  # a lone surrogate
    items = list(read_inputs([broken]))
    assert items[-1].reason == "undecodable"


def test_what_a_folder_holds_besides_files_is_quarantined_not_passed_over(tmp_path):
    import os

    (tmp_path / "ok.txt").write_text("交通运输部召开会议。", encoding="utf-8")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    os.symlink(tmp_path / "loop_b.txt", tmp_path / "loop_a.txt")
    os.symlink(tmp_path / "loop_a.txt", tmp_path / "loop_b.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "in.txt").write_text("国家邮政局召开会议。", encoding="utf-8")
    os.symlink(tmp_path / "real", tmp_path / "linked")
    items = list(read_inputs([tmp_path]))
    assert [i.doc_id for i in items if isinstance(i, RawDocument)] == ["ok", "real/in"]
    bad = {i.source.rsplit("/", 1)[1]: (i.reason, i.detail) for i in items if isinstance(i, Quarantined)}
    assert bad["dangling.txt"][0] == "unreadable" and "broken symbolic link" in bad["dangling.txt"][1]
    assert bad["loop_a.txt"] == ("unreadable", "symbolic link loop")
    assert bad["pipe.txt"] == ("unreadable", "not a regular file (named pipe)")
    assert bad["linked"][0] == "unsupported_type"
    # a pipe given on its own is no missing path
    (pipe,) = read_inputs([tmp_path / "pipe.txt"])
    assert (pipe.reason, pipe.detail) == ("unreadable", "not a regular file (named pipe)")


def test_a_json_lines_file_that_fails_to_read_is_quarantined_and_the_run_goes_on(tmp_path, monkeypatch):
    from policydata.sources import files

    bad = tmp_path / "a.jsonl"
    bad.write_text('{"id": "one", "text": "第一篇"}\n{"id": "two", "text": "第二篇"}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("交通运输部召开会议。", encoding="utf-8")
    real_lines = files._lines

    def failing(handle):
        for k, line in enumerate(real_lines(handle)):
            if k == 1:
                raise OSError(5, "Input/output error")
            yield line

    monkeypatch.setattr(files, "_lines", failing)
    items = list(read_inputs([tmp_path]))
    assert [i.doc_id for i in items if isinstance(i, RawDocument)] == ["one", "b"]
    (q,) = [i for i in items if isinstance(i, Quarantined)]
    assert q.reason == "unreadable" and q.source == str(bad) and "from line 2 on" in q.detail


def test_a_binary_json_lines_file_is_one_row_and_utf16_without_a_mark_is_read(tmp_path):
    import random

    (tmp_path / "noise.jsonl").write_bytes(random.Random(1).randbytes(3000))
    line = json.dumps({"id": "u", "text": "国务院总理李强主持召开国务院常务会议,研究部署安全生产工作。" * 3},
                      ensure_ascii=False) + "\n"  # Chinese: few NUL bytes, many control-range bytes
    (tmp_path / "le.jsonl").write_bytes(line.encode("utf-16-le"))
    (tmp_path / "be.jsonl").write_bytes(line.replace('"u"', '"b"').encode("utf-16-be"))
    items = list(read_inputs([tmp_path]))
    assert sorted(i.doc_id for i in items if isinstance(i, RawDocument)) == ["b", "u"]
    (bad,) = [i for i in items if isinstance(i, Quarantined)]
    assert bad.reason == "undecodable" and bad.detail.startswith("binary:") and bad.source.endswith("noise.jsonl")
