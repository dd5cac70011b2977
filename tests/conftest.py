"""Shared fixtures: one pipeline per test session (models load once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core import Pipeline
from pipeline.engine import one_thread
from pipeline.read import read_text

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist (``make test`` runs one worker per core) each worker is a process of its own: torch's threads
    would only fight the other workers for the cores."""
    if hasattr(config, "workerinput"):
        one_thread()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def run(pipeline):
    """Process one text and return the Document."""

    def _run(text: str, doc_id: str = "t", date: str | None = None):
        doc = pipeline(read_text(text, doc_id, date=date))
        assert doc.error is None, doc.error
        return doc

    return _run
