"""Shared fixtures: one pipeline per test session (models load once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core import Pipeline
from pipeline.read import read_text

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


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
