"""Command line: ``python -m pipeline run|evaluate|evaluate-ner ...``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from pipeline.core import DEFAULT_STAGES, Pipeline
from pipeline.read import iter_records


def _run(args: argparse.Namespace) -> int:
    from pipeline.write import RunWriter

    stages = [s for s in args.stages.split(",") if s] if args.stages else list(DEFAULT_STAGES)
    options = {"ner": {"model": None if args.no_model else args.ner_model}} if "ner" in stages else {}
    pipeline = Pipeline(stages, options)
    with RunWriter(args.output) as writer:
        for doc in pipeline.pipe(iter_records(args.inputs)):
            writer.write(doc)
    summary = writer.summary()
    print(
        f"{summary['documents']} documents: {summary['with_frames']} with frames, "
        f"{summary['without_frames']} without, {summary['failed']} failed; {summary['frames']} frames -> {args.output}"
    )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import format_table, read_frames, score

    result = score(read_frames(args.gold), read_frames(args.pred))
    print(format_table(result))
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _evaluate_ner(args: argparse.Namespace) -> int:
    from pipeline.ner_eval import evaluate_file

    evaluate_file(args.file, model=None if args.no_model else args.ner_model, limit=args.limit, exclude=args.exclude)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from pipeline.ner import DEFAULT_NER_MODEL

    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Event frames from Hindi news.")
    parser.add_argument("--log-level", default="WARNING", help="DEBUG, INFO, WARNING, ERROR")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the pipeline over .txt files, folders or .jsonl records")
    run.add_argument("inputs", nargs="+", type=Path)
    run.add_argument("-o", "--output", type=Path, required=True, help="output folder")
    run.add_argument("--stages", default="", help=f"comma-separated stages (default: {','.join(DEFAULT_STAGES)})")
    run.add_argument("--ner-model", type=Path, default=DEFAULT_NER_MODEL, help="spaCy NER model directory")
    run.add_argument("--no-model", action="store_true", help="gazetteers and rules only")
    run.set_defaults(func=_run)

    evaluate = commands.add_parser("evaluate", help="score predicted frames against gold frames")
    evaluate.add_argument("gold", type=Path)
    evaluate.add_argument("pred", type=Path)
    evaluate.set_defaults(func=_evaluate)

    ner = commands.add_parser("evaluate-ner", help="score the NER stage on an IL-NER format file")
    ner.add_argument("file", type=Path)
    ner.add_argument("--ner-model", type=Path, default=DEFAULT_NER_MODEL)
    ner.add_argument("--no-model", action="store_true")
    ner.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    ner.add_argument("--exclude", type=Path, default=None, help="drop sentences that also occur in this file (training)")
    ner.set_defaults(func=_evaluate_ner)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
