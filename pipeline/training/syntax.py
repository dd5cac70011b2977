"""Train stanza's Hindi tagger, lemmatizer and parser offline, then score them on Hindi PUD.

Why this exists: the official stanza Hindi models cannot be downloaded here, and the only HDTB
data we have is the 2015 dev/test release in UD v1. So we convert it to UD v2 (`ud.py`), split
it into our own train/dev, train small CPU-friendly models with local word2vec vectors, and
report on PUD (a different genre, never used for training or tuning).

    python -m pipeline.training.syntax --data /work/shared/data --out models/stanza-hi
    python -m pipeline.training.syntax --eval-only --data /work/shared/data --out models/stanza-hi
    python -m pipeline.training.syntax --ship-only --work DIR ...   # ship best-so-far of a stopped run

Heavy imports (stanza, gensim) happen inside functions so `stanza_kwargs` is cheap to import.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pipeline.syntax import stanza_kwargs
from pipeline.training import ud

TREEBANK = "UD_Hindi-HDTB"
SHORT_NAME = "hi_hdtb"
HDTB_FILES = ("UD_Hindi-HDTB-2015/hi-ud-dev.conllu", "UD_Hindi-HDTB-2015/hi-ud-test.conllu")
PUD_FILE = "UD_Hindi-PUD/hi_pud-ud-test.conllu"
NER_TRAIN_FILE = "IL-NER-Hindi/Hindi-train.txt"
PROCESSORS = ("pos", "lemma", "depparse")
MODEL_GLOBS = {"pos": "*tagger.pt", "lemma": "*lemmatizer.pt", "depparse": "*parser.pt"}
PRETRAIN = "pretrain.pt"
REPORTED = ("UPOS", "UFeats", "Lemmas", "UAS", "LAS", "tokens_per_s")
SCORED = ("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS", "CLAS", "MLAS", "BLEX")


def log(message: str) -> None:
    """Timestamped progress on stdout; training runs for tens of minutes."""
    print(f"[syntax {time.strftime('%H:%M:%S')}] {message}", flush=True)


def prepare_treebank(data: Path, work: Path, seed: int, dev_fraction: float) -> Path:
    """Convert HDTB-2015 to UD v2 and lay it out as stanza expects; returns UDBASE.

    There is no HDTB train file, so dev+test become our train/dev. Stanza's prepare scripts
    insist on a test file; it is a copy of our dev split (we never report on it).
    """
    sentences: list[ud.Sentence] = []
    for rel in HDTB_FILES:
        path = data / rel
        with path.open(encoding="utf-8") as fh:
            sentences += ud.convert_file(fh, prefix=path.stem)
    train, dev = ud.split_sentences(sentences, dev_fraction, seed)
    udbase = work / "ud"
    tb_dir = udbase / TREEBANK
    tb_dir.mkdir(parents=True, exist_ok=True)
    for split, sents in (("train", train), ("dev", dev), ("test", dev)):
        (tb_dir / f"{SHORT_NAME}-ud-{split}.conllu").write_text(ud.write_conllu(sents), encoding="utf-8")
    log(f"HDTB converted: {len(train)} train / {len(dev)} dev sentences in {tb_dir}")
    return udbase


def read_ner_tokens(path: Path) -> list[list[str]]:
    """Sentences of tokens from IL-NER's `token<TAB>tag` file (tags ignored, bad lines skipped)."""
    sentences: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        token = line.split("\t")[0].strip()
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
        elif token:
            current.append(token)
    if current:
        sentences.append(current)
    return sentences


