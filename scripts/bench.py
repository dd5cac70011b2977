"""Benchmark: speed and memory of each stage and of whole runs, beside a stanza reference.

    python scripts/bench.py --data ../shared/data [--base 60] [--scales 1,4,16,64]

The corpus is real Hindi text: the sentences of IL-NER's dev and test files and of the UD files,
grouped 20 to a document (about one news article). Prints Markdown tables: per stage (one
process), whole runs with 1 and 2 workers at each size (documents/s, sentences/s, tokens/s, peak
RSS; wall clock with model loading, and the run's own rate once its first document is out, from
its summary.json), and stanza (pos, lemma, depparse from models/stanza-hi) on the same sentences.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES_PER_DOC = 20


def corpus_sentences(data: Path) -> list[list[str]]:
    """Token lists of every sentence in the IL-NER dev/test and UD files."""
    sentences: list[list[str]] = []
    for name in ("Hindi-dev.txt", "Hindi-test.txt"):
        current: list[str] = []
        for line in (data / "IL-NER-Hindi" / name).read_text(encoding="utf-8").splitlines():
            word = line.split("\t")[0].strip()
            if word:
                current.append(word)
            elif current:
                sentences.append(current)
                current = []
    for path in sorted(data.glob("UD_*/*.conllu")):
        current = []
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 10 and parts[0].isdigit():
                current.append(parts[1])
            elif not line.strip() and current:
                sentences.append(current)
                current = []
    return sentences


def write_corpus(sentences: list[list[str]], docs: int, path: Path) -> tuple[int, int]:
    """``docs`` documents of SENTENCES_PER_DOC sentences (cycling); returns (sentences, tokens)."""
    n_sentences = n_tokens = 0
    with open(path, "w", encoding="utf-8") as handle:
        for d in range(docs):
            chunk = [sentences[(d * SENTENCES_PER_DOC + i) % len(sentences)] for i in range(SENTENCES_PER_DOC)]
            n_sentences += len(chunk)
            n_tokens += sum(len(s) for s in chunk)
            text = "\n".join(" ".join(s) for s in chunk)
            handle.write(json.dumps({"id": f"b{d:06d}", "text": text}, ensure_ascii=False) + "\n")
    return n_sentences, n_tokens


def stage_table(path: Path, stages: list[str]) -> list[tuple]:
    """Seconds spent in each stage over the corpus, in this process (one core)."""
    from pipeline.core import Pipeline
    from pipeline.read import iter_records, read
    from pipeline.write import entity_lines, frame_lines

    torch_threads()
    pipeline = Pipeline(stages)
    spent = {"read": 0.0, **{s.name: 0.0 for s in pipeline.stages}, "write": 0.0}
    docs = sentences = tokens = 0
    for record in iter_records([path]):
        started = time.perf_counter()
        doc = read(record)
        spent["read"] += time.perf_counter() - started
        for stage in pipeline.stages:
            started = time.perf_counter()
            doc = stage(doc)
            spent[stage.name] += time.perf_counter() - started
        started = time.perf_counter()
        frame_lines(doc), entity_lines(doc)
        spent["write"] += time.perf_counter() - started
        docs += 1
        sentences += len(doc.sentences)
        tokens += sum(len(s.tokens) for s in doc.sentences)
    rows = [(name, docs / t, sentences / t, tokens / t) for name, t in spent.items() if t > 0]
    total = sum(spent.values())
    rows.append(("all stages", docs / total, sentences / total, tokens / total))
    return rows


def torch_threads() -> None:
    """One thread, so figures are per core."""
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


def whole_run(path: Path, workers: int, stages: str) -> tuple[float, float, dict]:
    """Wall seconds, peak RSS (MB) and the run's own timing (summary.json) of ``python -m pipeline run``."""
    with tempfile.TemporaryDirectory() as out:
        script = (
            "import resource, subprocess, sys, json;"
            f"p = subprocess.run([sys.executable, '-m', 'pipeline', 'run', {str(path)!r}, '-o', {out!r},"
            f" '--workers', '{workers}', '--stages', {stages!r}], capture_output=True);"
            "r = resource.getrusage(resource.RUSAGE_CHILDREN);"
            "print(json.dumps([p.returncode, r.ru_maxrss]))"
        )
        started = time.perf_counter()
        output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - started
        code, rss_kb = json.loads(output.stdout.strip().splitlines()[-1])
        if code != 0:
            raise RuntimeError(f"run failed with {code}")
        timing = json.loads((Path(out) / "summary.json").read_text(encoding="utf-8"))["timing"]
        return elapsed, rss_kb / 1024, timing


def stanza_reference(sentences: list[list[str]], model_dir: Path) -> float | None:
    """tokens/s of stanza pos+lemma+depparse (our shipped models) on pre-tokenized sentences."""
    if not (model_dir / "depparse.pt").exists():
        return None
    import stanza

    from pipeline.syntax import stanza_kwargs

    torch_threads()
    nlp = stanza.Pipeline(**stanza_kwargs(model_dir), logging_level="ERROR")
    started = time.perf_counter()
    nlp(sentences)
    return sum(len(s) for s in sentences) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--base", type=int, default=60, help="documents at scale 1")
    parser.add_argument("--scales", default="1,4,16,64", help='whole runs at these sizes ("": none)')
    parser.add_argument("--stages", default="segment,ner,actors,frames")
    parser.add_argument("--models", type=Path, default=Path("models/stanza-hi"))
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sentences = corpus_sentences(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "x1.jsonl"
        n_sent, n_tok = write_corpus(sentences, args.base, base)
        print(
            f"corpus: {len(sentences)} distinct sentences; scale 1 = {args.base} documents, {n_sent} sentences, {n_tok} tokens\n"
        )
        print(
            "## Per stage, one process, scale 1\n\n| stage | documents/s | sentences/s | tokens/s |\n|---|---|---|---|"
        )
        for name, d, s, t in stage_table(base, args.stages.split(",")):
            print(f"| {name} | {d:,.1f} | {s:,.0f} | {t:,.0f} |")
        ref_sentences = sentences[:n_sent]
        ref = stanza_reference(ref_sentences, args.models)
        print("\n## Whole runs (`python -m pipeline run`, start-up included)\n")
        print(
            "| scale | documents | workers | seconds | documents/s | sentences/s | tokens/s | peak RSS MB | x stanza |"
            " tokens/s after start-up | x stanza after start-up | x 1 worker after start-up |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for scale in (int(x) for x in args.scales.split(",") if x):  # --scales "": the per-stage table alone
            path = Path(tmp) / f"x{scale}.jsonl"
            docs = args.base * scale
            n_sent, n_tok = write_corpus(sentences, docs, path)
            one_worker = None
            for workers in (1, 2):
                seconds, rss, timing = whole_run(path, workers, args.stages)
                steady = (timing["documents_per_s_after_first"] or 0) * n_tok / docs  # tokens/s once models are loaded
                one_worker = one_worker or steady
                ratio = f"{n_tok / seconds / ref:.1f}" if ref else "n/a"
                steady_ratio = f"{steady / ref:.1f}" if ref else "n/a"
                print(
                    f"| {scale}x | {docs} | {workers} | {seconds:.1f} | {docs / seconds:,.1f} | {n_sent / seconds:,.0f} |"
                    f" {n_tok / seconds:,.0f} | {rss:,.0f} | {ratio} | {steady:,.0f} | {steady_ratio} |"
                    f" {steady / one_worker:.2f} |"
                )
        print(
            f"\nstanza reference (pos, lemma, depparse; models in {args.models}; one thread): "
            + (f"{ref:,.0f} tokens/s" if ref else "no models")
        )
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
