"""Tests for the IL-NER reader/scorer and the shipped spaCy NER model.

None of these need the shared data folder: the loader is tested on tiny inline files, the scorer on
hand-computed cases, and the model on sentences written for this test (not taken from IL-NER).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ilner import bio_spans, clean_tag, dedupe_against, read_ilner, score_spans

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner-spacy"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_read_ilner_cleans_malformed_tags(tmp_path: Path) -> None:
    text = (
        "नरेंद्र\tB-NEP\n"
        "मोदी\t-NEP\n"  # continues a NEP entity -> I-NEP
        "ने\tO\n"
        "\tO\n"  # tag without token -> skipped
        "दिल्ली\t-NEL\n"  # starts an entity -> B-NEL
        "में\t-\n"  # bare dash -> O
        "कुछ\tB-NEU\n"  # NEU mapped to O
        "और\tI-NED\n"  # NED mapped to O
        "\n"
        "2014\tB-NETI\n"
        "में\tO\n"
        "\n\n"
    )
    sents = read_ilner(write(tmp_path, text))
    assert sents == [
        [
            ("नरेंद्र", "B-NEP"),
            ("मोदी", "I-NEP"),
            ("ने", "O"),
            ("दिल्ली", "B-NEL"),
            ("में", "O"),
            ("कुछ", "O"),
            ("और", "O"),
        ],
        [("2014", "B-NETI"), ("में", "O")],
    ]


def test_dash_tag_after_other_type_starts_new_entity() -> None:
    assert clean_tag("-NEL", "I-NEP") == "B-NEL"
    assert clean_tag("-NEL", "B-NEL") == "I-NEL"
    assert clean_tag("-NEL", "I-NEL") == "I-NEL"
    assert clean_tag("-XYZ", "O") == "O"
    assert clean_tag("B-NEO", "O") == "B-NEO"
    assert clean_tag("junk", "O") == "O"


def test_read_ilner_without_final_blank_line(tmp_path: Path) -> None:
    assert read_ilner(write(tmp_path, "भारत\tB-NEL")) == [[("भारत", "B-NEL")]]


def test_bio_spans_basic() -> None:
    tags = ["B-NEP", "I-NEP", "O", "B-NEL", "B-NEL", "I-NEL", "O"]
    assert bio_spans(tags) == [(0, 2, "NEP"), (3, 4, "NEL"), (4, 6, "NEL")]


def test_bio_spans_seqeval_style_dangling_i() -> None:
    # An I- after O, or after another type, starts a new entity (seqeval's default reading).
    assert bio_spans(["O", "I-NEO", "I-NEO"]) == [(1, 3, "NEO")]
    assert bio_spans(["B-NEP", "I-NEL", "I-NEL"]) == [(0, 1, "NEP"), (1, 3, "NEL")]
    # Entity running to the end of the sentence.
    assert bio_spans(["O", "B-NETI", "I-NETI"]) == [(1, 3, "NETI")]
    assert bio_spans([]) == []


def test_score_spans_hand_computed() -> None:
    gold = [
        [("a", "B-NEP"), ("b", "I-NEP"), ("c", "O"), ("d", "B-NEL")],
        [("e", "B-NEN"), ("f", "O")],
    ]
    pred = [
        [
            ("a", "B-NEP"),
            ("b", "O"),
            ("c", "O"),
            ("d", "B-NEL"),
        ],  # NEP boundary wrong, NEL right
        [("e", "B-NEN"), ("f", "B-NEN")],  # one right, one spurious
    ]
    scores = score_spans(gold, pred)
    # tp: NEL, NEN = 2; fp: NEP(0,1), NEN(1,2) = 2; fn: NEP(0,2) = 1
    assert scores["overall"]["p"] == pytest.approx(2 / 4)
    assert scores["overall"]["r"] == pytest.approx(2 / 3)
    assert scores["overall"]["f"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    nep = scores["per_type"]["NEP"]
    assert (nep["tp"], nep["fp"], nep["fn"]) == (0, 1, 1)
    assert nep["f"] == 0.0
    nen = scores["per_type"]["NEN"]
    assert (nen["tp"], nen["fp"], nen["fn"]) == (1, 1, 0)
    assert nen["p"] == pytest.approx(0.5) and nen["r"] == pytest.approx(1.0)
    assert scores["per_type"]["NEL"]["f"] == pytest.approx(1.0)


def test_score_spans_accepts_spans_and_restricts_types() -> None:
    gold = [[(0, 2, "NEP"), (3, 4, "NEL")]]
    pred = [[(0, 2, "NEP"), (3, 4, "NEO")]]
    scores = score_spans(gold, pred, types=["NEP", "NEL"])
    assert set(scores["per_type"]) == {"NEP", "NEL"}
    assert scores["overall"]["tp"] == 1 and scores["overall"]["fp"] == 0 and scores["overall"]["fn"] == 1
    empty = score_spans([[]], [[]], types=["NEP"])
    assert empty["overall"]["f"] == 0.0


def test_score_spans_length_mismatch() -> None:
    with pytest.raises(ValueError):
        score_spans([[]], [])


def test_dedupe_against_compares_tokens_only() -> None:
    train = [[("राम", "B-NEP"), ("आया", "O")]]
    test = [[("राम", "O"), ("आया", "O")], [("सीता", "B-NEP"), ("आई", "O")]]
    assert dedupe_against(train, test) == [[("सीता", "B-NEP"), ("आई", "O")]]


# Sentences written for this test, not from IL-NER; each has (tokens, the person's token span).
PERSON_SENTENCES = [
    ("प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को नई योजना की घोषणा की ।", (1, 3)),
    ("कांग्रेस नेता राहुल गांधी ने सरकार पर आरोप लगाया ।", (2, 4)),
    ("मुख्यमंत्री योगी आदित्यनाथ ने लखनऊ में बैठक की ।", (1, 3)),
]


@pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="models/ner-spacy not trained")
@pytest.mark.parametrize(("text", "span"), PERSON_SENTENCES)
def test_model_finds_person(text: str, span: tuple[int, int]) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc

    nlp = spacy.load(MODEL_DIR)
    doc = nlp(Doc(nlp.vocab, words=text.split()))
    assert (span[0], span[1], "NEP") in {(e.start, e.end, e.label_) for e in doc.ents}
    assert set(nlp.get_pipe("ner").labels) == {
        "NEP",
        "NEL",
        "NEO",
        "NETI",
        "NEN",
        "NEAR",
    }


def test_other_corpora_tag_sets_and_column_layouts_read_as_ilner(tmp_path: Path) -> None:
    text = (
        "विदेश O O O\n"
        "मंत्री O O O\n"
        "एस. NNP B-NP B-PER\n"
        "जयशंकर NNP I-NP E-PER\n"
        "टोक्यो NNP B-NP S-LOC\n"
        "गए\tVM\tO\n"
        "\n"
        "संयुक्त\tB-ORG\n"
        "राष्ट्र\tI-ORG\n"
        "में\tO\n"
        "2024\tB-DATE\n"
        "तीन\tB-NUMEX\n"
        "\n"
    )
    assert read_ilner(write(tmp_path, text)) == [
        [("विदेश", "O"), ("मंत्री", "O"), ("एस.", "B-NEP"), ("जयशंकर", "I-NEP"), ("टोक्यो", "B-NEL"), ("गए", "O")],
        [("संयुक्त", "B-NEO"), ("राष्ट्र", "I-NEO"), ("में", "O"), ("2024", "B-NETI"), ("तीन", "B-NEN")],
    ]


def test_the_stage_is_scored_on_the_types_a_corpus_annotates() -> None:
    from pipeline.ner import NER
    from pipeline.ner_eval import evaluate

    words = ["विदेश", "मंत्री", "एस.", "जयशंकर", "ने", "15", "मार्च", "2024", "को", "टोक्यो", "में", "भेंट", "की", "।"]
    tags = ["O", "O", "B-NEP", "I-NEP", "O", "O", "O", "O", "O", "B-NEL", "O", "O", "O", "O"]
    result = evaluate(NER(model=None), [list(zip(words, tags, strict=True))])
    assert set(result["per_type"]) == {"NEP", "NEL"}  # the date found is not an error here
    assert result["overall"]["tp"] == 2 and result["overall"]["fp"] == 0
