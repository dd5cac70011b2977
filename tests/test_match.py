"""The frames stage's matcher finds what spaCy's Matcher finds, in the same order."""

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.frames import RESOURCES, _patterns
from pipeline.lexicon import phrase_key
from pipeline.match import TokenMatcher, longest_first

SENTENCES = [  # (text, the indices of its place names)
    ("विदेश मंत्री ने कल बर्लिन में अपने जर्मन समकक्ष से मुलाकात की और व्यापार पर बातचीत की ।", {4}),
    ("उन्होंने सम्मेलन ( जी20 ) में भारत का प्रतिनिधित्व किया ।", {6}),
    ("दोनों नेताओं के बीच आज दिल्ली में हुई वार्ता में रक्षा सहयोग पर चर्चा हुई ।", {5}),
    ("प्रधानमंत्री ने फोन पर करीब एक घंटे तक बात की और बधाई दी ।", set()),
    ("राष्ट्रपति ने पेड़ , लगाया और फिर मॉस्को पहुंचे ।", {7}),
    ("शिखर सम्मेलन की मेजबानी इस बार पहली बार इंडोनेशिया ने की ।", {8}),
    ("बैठक बैठक में भाग लिया , जिसमें मंत्री मौजूद थे और दल का नेतृत्व मंत्री ने किया ।", set()),
    ("जापान यात्रा के बाद समारोह आयोजित हुआ और बैठक संपन्न हुई ; समझौते पर फोन पर बात हुई ।", {0}),
    ("", set()),
]


def _trigger_lines() -> dict[str, list[tuple[str, str]]]:
    kinds: dict[str, list[tuple[str, str]]] = {}
    for line in (RESOURCES / "triggers.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        event_type, kind, pattern = line.split("\t")
        kinds.setdefault(kind, []).append((event_type, pattern.partition(" ... ")[0]))
    return kinds


@pytest.mark.parametrize("kind", sorted(_trigger_lines()))
def test_every_trigger_kind_matches_as_spacys_matcher_does(kind):
    vocab = spacy.blank("hi").vocab
    theirs, ours = Matcher(vocab), TokenMatcher()
    for event_type, pattern in _trigger_lines()[kind]:
        theirs.add(event_type, _patterns(pattern))
        ours.add(event_type, _patterns(pattern))
    found = 0
    for text, places in SENTENCES:
        words = phrase_key(text).split() if text else []
        doc = Doc(vocab, words=words)
        doc.ents = [Span(doc, i, i + 1, label="PLACE") for i in sorted(places)]
        labels = ["PLACE" if i in places else "" for i in range(len(words))]
        expected = [(vocab.strings[key], start, end) for key, start, end in theirs(doc)]
        assert ours(words, labels) == expected, text
        found += len(expected)
    assert found  # each kind's patterns are met by some sentence here


def test_matches_are_ordered_by_end_then_start_and_found_once_per_key():
    patterns = {
        "B": [[{"ORTH": "क"}, {}, {}], [{}, {}, {"ORTH": "ग"}]],  # two ways to the same span: one match
        "A": [[{"ORTH": {"IN": ["क", "ख"]}}]],
    }
    vocab = spacy.blank("hi").vocab
    theirs, ours = Matcher(vocab), TokenMatcher()
    for key, alternatives in patterns.items():
        theirs.add(key, alternatives)
        ours.add(key, alternatives)
    expected = [("A", 0, 1), ("A", 1, 2), ("B", 0, 3)]  # the span inside the longer one comes first: it ends first
    assert ours(["क", "ख", "ग"]) == expected
    assert [(vocab.strings[key], a, b) for key, a, b in theirs(Doc(vocab, words=["क", "ख", "ग"]))] == expected


def test_a_pattern_with_no_word_is_tried_everywhere_and_an_unknown_test_is_refused():
    matcher = TokenMatcher()
    matcher.add("P", [[{"IS_PUNCT": True}, {"ENT_TYPE": "PLACE"}]])
    assert matcher(["क", ",", "दिल्ली", "।"], ["", "", "PLACE", ""]) == [("P", 1, 3)]
    with pytest.raises(ValueError):
        matcher.add("L", [[{"LOWER": "x"}]])
    with pytest.raises(ValueError):
        matcher.add("E", [[]])


@given(st.lists(st.tuples(st.sampled_from("ABC"), st.integers(0, 8), st.integers(1, 4)), max_size=12))
def test_longest_first_keeps_the_spans_spacy_s_filter_spans_keeps(raw):
    spans = [(key, start, start + length) for key, start, length in raw]
    doc = Doc(spacy.blank("hi").vocab, words=["क"] * 12)
    expected = [
        (span.label_, span.start, span.end) for span in filter_spans([Span(doc, a, b, label=k) for k, a, b in spans])
    ]
    assert longest_first(spans) == expected
