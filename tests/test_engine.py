"""Corpus runs: workers, resume after kill -9, Dask; the output must not depend on how it ran."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """24 article-sized records built from the seeds, with publication dates."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(24):
            record = {"id": f"n{i:03d}", "text": texts[i % 2], "date": f"2024-09-{1 + i % 28:02d}"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("reference")
    assert main(["run", str(corpus), "-o", str(out)]) == 0
    return out


def outputs(folder: Path) -> tuple[bytes, bytes, dict]:
    """A run's outputs, but for its timing (which no two runs share)."""
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    timing = summary.pop("timing")
    assert timing["seconds"] >= timing["first_document_seconds"] >= 0
    return (folder / "events.jsonl").read_bytes(), (folder / "entities.jsonl").read_bytes(), summary


def test_two_workers_give_identical_output(corpus, reference, tmp_path):
    assert main(["run", str(corpus), "-o", str(tmp_path), "--workers", "2"]) == 0
    assert outputs(tmp_path) == outputs(reference)


def test_resume_after_kill_9_gives_the_uninterrupted_output(corpus, reference, tmp_path):
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    journal = tmp_path / "progress.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = journal.read_bytes().count(b"\n")
    assert 3 <= done < 24
    with open(tmp_path / "events.jsonl", "ab") as handle:  # a half-written line, as a kill can leave
        handle.write(b'{"schema": "event-fr')
    assert main(["run", str(corpus), "-o", str(tmp_path), "--resume"]) == 0
    assert outputs(tmp_path) == outputs(reference)


def test_dask_local_cluster_gives_identical_output(corpus, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        assert (
            main(
                ["run", str(corpus), "-o", str(tmp_path), "--engine", "dask", "--scheduler", cluster.scheduler_address]
            )
            == 0
        )
    assert outputs(tmp_path) == outputs(reference)


def test_parquet_tables_read_back(corpus, tmp_path):
    pytest.importorskip("pyarrow")
    from pipeline.analytics import load

    assert main(["run", str(corpus), "-o", str(tmp_path), "--format", "parquet"]) == 0
    tables = load(tmp_path)
    assert (tmp_path / "frames.parquet").exists()
    assert len(tables.frames) == len((tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines())
    assert set(tables.participants.country.dropna()) >= {"IND", "PER", "RUS"}


def test_globs_and_duplicate_ids_are_reported(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("भारत और रूस ने समझौते पर हस्ताक्षर किए।", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "नमस्ते।"}\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "*.txt"), str(tmp_path / "c.jsonl"), "-o", str(out)]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["documents"] == 3 and summary["duplicate_ids"] == ["a"]


def test_a_run_that_writes_nothing_reports_no_first_document(tmp_path):
    from pipeline.write import RunWriter

    with RunWriter(tmp_path) as writer:
        timing = writer.timing()
    assert timing["seconds"] >= 0
    assert timing["first_document_seconds"] is None  # not a negative interval
    assert timing["documents_per_s_after_first"] is None


@pytest.mark.parametrize("home,expected", [("IND", "IND"), ("none", None)])
def test_the_home_country_is_an_option(tmp_path, home, expected):
    (tmp_path / "a.txt").write_text("विदेश सचिव ने जापान के राजदूत से मुलाकात की।", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(out), "--home-country", home]) == 0
    (frame,) = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted((a["title"], a["country"] or "-") for a in frame["participants"]) == sorted(
        [("विदेश सचिव", expected or "-"), ("राजदूत", "JPN")]
    )
