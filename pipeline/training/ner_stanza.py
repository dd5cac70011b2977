"""Train stanza's NER tagger on IL-NER Hindi (the NER stage's default model, ``models/ner-stanza``) and score it.

Usage::

    python -m pipeline.training.ner_stanza --data ../shared/data --out models/ner-stanza --seed 0 --steps 20000
    python -m pipeline.training.ner_stanza --eval-only --data ../shared/data --out models/ner-stanza

Why it is built this way:

* The splits are read with :func:`pipeline.ilner.read_ilner`, so stanza sees exactly the cleaned tags
  our spaCy model is trained and scored on; the comparison is then about the models, not the data.
* No download is possible here: no charlm (stanza's ``ner_tagger`` uses none unless ``--charlm`` is
  given) and no official vectors. The 100-d word2vec vectors are trained with gensim (one worker,
  seeded) on the IL-NER *train* tokens and converted with stanza's own ``convert_pretrain``. Adding
  the HDTB treebank's text to them was tried and scored lower on dev (0.793 against 0.803).
* Continuing from the best checkpoint was tried on dev and not kept (the shipped model: 0.817, float32):
  6,000 more SGD steps at lr 0.02 with the weights averaged every 200 steps (SWA), 0.814; the same on
  train plus two copies with each person, place and organisation swapped for another of its type from
  train (mention replacement), 0.815 averaged and 0.808 without averaging; Adam at lr 0.001 stayed
  near 0.80 (stanza's scorer) for 1,200 steps and was stopped.
* Other seeds stop earlier (seed 1: dev 0.801, seed 2: 0.809); averaging seed 0's and seed 2's emission
  and transition scores before decoding scored dev 0.8165 against 0.8167 for seed 0 alone, at half the
  speed, so one tagger ships. Seed 1 with ``--patience 6000`` (three halvings of the learning rate
  before stopping) reaches dev 0.810, still below seed 0.
* Training runs ``python -m stanza.models.ner_tagger`` in a subprocess with ``OMP_NUM_THREADS=1``
  and ``--cpu``: the same command as the hand run that produced the shipped model, with its log kept
  in the work dir. Stanza saves the best dev-F1 checkpoint, not the last step.
* Scoring uses our scorer (:func:`pipeline.ilner.score_spans`) rather than stanza's, after turning
  stanza's BIOES output back into BIO, so the figures are comparable with ``models/ner-spacy/metrics.json``.
  Test minus the sentences that also occur in train shows how much of the score is memorisation.
* Scores and tokens/s come from the NER stage's own model class (int8 by default, float32 as well),
  with torch on one thread (best of two passes over test), a one-core figure.

Heavy imports (stanza, torch, gensim) happen inside functions so the conversions are cheap to import.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.ilner import TYPES, Sentence, Span, dedupe_against, read_ilner, score_spans

ILNER_DIR = "IL-NER-Hindi"
SPLITS = ("train", "dev", "test")
SHORTHAND = "hi_ilner"
MODEL_NAME = "hi_ilner_nertagger.pt"
PRETRAIN_NAME = "hi_w2v.pt"
EVAL_INTERVAL = 400
PATIENCE = 2500  # stanza's default: the learning rate halves after 4 evaluations (1,600 steps) without gain
W2V_ARGS: dict[str, int] = {
    "vector_size": 100,
    "window": 5,
    "min_count": 2,
    "sg": 1,
    "negative": 10,
    "epochs": 15,
    "workers": 1,
}
#: Lines of stanza's training log worth echoing (dev scores and the end of training).
ECHO_MARKERS = ("dev_score", "New best", "Training ended", "Best dev", "stopping")


def log(message: str) -> None:
    """Timestamped progress on stdout; full training takes tens of minutes."""
    print(f"[ner-stanza {time.strftime('%H:%M:%S')}] {message}", flush=True)


def to_stanza_json(sentences: Sequence[Sentence]) -> list[list[dict[str, str]]]:
    """Stanza's NER training format: a list of sentences, each a list of ``{"text", "ner"}`` tokens."""
    return [[{"text": tok, "ner": tag} for tok, tag in sent] for sent in sentences]


def bioes_to_bio(tags: Sequence[str]) -> list[str]:
    """Map stanza's BIOES tags to BIO (``S-``→``B-``, ``E-``→``I-``) so :func:`bio_spans` reads them."""
    prefix_map = {"S": "B", "E": "I"}
    return [prefix_map[t[0]] + t[1:] if t[:2] in ("S-", "E-") else t for t in tags]


def load_splits(data: Path) -> dict[str, list[Sentence]]:
    """The three cleaned IL-NER splits, keyed ``train``/``dev``/``test``."""
    return {split: read_ilner(data / ILNER_DIR / f"Hindi-{split}.txt") for split in SPLITS}


