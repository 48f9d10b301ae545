"""The DuckDB warehouse: connect, migrate (numbered files in sql/), bulk-load batches.

Loads go through Arrow (polars frames registered with DuckDB), never row by row, and each batch
loads in one transaction. Loading is idempotent: a document already present with the same raw
content is skipped; one whose content changed replaces its old rows.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from policydata.records import SETTLED_REASONS, Quarantined, settled_key

DEFAULT_WAREHOUSE = Path("warehouse/policydata.duckdb")

#: Tables holding per-document rows, deleted and re-inserted when a document's content changes.
CHILD_TABLES = ("removals", "document_speakers", "document_topics", "topic_hits", "mentions", "keywords")
#: ``pending_work`` task owed when the duplicate clusters no longer follow what the warehouse
#: stores (a replaced document, a changed event date); ``recluster`` pays it.
RECLUSTER = "recluster"


class MigrationError(RuntimeError):
    """An applied migration file was edited, or the sql/ folder is missing."""


def sql_dir() -> Path:
    """The migrations folder: POLICYDATA_SQL_DIR, else sql/ at the project root."""
    env = os.environ.get("POLICYDATA_SQL_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "sql"
        if (candidate / "001_core_tables.sql").is_file():
            return candidate
    raise MigrationError("cannot find the sql/ migrations folder; set POLICYDATA_SQL_DIR")


def connect(path: str | os.PathLike[str] = DEFAULT_WAREHOUSE, *, read_only: bool = False,
            migrate_schema: bool = True, files: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse; ``read_only`` with ``files=False`` also refuses SQL that
    reads or writes other files (COPY … TO, read_csv), as `policydata query` promises."""
    path = Path(path)
    if read_only:
        if not path.exists():
            raise FileNotFoundError(f"no warehouse at {path}; run `policydata run` first")
        config = {} if files else {"enable_external_access": False}
        return duckdb.connect(str(path), read_only=True, config=config)
    path.parent.mkdir(parents=True, exist_ok=True)
    # DuckDB would otherwise let its buffer pool grow to 80% of RAM; loads stream, so a fixed
    # budget keeps the pipeline's memory bounded by the batch size (it spills if it must).
    # Checkpoints every 1 GB of write-ahead log instead of DuckDB's 16 MB: a batch writes about
    # 20 MB, and each checkpoint recompresses the table's last, partly filled row group (up to
    # 122,880 rows of zstd text), so checkpointing after every batch doubled the load's cost.
    # One DuckDB thread: a load is many small statements (a batch's few thousand rows each), for
    # which a second thread costs more in handing work over than it saves, and on a laptop the
    # cores are busy preparing the next batches. Measured with benchmarks/loading.py (96,360
    # documents, two alternating runs each): 28.1 and 29.7 s of CPU with one thread, 33.2 and
    # 33.7 s with DuckDB's default of one per core, and less wall time too. Read-only connections
    # (analysts' queries, which scan whole tables) keep the default.
    con = duckdb.connect(str(path), config={
        "memory_limit": _memory_budget(),
        "checkpoint_threshold": os.environ.get("POLICYDATA_DUCKDB_CHECKPOINT", "1GB"),
        "threads": _load_threads(),
    })
    if migrate_schema:
        migrate(con)
    return con


def migrate(con: duckdb.DuckDBPyConnection, folder: Path | None = None) -> list[str]:
    """Apply sql/NNN_*.sql files not yet applied, in order, each recorded with its checksum.

    An applied file whose checksum changed is an error: applied migrations are never edited.
    """
    folder = folder or sql_dir()
    con.execute(
        "create table if not exists schema_migrations ("
        " version integer primary key, name varchar not null, checksum varchar not null,"
        " applied_at timestamp not null)"
    )
    applied = {v: (n, c) for v, n, c in con.execute(
        "select version, name, checksum from schema_migrations").fetchall()}
    done: list[str] = []
    for file in sorted(folder.glob("[0-9][0-9][0-9]_*.sql")):
        version = int(file.name[:3])
        body = file.read_text(encoding="utf-8")
        checksum = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if version in applied:
            if applied[version][1] != checksum:
                raise MigrationError(f"{file.name} was edited after it was applied; add a new migration instead")
            continue
        con.execute("begin transaction")
        try:
            con.execute(body)
            con.execute("insert into schema_migrations values (?, ?, ?, ?)",
                        [version, file.name, checksum, datetime.now(UTC).replace(tzinfo=None)])
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        done.append(file.name)
    return done


