"""The GeoNames city filter: a name the labelled text mostly uses otherwise is no city."""

from collections import Counter

from pipeline.lexicon import ALSO
from pipeline.training.cities import is_word, table_rows


def counts(**kinds):
    base = {kind: Counter() for kind in ("place", "untagged", "other_entity", "ud_propn", "ud_other")}
    for kind, key_count in kinds.items():
        base[kind].update(key_count)
    return base


def test_a_name_used_as_a_place_is_kept():
    assert not is_word("नासिक", counts(place={"नासिक": 3}, untagged={"नासिक": 1}), set())


def test_ordinary_words_and_other_names_are_left_out():
    assert is_word("सार", counts(untagged={"सार": 2}), set())
    assert is_word("नेल्सन", counts(other_entity={"नेल्सन": 2}), set())
    assert is_word("बारी", counts(ud_other={"बारी": 1}), set())
    assert is_word("गया", counts(), {"गया"})


def test_one_stray_use_is_not_evidence():
    assert not is_word("धुले", counts(other_entity={"धुले": 1}), set())
    assert not is_word("नई बस्ती", counts(untagged={"नई बस्ती": 1}), set())


def test_other_countries_towns_of_a_name_are_kept_apart_from_the_most_populous():
    kept = [[("विक्टोरिया", "CAN", 289_625), ("विक्टोरिया", "SYC", 22_881)], [("मोम्बासा", "KEN", 799_668)]]
    assert table_rows(kept) == [
        ("मोम्बासा", "KEN", "city"),
        ("विक्टोरिया", "CAN", "city"),
        ("विक्टोरिया", "SYC", ALSO),
    ]
