from pipeline.analytics import load
from pipeline.cli import main


def test_tables_from_a_run(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "18 सितंबर 2024 को भारत और रूस ने मॉस्को में ऊर्जा और रक्षा पर एक समझौते पर हस्ताक्षर किए।"}\n'
        '{"id": "b", "text": "प्रधानमंत्री अनिल मेहता ने जापान के प्रधानमंत्री केन तनाका से मुलाकात की।"}\n',
        encoding="utf-8",
    )
    main(["run", str(corpus), "-o", str(tmp_path / "out")])
    tables = load(tmp_path / "out")
    assert list(tables.frames.event_type) == ["SIGN", "MEET"]
    sign = tables.frames.iloc[0]
    assert sign.country_pair == "IND-RUS" and sign.month == "2024-09" and sign.year == 2024
    assert sorted(tables.topics[tables.topics.frame_id == sign.frame_id].topic) == ["defence", "energy"]
    meet = tables.participants[tables.participants.event_type == "MEET"]
    assert sorted(meet.country) == ["IND", "JPN"] and set(meet.role) == {"participant"}
    guessed = meet.set_index("name").country_inferred  # the Indian Prime Minister's country is the home default
    assert guessed["अनिल मेहता"] and not guessed["केन तनाका"]
