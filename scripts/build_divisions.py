"""Build ``src/policydata/resources/divisions.tsv``: China's county-level divisions (counties,
county-level cities, districts, banners) and prefecture-level ones, each with its prefecture,
province and the labels a government site of its own spells it with in its host name.

    .venv/bin/pip install --no-deps cpca==0.5.5   # not a project dependency: run by hand, output committed
    .venv/bin/python scripts/build_divisions.py > src/policydata/resources/divisions.tsv

The divisions are the administrative division codes cpca ships (``cpca/resources/adcodes.csv``,
MIT licence, from the National Bureau of Statistics' code table); the labels are the names' pinyin
(pypinyin, most common readings), without tones or separators: 柳林县 → liulin, liulinxian.
Written as a script because no library answers "which county is www.liulin.gov.cn" or "is 海盐
a county", and the taggers must not convert names to pinyin or import cpca (which pulls pandas) at
run time: the table is read as it was built. (pypinyin is already installed: the normaliser's
pinyin step uses it. cpca is only found here, not imported.)
"""

from __future__ import annotations

import csv
import re
import sys
from importlib.util import find_spec
from pathlib import Path

from pypinyin import lazy_pinyin

# What ends a division's name (longest first); the rest is the stem a host or a text may use alone.
_SUFFIX = re.compile(r"(自治县|自治旗|自治州|林区|特区|地区|县|市|区|旗|盟|州)$")
#: Rows of the code table that name no one place.
_NOT_PLACES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区"}


def _labels(name: str) -> list[str]:
    stem = _SUFFIX.sub("", name)
    syllables = lazy_pinyin(name)  # read as the whole name (朝阳区: chaoyang, not the stem's zhaoyang)
    out = ["".join(syllables)]
    if len(stem) >= 2 and stem != name and len(syllables) == len(name):
        out.insert(0, "".join(syllables[: len(stem)]))
    return [label for label in out if label.isascii() and label.isalpha()]


def main() -> None:
    # (found, not imported: importing cpca needs pandas and pyahocorasick)
    path = Path(find_spec("cpca").origin).parent / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as fh:
        rows = [(r["adcode"], r["name"]) for r in csv.DictReader(fh)]
    names = dict(rows)
    out = sys.stdout
    out.write("# China's prefecture- and county-level divisions: name, level, prefecture, province, host labels.\n")
    out.write("# Built by scripts/build_divisions.py from cpca's adcodes.csv (MIT; National Bureau of Statistics codes)\n")
    out.write("# and pypinyin. Levels: prefecture, county, county_city, district.\n")
    for code, name in sorted(rows):
        if code[2:] == "0" * 10 or name in _NOT_PLACES:
            continue  # a province (places.txt has them), or no one place
        province = names.get(code[:2] + "0" * 10, "")
        if code[4:] == "0" * 8:
            level, prefecture = "prefecture", name
        else:
            prefecture = names.get(code[:4] + "0" * 8, "")
            if prefecture in _NOT_PLACES:
                prefecture = ""  # (a county directly under its province: 济源市, 仙桃市)
            level = "county_city" if name.endswith("市") else "district" if name.endswith("区") else "county"
        out.write("\t".join((name, level, prefecture, province, ",".join(_labels(name)))) + "\n")


if __name__ == "__main__":
    main()
