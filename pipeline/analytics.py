"""pandas views of a run's ``events.jsonl``: frames, participants and topics tables.

from pipeline.analytics import load
tables = load("outputs")
tables.participants.groupby("country").size()
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

FRAME_COLUMNS = [
    "frame_id", "doc_id", "event_type", "cameo", "modality", "countries", "country_pair",
    "location", "location_country", "date", "year", "month", "topics", "confidence", "evidence",
]  # fmt: skip


@dataclass
class Tables:
    """One row per frame, per participant of a frame, and per topic of a frame."""

    frames: pd.DataFrame
    participants: pd.DataFrame
    topics: pd.DataFrame


TABLES = ("frames", "participants", "topics")


def load(path: str | Path) -> Tables:
    """The three tables of a run: from its parquet files when present, else from ``events.jsonl``."""
    path = Path(path)
    if path.is_dir() and all((path / f"{name}.parquet").exists() for name in TABLES):
        return Tables(*(pd.read_parquet(path / f"{name}.parquet") for name in TABLES))
    if path.is_dir():
        path = path / "events.jsonl"
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return tables(records)


def by_doc(path: str | Path) -> dict[str, list[dict]]:
    """The records of a run output (events.jsonl, entities.jsonl) grouped by ``doc_id``, in order."""
    grouped: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                grouped.setdefault(record["doc_id"], []).append(record)
    return grouped


def tables(records: list[dict]) -> Tables:
    frames = pd.DataFrame([_frame_row(r) for r in records], columns=FRAME_COLUMNS)
    participants = pd.DataFrame(
        [
            {"frame_id": r["frame_id"], "doc_id": r["doc_id"], "event_type": r["event_type"], **_actor_row(a)}
            for r in records
            for a in r.get("participants") or []
        ],
        columns=["frame_id", "doc_id", "event_type", "name", "title", "org", "country", "role", "country_inferred"],
    )
    topics = pd.DataFrame(
        [
            {"frame_id": r["frame_id"], "doc_id": r["doc_id"], "event_type": r["event_type"], "topic": t}
            for r in records
            for t in r.get("topics") or []
        ],
        columns=["frame_id", "doc_id", "event_type", "topic"],
    )
    return Tables(frames, participants, topics)


def _frame_row(record: dict) -> dict:
    location = record.get("location") or {}
    date = (record.get("date") or {}).get("value") or ""
    countries = record.get("countries") or []
    return {
        "frame_id": record["frame_id"],
        "doc_id": record["doc_id"],
        "event_type": record["event_type"],
        "cameo": record.get("cameo"),
        "modality": record.get("modality"),
        "countries": countries,
        "country_pair": "-".join(countries) if len(countries) == 2 else None,
        "location": location.get("text"),
        "location_country": location.get("country"),
        "date": date or None,
        "year": int(date[:4]) if date[:4].isdigit() else None,
        "month": date[:7] if len(date) >= 7 and date[:4].isdigit() else None,
        "topics": record.get("topics") or [],
        "confidence": record.get("confidence"),
        "evidence": record.get("evidence"),
    }


def _actor_row(actor: dict) -> dict:
    """``country_inferred``: the text never states the country (filter these out for stated facts only)."""
    row = {k: actor.get(k) for k in ("name", "title", "org", "country", "role")}
    return {**row, "country_inferred": bool(actor.get("country_inferred", False))}


def write_parquet(outdir: str | Path) -> None:
    """frames.parquet, participants.parquet and topics.parquet beside a run's events.jsonl."""
    outdir = Path(outdir)
    loaded = load(outdir / "events.jsonl")
    for name in TABLES:
        getattr(loaded, name).to_parquet(outdir / f"{name}.parquet", index=False)
