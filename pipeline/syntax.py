"""Syntax with stanza: UPOS, features, lemmas and dependencies over our own tokens.

stanza runs pre-tokenized (``tokenize_pretokenized=True``) so its words are exactly our tokens
and their raw offsets stay valid. The models are the ones trained here on HDTB
(``make train-syntax``), loaded from explicit paths with no download; ``models="stanza"``
loads official stanza Hindi models from stanza's own resources folder instead (for a user
who has run ``stanza.download("hi")``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pipeline import MODELS
from pipeline.document import Document, Sentence

log = logging.getLogger(__name__)

DEFAULT_SYNTAX_MODELS = MODELS / "stanza-hi"
MAX_PARSE_TOKENS = 150  # longer units are lists or run-on text; parsing them costs much, gives little


def stanza_kwargs(model_dir: Path) -> dict:
    """Keyword arguments for ``stanza.Pipeline`` that load our shipped models with no download."""
    kwargs = {
        "lang": "hi",
        "dir": str(model_dir),
        "download_method": None,
        "allow_unknown_language": True,
        "processors": "tokenize,pos,lemma,depparse",
        "tokenize_pretokenized": True,
        "use_gpu": False,
        "pos_model_path": str(model_dir / "pos.pt"),
        "lemma_model_path": str(model_dir / "lemma.pt"),
        "depparse_model_path": str(model_dir / "depparse.pt"),
    }
    pretrain = model_dir / "pretrain.pt"
    if pretrain.exists():
        kwargs["pos_pretrain_path"] = kwargs["depparse_pretrain_path"] = str(pretrain)
    return kwargs


class Syntax:
    """The syntax stage: fills ``Token.upos/feats/lemma/head/deprel`` of body sentences."""

    name = "syntax"
    requires = frozenset({"tokens"})
    provides = frozenset({"syntax"})

    def __init__(self, models: str | Path = DEFAULT_SYNTAX_MODELS, kinds: tuple[str, ...] = ("body",)) -> None:
        import stanza

        os.environ.setdefault("OMP_NUM_THREADS", "1")
        if str(models) == "stanza":
            self.nlp = stanza.Pipeline(
                "hi", processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True, download_method=None
            )
        else:
            path = Path(models)
            if not (path / "depparse.pt").exists():
                raise FileNotFoundError(f"no stanza models in {path}: run `make train-syntax` or pass models='stanza'")
            self.nlp = stanza.Pipeline(**stanza_kwargs(path), logging_level="ERROR")
        self.kinds = kinds

    def __call__(self, doc: Document) -> Document:
        if doc.error:
            return doc
        chosen = [s for s in doc.sentences if s.kind in self.kinds and len(s.tokens) <= MAX_PARSE_TOKENS]
        if not chosen:
            return doc
        parsed = self.nlp([[t.text for t in s.tokens] for s in chosen])
        for sentence, stanza_sentence in zip(chosen, parsed.sentences, strict=True):
            _annotate(sentence, stanza_sentence.words)
        return doc


def _annotate(sentence: Sentence, words: list) -> None:
    """Copy stanza's words onto our tokens (one word per token when input is pre-tokenized)."""
    if len(words) != len(sentence.tokens):
        log.warning(
            "sentence %d: %d words for %d tokens, left unparsed", sentence.index, len(words), len(sentence.tokens)
        )
        return
    for token, word in zip(sentence.tokens, words, strict=True):
        token.upos, token.feats, token.lemma = word.upos, word.feats, word.lemma
        token.head, token.deprel = word.head - 1, word.deprel
