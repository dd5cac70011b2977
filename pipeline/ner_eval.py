"""Score the full NER stage (gazetteers, rules and model) on IL-NER format data.

The pipeline's labels are mapped back to IL-NER's: a country or a city counts as NEL, a date
as NETI; TITLE and SECTOR have no IL-NER counterpart and are left out. Entity-level, exact span
match, micro-averaged (seqeval-style), via :func:`pipeline.ilner.score_spans`. Sentences go
through the stage 20 to a document, as an article's do, so tokens/s is the stage's speed in a run.
Files of other corpora (CoNLL columns, PER/LOC/ORG tags) are read as IL-NER's (see
:mod:`pipeline.ilner`), and only the types a file annotates are scored.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from pipeline import dates
from pipeline.document import Document, Sentence, Token
from pipeline.ilner import TYPES, bio_spans, dedupe_against, read_ilner, score_spans
from pipeline.ner import NER
from pipeline.segment import match_key

DOCUMENT_SENTENCES = 20  # IL-NER has no documents: its sentences are run in article-sized groups
TO_ILNER = {
    "PERSON": "NEP",
    "COUNTRY": "NEL",
    "LOCATION": "NEL",
    "ORG": "NEO",
    "DATE": "NETI",
    "NUMBER": "NEN",
    "ARTEFACT": "NEAR",
}


def ilner_document(sentences: list[list[str]], doc_id: str = "ilner") -> Document:
    """One Document over given pre-tokenized sentences (one line each), as an article reaches the
    stage: the model then tags them in one batch."""
    tokens_by_sentence, pos = [], 0
    for words in sentences:
        tokens = []
        for word in words:
            tokens.append(Token(word, pos, pos + len(word), norm=match_key(word)))
            pos += len(word) + 1
        tokens_by_sentence.append(tokens)
    raw = "\n".join(" ".join(words) for words in sentences)
    doc = Document(doc_id=doc_id, raw=raw, text=raw, offsets=list(range(len(raw) + 1)))
    doc.sentences = [
        Sentence(i, tokens[0].start if tokens else 0, tokens[-1].end if tokens else 0, i, tokens)
        for i, tokens in enumerate(tokens_by_sentence)
    ]
    return doc


def predict(ner: NER, sentences: list[list[str]]) -> list[list[tuple[int, int, str]]]:
    """IL-NER typed token spans the NER stage finds in each sentence."""
    doc = ner(ilner_document(sentences))
    found: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    starts = {t.start: i for s in doc.sentences for i, t in enumerate(s.tokens)}  # offsets are document-wide
    ends = {t.end: i + 1 for s in doc.sentences for i, t in enumerate(s.tokens)}
    for entity in sorted(doc.entities, key=lambda e: e.start - e.end):  # longest first: outer spans win
        label = TO_ILNER.get(entity.label)
        if not label or _unmarked(entity) or entity.start not in starts or entity.end not in ends:
            continue
        a, b = starts[entity.start], ends[entity.end]
        spans = found[entity.sentence]
        if all(b <= x or a >= y for x, y, _ in spans):
            spans.append((a, b, label))
    return [sorted(spans) for spans in found]


def _unmarked(entity) -> bool:
    """What IL-NER's annotators leave untagged: demonyms ("भारतीय" is an adjective, not a place)
    and deictic dates ("आज" is tagged in 38 of its 159 occurrences in train, "अगले/पिछले/इस महीने" in 1 of 4)."""
    return entity.source == "demonym" or (entity.label == "DATE" and dates.deictic(entity.text))


def evaluate(ner: NER, sentences: list, per_document: int = DOCUMENT_SENTENCES) -> dict:
    """Scores of the stage over ``sentences``, run ``per_document`` sentences to a document.

    Only the types the file annotates are scored: a corpus of people, places and organisations
    does not make the stage's dates wrong."""
    gold = [bio_spans([tag for _, tag in sentence]) for sentence in sentences]
    words = [[word for word, _ in sentence] for sentence in sentences]
    started = time.perf_counter()
    pred = [spans for i in range(0, len(words), per_document) for spans in predict(ner, words[i : i + per_document])]
    elapsed = time.perf_counter() - started
    annotated = {label for spans in gold for _, _, label in spans}
    result = score_spans(gold, pred, types=[t for t in TYPES if t in annotated])
    result["tokens_per_s"] = round(sum(len(s) for s in sentences) / elapsed, 1)
    result["sentences"] = len(sentences)
    return result


def evaluate_file(
    path: Path, model=None, limit: int | None = None, exclude: Path | None = None, quantize: bool = True
) -> dict:
    """Print a per-type table and end with one JSON line (overall, per_type, tokens_per_s)."""
    sentences = read_ilner(path)
    if exclude is not None:
        sentences = dedupe_against(read_ilner(exclude), sentences)
    sentences = sentences[:limit] if limit else sentences
    result = evaluate(NER(model=model, quantize=quantize), sentences)
    print(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}")
    for name, c in result["per_type"].items():
        print(f"{name:<8}{c['p']:8.3f}{c['r']:8.3f}{c['f']:8.3f}{c['tp']:7d}{c['fp']:7d}{c['fn']:7d}")
    o = result["overall"]
    print(
        f"{'overall':<8}{o['p']:8.3f}{o['r']:8.3f}{o['f']:8.3f}   ({result['sentences']} sentences, {result['tokens_per_s']} tokens/s)"
    )
    print(json.dumps(result))
    return result
