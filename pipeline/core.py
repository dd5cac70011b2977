"""The Pipeline: an explicit, ordered list of stages, each ``Document -> Document``.

A stage is any callable with a ``name`` and optional ``requires``/``provides`` sets; the
pipeline checks at build time that every requirement is provided by an earlier stage and
reports all failures at once. A stage that raises on one document marks that document failed
(``doc.error``) instead of stopping the run.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from pipeline.document import Document
from pipeline.read import Record, read

log = logging.getLogger(__name__)


@runtime_checkable
class Stage(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


class PipelineError(ValueError):
    """A pipeline whose stages cannot run in the given order."""


STAGES = {
    "segment": "pipeline.segment:Segmenter",
    "ner": "pipeline.ner:NER",
    "syntax": "pipeline.syntax:Syntax",
    "actors": "pipeline.actors:Actors",
    "frames": "pipeline.frames:Frames",
}


def make_stage(name: str, **options) -> Stage:
    """Build a registered stage by name; its module is imported only now, so unused models never load."""
    if name not in STAGES:
        raise PipelineError(f"unknown stage {name!r}; available: {', '.join(sorted(STAGES))}")
    module, _, attr = STAGES[name].partition(":")
    return getattr(importlib.import_module(module), attr)(**options)


DEFAULT_STAGES = ("segment", "ner", "actors", "frames")


class Pipeline:
    """Run documents through stages in order; ``pipe`` streams and never stops on a bad document."""

    def __init__(self, stages: Iterable[Stage | str] = DEFAULT_STAGES, options: dict[str, dict] | None = None) -> None:
        self.stages: list[Stage] = [
            make_stage(stage, **(options or {}).get(stage, {})) if isinstance(stage, str) else stage for stage in stages
        ]
        self._check()

    def _check(self) -> None:
        provided = {"text"}
        missing = []
        for stage in self.stages:
            need = set(getattr(stage, "requires", ())) - provided
            if need:
                missing.append(f"{stage.name} needs {', '.join(sorted(need))}")
            provided |= set(getattr(stage, "provides", ()))
        if missing:
            raise PipelineError("; ".join(missing))

    def __call__(self, doc: Document | str) -> Document:
        if isinstance(doc, str):
            doc = read(Record(doc_id="doc", data=doc))
        for stage in self.stages:
            if doc.error:
                break
            try:
                doc = stage(doc)
            except Exception as exc:
                log.exception("%s: stage %s failed", doc.doc_id, stage.name)
                doc.error = f"{stage.name}: {type(exc).__name__}: {exc}"
        return doc

    def pipe(self, records: Iterable[Record]) -> Iterator[Document]:
        """Read and process records one at a time, in input order."""
        for record in records:
            yield self(read(record))
