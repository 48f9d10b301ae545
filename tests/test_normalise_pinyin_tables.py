"""The pinyin check loads pypinyin without its phrase table; the readings it gives stay the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, sys
from policydata.normalise.pinyin import readings
from pypinyin import pinyin_dict
from pypinyin.constants import PHRASES_DICT
chars = sorted(chr(k) for k in pinyin_dict.pinyin_dict)
json.dump({"phrases": len(PHRASES_DICT), "readings": {c: sorted(readings(c)) for c in chars}}, sys.stdout)
"""


def _start(**env: str) -> subprocess.Popen:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYPINYIN_")}
    return subprocess.Popen([sys.executable, "-c", SCRIPT], env={**clean, **env}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _result(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate()
    assert proc.returncode == 0, err[-2000:]
    return json.loads(out)


def test_readings_without_the_phrase_table_equal_those_with_it() -> None:
    # both in parallel; an empty value is "not set" to pypinyin and is kept by the module's setdefault
    lean_proc, full_proc = _start(), _start(PYPINYIN_NO_PHRASES="", PYPINYIN_NO_DICT_COPY="")
    lean, full = _result(lean_proc), _result(full_proc)
    assert lean["phrases"] == 0 and full["phrases"] > 40_000  # the two really differ in what they load
    assert len(lean["readings"]) > 40_000
    assert lean["readings"] == full["readings"]