def train_vectors(data: Path, train_conllu: Path, work: Path, seed: int, env: dict[str, str]) -> Path:
    """word2vec on HDTB-train + IL-NER-train text, converted to stanza's pretrain format.

    Small treebanks gain a lot from pretrained vectors and the conll17 ones are unreachable.
    PUD and our HDTB dev split are kept out.
    """
    from gensim.models import Word2Vec

    with train_conllu.open(encoding="utf-8") as fh:
        texts = [[tok[ud.FORM] for tok in toks] for _, toks in ud.read_conllu(fh)]
    texts += read_ner_tokens(data / NER_TRAIN_FILE)
    model = Word2Vec(texts, vector_size=100, window=5, min_count=2, sg=1, epochs=10, workers=1, seed=seed)
    vec_txt = work / "vectors.txt"
    model.wv.save_word2vec_format(str(vec_txt))
    out = work / PRETRAIN
    convert = run_module(
        "stanza.models.common.convert_pretrain", [str(out), str(vec_txt), "-1"], env, work / "pretrain.log"
    )
    convert.check()
    log(f"word2vec: {len(model.wv)} words x 100 from {len(texts)} sentences -> {out}")
    return out


class Job:
    """A stanza module running in the background with its output in a log file."""

    def __init__(self, module: str, args: list[str], env: dict[str, str], logfile: Path) -> None:
        self.name = module.rsplit(".", 1)[-1]
        self.logfile = logfile
        self._fh = logfile.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            env=env,
            stdout=self._fh,
            stderr=subprocess.STDOUT,
            cwd=env["SYNTAX_WORK"],
        )

    def check(self) -> None:
        """Wait; on failure show the log tail, because stanza's errors land there."""
        code = self.proc.wait()
        self._fh.close()
        if code != 0:
            tail = self.logfile.read_text(encoding="utf-8", errors="replace")[-3000:]
            raise RuntimeError(f"{self.name} failed ({code}); log {self.logfile}:\n{tail}")


def run_module(module: str, args: list[str], env: dict[str, str], logfile: Path) -> Job:
    """Start `python -m module args` without blocking."""
    log(f"start {module} {' '.join(args)} (log {logfile})")
    return Job(module, args, env, logfile)


