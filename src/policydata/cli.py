"""The `policydata` command line: thin commands over the library.

Every command has --help with an example. Commands that use a warehouse take
``--warehouse PATH`` (default warehouse/policydata.duckdb).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from policydata.warehouse import DEFAULT_WAREHOUSE

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Chinese ministry speeches and government news → a clean, tagged DuckDB dataset.")
export_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Export the warehouse.")
app.add_typer(export_app, name="export")
console = Console()

WarehouseOpt = Annotated[Path, typer.Option("--warehouse", help="DuckDB warehouse file.")]


@app.command()
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (.txt, .html, .jsonl).",
                                                       exists=True)] = None,
    warehouse: WarehouseOpt = DEFAULT_WAREHOUSE,
    batch_size: Annotated[int, typer.Option(help="Documents per batch.", min=1)] = 2000,
    summary: Annotated[bool, typer.Option("--summary/--no-summary",
                                          help="Print a summary of the warehouse afterwards.")] = True,
    retry_quarantined: Annotated[bool, typer.Option(
        "--retry-quarantined",
        help="Read again the inputs earlier runs quarantined for their content (skipped otherwise).")] = False,
) -> None:
    """Run the Prefect pipeline flow (ingest → normalise → tag → load) into the warehouse.

    Example: policydata run samples/ --warehouse warehouse/policydata.duckdb
    """
    from flows.pipeline import pipeline
    from policydata import warehouse as wh

    # opened (and migrated) here first, so a warehouse that cannot be written (a read-only folder,
    # another process's lock) is one line of error, before any flow or worker starts
    if not paths and not Path("samples").exists():
        typer.echo("error: no inputs given, and no samples/ folder here to run on", err=True)
        raise typer.Exit(2)
    wh.connect(warehouse).close()
    _check_topic_file()
    result = pipeline([str(p) for p in (paths or [Path("samples")])], warehouse_path=str(warehouse),
                      batch_size=batch_size, retry_quarantined=retry_quarantined)
    retagged = f", re-tagged {result['n_retagged']}" if result.get("n_retagged") else ""
    console.print(f"run {result['run_id']}: read {result['n_read']}, loaded {result['n_loaded']}, "
                  f"unchanged {result['n_skipped']}, quarantined {result['n_quarantined']}{retagged}")
    if summary:
        print_summary(warehouse)


def _check_topic_file() -> None:
    """Read the topic file in use now, so a bad one is one line of error before any work."""
    from policydata.tag.topics import load_topics

    load_topics()


@app.command()
def retag(
    warehouse: WarehouseOpt = DEFAULT_WAREHOUSE,
    batch_size: Annotated[int, typer.Option(help="Documents per batch (one transaction each).", min=1)] = 2000,
    workers: Annotated[int, typer.Option(help="Worker processes that tag (0: tag in this process).", min=0)] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
) -> None:
    """Re-tag the warehouse's documents tagged under other rules or another topic file.

    After an edit of the topic file (the bundled one, or the one POLICYDATA_TOPICS names) only the
    topics are tagged again, from the stored text; after a change of the rules in code, every
    tagger runs again. The inputs are not read. `policydata run` does the same at the end of
    each run. Prints how many documents were re-tagged each way.

    Example: POLICYDATA_TOPICS=my_topics.toml policydata retag --warehouse warehouse/policydata.duckdb
    """
    from policydata import warehouse as wh
    from policydata.retag import retag as retag_stale

    if not warehouse.exists():
        typer.echo(f"error: no warehouse at {warehouse}; run `policydata run` first", err=True)
        raise typer.Exit(1)
    _check_topic_file()
    con = wh.connect(warehouse)
    try:
        report = retag_stale(con, batch_size=batch_size, workers=workers)
    finally:
        con.close()
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        console.print(f"re-tagged {report.n_retagged} documents under {report.rules_version} in "
                      f"{report.seconds:.1f} s: {report.n_topics} topics only, {report.n_full} by every tagger")
    for item in report.failed:
        typer.echo(f"not re-tagged {item['doc_id']}: {item['error']}", err=True)
    if report.failed:
        raise typer.Exit(1)


def print_summary(warehouse: Path) -> None:
    from policydata import warehouse as wh

    con = wh.connect(warehouse, read_only=True)
    try:
        counts = wh.table_counts(con)
        table = Table(title=f"warehouse {warehouse}")
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name, n in counts.items():
            table.add_row(name, str(n))
        console.print(table)
        n_docs, n_q = counts.get("documents", 0), counts.get("quarantine", 0)
        n_clusters = con.execute("select count(distinct cluster_id) from documents").fetchall()[0][0]
        console.print(f"documents loaded: {n_docs} ({n_clusters} distinct reports); quarantined: {n_q}")
        for reason, n in con.execute("select reason, count(*) from quarantine group by 1 order by 2 desc").fetchall():
            console.print(f"  quarantined for {reason}: {n}")
        # each speaker with the title and organisation written most often with the name (the same
        # every time the summary is printed)
        speakers = con.execute(
            "with said as (select * from document_speakers where role = 'speaker'),"
            " pairs as (select name, title, org, count(*) k from said group by name, title, org),"
            " usual as (select name, title, org, row_number() over (partition by name order by k desc,"
            " title nulls last, org nulls last) r from pairs),"
            " totals as (select name, count(distinct doc_id) n from said group by name)"
            " select t.name, u.title, u.org, t.n from totals t join usual u on u.name = t.name and u.r = 1"
            " order by t.n desc, t.name limit 10").fetchall()
        console.print("top speakers: " + "; ".join(f"{n} ({t or '-'}, {o or '-'}) ×{c}" for n, t, o, c in speakers))
        topics = con.execute(
            "select topic_id, count(*) n from document_topics group by 1 order by n desc, topic_id limit 10"
        ).fetchall()
        console.print("top topics: " + ", ".join(f"{t} ×{n}" for t, n in topics))
    finally:
        con.close()


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).", exists=True)],
    out: Annotated[Path, typer.Option("--out", help="JSON Lines output file ('-' for stdout).")],
) -> None:
    """Ingest and normalise only; one JSON line per document.

    Fields: id, source, url, title, published (YYYY-MM-DD), body (extracted text before normalisation),
    text (normalised), removed (what was stripped, with kind, span and reason), meta, flags.

    Example: policydata extract samples/ --out extracted.jsonl
    """
    from policydata.process import process_batch
    from policydata.sources.files import read_inputs
    from policydata.tag.dates import find_published

    n = bad = 0
    with _open_out(out) as handle:
        for chunk in _chunks(read_inputs(paths), 500):
            result = process_batch(chunk, tag=False)
            for d in result.documents:
                n += 1
                # the page's own date: given by the source or the HTML, else its stamp line or URL
                published = find_published(d.normalised.text, url=d.extracted.url, meta=d.normalised.meta,
                                           given=d.extracted.published)
                handle.write(json.dumps({
                    "id": d.raw.doc_id, "source": d.raw.source, "url": d.extracted.url,
                    "title": d.extracted.title, "published": published,
                    "body": d.extracted.body, "text": d.normalised.text,
                    "removed": [{"kind": r.kind, "start": r.start, "end": r.end, "text": r.text,
                                 "reason": r.reason, "step": r.step} for r in d.normalised.removed],
                    "meta": d.normalised.meta, "flags": d.normalised.flags, "script": d.normalised.script,
                }, ensure_ascii=False) + "\n")
            for q in result.quarantined:
                bad += 1
                typer.echo(f"quarantined {q.source}: {q.reason} ({q.detail})", err=True)
    typer.echo(f"extracted {n} documents, quarantined {bad}", err=True)


def _chunks(items, size: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _open_out:
    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        if str(self.path) == "-":
            self.handle = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.handle = self.path.open("w", encoding="utf-8")
        return self.handle

    def __exit__(self, *exc):
        if self.handle is not sys.stdout:
            self.handle.close()


def tag_corpus(corpus: Path) -> list[dict]:
    """Normalise and tag a JSON Lines corpus; one gold-format record per document."""
    from policydata.frames import gold_record
    from policydata.process import process_batch
    from policydata.sources.files import read_inputs
    from policydata.tag.topics import load_topics

    load_topics()  # a bad topic file is one error here, not a processing error on every document
    records = []
    for chunk in _chunks(read_inputs([corpus]), 500):
        result = process_batch(chunk)
        records.extend(gold_record(d.raw.doc_id, d.tags) for d in result.documents)
        for q in result.quarantined:
            typer.echo(f"quarantined {q.source}: {q.reason} ({q.detail})", err=True)
    return records


@app.command()
def tag(
    corpus: Annotated[Path, typer.Option("--corpus", help="JSON Lines corpus (id, text, url?, title?, published?).",
                                         exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option("--out", help="JSON Lines output file ('-' for stdout).")],
) -> None:
    """Normalise and tag a JSON Lines corpus without a warehouse; gold-format JSON lines out.

    Each line: id, speakers, others, event_date, event_date_basis, published, topics, plus
    event_date_precision, event_date_evidence, topic_evidence, topic_confidence, mentions, keywords.

    Example: policydata tag --corpus ../shared/corpus/pages_dev.jsonl --out tagged.jsonl
    """
    if str(out) != "-" and out.exists() and out.resolve() == corpus.resolve():
        typer.echo("error: --out is the corpus itself; choose another file", err=True)
        raise typer.Exit(2)
    records = tag_corpus(corpus)
    with _open_out(out) as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    typer.echo(f"tagged {len(records)} documents", err=True)


@app.command(name="eval")
def eval_(
    corpus: Annotated[Path, typer.Option("--corpus", help="JSON Lines corpus to tag.", exists=True, dir_okay=False)],
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSON Lines file (shared gold/GUIDE.md).",
                                       exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object (figures only).")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every disagreement.")] = False,
) -> None:
    """Tag a corpus and score it against gold: speakers, organisations, dates, topics.

    Example: policydata eval --corpus ../shared/corpus/pages_dev.jsonl --gold ../shared/gold/pages_dev.gold.jsonl --json
    """
    from policydata.evaluate import read_jsonl, score, summary_line

    predicted, gold_rows = tag_corpus(corpus), read_jsonl(gold)
    gold_ids = {g.get("id") for g in gold_rows}
    matched = len(gold_ids & {p["id"] for p in predicted})
    if not matched:
        typer.echo(f"error: no document of {corpus} has an id that {gold} holds: nothing to score", err=True)
        raise typer.Exit(1)
    if matched < len(gold_ids):
        typer.echo(f"warning: {len(gold_ids) - matched} of {len(gold_ids)} gold documents are not in {corpus}"
                   " (scored as missed)", err=True)
    result = score(predicted, gold_rows)
    if as_json:
        out = {**summary_line(result), "speakers": result["speakers"], "topics": result["topics"],
               "topics_per_topic": result["topics_per_topic"], "event_date_n": result["event_date_n"]}
        if errors:
            out["errors"] = result["errors"]
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    table = Table(title=f"eval {corpus.name} vs {gold.name} ({result['n_documents']} documents)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in summary_line(result).items():
        table.add_row(key, str(value))
    console.print(table)
    per = Table(title="topics")
    for col in ("topic", "n_gold", "precision", "recall", "f1"):
        per.add_column(col)
    for t, v in result["topics_per_topic"].items():
        per.add_row(t, str(v["n_gold"]), str(v["precision"]), str(v["recall"]), str(v["f1"]))
    console.print(per)
    if errors:
        for e in result["errors"]:  # one JSON object per line, never wrapped to the terminal's width
            typer.echo(json.dumps(e, ensure_ascii=False))


@app.command(name="eval-html")
def eval_html(
    index: Annotated[Path, typer.Option("--index", help="index.tsv of the HTML pages with gold columns.",
                                        exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Score HTML extraction: body F1 (character bigrams), title exact match, publication date.

    Example: policydata eval-html --index ../shared/corpus/html/index.tsv
    """
    from policydata.evaluate_html import evaluate_html, format_report

    result = evaluate_html(index)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        console.print(format_report(result))


