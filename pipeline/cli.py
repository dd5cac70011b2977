"""Command line: ``python -m pipeline run|evaluate|evaluate-ner ...``."""

from __future__ import annotations

import argparse
import glob
import itertools
import json
import logging
import sys
from pathlib import Path

from pipeline.core import DEFAULT_STAGES
from pipeline.read import iter_records


def _run(args: argparse.Namespace) -> int:
    from pipeline.engine import run
    from pipeline.write import RunWriter

    stages = [s for s in args.stages.split(",") if s] if args.stages else list(DEFAULT_STAGES)
    model = None if args.no_model else str(args.ner_model)
    home = None if args.home_country.lower() == "none" else args.home_country.upper()
    options = {
        "ner": {"model": model, "quantize": not args.float32},
        "actors": {"home_country": home},
        "frames": {"home_country": home},
    }
    options = {stage: option for stage, option in options.items() if stage in stages}
    spec = {"stages": stages, "options": options}
    inputs = _expand(args.inputs)
    with RunWriter(args.output, resume=args.resume, inputs=[str(p.resolve()) for p in inputs]) as writer:
        records = itertools.islice(iter_records(inputs), writer.done, None)
        results = run(spec, records, engine=args.engine, workers=args.workers, scheduler=args.scheduler)
        for result in _progress(results, initial=writer.done):
            writer.write(result)
    if args.format == "parquet":
        from pipeline.analytics import write_parquet

        write_parquet(args.output)
    summary = writer.summary()
    print(
        f"{summary['documents']} documents: {summary['with_frames']} with frames, "
        f"{summary['without_frames']} without, {summary['failed']} failed; {summary['frames']} frames -> {args.output}"
    )
    return 0


def _expand(inputs: list[str]) -> list[Path]:
    """Paths, with glob patterns expanded (sorted, so runs are reproducible)."""
    paths: list[Path] = []
    for item in inputs:
        matches = sorted(glob.glob(item, recursive=True)) if glob.has_magic(item) else [item]
        paths.extend(Path(m) for m in matches)
    return paths


def _progress(results, initial: int):
    """A progress bar (documents/s, count) on a terminal; nothing when output is not a terminal."""
    if not sys.stderr.isatty():
        return results
    from tqdm import tqdm

    return tqdm(results, initial=initial, unit="doc", dynamic_ncols=True)


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import format_table, read_frames, score

    result = score(read_frames(args.gold), read_frames(args.pred))
    print(format_table(result))
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _evaluate_ner(args: argparse.Namespace) -> int:
    from pipeline.ner_eval import evaluate_file

    evaluate_file(
        args.file,
        model=None if args.no_model else args.ner_model,
        limit=args.limit,
        exclude=args.exclude,
        quantize=not args.float32,
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    from pipeline.report import build

    print(build(args.outdir, max_docs=args.max_docs))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from pipeline.ner import DEFAULT_NER_MODEL

    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Event frames from Hindi news.")
    parser.add_argument("--log-level", default="WARNING", help="DEBUG, INFO, WARNING, ERROR")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the pipeline over .txt files, folders or .jsonl records")
    run.add_argument("inputs", nargs="+", help="files, folders, globs ('corpus/**/*.txt'), .jsonl(.gz)")
    run.add_argument("-o", "--output", type=Path, required=True, help="output folder")
    run.add_argument("--stages", default="", help=f"comma-separated stages (default: {','.join(DEFAULT_STAGES)})")
    run.add_argument(
        "--ner-model",
        type=Path,
        default=DEFAULT_NER_MODEL,
        help="NER model directory: stanza (default) or spaCy (models/ner-spacy)",
    )
    run.add_argument("--no-model", action="store_true", help="gazetteers and rules only")
    run.add_argument(
        "--home-country",
        default="IND",
        help="alpha-3 code of an official whose country the text never states ('none': leave it unknown)",
    )
    run.add_argument("--float32", action="store_true", help="run a stanza NER model unquantized (default int8)")
    run.add_argument("--workers", type=int, default=1, help="processes (models load once per process)")
    run.add_argument("--resume", action="store_true", help="continue an interrupted run into the same folder")
    run.add_argument("--engine", choices=("local", "dask"), default="local")
    run.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a local cluster)")
    run.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default="jsonl",
        help="parquet adds frames, participants and topics tables",
    )
    run.set_defaults(func=_run)

    evaluate = commands.add_parser("evaluate", help="score predicted frames against gold frames")
    evaluate.add_argument("gold", type=Path)
    evaluate.add_argument("pred", type=Path)
    evaluate.set_defaults(func=_evaluate)

    report = commands.add_parser("report", help="write OUTDIR/report.html for a finished run")
    report.add_argument("outdir", type=Path)
    report.add_argument(
        "--max-docs", type=int, default=200, help="documents shown in full (the corpus view counts all)"
    )
    report.set_defaults(func=_report)

    ner = commands.add_parser("evaluate-ner", help="score the NER stage on an IL-NER format file")
    ner.add_argument("file", type=Path)
    ner.add_argument("--ner-model", type=Path, default=DEFAULT_NER_MODEL)
    ner.add_argument("--no-model", action="store_true")
    ner.add_argument("--float32", action="store_true", help="run a stanza NER model unquantized (default int8)")
    ner.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    ner.add_argument(
        "--exclude", type=Path, default=None, help="drop sentences that also occur in this file (training)"
    )
    ner.set_defaults(func=_evaluate_ner)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
