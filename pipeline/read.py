"""Reading: inputs to documents, bytes to text, HTML to text, and Hindi normalisation.

Normalisation never overwrites ``Document.raw``: it builds ``Document.text`` plus an offset map
(``Document.offsets``) so that every later offset can be turned back into a raw one.
"""

from __future__ import annotations

import difflib
import gzip
import html
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.document import Document

log = logging.getLogger(__name__)

MAX_CHARS = 2_000_000  # a news article is far smaller; bigger inputs are cut, and the cut is logged


class InputError(ValueError):
    """An input that cannot become a document (bad bytes, binary data, malformed record)."""


@dataclass(slots=True)
class Record:
    """One input document before decoding: an id, its bytes or text, and optional metadata."""

    doc_id: str
    data: bytes | str
    date: str | None = None
    meta: dict | None = None
    error: str | None = None


# ---------------------------------------------------------------- inputs


def iter_records(inputs: Iterable[str | Path]) -> Iterator[Record]:
    """Yield records from .txt files, folders (recursive) and .jsonl(.gz) files, in order.

    Files are read one at a time, so a corpus is never held in memory; a bad JSONL line
    becomes a record with ``error`` set, so it is counted instead of lost.
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _is_jsonl(child) or child.suffix == ".txt":
                    yield from iter_records([child])
        elif _is_jsonl(path):
            yield from _jsonl_records(path)
        elif path.is_file():
            yield Record(doc_id=_stem(path), data=path.read_bytes())
        else:
            yield Record(doc_id=str(path), data=b"", error=f"input not found: {path}")


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith((".jsonl", ".jsonl.gz"))


def _stem(path: Path) -> str:
    return path.name.split(".")[0] if path.name.endswith(".gz") else path.stem


def _jsonl_records(path: Path) -> Iterator[Record]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            fallback = f"{_stem(path)}:{number}"
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise InputError("record has no string 'text' field")
            except (json.JSONDecodeError, InputError) as exc:
                yield Record(doc_id=fallback, data="", error=f"bad JSONL record: {exc}")
                continue
            meta = {k: obj[k] for k in ("url", "source", "title") if k in obj}
            yield Record(
                doc_id=str(obj.get("id") or fallback),
                data=obj["text"],
                date=_iso_date(obj.get("date")),
                meta=meta,
            )


def _iso_date(value: object) -> str | None:
    """Keep the YYYY-MM-DD part of a publication date, or None when it is not one."""
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None


# ---------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes | str) -> str:
    """Bytes to text: a BOM decides the encoding, otherwise strict UTF-8.

    Raises InputError for undecodable or binary data: guessing an encoding for Hindi news
    produces mojibake that looks like text and yields nonsense frames.
    """
    if isinstance(data, str):
        text = data
    else:
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                try:
                    text = data[len(bom) :].decode(encoding)
                except UnicodeDecodeError as exc:
                    raise InputError(f"invalid {encoding} at byte {exc.start}") from exc
                break
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"not UTF-8: undecodable byte at offset {exc.start}") from exc
    controls = sum(1 for ch in text[:10_000] if ch == "\x00" or _is_junk_control(ch))
    if controls > 0.05 * min(len(text), 10_000):
        raise InputError("binary data: too many control characters")
    return text


def _is_junk_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f"


# ---------------------------------------------------------------- HTML and normalisation

_HTML_HINT = re.compile(r"<\s*(html|body|div|p|br|span|a|head|meta|!doctype)\b", re.I)
_HTML_PART = re.compile(
    r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>|&#?\w{1,10};",
    re.I | re.S,
)
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|h[1-6]|tr|td|section|article|header|footer|title)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup worth stripping."""
    return len(_HTML_HINT.findall(text[:20_000])) >= 2


def strip_html(raw: str) -> tuple[str, list[int]]:
    """Text of an HTML page with a map from each output character to its raw offset.

    Block tags become line breaks (so paragraphs stay paragraphs); entities are unescaped.
    """
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in _HTML_PART.finditer(raw):
        _emit(out, offsets, raw[pos : match.start()], pos)
        part = match.group(0)
        if part.startswith("&"):
            _emit_replaced(out, offsets, html.unescape(part), match.start())
        elif _BLOCK_TAG.match(part):
            _emit_replaced(out, offsets, "\n", match.start())
        pos = match.end()
    _emit(out, offsets, raw[pos:], pos)
    offsets.append(len(raw))
    return "".join(out), offsets


def _emit(out: list[str], offsets: list[int], chunk: str, start: int) -> None:
    out.append(chunk)
    offsets.extend(range(start, start + len(chunk)))


