"""Token patterns found by their anchor word: the frames stage's triggers and references.

spaCy's ``Matcher`` starts every pattern at every token and tests each one there: with the two hundred
trigger patterns of ``resources/triggers.tsv`` that was four fifths of the frames stage's time, on
sentences where at most a handful of patterns could start at all. A trigger pattern is a fixed run of
token tests, so this matcher files each pattern under the words of its first token that allows only
words (its anchor: "मुलाकात" in "ANY मुलाकात की") and tries, at each token, only the patterns filed
under that word, from where their anchor puts their start. It reads the part of spaCy's pattern
language the triggers use, with spaCy's meaning: ``{"ORTH": word}``, ``{"ORTH": {"IN": [words]}}``,
``{"ENT_TYPE": label}``, ``{"IS_PUNCT": True}`` and ``{}`` (any one token); and it returns what
``Matcher.__call__`` returns for them, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.lang.lex_attrs import is_punct

Test = Callable[[str, str], bool]  # (word, entity label) -> does the token pass


def _test(token: dict) -> tuple[Test, frozenset[str] | None]:
    """A token's test, and the words it allows when it allows only words (else None)."""
    if not token:
        return (lambda _word, _label: True), None
    if token.keys() == {"ORTH"}:
        orth = token["ORTH"]
        words = frozenset(orth["IN"]) if isinstance(orth, dict) else frozenset([orth])
        return (lambda word, _label: word in words), words
    if token.keys() == {"ENT_TYPE"}:
        label = token["ENT_TYPE"]
        return (lambda _word, entity: entity == label), None
    if token == {"IS_PUNCT": True}:
        return (lambda word, _label: is_punct(word)), None
    raise ValueError(f"a token test this matcher does not read: {token}")


class TokenMatcher:
    """Fixed-length token patterns under string keys; ``matcher(words, labels)`` gives ``(key, start, end)``."""

    def __init__(self) -> None:
        self._patterns: list[tuple[str, list[Test]]] = []
        self._by_anchor: dict[str, list[tuple[int, int]]] = {}  # a word -> (pattern, the anchor's offset in it)
        self._open: list[int] = []  # patterns with no token that allows only words: tried at every token

    def add(self, key: str, patterns: Sequence[Sequence[dict]]) -> None:
        """Add patterns (spaCy's token dicts) under one key."""
        for pattern in patterns:
            if not pattern:
                raise ValueError(f"an empty pattern under {key}")
            tests = [_test(token) for token in pattern]
            index = len(self._patterns)
            self._patterns.append((key, [test for test, _words in tests]))
            anchor = next(((offset, words) for offset, (_test, words) in enumerate(tests) if words), None)
            if anchor is None:
                self._open.append(index)
                continue
            offset, words = anchor
            for word in words:
                self._by_anchor.setdefault(word, []).append((index, offset))

    def __call__(self, words: Sequence[str], labels: Sequence[str] = ()) -> list[tuple[str, int, int]]:
        """Every match, once per key and span, ordered as spaCy's Matcher orders them: by end, then start,
        then the order the patterns were added. ``labels``: each token's entity label ("" for none)."""
        labels = labels or [""] * len(words)
        tries = [(index, i - offset) for i, word in enumerate(words) for index, offset in self._by_anchor.get(word, ())]
        tries += [(index, start) for start in range(len(words)) for index in self._open]
        found: dict[tuple[str, int, int], tuple[int, int, int]] = {}
        for index, start in tries:
            key, tests = self._patterns[index]
            end = start + len(tests)
            if start < 0 or end > len(words):
                continue
            span = zip(tests, words[start:end], labels[start:end], strict=True)
            if all(test(word, label) for test, word, label in span):
                order = (end, start, index)
                if found.get((key, start, end), order) >= order:
                    found[key, start, end] = order
        return sorted(found, key=found.__getitem__)


def longest_first(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Spans ``(key, start, end)`` that share no token, by start: where they overlap the longest wins, and of two
    as long the earlier starting; of the same span under two keys, the one listed first (spaCy's ``filter_spans``
    over matches, without building a ``Doc`` to hold them)."""
    kept: list[tuple[str, int, int]] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (s[2] - s[1], -s[1]), reverse=True):
        if span[1] not in taken and span[2] - 1 not in taken:
            kept.append(span)
            taken.update(range(span[1], span[2]))
    return sorted(kept, key=lambda s: s[1])
