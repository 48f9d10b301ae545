"""The rules version follows the taggers' code and tables on its own (tag/versions.py)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from policydata.tag import versions

PACKAGE = Path(versions.__file__).resolve().parents[1]


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "policydata"
    shutil.copytree(PACKAGE / "tag", root / "tag", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copytree(PACKAGE / "resources", root / "resources", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PACKAGE / "records.py", root / "records.py")
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_digest_is_the_package_s_and_has_its_shape():
    assert versions.digest_of(PACKAGE) == versions.code_digest()
    assert re.fullmatch(r"[0-9a-f]{12}", versions.code_digest())
    assert versions.rules_version().startswith(f"{versions.TAGS_VERSION}.{versions.code_digest()}+topics-")


def test_code_and_tables_change_the_digest_line_endings_do_not(tmp_path):
    root = _copy(tmp_path)
    before = versions.digest_of(root)
    # a checkout with other line endings is the same code
    speakers = root / "tag" / "speakers.py"
    speakers.write_bytes(speakers.read_bytes().replace(b"\n", b"\r\n"))
    assert versions.digest_of(root) == before
    # a rule's code, a table row, the compiled step's source, the tables' loader: each is another version
    _edit(speakers, '"国务院"', '"国务院办公厅"')
    after_code = versions.digest_of(root)
    assert after_code != before
    with (root / "resources" / "officials.csv").open("a", encoding="utf-8") as f:
        f.write("张三,局长,国家邮政局,2030,,,test row\n")
    after_table = versions.digest_of(root)
    assert after_table not in (before, after_code)
    (root / "tag" / "_tfidf.c").write_text("/* gone */\n", encoding="utf-8")
    after_c = versions.digest_of(root)
    assert after_c not in (before, after_code, after_table)
    _edit(root / "resources" / "__init__.py", "def ", "def _unused():\n    pass\n\n\ndef ")
    assert versions.digest_of(root) not in (before, after_code, after_table, after_c)


def test_a_file_missing_from_an_install_gives_a_digest_not_an_error(tmp_path):
    root = _copy(tmp_path)
    before = versions.digest_of(root)
    (root / "tag" / "_tfidf.c").unlink()
    assert versions.digest_of(root) != before


def test_the_topic_file_is_not_part_of_the_code_digest(tmp_path):
    # a topic file edit re-tags the topics alone: it changes what follows "+topics-", not the digest
    root = _copy(tmp_path)
    before = versions.digest_of(root)
    with (root / "resources" / "topics.toml").open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    assert versions.digest_of(root) == before
