"""Train the Hindi named-entity recogniser (spaCy) on IL-NER and write it with its metrics.

Usage::

    OMP_NUM_THREADS=1 python -m pipeline.training.ner --data ../shared/data --out models/ner-spacy --seed 0

Why it is built this way:

* ``spacy.blank("hi")`` plus a transition-based NER whose own CNN tok2vec (``MultiHashEmbed`` +
  ``MaxoutWindowEncoder``) is embedded in the component: no separate tok2vec listener, so the model
  is one small, fast component (the package runs it on Docs built from its own tokens).
* Devanagari has no case, so ``SHAPE`` says little beyond "digit or not"; the features that carry the
  signal are the full word form (``LOWER``), spaCy's Hindi suffix-stripping ``NORM`` (a crude stem,
  so inflected forms share a row), and the 1-char prefix / 3-char suffix (matras and postposition-like
  endings).
* Optional static vectors (``--vectors``) are word2vec trained here with gensim on the *training*
  tokens only, so no outside data or download is involved. Tried on dev (seed 0): defaults 0.786,
  ``--vectors 100`` 0.791 (dropout 0.15) / 0.786 (dropout 0.2), ``--embed char`` 0.780 after 3
  epochs at half the speed. None is a clear gain, so the shipped model uses the defaults: smaller,
  faster, nothing extra to train.
* A plain Python training loop rather than ``spacy train``: it lets us score dev after every epoch
  with :func:`pipeline.ilner.score_spans` (the same scorer used for the reported figures), keep the
  best epoch by dev F1, stop early, and then report dev, test (full) and test minus sentences seen in
  training. Test is never used for any choice.
* spaCy's CPU ops (thinc + blis) run on one thread; run with ``OMP_NUM_THREADS=1`` anyway so numpy
  and gensim do not take more cores on shared machines. Tokens/s is therefore a one-core figure.
* Everything is seeded (``spacy.util.fix_random_seed``, shuffling RNG, gensim with one worker) and
  runs on one thread, so a rerun with the same seed gives the same model.

Entity labels inside the model are the IL-NER types (NEP, NEL, NEO, NETI, NEN, NEAR); NEU/NED and
malformed tags are cleaned by :func:`pipeline.ilner.read_ilner` (see its module docstring).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.training.batchers import minibatch_by_words
from thinc.api import Adam, compounding

from pipeline.ilner import (
    TYPES,
    Sentence,
    bio_spans,
    dedupe_against,
    read_ilner,
    score_spans,
)

EMBED_MULTIHASH = """
[components.ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"]
rows = [{rows_norm}, {rows_lower}, 1000, 2500, 500]
include_static_vectors = {vectors}
"""

# Byte-level character features (first and last nC/2 UTF-8 bytes; a Devanagari letter is 3 bytes,
# so nC=24 sees about four letters from each end) plus a hashed word-form embedding.
EMBED_CHAR = """
[components.ner.model.tok2vec.embed]
@architectures = "spacy.CharacterEmbed.v2"
width = {width}
rows = {rows_lower}
nM = 16
nC = 24
include_static_vectors = {vectors}
feature = "LOWER"
"""

CONFIG = """
[nlp]
lang = "hi"
pipeline = ["ner"]

[components]

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

{embed}
[components.ner.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3
"""


def log(msg: str) -> None:
    """Print progress immediately (training runs under nohup with a log file)."""
    print(msg, flush=True)


def load_split(data: Path, split: str) -> list[Sentence]:
    """Read ``IL-NER-Hindi/Hindi-<split>.txt`` under the data folder (cleaned tags)."""
    return read_ilner(data / "IL-NER-Hindi" / f"Hindi-{split}.txt")


def make_doc(nlp: Language, sent: Sentence, with_ents: bool) -> Doc:
    """Build a Doc from gold tokens (the model never sees our tokeniser), optionally with gold entities."""
    doc = Doc(nlp.vocab, words=[tok for tok, _ in sent])
    if with_ents:
        doc.ents = [Span(doc, s, e, label=t) for s, e, t in bio_spans([tag for _, tag in sent])]
    return doc


def to_examples(nlp: Language, sents: list[Sentence]) -> list[Example]:
    """Pair an entity-free Doc with the gold Doc for each sentence, as spaCy's update expects."""
    return [Example(make_doc(nlp, s, False), make_doc(nlp, s, True)) for s in sents]


def predict_spans(nlp: Language, sents: list[Sentence], batch_size: int = 256) -> list[list[tuple]]:
    """Run the model on gold-token Docs and return its entities as ``(start, end, type)`` per sentence."""
    docs = (make_doc(nlp, s, False) for s in sents)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(docs, batch_size=batch_size)]


def evaluate(nlp: Language, sents: list[Sentence]) -> dict:
    """Entity-level scores (fractions) of the model on ``sents`` over the six IL-NER types."""
    return score_spans(sents, predict_spans(nlp, sents), types=TYPES)


def train_vectors(sents: list[Sentence], dim: int, seed: int) -> tuple[list[str], list]:
    """word2vec (skip-gram) on the training tokens only; one worker so the result is reproducible."""
    from gensim.models import Word2Vec

    w2v = Word2Vec(
        [[tok for tok, _ in s] for s in sents],
        vector_size=dim,
        window=5,
        min_count=2,
        sg=1,
        negative=10,
        epochs=15,
        workers=1,
        seed=seed,
    )
    return list(w2v.wv.index_to_key), w2v.wv.vectors


def tokens_per_second(nlp: Language, sents: list[Sentence], repeats: int = 3) -> tuple[float, float]:
    """Median tokens/s of ``nlp.pipe`` alone over gold-token Docs, by wall clock and by CPU time.

    Doc building is outside the timing. Both figures are kept because the training machines are
    shared: wall-clock speed drops when other jobs take the core, while tokens per CPU-second
    (the process runs on one thread) is what one dedicated core would give.
    """
    n_tokens = sum(len(s) for s in sents)
    wall, cpu = [], []
    for _ in range(repeats):
        docs = [make_doc(nlp, s, False) for s in sents]
        start, cpu_start = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(docs, batch_size=256):
            pass
        wall.append(n_tokens / (time.perf_counter() - start))
        cpu.append(n_tokens / (time.process_time() - cpu_start))
    return statistics.median(wall), statistics.median(cpu)


def dir_size_mb(path: Path) -> float:
    """Size of a saved model directory in MB (the package keeps each model under 50 MB)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def rounded(obj: object) -> object:
    """Round floats in nested metrics to 4 digits so metrics.json stays readable."""
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, dict):
        return {k: rounded(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [rounded(v) for v in obj]
    return obj


def fmt_scores(name: str, scores: dict) -> str:
    """One readable block of overall and per-type P/R/F for the log."""
    o = scores["overall"]
    lines = [f"{name}: P {o['p']:.4f} R {o['r']:.4f} F {o['f']:.4f}"]
    for t, s in scores["per_type"].items():
        lines.append(
            f"    {t:5s} P {s['p']:.4f} R {s['r']:.4f} F {s['f']:.4f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Train, select the best dev epoch, score dev/test, time the model, and write it with metrics.json."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="folder holding IL-NER-Hindi/")
    ap.add_argument("--out", type=Path, required=True, help="where the spaCy model is written")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument(
        "--patience",
        type=int,
        default=6,
        help="stop after this many epochs without dev gain",
    )
    ap.add_argument(
        "--max-minutes",
        type=float,
        default=60.0,
        help="stop starting new epochs after this",
    )
    ap.add_argument(
        "--embed",
        choices=("multihash", "char"),
        default="multihash",
        help="word features: hashed attributes, or UTF-8 byte characters + word form",
    )
    ap.add_argument("--width", type=int, default=128)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--hidden", type=int, default=64, help="hidden width of the transition model")
    ap.add_argument("--rows-norm", type=int, default=5000)
    ap.add_argument("--rows-lower", type=int, default=10000)
    ap.add_argument("--dropout", type=float, default=0.15)
    ap.add_argument("--lr", type=float, default=0.001)
    ap.add_argument(
        "--batch-start",
        type=float,
        default=100.0,
        help="words per batch, compounding from...",
    )
    ap.add_argument("--batch-stop", type=float, default=1000.0, help="...to this")
    ap.add_argument(
        "--vectors",
        type=int,
        default=0,
        help="train word2vec of this dim on train (0: none)",
    )
    args = ap.parse_args(argv)

    t0 = time.time()
    spacy.util.fix_random_seed(args.seed)
    rng = random.Random(args.seed)

    train, dev, test = (load_split(args.data, s) for s in ("train", "dev", "test"))
    test_unseen = dedupe_against(train, test)
    log(
        f"train {len(train)} sents / {sum(map(len, train))} tokens; dev {len(dev)}; "
        f"test {len(test)} (unseen {len(test_unseen)})"
    )

    embed = (EMBED_CHAR if args.embed == "char" else EMBED_MULTIHASH).format(
        width=args.width,
        rows_norm=args.rows_norm,
        rows_lower=args.rows_lower,
        vectors="true" if args.vectors else "false",
    )
    cfg_text = CONFIG.format(embed=embed, hidden=args.hidden, width=args.width, depth=args.depth)
    config = spacy.util.load_config_from_str(cfg_text)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    if args.vectors:
        keys, vecs = train_vectors(train, args.vectors, args.seed)
        for word, vec in zip(keys, vecs, strict=True):
            nlp.vocab.set_vector(word, vec)
        nlp.vocab.vectors.name = "ilner_train_w2v"
        log(f"word2vec: {len(keys)} words x {args.vectors} dims ({time.time() - t0:.0f}s)")

    examples = to_examples(nlp, train)
    ner = nlp.get_pipe("ner")
    for label in TYPES:
        ner.add_label(label)
    optimizer = Adam(
        learn_rate=args.lr,
        L2=0.01,
        L2_is_weight_decay=True,
        grad_clip=1.0,
        use_averages=True,
    )
    nlp.initialize(lambda: examples, sgd=optimizer)

    best_f, best_epoch, best_bytes = -1.0, 0, b""
    history = []
    for epoch in range(1, args.epochs + 1):
        te = time.time()
        rng.shuffle(examples)
        sizes = compounding(args.batch_start, args.batch_stop, 1.001)
        losses: dict[str, float] = {}
        n_words = 0
        for batch in minibatch_by_words(examples, size=sizes, tolerance=0.2, discard_oversize=False):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
            n_words += sum(len(eg.reference) for eg in batch)
        train_s = time.time() - te
        with nlp.use_params(optimizer.averages):
            dev_scores = evaluate(nlp, dev)
            f = dev_scores["overall"]["f"]
            if f > best_f:
                best_f, best_epoch, best_bytes = f, epoch, nlp.to_bytes()
        history.append(
            {
                "epoch": epoch,
                "loss": float(losses.get("ner", 0.0)),
                "dev_f": f,
                "train_s": train_s,
            }
        )
        log(
            f"epoch {epoch:2d} loss {losses.get('ner', 0.0):9.1f} dev P {dev_scores['overall']['p']:.4f} "
            f"R {dev_scores['overall']['r']:.4f} F {f:.4f}  best {best_f:.4f}@{best_epoch}  "
            f"{n_words / train_s:.0f} w/s  {time.time() - t0:.0f}s"
        )
        if epoch - best_epoch >= args.patience:
            log(f"no dev gain for {args.patience} epochs: stopping")
            break
        if (time.time() - t0) / 60 > args.max_minutes:
            log(f"time budget {args.max_minutes} min reached: stopping")
            break
    train_minutes = (time.time() - t0) / 60

    nlp.from_bytes(best_bytes)
    # Save and reload, so every figure below is measured on exactly what ships.
    tmp = Path(tempfile.mkdtemp(prefix="ner-model-"))
    nlp.to_disk(tmp)
    nlp = spacy.load(tmp)
    results = {
        name: evaluate(nlp, sents) for name, sents in (("dev", dev), ("test", test), ("test_unseen", test_unseen))
    }
    for name, scores in results.items():
        log(fmt_scores(name, scores))
    tps, tps_cpu = tokens_per_second(nlp, test)
    log(
        f"speed: {tps:.0f} tokens/s wall clock, {tps_cpu:.0f} tokens per CPU-second "
        "(one thread, nlp.pipe on gold-token Docs)"
    )

    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(tmp, args.out)
    shutil.rmtree(tmp)
    size = dir_size_mb(args.out)
    metrics_path = args.out / "metrics.json"
    old = {}
    if metrics_path.exists():
        old = json.loads(metrics_path.read_text(encoding="utf-8"))
    metrics = {
        "model": "spaCy transition-based NER with its own CNN tok2vec ("
        + (
            "CharacterEmbed: UTF-8 bytes + LOWER"
            if args.embed == "char"
            else "MultiHashEmbed: NORM/LOWER/PREFIX/SUFFIX/SHAPE"
        )
        + (f" + {args.vectors}-d word2vec from train" if args.vectors else "")
        + ")",
        "data": "IL-NER Hindi (ltrc/IL-NER @ ee20565), cleaned as in pipeline/ilner.py",
        "scores": "entity-level exact match, micro-averaged, fractions 0..1",
        "types": list(TYPES),
        "seed": args.seed,
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "best_epoch": best_epoch,
        "epochs_run": len(history),
        "train_minutes": train_minutes,
        "history": history,
        **results,
        "test_unseen_sentences": len(test_unseen),
        "tokens_per_second_1_thread": tps,
        "tokens_per_cpu_second": tps_cpu,
        "model_size_mb": size,
        "versions": {"spacy": spacy.__version__, "python": sys.version.split()[0]},
    }
    if "stanza" in old:
        metrics["stanza"] = old["stanza"]
    metrics_path.write_text(
        json.dumps(rounded(metrics), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    log(f"wrote {args.out} ({size:.1f} MB) in {train_minutes:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