def stanza_env(work: Path, udbase: Path) -> dict[str, str]:
    """Point stanza's data layout at the work dir; one thread per job on a shared 2-core box."""
    env = dict(os.environ)
    env.update(
        {
            "UDBASE": str(udbase),
            "DATA_ROOT": str(work / "data"),
            "SYNTAX_WORK": str(work),
            "STANZA_RESOURCES_DIR": str(work / "stanza_resources"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.setdefault("OMP_NUM_THREADS", "1")
    env.setdefault("MKL_NUM_THREADS", env["OMP_NUM_THREADS"])
    return env


def prepare_stanza_data(env: dict[str, str], work: Path) -> None:
    """Stanza's own prepare scripts; `--gold` stops them downloading a tagger to re-tag."""
    ds = "stanza.utils.datasets."
    run_module(ds + "prepare_pos_treebank", [TREEBANK], env, work / "prep_pos.log").check()
    run_module(
        ds + "prepare_lemma_treebank", [TREEBANK, "--gold", "--no_lemma_classifier"], env, work / "prep_lemma.log"
    ).check()
    run_module(ds + "prepare_depparse_treebank", [TREEBANK, "--gold"], env, work / "prep_depparse.log").check()


def training_args(steps: int, seed: int, pretrain: Path, work: Path) -> dict[str, list[str]]:
    """Per-processor arguments: offline flags plus the CPU-sized settings measured here."""
    common = [TREEBANK, "--no_charlm", "--seed", str(seed)]
    vectors = ["--wordvec_pretrain_file", str(pretrain)]
    return {
        "pos": [
            *common,
            *vectors,
            "--save_dir",
            str(work / "saved/pos"),
            "--max_steps",
            str(steps),
            "--batch_size",
            "32",
            "--deep_biaff_hidden_dim",
            "100",
        ],
        "lemma": [*common, "--save_dir", str(work / "saved/lemma"), "--num_epoch", "10", "--decay_epoch", "5"],
        "depparse": [
            *common,
            *vectors,
            "--save_dir",
            str(work / "saved/depparse"),
            "--max_steps",
            str(steps),
            "--batch_size",
            "1000",
            "--hidden_dim",
            "200",
            "--deep_biaff_hidden_dim",
            "200",
            "--second_optim_start_step",
            str(int(steps * 0.6)),
        ],
    }


def train_all(env: dict[str, str], work: Path, args_by_proc: dict[str, list[str]]) -> dict[str, Path]:
    """Train the three models concurrently (each single-threaded); return their saved files."""
    jobs = {
        proc: run_module(f"stanza.utils.training.run_{proc}", args, env, work / f"train_{proc}.log")
        for proc, args in args_by_proc.items()
    }
    for job in jobs.values():
        job.check()
    return find_saved_models(work)


def find_saved_models(work: Path) -> dict[str, Path]:
    """The best model each trainer saved (stanza keeps the best dev score, not the last step)."""
    models: dict[str, Path] = {}
    for proc in PROCESSORS:
        found = [p for p in (work / "saved" / proc).rglob(MODEL_GLOBS[proc]) if "checkpoint" not in p.name]
        if len(found) != 1:
            raise RuntimeError(f"expected one {proc} model under {work / 'saved' / proc}, found {found}")
        models[proc] = found[0]
        log(f"{proc} model: {found[0]}")
    return models


def last_step(logfile: Path) -> int | None:
    """Last `Finished STEP n/...` in a trainer log: how far a run got if it was stopped early."""
    steps = re.findall(r"Finished STEP (\d+)/", logfile.read_text(encoding="utf-8", errors="replace"))
    return int(steps[-1]) if steps else None


def ship_from_work(work: Path, out: Path, seed: int, steps: int) -> dict[str, Any]:
    """Ship the best models saved so far by a run that was stopped early (time budget ran out)."""
    ship(find_saved_models(work), work / PRETRAIN, out)
    record = {
        "seed": seed,
        "steps": steps,
        "stopped_early": True,
        "steps_reached": {proc: last_step(work / f"train_{proc}.log") for proc in ("pos", "depparse")},
        "work_dir": str(work),
        "hdtb_dev_file": str(work / "ud" / TREEBANK / f"{SHORT_NAME}-ud-dev.conllu"),
    }
    (out / "metrics.json").write_text(json.dumps({"train": record}, indent=2) + "\n", encoding="utf-8")
    return record


def ship(models: dict[str, Path], pretrain: Path, out: Path) -> None:
    """Copy models under fixed names and write the `{}` resources.json offline loading needs."""
    out.mkdir(parents=True, exist_ok=True)
    for proc, path in models.items():
        shutil.copyfile(path, out / f"{proc}.pt")
    shutil.copyfile(pretrain, out / PRETRAIN)
    (out / "resources.json").write_text("{}\n", encoding="utf-8")
    for name in [*(f"{p}.pt" for p in PROCESSORS), PRETRAIN]:
        log(f"shipped {out / name} ({(out / name).stat().st_size / 1e6:.1f} MB)")


def evaluate(model_dir: Path, gold_file: Path) -> dict[str, float]:
    """Parse gold tokens of `gold_file` and score with the CoNLL 2018 shared-task scorer."""
    import stanza
    from stanza.utils.conll import CoNLL

    try:  # stanza >= 1.10 ships the CoNLL 2018 scorer as udtools.udeval
        from udtools import udeval as scorer
    except ImportError:  # older stanza
        from stanza.utils import conll18_ud_eval as scorer  # type: ignore[no-redef]

    with gold_file.open(encoding="utf-8") as fh:
        sentences = [[tok[ud.FORM] for tok in toks if tok[ud.ID].isdigit()] for _, toks in ud.read_conllu(fh)]
    nlp = stanza.Pipeline(**stanza_kwargs(model_dir), logging_level="WARN")
    start = time.perf_counter()
    doc = nlp(sentences)
    seconds = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        system_file = Path(tmp) / "system.conllu"
        CoNLL.write_doc2conll(doc, str(system_file))
        result = scorer.evaluate(scorer.load_conllu_file(str(gold_file)), scorer.load_conllu_file(str(system_file)))
    n_tokens = sum(len(s) for s in sentences)
    metrics = {name: round(100 * result[name].f1, 2) for name in SCORED}
    metrics.update({"tokens": n_tokens, "sentences": len(sentences), "tokens_per_s": round(n_tokens / seconds, 1)})
    return metrics


def run_eval(data: Path, out: Path, extra: dict[str, Any]) -> dict[str, Any]:
    """Score on PUD (and on our HDTB dev split when available), print and store metrics.json."""
    metrics_file = out / "metrics.json"
    metrics: dict[str, Any] = json.loads(metrics_file.read_text()) if metrics_file.exists() else {}
    metrics.update(extra)
    log("evaluating on UD_Hindi-PUD (gold tokens)")
    metrics["pud"] = evaluate(out, data / PUD_FILE)
    dev = metrics.get("train", {}).get("hdtb_dev_file")
    if dev and Path(dev).exists():
        log("evaluating on our HDTB dev split")
        metrics["hdtb_dev"] = evaluate(out, Path(dev))
    metrics_file.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for split in ("pud", "hdtb_dev"):
        if split in metrics:
            m = metrics[split]
            log(f"{split}: " + " ".join(f"{k} {m[k]}" for k in REPORTED))
    return metrics


def train(data: Path, out: Path, work: Path, seed: int, steps: int, dev_fraction: float) -> dict[str, Any]:
    """Full run: convert, vectors, prepare, train, ship; returns the training record."""
    started = time.time()
    udbase = prepare_treebank(data, work, seed, dev_fraction)
    env = stanza_env(work, udbase)
    tb_dir = udbase / TREEBANK
    pretrain = train_vectors(data, tb_dir / f"{SHORT_NAME}-ud-train.conllu", work, seed, env)
    prepare_stanza_data(env, work)
    args_by_proc = training_args(steps, seed, pretrain, work)
    models = train_all(env, work, args_by_proc)
    ship(models, pretrain, out)
    record = {
        "seed": seed,
        "steps": steps,
        "dev_fraction": dev_fraction,
        "work_dir": str(work),
        "hdtb_dev_file": str(tb_dir / f"{SHORT_NAME}-ud-dev.conllu"),
        "train_minutes": round((time.time() - started) / 60, 1),
        "args": {proc: [a.replace(str(work), "<work>") for a in args] for proc, args in args_by_proc.items()},
    }
    (out / "metrics.json").write_text(json.dumps({"train": record}, indent=2) + "\n", encoding="utf-8")
    log(f"training done in {record['train_minutes']} min")
    return record


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, required=True, help="folder holding UD_Hindi-HDTB-2015, UD_Hindi-PUD and IL-NER-Hindi"
    )
    parser.add_argument("--out", type=Path, default=Path("models/stanza-hi"))
    parser.add_argument("--work", type=Path, default=None, help="scratch dir (default: a new temp dir, kept)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, default=2000, help="max training steps for tagger and parser")
    parser.add_argument("--dev-fraction", type=float, default=0.1)
    parser.add_argument("--eval-only", action="store_true", help="skip training, score the models in --out")
    parser.add_argument(
        "--ship-only", action="store_true", help="copy the best models saved so far in --work (a stopped run), score"
    )
    args = parser.parse_args(argv)
    if args.ship_only:
        if args.work is None:
            parser.error("--ship-only needs --work")
        ship_from_work(args.work.resolve(), args.out, args.seed, args.steps)
    elif not args.eval_only:
        work = args.work or Path(tempfile.mkdtemp(prefix="stanza-hi-"))
        work.mkdir(parents=True, exist_ok=True)
        log(f"work dir {work}")
        train(args.data, args.out, work.resolve(), args.seed, args.steps, args.dev_fraction)
    run_eval(args.data, args.out, {})


if __name__ == "__main__":
    main()
