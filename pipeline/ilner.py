"""Reading and scoring the IL-NER Hindi named-entity corpus.

IL-NER (ltrc/IL-NER, ``Datasets/Hindi/``) is a CoNLL-like file: ``token<TAB>tag`` per line and a blank
line between sentences, tags in BIO form over the types NEP (person), NEL (location), NEO
(organisation), NETI (time/date), NEN (number), NEAR (artefact) and the very rare NEU and NED.

The published files are not entirely clean, so :func:`read_ilner` repairs them with these rules
(applied in this order, per token):

* A line with a tag but no token (one line in the train file) is skipped: there is no word to tag.
* NEU and NED (fewer than 10 entities in all three splits together) are mapped to ``O``. They are too
  rare to learn, published results use the six main types, and keeping them would only add noise to
  the per-type figures.
* A bare ``-`` tag is mapped to ``O``. Looking at the ~110 cases, some are names and some are plain
  words; no type can be recovered, and ``O`` is the majority reading.
* ``-T`` (the ``B``/``I`` prefix lost) becomes ``I-T`` when the previous cleaned tag is ``B-T`` or
  ``I-T`` (the token continues that entity) and ``B-T`` otherwise.
* Any other tag that is not ``O``, ``B-T`` or ``I-T`` with a known type is mapped to ``O``.

Files from other NER corpora read the same way: a line may be ``token<TAB>tag`` or whitespace-separated
columns with the token first and the tag last (CoNLL-2003 style); other tag sets' types are mapped onto
IL-NER's (``PER``→NEP, ``LOC``/``GPE``→NEL, ``ORG``→NEO, ``DATE``/``TIME``→NETI, ...: :data:`ALIASES`),
and BIOES/IOBES prefixes (``S-``, ``E-``) become ``B-`` and ``I-``.

``I-`` tags that do not continue an entity of the same type are kept as they are; :func:`bio_spans`
reads them the way seqeval does (as the start of a new entity), so scores match seqeval's default mode.

Scores are entity-level exact match (same start, end and type), micro-averaged, as fractions 0..1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

#: The entity types kept by the loader (the six types published results use).
TYPES: tuple[str, ...] = ("NEP", "NEL", "NEO", "NETI", "NEN", "NEAR")

#: Other corpora's entity types, as IL-NER's (Naamapadam, HiNER, WikiANN, OntoNotes-style tag sets).
ALIASES: dict[str, str] = {
    "PER": "NEP", "PERSON": "NEP",
    "LOC": "NEL", "LOCATION": "NEL", "GPE": "NEL", "PLACE": "NEL",
    "ORG": "NEO", "ORGANIZATION": "NEO", "ORGANISATION": "NEO",
    "DATE": "NETI", "TIME": "NETI", "TIMEX": "NETI",
    "NUM": "NEN", "NUMBER": "NEN", "NUMEX": "NEN", "CARDINAL": "NEN",
}  # fmt: skip
PREFIXES = {"B": "B", "I": "I", "S": "B", "E": "I"}

Sentence = list[tuple[str, str]]
Span = tuple[int, int, str]


def clean_tag(raw: str, prev: str) -> str:
    """Return the repaired form of ``raw``, given the cleaned tag of the previous token.

    ``prev`` is needed because a tag that lost its prefix (``-NEL``) can only be resolved to
    ``B-``/``I-`` by looking at whether the previous token is inside an entity of the same type.
    """
    raw = raw.strip()
    if raw == "O":
        return "O"
    if raw.startswith("-"):
        label = ALIASES.get(raw[1:].upper(), raw[1:])
        if label not in TYPES:
            return "O"
        return f"I-{label}" if prev in (f"B-{label}", f"I-{label}") else f"B-{label}"
    if len(raw) > 2 and raw[1] == "-" and raw[0].upper() in PREFIXES:
        label = ALIASES.get(raw[2:].upper(), raw[2:])
        return f"{PREFIXES[raw[0].upper()]}-{label}" if label in TYPES else "O"
    return "O"


def parse_ilner(lines: Iterable[str]) -> list[Sentence]:
    """Parse IL-NER lines into sentences of ``(token, cleaned tag)`` pairs (see module docstring)."""
    sentences: list[Sentence] = []
    current: Sentence = []
    prev = "O"
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if current:
                sentences.append(current)
            current, prev = [], "O"
            continue
        token, tab, raw = line.partition("\t")
        if not tab:  # whitespace-separated columns: the token first, the tag last
            columns = line.split()
            token, raw = columns[0], columns[-1] if len(columns) > 1 else "O"
        elif "\t" in raw:
            raw = raw.rsplit("\t", 1)[1]
        token = token.strip()
        if not token:
            # The tag-without-token line: nothing to attach the tag to.
            continue
        tag = clean_tag(raw, prev)
        current.append((token, tag))
        prev = tag
    if current:
        sentences.append(current)
    return sentences


def read_ilner(path: str | Path) -> list[Sentence]:
    """Read an IL-NER file into sentences of ``(token, tag)`` with malformed tags repaired."""
    with open(path, encoding="utf-8") as handle:
        return parse_ilner(handle)


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """Turn a BIO tag sequence into ``(start, end_exclusive, type)`` entity spans.

    Follows seqeval's default (non-strict) reading so our figures are comparable with published
    ones: an ``I-T`` that does not continue an entity of type ``T`` starts a new entity. Tags that
    are neither ``B-``/``I-`` (``O`` or anything malformed) end the current entity.
    """
    spans: list[Span] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate(tags):
        prefix, _, typ = tag.partition("-")
        if prefix == "I" and typ and start is not None and typ == label:
            continue
        if start is not None:
            spans.append((start, i, label))
            start = None
        if prefix in ("B", "I") and typ:
            start, label = i, typ
    if start is not None:
        spans.append((start, len(tags), label))
    return spans


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f}


def _as_span_sets(sentences: Sequence[Sequence]) -> list[set[Span]]:
    """Accept each sentence either as ``(token, tag)`` pairs or as ready ``(start, end, type)`` spans."""
    out: list[set[Span]] = []
    for sent in sentences:
        if sent and len(sent[0]) == 2:
            out.append(set(bio_spans([tag for _, tag in sent])))
        else:
            out.append({(int(s), int(e), str(t)) for s, e, t in sent})
    return out


def score_spans(
    gold: Sequence[Sequence[tuple]],
    pred: Sequence[Sequence[tuple]],
    types: Iterable[str] | None = None,
) -> dict:
    """Entity-level exact-match precision, recall and F1, micro-averaged, as fractions 0..1.

    ``gold`` and ``pred`` are parallel lists of sentences; each sentence is either a list of
    ``(token, tag)`` pairs (as :func:`read_ilner` returns) or a list of ``(start, end, type)`` spans,
    so callers can score a model's spans without rebuilding BIO tags. ``types`` restricts the score
    to those entity types (default: every type seen in gold or pred). Returns
    ``{"overall": {"p", "r", "f", "tp", "fp", "fn"}, "per_type": {T: {"p", "r", "f", "tp", "fp", "fn"}}}``.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} sentences but pred has {len(pred)}")
    gold_sets = _as_span_sets(gold)
    pred_sets = _as_span_sets(pred)
    seen = sorted({t for s in gold_sets + pred_sets for _, _, t in s})
    keep = seen if types is None else list(types)
    counts = {t: [0, 0, 0] for t in keep}
    for g, p in zip(gold_sets, pred_sets, strict=True):
        for span in g | p:
            typ = span[2]
            if typ not in counts:
                continue
            if span in g and span in p:
                counts[typ][0] += 1
            elif span in p:
                counts[typ][1] += 1
            else:
                counts[typ][2] += 1
    per_type = {t: {**_prf(*c), "tp": c[0], "fp": c[1], "fn": c[2]} for t, c in counts.items()}
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    return {
        "overall": {**_prf(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn},
        "per_type": per_type,
    }


def dedupe_against(train: Sequence[Sentence], test: Sequence[Sentence]) -> list[Sentence]:
    """Return the ``test`` sentences whose token sequence does not occur in ``train``.

    IL-NER test shares 235 sentences with train; scoring on the rest shows how the model does
    on text it has not memorised. Only tokens are compared (tags may differ between copies).
    """
    seen = {tuple(tok for tok, _ in sent) for sent in train}
    return [list(sent) for sent in test if tuple(tok for tok, _ in sent) not in seen]
