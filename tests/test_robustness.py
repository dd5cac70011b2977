"""Generated text through every stage: no exception, every offset valid, frames only from triggers."""

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.read import read_text

DATA = Path(__file__).resolve().parent / "data"

DEVANAGARI = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
MIXED = st.one_of(
    DEVANAGARI,
    st.characters(codec="utf-8", exclude_categories=("Cs",)),
    st.sampled_from(list("।?!.,-—\n \t\u200b\u200d\ufeff\x00\x07")),
)
WORDS = st.sampled_from(
    [
        "भारत",
        "ने",
        "रूस",
        "से",
        "मुलाकात",
        "की",
        "।",
        "विदेश मंत्री",
        "राम",
        "18 सितंबर 2024",
        "लिमा",
        "में",
        "बैठक",
        "हुई",
        "\n",
        "को",
        "बधाई",
        "दी",
    ]
)
TEXTS = st.one_of(
    st.text(MIXED, max_size=300),
    st.text(DEVANAGARI, max_size=300),
    st.lists(WORDS, max_size=60).map(" ".join),
    st.text(st.sampled_from(list("।?!.,;:-—()[]\"'")), max_size=100),
    st.integers(min_value=200, max_value=3000).map(lambda n: "क" * n),
)


# Real news sentences (the held-out articles') in any order and number: events of every type meet in one
# document in combinations no article has, as in a corpus of many outlets.
NEWS = sorted(
    {
        sentence
        for path in sorted(DATA.glob("*/*.txt"))
        for sentence in re.split(r"(?<=।)\s+|\n+", path.read_text(encoding="utf-8"))
        if len(sentence) > 10
    }
)
MIXES = st.tuples(st.lists(st.sampled_from(NEWS), min_size=1, max_size=9), st.sampled_from([" ", "\n", "\n\n"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_any_text_goes_through_every_stage(pipeline, text):
    _check(pipeline(read_text(text, "h")))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mix=MIXES)
def test_news_sentences_in_any_mix_go_through_every_stage(pipeline, mix):
    sentences, separator = mix
    doc = pipeline(read_text(separator.join(sentences), "m"))
    assert doc.error is None, doc.error
    _check(doc)


def _check(doc) -> None:
    assert doc.error is None or doc.error.startswith("binary"), doc.error
    for sentence in doc.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(doc.raw)
        for token in sentence.tokens:
            assert 0 <= token.start < token.end <= len(doc.raw)
    for entity in doc.entities:
        assert doc.raw[entity.start : entity.end] == entity.text
    for frame in doc.frames:
        trigger = frame.trigger
        assert doc.raw[trigger["start"] : trigger["end"]] == trigger["text"]
        assert frame.participants
        for actor in frame.participants:
            for start, end in actor.mentions:
                assert 0 <= start < end <= len(doc.raw)
