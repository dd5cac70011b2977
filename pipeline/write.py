"""Writers: the run outputs of FRAMES.md, streamed as documents finish, and resumable.

``events.jsonl`` (frames), ``entities.jsonl`` (every mention) and ``summary.json`` (every
input document accounted for: with frames, without frames, or failed with a reason).

A small journal, ``progress.jsonl``, records after each document how far both output files
had been written. A run killed at any point (even ``kill -9``) and started again with
``resume=True`` cuts the files back to the last journalled document and carries on from the
next one: no frame is lost and none is written twice.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from pipeline.document import Document

if TYPE_CHECKING:
    from pipeline.engine import Result

JOURNAL = "progress.jsonl"


def frame_lines(doc: Document) -> list[str]:
    return [json.dumps(frame.to_dict(), ensure_ascii=False) for frame in doc.frames]


def entity_lines(doc: Document) -> list[str]:
    lines = []
    for e in doc.entities:
        record = {"doc_id": doc.doc_id, "label": e.label, "text": e.text, "start": e.start, "end": e.end}
        if e.value is not None:
            record["value"] = e.value
        record["source"] = e.source
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


class RunWriter:
    """Writes a run's outputs into a folder; a context manager around the stream of results."""

    def __init__(self, outdir: str | Path, resume: bool = False, inputs: list[str] | None = None) -> None:
        self.outdir = Path(outdir)
        self.inputs = inputs or []
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.resume = resume
        self.entries: list[dict] = []
        self.opened = time.perf_counter()  # reset on entering: the run's clock starts with its files
        self.first_written: float | None = None
        self.written = 0  # documents written by this run (not an earlier, interrupted one)

    @property
    def done(self) -> int:
        """Documents already written (by an earlier, interrupted run when resuming)."""
        return len(self.entries)

    def __enter__(self) -> RunWriter:
        paths = [self.outdir / name for name in ("events.jsonl", "entities.jsonl", JOURNAL)]
        if self.resume and paths[2].exists():
            self.entries = _read_journal(paths[2])
            sizes = (self.entries[-1]["events_bytes"], self.entries[-1]["entities_bytes"]) if self.entries else (0, 0)
            for path, size in zip(paths, sizes, strict=False):
                with open(path, "ab") as handle:
                    handle.truncate(size)
            _rewrite_journal(paths[2], self.entries)
        else:
            for path in paths:
                path.write_bytes(b"")
        self.events, self.entities, self.journal = (open(p, "ab") for p in paths)  # noqa: SIM115 - closed in __exit__
        self.opened = time.perf_counter()
        return self

    def write(self, result: Result) -> None:
        """Append one document's lines, then journal it (so a kill never half-counts it)."""
        for handle, lines in ((self.events, result.frames), (self.entities, result.entities)):
            if lines:
                handle.write(("\n".join(lines) + "\n").encode("utf-8"))
            handle.flush()
        entry = {
            "doc_id": result.doc_id,
            "status": "failed" if result.error else "with_frames" if result.frames else "without_frames",
            "frames": len(result.frames),
            "entities": len(result.entities),
            "event_types": result.event_types,
            "events_bytes": self.events.tell(),
            "entities_bytes": self.entities.tell(),
        }
        if result.error:
            entry["error"] = result.error
        if result.note:
            entry["note"] = result.note
        self.journal.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
        self.journal.flush()
        self.entries.append(entry)
        self.written += 1
        if self.first_written is None:
            self.first_written = time.perf_counter()

    def summary(self) -> dict:
        counts = {"with_frames": 0, "without_frames": 0, "failed": 0}
        event_types: dict[str, int] = {}
        seen: dict[str, int] = {}
        for entry in self.entries:
            counts[entry["status"]] += 1
            seen[entry["doc_id"]] = seen.get(entry["doc_id"], 0) + 1
            for event_type in entry["event_types"]:
                event_types[event_type] = event_types.get(event_type, 0) + 1
        return {
            "documents": len(self.entries),
            **counts,
            "failures": [{"doc_id": e["doc_id"], "error": e["error"]} for e in self.entries if e["status"] == "failed"],
            "notes": [{"doc_id": e["doc_id"], "note": e["note"]} for e in self.entries if "note" in e],
            "frames": sum(e["frames"] for e in self.entries),
            "entities": sum(e["entities"] for e in self.entries),
            "event_types": dict(sorted(event_types.items())),
            "duplicate_ids": sorted(i for i, n in seen.items() if n > 1),
            "inputs": self.inputs,
            "timing": self.timing(),
        }

    def timing(self) -> dict:
        """Wall-clock seconds of this run, and its rate once the first document is out (models are
        loaded by then), the figure that scales with the corpus."""
        now = time.perf_counter()
        first = self.first_written
        steady = now - first if first is not None else 0.0
        return {
            "seconds": round(now - self.opened, 3),
            "first_document_seconds": round(first - self.opened, 3) if first is not None else None,
            "documents_per_s_after_first": round((self.written - 1) / steady, 2)
            if self.written > 1 and steady
            else None,
        }

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        for handle in (self.events, self.entities, self.journal):
            handle.close()
        summary = json.dumps(self.summary(), ensure_ascii=False, indent=2) + "\n"
        temporary = self.outdir / "summary.json.tmp"
        temporary.write_text(summary, encoding="utf-8")
        os.replace(temporary, self.outdir / "summary.json")


def _read_journal(path: Path) -> list[dict]:
    """Complete journal lines; a line cut by a kill is dropped (its document is done again)."""
    entries = []
    for line in path.read_bytes().split(b"\n"):
        try:
            entries.append(json.loads(line))
        except ValueError:
            break
    return entries


def _rewrite_journal(path: Path, entries: list[dict]) -> None:
    path.write_bytes(b"".join((json.dumps(e, ensure_ascii=False) + "\n").encode("utf-8") for e in entries))
