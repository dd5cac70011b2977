from pipeline.evaluate import score


def frame(event_type, participants, countries, location=None, date=None, topics=()):
    return {
        "doc_id": "d",
        "event_type": event_type,
        "participants": participants,
        "countries": countries,
        "location": location,
        "date": {"value": date} if date else None,
        "topics": list(topics),
    }


PERSON = {"name": "श्री जयदीप मजुमदार", "country": "IND"}
PERU = {"name": None, "country": "PER"}


def test_perfect_match_counts_every_slot_value():
    gold = {
        "d": [
            frame("MEET", [PERSON, PERU], ["IND", "PER"], {"text": "लिमा", "country": "PER"}, "2024-09-18", ["trade"])
        ]
    }
    result = score(gold, gold)
    assert result["overall"]["tp"] == 2 + 2 + 2 + 1 + 1
    assert result["overall"]["f"] == 1.0


def test_surname_matches_full_name_and_spelling_variants_count():
    gold = {"d": [frame("MEET", [PERSON], ["IND"])]}
    pred = {"d": [frame("MEET", [{"name": "मजूमदार", "country": "IND"}], ["IND"])]}
    assert score(gold, pred)["per_slot"]["participants"]["tp"] == 1


def test_unpaired_frames_count_all_their_values():
    gold = {"d": [frame("THANK", [PERU], ["PER"])]}
    pred = {"d": [frame("MEET", [PERU], ["PER"], date="2024-01-01")]}
    result = score(gold, pred)
    assert result["overall"]["tp"] == 0
    assert result["overall"]["fp"] == 3 and result["overall"]["fn"] == 2
    assert result["frames"]["fp"] == 1 and result["frames"]["fn"] == 1


def test_deictic_dates_are_not_scored_against_il_ner():
    from pipeline.dates import deictic

    assert deictic("आज") and deictic("अगले महीने") and deictic("इस माह")
    assert not deictic("अगले वर्ष जनवरी") and not deictic("5 फरवरी")
