"""Score the full NER stage (gazetteers, rules and model) on IL-NER format data.

The pipeline's labels are mapped back to IL-NER's: a country or a city counts as NEL, a date
as NETI; TITLE and SECTOR have no IL-NER counterpart and are left out. Entity-level, exact span
match, micro-averaged (seqeval-style), via :func:`pipeline.ilner.score_spans`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from pipeline.document import Document, Sentence, Token
from pipeline.ilner import TYPES, bio_spans, dedupe_against, read_ilner, score_spans
from pipeline.ner import NER
from pipeline.segment import match_key

TO_ILNER = {
    "PERSON": "NEP",
    "COUNTRY": "NEL",
    "LOCATION": "NEL",
    "ORG": "NEO",
    "DATE": "NETI",
    "NUMBER": "NEN",
    "ARTEFACT": "NEAR",
}


def sentence_document(words: list[str], doc_id: str = "s") -> Document:
    """A one-sentence Document over given tokens (IL-NER is pre-tokenized)."""
    tokens, pos = [], 0
    for word in words:
        tokens.append(Token(word, pos, pos + len(word), norm=match_key(word)))
        pos += len(word) + 1
    raw = " ".join(words)
    doc = Document(doc_id=doc_id, raw=raw, text=raw, offsets=list(range(len(raw) + 1)))
    doc.sentences = [Sentence(0, 0, len(raw), 0, tokens)]
    return doc


def predict(ner: NER, words: list[str]) -> list[tuple[int, int, str]]:
    """IL-NER typed token spans the NER stage finds in one sentence."""
    doc = ner(sentence_document(words))
    starts = {t.start: i for i, t in enumerate(doc.sentences[0].tokens)}
    ends = {t.end: i + 1 for i, t in enumerate(doc.sentences[0].tokens)}
    spans = []
    for entity in sorted(doc.entities, key=lambda e: e.start - e.end):  # longest first: outer spans win
        label = TO_ILNER.get(entity.label)
        if not label or entity.source == "demonym" or entity.start not in starts or entity.end not in ends:
            continue  # "भारतीय" is an adjective, not a location
        a, b = starts[entity.start], ends[entity.end]
        if all(b <= x or a >= y for x, y, _ in spans):
            spans.append((a, b, label))
    return sorted(spans)


def evaluate(ner: NER, sentences: list) -> dict:
    gold = [bio_spans([tag for _, tag in sentence]) for sentence in sentences]
    started = time.perf_counter()
    pred = [predict(ner, [word for word, _ in sentence]) for sentence in sentences]
    elapsed = time.perf_counter() - started
    result = score_spans(gold, pred, types=TYPES)
    result["tokens_per_s"] = round(sum(len(s) for s in sentences) / elapsed, 1)
    result["sentences"] = len(sentences)
    return result


def evaluate_file(path: Path, model=None, limit: int | None = None, exclude: Path | None = None) -> dict:
    """Print a per-type table and end with one JSON line (overall, per_type, tokens_per_s)."""
    sentences = read_ilner(path)
    if exclude is not None:
        sentences = dedupe_against(read_ilner(exclude), sentences)
    sentences = sentences[:limit] if limit else sentences
    result = evaluate(NER(model=model), sentences)
    print(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}")
    for name in TYPES:
        c = result["per_type"][name]
        print(f"{name:<8}{c['p']:8.3f}{c['r']:8.3f}{c['f']:8.3f}{c['tp']:7d}{c['fp']:7d}{c['fn']:7d}")
    o = result["overall"]
    print(
        f"{'overall':<8}{o['p']:8.3f}{o['r']:8.3f}{o['f']:8.3f}   ({result['sentences']} sentences, {result['tokens_per_s']} tokens/s)"
    )
    print(json.dumps(result))
    return result
