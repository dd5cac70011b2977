"""Engines: run a pipeline over a corpus locally, in worker processes, or on a Dask cluster.

Every engine turns records into :class:`Result` objects (a document's output lines and its
status) in input order, so the output is byte-identical whatever the engine or the number of
workers. Workers build their own pipeline once (models load once per process) and send back
only text lines, which are cheap to move between processes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.core import Pipeline
from pipeline.read import Record, read
from pipeline.write import entity_lines, frame_lines

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Result:
    """What a run keeps of one processed document."""

    doc_id: str
    error: str | None = None
    frames: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    tokens: int = 0
    note: str | None = None  # why a document read fine yet can give nothing ("not Hindi")


def process(pipeline: Pipeline, record: Record) -> Result:
    """Read and process one record; never raises (a failure is the result's ``error``)."""
    try:
        doc = pipeline(read(record))
    except Exception as exc:
        log.exception("%s: failed", record.doc_id)
        return Result(record.doc_id, error=f"{type(exc).__name__}: {exc}")
    if doc.error:
        return Result(doc.doc_id, error=doc.error)
    return Result(
        doc.doc_id,
        frames=frame_lines(doc),
        entities=entity_lines(doc),
        event_types=[f.event_type for f in doc.frames],
        tokens=sum(len(s.tokens) for s in doc.sentences),
        note=doc.meta.get("note"),
    )


def run_local(pipeline_spec: dict, records: Iterable[Record]) -> Iterator[Result]:
    """One process: the pipeline is built here and documents stream through it."""
    pipeline = Pipeline(**pipeline_spec)
    for record in records:
        yield process(pipeline, record)


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(pipeline_spec: dict) -> None:
    global _WORKER_PIPELINE
    one_thread()
    _WORKER_PIPELINE = Pipeline(**pipeline_spec)


def one_thread() -> None:
    """A worker is one process per core: torch's own threads would only fight the other workers."""
    import torch

    torch.set_num_threads(1)


def _work(record: Record) -> Result:
    assert _WORKER_PIPELINE is not None
    return process(_WORKER_PIPELINE, record)


def run_workers(pipeline_spec: dict, records: Iterable[Record], workers: int) -> Iterator[Result]:
    """N processes, each with its own pipeline; ``imap`` keeps input order with bounded memory."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # torch and spaCy are not fork-safe
    with context.Pool(workers, initializer=_init_worker, initargs=(pipeline_spec,)) as pool:
        yield from pool.imap(_work, records, chunksize=4)


def run_dask(
    pipeline_spec: dict, records: Iterable[Record], scheduler: str | None = None, partition: int = 32
) -> Iterator[Result]:
    """Partitions of documents on a Dask cluster (a local one when no scheduler address is given).

    Partitions are submitted a few at a time and gathered in order, so a corpus is never held
    whole in memory and the output order is the input order.
    """
    from distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=2, threads_per_worker=1, processes=True)
    client = Client(scheduler or cluster)
    try:
        stream = iter(records)
        pending = []
        while batch := list(itertools.islice(stream, partition)):
            pending.append(client.submit(_dask_partition, pipeline_spec, batch, pure=False))
            if len(pending) >= 4:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_partition(pipeline_spec: dict, batch: list[Record]) -> list[Result]:
    """Runs on a Dask worker: the pipeline is built once per worker process and kept on it."""
    from distributed import get_worker

    worker = get_worker()
    if not hasattr(worker, "event_frame_pipeline"):
        one_thread()
        worker.event_frame_pipeline = Pipeline(**pipeline_spec)
    return [process(worker.event_frame_pipeline, record) for record in batch]


def run(
    pipeline_spec: dict,
    records: Iterable[Record],
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Dispatch to an engine: ``local`` (``workers`` processes) or ``dask``."""
    if engine == "dask":
        return run_dask(pipeline_spec, records, scheduler)
    if workers > 1:
        return run_workers(pipeline_spec, records, workers)
    return run_local(pipeline_spec, records)