def known_documents(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """doc_id → raw_id of every loaded document (to skip unchanged input before any work)."""
    return dict(con.execute("select doc_id, raw_id from documents").fetchall())


def file_sources(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """doc_id → source of every document read from a text or HTML file (not a JSON Lines record,
    whose id its record gives): a page whose id a file name gives is replaced only by an edit of
    that same file."""
    return dict(con.execute(
        "select d.doc_id, d.source from documents d join raw_documents r using (raw_id) where r.kind <> 'jsonl'"
    ).fetchall())


def settled_inputs(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    """``records.settled_key`` of every input quarantined for its content (``records.SETTLED_REASONS``):
    read again unchanged, it would be quarantined again, so a re-run skips it."""
    reasons = sorted(SETTLED_REASONS)
    return {settled_key(source, raw_id) for source, raw_id in con.execute(
        f"select source, raw_id from quarantine where raw_id is not null and reason in ({', '.join('?' * len(reasons))})",
        reasons).fetchall()}


def known_fingerprints(con: duckdb.DuckDBPyConnection) -> list[tuple[str, bytes, str, str | None, str | None]]:
    return con.execute(
        "select doc_id, fingerprint, cluster_id, event_date, url from documents where fingerprint is not null"
    ).fetchall()


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, inputs: Iterable[str], rules_version: str) -> None:
    # A run still marked running was, as a rule, killed (the batches it committed stay, and this
    # run goes on from them): a live run holds the write lock for all but the moments between its
    # own connections, so another run started just then would mark it too (it still finishes and
    # writes its own status).
    con.execute(
        "update runs set status = 'interrupted', n_loaded = (select count(*) from documents d"
        " where d.run_id = runs.run_id) where status = 'running'"
    )
    con.execute(
        "insert into runs (run_id, started_at, inputs, status, rules_version) values (?, ?, ?, 'running', ?)",
        [run_id, _now(), json.dumps([str(i) for i in inputs], ensure_ascii=False), rules_version],
    )


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, *, status: str, n_read: int, n_loaded: int,
               n_skipped: int, n_quarantined: int, n_retagged: int = 0) -> None:
    con.execute(
        "update runs set finished_at = ?, status = ?, n_read = ?, n_loaded = ?, n_skipped = ?,"
        " n_quarantined = ?, n_retagged = ? where run_id = ?",
        [_now(), status, n_read, n_loaded, n_skipped, n_quarantined, n_retagged, run_id],
    )


def open_run(path: str | os.PathLike[str], inputs: list[str], *,
             run_id: str) -> tuple[str, dict[str, str], set[tuple[str, str]], dict[str, str]]:
    """Migrate, refresh the topics table, record the run; returns the run id, what is loaded
    (``known_documents``), what is quarantined for its content (``settled_inputs``) and which
    file each page read from a file came from (``file_sources``)."""
    # tag.versions, not tag.document: the loading process never tags, so it need not compile
    # every tagger's patterns to learn the rules' version (about 1 s of each run's start-up)
    from policydata.tag.topics import load_topics as topic_defs
    from policydata.tag.versions import rules_version

    con = connect(path)
    try:
        load_topics(con, [t.as_row() for t in topic_defs()])
        start_run(con, run_id, inputs, rules_version())
        return run_id, known_documents(con), settled_inputs(con), file_sources(con)
    finally:
        con.close()


def close_run(path: str | os.PathLike[str], run_id: str, totals: dict[str, int], status: str) -> dict[str, int]:
    con = connect(path)
    try:
        finish_run(con, run_id, status=status, **totals)
        return table_counts(con)
    finally:
        con.close()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def load_topics(con: duckdb.DuckDBPyConnection, rows: list[dict]) -> None:
    """Make the topics table the topic file's definitions (id, name, CAP crosswalk, version): a
    topic the file no longer has is dropped (``retag`` drops its tags too)."""
    if not rows:
        raise ValueError("the topic file defines no topic")
    frame = pl.DataFrame(rows, schema={"topic_id": pl.Utf8, "name_zh": pl.Utf8, "cap_code": pl.Int32,
                                       "cap_label": pl.Utf8, "n_terms": pl.Int32, "version": pl.Utf8})
    con.register("batch_topics", frame.to_arrow())
    try:
        con.execute("begin transaction")
        con.execute("delete from topics")
        con.execute("insert into topics by name select * from batch_topics")
        con.execute("commit")
    finally:
        con.unregister("batch_topics")


def quarantine_rows(items: Iterable[Quarantined], run_id: str) -> list[dict]:
    rows = []
    now = _now()
    for q in items:
        key = hashlib.md5(f"{q.source}\x1f{q.reason}\x1f{q.raw_id or ''}".encode()).hexdigest()
        rows.append({**asdict(q), "quarantine_id": key, "run_id": run_id, "first_seen": now})
    return rows


def load_batch(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> int:
    """Load one batch of frames (table name → frame) in one transaction; returns documents inserted.

    Documents already present with the same raw_id are left alone; a document whose raw_id changed
    has its old rows replaced. Raw rows, speakers and quarantine rows are inserted only when new.
    """
    registered = []
    try:
        for name, frame in frames.items():
            view = f"batch_{name}"
            con.register(view, frame.to_arrow())
            registered.append(view)
        con.execute("begin transaction")
        try:
            inserted = _load_registered(con, set(frames))
            con.execute("commit")
        except duckdb.OutOfMemoryException as exc:
            _rollback(con)
            raise MemoryError(
                f"DuckDB ran out of its memory budget loading a batch ({exc}); raise "
                f"POLICYDATA_DUCKDB_MEMORY (now {_memory_budget()}) — a large warehouse's key "
                "indexes must fit in it — or lower the batch size") from exc
        except Exception:
            _rollback(con)
            raise
        return inserted
    finally:
        for view in registered:
            con.unregister(view)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back unless DuckDB already has (a failed commit or an out-of-memory error ends the
    transaction itself): the error that caused it must be the one the caller sees."""
    try:
        con.execute("rollback")
    except duckdb.TransactionException:
        pass


def _load_threads() -> int:
    value = os.environ.get("POLICYDATA_DUCKDB_THREADS", "1")
    if not value.strip().isdigit() or int(value) < 1:
        raise ValueError(f"POLICYDATA_DUCKDB_THREADS must be a whole number of threads, 1 or more; got {value!r}")
    return int(value)


def _memory_budget() -> str:
    return os.environ.get("POLICYDATA_DUCKDB_MEMORY", "128MB")


#: A JSON Lines line's source (file.jsonl#12), as a DuckDB regular expression.
_JSONL_LINE_SOURCE = "(?i)\\.(?:jsonl|ndjson)#[0-9]+$"


def _load_registered(con: duckdb.DuckDBPyConnection, names: set[str]) -> int:
    if "documents" in names:
        # A file quarantined before that now loads (a fixed text or HTML page, an input a newer
        # decoder reads, a JSON Lines file whose lines now read) is no longer held back: its
        # old rows go, before this batch's own rows are inserted. A bad JSON Lines line keeps
        # its row: its number moves when lines are inserted above it, so the row at a loaded
        # line's number may be another line's.
        con.execute(
            "delete from quarantine where source in (select case when regexp_matches(source, ?)"
            " then regexp_replace(source, '#[0-9]+$', '') else source end from batch_documents b"
            " where not exists (select 1 from documents d where d.doc_id = b.doc_id and d.raw_id = b.raw_id))",
            [_JSONL_LINE_SOURCE])
    if "raw_documents" in names:
        con.execute("insert into raw_documents by name select * from batch_raw_documents b"
                    " where not exists (select 1 from raw_documents r where r.raw_id = b.raw_id)"
                    " qualify row_number() over (partition by raw_id) = 1")
    if "quarantine" in names:
        con.execute("insert into quarantine by name select * from batch_quarantine b"
                    " where not exists (select 1 from quarantine q where q.quarantine_id = b.quarantine_id)"
                    " qualify row_number() over (partition by quarantine_id) = 1")
    if "speakers" in names:
        con.execute("insert into speakers by name select * from batch_speakers b"
                    " where not exists (select 1 from speakers s where s.speaker_id = b.speaker_id)"
                    " qualify row_number() over (partition by speaker_id) = 1")
    if "documents" not in names:
        return 0
    # documents whose content changed: drop their old rows first
    con.execute("create or replace temp table changed_docs as select d.doc_id from documents d"
                " join batch_documents b on b.doc_id = d.doc_id where d.raw_id <> b.raw_id")
    ((changed,),) = con.execute("select count(*) from changed_docs").fetchall()
    if changed:  # rare (edited inputs): seven deletes that find nothing are skipped otherwise
        for table in (*CHILD_TABLES, "documents"):
            con.execute(f"delete from {table} where doc_id in (select doc_id from changed_docs)")
        # the new versions are inserted without clustering (the index cannot take a document out
        # of a cluster it helped to form): the clusters are owed, in this same transaction
        owe_work(con, RECLUSTER, f"{changed} documents replaced by edited inputs")
    con.execute("create or replace temp table new_docs as select doc_id from batch_documents b"
                " where not exists (select 1 from documents d where d.doc_id = b.doc_id)")
    ((inserted,),) = con.execute("select count(*) from new_docs").fetchall()
    con.execute("insert into documents by name select * from batch_documents"
                " where doc_id in (select doc_id from new_docs)")
    for table in CHILD_TABLES:
        if table in names:
            con.execute(f"insert into {table} by name select * from batch_{table}"
                        " where doc_id in (select doc_id from new_docs)")
    if "cluster_moves" in names:
        con.execute("update documents set cluster_id = m.cluster_id from batch_cluster_moves m"
                    " where documents.doc_id = m.doc_id and documents.cluster_id <> m.cluster_id")
    if "clusters" in names:
        # a cluster's canonical member may change when a more complete copy arrives; only rows
        # whose flag really changes are written
        con.execute("update documents set is_canonical = (documents.doc_id = c.canonical_doc_id)"
                    " from batch_clusters c where documents.cluster_id = c.cluster_id"
                    " and documents.is_canonical is distinct from (documents.doc_id = c.canonical_doc_id)")
    return int(inserted)


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = [r[0] for r in con.execute(
        "select table_name from information_schema.tables where table_type = 'BASE TABLE'"
        " and table_schema = 'main' order by table_name").fetchall()]
    return {t: con.execute(f'select count(*) from "{t}"').fetchall()[0][0] for t in tables}


class Loader:
    """Loads prepared batches into one warehouse, clustering syndicated duplicates on the way.

    The cluster index (fingerprints only, not texts) is built once from what the warehouse holds
    and grows with every batch, so a batch is clustered against everything loaded before it.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self._index = None
        #: documents this loader replaced with another version (edited inputs) since the clusters
        #: were last settled (``settle_clusters``), for the run's log
        self.n_replaced = 0

    @property
    def index(self):
        """Built on first use, so a run with nothing new never reads the stored fingerprints."""
        if self._index is None:
            from policydata.dedupe import ClusterIndex

            self._index = ClusterIndex.from_existing(known_fingerprints(self.con))
        return self._index

    def load(self, frames: dict[str, pl.DataFrame], fingerprints: dict[str, bytes],
             event_dates: dict[str, str | None]) -> int:
        docs = frames["documents"]
        if docs.height:
            # only documents not already loaded take part in clustering; one loaded before under
            # another raw_id (an edited input) is replaced, and its clusters are settled later
            doc_ids, raw_ids = docs["doc_id"].to_list(), docs["raw_id"].to_list()
            present = loaded_raw_ids(self.con, doc_ids)
            self.n_replaced += sum(1 for d, r in zip(doc_ids, raw_ids, strict=True) if present.get(d, r) != r)
            urls = docs["url"].to_list() if "url" in docs.columns else [None] * docs.height
            new = [(d, fingerprints[d], event_dates.get(d), n, u)
                   for d, n, u in zip(doc_ids, docs["n_chars"].to_list(), urls, strict=True)
                   if d not in present and d in fingerprints]
            assigned = self.index.add_batch(new)
            new_ids = {d for d, *_ in new}
            cluster_of = {d: c for d, (c, _canon) in assigned.items() if d in new_ids}
            # documents loaded earlier whose cluster id changed (two clusters bridged by a new copy)
            moved = {d: c for d, (c, _canon) in assigned.items() if d not in new_ids}
            canonical = {c: canon for c, canon in assigned.values()}
            # Clusters whose earlier members need their is_canonical rewritten: those an earlier
            # member is reported for (new documents get theirs with the insert). Updating more
            # would dirty row groups for nothing and make every checkpoint rewrite them.
            touched = {c: canon for d, (c, canon) in assigned.items() if d not in new_ids}
            frames = dict(frames)
            frames["documents"] = docs.with_columns(
                pl.col("doc_id").replace_strict(cluster_of, default=pl.col("doc_id")).alias("cluster_id"),
            ).with_columns((pl.col("doc_id") == pl.col("cluster_id").replace_strict(
                canonical, default=pl.col("doc_id"))).alias("is_canonical"))
            frames["cluster_moves"] = pl.DataFrame(
                {"doc_id": list(moved), "cluster_id": list(moved.values())},
                schema={"doc_id": pl.Utf8, "cluster_id": pl.Utf8})
            frames["clusters"] = pl.DataFrame(
                {"cluster_id": list(touched), "canonical_doc_id": list(touched.values())},
                schema={"cluster_id": pl.Utf8, "canonical_doc_id": pl.Utf8})
        return load_batch(self.con, frames)

    def settle_clusters(self, batch_size: int) -> int:
        """Work the duplicate clusters out again if they are owed; returns how many documents'
        ``cluster_id`` or ``is_canonical`` changed (0 when nothing is owed, at the cost of one
        small query).

        They are owed (``pending_work``) once a load replaced documents (their source corrected
        the page): a replaced document was loaded without clustering, as the index holds its old
        fingerprint and cannot take one document out of a cluster it helped to form. A re-tag that
        changes event dates owes them too. The debt is recorded with the change and paid by
        ``recluster`` (the whole warehouse clustered again from the stored fingerprints, about
        15 s at 240,000 documents), so a run that fails before paying it leaves it to the next.
        """
        if owed_work(self.con, RECLUSTER) is None:
            return 0
        self._index = None  # built again from the warehouse should this loader load more
        changed = recluster(self.con, batch_size=batch_size)
        self.n_replaced = 0
        return changed


def loaded_raw_ids(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> dict[str, str]:
    """doc_id → raw_id of those of ``doc_ids`` already loaded."""
    frame = pl.DataFrame({"doc_id": doc_ids}, schema={"doc_id": pl.Utf8})
    con.register("probe_ids", frame.to_arrow())
    try:
        return dict(con.execute("select d.doc_id, d.raw_id from documents d join probe_ids p using (doc_id)").fetchall())
    finally:
        con.unregister("probe_ids")


def owe_work(con: duckdb.DuckDBPyConnection, task: str, reason: str) -> None:
    """Record in ``pending_work`` that ``task`` is owed (kept from when it first was): call it in
    the transaction of the change that makes it owed, so the two commit or fail together."""
    con.execute("insert into pending_work values (?, ?, ?) on conflict (task) do nothing", [task, _now(), reason])


def owed_work(con: duckdb.DuckDBPyConnection, task: str) -> str | None:
    """Why ``task`` is owed, or None when it is not."""
    rows = con.execute("select reason from pending_work where task = ?", [task]).fetchall()
    return rows[0][0] if rows else None


def recluster(con: duckdb.DuckDBPyConnection, *, batch_size: int) -> int:
    """Cluster every document with a fingerprint again, in rowid order (the order the loads
    inserted them) and ``batch_size`` rows at a time, with the event dates now stored; set the
    changed ``cluster_id`` and ``is_canonical`` values in one transaction. Returns how many rows
    changed.

    The batch size matters: the clustering's cut-off for boilerplate values follows the count of
    documents at each batch, so batches of the loads' size give the loads' clusters. Measured on
    240,900 stories loaded in batches of 2,000: re-clustered in batches of 2,000 rows nothing
    changed; in batches of 10,000, 946 documents got another cluster or canonical flag."""
    from policydata.dedupe import ClusterIndex

    index = ClusterIndex()
    latest: dict[str, str] = {}  # doc_id → cluster id last reported
    canonical: dict[str, str] = {}  # cluster id → canonical member last reported
    for chunk in cluster_inputs(con, batch_size):
        for doc_id, (cluster_id, canon) in index.add_batch(chunk).items():
            latest[doc_id] = cluster_id
            canonical[cluster_id] = canon
    ids = list(latest)
    clusters = [latest[d] for d in ids]
    frame = pl.DataFrame({"doc_id": ids, "cluster_id": clusters,
                          "is_canonical": [canonical[c] == d for d, c in zip(ids, clusters, strict=True)]},
                         schema={"doc_id": pl.Utf8, "cluster_id": pl.Utf8, "is_canonical": pl.Boolean})
    return set_clusters(con, frame)


# --- re-tagging (policydata.retag) ------------------------------------------------------------

#: What a full re-tag reads of each document: the taggers' whole input (``tag_document``).
RETAG_INPUT_COLUMNS = ("doc_id", "text", "meta", "title", "url", "published_given")


def drop_undefined_topic_rows(con: duckdb.DuckDBPyConnection) -> int:
    """Delete every ``document_topics`` and ``topic_hits`` row of a topic the ``topics`` table no
    longer defines (the topic file dropped it), in one transaction; returns how many
    ``document_topics`` rows went. A re-tag replaces a document's rows anyway: this reaches the
    documents it cannot re-tag (their tagger failed), which keep their other old tags."""
    con.execute("begin transaction")
    try:
        ((n,),) = con.execute("delete from document_topics"
                              " where topic_id not in (select topic_id from topics)").fetchall()
        con.execute("delete from topic_hits where topic_id not in (select topic_id from topics)")
        con.execute("commit")
    except BaseException:
        _rollback(con)
        raise
    return int(n)


def count_stale(con: duckdb.DuckDBPyConnection, rules_version: str, topics_prefix: str) -> tuple[int, int]:
    """(documents whose topics alone are stale, documents whose other tags are stale too):
    tagged under another ``rules_version``, with the same part before the topics (``topics_prefix``)
    or not."""
    ((topics_only, full),) = con.execute(
        "select count(*) filter (where starts_with(rules_version, $prefix) and rules_version <> $current),"
        " count(*) filter (where not starts_with(rules_version, $prefix)) from documents",
        {"prefix": topics_prefix, "current": rules_version}).fetchall()
    return int(topics_only), int(full)


def document_rows(con: duckdb.DuckDBPyConnection) -> int:
    """One past the largest ``rowid`` of ``documents`` (0 when empty): the range ``stale_rows``
    walks."""
    ((last,),) = con.execute("select coalesce(max(rowid) + 1, 0) from documents").fetchall()
    return int(last)


def stale_rows(con: duckdb.DuckDBPyConnection, rules_version: str, topics_prefix: str, *, full: bool,
               start: int, stop: int) -> list[tuple]:
    """The stale documents among rows ``start`` to ``stop`` (by ``rowid``) of ``documents``:
    (doc_id, text) when only their topics are stale, else ``RETAG_INPUT_COLUMNS`` (``published``
    being the date the source or page gave, ``published_given``).

    A range of row ids reads only the row groups that hold it (measured at 240,900 documents:
    about 0.06 s for 2,000 rows, against 0.4 to 0.6 s to page by doc_id, which sorts the table
    each time). Row ids can move when a checkpoint compacts the table after deletes: the caller
    checks that no stale row is left behind (``retag`` makes another pass)."""
    if full:
        select = (f"select {', '.join(RETAG_INPUT_COLUMNS)} from documents"
                  " where not starts_with(rules_version, $prefix)")
        params: dict[str, object] = {"prefix": topics_prefix}
    else:
        select = ("select doc_id, text from documents"
                  " where starts_with(rules_version, $prefix) and rules_version <> $current")
        params = {"prefix": topics_prefix, "current": rules_version}
    return con.execute(select + " and rowid >= $start and rowid < $stop order by rowid",
                       {**params, "start": start, "stop": stop}).fetchall()


def replace_tags(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], updates: pl.DataFrame, *,
                 refresh_speakers: bool = False) -> int:
    """Replace re-tagged documents' tag rows in one transaction; returns how many documents'
    ``event_date`` changed (a recluster is then owed, recorded in the same transaction).

    ``updates`` has a ``doc_id`` column and the ``documents`` columns to set (``rules_version``,
    and after a full re-tag the publication and event dates); ``frames`` the new rows of each
    child table re-tagged (all of a document's old rows there are deleted first) and, optionally,
    ``speakers`` rows: inserted when new, and with ``refresh_speakers`` replacing the stored row
    (the officials file, and so a speaker's latest post, may have changed with the rules)."""
    columns = [c for c in updates.columns if c != "doc_id"]
    unknown = set(frames) - set(CHILD_TABLES) - {"speakers"}
    if unknown or "doc_id" not in updates.columns or not columns:
        raise ValueError(f"replace_tags: bad frames {sorted(unknown)} or updates {updates.columns}")
    registered = []
    try:
        con.register("batch_retag", updates.to_arrow())
        registered.append("batch_retag")
        for name, frame in frames.items():
            con.register(f"batch_{name}", frame.to_arrow())
            registered.append(f"batch_{name}")
        con.execute("begin transaction")
        try:
            if "speakers" in frames and refresh_speakers:
                con.execute("insert into speakers by name select * from batch_speakers"
                            " qualify row_number() over (partition by speaker_id) = 1"
                            " on conflict (speaker_id) do update set kb_title = excluded.kb_title,"
                            " kb_org = excluded.kb_org")
            elif "speakers" in frames:
                con.execute("insert into speakers by name select * from batch_speakers b"
                            " where not exists (select 1 from speakers s where s.speaker_id = b.speaker_id)"
                            " qualify row_number() over (partition by speaker_id) = 1")
            for table in CHILD_TABLES:
                if table in frames:
                    con.execute(f"delete from {table} where doc_id in (select doc_id from batch_retag)")
                    con.execute(f"insert into {table} by name select * from batch_{table}"
                                " where doc_id in (select doc_id from batch_retag)")
            moved = 0
            if "event_date" in columns:
                ((moved,),) = con.execute(
                    "select count(*) from documents d join batch_retag b on d.doc_id = b.doc_id"
                    " where d.event_date is distinct from b.event_date").fetchall()
                if moved:  # the clusters never join conflicting dates: they are owed again
                    owe_work(con, RECLUSTER, f"a re-tag changed the event date of {moved} documents")
            assignments = ", ".join(f"{c} = b.{c}" for c in columns)
            con.execute(f"update documents set {assignments} from batch_retag b where documents.doc_id = b.doc_id")
            con.execute("commit")
        except BaseException:  # an interrupt too: the connection must not stay in the transaction
            _rollback(con)
            raise
    finally:
        for view in registered:
            con.unregister(view)
    return int(moved)


def prune_speakers(con: duckdb.DuckDBPyConnection) -> int:
    """Drop ``speakers`` rows no document names any more (after a re-tag with every tagger)."""
    ((n,),) = con.execute("delete from speakers where speaker_id not in"
                          " (select distinct speaker_id from document_speakers)").fetchall()
    return int(n)


def cluster_inputs(con: duckdb.DuckDBPyConnection, batch_size: int) -> Iterator[list[tuple]]:
    """(doc_id, fingerprint, event_date, n_chars, url) of every document with a fingerprint, in rowid
    order, ``batch_size`` rows of ``documents`` at a time. By rowid range, not one sorted query:
    sorting every fingerprint (about 1 KiB each) would need more than DuckDB's memory budget at a
    few hundred thousand documents. Nothing may write to ``documents`` until the iteration ends."""
    for start in range(0, document_rows(con), batch_size):
        rows = con.execute("select doc_id, fingerprint, event_date, n_chars, url from documents"
                           " where fingerprint is not null and rowid >= ? and rowid < ? order by rowid",
                           [start, start + batch_size]).fetchall()
        if rows:
            yield rows


def set_clusters(con: duckdb.DuckDBPyConnection, clusters: pl.DataFrame) -> int:
    """Set ``cluster_id`` and ``is_canonical`` (columns of ``clusters``: every clustered
    document's, by ``doc_id``) where they differ, and mark the recluster owed as done, in one
    transaction; returns how many documents changed."""
    con.register("batch_clusters_all", clusters.to_arrow())
    try:
        con.execute("begin transaction")
        try:
            ((n,),) = con.execute(
                "update documents set cluster_id = b.cluster_id, is_canonical = b.is_canonical"
                " from batch_clusters_all b where documents.doc_id = b.doc_id"
                " and (documents.cluster_id <> b.cluster_id or documents.is_canonical <> b.is_canonical)"
            ).fetchall()
            con.execute("delete from pending_work where task = ?", [RECLUSTER])
            con.execute("commit")
        except BaseException:
            _rollback(con)
            raise
        return int(n)
    finally:
        con.unregister("batch_clusters_all")
