"""Read input files and folders into raw documents, streaming.

Inputs are `.txt`, `.html`/`.htm` and `.jsonl` files, given as files or folders (searched
recursively, in sorted order so runs are repeatable). Every input either becomes a
``RawDocument`` or a ``Quarantined`` row with its reason: nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import itertools
import json
import os
import stat
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from policydata.records import Quarantined, RawDocument
from policydata.sources.encoding import UndecodableError, decode_bytes

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".shtml": "html"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: A single input file larger than this is refused (quarantined) rather than read into memory.
MAX_FILE_BYTES = 64 * 1024 * 1024


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str] | Quarantined]:
    """Expand files and folders into input files, each with the id its name gives a text or HTML
    page: its path inside the folder given, without the suffix (``2023/1109/index`` — two pages
    called index.html in different folders are two documents), or the bare stem of a file given
    on its own. Paths are absolute, so that one file is one source however the path was written
    (relative or absolute, from any working folder). A missing path is quarantined, and so is
    whatever a folder holds that cannot be read as a file: a sub-folder it may not list, a broken
    or looping link, a pipe or device, a link to a folder (not followed, so no folder is read
    twice and no link loop is walked)."""
    for raw in paths:
        path = Path(os.path.abspath(raw))
        if path.is_dir():
            yield from _folder(path)
        elif path.is_file():
            yield path, path.stem
        elif os.path.lexists(path):
            yield Quarantined(source=str(path), reason="unreadable", detail=_not_a_file(path))
        else:
            yield Quarantined(source=str(path), reason="missing", detail="no such file or folder")


def _folder(root: Path) -> Iterator[tuple[Path, str] | Quarantined]:
    """The input files under ``root`` in sorted order (as ``sorted(root.rglob("*"))`` gives them),
    then a quarantine row for each entry that is no readable file or folder."""
    files: list[Path] = []
    bad: list[Quarantined] = []

    def unlistable(exc: OSError) -> None:
        bad.append(Quarantined(source=str(exc.filename or root), reason="unreadable",
                               detail=f"folder cannot be listed: {exc.strerror or exc}"[:200]))

    for folder, dirs, names in os.walk(root, onerror=unlistable):
        here = Path(folder)
        # hidden files and anything inside a hidden folder (.git, .cache) are no inputs
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in list(dirs):
            if os.path.islink(here / d):
                dirs.remove(d)
                bad.append(Quarantined(source=str(here / d), reason="unsupported_type",
                                       detail="a link to a folder is not followed: give the folder itself"))
        for name in names:
            child = here / name
            if name.startswith(".") or name.lower() in {"readme.md", "readme"}:
                continue
            if child.is_file():
                files.append(child)
            else:
                bad.append(Quarantined(source=str(child), reason="unreadable", detail=_not_a_file(child)))
    for child in sorted(files):
        yield child, child.relative_to(root).with_suffix("").as_posix()
    yield from sorted(bad, key=lambda q: q.source)


def _not_a_file(path: Path) -> str:
    """Why an existing entry is no file to read."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:
            return "symbolic link loop"
        except OSError:
            return f"broken symbolic link to {os.readlink(path)}"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    kind = ("named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode)
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file")
    return f"not a regular file ({kind})"


def _optional_text(value: object) -> str | None:
    """An optional field of a record as text: a string as it is (None when blank), a number
    written out (a numeric title or a date given as 20191111), anything else (a list, an object,
    true/false) None — such a field is ignored, not a reason to lose the document."""
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _json_line(line: bytes) -> object:
    """A JSON Lines line parsed; a line in a legacy Chinese encoding (GBK, Big5) is decoded first."""
    try:
        return json.loads(line)
    except UnicodeDecodeError:
        text, _codec = decode_bytes(line)  # raises UndecodableError when nothing reads as text
        return json.loads(text)


class _BinaryFile(Exception):
    """A JSON Lines file whose head is no text: one quarantine row for the file, not one per
    "line" its random bytes happen to hold."""


#: Bytes of a JSON Lines file's head that tell text from binary.
_HEAD_BYTES = 65536
#: C0 control bytes other than tab, newline and carriage return never stand raw in JSON text.
_JSON_NON_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in (0x09, 0x0A, 0x0D))


def _utf16_order(head: bytes) -> str | None:
    """The byte order of UTF-16 text without a byte-order mark (ASCII JSON puts a NUL beside every
    character, on one side), or None."""
    half = len(head) // 2
    if half < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _lines(handle) -> Iterator[bytes | UnicodeDecodeError]:
    """The lines of a JSON Lines file as bytes; a UTF-16 file (it opens with its byte-order mark,
    or its NULs sit on one side of every character, and its newline is two bytes) is read as text
    and each line handed on in UTF-8. A file whose head is binary raises ``_BinaryFile``."""
    head = handle.peek(_HEAD_BYTES)[:_HEAD_BYTES] if hasattr(handle, "peek") else b""
    encoding = "utf-16" if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else None
    if encoding is None and head[:2] in (b"{\x00", b"\x00{"):  # a JSON object opening in UTF-16
        encoding = "utf-16-le" if head[0] == 0x7B else "utf-16-be"
    if encoding is None and head:
        if head.count(0) > 0.1 * len(head):
            encoding = _utf16_order(head)
            if encoding is None:
                raise _BinaryFile(f"binary: {head.count(0) / len(head):.0%} NUL bytes")
        else:
            controls = len(head.translate(None, _JSON_NON_CONTROL)) / len(head)
            if controls > 0.01:
                raise _BinaryFile(f"binary: {controls:.0%} control bytes")
    if encoding is not None:
        text = io.TextIOWrapper(handle, encoding=encoding, newline=None)
        try:
            for line in text:
                yield line.encode("utf-8")
        except UnicodeDecodeError as exc:  # the rest of the file is no UTF-16: said, not dropped
            yield exc
        return
    yield from handle


