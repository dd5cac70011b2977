"""Writers: the run outputs of FRAMES.md, streamed as documents finish.

``events.jsonl`` (frames), ``entities.jsonl`` (every mention) and ``summary.json`` (every
input document accounted for: with frames, without frames, or failed with a reason).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import TracebackType

from pipeline.document import Document


def frame_lines(doc: Document) -> list[str]:
    return [json.dumps(frame.to_dict(), ensure_ascii=False) for frame in doc.frames]


def entity_lines(doc: Document) -> list[str]:
    lines = []
    for entity in doc.entities:
        record = {
            "doc_id": doc.doc_id,
            "label": entity.label,
            "text": entity.text,
            "start": entity.start,
            "end": entity.end,
        }
        if entity.value is not None:
            record["value"] = entity.value
        record["source"] = entity.source
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


class RunWriter:
    """Writes a run's outputs into a folder; use as a context manager around the document stream."""

    def __init__(self, outdir: str | Path) -> None:
        self.outdir = Path(outdir)
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.counts = {"documents": 0, "with_frames": 0, "without_frames": 0, "failed": 0, "frames": 0, "entities": 0}
        self.failures: list[dict[str, str]] = []
        self.event_types: dict[str, int] = {}
        self.ids: dict[str, int] = {}

    def __enter__(self) -> RunWriter:
        self.events = open(self.outdir / "events.jsonl", "w", encoding="utf-8", newline="\n")
        self.entities = open(self.outdir / "entities.jsonl", "w", encoding="utf-8", newline="\n")
        return self

    def write(self, doc: Document) -> None:
        """Append one document's lines and count it."""
        self.counts["documents"] += 1
        self.ids[doc.doc_id] = self.ids.get(doc.doc_id, 0) + 1
        if doc.error:
            self.counts["failed"] += 1
            self.failures.append({"doc_id": doc.doc_id, "error": doc.error})
            return
        for line in frame_lines(doc):
            self.events.write(line + "\n")
        for line in entity_lines(doc):
            self.entities.write(line + "\n")
        self.counts["with_frames" if doc.frames else "without_frames"] += 1
        self.counts["frames"] += len(doc.frames)
        self.counts["entities"] += len(doc.entities)
        for frame in doc.frames:
            self.event_types[frame.event_type] = self.event_types.get(frame.event_type, 0) + 1

    def summary(self) -> dict:
        return {
            **self.counts,
            "failures": self.failures,
            "event_types": dict(sorted(self.event_types.items())),
            "duplicate_ids": sorted(i for i, n in self.ids.items() if n > 1),
        }

    def __exit__(self, exc_type: type | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.events.close()
        self.entities.close()
        (self.outdir / "summary.json").write_text(
            json.dumps(self.summary(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
