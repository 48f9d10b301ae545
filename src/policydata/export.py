"""Export the warehouse to Parquet (zstd): one file per table and view, plus a data dictionary."""

from __future__ import annotations

import json
from pathlib import Path

from policydata import warehouse as wh

#: Columns too large or too internal for a research export.
SKIP_COLUMNS = {"raw_documents": {"data"}, "documents": {"fingerprint"}}


def export_parquet(warehouse_path: str | Path, out: str | Path) -> dict[str, int]:
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"{out} is a file; --out takes a folder")
    con = wh.connect(warehouse_path, read_only=True)  # a missing warehouse: an error, no folder made
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    dictionary: dict[str, list[dict]] = {}
    try:
        objects = con.execute(
            "select table_name, table_type from information_schema.tables where table_schema = 'main'"
            " order by table_name").fetchall()
        for name, kind in objects:
            cols = con.execute(
                "select column_name, data_type from information_schema.columns"
                " where table_schema = 'main' and table_name = ? order by ordinal_position", [name]).fetchall()
            keep = [c for c, _ in cols if c not in SKIP_COLUMNS.get(name, set())]
            types = dict(cols)
            # JSON columns as text: Parquet has no JSON type readers agree on (polars reads
            # DuckDB's as raw bytes); the data dictionary still says they hold JSON
            select = ", ".join(f'"{c}"::varchar as "{c}"' if types[c] == "JSON" else f'"{c}"' for c in keep)
            target = out / f"{name}.parquet"
            # DuckDB's COPY takes no bound parameter for the path: quoted as an SQL string literal
            path = target.as_posix().replace("'", "''")
            con.execute(f"copy (select {select} from \"{name}\") to '{path}'"
                        " (format parquet, compression zstd)")
            written[name] = con.execute(f'select count(*) from "{name}"').fetchall()[0][0]
            dictionary[name] = [{"column": c, "type": t} for c, t in cols if c in keep]
            dictionary[name].insert(0, {"kind": "view" if kind == "VIEW" else "table", "rows": written[name]})
    finally:
        con.close()
    (out / "data_dictionary.json").write_text(json.dumps(dictionary, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
    return written