#: How `query` shows a NULL: apart from an empty string, which shows as nothing.
NULL_CELL = "[dim]NULL[/dim]"


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One SQL statement to run (read-only; no other files).")],
    warehouse: WarehouseOpt = DEFAULT_WAREHOUSE,
    limit: Annotated[int, typer.Option(help="Show at most this many rows.", min=1)] = 50,
) -> None:
    """Run SQL on a read-only connection and show the result as a table.

    Example: policydata query "select * from topic_trend_monthly limit 10"
    """
    from policydata import warehouse as wh

    if not sql.strip():
        typer.echo("error: no SQL given", err=True)
        raise typer.Exit(2)
    con = wh.connect(warehouse, read_only=True, files=False)
    try:
        if len(con.extract_statements(sql)) > 1:  # DuckDB would show only the last one's rows
            typer.echo("error: give one SQL statement at a time", err=True)
            raise typer.Exit(2)
        cursor = con.execute(sql)
        if cursor.description is None:
            typer.echo("error: the statement returns no rows to show", err=True)
            raise typer.Exit(1)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchmany(limit + 1)
    except duckdb.Error as exc:  # show DuckDB's message, not a traceback
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        con.close()
    table = Table()
    for c in columns:
        table.add_column(escape(c), overflow="fold")
    for row in rows[:limit]:  # values as stored: [red] in a cell is text, not Rich markup
        table.add_row(*[NULL_CELL if v is None else escape(str(v)) for v in row])
    console.print(table)
    if len(rows) > limit:
        typer.echo(f"(first {limit} rows shown; --limit to show more)", err=True)