def _emit_replaced(out: list[str], offsets: list[int], chunk: str, at: int) -> None:
    out.append(chunk)
    offsets.extend([at] * len(chunk))


@lru_cache(maxsize=1)
def _indic_normalizer():
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    return IndicNormalizerFactory().get_normalizer("hi")


_ZERO_WIDTH = str.maketrans({"\u200b": None, "\ufeff": None, "\u00ad": None})
_MARKDOWN = re.compile(r"^\*{3,}$|\*\*|__|^#{1,6}$")  # bold, and a rule's or a heading's mark standing alone
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")


def normalise_chunk(chunk: str) -> str:
    """NFC, indic-nlp's Devanagari normaliser (nukta, chandrabindu, visarga, danda forms), and no Markdown emphasis or
    heading marks ("**नैरोबी, 3 दिसंबर 2026:**", "### ..."), which copy pasted from a CMS keeps.

    The normaliser reads every ASCII colon after a Devanagari letter as a visarga; one that ends
    a word ("जी20 शिखर सम्मेलन: मोदी ने", "मॉस्को: ...") is punctuation and stays a colon, while
    one inside a word ("दु:ख") is still a visarga."""
    text = _MARKDOWN.sub("", unicodedata.normalize("NFC", chunk).translate(_ZERO_WIDTH))
    body = text.rstrip(":")
    return _indic_normalizer().normalize(body) + text[len(body) :] if body else text


def normalise(text: str, base: list[int]) -> tuple[str, list[int]]:
    """Normalise word by word, aligning each word so offsets stay exact where characters agree.

    ``base`` maps ``text`` to raw offsets (identity, or the HTML map). Whitespace runs become
    one space (newlines are kept, they separate headlines and paragraphs).
    """
    out: list[str] = []
    offsets: list[int] = []
    for match in re.finditer(r"\S+|\n|[^\S\n]+", text):
        chunk, start = match.group(0), match.start()
        if chunk == "\n":
            out.append("\n")
            offsets.append(base[start])
        elif chunk.isspace():
            out.append(" ")
            offsets.append(base[start])
        else:
            new = normalise_chunk(chunk)
            out.append(new)
            offsets.extend(base[start + i] for i in _align(chunk, new))
    offsets.append(base[len(text)])
    return "".join(out), offsets


def _align(old: str, new: str) -> list[int]:
    """For each character of ``new``, the index of the character of ``old`` it came from."""
    if old == new:
        return list(range(len(new)))
    mapping: list[int] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            mapping.extend(range(i1, i2))
        elif tag != "delete":
            span = max(i2 - i1, 1)
            mapping.extend(min(i1 + (k * span) // (j2 - j1), len(old) - 1) for k in range(j2 - j1))
    return mapping


def read(record: Record) -> Document:
    """Decode, de-HTML and normalise one record into a Document (``error`` set on failure)."""
    doc = Document(doc_id=record.doc_id, raw="", date=record.date, meta=dict(record.meta or {}))
    if record.error:
        doc.error = record.error
        return doc
    try:
        raw = decode(record.data)
    except InputError as exc:
        doc.error = str(exc)
        return doc
    if len(raw) > MAX_CHARS:
        log.warning("%s: %d characters, only the first %d are read", doc.doc_id, len(raw), MAX_CHARS)
        doc.meta["truncated"] = len(raw)
        raw = raw[:MAX_CHARS]
    doc.raw = raw
    if looks_like_html(raw):
        body, base = strip_html(raw)
        doc.meta["html"] = True
    else:
        body, base = raw.replace("\r\n", " \n").replace("\r", "\n"), list(range(len(raw) + 1))
    doc.text, doc.offsets = normalise(body, base)
    note = script_note(doc.text)
    if note:
        doc.meta["note"] = note
    return doc


def script_note(text: str) -> str | None:
    """Why a document will give nothing: no letters at all, or letters mostly not Devanagari
    (English, Urdu): the run still counts it, and the summary says why it has no frames."""
    letters = [ch for ch in text[:20_000] if ch.isalpha()]
    if not letters:
        return "no text"
    share = sum("\u0900" <= ch <= "\u097f" for ch in letters) / len(letters)
    return None if share >= 0.5 else f"not Hindi: {share:.0%} of letters are Devanagari"


def read_text(text: str, doc_id: str = "doc", date: str | None = None) -> Document:
    """Convenience for library users and tests: a Document from a string."""
    return read(Record(doc_id=doc_id, data=text, date=date))