def write_json(splits: dict[str, list[Sentence]], work: Path) -> dict[str, Path]:
    """Write ``{split}.json`` for stanza; returns the paths."""
    paths: dict[str, Path] = {}
    for split, sents in splits.items():
        paths[split] = work / f"{split}.json"
        paths[split].write_text(json.dumps(to_stanza_json(sents), ensure_ascii=False), encoding="utf-8")
        log(f"{split}: {len(sents)} sentences -> {paths[split]}")
    return paths


def stanza_env(work: Path) -> dict[str, str]:
    """One thread (a one-core, repeatable run) and a resources dir in the work dir (nothing fetched)."""
    env = dict(os.environ)
    env.update(
        {
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            "PYTHONUNBUFFERED": "1",
            "STANZA_RESOURCES_DIR": str(work / "stanza_resources"),
        }
    )
    return env


def run_module(module: str, args: list[str], env: dict[str, str], logfile: Path, cwd: Path) -> None:
    """Run ``python -m module args``, keep its output in ``logfile``, echo the interesting lines.

    Stanza's errors only appear in its output, so on failure the log tail goes into the exception.
    """
    log(f"run {module} {' '.join(args)} (log {logfile})")
    with logfile.open("w", encoding="utf-8") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            env=env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            fh.write(line)
            if any(marker in line for marker in ECHO_MARKERS):
                log("  " + line.rstrip())
        code = proc.wait()
    if code != 0:
        tail = logfile.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"{module} failed ({code}); log {logfile}:\n{tail}")


def train_vectors(texts: Sequence[Sequence[str]], work: Path, seed: int, env: dict[str, str]) -> Path:
    """word2vec on the given sentences, converted to stanza's pretrain file.

    The official Hindi vectors cannot be downloaded; vectors from train alone keep dev/test unseen.
    """
    from gensim.models import Word2Vec

    w2v = Word2Vec([list(sent) for sent in texts], seed=seed, **W2V_ARGS)
    vec_txt = work / "vectors.txt"
    w2v.wv.save_word2vec_format(str(vec_txt))
    pretrain = work / PRETRAIN_NAME
    run_module(
        "stanza.models.common.convert_pretrain",
        [str(pretrain), str(vec_txt), "-1"],
        env,
        work / "convert_pretrain.log",
        work,
    )
    log(f"word2vec: {len(w2v.wv)} words x {W2V_ARGS['vector_size']} from {len(texts)} sentences -> {pretrain}")
    return pretrain


def tagger_args(
    paths: dict[str, Path], pretrain: Path, save_dir: Path, steps: int, seed: int, patience: int = PATIENCE
) -> list[str]:
    """The hand run's ``ner_tagger`` flags; no ``--charlm``, so nothing has to be downloaded.

    Stanza only saves a model when it scores dev, so short (smoke) runs evaluate at their last step.
    ``patience`` is how many steps without a better dev score end the run (stanza's
    ``--max_steps_no_improve``).
    """
    return [
        "--train_file",
        str(paths["train"]),
        "--eval_file",
        str(paths["dev"]),
        "--wordvec_pretrain_file",
        str(pretrain),
        "--shorthand",
        SHORTHAND,
        "--save_dir",
        str(save_dir),
        "--save_name",
        MODEL_NAME,
        "--max_steps",
        str(steps),
        "--eval_interval",
        str(min(EVAL_INTERVAL, steps)),
        "--seed",
        str(seed),
        "--max_steps_no_improve",
        str(patience),
        "--cpu",
    ]


def ship(model: Path, pretrain: Path, out: Path) -> None:
    """Copy the model and vectors under fixed names, plus the ``{}`` resources.json offline loading needs."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, out / MODEL_NAME)
    shutil.copyfile(pretrain, out / PRETRAIN_NAME)
    (out / "resources.json").write_text("{}\n", encoding="utf-8")
    for name in (MODEL_NAME, PRETRAIN_NAME):
        log(f"shipped {out / name} ({(out / name).stat().st_size / 1e6:.1f} MB)")


def train(data: Path, out: Path, work: Path, seed: int, steps: int, patience: int = PATIENCE) -> dict[str, Any]:
    """Prepare JSON and vectors, train, ship; returns the training record for metrics.json."""
    started = time.time()
    work.mkdir(parents=True, exist_ok=True)
    env = stanza_env(work)
    splits = load_splits(data)
    paths = write_json(splits, work)
    pretrain = train_vectors([[tok for tok, _ in sent] for sent in splits["train"]], work, seed, env)
    save_dir = work / "saved"
    args = tagger_args(paths, pretrain, save_dir, steps, seed, patience)
    run_module("stanza.models.ner_tagger", args, env, work / "ner_tagger.log", work)
    model = save_dir / MODEL_NAME
    if not model.exists():
        raise RuntimeError(f"stanza saved no model at {model}; see {work / 'ner_tagger.log'}")
    ship(model, pretrain, out)
    minutes = round((time.time() - started) / 60, 1)
    log(f"training done in {minutes} min")
    return {
        "seed": seed,
        "steps": steps,
        "patience": patience,
        "work_dir": str(work),
        "train_minutes": minutes,
        "word2vec": {**W2V_ARGS, "seed": seed},
        "ner_tagger_args": [a.replace(str(work), "<work>") for a in args],
    }


def load_tagger(model_dir: Path, quantize: bool = True) -> Any:
    """The NER stage's own model (:class:`pipeline.ner_model.StanzaModel`) on the shipped files, one CPU thread."""
    import torch

    from pipeline.ner_model import StanzaModel

    torch.set_num_threads(1)
    return StanzaModel(model_dir, quantize=quantize)