@app.command()
def serve() -> None:
    """Serve the daily scheduled deployment (06:00 Asia/Shanghai), defined in flows/serve.py.

    Inputs and warehouse come from POLICYDATA_INPUTS (paths separated by ':') and
    POLICYDATA_WAREHOUSE. Example: POLICYDATA_INPUTS=/data/pages policydata serve
    """
    from flows.serve import serve as serve_deployment

    serve_deployment()


@export_app.command()
def parquet(
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("export"),
    warehouse: WarehouseOpt = DEFAULT_WAREHOUSE,
) -> None:
    """Export every table and view to Parquet (zstd), with a data dictionary.

    Example: policydata export parquet --out export/
    """
    from policydata.export import export_parquet

    written = export_parquet(warehouse, out)
    for name, n in written.items():
        console.print(f"{name}: {n} rows")


#: Errors a user can act on (a missing or locked file, a bad topic file, DuckDB's own messages):
#: ``main`` prints them as one line. POLICYDATA_TRACEBACK=1 shows the traceback instead.
USER_ERRORS = (OSError, ValueError, MemoryError, RuntimeError, duckdb.Error)


def main() -> None:
    import os

    try:
        app()
    except USER_ERRORS as exc:
        if os.environ.get("POLICYDATA_TRACEBACK"):
            raise
        typer.echo(f"error: {exc}" if str(exc) else f"error: {type(exc).__name__}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
