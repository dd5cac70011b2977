"""Tests of the HDTB UD v1 -> v2 conversion and of the shipped stanza Hindi models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.syntax import stanza_kwargs
from pipeline.training import ud

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "stanza-hi"

# A v1 sentence in the HDTB-2015 style: "बुद्ध ने उसे नहीं चुना और छोड़ा गया ।"
V1_SENTENCE = """\
1	बुद्ध	बुद्ध	PROPN	NNP	Aspect=0|Case=O|Gender=M|Number=Sg|Person=3	5	nsubj	_	_
2	ने	ने	ADP	PSP	_	1	case	_	_
3	उसे	वह	PRON	PRP	Aspect=Ko|Case=O|Gender=Any|Number=Sg|Person=3	5	dobj	_	_
4	नहीं	नहीं	PART	NEG	_	5	neg	_	_
5	चुना	चुन	VERB	VM	Aspect=Ya|Gender=M|Number=Sg|Person=Any|Stype=Declarative|Voice=Active	0	root	_	_
6	और	और	CONJ	CC	_	5	cc	_	_
7	छोड़ा	छोड़	VERB	VM	Aspect=Ya|Gender=M|Number=Sg|Voice=Passive	5	conj	_	_
8	गया	जा	AUX	VAUX	Aspect=Ya1|Gender=M|Number=Sg	7	auxpass	_	SpaceAfter=No
9	।	।	PUNCT	SYM	_	5	punct	_	_
"""

# "राम के लिए घर में था": compound postposition, and nmod under a noun vs. under a verb.
V1_POSTPOSITIONS = """\
1	राम	राम	PROPN	NNP	Case=O|Gender=M|Number=Sg	5	nmod	_	_
2	के	का	ADP	PSP	Case=O|Gender=M|Number=Sg	1	case	_	_
3	लिए	लिए	ADP	PSP	_	1	case	_	_
4	घर	घर	NOUN	NN	Case=O|Gender=M|Number=Sg	5	nmod	_	_
5	कमरा	कमरा	NOUN	NN	Case=D|Gender=M|Number=Sg	7	nsubj	_	_
6	में	में	ADP	PSP	_	4	case	_	_
7	था	था	AUX	VAUX	Aspect=Wa|Gender=M|Number=Sg	0	root	_	_
"""


def convert(text: str) -> ud.Sentence:
    [sentence] = list(ud.read_conllu(text.splitlines(keepends=True)))
    return ud.convert_sentence(sentence, sent_id="t-1")


def column(sentence: ud.Sentence, col: int) -> list[str]:
    return [tok[col] for tok in sentence[1]]


def test_v1_relations_and_upos_become_v2() -> None:
    sent = convert(V1_SENTENCE)
    assert column(sent, ud.DEPREL) == ["nsubj", "case", "obj", "advmod", "root", "cc", "conj", "aux:pass", "punct"]
    assert column(sent, ud.UPOS)[5] == "CCONJ"


def test_negation_gets_polarity() -> None:
    assert convert(V1_SENTENCE)[1][3][ud.FEATS] == "Polarity=Neg"


def test_features_are_mapped_to_ud_v2() -> None:
    feats = column(convert(V1_SENTENCE), ud.FEATS)
    assert feats[0] == "Case=Acc|Gender=Masc|Number=Sing|Person=3"  # Aspect=0 dropped, oblique -> Acc
    assert feats[2] == "Case=Dat|Number=Sing|Person=3"  # fused -को pronoun; Gender=Any dropped
    assert feats[4] == "Aspect=Perf|Gender=Masc|Number=Sing|Voice=Act"  # Stype and Person=Any dropped
    assert feats[6].endswith("Voice=Pass")
    assert feats[8] == "_"


def test_past_copula_and_case_mapping() -> None:
    feats = column(convert(V1_POSTPOSITIONS), ud.FEATS)
    assert feats[4] == "Case=Nom|Gender=Masc|Number=Sing"
    assert feats[6] == "Gender=Masc|Mood=Ind|Number=Sing|Tense=Past"


def test_known_feature_names_only() -> None:
    allowed = {"Case", "Gender", "Number", "Person", "Voice", "Aspect", "Mood", "Tense", "VerbForm", "Polarity"}
    for sent in (convert(V1_SENTENCE), convert(V1_POSTPOSITIONS)):
        for feats in column(sent, ud.FEATS):
            assert set(ud.parse_feats(feats)) <= allowed


def test_nmod_of_predicate_becomes_obl_and_compound_postposition_fixed() -> None:
    sent = convert(V1_POSTPOSITIONS)
    assert column(sent, ud.DEPREL) == ["nmod", "case", "fixed", "nmod", "nsubj", "case", "root"]
    assert column(sent, ud.HEAD)[2] == "2"  # लिए hangs off के


def test_nmod_attached_to_verb_is_obl() -> None:
    text = (
        "1\tघर\tघर\tNOUN\tNN\t_\t3\tnmod\t_\t_\n"
        "2\tमें\tमें\tADP\tPSP\t_\t1\tcase\t_\t_\n"
        "3\tगया\tजा\tVERB\tVM\t_\t0\troot\t_\t_\n"
    )
    assert column(convert(text), ud.DEPREL) == ["obl", "case", "root"]


def test_text_and_sent_id_are_generated() -> None:
    comments, _ = convert(V1_SENTENCE)
    assert comments[0] == "# sent_id = t-1"
    assert comments[-1] == "# text = बुद्ध ने उसे नहीं चुना और छोड़ा गया।"


def test_write_read_roundtrip() -> None:
    sent = convert(V1_SENTENCE)
    again = list(ud.read_conllu(ud.write_conllu([sent]).splitlines(keepends=True)))
    assert again == [sent]


def test_bad_row_is_rejected() -> None:
    with pytest.raises(ValueError):
        list(ud.read_conllu(["1\tonly\tthree\n"]))


def test_split_is_seeded_and_disjoint() -> None:
    sents = [([f"# sent_id = {i}"], [["1", str(i), "_", "X", "_", "_", "0", "root", "_", "_"]]) for i in range(50)]
    train, dev = ud.split_sentences(sents, 0.1, seed=3)
    assert len(dev) == 5 and len(train) == 45
    assert ud.split_sentences(sents, 0.1, seed=3) == (train, dev)
    assert not {s[0][0] for s in train} & {s[0][0] for s in dev}


def test_stanza_kwargs_is_light_and_offline() -> None:
    code = "import sys, pipeline.training.syntax; sys.exit('stanza' in sys.modules or 'torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False, cwd=MODEL_DIR.parents[1]).returncode == 0
    kwargs = stanza_kwargs(MODEL_DIR)
    assert kwargs["download_method"] is None and kwargs["tokenize_pretokenized"] is True
    assert kwargs["depparse_model_path"].endswith("depparse.pt")


@pytest.mark.skipif(not (MODEL_DIR / "depparse.pt").exists(), reason="models/stanza-hi not trained")
def test_shipped_models_parse_a_sentence() -> None:
    stanza = pytest.importorskip("stanza")
    nlp = stanza.Pipeline(**stanza_kwargs(MODEL_DIR), logging_level="WARN")
    tokens = ["प्रधानमंत्री", "ने", "सोमवार", "को", "दिल्ली", "में", "नई", "योजना", "की", "घोषणा", "की", "।"]
    sent = nlp([tokens]).sentences[0]
    words = sent.words
    assert [w.text for w in words] == tokens
    upos = {w.text: w.upos for w in words[:6]}
    assert upos["ने"] == "ADP" and upos["में"] == "ADP"
    assert upos["दिल्ली"] == "PROPN" and upos["सोमवार"] in {"NOUN", "PROPN"}
    assert words[-1].upos == "PUNCT"
    assert sum(w.head == 0 for w in words) == 1
    assert all(0 <= w.head <= len(words) for w in words)
    assert words[1].deprel == "case" and words[1].head == 1  # ने attaches to प्रधानमंत्री
    assert all(w.lemma for w in words)