def _jsonl_records(path: Path, read_at: str) -> Iterator[RawDocument | Quarantined]:
    """The records of a JSON Lines file; a file that fails to read (an I/O or permission error)
    keeps the records read before and gets an ``unreadable`` row naming the line it stopped at."""
    at = [0]  # the last line read, for the message
    try:
        yield from _jsonl_lines(path, read_at, at)
    except OSError as exc:
        where = f"from line {at[0] + 1} on" if at[0] else "at all"
        yield Quarantined(source=str(path), reason="unreadable", detail=f"cannot be read {where}: {exc}"[:200])


def _file_hash(path: Path) -> str:
    """``content_hash`` of a file's bytes, read in chunks (a JSON Lines file is not size-capped)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _jsonl_lines(path: Path, read_at: str, at: list[int]) -> Iterator[RawDocument | Quarantined]:
    stem = path.stem
    seen_any = False
    with path.open("rb") as handle:
        lines = _lines(handle)
        try:
            first = next(lines, None)  # the head is judged before the first line is handed on
        except _BinaryFile as exc:
            yield Quarantined(source=str(path), reason="undecodable", raw_id=_file_hash(path), detail=str(exc))
            return
        head = () if first is None else (first,)
        for lineno, line in enumerate(itertools.chain(head, lines), start=1):
            at[0] = lineno
            source = f"{path}#{lineno}"
            if isinstance(line, UnicodeDecodeError):
                seen_any = True
                yield Quarantined(source=source, reason="undecodable", raw_id=content_hash(str(line).encode()),
                                  detail=f"UTF-16 file undecodable from line {lineno} on: {line}"[:200])
                break
            if not line.strip():
                continue
            seen_any = True
            try:
                record = _json_line(line)
            except (json.JSONDecodeError, UnicodeDecodeError, UndecodableError) as exc:
                yield Quarantined(source=source, reason="invalid_json", raw_id=content_hash(line),
                                  detail=str(exc)[:200])
                continue
            if not isinstance(record, dict):
                yield Quarantined(source=source, reason="invalid_json", raw_id=content_hash(line),
                                  detail="a line must hold a JSON object")
                continue
            # Corpora name the body differently (text, content); take the first one present.
            text = next((record[k] for k in ("text", "content", "body") if isinstance(record.get(k), str)), None)
            if text is None or not text.strip():
                yield Quarantined(source=source, reason="no_text", raw_id=content_hash(line),
                                  detail="record has no non-empty text/content field")
                continue
            data = text.encode("utf-8")
            raw_id = content_hash(data)
            doc_id = record.get("id")
            doc_id = str(doc_id) if doc_id not in (None, "") else f"{stem}-{raw_id[:16]}"
            published = _optional_text(record.get("published")) or _optional_text(record.get("date"))
            yield RawDocument(
                doc_id=doc_id,
                raw_id=raw_id,
                source=source,
                kind="jsonl",
                data=data,
                read_at=read_at,
                url=_optional_text(record.get("url")),
                title=_optional_text(record.get("title")),
                published=published,
                encoding="utf-8",
            )
    if not seen_any:  # an empty file is reported, not passed over in silence
        yield Quarantined(source=str(path), reason="no_text", raw_id=_file_hash(path),
                          detail="the file holds no records")


def read_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[RawDocument | Quarantined]:
    """Yield one raw document (or quarantine row) per input document, lazily."""
    read_at = _now()
    for found in iter_files(paths):
        if isinstance(found, Quarantined):
            yield found
            continue
        item, doc_id = found
        suffix = item.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_records(item, read_at)  # a read error: a row, and the run goes on
            continue
        kind = TEXT_SUFFIXES.get(suffix)
        if kind is None:
            yield Quarantined(source=str(item), reason="unsupported_type",
                              detail=f"suffix {suffix or '(none)'} is not .txt, .html, .htm or .jsonl")
            continue
        try:
            size = item.stat().st_size
            if size > MAX_FILE_BYTES:
                yield Quarantined(source=str(item), reason="too_large", detail=f"{size} bytes")
                continue
            data = item.read_bytes()
        except OSError as exc:
            yield Quarantined(source=str(item), reason="unreadable", detail=str(exc)[:200])
            continue
        raw_id = content_hash(data)
        yield RawDocument(doc_id=doc_id, raw_id=raw_id, source=str(item), kind=kind, data=data,
                          read_at=read_at)