def predict_spans(model: Any, sentences: Sequence[Sentence]) -> list[list[Span]]:
    """Tag the gold tokens and return each sentence's predicted ``(start, end, type)`` spans."""
    return model.predict([[tok for tok, _ in sent] for sent in sentences])


def tokens_per_second(model: Any, sentences: Sequence[Sentence], repeats: int = 2) -> float:
    """Best of ``repeats`` wall-clock passes: the least disturbed by other jobs on shared cores."""
    n_tokens = sum(len(sent) for sent in sentences)
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        predict_spans(model, sentences)
        rates.append(n_tokens / (time.perf_counter() - start))
    return max(rates)


def rounded(scores: dict[str, Any]) -> dict[str, Any]:
    """Four decimals for p/r/f (counts stay integers): enough for the README and readable diffs."""
    return {
        k: rounded(v) if isinstance(v, dict) else round(v, 4) if isinstance(v, float) else v for k, v in scores.items()
    }


def evaluate(data: Path, out: Path, extra: dict[str, Any]) -> dict[str, Any]:
    """Score the model in ``out`` on dev, test and unseen test, time it, write ``out/metrics.json``."""
    import stanza
    import torch

    splits = load_splits(data)
    eval_sets = {
        "dev": splits["dev"],
        "test": splits["test"],
        "test_unseen": dedupe_against(splits["train"], splits["test"]),
    }
    metrics_file = out / "metrics.json"
    metrics: dict[str, Any] = json.loads(metrics_file.read_text(encoding="utf-8")) if metrics_file.exists() else {}
    metrics.update(extra)
    metrics["model"] = (
        f"stanza {stanza.__version__} NER tagger (BiLSTM-CRF, char-LSTM, no charlm), "
        "100-d word2vec trained on IL-NER train only"
    )
    for quantize in (True, False):
        log(f"loading {out / MODEL_NAME} ({'int8' if quantize else 'float32'})")
        model = load_tagger(out, quantize)
        key = "" if quantize else "float32_"
        for name, sents in eval_sets.items():
            scores = rounded(score_spans(sents, predict_spans(model, sents), types=TYPES))
            metrics[key + name] = scores
            per_type = " ".join(f"{t} {v['f']:.3f}" for t, v in scores["per_type"].items())
            o = scores["overall"]
            log(f"{key}{name} ({len(sents)} sentences): P {o['p']:.4f} R {o['r']:.4f} F1 {o['f']:.4f} | {per_type}")
        log("timing on test (1 thread, best of 2)")
        metrics[key + "tokens_per_second_1_thread"] = round(tokens_per_second(model, splits["test"]), 1)
    metrics["test_unseen_sentences"] = len(eval_sets["test_unseen"])
    metrics["speed_note"] = (
        "torch 1 thread, StanzaModel.predict (the NER stage's call) over test, wall clock, best of 2; "
        "unprefixed figures are the int8 model the stage runs by default, float32_* the same weights unquantized"
    )
    metrics["model_size_mb"] = round(sum((out / n).stat().st_size for n in (MODEL_NAME, PRETRAIN_NAME)) / 1e6, 1)
    metrics["versions"] = {"stanza": stanza.__version__, "torch": torch.__version__, "python": sys.version.split()[0]}
    log(f"{metrics['tokens_per_second_1_thread']:.0f} tokens/s -> {metrics_file}")
    metrics_file.write_text(json.dumps(metrics, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return metrics


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding IL-NER-Hindi/")
    parser.add_argument("--out", type=Path, default=Path("models/ner-stanza"))
    parser.add_argument("--work", type=Path, default=None, help="scratch dir (default: a new temp dir, kept)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--steps",
        type=int,
        default=20000,
        help="max ner_tagger training steps (it stops earlier after 2,500 without a better dev score)",
    )
    parser.add_argument(
        "--patience", type=int, default=PATIENCE, help="steps without a better dev score that end training"
    )
    parser.add_argument("--eval-only", action="store_true", help="skip training, score the model in --out")
    args = parser.parse_args(argv)
    extra: dict[str, Any] = {}
    if not args.eval_only:
        work = (args.work or Path(tempfile.mkdtemp(prefix="ner-stanza-"))).resolve()
        log(f"work dir {work}")
        extra["train"] = train(args.data, args.out, work, args.seed, args.steps, args.patience)
    evaluate(args.data, args.out, extra)


if __name__ == "__main__":
    main()
