"""Frames from sentences written for these tests, one or more per event type."""

from pathlib import Path

import pytest

from pipeline import MODELS


def frames(doc):
    return [f.to_dict() for f in doc.frames]


def people(frame):
    return sorted((a["name"] or "-", a["country"], a["role"]) for a in frame["participants"])


def test_meeting_with_dateline_place_and_date(run):
    doc = run(
        "नई दिल्ली, 12 मार्च (भाषा) विदेश मंत्री एस. जयशंकर ने आज यहां जापान के विदेश मंत्री योशिमासा हयाशी से मुलाकात की और व्यापार पर चर्चा की।",
        date="2024-03-12",
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["cameo"] == "040"
    assert people(frame) == [("एस. जयशंकर", "IND", "participant"), ("योशिमासा हयाशी", "JPN", "participant")]
    assert frame["location"]["text"] == "नई दिल्ली" and frame["location"]["country"] == "IND"
    assert frame["date"]["value"] == "2024-03-12"
    assert frame["topics"] == ["trade"]
    assert frame["modality"] == "asserted"


def test_phone_call_to_congratulate_is_two_frames(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी ने रूस के राष्ट्रपति व्लादिमीर पुतिन से फोन पर बात की और उन्हें चुनाव में जीत की बधाई दी।")
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert set(by_type) == {"CALL", "CONGRATULATE"}
    assert by_type["CALL"]["countries"] == ["IND", "RUS"]
    assert ("नरेंद्र मोदी", "IND", "source") in people(by_type["CONGRATULATE"])


def test_visit_has_source_and_target(run):
    doc = run("रक्षा मंत्री राजनाथ सिंह तीन दिवसीय यात्रा पर ऑस्ट्रेलिया पहुंचे।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "VISIT"
    assert people(frame) == [("-", "AUS", "target"), ("राजनाथ सिंह", "IND", "source")]


def test_planned_visit_and_meeting(run):
    doc = run("विदेश सचिव विक्रम मिस्री अगले सप्ताह नेपाल की यात्रा पर जाएंगे, जहां वे नेपाली अधिकारियों के साथ बैठक करेंगे।")
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["VISIT"]["modality"] == "planned"
    assert by_type["MEET"]["modality"] == "planned"
    assert by_type["MEET"]["countries"] == ["IND", "NPL"]


def test_signing_between_countries_with_topics(run):
    text = "भारत और बांग्लादेश ने ढाका में ऊर्जा और रेलवे के क्षेत्र में सात समझौता ज्ञापनों पर हस्ताक्षर किए।"
    (frame,) = frames(run(text))
    assert frame["event_type"] == "SIGN" and frame["countries"] == ["BGD", "IND"]
    start = text.index("ढाका")
    assert frame["location"] == {"text": "ढाका", "country": "BGD", "start": start, "end": start + 4}
    assert frame["topics"] == ["energy", "transport"]


def test_agreement_by_both_sides_takes_the_pair_from_context(run):
    doc = run("भारत और मालदीव के बीच माले में वार्ता हुई। दोनों पक्ष समुद्री सुरक्षा पर साथ काम करने पर सहमत हुए।")
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["AGREE"]["countries"] == ["IND", "MDV"]
    assert "maritime" in by_type["AGREE"]["topics"]


def test_thanks_from_an_office_holder_of_a_country(run):
    doc = run("श्रीलंका के राष्ट्रपति ने भारत को आर्थिक सहायता के लिए धन्यवाद दिया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "THANK"
    assert people(frame) == [("-", "IND", "target"), ("-", "LKA", "source")]


def test_ceremony_with_venue(run):
    doc = run("राष्ट्रपति द्रौपदी मुर्मू ने कोलंबो में भारतीय उच्चायोग में नए सांस्कृतिक केंद्र का उद्घाटन किया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY"
    assert frame["location"]["text"] == "कोलंबो में भारतीय उच्चायोग"
    assert frame["topics"] == ["culture"]


def test_repeated_mentions_are_one_frame_with_merged_people(run):
    text = (
        "भारतीय विदेश सचिव अनिल मेहता और फ्रांस के उप विदेश मंत्री पियरे लारोश ने पेरिस में बैठक की सह-अध्यक्षता की। "
        "बैठक में रक्षा सहयोग पर चर्चा हुई। "
        "बाद में सचिव मेहता ने लारोश को धन्यवाद दिया।"
    )
    by_type = {}
    for frame in frames(run(text)):
        by_type.setdefault(frame["event_type"], []).append(frame)
    (meet,) = by_type["MEET"]
    assert people(meet) == [("अनिल मेहता", "IND", "participant"), ("पियरे लारोश", "FRA", "participant")]
    assert meet["topics"] == ["defence"]
    (thank,) = by_type["THANK"]
    assert people(thank) == [("अनिल मेहता", "IND", "source"), ("पियरे लारोश", "FRA", "target")]


def test_no_event_no_frame_and_headlines_are_skipped(run):
    assert frames(run("भारत की अर्थव्यवस्था तेजी से बढ़ रही है।")) == []
    assert frames(run("मोदी ने पुतिन से मुलाकात की\nइस बारे में और जानकारी बाद में दी जाएगी।")) == []


def test_genitive_ki_is_not_a_light_verb(run):
    assert frames(run("भारत और चीन के बीच बैठक की तैयारी चल रही है।")) == []


@pytest.mark.parametrize("text", ["Modi met Biden in Washington.", "پاکستان کے وزیر اعظم نے چین کا دورہ کیا۔", ""])
def test_other_languages_and_empty_text_give_no_frames(run, text):
    assert frames(run(text)) == []


def test_frame_offsets_and_ids(run):
    text = "भारत और रूस ने मॉस्को में एक प्रोटोकॉल पर हस्ताक्षर किए।"
    doc = run(text, doc_id="d7")
    (frame,) = frames(doc)
    assert frame["frame_id"] == "d7#0" and frame["schema"] == "event-frame/1"
    trigger = frame["trigger"]
    assert text[trigger["start"] : trigger["end"]] == trigger["text"] == "हस्ताक्षर किए"
    assert frame["evidence"] == text and frame["sentence_ids"] == [0]
    assert 0 < frame["confidence"] <= 1


@pytest.mark.parametrize(
    "text,event_type,expected",
    [
        (
            "प्रधानमंत्री नरेंद्र मोदी और अमेरिकी राष्ट्रपति जो बाइडन ने व्हाइट हाउस में द्विपक्षीय वार्ता की।",
            "MEET",
            [("जो बाइडन", "USA", "participant"), ("नरेंद्र मोदी", "IND", "participant")],
        ),
        (
            "विदेश मंत्री डॉ. एस जयशंकर ने अपने चीनी समकक्ष वांग यी से मुलाकात की।",
            "MEET",
            [("एस जयशंकर", "IND", "participant"), ("वांग यी", "CHN", "participant")],
        ),
        (
            "प्रधानमंत्री मोदी ने ब्रिटेन के नए प्रधानमंत्री कीर स्टार्मर को जीत की शुभकामनाएं दीं।",
            "CONGRATULATE",
            [("कीर स्टार्मर", "GBR", "target"), ("मोदी", "IND", "source")],
        ),
        (
            "नेपाल के प्रधानमंत्री पुष्प कमल दहल चार दिवसीय भारत यात्रा पर बुधवार को नई दिल्ली पहुंचे।",
            "VISIT",
            [("-", "IND", "target"), ("पुष्प कमल दहल", "NPL", "source")],
        ),
        (
            "ढाका, 10 जुलाई (आईएएनएस) बांग्लादेश की प्रधानमंत्री शेख हसीना ने चीन के राष्ट्रपति शी जिनपिंग से बीजिंग में मुलाकात की।",
            "MEET",
            [("शी जिनपिंग", "CHN", "participant"), ("शेख हसीना", "BGD", "participant")],
        ),
    ],
)
def test_news_style_sentences(run, text, event_type, expected):
    (frame,) = frames(run(text, date="2024-07-12"))
    assert frame["event_type"] == event_type
    assert people(frame) == expected


@pytest.fixture(scope="module")
def parsed_run():
    from pipeline.core import Pipeline
    from pipeline.read import read_text

    if not (MODELS / "stanza-hi" / "depparse.pt").exists():
        pytest.skip("no syntax models in models/stanza-hi")
    pipeline = Pipeline(["segment", "ner", "syntax", "actors", "frames"])
    return lambda text: pipeline(read_text(text))


def test_frames_read_roles_from_the_dependency_tree(parsed_run):
    doc = parsed_run("भारत के विदेश मंत्री अनिल मेहता ने जापान के विदेश मंत्री केन तनाका के साथ टोक्यो में बैठक की।")
    tokens = doc.sentences[0].tokens
    assert all(t.deprel for t in tokens) and sum(t.head == -1 for t in tokens) == 1
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["countries"] == ["IND", "JPN"]
    assert frame["location"]["text"] == "टोक्यो"


def test_planned_events_from_the_tree(parsed_run):
    (frame,) = frames(parsed_run("प्रधानमंत्री अनिल मेहता अगले महीने फ्रांस के राष्ट्रपति पियरे लारोश से मुलाकात करेंगे।"))
    assert frame["modality"] == "planned"


def test_an_office_named_alone_is_its_known_holder(run):
    text = (
        "प्रधानमंत्री अनिल मेहता अगले महीने फ्रांस की यात्रा पर जाएंगे। "
        "विदेश सचिव ने बताया कि इस दौरान प्रधानमंत्री राष्ट्रपति पियरे लारोश के साथ वार्ता करेंगे।"
    )
    by_type = {f["event_type"]: f for f in frames(run(text))}
    names = {a["name"] for a in by_type["MEET"]["participants"]}
    assert names == {"अनिल मेहता", "पियरे लारोश"} and by_type["MEET"]["modality"] == "planned"


def test_both_leaders_are_the_two_people_just_named(run):
    text = (
        "राष्ट्रपति कमला देवी ने मॉरीशस के प्रधानमंत्री रवि रामगुलाम का स्वागत किया। "
        "दोनों नेताओं के बीच समुद्री सुरक्षा पर विचार-विमर्श हुआ।"
    )
    (frame,) = frames(run(text))
    assert frame["event_type"] == "MEET" and frame["countries"] == ["IND", "MUS"]
    assert frame["topics"] == ["maritime"]


def test_a_government_thanked_is_its_country(run):
    (frame,) = frames(run("नेपाल के प्रधानमंत्री रवि ओली ने सहायता के लिए भारत सरकार का आभार व्यक्त किया।"))
    assert people(frame) == [("-", "IND", "target"), ("रवि ओली", "NPL", "source")]


def test_a_place_stated_just_before_carries_to_the_event(run):
    text = "राष्ट्रपति कमला देवी ने हैदराबाद हाउस में जापान के प्रधानमंत्री फुमियो किशिदा का स्वागत किया। दोनों नेताओं के बीच वार्ता हुई।"
    (frame,) = frames(run(text))
    assert frame["location"]["text"] == "हैदराबाद हाउस"


def test_exchanging_agreements_is_signing(run):
    (frame,) = frames(run("इस अवसर पर भारत और मालदीव के बीच चार समझौतों का आदान-प्रदान किया गया।"))
    assert frame["event_type"] == "SIGN" and frame["countries"] == ["IND", "MDV"]


@pytest.mark.parametrize(
    "text,event_type,countries",
    [
        ("भारत और ऑस्ट्रेलिया ने वार्ता के बाद एक संयुक्त बयान जारी किया।", "AGREE", ["AUS", "IND"]),
        ("प्रधानमंत्री अनिल मेहता ने नई दिल्ली में मिस्र के राष्ट्रपति हसन फारूक की मेजबानी की।", "MEET", ["EGY", "IND"]),
        ("भारत ने अमेरिका के साथ वीडियो कॉन्फ्रेंस के माध्यम से वार्ता की।", "CALL", ["IND", "USA"]),
    ],
)
def test_joint_statements_hosting_and_video_talks(run, text, event_type, countries):
    found = {f["event_type"]: f for f in frames(run(text))}
    assert found[event_type]["countries"] == countries


def test_a_summit_article_end_to_end(run):
    """An article written for this test: headline, dateline, several events, a related-story link."""
    text = (Path(__file__).parent / "data" / "article_summit.txt").read_text(encoding="utf-8")
    found = frames(run(text, doc_id="summit"))
    # the summit on Tuesday and the dinner "इससे पहले सोमवार शाम" are two meetings, though the dateline's year is not told
    assert [f["event_type"] for f in found] == ["MEET", "SIGN", "AGREE", "MEET", "CEREMONY", "THANK"]
    meet, sign, agree, dinner, ceremony, thank = found
    assert dinner["date"]["text"] == "सोमवार" and meet["date"]["text"] == "मंगलवार"
    assert ceremony["countries"] == ["IND", "RUS"]  # "पुतिन ने मोदी को ... सम्मानित किया"
    assert meet["location"]["text"] == "क्रेमलिन" and meet["countries"] == ["IND", "RUS"]
    assert {"defence", "energy", "nuclear", "trade"} <= set(meet["topics"])
    assert sign["location"]["text"] == "मॉस्को"  # the dateline's place
    assert {"climate", "investment"} <= set(sign["topics"])
    # "2030 तक" is a deadline, not the day of the agreement, which is the signing's told right before
    assert agree["date"]["text"] == "मंगलवार"
    assert people(thank) == [("नरेंद्र मोदी", "IND", "source"), ("व्लादिमीर पुतिन", "RUS", "target")]
    assert all("लावरोव" not in (a["name"] or "") for f in found for a in f["participants"])


def test_a_visit_announcement_end_to_end(run):
    """A planned visit, a planned meeting, signings said to be likely, and an earlier call."""
    text = (Path(__file__).parent / "data" / "article_visit.txt").read_text(encoding="utf-8")
    found = [(f["event_type"], f["modality"]) for f in frames(run(text, doc_id="visit"))]
    assert found == [
        ("VISIT", "planned"),
        ("MEET", "planned"),
        ("SIGN", "planned"),
        ("CALL", "asserted"),
        ("CONGRATULATE", "asserted"),
    ]
    visit = frames(run(text))[0]
    assert visit["date"]["value"] == "XXXX-10-15/XXXX-10-17"
    assert people(visit) == [("-", "IND", "target"), ("अनुरा कुमार दिसानायके", "LKA", "source")]


def test_separate_meetings_are_separate_frames(run):
    text = (
        "विदेश मंत्री एस जयशंकर ने फ्रांस के विदेश मंत्री ज्यां नोएल बैरो से मुलाकात की। "
        "उन्होंने जर्मनी की विदेश मंत्री एनालेना बेयरबॉक से भी मुलाकात की।"
    )
    found = frames(run(text))
    assert [f["countries"] for f in found] == [["FRA", "IND"], ["DEU", "IND"]]


def test_commentary_gives_no_frames(run):
    text = "विशेषज्ञों का मानना है कि भारत और चीन के संबंध जटिल बने हुए हैं। पिछले वर्ष दोनों देशों के बीच सीमा पर तनाव बढ़ा था।"
    assert frames(run(text)) == []


def test_an_agreement_after_a_meeting_takes_that_meetings_date(run):
    doc = run(
        "10 मई 2025 को भारत-केन्या संयुक्त आयोग की बैठक में विदेश सचिव विक्रम मिस्री ने केन्या के विदेश सचिव "
        "कोरीर सिंग्'ओई से मुलाकात की।\n"
        "11 मई 2025 को श्री मिस्री ने केन्या की स्वास्थ्य सचिव मैरी मुथोनी से भेंट की।\n"
        "संयुक्त आयोग की बैठक ने दोनों देशों के संबंधों को मजबूत किया।\n"
        "दोनों पक्ष व्यापार और शिक्षा में सहयोग बढ़ाने पर सहमत हुए।"
    )
    by_type = {}
    for frame in frames(doc):
        by_type.setdefault(frame["event_type"], []).append(frame)
    first, second = sorted(by_type["MEET"], key=lambda f: f["date"]["value"])
    assert (
        2 in first["sentence_ids"] and 2 not in second["sentence_ids"]
    )  # the commission's meeting, not the later talks
    (agree,) = by_type["AGREE"]
    assert agree["countries"] == ["IND", "KEN"]
    assert agree["date"]["value"] == "2025-05-10"


def test_a_lead_that_names_the_meeting_belongs_to_the_frame_told_next(run):
    doc = run(
        "ढाका, 3 मार्च। भारत और बांग्लादेश के बीच संयुक्त कार्य समूह की बैठक मंगलवार को ढाका में संपन्न हुई।\n"
        "बैठक की सह-अध्यक्षता भारत के जल संसाधन सचिव अनिल मेहता और बांग्लादेश के जल सचिव करीम हसन ने की।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    lead = next(s.index for s in doc.sentences if "संपन्न" in doc.raw[s.start : s.end])
    assert lead in meet["sentence_ids"]
    assert meet["countries"] == ["BGD", "IND"]


def test_wishes_conveyed_on_someones_behalf_come_from_both(run):
    doc = run("विदेश सचिव विक्रम मिस्री ने मालदीव के राष्ट्रपति मोहम्मद मुइज्जू को प्रधानमंत्री नरेंद्र मोदी की शुभकामनाएं दीं।")
    (frame,) = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    assert people(frame) == [
        ("नरेंद्र मोदी", "IND", "source"),
        ("मोहम्मद मुइज्जू", "MDV", "target"),
        ("विक्रम मिस्री", "IND", "source"),
    ]


def test_the_cue_precheck_never_skips_a_sentence_a_trigger_could_match():
    from pipeline.frames import Frames, _patterns
    from pipeline.lexicon import RESOURCES

    cues = Frames().cues
    lines = (RESOURCES / "triggers.tsv").read_text(encoding="utf-8").splitlines()
    for line in (x for x in lines if x.strip() and not x.startswith("#")):
        for pattern in _patterns(line.split("\t")[2].split(" ... ")[0]):
            for pick in (0, -1):  # the first and the last alternative of every token
                words = []
                for token in pattern:
                    orth = token.get("ORTH")
                    alternatives = orth["IN"] if isinstance(orth, dict) else [orth] if orth else ["X"]
                    words.append(alternatives[pick])
                assert cues & set(words), (line, words)
    assert "में" not in cues and "की" not in cues  # so most sentences skip the matcher


def test_a_participants_organisation_keeps_its_acronym(run):
    doc = run("भारतीय उद्योग परिसंघ (सीआईआई) के अध्यक्ष राजीव मेमानी ने जापान के राजदूत से मुलाकात की।")
    (frame,) = frames(doc)
    (memani,) = [a for a in frame["participants"] if a["name"] == "राजीव मेमानी"]
    assert memani["org"] == "उद्योग परिसंघ (सीआईआई)" and memani["title"] == "अध्यक्ष"


def test_the_one_called_takes_part_in_the_call(run):
    doc = run("जापान के प्रधानमंत्री फुमियो किशिदा ने प्रधानमंत्री नरेंद्र मोदी को फोन किया और उन्हें चुनाव में जीत पर बधाई दी।")
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert set(by_type) == {"CALL", "CONGRATULATE"}
    assert by_type["CALL"]["countries"] == ["IND", "JPN"]
    assert ("नरेंद्र मोदी", "IND", "participant") in people(by_type["CALL"])


def test_a_pronoun_can_stand_for_an_office_holder_whose_name_is_not_given(run):
    doc = run(
        "नेपाल के विदेश सचिव अगले सप्ताह भारत की यात्रा पर आएंगे। "
        "इस दौरान वह विदेश सचिव विक्रम मिस्री से मिलेंगे और बिजली व्यापार की समीक्षा करेंगे।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meet["countries"] == ["IND", "NPL"]
    assert ("-", "NPL", "participant") in people(meet)


def test_both_leaders_are_the_two_people_of_the_meeting_just_told(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी और अमेरिकी राष्ट्रपति जो बाइडन के बीच व्हाइट हाउस में द्विपक्षीय वार्ता हुई। "
        "दोनों नेताओं ने अंतरिक्ष के क्षेत्र में सहयोग बढ़ाने पर सहमति जताई।"
    )
    (agree,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert people(agree) == [("जो बाइडन", "USA", "participant"), ("नरेंद्र मोदी", "IND", "participant")]


def test_a_call_takes_no_place_from_the_dateline(run):
    doc = run("नई दिल्ली, 14 मार्च (भाषा) रक्षा मंत्री राजनाथ सिंह ने अपने अमेरिकी समकक्ष लॉयड ऑस्टिन के साथ टेलीफोन पर बातचीत की।")
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["IND", "USA"]
    assert call["location"] is None


def test_a_meeting_noun_as_the_subject_of_a_later_verb_is_a_meeting(run):
    doc = run(
        "ताशकंद, 15 जनवरी। भारत और उज्बेकिस्तान के बीच अंतर-सरकारी आयोग की 14वीं बैठक सोमवार (15 जनवरी) को ताशकंद में हुई। "
        "दोनों देशों के संयुक्त कार्य समूह की अगली बैठक अप्रैल में नई दिल्ली में होगी।"
    )
    held, planned = frames(doc)
    assert held["event_type"] == planned["event_type"] == "MEET"
    assert held["trigger"]["text"] == "बैठक" and held["modality"] == "asserted"
    assert held["countries"] == ["IND", "UZB"] and held["date"]["value"] == "XXXX-01-15"
    assert held["location"]["text"] == "ताशकंद"
    assert planned["modality"] == "planned" and planned["countries"] == ["IND", "UZB"]
    assert planned["location"]["text"] == "नई दिल्ली" and planned["date"]["value"] == "XXXX-04"


def test_a_meeting_noun_with_a_case_marker_is_no_subject(run):
    doc = run("भारत और रूस के बीच बैठक में भाग लेने के लिए मंत्री मॉस्को गए।")
    assert [f["event_type"] for f in frames(doc)] == []


def test_each_speaks_for_the_country_named_before_ki_or_se(run):
    doc = run("बैठक की सह-अध्यक्षता भारत की ओर से वाणिज्य मंत्री पीयूष गोयल और उज्बेक पक्ष की ओर से उप प्रधानमंत्री जमशेद खोजाएव ने की।")
    (meet,) = frames(doc)
    assert people(meet) == [("जमशेद खोजाएव", "UZB", "participant"), ("पीयूष गोयल", "IND", "participant")]


def test_the_datelines_place_is_not_where_an_event_told_as_elsewhere_happened(run):
    doc = run(
        "बीजिंग, 3 अक्टूबर (रायटर) चीन के विदेश मंत्री वांग यी ने पाकिस्तानी समकक्ष इशाक डार से मुलाकात की। "
        "उधर, रूसी राष्ट्रपति व्लादिमीर पुतिन ने तुर्की के राष्ट्रपति रेचेप तैयप एर्दोगन के साथ बातचीत की।"
    )
    china, russia = frames(doc)
    assert china["location"]["text"] == "बीजिंग"
    assert russia["countries"] == ["RUS", "TUR"] and russia["location"] is None


def test_a_visit_to_a_city_is_hosted_by_its_country_and_where_points_back_to_it(run):
    doc = run("ब्रिटेन के प्रधानमंत्री कीर स्टार्मर अगले महीने वॉशिंगटन का दौरा करेंगे, जहां वह अमेरिकी राष्ट्रपति से मिलेंगे।")
    visit, meet = frames(doc)
    assert visit["event_type"] == "VISIT" and people(visit) == [("-", "USA", "target"), ("कीर स्टार्मर", "GBR", "source")]
    assert visit["location"]["text"] == meet["location"]["text"] == "वॉशिंगटन"
    assert meet["event_type"] == "MEET" and meet["countries"] == ["GBR", "USA"]


def test_a_meeting_on_the_sidelines_abroad_takes_the_datelines_place(run):
    doc = run("न्यूयॉर्क, 25 सितंबर (भाषा) विदेश मंत्री एस जयशंकर ने जर्मनी की विदेश मंत्री एनालेना बेयरबॉक से मुलाकात की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["DEU", "IND"] and meet["location"]["text"] == "न्यूयॉर्क"


@pytest.mark.parametrize(
    "text",
    [
        "मुझे यकीन है कि भारत और अमेरिका इस प्रस्ताव पर सहमत होंगे।",
        "अगर भारत और चीन सीमा पर बातचीत करते हैं तो तनाव कम होगा।",
        "यदि दोनों देश समझौते पर हस्ताक्षर करेंगे तो व्यापार बढ़ेगा।",
    ],
)
def test_beliefs_and_conditions_are_no_events(run, text):
    assert frames(run(text)) == []


def test_an_office_named_alone_is_an_actor_of_the_home_country(run):
    doc = run("भारत में अमेरिका के राजदूत एरिक गार्सेटी ने केंद्रीय वाणिज्य मंत्री से मुलाकात की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "USA"]
    assert ("-", "IND", "participant") in people(meet)


def test_an_office_named_alone_is_of_the_country_it_was_last_named_for(run):
    doc = run(
        "अमेरिकी राष्ट्रपति ने ब्रिटेन के प्रधानमंत्री कीर स्टार्मर से मुलाकात की। "
        "इसके बाद राष्ट्रपति ने जर्मनी के चांसलर ओलाफ शोल्ज से भी मुलाकात की।"
    )
    first, second = frames(doc)
    assert first["countries"] == ["GBR", "USA"] and second["countries"] == ["DEU", "USA"]


def test_an_official_of_an_international_organisation_has_no_home_country(run):
    doc = run("विदेश मंत्री एस जयशंकर ने संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस से मुलाकात की।")
    (meet,) = frames(doc)
    (guterres,) = [a for a in meet["participants"] if a["name"] == "एंटोनियो गुटेरेस"]
    assert guterres["country"] is None and guterres["org"] == "संयुक्त राष्ट्र"
    assert meet["countries"] == ["IND"]


@pytest.mark.parametrize(
    "text,event_type",
    [
        ("भारत और ओमान ने रक्षा सहयोग के करार पर दस्तखत किए।", "SIGN"),
        ("भारत और ओमान के अधिकारियों ने समझौते पर साइन किए।", "SIGN"),
        ("विदेश मंत्री ने सऊदी अरब के विदेश मंत्री के साथ मीटिंग की।", "MEET"),
        ("पाकिस्तान के प्रधानमंत्री ने ईरान के राष्ट्रपति को चुनाव में जीत की मुबारकबाद दी।", "CONGRATULATE"),
    ],
)
def test_urdu_and_english_loanwords_name_events_too(run, text, event_type):
    assert [f["event_type"] for f in frames(run(text))] == [event_type]


def test_a_countrys_delegation_is_an_actor(run):
    doc = run("वाणिज्य मंत्री पीयूष गोयल ने ऑस्ट्रेलियाई व्यापार प्रतिनिधिमंडल के सदस्यों से बातचीत की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["AUS", "IND"]


def test_a_family_name_first_stands_alone_later(run):
    doc = run(
        "जापान के प्रधानमंत्री फुमियो किशिदा ने दक्षिण कोरिया के राष्ट्रपति यून सुक येओल से मुलाकात की। यून ने किशिदा को धन्यवाद दिया।"
    )
    thank = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert people(thank) == [("फुमियो किशिदा", "JPN", "target"), ("यून सुक येओल", "KOR", "source")]


def test_a_visit_abroad_takes_no_place_from_a_home_dateline(run):
    doc = run("काठमांडू, 7 सितंबर (एजेंसी) नेपाल के प्रधानमंत्री केपी शर्मा ओली 16 सितंबर 2025 से भारत यात्रा पर रहेंगे।")
    (visit,) = frames(doc)
    assert visit["countries"] == ["IND", "NPL"] and visit["location"] is None
    assert visit["date"]["value"] == "2025-09-16"


def test_a_purpose_is_no_event(run):
    doc = run("नेपाल के प्रधानमंत्री ओली ने बधाई देने के लिए प्रधानमंत्री मोदी का आभार जताया।")
    assert [f["event_type"] for f in frames(doc)] == ["THANK"]


def test_an_office_two_people_hold_is_the_home_countrys(run):
    doc = run(
        "विदेश मंत्री एस जयशंकर ने वियतनाम के विदेश मंत्री बुई थान सोन से मुलाकात की। "
        "विदेश मंत्री ने हनोई में महात्मा गांधी की प्रतिमा पर पुष्पांजलि अर्पित की।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert people(ceremony) == [("एस जयशंकर", "IND", "participant")]


def test_a_meeting_told_without_actors_belongs_to_the_one_before(run):
    doc = run(
        "मंत्री पीयूष गोयल ने ऑस्ट्रेलिया के व्यापार मंत्री डॉन फैरेल के साथ बैठक की। "
        "बैठक में शिक्षा क्षेत्र में सहयोग पर भी विचार-विमर्श हुआ। "
        "गोयल ने ऑस्ट्रेलियाई प्रतिनिधिमंडल के सदस्यों से भी बातचीत की।"
    )
    first, second = frames(doc)
    assert first["topics"] == ["education"] and second["topics"] == []


def test_a_video_call_is_one_call_not_a_meeting_too(run):
    doc = run("प्रधानमंत्री मोदी ने इटली की प्रधानमंत्री जॉर्जिया मेलोनी के साथ वीडियो कॉन्फ्रेंस के माध्यम से बातचीत की।")
    (call,) = frames(doc)
    assert call["event_type"] == "CALL"
    assert people(call) == [("जॉर्जिया मेलोनी", "ITA", "participant"), ("मोदी", "IND", "participant")]


def test_reaching_an_agreement(run):
    doc = run("भारत और चीन सीमा पर गश्त व्यवस्था को लेकर एक समझौते पर पहुंचे।")
    assert [f["event_type"] for f in frames(doc)] == ["AGREE"]


def test_a_report_handed_over_is_no_ceremony(run):
    doc = run("वित्त मंत्री अरुण जेटली को सौंपे गए बजट-पूर्व प्रतिवेदन में उद्योग परिसंघ ने सुझाव दिए।")
    assert frames(doc) == []


def test_both_leaders_are_the_two_people_the_sentence_before_names(run):
    doc = run(
        "प्रधानमंत्री मोदी ने ईरान के राष्ट्रपति मसूद पेजेशकियान से मुलाकात की। "
        "रूस के राष्ट्रपति व्लादिमीर पुतिन ने मोदी का स्वागत किया। "
        "दोनों नेताओं ने ऊर्जा सहयोग बढ़ाने पर सहमति जताई।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agree["countries"] == ["IND", "RUS"]


def test_an_agenda_told_in_the_future_belongs_to_the_talks_and_an_outcome_to_their_sides(run):
    doc = run(
        "नई दिल्ली, 12 मार्च 2024 (भाषा) भारत और बांग्लादेश के बीच महानिदेशक स्तर की वार्ता मंगलवार को नई दिल्ली में शुरू हुई। "
        "दोनों पक्ष सीमा पार अपराधों और तस्करी पर चर्चा करेंगे। "
        "वार्ता के अंत में 15 मार्च को संयुक्त रिकॉर्ड पर हस्ताक्षर किए जाएंगे।"
    )
    meet, sign = frames(doc)
    assert meet["event_type"] == "MEET" and meet["modality"] == "asserted" and meet["date"]["value"] == "2024-03-12"
    assert sign["event_type"] == "SIGN" and sign["modality"] == "planned"
    assert sign["countries"] == ["BGD", "IND"] and sign["date"]["value"] == "2024-03-15"


def test_a_countrys_leadership_is_the_country_and_a_benefactor_is_thanked(run):
    doc = run(
        "जयशंकर ने सऊदी नेतृत्व को हज यात्रियों के लिए बेहतर व्यवस्था के लिए शुक्रिया कहा। "
        "घाना के विदेश मंत्री ने भारत द्वारा दी गई ऋण सहायता के लिए आभार व्यक्त किया।"
    )
    saudi, ghana = frames(doc)
    assert ("-", "SAU", "target") in people(saudi) and saudi["topics"] == ["culture"]
    assert ghana["countries"] == ["GHA", "IND"] and ("-", "IND", "target") in people(ghana)


def test_a_place_alone_at_the_head_of_the_text_is_a_dateline(run):
    doc = run("नई दिल्ली।\nराष्ट्रपति द्रौपदी मुर्मू ने घाना के राष्ट्रपति जॉन महामा को स्वतंत्रता दिवस पर बधाई दी।")
    (congratulate,) = frames(doc)
    assert congratulate["location"]["text"] == "नई दिल्ली"


def test_list_items_after_a_colon_lend_their_topics(run):
    doc = run(
        "जयशंकर ने सऊदी विदेश मंत्री प्रिंस फैसल बिन फरहान के साथ बातचीत की। "
        "दोनों मंत्रियों ने निम्नलिखित क्षेत्रों में सहयोग पर विचार किया:\n- ऊर्जा सुरक्षा\n- उर्वरक आपूर्ति\n"
    )
    (meet,) = frames(doc)
    assert {"energy", "fertilizers"} <= set(meet["topics"])
    assert ("फैसल बिन फरहान", "SAU", "participant") in people(meet)  # "प्रिंस" is a style, not a name


def test_two_meetings_told_in_one_sentence_are_two_frames(run):
    doc = run(
        "प्रधानमंत्री मोदी ने जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की और फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से भी मुलाकात की।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND", "JPN"], ["FRA", "IND"]]


def test_one_meeting_told_twice_in_one_sentence_is_one_frame(run):
    doc = run("प्रधानमंत्री मोदी ने जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की, जिसमें दोनों नेताओं ने बातचीत की।")
    assert [f["countries"] for f in frames(doc)] == [["IND", "JPN"]]


def test_separate_meetings_with_several_leaders_are_a_frame_each(run):
    doc = run("प्रधानमंत्री मोदी ने शिखर सम्मेलन से इतर जापान, इटली और फ्रांस के नेताओं से अलग-अलग मुलाकात की।")
    assert [f["countries"] for f in frames(doc)] == [["IND", "JPN"], ["IND", "ITA"], ["FRA", "IND"]]


def test_a_meeting_of_three_countries_is_one_frame(run):
    doc = run("भारत, जापान और ऑस्ट्रेलिया के विदेश मंत्रियों ने टोक्यो में बैठक की।")
    assert [f["countries"] for f in frames(doc)] == [["AUS", "IND", "JPN"]]


@pytest.mark.parametrize(
    "text",
    [
        "भारतीय छात्रों को यात्रा करने में कठिनाई होती है।",
        "दोनों देश जल्द ही समझौते पर हस्ताक्षर कर सकते हैं।",
        "उन्हें देश की ओर से सच्ची श्रद्धांजलि दी जा सके।",
        "शेट्टी ने अधिकारी हर्ष गुप्ता के साथ मिलकर किसानों का विरोध किया।",
        "केंद्रीय जल शक्ति मंत्री और मध्य प्रदेश के मुख्यमंत्री ने परियोजना के समझौते पर हस्ताक्षर किए।",
    ],
)
def test_verbal_nouns_possibilities_and_doing_together_are_no_events(run, text):
    assert frames(run(text)) == []


def test_a_meeting_after_which_something_was_said_happened(run):
    doc = run("विदेश मंत्री जयशंकर ने जापान के विदेश मंत्री से मुलाकात करने के बाद संवाददाताओं से बात की।")
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_in_a_speech_the_speaker_thanks_not_a_country_in_the_sentence(run):
    doc = run("मैं विदेश मंत्रालय में मेरे सहयोगी संयुक्त सचिव मोहम्मद नूर रहमान शेख को भी धन्यवाद देता हूं।")
    (thank,) = frames(doc)
    assert [a["role"] for a in thank["participants"]] == ["target"]


def test_the_author_of_a_speech_is_not_thanked(run):
    doc = run("भारत-अमेरिका संवाद में विदेश मंत्री डॉ. एस. जयशंकर द्वारा उद्घाटन भाषण। धन्यवाद।")
    assert all(a["role"] != "target" for f in frames(doc) for a in f["participants"])


def test_what_is_said_on_a_call_takes_its_date_and_no_dateline_place(run):
    doc = run(
        "नई दिल्ली, 10 जुलाई 2024 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने बुधवार को ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बनीज से फोन पर बात की। "
        "अल्बनीज ने मोदी को लगातार तीसरी बार प्रधानमंत्री बनने पर बधाई दी।"
    )
    call, congratulate = frames(doc)
    assert call["date"]["value"] == congratulate["date"]["value"] == "2024-07-10"
    assert call["location"] is None and congratulate["location"] is None


def test_those_in_whose_presence_agreements_are_signed_are_witnesses(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी और मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम की मौजूदगी में "
        "भारत और मॉरीशस के बीच आठ समझौतों पर हस्ताक्षर किए गए।"
    )
    (sign,) = frames(doc)
    assert people(sign) == [("-", "IND", "participant"), ("-", "MUS", "participant")]


def test_a_meeting_whose_co_chairs_a_relative_clause_names(run):
    doc = run(
        "काठमांडू, 4 जनवरी 2024 (वार्ता) भारत-नेपाल संयुक्त आयोग की सातवीं बैठक गुरुवार को यहां संपन्न हुई, "
        "जिसकी सह-अध्यक्षता नेपाल के विदेश मंत्री एनपी सऊद और भारत के विदेश मंत्री एस जयशंकर ने की।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("एनपी सऊद", "NPL", "participant"), ("एस जयशंकर", "IND", "participant")]
    assert meet["date"]["value"] == "2024-01-04" and meet["location"]["text"] == "काठमांडू"


def test_hinglish_titles_elected_offices_and_chief_guests(run):
    doc = run(
        "पीएम नरेंद्र मोदी ने अमेरिका के निर्वाचित उपराष्ट्रपति जेडी वेंस को बधाई दी। "
        "मोदी मॉरीशस के राष्ट्रीय दिवस समारोह में मुख्य अतिथि के रूप में शामिल होंगे।"
    )
    congratulate, ceremony = frames(doc)
    assert people(congratulate) == [("जेडी वेंस", "USA", "target"), ("नरेंद्र मोदी", "IND", "source")]
    assert ceremony["event_type"] == "CEREMONY" and ceremony["modality"] == "planned"


def test_a_homage_is_paid_by_the_living(run):
    doc = run("मिस्र के राष्ट्रपति ने राजघाट जाकर महात्मा गांधी को श्रद्धांजलि अर्पित की।")
    (ceremony,) = frames(doc)
    assert people(ceremony) == [("-", "EGY", "participant")]


def test_both_alone_are_the_two_people_just_named_and_wishes_can_be_sent(run):
    doc = run(
        "भारत के उच्चायुक्त प्रणय वर्मा ने बांग्लादेश के पर्यावरण मंत्री साबेर हुसैन चौधरी के साथ पौधे लगाए। "
        "दोनों ने जलवायु परिवर्तन पर बातचीत की। "
        "भूटान के प्रधानमंत्री शेरिंग तोबगे ने भारत के प्रधानमंत्री को शुभकामनाएं भेजीं।"
    )
    ceremony, meet, wishes = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    assert people(meet) == [("प्रणय वर्मा", "IND", "participant"), ("साबेर हुसैन चौधरी", "BGD", "participant")]
    assert wishes["event_type"] == "CONGRATULATE" and wishes["countries"] == ["BTN", "IND"]


def test_one_side_retelling_a_meeting_lends_it_its_topics(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी और मिस्र के राष्ट्रपति सीसी के बीच वार्ता हुई। "
        'मोदी ने कहा, "हमने आतंकवाद के खिलाफ सहयोग पर भी चर्चा की।"'
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["security"]


def test_organisations_act_and_an_office_without_a_case_marker_does_not(run):
    doc = run("मंत्री पीयूष गोयल ने विश्व व्यापार संगठन (डब्ल्यूटीओ) के साथ बैठक की।")
    (meet,) = frames(doc)
    assert [(a["name"] or "-", a["org"], a["country"]) for a in meet["participants"]] == [
        ("पीयूष गोयल", None, "IND"),
        ("-", "विश्व व्यापार संगठन", None),
    ]
    assert frames(run("गुजरात का मुख्यमंत्री बनने के बाद श्री नरेन्द्र मोदी ने पानी की कमी दूर करने का संकल्प लिया।")) == []


def test_their_and_business_people_and_gratitude(run):
    doc = run(
        "जर्मनी के चांसलर ओलाफ शोल्ज नई दिल्ली पहुंचे। प्रधानमंत्री नरेंद्र मोदी ने उनके साथ वार्ता की। "
        "शोल्ज ने बेंगलुरु में भारतीय और जर्मन कंपनियों के प्रमुखों से भी मुलाकात की।"
    )
    visit, talks, business = frames(doc)
    assert visit["event_type"] == "VISIT"
    assert talks["event_type"] == "MEET" and talks["countries"] == ["DEU", "IND"] and len(talks["participants"]) == 2
    assert business["event_type"] == "MEET" and "IND" in business["countries"]
    doc = run("देवानंद ने कहा कि श्रीलंका भारत द्वारा दी गई आर्थिक सहायता के लिए आभारी है।")
    (thank,) = frames(doc)
    assert people(thank) == [("-", "IND", "target"), ("-", "LKA", "source")]


def test_a_portfolio_title_keeps_its_country_and_a_common_given_name_its_bearer(run):
    doc = run(
        "श्रीलंका में भारत के उच्चायुक्त संतोष झा ने श्रीलंका के मत्स्य पालन मंत्री डगलस देवानंद से मुलाकात की। "
        "दोनों पक्ष संयुक्त कार्य समूह की अगली बैठक जून में आयोजित करने पर सहमत हुए।"
    )
    meet, agree = frames(doc)
    assert people(meet) == [("डगलस देवानंद", "LKA", "participant"), ("संतोष झा", "IND", "participant")]
    assert agree["event_type"] == "AGREE"  # the meeting agreed on is no meeting yet


def test_the_place_and_month_of_what_was_agreed_are_not_the_agreements(run):
    doc = run("कोलंबो, 18 अप्रैल (एजेंसी) भारत और श्रीलंका संयुक्त कार्य समूह की अगली बैठक जून में नई दिल्ली में आयोजित करने पर सहमत हुए।")
    (agree,) = frames(doc)
    assert agree["date"] is None and agree["location"]["text"] == "कोलंबो"
    doc = run("नई दिल्ली, 5 मार्च 2024 (भाषा) भारत और रूस ने सोमवार को रक्षा सहयोग बढ़ाने पर सहमति जताई।")
    (agree,) = frames(doc)
    assert agree["date"]["value"] == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "भारत की ओर से विदेश मंत्री एस जयशंकर ने तथा जापान की ओर से विदेश मंत्री योको कामिकावा ने वार्ता में भाग लिया।",
        "मालदीव के राष्ट्रपति मोहम्मद मुइज्जू ने भारतीय उच्चायुक्त मुनु महावर से मुलाकात के दौरान यह बात कही।",
    ],
)
def test_taking_part_in_talks_and_saying_something_during_a_meeting(run, text):
    (meet,) = frames(run(text))
    assert meet["event_type"] == "MEET" and len(meet["countries"]) == 2


def test_a_pronoun_is_not_the_agent_and_a_nations_people_are_the_nation(run):
    doc = run(
        "राष्ट्रपति द्रौपदी मुर्मू ने फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से फोन पर बात की। "
        "राष्ट्रपति मुर्मू ने उन्हें और फ्रांस की जनता को राष्ट्रीय दिवस की बधाई दी।"
    )
    call, wishes = frames(doc)
    assert call["event_type"] == "CALL" and wishes["event_type"] == "CONGRATULATE"
    assert ("इमैनुएल मैक्रों", "FRA", "target") in people(wishes)
    assert ("द्रौपदी मुर्मू", "IND", "source") in people(wishes)


def test_short_family_names_and_given_names_refer_back(run):
    doc = run(
        "इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो ने बीजिंग में चीन के राष्ट्रपति शी चिनफिंग से मुलाकात की। प्रबोवो ने शी को धन्यवाद दिया।"
    )
    thanks = frames(doc)[-1]
    assert thanks["event_type"] == "THANK"
    assert people(thanks) == [("प्रबोवो सुबियांतो", "IDN", "source"), ("शी चिनफिंग", "CHN", "target")]


def test_a_partner_met_abroad_whose_country_is_not_stated_is_the_hosts(run):
    doc = run("रक्षा मंत्री राजनाथ सिंह शुक्रवार को वियतनाम जाएंगे, जहां वह रक्षा मंत्री फान वान जियांग से मुलाकात करेंगे।")
    visit, meet = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["modality"] == "planned" and visit["countries"] == ["IND", "VNM"]
    assert meet["location"]["text"] == "वियतनाम" and meet["date"]["text"] == "शुक्रवार"
    assert ("फान वान जियांग", "VNM", "participant") in people(meet)
    host = next(a for a in meet["participants"] if a["country"] == "VNM")
    assert host["country_inferred"]
    doc = run("विदेश मंत्री एस जयशंकर ने अपनी सिंगापुर यात्रा के दूसरे दिन प्रधानमंत्री लॉरेंस वोंग से मुलाकात की।")
    visit, meet = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["modality"] == "asserted" and visit["countries"] == ["IND", "SGP"]
    assert meet["countries"] == ["IND", "SGP"]
    doc = run("काठमांडू, 3 जून 2024 (भाषा) विदेश मंत्री एस जयशंकर ने राष्ट्रपति रामचंद्र पौडेल से भेंट की।")
    (meet,) = frames(doc)  # abroad by the dateline
    assert people(meet) == [("एस जयशंकर", "IND", "participant"), ("रामचंद्र पौडेल", "NPL", "participant")]
    doc = run("नई दिल्ली, 3 जून 2024 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने राष्ट्रपति द्रौपदी मुर्मू से भेंट की।")
    assert all(a["country"] == "IND" for f in frames(doc) for a in f["participants"])


def test_a_visit_told_again_as_the_time_of_a_meeting_is_no_new_visit(run):
    doc = run(
        "केन्या के राष्ट्रपति विलियम रुटो अगले सप्ताह भारत की यात्रा पर आएंगे। "
        "यात्रा के दौरान रुटो प्रधानमंत्री नरेंद्र मोदी के साथ व्यापार और कृषि पर वार्ता करेंगे।"
    )
    visit, meet = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["topics"] == []
    assert meet["event_type"] == "MEET" and meet["countries"] == ["IND", "KEN"]


def test_what_is_signed_after_the_meeting_takes_its_date_and_also_meeting_someone(run):
    doc = run(
        "नई दिल्ली, 4 मार्च 2024 (भाषा) वाणिज्य मंत्री पीयूष गोयल ने सोमवार को यहां ब्रिटेन के व्यापार मंत्री केमी "
        "बेडेनोच के साथ बैठक की। बेडेनोच तीन दिन की भारत यात्रा पर हैं। बैठक के बाद दोनों पक्षों ने एक समझौते पर "
        "हस्ताक्षर किए। बेडेनोच मंगलवार को वित्त मंत्री निर्मला सीतारमण से भी मिलेंगी।"
    )
    by_type = {(f["event_type"], f["modality"]): f for f in frames(doc)}
    assert by_type["SIGN", "asserted"]["date"]["value"] == "2024-03-04"
    later = by_type["MEET", "planned"]
    assert later["date"]["value"] == "2024-03-05" and ("निर्मला सीतारमण", "IND", "participant") in people(later)


def test_the_leaders_of_the_delegations_take_part_in_the_talks(run):
    doc = run(
        "भारत और श्रीलंका के बीच रक्षा वार्ता मंगलवार को कोलंबो में हुई। भारतीय प्रतिनिधिमंडल का नेतृत्व रक्षा सचिव राजेश "
        "कुमार सिंह ने किया, जबकि श्रीलंकाई प्रतिनिधिमंडल का नेतृत्व रक्षा सचिव संपत तुयाकोंथा ने किया।"
    )
    (talks,) = frames(doc)
    assert people(talks) == [("राजेश कुमार सिंह", "IND", "participant"), ("संपत तुयाकोंथा", "LKA", "participant")]
    assert talks["sentence_ids"] == [0, 1]
    doc = run(
        "भारत और नेपाल के बीच विदेश सचिव स्तर की वार्ता सोमवार को काठमांडू में हुई। "
        "भारतीय प्रतिनिधिमंडल का नेतृत्व विदेश सचिव विक्रम मिसरी ने किया।"
    )
    (talks,) = frames(doc)  # the other side, no leader named, stays a country
    assert people(talks) == [("-", "NPL", "participant"), ("विक्रम मिसरी", "IND", "participant")]
    assert doc.mentions_in(doc.sentences[0]) == []  # "विदेश सचिव स्तर की वार्ता": a rank, not Misri


def test_ranks_are_honorifics_and_an_office_before_them_is_the_title(run):
    doc = run("बांग्लादेश के महानिदेशक मेजर जनरल अब्दुल रहमान ने भारत के महानिदेशक दलजीत सिंह से मुलाकात की।")
    (meet,) = frames(doc)
    assert people(meet) == [("अब्दुल रहमान", "BGD", "participant"), ("दलजीत सिंह", "IND", "participant")]
    assert {a["title"] for a in meet["participants"]} == {"महानिदेशक"}


def test_meetings_listed_after_a_colon_are_one_each_dated_by_the_general_sentence(run):
    doc = run(
        "बर्लिन, 10 जून 2024 (एजेंसी) विदेश मंत्री एस जयशंकर ने सोमवार को कई नेताओं के साथ द्विपक्षीय बैठकें कीं। "
        "उन्होंने इन नेताओं से अलग-अलग मुलाकात की:\n- फ्रांस के राष्ट्रपति इमैनुएल मैक्रों\n"
        "- पोलैंड के विदेश मंत्री रादोस्लाव सिकोरस्की\n"
    )
    meetings = frames(doc)
    assert [f["countries"] for f in meetings] == [["FRA", "IND"], ["IND", "POL"]]
    assert ("इमैनुएल मैक्रों", "FRA", "participant") in people(meetings[0])
    assert {(f["date"]["value"], f["location"]["text"]) for f in meetings} == {("2024-06-10", "बर्लिन")}


def test_a_dateline_of_two_countries_places_nothing_and_the_next_meeting_is_its_own(run):
    doc = run(
        "काठमांडू/नई दिल्ली, 5 मई 2024 (एजेंसी) भारत और नेपाल के विदेश सचिवों ने आज वार्ता की। "
        "दोनों देशों के बीच अगली बैठक अगले वर्ष नेपाल में होगी।"
    )
    held, next_one = frames(doc)
    assert held["modality"] == "asserted" and held["location"] is None and held["date"]["value"] == "2024-05-05"
    assert next_one["modality"] == "planned" and next_one["location"]["text"] == "नेपाल"


@pytest.mark.parametrize(
    "text",
    [
        "सम्मेलन में भारत और चीन के विदेश मंत्रियों के बीच कोई द्विपक्षीय मुलाकात नहीं हुई।",
        "भारत और ब्रिटेन ने मुक्त व्यापार समझौते पर हस्ताक्षर नहीं किए।",
    ],
)
def test_what_did_not_happen_is_no_event(run, text):
    assert frames(run(text)) == []


def test_officials_sign_for_their_countries_and_both_officials_are_the_two(run):
    doc = run(
        "भारत की ओर से विदेश सचिव विक्रम मिसरी और कतर की ओर से विदेश मंत्रालय के अवर सचिव अहमद अल खुलैफी ने "
        "समझौते पर हस्ताक्षर किए। इससे पहले दोनों अधिकारियों ने विदेश कार्यालय परामर्श की सह-अध्यक्षता की।"
    )
    sign, meet = frames(doc)
    expected = [("अहमद अल खुलैफी", "QAT", "participant"), ("विक्रम मिसरी", "IND", "participant")]
    assert sign["event_type"] == "SIGN" and people(sign) == expected
    assert meet["event_type"] == "MEET" and people(meet) == expected


def test_a_rank_without_an_office_still_reads_the_country(run):
    doc = run("म्यांमार के वरिष्ठ जनरल मिन आंग ह्लाइंग ने मानवीय सहायता के लिए भारत का आभार व्यक्त किया।")
    (thanks,) = frames(doc)
    assert people(thanks) == [("-", "IND", "target"), ("मिन आंग ह्लाइंग", "MMR", "source")]


def test_the_visitor_comes_first_and_whoever_receives_him_is_the_host(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी दोहा पहुंचे, अमीर शेख तमीम बिन हमद अल थानी ने हवाई अड्डे पर उनका स्वागत किया। "
        "दोनों नेताओं के बीच प्रतिनिधिमंडल स्तर की वार्ता हुई।"
    )
    visit, talks = frames(doc)
    assert people(visit) == [("-", "QAT", "target"), ("नरेंद्र मोदी", "IND", "source")]
    assert talks["countries"] == ["IND", "QAT"] and len(talks["participants"]) == 2


def test_nepali_spellings_initials_and_a_bikram_sambat_dateline(run):
    doc = run("काठमाडौं, 12 साउन। नेपाल के प्रधानमन्त्री के पी शर्मा ओली ने भारत के विदेश सचिव विक्रम मिस्री से मुलाकात की।")
    (meet,) = frames(doc)
    assert ("के पी शर्मा ओली", "NPL", "participant") in people(meet)
    assert meet["location"]["text"] == "काठमाडौं" and meet["date"] is None


def test_those_taking_part_in_a_relative_clause_are_the_meetings_and_three_countries_are_multilateral(run):
    doc = run(
        "ब्रासीलिया, 6 जुलाई 2025 (एजेंसी) वित्त मंत्रियों की बैठक रविवार को ब्रासीलिया में हुई, जिसमें भारत, ब्राजील और "
        "दक्षिण अफ्रीका के वित्त मंत्रियों ने भाग लिया।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["BRA", "IND", "ZAF"] and meet["date"]["value"] == "2025-07-06"
    assert "multilateral" in meet["topics"]


def test_a_year_told_in_the_pluperfect_is_background(run):
    doc = run("नई दिल्ली, 2 जून 2025 (भाषा) भारत और नेपाल ने 1950 में शांति और मैत्री संधि पर हस्ताक्षर किए थे।")
    assert frames(doc) == []
    doc = run("इससे पहले जयशंकर ने नेपाल के विदेश मंत्री आरजू राणा देउबा से मुलाकात की थी।")
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]  # no year: recent, still news


def test_events_after_which_others_are_told_keep_their_own_topics_and_lend_their_place(run):
    doc = run(
        "जर्मनी के चांसलर फ्रीडरिक मर्ज़ शनिवार को राजकीय यात्रा पर नई दिल्ली पहुंचे। इसके बाद हैदराबाद हाउस में "
        "प्रधानमंत्री नरेंद्र मोदी और चांसलर मर्ज़ के बीच वार्ता हुई, जिसके बाद रक्षा और अंतरिक्ष क्षेत्र में सहयोग के "
        "चार समझौतों का आदान-प्रदान किया गया।"
    )  # two events with places in one sentence once crashed the stage (dicts compared while sorting)
    visit, meet, sign = frames(doc)
    assert meet["location"]["text"] == sign["location"]["text"] == "हैदराबाद हाउस"
    assert meet["topics"] == [] and sign["topics"] == ["defence", "space"]
    assert ("फ्रीडरिक मर्ज़", "DEU", "source") in people(visit)


def test_the_passives_agent_takes_part_and_a_port_is_transport(run):
    doc = run(
        "संयुक्त आयोग की बैठक की सह-अध्यक्षता विदेश मंत्री एस जयशंकर और ईरान के विदेश मंत्री अब्बास अराघची द्वारा "
        "की गई। बैठक में चाबहार बंदरगाह पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "IRN"] and meet["topics"] == ["transport"]


def test_a_ceremony_to_come_and_one_held_are_two(run):
    doc = run(
        "मिस्र के राष्ट्रपति गणतंत्र दिवस समारोह में मुख्य अतिथि होंगे। राष्ट्रपति ने राजघाट जाकर महात्मा गांधी को श्रद्धांजलि अर्पित की।"
    )
    planned, held = frames(doc)
    assert planned["modality"] == "planned" and held["modality"] == "asserted"
    assert held["location"]["text"] == "राजघाट"


def test_well_known_people_named_bare_have_their_country_and_the_text_wins(run):
    (meet,) = frames(run("पुतिन और शी ने बीजिंग में बातचीत की।"))
    assert people(meet) == [("पुतिन", "RUS", "participant"), ("शी", "CHN", "participant")]
    doc = run("जापान के उद्योग मंत्री अकीरा मोदी ने रूस के मंत्री को धन्यवाद दिया। बाद में मोदी ने बधाई दी।")
    assert {a["name"]: a["country"] for f in frames(doc) for a in f["participants"] if a["name"]} == {
        "अकीरा मोदी": "JPN"  # "मोदी" here is the Japanese minister, as the text says
    }


def test_wishes_after_a_call_by_other_people_keep_the_dateline_place(run):
    doc = run(
        "नई दिल्ली, 6 नवंबर 2024 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने डोनाल्ड ट्रंप से फोन पर बात की। "
        "विदेश मंत्री एस जयशंकर ने निर्वाचित उपराष्ट्रपति जेडी वेंस को बधाई दी।"
    )
    call, wishes = frames(doc)
    assert call["countries"] == ["IND", "USA"] and call["location"] is None
    assert wishes["location"]["text"] == "नई दिल्ली"


def test_a_tour_announced_is_a_visit_to_each_country_by_the_one_who_goes(run):
    doc = run(
        "विदेश मंत्री एस जयशंकर तीन देशों के दौरे पर मंगलवार को रवाना हुए। वह सबसे पहले ऑस्ट्रिया जाएंगे, जहां वह "
        "चांसलर कार्ल नेहमर से मुलाकात करेंगे। इसके बाद वह स्वीडन और नॉर्वे जाएंगे।"
    )
    visits = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert [f["countries"] for f in visits] == [["AUT", "IND"], ["IND", "SWE"], ["IND", "NOR"]]
    assert all(("एस जयशंकर", "IND", "source") in people(f) for f in visits)
    assert visits[0]["location"]["text"] == "ऑस्ट्रिया"
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meet["modality"] == "planned" and meet["countries"] == ["AUT", "IND"]


def test_agreements_listed_after_the_next_sentence_give_their_topics(run):
    doc = run(
        "माले, 8 जून 2024 (भाषा) भारत और मालदीव ने पांच समझौतों पर हस्ताक्षर किए। इनमें शामिल हैं:\n"
        "1. स्वास्थ्य सहयोग पर समझौता ज्ञापन\n2. मत्स्य पालन पर समझौता\n"
    )
    (sign,) = frames(doc)
    assert sign["topics"] == ["agriculture", "health"] and sign["sentence_ids"] == [1, 2, 3, 4]


def test_wishes_sent_from_abroad_or_on_a_call_take_no_dateline_place(run):
    doc = run(
        "नई दिल्ली, 26 जनवरी 2025 (वार्ता) गणतंत्र दिवस पर जापान के प्रधानमंत्री शिगेरु इशिबा ने भारत की जनता को "
        "शुभकामनाएं दीं। ब्रिटेन के प्रधानमंत्री कीर स्टार्मर ने प्रधानमंत्री नरेंद्र मोदी को फोन कर बधाई दी।"
    )
    wishes = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    assert len(wishes) == 2 and all(f["location"] is None for f in wishes)
    doc = run("नई दिल्ली, 26 जनवरी 2025 (वार्ता) इशिबा ने यहां मोदी से मुलाकात की और भारत की जनता को शुभकामनाएं दीं।")
    wishes = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    assert wishes[0]["location"]["text"] == "नई दिल्ली"  # here in person


def test_a_kings_visit_announced_day_by_day(run):
    doc = run(
        "नई दिल्ली, 3 नवंबर 2025 (भाषा) भूटान नरेश जिग्मे खेसर नामग्येल वांगचुक सोमवार को राजकीय यात्रा पर नई दिल्ली "
        "पहुंचे। मंगलवार को राष्ट्रपति भवन में उनका स्वागत होगा, जिसके बाद वह राजघाट जाकर महात्मा गांधी को श्रद्धांजलि "
        "अर्पित करेंगे। भूटान नरेश प्रधानमंत्री नरेंद्र मोदी के साथ वार्ता करेंगे। वार्ता में व्यापार पर चर्चा होने की "
        "उम्मीद है।"
    )
    visit, homage, talks = frames(doc)
    king = ("जिग्मे खेसर नामग्येल वांगचुक", "BTN")
    assert (*king, "source") in people(visit)
    assert people(homage) == [(*king, "participant")] and homage["date"]["value"] == "2025-11-04"
    assert (*king, "participant") in people(talks)  # "भूटान नरेश": the one holder of that office
    assert talks["topics"] == ["trade"]  # the agenda hoped for is still the talks' topic


def test_a_confederation_of_industry_is_a_body_not_a_topic(run):
    doc = run(
        "वाणिज्य मंत्री पीयूष गोयल ने ब्रिटेन के व्यापार मंत्री जोनाथन रेनॉल्ड्स से मुलाकात की। "
        "बैठक में भारतीय उद्योग परिसंघ के प्रतिनिधि भी मौजूद थे।"
    )
    assert "उद्योग परिसंघ" in [e.text for e in doc.entities if e.label == "ORG"]  # "भारतीय": its country
    (meet,) = frames(doc)
    assert meet["topics"] == []  # "उद्योग" names the body, the talks are not about industry


def test_a_virtual_summit_is_a_call_and_a_postponed_visit_no_event(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी और ऑस्ट्रेलियाई प्रधानमंत्री एंथनी अल्बनीज ने वर्चुअल माध्यम से शिखर बैठक की और "
        "नवीकरणीय ऊर्जा में सहयोग बढ़ाने पर सहमति जताई।"
    )
    call, agree = frames(doc)
    assert call["event_type"] == "CALL" and agree["event_type"] == "AGREE"
    assert agree["topics"] == ["renewables"]  # renewable energy, not energy too
    doc = run("श्रीलंका के राष्ट्रपति की अगले सप्ताह होने वाली भारत यात्रा स्थगित कर दी गई है।")
    assert frames(doc) == []


def test_a_visit_by_no_one_named_is_no_frame_and_its_destination_no_visitor(run):
    assert frames(run("वह सबसे पहले जर्मनी जाएंगे, जहां वह चांसलर से मुलाकात करेंगे।")) == []


def test_a_visit_to_nigeria_a_verb_like_given_name_and_an_honour(run):
    doc = run(
        "अबुजा, 18 नवंबर 2024 (भाषा) प्रधानमंत्री नरेंद्र मोदी रविवार को नाइजीरिया पहुंचे। नाइजीरिया के राष्ट्रपति बोला "
        "अहमद टीनूबू ने अबुजा में उनका स्वागत किया। दोनों नेताओं ने सोमवार को वार्ता की। नाइजीरिया ने मोदी को अपने "
        "राष्ट्रीय सम्मान से सम्मानित किया।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert people(by_type["MEET"]) == [("नरेंद्र मोदी", "IND", "participant"), ("बोला अहमद टीनूबू", "NGA", "participant")]
    assert people(by_type["CEREMONY"]) == [("-", "NGA", "participant"), ("नरेंद्र मोदी", "IND", "participant")]


def test_those_taking_part_join_a_virtual_summit_hosted(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने वर्चुअल माध्यम से शिखर सम्मेलन की मेजबानी की, जिसमें कजाखस्तान के राष्ट्रपति "
        "कासिम-जोमार्त तोकायेव और उज्बेकिस्तान के राष्ट्रपति शवकत मिर्जियोयेव ने भाग लिया।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["IND", "KAZ", "UZB"] and call["location"] is None


def test_a_hotline_conversation_is_a_call(run):
    doc = run("भारत और पाकिस्तान के सैन्य अभियान महानिदेशकों ने हॉटलाइन पर बात की।")
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["IND", "PAK"]


def test_a_visitor_abroad_goes_to_the_place_named_and_coordinated_events_keep_their_parts(run):
    doc = run(
        "बांग्लादेश की अंतरिम सरकार के मुख्य सलाहकार मोहम्मद यूनुस बुधवार को चीन पहुंचे। बीजिंग में उन्होंने चीनी "
        "राष्ट्रपति शी चिनफिंग से मुलाकात की और दोनों देशों ने स्वास्थ्य सहयोग पर समझौतों पर हस्ताक्षर किए।"
    )
    visit, meet, sign = frames(doc)
    assert visit["countries"] == ["BGD", "CHN"] and ("-", "CHN", "target") in people(visit)
    assert meet["topics"] == [] and sign["topics"] == ["health"]
    assert sign["location"]["text"] == meet["location"]["text"] == "बीजिंग"
    assert people(sign) == [("-", "BGD", "participant"), ("-", "CHN", "participant")]


def test_thanks_by_someone_met_abroad_take_no_place_from_a_home_dateline(run):
    doc = run(
        "इस्लामाबाद, 10 जून (एपी) पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन "
        "सलमान से जेद्दा में मुलाकात की। दोनों नेताओं ने व्यापार बढ़ाने पर बातचीत की। शरीफ ने आर्थिक सहायता के लिए "
        "सऊदी अरब का शुक्रिया अदा किया।"
    )
    meet, thanks = frames(doc)
    assert meet["location"]["text"] == "जेद्दा" and thanks["location"] is None


def test_two_officials_of_one_country_met_separately_and_a_meeting_told_in_ones_own_words(run):
    doc = run(
        "विदेश सचिव विक्रम मिसरी ने ढाका में बांग्लादेश के विदेश सलाहकार मोहम्मद तौहीद हुसैन और विदेश सचिव मोहम्मद "
        "जशीम उद्दीन से अलग-अलग मुलाकात की।"
    )
    assert [len(f["participants"]) for f in frames(doc)] == [2, 2]
    doc = run(
        "विदेश सचिव विक्रम मिसरी ने ढाका में बांग्लादेश के विदेश सलाहकार मोहम्मद तौहीद हुसैन और विदेश सचिव मोहम्मद "
        "जशीम उद्दीन से अलग-अलग मुलाकात की। मिसरी ने सुरक्षा से जुड़ी चिंताओं से उन्हें अवगत कराया।"
    )
    assert [f["topics"] for f in frames(doc)] == [["security"], ["security"]]  # told of both meetings
    doc = run("अमेरिकी विदेश मंत्री मार्को रुबियो ने कहा कि उन्होंने भारतीय विदेश मंत्री एस जयशंकर के साथ बातचीत की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "USA"]


def test_a_question_tells_no_event_and_wishes_sent_separately_are_one_each(run):
    assert frames(run("क्या इस महीने मोदी और ट्रंप की मुलाकात होगी? अधिकारियों ने पुष्टि नहीं की है।")) == []
    doc = run("राष्ट्रपति द्रौपदी मुर्मू ने घाना के राष्ट्रपति जॉन महामा और केन्या के राष्ट्रपति विलियम रुटो को अलग-अलग शुभकामनाएं दीं।")
    assert [f["countries"] for f in frames(doc)] == [["GHA", "IND"], ["IND", "KEN"]]


def test_leaders_who_witness_an_exchange_of_agreements_are_not_its_signatories(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी और लाओस के प्रधानमंत्री सोनेक्से सिफानदोन चार समझौतों के आदान-प्रदान के साक्षी बने।")
    (sign,) = frames(doc)
    assert sign["event_type"] == "SIGN" and people(sign) == [("-", "IND", "participant"), ("-", "LAO", "participant")]


def test_a_visit_to_a_city_announced_with_jaenge_goes_to_its_country(run):
    doc = run("वाणिज्य मंत्री पीयूष गोयल अगले सप्ताह जिनेवा जाएंगे।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "VISIT" and frame["modality"] == "planned"
    assert frame["location"]["text"] == "जिनेवा" and frame["location"]["country"] == "CHE"
    assert ("-", "CHE", "target") in people(frame)


def test_a_body_named_for_its_country_and_sector_signs_for_it_and_lends_its_topic(run):
    doc = run("भारतीय अंतरिक्ष अनुसंधान संगठन और जापान अंतरिक्ष अन्वेषण एजेंसी के बीच एक समझौते पर हस्ताक्षर किए गए।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "SIGN" and frame["countries"] == ["IND", "JPN"]
    assert "space" in frame["topics"]


def test_an_official_of_a_body_named_before_her_portfolio_is_of_that_body(run):
    doc = run("विदेश सचिव ने अफ्रीकी संघ की शांति और सुरक्षा मामलों की आयुक्त बंकोले अदेओये से मुलाकात की।")
    (frame,) = frames(doc)
    (official,) = [a for a in frame["participants"] if a["name"] == "बंकोले अदेओये"]
    assert official["org"] == "अफ्रीकी संघ" and official["country"] is None


def test_an_agreement_reached_in_the_talks_tells_what_they_were_about(run):
    doc = run(
        "नई दिल्ली, 3 मार्च 2025 (भाषा) वाणिज्य मंत्री पीयूष गोयल ने आज यहां पेरू के विदेश व्यापार मंत्री से बैठक की। "
        "बैठक में दोनों पक्षों ने मुक्त व्यापार समझौते की वार्ता जल्द पूरी करने पर सहमति जताई।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["MEET"]["topics"] == ["trade"] and by_type["AGREE"]["topics"] == ["trade"]


def test_the_leader_of_a_delegation_met_is_its_side(run):
    doc = run("राज्यपाल ने सोमवार को जर्मनी के राजदूत फिलिप एकरमैन के नेतृत्व में आए शिष्टमंडल से मुलाकात की।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["countries"] == ["DEU", "IND"]
    assert ("फिलिप एकरमैन", "DEU", "participant") in people(frame)


def test_a_meeting_told_with_its_place_between_partner_and_verb(run):
    doc = run("फ्रांस के राष्ट्रपति इमैनुएल मैक्रों अगले सप्ताह ब्राजील के राष्ट्रपति लूला से ब्रासीलिया में मिलेंगे।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["modality"] == "planned"
    assert frame["countries"] == ["BRA", "FRA"] and frame["location"]["country"] == "BRA"


def test_talks_told_right_after_a_call_are_what_the_call_was_about(run):
    doc = run(
        "जापान के प्रधानमंत्री और ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बनीज के बीच बुधवार को टेलीफोन पर बातचीत हुई। "
        "दोनों नेताओं ने महत्वपूर्ण खनिजों की आपूर्ति पर चर्चा की।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "CALL" and frame["topics"] == ["mining"]


def test_a_surname_that_looks_like_a_verb_and_a_given_name_that_is_a_country(run):
    doc = run(
        "राजदूत ने श्रीलंका की विदेश सचिव अरुणि विजेवर्धने से मुलाकात की। "
        "मंत्री ने अमेरिका की उप विदेश मंत्री जॉर्जिया थॉम्पसन से भी मुलाकात की।"
    )
    names = {a["name"] for f in frames(doc) for a in f["participants"]}
    assert {"अरुणि विजेवर्धने", "जॉर्जिया थॉम्पसन"} <= names
    assert all("GEO" not in f["countries"] for f in frames(doc))


def test_a_pronoun_after_a_call_belongs_to_the_wishes_that_follow(run):
    doc = run(
        "विदेश मंत्री ने कनाडा की विदेश मंत्री अनीता आनंद से मुलाकात की। "
        "प्रधानमंत्री नरेंद्र मोदी ने ब्राजील के राष्ट्रपति लूला से फोन पर बात की और उन्हें जन्मदिन की बधाई दी।"
    )
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert call["countries"] == ["BRA", "IND"]
    assert "अनीता आनंद" not in {a["name"] for a in call["participants"]}


def test_a_visit_named_as_the_time_of_a_statement_and_a_junior_called_by_his_surname(run):
    doc = run(
        "संयुक्त बयान अर्जेंटीना के राष्ट्रपति जेवियर मिलेई जूनियर की नई दिल्ली यात्रा के दौरान जारी किया गया। "
        "मिलेई ने उपराष्ट्रपति से भी मुलाकात की।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    visit = by_type["VISIT"]
    assert ("जेवियर मिलेई जूनियर", "ARG", "source") in people(visit) and ("-", "IND", "target") in people(visit)
    assert visit["location"]["text"] == "नई दिल्ली"
    assert by_type["MEET"]["countries"] == ["ARG", "IND"]


def test_a_condition_tells_nothing_of_the_talks_before_it(run):
    doc = run(
        "विदेश मंत्री एस जयशंकर ने मंगलवार को जापान के विदेश मंत्री ताकेशी इवाया से मुलाकात की। "
        "अगर दोनों देश सहमत होते हैं तो व्यापार को बढ़ावा मिलेगा।"
    )
    (frame,) = frames(doc)
    assert frame["topics"] == []


def test_an_agreement_reached_in_talks_told_in_a_relative_clause_is_theirs(run):
    doc = run("विदेश सचिव ने नेपाल के विदेश सचिव अमृत बहादुर राय के साथ वार्ता की, जिसमें व्यापार बढ़ाने पर सहमति बनी।")
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert {(a["title"], a["country"]) for a in agree["participants"]} == {("विदेश सचिव", "IND"), ("विदेश सचिव", "NPL")}
    assert agree["topics"] == ["trade"]


def test_a_visitor_described_by_the_visit_and_thanks_for_what_was_done_for_ones_country(run):
    doc = run(
        "भारत की यात्रा पर आए ऑस्ट्रेलिया के रक्षा मंत्री रिचर्ड मार्ल्स ने सोमवार को नई दिल्ली में राजनाथ सिंह से मुलाकात की। "
        "मार्ल्स ने ऑस्ट्रेलिया के साथ सहयोग के लिए भारत का आभार जताया।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert ("रिचर्ड मार्ल्स", "AUS", "source") in people(by_type["VISIT"])
    assert people(by_type["THANK"]) == [("-", "IND", "target"), ("रिचर्ड मार्ल्स", "AUS", "source")]


def test_wishes_on_taking_office_name_it_and_each_country_sends_its_own(run):
    doc = run("जापान और दक्षिण कोरिया ने मार्क कार्नी को कनाडा के प्रधानमंत्री बनने पर बधाई दी।")
    wishes = frames(doc)
    assert sorted(f["countries"] for f in wishes) == [["CAN", "JPN"], ["CAN", "KOR"]]
    assert all(("मार्क कार्नी", "CAN", "target") in people(f) for f in wishes)


def test_a_chief_guest_joins_the_occasion_told_before(run):
    doc = run(
        "ढाका स्थित भारतीय उच्चायोग ने रविवार को गणतंत्र दिवस मनाया। "
        "इस समारोह में बांग्लादेश के विदेश सलाहकार तौहीद हुसैन मुख्य अतिथि के रूप में शामिल हुए।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY" and frame["countries"] == ["BGD", "IND"]
    assert frame["location"]["text"] == "ढाका"  # where the body that celebrated is


def test_a_forum_talked_of_is_multilateral_and_one_that_is_the_occasion_is_not(run):
    talked = frames(run("विदेश मंत्री ने मिस्र के विदेश मंत्री से मुलाकात की और सुरक्षा परिषद में सुधार पर चर्चा की।"))
    occasion = frames(run("प्रधानमंत्री मोदी ने ब्रिक्स शिखर सम्मेलन से इतर ब्राजील के राष्ट्रपति लूला से मुलाकात की।"))
    assert talked[0]["topics"] == ["multilateral"] and occasion[0]["topics"] == []


def test_a_handover_told_by_countries_then_people_is_one_ceremony_and_thanks_on_the_occasion_take_its_day(run):
    doc = run(
        "माले, 4 मार्च 2025 (भाषा) भारत ने मंगलवार को मालदीव को एक गश्ती पोत सौंपा। "
        "समारोह में भारतीय उच्चायुक्त मुनु महावर ने यह पोत मालदीव के रक्षा मंत्री घासन मौमून को सौंपा। "
        "इस अवसर पर मौमून ने भारत का आभार जताया।"
    )
    by_type = {}
    for f in frames(doc):
        by_type.setdefault(f["event_type"], []).append(f)
    (ceremony,) = by_type["CEREMONY"]
    assert ("मुनु महावर", "IND", "participant") in people(ceremony) and ceremony["date"]["value"] == "2025-03-04"
    assert by_type["THANK"][0]["date"]["value"] == "2025-03-04"


def test_thanks_for_what_a_country_builds_go_to_that_country(run):
    doc = run("मंगोलिया के राष्ट्रपति ने भारत द्वारा उलानबटोर में बनाई जा रही रिफाइनरी के लिए धन्यवाद दिया।")
    (frame,) = frames(doc)
    assert frame["countries"] == ["IND", "MNG"] and ("-", "IND", "target") in people(frame)


def test_a_memorandum_submitted_is_no_ceremony(run):
    assert frames(run("व्यापारियों के प्रतिनिधिमंडल ने अमेरिकी राजदूत को ज्ञापन सौंपा।")) == []


def test_a_dateline_in_digits_a_lone_initial_and_a_latin_country_name(run):
    doc = run(
        "पेरिस, 14/03/2025: थल सेना प्रमुख जनरल उपेंद्र के द्विवेदी ने गुरुवार को फ्रांस के थल सेना प्रमुख से मुलाकात की। "
        "PM मोदी ने UAE के राष्ट्रपति से फोन पर बात की।"
    )
    meet, call = frames(doc)
    assert meet["date"]["value"] == "2025-03-13" and meet["location"]["text"] == "पेरिस"
    assert ("उपेंद्र के द्विवेदी", "IND", "participant") in people(meet)
    assert call["countries"] == ["ARE", "IND"]


def test_talks_reported_as_having_gone_well_and_an_agreement_signed_before_its_approval(run):
    talks = frames(run("प्रवक्ता ने कहा कि फ्रांस के विदेश मंत्री और जर्मनी के विदेश मंत्री के बीच हुई बातचीत सकारात्मक रही।"))
    assert [f["event_type"] for f in talks] == ["MEET"] and talks[0]["countries"] == ["DEU", "FRA"]
    signed = frames(run("मंत्रिमंडल ने भारत और ओमान के बीच निवेश समझौते को मंजूरी दी। यह समझौता पिछले महीने हस्ताक्षरित हुआ था।"))
    assert [(f["event_type"], f["countries"]) for f in signed] == [("SIGN", ["IND", "OMN"])]


def test_a_meeting_announced_after_talks_keeps_its_own_topics(run):
    doc = run(
        "विदेश मंत्री एस जयशंकर ने सोमवार को रूस के विदेश मंत्री सर्गेई लावरोव के साथ बातचीत की, जिसमें ऊर्जा व्यापार पर चर्चा हुई। "
        "दोनों मंत्री मंगलवार को अंतर-सरकारी आयोग की बैठक की सह-अध्यक्षता करेंगे।"
    )
    held, planned = frames(doc)
    assert held["topics"] == ["energy", "trade"] and planned["modality"] == "planned" and planned["topics"] == []


def test_bilateral_meetings_with_several_counterparts_at_a_forum_are_one_each_and_not_multilateral(run):
    doc = run(
        "जी20 विदेश मंत्रियों की बैठक में भाग लेने आए विदेश मंत्री एस जयशंकर ने ब्राजील और मैक्सिको के अपने समकक्षों से द्विपक्षीय मुलाकात की।"
    )
    meetings = [f for f in frames(doc) if len(f["countries"]) == 2]
    assert sorted(f["countries"] for f in meetings) == [["BRA", "IND"], ["IND", "MEX"]]
    assert all(f["topics"] == [] for f in meetings)


def test_two_names_after_a_plural_title_are_two_people(run):
    doc = run("दोनों देशों के विदेश मंत्रियों चो ह्यून और ताकेशी इवाया ने टेलीफोन पर बातचीत की।")
    (call,) = frames(doc)
    assert {a["name"] for a in call["participants"]} == {"चो ह्यून", "ताकेशी इवाया"}


def test_credentials_presented_are_a_ceremony(run):
    doc = run("नए राजदूत ने शुक्रवार को राष्ट्रपति भवन में राष्ट्रपति द्रौपदी मुर्मू को अपना परिचय पत्र सौंपा।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY" and frame["location"]["text"] == "राष्ट्रपति भवन"


def test_a_countrys_body_named_in_the_genitive_signs_for_it(run):
    doc = run("भूटान विद्युत प्राधिकरण और भारत की विद्युत व्यापार निगम के बीच एक समझौते पर हस्ताक्षर किए गए।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "SIGN" and frame["countries"] == ["BTN", "IND"]


def test_the_place_of_another_doing_after_and_is_not_the_meetings(run):
    doc = run("प्रधानमंत्री मोदी जापान के प्रधानमंत्री के साथ शिखर वार्ता करेंगे और ओसाका में एक व्यापार मंच को संबोधित करेंगे।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["location"] is None


def test_talks_told_after_a_welcome_take_its_place_and_day_and_two_offices_of_one_person(run):
    doc = run(
        "नई दिल्ली, 20 अगस्त 2025। प्रधानमंत्री नरेंद्र मोदी ने आज हैदराबाद हाउस में सिंगापुर के प्रधानमंत्री लॉरेंस वोंग "
        "का स्वागत किया। दोनों नेताओं ने कौशल विकास पर चर्चा की। "
        "इससे पहले पाकिस्तान के उप प्रधानमंत्री और विदेश मंत्री इशाक डार ने बांग्लादेश के विदेश सलाहकार से मुलाकात की।"
    )
    first, second = frames(doc)
    assert first["date"]["value"] == "2025-08-20" and first["location"]["text"] == "हैदराबाद हाउस"
    assert ("इशाक डार", "PAK", "participant") in people(second)


def test_both_countries_ministers_named_in_turn_are_of_those_countries_in_order(run):
    doc = run(
        "ब्राजील और अर्जेंटीना ने व्यापार बढ़ाने का फैसला किया। "
        "दोनों देशों के विदेश मंत्रियों मौरो विएरा और गेरार्डो वेर्थीन ने टेलीफोन पर बातचीत की।"
    )
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert people(call) == [("गेरार्डो वेर्थीन", "ARG", "participant"), ("मौरो विएरा", "BRA", "participant")]


def test_people_listed_among_those_just_told_join_the_event(run):
    doc = run(
        "राष्ट्रपति को तीन देशों के राजदूतों ने अपने परिचय पत्र सौंपे। "
        "इनमें फ्रांस के राजदूत थियरी माथू और घाना के उच्चायुक्त माइकल ओकाई शामिल थे।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY" and {"FRA", "GHA"} <= set(frame["countries"])


def test_a_pronoun_in_what_someone_says_is_the_speaker(run):
    doc = run(
        'मुलाकात के बाद ज़ेलेंस्की ने कहा, "हमारी बातचीत अच्छी रही।" '
        "ट्रंप ने कहा कि वे जल्द ही रूसी राष्ट्रपति व्लादिमीर पुतिन से फ़ोन पर बात करेंगे।"
    )
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert {a["name"] for a in call["participants"]} == {"ट्रंप", "व्लादिमीर पुतिन"}


def test_someone_present_on_the_occasion_takes_part_but_not_in_a_signing(run):
    wreath = frames(
        run(
            "उच्चायुक्त विक्रम दोराईस्वामी ने गांधी प्रतिमा पर पुष्पांजलि अर्पित की। "
            "इस अवसर पर ब्रिटेन की विदेश राज्य मंत्री कैथरीन वेस्ट भी मौजूद थीं।"
        )
    )
    assert wreath[0]["countries"] == ["GBR", "IND"]
    signing = frames(
        run("नेपाल और भारत के बीच एक समझौते पर हस्ताक्षर किए गए। इस अवसर पर नेपाल के ऊर्जा मंत्री दीपक खड़का भी मौजूद थे।")
    )
    assert all(a["name"] is None for a in signing[0]["participants"])


def test_a_countrys_sized_delegation_after_its_genitive_meets(run):
    doc = run("जापान के 20 सदस्यीय व्यापार प्रतिनिधिमंडल ने सोमवार को वाणिज्य मंत्री पीयूष गोयल से मुलाकात की।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["countries"] == ["IND", "JPN"]
    assert ("-", "JPN", "participant") in people(frame)


def test_a_bodys_delegation_meets_for_the_body(run):
    doc = run(
        "भारतीय उद्योग परिसंघ (सीआईआई) के 40 सदस्यीय व्यापार प्रतिनिधिमंडल ने मंगलवार को वियतनाम के उद्योग और व्यापार "
        "मंत्री गुयेन होंग दियेन से मुलाकात की।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["countries"] == ["IND", "VNM"]
    orgs = [a["org"] for a in frame["participants"] if a["name"] is None]
    assert orgs == ["भारतीय उद्योग परिसंघ (सीआईआई)"]


def test_attending_a_forums_meeting_needs_one_side_only(run):
    doc = run("विदेश मंत्री एस जयशंकर ने शुक्रवार को जी20 विदेश मंत्रियों की बैठक में भाग लिया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["countries"] == ["IND"]
    assert "multilateral" in frame["topics"]
    assert frames(run("विदेश मंत्री एस जयशंकर ने शुक्रवार को विभाग की बैठक में भाग लिया।")) == []


def test_a_forums_meeting_and_one_on_its_margins_are_two(run):
    doc = run("जी20 विदेश मंत्रियों की बैठक में भाग लेने आए विदेश मंत्री एस जयशंकर ने गुरुवार को यहां ब्राजील के अपने समकक्ष से मुलाकात की।")
    forum, bilateral = frames(doc)
    assert forum["countries"] == ["IND"] and forum["topics"] == ["multilateral"]
    assert people(forum) == [("एस जयशंकर", "IND", "participant")]
    assert bilateral["countries"] == ["BRA", "IND"] and bilateral["topics"] == []


def test_representing_a_country_at_a_forum_is_attending_it(run):
    doc = run("विश्व व्यापार संगठन की मंत्रिस्तरीय बैठक में भारत का प्रतिनिधित्व वाणिज्य सचिव सुनील बर्थवाल ने किया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and people(frame) == [("सुनील बर्थवाल", "IND", "participant")]


def test_a_handover_to_many_is_a_ceremony(run):
    doc = run("भारत के उच्चायुक्त रोहित वढेरा ने मोजाम्बिक के रक्षा मंत्री क्रिस्टोवाओ चुमे को दो नौकाएं सौंपीं।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY" and frame["countries"] == ["IND", "MOZ"]


def test_a_countrys_mission_acts_for_it_and_its_seat_does_not(run):
    (frame,) = frames(run("अमेरिका स्थित भारतीय दूतावास ने शनिवार को अंतरराष्ट्रीय योग दिवस मनाया।"))
    assert frame["event_type"] == "CEREMONY" and frame["countries"] == ["IND"]
    assert [a["org"] for a in frame["participants"] if a["name"] is None] == ["भारतीय दूतावास"]
    # its ambassador named taking part stands for it, as a minister named stands for a ministry
    doc = run(
        "अमेरिका स्थित भारतीय दूतावास ने शनिवार को अंतरराष्ट्रीय योग दिवस मनाया। कार्यक्रम में भारत के राजदूत विनय मोहन "
        "क्वात्रा ने भाग लिया।"
    )
    (frame,) = frames(doc)
    assert frame["countries"] == ["IND"]
    assert people(frame) == [("विनय मोहन क्वात्रा", "IND", "participant")]


def test_the_office_there_is_of_the_country_just_named(run):
    doc = run("प्रधानमंत्री ने स्वीडन के राष्ट्रीय दिवस पर वहां के प्रधानमंत्री उल्फ क्रिस्टर्सन को बधाई दी।")
    (frame,) = frames(doc)
    assert ("उल्फ क्रिस्टर्सन", "SWE", "target") in people(frame)


def test_a_visit_completed_before_the_next_is_its_own(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी घाना की दो दिवसीय यात्रा पूरी करने के बाद बुधवार को त्रिनिदाद और टोबैगो पहुंचे।")
    visits = frames(doc)
    assert [f["countries"] for f in visits] == [["GHA", "IND"], ["IND", "TTO"]]
    assert all(("नरेंद्र मोदी", "IND", "source") in people(f) for f in visits)
    assert visits[0]["date"] is None and visits[1]["date"]["text"] == "बुधवार"


def test_a_body_no_list_holds_keeps_its_countrys_name(run):
    doc = run("मिस्र के राष्ट्रपति अब्देल फतह अल-सीसी ने सूडान की संप्रभुता परिषद के अध्यक्ष जनरल अब्देल फतह अल-बुरहान से मुलाकात की।")
    (frame,) = frames(doc)
    assert frame["countries"] == ["EGY", "SDN"]


def test_english_titles_written_in_devanagari(run):
    doc = run("ब्रिटेन के बिजनेस एंड ट्रेड सेक्रेटरी जोनाथन रेनॉल्ड्स ने वाणिज्य मंत्री पीयूष गोयल के साथ मीटिंग की।")
    (frame,) = frames(doc)
    assert ("जोनाथन रेनॉल्ड्स", "GBR", "participant") in people(frame)


def test_talks_that_a_visit_is_for_have_the_visitor_as_a_side(run):
    doc = run(
        "विदेश सचिव विक्रम मिस्री अगले सप्ताह विदेश कार्यालय परामर्श के लिए ढाका जाएंगे। परामर्श में दोनों पक्ष सीमा प्रबंधन पर चर्चा करेंगे।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["modality"] == "planned"
    assert people(meet) == [("-", "BGD", "participant"), ("विक्रम मिस्री", "IND", "participant")]


def test_the_side_a_leader_leads_tells_his_country(run):
    doc = run(
        "भारत और बांग्लादेश के बीच संयुक्त कार्य समूह की बैठक मंगलवार को ढाका में हुई। भारतीय प्रतिनिधिमंडल का नेतृत्व "
        "संयुक्त सचिव राकेश कुमार ने किया, जबकि बांग्लादेशी पक्ष का नेतृत्व अतिरिक्त सचिव मोहम्मद रफीकुल इस्लाम ने किया।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("मोहम्मद रफीकुल इस्लाम", "BGD", "participant"), ("राकेश कुमार", "IND", "participant")]


def test_people_named_in_the_meeting_are_its_sides(run):
    doc = run(
        "जापान और फिलीपींस के रक्षा मंत्रियों ने बुधवार को मनीला में बैठक की और संयुक्त गश्त बढ़ाने पर सहमति जताई। बैठक "
        "में जापान के रक्षा मंत्री नाकातानी और फिलीपींस के रक्षा सचिव गिल्बर्टो टियोडोरो ने सहयोग की समीक्षा भी की।"
    )
    for frame in frames(doc):
        assert people(frame) == [("गिल्बर्टो टियोडोरो", "PHL", "participant"), ("नाकातानी", "JPN", "participant")]


def test_two_people_in_bilateral_talks_between_them_meet_once(run):
    (meet,) = frames(run("माले। मोदी और मुइज्जू के बीच द्विपक्षीय वार्ता शुरू। रक्षा और स्वास्थ्य पर चर्चा।"))
    assert meet["event_type"] == "MEET" and meet["countries"] == ["IND", "MDV"]
    assert meet["topics"] == ["defence", "health"]


def test_an_agreement_said_to_come_out_of_talks_told_after_is_theirs(run):
    doc = run(
        "नेपाल और चीन ने बुधवार को सड़क संपर्क परियोजनाओं पर सहयोग बढ़ाने पर सहमति जताई। यह सहमति नेपाल के प्रधानमंत्री "
        "केपी शर्मा ओली की बीजिंग यात्रा के दौरान राष्ट्रपति शी चिनफिंग के साथ हुई वार्ता में बनी।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert {"AGREE", "MEET", "VISIT"} <= set(by_type)
    assert people(by_type["AGREE"]) == people(by_type["MEET"])
    assert by_type["AGREE"]["location"]["text"] == "बीजिंग"
    assert by_type["MEET"]["topics"] == ["transport"]


def test_thanks_posted_online_take_no_place_from_the_dateline(run):
    doc = run(
        "नई दिल्ली, 4 नवंबर 2025। विदेश मंत्री एस जयशंकर ने मंगलवार को एक्स पर एक पोस्ट में ऑस्ट्रेलिया की विदेश मंत्री "
        "पेनी वोंग को धन्यवाद दिया।"
    )
    (thanks,) = frames(doc)
    assert thanks["event_type"] == "THANK" and thanks["location"] is None


def test_talks_between_the_two_just_named(run):
    doc = run(
        "वियतनाम के रक्षा मंत्री फान वान जियांग ने बुधवार को भारतीय नौसेना प्रमुख दिनेश के त्रिपाठी का स्वागत किया। दोनों "
        "के बीच समुद्री सहयोग पर बातचीत हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "VNM"] and len(meet["participants"]) == 2


def test_a_side_led_in_other_words(run):
    doc = run(
        "भारत और श्रीलंका के बीच संयुक्त कार्य समूह की बैठक गुरुवार को कोलंबो में हुई। श्रीलंकाई पक्ष की अगुवाई सचिव "
        "के. डी. एस. रुवनचंद्र ने की।"
    )
    (meet,) = frames(doc)
    assert ("के. डी. एस. रुवनचंद्र", "LKA", "participant") in people(meet)


def test_the_three_countries_just_told(run):
    doc = run(
        "चीन, पाकिस्तान और अफगानिस्तान के विदेश मंत्रियों की बैठक बुधवार को बीजिंग में हुई। तीनों देशों ने आर्थिक गलियारे "
        "को बढ़ाने पर सहमति जताई।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agree["countries"] == ["AFG", "CHN", "PAK"]


def test_thanks_by_letter_take_no_place(run):
    doc = run("सिंगापुर। सिंगापुर के विदेश मंत्री विवियन बालाकृष्णन ने जयशंकर को पत्र लिखकर आभार जताया।")
    (thanks,) = frames(doc)
    assert thanks["location"] is None


def test_a_ministers_portfolio_between_country_and_title(run):
    doc = run("जर्मनी की आर्थिक सहयोग और विकास मंत्री रीम अलाबाली-रादोवान ने भारत के राजदूत अजीत गुप्ते से मुलाकात की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["DEU", "IND"]


def test_a_yearless_dateline_takes_the_year_the_page_gives_that_day(run):
    doc = run(
        "अपडेटेड: 12 सितंबर 2025, 08:15 PM IST\n\nनई दिल्ली, 12 सितंबर। विदेश सचिव विक्रम मिस्री ने शुक्रवार को अमेरिका के "
        "उप विदेश मंत्री क्रिस्टोफर लैंडौ से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["date"]["value"] == "2025-09-12"


def test_a_visit_to_two_countries_named_in_the_genitive_is_one_each(run):
    doc = run("उपराष्ट्रपति सी पी राधाकृष्णन अगले सप्ताह मलावी और जाम्बिया की यात्रा करेंगे।")
    assert sorted(f["countries"] for f in frames(doc)) == [["IND", "MWI"], ["IND", "ZMB"]]


def test_credentials_accepted_are_a_ceremony(run):
    doc = run("राष्ट्रपति द्रौपदी मुर्मू ने गुरुवार को फिनलैंड, पेरू और केन्या के राजदूतों से परिचय पत्र स्वीकार किए।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY" and frame["countries"] == ["FIN", "IND", "KEN", "PER"]


def test_both_countries_office_holders_are_the_sides(run):
    doc = run("भारत-कुवैत संयुक्त आयोग की पहली बैठक अगले महीने कुवैत सिटी में होगी, जिसकी सह-अध्यक्षता दोनों देशों के विदेश मंत्री करेंगे।")
    (meet,) = frames(doc)
    assert meet["modality"] == "planned" and meet["countries"] == ["IND", "KWT"]
    assert meet["location"]["text"] == "कुवैत सिटी"
    assert {a["title"] for a in meet["participants"]} == {"विदेश मंत्री"}


def test_countries_listed_between_dashes_share_the_case_the_tree_gives_the_last(parsed_run):
    doc = parsed_run(
        "वॉशिंगटन। क्वाड देशों - भारत, अमेरिका, जापान और ऑस्ट्रेलिया - के विदेश मंत्रियों ने मंगलवार को वॉशिंगटन में "
        "बैठक की और हिंद-प्रशांत में समुद्री सुरक्षा तथा महत्वपूर्ण खनिजों की आपूर्ति श्रृंखला पर एक नई पहल शुरू करने का "
        "फैसला किया।"
    )
    for frame in frames(doc):
        assert frame["countries"] == ["AUS", "IND", "JPN", "USA"]


def test_a_field_marshal_is_named_after_his_rank(run):
    doc = run("अमेरिकी विदेश मंत्री मार्को रुबियो ने पाकिस्तान के सेना प्रमुख फील्ड मार्शल आसिम मुनीर से मुलाकात की।")
    (meet,) = frames(doc)
    assert ("आसिम मुनीर", "PAK", "participant") in people(meet)


def test_a_dateline_place_with_its_country_in_brackets(run):
    doc = run("कनानास्किस (कनाडा), 17 जून 2025। प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को जी7 शिखर सम्मेलन के आउटरीच सत्र में भाग लिया।")
    (meet,) = frames(doc)
    assert meet["location"] == {**meet["location"], "text": "कनानास्किस", "country": "CAN"}
    assert meet["date"]["value"] == "2025-06-17" and meet["topics"] == ["multilateral"]


def test_a_signing_after_the_talks_is_where_they_were_and_a_place_the_model_widens_over_a_name_stays_the_place(run):
    doc = run((Path(__file__).parent / "data" / "heldout67" / "state_visit.txt").read_text(encoding="utf-8"))
    sign = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sign["location"]["text"] == "हैदराबाद हाउस"
    planned = next(f for f in frames(doc) if f["modality"] == "planned")
    assert planned["location"]["text"] == "बेंगलुरु"
    assert ("फर्डिनेंड मार्कोस जूनियर", "PHL", "participant") in people(planned)


def test_a_virtual_summit_is_a_call(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी और ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बानीज ने गुरुवार को वर्चुअल शिखर सम्मेलन किया।")
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["AUS", "IND"]


def test_offices_of_an_assembly_and_of_a_region_are_of_their_country(run):
    doc = run(
        "लोकसभा अध्यक्ष ओम बिरला ने आर्मेनिया की नेशनल असेंबली के अध्यक्ष एलेन सिमोनियन से मुलाकात की। भारत के राजदूत अभय "
        "ठाकुर ने यांगून क्षेत्र के मुख्यमंत्री यू सो थेन को राहत सामग्री सौंपी।"
    )
    meet, ceremony = frames(doc)
    assert meet["countries"] == ["ARM", "IND"] and ceremony["countries"] == ["IND", "MMR"]
    assert ("सो थेन", "MMR", "participant") in people(ceremony)


def test_a_denied_report_is_no_event(run):
    doc = run("पाकिस्तान के विदेश कार्यालय ने उन खबरों का खंडन किया कि शहबाज शरीफ ने डोनाल्ड ट्रंप से फोन पर बात की थी।")
    assert frames(doc) == []


def test_a_trilateral_phone_call(run):
    doc = run("भारत, फ्रांस और संयुक्त अरब अमीरात के विदेश मंत्रियों ने मंगलवार को टेलीफोन पर त्रिपक्षीय बातचीत की।")
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["ARE", "FRA", "IND"]


def test_a_climate_cop_attended_is_a_forum(run):
    doc = run("पर्यावरण मंत्री भूपेंद्र यादव ने बुधवार को कॉप29 जलवायु सम्मेलन में भाग लिया।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND"] and "multilateral" in meet["topics"]


def test_a_time_of_day_before_a_name_is_not_part_of_it(run):
    doc = run(
        "विदेश मंत्री एस जयशंकर बुधवार को श्रीलंका पहुंचे। गुरुवार सुबह जयशंकर ने राष्ट्रपति अनुरा कुमारा दिसानायके से "
        "राष्ट्रपति सचिवालय में मुलाकात की।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert ("एस जयशंकर", "IND", "participant") in people(meet)


def test_a_round_of_talks_held_and_sherpas_met(run):
    doc = run(
        "भारत और अमेरिका के बीच कांसुलर वार्ता का चौथा दौर बुधवार को नई दिल्ली में हुआ। भारतीय प्रतिनिधिमंडल का नेतृत्व "
        "संयुक्त सचिव विनोद बहाडे ने किया।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "USA"] and ("विनोद बहाडे", "IND", "participant") in people(meet)
    doc = run("भारत के जी20 शेरपा अमिताभ कांत ने ब्राजील के शेरपा मौरिसियो लिरियो से मुलाकात की और कर्ज राहत पर चर्चा की।")
    (meet,) = frames(doc)
    assert ("मौरिसियो लिरियो", "BRA", "participant") in people(meet) and "finance" in meet["topics"]


def test_the_pope_is_met(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी ने शनिवार को वेटिकन सिटी में पोप लियो चौदहवें से मुलाकात की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "VAT"]


def test_a_call_whose_length_is_told(run):
    doc = run("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और चीनी राष्ट्रपति शी चिनफिंग ने शुक्रवार को फोन पर करीब डेढ़ घंटे बात की।")
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["CHN", "USA"]


def test_a_bodys_name_is_read_from_the_text_as_written(run):
    doc = run(
        "<html><body><p>वॉशिंगटन। अमेरिका स्थित भारतीय दूतावास ने शनिवार को अंतरराष्ट्रीय योग दिवस मनाया।</p></body></html>"
    )
    (frame,) = frames(doc)
    assert [a["org"] for a in frame["participants"]] == ["भारतीय दूतावास"]


def test_a_pib_release_is_dated_by_its_publication_stamp(run):
    doc = run(
        "प्रधानमंत्री ने वाराणसी में मॉरीशस के प्रधानमंत्री के साथ द्विपक्षीय वार्ता की\n"
        "प्रविष्टि तिथि: 11 SEP 2025 2:45PM by PIB Delhi\n\n"
        "प्रधानमंत्री श्री नरेन्द्र मोदी ने आज वाराणसी में मॉरीशस गणराज्य के प्रधानमंत्री डॉ. नवीनचंद्र रामगुलाम के साथ "
        "द्विपक्षीय वार्ता की।"
    )
    (meet,) = frames(doc)
    assert meet["date"]["value"] == "2025-09-11"
    assert ("नवीनचंद्र रामगुलाम", "MUS", "participant") in people(meet)
    assert not [s for s in doc.sentences if s.kind == "dateline"]  # "प्रविष्टि तिथि:" is no place


def test_thanks_to_a_country_named_are_not_to_the_one_just_met_nor_to_a_mediators_other_side(run):
    doc = run(
        "ईरान के विदेश मंत्री अब्बास अराघची ने मंगलवार को ओमान के सुल्तान हैथम बिन तारिक से मुलाकात की और अमेरिका के "
        "साथ परमाणु वार्ता में मध्यस्थता के लिए ओमान का आभार व्यक्त किया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert people(thanks) == [("-", "OMN", "target"), ("अब्बास अराघची", "IRN", "source")]


def test_what_two_leaders_discussed_after_a_call_and_wishes_is_the_calls_business(run):
    doc = run(
        "ब्राजील के राष्ट्रपति लूला ने मंगलवार को चिली के नवनिर्वाचित राष्ट्रपति जोसे एंटोनियो कास्ट को फोन कर चुनाव में जीत "
        "की बधाई दी। दोनों नेताओं ने करीब आधे घंटे की बातचीत में व्यापार और लिथियम खनन पर चर्चा की।"
    )
    assert sorted(f["event_type"] for f in frames(doc)) == ["CALL", "CONGRATULATE"]
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert call["topics"] == ["mining", "trade"]


def test_a_venue_every_country_has_is_the_one_its_demonym_or_the_dateline_names(run):
    doc = run(
        "कैनबरा, 12 अक्टूबर (भाषा)। रक्षा मंत्री राजनाथ सिंह ने गुरुवार को संसद भवन में ऑस्ट्रेलिया के रक्षा मंत्री रिचर्ड "
        "मार्ल्स के साथ वार्ता की। सिंह ने शुक्रवार को ऑस्ट्रेलियाई युद्ध स्मारक पर पुष्पांजलि अर्पित की।"
    )
    places = {f["event_type"]: (f["location"]["text"], f["location"]["country"]) for f in frames(doc)}
    assert places == {"MEET": ("संसद भवन", "AUS"), "CEREMONY": ("ऑस्ट्रेलियाई युद्ध स्मारक", "AUS")}


def test_a_meeting_named_only_as_the_time_of_a_signing_is_one(run):
    doc = run(
        "रियाद, 17 सितंबर। पाकिस्तान के प्रधानमंत्री शहबाज़ शरीफ़ बुधवार को रियाद पहुंचे, जहां क्राउन प्रिंस मोहम्मद बिन "
        "सलमान ने अल-यमामा पैलेस में उनका इस्तक़बाल किया। दोनों नेताओं की मुलाक़ात के बाद दोनों मुल्कों ने एक रणनीतिक "
        "आपसी रक्षा समझौते पर दस्तख़त किए।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert set(by_type) == {"VISIT", "MEET", "SIGN"}
    assert ("मोहम्मद बिन सलमान", "SAU", "participant") in people(by_type["MEET"]) and by_type["MEET"]["topics"] == []
    assert by_type["SIGN"]["countries"] == ["PAK", "SAU"] and by_type["SIGN"]["topics"] == ["defence"]


def test_a_regions_office_and_a_dateline_no_gazetteer_holds_on_a_visit(run):
    doc = run(
        "नागोया, 3 दिसंबर (भाषा)। मध्य प्रदेश के मुख्यमंत्री मोहन यादव ने बुधवार को जापान के आइची प्रांत के गवर्नर हिदेआकी "
        "ओमुरा के साथ बैठक की। इस दौरान मध्य प्रदेश औद्योगिक विकास निगम और आइची प्रांत के बीच औद्योगिक सहयोग के समझौता "
        "ज्ञापन पर हस्ताक्षर किए गए। यादव जापान की पांच दिवसीय यात्रा पर हैं।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert ("हिदेआकी ओमुरा", "JPN", "participant") in people(by_type["MEET"])
    assert by_type["MEET"]["location"]["text"] == "नागोया" and by_type["MEET"]["location"]["country"] == "JPN"
    assert by_type["SIGN"]["countries"] == ["IND", "JPN"]


def test_a_with_phrase_inside_what_was_talked_about_is_no_side(run):
    doc = run(
        "विदेश मंत्री एस जयशंकर ने जर्मनी के विदेश मंत्री योहान वाडेफुल से यूरोपीय संघ के साथ मुक्त व्यापार समझौते की वार्ता पर बातचीत की।"
    )
    (meet,) = frames(doc)
    assert [a["org"] for a in meet["participants"]] == [None, None] and meet["countries"] == ["DEU", "IND"]


def test_an_evening_meeting_at_someones_residence_is_that_days_and_theirs_is_no_side(run):
    doc = run(
        "चीन के विदेश मंत्री वांग यी ने मंगलवार को राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल के साथ सीमा प्रश्न पर वार्ता की। "
        "शाम को वांग यी ने प्रधानमंत्री नरेंद्र मोदी से उनके आवास पर मुलाकात की।",
        date="2025-08-19",
    )
    first, second = frames(doc)
    assert first["topics"] == ["security"]
    assert [a["name"] for a in second["participants"]] == ["वांग यी", "नरेंद्र मोदी"]
    assert second["date"]["value"] == "2025-08-19"


def test_countries_in_a_corridors_name_are_no_sides_and_a_hosts_guessed_country_is_mended(run):
    doc = run(
        "अदीस अबाबा, 27 फरवरी (रॉयटर्स)। केन्या के राष्ट्रपति विलियम रूटो बुधवार को इथियोपिया पहुंचे। राष्ट्रीय महल में "
        "प्रधानमंत्री अबी अहमद ने उनका स्वागत किया, जिसके बाद दोनों नेताओं ने द्विपक्षीय वार्ता की। वार्ता में लामू "
        "बंदरगाह-दक्षिण सूडान-इथियोपिया परिवहन गलियारे पर चर्चा हुई। इसके बाद दोनों देशों ने चार समझौतों पर हस्ताक्षर किए।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert ("अबी अहमद", "ETH", "participant") in people(by_type["MEET"])
    assert by_type["MEET"]["countries"] == by_type["SIGN"]["countries"] == ["ETH", "KEN"]


def test_a_countrys_leader_is_the_one_of_it_the_text_named(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने शनिवार को म्यांमार के वरिष्ठ जनरल मिन आंग ह्लाइंग से फोन पर बात की। म्यांमार के नेता ने "
        "सहायता के लिए भारत का आभार जताया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert people(thanks) == [("-", "IND", "target"), ("मिन आंग ह्लाइंग", "MMR", "source")]


def test_a_departure_for_two_countries_and_her_meeting_there(run):
    doc = run(
        "राष्ट्रपति द्रौपदी मुर्मू रविवार को पुर्तगाल और स्लोवाकिया की चार दिवसीय राजकीय यात्रा पर रवाना हुईं। लिस्बन में वह "
        "राष्ट्रपति मार्सेलो रेबेलो डी सूसा के साथ वार्ता करेंगी। ब्रातिस्लावा में उनकी मुलाकात स्लोवाकिया के राष्ट्रपति पीटर "
        "पेलेग्रिनी से होगी।"
    )
    visits = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert sorted(f["countries"][1] for f in visits) == ["PRT", "SVK"]
    last = frames(doc)[-1]
    assert people(last) == [("द्रौपदी मुर्मू", "IND", "participant"), ("पीटर पेलेग्रिनी", "SVK", "participant")]


def test_a_meeting_told_in_the_pluperfect_in_a_month_of_a_year_is_background(run):
    doc = run(
        "भारत-चीन संबंधों में सुधार आया है। अक्टूबर 2024 में कज़ान में ब्रिक्स शिखर सम्मेलन के दौरान प्रधानमंत्री मोदी और "
        "राष्ट्रपति शी चिनफिंग की मुलाकात हुई थी।"
    )
    assert frames(doc) == []


def test_a_navy_commander_a_courtesy_call_told_next_and_a_visit_in_a_country(run):
    doc = run(
        "कोलंबो, 14 जनवरी (भाषा)। नौसेना प्रमुख एडमिरल दिनेश के त्रिपाठी ने मंगलवार को यहां श्रीलंका के नौसेना कमांडर "
        "वाइस एडमिरल कांचना बानागोडा से मुलाकात की और समुद्री सुरक्षा पर चर्चा की। एडमिरल त्रिपाठी ने श्रीलंका के रक्षा "
        "सचिव से भी शिष्टाचार भेंट की। वह चार दिवसीय यात्रा पर श्रीलंका में हैं।"
    )
    first, courtesy, visit = frames(doc)
    assert ("कांचना बानागोडा", "LKA", "participant") in people(first)
    assert courtesy["sentence_ids"] == [2] and courtesy["topics"] == []
    assert visit["event_type"] == "VISIT" and people(visit) == [
        ("-", "LKA", "target"),
        ("दिनेश के त्रिपाठी", "IND", "source"),
    ]


def test_he_who_wrote_that_he_thanked_is_the_one_who_thanks(run):
    doc = run(
        "नई दिल्ली। इजराइल के प्रधानमंत्री बेंजामिन नेतन्याहू ने बुधवार को प्रधानमंत्री नरेंद्र मोदी को फोन किया और दिल्ली में "
        "हुए आतंकी हमले की निंदा की। मोदी ने एक्स पर लिखा कि उन्होंने आतंकवाद के खिलाफ लड़ाई में इजराइल के समर्थन के लिए "
        "नेतन्याहू का धन्यवाद किया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert people(thanks) == [("नरेंद्र मोदी", "IND", "source"), ("बेंजामिन नेतन्याहू", "ISR", "target")]
    assert thanks["location"] is None


def test_a_parliaments_delegation_its_leader_and_the_agreement_it_talked_of(run):
    doc = run(
        "वॉशिंगटन, 12 जून (आईएएनएस)। अमेरिकी संसद के निचले सदन प्रतिनिधि सभा के एक द्विदलीय प्रतिनिधिमंडल ने बुधवार को "
        "वॉशिंगटन में भारतीय राजदूत विनय मोहन क्वात्रा से मुलाकात की। बैठक में भारत-अमेरिका व्यापार समझौते पर चर्चा हुई। "
        "प्रतिनिधिमंडल का नेतृत्व सांसद रो खन्ना ने किया।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("रो खन्ना", "USA", "participant"), ("विनय मोहन क्वात्रा", "IND", "participant")]
    assert meet["topics"] == ["trade"]


def test_credentials_presented_and_more_handed_on_the_occasion_are_one_ceremony(run):
    doc = run(
        "भारत में अर्जेंटीना के नए राजदूत मारियानो अगस्टिन कौसिनो ने गुरुवार को राष्ट्रपति भवन में राष्ट्रपति द्रौपदी मुर्मू को "
        "अपना परिचय पत्र प्रस्तुत किया। इस अवसर पर चिली और पेरू के राजदूतों ने भी अपने परिचय पत्र सौंपे।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["ARG", "CHL", "IND", "PER"]


def test_a_decision_in_the_talks_and_a_target_the_sides_set_after(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी और कतर के अमीर शेख तमीम बिन हमद अल थानी ने हैदराबाद हाउस में वार्ता की, जिसमें दोनों "
        "देशों के संबंधों को रणनीतिक साझेदारी के स्तर तक ले जाने का फैसला किया गया। दोनों पक्षों ने द्विपक्षीय व्यापार को "
        "दोगुना करने का लक्ष्य तय किया।"
    )
    decision, target = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert [a["name"] for a in decision["participants"]] == ["नरेंद्र मोदी", "तमीम बिन हमद अल थानी"]
    assert target["countries"] == ["IND", "QAT"] and target["topics"] == ["trade"]


def test_consultations_chaired_with_a_counterpart_are_a_meeting(run):
    doc = run(
        "विदेश सचिव विक्रम मिस्री ने सोमवार को ढाका में बांग्लादेश के विदेश सचिव मोहम्मद जशीमुद्दीन के साथ विदेश कार्यालय "
        "परामर्श की अध्यक्षता की। बैठक में सीमा प्रबंधन और व्यापार पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["BGD", "IND"] and meet["topics"] == ["security", "trade"]


def test_bilaterals_listed_after_among_them_are_one_meeting_each(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने जी20 शिखर सम्मेलन से इतर रविवार को कई नेताओं के साथ द्विपक्षीय बैठकें कीं। इनमें शामिल हैं:\n"
        "- दक्षिण अफ्रीका के राष्ट्रपति सिरिल रामफोसा\n- कनाडा के प्रधानमंत्री मार्क कार्नी"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND", "ZAF"], ["CAN", "IND"]]


def test_an_agreement_in_urdu_words_after_talks_held_in_another_country(run):
    doc = run(
        "काबुल, 19 अप्रैल (एजेंसी)। पाकिस्तान के विदेश मंत्री इशाक डार ने शनिवार को अफगानिस्तान के विदेश मंत्री अमीर खान "
        "मुत्तकी से मुलाक़ात की। दोनों मुल्कों ने ट्रांजिट व्यापार पर इत्तफ़ाक़ किया।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agree["countries"] == ["AFG", "PAK"] and agree["topics"] == ["trade"]
    doc = run(
        "नई दिल्ली। भारत और चीन के बीच सीमा मामलों पर कार्य तंत्र की बैठक बुधवार को बीजिंग में हुई। दोनों पक्षों ने "
        "सीमावर्ती क्षेत्रों में शांति बनाए रखने पर सहमति जताई।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agree["location"]["text"] == "बीजिंग"


def test_a_live_blogs_two_leaders_are_those_of_some_country(run):
    doc = run(
        "10:15 AM: अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप एंकोरेज पहुंचे।\n"
        "11:30 AM: रूसी राष्ट्रपति व्लादिमीर पुतिन का विमान अलास्का में उतरा। ट्रंप ने रेड कार्पेट पर उनका स्वागत किया।\n"
        "12:05 PM: दोनों नेताओं के बीच बंद कमरे में बातचीत शुरू हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["RUS", "USA"]


def test_a_guest_at_the_opening_and_the_review_the_two_ministers_held_after(run):
    doc = run(
        "केंद्रीय वाणिज्य मंत्री पीयूष गोयल ने शुक्रवार को भारत मंडपम में व्यापार मेले का उद्घाटन किया। इस वर्ष मेले में "
        "संयुक्त अरब अमीरात साझेदार देश है। उद्घाटन समारोह में यूएई के विदेश व्यापार राज्य मंत्री थानी बिन अहमद अल ज़ायौदी भी "
        "मौजूद थे। बाद में दोनों मंत्रियों ने द्विपक्षीय व्यापार की समीक्षा की।"
    )
    ceremony, meet = frames(doc)
    assert ceremony["countries"] == meet["countries"] == ["ARE", "IND"]
    assert [a["name"] for a in meet["participants"]] == ["पीयूष गोयल", "थानी बिन अहमद अल ज़ायौदी"]


def test_what_two_leaders_reviewed_after_a_call_and_wishes_is_the_calls_business(run):
    doc = run(
        "प्रधानमंत्री नरेन्द्र मोदी ने यूएई के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान से टेलीफोन पर बातचीत की। प्रधानमंत्री "
        "ने ईद के अवसर पर उन्हें शुभकामनाएं दीं। दोनों नेताओं ने रणनीतिक साझेदारी की प्रगति की समीक्षा की और ऊर्जा पर "
        "चर्चा की।"
    )
    assert sorted(f["event_type"] for f in frames(doc)) == ["CALL", "CONGRATULATE"]
    assert next(f for f in frames(doc) if f["event_type"] == "CALL")["topics"] == ["energy"]


def test_a_ministry_signs_with_a_foreign_company_for_its_navy(run):
    doc = run(
        "रक्षा मंत्रालय ने शुक्रवार को फ्रांस की कंपनी डसॉल्ट एविएशन के साथ भारतीय नौसेना के लिए 26 राफेल-एम लड़ाकू विमानों "
        "की खरीद के अनुबंध पर हस्ताक्षर किए।"
    )
    (sign,) = frames(doc)
    assert [(a["org"], a["country"]) for a in sign["participants"]] == [("रक्षा मंत्रालय", "IND"), ("डसॉल्ट एविएशन", "FRA")]


def test_a_summit_attended_by_video_is_a_call_at_a_forum(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी ने रविवार को वीडियो कॉन्फ्रेंस के जरिए 22वें आसियान-भारत शिखर सम्मेलन में भाग लिया।")
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["topics"] == ["multilateral"] and call["location"] is None


def test_meetings_during_a_visit_announced_are_in_the_host_country(run):
    doc = run(
        "नई दिल्ली। विदेश मंत्रालय ने मंगलवार को बताया कि उपराष्ट्रपति सी पी राधाकृष्णन 14 से 16 दिसंबर तक मॉरीशस की यात्रा "
        "पर रहेंगे। इस दौरान वह राष्ट्रपति धरमबीर गोकुल और प्रधानमंत्री नवीनचंद्र रामगुलाम से मुलाकात करेंगे।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["countries"] == ["IND", "MUS"] and meet["location"] is None


def test_leaders_present_at_a_ceremony_told_mid_sentence_take_part(run):
    doc = run(
        "इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो रविवार को कर्तव्य पथ पर आयोजित गणतंत्र दिवस समारोह में मुख्य अतिथि के रूप "
        "में शामिल हुए। राष्ट्रपति द्रौपदी मुर्मू और प्रधानमंत्री नरेंद्र मोदी भी समारोह में मौजूद थे।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["IDN", "IND"] and len(ceremony["participants"]) == 3
    assert ceremony["location"]["text"] == "कर्तव्य पथ"


def test_wishes_to_a_president_and_the_people_there(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने रविवार को इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो और वहां की जनता को 80वें स्वतंत्रता "
        "दिवस की बधाई दी।"
    )
    (wishes,) = frames(doc)
    assert [(a["name"], a["country"]) for a in wishes["participants"] if a["role"] == "target"] == [
        ("प्रबोवो सुबियांतो", "IDN"),
        (None, "IDN"),
    ]


def test_ministers_of_countries_listed_between_dashes(run):
    doc = run("जयशंकर ने जी4 देशों - ब्राजील, जर्मनी और जापान - के विदेश मंत्रियों के साथ बैठक की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["BRA", "DEU", "IND", "JPN"]


def test_a_chief_guest_took_part_and_a_governors_raj_bhavan(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को मॉरीशस के राष्ट्रीय दिवस समारोह में मुख्य अतिथि के रूप में भाग लिया।")
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    doc = run("कोलकाता। पश्चिम बंगाल के राज्यपाल सी वी आनंद बोस से मंगलवार को राजभवन में बांग्लादेश के उप उच्चायुक्त ने मुलाकात की।")
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "राजभवन" and meet["location"]["country"] == "IND"


def test_european_council_president_is_of_no_country(run):
    doc = run("यूरोपीय परिषद के अध्यक्ष एंटोनियो कोस्टा ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।")
    (meet,) = frames(doc)
    assert ("एंटोनियो कोस्टा", None, "participant") in [
        (a["name"], a["country"], a["role"]) for a in meet["participants"]
    ]


def test_thanks_to_one_of_two_offices_a_leader_holds(run):
    doc = run(
        "प्रधानमंत्री नरेन्द्र मोदी और सऊदी अरब के युवराज एवं प्रधानमंत्री मोहम्मद बिन सलमान ने जेद्दा में परिषद की बैठक की "
        "सह-अध्यक्षता की। प्रधानमंत्री ने आतंकी हमले की निंदा के लिए युवराज का आभार व्यक्त किया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert ("मोहम्मद बिन सलमान", "SAU", "target") in people(thanks)


def test_a_bodys_own_summit_is_the_occasion_and_hinglish_leaders(run):
    doc = run(
        "शंघाई सहयोग संगठन (एससीओ) शिखर सम्मेलन से इतर प्रधानमंत्री नरेंद्र मोदी और रूस के राष्ट्रपति व्लादिमीर पुतिन ने "
        "सोमवार को द्विपक्षीय वार्ता की।"
    )
    (meet,) = frames(doc)
    assert [a["org"] for a in meet["participants"]] == [None, None]
    doc = run("प्रधानमंत्री नरेंद्र मोदी ने अमेरिकी प्रेसिडेंट डोनाल्ड ट्रंप से फोन पर बात की। दोनों लीडर्स ने ट्रेड डील पर चर्चा की।")
    (call,) = frames(doc)
    assert call["topics"] == ["trade"]


def test_countries_with_their_acronym_before_their_officials_meeting(run):
    doc = run(
        "बांग्लादेश, भूटान, भारत और नेपाल (बीबीआईएन) के परिवहन सचिवों की बैठक मंगलवार को ढाका में हुई, जिसमें मोटर वाहन "
        "समझौते पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["BGD", "BTN", "IND", "NPL"]


def test_a_guest_of_honour_to_be(run):
    doc = run("मोदी शनिवार को मालदीव के स्वतंत्रता दिवस समारोह में 'गेस्ट ऑफ ऑनर' होंगे।")
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["modality"] == "planned"


def test_talks_where_a_possible_visit_goes_are_possible_too(run):
    doc = run(
        "सूत्रों के मुताबिक, प्रधानमंत्री नरेंद्र मोदी अगले सप्ताह जापान जा सकते हैं, जहां वह प्रधानमंत्री साने ताकाइची के साथ "
        "वार्षिक शिखर वार्ता करेंगे।"
    )
    assert frames(doc) == []


def test_officials_who_took_part_for_each_side_join_the_talks(run):
    doc = run(
        "भारत और अमेरिका के बीच 2+2 अंतर-सत्रीय वार्ता बुधवार को वॉशिंगटन में हुई। भारत की ओर से विदेश मंत्रालय में संयुक्त "
        "सचिव नागराज नायडू और रक्षा मंत्रालय में संयुक्त सचिव विश्वेश नेगी ने भाग लिया, जबकि अमेरिका की ओर से सहायक विदेश "
        "मंत्री डोनाल्ड लू ने प्रतिनिधित्व किया।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [
        ("डोनाल्ड लू", "USA", "participant"),
        ("नागराज नायडू", "IND", "participant"),
        ("विश्वेश नेगी", "IND", "participant"),
    ]


def test_a_meeting_on_a_visit_abroad_reported_from_home_is_not_at_home(run):
    doc = run(
        "नई दिल्ली। विदेश मंत्री एस जयशंकर अपनी तीन दिवसीय कतर यात्रा पूरी कर शनिवार को स्वदेश लौट आए। यात्रा के दौरान "
        "उन्होंने कतर के प्रधानमंत्री शेख मोहम्मद बिन अब्दुलरहमान अल थानी से मुलाकात की थी।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["location"] is None and meet["countries"] == ["IND", "QAT"]


def test_a_function_held_for_an_anniversary_and_those_who_joined_it(run):
    doc = run(
        "मॉस्को। भारत और रूस के राजनयिक संबंधों की 75वीं वर्षगांठ पर मॉस्को में एक समारोह आयोजित किया गया, जिसमें रूस के उप "
        "विदेश मंत्री आंद्रेई रुडेंको और भारतीय राजदूत विनय कुमार शामिल हुए।"
    )
    (ceremony,) = frames(doc)
    assert people(ceremony) == [("आंद्रेई रुडेंको", "RUS", "participant"), ("विनय कुमार", "IND", "participant")]


def test_the_chief_guest_of_an_opening_told_in_a_relative_clause(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को रायसीना डायलॉग के 10वें संस्करण का उद्घाटन किया, जिसमें न्यूजीलैंड के "
        "प्रधानमंत्री क्रिस्टोफर लक्सन मुख्य अतिथि थे।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["IND", "NZL"]


def test_this_visit_told_again_is_the_visit_told(run):
    doc = run(
        "ढाका, 23 अगस्त (एजेंसी)। पाकिस्तान के विदेश मंत्री इशाक डार शनिवार को दो दिवसीय यात्रा पर ढाका पहुंचे। 2012 के बाद "
        "किसी पाकिस्तानी विदेश मंत्री की यह पहली बांग्लादेश यात्रा है।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["VISIT"]


def test_talks_told_in_bullets_after_a_general_telling_are_the_tellers(run):
    doc = run(
        "ओसाका, 14 अप्रैल 2025\n\nसम्मेलन से इतर विदेश मंत्री एस जयशंकर ने सोमवार को कई नेताओं के साथ द्विपक्षीय बैठकें कीं।\n\n"
        "• पेरू के विदेश मंत्री एल्मर शियालर से मुलाकात में खनिजों पर चर्चा हुई।\n"
        "• चिली के विदेश मंत्री अल्बर्टो वान क्लावेरेन के साथ उन्होंने व्यापार पर बात की।"
    )
    met = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [people(f) for f in met] == [
        [("एल्मर शियालर", "PER", "participant"), ("एस जयशंकर", "IND", "participant")],
        [("अल्बर्टो वान क्लावेरेन", "CHL", "participant"), ("एस जयशंकर", "IND", "participant")],
    ]
    assert {f["date"]["value"] for f in met} == {"2025-04-14"}


def test_a_summit_session_addressed_is_the_summit_attended(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी ने शनिवार को ब्रिक्स शिखर सम्मेलन के पहले सत्र को संबोधित किया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["topics"] == ["multilateral"]


def test_a_dateline_with_a_bar_dates_the_story(run):
    doc = run("अबुजा | 9 मार्च 2025\n\nविदेश राज्य मंत्री ने रविवार को नाइजीरिया के विदेश मंत्री से मुलाकात की।")
    (frame,) = frames(doc)
    assert frame["date"]["value"] == "2025-03-09" and frame["location"]["text"] == "अबुजा"


def test_she_after_a_sentence_about_her_is_her_and_her_future_is_planned(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने न्यूजीलैंड की नई प्रधानमंत्री जैसिंडा आर्डर्न को बधाई दी। आर्डर्न ने चुनाव में जीत "
        "हासिल की थी। वे अगले महीने सिंगापुर जाएंगी।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["modality"] == "planned"
    assert ("जैसिंडा आर्डर्न", "NZL", "source") in people(visit)


def test_both_presidents_are_the_two_presidents_named(run):
    doc = run(
        "ताशकंद। उज्बेकिस्तान के राष्ट्रपति शवकत मिर्जियोयेव ने मंगलवार को तुर्कमेनिस्तान के राष्ट्रपति सेरदार बर्दीमुहामेदोव "
        "से मुलाकात की। दोनों राष्ट्रपतियों ने गैस पाइपलाइन पर एक समझौते पर हस्ताक्षर किए।"
    )
    (sign,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert [a["name"] for a in sign["participants"]] == ["शवकत मिर्जियोयेव", "सेरदार बर्दीमुहामेदोव"]


def test_a_body_whose_meeting_is_chaired_is_the_occasion_not_a_side(run):
    doc = run("अस्ताना। कजाकिस्तान और किर्गिस्तान के राष्ट्रपतियों ने सोमवार को सर्वोच्च अंतरराज्यीय परिषद की बैठक की अध्यक्षता की।")
    (frame,) = frames(doc)
    assert frame["countries"] == ["KAZ", "KGZ"]


def test_arrived_here_is_a_visit_to_the_dateline_country(run):
    doc = run("हनोई, 6 मई 2025 (भाषा)। विदेश मंत्री एस जयशंकर दो दिन की यात्रा पर सोमवार को यहां पहुंचे थे।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["IND", "VNM"]
    assert visit["date"]["value"] == "2025-05-05"


@pytest.mark.parametrize(
    "text",
    [
        "राष्ट्रपति भवन में इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो का औपचारिक स्वागत किया गया।",
        "इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो ने राजघाट जाकर महात्मा गांधी को श्रद्धांजलि भी अर्पित की।",
    ],
)
def test_a_formal_welcome_and_a_tribute_are_ceremonies(run, text):
    (frame,) = frames(run(text))
    assert frame["event_type"] == "CEREMONY" and frame["countries"] == ["IDN"]


def test_all_those_welcomed_take_part_in_the_welcome(run):
    doc = run(
        "राष्ट्रपति भवन में इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो और ब्राजील के राष्ट्रपति लूला दा सिल्वा का औपचारिक स्वागत किया गया।"
    )
    (frame,) = frames(doc)
    assert frame["countries"] == ["BRA", "IDN"]


def test_negotiations_announced_concluded_are_an_agreement(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी और ब्रिटेन के प्रधानमंत्री कीर स्टार्मर ने मुक्त व्यापार समझौते की वार्ता पूरी होने का ऐलान किया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "AGREE" and frame["topics"] == ["trade"]


def test_palm_oil_is_agriculture_not_oil(run):
    doc = run("भारत और मलेशिया ने पाम तेल के व्यापार पर एक समझौते पर हस्ताक्षर किए।")
    (frame,) = frames(doc)
    assert frame["topics"] == ["agriculture", "trade"]


def test_a_countrys_security_council_is_not_a_multilateral_topic(run):
    doc = run("अजीत डोभाल ने रूस की सुरक्षा परिषद के सचिव सर्गेई शोइगु के साथ बैठक की और आतंकवाद पर चर्चा की।")
    (frame,) = frames(doc)
    assert frame["topics"] == ["security"]


def test_a_report_rejected_tells_no_meeting(run):
    doc = run(
        "विदेश मंत्रालय ने उन खबरों को खारिज कर दिया जिनमें कहा गया था कि प्रधानमंत्री नरेंद्र मोदी कुआलालंपुर में अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से मिलेंगे।"
    )
    assert frames(doc) == []


def test_talks_on_the_phone_with_the_partner_between_are_a_call(run):
    doc = run("विदेश मंत्री एस जयशंकर ने बुधवार को फोन पर मलेशिया के विदेश मंत्री मोहम्मद हसन से बात की।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "CALL" and frame["countries"] == ["IND", "MYS"]


def test_a_brief_opening_with_a_place_and_colon_is_datelined_there(run):
    doc = run(
        "विदेश समाचार संक्षेप\n\n"
        "- नई दिल्ली: लोकसभा अध्यक्ष ओम बिरला ने सोमवार को संसद भवन में उज्बेकिस्तान की सीनेट की अध्यक्ष तंजीला नरबायेवा से मुलाकात की।\n"
        "- लीमा: भारत और पेरू के बीच मुक्त व्यापार समझौते पर नौवें दौर की वार्ता शुक्रवार को संपन्न हुई।"
    )
    first, second = frames(doc)
    assert first["countries"] == ["IND", "UZB"] and first["location"]["text"] == "संसद भवन"
    assert second["countries"] == ["IND", "PER"] and second["location"]["text"] == "लीमा"


def test_a_tribute_and_a_tree_planted_in_one_sentence_are_two_ceremonies(run):
    doc = run(
        "विंडहोक, 9 जुलाई 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने नामीबिया के संस्थापक राष्ट्रपति सैम नुजोमा को श्रद्धांजलि अर्पित की "
        "और नामीबिया की राष्ट्रपति नेटुम्बो नंदी-नदैतवाह के साथ स्टेट हाउस परिसर में एक पौधा लगाया।"
    )
    tribute, tree = frames(doc)
    assert tribute["countries"] == ["IND"] and tribute["event_type"] == tree["event_type"] == "CEREMONY"
    assert tree["countries"] == ["IND", "NAM"] and tree["location"]["text"] == "स्टेट हाउस"


def test_wishes_given_both_ways_are_two_frames(run):
    doc = run(
        "प्रधानमंत्री नरेन्द्र मोदी ने नेपाल की अंतरिम प्रधानमंत्री सुशीला कार्की से फोन पर बात की और उन्हें शुभकामनाएं दीं। "
        "कार्की ने प्रधानमंत्री मोदी को उनके जन्मदिन पर बधाई भी दी।"
    )
    wishes = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    assert [[a["country"] for a in f["participants"] if a["role"] == "source"] for f in wishes] == [["IND"], ["NPL"]]


def test_a_statue_unveiled_is_a_ceremony(run):
    (frame,) = frames(run("विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने महात्मा गांधी की प्रतिमा का अनावरण किया।"))
    assert frame["event_type"] == "CEREMONY" and frame["countries"] == ["IND"]


def test_a_region_talked_of_is_no_second_meeting(run):
    doc = run(
        "टोक्यो, 5 मई 2025 (भाषा)। रक्षा मंत्री राजनाथ सिंह ने सोमवार को यहां जापान के रक्षा मंत्री जेन नाकातानी के साथ वार्ता की। "
        "दोनों नेताओं ने समुद्री सुरक्षा और हिंद-प्रशांत क्षेत्र में सहयोग पर चर्चा की।"
    )
    (frame,) = frames(doc)
    assert frame["location"]["text"] == "टोक्यो" and frame["topics"] == ["maritime"]


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        (
            "अंकारा, 6 मई 2025 (एजेंसी)। मालदीव के राष्ट्रपति मोहम्मद मुइज्जू ने मंगलवार को अंकारा में तुर्की के राष्ट्रपति "
            "रेचेप तैयप एर्दोआन के साथ द्विपक्षीय वार्ता की।\n\nमुइज्जू ने तुर्की के रक्षा मंत्री यासर गुलेर से भी मुलाकात की। "
            "राष्ट्रपति बनने के बाद मुइज्जू की यह दूसरी तुर्की यात्रा है।",
            "मोहम्मद मुइज्जू",
        ),
        (
            "नई दिल्ली, 25 अगस्त 2025 (भाषा)। फिजी के प्रधानमंत्री सितिवेनी राबुका ने प्रधानमंत्री नरेन्द्र मोदी के साथ बातचीत की। "
            "फिजी के किसी प्रधानमंत्री की नौ वर्ष में यह पहली भारत यात्रा है।",
            "सितिवेनी राबुका",
        ),
    ],
)
def test_the_traveller_of_a_visit_told_as_the_nth(run, text, visitor):
    (visit,) = [f for f in frames(run(text)) if f["event_type"] == "VISIT"]
    assert [a["name"] for a in visit["participants"] if a["role"] == "source"] == [visitor]


def test_an_arrival_is_placed_where_it_arrives(run):
    doc = run(
        "प्रधानमंत्री मोदी रियो डी जेनेरियो में ब्रिक्स शिखर सम्मेलन में भाग लेने के बाद सोमवार को राजकीय यात्रा पर ब्रासीलिया पहुंचे।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["location"]["text"] == "ब्रासीलिया"


def test_a_place_announced_is_not_where_the_next_sentence_happened(run):
    doc = run(
        "नई दिल्ली, 25 अगस्त 2025 (भाषा)। मोदी ने घोषणा की कि भारत फिजी की राजधानी सुवा में एक अस्पताल बनाएगा। "
        "दोनों देशों ने स्वास्थ्य से जुड़े सात समझौतों पर हस्ताक्षर किए।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "SIGN" and frame["location"]["text"] == "नई दिल्ली"


def test_a_venue_told_after_the_meeting_is_its_exact_place(run):
    doc = run(
        "मुंबई, 14 जनवरी (भाषा)। मुख्यमंत्री देवेंद्र फडणवीस ने मंगलवार को यहां संयुक्त अरब अमीरात के अर्थव्यवस्था मंत्री से मुलाकात की। "
        "सह्याद्रि अतिथि गृह में हुई बैठक में बंदरगाहों में निवेश पर चर्चा हुई।"
    )
    (frame,) = frames(doc)
    assert frame["location"] == {
        "text": "सह्याद्रि अतिथि गृह",
        "country": "IND",
        "start": doc.raw.index("सह्याद्रि"),
        "end": doc.raw.index(" में हुई"),
    }


def test_a_bare_minister_is_the_minister_the_story_named(run):
    doc = run(
        "विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने कुवैत के विदेश मंत्री से मुलाकात की। "
        "मंत्री ने भारतीय दूतावास में महात्मा गांधी की प्रतिमा का अनावरण भी किया।"
    )
    (ceremony,) = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert [a["name"] for a in ceremony["participants"]] == ["कीर्ति वर्धन सिंह"]


def test_a_prime_ministers_residence_is_the_venue(run):
    doc = run(
        "इस्लामाबाद, 9 दिसंबर 2025 (एजेंसी)। मंगलवार को प्रधानमंत्री आवास में हुई वार्ता में इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो और प्रधानमंत्री शहबाज शरीफ ने व्यापार पर चर्चा की।"
    )
    (frame,) = frames(doc)
    assert frame["location"]["text"] == "प्रधानमंत्री आवास" and frame["location"]["country"] == "PAK"


def test_a_meeting_hosted_with_those_who_took_part_and_four_countries_agreeing(run):
    doc = run(
        "वाशिंगटन, 1 जुलाई 2025 (भाषा)। क्वाड देशों के विदेश मंत्रियों की बैठक मंगलवार को यहां हुई। बैठक की मेजबानी अमेरिका के "
        "विदेश मंत्री मार्को रुबियो ने की, जिसमें भारत के विदेश मंत्री एस जयशंकर, ऑस्ट्रेलिया की विदेश मंत्री पेनी वोंग और जापान के "
        "विदेश मंत्री ताकेशी इवाया ने भाग लिया। चारों देशों ने महत्वपूर्ण खनिजों पर एक पहल शुरू करने पर सहमति जताई।"
    )
    meeting, agreement = frames(doc)
    assert meeting["event_type"] == "MEET" and meeting["countries"] == ["AUS", "IND", "JPN", "USA"]
    assert agreement["event_type"] == "AGREE" and agreement["countries"] == ["AUS", "IND", "JPN", "USA"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("बैठक से इतर जयशंकर ने अमेरिका के विदेश मंत्री मार्को रुबियो के साथ द्विपक्षीय वार्ता भी की।", "MEET"),
        ("इससे पहले दोनों लीडर्स प्रधानमंत्री मोदी और जापानी प्रधानमंत्री इशिबा के बीच शुक्रवार को एनुअल समिट हुई थी।", "MEET"),
        (
            "वाणिज्य मंत्री पीयूष गोयल और न्यूजीलैंड के व्यापार मंत्री टॉड मैक्ले ने मुक्त व्यापार समझौते पर वार्ता शुरू करने की घोषणा की।",
            "AGREE",
        ),
        (
            "प्रधानमंत्री नरेन्द्र मोदी और चिली के राष्ट्रपति गेब्रियल बोरिक के बीच हैदराबाद हाउस में हुई वार्ता में यह निर्णय लिया गया।",
            "MEET",
        ),
    ],
)
def test_more_ways_of_telling_talks_and_agreements(run, text, kind):
    assert kind in [f["event_type"] for f in frames(run(text))]


def test_this_meeting_at_a_venue_is_the_one_told_before(run):
    doc = run(
        "नई दिल्ली, 9 अक्टूबर (भाषा)। आर्मेनिया के रक्षा मंत्री सुरेन पापिक्यान ने गुरुवार को यहां रक्षा मंत्री राजनाथ सिंह से मुलाकात "
        "की। साउथ ब्लॉक में हुई इस बैठक में दोनों नेताओं ने रक्षा सहयोग की समीक्षा की। वह शुक्रवार को पुणे स्थित राष्ट्रीय रक्षा "
        "अकादमी का दौरा करेंगे।"
    )
    (meeting,) = frames(doc)  # and no visit to the academy, a body in the country he is visiting
    assert meeting["location"]["text"] == "साउथ ब्लॉक" and meeting["topics"] == ["defence"]


def test_a_visit_with_no_country_named_goes_to_the_datelines(run):
    doc = run("टोक्यो, 30 अगस्त 2025 (भाषा)। प्रधानमंत्री मोदी ने शनिवार को जापानी प्रधानमंत्री इशिबा के साथ सेंडाई की यात्रा की।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["IND", "JPN"]


def test_a_message_handed_over_is_no_ceremony(run):
    doc = run("जयशंकर ने लातविया के राष्ट्रपति एडगार्स रिंकेविच से मुलाकात की और उन्हें प्रधानमंत्री मोदी का संदेश सौंपा।")
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_a_bare_middle_name_is_the_person(run):
    doc = run(
        "नई दिल्ली, 1 अप्रैल 2025 (भाषा)। चिली के राष्ट्रपति गेब्रियल बोरिक फॉन्ट ने प्रधानमंत्री मोदी से मुलाकात की। "
        "बोरिक पांच दिन की भारत यात्रा पर हैं।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert [a["name"] for a in visit["participants"] if a["role"] == "source"] == ["गेब्रियल बोरिक फॉन्ट"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "प्रधानमंत्री शहबाज शरीफ ने बीजिंग के ग्रेट हॉल ऑफ द पीपल में चीन के राष्ट्रपति शी जिनपिंग से मुलाकात की।",
            ("बीजिंग", "CHN"),
        ),
        ("मोदी ने नामीबिया के स्टेट हाउस में राष्ट्रपति नेटुम्बो नंदी-नदैतवाह से मुलाकात की।", ("स्टेट हाउस", "NAM")),
    ],
)
def test_a_venue_of_a_city_or_country(run, text, place):
    (frame,) = frames(run(text))
    assert (frame["location"]["text"], frame["location"]["country"]) == place


def test_wishes_given_too_and_a_dinner_in_someones_honour(run):
    doc = run(
        "मोदी ने लिखा कि उन्होंने रुटो को केन्या के राष्ट्रीय दिवस की अग्रिम शुभकामनाएं भी दीं। "
        "प्रधानमंत्री नरेन्द्र मोदी ने रूस के राष्ट्रपति व्लादिमीर पुतिन के सम्मान में अपने आवास पर निजी रात्रिभोज का आयोजन किया।"
    )
    wishes, dinner = frames(doc)
    assert wishes["event_type"] == "CONGRATULATE"
    assert dinner["event_type"] == "MEET" and dinner["countries"] == ["IND", "RUS"]


def test_assistant_and_special_offices_keep_their_country_and_body(run):
    doc = run("अमेरिका के सहायक व्यापार प्रतिनिधि ब्रेंडन लिंच ने वाणिज्य विभाग के विशेष सचिव राजेश अग्रवाल के साथ बातचीत की।")
    people = {a.name: (a.title, a.country, a.org) for a in doc.people}
    assert people["ब्रेंडन लिंच"] == ("सहायक व्यापार प्रतिनिधि", "USA", None)
    assert people["राजेश अग्रवाल"] == ("विशेष सचिव", "IND", "वाणिज्य विभाग")


def test_a_tribute_paid_by_someone_takes_no_day_or_grounds_named_before(run):
    doc = run(
        "भारत के राजदूत विनय मोहन क्वात्रा ने गांधी जयंती पर भारतीय दूतावास परिसर में महात्मा गांधी की प्रतिमा पर पुष्पांजलि अर्पित की।"
    )
    (frame,) = frames(doc)
    assert people(frame) == [("विनय मोहन क्वात्रा", "IND", "participant")]


def test_a_site_toured_does_not_swallow_the_arrival(run):
    doc = run(
        "नई दिल्ली, 17 अक्टूबर 2025 (भाषा)। श्रीलंका की प्रधानमंत्री हरिनी अमरसूर्या ने प्रधानमंत्री नरेन्द्र मोदी से मुलाकात की। "
        "प्रधानमंत्री बनने के बाद यह उनकी पहली भारत यात्रा है।\n\n"
        "अमरसूर्या ने दिल्ली विश्वविद्यालय के हिंदू कॉलेज का भी दौरा किया। वह बृहस्पतिवार को तीन दिन की यात्रा पर यहां पहुंचीं।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "IND", "target"), ("हरिनी अमरसूर्या", "LKA", "source")]
    assert visit["date"]["value"] == "2025-10-16"


def test_a_welcome_with_no_one_doing_it_is_of_the_person_named_before(run):
    doc = run("अंगोला के राष्ट्रपति जोआओ लौरेंको का शनिवार को राष्ट्रपति भवन में रस्मी स्वागत किया गया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY" and people(frame) == [("जोआओ लौरेंको", "AGO", "participant")]


def test_a_title_naming_the_talks_level_is_no_one(run):
    doc = run(
        "जापान के विदेश मंत्री ताकेशी इवाया ने एस जयशंकर के साथ भारत-जापान विदेश मंत्री स्तरीय रणनीतिक वार्ता की सह-अध्यक्षता की।"
    )
    (frame,) = frames(doc)
    assert people(frame) == [("एस जयशंकर", "IND", "participant"), ("ताकेशी इवाया", "JPN", "participant")]


def test_an_inauguration_and_a_tribute_paid_next_are_two_ceremonies(run):
    doc = run(
        "प्रधानमंत्री नरेन्द्र मोदी और फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने बुधवार को मार्से में भारत के नए वाणिज्य दूतावास का उद्घाटन "
        "किया। इसके बाद दोनों नेताओं ने युद्ध कब्रिस्तान जाकर भारतीय सैनिकों को श्रद्धांजलि दी।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY", "CEREMONY"]


def test_the_first_visit_of_any_minister_of_a_country_is_the_named_ministers(run):
    doc = run(
        "नई दिल्ली, 24 जून (भाषा)। रक्षा मंत्री राजनाथ सिंह बुधवार से चीन के चिंगदाओ में होने वाली बैठक में भाग लेंगे। "
        "गलवान संघर्ष के बाद यह किसी भारतीय रक्षा मंत्री की पहली चीन यात्रा होगी।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "CHN", "target"), ("राजनाथ सिंह", "IND", "source")]


def test_wishes_sent_on_behalf_of_someone_are_theirs_too_and_they_are_not_there(run):
    doc = run(
        "उपराष्ट्रपति सी पी राधाकृष्णन ने रविवार को नवनिर्वाचित राष्ट्रपति पैट्रिक हर्मिनी से मुलाकात कर उन्हें प्रधानमंत्री "
        "नरेन्द्र मोदी की ओर से बधाई और शुभकामनाएं दीं। दोनों नेताओं ने समुद्री सुरक्षा पर चर्चा की।"
    )
    (wishes,) = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    assert [a["role"] for a in wishes["participants"] if a["name"] == "नरेन्द्र मोदी"] == ["source"]
    assert all(
        "मोदी" not in (a["name"] or "") for f in frames(doc) if f["event_type"] == "MEET" for a in f["participants"]
    )


def test_representing_a_country_at_a_swearing_in_is_a_ceremony_with_the_one_sworn_in(run):
    doc = run("उपराष्ट्रपति ने रविवार को मालदीव के राष्ट्रपति मोहम्मद मुइज्जू के शपथ ग्रहण समारोह में भारत का प्रतिनिधित्व किया।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY" and "MDV" in frame["countries"]


def test_the_place_of_what_one_is_thanked_for_is_not_where_the_thanks_are_given(run):
    doc = run("नई दिल्ली, 3 नवंबर (भाषा) जयशंकर ने काबुल में फंसे भारतीयों की निकासी में मदद के लिए कतर का आभार जताया।")
    (frame,) = frames(doc)
    assert frame["location"]["text"] == "नई दिल्ली"


def test_agreements_exchanged_in_their_presence_are_the_two_countries(run):
    doc = run(
        "अबू धाबी के युवराज शेख खालिद ने सोमवार को प्रधानमंत्री नरेन्द्र मोदी से मुलाकात की। उनकी उपस्थिति में परमाणु ऊर्जा और एलएनजी "
        "आपूर्ति से जुड़े समझौतों का आदान-प्रदान किया गया।"
    )
    (sign,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert sign["countries"] == ["ARE", "IND"] and all(a["name"] is None for a in sign["participants"])


def test_visits_done_before_the_next_are_the_next_ones_subjects_one_per_city(run):
    doc = run("पिछले सप्ताह पेरिस और बर्लिन का दौरा करने के बाद विदेश मंत्री एस जयशंकर सोमवार को लंदन पहुंचे।")
    visits = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert [(v["location"]["text"], people(v)) for v in visits] == [
        ("पेरिस", [("-", "FRA", "target"), ("एस जयशंकर", "IND", "source")]),
        ("बर्लिन", [("-", "DEU", "target"), ("एस जयशंकर", "IND", "source")]),
        ("लंदन", [("-", "GBR", "target"), ("एस जयशंकर", "IND", "source")]),
    ]


def test_a_meeting_on_the_occasion_of_something_no_event_has_its_day(run):
    doc = run(
        "नई दिल्ली, 1 अक्टूबर 2025 (भाषा)। भारत और एफ्टा के बीच व्यापार समझौता बुधवार से लागू हो गया। इस मौके पर वाणिज्य मंत्री "
        "पीयूष गोयल ने स्विट्जरलैंड के मंत्री गाय पार्मेलिन के साथ बैठक की।"
    )
    (meet,) = frames(doc)
    assert meet["date"]["value"] == "2025-10-01"


def test_a_signing_told_after_talks_in_one_sentence_has_their_day(run):
    doc = run(
        "अल्जीयर्स, 14 अक्टूबर 2024 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू ने सोमवार को अल्जीरिया के राष्ट्रपति अब्देलमजीद तेब्बून के साथ "
        "वार्ता की और दोनों देशों ने संस्कृति में सहयोग के समझौता ज्ञापनों पर हस्ताक्षर किए।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2024-10-14", "2024-10-14"]


def test_leaving_for_a_country_is_a_visit_there_and_a_trip_home_is_none(run):
    doc = run("राष्ट्रपति मुर्मू मंगलवार को मॉरिटानिया के लिए रवाना होंगी।")
    (visit,) = frames(doc)
    assert visit["location"]["text"] == "मॉरिटानिया" and visit["modality"] == "planned"
    assert people(visit) == [("-", "MRT", "target"), ("मुर्मू", "IND", "source")]
    assert frames(run("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप एंकोरेज पहुंचे।")) == []


def test_the_first_visitor_of_a_kind_is_visiting_and_where_they_go_next_is_the_same_visit(run):
    doc = run(
        "नई दिल्ली, 21 फरवरी (भाषा)। ग्रीस के प्रधानमंत्री किरियाकोस मित्सोताकिस ने बुधवार को प्रधानमंत्री नरेन्द्र मोदी से मुलाकात की। "
        "मित्सोताकिस पंद्रह वर्षों में भारत आने वाले ग्रीस के पहले प्रधानमंत्री हैं। वह गुरुवार को मुंबई जाएंगे।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["modality"] == "asserted" and people(visit) == [
        ("-", "IND", "target"),
        ("किरियाकोस मित्सोताकिस", "GRC", "source"),
    ]


def test_bilaterals_listed_on_the_sidelines_of_a_summit_are_one_per_leader(run):
    doc = run(
        "रियो डी जनेरियो, 7 जुलाई 2025 (भाषा)। ब्रिक्स शिखर सम्मेलन से इतर प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को कई नेताओं के साथ "
        "द्विपक्षीय बैठकें कीं:\n\n- कनाडा के प्रधानमंत्री मार्क कार्नी के साथ बैठक में व्यापार पर चर्चा हुई।\n"
        "- इटली की प्रधानमंत्री जॉर्जिया मेलोनी से मुलाकात में रक्षा पर बात हुई।"
    )
    assert [sorted(f["countries"]) for f in frames(doc)] == [["CAN", "IND"], ["IND", "ITA"]]


def test_hinglish_talks_and_signings_in_latin_letters(run):
    doc = run(
        "नई दिल्ली: वियतनाम के प्रधानमंत्री फाम मिन्ह चिन्ह ने गुरुवार को PM नरेन्द्र मोदी के साथ bilateral talks कीं। दोनों देशों "
        "ने defence और digital payments जैसे क्षेत्रों में 10 MoU पर sign किए।"
    )
    assert [(f["event_type"], f["topics"]) for f in frames(doc)] == [
        ("MEET", []),
        ("SIGN", ["defence", "digital", "finance"]),
    ]


def test_urdu_weekdays_and_a_deputy_of_two_offices(run):
    doc = run(
        "इस्लामाबाद, 4 अगस्त 2025 (एजेंसी) ईरान के वज़ीर-ए-ख़ारिजा अब्बास अराक़ची ने पीर को पाकिस्तान के नायब वज़ीर-ए-आज़म और "
        "वज़ीर-ए-ख़ारिजा इसहाक़ डार से मुलाक़ात की और सरहदी सलामती पर गुफ़्तगू की।"
    )
    (meet,) = frames(doc)
    assert meet["date"]["value"] == "2025-08-04" and meet["topics"] == ["security"]
    assert people(meet) == [("अब्बास अराक़ची", "IRN", "participant"), ("इसहाक़ डार", "PAK", "participant")]


def test_a_press_conference_is_no_meeting(run):
    doc = run(
        "ब्रिटेन के प्रधानमंत्री कीर स्टार्मर और जर्मनी के चांसलर फ्रेडरिक मर्ज़ ने गुरुवार को लंदन में संयुक्त संवाददाता सम्मेलन को संबोधित किया।"
    )
    assert frames(doc) == []


def test_a_forums_session_attended_is_a_multilateral_meeting(run):
    doc = run("ब्राजील के राष्ट्रपति लूला चीन-सेलाक मंच की मंत्रिस्तरीय बैठक के उद्घाटन सत्र में भी शामिल हुए।")
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["topics"] == ["multilateral"]


def test_a_first_trip_abroad_goes_to_the_datelines_country(run):
    doc = run(
        "जकार्ता, 15 मई 2025 (रॉयटर्स) ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बनीज ने बृहस्पतिवार को इंडोनेशिया के राष्ट्रपति प्रबोवो "
        "सुबियांतो से मुलाकात की। दोबारा चुने जाने के बाद यह अल्बनीज की पहली विदेश यात्रा है।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "IDN", "target"), ("एंथनी अल्बनीज", "AUS", "source")]


def test_co_chairs_joined_across_the_bodies_describing_the_second(run):
    doc = run(
        "बैठक की सह-अध्यक्षता रक्षा मंत्रालय में संयुक्त सचिव अमिताभ प्रसाद और उज्बेकिस्तान के रक्षा मंत्रालय के अंतरराष्ट्रीय "
        "सैन्य सहयोग विभाग के प्रमुख कर्नल रुस्तम नियाजोव ने की।"
    )
    (meet,) = frames(doc)
    assert [a["name"] for a in meet["participants"]] == ["अमिताभ प्रसाद", "रुस्तम नियाजोव"]


def test_both_sides_of_a_bilateral_body_named_before(run):
    doc = run(
        "ताशकंद, 20 फरवरी 2025 (भाषा) भारत-उज्बेकिस्तान रक्षा सहयोग पर संयुक्त कार्य समूह की बैठक बृहस्पतिवार को ताशकंद में "
        "संपन्न हुई। दोनों पक्षों ने सैन्य चिकित्सा में सहयोग पर सहमति जताई।"
    )
    (agree,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agree["countries"] == ["IND", "UZB"]


def test_going_to_a_venue_on_a_trip_is_no_visit(run):
    doc = run("वियतनाम के प्रधानमंत्री इससे पहले राजघाट गए और महात्मा गांधी को श्रद्धांजलि दी।")
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_where_something_is_to_be_held_is_not_where_a_call_was(run):
    doc = run(
        "सर्बिया के राष्ट्रपति अलेक्जेंडर वुचिच ने बुधवार को प्रधानमंत्री नरेन्द्र मोदी को फोन कर भारत को सर्बिया में होने वाले "
        "विश्व एक्सपो 2027 में भाग लेने का न्योता दिया। मोदी ने निमंत्रण के लिए वुचिच का आभार जताया।"
    )
    assert [(f["event_type"], f["location"]) for f in frames(doc)] == [("CALL", None), ("THANK", None)]


def test_a_monarch_of_no_stated_country_is_of_the_datelines(run):
    doc = run("अम्मान, 15 दिसंबर 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को किंग अब्दुल्ला द्वितीय के साथ वार्ता की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "JOR"]


def test_both_leaders_are_the_heads_where_their_ministers_signed(run):
    doc = run(
        "मस्कट, 18 दिसंबर 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी और सुल्तान हैथम बिन तारिक की मौजूदगी में वाणिज्य मंत्री पीयूष "
        "गोयल और ओमान के वाणिज्य मंत्री कैस बिन मोहम्मद अल यूसुफ ने समझौते पर दस्तखत किए। इससे पहले दोनों नेताओं ने "
        "प्रतिनिधिमंडल स्तर की वार्ता की।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [a["name"] for a in meet["participants"]] == ["नरेन्द्र मोदी", "सुल्तान हैथम बिन तारिक"]
    assert meet["countries"] == ["IND", "OMN"]


def test_a_session_of_a_forum_addressed_too_is_its_own_meeting(run):
    doc = run(
        "जोहानिसबर्ग, 21 फरवरी (भाषा) विदेश मंत्री एस जयशंकर ने जी20 विदेश मंत्रियों की बैठक से इतर शुक्रवार को चीन के विदेश "
        "मंत्री वांग यी से मुलाकात की। जयशंकर ने जी20 बैठक के एक सत्र को भी संबोधित किया।"
    )
    assert [(len(f["participants"]), f["topics"]) for f in frames(doc)] == [(2, []), (1, ["multilateral"])]


def test_what_is_signed_by_video_is_a_call_too_and_done_from_afar(run):
    doc = run(
        "पोर्ट लुई, 23 मई 2025 (एजेंसी)। मॉरीशस और ब्रिटेन ने बृहस्पतिवार को चागोस समझौते पर हस्ताक्षर किए। ब्रिटेन के "
        "प्रधानमंत्री कीर स्टार्मर और मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम ने वर्चुअल माध्यम से समझौते पर दस्तखत किए।"
    )
    assert sorted((f["event_type"], f["location"], f["date"]["value"]) for f in frames(doc)) == [
        ("CALL", None, "2025-05-22"),
        ("SIGN", None, "2025-05-22"),
    ]


def test_thanks_said_in_a_speech_are_the_speakers_on_the_day_said(run):
    doc = run(
        "पोर्ट लुई, 23 मई 2025 (एजेंसी)। ब्रिटेन के प्रधानमंत्री कीर स्टार्मर ने समझौते पर दस्तखत किए। रामगुलाम ने शुक्रवार को "
        "संसद में कहा कि इस मुद्दे पर समर्थन के लिए वह प्रधानमंत्री नरेन्द्र मोदी के आभारी हैं।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert [a["name"] for a in thanks["participants"] if a["role"] == "source"] == ["रामगुलाम"]
    assert thanks["date"]["value"] == "2025-05-23"


def test_a_presidential_palace_abroad_is_the_datelines_countrys(run):
    doc = run(
        "काहिरा, 14 फरवरी 2024 (एएफपी) तुर्किये के राष्ट्रपति रेचेप तैयप एर्दोआन और राष्ट्रपति अब्देल फत्ताह अल-सीसी ने बुधवार "
        "को राष्ट्रपति भवन में वार्ता की।"
    )
    (meet,) = frames(doc)
    assert (meet["location"]["text"], meet["location"]["country"]) == ("राष्ट्रपति भवन", "EGY")


def test_a_decision_taken_too_is_an_agreement(run):
    doc = run("भारत और ऑस्ट्रेलिया ने वार्षिक शिखर वार्ता आयोजित करने का निर्णय भी लिया।")
    assert [f["event_type"] for f in frames(doc)] == ["AGREE"]


def test_aid_sent_on_a_governments_behalf_thanks_that_government(run):
    doc = run("नेपाल की विदेश मंत्री आरजू राणा देउबा ने भारत सरकार की ओर से भेजी गई बाढ़ राहत सामग्री के लिए आभार व्यक्त किया।")
    (thanks,) = frames(doc)
    assert [(a["country"], a["role"]) for a in thanks["participants"]] == [("NPL", "source"), ("IND", "target")]


def test_an_urdu_adviser_is_met(run):
    doc = run(
        "ढाका, 24 अगस्त (एजेंसी) पाकिस्तान के वज़ीर-ए-ख़ारिजा इसहाक़ डार ने इतवार को बांग्लादेश की अंतरिम हुकूमत के "
        "मुशीर-ए-ख़ारिजा तौहीद हुसैन से मुलाक़ात की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["BGD", "PAK"] and len(meet["participants"]) == 2


def test_a_forum_named_with_its_acronym_is_attended_apart_from_the_bilaterals(run):
    doc = run(
        "रक्षा मंत्री राजनाथ सिंह ने बृहस्पतिवार को शंघाई सहयोग संगठन (एससीओ) के रक्षा मंत्रियों की बैठक में भाग लिया। बैठक से "
        "इतर सिंह ने चीन के रक्षा मंत्री डोंग जून के साथ द्विपक्षीय वार्ता की।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND"], ["CHN", "IND"]]


def test_hinglish_phone_calls_and_leaders(run):
    doc = run(
        "प्रधानमंत्री नरेन्द्र मोदी ने शनिवार को अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप से phone पर बात की। दोनों leaders ने "
        "trade deal पर बातचीत जल्द पूरी करने पर सहमति जताई।"
    )
    assert [(f["event_type"], len(f["participants"])) for f in frames(doc)] == [("CALL", 2), ("AGREE", 2)]


def test_representing_a_country_at_a_forums_segment(run):
    doc = run("पर्यावरण मंत्री भूपेंद्र यादव ने सोमवार को कॉप30 के उच्च स्तरीय खंड में भारत का प्रतिनिधित्व किया।")
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and "multilateral" in meet["topics"]


def test_both_countries_of_a_person_named_by_office_alone(run):
    doc = run(
        "कतर के अमीर शेख तमीम बिन हमद अल थानी का मंगलवार को रस्मी स्वागत किया गया। इसके बाद अमीर ने प्रधानमंत्री नरेन्द्र मोदी "
        "के साथ वार्ता की और दोनों देशों ने संबंधों को रणनीतिक साझेदारी तक ले जाने का फैसला किया।"
    )
    (agree,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agree["countries"] == ["IND", "QAT"]


def test_a_plan_told_where_takes_no_day_from_the_telling(run):
    doc = run(
        "नई दिल्ली, 28 नवंबर (भाषा)। प्रवक्ता ने शुक्रवार को बताया कि विदेश सचिव विक्रम मिस्री अगले सप्ताह काठमांडू जाएंगे, जहां "
        "वह नेपाल के विदेश सचिव के साथ परामर्श की सह-अध्यक्षता करेंगे।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert (meet["date"] or {}).get("value") is None  # the week told ("अगले सप्ताह"), no day of it


def test_a_well_known_person_keeps_their_country_across_and(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025 (भाषा)। रूस के राष्ट्रपति व्लादिमीर पुतिन और प्रधानमंत्री नरेन्द्र मोदी ने शुक्रवार को "
        "हैदराबाद हाउस में वार्षिक शिखर सम्मेलन में संबंधों की समीक्षा की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "RUS"]


def test_a_well_known_person_named_in_full_takes_the_country_the_list_gives_their_surname(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025 (भाषा)। जापान की प्रधानमंत्री साने ताकाइची और राष्ट्रपति डोनाल्ड जे ट्रंप ने सोमवार को "
        "टोक्यो में मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["JPN", "USA"]


def test_outcomes_told_in_one_breath_each_take_their_own_topics(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025 (भाषा)। रूस के उप प्रधानमंत्री इगोर पेत्रोव ने शुक्रवार को विदेश मंत्री एस जयशंकर से "
        "मुलाकात की। दोनों देशों ने व्यापार बढ़ाने के लक्ष्य पर सहमति जताई और स्वास्थ्य क्षेत्र में दो समझौतों पर हस्ताक्षर किए।"
    )
    topics = {f["event_type"]: f["topics"] for f in frames(doc)}
    assert topics["AGREE"] == ["trade"] and topics["SIGN"] == ["health"]


def test_a_welcome_of_him_and_his_tribute_in_one_sentence(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025 (भाषा)। चिली के राष्ट्रपति गेब्रियल बोरिक बृहस्पतिवार शाम नई दिल्ली पहुंचे। शुक्रवार सुबह "
        "राष्ट्रपति भवन के प्रांगण में उनका रस्मी स्वागत किया गया और उन्होंने राजघाट पर महात्मा गांधी को श्रद्धांजलि दी।"
    )
    ceremonies = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert [people(f) for f in ceremonies] == [[("गेब्रियल बोरिक", "CHL", "participant")]] * 2
    assert [f["location"]["text"] for f in ceremonies] == ["राष्ट्रपति भवन", "राजघाट"]
    assert [f["date"]["value"] for f in ceremonies] == ["2025-12-05"] * 2


def test_a_dinner_in_his_honour_told_by_a_pronoun(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025 (भाषा)। चिली के राष्ट्रपति गेब्रियल बोरिक शुक्रवार को नई दिल्ली पहुंचे। शाम को राष्ट्रपति "
        "द्रौपदी मुर्मू ने उनके सम्मान में भोज दिया।"
    )
    (dinner,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert dinner["countries"] == ["CHL", "IND"]


def test_an_honour_told_then_conferred_is_one_ceremony(run):
    doc = run(
        "अक्रा, 3 जुलाई 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी को घाना के राष्ट्रीय सम्मान से सम्मानित किया गया। घाना के राष्ट्रपति "
        "जॉन ड्रामानी महामा ने बुधवार को जुबली हाउस में मोदी को यह सम्मान प्रदान किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["GHA", "IND"] and ceremony["date"]["value"] == "2025-07-02"


def test_a_signing_after_talks_with_no_one_named_is_between_their_countries(run):
    doc = run(
        "अक्रा, 3 जुलाई 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने बुधवार को राष्ट्रपति जॉन ड्रामानी महामा के साथ वार्ता की, "
        "जिसके बाद संस्कृति से जुड़े चार समझौता ज्ञापनों पर हस्ताक्षर किए गए।"
    )
    (sign,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert people(sign) == [("-", "GHA", "participant"), ("-", "IND", "participant")]


def test_a_summit_attended_whose_name_ends_in_the_trigger(run):
    doc = run(
        "क्वालालंपुर, 27 अक्टूबर 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने सोमवार को पूर्वी एशिया शिखर सम्मेलन में भारत का "
        "प्रतिनिधित्व किया। सम्मेलन से इतर जयशंकर ने अमेरिका के विदेश मंत्री मार्को रुबियो से मुलाकात की।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND"], ["IND", "USA"]]


def test_a_technical_mission_is_no_topic_and_regional_links_are_transport(run):
    doc = run(
        "ढाका, 25 अक्टूबर 2025 (बीएसएस)। मुख्य सलाहकार मुहम्मद यूनुस ने शनिवार को पाकिस्तान के विदेश मंत्री इशाक डार से "
        "मुलाकात की और क्षेत्रीय संपर्क तथा तकनीकी मिशन के दर्जे पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["transport"]


def test_a_bodys_own_meeting_is_about_what_its_name_says(run):
    doc = run(
        "नैरोबी, 5 जून 2025 (भाषा)। भारत और केन्या के बीच संयुक्त व्यापार समिति की 10वीं बैठक बृहस्पतिवार को नैरोबी में हुई। "
        "बैठक की सह-अध्यक्षता भारत के वाणिज्य राज्य मंत्री जितिन प्रसाद और केन्या के व्यापार मंत्री ली किन्यानजुई ने की।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["trade"]


def test_a_force_named_as_what_is_agreed_is_defence(run):
    doc = run(
        "तोक्यो, 20 अगस्त 2025 (भाषा)। भारत और जापान ने बुधवार को अगले वर्ष पहला संयुक्त वायुसेना अभ्यास आयोजित करने पर सहमति जताई।"
    )
    (agree,) = frames(doc)
    assert agree["topics"] == ["defence"]


def test_a_visit_told_as_this_visit_at_such_a_time(run):
    doc = run(
        "नई दिल्ली, 11 दिसंबर 2025 (एजेंसी)। मिस्र के विदेश मंत्री बद्र अब्देलती ने गुरुवार को विदेश मंत्री एस जयशंकर से मुलाकात की।"
        "\n\nमिस्र के विदेश मंत्री की यह यात्रा ऐसे समय हो रही है जब दोनों देश संबंधों की 78वीं वर्षगांठ मना रहे हैं।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "IND", "target"), ("बद्र अब्देलती", "EGY", "source")]


def test_a_country_visited_before_is_a_time_not_the_next_host(run):
    doc = run(
        "नई दिल्ली, 22 अगस्त 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी 29 अगस्त को जापान की यात्रा पर जाएंगे।\n\n"
        "जापान के बाद मोदी 31 अगस्त को चीन के तियानजिन जाएंगे।"
    )
    visits = [(f["countries"], f["date"]["value"]) for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visits == [(["IND", "JPN"], "2025-08-29"), (["CHN", "IND"], "2025-08-31")]


def test_a_time_of_day_after_the_subject_is_of_the_day_told_last(run):
    doc = run(
        "वाराणसी, 11 सितंबर 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने बृहस्पतिवार को मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम से "
        "मुलाकात की।\n\nरामगुलाम शाम को उत्तर प्रदेश के राज्यपाल आनंदीबेन पटेल से मिले।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2025-09-11", "2025-09-11"]


def test_leaders_who_met_that_day_inaugurate_by_video_on_no_call(run):
    doc = run(
        "वाराणसी, 11 सितंबर 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी और मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम ने बृहस्पतिवार को "
        "यहां द्विपक्षीय वार्ता की।\n\nदोनों नेताओं ने बृहस्पतिवार को ही वीडियो लिंक के जरिये मॉरीशस में आयुष केंद्र का उद्घाटन भी किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET", "CEREMONY"]


def test_one_present_on_the_occasion_abroad_is_of_the_host_country(run):
    doc = run(
        "ताशकंद, 22 जुलाई 2025 (भाषा)। उज्बेकिस्तान में भारत की राजदूत स्मिता पंत ने मंगलवार को ताशकंद में हिंदी अध्ययन केंद्र का "
        "उद्घाटन किया। इस अवसर पर विश्वविद्यालय की रेक्टर गुलचेहरा रिखसियेवा भी मौजूद थीं।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["IND", "UZB"]


def test_a_ceremony_also_attended(run):
    doc = run("थिम्पू, 11 नवंबर 2025 (भाषा)। मोदी ने मंगलवार को चौथे नरेश के जन्मदिन के उपलक्ष्य में आयोजित समारोह में भी भाग लिया।")
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_a_country_opening_the_clause_of_a_planned_forum_is_its_scene(run):
    doc = run(
        "नई दिल्ली, 1 जुलाई 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी 2 से 9 जुलाई तक घाना और ब्राजील की यात्रा करेंगे। "
        "विदेश मंत्रालय के अनुसार, ब्राजील में वह ब्रिक्स शिखर सम्मेलन में भाग लेंगे।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meet["location"]["text"] == "ब्राजील" and meet["modality"] == "planned"


def test_a_trip_abroad_told_at_home_is_no_visit_home(run):
    doc = run(
        "नई दिल्ली, 1 जुलाई 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी 2 से 9 जुलाई तक घाना की यात्रा करेंगे।\n\n"
        "यह प्रधानमंत्री की पिछले एक दशक में सबसे लंबी विदेश यात्रा होगी।"
    )
    assert [f["countries"] for f in frames(doc)] == [["GHA", "IND"]]


def test_an_agreement_announced_after_talks_told_next_is_made_there_that_day(run):
    doc = run(
        "वाशिंगटन, 13 फरवरी 2025 (भाषा)। भारत और अमेरिका ने 2030 तक द्विपक्षीय व्यापार को 500 अरब डॉलर करने का लक्ष्य तय "
        "किया है। प्रधानमंत्री नरेन्द्र मोदी और राष्ट्रपति डोनाल्ड ट्रंप के बीच बृहस्पतिवार को व्हाइट हाउस में हुई बैठक के बाद जारी "
        "संयुक्त बयान में यह जानकारी दी गई।"
    )
    (agree,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agree["location"]["text"] == "व्हाइट हाउस" and agree["date"]["value"] == "2025-02-13"


def test_wishes_told_then_by_their_senders_are_each_senders_to_the_receiver(run):
    doc = run(
        "नई दिल्ली, 17 सितंबर 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी को उनके जन्मदिन पर बुधवार को कई विश्व नेताओं ने शुभकामनाएं दीं। "
        "ऑस्ट्रेलिया के प्रधानमंत्री एंथनी अल्बनीज और इटली की प्रधानमंत्री जॉर्जिया मेलोनी ने सोशल मीडिया पर बधाई संदेश पोस्ट किए।"
    )
    got = [(people(f), f["date"]["value"]) for f in frames(doc)]
    assert got == [
        ([("एंथनी अल्बनीज", "AUS", "source"), ("नरेन्द्र मोदी", "IND", "target")], "2025-09-17"),
        ([("जॉर्जिया मेलोनी", "ITA", "source"), ("नरेन्द्र मोदी", "IND", "target")], "2025-09-17"),
    ]


def test_a_visit_is_about_what_its_meetings_are_about_not_its_purpose(run):
    doc = run(
        "बीजिंग, 14 जुलाई 2025 (भाषा)। विदेश मंत्री एस जयशंकर शंघाई सहयोग संगठन के विदेश मंत्रियों की बैठक में भाग लेने के लिए "
        "बीजिंग पहुंचे हैं।"
    )
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["topics"] == []


def test_a_family_name_that_is_a_common_word_acts_as_the_person(run):
    doc = run(
        "सियोल, 25 अगस्त 2025 (योनहाप)। दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग ने सोमवार को वाशिंगटन में ट्रंप से मुलाकात की।"
        "\n\nली ने इससे पहले तोक्यो में जापान के प्रधानमंत्री शिगेरु इशिबा से मुलाकात की थी।"
    )
    second = frames(doc)[1]
    assert second["countries"] == ["JPN", "KOR"] and second["location"]["text"] == "तोक्यो"


def test_an_international_conference_attended_is_a_forum(run):
    doc = run(
        "मॉस्को, 27 मई 2025 (स्पूतनिक)। राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल तीन दिन की यात्रा पर मॉस्को में हैं, जहां वह "
        "अंतरराष्ट्रीय सुरक्षा सम्मेलन में भी भाग लेंगे।"
    )
    (forum,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert forum["modality"] == "planned" and "multilateral" in forum["topics"]


def test_what_talks_discuss_in_their_own_relative_clause_is_theirs(run):
    doc = run(
        "नई दिल्ली, 5 नवंबर 2025 (भाषा)। न्यूजीलैंड के प्रधानमंत्री क्रिस्टोफर लक्सन अगले महीने भारत की यात्रा पर आएंगे। विदेश "
        "मंत्रालय के प्रवक्ता रणधीर जायसवाल ने बुधवार को बताया कि लक्सन इस दौरान प्रधानमंत्री नरेन्द्र मोदी के साथ वार्ता करेंगे, "
        "जिसमें मुक्त व्यापार समझौते, कृषि और शिक्षा पर चर्चा होगी।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meet["topics"] == ["agriculture", "education", "trade"]


def test_chairs_named_in_a_relative_clause_take_their_countries_places(run):
    doc = run(
        "मेक्सिको सिटी, 20 अक्टूबर 2025 (भाषा)। भारत और मेक्सिको के बीच संयुक्त आयोग की 10वीं बैठक सोमवार को यहां हुई, "
        "जिसकी सह-अध्यक्षता विदेश मंत्री एस जयशंकर और मेक्सिको के विदेश मंत्री हुआन रामोन डे ला फुएंते ने की।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [
        ("एस जयशंकर", "IND", "participant"),
        ("हुआन रामोन डे ला फुएंते", "MEX", "participant"),
    ]


def test_one_memorandum_exchanged_is_a_signing(run):
    doc = run(
        "भुवनेश्वर, 17 जनवरी 2025 (भाषा)। ओडिशा सरकार और सिंगापुर के आईटीई एजुकेशन सर्विसेज के बीच कौशल विकास पर एक "
        "समझौता ज्ञापन का आदान-प्रदान किया गया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["SIGN"]


def test_the_chair_of_a_meeting_told_next_takes_part_in_it(run):
    doc = run(
        "नई दिल्ली, 6 जून 2025 (भाषा)। भारत-मध्य एशिया वार्ता की चौथी बैठक शुक्रवार को यहां हुई, जिसमें कजाकिस्तान और "
        "उज्बेकिस्तान के विदेश मंत्रियों ने भाग लिया। बैठक की अध्यक्षता विदेश मंत्री एस जयशंकर ने की।"
    )
    (meet,) = frames(doc)
    assert ("एस जयशंकर", "IND", "participant") in people(meet) and meet["countries"] == ["IND", "KAZ", "UZB"]


def test_a_parade_attended_is_a_ceremony(run):
    doc = run("बीजिंग, 4 सितंबर 2025 (शिन्हुआ)। किम जोंग उन बुधवार को बीजिंग में आयोजित सैन्य परेड में शामिल हुए।")
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_who_opening_a_relative_clause_is_the_person_named_last(run):
    doc = run(
        "नई दिल्ली, 8 सितंबर 2025 (भाषा)। संधि पर वित्त मंत्री निर्मला सीतारमण और इस्राइल के वित्त मंत्री बेजालेल स्मोट्रिच ने "
        "हस्ताक्षर किए, जो तीन दिन की भारत यात्रा पर हैं।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "IND", "target"), ("बेजालेल स्मोट्रिच", "ISR", "source")]


def test_a_forum_named_as_the_occasion_with_its_acronym_gives_no_topic(run):
    doc = run(
        "कुआलालंपुर, 1 नवंबर 2025 (भाषा)। रक्षा मंत्री राजनाथ सिंह ने शनिवार को यहां आसियान रक्षा मंत्रियों की बैठक-प्लस "
        "(एडीएमएम-प्लस) से इतर अमेरिका के युद्ध मंत्री पीट हेगसेथ से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "USA"] and meet["topics"] == []


def test_a_leader_and_their_countrys_people_wished_together(run):
    doc = run(
        "नई दिल्ली, 4 जुलाई 2025 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू ने अमेरिका के स्वतंत्रता दिवस पर शुक्रवार को राष्ट्रपति डोनाल्ड "
        "ट्रंप और अमेरिकी जनता को शुभकामनाएं दीं।"
    )
    (wishes,) = frames(doc)
    assert ("डोनाल्ड ट्रंप", "USA", "target") in people(wishes)


def test_both_leaders_of_a_meeting_named_by_one_of_them_are_those_who_met(run):
    doc = run(
        "जोहानिसबर्ग, 23 नवंबर 2025 (भाषा)। सम्मेलन से इतर मोदी ने शनिवार को ब्रिटेन के प्रधानमंत्री कीर स्टार्मर और कनाडा के "
        "प्रधानमंत्री मार्क कार्नी से अलग-अलग मुलाकात की। कार्नी के साथ बैठक में दोनों नेताओं ने व्यापार समझौते पर बातचीत दोबारा "
        "शुरू करने का फैसला किया।"
    )
    (agree,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agree["countries"] == ["CAN", "IND"]


def test_a_forum_named_by_its_acronym_in_brackets_is_attended(run):
    doc = run(
        "जोहानिसबर्ग, 23 नवंबर 2025 (भाषा)। रविवार को प्रधानमंत्री नरेन्द्र मोदी ने भारत-ब्राजील-दक्षिण अफ्रीका (इब्सा) नेताओं की "
        "बैठक में भी हिस्सा लिया।"
    )
    (forum,) = frames(doc)
    assert forum["event_type"] == "MEET" and forum["topics"] == ["multilateral"]


def test_those_who_joined_the_meeting_just_told_take_part_in_it(run):
    doc = run(
        "वाशिंगटन, 18 अगस्त 2025। यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की ने सोमवार को व्हाइट हाउस में राष्ट्रपति डोनाल्ड ट्रंप से "
        "मुलाकात की। बैठक में ब्रिटेन के प्रधानमंत्री कीर स्टार्मर और फ्रांस के राष्ट्रपति इमैनुएल मैक्रों भी शामिल हुए।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["FRA", "GBR", "UKR", "USA"]


def test_both_leaders_after_a_list_are_those_named_above_it(run):
    doc = run(
        "माले, 25 जुलाई 2025 (भाषा)। भारत और मालदीव ने शुक्रवार को प्रधानमंत्री नरेन्द्र मोदी और राष्ट्रपति मोहम्मद मुइज्जू की "
        "मौजूदगी में इन समझौतों का आदान-प्रदान किया:\n\n- मत्स्य पालन में सहयोग\n- मौसम विज्ञान में सहयोग\n"
        "- डिजिटल भुगतान प्रणाली यूपीआई पर समझौता\n\n"
        "इससे पहले दोनों नेताओं ने प्रतिनिधिमंडल स्तर की वार्ता की।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [a["name"] for a in meet["participants"]] == ["नरेन्द्र मोदी", "मोहम्मद मुइज्जू"]


def test_addressing_the_un_general_assembly_is_attending_a_forum(run):
    doc = run("न्यूयॉर्क, 27 सितंबर 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने शनिवार को संयुक्त राष्ट्र महासभा को संबोधित किया।")
    (forum,) = frames(doc)
    assert forum["event_type"] == "MEET" and forum["topics"] == ["multilateral"]


def test_an_office_held_in_a_countrys_interim_government_is_of_that_country(run):
    doc = run(
        "बैंकॉक, 4 अप्रैल 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने शुक्रवार को यहां बांग्लादेश की अंतरिम सरकार के मुख्य सलाहकार "
        "मुहम्मद यूनुस से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["BGD", "IND"]


def test_an_honour_also_conferred_is_a_ceremony(run):
    doc = run(
        "मस्कट, 18 दिसंबर 2025 (भाषा)। सुल्तान हैथम बिन तारिक ने मोदी को ओमान के सम्मान 'ऑर्डर ऑफ ओमान' से सम्मानित भी किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_a_talk_with_the_people_of_a_call_told_before_is_that_call(run):
    doc = run(
        "नई दिल्ली, 26 अप्रैल 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने शनिवार को तंजानिया की राष्ट्रपति सामिया सुलुहु हसन से "
        "टेलीफोन पर बातचीत की। मोदी ने हसन को तंजानिया के संघ दिवस पर शुभकामनाएं दीं। दोनों नेताओं ने रक्षा के क्षेत्र में सहयोग "
        'की समीक्षा की। राष्ट्रपति हसन ने भारत का धन्यवाद किया।\n\nप्रधानमंत्री ने एक्स पर लिखा, "मेरी मित्र राष्ट्रपति सामिया '
        'सुलुहु हसन से बात करके खुशी हुई।"'
    )
    assert [f["event_type"] for f in frames(doc)] == ["CALL", "CONGRATULATE", "THANK"]


def test_a_year_the_visit_came_after_is_not_its_date(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने कीव में राष्ट्रपति वोलोदिमीर जेलेंस्की से मुलाकात की। 1991 में यूक्रेन की आजादी के बाद किसी "
        "भारतीय प्रधानमंत्री की यह पहली यूक्रेन यात्रा है।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["date"] is None


def test_two_sides_led_with_one_verb_each_take_their_leader(run):
    doc = run(
        "भारत और एस्टोनिया के बीच विदेश कार्यालय परामर्श का छठा दौर 13 मई 2025 को तालिन में आयोजित किया गया। भारतीय पक्ष का "
        "नेतृत्व सचिव (पश्चिम) श्री तन्मय लाल ने तथा एस्टोनियाई पक्ष का नेतृत्व विदेश मंत्रालय के महासचिव श्री जोनातान "
        "व्सेविओव ने किया।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("जोनातान व्सेविओव", "EST", "participant"), ("तन्मय लाल", "IND", "participant")]


def test_a_forum_attended_before_travelling_on_is_attended(run):
    doc = run(
        "पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने तियानजिन में हुए शंघाई सहयोग संगठन (एससीओ) शिखर सम्मेलन में हिस्सा लेने के "
        "बाद बीजिंग का रुख किया था।"
    )
    (forum,) = frames(doc)
    assert forum["event_type"] == "MEET" and forum["modality"] == "asserted"
    assert forum["location"]["text"] == "तियानजिन" and forum["topics"] == ["multilateral"]


def test_a_forum_in_a_country_named_before_it_is_held_there(run):
    doc = run("साइप्रस के बाद प्रधानमंत्री नरेंद्र मोदी कनाडा में जी7 शिखर सम्मेलन में भाग लेंगे।")
    (forum,) = frames(doc)
    assert forum["modality"] == "planned" and forum["location"]["country"] == "CAN"


def test_an_honour_conferred_at_a_ceremony_told_next_gives_its_place(run):
    doc = run(
        "निकोसिया, 16 जून 2025 (भाषा)। साइप्रस के राष्ट्रपति निकोस क्रिस्टोडौलिडेस ने सोमवार को प्रधानमंत्री नरेंद्र मोदी को "
        "देश के सर्वोच्च नागरिक सम्मान से सम्मानित किया। यह सम्मान राष्ट्रपति भवन में आयोजित एक समारोह में प्रदान किया गया।"
    )
    (honour,) = frames(doc)
    assert honour["location"]["text"] == "राष्ट्रपति भवन" and honour["location"]["country"] == "CYP"


def test_the_country_handed_something_takes_part(run):
    doc = run("कीव, 23 अगस्त 2024 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने यूक्रेन को चार 'भीष्म क्यूब' सौंपे।")
    (handover,) = frames(doc)
    assert handover["event_type"] == "CEREMONY" and handover["countries"] == ["IND", "UKR"]


def test_digital_technology_is_digital(run):
    doc = run("दोनों मंत्रियों ने डिजिटल प्रौद्योगिकी और शिक्षा में सहयोग पर चर्चा की।")
    assert [e.value for e in doc.entities if e.label == "SECTOR"] == ["digital", "education"]


def test_the_people_of_a_countrys_body_met_are_its_side(run):
    doc = run(
        "ओस्लो, 11 फरवरी 2025 (भाषा)। वाणिज्य मंत्री पीयूष गोयल ने मंगलवार को नॉर्वे की व्यापार मंत्री सेसिली म्यर्सेथ के साथ "
        "बैठक की। गोयल ने नॉर्वे के सॉवरेन वेल्थ फंड के प्रमुखों से भी मुलाकात की।"
    )
    met = [people(f) for f in frames(doc)]
    assert [("-", "NOR", "participant"), ("पीयूष गोयल", "IND", "participant")] in met


def test_both_ministers_of_a_portfolio_are_the_two_who_met(run):
    doc = run(
        "जयशंकर ने इराक़ के विदेश मंत्री फ़ुआद हुसैन के साथ भी द्विपक्षीय वार्ता की. दोनों विदेश मंत्रियों ने संयुक्त आयोग की अगली "
        "बैठक जल्द बुलाने पर सहमति जताई."
    )
    (agree,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert [a["name"] for a in agree["participants"]] == ["जयशंकर", "फ़ुआद हुसैन"]


def test_what_happens_every_year_adds_nothing_to_an_event(run):
    doc = run(
        "बिश्केक, 14 नवंबर 2025 (भाषा)। विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने बिश्केक में उद्यमिता विकास केंद्र का उद्घाटन "
        "किया। दोनों देशों की सेनाओं के बीच संयुक्त सैन्य अभ्यास 'खंजर' हर साल होता है।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["topics"] == []


def test_a_signing_in_the_presence_of_two_leaders_is_between_their_countries(run):
    doc = run(
        "प्रधानमंत्री श्री नरेन्द्र मोदी और त्रिनिदाद और टोबैगो की प्रधानमंत्री श्रीमती कमला प्रसाद-बिसेसर की उपस्थिति में आज "
        "पोर्ट ऑफ स्पेन में निम्नलिखित समझौतों पर हस्ताक्षर किए गए:"
    )
    (signing,) = frames(doc)
    assert signing["event_type"] == "SIGN" and signing["countries"] == ["IND", "TTO"]


def test_those_present_at_a_ceremony_take_part(run):
    doc = run(
        "उद्घाटन समारोह में भारतीय सेना की दक्षिणी कमान के जनरल ऑफिसर कमांडिंग लेफ्टिनेंट जनरल धीरज सेठ और फ्रांस के राजदूत "
        "थिएरी माथू मौजूद थे।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["countries"] == ["FRA", "IND"]


def test_she_arrived_is_a_visit(run):
    doc = run("श्रीलंका की प्रधानमंत्री हरिणी अमरसूर्या तीन दिवसीय भारत यात्रा पर बृहस्पतिवार को नई दिल्ली पहुंची।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["IND", "LKA"]


def test_he_after_whereas_is_the_subject_of_the_clause_before(run):
    doc = run(
        "तोक्यो, 15 दिसंबर 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने सोमवार को तोक्यो में जापान के विदेश मंत्री तोशिमित्सु मोतेगी के "
        "साथ रणनीतिक वार्ता की, जबकि मंगलवार को वह प्रधानमंत्री साने ताकाइची से मिलेंगे।"
    )
    planned = next(f for f in frames(doc) if f["modality"] == "planned")
    assert people(planned) == [("एस जयशंकर", "IND", "participant"), ("साने ताकाइची", "JPN", "participant")]


def test_lyonpo_is_a_style_not_a_name(run):
    doc = run(
        "नई दिल्ली, 5 फरवरी 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने बुधवार को यहां भूटान के विदेश मंत्री ल्योनपो डी एन धुंग्येल से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert "डी एन धुंग्येल" in [a["name"] for a in meet["participants"]]


def test_the_head_of_a_countrys_defence_force_is_of_that_country(run):
    doc = run(
        "नई दिल्ली, 18 नवंबर 2025 (भाषा)। चीफ ऑफ डिफेंस स्टाफ (सीडीएस) जनरल अनिल चौहान ने मंगलवार को यहां ऑस्ट्रेलियाई रक्षा बल के "
        "प्रमुख एडमिरल डेविड जॉनस्टन से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("अनिल चौहान", "IND", "participant"), ("डेविड जॉनस्टन", "AUS", "participant")]


def test_a_courtesy_title_and_an_office_name_one_person(run):
    doc = run(
        "जेद्दा, 22 अप्रैल 2025 (भाषा)। मोदी बुधवार को क्राउन प्रिंस और प्रधानमंत्री मोहम्मद बिन सलमान के साथ रणनीतिक भागीदारी "
        "परिषद की बैठक की सह-अध्यक्षता करेंगे।"
    )
    (meet,) = frames(doc)
    assert sorted(a["name"] for a in meet["participants"]) == ["मोदी", "मोहम्मद बिन सलमान"]


def test_a_meeting_agreed_for_next_month_does_not_date_the_agreement(run):
    doc = run(
        "रोम, 12 जुलाई 2025 (एएफपी)। इटली की प्रधानमंत्री जॉर्जिया मेलोनी ने शनिवार को अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप से फोन पर "
        "बात की। दोनों नेताओं ने अगले महीने रोम में मिलने पर सहमति जताई।"
    )
    (agree,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agree["date"] is None or agree["date"]["value"] == "2025-07-12"


def test_a_place_toured_on_a_visit_is_part_of_it(run):
    doc = run(
        "नई दिल्ली, 21 अप्रैल 2025 (भाषा)। अमेरिका के उपराष्ट्रपति जेडी वेंस सोमवार को चार दिवसीय भारत यात्रा पर नई दिल्ली पहुंचे। "
        "वेंस ने बाद में अक्षरधाम मंदिर का दौरा किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["VISIT"]


def test_addressing_a_security_council_debate_is_attending_a_forum(run):
    doc = run(
        "न्यूयॉर्क, 24 अक्टूबर 2025 (भाषा)। संयुक्त राष्ट्र में भारत के स्थायी प्रतिनिधि पर्वतनेनी हरीश ने बृहस्पतिवार को सुरक्षा "
        "परिषद की खुली बहस को संबोधित किया।"
    )
    (forum,) = frames(doc)
    assert forum["event_type"] == "MEET" and "multilateral" in forum["topics"]


def test_the_one_a_lunch_is_hosted_for_takes_part(run):
    doc = run(
        "वाशिंगटन, 18 जून 2025 (एपी)। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने बुधवार को व्हाइट हाउस में पाकिस्तान के सेना प्रमुख "
        "फील्ड मार्शल असीम मुनीर के लिए दोपहर के भोज की मेजबानी की।"
    )
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["countries"] == ["PAK", "USA"]


def test_a_visit_named_as_the_time_of_a_statement_happened(run):
    doc = run("यह बयान वियतनाम के उप प्रधानमंत्री बुई थान सोन की भारत यात्रा के बाद जारी किया गया।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and people(visit) == [("-", "IND", "target"), ("बुई थान सोन", "VNM", "source")]


def test_those_listed_among_the_envoys_presenting_credentials_take_part(run):
    doc = run(
        "राष्ट्रपति द्रौपदी मुर्मू ने बृहस्पतिवार को राष्ट्रपति भवन में आयोजित एक समारोह में न्यूजीलैंड, अर्जेंटीना और सेनेगल के "
        "राजदूतों तथा उच्चायुक्तों से परिचय पत्र स्वीकार किए। परिचय पत्र प्रस्तुत करने वालों में न्यूजीलैंड के उच्चायुक्त पैट्रिक जॉन "
        "राटा, अर्जेंटीना के राजदूत मारियानो अगस्टिन कौसिनो और सेनेगल के राजदूत शेख मोहम्मद सी शामिल थे।"
    )
    (ceremony,) = frames(doc)
    assert len(ceremony["participants"]) == 4 and ceremony["countries"] == ["ARG", "IND", "NZL", "SEN"]


def test_those_who_received_a_guest_welcomed_take_part_in_the_welcome(run):
    doc = run(
        "नाइजीरिया के राष्ट्रपति बोला अहमद टीनूबू का मंगलवार को राष्ट्रपति भवन के प्रांगण में रस्मी स्वागत किया गया। राष्ट्रपति "
        "द्रौपदी मुर्मू और प्रधानमंत्री नरेंद्र मोदी ने उनकी अगवानी की।"
    )
    (ceremony,) = frames(doc)
    assert [a["name"] for a in ceremony["participants"]] == ["बोला अहमद टीनूबू", "द्रौपदी मुर्मू", "नरेंद्र मोदी"]


def test_an_agreement_joined_to_the_business_of_a_call_takes_only_its_own_topics(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने मलेशिया के प्रधानमंत्री अनवर इब्राहिम से टेलीफोन पर बातचीत की। दोनों नेताओं ने सेमीकंडक्टर और "
        "पर्यटन में सहयोग की समीक्षा की तथा रक्षा सहयोग बढ़ाने पर सहमति जताई।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["AGREE"]["topics"] == ["defence"]  # the call is about what came of it too


def test_honorary_citizenship_conferred_is_a_ceremony(run):
    doc = run(
        "लिस्बन, 7 अप्रैल 2025 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू को सोमवार को लिस्बन के महापौर कार्लोस मोएडास ने 'सिटी ऑफ लिस्बन' "
        "की मानद नागरिकता प्रदान की।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["countries"] == ["IND", "PRT"]


def test_a_venue_named_for_a_place_is_the_venue_of_the_story(run):
    doc = run(
        "लिस्बन, 7 अप्रैल 2025 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू ने सोमवार को पुर्तगाल के राष्ट्रपति मार्सेलो रेबेलो डी सूसा के साथ "
        "बेलेम पैलेस में प्रतिनिधिमंडल स्तर की वार्ता की।"
    )
    (meet,) = frames(doc)
    assert (meet["location"]["text"], meet["location"]["country"]) == ("बेलेम पैलेस", "PRT")


def test_a_train_journey_before_an_arrival_is_no_visit_of_its_own(run):
    doc = run("प्रधानमंत्री नरेन्द्र मोदी शुक्रवार को पोलैंड से करीब दस घंटे की रेल यात्रा के बाद यूक्रेन की राजधानी कीव पहुंचे।")
    assert [f["event_type"] for f in frames(doc)] == ["VISIT"]


def test_a_meeting_told_in_hinglish(run):
    doc = run(
        "नई दिल्ली: External Affairs Minister एस जयशंकर ने मंगलवार को Singapore के Foreign Minister Vivian Balakrishnan से "
        "मुलाकात की। दोनों नेताओं ने semiconductors, green energy और maritime security पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "SGP"] and meet["topics"] == ["digital", "maritime", "renewables"]


def test_wishes_handed_over_for_another_are_theirs_too(run):
    doc = run(
        "काठमांडू, 17 नवंबर 2025 (भाषा)। भारत के विदेश सचिव विक्रम मिस्री ने सोमवार को नेपाल की अंतरिम प्रधानमंत्री सुशीला "
        "कार्की से शिष्टाचार भेंट की और उन्हें प्रधानमंत्री नरेन्द्र मोदी का शुभकामना संदेश सौंपा। मिस्री ने नेपाल के विदेश सचिव "
        "अमृत बहादुर राई के साथ द्विपक्षीय संबंधों की समीक्षा भी की।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET", "CONGRATULATE", "MEET"]
    wishes = frames(doc)[1]
    assert sorted(a["name"] for a in wishes["participants"] if a["role"] == "source") == ["नरेन्द्र मोदी", "विक्रम मिस्री"]


def test_the_one_welcomed_and_talked_with_takes_part(run):
    doc = run(
        "अबू धाबी, 8 अक्टूबर 2025 (वाम)। संयुक्त अरब अमीरात के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान ने मंगलवार को अबू धाबी में "
        "भारतीय वायुसेना प्रमुख एयर चीफ मार्शल ए पी सिंह का स्वागत किया और रक्षा सहयोग पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("ए पी सिंह", "IND", "participant"), ("मोहम्मद बिन जायद अल नाहयान", "ARE", "participant")]


def test_representing_a_country_at_a_parade_is_a_ceremony(run):
    doc = run(
        "नई दिल्ली, 6 मई 2025 (भाषा)। रक्षा राज्य मंत्री संजय सेठ 9 मई को मॉस्को में विजय दिवस परेड में भारत का प्रतिनिधित्व करेंगे।"
    )
    (parade,) = frames(doc)
    assert (parade["event_type"], parade["modality"], parade["date"]["value"]) == ("CEREMONY", "planned", "2025-05-09")


def test_an_honorary_degree_received_is_a_ceremony(run):
    doc = run("मुर्मू ने नित्रा में कॉन्स्टेंटाइन द फिलॉसफर विश्वविद्यालय से मानद डॉक्टरेट की उपाधि भी ग्रहण की।")
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_tourists_are_no_side_of_a_visit(run):
    doc = run("पर्यटन मंत्रालय के अनुसार, पिछले साल 21 लाख से अधिक भारतीय पर्यटक थाईलैंड आए थे।")
    assert frames(doc) == []


def test_a_meeting_someone_says_things_came_after_is_background(run):
    doc = run(
        "वाशिंगटन, 20 अगस्त 2025 (रॉयटर्स)। अमेरिकी विदेश मंत्री मार्को रुबियो ने बुधवार को कहा कि अलास्का में राष्ट्रपति डोनाल्ड "
        "ट्रंप और रूसी राष्ट्रपति व्लादिमीर पुतिन के बीच हुई बैठक के बाद शांति प्रक्रिया आगे बढ़ी है।"
    )
    assert frames(doc) == []


def test_a_sum_in_rupees_is_no_finance_topic(run):
    doc = run("रक्षा मंत्रालय ने फ्रांस की कंपनी सफ्रान के साथ 7,000 करोड़ रुपये के अनुबंध पर हस्ताक्षर किए।")
    (signing,) = frames(doc)
    assert "finance" not in signing["topics"]


def test_the_leader_of_a_delegation_named_after_its_country_acts_for_it(run):
    doc = run(
        "तोक्यो, 23 मई 2025 (भाषा)। जनता दल (यूनाइटेड) के सांसद संजय कुमार झा के नेतृत्व में भारत के सर्वदलीय संसदीय प्रतिनिधिमंडल "
        "ने शुक्रवार को जापान के विदेश मंत्री ताकेशी इवाया से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("ताकेशी इवाया", "JPN", "participant"), ("संजय कुमार झा", "IND", "participant")]


def test_a_region_praised_on_a_call_is_no_scene_for_what_is_discussed_next(run):
    doc = run(
        "काहिरा, 2 अक्टूबर 2025 (एजेंसी)। मिस्र के राष्ट्रपति अब्देल फत्ताह अल-सीसी ने बुधवार को भारतीय प्रधानमंत्री नरेन्द्र मोदी से "
        "टेलीफोन पर बात की और गाजा में युद्धविराम समझौते के लिए भारत के समर्थन की सराहना की। दोनों नेताओं ने स्वेज नहर आर्थिक "
        "क्षेत्र में भारतीय निवेश पर भी चर्चा की।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and "investment" in call["topics"]


def test_a_union_minister_met_abroad_stays_indian(run):
    doc = run(
        "जिनेवा, 20 मई 2025 (भाषा)। विश्व स्वास्थ्य संगठन (डब्ल्यूएचओ) के महानिदेशक टेड्रोस अधानोम घेब्रेयेसस ने मंगलवार को जिनेवा "
        "में केंद्रीय स्वास्थ्य मंत्री जे पी नड्डा से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND"]


def test_an_arrival_on_a_two_country_tour_is_a_visit_to_the_first(run):
    doc = run(
        "अबू धाबी, 25 नवंबर 2025 (भाषा)। विदेश मंत्री एस जयशंकर संयुक्त अरब अमीरात और कतर की चार दिवसीय यात्रा के पहले चरण में "
        "मंगलवार को अबू धाबी पहुंचे। जयशंकर बृहस्पतिवार को दोहा जाएंगे।"
    )
    assert [(f["modality"], f["countries"]) for f in frames(doc)] == [
        ("asserted", ["ARE", "IND"]),
        ("planned", ["IND", "QAT"]),
    ]


def test_a_signing_told_by_countries_then_by_their_bodies_is_one(run):
    doc = run(
        "ढाका, 15 जून 2025 (बीएसएस)। बांग्लादेश और नेपाल ने रविवार को भारत के रास्ते नेपाल से बिजली के आयात के लिए एक "
        "समझौते पर हस्ताक्षर किए। समझौते पर बांग्लादेश पावर डेवलपमेंट बोर्ड, नेपाल विद्युत प्राधिकरण और भारत की एनटीपीसी विद्युत "
        "व्यापार निगम ने हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["countries"] == ["BGD", "IND", "NPL"]


def test_come_here_is_a_visit(run):
    doc = run("नयी दिल्ली, नौ दिसंबर (भाषा) रूस के उप प्रधानमंत्री डेनिस मंटुरोव आयोग की बैठक में भाग लेने के लिए यहां आए हैं।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["IND", "RUS"]


def test_the_other_sides_chair_after_a_lead_joins_the_meeting(run):
    doc = run(
        "नैरोबी, 14 मार्च 2025 (भाषा)। भारत-केन्या संयुक्त व्यापार समिति की बैठक शुक्रवार को यहां हुई। भारतीय प्रतिनिधिमंडल का "
        "नेतृत्व वाणिज्य राज्य मंत्री जितिन प्रसाद ने किया, जबकि केन्या की ओर से व्यापार मंत्री ली किन्यानजुई ने बैठक की "
        "सह-अध्यक्षता की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("जितिन प्रसाद", "IND", "participant"), ("ली किन्यानजुई", "KEN", "participant")]


def test_talks_told_after_an_arrival_keep_the_day_of_the_talks(run):
    doc = run(
        "नई दिल्ली, 8 अप्रैल 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने मंगलवार को पुर्तगाल के विदेश मंत्री पाउलो रांगेल से मुलाकात "
        "की। रांगेल सोमवार को यहां पहुंचे। दोनों नेताओं ने पश्चिम एशिया की स्थिति पर भी चर्चा की।"
    )
    meetings = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [m["date"]["value"] for m in meetings] == ["2025-04-08"]


def test_what_follows_a_ceremony_is_done_that_day(run):
    doc = run(
        "अक्रा, 8 जनवरी 2025 (भाषा)। उपराष्ट्रपति जगदीप धनखड़ ने मंगलवार को घाना के राष्ट्रपति जॉन महामा के शपथ ग्रहण समारोह में "
        "भारत का प्रतिनिधित्व किया। समारोह के बाद धनखड़ ने राष्ट्रपति महामा से मुलाकात की।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meeting["date"]["value"] == "2025-01-07"


def test_a_figure_for_a_year_gone_by_gives_no_topics(run):
    doc = run(
        "नई दिल्ली, 2 मई 2025 (भाषा)। भारत और स्पेन ने शुक्रवार को पर्यटन में सहयोग पर एक समझौते पर हस्ताक्षर किए। दोनों देशों "
        "के बीच द्विपक्षीय व्यापार पिछले वर्ष 10 अरब डॉलर रहा।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["tourism"]


def test_an_agreement_after_a_further_meeting_takes_the_day_of_the_talks(run):
    doc = run(
        "भारत और पराग्वे के बीच विदेश कार्यालय परामर्श का दूसरा दौर 12 जून 2025 को असुनसियोन में हुआ। भारतीय पक्ष का नेतृत्व "
        "सचिव (पूर्व) पी कुमारन ने किया। दोनों पक्षों ने कृषि और स्वास्थ्य में सहयोग की समीक्षा की। कुमारन ने पराग्वे के विदेश "
        "मंत्री रूबेन रामिरेज़ लेज़कानो से भी भेंट की। अगले दौर का परामर्श नई दिल्ली में आयोजित करने पर सहमति बनी।"
    )
    (agreement,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agreement["date"]["value"] == "2025-06-12"


def test_the_one_an_envoy_presents_credentials_to_abroad_is_the_hosts(run):
    doc = run(
        "मापुटो, 3 जून 2025 (भाषा)। मोजाम्बिक में भारत के उच्चायुक्त रोहित वढेरा ने मंगलवार को राष्ट्रपति डेनियल चापो को अपना "
        "परिचय पत्र प्रस्तुत किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["IND", "MOZ"]


def test_the_chairs_of_a_virtual_meeting_held_it(run):
    doc = run(
        "नई दिल्ली, 9 जुलाई 2025 (भाषा)। भारत और पेरू के बीच कृषि पर संयुक्त कार्य समूह की बैठक बुधवार को वर्चुअल माध्यम से "
        "हुई। बैठक की सह-अध्यक्षता कृषि मंत्रालय में संयुक्त सचिव अजीत कुमार साहू और पेरू के कृषि उप मंत्री ने की। इसमें "
        "मत्स्य पालन और उर्वरक पर चर्चा हुई।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["location"] is None
    assert ("अजीत कुमार साहू", "IND", "participant") in people(call)
    assert "fertilizers" in call["topics"]


def test_a_day_told_before_a_pluperfect_is_past_beside_a_future_one(run):
    doc = run(
        "नई दिल्ली, 6 मार्च 2025 (भाषा)। ग्रीस के विदेश मंत्री जॉर्जियोस गेरापेट्रिटिस बुधवार को यहां पहुंचे थे और शुक्रवार को मुंबई जाएंगे।"
    )
    (visit,) = frames(doc)
    assert visit["modality"] == "asserted" and visit["date"]["value"] == "2025-03-05"


def test_a_forum_named_with_its_acronym_in_brackets_is_represented_at(run):
    doc = run(
        "किगाली, 24 जून 2022। विदेश मंत्री एस जयशंकर ने शुक्रवार को यहां राष्ट्रमंडल शासनाध्यक्षों की बैठक (चोगम) में भारत का "
        "प्रतिनिधित्व किया।"
    )
    (forum,) = frames(doc)
    assert forum["event_type"] == "MEET" and forum["topics"] == ["multilateral"]


def test_both_leaders_after_an_honour_abroad_are_the_guest_and_the_host(run):
    doc = run(
        "सुवा, 6 अगस्त 2024 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू को मंगलवार को फिजी के सर्वोच्च सम्मान से सम्मानित किया गया। "
        "राष्ट्रपति रातू विलियम कटोनिवेरे ने स्टेट हाउस में उन्हें यह सम्मान प्रदान किया। इससे पहले दिन में दोनों नेताओं ने वार्ता "
        "की।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meeting["countries"] == ["FJI", "IND"] and meeting["date"]["value"] == "2024-08-06"


def test_wishes_on_separate_calls_are_each_on_their_call(run):
    doc = run(
        "नई दिल्ली, 10 अप्रैल 2024 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने बुधवार को सऊदी अरब के युवराज मोहम्मद बिन सलमान और "
        "कुवैत के अमीर शेख मिशाल अल-अहमद अल-जबर अल-सबाह से अलग-अलग फोन पर बात की और उन्हें ईद की बधाई दी।"
    )
    wishes = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    assert len(wishes) == 2 and [w["location"] for w in wishes] == [None, None]


def test_a_place_named_for_the_situation_talked_of_is_no_place_of_the_talks(run):
    doc = run(
        "अम्मान, 4 मार्च 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने मंगलवार को जॉर्डन के विदेश मंत्री अयमान सफादी से मुलाकात की और "
        "खार्तूम में मौजूदा स्थिति पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["country"] == "JOR"


def test_what_is_done_during_the_meeting_just_told_has_its_day(run):
    doc = run(
        "नई दिल्ली, 14 मई 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने बुधवार को मालदीव के विदेश मंत्री अब्दुल्ला खलील से मुलाकात "
        "की। मुलाकात के दौरान खलील ने मालदीव को दी गई आर्थिक सहायता के लिए भारत का आभार जताया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["date"]["value"] == "2025-05-14"


def test_a_flag_hoisted_is_a_ceremony(run):
    doc = run(
        "टोक्यो, 15 अगस्त 2025 (भाषा)। जापान में भारत की राजदूत सिबी जॉर्ज ने शुक्रवार को भारतीय दूतावास में स्वतंत्रता दिवस के "
        "अवसर पर राष्ट्रीय ध्वज फहराया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["date"]["value"] == "2025-08-15"


def test_a_speaker_at_a_parliamentary_union_assembly_and_on_its_margins(run):
    doc = run(
        "जिनेवा, 14 अक्टूबर 2024 (भाषा)। लोकसभा अध्यक्ष ओम बिरला ने सोमवार को अंतर-संसदीय संघ की 149वीं सभा में भाग लिया। "
        "बिरला ने सभा से इतर नेपाल की प्रतिनिधि सभा के अध्यक्ष देवराज घिमिरे से मुलाकात की।"
    )
    assert [(f["event_type"], f["countries"], f["topics"]) for f in frames(doc)] == [
        ("MEET", ["IND"], ["multilateral"]),
        ("MEET", ["IND", "NPL"], []),
    ]


def test_talks_of_those_just_told_together_take_that_day(run):
    doc = run(
        "अबू धाबी, 12 अगस्त 2025 (भाषा)। संयुक्त अरब अमीरात के विदेश मंत्री शेख अब्दुल्ला बिन जायद ने मंगलवार को भारत के "
        "विदेश सचिव विक्रम मिस्री का स्वागत किया। दोनों पक्षों ने ऊर्जा और व्यापार में सहयोग पर चर्चा की।"
    )
    (talks,) = frames(doc)
    assert talks["date"]["value"] == "2025-08-12"


def test_an_arrival_at_a_citys_airport_is_a_visit_to_its_country(run):
    doc = run("प्रधानमंत्री नरेंद्र मोदी मंगलवार को नैरोबी के जोमो केन्याटा अंतरराष्ट्रीय हवाई अड्डे पर पहुंचे।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["IND", "KEN"]


def test_a_live_pages_entries_have_its_day_and_the_visits_country(run):
    doc = run(
        "अपडेटेड: 9 जुलाई 2025, 10:30 PM IST\n\n"
        "8:10 PM: प्रधानमंत्री मोदी और राष्ट्रपति नेतुम्बो नंदी-नदैतवाह के बीच स्टेट हाउस में वार्ता हुई।\n\n"
        "1:20 PM: प्रधानमंत्री मोदी विंडहोक के होसिया कुटाको अंतरराष्ट्रीय हवाई अड्डे पर पहुंचे।"
    )
    talks, visit = frames(doc)
    assert talks["date"]["value"] == visit["date"]["value"] == "2025-07-09"
    assert talks["location"]["country"] == "NAM"


def test_one_who_leads_the_talks_for_an_international_body_is_its_official(run):
    doc = run(
        "जिनेवा, 3 मार्च (भाषा)। भारत और यूरोपीय मुक्त व्यापार संघ के बीच वार्ता का नया दौर सोमवार से शुरू होगा। वाणिज्य सचिव "
        "सुनील बर्थवाल भारतीय दल का नेतृत्व करेंगे, जबकि संयुक्त राष्ट्र की ओर से महासचिव एंटोनियो गुटेरेस वार्ता की अगुवाई करेंगे।"
    )
    (talks,) = frames(doc)
    assert ("एंटोनियो गुटेरेस", None, "participant") in people(talks)


def test_a_sentence_naming_one_of_separate_meetings_tells_of_it_alone(run):
    doc = run(
        "कनानास्किस, 17 जून 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को जी7 शिखर सम्मेलन से इतर इटली की प्रधानमंत्री "
        "जॉर्जिया मेलोनी और दक्षिण कोरिया के राष्ट्रपति ली जे-म्युंग से अलग-अलग मुलाकात की। मेलोनी के साथ बैठक में रक्षा "
        "सहयोग पर चर्चा हुई।"
    )
    topics = {f["countries"][-1] if f["countries"][0] == "IND" else f["countries"][0]: f["topics"] for f in frames(doc)}
    assert topics == {"ITA": ["defence"], "KOR": []}


def test_a_formal_welcome_named_as_the_time_of_a_statement_is_a_ceremony(run):
    doc = run(
        "नई दिल्ली, 21 जुलाई 2025 (भाषा)। पेरू की राष्ट्रपति दीना बोलुआर्टे ने सोमवार को राष्ट्रपति भवन में अपने औपचारिक स्वागत "
        "के बाद कहा कि भारत और पेरू के संबंध मजबूत हो रहे हैं।"
    )
    (welcome,) = frames(doc)
    assert welcome["event_type"] == "CEREMONY" and welcome["location"]["text"] == "राष्ट्रपति भवन"


def test_both_ministers_are_the_two_named_just_before_one_of_no_stated_country(run):
    doc = run(
        "काहिरा, 16 जून 2025 (भाषा)। रक्षा मंत्री राजनाथ सिंह ने सोमवार को यहां एक प्रदर्शनी का उद्घाटन किया। इस अवसर पर "
        "रक्षा उत्पादन मंत्री मोहम्मद सलाह भी मौजूद थे। इससे पहले रविवार को दोनों मंत्रियों ने रक्षा सहयोग पर एक "
        "समझौता ज्ञापन पर हस्ताक्षर किए थे।"
    )
    (signing,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert signing["countries"] == ["EGY", "IND"] and signing["date"]["value"] == "2025-06-15"


def test_the_host_of_talks_takes_part_and_both_sides_are_the_talks(run):
    doc = run(
        "दोहा, 10 मार्च (एपी)। अमेरिका और तालिबान के प्रतिनिधियों के बीच वार्ता सोमवार को दोहा में हुई। अमेरिकी दल का नेतृत्व "
        "विशेष दूत जलमय खलीलजाद ने किया, जबकि अफगान दल की अगुवाई उप विदेश मंत्री शेर मोहम्मद स्तानिकजई ने की। कतर के विदेश "
        "मंत्री मोहम्मद बिन अब्दुलरहमान अल थानी ने वार्ता की मेजबानी की। दोनों पक्ष बंदियों की रिहाई पर सहमत हुए।"
    )
    talks, agreement = frames(doc)
    assert "QAT" in talks["countries"]
    assert agreement["countries"] == ["AFG", "USA"]


def test_a_region_opening_what_was_talked_of_is_no_place(run):
    doc = run(
        "नई दिल्ली, 5 नवंबर 2025 (भाषा)। जापान के नौसेना प्रमुख एडमिरल र्योइची सैतो ने बुधवार को नौसेना प्रमुख एडमिरल दिनेश के "
        "त्रिपाठी से मुलाकात की और हिंद-प्रशांत क्षेत्र में समुद्री सहयोग पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "नई दिल्ली"


def test_the_businesses_of_both_countries_are_no_sides(run):
    doc = run(
        "नैरोबी, 4 नवंबर 2025 (भाषा)। वाणिज्य राज्य मंत्री जितिन प्रसाद ने मंगलवार को यहां भारत-केन्या व्यापार मंच का उद्घाटन "
        "किया। मंच में दोनों देशों की 150 से अधिक कंपनियों ने भाग लिया और निवेश के अवसरों पर चर्चा की।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_a_war_cemetery_gone_to_is_the_place_of_the_tribute(run):
    doc = run(
        "मार्सेय, 12 फरवरी 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने बुधवार को मज़ारग युद्ध कब्रिस्तान जाकर भारतीय सैनिकों को "
        "श्रद्धांजलि दी।"
    )
    (tribute,) = frames(doc)
    assert tribute["location"]["text"] == "मज़ारग युद्ध कब्रिस्तान" and tribute["location"]["country"] == "FRA"


def test_the_host_who_welcomed_the_guest_at_the_occasion_takes_part(run):
    doc = run(
        "पोर्ट लुई, 12 मार्च 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी बुधवार को मॉरीशस के राष्ट्रीय दिवस समारोह में मुख्य अतिथि के "
        "रूप में शामिल हुए। प्रधानमंत्री नवीनचंद्र रामगुलाम ने चैंप डी मार्स मैदान में आयोजित समारोह में उनका स्वागत किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["IND", "MUS"]


def test_an_opening_and_another_ceremony_of_the_same_two_are_two(run):
    doc = run(
        "पोर्ट लुई, 12 मार्च 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी और प्रधानमंत्री नवीनचंद्र रामगुलाम बुधवार को मॉरीशस के राष्ट्रीय "
        "दिवस समारोह में शामिल हुए। मोदी ने रामगुलाम के साथ मिलकर एक अस्पताल का उद्घाटन किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY", "CEREMONY"]


def test_a_permanent_under_secretary_of_a_named_office_is_of_its_country(run):
    doc = run("विदेश सचिव विक्रम मिस्री ने बुधवार को ब्रिटेन के विदेश कार्यालय के स्थायी अवर सचिव ओलिवर रॉबिन्स से मुलाकात की।")
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["GBR", "IND"]


def test_what_is_done_later_takes_its_own_partner_and_place(run):
    doc = run(
        "बीजिंग, 3 सितंबर (एपी)। रूस के राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को तियानआनमेन चौक पर सैन्य परेड में हिस्सा लिया और बाद "
        "में चीन के राष्ट्रपति शी चिनफिंग के साथ वार्ता की।"
    )
    parade = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert parade["countries"] == ["RUS"]


def test_two_leading_their_own_delegations_take_part(run):
    doc = run(
        "काठमांडू, 3 जनवरी 2025 (भाषा)। भारत-नेपाल संयुक्त आयोग की बैठक शुक्रवार को यहां हुई। विदेश मंत्री एस जयशंकर और नेपाल की "
        "विदेश मंत्री आरज़ू राणा देउबा अपने-अपने प्रतिनिधिमंडलों का नेतृत्व कर रहे थे।"
    )
    (meeting,) = frames(doc)
    assert {name for name, *_ in people(meeting)} == {"एस जयशंकर", "आरज़ू राणा देउबा"}


def test_all_sides_of_a_dialogue_agree(run):
    doc = run(
        "नई दिल्ली, 19 दिसंबर 2021 (भाषा)। विदेश मंत्री एस जयशंकर ने रविवार को यहां भारत-मध्य एशिया वार्ता की तीसरी बैठक की "
        "मेजबानी की, जिसमें कजाकिस्तान, किर्गिस्तान और ताजिकिस्तान के विदेश मंत्रियों ने भाग लिया। बैठक के बाद सभी पक्षों ने "
        "संपर्क परियोजनाओं को बढ़ावा देने पर सहमति जताई।"
    )
    (agreement,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agreement["countries"] == ["IND", "KAZ", "KGZ", "TJK"]


def test_a_forum_summit_co_chaired_is_multilateral(run):
    doc = run(
        "जयपुर, 21 अगस्त 2015 (भाषा)। प्रधानमंत्री नरेंद्र मोदी और फिजी के प्रधानमंत्री फ्रैंक बैनीमारामा ने शुक्रवार को भारत-प्रशांत "
        "द्वीप सहयोग मंच (एफआईपीआईसी) के दूसरे शिखर सम्मेलन की सह-अध्यक्षता की।"
    )
    (summit,) = frames(doc)
    assert summit["topics"] == ["multilateral"]


def test_that_same_day_is_the_day_told_last(run):
    doc = run(
        "वियना, 3 जून 2025 (भाषा)। वाणिज्य मंत्री पीयूष गोयल ने मंगलवार को ऑस्ट्रिया के आर्थिक मामलों के मंत्री वोल्फगांग हैटमान्सडॉर्फर से "
        "मुलाकात की। गोयल ने उसी दिन ऑस्ट्रिया के चांसलर क्रिस्टियान श्टोकर से भी मुलाकात की।"
    )
    assert [f["date"] and f["date"]["value"] for f in frames(doc)] == ["2025-06-03", "2025-06-03"]


def test_thanks_with_a_word_between_noun_and_verb(run):
    doc = run("उन्होंने आतंकी हमले की निंदा के लिए पेरू का धन्यवाद भी किया। विदेश मंत्री ने बाद में चिली का आभार भी व्यक्त किया।")
    assert [f["countries"] for f in frames(doc) if f["event_type"] == "THANK"] == [["PER"], ["CHL", "IND"]]


def test_a_delegation_opening_a_sentence_is_the_one_just_led(run):
    doc = run(
        "संसदीय कार्य मंत्री किरेन रिजिजू के नेतृत्व में एक संसदीय प्रतिनिधिमंडल ने सोमवार को अल्बानिया की संसद की अध्यक्ष निको पेलेशी के साथ "
        "वार्ता की। प्रतिनिधिमंडल ने बाद में अल्बानिया के राष्ट्रपति बजराम बेगाई से भी मुलाकात की।"
    )
    later = frames(doc)[-1]
    assert later["event_type"] == "MEET"
    assert {name for name, *_ in people(later)} == {"किरेन रिजिजू", "बजराम बेगाई"}


def test_what_is_said_on_the_occasion_is_of_the_occasion_not_of_the_next_meeting(run):
    doc = run(
        "लीमा, 4 मार्च 2025। पेरू में भारत के राजदूत विश्वास सपकाल ने मंगलवार को राष्ट्रपति दीना बोलुआर्टे को अपना परिचय पत्र सौंपा। "
        "इस अवसर पर उन्होंने दोनों देशों के बीच खनन और स्वास्थ्य के क्षेत्र में सहयोग बढ़ाने की इच्छा जताई। राजदूत ने इसके बाद "
        "विदेश मंत्री एल्मर "
        "शियालर से भी मुलाकात की।"
    )
    ceremony, meeting = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["topics"] == ["health", "mining"]
    assert meeting["event_type"] == "MEET" and meeting["topics"] == []


def test_a_meeting_with_business_leaders_elsewhere_is_not_the_meeting_told_before(run):
    doc = run(
        "नई दिल्ली, 5 मई 2025। बेल्जियम के प्रधानमंत्री बार्ट डी वेवर अगले सप्ताह भारत आएंगे। वह प्रधानमंत्री नरेंद्र मोदी से भी मिलेंगे। "
        "डी वेवर बेंगलुरु भी जाएंगे, जहां वह उद्योग जगत के प्रमुखों से मिलेंगे।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meeting["location"]["text"] == "नई दिल्ली" and meeting["sentence_ids"] == [2]


def test_an_office_of_there_is_of_the_place_just_told(run):
    doc = run("मोजाम्बिक में भारत के उच्चायुक्त रोहित वढवाना ने बुधवार को बेइरा में वहां के स्वास्थ्य मंत्री को दवाइयों की खेप सौंपी।")
    (handover,) = frames(doc)
    assert handover["countries"] == ["IND", "MOZ"]


def test_a_state_company_with_its_acronym_signs_for_its_country(run):
    doc = run(
        "ऑयल इंडिया लिमिटेड और अल्जीरिया की सरकारी तेल कंपनी सोनाट्राक (एसएच) ने बुधवार को तेल खोज के एक समझौते पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["countries"] == ["DZA", "IND"]
    assert [a["org"] for a in signing["participants"] if a["country"] == "DZA"] == ["सोनाट्राक"]


def test_one_who_represented_a_country_at_the_meeting_just_told_is_its_side(run):
    doc = run(
        "माले, 4 मार्च 2025 (भाषा)। हिंद महासागर सम्मेलन के विदेश मंत्रियों की बैठक मंगलवार को यहां हुई, जिसमें भारत, मालदीव और "
        "सेशेल्स ने भाग लिया। बैठक में भारत का प्रतिनिधित्व विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने किया।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [
        ("-", "MDV", "participant"),
        ("-", "SYC", "participant"),
        ("कीर्ति वर्धन सिंह", "IND", "participant"),
    ]


def test_one_coordinated_with_an_envoy_posted_in_a_country_keeps_the_envoy_s_case(run):
    doc = run("पेरू के विदेश मंत्री एल्मर शियालर और पेरू में भारत के राजदूत विश्वास सपकाल ने मंगलवार को एक समझौते पर हस्ताक्षर किए।")
    (signing,) = frames(doc)
    assert {name for name, *_ in people(signing)} == {"एल्मर शियालर", "विश्वास सपकाल"}


def test_what_began_in_a_year_named_or_gone_by_is_history(run):
    doc = run(
        "भारत ने 1992 में आसियान के साथ क्षेत्रीय वार्ता साझेदारी शुरू की थी। प्रधानमंत्री ने पिछले वर्ष वियनतियाने में आसियान-भारत "
        "शिखर सम्मेलन में भाग लिया था। पिछले महीने विदेश सचिव विक्रम मिस्री ने काठमांडू में नेपाल के प्रधानमंत्री केपी शर्मा ओली से "
        "मुलाकात की थी।"
    )
    assert [f["sentence_ids"] for f in frames(doc)] == [[2]]  # last month's meeting leads up to the news


def test_a_place_named_for_a_ceasefire_among_things_talked_of_is_no_place(run):
    doc = run(
        "रियाद, 5 मार्च (एपी)। सऊदी अरब के विदेश मंत्री फैसल बिन फरहान ने बुधवार को रियाद में जॉर्डन के विदेश मंत्री अयमन सफादी से "
        "मुलाकात की। दोनों नेताओं ने गाजा में युद्धविराम और मानवीय सहायता पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "रियाद"


def test_bodies_told_signing_before_their_heads_give_the_signing_their_topics(run):
    doc = run(
        "भारतीय कृषि अनुसंधान परिषद (आईसीएआर) और केन्या कृषि एवं पशुधन अनुसंधान संगठन ने मंगलवार को एक समझौता ज्ञापन पर हस्ताक्षर किए। "
        "ज्ञापन पर आईसीएआर के महानिदेशक एम. एल. जाट और केन्या के कृषि मंत्री म्वांगी कियुंजुरी ने हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    # what the bodies are named for: farm research ("पशुधन अनुसंधान" is agriculture, as "कृषि अनुसंधान" is)
    assert signing["topics"] == ["agriculture"]


def test_a_release_dated_by_a_labelled_numeric_date_gives_its_weekdays_a_day(run):
    doc = run(
        "प्रेस विज्ञप्ति\nदिनांक: 18.02.2026\nपटना। मुख्यमंत्री नीतीश कुमार से मंगलवार को जापान के राजदूत ओनो केइची ने मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["date"]["value"] == "2026-02-17"


def test_what_a_visitor_does_with_the_host_after_a_visit_away_from_the_dateline_is_where_the_visit_went(run):
    doc = run(
        "टोक्यो, 3 अक्टूबर (भाषा)। जापान के प्रधानमंत्री शिगेरु इशिबा बुधवार को दो दिवसीय यात्रा पर सियोल पहुंचे।\n\nबृहस्पतिवार "
        "को उन्होंने दक्षिण कोरिया के राष्ट्रपति ली जे-म्युंग से मुलाकात की।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["location"]["text"] == "सियोल" and meeting["location"]["country"] == "KOR"


def test_a_call_thanked_for_is_no_call_of_its_own_and_the_one_spoken_to_is_thanked(run):
    doc = run(
        "नई दिल्ली, 5 नवंबर 2025 (भाषा)। जापान की प्रधानमंत्री साने ताकाइची ने मंगलवार को प्रधानमंत्री नरेंद्र मोदी को फोन किया। मोदी ने "
        "बुधवार को 'एक्स' पर लिखा, 'प्रधानमंत्री ताकाइची, आपके फोन कॉल के लिए धन्यवाद।'"
    )
    assert [f["event_type"] for f in frames(doc)] == ["CALL", "THANK"]
    thanks = frames(doc)[1]
    assert people(thanks) == [("नरेंद्र मोदी", "IND", "source"), ("साने ताकाइची", "JPN", "target")]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("नेपाल के शिक्षा मंत्री और भारत के राजदूत ने सोमवार को एक स्कूल भवन का उद्घाटन किया।", "education"),
        ("भारत और अल्जीरिया ने मंगलवार को हाइड्रोकार्बन क्षेत्र में सहयोग के एक समझौते पर हस्ताक्षर किए।", "oil_gas"),
    ],
)
def test_schools_are_education_and_hydrocarbons_oil_and_gas(run, text, topic):
    (frame,) = frames(run(text))
    assert topic in frame["topics"]


def test_the_agent_marker_of_a_passive_is_a_case_the_tree_does_not_override(parsed_run):
    doc = parsed_run(
        "भारत की सहायता से बने एक अस्पताल का सोमवार को भूटान के स्वास्थ्य मंत्री तंदिन वांगचुक और भूटान में भारत के राजदूत "
        "संदीप आर्य द्वारा संयुक्त रूप से उद्घाटन किया गया।"
    )
    (opening,) = frames(doc)
    assert {name for name, *_ in people(opening)} == {"तंदिन वांगचुक", "संदीप आर्य"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("भारत ने सोमवार को श्रीलंका को 15 टन जीवनरक्षक दवाइयों की खेप सौंपी।", "pharma"),
        ("जे. पी. नड्डा ने बुधवार को घाना के स्वास्थ्य मंत्री से मुलाकात की और मलेरिया के उन्मूलन पर चर्चा की।", "health"),
        ("भारत और सेशेल्स ने मंगलवार को समुद्री डकैती रोकने के उपायों पर चर्चा की।", "security"),
    ],
)
def test_medicines_in_the_plural_oblique_are_pharma_diseases_health_and_piracy_security(run, text, topic):
    (frame,) = frames(run(text))
    assert topic in frame["topics"]


def test_a_region_opening_a_long_matter_talked_of_is_no_place_of_the_talks(run):
    doc = run(
        "माले, 4 मार्च 2026 (भाषा)। तटरक्षक बल के महानिदेशक परमेश शिवमणि ने बुधवार को मालदीव के रक्षा मंत्री मोहम्मद "
        "घस्सान मौमून से मुलाकात की और अरब सागर में अवैध मछली पकड़ने तथा मादक पदार्थों की तस्करी रोकने में सहयोग पर "
        "चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "माले"


def test_a_region_before_the_talks_named_after_it_is_where_they_were(run):
    doc = run(
        "मस्कट, 18 दिसंबर 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को अल बरका पैलेस में ओमान के सुल्तान हैथम बिन तारिक के "
        "साथ वार्ता की, जिसमें ऊर्जा, रक्षा और खाद्य सुरक्षा पर चर्चा हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "अल बरका पैलेस"


def test_a_chief_of_a_countrys_armed_forces_is_of_that_country(run):
    doc = run("सेना प्रमुख जनरल उपेंद्र द्विवेदी ने सोमवार को केन्या के सशस्त्र बलों के प्रमुख जनरल चार्ल्स काहारिरी से मुलाकात की।")
    (meeting,) = frames(doc)
    assert ("चार्ल्स काहारिरी", "KEN", "participant") in people(meeting)


def test_one_of_a_body_of_their_own_takes_no_country_across_and(run):
    doc = run(
        "ताशकंद, 9 सितंबर 2025 (भाषा)। समझौते पर भारत के राजदूत अमित कुमार और विश्व अर्थव्यवस्था एवं कूटनीति विश्वविद्यालय "
        "की रेक्टर गुलचेहरा रिखसियेवा ने मंगलवार को हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert ("गुलचेहरा रिखसियेवा", "UZB", "participant") in people(signing)


def test_people_told_signing_the_agreement_right_after_bodies_signed_it_sign_that_one(run):
    doc = run(
        "सोफिया, 14 अक्टूबर 2025 (आईएएनएस)। बुल्गारिया की राजधानी सोफिया में मंगलवार को भारतीय सांस्कृतिक संबंध परिषद "
        "(आईसीसीआर) और सेंट क्लिमेंट ओहरिडस्की विश्वविद्यालय के बीच हिंदी पीठ की स्थापना के लिए एक समझौता ज्ञापन पर हस्ताक्षर "
        "किए गए।\n\nसमझौते पर आईसीसीआर के उप महानिदेशक अभय कुमार और विश्वविद्यालय के रेक्टर जॉर्जी वाल्चेव ने हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert people(signing) == [("अभय कुमार", "IND", "participant"), ("जॉर्जी वाल्चेव", "BGR", "participant")]
    assert signing["date"]["value"] == "2025-10-14"


def test_an_event_told_as_what_a_journey_is_for_is_no_event(run):
    doc = run(
        "विदेश राज्य मंत्री कीर्ति वर्धन सिंह घाना के राष्ट्रपति के शपथ ग्रहण समारोह में भारत का प्रतिनिधित्व करने के लिए "
        "मंगलवार को अकरा पहुंचे।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["VISIT"]


def test_those_in_whose_presence_a_ceremony_is_held_take_part_in_it(run):
    doc = run(
        "विदेश राज्य मंत्री पबित्रा मार्गेरिटा ने सोमवार को गिनी के विदेश मंत्री मोरिसांडा कौयाते की मौजूदगी में कोनाक्री "
        "में भारतीय दूतावास का उद्घाटन किया।"
    )
    (opening,) = frames(doc)
    assert {name for name, *_ in people(opening)} == {"पबित्रा मार्गेरिटा", "मोरिसांडा कौयाते"}


def test_a_port_named_for_its_city_is_the_venue_and_no_topic(run):
    doc = run(
        "दार एस सलाम, 12 मई 2025 (भाषा)। तंजानिया में भारत के उच्चायुक्त विश्वदीप डे ने सोमवार को दार एस सलाम बंदरगाह पर "
        "आयोजित एक समारोह में तंजानिया के स्वास्थ्य मंत्री जेनिस्टा मोहम्मद को दवाइयों की खेप सौंपी।"
    )
    (handover,) = frames(doc)
    assert handover["location"]["text"] == "दार एस सलाम बंदरगाह"
    assert "transport" not in handover["topics"] and "pharma" in handover["topics"]


def test_one_who_led_for_a_side_after_the_other_sides_lead_takes_part(run):
    doc = run(
        "भारत और घाना ने बुधवार को अकरा में विदेश कार्यालय स्तर की बैठक की। भारतीय पक्ष का नेतृत्व सचिव (पूर्व) पी. कुमारन ने "
        "किया, जबकि घाना की ओर से विदेश मंत्रालय के मुख्य निदेशक कोफी अम्पोन्सा ने नेतृत्व किया।"
    )
    (meeting,) = frames(doc)
    assert {name for name, *_ in people(meeting)} == {"पी. कुमारन", "कोफी अम्पोन्सा"}


def test_the_day_and_place_of_something_to_come_are_not_those_of_what_happened(run):
    doc = run(
        "अकरा, 15 अक्टूबर 2025 (भाषा)। भारत और घाना के अधिकारियों ने बुधवार को यहां बैठक की। दोनों पक्षों ने अगले महीने "
        "जोहान्सबर्ग में होने वाले जी20 शिखर सम्मेलन की तैयारियों की समीक्षा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "अकरा" and meeting["date"]["value"] == "2025-10-15"


def test_a_body_a_statement_is_issued_by_takes_no_part(run):
    doc = run(
        "सेंट जॉन्स, 7 अप्रैल 2025 (आईएएनएस)। प्रधानमंत्री कार्यालय की ओर से जारी बयान के अनुसार, बेलीज के प्रधानमंत्री जॉनी "
        "ब्रिसेनो अगले सप्ताह प्रधानमंत्री नरेंद्र मोदी के साथ वार्ता करेंगे।"
    )
    (talks,) = frames(doc)
    assert all(a["org"] is None for a in talks["participants"])


def test_one_who_stood_for_a_country_at_a_meeting_of_countries_takes_its_place(run):
    doc = run(
        "नियामे में मंगलवार को एक क्षेत्रीय सम्मेलन हुआ, जिसमें भारत, फ्रांस और घाना सहित 12 देशों के प्रतिनिधियों ने भाग "
        "लिया। भारत का प्रतिनिधित्व विदेश मंत्रालय में संयुक्त सचिव अनिल कुमार ने किया।"
    )
    (meeting,) = frames(doc)
    assert ("अनिल कुमार", "IND", "participant") in people(meeting) and ("-", "IND", "participant") not in people(meeting)


def test_wishes_by_telephone_are_a_call_too_and_neither_has_a_place(run):
    doc = run(
        "नई दिल्ली, 3 जून 2025 (भाषा)। रक्षा मंत्री राजनाथ सिंह ने आज दक्षिण कोरिया के रक्षा मंत्री आन ग्यू-बैक को टेलीफोन पर बधाई दी।"
    )
    assert sorted(f["event_type"] for f in frames(doc)) == ["CALL", "CONGRATULATE"]
    assert all(f["location"] is None for f in frames(doc))


def test_a_hotel_named_after_its_head_is_the_venue_and_a_time_of_day_no_part_of_one(run):
    doc = run(
        "जागरण संवाददाता, लखनऊ। फिजी के प्रधानमंत्री सितिवेनी राबुका ने शनिवार शाम गोमती घाट पर आरती देखी। इससे पहले "
        "मुख्यमंत्री योगी आदित्यनाथ ने होटल ताज में उनसे मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("होटल ताज", "IND")
    assert "शाम" not in " ".join(e.text for e in doc.entities if e.label == "LOCATION")


def test_a_decision_joined_to_talks_takes_their_place_not_one_in_what_was_decided(run):
    doc = run(
        "नई दिल्ली, 5 अगस्त 2025 (भाषा)। हैदराबाद हाउस में प्रधानमंत्री नरेंद्र मोदी और राष्ट्रपति फर्डिनेंड मार्कोस ने वार्ता की "
        "और द्विपक्षीय संबंधों को रणनीतिक साझेदारी के स्तर तक उन्नत करने का निर्णय लिया।"
    )
    decision = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert decision["location"]["text"] == "हैदराबाद हाउस"


def test_a_building_places_the_text_only_where_no_city_does(run):
    doc = run(
        "फिलीपींस के राष्ट्रपति मार्कोस का मंगलवार को राष्ट्रपति भवन में औपचारिक स्वागत किया गया।\n\nबुधवार को मुंबई में "
        "उन्होंने महाराष्ट्र के मुख्यमंत्री देवेंद्र फडणवीस से मुलाकात की।\n\nमार्कोस ने गर्मजोशी भरे आतिथ्य के लिए भारत "
        "सरकार को धन्यवाद दिया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert thanks["location"]["text"] == "मुंबई"


def test_offices_of_countries_told_present_at_an_occasion_take_part(run):
    doc = run(
        "जुबा, 20 जून 2025 (भाषा)। भारतीय शांति सैनिकों को शुक्रवार को संयुक्त राष्ट्र पदक से सम्मानित किया गया। इस अवसर पर "
        "दक्षिण सूडान के रक्षा मंत्री भी उपस्थित थे।"
    )
    (ceremony,) = frames(doc)
    assert any(a["country"] == "SSD" and a["title"] == "रक्षा मंत्री" for a in ceremony["participants"])


def test_those_told_taking_part_in_it_take_part_in_the_event_just_told(run):
    doc = run(
        "ब्रिक्स देशों के नेताओं ने रविवार को वीडियो कॉन्फ्रेंस के जरिए एक डिजिटल शिखर सम्मेलन किया। इसमें प्रधानमंत्री नरेंद्र "
        "मोदी, ब्राजील के राष्ट्रपति लुइज़ इनासियो लूला दा सिल्वा और दक्षिण अफ्रीका के राष्ट्रपति सिरिल रामफोसा ने भाग लिया।"
    )
    (summit,) = frames(doc)
    assert summit["event_type"] == "CALL" and summit["countries"] == ["BRA", "IND", "ZAF"]
    assert "digital" not in summit["topics"]  # a summit held online is about nothing digital


def test_meetings_listed_as_bullets_after_a_colon_are_one_each_about_their_own_item(run):
    doc = run(
        "नई दिल्ली, 11 जुलाई 2025 (भाषा)। विदेश मंत्री एस. जयशंकर ने शुक्रवार को यहां कई द्विपक्षीय मुलाकातें कीं:\n\n"
        "• नेपाल की विदेश मंत्री आरजू राणा देउबा के साथ कनेक्टिविटी पर चर्चा।\n"
        "• भूटान के विदेश मंत्री डी. एन. धुंग्येल के साथ जलविद्युत पर विचार-विमर्श।"
    )
    meetings = {f["countries"][0] if f["countries"][0] != "IND" else f["countries"][1]: f for f in frames(doc)}
    assert set(meetings) == {"NPL", "BTN"}
    assert meetings["NPL"]["topics"] == ["transport"] and meetings["BTN"]["topics"] == ["energy"]


def test_one_who_hosts_a_forums_meeting_attends_it(run):
    doc = run("विदेश मंत्री एस. जयशंकर ने शुक्रवार को नई दिल्ली में बिम्सटेक विदेश मंत्रियों की बैठक की मेजबानी की।")
    (meeting,) = frames(doc)
    assert people(meeting) == [("एस. जयशंकर", "IND", "participant")] and "multilateral" in meeting["topics"]


def test_what_was_said_during_talks_with_someone_tells_the_talks(run):
    doc = run(
        "अकरा, 2 दिसंबर 2025 (भाषा)। ''संबंध ऐतिहासिक हैं'', घाना के राष्ट्रपति जॉन ड्रामानी महामा ने मंगलवार को यहां "
        "उपराष्ट्रपति सी. पी. राधाकृष्णन के साथ द्विपक्षीय वार्ता के दौरान यह बात कही।"
    )
    (talks,) = frames(doc)
    assert talks["event_type"] == "MEET" and talks["date"]["value"] == "2025-12-02"


def test_the_day_something_to_come_was_told_is_not_its_day(run):
    doc = run(
        "लंदन, 2 अक्टूबर 2025 (भाषा)। एक प्रवक्ता ने बृहस्पतिवार को बताया कि ब्रिटेन के प्रधानमंत्री कीर स्टार्मर मुंबई में "
        "प्रधानमंत्री नरेंद्र मोदी के साथ वार्ता करेंगे और व्यापार समझौते पर चर्चा करेंगे।"
    )
    assert [f["date"] for f in frames(doc)] == [None]


def test_a_government_thanked_beside_a_leader_is_thanked_too(run):
    doc = run(
        "यारेन, 3 मार्च 2025। राष्ट्रपति डेविड अडियांग ने इस सहायता के लिए भारत सरकार और प्रधानमंत्री नरेंद्र मोदी का धन्यवाद किया।"
    )
    (thanks,) = frames(doc)
    targets = [(a["name"], a["org"], a["country"]) for a in thanks["participants"] if a["role"] == "target"]
    assert sorted(targets, key=str) == sorted([(None, "भारत सरकार", "IND"), ("नरेंद्र मोदी", None, "IND")], key=str)


def test_a_country_told_as_a_described_nation_is_no_organisation(run):
    doc = run("कैरेबियाई द्वीपीय देश सेंट लूसिया के प्रधानमंत्री फिलिप जे. पियरे ने सोमवार को मुख्यमंत्री भूपेंद्र पटेल से भेंट की।")
    (meeting,) = frames(doc)
    visitor = next(a for a in meeting["participants"] if a["name"] == "फिलिप जे. पियरे")
    assert (visitor["country"], visitor["org"]) == ("LCA", None)
    assert not [e for e in doc.entities if e.label == "ORG"]


def test_the_site_toured_is_where_homage_is_paid(run):
    doc = run(
        "गांधीनगर, 12 जनवरी 2026। सेंट लूसिया के प्रधानमंत्री फिलिप जे. पियरे ने साबरमती आश्रम का दौरा किया और "
        "महात्मा गांधी को श्रद्धांजलि अर्पित की।"
    )
    (homage,) = frames(doc)
    assert homage["location"]["text"] == "साबरमती आश्रम"


def test_a_ministrys_building_in_delhi_is_the_venue(run):
    doc = run(
        "नई दिल्ली: केंद्रीय स्वास्थ्य मंत्री जेपी नड्डा और सेंट किट्स एंड नेविस की स्वास्थ्य मंत्री अकिला बायरन ने गुरुवार को निर्माण भवन में समझौते पर दस्तखत किए।"
    )
    (signing,) = frames(doc)
    assert (signing["location"]["text"], signing["location"]["country"]) == ("निर्माण भवन", "IND")
    assert signing["countries"] == ["IND", "KNA"]


def test_a_newly_appointed_envoy_keeps_the_country_named_before_the_office(run):
    doc = run(
        "बांगुई, 18 सितंबर 2025। मध्य अफ्रीकी गणराज्य में भारत के नवनियुक्त राजदूत राजेश कुमार मीणा ने बृहस्पतिवार को "
        "राष्ट्रपति फॉस्टिन-आर्शांज तुआदेरा को अपना परिचय पत्र सौंपा।"
    )
    (credentials,) = frames(doc)
    assert people(credentials) == [
        ("फॉस्टिन-आर्शांज तुआदेरा", "CAF", "participant"),
        ("राजेश कुमार मीणा", "IND", "participant"),
    ]


def test_a_country_one_will_arrive_in_is_the_visits_place(run):
    doc = run("नई दिल्ली, 3 अक्टूबर (भाषा) ऑस्ट्रेलिया के रक्षा मंत्री रिचर्ड मार्ल्स अगले सप्ताह चार दिन की यात्रा पर भारत आएंगे।")
    (visit,) = frames(doc)
    assert visit["modality"] == "planned" and visit["location"]["text"] == "भारत"


def test_an_office_told_of_both_names_is_each_ones_and_what_follows_abroad_is_held_there(run):
    doc = run(
        "रोम, 10 अप्रैल 2025। इटली में भारत की राजदूत वाणी राव ने बृहस्पतिवार को सैन मैरिनो सिटी में देश के दोनों कैप्टन "
        "रीजेंट फ्रांचेस्का चिवेरकिया और दालिबोर रिक्कार्दी को अपना परिचय पत्र प्रस्तुत किया।\n\n"
        "उन्होंने बाद में सैन मैरिनो के विदेश मंत्री लुका बेक्कारी से भेंट की।"
    )
    credentials, meeting = frames(doc)
    regents = [(a["name"], a["title"], a["country"]) for a in credentials["participants"] if a["country"] != "IND"]
    assert regents == [
        ("फ्रांचेस्का चिवेरकिया", "कैप्टन रीजेंट", "SMR"),
        ("दालिबोर रिक्कार्दी", "कैप्टन रीजेंट", "SMR"),
    ]
    assert meeting["location"]["text"] == "सैन मैरिनो सिटी"


def test_a_meeting_apart_from_a_summit_is_not_about_the_summit_and_a_side_congratulated_takes_the_occasions_day(run):
    doc = run(
        "अस्ताना, 3 जुलाई 2024 (एजेंसी)। शंघाई सहयोग संगठन (एससीओ) शिखर सम्मेलन से अलग विदेश मंत्री एस जयशंकर ने "
        "बुधवार को कज़ाख़स्तान के विदेश मंत्री मूरत नूर्तलेऊ से मुलाक़ात की और ऊर्जा पर बात की।\n\n"
        "जयशंकर ने इस मौके पर कज़ाख़ पक्ष को एससीओ की अध्यक्षता के लिए बधाई दी।"
    )
    meeting, wishes = frames(doc)
    assert meeting["topics"] == ["energy"]
    assert people(wishes) == [("-", "KAZ", "target"), ("एस जयशंकर", "IND", "source")]
    assert wishes["date"]["value"] == "2024-07-03"


def test_a_letter_exchanged_during_a_virtual_summit_is_signed_on_it(run):
    doc = run(
        "नई दिल्ली, 21 दिसंबर 2024 (भाषा)। प्रधानमंत्री नरेंद्र मोदी और डेनमार्क की प्रधानमंत्री मेटे फ्रेडरिक्सन ने शनिवार "
        "को एक वर्चुअल शिखर सम्मेलन में साझेदारी की समीक्षा की। इस दौरान दोनों देशों के बीच हरित हाइड्रोजन पर एक आशय "
        "पत्र का आदान-प्रदान हुआ।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["location"] is None and signing["date"]["value"] == "2024-12-21"
    assert signing["countries"] == ["DNK", "IND"] and signing["topics"] == ["renewables"]


def test_a_second_dateline_on_a_page_places_its_own_item(run):
    doc = run(
        "काठमांडू, 8 सितंबर (भाषा)। नेपाल के विदेश मंत्री आरजू राणा देउबा ने सोमवार को यहां भारतीय राजदूत नवीन श्रीवास्तव से "
        "मुलाकात की।\n\nढाका, 8 सितंबर (भाषा)। बांग्लादेश के विदेश सलाहकार तौहीद हुसैन ने सोमवार को चीन के राजदूत याओ वेन से "
        "मुलाकात की।"
    )
    assert [f["location"]["text"] for f in frames(doc)] == ["काठमांडू", "ढाका"]


def test_those_present_at_an_opening_include_a_forces_deputy_chief_and_a_town_in_a_state_is_the_place(run):
    doc = run(
        "उमरोई (मेघालय), 3 नवंबर 2025 (भाषा)। संयुक्त सैन्य अभ्यास 'शक्ति' सोमवार को मेघालय के उमरोई में शुरू हुआ। उद्घाटन "
        "समारोह में भारत में फ्रांस के राजदूत थियरी माथू और भारतीय सेना के उप प्रमुख लेफ्टिनेंट जनरल एन एस राजा "
        "सुब्रमणि मौजूद थे।"
    )
    (opening,) = frames(doc)
    present = [(a["name"], a["title"], a["country"]) for a in opening["participants"]]
    assert present == [("थियरी माथू", "राजदूत", "FRA"), ("एन एस राजा सुब्रमणि", "उप प्रमुख", "IND")]
    assert (opening["location"]["text"], opening["location"]["country"]) == ("उमरोई", "IND")


def test_wishes_quoted_from_a_post_are_the_wishes_just_told(run):
    doc = run(
        "प्रधानमंत्री नरेंद्र मोदी ने श्रीलंका के नए राष्ट्रपति अनुरा कुमारा दिसानायके को चुनाव में जीत पर बधाई दी है। पीएम मोदी "
        "ने 'एक्स' पर पोस्ट किया, 'श्रीलंका के राष्ट्रपति चुनाव में आपकी जीत पर बधाई।' वहीं, विदेश मंत्री एस जयशंकर ने भी "
        "दिसानायके को बधाई दी।"
    )
    senders = [[a["name"] for a in f["participants"] if a["role"] == "source"] for f in frames(doc)]
    assert senders == [["नरेंद्र मोदी"], ["एस जयशंकर"]]


def test_a_sentence_setting_two_meetings_against_each_other_gives_each_its_own_topics(run):
    doc = run(
        "न्यूयॉर्क, 24 सितंबर (भाषा)। विदेश मंत्री एस जयशंकर ने बुधवार को यहां गुयाना के राष्ट्रपति इरफान अली और डेनमार्क के "
        "विदेश मंत्री लार्स लोके रासमुसेन से अलग-अलग मुलाकात की।\n\nगुयाना के राष्ट्रपति के साथ बैठक में कृषि में सहयोग पर "
        "चर्चा हुई, जबकि रासमुसेन के साथ बैठक में नवीकरणीय ऊर्जा पर बात हुई।"
    )
    topics = {f["countries"][0]: f["topics"] for f in frames(doc)}
    assert topics == {"GUY": ["agriculture"], "DNK": ["renewables"]}


def test_a_venue_situated_in_a_city_is_the_place_and_a_city_before_the_agents_marker_ends_a_name(run):
    doc = run(
        "हवाना, 9 अक्टूबर 2025। क्यूबा के उपराष्ट्रपति सल्वाडोर वाल्डेस मेसा ने बृहस्पतिवार को हवाना स्थित भारतीय दूतावास में "
        "महात्मा गांधी की प्रतिमा पर पुष्पांजलि अर्पित की।"
    )
    (homage,) = frames(doc)
    assert (homage["location"]["text"], homage["location"]["country"]) == ("भारतीय दूतावास", "CUB")
    assert people(homage) == [("सल्वाडोर वाल्डेस मेसा", "CUB", "participant")]


def test_a_second_dateline_dates_and_places_its_own_item_told_here(run):
    doc = run(
        "ढाका, 28 जुलाई (भाषा)। भारतीय उच्चायुक्त प्रणय वर्मा ने शुक्रवार को रेल मंत्री मोहम्मद जिल्लुल हकीम से मुलाकात की।"
        "\n\nदार एस सलाम, 6 अक्टूबर 2025। भारत और तंजानिया के बीच संयुक्त रक्षा सहयोग समिति की बैठक सोमवार को यहां संपन्न "
        "हुई। बैठक की सह-अध्यक्षता रक्षा सचिव राजेश कुमार सिंह और तंजानिया के स्थायी सचिव फराजी मनासा ने की।"
    )
    committee = frames(doc)[-1]
    assert committee["location"]["text"] == "दार एस सलाम" and committee["date"]["value"] == "2025-10-06"


def test_talks_a_saying_is_told_as_following_are_about_it_on_its_day(run):
    doc = run(
        "नासाउ, 17 फरवरी 2026 (आईएएनएस)। बहामास के प्रधानमंत्री फिलिप डेविस ने मंगलवार को कहा कि उनका देश भारत के साथ पर्यटन "
        "में सहयोग बढ़ाना चाहता है। डेविस ने यह बात भारत के उच्चायुक्त के साथ मुलाकात के बाद कही।"
    )
    (meeting,) = frames(doc)
    assert [a["name"] for a in meeting["participants"] if a["country"] == "BHS"] == ["फिलिप डेविस"]
    assert meeting["date"]["value"] == "2026-02-17" and meeting["topics"] == ["tourism"]


def test_co_chairs_holding_offices_in_ministries_are_of_those_bodies_and_their_countries(run):
    doc = run(
        "वाशिंगटन, 5 जून 2025 (भाषा)। भारत-अमेरिका आतंकवाद-रोधी संयुक्त कार्य समूह की 21वीं बैठक बुधवार को यहां हुई। बैठक की "
        "सह-अध्यक्षता विदेश मंत्रालय में संयुक्त सचिव (आतंकवाद-रोधी) के डी देवल और अमेरिकी विदेश विभाग में आतंकवाद-रोधी "
        "कार्यवाहक समन्वयक ग्रेगरी डी लोगेरफो ने की।"
    )
    (meeting,) = frames(doc)
    chairs = [(a["name"], a["org"], a["country"]) for a in meeting["participants"]]
    assert chairs == [("के डी देवल", "विदेश मंत्रालय", "IND"), ("ग्रेगरी डी लोगेरफो", "विदेश विभाग", "USA")]


def test_a_meeting_on_the_margins_of_advisers_meeting_is_not_about_their_office(run):
    doc = run(
        "सेंट पीटर्सबर्ग, 12 सितंबर 2024 (भाषा)। राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल ने बृहस्पतिवार को यहां ब्रिक्स देशों के "
        "राष्ट्रीय सुरक्षा सलाहकारों की बैठक से इतर चीन के विदेश मंत्री वांग यी से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == [] and meeting["location"]["country"] == "RUS"


def test_a_team_led_by_someone_arriving_is_their_visit(run):
    doc = run(
        "ब्रसेल्स, 28 फरवरी 2025 (भाषा)। यूरोपीय आयोग की अध्यक्ष उर्सुला वॉन डेर लेयेन के नेतृत्व में आयोग के सदस्यों का दल "
        "बृहस्पतिवार को दो दिवसीय यात्रा पर नई दिल्ली पहुंचा।\n\nशुक्रवार को वॉन डेर लेयेन ने प्रधानमंत्री नरेंद्र मोदी के "
        "साथ वार्ता की।"
    )
    visit, talks = frames(doc)
    assert [a["name"] for a in visit["participants"] if a["role"] == "source"] == ["उर्सुला वॉन डेर लेयेन"]
    assert talks["location"]["text"] == "नई दिल्ली"


def test_a_natural_resources_minister_is_of_the_country_named_before_the_office(run):
    doc = run(
        "नई दिल्ली, 14 अक्टूबर 2025 (भाषा)। केंद्रीय पेट्रोलियम मंत्री हरदीप सिंह पुरी ने मंगलवार को गुयाना के प्राकृतिक संसाधन "
        "मंत्री विकरम भरत के साथ वीडियो कॉल के जरिए बातचीत की।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["GUY", "IND"]


def test_a_meeting_in_a_province_is_placed_there_in_the_country_visited(run):
    doc = run(
        "ढाका, 27 मार्च 2025 (आईएएनएस)। बांग्लादेश के मुख्य सलाहकार मुहम्मद यूनुस बुधवार को चीन पहुंचे। बृहस्पतिवार को "
        "उन्होंने हैनान प्रांत में एक सम्मेलन को संबोधित किया और चीन के उप प्रधानमंत्री डिंग शुएश्यांग से मुलाकात की।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("हैनान", "CHN")


def test_a_two_day_meeting_told_by_two_weekdays_is_one_frame(run):
    doc = run(
        "नई दिल्ली, 19 जून 2025 (भाषा)। भारत और मिस्र के बीच संयुक्त कार्य समूह की बैठक बुधवार और बृहस्पतिवार को काहिरा में "
        "आयोजित की गई। बैठक की सह-अध्यक्षता संयुक्त सचिव विनोद बहाडे और मिस्र के सहायक मंत्री अहमद इब्राहीम ने की।"
    )
    (meeting,) = frames(doc)
    assert meeting["date"]["value"] == "2025-06-18/2025-06-19"
    assert people(meeting) == [("अहमद इब्राहीम", "EGY", "participant"), ("विनोद बहाडे", "IND", "participant")]


def test_wishes_sent_by_one_not_there_take_no_place_though_his_envoy_met_there(run):
    doc = run(
        "कोलंबो, 24 सितंबर 2024 (एजेंसी)। मोदी ने रविवार को श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके को जीत की बधाई दी थी। "
        "भारत के उच्चायुक्त संतोष झा ने मंगलवार को राष्ट्रपति सचिवालय में दिसानायके से मुलाकात की।"
    )
    wishes, meeting = frames(doc)
    assert wishes["event_type"] == "CONGRATULATE" and wishes["location"] is None
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("राष्ट्रपति सचिवालय", "LKA")


def test_a_building_toured_abroad_is_no_visit_to_the_country(run):
    doc = run(
        "अबू धाबी, 10 दिसंबर 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने बुधवार को यूएई के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान "
        "से मुलाकात की। बाद में उन्होंने बीएपीएस हिंदू मंदिर का दौरा किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_a_condolence_book_signed_at_an_embassy_is_a_tribute_there_not_a_signing(run):
    doc = run(
        "नई दिल्ली, 22 अप्रैल 2025 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू ने मंगलवार को नई दिल्ली स्थित वेटिकन दूतावास जाकर पोप "
        "फ्रांसिस के निधन पर शोक पुस्तिका पर हस्ताक्षर किए और दिवंगत पोप को श्रद्धांजलि अर्पित की।"
    )
    (tribute,) = frames(doc)
    assert tribute["event_type"] == "CEREMONY"
    assert (tribute["location"]["text"], tribute["location"]["country"]) == ("वेटिकन दूतावास", "IND")


def test_a_province_signing_with_a_state_government_is_a_side_of_its_country(run):
    doc = run(
        "भुवनेश्वर, 27 अक्टूबर 2025 (भाषा)। सोमवार को यहां ओडिशा सरकार और ओसाका प्रांत के बीच औद्योगिक सहयोग पर एक "
        "समझौता ज्ञापन पर हस्ताक्षर किए गए।"
    )
    (signing,) = frames(doc)
    assert signing["event_type"] == "SIGN" and signing["countries"] == ["IND", "JPN"]
    assert sorted(a["org"] for a in signing["participants"]) == ["ओडिशा सरकार", "ओसाका प्रांत"]


def test_a_leader_back_from_a_tour_of_india_is_of_the_datelines_country_and_the_day_is_her_return(run):
    doc = run(
        "काठमांडू, 21 दिसंबर 2025 (नेपाल समाचार)। प्रधानमंत्री सुशीला कार्की पांच दिवसीय भारत भ्रमण के बाद शनिवार को "
        "स्वदेश लौट आईं। भ्रमण के दौरान उन्होंने नई दिल्ली में प्रधानमंत्री नरेंद्र मोदी के साथ द्विपक्षीय वार्ता की थी, जिसमें "
        "सीमा पार रेल संपर्क पर सहमति बनी।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    visit, talks = by_type["VISIT"], by_type["MEET"]
    assert people(visit) == [("-", "IND", "target"), ("सुशीला कार्की", "NPL", "source")]
    assert visit["date"] is None
    assert talks["topics"] == ["transport"] and by_type["AGREE"]["topics"] == ["transport"]


def test_one_representing_a_country_through_its_ministry_is_not_joined_by_the_ministry(run):
    doc = run(
        "जोहानिसबर्ग, 18 नवंबर 2025 (भाषा)। जी20 शेरपाओं की चौथी बैठक मंगलवार को यहां शुरू हुई। बैठक में भारत का "
        "प्रतिनिधित्व विदेश मंत्रालय में अतिरिक्त सचिव अभय ठाकुर ने किया।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("अभय ठाकुर", "IND", "participant")]


def test_a_deputy_commander_of_a_countrys_army_is_of_that_country(run):
    doc = run(
        "जोधपुर, 14 नवंबर 2025 (भाषा)। भारत और ओमान की सेनाओं के बीच संयुक्त सैन्य अभ्यास 'अल नजाह' शुक्रवार को शुरू "
        "हुआ। उद्घाटन समारोह में दक्षिण पश्चिमी कमान के जनरल ऑफिसर कमांडिंग-इन-चीफ लेफ्टिनेंट जनरल मनजिंदर सिंह और ओमान "
        "की रॉयल आर्मी के उप कमांडर ब्रिगेडियर जनरल अहमद अल हिनाई उपस्थित थे।"
    )
    (ceremony,) = frames(doc)
    assert people(ceremony) == [("अहमद अल हिनाई", "OMN", "participant"), ("मनजिंदर सिंह", "IND", "participant")]
    assert [a["title"] for a in ceremony["participants"]] == ["जनरल ऑफिसर कमांडिंग-इन-चीफ", "उप कमांडर"]


def test_a_meeting_held_at_a_place_where_a_decision_was_taken_is_a_meeting(run):
    doc = run(
        "ताशकंद, 15 मई 2025 (एजेंसी)। उज्बेकिस्तान, अफगानिस्तान और पाकिस्तान ने ट्रांस-अफगान रेलवे परियोजना का अध्ययन पूरा "
        "करने पर सहमति जताई है। तीनों देशों के रेल मंत्रियों की बृहस्पतिवार को ताशकंद में हुई बैठक में यह निर्णय लिया गया।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["countries"] == ["AFG", "PAK", "UZB"] and meeting["location"]["text"] == "ताशकंद"


def test_a_meeting_after_a_tribute_at_a_cemetery_is_not_held_at_the_cemetery(run):
    doc = run(
        "सियोल, 3 जून 2026 (योनहाप)। रक्षा राज्य मंत्री संजय सेठ ने बुधवार को सियोल स्थित राष्ट्रीय कब्रिस्तान में शहीद "
        "सैनिकों को पुष्पांजलि अर्पित की। बाद में उन्होंने दक्षिण कोरिया के रक्षा उप मंत्री ली दू-ही से मुलाकात की।"
    )
    tribute, meeting = frames(doc)
    assert (tribute["location"]["text"], tribute["location"]["country"]) == ("राष्ट्रीय कब्रिस्तान", "KOR")
    assert meeting["location"]["text"] == "सियोल"


def test_an_arrival_told_in_the_pluperfect_before_a_departure_to_come_was_made(run):
    doc = run(
        "विंडहोक, 9 जुलाई 2025 (भाषा)। पांच देशों की अपनी यात्रा के अंतिम चरण में मोदी ब्राजील के बाद यहां पहुंचे थे और अब "
        "स्वदेश के लिए रवाना होंगे।"
    )
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["modality"] == "asserted"


def test_thanks_said_during_a_meeting_told_after_them_take_its_day(run):
    doc = run(
        "माले, 14 जून 2025 (भाषा)। मालदीव के राष्ट्रपति मोहम्मद मुइज्जू ने करेंसी स्वैप सुविधा के विस्तार के लिए भारत का आभार "
        "जताया है। उन्होंने शुक्रवार को भारत के उच्चायुक्त जी बालासुब्रमण्यम से मुलाकात के दौरान यह बात कही।"
    )
    thanks, meeting = frames(doc)
    assert thanks["event_type"] == "THANK" and thanks["date"]["value"] == meeting["date"]["value"] == "2025-06-13"
    assert meeting["topics"] == []


def test_an_agreement_reached_in_a_meeting_between_two_told_after_it_is_theirs(run):
    doc = run(
        "बीजिंग, 27 जनवरी 2025 (भाषा)। भारत और चीन ने सीधी उड़ानें फिर से शुरू करने और कैलाश मानसरोवर यात्रा बहाल करने पर "
        "सहमति जताई है। यह सहमति विदेश सचिव विक्रम मिस्री और चीन के उप विदेश मंत्री सुन वेइदोंग के बीच सोमवार को यहां "
        "हुई बैठक में बनी।"
    )
    agreement, meeting = frames(doc)
    assert (
        people(agreement)
        == people(meeting)
        == [("विक्रम मिस्री", "IND", "participant"), ("सुन वेइदोंग", "CHN", "participant")]
    )
    assert agreement["date"]["value"] == "2025-01-27" and agreement["topics"] == ["culture", "transport"]


def test_a_virtual_meeting_one_represents_a_country_at_is_a_call(run):
    doc = run(
        "नई दिल्ली, 8 सितंबर 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी की जगह विदेश मंत्री एस जयशंकर ने सोमवार को ब्राजील के "
        "राष्ट्रपति लुइज इनासियो लूला दा सिल्वा द्वारा बुलाई गई ब्रिक्स नेताओं की वर्चुअल बैठक में भारत का प्रतिनिधित्व किया।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["location"] is None
    assert people(call) == [("एस जयशंकर", "IND", "participant"), ("लुइज इनासियो लूला दा सिल्वा", "BRA", "participant")]


def test_a_state_government_thanked_is_of_the_home_country(run):
    doc = run(
        "लखनऊ, 12 सितंबर 2025। मुख्यमंत्री योगी आदित्यनाथ से गत दिवस सिंगापुर के उच्चायुक्त साइमन वोंग ने शिष्टाचार भेंट की। "
        "उच्चायुक्त वोंग ने प्रदेश सरकार के सहयोग के लिए आभार व्यक्त किया।"
    )
    meeting, thanks = frames(doc)
    assert meeting["date"]["value"] == "2025-09-11"
    assert thanks["event_type"] == "THANK"
    assert people(thanks) == [("-", "IND", "target"), ("साइमन वोंग", "SGP", "source")]


def test_an_office_named_alone_is_its_holder_told_before_and_a_further_meeting_takes_no_day(run):
    """ "मंत्री ने" is the minister of the home country just named; a body's representatives are the body, of the
    city it is named for; "भी" tells a further meeting, whose day is not the one told before."""
    doc = run(
        "दुबई, 18 फरवरी 2025 (भाषा) केरल के उद्योग मंत्री पी राजीव ने मंगलवार को यहां संयुक्त अरब अमीरात के विदेश व्यापार "
        "राज्य मंत्री थानी बिन अहमद अल ज़ायौदी से मुलाकात की। अधिकारियों ने बताया कि मंत्री ने दुबई चैंबर ऑफ कॉमर्स के "
        "प्रतिनिधियों के साथ भी एक बैठक की।"
    )
    first, further = frames(doc)
    assert first["date"]["value"] == "2025-02-18" and further["date"] is None
    assert people(further) == [("-", "ARE", "participant"), ("पी राजीव", "IND", "participant")]
    assert further["location"]["text"] == "दुबई"


def test_a_meeting_told_as_planned_is_planned(run):
    doc = run(
        "अबू धाबी, 18 फरवरी 2025 (भाषा) केरल के उद्योग मंत्री पी राजीव बुधवार को यूएई के निवेश मंत्री मोहम्मद हसन अलसुवैदी "
        "से मिलने की योजना है।"
    )
    (meeting,) = frames(doc)
    assert meeting["event_type"] == "MEET" and meeting["modality"] == "planned"


def test_a_live_page_dates_its_entries_and_names_the_sides_of_its_latest_entry(run):
    """Entries under a time on a line of its own ("13:05 IST") are of the page's day; the latest entry, on top,
    tells a signing "after the talks" of "both countries" before any country is named in the body, and what was
    signed is not what the talks were about."""
    doc = run(
        "PM Modi Japan Visit LIVE: तोक्यो में वार्ता\n\nअपडेटेड: 29 अगस्त 2025, 15:40 IST\n\n15:40 IST\n"
        "वार्ता के बाद दोनों देशों ने अंतरिक्ष और स्वास्थ्य के क्षेत्र में सहयोग के लिए समझौता ज्ञापनों पर हस्ताक्षर किए।\n\n"
        "13:05 IST\nप्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री शिगेरु इशिबा के बीच तोक्यो में भारत-जापान वार्षिक "
        "शिखर सम्मेलन की वार्ता शुरू हुई। वार्ता में रक्षा और व्यापार पर चर्चा हो रही है।"
    )
    signing, talks = frames(doc)
    assert signing["event_type"] == "SIGN" and signing["countries"] == ["IND", "JPN"]
    assert signing["date"]["value"] == talks["date"]["value"] == "2025-08-29"
    assert talks["topics"] == ["defence", "trade"] and signing["topics"] == ["health", "space"]


def test_the_city_an_envoy_is_posted_in_is_not_where_the_meeting_was(run):
    doc = run(
        "कोलकाता, 21 नवंबर 2025 (भाषा) पश्चिम बंगाल के राज्यपाल सी वी आनंद बोस से शुक्रवार को कोलकाता में जापान के महावाणिज्य "
        "दूत ताकाशी कोइज़ुमी ने राजभवन में शिष्टाचार मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "राजभवन"


def test_a_warships_port_call_is_its_countrys_visit(run):
    """A ship named by its navy's prefix acts for its country; what is to come during the visit is no part of the
    meeting told as done."""
    doc = run(
        "मोम्बासा, 15 जुलाई 2025 (भाषा) भारतीय नौसेना का फ्रिगेट आईएनएस तबर चार दिवसीय यात्रा पर सोमवार को केन्या के मोम्बासा "
        "बंदरगाह पहुंचा। पोत के कमांडिंग ऑफिसर कैप्टन एम आर हरीश ने मंगलवार को केन्या नौसेना के कमांडर मेजर जनरल पॉल "
        "ओटिएनो से मुलाकात की और जलदस्युता रोधी अभियानों पर चर्चा की। यात्रा के दौरान दोनों नौसेनाओं के बीच योग सत्र "
        "आयोजित किए जाएंगे।"
    )
    visit, meeting = frames(doc)
    assert visit["event_type"] == "VISIT" and people(visit) == [("-", "IND", "source"), ("-", "KEN", "target")]
    assert visit["location"]["text"] == "मोम्बासा" and visit["date"]["value"] == "2025-07-14"
    assert ("पॉल ओटिएनो", "KEN", "participant") in people(meeting)
    assert "security" in meeting["topics"] and "traditional_medicine" not in meeting["topics"]


def test_a_delegation_as_a_bare_subject_is_its_leader(run):
    doc = run(
        "नई दिल्ली, 9 अप्रैल 2025 (भाषा) जर्मनी के सांसद युर्गन हार्ट के नेतृत्व में आए संसदीय प्रतिनिधिमंडल ने बुधवार को "
        "लोकसभा अध्यक्ष ओम बिरला से मुलाकात की। प्रतिनिधिमंडल इससे पहले विदेश राज्य मंत्री पबित्र मार्गेरिटा से भी मिला था।"
    )
    names = [sorted(a["name"] for a in f["participants"]) for f in frames(doc)]
    assert ["पबित्र मार्गेरिटा", "युर्गन हार्ट"] in names


def test_talks_aboard_a_ship_are_placed_on_it_and_a_headquarters_toured_is_no_visit(run):
    doc = run(
        "कोच्चि, 5 अप्रैल 2025 (भाषा) रक्षा मंत्री राजनाथ सिंह ने शनिवार को विमानवाहक पोत आईएनएस विक्रांत पर मालदीव के "
        "रक्षा मंत्री मोहम्मद घस्सान मौमून के साथ वार्ता की। इससे पहले मौमून ने कोच्चि स्थित दक्षिणी नौसेना कमान के "
        "मुख्यालय का दौरा किया। मौमून भारत की चार दिवसीय यात्रा पर गुरुवार को नई दिल्ली पहुंचे थे।"
    )
    talks, visit = frames(doc)
    assert talks["location"]["text"] == "आईएनएस विक्रांत" and talks["location"]["country"] == "IND"
    assert visit["location"]["text"] == "नई दिल्ली" and visit["date"]["value"] == "2025-04-03"


def test_a_chief_ministers_residence_is_a_venue_and_petrochemicals_are_oil_and_gas(run):
    doc = run(
        "जयपुर, 14 मार्च 2025 (भाषा) राजस्थान के मुख्यमंत्री भजनलाल शर्मा से सऊदी अरब के राजदूत सालेह ईद अल-हुसैनी ने बीते "
        "बुधवार को मुख्यमंत्री निवास पर भेंट की और पेट्रोरसायन पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "मुख्यमंत्री निवास" and meeting["date"]["value"] == "2025-03-12"
    assert meeting["topics"] == ["oil_gas"]


def test_an_official_of_a_body_told_as_a_countrys_before_is_of_that_country(run):
    doc = run(
        "चेन्नई, 22 जनवरी 2025 (भाषा) आईआईटी मद्रास और ऑस्ट्रेलिया के डीकिन विश्वविद्यालय ने बुधवार को यहां एक समझौता ज्ञापन "
        "पर हस्ताक्षर किए। समझौते पर आईआईटी मद्रास के निदेशक वी कामकोटि और डीकिन विश्वविद्यालय के कुलपति इयान मार्टिन ने "
        "हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert ("इयान मार्टिन", "AUS", "participant") in people(signing) and signing["countries"] == ["AUS", "IND"]


def test_countries_visited_each_on_its_own_days_are_a_visit_each_on_them(run):
    doc = run("नई दिल्ली, 6 जून 2025 (भाषा) विदेश मंत्री एस जयशंकर 8 से 10 जून तक फ्रांस और 11 से 12 जून तक बेल्जियम की यात्रा करेंगे।")
    france, belgium = frames(doc)
    assert (france["countries"], france["date"]["value"]) == (["FRA", "IND"], "2025-06-08/2025-06-10")
    assert (belgium["countries"], belgium["date"]["value"]) == (["BEL", "IND"], "2025-06-11/2025-06-12")
    assert france["modality"] == belgium["modality"] == "planned"


# A region's minister read past his portfolio is of the region's country; "चीन के विदेश मंत्रालय" does not make
# "विदेश मंत्रालय में संयुक्त सचिव X" Chinese: the name is no body's own.
@pytest.mark.parametrize(
    "text,person",
    [
        pytest.param(
            "गांधीनगर, 5 जून 2025। मुख्यमंत्री भूपेंद्र पटेल से जर्मनी के बवेरिया राज्य के आर्थिक मामलों के मंत्री ह्यूबर्ट आइवांगर ने मुलाकात की।",
            ("ह्यूबर्ट आइवांगर", "DEU", "participant"),
            id="regions_minister_past_his_portfolio",
        ),
        pytest.param(
            "बीजिंग, 26 मार्च 2025 (भाषा) विदेश मंत्रालय में संयुक्त सचिव गौरांगलाल दास और चीन के विदेश मंत्रालय के सीमा "
            "एवं समुद्री मामलों के विभाग के महानिदेशक होंग लियांग ने बुधवार को यहां वार्ता की।",
            ("गौरांगलाल दास", "IND", "participant"),
            id="body_every_country_has",
        ),
    ],
)
def test_the_country_of_an_official_read_through_the_bodies_before_the_title(run, text, person):
    (meeting,) = frames(run(text))
    assert person in people(meeting)


def test_a_stamp_issued_and_a_celebration_hosted_are_ceremonies_and_wishes_to_no_side_no_frame(run):
    doc = run(
        "नई दिल्ली, 20 सितंबर 2025 (भाषा) संचार राज्य मंत्री पेम्मासानी चंद्रशेखर और आर्मेनिया के उप विदेश मंत्री वाहान "
        "कोस्तान्यान ने शनिवार को यहां एक समारोह में संयुक्त स्मारक डाक टिकट जारी किए। उसी शाम अमेरिका में भारत के राजदूत "
        "ने वॉशिंगटन में दिवाली समारोह की मेजबानी की। अमेरिकी उप विदेश मंत्री क्रिस्टोफर लैंडौ ने भारतीय-अमेरिकी समुदाय को "
        "दिवाली की शुभकामनाएं दीं।"
    )
    stamps, *rest = frames(doc)
    assert stamps["event_type"] == "CEREMONY" and stamps["countries"] == ["ARM", "IND"]
    assert [f["event_type"] for f in rest if f["event_type"] == "CONGRATULATE"] == []


def test_an_office_told_of_a_country_whatever_qualifies_it_is_that_countrys_one_holder(run):
    """ "भारत के किसी मंत्री ने ... यात्रा की है" after India's minister of state: him, and the office one of his mentions."""
    doc = run(
        "विलनियस, 5 जून 2025। विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने लिथुआनिया के विदेश मंत्री केस्तुतिस बुद्रिस से मुलाकात "
        "की। यह पहली बार है जब भारत के किसी मंत्री ने लिथुआनिया की आधिकारिक यात्रा की है।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    (minister,) = [a for a in visit["participants"] if a["role"] == "source"]
    assert (minister["name"], minister["country"]) == ("कीर्ति वर्धन सिंह", "IND")
    assert doc.raw[slice(*minister["mentions"][-1])] == "मंत्री"


def test_an_office_before_its_election_is_no_mention_of_its_holder(run):
    doc = run(
        "नई दिल्ली, 23 सितंबर 2024 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने श्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके को "
        "बधाई दी। मोदी ने एक्स पर लिखा, 'श्रीलंका के राष्ट्रपति चुनाव में आपकी जीत पर बधाई।'"
    )
    (wishes,) = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    (target,) = [a for a in wishes["participants"] if a["role"] == "target"]
    assert target["name"] == "अनुरा कुमारा दिसानायके" and len(target["mentions"]) == 1


def test_a_sides_negotiator_told_joining_and_the_next_round_between_the_same_countries(run):
    doc = run(
        "नई दिल्ली, 14 नवंबर 2025 (भाषा) भारत और चिली के बीच व्यापक आर्थिक भागीदारी समझौते पर पांचवें दौर की वार्ता 3 से 5 "
        "नवंबर तक सैंटियागो में हुई। भारतीय प्रतिनिधिमंडल का नेतृत्व संयुक्त सचिव दर्पण जैन ने किया, जबकि चिली की ओर से "
        "मुख्य वार्ताकार फेलिपे लोपेज शामिल हुए। अगले दौर की वार्ता जनवरी में नई दिल्ली में होगी।"
    )
    held, planned = frames(doc)
    assert people(held) == [("दर्पण जैन", "IND", "participant"), ("फेलिपे लोपेज", "CHL", "participant")]
    assert (planned["modality"], planned["countries"], planned["date"]["value"]) == (
        "planned",
        ["CHL", "IND"],
        "2026-01",
    )
    assert planned["location"]["text"] == "नई दिल्ली"


@pytest.mark.parametrize(
    "text,place",
    [
        pytest.param(
            "ताशकंद, 21 जून 2025 (भाषा) भारत की राजदूत स्मिता पंत और उज्बेकिस्तान के संस्कृति मंत्री ओज़ोदबेक नज़रबेकोव ने शनिवार "
            "को लाल बहादुर शास्त्री सांस्कृतिक केंद्र में नए योग केंद्र का उद्घाटन किया।",
            ("लाल बहादुर शास्त्री सांस्कृतिक केंद्र", "UZB"),
            id="body_named_for_its_building",
        ),
        pytest.param(
            "ढाका, 8 जुलाई 2025 (भाषा) भारत के उच्चायुक्त प्रणय वर्मा ने मंगलवार को बांग्लादेश के विदेश सलाहकार मोहम्मद तौहीद "
            "हुसैन से भेंट की। बैठक विदेश मंत्रालय में हुई।",
            ("विदेश मंत्रालय", "BGD"),
            id="ministry_a_meeting_is_held_in",
        ),
        pytest.param(
            "ढाका, 8 जुलाई 2025 (भाषा) विदेश मंत्रालय में सचिव (पूर्व) पेरियासामी कुमारन ने मंगलवार को बांग्लादेश के विदेश "
            "सलाहकार मोहम्मद तौहीद हुसैन से भेंट की।",
            ("ढाका", "BGD"),
            id="ministry_one_serves_in",
        ),
        pytest.param(
            "वॉशिंगटन, 24 अक्टूबर 2025 (भाषा) अमेरिका में भारत के राजदूत विनय क्वात्रा ने गुरुवार को दूतावास में दिवाली समारोह "
            "की मेजबानी की, जिसमें अमेरिकी उप विदेश मंत्री क्रिस्टोफर लैंडौ शामिल हुए।",
            ("दूतावास", "USA"),
            id="embassy_named_alone",
        ),
        pytest.param(
            "नई दिल्ली, 15 अक्टूबर 2025 (भाषा) नौसेनाध्यक्ष एडमिरल दिनेश के त्रिपाठी ने बुधवार को यहां नौसेना भवन में "
            "इंडोनेशियाई नौसेना प्रमुख एडमिरल मुहम्मद अली से मुलाकात की।",
            ("नौसेना भवन", "IND"),
            id="navy_headquarters",
        ),
        pytest.param(
            "कोलंबो, 16 अगस्त 2025 (भाषा) कटुनायके वायुसेना अड्डे पर आयोजित समारोह में भारत के उच्चायुक्त संतोष झा ने शनिवार को "
            "एक डोर्नियर विमान श्रीलंका के रक्षा सचिव संपत थुयाकोंथा को सौंपा।",
            ("कटुनायके वायुसेना अड्डे", "LKA"),
            id="air_base_named_for_its_town",
        ),
        pytest.param(
            "ढाका, 10 जून 2025 (भाषा) भारत के थल सेनाध्यक्ष जनरल उपेंद्र द्विवेदी ने मंगलवार को बांग्लादेश के सेना मुख्यालय में "
            "सेना प्रमुख जनरल वकार-उज़-ज़मान से मुलाकात की।",
            ("सेना मुख्यालय", "BGD"),
            id="army_headquarters",
        ),
        pytest.param(
            "नई दिल्ली, 21 अगस्त 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी और फिजी के प्रधानमंत्री सितिवेनी राबुका ने बृहस्पतिवार को "
            "हैदराबाद हाउस के परिसर में एक पौधा लगाया।",
            ("हैदराबाद हाउस", "IND"),
            id="grounds_of_a_venue",
        ),
        pytest.param(
            "सिंगापुर, 5 सितंबर 2024 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने बृहस्पतिवार को यहां आईएनए स्मारक पर पुष्पांजलि अर्पित की।",
            ("आईएनए स्मारक", "SGP"),
            id="memorial_named_by_a_word_of_no_lexicon",
        ),
        pytest.param(
            "माले, 13 जून 2025 (भाषा) मालदीव के राष्ट्रपति मोहम्मद मुइज्जू ने शुक्रवार को राष्ट्रपति कार्यालय में भारत के "
            "उच्चायुक्त जी बालासुब्रमण्यम से मुलाकात की।",
            ("राष्ट्रपति कार्यालय", "MDV"),
            id="office_named_by_its_holders_title",
        ),
        pytest.param(
            "न्यूयॉर्क, 24 सितंबर 2025 (भाषा) विदेश मंत्री एस जयशंकर ने बुधवार को संयुक्त राष्ट्र मुख्यालय में महासभा के अध्यक्ष "
            "से मुलाकात की।",
            ("संयुक्त राष्ट्र मुख्यालय", "USA"),
            id="a_bodys_headquarters",
        ),
    ],
)
def test_a_body_as_the_venue(run, text, place):
    (frame,) = frames(run(text))
    assert (frame["location"]["text"], frame["location"]["country"]) == place


def test_a_call_told_as_received_is_a_call_between_the_two(run):
    doc = run(
        "इस्लामाबाद, 3 मई 2025 (रायटर) पाकिस्तान के प्रधानमंत्री शहबाज शरीफ को शनिवार को ईरान के राष्ट्रपति मसूद पेजेशकियान का "
        "फोन आया।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["IRN", "PAK"] and call["location"] is None


def test_the_leader_of_business_delegates_and_an_official_of_a_parliament_named_for_itself(run):
    doc = run(
        "टोक्यो, 5 अगस्त 2025 (भाषा) वाणिज्य मंत्री पीयूष गोयल ने मंगलवार को यहां जापान बिजनेस फेडरेशन के अध्यक्ष योशिनोबु "
        "त्सुत्सुई के नेतृत्व में आए उद्योग प्रतिनिधियों के साथ बैठक की।\n\n"
        "नई दिल्ली, 9 दिसंबर 2025 (भाषा) लोकसभा अध्यक्ष ओम बिरला ने मंगलवार को मंगोलिया के स्टेट ग्रेट खुराल के अध्यक्ष "
        "दाशज़ेगविन अमरबायासगलन से मुलाकात की। बिरला ने कहा कि बौद्ध धर्म की साझा विरासत संबंधों का आधार है। उन्होंने "
        "मंगोलियाई सांसदों के लिए क्षमता निर्माण कार्यक्रमों में सहयोग की पेशकश भी की।"
    )
    tokyo, delhi = frames(doc)
    assert ("योशिनोबु त्सुत्सुई", "JPN", "participant") in people(tokyo)
    assert ("दाशज़ेगविन अमरबायासगलन", "MNG", "participant") in people(delhi)
    assert "education" in delhi["topics"]  # what the one who spoke went on to offer


def test_a_visit_named_at_its_end_and_meetings_held_on_it(run):
    doc = run(
        "बीजिंग, 1 सितंबर 2025 (रायटर) नेपाल और चीन ने सोमवार को जारी संयुक्त बयान में रेलवे के अध्ययन को पूरा करने पर सहमति "
        "जताई। यह बयान नेपाल के प्रधानमंत्री के पी शर्मा ओली की चार दिवसीय चीन यात्रा के समापन पर जारी किया गया, जिसके "
        "दौरान उन्होंने राष्ट्रपति शी चिनफिंग और प्रधानमंत्री ली छ्यांग से अलग-अलग मुलाकात की।"
    )
    found = frames(doc)
    (visit,) = [f for f in found if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "CHN", "target"), ("के पी शर्मा ओली", "NPL", "source")]
    assert [f["countries"] for f in found if f["event_type"] == "MEET"] == [["CHN", "NPL"], ["CHN", "NPL"]]


def test_countries_told_deciding_in_talks_decide_through_those_who_chaired_them(run):
    doc = run(
        "कैनबरा, 4 दिसंबर 2025 (एजेंसी) भारत और ऑस्ट्रेलिया ने बृहस्पतिवार को यहां हुई रक्षा नीति वार्ता में पनडुब्बी बचाव "
        "पर एक कार्य समूह गठित करने का निर्णय लिया। वार्ता की सह-अध्यक्षता भारत के रक्षा सचिव राजेश कुमार सिंह और "
        "ऑस्ट्रेलिया के रक्षा विभाग के सचिव ग्रेग मोरियार्टी ने की।"
    )
    decision = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert people(decision) == [("ग्रेग मोरियार्टी", "AUS", "participant"), ("राजेश कुमार सिंह", "IND", "participant")]
    doc = run(
        "मनीला, 20 मई 2025 (भाषा) भारत और फिलीपीन ने मंगलवार को यहां हुई संयुक्त आयोग की पांचवीं बैठक में समुद्री सुरक्षा के "
        "प्रति अपनी प्रतिबद्धता दोहराई। बैठक की सह-अध्यक्षता विदेश मंत्री एस जयशंकर और फिलीपीन की विदेश सचिव मारिया थेरेसा "
        "लाजारो ने की।"
    )
    decision = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert [name for name, _country, _role in people(decision)] == ["एस जयशंकर", "मारिया थेरेसा लाजारो"]


def test_people_met_one_after_the_other_are_a_meeting_each(run):
    doc = run(
        "बैंकॉक, 4 अप्रैल 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने शुक्रवार को यहां पहले म्यांमार के वरिष्ठ जनरल मिन आंग ह्लाइंग "
        "से और फिर बांग्लादेश के मुख्य सलाहकार मोहम्मद यूनुस से मुलाकात की।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND", "MMR"], ["BGD", "IND"]]


def test_thanks_for_a_treasury_bills_rollover_are_about_finance(run):
    doc = run(
        "माले, 8 अक्टूबर 2025 (एजेंसी) मालदीव के विदेश मंत्री अब्दुल्ला खलील ने पांच करोड़ डॉलर के ट्रेजरी बिल की अवधि बढ़ाने पर "
        "बुधवार को भारत सरकार का आभार व्यक्त किया।"
    )
    (thanks,) = frames(doc)
    assert thanks["event_type"] == "THANK" and thanks["topics"] == ["finance"]


def test_a_meeting_told_as_proposed_is_planned_and_a_proposal_talked_of_is_not(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2025 (भाषा) विदेश मंत्रालय के अनुसार, 5 दिसंबर को हैदराबाद हाउस में प्रधानमंत्री नरेंद्र मोदी और "
        "रूस के राष्ट्रपति व्लादिमीर पुतिन के बीच वार्षिक शिखर वार्ता प्रस्तावित है। विदेश मंत्री एस जयशंकर ने मंगलवार को "
        "जापान के विदेश मंत्री से मुलाकात की। वार्ता में प्रस्तावित निवेश पर चर्चा हुई।"
    )
    summit, meeting = frames(doc)
    assert (summit["modality"], summit["date"]["value"]) == ("planned", "2025-12-05")
    assert meeting["modality"] == "asserted"


def test_a_subjects_conjunct_read_as_of_a_name_gives_it_no_genitive(parsed_run):
    """The tree makes "सीएनईएस" a conjunct of "नारायणन" and hangs "के" on it: not the first signatory's case."""
    doc = parsed_run(
        "बेंगलुरु, 14 फरवरी 2026 (भाषा) भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो) और फ्रांस की अंतरिक्ष एजेंसी सीएनईएस ने "
        "शुक्रवार को यहां एक समझौते पर हस्ताक्षर किए। समझौते पर इसरो के अध्यक्ष वी नारायणन और सीएनईएस के अध्यक्ष फिलिप "
        "बैप्टिस्ट ने हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert people(signing) == [("फिलिप बैप्टिस्ट", "FRA", "participant"), ("वी नारायणन", "IND", "participant")]


def test_a_summit_read_whole_as_a_body_is_the_occasion_not_a_side(run):
    doc = run(
        "नई दिल्ली, 27 जनवरी 2026 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को हैदराबाद हाउस में यूरोपीय परिषद के अध्यक्ष "
        "एंटोनियो कोस्टा और यूरोपीय आयोग की अध्यक्ष उर्सुला वॉन डेर लेयेन के साथ 16वें भारत-यूरोपीय संघ शिखर सम्मेलन की "
        "सह-अध्यक्षता की।"
    )
    (summit,) = frames(doc)
    assert people(summit) == [
        ("उर्सुला वॉन डेर लेयेन", None, "participant"),
        ("एंटोनियो कोस्टा", None, "participant"),
        ("नरेंद्र मोदी", "IND", "participant"),
    ]


def test_a_provinces_premier_met_before_the_scene_is_of_its_country_and_takes_no_day(run):
    doc = run(
        "टोरंटो, 16 जून 2025 (भाषा) विदेश राज्य मंत्री पबित्र मार्घेरिटा ने सोमवार को यहां भारतीय समुदाय के एक कार्यक्रम को "
        "संबोधित किया। इससे पहले उन्होंने ओंटारियो के प्रीमियर डग फोर्ड से मुलाकात की और व्यापार पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert ("डग फोर्ड", "CAN", "participant") in people(meeting)
    assert meeting["location"]["text"] == "टोरंटो" and meeting["date"] is None


def test_a_meeting_to_come_in_a_quotation_takes_no_day_of_the_saying(run):
    doc = run(
        "लंदन, 7 अक्टूबर 2025 (भाषा) ब्रिटेन के प्रधानमंत्री कीर स्टार्मर ने मंगलवार को संवाददाताओं से कहा, 'मैं इस सप्ताह "
        "मुंबई में प्रधानमंत्री मोदी से मिलूंगा।'"
    )
    (meeting,) = frames(doc)
    assert meeting["modality"] == "planned" and (meeting["date"] or {}).get("value") is None  # "इस सप्ताह": no day
    assert meeting["location"]["text"] == "मुंबई"


def test_what_a_spokesperson_reports_is_done_by_its_own_subject_through_every_verb(run):
    doc = run(
        "नई दिल्ली, 21 नवंबर 2025 (भाषा) विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने शुक्रवार को बताया कि विदेश सचिव विक्रम "
        "मिस्री ने बृहस्पतिवार को यहां अफगानिस्तान के वाणिज्य मंत्री नूरुद्दीन अजीजी से मुलाकात की और व्यापार पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("नूरुद्दीन अजीजी", "AFG", "participant"), ("विक्रम मिस्री", "IND", "participant")]
    assert meeting["topics"] == ["trade"] and meeting["date"]["value"] == "2025-11-20"


def test_border_fencing_killings_and_infiltration_are_security(run):
    doc = run(
        "ढाका, 8 जुलाई 2025 (भाषा) भारत के उच्चायुक्त प्रणय वर्मा ने मंगलवार को बांग्लादेश के विदेश सलाहकार मोहम्मद तौहीद "
        "हुसैन से भेंट की और सीमा पर बाड़ लगाने, सीमा पर हत्याओं और घुसपैठ के मुद्दों पर बातचीत की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["security"]


def test_what_is_done_on_the_occasion_takes_its_place_and_a_time_of_day_ends_a_name(run):
    doc = run(
        "नई दिल्ली, 18 मार्च 2026 (भाषा) फिनलैंड के राष्ट्रपति अलेक्जेंडर स्टब ने बुधवार को हैदराबाद हाउस में प्रधानमंत्री "
        "नरेंद्र मोदी के साथ वार्ता की।\n\nये भी पढ़ें: शेयर बाजार में गिरावट\n\nदोनों देशों ने इस अवसर पर तीन समझौता ज्ञापनों "
        "पर हस्ताक्षर किए। राष्ट्रपति द्रौपदी मुर्मू शाम को फिनलैंड के राष्ट्रपति अलेक्जेंडर स्टब से मिलेंगी।"
    )
    _talks, signing, planned = frames(doc)
    assert signing["location"]["text"] == "हैदराबाद हाउस" and signing["date"]["value"] == "2026-03-18"
    assert ("द्रौपदी मुर्मू", "IND", "participant") in people(planned)


def test_an_army_chief_and_an_opposition_leader_are_titled(run):
    doc = run(
        "नई दिल्ली, 12 मार्च 2025 (भाषा) थल सेनाध्यक्ष जनरल उपेंद्र द्विवेदी और लोकसभा में नेता प्रतिपक्ष राहुल गांधी ने बुधवार "
        "को अलग-अलग जापान के राजदूत ओनो केइची से मुलाकात की।"
    )
    named = {a["name"]: a["title"] for f in frames(doc) for a in f["participants"]}
    assert named["उपेंद्र द्विवेदी"] == "थल सेनाध्यक्ष" and named["राहुल गांधी"] == "नेता प्रतिपक्ष"


def test_an_agreement_told_as_further_to_a_signing_is_made_at_it(run):
    doc = run(
        "मुंबई, 5 मार्च 2025 (भाषा) भारत और इंडोनेशिया के केंद्रीय बैंकों ने बुधवार को जकार्ता में स्थानीय मुद्राओं में "
        "लेनदेन के लिए एक समझौता ज्ञापन पर हस्ताक्षर किए। दोनों केंद्रीय बैंकों ने भुगतान प्रणालियों को जोड़ने पर भी सहमति "
        "व्यक्त की।"
    )
    agreement = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agreement["location"]["text"] == "जकार्ता" and agreement["date"]["value"] == "2025-03-05"


def test_a_visits_later_leg_is_not_its_place_nor_a_venue_of_the_day_before_anothers(run):
    doc = run(
        "नई दिल्ली, 2 फरवरी 2026 (भाषा) ब्राजील के राष्ट्रपति लुइज़ इनासियो लूला दा सिल्वा 18 से 20 फरवरी तक भारत की यात्रा "
        "पर रहेंगे। इसके बाद वह मुंबई जाएंगे।"
    )
    (visit,) = frames(doc)
    assert (visit["location"] or {}).get("text") != "मुंबई"
    doc = run(
        "कोलंबो, 4 मार्च 2025 (भाषा) भारत के नौसेनाध्यक्ष एडमिरल दिनेश के त्रिपाठी ने मंगलवार को श्रीलंका के नौसेना मुख्यालय में "
        "नौसेना कमांडर वाइस एडमिरल कांचना बनागोडा के साथ वार्ता की। वह बुधवार को रक्षा उप मंत्री अरुणा जयशेखर से मुलाकात करेंगे।"
    )
    talks, planned = frames(doc)
    assert talks["location"]["text"] == "नौसेना मुख्यालय" and planned["location"]["text"] == "कोलंबो"


def test_thanks_quoted_in_the_first_person_are_the_writers_told_again(run):
    doc = run(
        "अक्रा, 10 अप्रैल 2026 (भाषा) घाना के राष्ट्रपति जॉन महामा ने शुक्रवार को टीकों की खेप के लिए प्रधानमंत्री नरेंद्र मोदी का "
        "आभार व्यक्त किया। महामा ने सोशल मीडिया मंच 'एक्स' पर लिखा, 'मैं भारत सरकार और भारत की जनता का धन्यवाद करता हूं।'"
    )
    (thanks,) = frames(doc)
    assert ("जॉन महामा", "GHA", "source") in people(thanks) and ("नरेंद्र मोदी", "IND", "target") in people(thanks)


def test_a_pronoun_in_what_is_said_after_a_name_is_that_ones(run):
    doc = run(
        "नई दिल्ली, 28 नवंबर 2025 (भाषा) विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने शुक्रवार को साप्ताहिक प्रेस वार्ता में बताया "
        "कि विदेश सचिव विक्रम मिस्री अगले सप्ताह काठमांडू जाएंगे, जहां वह नेपाल के विदेश सचिव अमृत बहादुर राय से मुलाकात करेंगे।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert [a["name"] for a in meeting["participants"] if a["country"] == "IND"] == ["विक्रम मिस्री"]


def test_an_agreement_after_an_arrival_told_as_before_is_of_the_talks(run):
    doc = run(
        "इस्लामाबाद, 2 नवंबर 2025 (एपी) पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने रविवार को यहां तुर्की के विदेश मंत्री हाकान फिदान "
        "से मुलाकात की। फिदान दो दिवसीय यात्रा पर शनिवार को इस्लामाबाद पहुंचे थे। दोनों पक्षों ने रक्षा सहयोग बढ़ाने का भी संकल्प लिया।"
    )
    agreement = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agreement["date"]["value"] == "2025-11-02"


def test_a_call_that_carries_an_inauguration_has_neither_place_nor_topics(run):
    doc = run(
        "कोलंबो, 9 फरवरी 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी और श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके ने रविवार को "
        "वीडियो कॉन्फ्रेंस के माध्यम से जाफना में भारत की सहायता से बने अस्पताल का संयुक्त रूप से उद्घाटन किया।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["CEREMONY"]["location"]["text"] == "जाफना" and "health" in by_type["CEREMONY"]["topics"]
    assert by_type["CALL"]["location"] is None and by_type["CALL"]["topics"] == []


def test_an_accident_is_no_sector_and_a_un_agencys_head_has_no_country(run):
    doc = run(
        "नई दिल्ली, 14 जून 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने शनिवार को कनाडा के प्रधानमंत्री मार्क कार्नी से फोन पर बात की और "
        "विमान हादसे में कनाडाई नागरिकों की मौत पर संवेदना व्यक्त की।"
    )
    (call,) = frames(doc)
    assert call["topics"] == []
    doc = run(
        "नई दिल्ली, 19 मई 2025 (भाषा) संयुक्त राष्ट्र औद्योगिक विकास संगठन (यूनिडो) के महानिदेशक गर्ड मुलर ने सोमवार को यहां "
        "केंद्रीय वाणिज्य मंत्री पीयूष गोयल से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert ("गर्ड मुलर", None, "participant") in people(meeting)


def test_a_city_told_with_shahar_is_the_place(run):
    doc = run(
        "मॉस्को, 12 जुलाई 2025 (एजेंसी) रूस के विदेश मंत्री सर्गेई लावरोव ने शनिवार को उत्तर कोरिया के वोनसान शहर में उत्तर "
        "कोरियाई विदेश मंत्री चोए सोन हुई से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("वोनसान", "PRK")


@pytest.mark.parametrize(
    "text,kind",
    [
        pytest.param(
            "नई दिल्ली, 8 सितंबर 2025 (भाषा) ब्रिक्स देशों के सोमवार को आयोजित वर्चुअल शिखर सम्मेलन में भारत का प्रतिनिधित्व विदेश "
            "मंत्री एस जयशंकर ने किया।",
            "CALL",
            id="virtual_summit_represented",
        ),
        pytest.param(
            "पुणे, 28 मार्च 2026 (भाषा) रक्षा मंत्री राजनाथ सिंह ने शनिवार को यहां रक्षा मंत्रियों के सम्मेलन की मेजबानी की, जिसमें "
            "20 से अधिक अफ्रीकी देशों के रक्षा मंत्रियों ने भाग लिया।",
            "MEET",
            id="many_countries_hosted",
        ),
    ],
)
def test_a_forum_one_side_is_named_at(run, text, kind):
    (frame,) = frames(run(text))
    assert frame["event_type"] == kind and frame["countries"] == ["IND"] and "multilateral" in frame["topics"]


def test_talks_told_as_before_take_the_venue_only_where_all_of_them_were(run):
    doc = run(
        "ब्रासीलिया, 8 जुलाई 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी और राष्ट्रपति लुइज़ इनासियो लूला दा सिल्वा की मौजूदगी में अल्वोराडा "
        "पैलेस में दो समझौतों का आदान-प्रदान किया गया। दोनों नेताओं ने इससे पहले प्रतिनिधिमंडल स्तर की वार्ता की।"
    )
    talks = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert talks["location"]["text"] == "अल्वोराडा पैलेस" and talks["date"] is None
    doc = run(
        "नई दिल्ली, 12 नवंबर 2025 (भाषा) राष्ट्रपति द्रौपदी मुर्मू ने बुधवार को राष्ट्रपति भवन में भूटान नरेश जिग्मे खेसर नामग्याल "
        "वांगचुक के सम्मान में राजकीय भोज दिया। भूटान नरेश ने इससे पहले प्रधानमंत्री नरेन्द्र मोदी के साथ द्विपक्षीय वार्ता की।"
    )
    talks = next(f for f in frames(doc) if "नरेन्द्र मोदी" in {a["name"] for a in f["participants"]})
    assert talks["location"]["text"] == "नई दिल्ली" and talks["date"] is None


def test_a_country_named_in_what_thanks_are_for_is_not_thanked(run):
    doc = run(
        "नई दिल्ली, 22 जून 2025 (भाषा) विदेश मंत्री एस जयशंकर ने रविवार को इजराइल से भारतीय नागरिकों को सुरक्षित निकालने में मदद के "
        "लिए जॉर्डन और मिस्र की सरकारों का आभार व्यक्त किया।"
    )
    (thanks,) = frames(doc)
    assert [a["country"] for a in thanks["participants"] if a["role"] == "target"] == ["JOR", "EGY"]


def test_an_exercise_between_two_countries_armies_opened_at_a_firing_range(run):
    doc = run(
        "बीकानेर, 10 नवंबर 2025 (भाषा) भारत और फ्रांस की सेनाओं के बीच संयुक्त सैन्य अभ्यास 'शक्ति' का सोमवार को राजस्थान के "
        "महाजन फील्ड फायरिंग रेंज में उद्घाटन हुआ।"
    )
    (opening,) = frames(doc)
    assert opening["event_type"] == "CEREMONY" and opening["countries"] == ["FRA", "IND"]
    assert opening["location"]["text"] == "महाजन फील्ड फायरिंग रेंज" and opening["topics"] == ["defence"]


def test_a_countrys_own_security_council_and_defence_industry_are_no_further_topics(run):
    doc = run(
        "मॉस्को, 7 अगस्त 2025 (भाषा) राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल ने बृहस्पतिवार को यहां रूसी सुरक्षा परिषद के सचिव "
        "सर्गेई शोइगु के साथ वार्ता की और रक्षा औद्योगिक सहयोग पर चर्चा की।"
    )
    (talks,) = frames(doc)
    assert talks["topics"] == ["defence"]


def test_two_chief_justices_are_titled(run):
    doc = run(
        "नई दिल्ली, 14 नवंबर 2025 (भाषा) भारत के प्रधान न्यायाधीश बी आर गवई ने शुक्रवार को यहां भूटान के मुख्य न्यायाधीश नोरबू "
        "शेरिंग से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("नोरबू शेरिंग", "BTN", "participant"), ("बी आर गवई", "IND", "participant")]


def test_a_consignment_that_arrives_is_no_visit(run):
    doc = run(
        "काबुल, 12 अक्टूबर 2025 (एजेंसी) भारत द्वारा भेजी गई 20 टन दवाइयों की खेप रविवार को काबुल पहुंची। अफगानिस्तान के "
        "स्वास्थ्य मंत्री ने भारत सरकार का आभार जताया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["THANK"]


def test_a_pib_stamp_without_its_label_dates_the_release(run):
    doc = run(
        "पत्र सूचना कार्यालय\nभारत सरकार\n\n12 FEB 2026 6:30PM by PIB Delhi\n\nकेंद्रीय वाणिज्य एवं उद्योग मंत्री श्री पीयूष गोयल ने "
        "आज नई दिल्ली में न्यूजीलैंड के व्यापार मंत्री श्री टॉड मैक्ले से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["date"]["value"] == "2026-02-12"


def test_meetings_on_a_tour_with_people_of_its_countries_are_one_in_each(run):
    doc = run(
        "नई दिल्ली, 16 जून 2025 (भाषा) विदेश मंत्री एस जयशंकर फ्रांस और बेल्जियम की छह दिवसीय यात्रा संपन्न कर सोमवार को स्वदेश "
        "लौट आए। यात्रा के दौरान उन्होंने फ्रांस के राष्ट्रपति इमैनुएल मैक्रों और बेल्जियम के प्रधानमंत्री बार्ट डी वेवर से मुलाकात "
        "की थी।"
    )
    meetings = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [m["countries"] for m in meetings] == [["FRA", "IND"], ["BEL", "IND"]]
    assert all(m["location"] is None for m in meetings)


def test_what_is_told_as_before_or_as_since_an_event_adds_nothing_to_it(run):
    doc = run(
        "पेरिस, 12 फरवरी 2025 (एएफपी) फ्रांस के राष्ट्रपति इमैनुएल मैक्रों और प्रधानमंत्री नरेंद्र मोदी ने बुधवार को मार्सिले में "
        "भारतीय महावाणिज्य दूतावास का संयुक्त रूप से उद्घाटन किया। इससे पहले दोनों नेताओं ने संयुक्त प्रेस वार्ता में कहा कि भारत "
        "और फ्रांस असैन्य परमाणु ऊर्जा में सहयोग बढ़ाएंगे।"
    )
    (opening,) = frames(doc)
    assert opening["topics"] == []
    doc = run(
        "पिछले वर्ष अक्टूबर में कज़ान में प्रधानमंत्री नरेंद्र मोदी और राष्ट्रपति शी चिनफिंग की मुलाकात के बाद से दोनों देशों के "
        "संबंधों में धीरे-धीरे सुधार हुआ है।"
    )
    assert frames(doc) == []


def test_a_meeting_named_as_ones_with_another_then_told_of_both_sides_is_theirs(run):
    doc = run(
        "बर्लिन, 6 नवंबर 2025 (डीपीए) जर्मनी के चांसलर फ्रेडरिक मर्ज की बुधवार को जापान की प्रधानमंत्री साने ताकाइची के साथ हुई "
        "बैठक में दोनों पक्षों ने सेमीकंडक्टर आपूर्ति पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["DEU", "JPN"] and ("फ्रेडरिक मर्ज", "DEU", "participant") in people(meeting)


def test_a_wreath_laid_and_a_visits_later_day_told_of_its_subject(run):
    doc = run(
        "ढाका, 28 मार्च 2026 (बीएसएस) अपनी दो दिवसीय बांग्लादेश यात्रा के दूसरे दिन शनिवार को विदेश सचिव विक्रम मिस्री ने "
        "राष्ट्रीय स्मारक पर पुष्पचक्र अर्पित किया।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert set(by_type) == {"VISIT", "CEREMONY"}
    assert ("विक्रम मिस्री", "IND", "source") in people(by_type["VISIT"]) and by_type["VISIT"]["date"] is None
    assert by_type["CEREMONY"]["date"]["value"] == "2026-03-28"


def test_a_pronoun_subject_to_come_goes_on_to_the_verb_joined_after(run):
    doc = run(
        "नई दिल्ली, 10 अक्टूबर 2025 (भाषा) मंगोलिया के राष्ट्रपति उखनागिन खुरेलसुख 13-16 अक्टूबर को भारत की राजकीय यात्रा पर "
        "रहेंगे। यात्रा के दौरान वह प्रधानमंत्री नरेंद्र मोदी के साथ द्विपक्षीय वार्ता करेंगे और उपराष्ट्रपति सी पी राधाकृष्णन से "
        "भी मिलेंगे।"
    )
    meetings = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [sorted(a["name"] for a in m["participants"]) for m in meetings] == [
        ["उखनागिन खुरेलसुख", "नरेंद्र मोदी"],
        ["उखनागिन खुरेलसुख", "सी पी राधाकृष्णन"],
    ]


def test_an_office_named_only_in_the_next_sentence_is_its_holders_and_what_they_do_there_the_talks(run):
    doc = run(
        "नई दिल्ली, 14 जनवरी 2026 (भाषा) अमेरिकी विदेश मंत्री ने बुधवार को विदेश मंत्री एस जयशंकर से फोन पर बात की। मार्को "
        "रुबियो ने व्यापार समझौते पर चल रही वार्ता की प्रगति की समीक्षा की।"
    )
    (call,) = frames(doc)
    assert ("मार्को रुबियो", "USA", "participant") in people(call) and call["topics"] == ["trade"]
    assert len(call["participants"]) == 2


def test_a_forums_meeting_told_as_held_then_who_stood_for_a_country_at_it(run):
    doc = run(
        "रियो डी जेनेरियो, 26 फरवरी 2025 (आईएएनएस) ब्रिक्स शेरपाओं की पहली बैठक बुधवार को यहां शुरू हुई। भारत का "
        "प्रतिनिधित्व सचिव (आर्थिक संबंध) दम्मू रवि ने किया।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("दम्मू रवि", "IND", "participant")] and meeting["topics"] == ["multilateral"]
    assert meeting["date"]["value"] == "2025-02-26"


def test_a_meeting_on_a_forums_margins_takes_not_the_day_the_forum_was_told_on(run):
    doc = run(
        "जिनेवा, 20 अक्टूबर 2025 (भाषा) राज्यसभा के उपसभापति हरिवंश ने रविवार को यहां अंतर-संसदीय संघ की 151वीं सभा में भाग "
        "लिया। सभा से इतर हरिवंश ने किर्गिस्तान की संसद जोगोरकु केनेश के अध्यक्ष नुरलानबेक तुरगुनबेक उलु से मुलाकात की।"
    )
    forum, bilateral = frames(doc)
    assert forum["date"]["value"] == "2025-10-19" and bilateral["date"] is None
    assert bilateral["countries"] == ["IND", "KGZ"] and bilateral["location"]["text"] == "जिनेवा"
    assert ("नुरलानबेक तुरगुनबेक उलु", "KGZ", "participant") in people(bilateral)


def test_a_signing_told_in_the_pluperfect_last_month_leads_up_to_the_news_under_a_dateline(run):
    doc = run(
        "नई दिल्ली, 4 जून 2025 (पीटीआई) केंद्रीय मंत्रिमंडल ने बुधवार को भारत और मालदीव के बीच मत्स्य पालन के क्षेत्र में सहयोग "
        "पर समझौता ज्ञापन को मंजूरी दे दी। इस समझौता ज्ञापन पर पिछले महीने माले में हस्ताक्षर किए गए थे।"
    )
    (signing,) = frames(doc)
    assert signing["countries"] == ["IND", "MDV"] and signing["date"]["value"] == "2025-05"
    assert signing["location"]["text"] == "माले"


def test_offices_of_countries_among_those_who_did_what_was_told_take_part(run):
    doc = run(
        "नई दिल्ली, 21 मई 2025 (भाषा) राष्ट्रपति द्रौपदी मुर्मू ने बुधवार को राष्ट्रपति भवन में पांच देशों के राजदूतों से परिचय "
        "पत्र स्वीकार किए। परिचय पत्र प्रस्तुत करने वालों में स्लोवेनिया और कोलंबिया के राजदूत तथा नामीबिया के उच्चायुक्त शामिल थे।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["COL", "IND", "NAM", "SVN"]


def test_a_sector_in_an_international_bodys_name_is_no_topic_of_a_signing_told_with_it(run):
    doc = run(
        "विंडहोक, 9 जुलाई 2025 (भाषा) भारत और नामीबिया ने स्वास्थ्य पर समझौता ज्ञापन पर हस्ताक्षर किए तथा नामीबिया ने वैश्विक जैव ईंधन "
        "गठबंधन में शामिल होने की घोषणा की।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["health"]
    doc = run("भारत और ब्राजील ने सोमवार को जैव ईंधन में सहयोग पर समझौते पर हस्ताक्षर किए।")
    assert [f["topics"] for f in frames(doc)] == [["energy"]]


def test_a_unions_dialogue_with_a_country_is_bilateral_and_a_groupings_summit_a_forum(run):
    doc = run(
        "ब्रसेल्स, 3 मार्च 2026 (एजेंसी) यूरोपीय संघ की विदेश नीति प्रमुख काया कलास ने मंगलवार को यहां भारत के विदेश मंत्री एस "
        "जयशंकर के साथ भारत-यूरोपीय संघ रणनीतिक वार्ता की सह-अध्यक्षता की।"
    )
    (dialogue,) = frames(doc)
    assert dialogue["topics"] == [] and ("काया कलास", None, "participant") in people(dialogue)
    doc = run(
        "जॉर्जटाउन, 20 नवंबर 2024 (आईएएनएस) प्रधानमंत्री नरेन्द्र मोदी ने बुधवार को यहां दूसरे भारत-कैरिकॉम शिखर सम्मेलन की "
        "सह-अध्यक्षता की।"
    )
    (summit,) = frames(doc)
    assert summit["topics"] == ["multilateral"]


def test_what_went_on_since_a_meeting_is_no_event_and_the_meeting_no_subject(run):
    doc = run(
        "नई दिल्ली, 2 सितंबर 2025 (आईएएनएस) अक्टूबर 2024 में कज़ान में मोदी और शी की मुलाकात के बाद से बातचीत फिर शुरू हुई। "
        "रविवार को तियानजिन में शंघाई सहयोग संगठन के शिखर सम्मेलन से इतर दोनों नेताओं ने द्विपक्षीय वार्ता की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "तियानजिन" and meeting["date"]["value"] == "2025-08-31"


def test_a_venue_on_a_page_with_no_dateline_is_in_the_country_of_the_town_told(run):
    doc = run(
        "भारत-मिस्र संयुक्त रक्षा समिति की 12वीं बैठक 13 मई 2025 को काहिरा में आयोजित की गई। बैठक की सह-अध्यक्षता रक्षा सचिव "
        "राजेश कुमार सिंह और मिस्र के सहायक रक्षा मंत्री अहमद फतही ने की। रक्षा सचिव ने अल-अलामीन युद्ध स्मारक पर श्रद्धांजलि "
        "भी अर्पित की।"
    )
    tribute = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert (tribute["location"]["text"], tribute["location"]["country"]) == ("अल-अलामीन युद्ध स्मारक", "EGY")


def test_a_target_set_together_is_an_agreement_and_a_signing_told_further_to_it_is_of_its_day(run):
    doc = run(
        "टोक्यो, 30 अगस्त 2025 (भाषा) भारत और जापान ने शुक्रवार को जारी संयुक्त बयान में जापान से भारत में निजी निवेश का लक्ष्य "
        "रखा। दोनों देशों ने सेमीकंडक्टर में सहयोग के लिए समझौतों पर भी हस्ताक्षर किए।"
    )
    agreement, signing = frames(doc)
    assert (agreement["event_type"], agreement["topics"]) == ("AGREE", ["investment"])
    assert signing["event_type"] == "SIGN" and signing["date"]["value"] == "2025-08-29"


def test_an_office_whose_holder_is_unnamed_is_of_the_country_it_was_told_with_and_says_what_it_will_do(run):
    doc = run(
        "काठमांडू, 16 मार्च 2026 (भाषा) नेपाल के प्रधानमंत्री ने बताया कि वह आगामी 3 अप्रैल को भारत की यात्रा पर जाएंगे। "
        "इससे पहले गत 10 मार्च को भारत के विदेश सचिव विक्रम मिस्री ने काठमांडू में प्रधानमंत्री से मुलाकात की थी।"
    )
    visit, meeting = frames(doc)
    assert [(a["country"], a["role"]) for a in visit["participants"]] == [("NPL", "source"), ("IND", "target")]
    assert visit["date"]["value"] == "2026-04-03"
    assert meeting["countries"] == ["IND", "NPL"] and meeting["date"]["value"] == "2026-03-10"


def test_those_told_as_to_take_part_in_a_summit_after_it_is_named_are_its_participants(run):
    doc = run(
        "नई दिल्ली, 24 जनवरी 2026 (भाषा) प्रधानमंत्री नरेंद्र मोदी की मेजबानी में अगले सप्ताह होने वाले क्वाड शिखर सम्मेलन में "
        "अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप और जापान की प्रधानमंत्री साने ताकाइची भाग लेंगे।"
    )
    (summit,) = frames(doc)
    assert summit["modality"] == "planned" and summit["countries"] == ["IND", "JPN", "USA"]
    assert summit["topics"] == ["multilateral"]


def test_a_dialogue_named_in_quotes_and_held_where_the_visit_arrived_is_at_the_datelines_city(run):
    doc = run(
        "टोक्यो, 20 अगस्त 2025 (भाषा) रक्षा मंत्री राजनाथ सिंह तीन दिन की यात्रा पर बुधवार को जापान पहुंचे। बृहस्पतिवार को वह जापान "
        "के रक्षा मंत्री जनरल नकातानी के साथ 'भारत-जापान रक्षा मंत्रिस्तरीय वार्ता' करेंगे।"
    )
    visit, talks = frames(doc)
    assert visit["location"]["text"] == "जापान" and talks["location"]["text"] == "टोक्यो"
    assert talks["modality"] == "planned" and talks["countries"] == ["IND", "JPN"]


def test_talks_joined_by_jabki_share_the_day_and_a_corridor_after_a_cue_adds_no_topic(run):
    doc = run(
        "सिंगापुर, 13 अगस्त 2025 (भाषा) विदेश मंत्री एस जयशंकर ने बुधवार को सिंगापुर के विदेश मंत्री विवियन बालाकृष्णन से "
        "मुलाकात की, जबकि वाणिज्य मंत्री पीयूष गोयल ने सिंगापुर के व्यापार मंत्री गान किम योंग के साथ हरित ऊर्जा गलियारों पर "
        "वार्ता की।"
    )
    first, second = frames(doc)
    assert first["date"]["value"] == second["date"]["value"] == "2025-08-13"
    assert second["topics"] == ["renewables"]


def test_people_of_two_countries_met_besides_are_met_one_country_at_a_time(run):
    doc = run(
        "न्यूयॉर्क, 24 सितंबर 2025 (भाषा) विदेश मंत्री एस जयशंकर ने मंगलवार को कतर के प्रधानमंत्री शेख मोहम्मद बिन अब्दुलरहमान "
        "अल थानी और पुर्तगाल के विदेश मंत्री पाउलो रंगेल से भी मुलाकात की। विदेश सचिव ने जापान और दक्षिण कोरिया के उप विदेश "
        "मंत्रियों के साथ त्रिपक्षीय बैठक की।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND", "QAT"], ["IND", "PRT"], ["IND", "JPN", "KOR"]]


def test_aid_where_something_is_happening_is_talked_of_not_where_a_call_was(run):
    doc = run(
        "नई दिल्ली, 6 अप्रैल 2026 (भाषा) प्रधानमंत्री नरेंद्र मोदी को रविवार को इजराइल के प्रधानमंत्री बेंजामिन नेतन्याहू का फोन "
        "आया। दोनों नेताओं ने गाजा में मानवीय सहायता पर चर्चा की। नेतन्याहू ने भारत के समर्थन के लिए आभार जताया।"
    )
    call, thanks = frames(doc)
    assert call["location"] is None and call["topics"] == ["development"]
    assert thanks["location"] is None and thanks["date"]["value"] == "2026-04-05"


def test_an_interviews_answer_in_the_first_person_is_the_one_interviewed(run):
    doc = run(
        "नई दिल्ली, 10 मार्च 2025 (भाषा) ऑस्ट्रेलिया की विदेश मंत्री पेनी वोंग ने 'भाषा' को दिए साक्षात्कार में कहा कि भारत "
        "महत्वपूर्ण साझेदार है।\n\nप्रश्न: आपकी पिछली भारत यात्रा कैसी रही?\n\nउत्तर: मैं पिछले महीने दिल्ली आई थी और विदेश मंत्री "
        "जयशंकर के साथ मेरी बहुत उपयोगी बातचीत हुई थी। हमने महत्वपूर्ण खनिजों पर सहयोग बढ़ाने का फैसला किया।"
    )
    visit, meeting, decision = frames(doc)
    assert ("पेनी वोंग", "AUS", "source") in people(visit) and visit["location"]["text"] == "दिल्ली"
    assert meeting["countries"] == decision["countries"] == ["AUS", "IND"]
    assert ("पेनी वोंग", "AUS", "participant") in people(decision) and decision["topics"] == ["mining"]


def test_an_agreement_on_what_was_just_reviewed_told_by_a_pronoun_is_about_it(run):
    doc = run(
        "नई दिल्ली, 4 मार्च 2026 (भाषा) वाणिज्य मंत्री पीयूष गोयल ने बुधवार को न्यूजीलैंड के व्यापार मंत्री टॉड मैक्ले के साथ "
        "वीडियो कॉन्फ्रेंस के जरिए बैठक की। दोनों मंत्रियों ने व्यापक आर्थिक सहयोग समझौते पर वार्ता की समीक्षा की और इसे इस "
        "वर्ष पूरा करने पर सहमति जताई।"
    )
    call, agreement = frames(doc)
    assert agreement["event_type"] == "AGREE" and call["topics"] == agreement["topics"] == ["trade"]


def test_a_delegation_told_as_led_by_someone_with_vale_is_that_ones(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2025 (भाषा) लोकसभा अध्यक्ष ओम बिरला ने सोमवार को मंगोलिया के संसद अध्यक्ष दाशज़ेगवीन अमरबायसगलान "
        "के नेतृत्व वाले संसदीय प्रतिनिधिमंडल से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "MNG"] and meeting["date"]["value"] == "2025-12-01"


def test_a_meeting_of_a_bodys_members_has_the_body_as_its_occasion_not_a_side(run):
    doc = run(
        "नई दिल्ली, 13 अक्टूबर 2025 (भाषा) रक्षा मंत्री राजनाथ सिंह 15 अक्टूबर को दुशांबे में होने वाली शंघाई सहयोग संगठन "
        "(एससीओ) के रक्षा मंत्रियों की बैठक में भारत का प्रतिनिधित्व करेंगे।"
    )
    (meeting,) = frames(doc)
    # the defence ministers' meeting is about defence, as heldout161 and heldout186 have it
    assert people(meeting) == [("राजनाथ सिंह", "IND", "participant")] and meeting["topics"] == [
        "defence",
        "multilateral",
    ]


def test_a_thing_handed_over_named_again_is_what_it_was_and_thanks_from_elsewhere_are_not_at_the_venue(run):
    doc = run(
        "नैरोबी, 5 मई 2026 (भाषा) भारत ने बाढ़ प्रभावित केन्या के लिए 100 टन मानवीय सहायता सामग्री भेजी। केन्या में भारत के "
        "उच्चायुक्त आदर्श स्वैका ने मंगलवार को मोम्बासा बंदरगाह पर एक समारोह में यह सामग्री केन्या के गृह मंत्री किपचुम्बा "
        "मुर्कोमेन को सौंपी। केन्या सरकार ने इस मदद के लिए भारत का आभार जताया।"
    )
    handover, thanks = frames(doc)
    assert handover["topics"] == ["development"] and handover["location"]["text"] == "मोम्बासा बंदरगाह"
    assert thanks["location"]["text"] == "नैरोबी" and thanks["date"]["value"] == "2026-05-05"


def test_talks_told_as_organised_were_held(run):
    doc = run(
        "हनोई, 9 मार्च 2026 (भाषा) भारत और वियतनाम के बीच विदेश कार्यालय परामर्श का आयोजन सोमवार को हनोई में हुआ। दोनों देशों "
        "ने संयुक्त कार्य समूह की अगली बैठक का आयोजन दिल्ली में करने पर सहमति जताई।"
    )
    meeting, agreement = frames(doc)
    assert meeting["event_type"] == "MEET" and meeting["countries"] == ["IND", "VNM"]
    assert meeting["date"]["value"] == "2026-03-09" and agreement["event_type"] == "AGREE"


def test_two_sides_led_with_one_ergative_for_both_are_each_their_own(run):
    doc = run(
        "टोक्यो, 12 जून 2025 (भाषा) भारत और जापान के बीच रक्षा नीति वार्ता बृहस्पतिवार को हुई। वार्ता में भारतीय दल का नेतृत्व "
        "संयुक्त सचिव अमिताभ प्रसाद और जापानी दल का नेतृत्व महानिदेशक केंजी ओकाडा ने किया।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("अमिताभ प्रसाद", "IND", "participant"), ("केंजी ओकाडा", "JPN", "participant")]


def test_a_group_of_office_holders_is_their_country(run):
    doc = run("लंदन, 9 मार्च (भाषा) लोकसभा में विपक्ष के नेता राहुल गांधी ने सोमवार को ब्रिटिश सांसदों के एक समूह से मुलाकात की।")
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["GBR", "IND"]


def test_people_told_as_standing_for_their_own_countries_take_part_in_the_talks(run):
    doc = run(
        "बीजिंग, 18 अगस्त 2026 (भाषा) भारत और चीन के विशेष प्रतिनिधियों की बातचीत सोमवार को यहां हुई। राष्ट्रीय सुरक्षा सलाहकार "
        "अजित डोभाल और चीनी विदेश मंत्री वांग यी ने इस बातचीत में अपने-अपने देशों का प्रतिनिधित्व किया।"
    )
    (talks,) = frames(doc)
    assert people(talks) == [("अजित डोभाल", "IND", "participant"), ("वांग यी", "CHN", "participant")]


def test_an_office_named_with_its_country_is_that_countrys_holder_for_what_came_after_the_talks(run):
    doc = run(
        "नई दिल्ली, 4 नवंबर 2025 (भाषा) भूटान नरेश जिग्मे खेसर नामग्येल वांगचुक सोमवार को यहां पहुंचे। भूटान नरेश ने मंगलवार को "
        "हैदराबाद हाउस में प्रधानमंत्री नरेंद्र मोदी के साथ वार्ता की। दोनों नेताओं ने व्यापार पर चर्चा की। वार्ता के बाद दोनों "
        "देशों ने दो समझौता ज्ञापनों पर हस्ताक्षर किए।"
    )
    signing = frames(doc)[-1]
    assert signing["event_type"] == "SIGN" and signing["location"]["text"] == "हैदराबाद हाउस"
    assert signing["date"]["value"] == "2025-11-04"


def test_a_venue_told_of_a_meeting_placed_at_a_capital_is_the_more_exact_place(run):
    doc = run(
        "इसराइल के प्रधानमंत्री बिन्यामिन नेतन्याहू ने सोमवार को वॉशिंगटन में अमरीकी राष्ट्रपति डोनल्ड ट्रंप से मुलाक़ात की। "
        "व्हाइट हाउस में हुई इस बैठक में ग़ज़ा की स्थिति पर बात हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["ISR", "USA"] and meeting["location"]["text"] == "व्हाइट हाउस"


def test_people_named_during_a_meeting_retold_by_its_countries_stay_in_the_meeting_they_were_told_in(run):
    doc = run(
        "रामल्ला, 18 फरवरी 2025 (वार्ता) विदेश राज्य मंत्री पबित्र मार्गेरिटा ने मंगलवार को फिलिस्तीन के राष्ट्रपति महमूद अब्बास से "
        "मुलाकात की। दोनों पक्षों ने भारत की मदद से चल रही परियोजनाओं की समीक्षा भी की। मुलाकात के दौरान अब्बास ने भारत के "
        "समर्थन के लिए आभार व्यक्त किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET", "THANK"]


def test_thanks_told_right_after_a_handover_in_its_paragraph_are_of_its_day(run):
    doc = run(
        "विक्टोरिया, 4 मार्च 2026 (एजेंसी) भारत ने बुधवार को सेशेल्स को दो गश्ती नौकाएं सौंपीं। उच्चायुक्त कार्तिक पांडे ने एक "
        "समारोह में ये नौकाएं सेशेल्स के रक्षा मंत्री मार्क बायर को सौंपीं। रक्षा मंत्री ने इस मदद के लिए भारत का आभार जताया।"
    )
    thanks = frames(doc)[-1]
    assert thanks["event_type"] == "THANK" and thanks["date"]["value"] == "2026-03-04"


def test_what_is_to_come_where_one_arrived_has_no_day_of_the_arrival(run):
    doc = run(
        "रियो डी जेनेरियो, 5 जुलाई 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी शनिवार को रियो डी जेनेरियो पहुंचे, जहां वह ब्रिक्स शिखर "
        "सम्मेलन में भाग लेंगे।"
    )
    visit, summit = frames(doc)
    assert visit["date"]["value"] == "2025-07-05" and summit["modality"] == "planned" and summit["date"] is None


def test_a_residence_named_by_its_holders_title_is_the_venue(run):
    doc = run(
        "नई दिल्ली, 13 अक्टूबर 2025 (भाषा) उपराष्ट्रपति सी. पी. राधाकृष्णन ने सोमवार को उपराष्ट्रपति निवास में मंगोलिया के "
        "राष्ट्रपति उखनागीन खुरेलसुख से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"] == {**meeting["location"], "text": "उपराष्ट्रपति निवास", "country": "IND"}


def test_a_signing_agreed_on_beside_another_thing_is_no_signing(run):
    doc = run(
        "कोलंबो, 5 अप्रैल 2025 (भाषा) भारत और श्रीलंका ने शनिवार को रक्षा सहयोग पर एक समझौता ज्ञापन पर हस्ताक्षर करने और "
        "त्रिंकोमाली को ऊर्जा केंद्र के रूप में विकसित करने पर सहमति जताई।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["AGREE"]


@pytest.mark.parametrize(
    "text,event_type",
    [
        ("प्रधानमंत्री मोदी और नेपाल के प्रधानमंत्री ओली ने सोमवार को पुल की आधारशिला रखी।", "CEREMONY"),
        ("नेपाल के प्रधानमंत्री ओली ने सोमवार को प्रधानमंत्री मोदी के प्रति कृतज्ञता व्यक्त की।", "THANK"),
        ("प्रधानमंत्री मोदी ने सोमवार को नेपाल के प्रधानमंत्री ओली से गुफ़्तगू की।", "MEET"),
        ("नेपाल के प्रधानमंत्री ओली सोमवार को नई दिल्ली में उतरे।", "VISIT"),
        ("नेपाल के प्रधानमंत्री ओली की भारत यात्रा सोमवार को शुरू हुई।", "VISIT"),
    ],
)
def test_a_foundation_stone_gratitude_talk_in_urdu_words_a_landing_and_a_visit_begun_are_events(run, text, event_type):
    assert [f["event_type"] for f in frames(run("काठमांडू, 3 मार्च 2025 (भाषा) " + text))] == [event_type]


def test_meetings_told_on_two_weekdays_under_an_undated_dateline_are_two(run):
    doc = run(
        "नई दिल्ली, जागरण ब्यूरो। प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को रूस के राष्ट्रपति व्लादिमीर पुतिन के सम्मान में निजी "
        "रात्रिभोज दिया। शुक्रवार को हैदराबाद हाउस में दोनों नेताओं के बीच शिखर वार्ता हुई।"
    )
    assert [(f["event_type"], f["date"]["text"]) for f in frames(doc)] == [("MEET", "गुरुवार"), ("MEET", "शुक्रवार")]


def test_a_signing_told_after_talks_and_their_business_is_at_their_venue(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025 (भाषा) शुक्रवार को हैदराबाद हाउस में प्रधानमंत्री नरेंद्र मोदी और रूस के राष्ट्रपति व्लादिमीर "
        "पुतिन के बीच शिखर वार्ता हुई। वार्ता में रक्षा पर चर्चा हुई। दोनों देशों ने स्वास्थ्य के क्षेत्र में दो समझौतों पर "
        "हस्ताक्षर किए।"
    )
    signing = frames(doc)[-1]
    assert signing["event_type"] == "SIGN" and signing["location"]["text"] == "हैदराबाद हाउस"


def test_an_arrival_in_a_city_told_as_one_and_talks_soon_after_it_share_its_day(run):
    doc = run(
        "कज़ान, 22 अक्टूबर 2024 (भाषा) प्रधानमंत्री नरेंद्र मोदी मंगलवार को रूस के कज़ान शहर पहुंचे।\n\nपहुंचने के कुछ घंटे बाद "
        "मोदी ने रूस के राष्ट्रपति व्लादिमीर पुतिन के साथ वार्ता की।"
    )
    visit, talks = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["date"]["value"] == talks["date"]["value"] == "2024-10-22"


def test_a_place_discussed_is_no_venue(run):
    doc = run(
        "कज़ान, 23 अक्टूबर 2024 (भाषा) प्रधानमंत्री मोदी ने बुधवार को ईरान के राष्ट्रपति मसूद पेजेशकियान से मुलाकात की और "
        "चाबहार बंदरगाह पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "कज़ान" and meeting["topics"] == ["transport"]


@pytest.mark.parametrize(
    "text",
    [
        "जापान की नई प्रधानमंत्री साने ताकाइची, जिन्होंने पिछले सप्ताह पदभार संभाला, ने सोमवार को प्रधानमंत्री नरेंद्र मोदी से फोन "
        "पर बात की।",
        "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को जापान की प्रधानमंत्री साने ताकाइची से, जो पिछले सप्ताह पद पर आईं, फोन पर बात की।",
    ],
)
def test_a_relative_clause_set_off_by_commas_leaves_the_clause_round_it_whole(run, text):
    (call,) = frames(run("नई दिल्ली, 3 नवंबर 2025 (भाषा) " + text))
    assert call["countries"] == ["IND", "JPN"] and call["date"]["value"] == "2025-11-03"


def test_talks_told_after_the_day_of_many_meetings_were_held_that_day(run):
    doc = run(
        "न्यूयॉर्क, 25 सितंबर 2025 (भाषा) विदेश मंत्री एस जयशंकर ने बुधवार को महासभा से इतर कई द्विपक्षीय बैठकें कीं। उन्होंने "
        "सबसे पहले जर्मनी के विदेश मंत्री योहान वाडेफुल से मुलाकात की। इसके बाद उन्होंने अर्जेंटीना के विदेश मंत्री गेरार्डो "
        "वर्थीन के साथ बातचीत की।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2025-09-24", "2025-09-24"]


def test_a_first_person_in_a_quoted_post_is_its_author_and_we_the_author_with_whoever_they_spoke_to(run):
    doc = run(
        "नई दिल्ली, 6 जुलाई 2024 (एजेंसी)। प्रधानमंत्री नरेंद्र मोदी ने शनिवार को ब्रिटेन के प्रधानमंत्री कीर स्टार्मर से फोन पर बात "
        'की। मोदी ने ट्वीट किया, "कीर स्टार्मर से बात करके खुशी हुई। हमने मुक्त व्यापार समझौते को जल्द पूरा करने की प्रतिबद्धता '
        'दोहराई।" दोनों नेताओं ने रक्षा के क्षेत्र में सहयोग पर भी चर्चा की।'
    )
    call, agreement = frames(doc)
    assert call["event_type"] == "CALL" and call["topics"] == ["defence"] and call["location"] is None
    assert agreement["event_type"] == "AGREE" and people(agreement) == people(call)
    assert [a["name"] for a in agreement["participants"]] == ["नरेंद्र मोदी", "कीर स्टार्मर"]


def test_a_signing_told_verb_first_is_a_signing(run):
    doc = run(
        "नई दिल्ली, 3 मार्च 2025। प्रधानमंत्री नरेंद्र मोदी ने सोमवार को सऊदी अरब के प्रधानमंत्री मोहम्मद बिन सलमान से मुलाकात "
        "की। बैठक के बाद दोनों देशों के बीच आठ समझौतों पर हुए हस्ताक्षर।"
    )
    _meeting, signing = frames(doc)
    assert signing["event_type"] == "SIGN" and signing["countries"] == ["IND", "SAU"]


def test_an_honour_a_country_gave_told_again_by_the_one_who_gave_it_is_one_ceremony(run):
    doc = run(
        "अकरा, 2 जुलाई 2025 (भाषा)। घाना ने बुधवार को प्रधानमंत्री नरेंद्र मोदी को अपने राष्ट्रीय सम्मान से सम्मानित किया। "
        "राष्ट्रपति जॉन ड्रामानी महामा ने जुबली हाउस में आयोजित एक समारोह में मोदी को यह सम्मान प्रदान किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["location"]["text"] == "जुबली हाउस" and ceremony["date"]["value"] == "2025-07-02"
    assert people(ceremony) == [("जॉन ड्रामानी महामा", "GHA", "participant"), ("नरेंद्र मोदी", "IND", "participant")]


def test_an_agreement_told_after_links_to_other_stories_is_dated_by_the_meeting_before_them(run):
    doc = run(
        "ढाका, 9 फरवरी 2026 (एजेंसी)। बांग्लादेश के विदेश सलाहकार तौहीद हुसैन ने सोमवार को ढाका में भारत के उच्चायुक्त प्रणय "
        "वर्मा से मुलाकात की।\n\nयह भी पढ़ें: नेपाल में प्रधानमंत्री ने बुलाई सर्वदलीय बैठक\n\nदोनों पक्षों ने अगले महीने विदेश "
        "सचिव स्तर की वार्ता आयोजित करने पर सहमति जताई।"
    )
    _meeting, agreement = frames(doc)
    assert agreement["event_type"] == "AGREE" and agreement["date"]["value"] == "2026-02-09"


def test_a_visitor_named_far_before_the_visit_noun_is_the_traveller(run):
    doc = run(
        "नई दिल्ली, 5 अगस्त 2025। फिलीपींस के राष्ट्रपति फर्डिनेंड मार्कोस जूनियर की 4 से 8 अगस्त तक की भारत की राजकीय यात्रा के "
        "दौरान मंगलवार को एक संयुक्त वक्तव्य जारी किया गया।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert people(visit) == [("-", "IND", "target"), ("फर्डिनेंड मार्कोस जूनियर", "PHL", "source")]
    assert visit["date"]["value"] == "2025-08-04/2025-08-08"


def test_a_meeting_reports_called_baseless_said_was_to_come_is_no_event(run):
    doc = run(
        "नई दिल्ली, 22 जनवरी 2026। विदेश मंत्रालय ने गुरुवार को उन खबरों को निराधार बताया जिनमें दावा किया गया था कि प्रधानमंत्री "
        "नरेंद्र मोदी अगले महीने पाकिस्तान के प्रधानमंत्री शहबाज शरीफ से मुलाकात करेंगे।"
    )
    assert frames(doc) == []


def test_a_place_opening_what_is_happening_there_and_talked_of_at_length_is_no_venue(run):
    doc = run(
        "दोहा, 14 अक्टूबर 2025 (एएफपी)। कतर के अमीर तमीम बिन हमद अल थानी ने मंगलवार को दोहा में तुर्की के राष्ट्रपति रेचेप "
        "तैय्यप एर्दोआन की मेजबानी की। दोनों नेताओं ने गाजा में संघर्ष विराम को मजबूत करने और पुनर्निर्माण के प्रयासों पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "दोहा" and meeting["date"]["value"] == "2025-10-14"


def test_a_delegations_leader_stands_for_the_one_body_met_of_no_persons_country(run):
    doc = run(
        "बेंगलुरु, 18 मार्च 2026 (भाषा)। इसरो के अध्यक्ष वी नारायणन ने बुधवार को यहां अमेरिकी अंतरिक्ष एजेंसी नासा के एक "
        "प्रतिनिधिमंडल से मुलाकात की। प्रतिनिधिमंडल का नेतृत्व नासा के सहायक प्रशासक करेन फील्ड्स कर रही थीं।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("करेन फील्ड्स", "USA", "participant"), ("वी नारायणन", "IND", "participant")]


def test_a_tours_countries_each_after_its_own_dates_are_a_visit_to_each_on_them(run):
    doc = run(
        "नई दिल्ली, 1 जुलाई 2025 (भाषा) विदेश मंत्रालय के अनुसार प्रधानमंत्री नरेंद्र मोदी 2-3 जुलाई को घाना, 4-5 जुलाई को "
        "अर्जेंटीना और 9 जुलाई को नामीबिया की यात्रा करेंगे।"
    )
    visits = [(f["countries"], f["date"]["value"]) for f in frames(doc)]
    assert visits == [
        (["GHA", "IND"], "2025-07-02/2025-07-03"),
        (["ARG", "IND"], "2025-07-04/2025-07-05"),
        (["IND", "NAM"], "2025-07-09"),
    ]


def test_an_office_named_after_its_ministry_is_of_the_ministrys_country(run):
    doc = run(
        "टोक्यो, 9 जून 2025 (भाषा) उत्तर प्रदेश के औद्योगिक विकास मंत्री नंद गोपाल गुप्ता ने सोमवार को यहां जापान के "
        "अर्थव्यवस्था, व्यापार और उद्योग मंत्रालय के उप मंत्री से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("-", "JPN", "participant"), ("नंद गोपाल गुप्ता", "IND", "participant")]


def test_the_one_welcomed_talks_when_the_talks_are_told_between_both_countries(run):
    doc = run(
        "नई दिल्ली, 8 अक्टूबर 2025 (भाषा) उपराष्ट्रपति सी पी राधाकृष्णन ने बुधवार को उपराष्ट्रपति निवास में इथियोपिया के "
        "राष्ट्रपति ताये अत्स्के सेलासी का स्वागत किया और दोनों देशों के बीच कृषि, शिक्षा तथा क्षमता निर्माण में सहयोग पर चर्चा "
        "की। सेलासी भारत की चार दिन की राजकीय यात्रा पर मंगलवार को नई दिल्ली पहुंचे थे।"
    )
    meeting, _visit = frames(doc)
    assert people(meeting) == [("ताये अत्स्के सेलासी", "ETH", "participant"), ("सी पी राधाकृष्णन", "IND", "participant")]


def test_a_deputys_office_or_two_joined_by_evam_are_one_persons(run):
    doc = run(
        "सिंगापुर, 4 जून 2025 (भाषा)। वाणिज्य मंत्री पीयूष गोयल ने बुधवार को यहां उप प्रधानमंत्री एवं व्यापार मंत्री गान किम "
        "योंग से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("गान किम योंग", "SGP", "participant"), ("पीयूष गोयल", "IND", "participant")]


def test_an_arrival_told_after_an_undated_visit_is_where_and_when_it_began(run):
    doc = run(
        "ओटावा, 12 मई 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने कनाडा की तीन दिवसीय यात्रा के दूसरे दिन सोमवार को यहां विदेश "
        "मंत्री अनीता आनंद से वार्ता की। जयशंकर रविवार को टोरंटो पहुंचे थे।"
    )
    visits = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert [(v["location"]["text"], v["date"]["value"]) for v in visits] == [("टोरंटो", "2025-05-11")]


def test_a_signing_during_talks_on_a_visit_has_their_day_though_the_host_is_settled_later(run):
    doc = run(
        "कैनबरा, 10 अक्टूबर 2025 (एजेंसी)। रक्षा मंत्री राजनाथ सिंह ने ऑस्ट्रेलिया की यात्रा के दौरान शुक्रवार को यहां "
        "रक्षा मंत्री रिचर्ड मार्लेस से वार्ता की। दोनों नेताओं ने रक्षा उद्योग पर बातचीत की। इस दौरान दोनों देशों ने दो समझौतों "
        "पर हस्ताक्षर किए।"
    )
    (signing,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert signing["date"]["value"] == "2025-10-10"


def test_talks_going_on_are_no_meeting(run):
    doc = run("भारत और यूरोपीय संघ के बीच मुक्त व्यापार समझौते पर वार्ता चल रही है।")
    assert frames(doc) == []


def test_a_continent_toured_is_no_place_of_the_visit_told_in_it(run):
    doc = run("लीमा, 3 अगस्त 2025 (भाषा)। विदेश मंत्री एस जयशंकर अपनी दक्षिण अमेरिका यात्रा के अंतिम चरण में सोमवार को चिली जाएंगे।")
    (visit,) = frames(doc)
    assert visit["countries"] == ["CHL", "IND"] and visit["location"]["text"] == "चिली"


def test_thanks_told_first_were_given_on_the_call_the_next_sentence_tells(run):
    doc = run(
        "माले, 2 दिसंबर 2025। मालदीव के राष्ट्रपति मोहम्मद मुइज्जू ने बाढ़ राहत के लिए भारत का आभार जताया है। मुइज्जू ने "
        "सोमवार को प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["date"]["value"] == "2025-12-01" and thanks["location"] is None


def test_thanks_for_wishes_told_after_as_given_before_are_not_of_that_call(run):
    doc = run(
        "नई दिल्ली, 18 सितंबर 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने जन्मदिन की बधाई के लिए जापान के प्रधानमंत्री का धन्यवाद "
        "किया। जापान के प्रधानमंत्री ने बुधवार को फोन कर मोदी को शुभकामनाएं दी थीं।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["date"] is None


def test_a_ministry_told_standing_somewhere_is_the_venue(run):
    doc = run(
        "थिम्पू, 3 मार्च 2026। भूटान के विदेश सचिव पेमा चोदेन ने मंगलवार को ताशीछोद्जोंग स्थित विदेश मंत्रालय में भारत के "
        "राजदूत संदीप आर्य से भेंट की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "विदेश मंत्रालय" and meeting["location"]["country"] == "BTN"


def test_the_one_welcomed_in_the_passive_takes_part_with_the_one_by_whom(run):
    doc = run(
        "माले, 25 जुलाई 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी का शुक्रवार को यहां रिपब्लिक स्क्वायर पर मालदीव के राष्ट्रपति "
        "मोहम्मद मुइज्जू द्वारा औपचारिक स्वागत किया गया।"
    )
    (welcome,) = frames(doc)
    assert people(welcome) == [("नरेंद्र मोदी", "IND", "participant"), ("मोहम्मद मुइज्जू", "MDV", "participant")]


def test_an_unnamed_office_opening_a_quotation_is_the_one_who_goes_not_the_speaker(run):
    doc = run(
        "नई दिल्ली, 9 जनवरी 2026 (भाषा) विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने शुक्रवार को कहा, 'राष्ट्रपति अगले सप्ताह "
        "पेरू की यात्रा करेंगी।'"
    )
    (visit,) = frames(doc)
    assert [(a["name"], a["title"], a["role"]) for a in visit["participants"] if a["role"] == "source"] == [
        (None, "राष्ट्रपति", "source")
    ]


def test_an_honour_told_in_the_passive_then_its_giver_and_what_both_decided_are_one_day(run):
    doc = run(
        "विंडहोक, 9 जुलाई 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी को बुधवार को नामीबिया के सर्वोच्च नागरिक सम्मान से नवाजा गया। "
        "राष्ट्रपति नेटुम्बो नांदी-नदैतवाह ने यह सम्मान प्रदान किया। दोनों नेताओं ने संबंधों को और गहरा करने का फैसला किया।"
    )
    ceremony, agreement = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and len(ceremony["participants"]) == 2
    assert ceremony["date"]["value"] == agreement["date"]["value"] == "2025-07-09"


def test_one_addressed_at_the_head_of_quoted_thanks_is_thanked_not_the_speaker_s_subject(run):
    doc = run(
        "नई दिल्ली, 22 अक्टूबर 2025 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने बुधवार को 'एक्स' पर लिखा, 'प्रधानमंत्री अल्बनीज, "
        "आपकी शुभकामनाओं के लिए धन्यवाद।'"
    )
    (thanks,) = frames(doc)
    assert people(thanks) == [("अल्बनीज", "AUS", "target"), ("नरेंद्र मोदी", "IND", "source")]


def test_an_agreement_told_with_the_talks_it_came_from_takes_no_day_of_a_ceremony_before(run):
    doc = run(
        "कुवैत सिटी, 22 दिसंबर 2024 (भाषा)। कुवैत के अमीर ने रविवार को प्रधानमंत्री नरेंद्र मोदी को सर्वोच्च सम्मान से "
        "सम्मानित किया। इससे पहले दोनों नेताओं ने द्विपक्षीय वार्ता की और संबंधों को रणनीतिक साझेदारी तक बढ़ाने का फैसला किया।"
    )
    (agreement,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agreement["date"] is None


def test_the_places_of_a_trip_told_as_before_are_not_where_one_arrives(run):
    doc = run("नई दिल्ली, 18 दिसंबर 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी बुधवार को जॉर्डन और इथियोपिया की यात्रा के बाद मस्कट पहुंचे।")
    (visit,) = frames(doc)
    assert visit["countries"] == ["IND", "OMN"] and visit["location"]["text"] == "मस्कट"


def test_an_embedded_posts_date_line_dates_a_story_with_no_dated_dateline(run):
    doc = run(
        "मस्कट: प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को मस्कट में ओमान के सुल्तान हैथम बिन तारिक से मुलाकात की।\n\n"
        "Had an excellent meeting with His Majesty. pic.twitter.com/AbCdEf123\n"
        "— Narendra Modi (@narendramodi) December 18, 2025"
    )
    (meeting,) = frames(doc)
    assert meeting["date"]["value"] == "2025-12-18"


def test_a_guard_of_honour_is_a_ceremony_and_one_with_the_welcome_told_with_it(run):
    doc = run(
        "नई दिल्ली, 3 फरवरी 2026 (भाषा) घाना के राष्ट्रपति जॉन ड्रामानी महामा का मंगलवार को राष्ट्रपति भवन में रस्मी स्वागत "
        "किया गया और उन्हें गार्ड ऑफ ऑनर दिया गया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["location"]["text"] == "राष्ट्रपति भवन"
    doc = run("ढाका, 5 मार्च 2025 (भाषा) भारतीय थलसेना प्रमुख जनरल उपेंद्र द्विवेदी को बुधवार को गार्ड ऑफ ऑनर दिया गया।")
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_a_later_leg_of_a_visit_in_the_same_country_is_that_visit(run):
    doc = run(
        "नई दिल्ली, 19 फरवरी 2026 (भाषा) स्वीडन के प्रधानमंत्री उल्फ क्रिस्टर्सन मंगलवार को मुंबई पहुंचे थे। बुधवार को वह "
        "बेंगलुरु गए, जहां उन्होंने एक अनुसंधान केंद्र का दौरा किया।"
    )
    (visit,) = frames(doc)
    assert visit["location"]["text"] == "मुंबई" and visit["date"]["value"] == "2026-02-17"


def test_a_decision_told_right_after_a_signing_is_of_its_day_and_venue(run):
    doc = run(
        "नई दिल्ली, 19 फरवरी 2026 (भाषा) प्रधानमंत्री नरेंद्र मोदी और फिनलैंड के प्रधानमंत्री पेटेरी ओर्पो ने बृहस्पतिवार को "
        "हैदराबाद हाउस में वार्ता की। वार्ता के बाद दोनों देशों ने तीन समझौतों पर हस्ताक्षर किए। दोनों पक्षों ने संबंधों को "
        "रणनीतिक साझेदारी का दर्जा देने का फैसला किया।"
    )
    (decision,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert decision["date"]["value"] == "2026-02-19" and decision["location"]["text"] == "हैदराबाद हाउस"


def test_a_centre_toured_abroad_is_no_visit_to_the_country(run):
    doc = run(
        "तालिन, 9 जून 2026 (भाषा) सूचना प्रौद्योगिकी मंत्री अश्विनी वैष्णव ने मंगलवार को यहां एस्टोनिया के उद्यमिता मंत्री के "
        "साथ बातचीत की। वैष्णव ने एक नवाचार सेंटर का भी दौरा किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_an_office_of_a_body_no_list_holds_is_of_the_bodys_country(run):
    doc = run(
        "नौआकशोट, 3 मार्च 2026 (भाषा) उपराष्ट्रपति सी पी राधाकृष्णन ने मंगलवार को मॉरिटानिया की नेशनल असेंबली के अध्यक्ष से "
        "मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("-", "MRT", "participant"), ("सी पी राधाकृष्णन", "IND", "participant")]


def test_two_meeting_two_respectively_are_two_meetings(run):
    doc = run(
        "नई दिल्ली, 5 मार्च 2025 (भाषा) विदेश मंत्री एस जयशंकर और वाणिज्य मंत्री पीयूष गोयल ने बुधवार को क्रमशः ब्रिटेन के "
        "विदेश मंत्री डेविड लैमी और व्यापार मंत्री जोनाथन रेनॉल्ड्स से मुलाकात की।"
    )
    assert [people(f) for f in frames(doc)] == [
        [("एस जयशंकर", "IND", "participant"), ("डेविड लैमी", "GBR", "participant")],
        [("जोनाथन रेनॉल्ड्स", "GBR", "participant"), ("पीयूष गोयल", "IND", "participant")],
    ]


def test_a_name_ending_like_a_future_verb_makes_no_event_planned(run):
    doc = run(
        "नई दिल्ली, 5 मार्च 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी और मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम ने बुधवार को "
        "वर्चुअल माध्यम से अगालेगा द्वीप पर हवाई पट्टी का संयुक्त रूप से उद्घाटन किया।"
    )
    assert {f["modality"] for f in frames(doc)} == {"asserted"}


def test_an_office_of_a_house_of_a_body_no_list_holds_is_of_the_bodys_country(run):
    doc = run(
        "ताशकंद, 20 नवंबर 2026 (वार्ता)। लोकसभा अध्यक्ष ओम बिरला ने शुक्रवार को उज्बेकिस्तान की ओली मजलिस के सीनेट की "
        "अध्यक्ष तनज़ीला नरबायेवा के साथ वार्ता की। बातचीत में व्यापार पर चर्चा हुई। दोनों पक्ष मैत्री समूह गठित करने पर "
        "सहमत हुए।"
    )
    meeting, agreement = frames(doc)
    assert people(meeting) == [("ओम बिरला", "IND", "participant"), ("तनज़ीला नरबायेवा", "UZB", "participant")]
    assert agreement["event_type"] == "AGREE" and agreement["countries"] == ["IND", "UZB"]


def test_a_headquarters_toured_on_a_visit_is_no_visit_of_its_own(run):
    doc = run(
        "नई दिल्ली, 16 नवंबर 2026 (पीटीआई)। जापान तटरक्षक बल के कमांडेंट योशियो सेगुची ने सोमवार को यहां भारतीय तटरक्षक बल के "
        "महानिदेशक से मुलाकात की।\n\nसेगुची चार दिवसीय यात्रा पर रविवार को भारत पहुंचे थे। वह चेन्नई स्थित तटरक्षक क्षेत्रीय मुख्यालय (पूर्व) का भी दौरा करेंगे।"
    )
    assert [(f["event_type"], f["modality"]) for f in frames(doc)] == [("MEET", "asserted"), ("VISIT", "asserted")]


def test_thanks_in_an_address_are_of_the_occasion_just_told(run):
    doc = run(
        "मापुटो, 26 नवंबर 2025 (भाषा)। राजनयिक संबंधों की 50वीं वर्षगांठ पर मंगलवार को मापुटो में एक समारोह आयोजित किया "
        "गया, जिसमें मोज़ाम्बिक की विदेश मंत्री मारिया मानुएला लुकास और भारत के उच्चायुक्त रोहित वढवाना शामिल हुए।\n\nलुकास "
        "ने अपने संबोधन में विकास साझेदारी में भारत के सहयोग के लिए आभार व्यक्त किया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["date"]["value"] == "2025-11-25"


def test_a_list_handed_over_is_no_ceremony(run):
    doc = run(
        "नई दिल्ली, 1 जनवरी 2026 (भाषा)। भारत और पाकिस्तान ने बृहस्पतिवार को अपने परमाणु प्रतिष्ठानों की सूची भी एक-दूसरे को सौंपी।"
    )
    assert frames(doc) == []


def test_a_delegation_named_bare_is_the_one_told_before_not_the_last_subject(run):
    doc = run(
        "नई दिल्ली, 24 नवंबर 2026 (भाषा)। बांग्लादेश के युवा प्रतिनिधिमंडल ने मंगलवार को राष्ट्रपति द्रौपदी मुर्मू से मुलाकात की। "
        "राष्ट्रपति ने प्रतिनिधिमंडल के सदस्यों से शिक्षा पर बात की।\n\nप्रतिनिधिमंडल आठ दिवसीय यात्रा पर भारत आया है।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "BGD", "source"), ("-", "IND", "target")]
    assert visit["location"]["text"] == "भारत"


def test_three_ministers_agreeing_after_a_trilateral_are_its_three_people(run):
    doc = run(
        "न्यूयॉर्क, 24 सितंबर 2026 (भाषा)। विदेश मंत्री एस जयशंकर ने मंगलवार को यहां फ्रांस के विदेश मंत्री ज्यां-नोएल बैरो और "
        "संयुक्त अरब अमीरात के विदेश मंत्री शेख अब्दुल्ला बिन जायद अल नाहयान के साथ त्रिपक्षीय बैठक की। तीनों मंत्रियों ने "
        "संयुक्त परियोजनाओं पर आगे बढ़ने पर सहमति जताई।"
    )
    (agreement,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert [a["name"] for a in agreement["participants"]] == [
        "एस जयशंकर",
        "ज्यां-नोएल बैरो",
        "अब्दुल्ला बिन जायद अल नाहयान",
    ]


def test_a_ceremony_presided_over_at_an_embassy_is_placed_there(run):
    doc = run(
        "वाशिंगटन, 27 नवंबर 2026 (भाषा)। अमेरिका में भारत के राजदूत विनय मोहन क्वात्रा ने बुधवार को यहां भारतीय दूतावास में "
        "आयोजित संविधान दिवस समारोह की अध्यक्षता की।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    assert (ceremony["location"]["text"], ceremony["location"]["country"]) == ("भारतीय दूतावास", "USA")


def test_what_a_pact_commits_its_sides_to_is_no_agreement_of_its_own(run):
    doc = run(
        "नई दिल्ली, 1 अक्टूबर 2025 (भाषा)। समझौते के तहत स्विट्जरलैंड, नॉर्वे, आइसलैंड और लिकटेंस्टीन ने अगले 15 वर्षों में "
        "भारत में 100 अरब डॉलर के निवेश की प्रतिबद्धता जताई है।"
    )
    assert frames(doc) == []


def test_each_country_a_tour_goes_on_to_is_the_place_of_its_planned_visit(run):
    doc = run(
        "ग्वाटेमाला सिटी, 18 नवंबर 2026 (भाषा)। विदेश राज्य मंत्री पबित्रा मार्गेरिटा सोमवार को ग्वाटेमाला पहुंचे। इसके बाद वह "
        "होंडुरास और कोस्टा रिका जाएंगे।"
    )
    planned = [f for f in frames(doc) if f["modality"] == "planned"]
    assert [(f["countries"], f["location"]["text"]) for f in planned] == [
        (["HND", "IND"], "होंडुरास"),
        (["CRI", "IND"], "कोस्टा रिका"),
    ]


def test_a_hyphened_deputys_office_with_a_portfolio_is_one_persons_of_the_country_told(run):
    doc = run(
        "कैनबरा, 5 मार्च 2026 (भाषा)। राजनाथ सिंह ने गुरुवार को ऑस्ट्रेलिया के उप-प्रधानमंत्री एवं रक्षा मंत्री रिचर्ड मार्लेस से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("राजनाथ सिंह", "IND", "participant"), ("रिचर्ड मार्लेस", "AUS", "participant")]
    assert not any(a["country_inferred"] for a in meeting["participants"])


def test_one_present_at_the_meeting_told_after_its_source_takes_part(run):
    doc = run(
        "रियाद, 2 दिसंबर 2026 (एजेंसी)। सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान ने मंगलवार को रियाद में सीरिया के "
        "राष्ट्रपति अहमद अल-शरा से मुलाकात की। सऊदी प्रेस एजेंसी के अनुसार, बैठक में सऊदी ऊर्जा मंत्री अब्दुलअज़ीज़ बिन सलमान "
        "भी मौजूद थे।"
    )
    (meeting,) = frames(doc)
    assert "अब्दुलअज़ीज़ बिन सलमान" in [a["name"] for a in meeting["participants"]]


def test_words_quoted_after_a_remark_on_the_visit_are_of_the_meeting_told_before(run):
    doc = run(
        "नई दिल्ली, 13 मई 2026 (भाषा) स्लोवेनिया के प्रधानमंत्री रॉबर्ट गोलोब ने बुधवार को प्रधानमंत्री नरेंद्र मोदी से हैदराबाद "
        "हाउस में मुलाकात की। यह किसी स्लोवेनियाई प्रधानमंत्री की पहली भारत यात्रा है। गोलोब ने कहा, 'हम भारत के साथ "
        "नवीकरणीय ऊर्जा के क्षेत्र में सहयोग बढ़ाना चाहते हैं।' उन्होंने बताया कि कोपर बंदरगाह प्रवेश द्वार बन सकता है। दोनों "
        "देशों ने एक समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["MEET"]["topics"] == ["renewables", "transport"]
    assert by_type["SIGN"]["date"]["value"] == "2026-05-13"


def test_thanks_the_one_who_met_goes_on_to_give_are_of_the_meetings_day(run):
    doc = run(
        "कोलंबो, 1 दिसंबर 2026 (भाषा)। श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके ने सोमवार को भारत के विदेश सचिव विक्रम "
        "मिस्री से मुलाकात के दौरान कहा, ‘भारत हमारा सच्चा मित्र है।’ उन्होंने भारत द्वारा भेजी गई मानवीय सहायता के लिए आभार "
        "व्यक्त किया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["date"]["value"] == "2026-11-30"


def test_people_of_both_countries_between_whom_something_is_talked_of_are_no_side(run):
    doc = run(
        "नई दिल्ली, 26 नवंबर 2026 (भाषा)। नेपाल के स्पीकर देवराज घिमिरे ने बुधवार को लोकसभा अध्यक्ष ओम बिरला से मुलाकात की। "
        "दोनों नेताओं ने दोनों देशों के सांसदों के बीच आदान-प्रदान बढ़ाने पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("ओम बिरला", "IND", "participant"), ("देवराज घिमिरे", "NPL", "participant")]


def test_a_visitor_described_as_come_on_a_visit_to_a_country_is_placed_at_it(run):
    text = (
        "नई दिल्ली, 4 नवंबर 2026 (भाषा)। भारत दौरे पर आए मालदीव के विदेश मंत्री अब्दुल्ला खलील ने मंगलवार को गृह मंत्री अमित "
        "शाह से मुलाकात की।"
    )
    (visit,) = [f for f in frames(run(text)) if f["event_type"] == "VISIT"]
    assert visit["location"]["text"] == "भारत"
    told = text.replace("भारत दौरे पर आए मालदीव के", "मालदीव के").replace("मुलाकात की।", "मुलाकात की। वह भारत दौरे पर आए हैं।")
    (visit,) = [f for f in frames(run(told)) if f["event_type"] == "VISIT"]
    assert visit["location"]["text"] == "नई दिल्ली"


def test_a_signing_of_the_visitors_country_and_the_hosts_is_where_the_visit_went(run):
    doc = run(
        "नई दिल्ली, 31 अगस्त 2026। मोदी की यात्रा की मुख्य बातें इस प्रकार हैं:\n\n• प्रधानमंत्री नरेंद्र मोदी शुक्रवार को "
        "टोक्यो पहुंचे।\n• शनिवार को मोदी और जापान की प्रधानमंत्री साने ताकाइची ने रक्षा सहयोग पर बातचीत की।\n• दोनों देशों "
        "ने दो समझौतों पर हस्ताक्षर किए।"
    )
    (signing,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert signing["location"]["text"] == "टोक्यो"


def test_the_sender_of_a_message_handed_over_is_not_one_of_both_leaders(run):
    doc = run(
        "अंतानानारिवो, २४ नवंबर २०२६ (आईएएनएस)। विदेश राज्य मंत्री पबित्रा मार्गेरिटा ने मंगलवार को राष्ट्रपति माइकल "
        "रैंड्रियानिरिना से मुलाकात की और उन्हें प्रधानमंत्री नरेंद्र मोदी का शुभकामना संदेश दिया। दोनों नेताओं ने कृषि और "
        "स्वास्थ्य के क्षेत्रों में सहयोग बढ़ाने पर चर्चा की।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert people(meeting) == [("पबित्रा मार्गेरिटा", "IND", "participant"), ("माइकल रैंड्रियानिरिना", "MDG", "participant")]
    assert meeting["date"]["value"] == "2026-11-24" and meeting["topics"] == ["agriculture", "health"]


def test_a_bare_delegation_is_the_one_a_person_told_before_led(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026 (वार्ता) गाम्बिया की नेशनल असेंबली के अध्यक्ष फाबकरी तोम्बोंग जट्टा के नेतृत्व में एक "
        "संसदीय प्रतिनिधिमंडल ने गुरुवार को लोकसभा अध्यक्ष ओम बिरला से मुलाकात की। बिरला ने कहा कि भारत क्षमता निर्माण में "
        "मदद करेगा।\n\nप्रतिनिधिमंडल ने इससे पहले राजघाट जाकर महात्मा गांधी को श्रद्धांजलि अर्पित की।"
    )
    (tribute,) = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert people(tribute) == [("फाबकरी तोम्बोंग जट्टा", "GMB", "participant")]


def test_wishes_sent_by_a_letter_called_chitthi_have_no_place(run):
    doc = run(
        "नई दिल्ली, 12 मई 2026 (भाषा)। प्रधानमंत्री नरेंद्र मोदी ने सोमवार को चिट्ठी लिखकर कोस्टा रिका की राष्ट्रपति लौरा "
        "फर्नांडीज को पदभार संभालने पर बधाई दी।"
    )
    (wishes,) = frames(doc)
    assert wishes["event_type"] == "CONGRATULATE" and wishes["location"] is None
    assert wishes["date"]["value"] == "2026-05-11"


def test_the_leaders_of_consultations_by_video_conference_take_part_in_the_call(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026 (वार्ता) भारत और स्वीडन के बीच विदेश कार्यालय परामर्श का पांचवां दौर बृहस्पतिवार को वीडियो "
        "कॉन्फ्रेंसिंग के जरिए हुआ। भारतीय पक्ष का नेतृत्व विदेश मंत्रालय में सचिव (पश्चिम) तन्मय लाल ने किया, जबकि स्वीडिश "
        "पक्ष का नेतृत्व स्वीडन के विदेश मंत्रालय में राज्य सचिव डिक्सन गीर ने किया।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL"
    assert people(call) == [("डिक्सन गीर", "SWE", "participant"), ("तन्मय लाल", "IND", "participant")]


def test_a_meeting_during_the_day_after_one_told_today_has_its_day(run):
    doc = run(
        "नई दिल्ली, 29 नवंबर 2026: विदेश मंत्री एस जयशंकर ने आज कोमोरोस के विदेश मंत्री म्बे मोहम्मद से मुलाकात की। वहीं, "
        "वाणिज्य मंत्री पीयूष गोयल ने दिन में कोमोरोस के अर्थव्यवस्था मंत्री अहमद अली बाजी से भेंट की।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2026-11-29", "2026-11-29"]


def test_talks_told_as_later_do_not_take_the_day_of_the_sentence_before(run):
    doc = run(
        "गुवाहाटी, 2 दिसंबर 2026 (एजेंसी)। भूटान के प्रधानमंत्री शेरिंग तोबगे की असम यात्रा बुधवार को खराब मौसम के कारण रद्द हो "
        "गई, जिससे मुख्यमंत्री हिमंत बिस्वा सरमा के साथ उनकी प्रस्तावित मुलाकात नहीं हो सकी। बाद में दोनों नेताओं ने फोन पर "
        "बात की।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["date"] is None


def test_an_arrival_told_as_the_time_of_what_follows_is_a_visit(run):
    doc = run(
        "नई दिल्ली, 18 नवंबर 2026 (भाषा)। यूएस के उप विदेश मंत्री क्रिस्टोफर लैंडौ ने रविवार को दिल्ली पहुंचने के बाद राष्ट्रीय "
        "युद्ध स्मारक पर पुष्पांजलि अर्पित की।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["VISIT"]["location"]["text"] == "दिल्ली" and by_type["VISIT"]["date"]["value"] == "2026-11-15"
    assert by_type["CEREMONY"]["date"]["value"] == "2026-11-15"
    doc = run("नई दिल्ली, 18 नवंबर 2026 (भाषा)। फ्रांस के राष्ट्रपति मैक्रों गुरुवार को मुंबई पहुंचने के बाद उद्योगपतियों से मिलेंगे।")
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["modality"] == "planned" and visit["location"]["text"] == "मुंबई"


def test_the_members_of_a_body_met_are_that_body(run):
    doc = run(
        "सियोल, 1 दिसंबर 2026 (वार्ता) वाणिज्य मंत्री पीयूष गोयल ने सोमवार को कोरियाई उद्योग संघ के सदस्यों के साथ गोलमेज बैठक की।"
    )
    (meeting,) = frames(doc)
    assert ("-", "KOR", "participant") in people(meeting)


def test_a_lunch_given_for_a_guest_is_a_meeting_with_the_guest(run):
    doc = run(
        "टोक्यो, 5 दिसंबर 2026 (भाषा)। जापान की प्रधानमंत्री साने ताकाइची ने शुक्रवार को अपने सरकारी आवास पर भारत के विदेश मंत्री "
        "एस जयशंकर के लिए लंच का आयोजन किया। लंच पर दोनों नेताओं ने रक्षा सहयोग पर विचार साझा किए।"
    )
    (lunch,) = frames(doc)
    assert people(lunch) == [("एस जयशंकर", "IND", "participant"), ("साने ताकाइची", "JPN", "participant")]
    assert lunch["date"]["value"] == "2026-12-04" and lunch["topics"] == ["defence"]


def test_a_retreat_chaired_by_the_host_is_a_meeting_of_all_who_took_part(run):
    doc = run(
        "नई दिल्ली, 11 जुलाई 2026 (वार्ता) विदेश मंत्री एस जयशंकर की अध्यक्षता में शुक्रवार को यहां बिम्सटेक विदेश मंत्रियों की "
        "तीसरी रिट्रीट हुई, जिसमें बांग्लादेश, भूटान और नेपाल के विदेश मंत्रियों ने भाग लिया।"
    )
    (retreat,) = frames(doc)
    assert retreat["event_type"] == "MEET" and retreat["countries"] == ["BGD", "BTN", "IND", "NPL"]
    assert retreat["date"]["value"] == "2026-07-10"


def test_a_visit_under_a_place_posted_hours_ago_is_at_that_place(run):
    doc = run(
        "नोबोआ भारत दौरे पर\n\nनई दिल्ली 2 घंटे पहले\n\nइक्वाडोर के राष्ट्रपति डेनियल नोबोआ तीन दिन के भारत दौरे पर हैं। "
        "मंगलवार सुबह राष्ट्रपति भवन में राष्ट्रपति द्रौपदी मुर्मू ने उनका रस्मी स्वागत किया।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["location"]["text"] == "नई दिल्ली"


def test_a_visit_dated_by_a_month_of_a_year_before_the_pages_is_history(run):
    doc = run(
        "माले, 8 दिसंबर 2026 (भाषा)। विदेश मंत्री एस जयशंकर ने सोमवार को यहां मालदीव के विदेश मंत्री अब्दुल्ला खलील से मुलाकात "
        "की।\n\nजनवरी 2024 में दोनों देशों के बीच विवाद हुआ था, लेकिन अक्टूबर 2024 में मुइज्जू की भारत यात्रा के बाद संबंधों "
        "में सुधार आया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_an_agreement_in_a_relative_clause_on_talks_is_of_those_in_them_not_of_the_countries_it_is_about(run):
    doc = run(
        "वियना, 24 नवंबर 2026 (एपीए)। नागर विमानन मंत्री के राममोहन नायडू ने सोमवार को ऑस्ट्रिया के परिवहन मंत्री पीटर हैंके "
        "के साथ बैठक की, जिसमें दोनों देशों के बीच सीधी उड़ानें शुरू करने पर सहमति बनी।"
    )
    (agreement,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert people(agreement) == [("के राममोहन नायडू", "IND", "participant"), ("पीटर हैंके", "AUT", "participant")]


def test_a_signing_to_come_told_by_countries_then_by_their_people_is_one_at_the_city(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026 (भाषा)। भारत और न्यूजीलैंड अगले महीने वेलिंगटन में मुक्त व्यापार समझौते पर हस्ताक्षर करेंगे। "
        "वाणिज्य मंत्री पीयूष गोयल इसके लिए अगले महीने न्यूजीलैंड जाएंगे, जहां वह व्यापार मंत्री टॉड मैक्ले के साथ समझौते पर "
        "हस्ताक्षर करेंगे।"
    )
    (signing,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert people(signing) == [("टॉड मैक्ले", "NZL", "participant"), ("पीयूष गोयल", "IND", "participant")]
    assert signing["location"]["text"] == "वेलिंगटन" and signing["modality"] == "planned"


def test_thanks_to_a_countrys_leadership_in_urdu_words_are_to_the_country(run):
    doc = run(
        "इस्लामाबाद, 27 नवंबर 2026 (एजेंसी)। पाकिस्तान के वज़ीरे आज़म शहबाज़ शरीफ़ ने जुमेरात को सऊदी अरब के क्राउन प्रिंस "
        "मोहम्मद बिन सलमान से टेलीफ़ोन पर गुफ़्तगू की। शरीफ़ ने सऊदी क़यादत का शुक्रिया अदा किया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert people(thanks) == [("-", "SAU", "target"), ("शहबाज़ शरीफ़", "PAK", "source")]
    assert thanks["date"]["value"] == "2026-11-26"


def test_a_countrys_situation_talked_of_in_a_meeting_is_its_subject_not_a_side(run):
    doc = run(
        "दुशांबे, 22 जुलाई (भाषा)। रक्षा मंत्री राजनाथ सिंह ने मंगलवार को ताजिकिस्तान के रक्षा मंत्री कर्नल जनरल इमोमाली "
        "सोबिरजोदा के साथ द्विपक्षीय बैठक की। बैठक में सैन्य प्रशिक्षण, आतंकवाद से मुकाबले और अफगानिस्तान की स्थिति पर "
        "विचार-विमर्श हुआ।\n\nसिंह ने राष्ट्रपति इमोमाली रहमोन से भी मुलाकात की और उन्हें भारत के समर्थन का भरोसा दिलाया। "
        "रक्षा मंत्री दो दिन की यात्रा पर सोमवार को दुशांबे पहुंचे थे।"
    )
    first, second = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert first["topics"] == ["defence", "education", "security"] and second["topics"] == []


def test_thanks_in_separate_messages_have_no_place(run):
    doc = run(
        "नई दिल्ली, 18 सितंबर 2025 (भाषा) प्रधानमंत्री नरेंद्र मोदी ने रूस के राष्ट्रपति व्लादिमीर पुतिन और इटली की प्रधानमंत्री "
        "जॉर्जिया मेलोनी को अलग-अलग संदेशों में धन्यवाद दिया।"
    )
    assert [f["location"] for f in frames(doc)] == [None, None]


def test_those_who_mediate_talks_are_no_side_of_them(run):
    doc = run("दोहा। अफगानिस्तान और पाकिस्तान के प्रतिनिधिमंडलों के बीच कतर और तुर्की की मध्यस्थता में शनिवार को दोहा में बातचीत हुई।")
    (talks,) = frames(doc)
    assert talks["countries"] == ["AFG", "PAK"]


def test_a_host_travelling_with_the_guest_makes_the_guests_visit(run):
    doc = run(
        "मार्से, 12 फरवरी 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी और फ्रांस के राष्ट्रपति इमैनुएल मैक्रों ने बुधवार को मार्से में "
        "भारत के नए वाणिज्य दूतावास का उद्घाटन किया।\n\nदोनों नेता मंगलवार रात पेरिस से मार्से पहुंचे थे।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "FRA", "target"), ("नरेन्द्र मोदी", "IND", "source")]


def test_what_was_done_a_day_before_the_event_told_has_the_day_before(run):
    doc = run(
        "मॉस्को, 21 अगस्त 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने गुरुवार को रूस के विदेश मंत्री सर्गेई लावरोव से मुलाकात की।"
        "\n\nइससे एक दिन पहले जयशंकर ने रूस के प्रथम उप प्रधानमंत्री डेनिस मंतुरोव के साथ अंतर-सरकारी आयोग की बैठक की "
        "सह-अध्यक्षता की।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2025-08-21", "2025-08-20"]


def test_a_host_of_no_stated_country_is_of_the_country_where_the_meeting_is_held(run):
    doc = run(
        "बर्लिन, 26 नवंबर 2026 (डीडब्ल्यू)। चांसलर फ्रीडरिष मैर्त्स ने बुधवार को बर्लिन में फ्रांसीसी राष्ट्रपति इमानुएल माक्रों "
        "की मेजबानी की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["DEU", "FRA"]


def test_an_adviser_to_a_countrys_president_is_of_that_country(run):
    doc = run(
        "पेरिस, 24 नवंबर 2026 (भाषा)। राष्ट्रीय सुरक्षा सलाहकार अजीत डोभाल और फ्रांस के राष्ट्रपति के राजनयिक सलाहकार इमैनुएल "
        "बोन ने सोमवार को पेरिस में भारत-फ्रांस रणनीतिक वार्ता की सह-अध्यक्षता की।"
    )
    (talks,) = frames(doc)
    assert people(talks) == [("अजीत डोभाल", "IND", "participant"), ("इमैनुएल बोन", "FRA", "participant")]


def test_a_gift_after_a_meeting_is_no_meeting_and_what_was_given_no_topic(run):
    doc = run(
        "नई दिल्ली, 30 नवंबर 2026 (भाषा)। भूटान के राजा जिग्मे खेसर नामग्येल वांगचुक ने रविवार को राष्ट्रपति भवन में राष्ट्रपति "
        "द्रौपदी मुर्मू से भेंट की। मुर्मू ने उन्हें पारंपरिक चिकित्सा पर एक पुस्तक भेंट की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == []


def test_leaders_meeting_again_without_se_is_a_planned_meeting(run):
    doc = run(
        "दक्षिण कोरिया के राष्ट्रपति ली जे-म्योंग ने गुरुवार को जापान की प्रधानमंत्री साने ताकाइची से टेलीफ़ोन पर बातचीत की। "
        "दोनों नेता अगले महीने तोक्यो में फिर मिलेंगे।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["modality"] == "planned" and meeting["location"]["text"] == "तोक्यो"
    assert people(meeting) == [("ली जे-म्योंग", "KOR", "participant"), ("साने ताकाइची", "JPN", "participant")]


def test_a_tree_planted_too_is_a_ceremony(run):
    doc = run(
        "पटना, 28 नवंबर 2026। उपराष्ट्रपति वो थी आन्ह शुआन शुक्रवार को बोधगया पहुंचीं। उन्होंने मंदिर परिसर में एक पौधा भी लगाया।"
    )
    assert "CEREMONY" in [f["event_type"] for f in frames(doc)]


def test_thanks_told_undated_take_the_day_their_giver_spoke_in_the_next_sentence(run):
    doc = run(
        "पोर्ट मोरेस्बी, 29 नवंबर 2026 (एएफपी)। पापुआ न्यू गिनी के प्रधानमंत्री जेम्स मारापे ने भूस्खलन के बाद सहायता देने के लिए "
        "प्रधानमंत्री नरेन्द्र मोदी का धन्यवाद किया है। मारापे ने शनिवार को संसद में कहा कि भारत हमेशा साथ खड़ा रहा है।"
    )
    (thanks,) = frames(doc)
    assert thanks["date"]["value"] == "2026-11-28"


def test_a_ministers_country_reads_past_a_body_listed_with_commas_and_a_plural_force(run):
    doc = run(
        "काठमांडू, 27 नवंबर 2026। बैठक की सह-अध्यक्षता भारत के विद्युत मंत्रालय के संयुक्त सचिव पीयूष सिंह और नेपाल के ऊर्जा, "
        "जल संसाधन और सिंचाई मंत्रालय के संयुक्त सचिव संदीप कुमार देव ने की। काहिरा में मिस्र के सशस्त्र बलों के चीफ ऑफ स्टाफ "
        "लेफ्टिनेंट जनरल अहमद फथी खलीफा और उज़्बेकिस्तान के विधान मंडल के अध्यक्ष नूरदिनजोन इस्माइलोव ने भाषण दिया।"
    )
    countries = {p.name: p.country for p in doc.people}
    assert countries["संदीप कुमार देव"] == "NPL"
    assert countries["अहमद फथी खलीफा"] == "EGY" and countries["नूरदिनजोन इस्माइलोव"] == "UZB"


def test_an_event_of_other_countries_in_a_digest_takes_no_place_from_another_story(run):
    doc = run(
        "दुनिया संक्षेप में\n\nजर्मनी के चांसलर फ्रीडरिख मर्ज़ ने सोमवार को बर्लिन में पोलैंड के प्रधानमंत्री डोनाल्ड टस्क से मुलाकात "
        "की।\n\nमलेशिया और इंडोनेशिया ने समुद्री सीमा के निर्धारण पर एक संधि पर हस्ताक्षर किए हैं।"
    )
    meeting, signing = frames(doc)
    assert meeting["location"]["text"] == "बर्लिन" and signing["location"] is None


def test_ministers_meeting_of_a_portfolio_is_about_it_but_not_what_is_done_on_its_margins(run):
    doc = run(
        "बिश्केक, 27 नवंबर 2026। कृषि मंत्री शिवराज सिंह चौहान ने गुरुवार को यहां एससीओ कृषि मंत्रियों की बैठक में भाग लिया।\n\n"
        "मॉस्को, 2 दिसंबर। राजनाथ सिंह ने एससीओ रक्षा मंत्रियों की बैठक से इतर रूस के मंत्री आंद्रेई बेलौसोव से मुलाकात की।"
    )
    forum, margins = frames(doc)
    assert "agriculture" in forum["topics"] and "defence" not in margins["topics"]


def test_non_oil_trade_is_no_oil(run):
    doc = run(
        "अबू धाबी, 24 नवंबर 2026। यूएई के मंत्री थानी अल ज़ायूदी और भारत के वाणिज्य सचिव राजेश अग्रवाल ने गैर-तेल व्यापार पर चर्चा की।"
    )
    (talks,) = frames(doc)
    assert talks["topics"] == ["trade"]


def test_a_security_dialogue_attended_is_a_forum_and_meetings_beside_it_are_undated(run):
    doc = run(
        "मनामा, 1 दिसंबर 2026 (एजेंसी)। विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने रविवार को आईआईएसएस मनामा डायलॉग में भाग लिया। "
        "इससे इतर उन्होंने बहरीन के विदेश मंत्री अब्दुल्लातिफ अल ज़यानी से मुलाकात की।"
    )
    forum, margins = frames(doc)
    assert people(forum) == [("कीर्ति वर्धन सिंह", "IND", "participant")] and "multilateral" in forum["topics"]
    assert margins["date"] is None and margins["location"]["text"] == "मनामा"


def test_farming_technology_is_agriculture_alone(run):
    doc = run("रायपुर, 2 दिसंबर। राज्यपाल रमेन डेका से इज़राइल के महावाणिज्य दूत याकोव फिन्केलस्टीन ने आधुनिक कृषि तकनीक पर चर्चा की।")
    assert [f["topics"] for f in frames(doc)] == [["agriculture"]]


@pytest.mark.parametrize(
    "text,place,country",
    [
        (
            "चेन्नई, 3 दिसंबर। मुख्यमंत्री एम के स्टालिन से बुधवार को सचिवालय में श्रीलंका के मंत्री रामलिंगम चंद्रशेखर ने मुलाकात की।",
            "सचिवालय",
            "IND",
        ),
        (
            "पोर्ट विक्टोरिया, 25 नवंबर 2026। राजदूत राहुल मेहता ने सेशेल्स के मंत्री माइकल रोसेट से मुलाकात की।",
            "पोर्ट विक्टोरिया",
            "SYC",
        ),
    ],
)
def test_a_secretariat_is_a_venue_and_port_victoria_the_seychelles_capital(run, text, place, country):
    (meeting,) = frames(run(text))
    assert (meeting["location"]["text"], meeting["location"]["country"]) == (place, country)


def test_both_leaders_then_a_word_of_no_list_is_no_one_named(run):
    doc = run(
        "बाकू, 2 दिसंबर 2026। राष्ट्रपति इल्हाम अलीयेव ने मंगलवार को प्रधानमंत्री निकोल पशिन्यान के साथ बैठक की। दोनों नेता "
        "नखचिवान होकर गुजरने वाले परिवहन मार्ग को खोलने पर भी सहमत हुए।"
    )
    assert "नखचिवान" not in [p.name for p in doc.people]


def test_a_passives_agent_after_a_city_named_given_name_is_a_person(run):
    doc = run(
        "असुनसियोन, 30 नवंबर 2026। पराग्वे के राष्ट्रपति सैंटियागो पेन्या द्वारा रविवार को लोकसभा अध्यक्ष ओम बिरला का स्वागत "
        "किया गया। इसके बाद दोनों नेताओं ने कृषि पर बातचीत की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("ओम बिरला", "IND", "participant"), ("सैंटियागो पेन्या", "PRY", "participant")]


def test_wishes_on_a_countrys_day_go_to_someone_of_that_country(run):
    doc = run("प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को रोमानिया के राष्ट्रीय दिवस पर राष्ट्रपति निकुशोर दान को बधाई दी।")
    (wishes,) = frames(doc)
    assert people(wishes) == [("नरेन्द्र मोदी", "IND", "source"), ("निकुशोर दान", "ROU", "target")]


def test_talks_said_of_after_a_plan_have_the_day_it_was_said(run):
    doc = run(
        "मॉस्को, 28 नवंबर 2026 (तास)। विदेश मंत्री सर्गेई लावरोव ने शुक्रवार को कहा कि वह अगले महीने प्योंगयांग जाएंगे। लावरोव ने "
        "यह बात मंगोलिया की विदेश मंत्री बत्त्सेत्सेग बतमुंख के साथ वार्ता के बाद संवाददाता सम्मेलन में कही।"
    )
    talks = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert talks["date"]["value"] == "2026-11-27"


def test_thanks_to_a_government_then_by_letter_to_its_prime_minister_are_one_and_from_nowhere(run):
    doc = run(
        "तिरुवनंतपुरम, 1 दिसंबर 2026। केरल के मुख्यमंत्री पिनराई विजयन ने नर्सों की सुरक्षित वापसी में मदद के लिए माल्टा सरकार का आभार "
        "जताया है। विजयन ने सोमवार को माल्टा के प्रधानमंत्री रॉबर्ट अबेला को पत्र लिखकर उनका धन्यवाद किया।"
    )
    (thanks,) = frames(doc)
    assert thanks["location"] is None and thanks["date"]["value"] == "2026-11-30"
    assert people(thanks) == [
        ("-", "MLT", "target"),
        ("पिनराई विजयन", "IND", "source"),
        ("रॉबर्ट अबेला", "MLT", "target"),
    ]


def test_an_exercise_closing_with_a_ceremony_is_one_of_both_armies(run):
    doc = run(
        "बेलगावी, 28 नवंबर 2026। भारत और उज़्बेकिस्तान की सेनाओं के बीच संयुक्त सैन्य अभ्यास शुक्रवार को एक समापन समारोह के साथ संपन्न हुआ।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["countries"] == ["IND", "UZB"]


def test_malawi_spelt_with_a_long_a_and_an_honorific_before_the_office(run):
    doc = run("नई दिल्ली, 26 नवंबर 2026। राष्ट्रपति द्रौपदी मुर्मू से आज मालावी के महामहिम राष्ट्रपति श्री पीटर मुथारिका जी ने भेंट की।")
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "MWI"]


def test_a_condolence_book_signed_at_a_mission_here_is_a_tribute_there(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026 (भाषा)। विदेश मंत्री एस. जयशंकर ने सोमवार को यहां स्थित नामीबियाई उच्चायोग जाकर देश के पूर्व "
        "राष्ट्रपति के निधन पर शोक पुस्तिका में हस्ताक्षर किए।"
    )
    (tribute,) = frames(doc)
    assert tribute["event_type"] == "CEREMONY" and tribute["location"]["text"] == "नामीबियाई उच्चायोग"


def test_a_counterpart_named_by_a_demonym_that_is_also_a_word_is_of_that_country(run):
    doc = run(
        "प्राग, 24 नवंबर 2026। वाणिज्य मंत्री पीयूष गोयल ने सोमवार को अपने चेक समकक्ष लुकाश व्लचेक के साथ बैठक की और निवेश पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["CZE", "IND"]


def test_a_guest_who_congratulates_in_a_relative_clause_and_talks_told_further_that_day(run):
    doc = run(
        "जकार्ता, 2 दिसंबर 2026 (अंतारा)। इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो ने मंगलवार को राष्ट्रपति भवन में भारत के उपराष्ट्रपति "
        "सी पी राधाकृष्णन की अगवानी की, जिन्होंने इंडोनेशिया को आसियान की अध्यक्षता संभालने पर बधाई दी। दोनों नेताओं ने रक्षा में "
        "सहयोग पर भी चर्चा की।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert people(by_type["CONGRATULATE"]) == [("-", "IDN", "target"), ("सी पी राधाकृष्णन", "IND", "source")]
    assert by_type["MEET"]["date"]["value"] == "2026-12-01"


def test_one_met_by_a_verb_before_takes_no_part_in_the_wreath_laid_after(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026। इंडोनेशियाई नौसेना के प्रमुख एडमिरल मुहम्मद अली ने मंगलवार को नौसेना प्रमुख एडमिरल दिनेश के "
        "त्रिपाठी से मुलाकात की और राष्ट्रीय युद्ध स्मारक पर पुष्पांजलि अर्पित की।"
    )
    wreath = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert people(wreath) == [("मुहम्मद अली", "IDN", "participant")]


def test_an_agency_in_brackets_after_the_dateline_date_is_no_place(run):
    doc = run(
        "कुवैत सिटी, 25 नवंबर 2026 (कुना)। कुवैत के विदेश मंत्री अब्दुल्ला अली अल-याह्या ने मंगलवार को भारत की राजदूत परमिता त्रिपाठी "
        "से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "कुवैत सिटी"


def test_a_dateline_with_its_weekday_dates_the_story_and_lithium_is_mining(run):
    doc = run(
        "नई दिल्ली, गुरुवार, 3 दिसंबर 2026। प्रधानमंत्री नरेन्द्र मोदी ने बुधवार देर रात अर्जेंटीना के राष्ट्रपति हावियर मिलेई से फोन "
        "पर बात की और लिथियम के व्यापार पर चर्चा की।"
    )
    (call,) = frames(doc)
    assert call["date"]["value"] == "2026-12-02" and call["topics"] == ["mining", "trade"]
    assert doc.sentences[0].kind == "dateline"


def test_a_place_alone_in_a_stamps_fields_places_the_story(run):
    doc = run(
        "जनसत्ता ऑनलाइन | नई दिल्ली | Updated: December 2, 2026 18:40 IST\n\nऑस्ट्रिया की विदेश मंत्री बेआटे माइनल-राइजिंगर ने "
        "बुधवार को यहां विदेश मंत्री एस जयशंकर से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "नई दिल्ली" and meeting["date"]["value"] == "2026-12-02"


def test_a_country_whose_capital_bears_its_name_is_where_the_host_receives(run):
    doc = run("लक्ज़मबर्ग के प्रधानमंत्री ल्यूक फ्रीडेन ने बुधवार को लक्ज़मबर्ग में बेल्जियम के प्रधानमंत्री बार्ट डी वेवर की मेज़बानी की।")
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("लक्ज़मबर्ग", "LUX")


def test_a_publish_date_stamp_dates_the_story_and_one_named_after_the_call_is_no_side_of_it(run):
    doc = run(
        "Publish Date: Wed, 02 Dec 2026 08:15 PM (IST)\n\nवाणिज्य मंत्री पीयूष गोयल ने बुधवार को ब्राज़ील के व्यापार मंत्री जेराल्डो "
        "अल्कमिन से फोन पर बात की और मर्कोसुर के साथ अधिमान्य व्यापार समझौते के विस्तार पर चर्चा की।"
    )
    (call,) = frames(doc)
    assert call["date"]["value"] == "2026-12-02" and call["countries"] == ["BRA", "IND"]
    assert [p["org"] for p in call["participants"]] == [None, None]


def test_a_summit_held_by_virtual_means_is_a_call_from_nowhere(run):
    doc = run(
        "सियोल, 1 दिसंबर 2026 (योनहाप)। दक्षिण कोरिया के राष्ट्रपति ली जे-म्युंग और मंगोलिया के राष्ट्रपति उखनागीन खुरेलसुख ने सोमवार को "
        "आभासी माध्यम से शिखर बैठक की।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["location"] is None


def test_a_meeting_held_in_hybrid_form_takes_no_place_from_the_dateline(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा)। भारत और केन्या के बीच संयुक्त व्यापार समिति की बैठक बुधवार को हाइब्रिड प्रारूप में हुई। बैठक की "
        "सह-अध्यक्षता वाणिज्य सचिव राजेश अग्रवाल ने नई दिल्ली से और केन्या की व्यापार सचिव रेजिना अकोथ ने नैरोबी से की।"
    )
    (meeting,) = frames(doc)
    assert meeting["event_type"] == "MEET" and meeting["location"] is None
    assert meeting["countries"] == ["IND", "KEN"]


def test_ministers_joining_a_meeting_virtually_hold_a_call(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा)। भारत और चिली के कृषि मंत्रियों की बैठक बुधवार को हुई, जिसमें केंद्रीय कृषि मंत्री शिवराज सिंह "
        "चौहान नई दिल्ली से और चिली के कृषि मंत्री इग्नासियो वलेंज़ुएला सैंटियागो से वर्चुअली जुड़े।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["location"] is None
    assert people(call) == [("इग्नासियो वलेंज़ुएला", "CHL", "participant"), ("शिवराज सिंह चौहान", "IND", "participant")]


def test_a_telephonic_talk_is_a_call_and_debt_restructuring_is_finance(run):
    doc = run(
        "काहिरा, 30 नवंबर 2026 (एजेंसी)। मिस्र के राष्ट्रपति अब्देल फतह अल-सीसी और जाम्बिया के राष्ट्रपति हाकाइंडे हिचिलेमा के बीच रविवार "
        "को टेलीफोनिक वार्ता हुई, जिसमें ऋण पुनर्गठन पर बात हुई।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["topics"] == ["finance"]


def test_a_gun_salute_is_a_ceremony_and_a_presidential_complex_a_venue(run):
    doc = run(
        "अंकारा, 26 नवंबर 2026 (एएफपी)। तुर्किये के राष्ट्रपति रेचेप तैयप एर्दोगन ने बुधवार को राष्ट्रपति परिसर में हंगरी के प्रधानमंत्री "
        "विक्टर ओरबान से मुलाकात की। इससे पहले ओरबान को 21 तोपों की सलामी दी गई।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert set(by_type) == {"MEET", "CEREMONY"}
    assert (by_type["MEET"]["location"]["text"], by_type["MEET"]["location"]["country"]) == ("राष्ट्रपति परिसर", "TUR")


def test_one_met_besides_another_is_met_too(run):
    doc = run(
        "ब्रसेल्स, 1 दिसंबर 2026 (एएफपी)। मोल्दोवा की राष्ट्रपति माइया सांडू ने मंगलवार को यूरोपीय परिषद के अध्यक्ष एंटोनियो कोस्टा के "
        "अलावा बेल्जियम के प्रधानमंत्री बार्ट डी वेवर से भी अलग-अलग मुलाकात की।"
    )
    met = sorted(p["name"] for f in frames(doc) for p in f["participants"] if p["name"] != "माइया सांडू")
    assert len(frames(doc)) == 2 and met == ["एंटोनियो कोस्टा", "बार्ट डी वेवर"]


def test_a_party_to_an_agreement_talked_of_is_no_side_of_the_talks(run):
    doc = run(
        "ओटावा, 2 दिसंबर 2026 (एजेंसी)। कनाडा के व्यापार मंत्री मनिंदर सिद्धू ने बुधवार को इक्वाडोर के विदेश व्यापार मंत्री लुइस अल्बर्टो "
        "जरामिलो से मुलाकात की और आसियान के साथ मुक्त व्यापार समझौते पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["CAN", "ECU"] and [p["org"] for p in meeting["participants"]] == [None, None]


def test_meetings_told_a_paragraph_each_after_the_day_of_many_meetings_were_held_that_day(run):
    doc = run(
        "जिनेवा, 2 दिसंबर 2026 (पीआईबी)। वाणिज्य मंत्री पीयूष गोयल ने बुधवार को जिनेवा में कई देशों के मंत्रियों के साथ द्विपक्षीय बैठकें "
        "कीं।\n\nसबसे पहले उन्होंने नॉर्वे की व्यापार मंत्री सेसिली मायरसेथ से मुलाकात की।\n\nइसके बाद उन्होंने स्विट्जरलैंड के आर्थिक "
        "मामलों के मंत्री गाय पार्मेलिन के साथ बैठक की।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2026-12-02", "2026-12-02"]


def test_senators_leading_a_delegation_are_its_side(run):
    doc = run(
        "टोक्यो, 30 नवंबर 2026 (क्योडो)। अमेरिकी सीनेटरों के एक प्रतिनिधिमंडल ने सोमवार को जापान की प्रधानमंत्री साने ताकाइची से मुलाकात "
        "की। प्रतिनिधिमंडल का नेतृत्व सीनेटर जीन शाहीन और सीनेटर जिम रिश कर रहे थे।"
    )
    (meeting,) = frames(doc)
    assert ("जीन शाहीन", "USA", "participant") in people(meeting) and ("जिम रिश", "USA", "participant") in people(
        meeting
    )


def test_resource_and_transition_portfolios_are_of_the_country_named(run):
    doc = run(
        "अबूजा, 1 दिसंबर 2026 (एजेंसी)। घाना के ऊर्जा संक्रमण एवं सतत विकास मंत्री क्वामे मेंसा ने मंगलवार को नाइजीरिया के पेट्रोलियम "
        "संसाधन राज्य मंत्री हेनियेकरी लोकपोबिरी से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert sorted((p["title"], p["country"]) for p in meeting["participants"]) == [
        ("ऊर्जा संक्रमण एवं सतत विकास मंत्री", "GHA"),
        ("पेट्रोलियम संसाधन राज्य मंत्री", "NGA"),
    ]


def test_a_charge_d_affaires_is_a_title(run):
    doc = run(
        "काठमांडू, 30 नवंबर 2026 (भाषा)। नेपाल में जर्मनी की चार्ज डी अफेयर्स अन्ना मारिया श्मिट ने रविवार को नेपाल के विदेश सचिव अमृत "
        "बहादुर राई से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert ("अन्ना मारिया श्मिट", "DEU", "participant") in people(meeting)


def test_a_town_named_after_its_countrys_ke_shahar_is_that_countrys_wherever_named_again(run):
    doc = run(
        "वेलेन्ये, 1 दिसंबर 2026 (एसटीए)। स्लोवेनिया के शहर वेलेन्ये और क्रोएशिया के शहर वराज़दिन ने मंगलवार को एक सहयोग समझौते पर "
        "हस्ताक्षर किए। समझौते पर वेलेन्ये के मेयर पेटेर दोब्निक और वराज़दिन के मेयर नेवेन बोसिलेवाच ने हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert people(signing) == [("नेवेन बोसिलेवाच", "HRV", "participant"), ("पेटेर दोब्निक", "SVN", "participant")]
    assert signing["location"]["country"] == "SVN"


def test_an_office_in_brackets_after_a_name_is_that_persons(run):
    doc = run(
        "मनीला, 2 दिसंबर 2026 (एजेंसी)। फिलीपींस और ऑस्ट्रेलिया के बीच बुधवार को समुद्री सहयोग पर संयुक्त समिति की बैठक हुई। बैठक की "
        "सह-अध्यक्षता थेरेसा लाज़ारो (फिलीपींस की विदेश मंत्री) और टिम वॉट्स (ऑस्ट्रेलिया के विदेश राज्य मंत्री) ने की।"
    )
    (meeting,) = frames(doc)
    assert sorted((p["name"], p["title"], p["country"]) for p in meeting["participants"]) == [
        ("टिम वॉट्स", "विदेश राज्य मंत्री", "AUS"),
        ("थेरेसा लाज़ारो", "विदेश मंत्री", "PHL"),
    ]


def test_an_office_told_in_a_relative_clause_after_the_name_is_that_persons(run):
    doc = run(
        "क्विटो, 30 नवंबर 2026 (एएफपी)। कोलंबिया की विदेश मंत्री रोसा विलाविसेंसियो ने रविवार को यहां गैब्रिएला सोमरफेल्ड से मुलाकात की, "
        "जो इक्वाडोर की विदेश मंत्री हैं।"
    )
    (meeting,) = frames(doc)
    assert ("गैब्रिएला सोमरफेल्ड", "ECU", "participant") in people(meeting)


def test_hinglish_offices_of_a_deputy_and_a_vice_president(run):
    doc = run(
        "हनोई, 1 दिसंबर 2026 (वीएनए)। मलेशिया के डिप्टी पीएम फदिल्लाह युसुफ ने मंगलवार को हनोई में वियतनाम के वाइस प्रेसिडेंट वो थी आन्ह "
        "श्वान से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert sorted((p["title"], p["country"]) for p in meeting["participants"]) == [
        ("डिप्टी पीएम", "MYS"),
        ("वाइस प्रेसिडेंट", "VNM"),
    ]


def test_an_office_glossed_in_brackets_before_a_name_makes_no_person_of_the_words_before(run):
    doc = run(
        "रियाद, 26 नवंबर 2026 (एसपीए)। कतर के अमीर तमीम बिन हमद अल थानी ने गुरुवार को सऊदी अरब के वली अहद (क्राउन प्रिंस) मोहम्मद "
        "बिन सलमान से फोन पर बात की।"
    )
    (call,) = frames(doc)
    assert sorted(p["name"] for p in call["participants"]) == ["तमीम बिन हमद अल थानी", "मोहम्मद बिन सलमान"]


def test_ties_a_greeter_says_there_are_are_no_topic_of_the_greetings(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा)। विदेश मंत्री एस जयशंकर ने लाओस के विदेश मंत्री थोंगसावन फोमविहाने को बधाई संदेश भेजा। "
        "उन्होंने कहा कि दोनों देशों के बीच बौद्ध धर्म से जुड़े सदियों पुराने सांस्कृतिक संबंध हैं।"
    )
    (wishes,) = frames(doc)
    assert wishes["topics"] == []


def test_a_dateline_city_spelled_with_a_long_a_is_the_known_citys(run):
    doc = run(
        "राबात, 2 दिसंबर 2026 (एएफपी)। मोरक्को के विदेश मंत्री नासिर बौरीता ने बुधवार को नाइजीरिया के पेट्रोलियम राज्य मंत्री "
        "एकपेरिक्पे एक्पो से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "राबात" and meeting["location"]["country"] == "MAR"


def test_a_malay_palace_named_head_first_is_a_venue(run):
    doc = run(
        "बंदर सेरी बेगवान, 2 दिसंबर 2026 (भाषा)। उपराष्ट्रपति सी पी राधाकृष्णन ने बुधवार को ब्रुनेई के सुल्तान हसनल बोलकिया से "
        "इस्ताना नुरुल इमान में मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "इस्ताना नुरुल इमान" and meeting["location"]["country"] == "BRN"


def test_a_person_named_with_two_offices_is_titled_with_both_as_written(run):
    doc = run(
        "कैनबरा, 27 नवंबर 2026 (भाषा)। रक्षा मंत्री राजनाथ सिंह ने गुरुवार को ऑस्ट्रेलिया के उप प्रधानमंत्री एवं रक्षा मंत्री रिचर्ड "
        "मार्ल्स के साथ संसद भवन में बातचीत की।"
    )
    (talks,) = frames(doc)
    titles = {p["name"]: p["title"] for p in talks["participants"]}
    assert titles["रिचर्ड मार्ल्स"] == "उप प्रधानमंत्री एवं रक्षा मंत्री"


def test_one_who_stood_for_a_country_at_a_meeting_is_of_that_country(run):
    doc = run(
        "बैंकॉक, 27 नवंबर 2026 (रॉयटर्स)। थाईलैंड और कंबोडिया के बीच गुरुवार को सीमा वार्ता हुई। वार्ता में थाईलैंड का प्रतिनिधित्व "
        "रक्षा मंत्री नत्थफोन नार्कफानित और कंबोडिया का प्रतिनिधित्व उप प्रधानमंत्री टी सेइहा ने किया।"
    )
    countries = {p["name"]: p["country"] for f in frames(doc) for p in f["participants"] if p["name"]}
    assert countries == {"नत्थफोन नार्कफानित": "THA", "टी सेइहा": "KHM"}


def test_an_agreement_is_placed_where_its_day_says_before_what_was_agreed(run):
    doc = run(
        "बैंकॉक, 27 नवंबर 2026 (रॉयटर्स)। थाईलैंड और कंबोडिया ने गुरुवार को कुआलालंपुर में सीमा पर सुरक्षा मजबूत करने पर सहमति जताई।"
    )
    (agreement,) = frames(doc)
    assert agreement["location"]["text"] == "कुआलालंपुर" and agreement["location"]["country"] == "MYS"


def test_a_meeting_told_back_after_an_agreement_reached_in_it_has_its_day(run):
    doc = run(
        "बैंकॉक, 27 नवंबर 2026 (रॉयटर्स)। थाईलैंड और कंबोडिया के रक्षा मंत्रियों ने गुरुवार को कुआलालंपुर में सीमा समिति की विशेष "
        "बैठक में सीमा पर सुरक्षा मजबूत करने पर सहमति जताई।\n\nबैठक में थाईलैंड का प्रतिनिधित्व रक्षा मंत्री नत्थफोन नार्कफानित और "
        "कंबोडिया का प्रतिनिधित्व उप प्रधानमंत्री टी सेइहा ने किया।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meeting["date"]["value"] == "2026-11-26" and meeting["location"]["text"] == "कुआलालंपुर"


def test_thanks_given_on_the_occasion_are_placed_in_its_city(run):
    doc = run(
        "कंपाला (युगांडा), 1 दिसंबर 2026 (भाषा)। भारत के उच्चायुक्त उपेंद्र सिंह रावत और युगांडा की शिक्षा मंत्री जेनेट मुसेवेनी ने "
        "मंगलवार को जिंजा शहर में एक प्रशिक्षण केंद्र का उद्घाटन किया। केंद्र में हर साल 500 युवाओं को प्रशिक्षण दिया जाएगा। इस "
        "अवसर पर मुसेवेनी ने भारत सरकार का आभार जताया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["location"]["text"] == "जिंजा"


def test_an_officer_of_a_company_its_country_names_is_of_that_company_and_country(run):
    doc = run(
        "जकार्ता, 2 दिसंबर 2026 (रॉयटर्स)। अमेरिकी कंपनी एनवीडिया के सीईओ जेन्सेन हुआंग ने बुधवार को जकार्ता में इंडोनेशिया के "
        "राष्ट्रपति प्रबोवो सुबियांतो से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    ceo = next(p for p in meeting["participants"] if p["name"] == "जेन्सेन हुआंग")
    assert (ceo["org"], ceo["country"]) == ("एनवीडिया", "USA")


def test_a_welcome_with_a_gun_salute_is_a_ceremony_of_the_one_welcomed(run):
    doc = run(
        "अंकारा, 26 नवंबर 2026 (एएफपी)। इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो बुधवार को अंकारा पहुंचे। राष्ट्रपति परिसर में 21 "
        "तोपों की सलामी के साथ उनका स्वागत किया गया।"
    )
    (ceremony,) = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert people(ceremony) == [("प्रबोवो सुबियांतो", "IDN", "participant")]


def test_bonds_are_finance(run):
    doc = run(
        "लक्जमबर्ग, 1 दिसंबर 2026 (भाषा)। भारत और लक्जमबर्ग ने मंगलवार को हरित बॉन्ड की दोहरी लिस्टिंग के लिए एक समझौता ज्ञापन "
        "पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["finance"]


def test_a_discussion_naming_only_a_country_of_a_virtual_meeting_goes_on_telling_it(run):
    doc = run(
        "नई दिल्ली, 26 नवंबर 2026 (भाषा)। शिक्षा मंत्री धर्मेंद्र प्रधान और ऑस्ट्रेलिया के शिक्षा मंत्री जेसन क्लेयर ने गुरुवार को "
        "वर्चुअल माध्यम से शिक्षा परिषद की बैठक की सह-अध्यक्षता की।\n\nबैठक में ऑस्ट्रेलियाई विश्वविद्यालयों के भारत में परिसर खोलने "
        "पर चर्चा हुई। दोनों पक्षों ने शैक्षिक योग्यताओं की पारस्परिक मान्यता पर एक कार्य योजना पर हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["location"] is None and signing["date"]["value"] == "2026-11-26"


def test_a_foreign_and_european_affairs_minister_is_of_the_country_named(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा)। विदेश मंत्री एस जयशंकर ने गुरुवार को क्रोएशिया के विदेश एवं यूरोपीय मामलों के मंत्री गोर्डन "
        "ग्रलिच रादमान से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert ("गोर्डन ग्रलिच रादमान", "HRV", "participant") in people(meeting)


def test_the_year_of_what_is_remembered_is_no_day_of_the_tribute(run):
    doc = run(
        "किगाली, 1 दिसंबर 2026 (भाषा)। थल सेना प्रमुख जनरल उपेंद्र द्विवेदी ने रवांडा के सेना प्रमुख से मुलाकात की। जनरल द्विवेदी ने "
        "नरसंहार स्मारक पर पुष्पांजलि अर्पित कर 1994 के नरसंहार के पीड़ितों को श्रद्धांजलि दी।"
    )
    (tribute,) = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert tribute["date"] is None or tribute["date"]["value"] != "1994"


def test_a_memorial_named_for_its_city_is_the_venue(run):
    doc = run(
        "किगाली, 1 दिसंबर 2026 (भाषा)। थल सेना प्रमुख जनरल उपेंद्र द्विवेदी ने मंगलवार को किगाली नरसंहार स्मारक पर पुष्पांजलि अर्पित की।"
    )
    (tribute,) = frames(doc)
    assert tribute["location"]["text"] == "किगाली नरसंहार स्मारक" and tribute["location"]["country"] == "RWA"


def test_what_a_relative_clause_tells_of_a_visit_gone_by_is_no_visit(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। प्रधानमंत्री नरेंद्र मोदी ने 2015 में संयुक्त अरब अमीरात की यात्रा की थी, जो 34 वर्षों में किसी "
        "भारतीय प्रधानमंत्री की पहली यूएई यात्रा थी।"
    )
    assert frames(doc) == []


def test_both_sides_after_talks_with_the_head_of_an_international_body_are_those_talks(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। प्रधानमंत्री नरेंद्र मोदी ने 2015 में संयुक्त अरब अमीरात की यात्रा की थी, जो किसी भारतीय "
        "प्रधानमंत्री की पहली यूएई यात्रा थी। विदेश मंत्री एस जयशंकर शुक्रवार को रियाद में जीसीसी के महासचिव जासिम मोहम्मद अलबुदैवी से "
        "मुलाकात करेंगे। दोनों पक्ष मुक्त व्यापार समझौते पर बातचीत को आगे बढ़ाने पर चर्चा करेंगे।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["trade"] and len(meeting["participants"]) == 2


def test_a_well_known_person_named_with_a_style_and_family_name_is_of_their_country(run):
    doc = run(
        "अबू धाबी, 2 दिसंबर 2026 (वाम)। संयुक्त अरब अमीरात के राष्ट्रीय दिवस पर बुधवार को कतर के अमीर ने राष्ट्रपति शेख मोहम्मद बिन "
        "जायद अल नाहयान को बधाई दी।"
    )
    (wishes,) = frames(doc)
    target = next(p for p in wishes["participants"] if p["role"] == "target")
    assert target["country"] == "ARE"


def test_wishes_told_after_to_the_one_wished_on_a_day_were_given_that_day(run):
    doc = run(
        "अबू धाबी, 2 दिसंबर 2026 (वाम)। राष्ट्रीय दिवस पर बुधवार को कुवैत के अमीर ने संयुक्त अरब अमीरात के राष्ट्रपति मोहम्मद बिन जायद "
        "को बधाई दी।\n\nकतर के अमीर तमीम बिन हमद अल थानी ने फोन कर मोहम्मद बिन जायद को बधाई दी।"
    )
    told = {f["event_type"]: f for f in frames(doc) if "तमीम बिन हमद अल थानी" in [p["name"] for p in f["participants"]]}
    assert told["CONGRATULATE"]["date"]["value"] == told["CALL"]["date"]["value"] == "2026-12-02"


def test_wishes_to_a_countrys_people_and_leadership_go_to_that_country(run):
    doc = run(
        "इस्लामाबाद, 2 दिसंबर 2026 (एपीपी)। पाकिस्तान के प्रधानमंत्री शहबाज शरीफ ने बुधवार को यूएई की जनता और नेतृत्व को हार्दिक "
        "शुभकामनाएं दीं।"
    )
    (wishes,) = frames(doc)
    assert people(wishes) == [("-", "ARE", "target"), ("शहबाज शरीफ", "PAK", "source")]


def test_chairs_told_in_the_future_after_a_saying_verb_make_a_planned_meeting_with_the_parser(parsed_run):
    doc = parsed_run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा)। विदेश मंत्रालय ने बृहस्पतिवार को बताया कि बैठक की सह-अध्यक्षता विदेश मंत्री एस जयशंकर और "
        "केन्या के विदेश मंत्री मुसालिया मुदावादी करेंगे।"
    )
    (meeting,) = frames(doc)
    assert meeting["modality"] == "planned"


def test_talks_are_about_what_they_went_on_to_discuss_in_a_sentence_telling_a_visit_too(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026 (भाषा)। भारत की यात्रा पर आए फिनलैंड के मंत्री विले तावियो ने शुक्रवार को पीयूष गोयल से मुलाकात की "
        "और मुक्त व्यापार समझौते के बाद के अवसरों पर चर्चा की।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meeting["topics"] == ["trade"]


def test_an_official_welcome_is_a_ceremony(run):
    doc = run(
        "अंकारा, 3 दिसंबर 2026 (एजेंसी)। चाड के राष्ट्रपति बुधवार को अंकारा पहुंचे, जहां तुर्की के राष्ट्रपति रेचेप तैयप एर्दोगन ने "
        "उनका आधिकारिक स्वागत किया।"
    )
    assert "CEREMONY" in [f["event_type"] for f in frames(doc)]


def test_a_line_laid_under_the_sea_is_no_maritime_topic(run):
    doc = run(
        "रोम, 4 दिसंबर 2026 (एजेंसी)। इटली और अल्बानिया ने बृहस्पतिवार को समुद्र के नीचे बिछाई जाने वाली बिजली केबल परियोजना पर एक "
        "समझौते पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["energy"]


def test_a_minister_of_affairs_no_list_names_is_of_the_country_before(run):
    doc = run(
        "सूवा, 2 दिसंबर 2026 (एएफपी)। ऑस्ट्रेलिया के प्रशांत द्वीप मामलों के मंत्री पैट कॉनरॉय ने बुधवार को यहां प्रधानमंत्री "
        "सितिवेनी राबुका से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["AUS", "FJI"]


def test_a_visit_naming_the_time_of_a_meeting_takes_not_the_meetings_day(run):
    doc = run(
        "सूवा, 2 दिसंबर 2026 (एएफपी)। ऑस्ट्रेलिया के मंत्री पैट कॉनरॉय ने फिजी की यात्रा के दौरान बुधवार को यहां प्रधानमंत्री "
        "सितिवेनी राबुका से मुलाकात की।"
    )
    told = {f["event_type"]: f for f in frames(doc)}
    assert told["VISIT"]["date"] is None
    assert told["MEET"]["date"]["value"] == "2026-12-02"


def test_police_training_is_about_security(run):
    doc = run(
        "सूवा, 2 दिसंबर 2026 (एएफपी)। फिजी के प्रधानमंत्री सितिवेनी राबुका ने बुधवार को ऑस्ट्रेलिया के विदेश मंत्री से मुलाकात "
        "की और पुलिस प्रशिक्षण पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["education", "security"]


def test_a_capital_named_after_its_country_is_that_countrys_in_the_dateline_too(run):
    doc = run(
        "नगेरुलमुद, 1 दिसंबर 2026 (एएफपी)। फिजी के प्रधानमंत्री सितिवेनी राबुका सोमवार को एक दिवसीय कार्यकारी यात्रा पर पलाऊ की "
        "राजधानी नगेरुलमुद पहुंचे।"
    )
    (visit,) = frames(doc)
    assert (visit["location"]["text"], visit["location"]["country"]) == ("नगेरुलमुद", "PLW")
    assert [e.value for e in doc.entities if e.text == "नगेरुलमुद"] == ["PLW", "PLW"]


def test_fishing_livestock_and_waterways_are_topics(run):
    doc = run(
        "ब्रासीलिया, 3 दिसंबर 2026 (रॉयटर्स)। ब्राजील और उरुग्वे ने बुधवार को मछली पकड़ने के लाइसेंस, पशुओं की आवाजाही और "
        "जलमार्ग के प्रबंधन से जुड़े समझौतों पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["agriculture", "transport"]


def test_a_visit_that_is_the_time_of_a_past_signing_is_history(run):
    doc = run(
        "माले, 2 दिसंबर 2026 (भाषा)। अक्टूबर 2024 में मुइज्जू की भारत की राजकीय यात्रा के दौरान दोनों देशों ने मुद्रा विनिमय समझौते "
        "पर हस्ताक्षर किए थे।"
    )
    assert [f["event_type"] for f in frames(doc)] == []


def test_a_king_styled_shah_is_a_titled_person_of_his_country(run):
    doc = run(
        "बगदाद, 3 दिसंबर 2026 (एएफपी)। जॉर्डन के शाह अब्दुल्ला द्वितीय ने बुधवार को इराक के प्रधानमंत्री मोहम्मद शिया अल-सुदानी से "
        "मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("अब्दुल्ला द्वितीय", "JOR", "participant"), ("मोहम्मद शिया अल-सुदानी", "IRQ", "participant")]


def test_a_hindi_chair_is_about_culture(run):
    doc = run(
        "वारसॉ, 2 दिसंबर 2026 (भाषा)। भारत की राजदूत नगमा मोहम्मद मल्लिक ने बुधवार को वारसॉ विश्वविद्यालय में हिंदी पीठ का उद्घाटन "
        "किया।"
    )
    (ceremony,) = frames(doc)
    assert "culture" in ceremony["topics"]


def test_an_official_a_countrys_department_announces_is_of_that_country(run):
    doc = run(
        "वाशिंगटन, 3 दिसंबर 2026 (रॉयटर्स)। अमेरिकी विदेश विभाग ने बुधवार को बताया कि उप विदेश मंत्री क्रिस्टोफर लैंडौ अगले सप्ताह "
        "वियतनाम की यात्रा करेंगे।"
    )
    (visit,) = frames(doc)
    assert people(visit) == [("-", "VNM", "target"), ("क्रिस्टोफर लैंडौ", "USA", "source")]


def test_thanks_for_what_the_sentence_before_told_are_about_it(run):
    doc = run(
        "मैड्रिड, 1 दिसंबर 2026 (ईएफई)। सांचेज ने अंडोरा के साथ नई रेल संपर्क परियोजना के अध्ययन में स्पेन के समर्थन का आश्वासन "
        "दिया। अंडोरा के प्रधानमंत्री ज़ावियर एस्पोट ज़ामोरा ने इसके लिए स्पेन के प्रधानमंत्री पेड्रो सांचेज का आभार जताया।"
    )
    (thanks,) = frames(doc)
    assert thanks["topics"] == ["transport"]


def test_traffic_is_about_transport(run):
    doc = run(
        "मैड्रिड, 1 दिसंबर 2026 (ईएफई)। अंडोरा और स्पेन के प्रधानमंत्रियों ने सोमवार को मुलाकात की और सीमा पार यातायात पर बातचीत की।"
    )
    assert [f["topics"] for f in frames(doc)] == [["transport"]]


def test_a_guard_of_honour_inspected_is_a_ceremony_not_a_person(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा)। फिलीपींस के रक्षा मंत्री गिल्बर्टो तियोदोरो ने बुधवार को साउथ ब्लॉक के लॉन में सलामी गारद "
        "का निरीक्षण किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    assert people(ceremony) == [("गिल्बर्टो तियोदोरो", "PHL", "participant")]


def test_a_style_and_given_name_is_the_person_named_in_full_before(run):
    doc = run(
        "कीव, 2 दिसंबर 2026 (रॉयटर्स)। यूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की ने यूएई के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान "
        "का आभार जताया।\n\nजेलेंस्की ने बाद में शेख मोहम्मद से फोन पर बात की।"
    )
    told = {f["event_type"]: f for f in frames(doc)}
    assert told["CALL"]["countries"] == ["ARE", "UKR"]
    assert told["THANK"]["location"]["text"] == "कीव"  # given in Kyiv, not on the call told as later


def test_patrol_boats_are_maritime(run):
    doc = run(
        "टोक्यो, 3 दिसंबर 2026 (क्योदो)। जापान और माइक्रोनेशिया ने बृहस्पतिवार को दो गश्ती नौकाएं देने के लिए समझौते पर हस्ताक्षर किए।"
    )
    assert [f["topics"] for f in frames(doc)] == [["maritime"]]


def test_a_summit_held_in_a_countrys_capital_is_held_whatever_the_genitive_before_it(run):
    doc = run(
        "नियामे, 1 दिसंबर 2026 (एएफपी)। साहेल राज्यों के परिसंघ का दूसरा शिखर सम्मेलन सोमवार को नाइजर की राजधानी नियामे में हुआ, "
        "जिसमें बुर्किना फासो के राष्ट्रपति इब्राहिम त्राओरे, माली के राष्ट्रपति असिमी गोइता और नाइजर के राष्ट्रपति अब्दुर्रहमान तियानी ने भाग लिया।"
    )
    (summit,) = frames(doc)
    assert summit["countries"] == ["BFA", "MLI", "NER"]


def test_a_national_palace_is_a_venue_of_the_datelines_country(run):
    doc = run(
        "सैंटो डोमिंगो, 25 नवंबर 2026 (ईएफई)। हैती के प्रधानमंत्री एलिक्स डिडिएर फिल्स-ऐमे ने मंगलवार को राष्ट्रीय महल में डोमिनिकन "
        "गणराज्य के राष्ट्रपति लुइस अबिनादर से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("राष्ट्रीय महल", "DOM")


@pytest.mark.parametrize(
    "cue,topic",
    [
        ("हथियारों की तस्करी", "security"),
        ("पनडुब्बी इंटरनेट केबल", "digital"),
        ("समुद्र तट संरक्षण", "climate"),
    ],
)
def test_arms_trafficking_submarine_cables_and_coastal_protection(run, cue, topic):
    doc = run(f"कैनबरा, 2 दिसंबर 2026 (एएपी)। तुवालु और ऑस्ट्रेलिया ने बुधवार को {cue} पर समझौते पर हस्ताक्षर किए।")
    (signing,) = frames(doc)
    assert topic in signing["topics"]
    assert "defence" not in signing["topics"]


def test_a_signing_expected_in_a_verbal_noun_is_planned(run):
    doc = run(
        "काहिरा, 29 नवंबर 2026 (एमईएनए)। इस यात्रा के दौरान मिस्र और इरिट्रिया के बीच स्वास्थ्य में सहयोग पर दो समझौता ज्ञापनों पर "
        "हस्ताक्षर होने की उम्मीद है।"
    )
    (signing,) = frames(doc)
    assert (signing["event_type"], signing["modality"], signing["countries"]) == ("SIGN", "planned", ["EGY", "ERI"])


def test_an_italian_palazzo_named_head_first_is_a_venue(run):
    doc = run(
        "रोम, 3 दिसंबर 2026 (अंसा)। लीबिया के प्रधानमंत्री अब्दुल हमीद दबीबा ने बुधवार को पलाज़ो किगी में इटली की प्रधानमंत्री "
        "जॉर्जिया मेलोनी से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("पलाज़ो किगी", "ITA")


def test_a_regional_blocs_summit_prepared_is_multilateral(run):
    doc = run(
        "जिबूती, 30 नवंबर 2026 (एएफपी)। सोमालिया के राष्ट्रपति हसन शेख महमूद ने रविवार को जिबूती के राष्ट्रपति इस्माइल उमर गुएलेह से "
        "मुलाकात की और इगाड के आगामी शिखर सम्मेलन की तैयारियों की समीक्षा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["multilateral"]


def test_a_body_cooperated_with_in_what_a_pair_discussed_is_no_side(run):
    doc = run(
        "मॉस्को, 26 नवंबर 2026 (तास)। रूस और निकारागुआ के विदेश मंत्रियों ने बुधवार को मॉस्को में बातचीत की। दोनों मंत्रियों ने "
        "ब्रिक्स के साथ सहयोग पर चर्चा की।"
    )
    (talks,) = frames(doc)
    assert all(p["org"] is None for p in talks["participants"])
    assert talks["topics"] == ["multilateral"]


def test_a_bridge_and_rice_are_topics_and_a_technical_team_is_none(run):
    doc = run(
        "पारामारिबो, 1 दिसंबर 2026 (एजेंसी)। गुयाना और सूरीनाम ने सोमवार को नदी पर पुल, चावल उत्पादन और एक संयुक्त तकनीकी दल पर "
        "सहमति जताई।"
    )
    (agreement,) = frames(doc)
    assert agreement["topics"] == ["agriculture", "transport"]


def test_a_king_named_by_the_fathers_name_of_another_is_not_him(run):
    doc = run(
        "रियाद, 24 नवंबर 2026 (एसपीए)। सऊदी अरब के रक्षा मंत्री प्रिंस खालिद बिन सलमान ने सोमवार को यमन के नेता रशद अल-अलीमी से "
        "मुलाकात की।\n\nअल-अलीमी ने यमनी जनता के लिए सऊदी अरब के निरंतर समर्थन के लिए किंग सलमान और युवराज मोहम्मद बिन सलमान "
        "का आभार जताया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    targets = [p["name"] for p in thanks["participants"] if p["role"] == "target"]
    assert "खालिद बिन सलमान" not in targets and "सलमान" in targets


@pytest.mark.parametrize("cue,topic", [("ईंधन अनुदान", "oil_gas"), ("माया ट्रेन", "transport")])
def test_fuel_and_trains_are_topics(run, cue, topic):
    doc = run(f"मेक्सिको सिटी, 3 दिसंबर 2026 (ईएफई)। बेलीज और मेक्सिको ने बुधवार को {cue} पर समझौते पर हस्ताक्षर किए।")
    (signing,) = frames(doc)
    assert topic in signing["topics"]


def test_the_seas_rise_is_climate_not_maritime(run):
    doc = run(
        "वाशिंगटन, 2 दिसंबर 2026 (एपी)। मार्शल द्वीप समूह की राष्ट्रपति हिल्डा हाइन ने बुधवार को अमेरिकी विदेश मंत्री मार्को रुबियो से "
        "मुलाकात की और समुद्र के बढ़ते जलस्तर पर बातचीत की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["climate"]


def test_refuelling_aircraft_is_no_oil_topic(run):
    doc = run(
        "कैनबरा, 2 दिसंबर 2026 (एएपी)। भारत और ऑस्ट्रेलिया ने बुधवार को सैन्य विमानों में हवा में ईंधन भरने पर समझौते पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert "oil_gas" not in signing["topics"]


def test_a_gulf_talked_of_is_no_place_of_the_talks(run):
    doc = run(
        "लुआंडा, 28 नवंबर 2026 (लुसा)। अंगोला के राष्ट्रपति जोआओ लौरेंसो ने शुक्रवार को लुआंडा में साओ टोमे और प्रिंसिपे के राष्ट्रपति "
        "कार्लोस विला नोवा से मुलाकात की। दोनों नेताओं ने गिनी की खाड़ी में समुद्री डकैती से निपटने, गहरे समुद्र में तेल की खोज और "
        "अंगोला के विश्वविद्यालयों में छात्रों के दाखिले पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "लुआंडा"
    assert meeting["topics"] == ["education", "maritime", "oil_gas", "security"]


def test_a_meeting_told_after_one_at_a_palace_with_someone_not_there_is_not_at_the_palace(run):
    doc = run(
        "टोक्यो, 26 नवंबर 2026 (क्योदो)। जापान के सम्राट नारुहितो ने बुधवार को इंपीरियल पैलेस में मोनाको के प्रिंस अल्बर्ट द्वितीय से "
        "मुलाकात की। इसके बाद प्रिंस अल्बर्ट ने प्रधानमंत्री साने ताकाइची से भेंट की और पर्यटन पर चर्चा की।"
    )
    later = next(f for f in frames(doc) if "साने ताकाइची" in [p["name"] for p in f["participants"]])
    assert later["location"]["text"] == "टोक्यो"


def test_an_agency_in_brackets_read_as_a_place_leaves_the_dateline_its_city(run):
    doc = run(
        "बीजिंग, 3 दिसंबर 2026 (शिन्हुआ)। चीन के राष्ट्रपति शी चिनफिंग ने बृहस्पतिवार को ग्रेट हॉल ऑफ द पीपल में किरिबाती के राष्ट्रपति "
        "तनेती मामाउ से मुलाकात की।\n\nइसके बाद दोनों पक्षों ने स्वास्थ्य से जुड़े छह सहयोग दस्तावेजों पर हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["location"]["text"] == "बीजिंग"


def test_a_body_named_for_what_it_works_on_is_about_that(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (पीआईबी)। पेट्रोलियम मंत्री हरदीप सिंह पुरी ने बुधवार को नाइजीरिया के पेट्रोलियम संसाधन राज्य मंत्री "
        "हाइनकेन लोकपोबिरी से मुलाकात की। दोनों पक्षों ने ऊर्जा पर संयुक्त कार्य समूह को फिर से सक्रिय करने पर सहमति व्यक्त की।"
    )
    agreement = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agreement["topics"] == ["energy"]


def test_talks_told_with_both_countries_of_a_tour_are_about_what_they_say_in_each(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026 (भाषा)। प्रवक्ता ने बताया कि विदेश सचिव विक्रम मिस्री 7 से 10 दिसंबर तक बोलीविया और पेरू की "
        "यात्रा करेंगे। ला पाज़ में वह बोलीविया के विदेश मंत्री फर्नांडो अरामायो से मुलाकात करेंगे, जबकि लीमा में वह भारत-पेरू विदेश "
        "कार्यालय परामर्श के छठे दौर की सह-अध्यक्षता करेंगे।\n\nजायसवाल ने कहा कि दोनों देशों के साथ महत्वपूर्ण खनिजों और "
        "फार्मास्यूटिकल्स में सहयोग पर चर्चा होगी।"
    )
    meetings = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [m["location"]["text"] for m in meetings] == ["ला पाज़", "लीमा"]
    assert [m["topics"] for m in meetings] == [["mining", "pharma"], ["mining", "pharma"]]


def test_a_newspapers_byline_with_a_bar_places_the_meeting_at_a_state_secretariat(run):
    doc = run(
        "भास्कर न्यूज | जयपुर\n\nउपमुख्यमंत्री दीया कुमारी ने सोमवार को शासन सचिवालय में भारत में फ्रांस के राजदूत थियरी मथू से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "शासन सचिवालय"
    assert meeting["location"]["country"] == "IND"


def test_a_school_opened_in_a_district_is_placed_there_with_no_talk_of_finance(run):
    doc = run(
        "काठमांडू, 28 नवंबर 2026 (भाषा)। भारतीय दूतावास के उप प्रमुख प्रसन्न श्रीवास्तव ने शुक्रवार को स्याङ्जा जिले में सांसद धनराज "
        "गुरुङ के साथ भारत सरकार की 4.2 करोड़ नेपाली रुपये की सहायता से बने एक विद्यालय भवन का संयुक्त रूप से उद्घाटन किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["location"] == {**ceremony["location"], "text": "स्याङ्जा", "country": "NPL"}
    assert ceremony["topics"] == ["development", "education"]
    assert [p["name"] for p in ceremony["participants"]] == ["प्रसन्न श्रीवास्तव", "धनराज गुरुङ"]


@pytest.mark.parametrize(
    ("city", "place", "country"),
    [("बेरूत", "ग्रैंड सेराय", "LBN"), ("बेरूत", "बाबदा महल", "LBN"), ("नई दिल्ली", "अटल अक्षय ऊर्जा भवन", "IND")],
)
def test_palaces_and_ministry_buildings_are_venues(run, city, place, country):
    doc = run(
        f"{city}, 27 नवंबर 2026 (भाषा)। भारत के विदेश मंत्री एस जयशंकर ने बृहस्पतिवार को {place} में साइप्रस के राष्ट्रपति निकोस "
        "क्रिस्टोडौलिडेस से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == (place, country)


def test_a_signing_told_after_the_meeting_past_its_source_is_at_the_meetings_venue(run):
    doc = run(
        "अबू धाबी, 30 नवंबर 2026 (वाम)। संयुक्त अरब अमीरात के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान ने रविवार को कसर अल शाती में "
        "सर्बिया के राष्ट्रपति अलेक्जेंडर वुचिच से मुलाकात की।\n\nसमाचार एजेंसी वाम के अनुसार, मुलाकात के बाद दोनों देशों ने दो "
        "समझौतों पर हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["location"]["text"] == "कसर अल शाती"


def test_a_speaker_of_a_parliament_glossed_in_brackets_is_of_its_country(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा)। किर्गिस्तान की संसद (जोगोरकू केनेश) के अध्यक्ष नुरलानबेक तुर्गुनबेक उलू ने बुधवार को संसद "
        "भवन में लोकसभा अध्यक्ष ओम बिरला से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "KGZ"]


def test_a_princess_leading_a_mission_meets_for_it(run):
    doc = run(
        "मुंबई, 5 मार्च 2025 (भाषा)। बेल्जियम की राजकुमारी एस्ट्रिड के नेतृत्व में एक आर्थिक मिशन ने बुधवार को महाराष्ट्र के मुख्यमंत्री "
        "देवेंद्र फडणवीस से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert sorted((p["name"], p["title"], p["country"]) for p in meeting["participants"]) == [
        ("एस्ट्रिड", "राजकुमारी", "BEL"),
        ("देवेंद्र फडणवीस", "मुख्यमंत्री", "IND"),
    ]


def test_a_meeting_of_the_home_countrys_own_office_holders_is_no_frame(run):
    doc = run(
        "पटना, 20 नवंबर 2026 (हिन्दुस्तान)। मुख्यमंत्री नीतीश कुमार ने गुरुवार को मंत्रियों के साथ बैठक की और विभागों के कामकाज की "
        "समीक्षा की। बैठक में उपमुख्यमंत्री सम्राट चौधरी और विजय कुमार सिन्हा भी मौजूद थे।\n\nइसी दिन भारत में थाईलैंड की राजदूत "
        "पट्टरात होंगटोंग ने मुख्यमंत्री नीतीश कुमार से मुलाकात की और बौद्ध पर्यटन पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "THA"]
    assert meeting["date"]["value"] == "2026-11-19"


def test_an_international_bodys_head_meeting_a_home_official_at_home_is_a_frame(run):
    doc = run(
        "मुंबई, 24 नवंबर 2026 (पीटीआई)। अंतरराष्ट्रीय परमाणु ऊर्जा एजेंसी के महानिदेशक राफेल ग्रॉसी ने सोमवार को यहां परमाणु ऊर्जा "
        "विभाग के सचिव अजीत कुमार मोहंती से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert [p["name"] for p in meeting["participants"]] == ["राफेल ग्रॉसी", "अजीत कुमार मोहंती"]


def test_two_sides_named_before_one_verb_of_taking_part_both_take_part(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा)। भारत और जापान के बीच '2+2' वार्ता बुधवार को नई दिल्ली में हुई। भारत की ओर से विदेश मंत्री "
        "एस जयशंकर और रक्षा मंत्री राजनाथ सिंह ने, जबकि जापान की ओर से विदेश मंत्री तोशिमित्सु मोतेगी और रक्षा मंत्री शिंजिरो कोइज़ुमी ने "
        "वार्ता में हिस्सा लिया।"
    )
    (meeting,) = frames(doc)
    assert len(meeting["participants"]) == 4
    assert meeting["countries"] == ["IND", "JPN"]


def test_a_chief_guest_at_a_reception_an_embassy_held_takes_part(run):
    doc = run(
        "नई दिल्ली, 19 नवंबर 2026 (भाषा)। ओमान के राष्ट्रीय दिवस के अवसर पर मंगलवार शाम यहां ओमान दूतावास द्वारा आयोजित स्वागत समारोह में "
        "केंद्रीय वाणिज्य एवं उद्योग मंत्री पीयूष गोयल मुख्य अतिथि के रूप में शामिल हुए।"
    )
    (ceremony,) = frames(doc)
    assert "पीयूष गोयल" in [p["name"] for p in ceremony["participants"]]
    assert ceremony["countries"] == ["IND", "OMN"]


def test_a_host_welcoming_a_receptions_guests_takes_part_for_the_embassy_that_held_it(run):
    doc = run(
        "नई दिल्ली, 19 नवंबर 2026 (भाषा)। ओमान के राष्ट्रीय दिवस पर मंगलवार शाम यहां ओमान दूतावास द्वारा आयोजित स्वागत समारोह में "
        "केंद्रीय वाणिज्य मंत्री पीयूष गोयल मुख्य अतिथि के रूप में शामिल हुए। भारत में ओमान के राजदूत इस्सा सालेह अल शिबानी ने "
        "अतिथियों का स्वागत किया।"
    )
    (ceremony,) = frames(doc)
    assert sorted(p["name"] for p in ceremony["participants"]) == ["इस्सा सालेह अल शिबानी", "पीयूष गोयल"]


def test_both_co_chairs_signing_in_the_passive_are_the_two_people(run):
    doc = run(
        "अस्ताना, 26 नवंबर 2026 (भाषा)। बैठक की सह-अध्यक्षता भारत की ओर से रेल मंत्री अश्विनी वैष्णव द्वारा और कजाखस्तान की ओर से उप "
        "प्रधानमंत्री सेरिक झुमांगारिन द्वारा की गई। बैठक के अंत में दोनों सह-अध्यक्षों द्वारा प्रोटोकॉल पर हस्ताक्षर किए गए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sorted(p["name"] for p in signing["participants"]) == ["अश्विनी वैष्णव", "सेरिक झुमांगारिन"]


@pytest.mark.parametrize(("city", "country"), [("दोहा", "QAT"), ("कुवैत सिटी", "KWT")])
def test_an_amiri_diwan_is_the_venue_of_the_datelines_country(run, city, country):
    doc = run(f"{city}, 1 दिसंबर 2026 (एजेंसी)। अमीर ने सोमवार को अमीरी दीवान में ईरान के राष्ट्रपति मसूद पेज़ेश्कियान से मुलाकात की।")
    (meeting,) = frames(doc)
    assert meeting["location"] == {**meeting["location"], "text": "अमीरी दीवान", "country": country}


def test_thanks_a_participant_gives_after_the_meeting_are_given_at_it(run):
    doc = run(
        "पोर्टो, 2 दिसंबर 2026 (लूसा)। पुर्तगाल के प्रधानमंत्री लुइस मोंटेनेग्रो ने मंगलवार को पोर्टो में स्पेन के प्रधानमंत्री पेड्रो सांचेज के "
        "साथ शिखर सम्मेलन की सह-अध्यक्षता की। दोनों नेताओं ने ऊर्जा इंटरकनेक्शन पर चर्चा की। मोंटेनेग्रो ने पिछले वर्ष अप्रैल में "
        "बिजली संकट के दौरान सहयोग के लिए स्पेन का आभार जताया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert [(p["name"], p["country"]) for p in thanks["participants"] if p["role"] == "source"] == [
        ("लुइस मोंटेनेग्रो", "PRT")
    ]
    assert thanks["date"]["value"] == "2026-12-01"


def test_what_was_done_a_day_before_a_dated_meeting_is_dated_the_day_before(run):
    doc = run(
        "ओटावा, 27 नवंबर 2026 (पीटीआई)। वाणिज्य मंत्री पीयूष गोयल ने 25 नवंबर को ओटावा में कनाडा के अंतरराष्ट्रीय व्यापार मंत्री मनिंदर "
        "सिद्धू से मुलाकात की। इससे एक दिन पहले उन्होंने कनाडा के वित्त मंत्री फ्रांस्वा-फिलिप शैंपेन से भेंट की थी।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2026-11-25", "2026-11-24"]


def test_a_joint_statement_is_about_what_it_holds(run):
    doc = run(
        "हनोई, 28 नवंबर 2026 (वीएनए)। वियतनाम के प्रधानमंत्री फाम मिन्ह चिन्ह और सिंगापुर के प्रधानमंत्री लॉरेंस वोंग ने शुक्रवार को हनोई में "
        "वार्ता के बाद एक संयुक्त बयान जारी किया, जिसमें दोनों देशों ने हरित ऊर्जा गलियारा विकसित करने और डिजिटल अर्थव्यवस्था समझौते पर "
        "बातचीत शुरू करने का फैसला किया।"
    )
    agreement = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agreement["topics"] == ["digital", "renewables"]


def test_a_home_minister_meeting_an_international_bodys_head_abroad_stays_of_home(run):
    doc = run(
        "लंदन, 26 नवंबर 2026 (भाषा)। राष्ट्रमंडल की महासचिव शर्ली अयोरकोर बोचवे ने मंगलवार को मार्लबोरो हाउस में विदेश राज्य मंत्री पबित्र "
        "मार्गेरिटा से मुलाकात की और अगले राष्ट्रमंडल शासनाध्यक्षों की बैठक की तैयारियों पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND"]
    assert meeting["location"]["country"] == "GBR"
    assert "multilateral" in meeting["topics"]


def test_thanks_for_what_a_country_sent_go_to_it_not_to_the_one_met_before(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा)। मध्य अफ्रीकी गणराज्य के राष्ट्रपति फॉस्टिन-आर्केंज तुआडेरा ने बुधवार को विदेश मंत्री एस जयशंकर से "
        "मुलाकात की और भारत द्वारा भेजी गई दवाओं के लिए आभार जताया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert [(p["name"], p["country"]) for p in thanks["participants"] if p["role"] == "target"] == [(None, "IND")]


def test_a_nepali_spelled_dateline_and_singha_durbar_place_the_meeting(run):
    doc = run(
        "काठमाण्डौ, 3 दिसम्बर 2024 (रासस)। नेपाल की विदेश मंत्री आरजू राणा देउबा ने सोमवार को सिंहदरबार में चीन के उप विदेश मंत्री सुन "
        "वेइदोंग से भेंटवार्ता की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("सिंहदरबार", "NPL")
    assert meeting["date"]["value"] == "2024-12-02"


def test_a_union_minister_named_after_a_foreign_leader_stays_of_home(run):
    doc = run(
        "गेलेफू, 1 दिसंबर 2026 (भाषा)। भूटान के प्रधानमंत्री शेरिंग तोबगे और केंद्रीय रेल मंत्री अश्विनी वैष्णव ने सोमवार को गेलेफू में "
        "रेल लाइन की आधारशिला रखी।"
    )
    (ceremony,) = frames(doc)
    assert sorted((p["name"], p["country"]) for p in ceremony["participants"]) == [
        ("अश्विनी वैष्णव", "IND"),
        ("शेरिंग तोबगे", "BTN"),
    ]
    assert (ceremony["location"]["text"], ceremony["location"]["country"]) == ("गेलेफू", "BTN")


def test_wishes_to_the_ones_met_by_a_pronoun_go_to_each(run):
    doc = run(
        "नई दिल्ली, 31 मार्च 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को बहरीन के शाह हमद बिन ईसा अल खलीफा और ओमान के सुल्तान "
        "हैथम बिन तारिक से अलग-अलग फोन पर बात की और उन्हें ईद-उल-फितर की बधाई दी।"
    )
    wishes = [f for f in frames(doc) if f["event_type"] == "CONGRATULATE"]
    assert sorted(p["country"] for f in wishes for p in f["participants"] if p["role"] == "target") == ["BHR", "OMN"]


def test_a_formal_welcome_told_right_after_the_arrival_is_dated_by_it(run):
    doc = run(
        "मनीला, 2 दिसंबर 2026 (एपी)। मलेशिया के प्रधानमंत्री अनवर इब्राहिम मंगलवार को तीन दिवसीय राजकीय यात्रा पर मनीला पहुंचे। मालाकानयांग "
        "पैलेस में फिलीपींस के राष्ट्रपति फर्डिनेंड मार्कोस जूनियर ने उनका औपचारिक स्वागत किया।"
    )
    welcome = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert welcome["date"]["value"] == "2026-12-01"


def test_thanks_after_a_sentence_going_on_about_the_meeting_were_given_at_it(run):
    doc = run(
        "बाकू, 2 दिसंबर 2026 (एजेंसी)। विदेश राज्य मंत्री पबित्र मार्गेरिटा ने मंगलवार को अज़रबैजान के विदेश मंत्री जेहुन बायरामोव से मुलाकात की। "
        "दोनों मंत्रियों ने संपर्क परियोजनाओं पर विचार साझा किए। बायरामोव ने भारत के सहयोग के लिए धन्यवाद दिया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert thanks["date"]["value"] == "2026-12-01"


def test_talks_that_ended_without_a_deal_were_held_and_agreed_nothing(run):
    doc = run(
        "वाशिंगटन, 26 नवंबर 2026 (रॉयटर्स)। इथियोपिया और मिस्र के प्रतिनिधिमंडलों के बीच अमेरिका की मध्यस्थता में यहां चल रही "
        "वार्ता बुधवार को बिना किसी समझौते के समाप्त हो गई।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]
    assert frames(doc)[0]["date"]["value"] == "2026-11-25"


def test_a_day_from_which_what_was_agreed_starts_is_not_the_agreements_day(run):
    doc = run(
        "अस्ताना, 3 दिसंबर 2026 (एजेंसी)। कजाकिस्तान और उज्बेकिस्तान के विदेश मंत्रियों ने बुधवार को अस्ताना में वार्ता की। दोनों देशों ने "
        "15 जनवरी 2027 से सीधी बस सेवा शुरू करने पर सहमति जताई।"
    )
    agreement = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agreement["date"]["value"] == "2026-12-02"


def test_a_numbered_meeting_of_a_forums_council_is_the_forums(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026 (भाषा)। हिंद महासागर रिम एसोसिएशन (आईओआरए) के मंत्रिपरिषद की 26वीं बैठक शुक्रवार को यहां हुई। बैठक की "
        "अध्यक्षता विदेश मंत्री एस जयशंकर ने की।"
    )
    (meeting,) = frames(doc)
    assert [(p["name"], p["org"]) for p in meeting["participants"]] == [("एस जयशंकर", None)]
    assert meeting["topics"] == ["multilateral"]


def test_credentials_received_by_a_president_are_a_ceremony(run):
    doc = run(
        "लीमा, 2 दिसंबर 2026 (एजेंसी)। पेरू के राष्ट्रपति ने मंगलवार को राष्ट्रपति भवन में भारत के राजदूत विश्वास सपकाल से परिचय पत्र प्राप्त किए।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    assert ceremony["countries"] == ["IND", "PER"]


def test_the_guest_of_honour_told_by_a_pronoun_is_the_visitor_not_the_one_met_last(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026 (भाषा)। फिनलैंड के राष्ट्रपति अलेक्जेंडर स्टब 1 से 3 दिसंबर तक भारत की राजकीय यात्रा पर रहेंगे। यात्रा के "
        "दौरान स्टब प्रधानमंत्री नरेंद्र मोदी के साथ वार्ता करेंगे और राष्ट्रपति द्रौपदी मुर्मू उनके सम्मान में भोज देंगी।"
    )
    banquet = [f for f in frames(doc) if f["event_type"] == "MEET"][-1]
    assert sorted(p["name"] for p in banquet["participants"]) == ["अलेक्जेंडर स्टब", "द्रौपदी मुर्मू"]


def test_talks_with_someone_told_by_the_one_who_says_what_came_of_them_were_the_speakers(run):
    doc = run(
        "काठमांडू, 4 दिसंबर 2026 (रासस)। नेपाल के विदेश मंत्री ने कहा है कि बुधवार को बीजिंग में चीनी विदेश मंत्री वांग यी के साथ हुई बातचीत "
        "में व्यापार पर चर्चा हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["CHN", "NPL"]
    assert meeting["location"]["text"] == "बीजिंग"


def test_thanks_in_what_someone_said_are_given_the_day_they_said_it_at_home(run):
    doc = run(
        "पोर्ट लुई, 4 दिसंबर 2026 (एजेंसी)। मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम ने कहा है कि तीन दिन पहले नई दिल्ली में प्रधानमंत्री "
        "नरेंद्र मोदी के साथ हुई उनकी बातचीत में समुद्री सुरक्षा पर चर्चा हुई।\n\nरामगुलाम ने शुक्रवार को संसद में कहा कि भारत ने नया अस्पताल "
        "बनाया है, जिसके लिए वह भारत के आभारी हैं।"
    )
    meeting, thanks = frames(doc)
    assert (meeting["date"]["value"], meeting["location"]["text"]) == ("2026-12-01", "नई दिल्ली")
    assert (thanks["date"]["value"], thanks["location"]["text"]) == ("2026-12-04", "पोर्ट लुई")


def test_a_signing_joined_to_talks_told_before_a_banquet_is_not_dated_by_the_banquet(run):
    doc = run(
        "बर्लिन, 2 दिसंबर 2026 (डीपीए)। जर्मनी के राष्ट्रपति फ्रैंक-वाल्टर श्टाइनमायर ने मंगलवार को बेलव्यू पैलेस में केन्या के राष्ट्रपति "
        "विलियम रुटो के सम्मान में राजकीय भोज दिया।\n\nइससे पहले चांसलर फ्रीडरिक मर्ज़ ने रुटो के साथ वार्ता की और दोनों नेताओं ने "
        "हरित हाइड्रोजन पर एक समझौते पर हस्ताक्षर किए।"
    )
    talks, signing = [f for f in frames(doc) if f["event_type"] in ("MEET", "SIGN")][1:]
    assert talks["date"] is None and signing["date"] is None


def test_the_two_ministers_of_the_talks_held_not_of_a_meeting_to_come(run):
    doc = run(
        "तोक्यो, 15 दिसंबर 2025 (भाषा)। विदेश मंत्री एस जयशंकर ने सोमवार को तोक्यो में जापान के विदेश मंत्री तोशिमित्सु मोतेगी के साथ "
        "वार्ता की, जबकि मंगलवार को वह प्रधानमंत्री साने ताकाइची से मिलेंगे। दोनों मंत्रियों ने सेमीकंडक्टर पर चर्चा की।"
    )
    held = [f for f in frames(doc) if f["modality"] == "asserted"]
    assert len(held) == 1 and held[0]["topics"] == ["digital"]
    planned = next(f for f in frames(doc) if f["modality"] == "planned")
    assert ("साने ताकाइची", "JPN") in [(p["name"], p["country"]) for p in planned["participants"]]


def test_technology_after_a_sectors_cue_is_that_sector_alone(run):
    told = "नई दिल्ली, 2 दिसंबर 2026 (भाषा)। रेल मंत्री अश्विनी वैष्णव ने मंगलवार को ऑस्ट्रिया के परिवहन मंत्री से मुलाकात की और {} पर चर्चा की।"
    assert frames(run(told.format("रेलवे प्रौद्योगिकी")))[0]["topics"] == ["transport"]
    assert frames(run(told.format("जैव प्रौद्योगिकी")))[0]["topics"] == ["science_tech"]  # no other sector's cue


def test_a_name_with_an_invisible_joiner_is_written_without_it(run):
    doc = run(
        "ओटावा, 2 दिसंबर 2026 (सीपी)। कनाडा की विदेश मंत्री अनीता\u00a0आ\u200dनंद ने मंगलवार को जापान के विदेश मंत्री से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert "अनीता आनंद" in [p["name"] for p in meeting["participants"]]


def test_an_agreement_told_again_by_its_announcers_is_one_with_them_in_it(run):
    doc = run(
        "लीमा, 28 नवंबर 2026 (भाषा)। भारत और पेरू ने शुक्रवार को मुक्त व्यापार समझौते पर बातचीत पूरी होने की घोषणा की। वाणिज्य सचिव "
        "राजेश अग्रवाल और पेरू की विदेश व्यापार उप मंत्री ने यहां इसकी संयुक्त घोषणा की।"
    )
    (agreement,) = frames(doc)
    assert [p["name"] for p in agreement["participants"] if p["name"]] == ["राजेश अग्रवाल"]
    assert agreement["countries"] == ["IND", "PER"]


def test_a_forums_summit_held_under_its_chair_is_the_forums_not_a_summit_between_two(run):
    doc = run(
        "कुआलालंपुर, 3 दिसंबर 2026 (बर्नामा)। दक्षिण-पूर्व एशियाई देशों के संगठन आसियान का 49वां शिखर सम्मेलन बुधवार को कुआलालंपुर "
        "में मलेशिया के प्रधानमंत्री अनवर इब्राहिम की अध्यक्षता में हुआ।"
    )
    (summit,) = frames(doc)
    assert summit["countries"] == ["MYS"] and summit["topics"] == ["multilateral"]
    doc = run("ब्रसेल्स। यूरोपीय संघ और भारत के बीच अगला शिखर सम्मेलन जनवरी में नई दिल्ली में होगा।")
    assert all("multilateral" not in f["topics"] for f in frames(doc))


def test_a_meeting_noun_in_a_bodys_name_is_not_the_subject_of_the_bodys_meeting(run):
    doc = run(
        "नई दिल्ली। भारत और चीन के बीच सीमा मामलों पर परामर्श और समन्वय के लिए कार्य तंत्र की 34वीं बैठक बुधवार को बीजिंग में "
        "बहुत लंबी चर्चा के बाद सौहार्दपूर्ण माहौल में हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["trigger"]["text"] == "बैठक"


def test_a_name_an_html_page_spaced_with_an_entity_is_written_plain(run):
    doc = run(
        "<html><body><p>नई दिल्ली, 3 दिसंबर 2026 (भाषा)</p><p>विदेश मंत्री एस&nbsp;जयशंकर ने बुधवार को यहां सऊदी अरब के विदेश मंत्री "
        "से मुलाकात की।</p></body></html>"
    )
    (meeting,) = frames(doc)
    assert "एस जयशंकर" in [p["name"] for p in meeting["participants"]]


def test_a_visit_concluded_is_a_visit_and_what_is_done_before_leaving_is_of_its_day(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा)। कंबोडिया के प्रधानमंत्री हुन मानेत ने बुधवार को अपनी तीन दिवसीय भारत यात्रा पूरी की। स्वदेश "
        "रवाना होने से पहले उन्होंने राजघाट पर पुष्पांजलि अर्पित की।"
    )
    visit, tribute = frames(doc)
    assert (visit["event_type"], visit["date"]["value"]) == ("VISIT", "2026-12-02")
    assert (tribute["location"]["text"], tribute["date"]["value"]) == ("राजघाट", "2026-12-02")


def test_a_meeting_told_as_fixed_is_planned_on_the_day_to_come(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा)। वाणिज्य मंत्री पीयूष गोयल की शुक्रवार को लंदन में ब्रिटेन के व्यापार मंत्री से मुलाकात तय है।"
    )
    (meeting,) = frames(doc)
    assert (meeting["modality"], meeting["date"]["value"]) == ("planned", "2026-12-04")


def test_talks_told_as_likely_far_from_their_noun_are_planned(run):
    doc = run(
        "ढाका, 1 दिसंबर 2026 (बीएसएस)। बांग्लादेश और भारत के बीच गृह सचिव स्तर की वार्ता अगले सोमवार को नई दिल्ली में होने की संभावना है।"
    )
    (talks,) = frames(doc)
    assert (talks["modality"], talks["date"]["value"], talks["countries"]) == ("planned", "2026-12-07", ["BGD", "IND"])


def test_district_officers_of_two_countries_meeting_across_the_border_are_of_each(run):
    doc = run(
        "बहराइच, 2 दिसंबर 2026 (संवाददाता)। मंगलवार को नेपाल के बांके जिले के नेपालगंज में दोनों देशों के सीमावर्ती जिलों के अधिकारियों "
        "की समन्वय बैठक हुई। बैठक में बहराइच की जिलाधिकारी मोनिका शर्मा और बांके के प्रमुख जिला अधिकारी विष्णु प्रसाद भट्टराई ने भाग लिया।"
    )
    (meeting,) = frames(doc)
    assert sorted((p["name"], p["country"]) for p in meeting["participants"]) == [
        ("मोनिका शर्मा", "IND"),
        ("विष्णु प्रसाद भट्टराई", "NPL"),
    ]
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("नेपालगंज", "NPL")


def test_grateful_in_urdu_words_is_thanks(run):
    doc = run("माले, 2 दिसंबर 2026 (सन)। मालदीव के राष्ट्रपति ने मंगलवार को कहा कि राहत सामग्री के लिए वह भारत के शुक्रगुजार हैं।")
    (thanks,) = frames(doc)
    assert (thanks["event_type"], thanks["countries"]) == ("THANK", ["IND", "MDV"])


def test_a_call_with_someone_told_by_the_one_who_says_what_came_of_it_was_the_speakers(run):
    doc = run(
        "तेहरान, 3 दिसंबर 2026 (इरना)। ईरान के विदेश मंत्री अब्बास अराघची ने कहा है कि बुधवार को कतर के प्रधानमंत्री के साथ फोन पर "
        "हुई उनकी बातचीत में क्षेत्रीय स्थिति पर चर्चा हुई।"
    )
    (call,) = frames(doc)
    assert (call["event_type"], call["countries"]) == ("CALL", ["IRN", "QAT"])


def test_a_countrys_businesses_taking_part_in_a_summit_are_no_side_of_it(run):
    doc = run(
        "चेन्नई, 30 नवंबर 2026। उद्योग मंत्री ने बताया कि सिंगापुर की कई कंपनियां अगले वर्ष जनवरी में होने वाले वैश्विक निवेशक सम्मेलन में "
        "भाग लेंगी।"
    )
    assert frames(doc) == []


def test_a_meeting_under_a_dateline_with_a_short_month_is_dated_by_it(run):
    doc = run(
        "अबू धाबी, 2 दिस. 2026 (भाषा) विदेश राज्य मंत्री पबित्र मार्गेरिटा ने बुधवार को यूएई के राज्य मंत्री खलीफा शाहीन अल मरार से "
        "मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["date"]["value"], meeting["location"]["text"]) == ("2026-12-02", "अबू धाबी")


def test_a_cabinets_approval_to_sign_is_a_signing_to_come_without_the_cabinets_chair(run):
    doc = run(
        "प्रधानमंत्री नरेन्द्र मोदी की अध्यक्षता में केंद्रीय मंत्रिमंडल ने भारत सरकार के खान मंत्रालय और पेरू गणराज्य के ऊर्जा एवं खान "
        "मंत्रालय के बीच खनिज संसाधन के क्षेत्र में सहयोग के लिए समझौता ज्ञापन पर हस्ताक्षर करने को मंजूरी दे दी है।"
    )
    (signing,) = frames(doc)
    assert (signing["event_type"], signing["modality"], signing["countries"]) == ("SIGN", "planned", ["IND", "PER"])
    assert [p["name"] for p in signing["participants"]] == [None, None]


def test_an_agreement_of_another_pair_approved_after_a_signing_is_the_one_signed_next(run):
    doc = run(
        "मंत्रिमंडल ने भारत और पेरू के बीच खनिज संसाधन के क्षेत्र में समझौता ज्ञापन पर हस्ताक्षर करने को मंजूरी दे दी है।\n\n"
        "मंत्रिमंडल ने भारत और मंगोलिया के बीच पशुपालन के क्षेत्र में सहयोग पर समझौता ज्ञापन को कार्योत्तर स्वीकृति भी प्रदान की। "
        "इस समझौता ज्ञापन पर 14 अक्टूबर 2026 को नई दिल्ली में हस्ताक्षर किए गए थे।"
    )
    planned, signed = frames(doc)
    assert (planned["countries"], planned["topics"], planned["location"]) == (["IND", "PER"], ["mining"], None)
    assert (signed["countries"], signed["topics"], signed["date"]["value"]) == (
        ["IND", "MNG"],
        ["agriculture"],
        "2026-10-14",
    )


def test_where_what_is_agreed_is_to_be_set_up_is_not_where_it_was_signed(run):
    doc = run(
        "रीगा, 1 दिसंबर 2026। आयुष मंत्रालय ने रीगा स्ट्राडिन्स विश्वविद्यालय में आयुर्वेद अकादमिक पीठ की स्थापना के लिए सोमवार को "
        "लातविया के साथ एक समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert (signing["location"]["text"], signing["date"]["value"]) == ("रीगा", "2026-11-30")


def test_attending_a_ceremony_with_a_counterpart_is_a_ceremony(run):
    doc = run(
        "मैड्रिड, 29 नवंबर 2026। संस्कृति मंत्री गजेंद्र सिंह शेखावत ने शनिवार को यहां स्पेन के संस्कृति मंत्री अर्नेस्ट उर्टासुन के साथ "
        "सांस्कृतिक वर्ष के समापन समारोह में शिरकत की।"
    )
    (ceremony,) = frames(doc)
    assert (ceremony["event_type"], ceremony["countries"]) == ("CEREMONY", ["ESP", "IND"])


def test_a_forum_a_country_chairs_is_what_was_talked_of_not_a_side(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। आईएमएफ की प्रबंध निदेशक क्रिस्टालिना जॉर्जीवा ने बुधवार को वित्त मंत्री निर्मला सीतारमण से मुलाकात की "
        "और भारत की ब्रिक्स अध्यक्षता की प्राथमिकताओं पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert [p["name"] for p in meeting["participants"]] == ["क्रिस्टालिना जॉर्जीवा", "निर्मला सीतारमण"]
    assert meeting["topics"] == ["multilateral"]


def test_a_meeting_to_be_held_with_someone_told_by_the_speaker_is_the_speakers(run):
    doc = run(
        "ऑकलैंड, 29 नवंबर 2026। ओम बिरला ने पत्रकारों से बातचीत में कहा कि न्यूजीलैंड की संसद के अध्यक्ष गेरी ब्राउनली के साथ सोमवार "
        "को वेलिंगटन में होने वाली बैठक में संसदीय सहयोग पर चर्चा होगी।"
    )
    (meeting,) = frames(doc)
    assert sorted(p["name"] for p in meeting["participants"]) == ["ओम बिरला", "गेरी ब्राउनली"]
    assert (meeting["modality"], meeting["date"]["value"]) == ("planned", "2026-11-30")


def test_talks_in_general_with_a_country_told_by_a_minister_are_no_meeting(run):
    doc = run(
        "नई दिल्ली, 26 मई (भाषा)। विदेश मंत्री एस जयशंकर ने कहा कि पाकिस्तान के साथ कोई भी बातचीत केवल आतंकवाद के मुद्दे पर होगी।"
    )
    assert frames(doc) == []


def test_events_told_a_day_before_the_day_told_last_are_of_that_day_and_its_evening_of_its_town(run):
    doc = run(
        "आगरा, 3 दिसंबर 2026। वियतनाम के राष्ट्रपति लुओंग कुओंग ने बृहस्पतिवार को ताजमहल देखा।\n\n"
        "इससे एक दिन पहले नई दिल्ली में उन्होंने प्रधानमंत्री नरेन्द्र मोदी के साथ हैदराबाद हाउस में वार्ता की। शाम को राष्ट्रपति द्रौपदी "
        "मुर्मू ने उनके सम्मान में राजकीय भोज दिया।"
    )
    talks, banquet = frames(doc)
    assert (talks["date"]["value"], banquet["date"]["value"]) == ("2026-12-02", "2026-12-02")
    assert banquet["location"]["text"] == "नई दिल्ली"


def test_talks_told_in_a_relative_clause_after_a_phone_call_are_the_call(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। सबसे ज्यादा चर्चा शुक्रवार को हुई उस फोन वार्ता की रही, जिसमें प्रधानमंत्री नरेन्द्र मोदी और अमेरिकी "
        "राष्ट्रपति डोनाल्ड ट्रंप ने व्यापार समझौते पर बात की।"
    )
    (call,) = frames(doc)
    assert (call["event_type"], call["location"], call["date"]["value"]) == ("CALL", None, "2026-12-04")


def test_an_office_named_alone_met_abroad_is_the_hosts(run):
    doc = run(
        "कोलंबो, 3 दिसंबर 2026। विदेश मंत्री एस जयशंकर ने बुधवार को श्रीलंका के विदेश मंत्री विजिता हेराथ से मुलाकात की। उन्होंने बाद "
        "में राष्ट्रपति से भी भेंट की।"
    )
    _talks, call_on = frames(doc)
    assert call_on["countries"] == ["IND", "LKA"]
    doc = run("वाशिंगटन, 3 दिसंबर 2026। विदेश मंत्री एस जयशंकर ने कहा कि प्रधानमंत्री जल्द अमेरिका की यात्रा करेंगे।")
    (visit,) = frames(doc)
    assert [p["country"] for p in visit["participants"]] == ["IND", "USA"]  # the one who acts is the home one


def test_one_who_chairs_a_meeting_told_before_for_a_side_is_its_side(run):
    doc = run(
        "मास्को, 2 दिसंबर 2026। रूस के उप प्रधानमंत्री डेनिस मांतुरोव ने कहा है कि भारत के साथ अंतर-सरकारी आयोग की अगली बैठक जनवरी में "
        "नई दिल्ली में होगी। उन्होंने बताया कि आयोग की सह-अध्यक्षता भारत की ओर से विदेश मंत्री एस जयशंकर करेंगे।"
    )
    (meeting,) = frames(doc)
    assert sorted(p["name"] for p in meeting["participants"]) == ["एस जयशंकर", "डेनिस मांतुरोव"]
    assert (meeting["modality"], meeting["date"]["value"]) == ("planned", "2027-01")


def test_a_meeting_told_as_recent_in_a_quote_takes_neither_the_sayings_day_nor_its_place(run):
    doc = run(
        'मास्को, 2 दिसंबर 2026। रूस के उप प्रधानमंत्री डेनिस मांतुरोव ने मंगलवार को यहां कहा, "हमने अपने भारतीय मित्रों के साथ हाल ही '
        'में वीडियो कॉन्फ्रेंस के जरिए तैयारी बैठक की है।"'
    )
    (call,) = frames(doc)
    assert (call["event_type"], call["countries"], call["date"], call["location"]) == (
        "CALL",
        ["IND", "RUS"],
        None,
        None,
    )


def test_freedom_of_navigation_is_maritime(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। रक्षा मंत्री राजनाथ सिंह ने बृहस्पतिवार को फिलीपींस के रक्षा सचिव गिल्बर्टो तेओदोरो से मुलाकात की और "
        "दक्षिण चीन सागर में नौवहन की स्वतंत्रता पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["maritime"]


def test_two_commanders_one_described_after_a_word_of_his_body_open_an_exercise_and_talk_together(run):
    doc = run(
        "विशाखापत्तनम, 1 दिसंबर 2026। पूर्वी नौसेना कमान के प्रमुख वाइस एडमिरल राजेश पेंढारकर और रॉयल ऑस्ट्रेलियाई नौसेना के फ्लीट "
        "कमांडर रियर एडमिरल क्रिस स्मिथ ने सोमवार को संयुक्त रूप से अभ्यास का उद्घाटन किया।\n\nउद्घाटन के बाद दोनों कमांडरों ने समुद्री "
        "सुरक्षा पर बातचीत की।"
    )
    opening, talks = frames(doc)
    for frame in (opening, talks):
        assert [p["name"] for p in frame["participants"]] == ["राजेश पेंढारकर", "क्रिस स्मिथ"]
    assert opening["participants"][1]["country"] == "AUS"


def test_a_region_of_the_americas_named_by_its_adjective_is_no_american_side(run):
    doc = run(
        "नई दिल्ली, 30 नवंबर 2026। प्रधानमंत्री नरेन्द्र मोदी ने रविवार को होंडुरास के राष्ट्रपति चुनाव में जीत दर्ज करने वाले नासरी अस्फुरा "
        "को बधाई दी और कहा कि भारत मध्य अमेरिकी देश के साथ कृषि में सहयोग बढ़ाने को तैयार है।"
    )
    (wishes,) = frames(doc)
    assert (wishes["event_type"], wishes["countries"]) == ("CONGRATULATE", ["HND", "IND"])


def test_those_who_light_the_lamp_of_a_ceremony_told_before_take_part_in_it(run):
    doc = run(
        "सियोल, 4 दिसंबर 2026। वर्षगांठ के अवसर पर शुक्रवार को यहां भारतीय दूतावास में एक समारोह आयोजित किया गया, जिसमें दक्षिण कोरिया "
        "के उप विदेश मंत्री पार्क यून-जू और भारत के राजदूत गौरांगलाल दास ने संयुक्त रूप से दीप प्रज्वलित किया।"
    )
    (ceremony,) = frames(doc)
    assert [p["name"] for p in ceremony["participants"]] == ["पार्क यून-जू", "गौरांगलाल दास"]


def test_one_who_met_addressing_the_delegation_in_the_next_paragraph_tells_what_the_meeting_was_about(run):
    doc = run(
        "जयपुर। जापान के उद्योग जगत के प्रतिनिधिमंडल ने मंगलवार को मुख्यमंत्री भजनलाल शर्मा से मुलाकात की।\n\n"
        "मुख्यमंत्री ने प्रतिनिधिमंडल को सौर ऊर्जा में निवेश के लिए आमंत्रित किया।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["investment", "manufacturing", "renewables"]
    doc = run(
        "जयपुर। जापान के प्रतिनिधिमंडल ने मंगलवार को मुख्यमंत्री भजनलाल शर्मा से मुलाकात की।\n\n"
        "मुख्यमंत्री ने बाद में एक सौर ऊर्जा संयंत्र का निरीक्षण किया।"
    )
    assert frames(doc)[0]["topics"] == []  # not what the one who met did alone


def test_sides_told_by_gapping_before_jabki_all_take_part_in_the_dialogue_told_before(run):
    doc = run(
        "टोक्यो, 1 दिसंबर 2026। भारत और जापान के बीच 'टू प्लस टू' मंत्रिस्तरीय संवाद सोमवार को यहां आयोजित हुआ। भारत की ओर से विदेश "
        "मंत्री एस जयशंकर और रक्षा मंत्री राजनाथ सिंह, जबकि जापान की ओर से विदेश मंत्री तोशिमित्सु मोतेगी और रक्षा मंत्री शिंजिरो "
        "कोइजुमी ने इसमें हिस्सा लिया।"
    )
    (dialogue,) = frames(doc)
    assert sorted(p["name"] for p in dialogue["participants"]) == [
        "एस जयशंकर",
        "तोशिमित्सु मोतेगी",
        "राजनाथ सिंह",
        "शिंजिरो कोइजुमी",
    ]


def test_a_fighter_jet_exercise_is_defence_and_aerospace(run):
    doc = run("टोक्यो, 1 दिसंबर 2026। भारत और जापान ने सोमवार को 2027 में संयुक्त लड़ाकू विमान अभ्यास आयोजित करने का फैसला किया।")
    (agreed,) = frames(doc)
    assert agreed["topics"] == ["aerospace", "defence"]


def test_two_who_each_meet_their_own_apart_in_one_sentence_are_two_pairs(run):
    doc = run(
        "ब्रसेल्स, 2 दिसंबर 2026। व्यापार और प्रौद्योगिकी परिषद की बैठक से पहले बुधवार को वाणिज्य मंत्री पीयूष गोयल ने यूरोपीय व्यापार "
        "आयुक्त मारोस सेफकोविच से और सूचना प्रौद्योगिकी मंत्री अश्विनी वैष्णव ने यूरोपीय आयोग की कार्यकारी उपाध्यक्ष हेन्ना विर्कुनेन से "
        "अलग-अलग मुलाकात की।"
    )
    first, second = frames(doc)
    assert [p["name"] for p in first["participants"]] == ["पीयूष गोयल", "मारोस सेफकोविच"]
    assert [p["name"] for p in second["participants"]] == ["अश्विनी वैष्णव", "हेन्ना विर्कुनेन"]
    assert (first["participants"][1]["org"], first["participants"][1]["country"]) == ("यूरोपीय संघ", None)
    assert first["topics"] == []  # the council's meeting is only the time of these


def test_thanks_of_the_speakers_government_are_the_speakers(run):
    doc = run(
        "पोर्ट लुई, 1 दिसंबर 2026। मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम ने सोमवार को कहा कि राहत कार्यों में मदद के लिए उनकी सरकार "
        "भारत और फ्रांस की आभारी है।"
    )
    (thanks,) = frames(doc)
    source = thanks["participants"][0]
    assert (source["name"], source["role"]) == ("नवीनचंद्र रामगुलाम", "source")


def test_a_ship_bringing_goods_pays_no_visit_but_one_on_a_visit_does(run):
    doc = run("पोर्ट लुई, 1 दिसंबर 2026। भारतीय नौसेना का जहाज आईएनएस सुनयना राहत सामग्री लेकर रविवार को पोर्ट लुई पहुंचा।")
    assert frames(doc) == []
    doc = run("मोम्बासा, 1 दिसंबर 2026। भारतीय नौसेना का जहाज आईएनएस सुनयना चार दिन की यात्रा पर रविवार को मोम्बासा पहुंचा।")
    assert [f["event_type"] for f in frames(doc)] == ["VISIT"]


def test_those_a_spokesperson_says_will_take_part_join_the_meeting_just_told_without_the_spokesperson(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। भारत अगले वर्ष फरवरी में क्वाड विदेश मंत्रियों की बैठक की मेजबानी करेगा। प्रवक्ता रणधीर जायसवाल "
        "ने बताया कि बैठक में अमेरिका, जापान और ऑस्ट्रेलिया के विदेश मंत्री भाग लेंगे।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["AUS", "IND", "JPN", "USA"]
    assert all(p["name"] is None for p in meeting["participants"])


def test_visitors_of_two_countries_arriving_in_a_third_countrys_capital_pay_a_visit_each(run):
    doc = run(
        "काठमांडू, 2 दिसंबर 2026। चीन के विदेश मंत्री वांग यी और अमेरिका के उप विदेश मंत्री क्रिस्टोफर लैंडाउ बुधवार को एक ही दिन "
        "नेपाल की राजधानी पहुंचे।"
    )
    visits = frames(doc)
    assert [(v["event_type"], v["countries"]) for v in visits] == [("VISIT", ["CHN", "NPL"]), ("VISIT", ["NPL", "USA"])]


def test_a_figure_for_the_last_fiscal_year_is_background_and_no_finance(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर (भाषा)। भारत और ब्राजील ने व्यापार निगरानी तंत्र की बैठक की।\n\nदोनों पक्ष अगले वर्ष नई दिल्ली में "
        "तंत्र की सातवीं बैठक आयोजित करने पर सहमत हुए।\n\nपिछले वित्त वर्ष में दोनों देशों के बीच व्यापार 12.2 अरब डॉलर रहा था।"
    )
    agreed = frames(doc)[-1]
    assert (agreed["event_type"], agreed["topics"], agreed["sentence_ids"]) == ("AGREE", [], [2])


def test_their_country_is_the_country_of_one_named_not_someone_else(run):
    doc = run(
        "विदेश मंत्री सुब्रह्मण्यम जयशंकर ने केन्या के विदेश मंत्री मुसालिया मुदावदी से मुलाकात की। प्रधानमंत्री नरेन्द्र मोदी ने संयुक्त "
        "अरब अमीरात के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान को कल उनके देश के राष्ट्रीय दिवस पर बधाई दी।"
    )
    wishes = frames(doc)[1]
    assert [p["name"] for p in wishes["participants"]] == ["नरेन्द्र मोदी", "शेख मोहम्मद बिन जायद अल नाहयान"]


def test_one_the_agent_honours_is_the_one_the_story_follows_and_the_bare_subject_gives_it(run):
    doc = run(
        "नेपाल के सेनाध्यक्ष जनरल अशोक राज सिगडेल कल नई दिल्ली पहुंचे। नई दिल्ली में वे थल सेनाध्यक्ष जनरल उपेन्द्र द्विवेदी से "
        "मुलाकात करेंगे। राष्ट्रपति द्रौपदी मुर्मू उन्हें राष्ट्रपति भवन में एक समारोह में भारतीय सेना के जनरल की मानद उपाधि प्रदान करेंगी।"
    )
    honour = frames(doc)[-1]
    assert honour["event_type"] == "CEREMONY"
    assert [p["name"] for p in honour["participants"]] == ["द्रौपदी मुर्मू", "अशोक राज सिगडेल"]
    assert honour["topics"] == []  # an army's rank, named as the honour given, is no matter of the ceremony


def test_a_bulletins_story_of_other_countries_takes_no_place_from_a_visit_told_after_it(run):
    doc = run(
        "3 दिसंबर 2026, सुबह आठ बजे\n\nप्रधानमंत्री नरेन्द्र मोदी ने संयुक्त अरब अमीरात के राष्ट्रपति शेख मोहम्मद बिन जायद अल नाहयान को "
        "कल राष्ट्रीय दिवस पर बधाई दी।\n\nनेपाल के सेनाध्यक्ष जनरल अशोक राज सिगडेल कल शाम नई दिल्ली पहुंचे।"
    )
    wishes, visit = frames(doc)
    assert (wishes["location"], wishes["date"]["value"]) == (None, "2026-12-02")
    assert visit["location"]["text"] == "नई दिल्ली"


def test_bodies_signing_by_video_were_on_the_call_by_the_signatories_each_of_their_citys_country(run):
    doc = run(
        "मुंबई, 2 दिसंबर 2026। एनपीसीआई इंटरनेशनल पेमेंट्स लिमिटेड (एनआईपीएल) और सेंट्रल बैंक ऑफ त्रिनिदाद एंड टोबैगो ने बुधवार को "
        "वीडियो कॉन्फ्रेंस के जरिए एक समझौते पर हस्ताक्षर किए। समझौते पर एनआईपीएल के मुख्य कार्यकारी अधिकारी रितेश शुक्ला ने मुंबई से "
        "और केंद्रीय बैंक के गवर्नर एल्विन हिलेयर ने पोर्ट ऑफ स्पेन से दस्तखत किए।"
    )
    for frame in frames(doc):
        assert [(p["name"], p["country"]) for p in frame["participants"]] == [
            ("रितेश शुक्ला", "IND"),
            ("एल्विन हिलेयर", "TTO"),
        ]


def test_those_present_at_a_meeting_told_twice_join_it_and_it_stays_one(run):
    doc = run(
        "पाकिस्तान के प्रधानमंत्री शहबाज़ शरीफ़ ने बुधवार को रियाद में सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान से मुलाक़ात की. "
        "दोनों नेताओं ने पाकिस्तान में सऊदी निवेश पर चर्चा की.\n\nमुलाक़ात में पाकिस्तान के विदेश मंत्री इसहाक़ डार भी मौजूद थे."
    )
    (meeting,) = frames(doc)
    assert [p["name"] for p in meeting["participants"]][-1] == "इसहाक़ डार"
    assert meeting["topics"] == ["investment"]


def test_what_a_clause_of_when_tells_of_a_year_gone_by_is_history(run):
    doc = run(
        "पाकिस्तान के प्रधानमंत्री शहबाज़ शरीफ़ ने बुधवार को रियाद में सऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान से मुलाक़ात की. "
        "शहबाज़ शरीफ़ पिछले साल सितंबर में भी रियाद गए थे, जब दोनों देशों ने रक्षा समझौते पर दस्तख़त किए थे."
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_a_government_and_a_province_of_a_country_named_before_it_sign_as_two_sides(run):
    doc = run(
        "लखनऊ, 3 अप्रैल 2026। उत्तर प्रदेश सरकार और जापान के यामानाशी प्रान्त ने बृहस्पतिवार को समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    (signed,) = frames(doc)
    assert [(p["org"], p["country"]) for p in signed["participants"]] == [
        ("उत्तर प्रदेश सरकार", "IND"),
        ("यामानाशी प्रान्त", "JPN"),
    ]


def test_an_exchange_told_before_those_who_made_it_is_a_signing_by_them_and_the_ministers_there_met(run):
    doc = run(
        "मनीला, 3 दिसंबर 2026। भारत और फिलीपींस ने गुरुवार को यहां दो समझौता ज्ञापनों का आदान-प्रदान किया। दस्तावेजों का आदान-प्रदान "
        "फिलीपींस में भारत के राजदूत हर्ष कुमार जैन और फिलीपींस के रक्षा अवर सचिव इरिनेओ एस्पिनो ने रक्षा मंत्री राजनाथ सिंह और "
        "फिलीपींस के रक्षा मंत्री गिल्बर्टो टियोडोरो की उपस्थिति में किया। इससे पहले दोनों रक्षा मंत्रियों के बीच वार्ता हुई।"
    )
    signed, met = frames(doc)
    assert [p["name"] for p in signed["participants"]] == ["हर्ष कुमार जैन", "इरिनेओ एस्पिनो"]
    assert [p["name"] for p in met["participants"]] == ["राजनाथ सिंह", "गिल्बर्टो टियोडोरो"]


def test_the_bare_subject_of_one_trip_to_come_goes_on_to_the_next(run):
    doc = run("निकोसिया, 1 दिसंबर 2026। जयशंकर बुधवार को ऑस्ट्रिया जाएंगे और यात्रा के अंतिम चरण में शुक्रवार को स्लोवेनिया पहुंचेंगे।")
    assert [(f["countries"], f["date"]["value"]) for f in frames(doc)] == [
        (["AUT", "IND"], "2026-12-02"),
        (["IND", "SVN"], "2026-12-04"),
    ]


def test_wishes_on_a_countrys_election_to_a_un_body_go_to_it_and_thanks_in_reply_take_no_place(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। न्यूजीलैंड के प्रधानमंत्री क्रिस्टोफर लक्सन ने भारत के संयुक्त राष्ट्र मानवाधिकार परिषद का सदस्य चुने "
        "जाने पर बुधवार को बधाई दी।\n\nप्रधानमंत्री नरेन्द्र मोदी ने इसके जवाब में लक्सन का आभार जताया।"
    )
    wishes, thanks = frames(doc)
    assert (wishes["countries"], wishes["topics"], wishes["date"]["value"]) == (
        ["IND", "NZL"],
        ["multilateral"],
        "2026-12-02",
    )
    assert thanks["location"] is None


def test_a_release_signed_off_with_its_place_is_placed_there(run):
    doc = run(
        "हंगरी में भारत की राजदूत वाणी राव ने 1 दिसंबर 2026 को हंगरी के विदेश व्यापार राज्य सचिव लेवेंते मायर से मुलाकात की।\n\n"
        "बुडापेस्ट\n2 दिसंबर 2026"
    )
    (meeting,) = frames(doc)
    assert meeting["location"] == {
        "text": "बुडापेस्ट",
        "country": "HUN",
        "start": meeting["location"]["start"],
        "end": meeting["location"]["end"],
    }


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("दोनों पक्ष पर्यटन और फल प्रसंस्करण में मिलकर काम करने पर सहमत हुए।", ["agriculture", "tourism"]),
        ("दोनों पक्ष तेल की आपूर्ति टाले गए भुगतान पर जारी रखने पर सहमत हुए।", ["finance", "oil_gas"]),
        ("दोनों पक्ष आपूर्ति श्रृंखला की सुरक्षा पर सहयोग करने पर सहमत हुए।", []),
        ("दोनों पक्ष मरुस्थलीकरण रोकने में सहयोग पर सहमत हुए।", ["climate"]),
        ("दोनों पक्ष नहर के जरिए जहाजों की आवाजाही बढ़ाने पर सहमत हुए।", ["transport"]),
    ],
)
def test_topic_phrases(run, sentence, topics):
    doc = run(f"नई दिल्ली, 2 दिसंबर 2026। भारत और जापान के मंत्रियों ने बैठक की। {sentence}")
    assert frames(doc)[-1]["topics"] == topics


def test_both_countries_after_a_dated_label_are_two_not_many(run):
    doc = run(
        "ढाका, 4 दिसंबर 2026। भारत और बांग्लादेश के बीच कई संपर्क हुए।\n\n18 नवंबर: दोनों देशों के सीमा सुरक्षा बलों के महानिदेशकों "
        "की बैठक ढाका में हुई।"
    )
    meeting = frames(doc)[-1]
    assert (meeting["countries"], meeting["topics"], meeting["date"]["value"]) == (
        ["BGD", "IND"],
        ["security"],
        "2026-11-18",
    )


def test_an_opening_by_video_is_where_what_was_opened_stands_and_what_it_will_do_is_no_matter_of_it(run):
    doc = run(
        "काठमांडू, 1 दिसंबर 2026। प्रधानमंत्री नरेन्द्र मोदी और नेपाल की प्रधानमंत्री सुशीला कार्की ने मंगलवार को वर्चुअल माध्यम से "
        "नेपालगंज में भारत की सहायता से बनी एकीकृत जांच चौकी का संयुक्त रूप से उद्घाटन किया। इस अवसर पर काठमांडू में भारत के राजदूत "
        "नवीन श्रीवास्तव भी मौजूद थे।\n\nअधिकारियों के अनुसार, इस जांच चौकी से दोनों देशों के बीच व्यापार आसान होगा।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert (ceremony["location"]["text"], ceremony["topics"]) == ("नेपालगंज", ["development"])
    assert ceremony["participants"][-1]["name"] == "नवीन श्रीवास्तव"


def test_a_council_co_chaired_in_hinglish_with_the_unions_officials_and_what_both_sides_sign_after(run):
    doc = run(
        "ब्रसेल्स, 3 दिसंबर 2026। केंद्रीय वाणिज्य मंत्री पीयूष गोयल ने गुरुवार को यूरोपीय आयोग की कार्यकारी उपाध्यक्ष हेन्ना विर्कुनेन "
        "और व्यापार आयुक्त मारोस सेफकोविच के साथ India-EU Trade and Technology Council (TTC) की तीसरी meeting की co-chairing की। "
        "Meeting में AI और clean energy में cooperation पर फोकस रहा।\n\nदोनों पक्षों ने semiconductor supply chain पर एक MoU भी "
        "sign किया।"
    )
    met, signed = frames(doc)
    assert [(p["name"], p["country"]) for p in met["participants"]][1:] == [
        ("हेन्ना विर्कुनेन", None),
        ("मारोस सेफकोविच", None),
    ]
    assert met["topics"] == ["digital", "renewables"]
    assert [(p["org"], p["country"]) for p in signed["participants"]] == [(None, "IND"), ("यूरोपीय आयोग", None)]


def test_one_who_welcomed_the_one_just_told_opening_something_takes_part_in_the_opening(run):
    doc = run(
        "ब्यूनस आयर्स, 1 दिसंबर 2026। अर्जेंटीना की उपराष्ट्रपति विक्टोरिया विलारुएल ने सोमवार को यहां भारतीय दूतावास द्वारा आयोजित "
        "'भारत महोत्सव' का उद्घाटन किया। अर्जेंटीना में भारत के राजदूत अजनीश कुमार ने उनका स्वागत किया।"
    )
    (opening,) = frames(doc)
    assert [p["name"] for p in opening["participants"]] == ["विक्टोरिया विलारुएल", "अजनीश कुमार"]


def test_talks_to_come_and_a_conference_addressed_in_another_city_are_not_one_meeting(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026। यात्रा के दौरान फिनलैंड के राष्ट्रपति अलेक्जेंडर स्टब प्रधानमंत्री नरेन्द्र मोदी के साथ शिखर वार्ता "
        "करेंगे और बेंगलुरु में एक प्रौद्योगिकी सम्मेलन को संबोधित करेंगे।"
    )
    (talks,) = frames(doc)
    assert talks["location"]["text"] == "नई दिल्ली"


def test_a_summit_and_a_passive_signing_joined_by_saath_hi_and_what_was_done_before_them(run):
    doc = run(
        "अम्मान, 2 दिसंबर 2026। जॉर्डन के शाह अब्दुल्ला द्वितीय और मिस्र के राष्ट्रपति अब्देल फतह अल-सीसी ने बुधवार को अम्मान में "
        "शिखर वार्ता की, साथ ही दोनों देशों के बीच बिजली ग्रिड को जोड़ने के समझौते पर हस्ताक्षर भी किए गए।\n\nबयान के अनुसार, दोनों "
        "नेताओं ने गाजा में मानवीय सहायता की आपूर्ति और क्षेत्रीय सुरक्षा पर भी विचार-विमर्श किया। अल-सीसी काहिरा में होने वाले "
        "निवेश सम्मेलन में शाह अब्दुल्ला को आमंत्रित कर चुके हैं।"
    )
    talks, signed = frames(doc)
    assert [p["name"] for p in talks["participants"]] == ["अब्दुल्ला द्वितीय", "अब्देल फतह अल-सीसी"]
    assert (talks["location"]["text"], talks["topics"]) == ("अम्मान", ["development", "energy", "security"])
    assert sorted((p["name"] or "-", p["country"]) for p in signed["participants"]) == [("-", "EGY"), ("-", "JOR")]


def test_a_courtesy_call_at_an_offices_holders_office_is_a_meeting_with_its_holder_there(run):
    doc = run(
        "ढाका, 3 दिसंबर 2026। बांग्लादेश के विदेश सचिव असद आलम सियाम और भारत के विदेश सचिव विक्रम मिस्री ने बुधवार को यहां विदेश "
        "कार्यालय परामर्श की सह-अध्यक्षता की। मिस्री ने बाद में मुख्य सलाहकार के कार्यालय में जाकर शिष्टाचार भेंट की।"
    )
    consultations, call = frames(doc)
    assert consultations["location"]["text"] == "ढाका"
    assert call["location"]["text"] == "मुख्य सलाहकार के कार्यालय"
    assert [(p["name"], p["title"], p["country"]) for p in call["participants"]] == [
        ("विक्रम मिस्री", "विदेश सचिव", "IND"),
        (None, "मुख्य सलाहकार", "BGD"),
    ]


def test_what_is_on_the_agenda_is_what_the_talks_to_come_are_about(run):
    doc = run(
        "मास्को, 2 दिसंबर 2026। रूस के उप प्रधानमंत्री डेनिस मांतुरोव ने कहा कि भारत के साथ अंतर-सरकारी आयोग की अगली बैठक जनवरी "
        'में नई दिल्ली में होगी। उन्होंने कहा, "हमने अपने भारतीय मित्रों के साथ हाल ही में वीडियो कॉन्फ्रेंस के जरिए तैयारी बैठक की '
        'है। उर्वरक और परमाणु ऊर्जा हमारे एजेंडे में सबसे ऊपर हैं।"'
    )
    commission, call = frames(doc)
    assert (commission["event_type"], call["event_type"]) == ("MEET", "CALL")
    assert commission["topics"] == call["topics"] == ["fertilizers", "nuclear"]


def test_the_chief_of_a_command_whose_country_is_unsaid_is_the_home_countrys(run):
    doc = run(
        "विशाखापत्तनम, 1 दिसंबर 2026। पूर्वी नौसेना कमान के प्रमुख वाइस एडमिरल राजेश पेंढारकर और रॉयल ऑस्ट्रेलियाई नौसेना के "
        "फ्लीट कमांडर रियर एडमिरल क्रिस स्मिथ ने संयुक्त रूप से अभ्यास का उद्घाटन किया।"
    )
    (opening,) = frames(doc)
    assert opening["countries"] == ["AUS", "IND"]


def test_a_place_where_something_is_only_proposed_is_no_place_of_the_talks_on_it(run):
    doc = run(
        "हैदराबाद, 2 दिसंबर 2026। तेलंगाना के मुख्यमंत्री ए. रेवंत रेड्डी ने मंगलवार को सिंगापुर में वहां के व्यापार एवं उद्योग मंत्री "
        "गान किम योंग से मुलाकात की और हैदराबाद में प्रस्तावित फ्यूचर सिटी में सिंगापुर की कंपनियों के निवेश पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["topics"]) == ("सिंगापुर", ["investment"])


def test_a_chief_guest_who_attends_shirkat_takes_part_in_the_ceremony(run):
    doc = run(
        "ज़ांज़ीबार, 2 दिसंबर 2026। ज़ांज़ीबार के राष्ट्रपति हुसैन अली म्विन्यी ने बुधवार को आईआईटी मद्रास के ज़ांज़ीबार परिसर के पहले "
        "दीक्षांत समारोह में मुख्य अतिथि के रूप में शिरकत की।"
    )
    (ceremony,) = frames(doc)
    assert (ceremony["event_type"], ceremony["countries"]) == ("CEREMONY", ["TZA"])


def test_each_of_several_met_apart_named_in_the_next_sentence_holds_their_countrys_office(run):
    doc = run(
        "काठमांडू, 4 दिसंबर 2026। नेपाल के विदेश मंत्री बाला नंद शर्मा ने शुक्रवार को यहां भारत, चीन और अमेरिका के राजदूतों से अलग-अलग "
        "मुलाकात की। भारतीय राजदूत नवीन श्रीवास्तव के साथ मुलाकात में बिजली व्यापार पर चर्चा हुई, जबकि चीनी राजदूत चेन सोंग के साथ "
        "बातचीत में परियोजनाओं की समीक्षा की गई।"
    )
    assert [[p["name"] or p["country"] for p in f["participants"]] for f in frames(doc)] == [
        ["बाला नंद शर्मा", "नवीन श्रीवास्तव"],
        ["बाला नंद शर्मा", "चेन सोंग"],
        ["बाला नंद शर्मा", "USA"],
    ]


def test_what_was_agreed_at_a_meeting_in_another_town_than_the_datelines_was_agreed_there(run):
    doc = run(
        "लेह, 2 दिसंबर 2026। भारतीय सेना और चीन की पीपुल्स लिबरेशन आर्मी (पीएलए) के बीच बुधवार को चुशूल में सीमा कार्मिक बैठक "
        "हुई।\n\nअधिकारी के अनुसार, दोनों पक्षों ने हॉटलाइन के जरिए संपर्क बनाए रखने पर सहमति जताई।"
    )
    meeting, agreed = frames(doc)
    assert meeting["location"]["text"] == agreed["location"]["text"] == "चुशूल"


def test_an_officer_of_a_body_of_a_body_a_demonym_opens_is_of_that_country_and_one_present_joins(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। चीनी कम्युनिस्ट पार्टी के अंतरराष्ट्रीय विभाग के उप मंत्री सुन हाईयान ने बुधवार को यहां भाजपा के "
        "राष्ट्रीय महासचिव अरुण सिंह से मुलाकात की। भाजपा के विदेश मामलों के विभाग के प्रभारी विजय चौथाईवाले भी बैठक में मौजूद थे।"
    )
    (meeting,) = frames(doc)
    assert [(p["name"], p["country"]) for p in meeting["participants"]][:2] == [
        ("सुन हाईयान", "CHN"),
        ("अरुण सिंह", "IND"),
    ]
    assert (meeting["participants"][2]["name"], meeting["countries"]) == ("विजय चौथाईवाले", ["CHN", "IND"])


def test_a_nepali_province_s_chief_minister_is_nepals_at_a_foundation_stone(run):
    doc = run(
        "जनकपुर, 1 दिसंबर 2026। नेपाल में भारत के राजदूत नवीन श्रीवास्तव और मधेश प्रदेश के मुख्यमंत्री सतीश कुमार सिंह ने सोमवार को "
        "एक बालिका छात्रावास का शिलान्यास किया।"
    )
    (ceremony,) = frames(doc)
    assert [(p["name"], p["country"]) for p in ceremony["participants"]] == [
        ("नवीन श्रीवास्तव", "IND"),
        ("सतीश कुमार सिंह", "NPL"),
    ]
    assert ceremony["topics"] == ["education"]


def test_the_secretary_general_of_a_body_named_with_its_acronym_has_no_country(run):
    doc = run(
        "काठमांडू, 3 दिसंबर 2026। दक्षिण एशियाई क्षेत्रीय सहयोग संगठन (सार्क) के महासचिव गोलाम सरवर ने बृहस्पतिवार को नेपाल के "
        "विदेश सचिव अमृत बहादुर राई से मुलाकात की और सार्क शिखर सम्मेलन प्रक्रिया पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert [(p["name"], p["country"]) for p in meeting["participants"]] == [
        ("गोलाम सरवर", None),
        ("अमृत बहादुर राई", "NPL"),
    ]
    assert (meeting["countries"], meeting["topics"]) == (["NPL"], ["multilateral"])


def test_signatories_for_a_government_and_a_bank_with_their_offices_between(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। समझौते पर भारत सरकार की ओर से आर्थिक मामलों के विभाग की संयुक्त सचिव जूही मुखर्जी और एडीबी की "
        "ओर से उसके भारत रेजिडेंट मिशन के प्रभारी अधिकारी काई वेई येओ ने बुधवार को 20 करोड़ डॉलर के ऋण समझौते पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert [(p["name"], p["country"]) for p in signing["participants"]] == [
        ("जूही मुखर्जी", "IND"),
        ("काई वेई येओ", None),
    ]
    assert "development" in signing["topics"]


def test_a_decision_told_again_as_taken_in_talks_is_theirs_and_dates_them(run):
    doc = run(
        "हनोई, 1 दिसंबर 2026। भारत और वियतनाम ने सोमवार को सीधी उड़ानों की संख्या बढ़ाने का फैसला किया। यह फैसला पर्यटन मंत्री "
        "गजेंद्र सिंह शेखावत और वियतनाम के पर्यटन मंत्री गुयेन वान हंग के बीच यहां हुई वार्ता में लिया गया।"
    )
    agreed, talks = frames(doc)
    assert (agreed["event_type"], talks["event_type"]) == ("AGREE", "MEET")
    assert [p["name"] for p in agreed["participants"]] == ["गजेंद्र सिंह शेखावत", "गुयेन वान हंग"]
    assert talks["date"]["value"] == "2026-11-30" and talks["topics"] == ["transport"]


def test_one_a_visit_describes_who_goes_on_to_talk_without_an_agent_marker_is_the_visitor(run):
    doc = run(
        "सियोल, 4 दिसंबर 2026। दक्षिण कोरिया की यात्रा पर आए रक्षा मंत्री राजनाथ सिंह शुक्रवार को अपने कोरियाई समकक्ष आन ग्यू-बैक के "
        "साथ वार्ता कर रहे हैं। सिंह शनिवार को बुसान स्थित एक शिपयार्ड का दौरा करेंगे।"
    )
    visit, talks = frames(doc)
    assert (visit["event_type"], visit["modality"]) == ("VISIT", "asserted")
    assert people(visit) == [("-", "KOR", "target"), ("राजनाथ सिंह", "IND", "source")]
    assert talks["event_type"] == "MEET"


def test_a_signing_told_as_before_a_meeting_is_not_dated_by_it(run):
    doc = run(
        "जॉर्जटाउन, 2 दिसंबर 2026। गयाना के राष्ट्रपति इरफान अली ने मंगलवार को भारत के कृषि राज्य मंत्री भागीरथ चौधरी से मुलाकात की। "
        "इससे पहले चौधरी और गयाना के कृषि मंत्री जुल्फिकार मुस्तफा ने एक समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    meeting, signing = frames(doc)
    assert (meeting["date"]["value"], signing["date"]) == ("2026-12-01", None)


def test_a_book_released_jointly_is_a_ceremony(run):
    doc = run(
        "मॉस्को, 3 दिसंबर 2026। रूस में भारत के राजदूत विनय कुमार और रूस के उप विदेश मंत्री आंद्रेई रुडेंको ने बुधवार को एक पुस्तक "
        "का संयुक्त रूप से विमोचन किया।"
    )
    (ceremony,) = frames(doc)
    assert (ceremony["event_type"], ceremony["countries"]) == ("CEREMONY", ["IND", "RUS"])


def test_a_service_fee_is_no_trade(run):
    doc = run(
        "अमृतसर, 2 दिसंबर 2026। भारत और पाकिस्तान के अधिकारियों ने बुधवार को अटारी में बैठक की और श्रद्धालुओं से लिए जाने वाले 20 "
        "डॉलर के सेवा शुल्क पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["topics"]) == ("अटारी", [])


def test_thanks_quoted_in_english_in_reply_go_to_the_one_who_wished(run):
    doc = run(
        "नई दिल्ली, 30 नवंबर 2026। प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को बारबाडोस की प्रधानमंत्री मिया अमोर मोटली को स्वतंत्रता दिवस "
        "पर बधाई दी।\n\nमोटली ने इसके जवाब में लिखा, 'Thank you, Prime Minister @narendramodi, for your kind wishes.'"
    )
    _wishes, thanks = frames(doc)
    assert thanks["event_type"] == "THANK"
    assert people(thanks) == [("नरेन्द्र मोदी", "IND", "target"), ("मिया अमोर मोटली", "BRB", "source")]


def test_a_surname_spelled_otherwise_is_the_same_person_and_thanks_for_help_from_a_country_go_to_it(run):
    doc = run(
        "जोहानिसबर्ग, 1 दिसंबर 2026। दक्षिण अफ्रीका के राष्ट्रपति सिरिल रामाफोसा ने सोमवार को प्रिटोरिया में भारत के उपराष्ट्रपति सी पी "
        "राधाकृष्णन से मुलाकात की।\n\nरामफोसा ने बैठक में कोविड महामारी के दौरान भारत से मिली मदद के लिए आभार जताया।"
    )
    _meeting, thanks = frames(doc)
    assert people(thanks) == [("-", "IND", "target"), ("सिरिल रामाफोसा", "ZAF", "source")]
    assert (thanks["date"]["value"], thanks["location"]["text"]) == ("2026-11-30", "प्रिटोरिया")


def test_a_stay_dates_a_visit_to_come_and_talks_with_the_host_alone_are_the_visitors_there(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। प्रधानमंत्री नरेन्द्र मोदी अगले सप्ताह मॉस्को जाएंगे।\n\nमोदी 10 और 11 दिसंबर को मॉस्को में "
        "रहेंगे।\n\nराष्ट्रपति व्लादिमीर पुतिन के साथ वार्ता में रक्षा पर चर्चा होगी।"
    )
    visit, talks = frames(doc)
    assert visit["date"]["value"] == "2026-12-10/2026-12-11"
    assert [p["name"] for p in talks["participants"]] == ["नरेन्द्र मोदी", "व्लादिमीर पुतिन"]
    assert talks["location"]["text"] == "मॉस्को"


def test_meetings_listed_by_day_and_place_take_their_items_and_what_is_said_of_them_all(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। इस सप्ताह विदेश मंत्री एस जयशंकर ने दो विदेश मंत्रियों से मुलाकात की:\n\n"
        "- सोमवार: जर्मनी के विदेश मंत्री योहान वाडेफुल, नई दिल्ली में\n- बुधवार: सऊदी अरब के विदेश मंत्री फैसल बिन फरहान, रियाद में\n\n"
        "मंत्रालय के अनुसार, इन मुलाकातों में ऊर्जा सुरक्षा प्रमुख मुद्दा रही।"
    )
    assert [(f["date"]["value"], f["location"]["text"], f["topics"]) for f in frames(doc)] == [
        ("2026-11-30", "नई दिल्ली", ["energy"]),
        ("2026-12-02", "रियाद", ["energy"]),
    ]


def test_other_ministers_of_both_countries_meet_apart_from_a_visitor_of_another_office(run):
    doc = run(
        "वेलिंगटन, 1 दिसंबर 2026। न्यूजीलैंड के विदेश मंत्री विंस्टन पीटर्स मध्य दिसंबर में भारत की यात्रा पर जाएंगे और विदेश मंत्री "
        "एस जयशंकर के साथ वार्ता करेंगे।\n\nइसी महीने दोनों देशों के व्यापार मंत्री भी ऑकलैंड में समीक्षा के लिए मिलेंगे।"
    )
    trade = frames(doc)[-1]
    assert [(p["title"], p["country"]) for p in trade["participants"]] == [
        ("व्यापार मंत्री", "IND"),
        ("व्यापार मंत्री", "NZL"),
    ]
    assert (trade["location"]["text"], trade["date"]["value"]) == ("ऑकलैंड", "2026-12")


def test_a_ministerial_of_the_mekong_ganga_cooperation_is_multilateral(run):
    doc = run(
        "वियनतियाने, 3 दिसंबर 2026। मेकांग-गंगा सहयोग की 13वीं मंत्रिस्तरीय बैठक बुधवार को यहां हुई, जिसकी सह-अध्यक्षता लाओस के "
        "विदेश मंत्री थोंगसावन फोमविहाने और भारत के विदेश राज्य मंत्री पबित्रा मार्गेरिटा ने की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["multilateral"]


def test_a_company_a_city_s_name_opens_is_of_that_city_s_country(run):
    doc = run(
        "अबू धाबी, 2 दिसंबर 2026। पेट्रोलियम मंत्री हरदीप सिंह पुरी ने बुधवार को यहां यूएई के उद्योग मंत्री सुल्तान अल जाबेर से "
        "मुलाकात की, जबकि इंडियन ऑयल कॉर्पोरेशन और अबू धाबी नेशनल ऑयल कंपनी (एडनॉक) ने एलएनजी आपूर्ति के एक समझौते पर हस्ताक्षर किए।"
    )
    _meeting, signing = frames(doc)
    assert sorted((p["org"], p["country"]) for p in signing["participants"]) == [
        ("इंडियन ऑयल कॉर्पोरेशन", "IND"),
        ("नेशनल ऑयल कंपनी", "ARE"),
    ]


def test_a_day_by_another_time_zone_in_brackets_is_not_the_calls(run):
    doc = run(
        "वाशिंगटन, 3 दिसंबर 2026। अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने बुधवार रात (भारतीय समयानुसार बृहस्पतिवार सुबह) प्रधानमंत्री "
        "नरेन्द्र मोदी से फोन पर बात की।"
    )
    (call,) = frames(doc)
    assert call["date"]["value"] == "2026-12-02"


def test_one_in_office_travelling_with_the_visitor_visits_too(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। फ्रांस की प्रथम महिला ब्रिजिट मैक्रों राष्ट्रपति इमैनुएल मैक्रों के साथ दो दिन की राजकीय यात्रा पर "
        "मंगलवार को भारत पहुंचीं।"
    )
    (visit,) = frames(doc)
    assert [p["name"] for p in visit["participants"] if p["role"] == "source"] == ["ब्रिजिट मैक्रों", "इमैनुएल मैक्रों"]


def test_talks_held_with_someone_on_a_day_told_inside_and_thanks_for_their_governments_help(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। पुर्तगाल के विदेश मंत्री पाउलो रांजेल के साथ बृहस्पतिवार को हुई वार्ता में विदेश मंत्री एस जयशंकर ने "
        "रक्षा सहयोग पर जोर दिया। जयशंकर ने शुक्रवार को सऊदी अरब के विदेश मंत्री फैसल बिन फरहान से फोन पर बात की और भारतीयों को "
        "निकालने में सऊदी सरकार के सहयोग के लिए धन्यवाद दिया।"
    )
    talks, _call, thanks = frames(doc)
    assert sorted(p["name"] for p in talks["participants"]) == ["एस जयशंकर", "पाउलो रांजेल"]
    assert people(thanks) == [("एस जयशंकर", "IND", "source"), ("फैसल बिन फरहान", "SAU", "target")]


def test_meetings_a_briefing_joins_by_semicolons_each_take_their_own_day(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। प्रवक्ता ने बताया कि विदेश सचिव विक्रम मिस्री ने सोमवार को भूटान के विदेश सचिव पेमा चोडेन से "
        "मुलाकात की; वाणिज्य सचिव राजेश अग्रवाल ने मंगलवार को ब्रिटेन के व्यापार मंत्री डगलस एलेक्जेंडर के साथ वार्ता की; और रक्षा "
        "सचिव राजेश कुमार सिंह ने बुधवार को फ्रांस की मंत्री कैथरीन वॉट्रिन के साथ बैठक की।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2026-11-30", "2026-12-01", "2026-12-02"]


def test_a_plan_sealed_after_talks_and_what_it_holds_told_next_are_the_talks_topics_too(run):
    doc = run(
        "हनोई, 4 दिसंबर 2026। जापान की प्रधानमंत्री साने ताकाइची और वियतनाम के प्रधानमंत्री फाम मिन्ह चिन्ह ने शुक्रवार को यहां "
        "वार्ता के बाद साझेदारी की पांच वर्षीय कार्ययोजना पर मुहर लगाई।\n\nकार्ययोजना में सेमीकंडक्टर और स्वच्छ ऊर्जा में सहयोग को "
        "प्राथमिकता दी गई है।"
    )
    assert [(f["event_type"], f["topics"]) for f in frames(doc)] == [
        ("MEET", ["digital", "renewables"]),
        ("AGREE", ["digital", "renewables"]),
    ]


def test_a_state_release_datelined_with_a_colon_dates_today_and_a_visitor_described_is_so_whatever_the_case(run):
    doc = run(
        "सूचना एवं जनसंपर्क विभाग, उत्तर प्रदेश\n\nलखनऊ: 04 दिसंबर, 2026\n\nमुख्यमंत्री योगी आदित्यनाथ से आज यहां जापान के "
        "उप गवर्नर केनिची नागासाकी ने भेंट की।"
    )
    (meeting,) = frames(doc)
    assert meeting["date"]["value"] == "2026-12-04"
    doc = run(
        "कैनबरा, 2 दिसंबर 2026। ऑस्ट्रेलिया की यात्रा पर आए सेना प्रमुख जनरल उपेंद्र द्विवेदी को बुधवार को गार्ड ऑफ ऑनर दिया गया।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert people(visit) == [("-", "AUS", "target"), ("उपेंद्र द्विवेदी", "IND", "source")]


def test_the_next_round_with_a_body_is_between_the_country_and_the_body_about_what_the_round_was(run):
    doc = run(
        "ब्रसेल्स, 4 दिसंबर 2026। भारत और यूरोपीय संघ के बीच निवेश संरक्षण समझौते पर तीसरे दौर की वार्ता बुधवार को यहां हुई। भारतीय "
        "दल का नेतृत्व संयुक्त सचिव विनीत कुमार ने और यूरोपीय दल का नेतृत्व यूरोपीय आयोग की उप महानिदेशक मारिया मार्टिन-प्राट ने "
        "किया।\n\nअगले दौर की वार्ता फरवरी में नई दिल्ली में होगी।"
    )
    _round, nxt = frames(doc)
    assert [(p["org"], p["country"]) for p in nxt["participants"]] == [(None, "IND"), ("यूरोपीय आयोग", None)]
    assert (nxt["modality"], nxt["topics"]) == ("planned", ["investment"])


def test_a_sentence_on_these_meetings_tells_of_each_met_in_the_sentence_before(run):
    doc = run(
        "न्यूयॉर्क, 3 दिसंबर 2026। सुबह पी हरीश ने गुयाना की स्थायी प्रतिनिधि कैरोलिन रोड्रिग्स-बर्केट से मुलाकात की, दोपहर में "
        "डेनमार्क की स्थायी प्रतिनिधि क्रिस्टीना मार्कुस लासेन के साथ बैठक की और शाम को पनामा के स्थायी प्रतिनिधि एलॉय अल्फारो से भेंट "
        "की।\n\nइन मुलाकातों में सुरक्षा परिषद में सुधार प्रमुख मुद्दा रहा।"
    )
    assert [f["topics"] for f in frames(doc)] == [["multilateral"]] * 3


def test_a_memorandum_told_signed_on_the_occasion_then_by_whom_takes_the_meeting_s_day_and_place(run):
    doc = run(
        "चेन्नई, 3 दिसंबर 2026। मुख्यमंत्री एम के स्टालिन ने बृहस्पतिवार को सचिवालय में दक्षिण कोरिया के राजदूत ली सेओंग-हो से मुलाकात "
        "की।\n\nइस मौके पर तमिलनाडु सरकार और दक्षिण कोरिया के ग्योंगगी प्रांत के बीच एक समझौता ज्ञापन पर भी हस्ताक्षर किए गए। ग्योंगगी प्रांत "
        "की ओर से उप गवर्नर किम ह्यून-सू ने और तमिलनाडु की ओर से मुख्य सचिव एन मुरुगानंदम ने दस्तखत किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert (signing["date"]["value"], signing["location"]["text"]) == ("2026-12-03", "सचिवालय")
    assert ("किम ह्यून-सू", "KOR", "participant") in people(signing)


def test_a_navy_ship_carrying_relief_is_no_defence_topic_and_help_sent_is_aid(run):
    doc = run(
        "माले, 4 दिसंबर 2026। भारतीय उच्चायुक्त ने शुक्रवार को माले बंदरगाह पर मालदीव के मंत्री को 30 टन राहत सामग्री सौंपी। सामग्री "
        'भारतीय नौसेना के जहाज आईएनएस घड़ियाल से पहुंचाई गई।\n\nमालदीव के राष्ट्रपति ने लिखा, "तुरंत मदद भेजने के लिए मैं भारत का '
        'आभारी हूं।"'
    )
    assert [(f["event_type"], f["topics"]) for f in frames(doc)] == [
        ("CEREMONY", ["development"]),
        ("THANK", ["development"]),
    ]


def test_a_consultation_chaired_jointly_in_a_relative_clause_is_held_by_its_chairs(run):
    doc = run(
        "पेरिस, 1 दिसंबर 2026। फ्रांस और इटली के बीच मंगलवार को यहां अंतर-सरकारी शिखर बैठक हुई, जिसकी अध्यक्षता फ्रांस के राष्ट्रपति "
        "इमैनुएल मैक्रों और इटली की प्रधानमंत्री जॉर्जिया मेलोनी ने संयुक्त रूप से की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("इमैनुएल मैक्रों", "FRA", "participant"), ("जॉर्जिया मेलोनी", "ITA", "participant")]


def test_a_parade_s_salute_taken_jointly_is_a_ceremony(run):
    doc = run(
        "बेलगावी, 4 दिसंबर 2026। भारत और फ्रांस की सेनाओं का संयुक्त सैन्य अभ्यास 'शक्ति' शुक्रवार को संपन्न हुआ। समापन समारोह में "
        "भारतीय सेना के मेजर जनरल अजय कुमार और फ्रांसीसी सेना के ब्रिगेडियर जनरल पियरे मार्टिन ने संयुक्त रूप से सलामी ली।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["countries"] == ["FRA", "IND"]
    assert ceremony["topics"] == ["defence"]


def test_those_present_at_a_meeting_its_sides_told_again_are_at_the_meeting(run):
    doc = run(
        "दोहा, 2 दिसंबर 2026। वज़ीर-ए-आज़म शहबाज़ शरीफ़ ने बुधवार को क़तर के अमीर शेख़ तमीम बिन हमद अल सानी से मुलाक़ात की। दोनों "
        "जानिब ने तिजारत पर बात की। मुलाक़ात में वज़ीर-ए-ख़ारिजा इसहाक़ डार भी मौजूद थे।"
    )
    (meeting,) = frames(doc)
    assert ("इसहाक़ डार", "PAK", "participant") in people(meeting)
    assert meeting["topics"] == ["trade"]


def test_those_listed_among_the_congratulators_each_sent_their_own(run):
    doc = run(
        "सियोल, 3 दिसंबर 2026। दक्षिण कोरिया के नए राष्ट्रपति किम मिन-सोक को बुधवार को दुनिया भर के नेताओं ने बधाई दी। बधाई देने "
        "वालों में जापान के प्रधानमंत्री शिगेरु इशिबा और फ्रांस के राष्ट्रपति इमैनुएल मैक्रों शामिल थे।"
    )
    wishes = frames(doc)
    assert [people(f) for f in wishes] == [
        [("किम मिन-सोक", "KOR", "target"), ("शिगेरु इशिबा", "JPN", "source")],
        [("इमैनुएल मैक्रों", "FRA", "source"), ("किम मिन-सोक", "KOR", "target")],
    ]


def test_a_body_the_rules_name_listed_with_others_thanked_is_thanked_too(run):
    doc = run("केन्या के स्वास्थ्य मंत्री ने टीकों के लिए भारत सरकार और यूनिसेफ का आभार जताया।")
    (thanks,) = frames(doc)
    assert [(p["org"], p["role"]) for p in thanks["participants"] if p["role"] == "target"] == [
        ("भारत सरकार", "target"),
        ("यूनिसेफ", "target"),
    ]


def test_a_signing_told_with_no_sides_during_a_body_s_meeting_with_a_country_is_theirs(run):
    doc = run(
        "ढाका, 3 दिसंबर 2026। विश्व बैंक के अध्यक्ष अजय बंगा ने बुधवार को बांग्लादेश के वित्त सलाहकार सालेहुद्दीन अहमद से मुलाकात "
        "की। इस दौरान बिजली ग्रिड के लिए दो ऋण समझौतों पर हस्ताक्षर किए गए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert [(p["org"], p["country"]) for p in signing["participants"]] == [(None, "BGD"), ("विश्व बैंक", None)]


def test_three_officials_agreeing_are_the_three_named_joining_the_meeting_just_before(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। भारत, जापान और ऑस्ट्रेलिया के व्यापार मंत्रियों की मंगलवार को वर्चुअल बैठक हुई। बैठक में पीयूष "
        "गोयल, जापान के व्यापार मंत्री योजी मुतो और ऑस्ट्रेलिया के व्यापार मंत्री डॉन फैरेल शामिल हुए।\n\nतीनों मंत्रियों ने अगले साल "
        "टोक्यो में फिर मिलने पर सहमति जताई।"
    )
    agreed = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert [p["name"] for p in agreed["participants"]] == ["पीयूष गोयल", "योजी मुतो", "डॉन फैरेल"]


def test_a_headquarters_toured_under_a_dateline_abroad_is_no_visit(run):
    doc = run(
        "रीगा, 3 दिसंबर 2026। मंत्री ने बुधवार को यहां लातविया के विदेश मंत्री से मुलाकात की। इसके बाद उन्होंने लातविया के डिजिटल "
        "नवाचार केंद्र के मुख्यालय का दौरा किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_a_portfolio_no_title_list_holds_says_nothing_of_what_was_signed(run):
    doc = run(
        "लुसाका, 2 दिसंबर 2026। जाम्बिया के वित्त एवं राष्ट्रीय नियोजन मंत्री सितुम्बेको मुसोकोत्वाने और भारत के उच्चायुक्त ने "
        "मंगलवार को सौर ऊर्जा संयंत्र के लिए ऋण समझौते पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["countries"] == ["IND", "ZMB"] and signing["topics"] == ["development", "renewables"]


def test_a_day_with_no_year_in_what_was_agreed_months_before_the_dateline_is_to_come_not_the_agreement_s(run):
    doc = run(
        "ढाका, 3 दिसंबर 2026। बांग्लादेश और भूटान के विदेश सचिवों ने बुधवार को यहां वार्ता की। दोनों पक्षों ने 12 फरवरी को थिम्पू "
        "में अगली बैठक आयोजित करने पर सहमति जताई।"
    )
    agreed = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert (agreed["date"]["value"], agreed["location"]["text"]) == ("2026-12-02", "ढाका")


def test_an_armoured_vehicle_plant_opened_is_about_defence(run):
    doc = run("मंत्री ने मंगलवार को कासाब्लांका में बख्तरबंद वाहन बनाने वाले संयंत्र का उद्घाटन किया।")
    (opening,) = frames(doc)
    assert "defence" in opening["topics"]


def test_an_op_ed_s_first_person_is_its_author_named_in_the_byline_and_described_in_the_closing_note(run):
    doc = run(
        "भारत-फ्रांस: नई ऊंचाइयां\n\nथिएरी माथू\n\nनई दिल्ली, 5 दिसंबर 2026। पिछले सप्ताह मैंने बेंगलुरु में कर्नाटक के "
        "मुख्यमंत्री सिद्धारमैया से मुलाकात की और एयरोस्पेस क्षेत्र में फ्रांसीसी निवेश पर चर्चा की।\n\n(लेखक भारत में फ्रांस के "
        "राजदूत हैं)"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("थिएरी माथू", "FRA", "participant"), ("सिद्धारमैया", "IND", "participant")]
    assert meeting["location"]["text"] == "बेंगलुरु"


def test_the_hosts_of_a_welcome_told_in_its_where_clause_take_part_in_it(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। तंजानिया की राष्ट्रपति सामिया सुलुहु हसन का बुधवार को राष्ट्रपति भवन में औपचारिक स्वागत किया गया, "
        "जहां उपराष्ट्रपति सी. पी. राधाकृष्णन और प्रधानमंत्री नरेंद्र मोदी ने उनकी अगवानी की।"
    )
    (welcome,) = frames(doc)
    assert [p["name"] for p in welcome["participants"]] == ["सामिया सुलुहु हसन", "सी. पी. राधाकृष्णन", "नरेंद्र मोदी"]


def test_what_a_signed_agreement_holds_told_next_under_it_is_what_it_is_about(run):
    doc = run(
        "पुणे, 3 दिसंबर 2026। पुणे और जापान के ओकायामा शहर के बीच बुधवार को भगिनी शहर समझौते पर हस्ताक्षर हुए। पुणे के महापौर "
        "अजय पाटिल और ओकायामा के मेयर केन्जी ओमोरी ने समझौते पर दस्तखत किए।\n\nइसके तहत दोनों शहर पर्यटन और परिवहन में सहयोग "
        "करेंगे।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["tourism", "transport"]


def test_the_one_named_before_a_relative_clause_is_the_agent_of_the_ne_after_it(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। चिली के विदेश मंत्री अल्बर्टो वैन क्लावेरेन, जो इन दिनों भारत की यात्रा पर हैं, ने बुधवार को "
        "वाणिज्य मंत्री पीयूष गोयल से मुलाकात की।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["countries"] == ["CHL", "IND"]


def test_a_garland_laid_at_a_samadhi_is_a_tribute_its_honoree_takes_no_part_in(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। स्वीडन की विदेश मंत्री मारिया मालमेर स्टेनरगार्ड ने बुधवार को राजघाट जाकर महात्मा गांधी की "
        "समाधि पर माल्यार्पण किया।"
    )
    (tribute,) = frames(doc)
    assert tribute["event_type"] == "CEREMONY" and people(tribute) == [("मारिया मालमेर स्टेनरगार्ड", "SWE", "participant")]


@pytest.mark.parametrize(
    "agreed",
    [
        "भारत और स्वीडन मंगलवार को हरित परिवहन में साझेदारी को आगे बढ़ाने पर राजी हुए।",
        "भारत और स्वीडन ने मंगलवार को एक संयुक्त कार्य समूह गठित करने पर हामी भरी।",
        "भारत और स्वीडन मंगलवार को इस बात पर एकमत थे कि हरित परिवहन में सहयोग बढ़ाने की जरूरत है।",
        "भारत और स्वीडन ने मंगलवार को फिल्म महोत्सव आयोजित करने पर भी रजामंदी जताई।",
    ],
)
def test_assent_told_colloquially_is_an_agreement(run, agreed):
    assert [f["event_type"] for f in frames(run(agreed))] == ["AGREE"]


def test_what_is_agreed_in_the_talks_is_agreed_that_day_there_and_tells_what_they_were_about(run):
    doc = run(
        "सराजेवो, 3 दिसंबर 2026। विदेश राज्य मंत्री पबित्र मार्गेरिटा ने बुधवार को बोस्निया और हर्जेगोविना के विदेश मंत्री "
        "एल्मेदिन कोनाकोविच के साथ बातचीत की। यह किसी भारतीय मंत्री की पहली यात्रा है।\n\nबातचीत में दोनों पक्षों ने दवा उद्योग में "
        "सहयोग के लिए एक संयुक्त कार्य समूह गठित करने पर हामी भरी।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["AGREE"]["date"]["value"] == "2026-12-02" and by_type["AGREE"]["location"]["text"] == "सराजेवो"
    assert by_type["MEET"]["topics"] == ["pharma"]


def test_a_decision_told_before_ki_happened_though_what_was_decided_is_to_come_and_is_no_event_itself(run):
    doc = run(
        "ला पाज, 3 दिसंबर 2026। भारत और बोलीविया के अधिकारियों के बीच बुधवार को यहां हुई बैठक में तय हुआ कि दोनों देश अगले "
        "महीने संयुक्त कार्य समूह की बैठक आयोजित करेंगे।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert set(by_type) == {"MEET", "AGREE"}
    assert by_type["AGREE"]["modality"] == "asserted" and by_type["AGREE"]["date"]["value"] == "2026-12-02"
    assert by_type["MEET"]["date"]["value"] == "2026-12-02"


@pytest.mark.parametrize(
    "done",
    ["'भारत सप्ताह' का शुभारंभ किया", "50 नई बसों को हरी झंडी दिखाकर रवाना किया", "गश्ती पोत का जलावतरण किया"],
)
def test_a_launch_a_flag_off_and_a_ship_s_launch_are_ceremonies(run, done):
    doc = run(f"राजदूत संदीप आर्य ने रविवार को {done}।")
    assert [f["event_type"] for f in frames(doc)] == ["CEREMONY"]


def test_buses_and_cocoa_are_transport_and_agriculture(run):
    doc = run(
        "राष्ट्रपति और उच्चायुक्त ने शनिवार को 50 नई बसों को हरी झंडी दिखाकर रवाना किया। भारत और आइवरी कोस्ट ने कोको "
        "प्रसंस्करण पर एमओयू पर हस्ताक्षर किए।"
    )
    assert [f["topics"] for f in frames(doc)] == [["transport"], ["agriculture"]]


def test_those_joining_another_reception_after_a_meeting_are_not_at_the_meeting(run):
    doc = run(
        "एथेंस, 27 नवंबर। यूनान के प्रधानमंत्री किरियाकोस मित्सोताकिस ने गुरुवार को भारत के नौसेना प्रमुख दिनेश के त्रिपाठी से "
        "मुलाकात की और व्यापार पर चर्चा की।\n\nत्रिपाठी और यूनान के रक्षा मंत्री निकोस डेंडियास एक स्वागत समारोह में शामिल हुए।"
    )
    assert [(f["event_type"], len(f["participants"])) for f in frames(doc)] == [("MEET", 2), ("CEREMONY", 2)]


def test_a_reception_aboard_a_ship_that_came_to_a_port_is_on_the_ship(run):
    doc = run(
        "एथेंस, 27 नवंबर। त्रिपाठी और यूनान के रक्षा मंत्री निकोस डेंडियास पिरेयस बंदरगाह पर पहुंचे भारतीय युद्धपोत आईएनएस तबर पर "
        "आयोजित एक स्वागत समारोह में शामिल हुए।"
    )
    (reception,) = frames(doc)
    assert reception["location"]["text"] == "आईएनएस तबर"
    assert ("निकोस डेंडियास", "GRC", "participant") in people(reception)


def test_the_leader_of_a_delegation_met_told_in_a_relative_clause_takes_part(run):
    doc = run(
        "सैंटियागो, 2 दिसंबर 2026। चिली की सीनेट के अध्यक्ष मैनुअल ओसा ने मंगलवार को यहां भारत के संसदीय प्रतिनिधिमंडल से "
        "मुलाकात की, जिसका नेतृत्व राज्यसभा के उपसभापति हरिवंश कर रहे थे।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("मैनुअल ओसा", "CHL", "participant"), ("हरिवंश", "IND", "participant")]


def test_india_s_minister_of_state_named_after_another_country_s_minister_is_india_s(run):
    doc = run(
        "सैन होजे, 28 नवंबर। कोस्टा रिका के विदेश मंत्री आर्नोल्डो आंद्रे तिनोको और विदेश राज्य मंत्री कीर्ति वर्धन सिंह के बीच "
        "गुरुवार को वीडियो कॉल पर बातचीत हुई।"
    )
    (call,) = frames(doc)
    assert call["countries"] == ["CRI", "IND"]


@pytest.mark.parametrize("subject", ["जापानी निवेश पर", "चीनी मिलों के आधुनिकीकरण पर", "चीनी मिलों में एथेनॉल उत्पादन पर"])
def test_a_demonym_describing_what_the_sides_signed_on_is_no_side(run, subject):
    doc = run(f"नई दिल्ली, 3 दिसंबर 2026। भारत और ब्राजील ने बुधवार को {subject} एक समझौते पर हस्ताक्षर किए।")
    (signing,) = frames(doc)
    assert signing["countries"] == ["BRA", "IND"]


def test_a_state_and_a_province_joined_before_ne_are_the_sides(run):
    doc = run(
        "टोक्यो, 25 नवंबर 2026। गुजरात के मुख्यमंत्री ने मंगलवार को शिज़ुओका प्रांत के गवर्नर से मुलाकात की। इसके बाद गुजरात और "
        "शिज़ुओका ने हरित हाइड्रोजन के क्षेत्र में सहयोग के लिए एक समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["countries"] == ["IND", "JPN"]


def test_a_quote_telling_what_partner_a_country_is_says_nothing_of_the_talks(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। जर्मनी के चांसलर ने बृहस्पतिवार को प्रधानमंत्री नरेंद्र मोदी के साथ शिखर वार्ता की। चांसलर ने "
        "प्रेस वार्ता में कहा, 'भारत हिंद-प्रशांत क्षेत्र में हमारा सबसे अहम साझेदार है।'"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == []


def test_a_stance_of_both_countries_told_before_a_meeting_is_no_lead_of_it(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। भारत में फिलीपींस के राजदूत ने बुधवार को कहा कि दोनों देश दक्षिण चीन सागर में नौवहन की "
        "स्वतंत्रता के पक्षधर हैं। "
        "उन्होंने बताया कि पिछले महीने मनीला में दोनों देशों के रक्षा सचिवों की बैठक हुई थी, जिसमें ब्रह्मोस मिसाइलों की आपूर्ति पर "
        "चर्चा हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["defence"]


def test_boundary_pillars_are_a_border_matter(run):
    doc = run("काठमांडू, 3 दिसंबर 2026। भारत और नेपाल के बीच बैठक मंगलवार को हुई, जिसमें सीमा स्तंभों की मरम्मत पर चर्चा हुई।")
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["security"]


def test_how_old_a_tradition_between_two_armies_is_says_nothing_of_the_events_around_it(run):
    doc = run(
        "काठमांडू, 21 नवंबर 2024। भारत के थलसेना प्रमुख जनरल उपेंद्र द्विवेदी को बृहस्पतिवार को नेपाल के राष्ट्रपति राम चंद्र पौडेल ने "
        "शीतल निवास में मानद जनरल की उपाधि प्रदान की। दोनों देशों की सेनाओं के बीच यह परंपरा दशकों पुरानी है। जनरल द्विवेदी ने "
        "इसके बाद प्रधानमंत्री से मुलाकात की।"
    )
    assert [(f["event_type"], f["topics"]) for f in frames(doc)] == [("CEREMONY", []), ("MEET", [])]


def test_a_visitor_named_before_a_comma_and_the_host_s_invitation_is_the_visitor(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। वियतनाम के प्रधानमंत्री फाम मिन्ह चिन्ह, प्रधानमंत्री नरेंद्र मोदी के निमंत्रण पर तीन दिवसीय भारत "
        "यात्रा पर बुधवार को यहां पहुंचे।"
    )
    (visit,) = frames(doc)
    assert people(visit) == [("-", "IND", "target"), ("फाम मिन्ह चिन्ह", "VNM", "source")]


def test_leaving_for_a_place_named_right_before_ravana_is_a_visit_there(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। उपराष्ट्रपति सी. पी. राधाकृष्णन मंगलवार को शिखर सम्मेलन में भाग लेने के लिए जोहानिसबर्ग रवाना हो "
        "गए।"
    )
    (visit,) = frames(doc)
    assert visit["countries"] == ["IND", "ZAF"] and visit["location"]["text"] == "जोहानिसबर्ग"


def test_a_meeting_held_separately_and_then_talked_of_in_one_clause_is_no_error(run):
    # a mix the robustness test once drew: the meeting "अलग से" was split into drafts of its own before "चर्चा की"
    # was told of it again, and removing the one split away raised
    doc = run(
        "पाकिस्तान और अफगानिस्तान के प्रतिनिधिमंडलों के बीच तुर्की और कतर की मध्यस्थता में यहां चल रही तीसरे दौर की वार्ता "
        "बुधवार को बिना किसी समझौते के समाप्त हो गई। दीक्षांत समारोह के बाद भारतीय उच्चायुक्त ने राष्ट्रपति से अलग से मुलाकात "
        "कर दोनों देशों के बीच स्वास्थ्य और कौशल विकास में सहयोग पर चर्चा की।"
    )
    assert "MEET" in [f["event_type"] for f in frames(doc)]


def test_an_agreement_told_before_ki_and_what_is_to_come_is_dated_the_day_past(run):
    doc = run("नई दिल्ली, 3 दिसंबर 2026। भारत और ब्राजील ने बुधवार को सहमति जताई कि दोनों देश अगले वर्ष तक व्यापार दोगुना करेंगे।")
    (agreed,) = frames(doc)
    assert (agreed["modality"], agreed["date"]["value"]) == ("asserted", "2026-12-02")


def test_thanks_in_a_clause_on_what_was_just_given_go_to_the_giver(run):
    doc = run(
        "कोलंबो, 2 दिसंबर 2026। भारत ने मंगलवार को श्रीलंका को 10,000 टन चावल की खेप सौंपी, जिसके लिए श्रीलंका सरकार ने आभार जताया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert people(thanks) == [("-", "IND", "target"), ("-", "LKA", "source")] and thanks["topics"] == ["agriculture"]


def test_back_home_from_a_visit_is_the_visit_with_no_day_of_its_own(run):
    doc = run("नई दिल्ली, 2 दिसंबर 2026। विदेश मंत्री एस जयशंकर मंगलवार को सऊदी अरब और कतर की चार दिवसीय यात्रा से स्वदेश लौट आए।")
    assert [(f["event_type"], f["countries"], f["date"]) for f in frames(doc)] == [
        ("VISIT", ["IND", "SAU"], None),
        ("VISIT", ["IND", "QAT"], None),
    ]


def test_the_sector_a_company_is_described_by_before_its_head_s_name_is_no_topic_of_the_meeting(run):
    doc = run(
        "बाकू, 2 दिसंबर 2026। भारत के विदेश सचिव विक्रम मिस्री बुधवार को तेल एवं गैस क्षेत्र की सरकारी कंपनी सोकार के अध्यक्ष "
        "रोवनाग अब्दुल्लायेव से मिलेंगे।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == []


def test_a_military_rank_told_with_no_office_is_the_title(run):
    doc = run(
        "नई दिल्ली, 31 मार्च 2025। प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को म्यांमार के वरिष्ठ जनरल मिन आंग ह्लाइंग से फोन पर बात की। "
        "सेना प्रमुख जनरल उपेंद्र द्विवेदी ने मंगलवार को श्रीलंका के मेजर जनरल चमिंडा लमाहेवा से मुलाकात की।"
    )
    titles = sorted({(a["name"], a["title"]) for f in frames(doc) for a in f["participants"]})
    assert titles == [
        ("उपेंद्र द्विवेदी", "सेना प्रमुख"),
        ("चमिंडा लमाहेवा", "मेजर जनरल"),
        ("नरेन्द्र मोदी", "प्रधानमंत्री"),
        ("मिन आंग ह्लाइंग", "वरिष्ठ जनरल"),
    ]


def test_an_office_named_alone_after_the_same_day_is_its_holder(run):
    doc = run(
        "मलाबो, 3 दिसंबर 2026। इक्वेटोरियल गिनी में भारत के नए राजदूत राजेश कुमार सिंह ने बुधवार को राष्ट्रपति से भेंट की। "
        "उसी दिन राजदूत ने उप-राष्ट्रपति तेओदोरो न्गेमा ओबियांग मांगे से भी मुलाकात की।"
    )
    second = frames(doc)[-1]
    assert people(second) == [("तेओदोरो न्गेमा ओबियांग मांगे", "GNQ", "participant"), ("राजेश कुमार सिंह", "IND", "participant")]


def test_thanks_told_after_what_a_call_discussed_were_given_on_the_call(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। विदेश राज्य मंत्री पबित्र मार्गेरिटा ने गुरुवार को सेंट किट्स एवं नेविस के विदेश मंत्री डेंज़िल डगलस "
        "के साथ वीडियो कॉल पर बातचीत की। दोनों ने जलवायु परिवर्तन से निपटने में सहयोग पर चर्चा की। डगलस ने कोविड महामारी के दौरान "
        "भारत से मिले टीकों के लिए धन्यवाद दिया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert (thanks["location"], thanks["date"]["value"]) == (None, "2026-12-03")
    assert [f["event_type"] for f in frames(doc)] == ["CALL", "THANK"]  # "भारत से मिले टीकों": received, no meeting


def test_notes_exchanged_are_a_signing_and_what_was_donated_is_aid(run):
    doc = run(
        "लिब्रेविल, 1 दिसंबर 2026। दोनों पक्षों ने मंगलवार को ग्रामीण पेयजल परियोजनाओं के लिए भारत और गैबॉन के बीच नोट्स का "
        "आदान-प्रदान किया। सेंट जॉर्ज, 2 दिसंबर 2026। ग्रेनेडा के प्रधानमंत्री डिकॉन मिशेल ने भारत द्वारा दान किए गए सौर ऊर्जा संयंत्र "
        "के लिए भारत का आभार जताया।"
    )
    signed, thanks = frames(doc)
    assert (signed["event_type"], signed["countries"]) == ("SIGN", ["GAB", "IND"])
    assert (thanks["countries"], thanks["topics"]) == (["GRD", "IND"], ["development", "renewables"])


def test_one_leading_a_country_s_delegation_is_of_that_country(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। रूसी प्रतिनिधिमंडल का नेतृत्व कर रहे उप विदेश मंत्री आंद्रेई रुडेंको ने बुधवार को विदेश सचिव "
        "विक्रम मिस्री से मुलाकात की।"
    )
    assert people(frames(doc)[0]) == [("आंद्रेई रुडेंको", "RUS", "participant"), ("विक्रम मिस्री", "IND", "participant")]


def test_talks_a_delegation_s_leader_co_chairs_with_the_other_side_are_the_round_told_before(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। भारत और मोल्दोवा के बीच विदेश कार्यालय परामर्श का तीसरा दौर मंगलवार को नई दिल्ली में हुआ। "
        "मोल्दोवा के प्रतिनिधिमंडल का नेतृत्व कर रहे उप विदेश मंत्री व्लाद कुलमिन्स्की ने सचिव (पश्चिम) सिबी जॉर्ज के साथ परामर्श की "
        "सह-अध्यक्षता की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("व्लाद कुलमिन्स्की", "MDA", "participant"), ("सिबी जॉर्ज", "IND", "participant")]


def test_payments_are_finance(run):
    doc = run("काराकास, 3 दिसंबर 2026। भारत और वेनेजुएला बुधवार को बकाया लाभांश के भुगतान की व्यवस्था पर राजी हुए।")
    assert frames(doc)[0]["topics"] == ["finance"]


def test_cooperation_in_two_international_bodies_is_multilateral(run):
    doc = run("ताशकंद, 27 नवंबर 2026। भारत और उज्बेकिस्तान ने बुधवार को संयुक्त राष्ट्र और शंघाई सहयोग संगठन में सहयोग पर सहमति जताई।")
    assert frames(doc)[0]["topics"] == ["multilateral"]


def test_the_officer_of_a_ship_told_is_of_its_navy(run):
    doc = run(
        "कोच्चि, 3 दिसंबर 2026। फ्रांसीसी नौसेना का फ्रिगेट बुधवार को कोच्चि पहुंचा। जहाज के कमांडिंग ऑफिसर कमांडर ज्यां-मार्क "
        "दुपॉन्ट ने बृहस्पतिवार को दक्षिणी नौसेना कमान के प्रमुख वाइस एडमिरल वी श्रीनिवास से मुलाकात की।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert people(meeting) == [("ज्यां-मार्क दुपॉन्ट", "FRA", "participant"), ("वी श्रीनिवास", "IND", "participant")]


def test_counterparts_listed_after_their_demonyms_are_of_those_countries_in_order(run):
    doc = run(
        "जोहानिसबर्ग, 22 नवंबर 2026। विदेश मंत्री एस जयशंकर ने शनिवार को अपने इंडोनेशियाई, मैक्सिकन और तुर्की समकक्षों सुगियोनो, "
        "हुआन रामोन डे ला फुएंते और हाकान फिदान से अलग-अलग मुलाकात की।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IDN", "IND"], ["IND", "MEX"], ["IND", "TUR"]]


def test_a_visit_told_as_concluded_is_the_visit(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। मलावी के राष्ट्रपति पीटर मुथारिका की 1 से 3 दिसंबर तक चली भारत की राजकीय यात्रा बृहस्पतिवार को "
        "संपन्न हो गई।"
    )
    (visit,) = frames(doc)
    assert (visit["event_type"], visit["countries"], visit["date"]["value"]) == (
        "VISIT",
        ["IND", "MWI"],
        "2026-12-01/2026-12-03",
    )


def test_thanks_for_a_thing_the_sentence_before_named_are_about_it(run):
    doc = run(
        "थिम्पू, 2 दिसंबर 2026। भूटान के प्रधानमंत्री शेरिंग तोबगे ने मंगलवार को भारत की सहायता से बनी जलविद्युत परियोजना की "
        "ई-पट्टिका का अनावरण किया। इस मौके पर उन्होंने परियोजना के लिए भारत सरकार के प्रति कृतज्ञता प्रकट की।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert thanks["topics"] == ["development", "energy"]


def test_talks_told_on_a_video_link_that_carried_an_inauguration_are_its_business(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। प्रधानमंत्री नरेंद्र मोदी और नेपाल की प्रधानमंत्री सुशीला कार्की ने शुक्रवार को वीडियो "
        "कॉन्फ्रेंसिंग के जरिए पेट्रोलियम पाइपलाइन का उद्घाटन किया। दोनों नेताओं ने इस मौके पर रेल संपर्क बढ़ाने पर भी बात की।"
    )
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert call["topics"] == ["transport"]


def test_the_day_a_visit_ended_is_no_day_of_it(run):
    doc = run("नई दिल्ली, 31 अगस्त 2026। प्रधानमंत्री नरेंद्र मोदी की दो दिवसीय जापान यात्रा रविवार को संपन्न हो गई।")
    (visit,) = frames(doc)
    assert (visit["event_type"], visit["countries"], visit["date"]) == ("VISIT", ["IND", "JPN"], None)


def test_what_a_plant_inaugurated_by_video_will_do_is_no_business_of_the_link(run):
    doc = run(
        "कोलंबो, 9 फरवरी 2025। प्रधानमंत्री नरेंद्र मोदी और श्रीलंका के राष्ट्रपति अनुरा कुमार दिसानायके ने रविवार को वीडियो "
        "कॉन्फ्रेंस के माध्यम से सौर ऊर्जा संयंत्र का उद्घाटन किया। इस संयंत्र से हजारों घरों को बिजली मिलेगी।"
    )
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert call["topics"] == []


def test_pending_border_issues_are_a_border_matter(run):
    doc = run("काठमांडू, 3 दिसंबर 2026। भारत और नेपाल ने बुधवार को सीमा पर लंबित मुद्दों के समाधान पर सहमति जताई।")
    assert frames(doc)[0]["topics"] == ["security"]


def test_ministers_of_two_countries_named_before_their_genitive_are_theirs_in_order(run):
    doc = run(
        "जिनेवा, 30 नवंबर 2026। आर्मेनिया और अजरबैजान के विदेश मंत्रियों अरारत मिर्ज़ोयान और जेहुन बायरामोव के बीच रविवार को "
        "जिनेवा में वार्ता हुई।"
    )
    (talks,) = frames(doc)
    assert people(talks) == [("अरारत मिर्ज़ोयान", "ARM", "participant"), ("जेहुन बायरामोव", "AZE", "participant")]


def test_talking_to_reporters_is_no_meeting(run):
    doc = run(
        "कोलंबो, 3 दिसंबर 2026। विदेश मंत्री एस जयशंकर ने बुधवार को श्रीलंका के विदेश मंत्री विजिता हेराथ के साथ समझौते पर "
        "हस्ताक्षर किए। हस्ताक्षर करने के बाद दोनों मंत्रियों ने संवाददाताओं से बात की।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["SIGN"]


def test_talks_told_after_a_tribute_at_rajghat_are_not_held_there(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। वियतनाम के राष्ट्रपति लुओंग कुओंग ने बुधवार को राजघाट पर महात्मा गांधी को श्रद्धांजलि अर्पित की। "
        "बाद में कुओंग ने प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["location"]["text"] == "नई दिल्ली"


def test_a_date_a_participle_follows_is_of_the_thing_thanked_for(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा) विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने मंगलवार को निकारागुआ के विदेश मंत्री "
        "वाल्ड्रैक जेंत्श्के से फोन पर बात की। जेंत्श्के ने पिछले महीने आए तूफान के बाद भेजी गई मानवीय सहायता के लिए "
        "भारत सरकार का आभार व्यक्त किया।"
    )
    call, thanks = frames(doc)
    assert thanks["event_type"] == "THANK" and thanks["date"]["value"] == call["date"]["value"] == "2026-12-01"


def test_thanks_after_a_signing_on_the_occasion_have_its_day_not_after_talks_alone(run):
    opening = (
        "नई दिल्ली, 27 नवंबर 2026। विदेश राज्य मंत्री पबित्र मार्गेरिटा और अल साल्वाडोर की उप विदेश मंत्री अद्रियाना मीरा ने "
        "आज संयुक्त आयोग की पहली बैठक की सह-अध्यक्षता की।\n\n"
    )
    thanks = "अल साल्वाडोर की उप विदेश मंत्री ने भारत की छात्रवृत्तियों के लिए भारत का धन्यवाद किया।"
    doc = run(opening + "इस अवसर पर दोनों देशों के बीच एक समझौता ज्ञापन पर हस्ताक्षर किए गए। " + thanks)
    thanked = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert thanked["date"]["value"] == "2026-11-27" and thanked["topics"] == ["education"]
    doc = run(opening + "बैठक के बाद दोनों देशों ने एक समझौते पर हस्ताक्षर किए। " + thanks)
    assert next(f for f in frames(doc) if f["event_type"] == "THANK")["date"] is None


def test_a_tribute_sites_name_is_not_what_the_ceremony_was_about(run):
    doc = run("विदेश सचिव ने कोलंबो में भारतीय शांति सेना (आईपीकेएफ) स्मारक पर पुष्पांजलि अर्पित की।")
    (tribute,) = frames(doc)
    assert tribute["event_type"] == "CEREMONY" and tribute["topics"] == []


def test_an_agreement_the_talks_sides_go_on_to_reach_is_what_they_talked_of(run):
    talks = "सामिया सुलुहू हसन ने शुक्रवार को गितेगा में बुरुंडी के राष्ट्रपति एवारिस्ते नदायिशिमिये के साथ बातचीत की और "
    meet, agree = frames(run(talks + "दोनों नेताओं ने रेल लाइन के निर्माण पर सहमति जताई।"))
    assert meet["topics"] == agree["topics"] == ["transport"]
    meet, sign = frames(run(talks + "दोनों देशों ने रेल लाइन पर एक समझौते पर हस्ताक्षर किए।"))
    assert meet["topics"] == [] and sign["topics"] == ["transport"]  # a signing is an act of its own


def test_talks_in_urdus_words_and_a_signing_after_the_thanks_given_at_them(run):
    doc = run(
        "इस्लामाबाद, 2 दिसंबर 2026 (एजेंसियां) पाकिस्तान के वज़ीर-ए-आज़म शहबाज़ शरीफ़ ने मंगलवार को यहां मलेशिया के "
        "वज़ीर-ए-आज़म अनवर इब्राहिम का इस्तक़बाल किया और दोनों रहनुमाओं के दरमियान तिजारत और सेहत पर गुफ़्तगू हुई। "
        "अनवर इब्राहिम ने मेहमाननवाज़ी के लिए शहबाज़ शरीफ़ का शुक्रिया अदा किया। दोनों मुल्कों के दरमियान पांच मुआहिदों पर "
        "दस्तख़त किए गए।"
    )
    meet, thanks, sign = frames(doc)
    assert meet["countries"] == ["MYS", "PAK"] and meet["topics"] == ["health", "trade"]
    assert meet["date"]["value"] == thanks["date"]["value"] == sign["date"]["value"] == "2026-12-01"


def test_a_nepali_register_meeting(run):
    doc = run(
        "काठमाडौं, 3 दिसम्बर 2026 (रासस)। नेपाल के परराष्ट्र मन्त्री शिशिर खनाल ने बुधवार को सिंहदरबार में भारत के राजदूत "
        "नवीन श्रीवास्तव के साथ भेटवार्ता की।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("नवीन श्रीवास्तव", "IND", "participant"), ("शिशिर खनाल", "NPL", "participant")]
    assert meet["location"]["text"] == "सिंहदरबार"


def test_one_told_as_with_a_participant_took_part(run):
    doc = run(
        "मॉस्को, 4 दिसंबर 2026 (एपी) अमेरिका के विशेष दूत स्टीव विटकॉफ ने मंगलवार को क्रेमलिन में रूसी राष्ट्रपति व्लादिमीर "
        "पुतिन से मुलाकात की और युद्धविराम पर चर्चा की। विटकॉफ के साथ राष्ट्रपति डोनाल्ड ट्रंप के दामाद जेरेड कुशनर भी थे।"
    )
    (meet,) = frames(doc)
    names = {a["name"]: a["country"] for a in meet["participants"]}
    assert any(n.endswith("जेरेड कुशनर") and c == "USA" for n, c in names.items())
    assert "डोनाल्ड ट्रंप" not in names  # named only to say whose son-in-law


def test_the_host_of_a_ceremony_named_between_its_noun_and_verb(run):
    doc = run(
        "वियनतियाने, 20 नवंबर 2026 (वार्ता) राजनयिक संबंधों की 70वीं वर्षगांठ पर गुरुवार को वियनतियाने में एक समारोह आयोजित "
        "किया गया। समारोह की मेजबानी भारत के राजदूत प्रशांत अग्रवाल ने की, जबकि लाओस के उप प्रधानमंत्री सालेउमक्साय "
        "कोम्मासिथ मुख्य अतिथि थे।"
    )
    (ceremony,) = frames(doc)
    assert people(ceremony) == [
        ("प्रशांत अग्रवाल", "IND", "participant"),
        ("सालेउमक्साय कोम्मासिथ", "LAO", "participant"),
    ]


def test_a_forums_meeting_told_again_of_all_its_people_is_one(run):
    doc = run(
        "न्यूयॉर्क, 25 सितंबर 2026 (भाषा) विदेश मंत्री एस जयशंकर ने बृहस्पतिवार को ब्राजील के विदेश मंत्री माउरो विएरा और "
        "दक्षिण अफ्रीका के विदेश मंत्री रोनाल्ड लमोला के साथ इब्सा विदेश मंत्रियों की बैठक की मेजबानी की। तीनों मंत्रियों ने "
        "खाद्य सुरक्षा पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["date"]["value"] == "2026-09-24" and meet["topics"] == ["agriculture", "multilateral"]


def test_a_place_standing_before_a_venue_no_list_holds(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा) वाणिज्य मंत्री पीयूष गोयल ने बुधवार को दुबई स्थित एक्सपो सिटी में संयुक्त अरब "
        "अमीरात के विदेश व्यापार राज्य मंत्री थानी बिन अहमद अल जायौदी के साथ मंत्रणा की।"
    )
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["location"]["text"] == "दुबई" and meet["location"]["country"] == "ARE"


def test_multiword_honorifics_leave_the_name(run):
    doc = run("मलेशिया के प्रधानमंत्री दातो सेरी अनवर इब्राहिम ने पुत्रजया में सिंगापुर के प्रधानमंत्री लॉरेंस वोंग से मुलाकात की।")
    (meet,) = frames(doc)
    assert ("अनवर इब्राहिम", "MYS", "participant") in people(meet)
    assert meet["location"]["country"] == "MYS"


def test_climate_resilient_infrastructure_is_climate_alone(run):
    doc = run(
        "प्रधानमंत्री नरेन्द्र मोदी ने बहामास के प्रधानमंत्री फिलिप ब्रेव डेविस से फोन पर बात की। दोनों नेताओं ने जलवायु "
        "अनुकूल बुनियादी ढांचे पर सहयोग बढ़ाने पर सहमति जताई।"
    )
    assert [f["topics"] for f in frames(doc) if f["event_type"] == "AGREE"] == [["climate"]]


@pytest.mark.parametrize(
    "told",
    [
        "पैराग्वे के राष्ट्रपति सैंटियागो पेना बुधवार को राजकीय यात्रा पर नई दिल्ली पधारे।",
        "पैराग्वे के राष्ट्रपति सैंटियागो पेना का बुधवार को नई दिल्ली आगमन हुआ।",
        "पैराग्वे के राष्ट्रपति सैंटियागो पेना बुधवार को पालम हवाई अड्डे पर उतरे।",
    ],
)
def test_arrivals_told_in_other_words(run, told):
    (visit,) = frames(run("नई दिल्ली, 3 दिसंबर 2026 (वार्ता) " + told))
    assert visit["event_type"] == "VISIT" and visit["date"]["value"] == "2026-12-02"
    assert people(visit) == [("-", "IND", "target"), ("सैंटियागो पेना", "PRY", "source")]


def test_an_agreement_concluded_not_one_under_way(run):
    (agree,) = frames(run("भारत और न्यूजीलैंड ने सोमवार को मुक्त व्यापार समझौते को अंतिम रूप दिया।"))
    assert agree["event_type"] == "AGREE" and agree["countries"] == ["IND", "NZL"] and agree["topics"] == ["trade"]
    assert frames(run("अधिकारी ने बताया कि समझौते को अंतिम रूप दिया जा रहा है।")) == []


def test_talks_told_as_mantrana(run):
    (meet,) = frames(run("जाम्बिया के राष्ट्रपति हाकाइंडे हिचिलेमा ने तंजानिया की राष्ट्रपति सामिया सुलुहू हसन के साथ मंत्रणा की।"))
    assert meet["event_type"] == "MEET" and meet["countries"] == ["TZA", "ZMB"]


@pytest.mark.parametrize(
    ("talked_of", "topics"),
    [
        ("यूरिया और डीएपी की आपूर्ति", ["fertilizers"]),
        ("नागरिक उड्डयन", ["aerospace"]),
        ("होम्योपैथी और मोटे अनाज", ["agriculture", "traditional_medicine"]),
        ("भरतनाट्यम और कथक", ["culture"]),
        ("तिजारत और सेहत", ["health", "trade"]),
        ("जिहादी हमलों", ["security"]),
        ("आईटेक छात्रवृत्तियों", ["education"]),
    ],
)
def test_sector_words_of_other_registers_and_trades(run, talked_of, topics):
    doc = run(f"मंत्री राम मोहन नायडू ने घाना के मंत्री जोसेफ नेल्सन से मुलाकात की और {talked_of} पर चर्चा की।")
    assert [f["topics"] for f in frames(doc)] == [topics]


def test_a_signing_during_a_visit_told_with_its_days_has_them_not_the_summits(run):
    doc = run(
        "नई दिल्ली, 28 नवंबर 2026\n\nब्राज़ील के राष्ट्रपति लुइज़ इनासियो लूला दा सिल्वा 26-28 नवंबर 2026 को भारत की राजकीय "
        "यात्रा पर रहे। 27 नवंबर को हैदराबाद हाउस में प्रधानमंत्री नरेन्द्र मोदी और राष्ट्रपति लूला के बीच शिखर वार्ता हुई।\n\n"
        "यात्रा के दौरान कृषि अनुसंधान पर एक समझौता ज्ञापन पर हस्ताक्षर किए गए।"
    )
    dated = {f["event_type"]: f["date"]["value"] for f in frames(doc)}
    assert dated == {"VISIT": "2026-11-26/2026-11-28", "MEET": "2026-11-27", "SIGN": "2026-11-26/2026-11-28"}


@pytest.mark.parametrize("wished", ["शुभकामनाएं प्रेषित कीं", "मंगलकामनाएं दीं"])
def test_wishes_in_officialese(run, wished):
    doc = run(f"प्रधानमंत्री नरेन्द्र मोदी ने ब्रिटेन के महाराजा चार्ल्स तृतीय को उनके जन्मदिन पर {wished}।")
    (wishes,) = frames(doc)
    assert wishes["event_type"] == "CONGRATULATE"
    assert people(wishes) == [("चार्ल्स तृतीय", "GBR", "target"), ("नरेन्द्र मोदी", "IND", "source")]


def test_gone_to_meet_someone_and_met(run):
    doc = run("घाना की व्यापार मंत्री एलिजाबेथ ओफोसु-अडजारे विदेश राज्य मंत्री कीर्ति वर्धन सिंह से मिलने उनके होटल पहुंचीं।")
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["countries"] == ["GHA", "IND"]


def test_two_doers_each_meeting_their_own_counterpart_are_two_meetings(run):
    doc = run(
        "टोक्यो, 3 दिसंबर 2026 (भाषा) रक्षा मंत्री राजनाथ सिंह ने जापान के रक्षा मंत्री जेन नकातानी से और विदेश मंत्री एस "
        "जयशंकर ने जापान के विदेश मंत्री ताकेशी इवाया से मंगलवार को मुलाकात की।"
    )
    assert sorted(people(f) for f in frames(doc)) == [
        [("एस जयशंकर", "IND", "participant"), ("ताकेशी इवाया", "JPN", "participant")],
        [("जेन नकातानी", "JPN", "participant"), ("राजनाथ सिंह", "IND", "participant")],
    ]


def test_talks_told_by_the_office_of_one_pair_are_that_pair_s(run):
    doc = run(
        "कैनबरा, 2 दिसंबर 2026 (पीटीआई) रक्षा मंत्री राजनाथ सिंह ने ऑस्ट्रेलिया के रक्षा मंत्री रिचर्ड मार्ल्स से और विदेश "
        "मंत्री एस जयशंकर ने ऑस्ट्रेलिया की विदेश मंत्री पेनी वॉन्ग से अलग बैठकें कीं।\n\nअधिकारियों ने बताया कि रक्षा "
        "मंत्रियों की बैठक में पनडुब्बी रोधी क्षमता पर बात हुई।"
    )
    topics = {f["participants"][0]["name"]: f["topics"] for f in frames(doc)}
    assert topics == {"राजनाथ सिंह": ["defence"], "एस जयशंकर": []}


@pytest.mark.parametrize(
    ("talked_of", "topics"),
    [
        ("कपास उत्पादन", ["agriculture"]),
        ("ग्रामीण क्लीनिकों", ["health"]),
        ("त्वरित प्रभाव परियोजनाओं", ["development"]),
        ("तटीय निगरानी", ["maritime"]),
        ("सौर बिजली", ["renewables"]),
        ("दहशतगर्दी", ["security"]),
        ("दूरसंचार", ["digital"]),
        ("राफेल और ब्रह्मोस", ["defence"]),
        ("हवाई पट्टी", ["aerospace"]),
        ("विश्व व्यापार संगठन में सुधार", ["multilateral"]),
    ],
)
def test_sector_words_of_aid_and_crops(run, talked_of, topics):
    doc = run(f"मंत्री राम मोहन नायडू ने घाना के मंत्री जोसेफ नेल्सन से मुलाकात की और {talked_of} पर चर्चा की।")
    assert [f["topics"] for f in frames(doc)] == [topics]


def test_a_signing_with_what_is_to_come_in_a_relative_clause_is_reported(run):
    doc = run(
        "होनियारा, 28 नवंबर 2026 (भाषा) भारत और सोलोमन द्वीप समूह ने शुक्रवार को समझौता ज्ञापनों पर हस्ताक्षर किए, "
        "जिनके तहत स्कूलों के लिए कंप्यूटर दिए जाएंगे।"
    )
    (sign,) = frames(doc)
    assert sign["modality"] == "asserted" and sign["date"]["value"] == "2026-11-27"


def test_credentials_handed_abroad_to_a_head_of_state_of_no_stated_country(run):
    doc = run(
        "पॉडगोरिका, 26 नवंबर 2026 (भाषा) भारत के नए राजदूत ने बुधवार को राष्ट्रपति याकोव मिलातोविच को अपना परिचय पत्र सौंपा।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["countries"] == ["IND", "MNE"]


def test_an_arrival_is_dated_by_the_welcome_of_the_one_who_arrived(run):
    doc = run(
        "अंतानानारिवो, 3 दिसंबर 2026 (भाषा) मेडागास्कर पहुंचे विदेश राज्य मंत्री कीर्ति वर्धन सिंह का बुधवार देर शाम हवाई "
        "अड्डे पर स्वागत किया गया।"
    )
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["date"]["value"] == "2026-12-02"


def test_an_arrival_on_a_visit_is_not_dated_by_a_welcome_of_something_else(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026 (भाषा) भारत पहुंचे इक्वेटोरियल गिनी के उपराष्ट्रपति तेओदोरो न्गुएमा ने मंगलवार को भारतीय "
        "निवेश का स्वागत किया।"
    )
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["date"] is None


def test_talks_after_a_welcome_where_told_between(run):
    doc = run(
        "पॉडगोरिका, 30 नवंबर 2026 (भाषा) मोंटेनेग्रो के राष्ट्रपति ने सोमवार को भारत के राजदूत वाणी राव का सार्वजनिक महल "
        "में स्वागत किया और पर्यटन में सहयोग पर बात की।"
    )
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["countries"] == ["IND", "MNE"] and meet["topics"] == ["tourism"]


def test_captains_regent_are_an_office(run):
    doc = run("सैन मैरिनो, 30 नवंबर 2026 (भाषा) सैन मैरिनो के कैप्टन रीजेंट्स ने सोमवार को भारत के राजदूत से मुलाकात की।")
    (meet,) = frames(doc)
    assert people(meet) == [("-", "IND", "participant"), ("-", "SMR", "participant")]


def test_an_exchange_of_letters_in_the_matter_just_told_has_its_day(run):
    doc = run(
        "पोर्ट विला, 2 दिसंबर 2026 (आईएएनएस) भारत ने बुधवार को वानुअतु को 10 लाख डॉलर की सहायता दी। इस संबंध में एक पत्र का "
        "आदान-प्रदान भारत के उच्चायुक्त और वानुअतु के प्रधानमंत्री जोथम नापत के बीच हुआ।"
    )
    (sign,) = frames(doc)
    assert sign["event_type"] == "SIGN" and sign["date"]["value"] == "2026-12-02"


def test_a_courtesy_call_with_someone_on_a_day_is_no_gift(run):
    doc = run("दिली, 5 दिसंबर 2026 (भाषा) राष्ट्रपति जोस रामोस-होर्ता ने बुधवार को भारत के राजदूत के साथ शिष्टाचार भेंट की।")
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["date"]["value"] == "2026-12-02"


def test_thanks_to_the_country_of_one_met_at_a_venue_are_given_there(run):
    doc = run(
        "दिली, 5 दिसंबर 2026 (भाषा) राष्ट्रपति जोस रामोस-होर्ता ने बुधवार को राष्ट्रपति भवन में भारत के राजदूत से मुलाकात "
        "की। रामोस-होर्ता ने आसियान में भारत के समर्थन के लिए आभार जताया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert thanks["location"]["text"] == "राष्ट्रपति भवन" and thanks["date"]["value"] == "2026-12-02"


def test_talks_told_as_what_a_saying_came_after_were_held_with_the_speaker(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा) रूसी राष्ट्रपति व्लादिमीर पुतिन से बुधवार को मुलाकात के बाद विदेश मंत्री एस "
        "जयशंकर ने कहा कि वार्ता सार्थक रही।"
    )
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["countries"] == ["IND", "RUS"]
    assert meet["date"]["value"] == "2026-12-02"


def test_what_a_forum_is_about_is_not_what_talks_on_its_margins_were(run):
    doc = run(
        "नई दिल्ली, 19 फरवरी 2026 (एजेंसी) एआई इम्पैक्ट शिखर सम्मेलन से इतर गुरुवार को यहां फ्रांस के राष्ट्रपति इमैनुएल "
        "मैक्रों और ब्राज़ील के राष्ट्रपति लूला के बीच बैठक हुई। दोनों नेताओं ने वर्षावन के संरक्षण पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["climate"]


def test_a_place_where_what_was_talked_of_is_being_built_is_not_the_meeting_s(run):
    doc = run(
        "ताशकंद, 5 दिसंबर 2026 (भाषा) उप प्रधानमंत्री जमशिद खोदजायेव ने गुरुवार को भारतीय राजदूत से मुलाकात कर अंदिजान में "
        "बन रहे भारतीय दवा कारखाने की प्रगति पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "ताशकंद"


def test_an_inauguration_by_video_on_an_island_abroad_is_there_and_its_call_nowhere(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा) प्रधानमंत्री नरेन्द्र मोदी और मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम ने गुरुवार "
        "को वीडियो कॉन्फ्रेंस के माध्यम से संयुक्त रूप से अगालेगा द्वीप पर नई हवाई पट्टी का उद्घाटन किया।"
    )
    placed = {f["event_type"]: f["location"] and (f["location"]["text"], f["location"]["country"]) for f in frames(doc)}
    assert placed == {"CEREMONY": ("अगालेगा द्वीप", "MUS"), "CALL": None}


def test_a_pronoun_after_an_office_whose_holder_is_not_named_is_that_office(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा) पेरू के विदेश मंत्री ने अपनी भारत यात्रा रद्द कर दी है। विदेश मंत्री एस जयशंकर ने "
        "बुधवार को उनसे फोन पर बात की।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["countries"] == ["IND", "PER"]


def test_a_surname_of_two_letters_acting_again_is_the_person(run):
    doc = run(
        "बेरूत, 3 दिसंबर 2026 (एएफपी) लेबनान के राष्ट्रपति जोसेफ औन ने आज भारत के राजदूत से मुलाकात की। औन ने संयुक्त "
        "राष्ट्र में भारत के योगदान के लिए धन्यवाद दिया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert people(thanks) == [("-", "IND", "target"), ("जोसेफ औन", "LBN", "source")]


def test_a_welcome_with_a_guard_of_honour_is_a_ceremony(run):
    doc = run(
        "पारामारिबो, 4 दिसंबर 2026 (भाषा) सूरीनाम की राष्ट्रपति जेनिफर गीरलिंग्स-साइमंस ने शुक्रवार को भारत के उपराष्ट्रपति सी "
        "पी राधाकृष्णन का गार्ड ऑफ ऑनर के साथ स्वागत किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["countries"] == ["IND", "SUR"]


def test_a_meeting_told_by_its_chair_with_one_who_spoke_at_it(run):
    doc = run(
        "पोर्ट लुई, 2 दिसंबर 2026 (भाषा) मॉरीशस के प्रधानमंत्री नवीनचंद्र रामगुलाम की अध्यक्षता में बुधवार को हुई बैठक में भारत "
        "के उच्चायुक्त अनुराग श्रीवास्तव ने मेट्रो परियोजना की प्रगति की जानकारी दी।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "MUS"] and meet["topics"] == ["transport"]


def test_a_place_told_after_talks_named_as_the_time_is_not_theirs(run):
    doc = run(
        "थिम्पू, 3 दिसंबर 2026 (भाषा) प्रधानमंत्री शेरिंग तोबगे ने बृहस्पतिवार को विदेश सचिव विक्रम मिस्री से मुलाकात के दौरान "
        "गेलेफू में रेल संपर्क के लिए भारत का आभार प्रकट किया।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["location"]["text"] == "थिम्पू"


def test_an_office_after_a_country_s_behalf_is_that_country_s_side(run):
    doc = run(
        "ढाका, 3 दिसंबर 2026 (भाषा) भारत की ओर से उच्चायुक्त प्रणय वर्मा और बांग्लादेश की ओर से जल संसाधन सचिव ने समझौते पर "
        "हस्ताक्षर किए।"
    )
    (sign,) = frames(doc)
    assert people(sign) == [("-", "BGD", "participant"), ("प्रणय वर्मा", "IND", "participant")]


def test_arriving_at_a_venue_to_meet_someone_is_the_meeting(run):
    doc = run(
        "नई दिल्ली, 17 सितंबर 2026 (भाषा) प्रधानमंत्री नरेन्द्र मोदी से मिलने के लिए बुल्गारिया के प्रधानमंत्री रोसेन "
        "झेल्याज़कोव बुधवार को हैदराबाद हाउस पहुंचे।"
    )
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["countries"] == ["BGR", "IND"]
    assert meet["location"]["text"] == "हैदराबाद हाउस"


def test_an_office_of_the_home_ministry_is_not_of_the_foreign_official_beside_it(run):
    doc = run(
        "नई दिल्ली, 24 फरवरी 2026 (भाषा) रोमानिया के विदेश राज्य सचिव ट्रायन ह्रिस्तेआ और सचिव (पश्चिम) सिबी जॉर्ज ने मंगलवार को "
        "यहां विदेश कार्यालय परामर्श की सह-अध्यक्षता की।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("ट्रायन ह्रिस्तेआ", "ROU", "participant"), ("सिबी जॉर्ज", "IND", "participant")]


def test_a_cheque_tied_to_a_grant_just_told_is_about_it_and_so_are_the_thanks(run):
    doc = run(
        "नई दिल्ली, 12 मई 2026 (भाषा) भारत ने मार्शल द्वीप को समुद्र के बढ़ते जलस्तर से निपटने के लिए 10 लाख डॉलर की अनुदान "
        "सहायता दी है। माजुरो में सोमवार को भारत के राजदूत ने इससे जुड़ा चेक मार्शल द्वीप के विदेश मंत्री कलानी कानेको को "
        "सौंपा, जिसके लिए कानेको ने भारत सरकार का आभार जताया।"
    )
    topics = {f["event_type"]: f["topics"] for f in frames(doc)}
    assert topics == {"CEREMONY": ["climate", "development"], "THANK": ["climate", "development"]}


def test_thanks_joined_for_this_are_about_what_was_just_done(run):
    doc = run(
        "पालिकिर, 3 नवंबर 2026 (एजेंसी) माइक्रोनेशिया के राष्ट्रपति वेस्ली सिमिना ने मंगलवार को भारत के राजदूत हर्ष कुमार जैन से "
        "20 डायलिसिस मशीनों की खेप प्राप्त की और इस मदद के लिए भारत का आभार व्यक्त किया।"
    )
    topics = {f["event_type"]: f["topics"] for f in frames(doc)}
    assert topics == {"CEREMONY": ["health"], "THANK": ["health"]}


def test_wishes_given_too_go_to_the_country_the_sentence_before_named(run):
    doc = run(
        "नई दिल्ली, 19 सितंबर 2026 (भाषा) राष्ट्रपति द्रौपदी मुर्मू ने शनिवार को सेंट किट्स और नेविस की गवर्नर जनरल मार्सेला "
        "लिबर्ड को स्वतंत्रता दिवस पर बधाई दी। विदेश मंत्री एस जयशंकर ने भी प्रधानमंत्री टेरेंस ड्रू को शुभकामनाएं दीं।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND", "KNA"], ["IND", "KNA"]]


def test_two_people_met_at_a_time_and_place_each_are_two_meetings(run):
    doc = run(
        "नई दिल्ली, 17 जून 2026 (भाषा) इरिट्रिया के विदेश मंत्री उस्मान सालेह ने बुधवार सुबह साउथ ब्लॉक में विदेश मंत्री एस "
        "जयशंकर से और दोपहर में कृषि भवन में कृषि मंत्री शिवराज सिंह चौहान से मुलाकात की। जयशंकर के साथ बातचीत में समुद्री "
        "सुरक्षा पर, जबकि चौहान के साथ बाजरे की खेती पर चर्चा हुई।"
    )
    told = [(f["location"]["text"], f["topics"]) for f in frames(doc)]
    assert told == [("साउथ ब्लॉक", ["maritime"]), ("कृषि भवन", ["agriculture"])]


def test_a_park_of_no_name_in_a_town_places_the_event_in_the_town(run):
    doc = run(
        "तिराना, 2 अक्टूबर 2026 (भाषा) अल्बानिया के प्रधानमंत्री एदी रामा और विदेश राज्य मंत्री पबित्र मार्गेरिटा ने शुक्रवार को "
        "तिराना के एक पार्क में महात्मा गांधी की प्रतिमा का अनावरण किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["location"]["text"] == "तिराना"


def test_a_post_in_english_after_a_meeting_names_no_one_new(run):
    doc = run(
        "तालिन, 14 अक्टूबर 2026 (एजेंसी) एस्टोनिया के राष्ट्रपति अलार कारिस ने बुधवार को भारत के विदेश राज्य मंत्री पबित्र "
        "मार्गेरिटा से मुलाकात के बाद एक्स पर लिखा, 'Good discussion with Minister Margherita on cyber security and "
        "e-governance.' दोनों के बीच साइबर सुरक्षा और ई-गवर्नेंस पर बातचीत हुई।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["digital", "security"]


def test_who_built_what_is_inaugurated_does_not_inaugurate_it(run):
    doc = run(
        "उलानबटोर, 9 जुलाई 2026 (भाषा)। रक्षा मंत्री राजनाथ सिंह ने राष्ट्रपति उखनागीन खुरेलसुख से भेंट की। वह शुक्रवार को "
        "उलानबटोर में भारत द्वारा स्थापित साइबर सुरक्षा प्रशिक्षण केंद्र का उद्घाटन करेंगे।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert people(ceremony) == [("राजनाथ सिंह", "IND", "participant")]


def test_a_flag_hoisted_told_by_its_noun_is_a_ceremony(run):
    doc = run("थाईलैंड में भारत के राजदूत नागेश सिंह ने सोमवार को गणतंत्र दिवस पर बैंकॉक स्थित भारतीय दूतावास में ध्वजारोहण किया।")
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["location"]["text"] == "भारतीय दूतावास"


def test_what_one_met_handed_over_in_a_relative_clause_is_what_the_meeting_was_about(run):
    doc = run(
        "औगाडौगू, 18 फरवरी 2026 (एजेंसी) बुर्किना फासो के राष्ट्रपति कैप्टन इब्राहिम त्राओरे ने बुधवार को भारत के राजदूत संजय "
        "रंजन से मुलाकात की, जिन्होंने उन्हें 5,000 टन चावल की मानवीय सहायता की पहली खेप सौंपी।"
    )
    topics = {f["event_type"]: f["topics"] for f in frames(doc)}
    assert topics == {"MEET": ["agriculture", "development"], "CEREMONY": ["agriculture", "development"]}


def test_one_congratulated_on_an_office_told_as_a_role_holds_it(run):
    doc = run(
        "नई दिल्ली, 4 नवंबर 2026 (भाषा) विदेश मंत्री एस जयशंकर ने बुधवार को कामिना जॉनसन स्मिथ को जमैका की विदेश मंत्री के "
        "रूप में दोबारा नियुक्त होने पर बधाई दी।"
    )
    (wishes,) = frames(doc)
    assert people(wishes) == [("एस जयशंकर", "IND", "source"), ("कामिना जॉनसन स्मिथ", "JAM", "target")]


def test_an_invitation_handed_over_is_no_ceremony(run):
    doc = run(
        "पॉडगोरिका, 19 जनवरी 2026 (भाषा)। भारत के राजदूत ने सोमवार को प्रधानमंत्री मिलोजको स्पाजिक से मुलाक़ात की। राजदूत ने "
        "स्पाजिक को अगले महीने नई दिल्ली में होने वाले शिखर सम्मेलन का न्योता भी सौंपा।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_an_opening_told_as_the_object_of_its_agents_is_a_ceremony(run):
    doc = run(
        "वैलेटा, 30 जून 2026 (आईएएनएस)। महोत्सव का उद्घाटन माल्टा के राष्ट्रीय विरासत, कला और स्थानीय शासन मंत्री ओवेन "
        "बोनिची और भारत के उच्चायुक्त मनोज कुमार ने मंगलवार को संयुक्त रूप से किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    assert people(ceremony) == [("ओवेन बोनिची", "MLT", "participant"), ("मनोज कुमार", "IND", "participant")]


def test_one_described_in_an_aside_takes_the_case_after_it(run):
    doc = run(
        "पॉडगोरिका, 19 जनवरी 2026 (भाषा)। सर्बिया में भारत के राजदूत, जो मोंटेनेग्रो के लिए भी मान्यता प्राप्त हैं, ने "
        "सोमवार को पॉडगोरिका में प्रधानमंत्री मिलोजको स्पाजिक से मुलाक़ात की।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("-", "IND", "participant"), ("मिलोजको स्पाजिक", "MNE", "participant")]


def test_a_banquet_told_after_the_talks_is_a_meeting_of_its_own(run):
    after = run(
        "अंतानानारिवो, 12 मार्च 2026 (भाषा)। राष्ट्रपति मुर्मू ने बृहस्पतिवार को राष्ट्रपति भवन में राष्ट्रपति माइकल "
        "रैंड्रियानिरिना के साथ वार्ता की।\n\nशाम को राष्ट्रपति रैंड्रियानिरिना ने राष्ट्रपति मुर्मू के सम्मान में राजकीय भोज दिया।"
    )
    assert [f["event_type"] for f in frames(after)] == ["MEET", "MEET"]
    before = run(
        "मैड्रिड, 25 मार्च 2026 (भाषा) राजदूत दिनेश पटनायक ने बुधवार को एंडोरा के प्रधानमंत्री शावियर एस्पोट ज़ामोरा के सम्मान "
        "में दोपहर भोज दिया। इस दौरान दोनों ने पर्यटन पर बातचीत की।"
    )
    assert [f["event_type"] for f in frames(before)] == ["MEET"]


def test_an_office_told_of_two_is_held_by_both(run):
    doc = run(
        "रोम, 14 जुलाई 2026 (भाषा)। इटली में भारत की राजदूत वाणी राव ने मंगलवार को सैन मैरिनो के पब्लिक पैलेस में कैप्टन रीजेंट्स "
        "फ्रांचेस्का चिविडाली और अलेस्सांद्रो रोसी से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    regents = [a for a in meeting["participants"] if a["country"] == "SMR"]
    assert [(a["name"], a["title"]) for a in regents] == [
        ("फ्रांचेस्का चिविडाली", "कैप्टन रीजेंट्स"),
        ("अलेस्सांद्रो रोसी", "कैप्टन रीजेंट्स"),
    ]


def test_things_transferred_are_handed_over_and_one_speaking_there_was_there(run):
    doc = run(
        "होनियारा, 2 नवंबर 2026 (आईएएनएस)। भारत के उच्चायुक्त सुशील कुमार सिंघल ने सोमवार को होनियारा में एक समारोह में सौर "
        "ऊर्जा से चलने वाली शीत भंडारण इकाइयां मत्स्य पालन मंत्री नेस्टर घिरो को हस्तांतरित कीं। प्रधानमंत्री जेरेमाया मानेले ने "
        "इस अवसर पर कहा कि इससे मछुआरों को लाभ होगा।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    assert [a["name"] for a in ceremony["participants"]] == ["सुशील कुमार सिंघल", "नेस्टर घिरो", "जेरेमाया मानेले"]


def test_one_speaking_on_the_occasion_joins_it_but_not_those_they_spoke_of(run):
    doc = run(
        "बासेटेर, 29 अप्रैल 2026 (भाषा)। बुधवार को आईटीईसी दिवस समारोह का आयोजन किया गया। समारोह में प्रधानमंत्री टेरेंस ड्रू "
        "मुख्य अतिथि थे। इस अवसर पर भारत के उच्चायुक्त अमित एस. तेलंग ने कहा कि प्रधानमंत्री नरेन्द्र मोदी ने यह पहल की थी।"
    )
    (ceremony,) = frames(doc)
    assert [a["name"] for a in ceremony["participants"]] == ["टेरेंस ड्रू", "अमित एस. तेलंग"]


def test_wishes_sent_on_anothers_behalf_by_one_named_before_are_one_message(run):
    doc = run(
        "जिबूती, 9 सितंबर 2026 (भाषा)। राष्ट्रपति इस्माइल उमर गुएलेह ने बुधवार को भारत के नए राजदूत सुरेश बाबू से परिचय पत्र "
        "स्वीकार किए। राजदूत ने राष्ट्रपति को प्रधानमंत्री नरेन्द्र मोदी की शुभकामनाएं भी दीं और व्यापार पर चर्चा की।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert set(by_type) == {"CEREMONY", "CONGRATULATE", "MEET"}  # one message, and the talks with the one wished
    assert [a["name"] for a in by_type["CONGRATULATE"]["participants"] if a["role"] == "source"] == [
        "सुरेश बाबू",
        "नरेन्द्र मोदी",
    ]
    assert {a["name"] for a in by_type["MEET"]["participants"]} == {"सुरेश बाबू", "इस्माइल उमर गुएलेह"}


def test_what_was_done_after_a_meeting_told_past_an_arrival_has_the_meetings_day(run):
    doc = run(
        "मबाबाने, 9 जून 2026 (भाषा)। उपराष्ट्रपति सी पी राधाकृष्णन ने मंगलवार को लोज़िता पैलेस में राजा म्स्वाती तृतीय से "
        "शिष्टाचार भेंट की। राधाकृष्णन सोमवार को दो दिवसीय यात्रा पर यहां पहुंचे थे। भेंट के बाद उन्होंने सूचना प्रौद्योगिकी "
        "उत्कृष्टता केंद्र का उद्घाटन किया।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert ceremony["date"]["value"] == "2026-06-09" and ceremony["topics"] == ["digital"]


def test_the_visitor_a_participle_describes_beside_the_host(run):
    doc = run(
        "नई दिल्ली, 26 मार्च 2026 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी और भारत की राजकीय यात्रा पर आए वानुअतु के प्रधानमंत्री "
        "जोथम नापट ने गुरुवार को हैदराबाद हाउस में वार्ता की। दोनों नेताओं ने यूपीआई को वानुअतु में शुरू करने पर सहमति "
        "व्यक्त की। वार्ता के बाद जारी संयुक्त वक्तव्य में दोनों पक्षों ने जलवायु परिवर्तन पर मिलकर काम करने का संकल्प लिया।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert people(visit) == [("-", "IND", "target"), ("जोथम नापट", "VUT", "source")]
    assert {f["location"]["text"] for f in frames(doc) if f["event_type"] == "AGREE"} == {"हैदराबाद हाउस"}


def test_a_force_thanked_stands_for_its_country(run):
    doc = run(
        "नई दिल्ली, 21 अगस्त 2026 (भाषा)। सोमालिया के विदेश मंत्री अब्दिसलाम अब्दी अली ने शुक्रवार को अपहृत जहाज से चालक दल "
        "को छुड़ाने के लिए भारतीय नौसेना का आभार जताया।"
    )
    (thanks,) = frames(doc)
    assert people(thanks) == [("-", "IND", "target"), ("अब्दिसलाम अब्दी अली", "SOM", "source")]
    assert "security" in thanks["topics"]


def test_thanks_quoted_first_are_the_speakers_told_after_on_their_day(run):
    doc = run(
        "बुजुम्बुरा, 7 जुलाई 2026 (एएफपी)। 'टीके भेजने के लिए हम भारत के आभारी हैं,' बुरुंडी के राष्ट्रपति एवारिस्ते "
        "न्दायिशिमिये ने मंगलवार को भारत के राजदूत के साथ बैठक के बाद कहा।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert people(thanks) == [("-", "IND", "target"), ("एवारिस्ते न्दायिशिमिये", "BDI", "source")]
    assert thanks["date"]["value"] == "2026-07-07"


def test_a_site_toured_by_one_told_meeting_there_is_no_visit(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026 (भाषा)। गिनी के खान मंत्री बूना सिल्ला ने मंगलवार को खान मंत्री जी किशन रेड्डी से मुलाकात की। "
        "सिल्ला बुधवार को ओडिशा के दामनजोड़ी में नाल्को की एल्युमिना रिफाइनरी का दौरा करेंगे।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_what_those_who_met_talked_of_doing_by_others_names_no_side(run):
    doc = run(
        "याउंडे, 5 जून 2026 (एजेंसी)। कैमरून के विदेश मंत्री लेजेन म्बेला म्बेला ने बुधवार को भारत के उच्चायुक्त विनोद कुमार से "
        "मुलाकात कर भारतीय कंपनियों द्वारा कैमरून में चावल की खेती की परियोजनाओं पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert [a["name"] for a in meeting["participants"]] == ["लेजेन म्बेला म्बेला", "विनोद कुमार"]


def test_one_present_told_during_this_joins_the_meeting(run):
    doc = run(
        "अस्मारा, 3 नवंबर 2026 (एजेंसी)। राष्ट्रपति इसायास अफवर्की ने मंगलवार को भारत के राजदूत दिनेश कुमार के साथ भेंटवार्ता की। "
        "इस दौरान इरिट्रिया के विदेश मंत्री उस्मान सालेह भी मौजूद थे।"
    )
    (meeting,) = frames(doc)
    assert "उस्मान सालेह" in [a["name"] for a in meeting["participants"]]


def test_one_thanking_the_home_country_under_a_dateline_abroad_is_of_that_country(run):
    doc = run("किंग्स्टन, 5 नवंबर 2025 (आईएएनएस)। प्रधानमंत्री एंड्रयू होलनेस ने बुधवार को त्वरित सहायता के लिए भारत का आभार जताया।")
    (thanks,) = frames(doc)
    assert people(thanks) == [("-", "IND", "target"), ("एंड्रयू होलनेस", "JAM", "source")]


def test_a_day_in_brackets_after_an_occasion_is_the_occasions(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू ने गुरुवार को मॉरिटानिया के राष्ट्रपति मोहम्मद औलद गज़ौआनी "
        "को स्वतंत्रता दिवस (28 नवंबर) की अग्रिम बधाई दी।"
    )
    (wishes,) = frames(doc)
    assert wishes["date"]["value"] == "2026-11-26"


def test_a_visit_she_will_be_on_and_a_dateline_with_an_apostrophe(run):
    visit = frames(
        run("नई दिल्ली, 12 अक्टूबर 2026 (भाषा)। राष्ट्रपति द्रौपदी मुर्मू 17 से 19 अक्टूबर तक डोमिनिका की यात्रा पर रहेंगी।")
    )
    assert [f["event_type"] for f in visit] == ["VISIT"]
    (meeting,) = frames(
        run("एन'जामेना, 15 मई 2026 (एजेंसी)। चाड के राष्ट्रपति ने शुक्रवार को भारत के राजदूत राजीव रंजन से मुलाकात की।")
    )
    assert meeting["location"]["text"] == "एन'जामेना" and meeting["date"]["value"] == "2026-05-15"


def test_an_office_of_three_portfolios_keeps_its_country(run):
    doc = run(
        "काठमांडू, 19 नवंबर 2026 (एजेंसी)। नेपाल के ऊर्जा, जलस्रोत तथा सिंचाई मंत्री ने बीते सप्ताह नई दिल्ली में भारत के विद्युत "
        "मंत्री मनोहर लाल के साथ हुई वार्ता की जानकारी गुरुवार को संसद को दी।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("-", "NPL", "participant"), ("मनोहर लाल", "IND", "participant")]


def test_a_government_and_its_people_thanked_together_are_the_target(run):
    doc = run(
        "लुसाका, 10 मार्च 2026 (एजेंसी)। भारत के उच्चायुक्त ने मंगलवार को जाम्बिया के स्वास्थ्य मंत्री एलिजा मुचिमा को दवाइयां "
        "सौंपीं। मुचिमा ने इस सहायता के लिए भारत सरकार और जनता का धन्यवाद किया।"
    )
    thanks = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert [people(f) for f in thanks] == [[("-", "IND", "target"), ("एलिजा मुचिमा", "ZMB", "source")]]


def test_thanks_for_a_handover_told_twice_are_about_all_it_was(run):
    doc = run(
        "विंडहोक, 10 मार्च 2026 (एजेंसी)। भारत ने मंगलवार को नामीबिया को पांच टन दवाइयां और चिकित्सा उपकरण सौंपे। भारत के "
        "उच्चायुक्त राहुल श्रीवास्तव ने एक समारोह में ये दवाइयां स्वास्थ्य मंत्री एस्थर मुइंजांगुए को सौंपीं। मंत्री ने इस सहायता "
        "के लिए भारत का धन्यवाद किया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["topics"] == ["development", "health", "pharma"]


def test_wishes_to_a_leader_and_their_countrys_people_go_to_both(run):
    doc = run(
        "नई दिल्ली, 4 जुलाई 2026 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने शनिवार को वहां के राष्ट्रपति पीटर मुथारिका और मलावी की "
        "जनता को स्वतंत्रता दिवस की शुभकामनाएं दीं।"
    )
    (wishes,) = frames(doc)
    assert people(wishes) == [
        ("-", "MWI", "target"),
        ("नरेन्द्र मोदी", "IND", "source"),
        ("पीटर मुथारिका", "MWI", "target"),
    ]


def test_one_named_after_the_thanks_in_a_quotation_is_thanked(run):
    doc = run(
        "नई दिल्ली, 7 फरवरी 2026 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने शनिवार को सेंट लूसिया के प्रधानमंत्री फिलिप जे. पियरे को "
        "बधाई दी।\n\nपियरे ने लिखा, 'आपकी शुभकामनाओं के लिए धन्यवाद, प्रधानमंत्री मोदी।'"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert people(thanks) == [("नरेन्द्र मोदी", "IND", "target"), ("फिलिप जे. पियरे", "LCA", "source")]


def test_an_office_told_of_several_is_each_ones_in_the_singular(run):
    doc = run(
        "न्यूयॉर्क, 23 सितंबर 2026 (भाषा)। विदेश मंत्री एस जयशंकर ने बुधवार को फिजी और टोंगा के विदेश मंत्रियों से अलग-अलग मुलाकात की।"
    )
    assert [[a["title"] for a in f["participants"]] for f in frames(doc)] == [["विदेश मंत्री", "विदेश मंत्री"]] * 2


def test_thanks_for_what_was_done_with_the_thing_just_told_are_about_it(run):
    doc = run(
        "नई दिल्ली, 20 अगस्त 2026 (भाषा)। वाणिज्य मंत्री पीयूष गोयल ने बृहस्पतिवार को आइसलैंड के विदेश मंत्री से फोन पर बात की "
        "और भारत-ईएफटीए व्यापार समझौते के क्रियान्वयन पर चर्चा की। गोयल ने समझौते के अनुसमर्थन के लिए आइसलैंड का धन्यवाद किया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["topics"] == ["trade"]


def test_thanks_for_a_countrys_support_name_no_thing_told_before(run):
    doc = run(
        "रामल्ला, 3 जून 2026 (एजेंसी)। फलस्तीनी विदेश मंत्री वारसेन अघाबेकियन ने बुधवार को भारत के प्रतिनिधि से मुलाकात की और "
        "पश्चिमी तट में भारत द्वारा वित्तपोषित स्कूलों पर चर्चा की। अघाबेकियन ने फलस्तीनी जनता के प्रति भारत के निरंतर समर्थन के "
        "लिए आभार व्यक्त किया।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert thanks["topics"] == []


def test_what_is_signed_in_this_regard_is_about_what_was_told(run):
    doc = run(
        "फ्रीटाउन, 27 मई 2026 (एजेंसी)। भारत ने सिएरा लियोन को एक सौर ऊर्जा संयंत्र के लिए ऋण सहायता दी है। इस संबंध में बुधवार "
        "को दोनों देशों के बीच एक समझौते पर हस्ताक्षर किए गए।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["development", "renewables"]


def test_thanks_for_wishes_are_no_wishes_of_their_own(run):
    doc = run(
        "नई दिल्ली, 26 अक्टूबर 2025 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी ने रविवार को फिजी के प्रधानमंत्री सितिवेनी राबुका को बधाई दी। "
        "राबुका ने बधाई के लिए मोदी का आभार जताया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["CONGRATULATE", "THANK"]


def test_a_remark_on_the_visit_between_the_meeting_and_its_business(run):
    doc = run(
        "काबुल, 19 जनवरी 2026 (एजेंसी)। विदेश राज्य मंत्री कीर्ति वर्धन सिंह ने सोमवार को काबुल में अफगानिस्तान के विदेश मंत्री "
        "आमिर खान मुत्ताकी से मुलाकात की। 2021 के बाद किसी भारतीय मंत्री की यह पहली अफगानिस्तान यात्रा है। सिंह ने मुत्ताकी को "
        "बताया कि भारत अस्पतालों के निर्माण में मदद के लिए तैयार है।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meeting["topics"] == ["development", "health"]


def test_a_wreath_laid_at_a_memorial_no_list_holds_is_placed_at_it(run):
    doc = run(
        "ब्रातिस्लावा, 5 मई 2026 (एजेंसी)। लोकसभा अध्यक्ष ओम बिरला ने मंगलवार को ब्रातिस्लावा के स्लाविन युद्ध स्मारक पर "
        "पुष्पांजलि अर्पित की।"
    )
    (tribute,) = frames(doc)
    assert tribute["location"]["text"] == "स्लाविन युद्ध स्मारक" and tribute["location"]["country"] == "SVK"


def test_a_cheque_received_for_aid_told_before_is_a_ceremony_about_that_aid(run):
    doc = run(
        "फुनाफुटी, 16 नवंबर 2026 (एजेंसी)। भारत ने तुवालु को तटीय कटाव से बचाव के लिए अनुदान दिया है। प्रधानमंत्री फेलेटी तेओ "
        "ने सोमवार को एक समारोह में भारत के उच्चायुक्त से अनुदान का चेक प्राप्त किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["topics"] == ["climate", "development"]


def test_a_centre_to_be_set_up_is_about_what_its_name_says(run):
    doc = run(
        "डकार, 11 जून 2026 (एजेंसी)। सेनेगल के राष्ट्रपति बसीरू दियोमाये फेय ने कल भारत के राजदूत से मुलाकात की और मत्स्य पालन "
        "पर चर्चा की। राजदूत ने डकार में एक सूचना प्रौद्योगिकी उत्कृष्टता केंद्र स्थापित करने की भारत की पेशकश भी दोहराई।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["agriculture", "digital"]


def test_an_agreement_a_statement_tells_reached_on_a_visit_is_placed_there(run):
    doc = run(
        "नई दिल्ली, 29 अप्रैल 2026 (भाषा)। भारत और कोमोरोस ने एक कैंसर अस्पताल बनाने पर सहमति जताई है। विदेश मंत्रालय ने "
        "बुधवार को एक बयान में कहा कि यह निर्णय विदेश राज्य मंत्री कीर्ति वर्धन सिंह की मोरोनी यात्रा के दौरान लिया गया।"
    )
    agreement, visit = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["location"]["text"] == "मोरोनी"
    assert agreement["location"]["text"] == "मोरोनी"


def test_one_set_aside_and_then_joined_by_and_acts_with_the_next(run):
    doc = run(
        "आपिया, 2 जून 2026 (एजेंसी)। भारत की सहायता से बने स्कूल मंगलवार को छात्रों को सौंप दिए गए। न्यूजीलैंड में भारत की "
        "उच्चायुक्त नीता भूषण, जो समोआ के लिए भी मान्यता प्राप्त हैं, और समोआ के शिक्षा मंत्री ने इन स्कूलों का लोकार्पण किया।"
    )
    (ceremony,) = frames(doc)
    assert people(ceremony) == [("-", "WSM", "participant"), ("नीता भूषण", "IND", "participant")]
    assert ceremony["date"]["value"] == "2026-06-02" and ceremony["topics"] == ["development", "education"]


def test_a_standing_trade_tie_told_after_an_agreement_is_background(run):
    doc = run(
        "रबात, 28 नवंबर 2026 (एजेंसी)। भारत और मोरक्को ने शुक्रवार को संयुक्त उद्यम के विस्तार पर सहमति जताई। भारत मोरक्को से "
        "फॉस्फेट का सबसे बड़ा खरीदार है।"
    )
    (agreement,) = frames(doc)
    assert agreement["topics"] == ["investment"]


def test_a_commander_of_a_countrys_forces_named_with_its_noun_is_of_that_country(run):
    doc = run(
        "नई दिल्ली, 14 सितंबर 2026 (भाषा)। थलसेना प्रमुख ने सोमवार को यहां नामीबिया रक्षा बलों के कमांडर जनरल पीटर विलप्पो "
        "के साथ बातचीत की।"
    )
    (meeting,) = frames(doc)
    assert ("पीटर विलप्पो", "NAM", "participant") in people(meeting)


def test_a_coast_guard_thanked_is_the_countrys_force(run):
    doc = run("माले, 4 मार्च 2026 (एजेंसी)। राष्ट्रपति मोहम्मद मुइज्जू ने बुधवार को भारतीय तटरक्षक का आभार जताया।")
    (thanks,) = frames(doc)
    assert [(a["org"], a["country"]) for a in thanks["participants"] if a["role"] == "target"] == [
        ("भारतीय तटरक्षक", "IND")
    ]


def test_olive_oil_made_equipment_and_soldiers_trained_are_what_they_are(run):
    doc = run(
        "नई दिल्ली, 10 जून 2026 (भाषा)। वाणिज्य मंत्री पीयूष गोयल ने बुधवार को ट्यूनीशिया के व्यापार मंत्री समीर अबीद से मुलाकात की "
        "और जैतून के तेल के आयात, चिकित्सा उपकरण निर्माण और सैनिकों के प्रशिक्षण पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["agriculture", "defence", "education", "health", "manufacturing", "trade"]


def test_a_foreign_ships_arrival_is_its_countrys_visit_and_its_officer_of_it(run):
    doc = run(
        "विशाखापत्तनम, 11 नवंबर 2026 (भाषा)। पेरू की नौसेना का प्रशिक्षण पोत 'यूनियन' सोमवार को विशाखापत्तनम पहुंचा। पोत के "
        "कमांडिंग ऑफिसर कैप्टन कार्लोस मेंडोज़ा ने मंगलवार को पूर्वी नौसेना कमान के फ्लैग ऑफिसर कमांडिंग-इन-चीफ वाइस एडमिरल "
        "राजेश पेंढारकर से मुलाकात की।"
    )
    visit, meeting = frames(doc)
    assert people(visit) == [("-", "IND", "target"), ("-", "PER", "source")]
    assert people(meeting) == [("कार्लोस मेंडोज़ा", "PER", "participant"), ("राजेश पेंढारकर", "IND", "participant")]


def test_the_chairman_of_a_countrys_council_is_of_that_country(run):
    doc = run(
        "रियाद, 4 मार्च 2026 (एजेंसी)। लीबिया की प्रेसिडेंशियल काउंसिल के अध्यक्ष मोहम्मद अल-मेनफी ने बुधवार को रियाद में भारत के "
        "राजदूत से मुलाकात की और बंधक बनाए गए भारतीय नाविकों की रिहाई पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert ("मोहम्मद अल-मेनफी", "LBY", "participant") in people(meeting) and meeting["topics"] == ["security"]


def test_what_both_signed_in_this_regard_is_about_the_meeting_before(run):
    doc = run(
        "विंडहोक, 18 फरवरी 2026 (एजेंसी)। मुख्य चुनाव आयुक्त ज्ञानेश कुमार ने बुधवार को नामीबिया के चुनाव आयोग की अध्यक्ष एल्सी "
        "न्घिकेम्बुआ से मुलाकात की और चुनाव अधिकारियों के प्रशिक्षण पर चर्चा की। दोनों ने इस संबंध में एक समझौता ज्ञापन पर भी "
        "हस्ताक्षर किए।"
    )
    (signing,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert signing["topics"] == ["education"]


def test_a_pronoun_going_on_after_a_meeting_tells_that_meeting(run):
    doc = run(
        "बाकू, 2 दिसंबर 2026 (एजेंसी)। विदेश राज्य मंत्री पबित्र मार्गेरिटा ने बुधवार को अज़रबैजान के राष्ट्रपति इल्हाम अलीयेव से "
        "मुलाकात की। उन्होंने ऊर्जा और परिवहन गलियारे में सहयोग पर चर्चा की।\n\nमार्गेरिटा ने बाद में अज़रबैजान के विदेश मंत्री "
        "जेहुन बायरामोव के साथ वार्ता की।"
    )
    first, second = frames(doc)
    assert first["topics"] == ["energy", "transport"] and second["topics"] == [] and second["date"] is None


def test_a_call_is_about_what_a_relative_clause_says_was_discussed_in_it(run):
    doc = run(
        "नई दिल्ली, 14 मई 2026 (भाषा)। विदेश मंत्री एस जयशंकर ने बृहस्पतिवार को बारबाडोस के विदेश मंत्री केरी सिमंड्स के साथ फोन "
        "पर बात की, जिसमें राष्ट्रमंडल की आगामी बैठक और कैरिबियाई देशों के साथ विकास साझेदारी पर विचार-विमर्श हुआ।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["topics"] == ["development", "multilateral"]


def test_reactors_locusts_software_and_geology_are_their_sectors(run):
    doc = run(
        "नई दिल्ली, 12 मार्च 2026 (भाषा)। मंत्री अनिल मेहता ने बृहस्पतिवार को केन्या के मंत्री जॉन म्बाडी से मुलाकात की और "
        "रिएक्टरों के रखरखाव, टिड्डी नियंत्रण, सॉफ्टवेयर निर्यात और भू-विज्ञान में सहयोग पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["agriculture", "digital", "mining", "nuclear", "trade"]


def test_soy_oil_livestock_health_and_a_radiation_source_are_no_oil_health_or_metal(run):
    doc = run(
        "नई दिल्ली, 8 जुलाई 2026 (भाषा)। मंत्री अनिल मेहता ने बुधवार को ब्राजील के मंत्री कार्लोस फावारो से मुलाकात की और "
        "सोयाबीन तेल के आयात, पशु स्वास्थ्य और कोबाल्ट-60 आधारित उपचार मशीनों पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["agriculture", "trade"]


def test_where_a_calamity_befell_is_not_where_condolences_were_called_in(run):
    doc = run(
        "नई दिल्ली, 22 सितंबर 2026 (भाषा)। नेपाल के प्रधानमंत्री ने सोमवार को प्रधानमंत्री नरेन्द्र मोदी से फोन पर बात कर केरल "
        "में आई बाढ़ में लोगों की मौत पर संवेदना व्यक्त की।"
    )
    (call,) = frames(doc)
    assert call["event_type"] == "CALL" and call["location"] is None


def test_a_venue_named_for_conferences_and_built_with_aid_tells_no_meeting_and_no_aid(run):
    doc = run(
        "नियामे, 3 अक्टूबर 2026 (एजेंसी)। नाइजर के विदेश मंत्री ने शुक्रवार को भारत की सहायता से बने महात्मा गांधी अंतरराष्ट्रीय "
        "सम्मेलन केंद्र में आयोजित एक समारोह में भाग लिया। भारत के राजदूत राजेश कुमार ने उनका स्वागत किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["topics"] == []
    assert ceremony["location"]["text"] == "महात्मा गांधी अंतरराष्ट्रीय सम्मेलन केंद्र"


def test_a_bloc_an_agreement_of_india_is_with_is_no_side_of_the_talks(run):
    doc = run(
        "नई दिल्ली, 18 मार्च 2026 (भाषा)। पराग्वे के विदेश मंत्री रुबेन रामिरेज़ ने बुधवार को वाणिज्य मंत्री पीयूष गोयल से "
        "मुलाकात की और मर्कोसुर के साथ भारत के तरजीही व्यापार समझौते के विस्तार पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "PRY"] and meeting["topics"] == ["trade"]


def test_a_trip_to_another_town_of_the_country_met_in_is_a_leg_of_the_stay(run):
    doc = run(
        "मुंबई, 16 जून 2026 (भाषा)। चेक गणराज्य के उद्योग मंत्री लुकास व्लचेक ने मंगलवार को यहां महाराष्ट्र के मुख्यमंत्री "
        "देवेंद्र फडणवीस से मुलाकात की। व्लचेक बुधवार को नागपुर जाएंगे। इससे पहले वह सोमवार रात मुंबई पहुंचे थे।"
    )
    assert [(f["event_type"], f["location"]["text"]) for f in frames(doc)] == [("MEET", "मुंबई"), ("VISIT", "मुंबई")]


def test_those_who_joined_the_occasion_just_told_take_part_in_it(run):
    doc = run(
        "सिएम रीप, 1 दिसंबर 2026 (एजेंसी)। जीर्णोद्धार किए गए एक मंदिर को मंगलवार को एक समारोह में कंबोडिया को सौंपा गया। "
        "कंबोडिया के संस्कृति मंत्री फोएउंग साकोना और भारत के राजदूत वनलालवावना बावित्लुंग समारोह में शामिल हुए।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["date"]["value"] == "2026-12-01" and ceremony["topics"] == ["culture"]
    assert {a["country"] for a in ceremony["participants"] if a["name"]} == {"IND", "KHM"}


def test_a_visit_told_of_one_present_on_the_occasion_is_not_of_its_day(run):
    doc = run(
        "डकार, 18 नवंबर 2026 (एजेंसी)। सेनेगल के प्रधानमंत्री उस्मान सोंको ने मंगलवार को डकार में एक व्यापार मंच का उद्घाटन "
        "किया। इस अवसर पर राज्य मंत्री जितिन प्रसाद भी मौजूद थे, जो सेनेगल आए हैं।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["date"] is None


def test_bodies_with_hyphened_acronyms_sign_for_their_countries(run):
    doc = run(
        "लक्ज़मबर्ग, 6 अक्टूबर 2026 (एजेंसी)। लक्ज़मबर्ग अंतरिक्ष एजेंसी और भारतीय राष्ट्रीय अंतरिक्ष संवर्धन एवं प्राधिकरण केंद्र "
        "(इन-स्पेस) ने मंगलवार को एक आशय पत्र पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["countries"] == ["IND", "LUX"] and signing["topics"] == ["space"]


def test_an_office_named_international_makes_no_forum(run):
    doc = run(
        "नई दिल्ली, 15 अक्टूबर 2026 (भाषा)। भारत-बोत्सवाना संयुक्त आयोग की बैठक बुधवार को यहां विदेश मंत्री एस जयशंकर और "
        "बोत्सवाना के अंतरराष्ट्रीय संबंध मंत्री फेन्यो बुटाले की सह-अध्यक्षता में हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == []


def test_a_supplier_and_the_trade_there_was_are_background(run):
    doc = run(
        "मापुटो, 12 मई 2026 (भाषा)। उपराष्ट्रपति सी पी राधाकृष्णन ने मंगलवार को यहां मोजाम्बिक के राष्ट्रपति डेनियल चापो से "
        "मुलाकात की और कृषि में सहयोग पर चर्चा की। राधाकृष्णन सोमवार को यहां पहुंचे थे।\n\nदोनों नेताओं की मौजूदगी में दो "
        "समझौता ज्ञापनों का आदान-प्रदान किया गया। राधाकृष्णन ने मोजाम्बिक की संसद की अध्यक्ष मारिया दोस सांतोस से भी मुलाकात "
        "की।\n\nमोजाम्बिक भारत को कच्चे तेल का प्रमुख आपूर्तिकर्ता है और वर्ष 2024-25 में दोनों देशों के बीच द्विपक्षीय व्यापार "
        "लगभग चार अरब डॉलर का रहा। भारत ने 1975 में उसके साथ राजनयिक संबंध स्थापित किए थे।"
    )
    (speaker,) = [f for f in frames(doc) if f["event_type"] == "MEET" and f["date"] is None]
    assert speaker["topics"] == []


def test_a_surname_ending_like_the_future_leaves_a_meeting_reported(run):
    doc = run(
        "नई दिल्ली, 20 मई 2026 (भाषा)। बैठक की सह-अध्यक्षता संयुक्त सचिव विश्वेश नेगी और आर्मेनिया के उप रक्षा मंत्री अर्मान "
        "सर्गस्यान ने की।"
    )
    (meeting,) = frames(doc)
    assert meeting["modality"] == "asserted" and meeting["countries"] == ["ARM", "IND"]


def test_the_one_a_headline_says_was_talked_with_answers_in_the_first_person(run):
    doc = run(
        "टोक्यो में भारत की राजदूत नगमा मलिक से बातचीत\n\nप्रश्न: हाल में आपकी किससे बात हुई?\n\nउत्तर: मैंने सोमवार को जापान के "
        "विदेश मंत्री से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert ("नगमा मलिक", "IND", "participant") in people(meeting)


def test_a_power_grids_connectivity_and_a_carbon_border_levy_are_energy_and_climate(run):
    doc = run(
        "कोलंबो, 25 सितंबर 2026 (एजेंसी)। सचिव अनिल मेहता ने बृहस्पतिवार को श्रीलंका के ऊर्जा सचिव रवि परेरा से मुलाकात की और "
        "बिजली ग्रिड कनेक्टिविटी तथा यूरोपीय संघ के कार्बन सीमा समायोजन तंत्र पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["climate", "energy"]


def test_gratitude_towards_a_country_thanks_that_country(run):
    doc = run(
        "त्बिलिसी, 6 मई 2026 (एजेंसी)। जॉर्जिया के विदेश मंत्री ने बुधवार को भारत के राजदूत अमित कुमार से मुलाकात की और "
        "छात्रवृत्तियों के लिए भारत के प्रति कृतज्ञता व्यक्त की।"
    )
    (thanks,) = [f for f in frames(doc) if f["event_type"] == "THANK"]
    assert [(a["name"], a["country"]) for a in thanks["participants"] if a["role"] == "target"] == [(None, "IND")]


def test_an_evening_occasion_is_not_at_the_venue_told_before(run):
    doc = run(
        "नई दिल्ली, 13 अक्टूबर 2026 (भाषा)। राष्ट्रपति भवन के प्रांगण में सोमवार को इथियोपिया के प्रधानमंत्री अबी अहमद अली का "
        "रस्मी स्वागत किया गया। शाम को राष्ट्रपति द्रौपदी मुर्मू ने उनके सम्मान में राजकीय भोज दिया।"
    )
    (banquet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert banquet["location"]["text"] == "नई दिल्ली"


def test_an_envoys_trip_within_the_country_is_no_visit(run):
    doc = run(
        "पटना, 21 जुलाई 2026 (भाषा)। जापान के राजदूत ओनो केइची ने मंगलवार को बिहार के मुख्यमंत्री से मुलाकात की और राज्य में "
        "निवेश पर चर्चा की। राजदूत दो दिवसीय दौरे पर पटना आए थे।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_what_is_done_at_another_time_of_day_is_not_what_a_meeting_was_about(run):
    doc = run(
        "लंदन, 10 मार्च 2026 (भाषा)। शिक्षा मंत्री अनिल मेहता ने सोमवार को ब्रिटेन की कौशल मंत्री जैकी स्मिथ से मुलाकात की।\n\n"
        "शाम को उन्होंने किंग्स कॉलेज लंदन में भारतीय छात्रों से संवाद किया।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == []


def test_a_memorial_told_as_built_in_someones_memory_is_named_without_that(run):
    doc = run(
        "पेरिस, 4 नवंबर 2026 (एजेंसी)। सेना प्रमुख जनरल अनिल मेहता ने मंगलवार को प्रथम विश्व युद्ध में शहीद हुए भारतीय सैनिकों "
        "की याद में बने विलर्स-गिस्लेन भारतीय स्मारक पर पुष्पांजलि अर्पित की।"
    )
    (tribute,) = frames(doc)
    assert tribute["location"]["text"] == "विलर्स-गिस्लेन भारतीय स्मारक"


def test_a_place_in_a_clause_joined_with_a_day_of_its_own_is_not_the_meetings(run):
    doc = run(
        "नई दिल्ली, 9 मार्च 2026 (भाषा)। माल्टा के विदेश मंत्री जॉन मैथ्यू मंगलवार को शिक्षा मंत्री अनिल मेहता से मिलेंगे और बुधवार "
        "को केरल के कोच्चि जाएंगे।"
    )
    (meeting,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meeting["location"]["text"] == "नई दिल्ली"


def test_the_place_of_something_being_built_with_help_is_not_where_thanks_were_given(run):
    doc = run(
        "नई दिल्ली, 3 फरवरी 2026 (भाषा)। फलस्तीन के मंत्री जॉन मैथ्यू ने मंगलवार को विदेश मंत्री अनिल मेहता से मुलाकात की। मैथ्यू "
        "ने हेब्रोन में भारत की मदद से बन रहे अस्पताल के लिए भारत का धन्यवाद किया। वह बुधवार को राष्ट्रपति द्रौपदी मुर्मू से मुलाकात "
        "करेंगे।"
    )
    planned = [f for f in frames(doc) if f["modality"] == "planned"]
    assert planned and planned[0]["location"]["text"] == "नई दिल्ली"


def test_a_body_thanked_for_is_what_the_thanks_is_about(run):
    doc = run(
        "नई दिल्ली, 9 अक्टूबर 2026 (भाषा)। मंत्री जॉन मैथ्यू ने शुक्रवार को सेंट लूसिया में बने आईटी उत्कृष्टता केंद्र के लिए भारत का "
        "आभार जताया।"
    )
    (thanks,) = frames(doc)
    assert thanks["topics"] == ["digital"]


def test_an_agreement_after_a_remark_on_the_talks_is_of_the_talks_day(run):
    doc = run(
        "नई दिल्ली, 27 जनवरी 2026 (भाषा)। चाड के ऊर्जा मंत्री जॉन मैथ्यू ने मंगलवार को बिजली मंत्री अनिल मेहता से मुलाकात की।\n\n"
        "मेहता ने कहा कि भारत चाड में सौर परियोजनाओं का इच्छुक है। दोनों पक्ष एक संयुक्त कार्य समूह बनाने पर सहमत हुए।"
    )
    (agreement,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agreement["date"]["value"] == "2026-01-27"


def test_what_was_done_during_a_call_has_its_day(run):
    doc = run(
        "नई दिल्ली, 11 जून 2026 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी और ग्रेनाडा के प्रधानमंत्री डिकॉन मिशेल ने बृहस्पतिवार को वीडियो "
        "कॉन्फ्रेंस के जरिए बातचीत की। दोनों नेताओं ने इस दौरान सेंट जॉर्ज में एक सौर ऊर्जा संयंत्र का संयुक्त रूप से उद्घाटन किया।"
    )
    (ceremony,) = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert ceremony["date"]["value"] == "2026-06-11"


def test_a_venue_named_in_quotes_is_where_the_talks_were(run):
    doc = run(
        "तिराना, 18 मार्च 2026 (एजेंसी)। अल्बानिया के प्रधानमंत्री ने बुधवार को सर्बिया के प्रधानमंत्री के साथ सरकारी मुख्यालय "
        "'विला बेला' में वार्ता की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "विला बेला"


def test_aid_handed_over_as_this_material_is_what_the_sentence_before_said(run):
    doc = run(
        "मोम्बासा, 24 फरवरी 2026 (एजेंसी)। भारतीय नौसेना का जहाज मंगलवार को 20 टन मानवीय सहायता लेकर मोम्बासा पहुंचा। जहाज के "
        "कमांडिंग ऑफिसर अनिल मेहता ने यह सामग्री केन्या के आपदा प्रबंधन मंत्री जॉन मैथ्यू को सौंपी।"
    )
    (handover,) = frames(doc)
    assert handover["topics"] == ["development"]


def test_arriving_at_a_palace_is_no_visit_and_places_the_welcome(run):
    doc = run(
        "मालाबो, 9 जून 2026 (एजेंसी)। उपराष्ट्रपति अनिल मेहता ने मंगलवार को राष्ट्रपति जॉन मैथ्यू से मुलाकात की। इससे पहले "
        "राष्ट्रपति भवन पहुंचने पर उपराष्ट्रपति का रस्मी स्वागत किया गया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET", "CEREMONY"]
    assert frames(doc)[1]["location"]["text"] == "राष्ट्रपति भवन"


def test_a_departure_to_a_country_named_in_two_words_is_to_that_country(run):
    doc = run(
        "मालाबो, 9 जून 2026 (एजेंसी)। उपराष्ट्रपति अनिल मेहता बुधवार को मालाबो में भारतीय समुदाय को संबोधित करेंगे और गुरुवार को "
        "मध्य अफ्रीकी गणराज्य के लिए रवाना होंगे।"
    )
    (visit,) = frames(doc)
    assert visit["location"] == {"text": "मध्य अफ्रीकी गणराज्य", "country": "CAF"} | {
        k: visit["location"][k] for k in ("start", "end") if k in visit["location"]
    }


def test_an_agreement_after_a_visit_told_as_a_state_is_of_the_talks_day(run):
    doc = run(
        "नई दिल्ली, 16 जुलाई 2026 (भाषा)। आइसलैंड की उद्योग मंत्री जॉन मैथ्यू ने बृहस्पतिवार को खान मंत्री अनिल मेहता से मुलाकात "
        "की। मैथ्यू एक व्यापार प्रतिनिधिमंडल के साथ भारत आई हैं।\n\nदोनों पक्षों ने एक कार्य समूह गठित करने का फैसला किया।"
    )
    (agreement,) = [f for f in frames(doc) if f["event_type"] == "AGREE"]
    assert agreement["date"]["value"] == "2026-07-16"


def test_an_export_import_banks_credit_line_is_finance_not_trade(run):
    doc = run(
        "लोमे, 7 जुलाई 2026 (एजेंसी)। भारतीय निर्यात-आयात बैंक और बेनिन सरकार के बीच मंगलवार को ग्रामीण विद्युतीकरण परियोजना के लिए "
        "5 करोड़ डॉलर की ऋण सहायता के समझौते पर हस्ताक्षर किए गए।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["development", "energy", "finance"]


def test_what_had_been_before_is_not_what_an_opening_was_about(run):
    doc = run(
        "त्रिपोली, 31 मार्च 2026 (एजेंसी)। विदेश राज्य मंत्री अनिल मेहता ने मंगलवार को यमन की राजधानी सना में भारतीय दूतावास का फिर "
        "से उद्घाटन किया। सुरक्षा कारणों से दूतावास वर्ष 2015 से बंद था।"
    )
    (opening,) = frames(doc)
    assert opening["topics"] == []


def test_a_body_whose_expansion_is_talked_of_is_what_the_talks_were_about(run):
    doc = run(
        "अकरा, 27 अक्टूबर 2026 (एजेंसी)। टोगो के विदेश मंत्री ने मंगलवार को भारत के राजदूत अनिल मेहता से मुलाकात की और लोमे में "
        "भारत की मदद से बने आईसीटी उत्कृष्टता केंद्र के विस्तार पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["digital"]


def test_aid_sent_on_a_countrys_behalf_does_not_make_its_leader_a_description(run):
    doc = run(
        "इस्लामाबाद, 12 मई 2026 (एजेंसी)। शरीफ़ ने मंगलवार को हालिया ज़लज़ले के बाद ईरान की ओर से भेजी गई इमदाद के लिए पेज़ेश्कियान का "
        "शुक्रिया अदा किया।"
    )
    (thanks,) = frames(doc)
    assert thanks["topics"] == ["development"]


def test_those_who_led_talks_held_by_video_took_part_in_them(run):
    doc = run(
        "नई दिल्ली, 17 नवंबर 2026 (भाषा)। भारत और अल्बानिया के बीच विदेश कार्यालय परामर्श मंगलवार को वीडियो कॉन्फ्रेंस के जरिए हुआ। "
        "भारत की ओर से सचिव (पश्चिम) अनिल मेहता और अल्बानिया की ओर से उप विदेश मंत्री जॉन मैथ्यू ने बातचीत का नेतृत्व किया।"
    )
    (call,) = frames(doc)
    assert [a["name"] for a in call["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_meeting_reported_as_last_weeks_is_not_of_the_day_it_was_reported(run):
    doc = run(
        "नई दिल्ली, 6 अक्टूबर 2026 (भाषा)। विदेश मंत्रालय ने मंगलवार को बताया कि पलाऊ के विदेश मंत्री जॉन मैथ्यू ने पिछले सप्ताह "
        "यहां विदेश राज्य मंत्री अनिल मेहता से मुलाकात की थी।"
    )
    (meeting,) = frames(doc)
    assert meeting["date"]["text"] == "पिछले सप्ताह" and meeting["date"]["value"] is None


def test_a_joint_statement_with_no_dateline_dates_by_the_year_it_told_and_places_no_visit_in_a_building(run):
    doc = run(
        "भारत-माल्टा संयुक्त वक्तव्य\n\n1. माल्टा के प्रधानमंत्री जॉन मैथ्यू 5 से 8 अक्टूबर 2026 तक भारत की आधिकारिक यात्रा पर हैं।\n\n"
        "2. 6 अक्टूबर को राष्ट्रपति भवन में प्रधानमंत्री मैथ्यू का औपचारिक स्वागत किया गया।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["VISIT"]["location"] is None
    assert by_type["CEREMONY"]["date"]["value"] == "2026-10-06"


def test_thanks_for_what_was_given_on_a_countrys_behalf_are_to_that_country(run):
    doc = run(
        "नई दिल्ली, 6 अक्टूबर 2026 (भाषा)। पलाऊ के विदेश मंत्री जॉन मैथ्यू ने मंगलवार को भारत की ओर से कोरोर में दान किए गए "
        "डायलिसिस उपकरणों के लिए आभार जताया।"
    )
    (thanks,) = frames(doc)
    assert [(a["name"], a["country"]) for a in thanks["participants"] if a["role"] == "target"] == [(None, "IND")]


def test_one_present_at_a_meeting_told_on_in_a_second_clause_was_at_that_meeting(run):
    doc = run(
        "ब्राज़ाविल, 28 जनवरी 2026 (एजेंसी)। राज्य मंत्री अनिल मेहता ने बुधवार को गैबॉन के राष्ट्रपति जॉन मैथ्यू से मुलाकात की और "
        "तेल एवं गैस क्षेत्र में सहयोग पर चर्चा की। गैबॉन के खान मंत्री पीटर वेल्स भी इस बैठक में मौजूद थे।"
    )
    (meeting,) = frames(doc)
    assert [a["name"] for a in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू", "पीटर वेल्स"]
    assert meeting["topics"] == ["oil_gas"]


def test_a_week_told_before_the_day_of_a_meeting_does_not_date_it(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026 (भाषा)। प्रवक्ता ने शुक्रवार को बताया कि इस सप्ताह कई द्विपक्षीय बैठकें हुईं: विदेश सचिव अनिल "
        "मेहता ने सोमवार को भूटान के विदेश सचिव जॉन मैथ्यू से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["date"]["value"] == "2026-11-30"


def test_a_visit_told_next_week_and_then_on_its_days_is_one_visit(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026 (भाषा)। प्रधानमंत्री नरेन्द्र मोदी वार्षिक शिखर सम्मेलन के लिए अगले सप्ताह मॉस्को जाएंगे। "
        "विदेश मंत्रालय के अनुसार, मोदी 10 और 11 दिसंबर को रूस की यात्रा पर रहेंगे।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert visit["date"]["value"] == "2026-12-10/2026-12-11"


def test_the_head_of_a_unit_of_a_body_is_of_the_bodys_country(run):
    doc = run(
        "मुंबई, 1 अक्टूबर 2026 (भाषा)। भारतीय राष्ट्रीय भुगतान निगम की अंतरराष्ट्रीय इकाई के प्रमुख अनिल मेहता और पेरू के केंद्रीय "
        "रिज़र्व बैंक के अध्यक्ष जॉन मैथ्यू ने बृहस्पतिवार को एक समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert people(signing) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "PER", "participant")]


def test_those_met_each_on_a_day_and_in_a_place_of_their_own_have_that_day(run):
    doc = run(
        "नई दिल्ली, 24 फरवरी 2026 (भाषा)। माल्टा के विदेश मंत्री जॉन मैथ्यू ने सोमवार को नई दिल्ली में विदेश मंत्री अनिल मेहता से और "
        "मंगलवार को मुंबई में महाराष्ट्र के मुख्यमंत्री पीटर वेल्स से मुलाकात की।"
    )
    assert [(f["date"]["value"], f["location"]["text"]) for f in frames(doc)] == [
        ("2026-02-23", "नई दिल्ली"),
        ("2026-02-24", "मुंबई"),
    ]


def test_a_people_told_by_its_demonym_is_wished_beside_its_leader_but_not_a_partys_name(run):
    doc = run(
        "ताशकंद, 1 सितंबर 2026 (एजेंसी)। प्रधानमंत्री अनिल मेहता ने मंगलवार को उज्बेकिस्तान के राष्ट्रपति जॉन मैथ्यू और उज्बेक जनता को "
        "स्वतंत्रता दिवस की बधाई दी।"
    )
    (wishes,) = frames(doc)
    assert [(a["name"], a["country"]) for a in wishes["participants"] if a["role"] == "target"] == [
        ("जॉन मैथ्यू", "UZB"),
        (None, "UZB"),
    ]
    party = run(
        "नई दिल्ली, 20 अक्टूबर 2026 (भाषा)। भारतीय जनता पार्टी के अध्यक्ष अनिल मेहता ने मंगलवार को घाना के राजदूत से मुलाकात की।"
    )
    (meeting,) = frames(party)
    assert sorted(a["country"] for a in meeting["participants"]) == ["GHA", "IND"] and len(meeting["participants"]) == 2


def test_goods_arriving_are_no_visit_and_what_was_handed_over_is_the_aid_told_before(run):
    doc = run(
        "कोरोर, 20 नवंबर 2026 (भाषा)। पलाऊ के विदेश मंत्री जॉन मैथ्यू ने बाढ़ प्रभावित परिवारों के लिए भारत द्वारा भेजी गई 20 टन "
        "दवाइयों और खाद्य सामग्री के लिए भारत सरकार का आभार जताया है। यह खेप गुरुवार को भारतीय वायुसेना के सी-17 विमान से कोरोर हवाई "
        "अड्डे पर पहुंची, जहां भारत के राजदूत अनिल मेहता ने इसे पलाऊ के स्वास्थ्य मंत्री पीटर वेल्स को सौंपा।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["THANK", "CEREMONY"]
    thanks, handing = frames(doc)
    assert thanks["topics"] == handing["topics"] == ["agriculture", "development", "pharma"]


def test_what_was_agreed_at_that_visit_told_as_history_is_history_too(run):
    doc = run(
        "नई दिल्ली, 22 नवंबर 2026। भारत और पेरू के संबंधों में तेजी आई है। प्रधानमंत्री अनिल मेहता ने मार्च 2024 में लीमा की यात्रा "
        "की थी, जो किसी भारतीय प्रधानमंत्री की पहली यात्रा थी। उस यात्रा में दोनों देशों ने खनिजों पर सहयोग बढ़ाने का फैसला किया था। "
        "पेरू के विदेश मंत्री जॉन मैथ्यू अगले महीने भारत आएंगे।"
    )
    assert [(f["event_type"], f["modality"]) for f in frames(doc)] == [("VISIT", "planned")]


def test_a_building_named_for_a_country_is_the_venue_and_no_side_of_the_trip_after(run):
    doc = run(
        "रेक्जाविक, 10 नवंबर 2026 (भाषा)। उपराष्ट्रपति अनिल मेहता ने मंगलवार को आइसलैंड के प्रधानमंत्री जॉन मैथ्यू से मुलाकात की। "
        "बुधवार को मेहता आइसलैंड विश्वविद्यालय में भारतीय अध्ययन पीठ का उद्घाटन करेंगे और फिर नॉर्वे के लिए रवाना होंगे।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert (ceremony["location"]["text"], ceremony["topics"]) == ("आइसलैंड विश्वविद्यालय", ["education"])
    assert [(a["country"], a["role"]) for a in visit["participants"]] == [("IND", "source"), ("NOR", "target")]


def test_a_signing_after_talks_whose_host_is_not_yet_settled_is_of_those_talks(run):
    doc = run(
        "रेक्जाविक, 10 नवंबर 2026 (भाषा)। उपराष्ट्रपति अनिल मेहता ने मंगलवार को आइसलैंड के राष्ट्रपति पीटर वेल्स से राष्ट्रपति निवास में "
        "मुलाकात की।\n\nमेहता सोमवार शाम यहां पहुंचे थे। इसके बाद उन्होंने प्रधानमंत्री जॉन मैथ्यू के साथ वार्ता की। वार्ता के बाद दोनों "
        "देशों ने मत्स्य पालन पर एक समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    talks = next(f for f in frames(doc) if any(a["name"] == "जॉन मैथ्यू" for a in f["participants"]))
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert (signing["location"]["text"], signing["date"]) == ("रेक्जाविक", talks["date"])


def test_what_is_done_in_the_same_spell_as_the_round_told_before_has_its_day(run):
    doc = run(
        "सैंटियागो, 18 नवंबर 2026 (पीटीआई)। भारत और चिली के बीच मुक्त व्यापार वार्ता का दूसरा दौर बुधवार को यहां शुरू हुआ। भारतीय दल "
        "का नेतृत्व संयुक्त सचिव अनिल मेहता कर रहे हैं।\n\nइसी दौरान वाणिज्य मंत्री पीटर वेल्स ने चिली के खनन मंत्री जॉन मैथ्यू से मुलाकात "
        "की।"
    )
    meeting = next(f for f in frames(doc) if any(a["name"] == "जॉन मैथ्यू" for a in f["participants"]))
    assert meeting["date"]["value"] == "2026-11-18"


def test_a_city_toured_during_a_stay_is_no_visit(run):
    doc = run(
        "थिम्पू, 6 अक्टूबर 2026 (भाषा)। स्वास्थ्य मंत्री अनिल मेहता ने मंगलवार को भूटान के स्वास्थ्य मंत्री जॉन मैथ्यू से मुलाकात की। "
        "बुधवार को वह गेलेफू माइंडफुलनेस सिटी का दौरा करेंगे।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_a_tree_planted_after_an_opening_is_a_ceremony_of_its_own(run):
    doc = run(
        "पोर्ट विला, 21 नवंबर 2026 (भाषा)। विदेश राज्य मंत्री अनिल मेहता ने शनिवार को वानुअतु के प्रधानमंत्री जॉन मैथ्यू के साथ एक "
        "सौर ऊर्जा संयंत्र का उद्घाटन किया। इसके बाद दोनों नेताओं ने संसद भवन परिसर में पौधे लगाए।"
    )
    assert [(f["event_type"], f["location"]["text"]) for f in frames(doc)] == [
        ("CEREMONY", "पोर्ट विला"),
        ("CEREMONY", "संसद भवन"),
    ]


def test_what_was_said_to_have_happened_elsewhere_is_no_scene_of_the_thanks_after(run):
    doc = run(
        "लीमा, 26 नवंबर 2026 (आईएएनएस)। पेरू में भारत के राजदूत अनिल मेहता ने बुधवार को 'भारत पर्व' का उद्घाटन किया।\n\nइस मौके पर "
        "राजदूत ने कहा कि पिछले वर्ष 9,000 पेरूवासी पर्यटक भारत गए थे। उन्होंने पेरू सरकार का सहयोग के लिए धन्यवाद किया।"
    )
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert (thanks["location"]["text"], thanks["date"]["value"]) == ("लीमा", "2026-11-25")


def test_an_interviewees_our_minister_is_of_the_interviewees_country(run):
    doc = run(
        "नई दिल्ली, 16 नवंबर 2026। भारत में पोलैंड के राजदूत जॉन मैथ्यू ने 'भाषा' से बातचीत में दोनों देशों के संबंधों पर बात की।\n\n"
        "प्रश्न: हाल में क्या प्रगति हुई है?\n\nउत्तर: पिछले महीने हमारे रक्षा मंत्री पीटर वेल्स नई दिल्ली आए थे और उन्होंने रक्षा मंत्री "
        "अनिल मेहता से मुलाकात की थी।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert sorted((a["name"], a["country"]) for a in meeting["participants"]) == [
        ("अनिल मेहता", "IND"),
        ("पीटर वेल्स", "POL"),
    ]


def test_an_office_of_a_district_of_a_country_is_of_that_country(run):
    doc = run(
        "धारचूला (पिथौरागढ़), 13 नवंबर 2026 (भाषा)। जिलाधिकारी अनिल मेहता ने गुरुवार को यहां नेपाल के दार्चुला जिले के मुख्य जिला "
        "अधिकारी जॉन मैथ्यू से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert [(a["name"], a["title"], a["country"]) for a in meeting["participants"]] == [
        ("अनिल मेहता", "जिलाधिकारी", "IND"),
        ("जॉन मैथ्यू", "मुख्य जिला अधिकारी", "NPL"),
    ]
    assert meeting["location"]["text"] == "धारचूला"


def test_a_countrys_people_named_as_its_republic_by_demonym_are_of_it(run):
    doc = run(
        "बिश्केक, 20 नवंबर 2026 (एजेंसी)। अंतर-सरकारी आयोग की बैठक शुक्रवार को हुई, जिसकी सह-अध्यक्षता भारत के मंत्री अनिल मेहता "
        "और किर्गिज़ गणराज्य के मंत्रिमंडल के उपाध्यक्ष जॉन मैथ्यू ने की। बैठक के बाद दोनों पक्षों ने एक प्रोटोकॉल पर हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert [(a["name"], a["country"]) for a in signing["participants"]] == [(None, "IND"), (None, "KGZ")]


def test_an_agreement_told_as_a_contract_is_signed(run):
    doc = run("नई दिल्ली, 12 नवंबर 2026 (भाषा)। भारत और घाना ने बुधवार को कृषि सहयोग पर एक अनुबंध किया।")
    assert [(f["event_type"], f["countries"]) for f in frames(doc)] == [("SIGN", ["GHA", "IND"])]


@pytest.mark.parametrize(
    "handed",
    ["अपना परिचय-पत्र प्रस्तुत किया", "अपने साख-पत्र सौंपे", "अपने क्रेडेंशियल्स पेश किए", "अपने प्रमाण पत्र प्रस्तुत किए"],
)
def test_credentials_by_any_of_their_names_are_a_ceremony(run, handed):
    doc = run(f"नई दिल्ली, 12 नवंबर 2026 (भाषा)। भारत के राजदूत अनिल मेहता ने बुधवार को चाड के राष्ट्रपति जॉन मैथ्यू को {handed}।")
    assert [(f["event_type"], f["countries"]) for f in frames(doc)] == [("CEREMONY", ["IND", "TCD"])]


def test_both_agencies_signing_are_their_countries(run):
    doc = run(
        "बेंगलुरु, 24 नवंबर 2026 (पीटीआई)। इसरो के अध्यक्ष अनिल मेहता ने सोमवार को यहां फ्रांस की अंतरिक्ष एजेंसी सीएनईएस के अध्यक्ष "
        "जॉन मैथ्यू से मुलाकात की।\n\nइसरो के एक बयान के अनुसार, दोनों एजेंसियों ने उपग्रहों पर एक आशय पत्र पर हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sorted(a["country"] for a in signing["participants"]) == ["FRA", "IND"]


def test_a_visit_to_come_told_called_off_later_is_no_event_nor_what_was_to_be_done_on_it(run):
    doc = run(
        "बीजिंग, 8 नवंबर 2026 (रॉयटर्स)। चीन के विदेश मंत्री जॉन मैथ्यू सोमवार को मॉस्को जाएंगे, जहां वह रूसी विदेश मंत्री पीटर वेल्स से "
        "मिलेंगे।\n\nअपडेट: चीनी विदेश मंत्रालय ने रविवार शाम बताया कि जॉन मैथ्यू की मॉस्को यात्रा स्थगित कर दी गई है।"
    )
    assert frames(doc) == []


def test_a_transit_treaty_is_about_transport(run):
    doc = run("काठमांडू, 18 नवंबर 2026 (भाषा)। भारत और नेपाल ने बुधवार को यहां संशोधित पारगमन संधि पर हस्ताक्षर किए।")
    assert [(f["event_type"], f["topics"]) for f in frames(doc)] == [("SIGN", ["transport"])]


def test_a_mission_holding_a_ceremony_takes_part_by_its_envoy_told_acting_at_it(run):
    doc = run(
        "अदीस अबाबा, 27 नवंबर 2026 (भाषा)। इथियोपिया में भारतीय दूतावास ने गुरुवार को संविधान दिवस पर एक समारोह आयोजित किया, जिसमें "
        "इथियोपिया की न्याय मंत्री जॉन मैथ्यू मुख्य अतिथि थीं। राजदूत अनिल मेहता ने संविधान की प्रस्तावना का पाठ किया।"
    )
    (ceremony,) = frames(doc)
    assert sorted((a["name"], a["country"]) for a in ceremony["participants"]) == [
        ("अनिल मेहता", "IND"),
        ("जॉन मैथ्यू", "ETH"),
    ]


def test_a_meeting_told_after_talks_and_their_relative_clause_is_a_meeting_of_its_own(run):
    doc = run(
        "लीमा, 18 नवंबर 2026 (भाषा)। विदेश मंत्री अनिल मेहता ने मंगलवार को पेरू के विदेश मंत्री जॉन मैथ्यू के साथ वार्ता की, जिसमें दोनों "
        "पक्षों ने खनन में सहयोग का फैसला किया, और बाद में वह पेरू के राष्ट्रपति पीटर वेल्स से मिले।"
    )
    met = [sorted(a["name"] for a in f["participants"]) for f in frames(doc) if f["event_type"] == "MEET"]
    assert met == [["अनिल मेहता", "जॉन मैथ्यू"], ["अनिल मेहता", "पीटर वेल्स"]]


def test_talks_told_as_the_time_of_the_next_doing_are_its_subjects_too(run):
    doc = run(
        "साओ पाउलो, 4 दिसंबर 2026 (भाषा)। ब्राजील के उपराष्ट्रपति जॉन मैथ्यू के साथ बातचीत के बाद, जिसमें दोनों पक्षों ने इथेनॉल पर "
        "सहयोग का फैसला किया, उपराष्ट्रपति अनिल मेहता ने गुरुवार को भारतीय समुदाय को संबोधित किया।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert sorted(a["name"] for a in meeting["participants"]) == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_who_goes_on_after_a_relative_clause_of_the_sides_is_the_main_subject_and_where_is_the_place_gone_to(run):
    doc = run(
        "साओ पाउलो, 4 दिसंबर 2026 (भाषा)। ब्राजील के उपराष्ट्रपति जॉन मैथ्यू के साथ बातचीत के बाद, जिसमें दोनों पक्षों ने इथेनॉल पर "
        "सहयोग का फैसला किया, उपराष्ट्रपति अनिल मेहता ने गुरुवार को साओ पाउलो में भारतीय समुदाय को संबोधित किया और फिर ब्यूनस आयर्स के "
        "लिए रवाना हो गए, जहां वह अर्जेंटीना की उपराष्ट्रपति पीटर वेल्स से मिलेंगे।"
    )
    planned = next(f for f in frames(doc) if f["modality"] == "planned")
    assert sorted(a["name"] for a in planned["participants"]) == ["अनिल मेहता", "पीटर वेल्स"]
    assert planned["location"]["text"] == "ब्यूनस आयर्स"


def test_a_supreme_auditor_is_a_countrys_office_holder(run):
    doc = run(
        "माले, 3 दिसंबर 2026 (भाषा)। भारत के नियंत्रक एवं महालेखा परीक्षक अनिल मेहता और मालदीव के महालेखा परीक्षक जॉन मैथ्यू ने "
        "बुधवार को यहां लेखा परीक्षा में सहयोग पर एक समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert people(signing) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "MDV", "participant")]


def test_documents_listed_after_a_paragraph_of_their_own_ending_on_a_colon_are_what_was_signed(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026। भारत और पेरू ने शुक्रवार को यहां प्रधानमंत्री अनिल मेहता और पेरू के प्रधानमंत्री जॉन मैथ्यू के "
        "बीच हुई वार्ता के बाद तीन समझौतों पर हस्ताक्षर किए।\n\nहस्ताक्षरित दस्तावेजों की सूची इस प्रकार है:\n1. नवीकरणीय ऊर्जा में "
        "सहयोग पर समझौता ज्ञापन\n2. कृषि अनुसंधान में सहयोग पर समझौता ज्ञापन\n3. सांस्कृतिक आदान-प्रदान कार्यक्रम\n\nसंयुक्त बयान के "
        "अनुसार, दोनों नेताओं ने व्यापार को दोगुना करने पर सहमति जताई।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["SIGN"]["topics"] == ["agriculture", "culture", "renewables"]
    assert by_type["MEET"]["topics"] == []
    assert [a["name"] for a in by_type["AGREE"]["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_an_address_joined_after_talks_is_no_business_of_the_talks(run):
    doc = run(
        "थिम्पू, 24 नवंबर 2026 (भाषा)। न्यायाधीश अनिल मेहता मंगलवार को भूटान नरेश जॉन मैथ्यू से मिलेंगे और विश्वविद्यालय में विधि के "
        "छात्रों को संबोधित करेंगे।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == []


def test_an_office_named_alone_after_its_holder_named_in_latin_letters_is_that_holder(run):
    doc = run(
        "नई दिल्ली, 26 नवंबर 2026। PM अनिल मेहता ने बुधवार को पेरू के राष्ट्रपति जॉन मैथ्यू से फोन पर बात की। बातचीत के दौरान "
        "प्रधानमंत्री ने पेरू के राष्ट्रीय दिवस की शुभकामनाएं दीं।"
    )
    wishes = next(f for f in frames(doc) if f["event_type"] == "CONGRATULATE")
    assert ("अनिल मेहता", "IND", "source") in people(wishes)


def test_a_place_in_what_talks_discussed_is_not_where_they_were(run):
    doc = run(
        "लखनऊ, 25 नवंबर 2026 (भाषा)। मुख्यमंत्री अनिल मेहता और जापान के गवर्नर जॉन मैथ्यू के बीच हुई बैठक में प्रदेश में निवेश बढ़ाने और "
        "ओसाका में युवाओं के लिए रोजगार पर चर्चा हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "लखनऊ"


def test_a_discussion_told_during_a_meeting_in_the_passive_is_that_meeting_and_those_present_after_join_it(run):
    doc = run(
        "भोपाल, 24 नवंबर 2026। मुख्यमंत्री अनिल मेहता द्वारा आज मंत्रालय में जर्मनी के महावाणिज्य दूत जॉन मैथ्यू से सौजन्य भेंट की गई। "
        "भेंट के दौरान प्रदेश में जर्मन निवेश की संभावनाओं पर चर्चा की गई।\n\nमुख्यमंत्री द्वारा महावाणिज्य दूत को स्मृति चिन्ह भेंट किया "
        "गया। इस अवसर पर मुख्य सचिव पीटर वेल्स भी उपस्थित थे।"
    )
    (meeting,) = frames(doc)
    assert [a["name"] for a in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू", "पीटर वेल्स"]
    assert meeting["topics"] == ["investment"]


def test_one_welcomed_told_first_in_the_clause_by_the_genitive_is_the_guest(run):
    doc = run(
        "लीमा, 17 नवंबर 2026 (भाषा)। राष्ट्रपति अनिल मेहता का सोमवार को यहां राष्ट्रपति भवन में पेरू के राष्ट्रपति जॉन मैथ्यू ने "
        "औपचारिक स्वागत किया।"
    )
    (welcome,) = frames(doc)
    assert [a["name"] for a in welcome["participants"]] == ["जॉन मैथ्यू", "अनिल मेहता"]


def test_an_office_told_by_its_countries_is_its_one_holder_named_later(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026 (भाषा)। भारत और पेरू के रक्षा सचिव अगले महीने लीमा में होने वाली रक्षा नीति वार्ता में हिस्सा लेंगे। "
        "इस वार्ता की तैयारियों को लेकर रक्षा सचिव अनिल मेहता ने सोमवार को यहां पेरू के राजदूत जॉन मैथ्यू से मुलाकात की।"
    )
    planned = next(f for f in frames(doc) if f["modality"] == "planned")
    assert [(a["name"], a["country"]) for a in planned["participants"]] == [("अनिल मेहता", "IND"), (None, "PER")]


def test_navy_chiefs_told_of_both_countries_give_no_defence_topic(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026 (भाषा)। दोनों देशों के नौसेना प्रमुखों ने शुक्रवार को भारत और पेरू के बीच वीडियो कॉन्फ्रेंस के जरिए "
        "बातचीत की और समुद्री निगरानी बढ़ाने पर सहमति जताई।"
    )
    assert {f["event_type"]: f["topics"] for f in frames(doc)} == {"CALL": ["maritime"], "AGREE": ["maritime"]}


def test_points_agreed_listed_after_a_colon_are_an_agreement_and_its_business(run):
    doc = run(
        "लीमा, 30 नवंबर 2026 (भाषा)। विदेश मंत्री अनिल मेहता ने रविवार को पेरू के विदेश मंत्री जॉन मैथ्यू के साथ संयुक्त आयोग की बैठक "
        "की सह-अध्यक्षता की। बैठक के बाद जारी साझा बयान में कहा गया कि दोनों पक्ष:\n\n• मुक्त व्यापार समझौते को जल्द लागू करने पर सहमत "
        "हुए\n• हरित हाइड्रोजन में संयुक्त उद्यमों को बढ़ावा देंगे\n• समुद्री सुरक्षा में सहयोग बढ़ाएंगे"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["AGREE"]["countries"] == ["IND", "PER"]
    assert by_type["AGREE"]["topics"] == ["investment", "maritime", "renewables", "trade"]
    assert by_type["MEET"]["topics"] == []


def test_a_subheading_that_names_a_place_alone_places_the_paragraph_under_it(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026 (एजेंसियां)। विदेश सचिव अनिल मेहता ने इस सप्ताह दो देशों की यात्रा की।\n\nलीमा\n\nमेहता ने सोमवार को "
        "पेरू के विदेश सचिव जॉन मैथ्यू से मुलाकात की।\n\nक्विटो\n\nबुधवार को उन्होंने इक्वाडोर के विदेश मंत्री पीटर वेल्स से मुलाकात की।"
    )
    assert [(f["location"]["text"], f["location"]["country"]) for f in frames(doc)] == [
        ("लीमा", "PER"),
        ("क्विटो", "ECU"),
    ]


def test_a_summit_told_held_under_its_chair_in_the_next_sentence_has_the_chair_and_its_business(run):
    doc = run(
        "लीमा, 9 नवंबर 2026 (भाषा)। प्रधानमंत्री अनिल मेहता के स्थान पर विदेश मंत्री पीटर वेल्स ने रविवार को यहां पूर्वी एशिया शिखर सम्मेलन "
        "में भारत का प्रतिनिधित्व किया। पेरू के राष्ट्रपति जॉन मैथ्यू की अध्यक्षता में हुए सम्मेलन में समुद्री सुरक्षा पर चर्चा हुई।"
    )
    (summit,) = frames(doc)
    assert [a["name"] for a in summit["participants"]] == ["पीटर वेल्स", "जॉन मैथ्यू"]
    assert summit["topics"] == ["maritime", "multilateral"]


def test_a_bare_office_travelling_is_the_visitor_and_its_days_in_brackets_date_the_visit(run):
    doc = run(
        "नई दिल्ली, 10 दिसंबर 2026 (एजेंसियां)। प्रधानमंत्री 14-15 दिसंबर को जॉर्डन में रहेंगे। इसके बाद प्रधानमंत्री दो दिवसीय "
        "(16-17 दिसंबर) इथियोपिया यात्रा पर अदीस अबाबा जाएंगे।"
    )
    visits = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert [(f["participants"][0]["title"], f["location"]["text"], f["date"]["value"]) for f in visits] == [
        ("प्रधानमंत्री", "जॉर्डन", "2026-12-14/2026-12-15"),
        ("प्रधानमंत्री", "अदीस अबाबा", "2026-12-16/2026-12-17"),
    ]


def test_the_hour_of_a_live_pages_entry_is_no_office(run):
    doc = run("लीमा, 4 दिसंबर 2026। 4:45 PM: विदेश मंत्री अनिल मेहता ने पेरू के विदेश मंत्री जॉन मैथ्यू से मुलाकात की।")
    (meeting,) = frames(doc)
    assert [a["name"] for a in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_parade_reviewed_in_a_role_told_after_batour_is_a_ceremony_and_what_follows_it_has_its_day(run):
    doc = run(
        "थिम्पू, 29 नवंबर 2026 (भाषा)। सेना प्रमुख जनरल अनिल मेहता ने शनिवार को यहां पासिंग आउट परेड में बतौर समीक्षा अधिकारी भाग लिया। "
        "परेड के बाद उन्होंने भूटान नरेश जॉन मैथ्यू से शिष्टाचार भेंट की।"
    )
    assert [(f["event_type"], f["date"]["value"]) for f in frames(doc)] == [
        ("CEREMONY", "2026-11-28"),
        ("MEET", "2026-11-28"),
    ]


def test_a_book_launched_is_about_culture(run):
    doc = run(
        "ताशकंद, 21 नवंबर 2026 (भाषा)। भारत के राजदूत अनिल मेहता और उज्बेकिस्तान के संस्कृति मंत्री जॉन मैथ्यू ने शुक्रवार को यहां एक "
        "पुस्तक का विमोचन किया।"
    )
    (launch,) = frames(doc)
    assert launch["topics"] == ["culture"]


def test_a_site_toured_after_talks_to_come_is_no_visit_nor_their_business(run):
    doc = run(
        "जकार्ता, 12 नवंबर 2026 (भाषा)। रक्षा मंत्री अनिल मेहता मंगलवार को जकार्ता पहुंचे। गुरुवार को वह इंडोनेशिया के राष्ट्रपति जॉन "
        "मैथ्यू से मिलेंगे और फिर सुराबाया स्थित नौसैनिक अड्डे का दौरा करेंगे।"
    )
    assert [(f["event_type"], f["topics"]) for f in frames(doc)] == [("VISIT", []), ("MEET", [])]


def test_what_was_signed_after_a_meeting_told_before_it_is_not_what_the_meeting_was_about(run):
    doc = run(
        "जकार्ता, 12 नवंबर 2026 (भाषा)। भारत और इंडोनेशिया ने बुधवार को यहां दोनों देशों के रक्षा मंत्रियों की बैठक के बाद सैन्य "
        "प्रशिक्षण पर एक समझौते पर हस्ताक्षर किए। रक्षा मंत्री अनिल मेहता और इंडोनेशिया के रक्षा मंत्री जॉन मैथ्यू ने बैठक में समुद्री "
        "सुरक्षा पर चर्चा की।"
    )
    by_type = {f["event_type"]: f["topics"] for f in frames(doc)}
    assert "education" in by_type["SIGN"] and by_type["MEET"] == ["maritime"]


def test_a_council_addressed_after_a_visit_told_for_its_body_is_that_forums_meeting(run):
    doc = run(
        "जिनेवा, 20 नवंबर 2026 (एजेंसियां)। मंत्री अनिल मेहता डब्ल्यूटीओ की सामान्य परिषद की बैठक में भाग लेने के लिए बुधवार को यहां "
        "पहुंचे। उन्होंने शुक्रवार को परिषद की बैठक को संबोधित किया और विकासशील देशों के हितों की रक्षा पर जोर दिया।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert (meeting["date"]["value"], meeting["topics"]) == ("2026-11-20", ["multilateral"])


def test_a_surname_that_is_a_common_word_opening_a_sentence_is_its_bearer(run):
    doc = run(
        "बीजिंग, 16 नवंबर 2026 (रॉयटर्स)। चीन के राष्ट्रपति अनिल मेहता ने रविवार को दक्षिण कोरिया के राष्ट्रपति ली जे-म्यांग के साथ वार्ता "
        "की। ली सोमवार को चीन के प्रधानमंत्री जॉन मैथ्यू से भी मिलेंगे।"
    )
    planned = next(f for f in frames(doc) if f["modality"] == "planned")
    assert sorted(a["name"] for a in planned["participants"]) == ["जॉन मैथ्यू", "ली जे-म्यांग"]


def test_what_one_who_met_told_the_other_in_the_next_paragraph_is_what_they_talked_of(run):
    doc = run(
        "लुआंडा, 24 नवंबर 2026 (एजेंसियां)। अंगोला के राष्ट्रपति जॉन मैथ्यू ने सोमवार को यहां भारत के उपराष्ट्रपति अनिल मेहता के साथ "
        "वार्ता की। बातचीत में कृषि मशीनरी के लिए भारत की ओर से दिए गए ऋण पर चर्चा हुई।\n\nमेहता ने मैथ्यू को बताया कि भारत अंगोला "
        "के साथ अपने व्यापार को संतुलित करना चाहता है।"
    )
    (talks,) = frames(doc)
    assert talks["topics"] == ["agriculture", "development", "trade"]


def test_a_countrys_couple_is_the_two_people_of_it_named_before(run):
    doc = run(
        "नई दिल्ली, 17 नवंबर 2026 (भाषा)। नीदरलैंड के राजा पीटर वेल्स और महारानी मैक्सिमा का मंगलवार को रस्मी स्वागत किया गया। "
        "डच शाही दंपति सोमवार रात राजकीय यात्रा पर यहां पहुंचे थे।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert people(visit) == [("-", "IND", "target"), ("पीटर वेल्स", "NLD", "source"), ("मैक्सिमा", "NLD", "source")]


def test_a_timelines_year_headed_bullets_are_history_neither_events_nor_the_talks_business(run):
    doc = run(
        "नई दिल्ली, 10 दिसंबर 2026 (भाषा)। पेरू के प्रधानमंत्री जॉन मैथ्यू ने बुधवार को यहां प्रधानमंत्री अनिल मेहता के साथ वार्ता की, "
        "जिसमें अस्पताल परियोजना पर चर्चा हुई।\n\nदोनों देशों के संबंधों के प्रमुख पड़ाव:\n• 2019: मेहता ने लीमा में रेलवे परियोजना का "
        "उद्घाटन किया\n• 2024: दोनों प्रधानमंत्रियों ने हवाई पट्टी का संयुक्त रूप से उद्घाटन किया"
    )
    assert [(f["event_type"], f["topics"]) for f in frames(doc)] == [("MEET", ["health"])]


def test_what_one_on_a_call_informed_the_other_of_is_the_calls_business(run):
    doc = run(
        "इस्लामाबाद, 26 नवंबर 2026 (एजेंसी)। पाकिस्तान के वज़ीर-ए-ख़ारिजा अनिल मेहता ने बुधवार को चीन के वज़ीर-ए-ख़ारिजा जॉन "
        "मैथ्यू से टेलीफ़ोन पर गुफ़्तगू की।\n\nमेहता ने पाकिस्तान में काम कर रहे चीनी नागरिकों की हिफ़ाज़त के लिए उठाए गए क़दमों की "
        "जानकारी दी।"
    )
    (call,) = frames(doc)
    assert call["topics"] == ["security"]


def test_envoys_listed_in_lines_after_a_colon_presented_the_credentials_just_told(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026 (भाषा)। राष्ट्रपति अनिल मेहता ने बुधवार को राष्ट्रपति भवन में आयोजित एक समारोह में दो देशों के "
        "राजदूतों के परिचय पत्र स्वीकार किए। परिचय पत्र प्रस्तुत करने वाले राजनयिक ये हैं:\n\n1. पेरू के राजदूत जॉन मैथ्यू\n2. चिली के "
        "राजदूत कार्लोस रुइज़\n\nइस अवसर पर विदेश राज्य मंत्री मारिया लोपेज़ भी मौजूद थीं।"
    )
    (ceremony,) = frames(doc)
    assert [(a["name"], a["country"]) for a in ceremony["participants"]] == [
        ("अनिल मेहता", "IND"),
        ("जॉन मैथ्यू", "PER"),
        ("कार्लोस रुइज़", "CHL"),
        ("मारिया लोपेज़", "IND"),
    ]


def test_a_meeting_told_verb_first_as_translated_copy_has_it_is_a_meeting(run):
    doc = run(
        "बर्लिन, 1 दिसंबर 2026। विदेश मंत्री अनिल मेहता ने सोमवार को मुलाकात की अपने जर्मन समकक्ष जॉन मैथ्यू से बर्लिन में। दोनों नेताओं ने "
        "चर्चा की हरित हाइड्रोजन के बारे में।"
    )
    (meeting,) = frames(doc)
    assert [a["name"] for a in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]
    assert meeting["topics"] == ["renewables"]


def test_a_town_no_gazetteer_holds_told_before_shahar_is_the_place(run):
    doc = run(
        "सुवा, 28 नवंबर 2026 (भाषा)। फिजी में भारत के उच्चायुक्त अनिल मेहता ने शुक्रवार को लाउतोका शहर में भारत के मानद वाणिज्य "
        "दूतावास का उद्घाटन किया। समारोह में फिजी के उप प्रधानमंत्री जॉन मैथ्यू मुख्य अतिथि थे।"
    )
    (opening,) = frames(doc)
    assert (opening["location"]["text"], opening["location"]["country"]) == ("लाउतोका", "FJI")


def test_a_forums_meeting_told_held_and_then_who_represented_a_country_is_that_forums(run):
    doc = run(
        "रियो डी जनेरियो, 20 नवंबर 2026 (एजेंसियां)। ब्रिक्स देशों के कृषि मंत्रियों की दो दिवसीय बैठक गुरुवार को यहां संपन्न हुई। बैठक "
        "में भारत का प्रतिनिधित्व कृषि मंत्री अनिल मेहता ने किया। मेहता ने बैठक से इतर रूस के कृषि मंत्री जॉन मैथ्यू से मुलाकात कर "
        "दालों के व्यापार पर चर्चा की।"
    )
    assert [(f["event_type"], f["date"] and f["date"]["value"], f["topics"]) for f in frames(doc)] == [
        ("MEET", "2026-11-19", ["multilateral"]),
        ("MEET", None, ["agriculture", "trade"]),
    ]


def test_one_who_met_opening_the_sentence_after_those_present_goes_on_telling_the_meeting(run):
    doc = run(
        "अबू धाबी, 14 नवंबर 2026 (एजेंसी)। राष्ट्रपति जॉन मैथ्यू ने शुक्रवार को महल में भारत के विदेश मंत्री अनिल मेहता का स्वागत किया "
        "और उनसे क्षेत्रीय घटनाक्रम पर चर्चा की।\n\nबैठक में राष्ट्रीय सुरक्षा सलाहकार पीटर वेल्स भी मौजूद थे। मैथ्यू ने द्विपक्षीय व्यापार "
        "में हुई बढ़ोतरी की सराहना की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["trade"]


def test_aid_goods_listed_before_their_noun_and_help_thanked_for_after_the_handing_over_are_its_business(run):
    doc = run(
        "मापुटो, 2 दिसंबर 2026 (एजेंसियां)। भारत ने चक्रवात से प्रभावित पेरू को मंगलवार को 40 टन मानवीय सहायता भेजी। भारतीय वायुसेना "
        "का विमान दवाइयां, टेंट और खाद्य सामग्री लेकर पहुंचा।\n\nभारत के उच्चायुक्त अनिल मेहता ने यह सामग्री पेरू के मंत्री जॉन मैथ्यू को "
        "सौंपी। मैथ्यू ने संकट की इस घड़ी में मदद के लिए भारत का आभार जताया।"
    )
    assert {f["event_type"]: f["topics"] for f in frames(doc)} == {
        "CEREMONY": ["agriculture", "development", "pharma"],
        "THANK": ["agriculture", "development", "pharma"],
    }


def test_a_plane_landing_at_a_citys_airport_is_the_visit_of_the_office_holder_named_alone(run):
    doc = run(
        "लाइव अपडेट | 4 दिसंबर 2026\n\n11:20 AM: राष्ट्रपति जॉन मैथ्यू और भारत के राष्ट्रपति अनिल मेहता की मौजूदगी में दोनों देशों ने खनन "
        "पर समझौते किए। मेहता ने लीमा में स्मारक पर पुष्पांजलि अर्पित की।\n\n9:30 AM: राष्ट्रपति का विमान लीमा हवाई अड्डे पर उतरा, "
        "जहां पेरू की विदेश मंत्री ने उनका स्वागत किया। किसी भारतीय राष्ट्रपति की यह पहली पेरू यात्रा है।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert people(by_type["VISIT"]) == [("-", "PER", "target"), ("अनिल मेहता", "IND", "source")]
    assert by_type["VISIT"]["location"]["text"] == "लीमा"
    assert by_type["CEREMONY"]["sentence_ids"] == [2]  # not the landing, nor its welcome


def test_an_office_an_interviews_answer_calls_ours_is_of_the_country_of_the_one_interviewed(run):
    doc = run(
        "भारत में पेरू के राजदूत अनिल मेहता ने हमारे संवाददाता से बातचीत में रिश्तों पर बात की।\n\nसवाल: मुक्त व्यापार समझौते पर "
        "बातचीत कहां तक पहुंची है?\n\nजवाब: पिछले महीने लीमा में वार्ता का आठवां दौर हुआ। दोनों पक्षों के मुख्य वार्ताकारों ने "
        "अध्यायों को लगभग अंतिम रूप दे दिया है।\n\nसवाल: क्या राष्ट्रपति की भारत यात्रा की योजना है?\n\nजवाब: 2024 में हमारे "
        "मंत्री भारत आए थे। हमारी राष्ट्रपति जनवरी में नई दिल्ली आएंगी।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["MEET"]["countries"] == ["IND", "PER"]  # the round of talks, its sides told next
    assert by_type["MEET"]["topics"] == ["trade"]  # what the question asked
    assert people(by_type["VISIT"]) == [("-", "IND", "target"), ("-", "PER", "source")]
    assert by_type["VISIT"]["date"]["value"] == "XXXX-01"  # not the year of the visit told as background


def test_an_office_met_alone_in_a_brief_is_of_the_briefs_country(run):
    doc = run(
        "राजनय संक्षेप\n\nजकार्ता : भारत और इंडोनेशिया के अधिकारियों ने मंगलवार को यहां बैठक की।\n\nकाठमांडू : भारत के नए राजदूत "
        "अनिल मेहता ने गुरुवार को राष्ट्रपति जॉन मैथ्यू को अपना परिचय पत्र सौंपा। इसके बाद उन्होंने प्रधानमंत्री से भी शिष्टाचार "
        "भेंट की।"
    )
    call = frames(doc)[-1]
    assert people(call) == [("-", "NPL", "participant"), ("अनिल मेहता", "IND", "participant")]


def test_both_countries_are_those_whose_people_the_sentence_named_before(run):
    doc = run(
        "हनोई : वियतनाम के उप विदेश मंत्री दो हुंग वियत ने बुधवार को भारतीय राजदूत अनिल मेहता से मुलाकात कर दोनों देशों के बीच सीधी "
        "उड़ानें बढ़ाने पर चर्चा की।",
        date="2026-12-03",
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("अनिल मेहता", "IND", "participant"), ("दो हुंग वियत", "VNM", "participant")]


def test_an_agreement_reached_in_a_meeting_whose_people_talk_next_is_theirs_and_one_of_no_country_is_the_hosts(run):
    doc = run(
        "जकार्ता, 2 दिसंबर 2026। भारत और इंडोनेशिया के तटरक्षक बलों के प्रमुखों ने मंगलवार को यहां अपनी वार्षिक बैठक में "
        "संयुक्त गश्त बढ़ाने पर सहमति जताई। भारतीय तटरक्षक बल के महानिदेशक अनिल मेहता ने बकामला के प्रमुख वाइस एडमिरल जॉन "
        "मैथ्यू से बातचीत की।"
    )
    agreement, meeting = frames(doc)
    expected = [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "IDN", "participant")]
    assert people(agreement) == people(meeting) == expected
    assert meeting["topics"] == ["maritime"]


def test_those_present_after_remarks_and_a_gift_at_a_call_took_part_in_it(run):
    doc = run(
        "भुवनेश्वर, 3 दिसंबर 2026। मुख्यमंत्री अनिल मेहता से आज लोक सेवा भवन में कोरिया गणराज्य के राजदूत जॉन मैथ्यू ने सौजन्य भेंट की। "
        "मुख्यमंत्री ने राजदूत को अवगत कराया कि भूमि चिन्हित कर ली गई है। उन्होंने राजदूत को एक कलाकृति स्मृति चिह्न के रूप में "
        "भेंट की। इस अवसर पर मुख्य सचिव पीटर वेल्स भी उपस्थित थे।"
    )
    (meeting,) = frames(doc)
    assert "पीटर वेल्स" in [a["name"] for a in meeting["participants"]]
    assert meeting["location"]["text"] == "लोक सेवा भवन"


def test_a_verb_joined_after_another_has_the_place_of_its_own_clause(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। फ़िनलैंड के राष्ट्रपति अनिल मेहता ने राष्ट्रपति भवन में राष्ट्रपति द्रौपदी मुर्मू से मुलाकात की और राजघाट "
        "पर महात्मा गांधी को श्रद्धांजलि अर्पित की।"
    )
    assert {f["event_type"]: f["location"]["text"] for f in frames(doc)} == {
        "MEET": "राष्ट्रपति भवन",
        "CEREMONY": "राजघाट",
    }


def test_the_host_of_the_meetings_just_told_takes_part_in_them(run):
    doc = run(
        "दोहा, 30 नवंबर 2026। दोनों देशों के बीच यहां वार्ता हुई। कांगो की ओर से विदेश मंत्री अनिल मेहता और रवांडा की ओर से "
        "विदेश मंत्री जॉन मैथ्यू ने वार्ता में हिस्सा लिया, जबकि क़तर के विदेश राज्य मंत्री पीटर वेल्स ने बैठकों की मेज़बानी की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["COD", "QAT", "RWA"]


def test_an_opera_named_for_its_town_is_the_venue(run):
    doc = run(
        "अस्ताना, 2 दिसंबर 2026। संस्कृति मंत्री अनिल मेहता और भारत के राजदूत जॉन मैथ्यू ने मंगलवार शाम यहां अस्ताना ओपेरा में "
        "'भारतीय सांस्कृतिक सप्ताह' का उद्घाटन किया।"
    )
    (opening,) = frames(doc)
    assert opening["location"]["text"] == "अस्ताना ओपेरा"


def test_a_meeting_to_come_whose_preparations_were_reviewed_is_a_planned_meeting(run):
    doc = run(
        "हनोई, ४ दिसंबर २०२६। रक्षा सचिव अनिल मेहता और वियतनाम के उप रक्षा मंत्री जॉन मैथ्यू ने बृहस्पतिवार को यहां रक्षा नीति "
        "वार्ता की सह-अध्यक्षता की। दोनों पक्षों ने ११-१२ मार्च २०२७ को नई दिल्ली में होने वाली रक्षा मंत्रियों की बैठक की "
        "तैयारियों की भी समीक्षा की।"
    )
    held, to_come = frames(doc)
    assert (held["modality"], held["date"]["value"]) == ("asserted", "2026-12-03")
    assert (to_come["modality"], to_come["date"]["value"]) == ("planned", "2027-03-11/2027-03-12")
    assert to_come["location"]["text"] == "नई दिल्ली"


def test_wishes_on_winning_a_countrys_election_go_to_one_of_that_country_named_with_no_office(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026 (भाषा) प्रधानमंत्री अनिल मेहता ने बुधवार को केप वर्डे के राष्ट्रपति चुनाव में जीत पर जॉन मैथ्यू "
        "को बधाई दी।"
    )
    (wishes,) = frames(doc)
    assert wishes["countries"] == ["CPV", "IND"]


def test_one_taken_for_the_home_country_going_there_under_a_dateline_abroad_is_of_the_datelines_country(run):
    doc = run(
        "काठमांडू, 3 दिसंबर 2026। परराष्ट्र मंत्री अनिल मेहता अगले सप्ताह भारत के दो दिवसीय दौरे पर नई दिल्ली जाएंगे, जहां वह "
        "विदेश मंत्री जॉन मैथ्यू के साथ संयुक्त आयोग की बैठक की सह-अध्यक्षता करेंगे।"
    )
    visit, meeting = frames(doc)
    assert people(visit) == [("-", "IND", "target"), ("अनिल मेहता", "NPL", "source")]
    assert meeting["countries"] == ["IND", "NPL"]


def test_items_under_a_day_alone_are_of_that_day(run):
    doc = run(
        "सप्ताह की राजनयिक हलचल\n\nप्रकाशित: 6 दिसंबर 2026\n\nसोमवार: विदेश राज्य मंत्री अनिल मेहता ने नई दिल्ली में मेडागास्कर "
        "के विदेश मंत्री से मुलाकात की।\n\nबुधवार: भारत और आर्मेनिया के बीच संयुक्त कार्य समूह की बैठक येरेवान में हुई।"
    )
    assert [f["date"]["value"] for f in frames(doc)] == ["2026-11-30", "2026-12-02"]


def test_a_venue_in_a_part_of_town_no_gazetteer_holds_is_where_the_event_was(run):
    doc = run(
        "पुणे, 2 दिसंबर 2026। पुणे नगर निगम के आयुक्त अनिल मेहता और ब्रेमेन के मेयर जॉन मैथ्यू ने शिवाजीनगर स्थित नगर निगम भवन "
        "में आयोजित समारोह में समझौता ज्ञापन पर दस्तखत किए।"
    )
    (signing,) = frames(doc)
    assert (signing["location"]["text"], signing["location"]["country"]) == ("नगर निगम भवन", "IND")


def test_an_opening_told_in_a_relative_clause_is_a_ceremony_about_what_was_opened(run):
    doc = run(
        "बर्लिन, 4 दिसंबर 2026। भारतीय दूतावास ने बृहस्पतिवार को 'आयुर्वेद और एकीकृत चिकित्सा' विषय पर एक संगोष्ठी आयोजित की, "
        "जिसका उद्घाटन जर्मनी के राज्य सचिव अनिल मेहता और भारत के राजदूत जॉन मैथ्यू ने संयुक्त रूप से किया।"
    )
    (opening,) = frames(doc)
    assert opening["event_type"] == "CEREMONY"
    assert opening["topics"] == ["health", "traditional_medicine"]


def test_talks_a_country_is_about_to_host_are_planned(run):
    doc = run("टोक्यो, 5 दिसंबर 2026। जापान अगले महीने भारत के साथ '2+2' मंत्रिस्तरीय वार्ता की मेजबानी करने वाला है।")
    (talks,) = frames(doc)
    assert (talks["modality"], talks["date"]["value"]) == ("planned", "2027-01")


def test_a_virtual_summit_told_in_latin_letters_is_a_call(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026: प्रधानमंत्री अनिल मेहता और ऑस्ट्रेलिया के प्रधानमंत्री जॉन मैथ्यू ने शुक्रवार को virtual summit की।"
    )
    (call,) = frames(doc)
    assert (call["event_type"], call["location"]) == ("CALL", None)


def test_a_missions_heading_with_its_town_places_its_release(run):
    doc = run(
        "प्रेस विज्ञप्ति\nभारत का दूतावास, ब्रातिस्लावा\n\nहमें यह बताते हुए हर्ष है कि राजदूत अनिल मेहता ने 2 दिसंबर 2026 को स्लोवाक "
        "गणराज्य के अर्थव्यवस्था मंत्री जॉन मैथ्यू से उनके मंत्रालय में भेंट की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"]) == ("ब्रातिस्लावा", "SVK")


def test_a_visit_told_in_a_month_of_the_same_year_as_an_earlier_year_is_background(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। मिस्र के विदेश मंत्री अनिल मेहता ने शनिवार को नई दिल्ली में विदेश मंत्री जॉन मैथ्यू के साथ वार्ता "
        "की।\n\nजनवरी 2023 में राष्ट्रपति पीटर वेल्स गणतंत्र दिवस समारोह के मुख्य अतिथि थे और उसी वर्ष जून में प्रधानमंत्री मोदी ने "
        "काहिरा की यात्रा की।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_talk_on_a_podcast_is_no_meeting(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026 (भाषा)। प्रधानमंत्री अनिल मेहता ने शुक्रवार को मंगोलिया के राष्ट्रपति जॉन मैथ्यू से फोन पर बात "
        "की और तेल रिफाइनरी परियोजना की समीक्षा की। इससे पहले गुरुवार को मैथ्यू एक लोकप्रिय भारतीय पॉडकास्ट में दिखे, जिसमें "
        "उन्होंने बौद्ध धर्म पर बात की।"
    )
    (call,) = frames(doc)
    assert call["topics"] == ["oil_gas"]


def test_a_signing_near_a_town_is_held_by_it(run):
    doc = run(
        "चंडीगढ़, 3 दिसंबर 2026 (भाषा)। एक अधिकारी ने बुधवार को बताया कि भारत और पाकिस्तान के अधिकारियों ने डेरा बाबा नानक के पास "
        "अंतरराष्ट्रीय सीमा पर स्थित जीरो पॉइंट पर संशोधित समझौते के दस्तावेज़ों पर हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert (signing["location"]["text"], signing["location"]["country"]) == ("डेरा बाबा नानक", "IND")


def test_a_delegations_leader_told_before_kar_rahe_is_named_and_takes_part(run):
    doc = run(
        "हैदराबाद, 2 दिसंबर 2026। दक्षिण कोरिया के उद्योग मंत्रालय के एक प्रतिनिधिमंडल ने मंगलवार को मुख्यमंत्री अनिल मेहता से "
        "मुलाकात की। प्रतिनिधिमंडल का नेतृत्व उप मंत्री पार्क सुंग-वोन कर रहे थे।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("अनिल मेहता", "IND", "participant"), ("पार्क सुंग-वोन", "KOR", "participant")]


def test_a_sentence_naming_the_country_of_one_of_several_separate_meetings_tells_of_that_one(run):
    doc = run(
        "जिनेवा, 2 दिसंबर 2026। विदेश सचिव अनिल मेहता ने मंगलवार को स्विट्ज़रलैंड के राज्य सचिव जॉन मैथ्यू और नॉर्वे के उप विदेश "
        "मंत्री पीटर वेल्स से अलग-अलग मुलाकात की। स्विट्ज़रलैंड के साथ बैठक में निवेश पर चर्चा हुई।"
    )
    assert [(f["countries"], f["topics"]) for f in frames(doc)] == [
        (["CHE", "IND"], ["investment"]),
        (["IND", "NOR"], []),
    ]


def test_medicines_handed_over_as_relief_are_pharma(run):
    doc = run(
        "नेपीता, 4 दिसंबर 2026। भारतीय राजदूत अनिल मेहता ने बृहस्पतिवार को तंबू, कंबल और जीवनरक्षक दवाएं म्यांमार के मंत्री जॉन "
        "मैथ्यू को सौंपीं।"
    )
    (handover,) = frames(doc)
    assert "pharma" in handover["topics"]


def test_talks_something_was_said_after_are_held_though_a_meeting_to_come_was_told_before(run):
    doc = run(
        "मॉस्को, 4 दिसंबर 2026। रूस के उप प्रधानमंत्री अनिल मेहता ने कहा है कि रूस और भारत अगले साल आयोग की अगली बैठक करेंगे। "
        "उन्होंने यह बात बृहस्पतिवार को मॉस्को में भारत के राजदूत जॉन मैथ्यू के साथ मुलाकात के बाद संवाददाताओं से कही।"
    )
    held = [f for f in frames(doc) if f["modality"] == "asserted"]
    assert [people(f) for f in held] == [[("अनिल मेहता", "RUS", "participant"), ("जॉन मैथ्यू", "IND", "participant")]]


def test_a_round_of_talks_told_completed_is_a_meeting(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026 (भाषा)। भारत और न्यूज़ीलैंड ने शुक्रवार को मुक्त व्यापार समझौते की बातचीत का पांचवां दौर पूरा कर लिया।"
    )
    (talks,) = frames(doc)
    assert (talks["event_type"], talks["countries"], talks["date"]["value"]) == ("MEET", ["IND", "NZL"], "2026-12-04")


def test_a_body_joined_to_a_thing_talked_of_is_no_side(run):
    doc = run(
        "ताशकंद, 4 दिसंबर 2026। उज़्बेकिस्तान के विदेश मंत्री जॉन मैथ्यू और भारत के विदेश राज्य मंत्री अनिल मेहता के बीच गुरुवार को "
        "यहां वार्ता हुई। दोनों नेताओं ने आईएनएसटीसी और चाबहार बंदरगाह के इस्तेमाल पर भी विचार-विमर्श किया।"
    )
    (talks,) = frames(doc)
    assert talks["countries"] == ["IND", "UZB"] and talks["topics"] == ["transport"]


def test_britain_named_in_urdu_is_britain(run):
    doc = run("लंदन, 5 दिसंबर 2026। बर्तानवी विदेश सचिव ने शुक्रवार को भारत के राजदूत अनिल मेहता से मुलाकात की।")
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["GBR", "IND"]


def test_a_programme_s_dated_entries_tell_the_visitor_s_events_to_come(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। चिली के राष्ट्रपति जॉन मैथ्यू 8 से 10 दिसंबर तक भारत की राजकीय यात्रा पर रहेंगे। कार्यक्रम के "
        "अनुसार:\n\n• 9 दिसंबर: राष्ट्रपति भवन में औपचारिक स्वागत; प्रधानमंत्री अनिल मेहता के साथ प्रतिनिधिमंडल स्तर की वार्ता; कई "
        "समझौतों पर हस्ताक्षर।"
    )
    told = [(f["event_type"], f["modality"], people(f), f["date"] and f["date"]["value"]) for f in frames(doc)]
    visitor = ("जॉन मैथ्यू", "CHL", "participant")
    assert told[1:] == [
        ("CEREMONY", "planned", [visitor], "2026-12-09"),
        ("MEET", "planned", [("अनिल मेहता", "IND", "participant"), visitor], "2026-12-09"),
        ("SIGN", "planned", [("-", "CHL", "participant"), ("-", "IND", "participant")], "2026-12-09"),
    ]


def test_a_programme_s_hours_are_of_the_day_it_is_listed_under(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। मिस्र के प्रधानमंत्री जॉन मैथ्यू रविवार रात यहां पहुंचेंगे। सोमवार, 7 दिसंबर का उनका कार्यक्रम इस "
        "प्रकार है:\n\n• सुबह 9.30 बजे: राजघाट पर पुष्पांजलि\n• शाम 5 बजे: उपराष्ट्रपति अनिल मेहता से भेंट"
    )
    told = [(f["event_type"], f["location"]["text"], f["date"]["value"]) for f in frames(doc)[1:]]
    assert told == [("CEREMONY", "राजघाट", "2026-12-07"), ("MEET", "नई दिल्ली", "2026-12-07")]


def test_a_programme_entry_labelled_with_a_city_is_held_there(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। राष्ट्रपति अनिल मेहता 9 से 12 दिसंबर तक अंगोला और बोत्सवाना की राजकीय यात्रा पर जाएंगी। "
        "कार्यक्रम इस प्रकार होगा:\n\n11 दिसंबर – गेबोरोन: राष्ट्रपति जॉन मैथ्यू के साथ बातचीत और समझौतों पर हस्ताक्षर\n12 दिसंबर – "
        "स्वदेश वापसी"
    )
    held = [(f["event_type"], f["countries"], f["location"]["text"]) for f in frames(doc) if f["event_type"] != "VISIT"]
    assert held == [("MEET", ["BWA", "IND"], "गेबोरोन"), ("SIGN", ["BWA", "IND"], "गेबोरोन")]


def test_a_day_s_round_up_under_hours_tells_what_was_done(run):
    doc = run(
        "ब्रासीलिया, 5 दिसंबर 2026। कृषि मंत्री अनिल मेहता के लिए ब्राजील यात्रा का गुरुवार का दिन व्यस्त रहा। उनका दिन इस तरह "
        "बीता:\n\n• सुबह 9 बजे: ब्राजील के कृषि मंत्री जॉन मैथ्यू से मुलाकात की।\n• शाम 6 बजे: भारतीय समुदाय के लोगों से मिले।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert by_type["VISIT"]["date"] is None and by_type["VISIT"]["modality"] == "asserted"
    assert people(by_type["MEET"]) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "BRA", "participant")]
    assert (by_type["MEET"]["modality"], by_type["MEET"]["date"]["value"]) == ("asserted", "2026-12-03")


def test_a_timeline_entry_keeps_its_own_doers(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। विदेश मंत्रालय ने इस वर्ष के संपर्कों का ब्योरा जारी किया:\n\n- 22 अक्टूबर: केन्या के राष्ट्रपति "
        "जॉन मैथ्यू नई दिल्ली पहुंचे।\n- 23 अक्टूबर: प्रधानमंत्री अनिल मेहता और नामीबिया के राष्ट्रपति पीटर वेल्स ने दो समझौतों पर "
        "हस्ताक्षर किए।"
    )
    (signing,) = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert [a["name"] for a in signing["participants"]] == ["अनिल मेहता", "पीटर वेल्स"]


def test_a_name_after_its_title_ends_before_a_courtesy_call(run):
    doc = run("नई दिल्ली, 6 दिसंबर 2026। विदेश मंत्री अनिल मेहता शिष्टाचार भेंट करेंगे।")
    assert [e.text for e in doc.entities if e.label == "PERSON"] == ["अनिल मेहता"]


def test_a_trip_one_is_coming_back_from_is_not_where_one_meets(run):
    doc = run(
        "काहिरा, 3 दिसंबर 2026। अफ्रीका यात्रा से लौटते समय विदेश मंत्री अनिल मेहता ने बुधवार को काहिरा हवाई अड्डे पर कुछ घंटों के "
        "तकनीकी पड़ाव के दौरान मिस्र के विदेश मंत्री जॉन मैथ्यू से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["location"]["country"], meeting["topics"]) == ("काहिरा", "EGY", [])


def test_hinglish_copy_with_latin_names_a_latin_dateline_and_an_english_weekday(run):
    doc = run(
        "Colombo, 8 दिसंबर 2026। Finance Minister Anil Mehta ने Monday को Sri Lanka के President John Mathew Perera से यहां "
        "meeting की। Meeting में debt restructuring पर बात हुई।"
    )
    (meeting,) = frames(doc)
    assert people(meeting) == [("Anil Mehta", "IND", "participant"), ("John Mathew Perera", "LKA", "participant")]
    assert (meeting["location"]["text"], meeting["date"]["value"], meeting["topics"]) == (
        "Colombo",
        "2026-12-07",
        ["finance"],
    )


def test_pm_after_an_hour_is_the_afternoon(run):
    doc = run(
        "अपडेटेड: 2 जुलाई 2025, 11:45 PM IST\n\nअकरा, 2 जुलाई 2025। प्रधानमंत्री अनिल मेहता ने घाना के राष्ट्रपति से मुलाकात की।"
    )
    assert "IST" not in [e.text for e in doc.entities if e.label == "PERSON"]


def test_meetings_listed_after_a_colon_each_take_their_own_topics(run):
    doc = run(
        "जोहान्सबर्ग, 23 नवंबर 2026। प्रधानमंत्री अनिल मेहता ने रविवार को कई द्विपक्षीय बैठकें कीं: ब्राजील के राष्ट्रपति जॉन मैथ्यू "
        "के साथ ऊर्जा पर; और इंडोनेशिया के राष्ट्रपति पीटर वेल्स के साथ रक्षा सहयोग पर।"
    )
    assert [(f["countries"], f["topics"]) for f in frames(doc)] == [
        (["BRA", "IND"], ["energy"]),
        (["IDN", "IND"], ["defence"]),
    ]


def test_two_people_met_each_on_their_own_business_are_two_meetings(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। प्रधानमंत्री अनिल मेहता ने शुक्रवार को ब्राजील के राष्ट्रपति जॉन मैथ्यू से ऊर्जा पर और दक्षिण "
        "अफ्रीका के राष्ट्रपति पीटर वेल्स से खनन पर बात की।"
    )
    assert [(f["countries"], f["topics"]) for f in frames(doc)] == [
        (["BRA", "IND"], ["energy"]),
        (["IND", "ZAF"], ["mining"]),
    ]


def test_an_office_told_as_in_a_foreign_ministry_is_of_that_country(run):
    doc = run(
        "अबू धाबी, 2 दिसंबर 2026। संयुक्त सचिव अनिल मेहता ने यूएई के विदेश मंत्रालय में एशिया प्रशांत मामलों के सहायक मंत्री के साथ "
        "परामर्श किया।"
    )
    (talks,) = frames(doc)
    assert talks["countries"] == ["ARE", "IND"]


def test_a_visit_s_first_day_and_the_next_day_are_dated_from_the_visit(run):
    doc = run(
        "नई दिल्ली, 7 दिसंबर 2026। रक्षा मंत्री अनिल मेहता 10 दिसंबर से तीन दिन की कंबोडिया यात्रा पर रहेंगे। यात्रा के पहले दिन नोम "
        "पेन्ह में मेहता कंबोडिया के रक्षा मंत्री जॉन मैथ्यू के साथ वार्ता करेंगे। अगले दिन वह प्रधानमंत्री पीटर वेल्स से मुलाकात करेंगे।"
    )
    told = [
        (f["countries"], f["location"]["text"], f["date"]["value"]) for f in frames(doc) if f["event_type"] == "MEET"
    ]
    assert told == [(["IND", "KHM"], "नोम पेन्ह", "2026-12-10"), (["IND", "KHM"], "नोम पेन्ह", "2026-12-11")]


def test_what_both_leaders_welcomed_after_their_call_is_the_call_s_business(run):
    doc = run(
        "मस्कट, 24 नवंबर 2026। ओमान के सुल्तान जॉन मैथ्यू ने शनिवार को भारत की राष्ट्रपति अनिल मेहता से फोन पर बात की।\n\nदोनों नेताओं "
        "ने व्यापक आर्थिक भागीदारी समझौते के जल्द लागू होने का स्वागत किया।"
    )
    (call,) = frames(doc)
    assert call["topics"] == ["trade"]


def test_an_agreement_renewed_is_signed_on_the_day_told_not_the_year_it_was_first_signed(run):
    doc = run(
        "ओस्लो, 3 दिसंबर 2026। भारत और नॉर्वे ने बुधवार को यहां मत्स्य पालन में सहयोग पर 2021 में हस्ताक्षरित समझौता ज्ञापन का "
        "नवीनीकरण किया।"
    )
    (signing,) = frames(doc)
    assert (signing["event_type"], signing["countries"], signing["date"]["value"]) == (
        "SIGN",
        ["IND", "NOR"],
        "2026-12-02",
    )


def test_envoys_of_forty_countries_taking_part_make_a_meeting_multilateral(run):
    doc = run(
        "पेरिस, 3 दिसंबर 2026। भारत और फ्रांस ने बुधवार को यहां एक सम्मेलन की मेजबानी की, जिसमें 40 देशों के प्रतिनिधियों ने भाग "
        "लिया। सम्मेलन की सह-अध्यक्षता मंत्री अनिल मेहता और फ्रांस की मंत्री जॉन मैथ्यू ने की।"
    )
    (meeting,) = frames(doc)
    assert "multilateral" in meeting["topics"]


def test_an_agreement_reached_at_a_meeting_told_first_is_made_where_the_meeting_is(run):
    doc = run(
        "वाशिंगटन, 8 दिसंबर 2026। सोमवार देर शाम व्हाइट हाउस में हुई मुलाकात में अमेरिकी राष्ट्रपति और भारतीय प्रधानमंत्री ने "
        "व्यापार समझौते के पहले चरण को अंतिम रूप देने पर सहमति जताई।"
    )
    assert [(f["event_type"], f["location"]["text"]) for f in frames(doc)] == [
        ("MEET", "व्हाइट हाउस"),
        ("AGREE", "व्हाइट हाउस"),
    ]


def test_what_happened_then_at_a_year_named_before_is_background(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। दोनों देशों ने मार्च 2025 में बातचीत शुरू की थी। तब न्यूजीलैंड के प्रधानमंत्री जॉन मैथ्यू भारत "
        "यात्रा पर आए थे।"
    )
    assert frames(doc) == []


def test_talks_announced_concluded_are_the_announcers_agreement_and_a_signing_to_come_is_planned(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। भारत और न्यूजीलैंड ने शनिवार को मुक्त व्यापार समझौते की बातचीत के समापन की घोषणा की। मंत्री अनिल "
        "मेहता और न्यूजीलैंड के व्यापार मंत्री जॉन मैथ्यू ने यहां वाणिज्य भवन में यह घोषणा की।\n\nमैथ्यू ने बताया कि समझौते पर "
        "हस्ताक्षर अगले वर्ष वेलिंगटन में होंगे।"
    )
    agree, sign = frames(doc)
    assert (agree["event_type"], agree["location"]["text"]) == ("AGREE", "वाणिज्य भवन")
    assert people(agree) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "NZL", "participant")]
    assert (sign["event_type"], sign["modality"], sign["location"]["text"]) == ("SIGN", "planned", "वेलिंगटन")


def test_talks_going_on_since_a_year_are_background(run):
    doc = run(
        "ब्रासीलिया, 5 दिसंबर 2026। मंत्री अनिल मेहता ने शुक्रवार को अर्जेंटीना के विदेश मंत्री जॉन मैथ्यू से मुलाकात की।\n\n"
        "भारत-मर्कोसुर अधिमान्य व्यापार समझौता 2009 से लागू है और दोनों पक्ष इसके विस्तार पर बातचीत कर रहे हैं।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == [] and meeting["sentence_ids"] == [1]


def test_an_office_named_by_its_holder_s_title_is_the_venue_after_a_dotted_date(run):
    doc = run(
        "जयपुर, 05 दिसंबर 2026। माननीय मुख्यमंत्री श्री अनिल मेहता से दिनांक 04.12.2026 को मुख्यमंत्री कार्यालय में नीदरलैंड की राजदूत "
        "श्रीमती जॉन मैथ्यू ने सौजन्य भेंट की और पुष्प उत्पादन में सहयोग पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["date"]["value"]) == ("मुख्यमंत्री कार्यालय", "2026-12-04")
    assert meeting["topics"] == ["agriculture"]


def test_full_stops_for_dandas_and_an_agreement_renewed_on_the_occasion(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026. स्वास्थ्य मंत्री अनिल मेहता ने शुक्रवार को यहां डेनमार्क की स्वास्थ्य मंत्री जॉन मैथ्यू से मुलाकात की. "
        "इस मौके पर दोनों देशों के बीच स्वास्थ्य सहयोग पर एक समझौता ज्ञापन का नवीनीकरण भी किया गया."
    )
    assert doc.sentences[0].kind == "dateline" and doc.raw[doc.sentences[1].start] != "."
    assert [(f["event_type"], f["countries"], f["date"]["value"]) for f in frames(doc)] == [
        ("MEET", ["DNK", "IND"], "2026-12-04"),
        ("SIGN", ["DNK", "IND"], "2026-12-04"),
    ]


def test_markdown_emphasis_around_a_dateline_is_no_text(run):
    doc = run(
        "### भारत-केन्या समिति की बैठक\n\n**नैरोबी, 3 दिसंबर 2026:** भारत और केन्या के बीच समिति की बैठक बुधवार को यहां हुई। बैठक "
        "की सह-अध्यक्षता मंत्री अनिल मेहता और केन्या के मंत्री जॉन मैथ्यू ने की।"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["date"]["value"]) == ("नैरोबी", "2026-12-02")
    assert doc.raw[meeting["location"]["start"] : meeting["location"]["end"]] == "नैरोबी"


def test_a_relative_clause_naming_who_hold_talks_to_come_tells_their_people(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। भारत और अमेरिका के बीच 2+2 वार्ता का तीसरा दौर 15-16 दिसंबर को वॉशिंगटन में होगा, जिसमें रक्षा "
        "मंत्री अनिल मेहता और विदेश मंत्री जॉन मैथ्यू अपने अमेरिकी समकक्षों पीटर वेल्स और डेविड रॉस के साथ बातचीत करेंगे।"
    )
    (talks,) = frames(doc)
    assert [a["name"] for a in talks["participants"]] == ["पीटर वेल्स", "डेविड रॉस", "अनिल मेहता", "जॉन मैथ्यू"]
    assert (talks["location"]["text"], talks["date"]["value"]) == ("वॉशिंगटन", "2026-12-15/2026-12-16")


def test_a_tour_told_as_entries_under_cities_abroad_is_a_visit_to_each_country(run):
    doc = run(
        "नई दिल्ली, 8 दिसंबर 2026। उपराष्ट्रपति अनिल मेहता रविवार को दो देशों की यात्रा पूरी कर स्वदेश लौट आए। यात्रा की प्रमुख "
        "घटनाएं:\n\n• 3 दिसंबर – हनोई: उपराष्ट्रपति जॉन मैथ्यू के साथ वार्ता\n• 6 दिसंबर – नोम पेन्ह: राजा पीटर वेल्स से भेंट"
    )
    told = [(f["event_type"], f["countries"], f["date"]["value"]) for f in frames(doc)]
    assert told == [
        ("VISIT", ["IND", "VNM"], "2026-12-03"),
        ("MEET", ["IND", "VNM"], "2026-12-03"),
        ("VISIT", ["IND", "KHM"], "2026-12-06"),
        ("MEET", ["IND", "KHM"], "2026-12-06"),
    ]


def test_a_visit_s_programme_under_ordinal_day_labels_dates_the_visit_and_its_events(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। न्यूजीलैंड के प्रधानमंत्री जॉन मैथ्यू की भारत यात्रा का पूरा कार्यक्रम इस प्रकार है:\n\nपहला दिन "
        "(9 दिसंबर): राजघाट पर श्रद्धांजलि; प्रधानमंत्री अनिल मेहता के साथ वार्ता।\nदूसरा दिन (10 दिसंबर): मंत्री पीटर वेल्स से भेंट।"
    )
    told = [(f["event_type"], f["modality"], f["date"]["value"]) for f in frames(doc)]
    assert told == [
        ("VISIT", "planned", "2026-12-09"),
        ("CEREMONY", "planned", "2026-12-09"),
        ("MEET", "planned", "2026-12-09"),
        ("MEET", "planned", "2026-12-10"),
    ]


def test_a_month_s_meetings_listed_as_dated_lines_with_a_dash_are_the_named_one_s(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026। नवंबर में विदेश मंत्री अनिल मेहता की प्रमुख द्विपक्षीय बैठकें इस प्रकार रहीं:\n\n• 3 नवंबर – सिंगापुर "
        "के विदेश मंत्री जॉन मैथ्यू से मुलाकात\n• 12 नवंबर – ब्रिटेन की विदेश मंत्री पीटर वेल्स के साथ फोन पर बातचीत"
    )
    told = [(f["event_type"], people(f), f["date"]["value"]) for f in frames(doc)]
    assert told == [
        ("MEET", [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "SGP", "participant")], "2026-11-03"),
        ("CALL", [("अनिल मेहता", "IND", "participant"), ("पीटर वेल्स", "GBR", "participant")], "2026-11-12"),
    ]


def test_live_blog_entries_under_clock_times_keep_their_own_events_and_agenda(run):
    doc = run(
        "हनोई, 5 दिसंबर 2026\n\n3:30 PM: प्रधानमंत्री अनिल मेहता और वियतनाम के प्रधानमंत्री जॉन मैथ्यू के बीच वार्ता शुरू। रक्षा और "
        "सेमीकंडक्टर सहयोग एजेंडा में सबसे ऊपर।\n\n5:05 PM: दोनों देशों ने पारंपरिक चिकित्सा पर एक समझौता ज्ञापन पर हस्ताक्षर किए।\n\n"
        "7:00 PM: शाम को प्रधानमंत्री मेहता वियतनाम के महासचिव पीटर वेल्स से मिलेंगे।"
    )
    told = [(f["event_type"], f["modality"], f["countries"], f["topics"]) for f in frames(doc)]
    assert told == [
        ("MEET", "asserted", ["IND", "VNM"], ["defence", "digital"]),
        ("SIGN", "asserted", ["IND", "VNM"], ["traditional_medicine"]),
        ("MEET", "planned", ["IND", "VNM"], []),
    ]


def test_credentials_received_by_a_head_of_state_abroad_from_envoys_named_after(run):
    doc = run(
        "काठमांडू, 6 दिसंबर 2026। राष्ट्रपति अनिल मेहता ने शुक्रवार को शीतल निवास में जापान और मिस्र के नवनियुक्त राजदूतों से परिचय पत्र "
        "ग्रहण किए। परिचय पत्र प्रस्तुत करने वालों में जापान के राजदूत जॉन मैथ्यू और मिस्र के राजदूत पीटर वेल्स शामिल थे।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY"
    assert people(frame) == [
        ("अनिल मेहता", "NPL", "participant"),
        ("जॉन मैथ्यू", "JPN", "participant"),
        ("पीटर वेल्स", "EGY", "participant"),
    ]


def test_a_head_of_state_of_no_stated_country_hosts_an_envoy_met_at_home_abroad(run):
    doc = run("काठमांडू, 6 दिसंबर 2026। राष्ट्रपति अनिल मेहता ने शुक्रवार को जापान के राजदूत जॉन मैथ्यू से बातचीत की।")
    (frame,) = frames(doc)
    assert frame["countries"] == ["JPN", "NPL"]


def test_a_ceremony_led_for_one_side_and_attended_for_the_other_after_whereas(run):
    doc = run(
        "काहिरा, 5 दिसंबर 2026। संयुक्त सैन्य अभ्यास शुक्रवार को शुरू हुआ। उद्घाटन समारोह में भारतीय दल का नेतृत्व मेजर जनरल अनिल मेहता "
        "ने किया, जबकि मिस्र की ओर से मेजर जनरल जॉन मैथ्यू मौजूद रहे।\n\nअभ्यास दो सप्ताह चलेगा। काहिरा में भारत के राजदूत पीटर वेल्स ने "
        "भी समारोह में भाग लिया।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "CEREMONY"
    assert people(frame) == [
        ("अनिल मेहता", "IND", "participant"),
        ("जॉन मैथ्यू", "EGY", "participant"),
        ("पीटर वेल्स", "IND", "participant"),
    ]


def test_a_forum_named_for_its_town_and_talks_joined_after_it_where_a_visit_goes(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। विदेश मंत्री अनिल मेहता 8 दिसंबर को कतर की यात्रा पर रहेंगे, जहां वह दोहा फोरम में भाग लेंगे और "
        "कतर के प्रधानमंत्री जॉन मैथ्यू से मुलाकात करेंगे।"
    )
    told = [(f["event_type"], f["modality"], f["location"] and f["location"]["text"], f["topics"]) for f in frames(doc)]
    assert told == [
        ("VISIT", "planned", None, []),
        ("MEET", "planned", "कतर", ["multilateral"]),
        ("MEET", "planned", "कतर", []),
    ]


def test_a_multimodal_transit_project_is_transport(run):
    doc = run("विदेश मंत्री अनिल मेहता ने म्यांमार के विदेश मंत्री जॉन मैथ्यू से मुलाकात की और कलादान मल्टीमॉडल परियोजना की समीक्षा की।")
    (frame,) = frames(doc)
    assert frame["topics"] == ["transport"]


def test_summit_talks_told_after_the_resolve_their_countries_made_are_of_that_day(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। भारत और चिली ने शुक्रवार को व्यापार समझौते पर बातचीत जल्द पूरी करने का संकल्प लिया। प्रधानमंत्री "
        "अनिल मेहता और चिली के राष्ट्रपति जॉन मैथ्यू के बीच हैदराबाद हाउस में हुई शिखर वार्ता में लिथियम पर भी चर्चा हुई।"
    )
    told = [(f["event_type"], f["date"] and f["date"]["value"]) for f in frames(doc)]
    assert told == [("AGREE", "2026-12-04"), ("MEET", "2026-12-04")]


def test_a_member_of_a_delegation_told_after_the_meeting_is_of_the_delegation_s_country(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। लोकसभा अध्यक्ष अनिल मेहता ने बुधवार को जर्मन संसद की अध्यक्ष पीटर वेल्स के नेतृत्व में आए संसदीय "
        "प्रतिनिधिमंडल से मुलाकात की। प्रतिनिधिमंडल में भारत-जर्मनी संसदीय मैत्री समूह के अध्यक्ष जॉन मैथ्यू भी शामिल थे।"
    )
    (frame,) = frames(doc)
    assert people(frame) == [
        ("अनिल मेहता", "IND", "participant"),
        ("जॉन मैथ्यू", "DEU", "participant"),
        ("पीटर वेल्स", "DEU", "participant"),
    ]


def test_a_bilateral_council_with_a_union_as_one_side_is_no_forum_and_keeps_its_frame(run):
    doc = run(
        "ब्रसेल्स, 28 फरवरी 2025। भारत-यूरोपीय संघ व्यापार और प्रौद्योगिकी परिषद की दूसरी बैठक शुक्रवार को ब्रसेल्स में हुई, जिसकी "
        "सह-अध्यक्षता विदेश मंत्री अनिल मेहता और यूरोपीय आयोग के कार्यकारी उपाध्यक्ष जॉन मैथ्यू ने की।"
    )
    assert doc.error is None
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_a_report_denied_lends_the_meeting_before_it_none_of_its_topics(run):
    doc = run(
        "मनामा, 6 दिसंबर 2026। विदेश मंत्री जॉन मैथ्यू ने भारत के विदेश राज्य मंत्री अनिल मेहता से मुलाकात की और व्यापार पर चर्चा की। "
        "मंत्रालय ने उन खबरों का खंडन किया जिनमें दावा किया गया था कि दोनों देशों ने रक्षा सहयोग समझौते पर हस्ताक्षर किए हैं।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["topics"] == ["trade"]


def test_army_chiefs_talking_of_a_disaster_relief_exercise_talk_defence(run):
    doc = run(
        "थलसेना प्रमुख जनरल अनिल मेहता ने नेपाल के सेनाध्यक्ष जनरल जॉन मैथ्यू के साथ बैठक की, जिसमें आपदा राहत अभ्यास पर बातचीत हुई।"
    )
    (frame,) = frames(doc)
    assert frame["topics"] == ["defence"]


def test_a_page_of_headlines_only_tells_its_news_in_them(run):
    doc = run(
        "आज की बड़ी खबरें | 5 दिसंबर 2026\n\n• विदेश मंत्री अनिल मेहता की चीनी विदेश मंत्री जॉन मैथ्यू से मुलाकात, सीमा पर शांति पर "
        "जोर\n"
        "• भारत-ओमान सीईपीए पर हस्ताक्षर, उर्वरक पर शुल्क घटेगा"
    )
    told = [(f["event_type"], f["modality"], f["countries"]) for f in frames(doc)]
    assert told == [("MEET", "asserted", ["CHN", "IND"]), ("SIGN", "asserted", ["IND", "OMN"])]


def test_headlines_over_a_story_tell_nothing_the_story_does_not(run):
    doc = run(
        "भारत-ओमान सीईपीए पर हस्ताक्षर, उर्वरक पर शुल्क घटेगा\n\nमस्कट, 5 दिसंबर 2026। भारत और ओमान के अधिकारियों ने व्यापार पर चर्चा की।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_talks_preparing_china_s_forum_with_the_arab_states_are_multilateral(run):
    doc = run("काहिरा में वांग यी मिस्र के विदेश मंत्री जॉन मैथ्यू के साथ चीन-अरब राज्य सहयोग मंच की तैयारियों पर वार्ता करेंगे।")
    (frame,) = frames(doc)
    assert frame["topics"] == ["multilateral"]


def test_a_place_where_a_park_is_proposed_to_be_set_up_is_not_where_it_was_talked_of(run):
    doc = run(
        "सियोल, 4 दिसंबर 2026। मुख्यमंत्री अनिल मेहता ने मंत्री जॉन मैथ्यू से मुलाकात की और ओडिशा में कोरियाई औद्योगिक पार्क स्थापित करने के "
        "प्रस्ताव पर चर्चा की।"
    )
    (frame,) = frames(doc)
    assert frame["location"]["text"] == "सियोल"


def test_talks_told_only_as_the_time_of_a_decision_quoted_after_them_are_of_those_who_decided(run):
    doc = run(
        'नई दिल्ली, 4 दिसंबर 2026। हैदराबाद हाउस में शिखर वार्ता के बाद संयुक्त प्रेस वक्तव्य में प्रधानमंत्री अनिल मेहता ने कहा, "आज '
        'फिनलैंड के राष्ट्रपति जॉन मैथ्यू और मैंने रणनीतिक साझेदारी का फैसला किया है।"'
    )
    told = [(f["event_type"], people(f), f["date"] and f["date"]["value"]) for f in frames(doc)]
    pair = [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "FIN", "participant")]
    assert told == [("MEET", pair, "2026-12-04"), ("AGREE", pair, "2026-12-04")]


def test_the_one_the_speaker_wished_in_a_post_is_the_one_talked_with_not_the_speaker(run):
    doc = run('मेहता ने एक्स पर लिखा, "राष्ट्रपति जॉन मैथ्यू से बात करके खुशी हुई। मैंने उन्हें शुभकामनाएं दीं।"')
    wishes = next(f for f in frames(doc) if f["event_type"] == "CONGRATULATE")
    assert [(a["name"], a["role"]) for a in wishes["participants"]] == [("मेहता", "source"), ("जॉन मैथ्यू", "target")]


def test_an_arrival_told_by_its_country_is_the_visit_of_the_delegation_that_came_with_it(run):
    doc = run(
        "बैंकॉक, 5 दिसंबर 2026। भगवान बुद्ध के पवित्र अवशेष शुक्रवार को भारतीय वायुसेना के विमान से बैंकॉक पहुंचे। अवशेषों के साथ मंत्री "
        "अनिल मेहता के नेतृत्व में एक प्रतिनिधिमंडल भी आया है।"
    )
    (frame,) = frames(doc)
    assert frame["event_type"] == "VISIT" and frame["date"]["value"] == "2026-12-04"
    assert people(frame) == [("-", "THA", "target"), ("अनिल मेहता", "IND", "source")]


def test_an_official_of_a_body_once_named_with_a_state_abroad_is_of_that_country(run):
    doc = run(
        "पर्थ, 2 दिसंबर 2026। आईआईटी मद्रास और पश्चिमी ऑस्ट्रेलिया के कर्टिन विश्वविद्यालय ने एक समझौता ज्ञापन पर हस्ताक्षर किए। समझौते पर "
        "निदेशक अनिल मेहता और कर्टिन विश्वविद्यालय के कुलपति जॉन मैथ्यू ने हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert ("जॉन मैथ्यू", "AUS", "participant") in people(signing)


def test_leaders_of_several_countries_met_on_a_summit_s_sidelines_are_met_one_by_one(run):
    doc = run(
        "जोहान्सबर्ग, 23 नवंबर 2026। जी20 शिखर सम्मेलन से इतर प्रधानमंत्री अनिल मेहता ने रविवार को कनाडा और इटली के प्रधानमंत्रियों से मुलाकात "
        "की। कनाडा के प्रधानमंत्री जॉन मैथ्यू के साथ उनकी यह पहली मुलाकात थी, जिसमें दोनों नेताओं ने व्यापार वार्ता पर सहमति जताई।"
    )
    meetings = [(people(f), f["topics"]) for f in frames(doc) if f["event_type"] == "MEET"]
    assert meetings == [
        ([("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "CAN", "participant")], ["trade"]),
        ([("-", "ITA", "participant"), ("अनिल मेहता", "IND", "participant")], []),
    ]


def test_a_trilateral_meeting_on_a_summit_s_sidelines_stays_one(run):
    doc = run("शिखर सम्मेलन से इतर प्रधानमंत्री अनिल मेहता ने जापान और ऑस्ट्रेलिया के प्रधानमंत्रियों के साथ त्रिपक्षीय बैठक की।")
    assert [f["countries"] for f in frames(doc) if f["event_type"] == "MEET"] == [["AUS", "IND", "JPN"]]


def test_a_courtesy_call_told_with_ko_as_press_notes_write_it_is_a_meeting_with_the_host(run):
    doc = run("उच्चायुक्त अनिल मेहता ने घाना के विदेश मंत्री जॉन मैथ्यू को शिष्टाचार भेंट की।")
    (frame,) = frames(doc)
    assert frame["event_type"] == "MEET" and frame["countries"] == ["GHA", "IND"]


def test_a_gift_presented_is_still_no_meeting(run):
    assert frames(run("राष्ट्रपति अनिल मेहता ने उन्हें भगवान बुद्ध की एक प्रतिमा भेंट की।")) == []


def test_a_head_named_bare_is_of_the_country_an_office_was_named_with_before(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। साइप्रस के राष्ट्रपति की भारत यात्रा के मुख्य बिंदु:\n\n1. प्रधानमंत्री अनिल मेहता और राष्ट्रपति जॉन मैथ्यू "
        "ने शुक्रवार को हैदराबाद हाउस में वार्ता की।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["countries"] == ["CYP", "IND"]


def test_a_secretary_named_bare_beside_another_country_s_secretary_unnamed_stays_of_the_home_country(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026। ऑस्ट्रेलिया के रक्षा सचिव ने भारत का दौरा किया। रक्षा सचिव अनिल मेहता ने ऑस्ट्रेलियाई रक्षा सचिव "
        "जॉन मैथ्यू से मुलाकात की।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["countries"] == ["AUS", "IND"]


def test_the_sum_a_loan_agreement_gives_is_the_signing_s_business(run):
    doc = run(
        "बर्लिन, 5 दिसंबर 2026। जर्मनी की मंत्री जॉन मैथ्यू और सचिव अनिल मेहता ने शुक्रवार को विकास सहयोग वार्ता के बाद एक रियायती ऋण "
        "समझौते पर हस्ताक्षर किए। यह राशि शहरी परिवहन और नवीकरणीय ऊर्जा परियोजनाओं पर खर्च की जाएगी।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["topics"] == ["development", "renewables", "transport"]


def test_a_visit_to_come_joined_to_a_summit_by_and_holds_the_summit_where_it_goes(run):
    doc = run(
        "तोक्यो, 4 दिसंबर 2026। जापान की प्रधानमंत्री जॉन मैथ्यू ने कहा कि वह अगले वर्ष भारत की यात्रा करेंगी और प्रधानमंत्री अनिल मेहता के "
        "साथ वार्षिक शिखर सम्मेलन करेंगी।"
    )
    told = [(f["event_type"], people(f), f["location"] and f["location"]["text"]) for f in frames(doc)]
    assert told == [
        ("VISIT", [("-", "IND", "target"), ("जॉन मैथ्यू", "JPN", "source")], None),
        ("MEET", [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "JPN", "participant")], "भारत"),
    ]


def test_talks_dated_in_a_relative_clause_after_them_and_a_signing_that_should_happen(run):
    doc = run(
        "हेलसिंकी, 2 दिसंबर 2026। मंत्री जॉन मैथ्यू ने कहा कि भारत और यूरोपीय संघ के बीच मुक्त व्यापार समझौते पर जल्द हस्ताक्षर होने चाहिए। वह "
        "नई दिल्ली में विदेश मंत्री अनिल मेहता के साथ हुई अपनी बातचीत के बारे में बता रही थीं, जो पिछले सप्ताह गुरुवार को हुई थी।"
    )
    told = [(f["event_type"], f["date"] and f["date"]["value"]) for f in frames(doc)]
    assert told == [("MEET", "2026-11-26")]


def test_a_country_s_delegation_calling_after_consultations_is_the_one_who_led_its_side(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2026। भारत और मिस्र ने बृहस्पतिवार को विदेश कार्यालय परामर्श में व्यापार पर चर्चा की। भारतीय पक्ष का नेतृत्व सचिव "
        "अनिल मेहता ने और मिस्र के पक्ष का नेतृत्व सहायक विदेश मंत्री जॉन मैथ्यू ने किया।\n\nपरामर्श के बाद मिस्र के प्रतिनिधिमंडल ने विदेश "
        "राज्य मंत्री पीटर वेल्स से भी मुलाकात की।"
    )
    call = [people(f) for f in frames(doc) if f["event_type"] == "MEET"][-1]
    assert call == [("जॉन मैथ्यू", "EGY", "participant"), ("पीटर वेल्स", "IND", "participant")]


def test_fighter_jets_named_are_defence(run):
    doc = run("मलेशिया के प्रधानमंत्री जॉन मैथ्यू ने भारत के रक्षा मंत्री अनिल मेहता से मुलाकात की और सुखोई विमानों पर चर्चा की।")
    (frame,) = frames(doc)
    assert "defence" in frame["topics"]


def test_one_persons_offices_joined_by_va_and_talks_at_a_palace_told_by_their_level(run):
    """ "वली अहद व वज़ीर-ए-आज़म X": one person's two offices; "वफ़ूद की सतह पर बातचीत" (talks at the level of
    delegations) names the palace before it as where they were, and the pact signed after them was signed there."""
    doc = run(
        "रियाद, 17 सितंबर 2025। पाकिस्तान के वज़ीर-ए-आज़म अनिल मेहता और सऊदी अरब के वली अहद व वज़ीर-ए-आज़म जॉन मैथ्यू ने बुधवार को "
        "अल-यमामा महल में वफ़ूद की सतह पर बातचीत के बाद रक्षा समझौते पर दस्तख़त किए।"
    )
    told = [(f["event_type"], [p[0] for p in people(f)], f["location"]["text"]) for f in frames(doc)]
    assert told == [
        ("MEET", ["अनिल मेहता", "जॉन मैथ्यू"], "अल-यमामा महल"),
        ("SIGN", ["अनिल मेहता", "जॉन मैथ्यू"], "अल-यमामा महल"),
    ]


def test_those_told_with_the_visitor_in_the_next_sentence_visit_too(run):
    doc = run(
        "रियाद, 17 सितंबर 2025। वज़ीर-ए-आज़म अनिल मेहता मंगलवार शाम दो दिन के सरकारी दौरे पर सऊदी अरब पहुंचे। उनके साथ वज़ीर-ए-ख़ारिजा "
        "जॉन मैथ्यू और वज़ीर-ए-दिफ़ा पीटर वेल्स भी थे।"
    )
    (visit,) = frames(doc)
    assert [p[0] for p in people(visit) if p[2] == "source"] == ["अनिल मेहता", "जॉन मैथ्यू", "पीटर वेल्स"]


def test_a_lodge_is_a_venue(run):
    doc = run(
        "नई दिल्ली, 2 दिसंबर 2026। दिल्ली विश्वविद्यालय और जापान के ओसाका विश्वविद्यालय ने मंगलवार को एक समझौता ज्ञापन पर हस्ताक्षर किए। "
        "कुलपति अनिल मेहता और अध्यक्ष जॉन मैथ्यू ने विश्वविद्यालय के वाइसरीगल लॉज में आयोजित कार्यक्रम में दस्तावेजों का आदान-प्रदान किया।"
    )
    assert [f["location"]["text"] for f in frames(doc)] == ["वाइसरीगल लॉज"]


def test_a_briefings_bare_prime_minister_stays_the_home_one_after_the_hosts_is_named(run):
    """A transcript dated in its title's brackets; "प्रधानमंत्री" told alone before "मॉरीशस के प्रधानमंत्री X" is India's,
    and so is every later bare one; "दोनों प्रधानमंत्रियों" are he and X; an office alone that is to be at an occasion
    takes part in it."""
    doc = run(
        "प्रधानमंत्री की मॉरीशस यात्रा पर विशेष ब्रीफिंग का प्रतिलेख (11 मार्च, 2025)\n\n"
        "विदेश सचिव: प्रधानमंत्री आज सुबह पोर्ट लुई पहुंचे, जहां मॉरीशस के प्रधानमंत्री अनिल मेहता ने उनका स्वागत किया। दोपहर में "
        "प्रधानमंत्री ने राष्ट्रपति जॉन मैथ्यू से मुलाकात की। कल प्रधानमंत्री राष्ट्रीय दिवस समारोह में मुख्य अतिथि होंगे। दोनों "
        "प्रधानमंत्रियों के बीच वार्ता भी कल होगी।"
    )
    told = [(f["event_type"], people(f), f["date"]["value"]) for f in frames(doc)]
    assert told == [
        ("VISIT", [("-", "IND", "source"), ("-", "MUS", "target")], "2025-03-11"),
        ("MEET", [("-", "IND", "participant"), ("जॉन मैथ्यू", "MUS", "participant")], "2025-03-11"),
        ("CEREMONY", [("-", "IND", "participant")], "2025-03-12"),
        ("MEET", [("-", "IND", "participant"), ("अनिल मेहता", "MUS", "participant")], "2025-03-12"),
    ]


def test_what_follows_with_this_tells_the_last_event_and_a_declaration_adopted_holds_what_it_resolves(run):
    doc = run(
        "दुशांबे, 13 मार्च 2025। ताजिकिस्तान के राष्ट्रपति अनिल मेहता, किर्गिस्तान के राष्ट्रपति जॉन मैथ्यू और उज्बेकिस्तान के "
        "राष्ट्रपति पीटर वेल्स ने सोमवार को खुजंद में शिखर बैठक के बाद संधि पर हस्ताक्षर किए। इसके साथ ही दशकों पुराना सीमा विवाद खत्म "
        "हो गया।\n\nतीनों नेताओं ने खुजंद घोषणा को भी मंजूरी दी, जिसमें रेल संपर्क बढ़ाने का संकल्प लिया गया है।"
    )
    told = {f["event_type"]: (len(f["participants"]), f["topics"]) for f in frames(doc)}
    assert told == {
        "MEET": (3, ["multilateral"]),
        "SIGN": (3, ["multilateral", "security"]),
        "AGREE": (3, ["multilateral", "transport"]),
    }


def test_south_africa_in_english_words_unga_and_food_security(run):
    doc = run(
        "न्यूयॉर्क, 24 सितंबर 2025। EAM अनिल मेहता ने मंगलवार को साउथ अफ्रीका के FM जॉन मैथ्यू से मुलाकात की और फूड सिक्योरिटी पर "
        "बात की। उन्होंने UNGA प्रेसिडेंट पीटर वेल्स से भी मुलाकात की।"
    )
    first, second = frames(doc)
    assert (first["countries"], first["topics"]) == (["IND", "ZAF"], ["agriculture"])
    assert second["countries"] == ["IND"]


def test_today_in_words_said_on_a_day_told_is_that_day(run):
    doc = run("वॉशिंगटन, 22 अक्टूबर 2025। अनिल मेहता ने मंगलवार को कहा कि उन्होंने आज ही प्रधानमंत्री जॉन मैथ्यू से फोन पर बात की है।")
    (call,) = frames(doc)
    assert call["date"]["value"] == "2025-10-21"


def test_a_festival_celebrated_is_a_ceremony_and_thanks_written_later_are_not_of_the_call(run):
    doc = run(
        "वॉशिंगटन, 22 अक्टूबर 2025। राष्ट्रपति अनिल मेहता ने मंगलवार को व्हाइट हाउस में दिवाली मनाई। उन्होंने उसी दिन भारत के प्रधानमंत्री "
        "जॉन मैथ्यू से फोन पर बात की। मैथ्यू ने बाद में एक्स पर लिखा, 'राष्ट्रपति मेहता, आपके फोन कॉल के लिए धन्यवाद।'"
    )
    told = [(f["event_type"], f["date"] and f["date"]["value"]) for f in frames(doc)]
    assert told == [("CEREMONY", "2025-10-21"), ("CALL", "2025-10-21"), ("THANK", None)]


def test_a_claim_no_one_stands_behind_tells_no_event(run):
    doc = run(
        "नई दिल्ली, 12 दिसंबर 2025। सोशल मीडिया पर दावा किया जा रहा है कि प्रधानमंत्री अनिल मेहता ने दुबई में पाकिस्तान के प्रधानमंत्री जॉन "
        "मैथ्यू से मुलाकात की। प्रवक्ता ने बताया कि मेहता ने बुधवार को यूएई के राष्ट्रपति पीटर वेल्स से फोन पर बात की।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["CALL"]


def test_a_country_signed_with_stays_beside_the_person_who_signed(run):
    doc = run(
        "वेलिंगटन, 17 फरवरी 2025। कुक आइलैंड्स के प्रधानमंत्री अनिल मेहता ने बीजिंग में चीन के साथ रणनीतिक साझेदारी की एक कार्ययोजना पर "
        "हस्ताक्षर किए।"
    )
    (sign,) = frames(doc)
    assert people(sign) == [("-", "CHN", "participant"), ("अनिल मेहता", "COK", "participant")]


def test_an_abbey_is_a_venue_and_talks_held_too_are_of_the_day_before(run):
    doc = run(
        "लंदन, 6 मई 2023। उपराष्ट्रपति अनिल मेहता और ब्रिटेन के विदेश मंत्री जॉन मैथ्यू ने शनिवार को वेस्टमिंस्टर एबे में एक स्मारक डाक "
        "टिकट जारी किया। दोनों नेताओं ने संयुक्त आयोग की बैठक की सह-अध्यक्षता भी की।"
    )
    told = [(f["event_type"], f["location"]["text"], f["date"] and f["date"]["value"]) for f in frames(doc)]
    assert told == [("CEREMONY", "वेस्टमिंस्टर एबे", "2023-05-06"), ("MEET", "वेस्टमिंस्टर एबे", "2023-05-06")]


def test_a_round_completed_is_held_when_and_where_the_next_sentence_tells_and_the_next_is_due(run):
    doc = run(
        "नई दिल्ली, 19 नवंबर 2025। भारत और न्यूजीलैंड ने मुक्त व्यापार समझौते पर चौथे दौर की वार्ता पूरी की। पांच दिन की यह बातचीत 14 से 18 "
        "नवंबर तक ऑकलैंड में चली। अगले दौर में मंत्री अनिल मेहता और जॉन मैथ्यू की मुलाकात गुरुवार को होनी है।"
    )
    told = [(f["event_type"], f["modality"], f["location"]["text"], f["date"]["value"]) for f in frames(doc)]
    assert told[0] == ("MEET", "asserted", "ऑकलैंड", "2025-11-14/2025-11-18")
    assert told[1][1] == "planned" and told[1][3] == "2025-11-20"


def test_a_roadmap_adopted_is_an_agreement(run):
    doc = run("नई दिल्ली, 3 दिसंबर 2025। भारत और फ्रांस ने मंगलवार को पेरिस में रक्षा औद्योगिक रोडमैप को अपनाया।")
    (agree,) = frames(doc)
    assert (agree["event_type"], agree["countries"], agree["topics"]) == ("AGREE", ["FRA", "IND"], ["defence"])


def test_a_hijri_dateline_is_dated_by_the_day_in_its_brackets(run):
    doc = run(
        "रियाद, 15 रबीउल अव्वल 1447 हिजरी (7 सितंबर 2025)। सऊदी विदेश मंत्री अनिल मेहता ने शनिवार को ईरान के विदेश मंत्री जॉन मैथ्यू "
        "से फोन पर बात की।"
    )
    (call,) = frames(doc)
    assert call["date"]["value"] == "2025-09-06"


def test_a_welcome_ceremony_told_as_the_time_of_the_talks_is_one_with_their_venue_and_day(run):
    doc = run(
        "अक्रा, 10 दिसंबर 2025। केन्या के राष्ट्रपति अनिल मेहता बुधवार सुबह घाना पहुंचे, जहां राष्ट्रपति जॉन मैथ्यू ने उनका स्वागत किया। "
        "जुबली हाउस में औपचारिक स्वागत समारोह के बाद दोनों नेताओं ने वार्ता की।"
    )
    told = [(f["event_type"], len(f["participants"]), f["location"]["text"], f["date"]["value"]) for f in frames(doc)]
    assert told[1:] == [("CEREMONY", 2, "जुबली हाउस", "2025-12-10"), ("MEET", 2, "जुबली हाउस", "2025-12-10")]


def test_what_a_visitor_did_before_the_evening_was_done_that_day_and_a_meeting_that_was_due_is_none(run):
    doc = run(
        "अहमदाबाद, 8 मार्च 2023। प्रधानमंत्री अनिल मेहता बुधवार को भारत पहुंचे। बीजिंग में उनकी जॉन मैथ्यू के साथ बैठक होनी थी।\n\n"
        "मेहता ने साबरमती आश्रम जाकर महात्मा गांधी को श्रद्धांजलि दी। शाम को उन्होंने मुख्यमंत्री पीटर वेल्स के साथ होली मनाई।"
    )
    told = [(f["event_type"], f["date"] and f["date"]["value"]) for f in frames(doc)]
    assert told == [("VISIT", "2023-03-08"), ("CEREMONY", "2023-03-08"), ("CEREMONY", "2023-03-08")]


def test_a_live_page_under_hindi_clock_times_is_of_its_stamps_day_in_its_titles_city(run):
    """Entries opening "सुबह 11.15 बजे:" are of the page's day; the title's city places them."""
    doc = run(
        "LIVE: जोहानिसबर्ग में जी20 शिखर सम्मेलन का पहला दिन\n\n"
        "दोपहर 1.30 बजे: सम्मेलन से इतर प्रधानमंत्री अनिल मेहता ने ब्रिटेन के प्रधानमंत्री जॉन मैथ्यू से मुलाकात की।\n\n"
        "अपडेटेड: 22 नवंबर 2025, 03:10 PM IST"
    )
    told = [(f["event_type"], f["countries"], f["location"]["text"], f["date"]["value"]) for f in frames(doc)]
    assert told == [("MEET", ["GBR", "IND"], "जोहानिसबर्ग", "2025-11-22")]


def test_a_summit_told_bare_is_the_one_the_title_names(run):
    doc = run(
        "जी20 शिखर सम्मेलन: जोहान्सबर्ग में मेहता की बैठकें\n\nजोहान्सबर्ग, 23 नवंबर 2025\n\n"
        "प्रधानमंत्री अनिल मेहता ने शनिवार को शिखर सम्मेलन के पहले सत्र को संबोधित किया था।"
    )
    (meet,) = frames(doc)
    assert (meet["countries"], meet["topics"]) == (["IND"], ["multilateral"])


def test_talks_told_only_by_whom_they_were_with_are_the_visitors_and_urdu_homage_is_a_ceremony(run):
    doc = run(
        "इस्लामाबाद, 3 अगस्त 2025। ईरान के सदर अनिल मेहता शनिवार को लाहौर पहुंचे। सदर मेहता ने अल्लामा इक़बाल के मज़ार पर फ़ातिहा "
        "पढ़ी।\n\nरविवार को इस्लामाबाद में पाकिस्तान के वज़ीर-ए-आज़म जॉन मैथ्यू के साथ बातचीत के बाद दोनों मुल्कों ने 12 मुआहिदों पर दस्तख़त किए।"
    )
    told = [(f["event_type"], [p[0] for p in people(f)]) for f in frames(doc)]
    assert ("CEREMONY", ["अनिल मेहता"]) in told
    assert ("MEET", ["अनिल मेहता", "जॉन मैथ्यू"]) in told


def test_two_met_on_two_days_in_one_sentence_and_both_meetings_told_on(run):
    doc = run(
        "ब्रसेल्स, 4 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने सोमवार को जर्मनी के विदेश मंत्री जॉन मैथ्यू से और मंगलवार को फ्रांस के विदेश "
        "मंत्री पीटर वेल्स से मुलाकात की। दोनों मुलाकातों में व्यापार समझौते पर जोर दिया गया।"
    )
    told = [(f["countries"], f["date"]["value"], f["topics"]) for f in frames(doc)]
    assert told == [(["DEU", "IND"], "2025-12-01", ["trade"]), (["FRA", "IND"], "2025-12-02", ["trade"])]


def test_thanks_told_by_a_pronoun_after_the_day_of_the_replies(run):
    doc = run(
        "दुबई, 1 दिसंबर 2025। यूएई के राष्ट्रपति अनिल मेहता ने सोमवार को कई नेताओं के बधाई संदेशों का जवाब दिया। उन्होंने भारत के "
        "प्रधानमंत्री जॉन मैथ्यू को धन्यवाद दिया।"
    )
    (thanks,) = frames(doc)
    assert thanks["date"]["value"] == "2025-12-01"


def test_a_venue_with_its_name_in_another_tongue_in_brackets(run):
    doc = run(
        "मेक्सिको सिटी, 19 सितंबर 2025। मेक्सिको की राष्ट्रपति अनिल मेहता ने गुरुवार को राष्ट्रीय महल (पलासियो नासियोनाल) में कनाडा के "
        "प्रधानमंत्री जॉन मैथ्यू की मेजबानी की।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "राष्ट्रीय महल"


def test_a_representative_at_a_summit_of_many_told_just_before_takes_part_in_it(run):
    doc = run(
        "शर्म अल-शेख, 13 अक्टूबर 2025। अमेरिकी राष्ट्रपति अनिल मेहता और मिस्र के राष्ट्रपति जॉन मैथ्यू ने सोमवार को गाजा शांति शिखर "
        "सम्मेलन की सह-अध्यक्षता की, जिसमें 20 से अधिक देशों के नेताओं ने भाग लिया।\n\nशिखर सम्मेलन में भारत का प्रतिनिधित्व "
        "विदेश राज्य मंत्री पीटर वेल्स ने किया।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["EGY", "IND", "USA"]


def test_a_labelled_numeric_dateline_dates_the_week_and_what_was_talked_of_names_no_side(run):
    doc = run(
        "जयपुर, दि. 03/12/2025। मुख्यमंत्री अनिल मेहता से मंगलवार को मुख्यमंत्री निवास पर जापान के राजदूत जॉन मैथ्यू ने शिष्टाचार भेंट की। "
        "इस दौरान दोनों के बीच राजस्थान में जापानी कंपनियों के निवेश, नीमराना स्थित जापानी औद्योगिक क्षेत्र के विस्तार तथा पर्यटन को बढ़ावा "
        "देने पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert (meet["date"]["value"], meet["location"]["text"], len(meet["participants"])) == (
        "2025-12-02",
        "मुख्यमंत्री निवास",
        2,
    )


def test_a_visit_from_a_programmes_placed_entry_keeps_its_labels_words_as_written(run):
    doc = run("* चाय और दालों के निर्यात की समीक्षा\n9 दिसंबर – लुआंडा: राष्ट्रपति जॉन मैथ्यू के साथ वार्ता")
    assert "VISIT" in [f["event_type"] for f in frames(doc)]
    for frame in frames(doc):
        trigger = frame["trigger"]
        assert doc.raw[trigger["start"] : trigger["end"]] == trigger["text"]


def test_a_delegation_met_bare_after_a_phrase_is_the_one_led_by_someone_told_before(run):
    doc = run(
        "लखनऊ: भारत यात्रा पर आए उज्बेकिस्तान के सीनेट के उपाध्यक्ष अनिल मेहता के नेतृत्व वाले संसदीय प्रतिनिधिमंडल ने शुक्रवार "
        "को विधानसभा की कार्यवाही देखी। विधानसभा अध्यक्ष जॉन मैथ्यू ने बाद में अपने कक्ष में प्रतिनिधिमंडल से भेंट की।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert sorted(p["name"] for p in meet["participants"]) == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_signing_in_a_month_gone_by_takes_no_place_from_the_dateline(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2025। मंत्री अनिल मेहता ने राज्यसभा में बताया कि इस वर्ष सितंबर में भारत और मोरक्को ने बख्तरबंद "
        "वाहनों के संयुक्त निर्माण के लिए एक समझौते पर हस्ताक्षर किए थे।"
    )
    (sign,) = frames(doc)
    assert (sign["location"], sign["date"]["value"], sign["topics"]) == (None, "2025-09", ["defence", "manufacturing"])


def test_an_answer_to_another_question_tells_nothing_more_of_the_event_before(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2025। मंत्री अनिल मेहता ने बताया कि भारत और मोरक्को के बीच रक्षा सहयोग पर संयुक्त कार्य समूह "
        "की बैठक 12 नवंबर को रबात में हुई। एक अन्य प्रश्न के उत्तर में उन्होंने कहा कि अफ्रीका के साथ भारत का व्यापार बढ़ा है।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["defence"]


@pytest.mark.parametrize(("verb", "kind"), [("का आभार माना", "THANK"), ("के साथ व्यापार बढ़ाने पर सहमति बनाई", "AGREE")])
def test_thanks_and_agreement_in_other_words(run, verb, kind):
    doc = run(f"नई दिल्ली, 5 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने शुक्रवार को जापान के विदेश मंत्री जॉन मैथ्यू {verb}।")
    assert [f["event_type"] for f in frames(doc)] == [kind]


def test_the_evening_in_official_words_is_the_day_told_before(run):
    doc = run(
        "कैनबरा, 4 दिसंबर 2025। रक्षामंत्री अनिल मेहता ने गुरुवार अपराह्न यहां ऑस्ट्रेलिया के रक्षामंत्री जॉन मैथ्यू के साथ वार्ता की। "
        "सायं उन्होंने ऑस्ट्रेलियाई युद्ध स्मारक पर पुष्पचक्र अर्पित कर शहीद सैनिकों को श्रद्धांजलि दी।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert ceremony["date"]["value"] == "2025-12-04"


def test_a_country_in_brackets_after_a_titled_name_is_the_holders(run):
    doc = run("नई दिल्ली, 5 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने शुक्रवार को विदेश मंत्री केन तनाका (जापान) से मुलाकात की।")
    (meet,) = frames(doc)
    assert sorted((p["name"], p["country"]) for p in meet["participants"]) == [
        ("अनिल मेहता", "IND"),
        ("केन तनाका", "JPN"),
    ]


def test_the_same_office_told_again_after_a_foreign_holder_is_another_countrys(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025। जापान के विदेश मंत्री केन तनाका और विदेश मंत्री अनिल मेहता के बीच शुक्रवार को हैदराबाद हाउस "
        "में बैठक हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "JPN"]


def test_a_call_made_to_give_thanks_was_with_the_one_thanked(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025। ब्राजील के विदेश मंत्री जॉन मैथ्यू ने शुक्रवार को फोन कर विदेश मंत्री अनिल मेहता का आभार जताया।"
    )
    assert sorted((f["event_type"], tuple(f["countries"])) for f in frames(doc)) == [
        ("CALL", ("BRA", "IND")),
        ("THANK", ("BRA", "IND")),
    ]


def test_the_head_of_a_national_agency_is_of_its_country(run):
    doc = run("नई दिल्ली, 5 दिसंबर 2025। एनटीपीसी के अध्यक्ष अनिल मेहता ने शुक्रवार को रोसाटॉम के महानिदेशक जॉन मैथ्यू से मुलाकात की।")
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "RUS"]


def test_the_head_of_a_development_bank_is_of_no_country(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025। एशियाई इन्फ्रास्ट्रक्चर निवेश बैंक के अध्यक्ष जॉन मैथ्यू ने शुक्रवार को वित्त मंत्री अनिल मेहता से "
        "मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert sorted((p["name"], p["country"]) for p in meet["participants"]) == [("अनिल मेहता", "IND"), ("जॉन मैथ्यू", None)]


def test_rare_earths_and_aluminium_as_news_writes_them(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने शुक्रवार को जापान के विदेश मंत्री जॉन मैथ्यू से मुलाकात की और दुर्लभ "
        "मृदा तत्वों तथा एल्युमीनियम की आपूर्ति पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["metals", "mining"]


@pytest.mark.parametrize("verb", ["से मिलने वाले हैं", "से मुलाकात करने जा रहे हैं"])
def test_a_meeting_someone_is_about_to_have_is_planned(run, verb):
    doc = run(f"नई दिल्ली, 5 दिसंबर 2025। विदेश मंत्री अनिल मेहता अगले सप्ताह जापान के विदेश मंत्री जॉन मैथ्यू {verb}।")
    assert [(f["event_type"], f["modality"]) for f in frames(doc)] == [("MEET", "planned")]


def test_a_minister_setting_out_on_a_visit(run):
    doc = run("नई दिल्ली, 5 दिसंबर 2025। विदेश मंत्री अनिल मेहता शुक्रवार को जापान के आधिकारिक दौरे पर निकले।")
    (visit,) = frames(doc)
    assert (visit["event_type"], visit["countries"]) == ("VISIT", ["IND", "JPN"])


def test_a_ministry_standing_in_a_city_abroad_is_of_that_citys_country(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने शुक्रवार को टोक्यो स्थित विदेश मंत्रालय में जापान के विदेश मंत्री जॉन "
        "मैथ्यू से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert (meet["location"]["text"], meet["location"]["country"]) == ("विदेश मंत्रालय", "JPN")


def test_agreements_listed_one_a_country_with_their_months_are_signed_apart(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2025। मंत्री अनिल मेहता ने लोकसभा में बताया कि इस वर्ष भारत ने कई देशों के साथ समझौतों पर हस्ताक्षर "
        "किए हैं। इनमें शामिल हैं:\n\n• मई में ब्रिटेन के साथ व्यापार समझौता\n• अक्टूबर में इज़राइल के साथ द्विपक्षीय निवेश संधि"
    )
    assert [(f["countries"], f["date"]["value"], f["location"], f["topics"]) for f in frames(doc)] == [
        (["GBR", "IND"], "2025-05", None, ["trade"]),
        (["IND", "ISR"], "2025-10", None, ["investment"]),
    ]


def test_a_plan_made_to_carry_out_a_pacts_commitment_is_agreed(run):
    doc = run(
        "जिनेवा, 4 दिसंबर 2025। भारत और स्विट्जरलैंड के बीच संयुक्त समिति की पहली बैठक गुरुवार को यहां हुई। बैठक में समझौते "
        "के तहत निवेश की प्रतिबद्धता को लागू करने के लिए एक कार्य योजना को अंतिम रूप दिया गया।"
    )
    assert "AGREE" in [f["event_type"] for f in frames(doc)]


def test_what_is_said_later_to_the_press_is_no_business_of_the_meeting(run):
    doc = run(
        "जिनेवा, 4 दिसंबर 2025। सचिव अनिल मेहता ने गुरुवार को स्विट्जरलैंड के राज्य सचिव जॉन मैथ्यू के साथ व्यापार पर बैठक की। "
        "मेहता ने बाद में संवाददाताओं से कहा कि दवा कंपनियां भारत में निवेश की तैयारी में हैं।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["trade"]


def test_the_hosts_of_an_arrivals_welcome_join_no_tribute_and_date_the_visit(run):
    doc = run(
        "हनोई, 6 दिसंबर 2025। वियतनाम की यात्रा पर आए उपराष्ट्रपति अनिल मेहता ने शनिवार को राष्ट्रपति जॉन मैथ्यू से मुलाकात की।"
        "\n\nइससे पहले उपराष्ट्रपति ने हो ची मिन्ह समाधि जाकर पुष्पांजलि अर्पित की। शुक्रवार शाम हनोई पहुंचने पर उप विदेश मंत्री "
        "पीटर वेल्स ने उनकी अगवानी की थी।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert [p["name"] for p in by_type["CEREMONY"]["participants"]] == ["अनिल मेहता"]
    assert by_type["VISIT"]["date"]["value"] == "2025-12-05"


def test_a_years_visits_told_in_sum_are_no_visit(run):
    doc = run(
        "नई दिल्ली, 4 दिसंबर 2025। सरकार ने गुरुवार को राज्यसभा को बताया कि वर्ष 2025 में प्रधानमंत्री नरेंद्र मोदी ने 16 देशों "
        "की यात्रा की और इन यात्राओं पर कुल 67 करोड़ रुपये खर्च हुए। विदेश राज्य मंत्री अनिल मेहता ने एक प्रश्न के लिखित उत्तर "
        "में यह जानकारी दी।\n\nउन्होंने बताया कि इन यात्राओं के दौरान 60 से अधिक समझौतों पर हस्ताक्षर किए गए।"
    )
    assert frames(doc) == []


def test_a_roundtable_with_a_countrys_business_world_is_a_new_meeting_of_no_side(run):
    doc = run(
        "ब्रुसेल्स, 5 दिसंबर 2025। मंत्री अनिल मेहता ने शुक्रवार दोपहर बेल्जियम के विदेश मंत्री जॉन मैथ्यू से भेंट की और बंदरगाह "
        "सहयोग पर चर्चा की। शाम को मेहता ने भारतीय दूतावास में बेल्जियम के उद्योग जगत के प्रमुखों के साथ एक गोलमेज बैठक की "
        "अध्यक्षता की।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "ब्रुसेल्स"


def test_a_signing_told_in_a_relative_clause_is_about_the_pact_named_before_it(run):
    doc = run(
        "मस्कट, 18 दिसंबर 2025। भारत के प्रधानमंत्री अनिल मेहता ने ओमान की आधिकारिक यात्रा की। दोनों पक्षों ने व्यापक आर्थिक "
        "साझेदारी समझौते पर हस्ताक्षर का स्वागत किया, जिस पर दोनों देशों के वाणिज्य मंत्रियों ने उसी दिन हस्ताक्षर किए।"
    )
    sign = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sign["topics"] == ["trade"]


def test_an_officer_for_a_countrys_army_is_of_that_country(run):
    doc = run(
        "उमरोई (मेघालय), 17 नवंबर 2025। भारत और फ्रांस की सेनाओं के बीच संयुक्त सैन्य अभ्यास का सोमवार को यहां उद्घाटन हुआ। "
        "उद्घाटन समारोह में भारतीय सेना की ओर से मेजर जनरल अनिल मेहता और फ्रांसीसी सेना की ओर से ब्रिगेडियर जनरल जॉन मैथ्यू "
        "मौजूद थे।"
    )
    (ceremony,) = frames(doc)
    assert sorted((p["name"], p["country"]) for p in ceremony["participants"] if p["name"]) == [
        ("अनिल मेहता", "IND"),
        ("जॉन मैथ्यू", "FRA"),
    ]


def test_one_taking_part_in_a_forums_meeting_told_before_is_at_that_meeting(run):
    doc = run(
        "केपटाउन, 5 दिसंबर 2025। जी20 शेरपाओं की पहली बैठक शुक्रवार को यहां संपन्न हुई। भारत की ओर से शेरपा अनिल मेहता ने बैठक "
        "में हिस्सा लिया।\n\nबैठक से इतर मेहता ने दक्षिण अफ्रीका के शेरपा जॉन मैथ्यू से मुलाकात की।"
    )
    assert sorted(len(f["countries"]) for f in frames(doc)) == [1, 2]


def test_a_committees_next_meeting_takes_up_the_committees_business_not_a_side_meetings(run):
    doc = run(
        "नैरोबी, 3 दिसंबर 2025। भारत और केन्या ने बुधवार को यहां संयुक्त व्यापार समिति की बैठक में दवा और सौर ऊर्जा के क्षेत्र "
        "में सहयोग पर सहमति जताई। बैठक की सह-अध्यक्षता भारत के वाणिज्य सचिव अनिल मेहता और केन्या के व्यापार सचिव जॉन मैथ्यू ने "
        "की।\n\nमेहता ने केन्या की कृषि मंत्री पीटर वेल्स से भी मुलाकात की और चाय के निर्यात पर चर्चा की।\n\nसमिति की अगली बैठक "
        "नई दिल्ली में होगी।"
    )
    (planned,) = [f for f in frames(doc) if f["modality"] == "planned"]
    assert {"pharma", "renewables"} <= set(planned["topics"])


def test_a_councils_next_meeting_takes_up_what_its_last_one_agreed(run):
    doc = run(
        "ब्रसेल्स, 9 दिसंबर 2025। भारत और यूरोपीय संघ के बीच व्यापार परिषद की बैठक मंगलवार को ब्रसेल्स में हुई। भारत की ओर "
        "से वाणिज्य मंत्री अनिल मेहता ने हिस्सा लिया।\n\nबैठक में दोनों पक्षों ने सेमीकंडक्टर और स्वच्छ हाइड्रोजन पर मिलकर "
        "काम करने पर सहमति जताई।\n\nपरिषद की अगली बैठक नई दिल्ली में होगी।"
    )
    (planned,) = [f for f in frames(doc) if f["modality"] == "planned"]
    assert {"digital", "renewables"} <= set(planned["topics"])


def test_wishes_told_as_sent_before_the_day_told_have_no_day(run):
    doc = run(
        "नई दिल्ली, 12 नवंबर 2025। राष्ट्रपति अनिल मेहता ने मंगलवार को आयरलैंड की राष्ट्रपति केन तनाका को बधाई दी। इससे पहले "
        "भारत के प्रधानमंत्री जॉन मैथ्यू ने चुनाव में जीत पर तनाका को बधाई दी थी।"
    )
    assert [(f["date"] or {}).get("value") for f in frames(doc)] == ["2025-11-11", None]


def test_an_evenings_banquet_to_come_is_of_the_day_told_not_of_the_arrival_before_it(run):
    doc = run(
        "नई दिल्ली, 10 दिसंबर 2025। अंगोला के राष्ट्रपति जॉन मैथ्यू का बुधवार सुबह राष्ट्रपति भवन में औपचारिक स्वागत किया गया। "
        "मैथ्यू मंगलवार रात राजकीय यात्रा पर नई दिल्ली पहुंचे थे। शाम को राष्ट्रपति अनिल मेहता उनके सम्मान में भोज देंगी।"
    )
    (banquet,) = [f for f in frames(doc) if f["modality"] == "planned"]
    assert banquet["date"]["value"] == "2025-12-10"


def test_a_foundation_stone_laid_too_is_a_ceremony_of_its_own_on_the_same_day(run):
    doc = run(
        "नई दिल्ली, 8 दिसंबर 2025। प्रधानमंत्री अनिल मेहता और मालदीव के राष्ट्रपति जॉन मैथ्यू ने आज वीडियो कॉन्फ्रेंसिंग के "
        "माध्यम से हनीमाधू हवाई अड्डे का संयुक्त रूप से उद्घाटन किया। दोनों नेताओं ने अड्डू शहर में सड़क परियोजना की आधारशिला भी रखी।"
    )
    ceremonies = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert [(f["location"] or {}).get("text") for f in ceremonies] == [None, "अड्डू"]
    assert [f["date"]["value"] for f in ceremonies] == ["2025-12-08", "2025-12-08"]


def test_thanks_to_a_countrys_hukumat_go_to_that_country(run):
    doc = run("रियाद, 2 दिसंबर 2025। अनिल मेहता ने सऊदी हुकूमत की मेहमान नवाज़ी पर शुक्रिया अदा किया।")
    (thanks,) = frames(doc)
    assert [p["country"] for p in thanks["participants"] if p["role"] == "target"] == ["SAU"]


def test_a_city_state_named_in_latin_is_where_a_meeting_was(run):
    doc = run("नई दिल्ली, 11 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने गुरुवार को Singapore में अपने समकक्ष जॉन मैथ्यू के साथ बैठक की।")
    (meet,) = frames(doc)
    assert meet["location"]["country"] == "SGP"
    assert sorted(meet["countries"]) == ["IND", "SGP"]


def test_those_who_stood_for_a_body_at_a_meeting_take_part_in_it_for_the_body(run):
    doc = run(
        "ब्रसेल्स, 9 दिसंबर 2025। भारत और यूरोपीय संघ के बीच व्यापार परिषद की बैठक मंगलवार को हुई। भारत की ओर से मंत्री अनिल "
        "मेहता ने हिस्सा लिया, जबकि यूरोपीय संघ का प्रतिनिधित्व व्यापार आयुक्त जॉन मैथ्यू और कार्यकारी उपाध्यक्ष पीटर वेल्स ने किया।"
    )
    (meet,) = frames(doc)
    assert [(p["name"], p["org"]) for p in meet["participants"]] == [
        ("अनिल मेहता", None),
        ("जॉन मैथ्यू", "यूरोपीय संघ"),
        ("पीटर वेल्स", "यूरोपीय संघ"),
    ]


def test_a_ships_officer_is_of_the_navy_owning_the_ship_not_the_host_navy_told_after(run):
    doc = run(
        "कोलंबो, 5 दिसंबर 2025। भारतीय नौसेना का युद्धपोत आईएनएस सह्याद्रि शुक्रवार को कोलंबो बंदरगाह पहुंचा, जहां श्रीलंकाई "
        "नौसेना ने उसका स्वागत किया।\n\nपोत के कमांडिंग ऑफिसर कैप्टन अनिल मेहता ने पश्चिमी नौसेना क्षेत्र के कमांडर जॉन "
        "मैथ्यू से मुलाकात की।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert [(p["name"], p["country"]) for p in meet["participants"]] == [("अनिल मेहता", "IND"), ("जॉन मैथ्यू", "LKA")]


def test_a_state_agency_named_in_quotes_signs_for_its_country(run):
    doc = run(
        "टोक्यो, 3 दिसंबर 2025। राज्य की निवेश प्रोत्साहन एजेंसी 'गाइडेंस तमिलनाडु' ने आठ जापानी कंपनियों के साथ निवेश के "
        "समझौता ज्ञापनों पर हस्ताक्षर किए। उद्योग मंत्री अनिल मेहता भी इस अवसर पर उपस्थित थे।"
    )
    (sign,) = frames(doc)
    assert [(p["org"], p["country"]) for p in sign["participants"]] == [("गाइडेंस तमिलनाडु", "IND"), (None, "JPN")]


def test_one_present_at_a_signing_takes_no_part_in_the_meeting_told_before_it(run):
    doc = run(
        "टोक्यो, 3 दिसंबर 2025। मुख्यमंत्री अनिल मेहता ने बुधवार को जापान के उद्योग मंत्री केन तनाका से मुलाकात की।\n\n"
        "इसके बाद राज्य की एजेंसी 'गाइडेंस तमिलनाडु' ने आठ जापानी कंपनियों के साथ समझौता ज्ञापनों पर हस्ताक्षर किए। उद्योग "
        "मंत्री जॉन मैथ्यू भी इस अवसर पर उपस्थित थे।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert [p["name"] for p in meet["participants"]] == ["अनिल मेहता", "केन तनाका"]


def test_talks_told_ending_are_talks_held(run):
    doc = run(
        "इस्तांबुल, 8 दिसंबर 2025। पाकिस्तान और अफ़ग़ानिस्तान के प्रतिनिधिमंडलों के बीच इस्तांबुल में चार दिन तक चली वार्ता "
        "सोमवार को बिना किसी समझौते के ख़त्म हो गई।"
    )
    (meet,) = frames(doc)
    assert (meet["event_type"], sorted(meet["countries"])) == ("MEET", ["AFG", "PAK"])


def test_a_nepali_datelines_gregorian_day_dates_a_weekday(run):
    doc = run(
        "काठमाडौं, ३ पुस २०८२ (१८ डिसेम्बर २०२५)\n\nचीन के विदेश मंत्री अनिल मेहता ने गुरुवार को काठमाडौं में नेपाल की "
        "प्रधानमंत्री जॉन मैथ्यू से भेंट की और सीमा पार संपर्क पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert (meet["date"]["value"], meet["topics"]) == ("2025-12-18", ["transport"])


def test_a_meeting_chaired_too_is_a_meeting_of_its_own(run):
    doc = run(
        "न्यूयॉर्क, 24 सितंबर 2025। मंत्री अनिल मेहता ने मंगलवार को ग्रीस के विदेश मंत्री से मुलाकात की।\n\nमेहता ने ब्रिक्स "
        "विदेश मंत्रियों की एक बैठक की अध्यक्षता भी की, जिसमें ब्राजील और रूस के विदेश मंत्री शामिल हुए।"
    )
    assert sorted(len(f["countries"]) for f in frames(doc)) == [2, 3]


def test_our_president_in_an_interviews_answer_is_of_the_one_its_transcript_says_was_talked_with(run):
    doc = run(
        "द हिंदू हिंदी | नई दिल्ली | 9 दिसंबर 2025\n\nभारत में पेरू के राजदूत जॉन मैथ्यू से बातचीत के मुख्य अंश:\n\n"
        "प्रश्न: क्या कोई उच्चस्तरीय यात्रा प्रस्तावित है?\nउत्तर: हमारे राष्ट्रपति अगले वर्ष फरवरी में भारत की राजकीय यात्रा "
        "पर आएंगे।"
    )
    (visit,) = frames(doc)
    assert [(p["country"], p["role"]) for p in visit["participants"]] == [("PER", "source"), ("IND", "target")]


def test_talks_told_after_in_official_hindi_take_no_day(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2025। फिनलैंड के प्रधानमंत्री अनिल मेहता का आज राष्ट्रपति भवन में भारत के प्रधानमंत्री जॉन मैथ्यू "
        "द्वारा स्वागत किया गया। इसके पश्चात हैदराबाद हाउस में दोनों प्रधानमंत्रियों के बीच वार्ता हुई।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["date"] is None


def test_an_outlets_name_in_a_dateline_is_no_place(run):
    doc = run(
        "एनडीटीवी इंडिया | नई दिल्ली | 11 दिसंबर 2025\n\nमंत्री अनिल मेहता ने गुरुवार को यहां जापान के मंत्री केन तनाका से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "नई दिल्ली"


def test_an_envoy_abroad_is_the_home_countrys_and_the_one_handing_over_the_hosts(run):
    doc = run(
        "न्यूयॉर्क, 14 नवंबर 2025। अमेरिकी अधिकारियों ने गुरुवार को 297 प्राचीन कलाकृतियां भारत को लौटा दीं। भारतीय "
        "महावाणिज्य दूतावास में हुए समारोह में सहायक जिला अटॉर्नी जॉन मैथ्यू ने ये पुरावशेष महावाणिज्य दूत अनिल मेहता को सौंपे।"
    )
    (ceremony,) = frames(doc)
    assert people(ceremony) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "USA", "participant")]
    assert (ceremony["date"]["value"], ceremony["topics"]) == ("2025-11-13", ["culture"])


def test_a_pact_told_with_one_side_by_one_of_the_other_is_between_their_countries(run):
    doc = run(
        "नई दिल्ली, 21 नवंबर 2025: आयुष मंत्री अनिल मेहता ने बताया कि ब्राजील के साथ आयुर्वेद पर समझौता ज्ञापन का मसौदा "
        "तैयार है और इस पर अगले वर्ष हस्ताक्षर होने की संभावना है।"
    )
    (sign,) = frames(doc)
    assert (sign["event_type"], sign["modality"], sign["countries"]) == ("SIGN", "planned", ["BRA", "IND"])


def test_a_state_visitor_met_signs_at_an_exchange_and_is_welcomed(run):
    doc = run(
        "पेइचिंग, 19 नवंबर (शिनह्वा) -- चीनी राष्ट्राध्यक्ष अनिल मेहता ने 19 नवंबर को पेइचिंग स्थित जन वृहद भवन में चीन की "
        "राजकीय यात्रा पर आए वियतनामी राष्ट्राध्यक्ष जॉन मैथ्यू के साथ भेंटवार्ता की।\n\nभेंटवार्ता के बाद दोनों नेताओं ने सहयोग "
        "के दस्तावेजों के आदान-प्रदान समारोह में भाग लिया। इससे पहले मेहता ने जन वृहद भवन के पूर्वी हॉल में मैथ्यू के स्वागत "
        "में समारोह आयोजित किया।"
    )
    by_type = {f["event_type"]: f for f in frames(doc)}
    assert [(p["name"], p["role"]) for p in by_type["VISIT"]["participants"]] == [
        ("जॉन मैथ्यू", "source"),
        (None, "target"),
    ]
    assert by_type["VISIT"]["date"] is None
    assert [p["name"] for p in by_type["SIGN"]["participants"]] == [None, None]
    assert by_type["SIGN"]["location"]["text"] == "जन वृहद भवन"
    assert len(by_type["CEREMONY"]["participants"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "कोलंबो, 12 नवंबर 2025। सचिवालय ने बुधवार को उन खबरों को गलत बताया जिनमें कहा गया था कि राष्ट्रपति अनिल मेहता अगले महीने "
        "बीजिंग की यात्रा पर जाएंगे।",
        "मस्कट, 19 नवंबर 2025। सुधार: इस खबर के पिछले संस्करण में गलती से लिखा गया था कि अनिल मेहता ने ओमान के रक्षा मंत्री से "
        "मुलाकात की।",
    ],
)
def test_what_a_denial_or_a_correction_says_did_not_happen(run, text):
    assert frames(run(text)) == []


def test_a_departure_on_a_tour_and_a_signing_where_its_last_leg_goes(run):
    doc = run(
        "नई दिल्ली, 8 दिसंबर 2025 (भाषा) उपराष्ट्रपति अनिल मेहता सोमवार को उरुग्वे और चिली की यात्रा पर रवाना हो गए। यात्रा के "
        "अंतिम चरण में वह शनिवार को सैंटियागो पहुंचेंगे, जहां कृषि में सहयोग पर दो समझौतों पर हस्ताक्षर होने की उम्मीद है।"
    )
    found = frames(doc)
    assert sorted(f["participants"][1]["country"] for f in found if f["event_type"] == "VISIT") == ["CHL", "URY"]
    (sign,) = [f for f in found if f["event_type"] == "SIGN"]
    assert (sign["countries"], sign["date"]["value"]) == (["CHL", "IND"], "2025-12-13")


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("दोनों मुल्कों ने रविवार को आपसी तिजारत बढ़ाने पर इत्तिफ़ाक़ किया।", "AGREE"),
        ("भारत और पाकिस्तान के बीच रविवार को चार समझौतों पर मुहर लगी।", "AGREE"),
    ],
)
def test_agreements_told_in_urdu_and_sealed(run, text, event_type):
    doc = run(f"तेहरान, 23 नवंबर 2025 (एपी) ईरान और पाकिस्तान की बातचीत हुई। {text}")
    assert [f["event_type"] for f in frames(doc)][-1] == event_type


def test_a_meeting_told_first_by_its_chairs(run):
    doc = run(
        "अकरा, 13 नवंबर 2025। भारत-घाना संयुक्त व्यापार समिति की तीसरी बैठक की अध्यक्षता बुधवार को अकरा में मंत्री अनिल "
        "मेहता और घाना की व्यापार मंत्री जॉन मैथ्यू ने संयुक्त रूप से की।"
    )
    (meet,) = frames(doc)
    assert (meet["event_type"], meet["countries"], meet["date"]["value"]) == ("MEET", ["GHA", "IND"], "2025-11-12")


def test_talks_a_speaker_says_they_had_and_a_courtesy_call_in_the_passive(run):
    doc = run(
        "ढाका, 21 नवंबर 2025। विदेश मंत्री अनिल मेहता ने शुक्रवार को कहा कि बांग्लादेश के विदेश सलाहकार जॉन मैथ्यू से उनकी "
        "सार्थक बातचीत हुई है। मेहता द्वारा इसके बाद बांग्लादेश के जल संसाधन सलाहकार से शिष्टाचार भेंट भी की गई।"
    )
    assert [sorted(f["countries"]) for f in frames(doc)] == [["BGD", "IND"], ["BGD", "IND"]]


def test_a_statement_in_the_first_person_under_its_header_is_the_named_ones(run):
    doc = run(
        "रियाद, 10 दिसंबर 2025\n\nविदेश मंत्री अनिल मेहता का प्रेस वक्तव्य:\n\nमुझे खुशी है कि आज मैंने सऊदी अरब के विदेश मंत्री "
        "जॉन मैथ्यू के साथ समिति की बैठक की सह-अध्यक्षता की।\n\nमैं सऊदी नेतृत्व का उनके आतिथ्य के लिए आभार व्यक्त करता हूं।"
    )
    meet, thank = frames(doc)
    assert people(meet) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "SAU", "participant")]
    assert ("अनिल मेहता", "IND", "source") in people(thank)


def test_an_exchange_long_told_in_the_presence_of_two_leaders(run):
    doc = run(
        "नई दिल्ली, 9 दिसंबर 2025। भारत और आइसलैंड के बीच वार्ता हुई। इन समझौतों का आदान-प्रदान मंगलवार को हैदराबाद हाउस में "
        "प्रधानमंत्री अनिल मेहता और आइसलैंड की प्रधानमंत्री जॉन मैथ्यू की उपस्थिति में किया गया।"
    )
    assert "SIGN" in {f["event_type"] for f in frames(doc)}


def test_a_ruler_styled_sheikh_and_doctor_is_one_person(run):
    doc = run(
        "शारजाह | 22 नवंबर 2025\n\nकेरल के राज्यपाल अनिल मेहता ने शनिवार को शारजाह के शासक और सर्वोच्च परिषद के सदस्य शेख "
        "डॉ. सुल्तान बिन मोहम्मद अल कासिमी से अल बदी पैलेस में शिष्टाचार भेंट की। राज्यपाल ने शेख सुल्तान को केरल आने का न्योता "
        "दिया।"
    )
    (meet,) = frames(doc)
    assert len(meet["participants"]) == 2


def test_an_agreement_the_sides_reach_under_a_protocol_is_their_own(run):
    doc = run(
        "ढाका, 20 नवंबर 2025। भारत और बांग्लादेश के बीच नौवहन वार्ता बुधवार को मोंगला बंदरगाह पर संपन्न हुई।\n\nदोनों पक्षों ने "
        "अंतर्देशीय जल पारगमन और व्यापार प्रोटोकॉल के तहत नए मार्ग जोड़ने पर सहमति जताई।"
    )
    assert "AGREE" in {f["event_type"] for f in frames(doc)}


def test_a_visit_to_come_going_on_to_another_city_is_one_visit(run):
    doc = run(
        "नई दिल्ली, 6 दिसंबर 2026। तंजानिया की राष्ट्रपति जॉन मैथ्यू सोमवार को तीन दिन की राजकीय यात्रा पर भारत आएंगी।\n\n"
        "बुधवार को राष्ट्रपति मैथ्यू जंजीबार स्थित एक परिसर के कार्यक्रम के लिए चेन्नई जाएंगी।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["VISIT"]


def test_formal_hindis_talks_at_a_palace_standing_in_the_capital(run):
    doc = run(
        "उलानबटोर, 15 अक्टूबर 2025। भारत के उपराष्ट्रपति अनिल मेहता ने बुधवार को उलानबटोर स्थित राजकीय महल में मंगोलिया के "
        "राष्ट्रपति जॉन मैथ्यू के साथ द्विपक्षीय वार्तालाप किया।"
    )
    (meet,) = frames(doc)
    assert (meet["event_type"], meet["location"]["text"]) == ("MEET", "राजकीय महल")


def test_talks_held_at_one_place_for_the_issues_of_another(run):
    doc = run(
        "लेह, 18 नवंबर 2025। पूर्वी लद्दाख में बाकी मुद्दों को सुलझाने के लिए भारत और चीन के बीच कोर कमांडर स्तर की वार्ता "
        "सोमवार को मोल्डो में हुई।"
    )
    (meet,) = frames(doc)
    assert meet["location"] == {"text": "मोल्डो", "country": "CHN"} | {k: meet["location"][k] for k in ("start", "end")}


def test_a_regional_communitys_commission_president_is_of_no_country(run):
    doc = run(
        "अबुजा, 26 नवंबर 2025 (भाषा)। विदेश राज्य मंत्री अनिल मेहता ने बुधवार को अबुजा में पश्चिम अफ्रीकी देशों के आर्थिक "
        "समुदाय (इकोवास) के आयोग के अध्यक्ष जॉन मैथ्यू से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND"]


def test_a_court_by_its_rank_is_where_judges_met(run):
    doc = run(
        "नई दिल्ली, 9 दिसंबर 2025 (वार्ता)। मॉरीशस की मुख्य न्यायाधीश अनिल मेहता ने मंगलवार को उच्चतम न्यायालय में भारत के "
        "प्रधान न्यायाधीश जॉन मैथ्यू से शिष्टाचार भेंट की।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "उच्चतम न्यायालय"


def test_a_holder_in_their_own_office_meets_there(run):
    doc = run(
        "जयपुर, 7 दिसंबर 2025। दक्षिण कोरिया के राजदूत अनिल मेहता ने शनिवार को मुख्यमंत्री कार्यालय में मुख्यमंत्री जॉन मैथ्यू से "
        "शिष्टाचार भेंट की।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "मुख्यमंत्री कार्यालय"


def test_a_pact_still_negotiated_is_no_meeting(run):
    doc = run(
        "अस्ताना, 10 दिसंबर 2025। भारत और कजाकिस्तान ने बुधवार को सजायाफ्ता व्यक्तियों के स्थानांतरण संबंधी समझौते पर "
        "हस्ताक्षर किए।\n\nराजदूत ने बताया कि दोनों देश आपसी कानूनी सहायता संधि पर भी बातचीत कर रहे हैं।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["SIGN"]


def test_an_international_officials_former_office_gives_no_country(run):
    doc = run(
        "नई दिल्ली, 15 दिसंबर 2025 (भाषा)। संयुक्त राष्ट्र महासभा की अध्यक्ष अनिल मेहता ने सोमवार को यहां विदेश मंत्री जॉन मैथ्यू "
        "से मुलाकात की।\n\nजर्मनी की पूर्व विदेश मंत्री मेहता तीन दिन की भारत यात्रा पर रविवार को यहां पहुंचीं।"
    )
    found = frames(doc)
    assert {f["event_type"] for f in found} == {"MEET", "VISIT"}
    assert all(f["countries"] == ["IND"] for f in found)


def test_an_officer_of_a_national_body_listed_whole_is_of_its_country(run):
    doc = run(
        "चेन्नई, 14 दिसंबर 2025। उद्योग मंत्री टी आर बी राजा और ताइपे आर्थिक एवं सांस्कृतिक केंद्र के महानिदेशक अनिल मेहता के "
        "बीच रविवार को सचिवालय में बैठक हुई।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("अनिल मेहता", "TWN", "participant"), ("टी आर बी राजा", "IND", "participant")]


def test_a_weeks_plan_by_weekdays_is_to_come(run):
    doc = run(
        "नई दिल्ली, 14 दिसंबर 2025। इस सप्ताह राजधानी में कई बैठकें होंगी।\n\nसोमवार: ओमान के विदेश मंत्री अनिल मेहता दो दिन "
        "की यात्रा पर नई दिल्ली पहुंचेंगे।"
    )
    (visit,) = frames(doc)
    assert (visit["modality"], visit["date"]["value"]) == ("planned", "2025-12-15")


def test_a_meeting_held_online_is_a_call(run):
    doc = run(
        "सैंटियागो, 10 दिसंबर 2025। भारत और चिली के बीच कृषि पर संयुक्त कार्य समूह की दूसरी बैठक मंगलवार को ऑनलाइन आयोजित "
        "की गई, जिसकी सह-अध्यक्षता भारत के संयुक्त सचिव अनिल मेहता और चिली की कृषि अवर सचिव जॉन मैथ्यू ने की।"
    )
    (call,) = frames(doc)
    assert (call["event_type"], call["location"]) == ("CALL", None)


def test_one_come_to_attend_a_meeting_abroad_visits(run):
    doc = run(
        "बैंकॉक, 12 दिसंबर 2025 (एएफपी)। भारत के विदेश राज्य मंत्री अनिल मेहता, जो बिम्सटेक विदेश मंत्रियों की बैठक में भाग "
        "लेने आए हैं, ने थाईलैंड के विदेश मंत्री जॉन मैथ्यू से अलग से बातचीत की।"
    )
    (visit,) = [f for f in frames(doc) if f["event_type"] == "VISIT"]
    assert people(visit) == [("-", "THA", "target"), ("अनिल मेहता", "IND", "source")]


def test_one_congratulated_on_taking_charge_of_an_office_holds_it(run):
    doc = run(
        "नई दिल्ली, 12 दिसंबर 2025 (भाषा)। प्रधानमंत्री जॉन मैथ्यू ने शुक्रवार को अनिल मेहता को लेसोथो के प्रधानमंत्री का "
        "पदभार संभालने पर बधाई दी।"
    )
    (wish,) = frames(doc)
    assert [(p["name"], p["country"]) for p in wish["participants"] if p["role"] == "target"] == [("अनिल मेहता", "LSO")]


def test_landing_at_an_air_base_is_an_arrival_in_its_city(run):
    doc = run(
        "नई दिल्ली, 18 दिसंबर 2025 (वार्ता)। बेनिन के राष्ट्रपति अनिल मेहता बुधवार दोपहर चार दिन की राजकीय यात्रा पर पालम "
        "वायुसेना अड्डे पर उतरे।"
    )
    (visit,) = frames(doc)
    assert (visit["location"]["text"], visit["date"]["value"]) == ("नई दिल्ली", "2025-12-17")


def test_a_signing_that_was_to_be_is_none(run):
    doc = run(
        "काठमांडू, 19 दिसंबर 2025। भारत और नेपाल के ऊर्जा सचिवों ने गुरुवार को काठमांडू में बैठक की।\n\nबैठक के बाद दोनों देशों के "
        "बीच बिजली व्यापार के समझौते पर हस्ताक्षर होने थे, लेकिन इसे टाल दिया गया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_the_european_sides_leader_speaks_for_the_union(run):
    doc = run(
        "ब्रसेल्स, 17 दिसंबर 2025 (भाषा)। भारत और यूरोपीय संघ के बीच सोमवार को यहां वार्ता हुई। भारतीय दल का नेतृत्व वाणिज्य "
        "सचिव अनिल मेहता ने और यूरोपीय दल का नेतृत्व व्यापार महानिदेशक जॉन मैथ्यू ने किया।"
    )
    (meet,) = frames(doc)
    assert [(p["name"], p["org"], p["country"]) for p in meet["participants"] if p["name"] == "जॉन मैथ्यू"] == [
        ("जॉन मैथ्यू", "यूरोपीय संघ", None)
    ]


def test_one_met_as_well_as_another_is_two_meetings(run):
    doc = run(
        "टोक्यो, 20 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने शनिवार को टोक्यो में जापान के विदेश मंत्री जॉन मैथ्यू के साथ-साथ "
        "जापान अंतरराष्ट्रीय सहयोग एजेंसी के अध्यक्ष केन तनाका से भी मुलाकात की।"
    )
    assert sorted(len(f["participants"]) for f in frames(doc)) == [2, 2]


def test_a_body_built_up_beside_another_is_what_was_discussed(run):
    doc = run(
        "कोलंबो, 18 दिसंबर 2025। अनिल मेहता और जॉन मैथ्यू के बीच हुई बातचीत में त्रिंकोमाली ऊर्जा केंद्र और कांकेसंतुरै "
        "बंदरगाह के विकास पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["energy", "transport"]


def test_a_visits_later_days_are_counted_from_its_first(run):
    doc = run(
        "नई दिल्ली, 10 दिसंबर 2025 (भाषा)। जर्मनी के राष्ट्रपति अनिल मेहता 14 से 17 दिसंबर तक भारत की राजकीय यात्रा पर "
        "रहेंगे।\n\nयात्रा के पहले दिन वह राजघाट पर महात्मा गांधी को श्रद्धांजलि देंगे। दूसरे दिन वह प्रधानमंत्री जॉन मैथ्यू के "
        "साथ वार्ता करेंगे।"
    )
    days = {f["event_type"]: (f["date"] or {}).get("value") for f in frames(doc)}
    assert days == {"VISIT": "2025-12-14/2025-12-17", "CEREMONY": "2025-12-14", "MEET": "2025-12-15"}


def test_what_came_after_at_a_time_of_its_own_is_no_business_of_the_talks(run):
    doc = run(
        "मनीला, 28 दिसंबर 2025 (पीएनए)। इस साल अगस्त में राष्ट्रपति अनिल मेहता ने नई दिल्ली में प्रधानमंत्री जॉन मैथ्यू के साथ "
        "वार्ता की।\n\nइसके बाद अक्टूबर में दोनों देशों की नौसेनाओं ने पहला संयुक्त समुद्री अभियान चलाया।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == []


def test_talks_in_older_spelling_in_a_holders_secretariat(run):
    doc = run(
        "पटना, 16 दिसंबर 2025 (वार्ता)। बिहार के मुख्यमंत्री अनिल मेहता ने मंगलवार को मुख्यमंत्री सचिवालय में नेपाल के राजदूत "
        "जॉन मैथ्यू के साथ वार्त्ता की।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "मुख्यमंत्री सचिवालय"


def test_an_officer_of_a_body_the_story_names_with_its_country_is_of_that_country(run):
    doc = run(
        "कोच्चि, 22 दिसंबर 2025 (भाषा)। कोचीन पोर्ट अथॉरिटी और ओमान के सोहार पोर्ट एंड फ्रीज़ोन ने सोमवार को कोच्चि में एक सिस्टर "
        "पोर्ट समझौते पर हस्ताक्षर किए। समझौते पर पोर्ट अथॉरिटी के अध्यक्ष अनिल मेहता और सोहार पोर्ट के मुख्य कार्यकारी अधिकारी "
        "जॉन मैथ्यू ने दस्तखत किए।"
    )
    (sign,) = frames(doc)
    assert ("जॉन मैथ्यू", "OMN", "participant") in people(sign)
    assert (sign["countries"], sign["topics"]) == (["IND", "OMN"], ["transport"])


def test_an_office_a_hard_wrap_cut_is_written_on_one_line(run):
    doc = run(
        "शिलांग, 19 दिसंबर 2025। मेघालय के\nमुख्यमंत्री अनिल कुमार मेहता ने शुक्रवार को\nराज्य सचिवालय में बांग्लादेश के सहायक\n"
        "उच्चायुक्त मोहम्मद जॉन मैथ्यू से\nमुलाकात की और दावकी सीमा हाट तथा\nसीमा पार व्यापार बढ़ाने पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert [p["title"] for p in meet["participants"] if p["country"] == "BGD"] == ["सहायक उच्चायुक्त"]


def test_that_same_evening_on_a_trip_told_from_home_one_of_no_stated_country_is_the_hosts(run):
    doc = run(
        "नई दिल्ली, 9 दिसंबर 2025 (भाषा)। विदेश राज्य मंत्री अनिल मेहता सोमवार को दो दिन की यात्रा पर सूरीनाम की राजधानी "
        "पारामारिबो पहुंचे।\n\nउसी शाम उन्होंने विदेश मंत्री जॉन मैथ्यू के साथ प्रतिनिधिमंडल स्तर की वार्ता की।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert people(meet) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "SUR", "participant")]
    assert (meet["location"]["text"], meet["date"]["value"]) == ("पारामारिबो", "2025-12-08")


def test_the_next_morning_after_an_arrival_is_the_day_after(run):
    doc = run(
        "मनीला, 16 दिसंबर 2025 (पीएनए)। रक्षा मंत्री अनिल मेहता सोमवार रात दो दिन की यात्रा पर मनीला पहुंचे। अगली सुबह उन्होंने "
        "कैंप अगुइनाल्डो में फिलीपींस के रक्षा सचिव जॉन मैथ्यू से मुलाकात की।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert (meet["location"]["text"], meet["date"]["value"]) == ("कैंप अगुइनाल्डो", "2025-12-16")


def test_a_releases_issuer_line_places_it(run):
    doc = run(
        "प्रेस विज्ञप्ति\nभारतीय दूतावास, काहिरा\nक्रमांक: CAI/PR/112/2025\nदिनांक: 17 दिसंबर 2025\n\nमिस्र में भारत के राजदूत अनिल मेहता ने 16 दिसंबर 2025 "
        "को मिस्र के निवेश मंत्री जॉन मैथ्यू से उनके कार्यालय में भेंट की।"
    )
    (meet,) = frames(doc)
    assert [(meet["location"] or {}).get(k) for k in ("text", "country")] == ["काहिरा", "EGY"]


@pytest.mark.parametrize(
    "text",
    [
        "वाराणसी, 23 दिसंबर 2025 (भाषा)। नेपाल के संस्कृति मंत्री अनिल मेहता और केंद्रीय पर्यटन मंत्री जॉन मैथ्यू ने मंगलवार को "
        "वाराणसी में नेपाली धर्मशाला के नए भवन का भूमि पूजन किया।",
        "सुवा, 24 दिसंबर 2025 (एफबीसी)। फिजी के राष्ट्रपति जॉन मैथ्यू ने बुधवार को स्टेट हाउस में आयोजित एक समारोह में भारतीय "
        "उच्चायुक्त अनिल मेहता को फिजी का सर्वोच्च नागरिक सम्मान 'कम्पेनियन ऑफ द ऑर्डर ऑफ फिजी' प्रदान किया।",
    ],
)
def test_a_ground_breaking_and_an_honour_named_in_quotes_are_ceremonies_of_both(run, text):
    (ceremony,) = frames(run(text))
    assert (ceremony["event_type"], len(ceremony["countries"])) == ("CEREMONY", 2)


def test_of_two_foreign_ministers_talking_the_guessed_one_is_of_a_dateline_abroad(run):
    doc = run(
        "माले, 26 दिसंबर 2025 (सन)। विदेश मंत्री अनिल मेहता ने गुरुवार को विदेश मंत्री एस जयशंकर से फोन पर बात कर माले में "
        "भारत की मदद से बन रहे हवाई अड्डे की प्रगति पर चर्चा की।"
    )
    (call,) = frames(doc)
    assert (call["countries"], call["topics"]) == (["IND", "MDV"], ["aerospace"])


def test_a_visits_programme_in_a_table_told_by_the_ministry_is_the_visitors(run):
    doc = run(
        "नई दिल्ली, 4 जनवरी 2026 (भाषा)। विदेश मंत्रालय ने श्रीलंका की प्रधानमंत्री अनिल मेहता की 6 से 8 जनवरी तक की भारत यात्रा "
        "का कार्यक्रम जारी किया है।\n\nतारीख\tस्थान\tकार्यक्रम\n6 जनवरी\tनई दिल्ली\tप्रधानमंत्री जॉन मैथ्यू के साथ वार्ता\n"
        "8 जनवरी\tचेन्नई\tतमिलनाडु के मुख्यमंत्री से मुलाकात"
    )
    found = frames(doc)
    assert [(f["event_type"], f["participants"][0]["name"]) for f in found][:1] == [("VISIT", "अनिल मेहता")]
    meetings = [(f["location"]["text"], f["date"]["value"]) for f in found if f["event_type"] == "MEET"]
    assert meetings == [("नई दिल्ली", "2026-01-06"), ("चेन्नई", "2026-01-08")]


def test_an_official_of_the_eurasian_economic_commission_has_no_country(run):
    doc = run(
        "मॉस्को, 30 दिसंबर 2025 (तास)। भारत के वाणिज्य सचिव अनिल मेहता और यूरेशियाई आर्थिक आयोग के व्यापार मंत्री जॉन मैथ्यू ने "
        "मंगलवार को मॉस्को में मुलाकात कर मुक्त व्यापार समझौते पर वार्ता की तारीखें तय कीं।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND"]


def test_talks_told_after_an_arrival_and_a_meeting_elsewhere_are_where_the_meeting_was(run):
    doc = run(
        "थिम्पू, 6 जनवरी 2026 (कुएंसेल)। भारत के सेना प्रमुख जनरल अनिल मेहता मंगलवार को हेलीकॉप्टर से पारो पहुंचे और बाद में "
        "थिम्पू में भूटान के राजा जॉन मैथ्यू से मुलाकात की। दोनों के बीच दोकलाम क्षेत्र में बुनियादी ढांचे पर चर्चा हुई।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meet["location"]["text"] == "थिम्पू"


LIVE_PAGE = (
    "लाइव: ओमान के प्रधानमंत्री की भारत यात्रा का दूसरा दिन\n\nनई दिल्ली | 13 जनवरी 2026\n\n12:40 PM\n"
    "विदेश सचिव ने बताया कि दोनों नेताओं ने रक्षा औद्योगिक सहयोग का एक रोडमैप अपनाया है। अगला अंतर-सरकारी परामर्श 2027 में मस्कट "
    "में होगा।\n\n11:05 AM\nहैदराबाद हाउस में भारत के प्रधानमंत्री अनिल मेहता और ओमान के प्रधानमंत्री जॉन मैथ्यू के बीच वार्ता हुई।"
)


def test_a_live_pages_entries_are_of_its_day_not_of_a_year_to_come_told_above(run):
    (meet,) = [f for f in frames(run(LIVE_PAGE)) if f["event_type"] == "MEET" and f["modality"] == "asserted"]
    assert meet["date"]["value"] == "2026-01-13"


def test_a_live_pages_next_round_and_both_leaders_are_of_the_entries_below(run):
    found = frames(run(LIVE_PAGE))
    agree = next(f for f in found if f["event_type"] == "AGREE")
    assert sorted(p["name"] for p in agree["participants"]) == ["अनिल मेहता", "जॉन मैथ्यू"]
    (planned,) = [f for f in found if f["modality"] == "planned"]
    assert (planned["countries"], planned["location"]["text"]) == (["IND", "OMN"], "मस्कट")


def test_an_action_plan_approved_is_agreed(run):
    doc = run(
        "तोक्यो, 10 मार्च 2026। मंगोलिया के राष्ट्रपति अनिल मेहता और जापान के प्रधानमंत्री जॉन मैथ्यू ने मंगलवार को एक नई "
        "कार्ययोजना को मंजूरी दी।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["AGREE"]


def test_both_leaders_after_talks_told_by_the_host_alone_are_the_host_and_the_visitor(run):
    doc = run(
        "तोक्यो, 10 मार्च 2026। मंगोलिया के राष्ट्रपति अनिल मेहता सोमवार को राजकीय यात्रा पर तोक्यो पहुंचे। मंगलवार को प्रधानमंत्री "
        "कार्यालय में जापानी प्रधानमंत्री जॉन मैथ्यू के साथ शिखर वार्ता हुई। दोनों नेताओं ने एक नई कार्ययोजना को मंजूरी दी।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert sorted(p["name"] for p in agree["participants"]) == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_banquet_in_the_evening_is_of_the_storys_day_not_of_the_arrival_told_before(run):
    doc = run(
        "तोक्यो, 10 मार्च 2026। मंगोलिया के राष्ट्रपति अनिल मेहता ने मंगलवार को जापानी प्रधानमंत्री जॉन मैथ्यू से मुलाकात की। "
        "मेहता सोमवार को तोक्यो पहुंचे थे। शाम को मैथ्यू ने मेहता के सम्मान में रात्रिभोज दिया।"
    )
    dates = {f["trigger"]["text"]: f["date"]["value"] for f in frames(doc) if f["event_type"] == "MEET"}
    assert dates["रात्रिभोज दिया"] == "2026-03-10"


def test_the_meeting_after_which_one_of_two_leaders_spoke_was_the_twos(run):
    doc = run(
        "अंकारा, 24 फरवरी 2026। केन्या के राष्ट्रपति अनिल मेहता और तुर्किये के राष्ट्रपति जॉन मैथ्यू की मौजूदगी में मंगलवार को "
        "दोनों देशों ने सात समझौतों पर हस्ताक्षर किए। राष्ट्रपति परिसर में हुई बैठक के बाद मैथ्यू ने कहा कि संबंध मजबूत हैं।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert (sorted(p["name"] for p in meet["participants"]), meet["date"]["value"]) == (
        ["अनिल मेहता", "जॉन मैथ्यू"],
        "2026-02-24",
    )


def test_a_signing_told_with_when_after_a_visit_of_a_year_gone_by_is_background(run):
    doc = run(
        "दुशांबे, 18 फरवरी 2026। विदेश मंत्री अनिल मेहता ने सोमवार को ताजिक विदेश मंत्री जॉन मैथ्यू के साथ वार्ता की।\n\nयह पहली "
        "बार नहीं है जब दोनों देश करीब आए हैं। दिसंबर 2016 में राष्ट्रपति केन तनाका नई दिल्ली की राजकीय यात्रा पर आए थे, जब दोनों "
        "देशों ने दोहरे कराधान से बचाव संबंधी समझौते में संशोधन के प्रोटोकॉल पर हस्ताक्षर किए थे।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET"]


def test_an_audience_granted_is_a_meeting_with_the_one_granted_it(run):
    doc = run(
        "दुशांबे, 17 फरवरी 2026। विदेश मंत्री अनिल मेहता ने सोमवार को ताजिक विदेश मंत्री केन तनाका के साथ वार्ता की। अगले दिन "
        "ताजिकिस्तान के राष्ट्रपति जॉन मैथ्यू ने उन्हें मुलाकात का समय दिया।"
    )
    meetings = [sorted(p["name"] for p in f["participants"]) for f in frames(doc) if f["event_type"] == "MEET"]
    assert ["अनिल मेहता", "जॉन मैथ्यू"] in meetings


def test_the_next_summit_of_leaders_met_online_is_of_their_countries(run):
    doc = run(
        "नई दिल्ली, 20 मार्च 2026। भारत, ब्राजील और दक्षिण अफ्रीका के नेताओं ने शुक्रवार को वर्चुअल माध्यम से बैठक की। अगला "
        "इब्सा शिखर सम्मेलन वर्ष के अंत में जोहान्सबर्ग में होगा।"
    )
    (planned,) = [f for f in frames(doc) if f["modality"] == "planned"]
    assert (planned["countries"], planned["location"]["text"]) == (["BRA", "IND", "ZAF"], "जोहान्सबर्ग")


def test_an_office_alone_by_its_last_words_is_its_holder(run):
    doc = run(
        "असुनसियोन, 12 मार्च 2026। विदेश राज्य मंत्री अनिल मेहता ने बुधवार को पराग्वे के विदेश मंत्री जॉन मैथ्यू से भेंट की।\n\n"
        "तत्पश्चात राज्य मंत्री ने राष्ट्रीय विश्वविद्यालय में सूचना प्रौद्योगिकी केंद्र का उद्घाटन किया।"
    )
    (ceremony,) = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert ceremony["participants"][0]["name"] == "अनिल मेहता"


def test_topics_of_a_post_quoted_in_english(run):
    doc = run(
        "नई दिल्ली, 6 मार्च 2026। विदेश मंत्री अनिल मेहता ने शुक्रवार को यहां चिली के विदेश मंत्री जॉन मैथ्यू से मुलाकात की।\n\n"
        "बैठक के बाद मेहता ने 'एक्स' पर लिखा, \"Good to meet FM Mathew. Discussed our cooperation in critical minerals "
        'and green hydrogen."'
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["mining", "renewables"]


def test_talks_after_an_act_told_before_are_of_its_day(run):
    doc = run(
        "अवरुआ, 17 मार्च 2026। भारत की उच्चायुक्त अनिल मेहता ने सोमवार को अवरुआ में कुक द्वीपसमूह के प्रधानमंत्री जॉन मैथ्यू को "
        "पांच लाख डॉलर का चेक सौंपा।\n\nचेक सौंपने के बाद दोनों के बीच हुई बातचीत में मत्स्य पालन पर चर्चा हुई।"
    )
    (meet,) = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert meet["date"]["value"] == "2026-03-16"


def test_the_mediators_are_thanked_for_their_mediation(run):
    doc = run(
        "इस्लामाबाद, 9 मार्च 2026। अफ़ग़ानिस्तान के विदेश मंत्री अनिल मेहता ने क़तर और तुर्की की मध्यस्थता के लिए शुक्रिया अदा किया।"
    )
    (thanks,) = frames(doc)
    assert sorted(p["country"] for p in thanks["participants"] if p["role"] == "target") == ["QAT", "TUR"]


def test_the_day_of_a_verb_joined_after_is_not_the_one_before(run):
    doc = run(
        "किगाली, 11 फरवरी 2026। उपराष्ट्रपति अनिल मेहता मंगलवार को किगाली पहुंचे, जिसके बाद वे नरसंहार स्मारक गए और वहां "
        "पीड़ितों को श्रद्धांजलि दी तथा बुधवार को उन्होंने राष्ट्रपति जॉन मैथ्यू से मुलाकात की।"
    )
    (tribute,) = [f for f in frames(doc) if f["event_type"] == "CEREMONY"]
    assert tribute["date"]["value"] == "2026-02-10"


def test_the_minister_there_come_to_india_is_of_the_country_named_before(run):
    doc = run(
        "नई दिल्ली, 27 जनवरी 2026। मालदीव के राष्ट्रपति के विशेष दूत के रूप में भारत आए वहां के विदेश मंत्री अनिल मेहता ने मंगलवार "
        "को प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["countries"] == ["IND", "MDV"]


def test_photo_captions_tell_who_does_what_by_a_participle(run):
    doc = run(
        "फोटो 1: निकोसिया के राष्ट्रपति भवन में सोमवार को साइप्रस के राष्ट्रपति जॉन मैथ्यू के साथ वार्ता करते प्रधानमंत्री नरेंद्र "
        "मोदी। (पीटीआई)\n\nफोटो 2: राष्ट्रपति मैथ्यू से साइप्रस का सर्वोच्च सम्मान 'ग्रैंड क्रॉस ऑफ द ऑर्डर' ग्रहण करते प्रधानमंत्री "
        "मोदी। (एएनआई)"
    )
    found = {f["event_type"]: f for f in frames(doc)}
    assert set(found) == {"MEET", "CEREMONY"}
    assert [found[t]["countries"] for t in ("MEET", "CEREMONY")] == [["CYP", "IND"], ["CYP", "IND"]]
    assert found["MEET"]["location"]["text"] == "निकोसिया"


def test_a_meeting_moved_is_on_the_day_it_now_is(run):
    doc = run(
        "नई दिल्ली, 9 मार्च 2026। भारत और जापान के रक्षा मंत्रियों की वार्षिक बैठक अब 11 मार्च के बजाय 12 मार्च को टोक्यो में होगी।"
    )
    (meet,) = frames(doc)
    assert (meet["modality"], meet["date"]["value"]) == ("planned", "2026-03-12")


def test_a_note_handed_to_an_envoy_summoned_is_no_ceremony(run):
    doc = run(
        "ढाका, 3 मार्च 2026। बांग्लादेश के विदेश मंत्रालय ने सोमवार को भारतीय उच्चायुक्त अनिल मेहता को तलब कर सीमा पर हुई एक "
        "घटना को लेकर राजनयिक नोट सौंपा।"
    )
    assert frames(doc) == []


def test_border_guards_chiefs_meeting_held_as_planned_is_theirs_and_held(run):
    doc = run(
        "ढाका, 3 मार्च 2026। मंगलवार को ढाका में दोनों देशों के सीमा सुरक्षा बलों के महानिदेशकों की बैठक तय कार्यक्रम के अनुसार हुई। "
        "बीएसएफ के महानिदेशक अनिल मेहता और बीजीबी के महानिदेशक जॉन मैथ्यू ने तस्करी पर लगाम लगाने के उपायों पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert (meet["modality"], meet["countries"]) == ("asserted", ["BGD", "IND"])


def test_decisions_numbered_in_a_four_country_meeting_are_its_sides(run):
    doc = run(
        "काठमांडू, 20 फरवरी 2026। बांग्लादेश, भूटान, भारत और नेपाल के परिवहन सचिवों की बैठक बृहस्पतिवार को काठमांडू में हुई। बैठक "
        "में ये फैसले लिए गए: (1) परीक्षण अप्रैल से शुरू होगा, (2) अगली बैठक जून में थिम्पू में होगी।"
    )
    found = frames(doc)
    assert ["BGD", "BTN", "IND", "NPL"] in [f["countries"] for f in found if f["event_type"] == "AGREE"]
    (planned,) = [f for f in found if f["event_type"] == "MEET" and f["modality"] == "planned"]
    assert planned["date"]["value"] == "2026-06"


def test_a_royal_couple_is_no_person_and_the_guests_honoured_are_the_visitors(run):
    doc = run(
        "नई दिल्ली, 24 फरवरी 2026। डेनमार्क के राजा अनिल मेहता सोमवार रात राजकीय यात्रा पर नई दिल्ली पहुंचे। मंगलवार को राष्ट्रपति "
        "भवन में प्रधानमंत्री नरेंद्र मोदी ने शाही दंपती की अगवानी की। शाम को राष्ट्रपति द्रौपदी मुर्मू ने अतिथियों के सम्मान में "
        "राजकीय भोज दिया।"
    )
    assert "शाही दंपती" not in {p.name for p in doc.people}
    banquet = next(f for f in frames(doc) if f["trigger"]["text"].startswith("राजकीय भोज"))
    assert sorted(p["name"] for p in banquet["participants"]) == ["अनिल मेहता", "द्रौपदी मुर्मू"]


def test_an_age_in_brackets_is_no_numbered_item(run):
    doc = run(
        "लंदन, 2 दिसंबर 2026। ब्रिटेन के प्रधानमंत्री अनिल मेहता (64) ने मंगलवार को भारत के वाणिज्य मंत्री जॉन मैथ्यू (62) से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["GBR", "IND"]


def test_talks_of_late_have_no_day_and_other_offices_meeting_later_are_another_meeting(run):
    doc = run(
        "काठमांडू, 16 मार्च 2026। पिछले दिनों नई दिल्ली में नेपाल के ऊर्जा मंत्री अनिल मेहता और भारत के ऊर्जा मंत्री जॉन मैथ्यू की "
        "मुलाकात के बाद बिजली व्यापार पर बातचीत ने गति पकड़ ली है।\n\nसोमवार को काठमांडू में दोनों देशों के ऊर्जा सचिवों की बैठक "
        "हुई।"
    )
    meetings = sorted(((f["date"] or {}).get("value") or "-", f["location"]["text"]) for f in frames(doc))
    assert meetings == [("-", "नई दिल्ली"), ("2026-03-16", "काठमांडू")]


def test_a_day_told_of_what_was_thanked_for_with_its_place_between_is_not_the_thanks(run):
    doc = run(
        "नई दिल्ली, 12 दिसंबर 2025। जर्मनी के चांसलर अनिल मेहता ने पिछले महीने बर्लिन में हुई परामर्श बैठक की सफलता के लिए भारत का "
        "धन्यवाद किया।"
    )
    (thanks,) = frames(doc)
    assert (thanks["date"] or {}).get("value") != "2025-11"


def test_met_face_to_face_and_a_demonym_inside_the_talks_told_is_no_side(run):
    doc = run(
        "जयपुर, 21 फरवरी 2026। भारत में जापान के राजदूत अनिल मेहता शनिवार को मुख्यमंत्री जॉन मैथ्यू से रूबरू हुए। "
        "मुख्यमंत्री निवास पर हुई इस गुफ्तगू में राज्य में जापानी निवेश, पर्यटन और कौशल विकास पर बात हुई।"
    )
    (meet,) = frames(doc)
    assert meet["event_type"] == "MEET" and meet["location"]["text"] == "मुख्यमंत्री निवास"
    assert meet["topics"] == ["education", "investment", "tourism"]


def test_a_ceremony_held_in_a_town_told_next_and_agreement_after_talks_dated_by_it(run):
    doc = run(
        "डकार, 9 जनवरी 2026। सेनेगल के राष्ट्रपति अनिल मेहता और मॉरिटानिया के राष्ट्रपति जॉन मैथ्यू ने गुरुवार को गैस "
        "परियोजना की आधारशिला रखी। समारोह ज़िगिंचोर में हुआ, जहां दोनों नेताओं ने बातचीत भी की। बातचीत के बाद जारी बयान "
        "के अनुसार, दोनों देश एक समिति बनाने पर राजी हुए।"
    )
    places = {f["event_type"]: (f["location"]["text"], (f["date"] or {}).get("value")) for f in frames(doc)}
    assert places == {
        "CEREMONY": ("ज़िगिंचोर", "2026-01-08"),
        "MEET": ("ज़िगिंचोर", "2026-01-08"),
        "AGREE": ("ज़िगिंचोर", "2026-01-08"),
    }


@pytest.mark.parametrize(
    "text,visitor,place",
    [
        (
            "नई दिल्ली, 10 मार्च 2026। प्रवक्ता जॉन मैथ्यू ने मंगलवार को विदेश सचिव अनिल मेहता की कुवैत यात्रा की जानकारी दी।",
            "अनिल मेहता",
            "कुवैत",
        ),
        (
            "विश्लेषण: नई शुरुआत\n\nविदेश मंत्री अनिल मेहता की इस सप्ताह की बांग्लादेश यात्रा को रिश्तों में एक सधा हुआ कदम "
            "माना जा रहा है।",
            "अनिल मेहता",
            "बांग्लादेश",
        ),
    ],
)
def test_a_visit_told_only_as_a_noun(run, text, visitor, place):
    (visit,) = frames(run(text))
    assert [p["name"] for p in visit["participants"] if p["role"] == "source"] == [visitor]
    assert visit["location"]["text"] == place and visit["date"] is None and visit["modality"] == "asserted"


def test_a_visit_noun_of_no_one_named_is_no_visit(run):
    text = "नई दिल्ली, 10 मार्च 2026। भारत यात्रा की योजना बना रहे विदेशी पर्यटकों के लिए वीजा नियमों में ढील दी गई है।"
    assert frames(run(text)) == []


def test_talks_with_another_country_told_after_a_meeting_are_not_its_topics(run):
    doc = run(
        "नई दिल्ली, 20 फरवरी 2026। प्रवक्ता ने बताया कि श्रीलंका के राष्ट्रपति अनिल मेहता कल प्रधानमंत्री जॉन मैथ्यू के साथ "
        "वार्ता करेंगे।\n\nएक सवाल के जवाब में प्रवक्ता ने कहा कि बांग्लादेश के साथ सीमा पर बाड़ लगाने के मुद्दे पर दोनों "
        "देशों के सीमा सुरक्षा बलों के बीच बातचीत जारी है।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == []


def test_a_day_told_again_after_yani_is_the_day(run):
    doc = run(
        "टोक्यो, 4 मार्च 2026। जापान और फिलीपींस के विदेश मंत्रियों की वार्ता अगले गुरुवार, यानी इस महीने की 12 तारीख को मनीला "
        "में होगी।"
    )
    (meet,) = frames(doc)
    assert (meet["date"]["value"], meet["location"]["text"], meet["modality"]) == ("2026-03-12", "मनीला", "planned")


def test_what_is_told_on_in_the_pluperfect_keeps_the_day_told_before(run):
    doc = run(
        "मनीला, 14 अक्टूबर 2026। फिलीपींस ने बुधवार को चीन के राजदूत को तलब किया। इससे पहले दोनों देशों के उप विदेश "
        "मंत्रियों ने पिछले गुरुवार को मनीला में बैठक की थी। फिलीपींस की ओर से उप विदेश मंत्री अनिल मेहता और चीन की ओर से उप "
        "विदेश मंत्री जॉन मैथ्यू ने बैठक की अध्यक्षता की और दोनों पक्ष हॉटलाइन को मजबूत करने पर सहमत हुए थे।"
    )
    days = sorted((f["event_type"], (f["date"] or {}).get("value")) for f in frames(doc))
    assert days == [("AGREE", "2026-10-08"), ("MEET", "2026-10-08")]


def test_a_town_right_after_the_meetings_own_in_is_what_was_talked_of(run):
    doc = run(
        "वाराणसी, 10 जुलाई 2026। जापान के राजदूत अनिल मेहता ने गुरुवार को मंडलायुक्त जॉन मैथ्यू से मुलाकात की। बैठक में काशी "
        "में पर्यटन और हस्तशिल्प उत्पादों के निर्यात पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "वाराणसी"
    assert [(p["title"], p["country"]) for p in meet["participants"] if p["name"] == "जॉन मैथ्यू"] == [("मंडलायुक्त", "IND")]


def test_an_agreement_after_talks_placed_by_the_sentence_after_them_is_there(run):
    doc = run(
        "येरेवान, 24 फरवरी 2026। आर्मेनिया के विदेश मंत्री अनिल मेहता ने सोमवार को अज़रबैजान के विदेश मंत्री जॉन मैथ्यू से "
        "मुलाकात की। यह मुलाकात जिनेवा में संयुक्त राष्ट्र मानवाधिकार परिषद के सत्र से इतर हुई।\n\nदोनों पक्षों ने अगले महीने "
        "अबू धाबी में फिर मिलने पर सहमति जताई।"
    )
    assert {f["event_type"]: f["location"]["text"] for f in frames(doc)} == {"MEET": "जिनेवा", "AGREE": "जिनेवा"}


def test_a_bodys_head_noun_before_an_office_is_the_body_named_before(run):
    doc = run(
        "शंघाई, 11 अगस्त 2026। ब्राज़ील के राष्ट्रपति अनिल मेहता ने मंगलवार को न्यू डेवलपमेंट बैंक के मुख्यालय में बैंक की "
        "अध्यक्ष जॉन मैथ्यू से मुलाकात की और बुनियादी ढांचा परियोजनाओं के लिए ऋण पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["BRA"] and "finance" in meet["topics"]
    assert [(p["org"], p["country"]) for p in meet["participants"] if p["name"] == "जॉन मैथ्यू"] == [
        ("न्यू डेवलपमेंट बैंक", None)
    ]
    # the party at whose seat they met is not the one named before it
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। चीनी कम्युनिस्ट पार्टी के उप मंत्री अनिल मेहता के नेतृत्व में प्रतिनिधिमंडल ने बुधवार को यहां "
        "भाजपा मुख्यालय में पार्टी के महासचिव जॉन मैथ्यू से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert [p["country"] for p in meet["participants"] if p["name"] == "जॉन मैथ्यू"] == ["IND"]


def test_a_welcome_with_a_ceremony_and_a_town_told_as_kasba(run):
    doc = run(
        "वेलिंग्टन, 12 फरवरी 2026। फिजी के प्रधानमंत्री अनिल मेहता ने बुधवार को न्यूज़ीलैंड के प्रधानमंत्री जॉन मैथ्यू के साथ "
        "वार्ता की। वार्ता से पहले संसद भवन में मेहता का पारंपरिक माओरी 'पोवहिरी' समारोह के साथ स्वागत किया गया।"
    )
    assert sorted(f["event_type"] for f in frames(doc)) == ["CEREMONY", "MEET"]
    doc = run(
        "पनामा सिटी, 17 सितंबर 2026। पनामा के सुरक्षा मंत्री अनिल मेहता और कोस्टा रिका के सुरक्षा मंत्री जॉन मैथ्यू ने बुधवार को "
        "सीमावर्ती कस्बे पासो कानोआस में बैठक की।\n\nदोनों मंत्रियों ने संयुक्त गश्त शुरू करने पर भी सहमति जताई।"
    )
    assert {f["event_type"]: f["location"]["text"] for f in frames(doc)} == {
        "MEET": "पासो कानोआस",
        "AGREE": "पासो कानोआस",
    }


def test_a_place_the_tree_reads_as_a_conjunct_gives_no_case_to_the_one_before(parsed_run):
    doc = parsed_run(
        "नई दिल्ली, 28 अक्टूबर 2026। भारत और मोरक्को ने मंगलवार को रक्षा उद्योग में सहयोग के एक समझौता ज्ञापन पर हस्ताक्षर "
        "किए। नई दिल्ली में रक्षा सचिव अनिल मेहता और रबात में मोरक्को के राष्ट्रीय रक्षा प्रशासन के मंत्री-प्रतिनिधि जॉन मैथ्यू "
        "ने दस्तावेज पर हस्ताक्षर किए।"
    )
    (sign,) = frames(doc)
    assert sorted(p["name"] for p in sign["participants"]) == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_communitys_imam_meeting_a_prime_minister_is_no_home_meeting(run):
    doc = run(
        "नई दिल्ली, 1 अक्टूबर 2026। इस्माइली मुसलमानों के इमाम हिज़ हाइनेस प्रिंस अनिल मेहता ने बुधवार को प्रधानमंत्री जॉन मैथ्यू "
        "से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert next((p["name"], p["country"]) for p in meet["participants"]) == ("अनिल मेहता", None)


def test_a_welcome_ceremony_greeting_is_no_congratulation(run):
    doc = run(
        "सोल, 16 सितंबर 2026। राजकीय यात्रा पर सोमवार को सोल पहुंचे मंगोलिया के राष्ट्रपति अनिल मेहता का मंगलवार सुबह "
        "औपचारिक स्वागत समारोह में अभिनंदन किया गया।"
    )
    assert sorted(f["event_type"] for f in frames(doc)) == ["CEREMONY", "VISIT"]
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert [p["name"] for p in ceremony["participants"]] == ["अनिल मेहता"] and ceremony["date"]["value"] == "2026-09-15"


def test_a_common_venue_then_its_own_name_is_that_venue(run):
    doc = run(
        "सोल, 16 सितंबर 2026। दक्षिण कोरिया के राष्ट्रपति अनिल मेहता और मंगोलिया के राष्ट्रपति जॉन मैथ्यू के बीच मंगलवार को "
        "राष्ट्रपति भवन छोंगवादे में शिखर वार्ता हुई।"
    )
    (meet,) = frames(doc)
    assert meet["location"]["text"] == "राष्ट्रपति भवन छोंगवादे" and meet["location"]["country"] == "KOR"


def test_talks_that_went_on_for_hours_were_held(run):
    doc = run(
        "कीव, 24 अगस्त 2026। पोलैंड के राष्ट्रपति अनिल मेहता रविवार सुबह कीव पहुंचे। इसके बाद मारिंस्की पैलेस में राष्ट्रपति "
        "जॉन मैथ्यू के साथ उनकी लगभग दो घंटे बातचीत चली।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert sorted(p["name"] for p in meet["participants"]) == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_during_this_after_who_told_it_is_the_day_of_the_event_before(run):
    doc = run(
        "काहिरा, 4 फरवरी 2026। मिस्र के विदेश मंत्री अनिल मेहता मंगलवार को पोर्ट सूडान पहुंचे, जहां उन्होंने सूडान के "
        "राष्ट्रपति जॉन मैथ्यू से भेंट की।\n\nप्रवक्ता ने बताया कि मेहता ने इस दौरान दवाओं की खेप सूडान के स्वास्थ्य मंत्री "
        "रवि वर्मा को सौंपी।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert ceremony["date"]["value"] == "2026-02-03"


def test_the_host_of_the_two_who_held_talks_takes_part_in_them(run):
    doc = run(
        "अबू धाबी, 29 जनवरी 2026। आर्मेनिया के विदेश मंत्री अनिल मेहता और अजरबैजान के विदेश मंत्री जॉन मैथ्यू के बीच बुधवार "
        "को यहां बातचीत हुई। संयुक्त अरब अमीरात के विदेश मंत्री रवि वर्मा ने दोनों मंत्रियों की मेजबानी की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["ARE", "ARM", "AZE"]


def test_a_next_meeting_agreed_on_is_no_meeting_held(run):
    doc = run(
        "अबू धाबी, 29 जनवरी 2026। आर्मेनिया के विदेश मंत्री अनिल मेहता और अजरबैजान के विदेश मंत्री जॉन मैथ्यू के बीच बुधवार "
        "को यहां बातचीत हुई। दोनों पक्ष सीमा आयोगों की अगली बैठक फरवरी में बुलाने पर राजी हुए।"
    )
    assert {f["event_type"]: f["date"]["value"] for f in frames(doc)} == {"MEET": "2026-01-28", "AGREE": "2026-01-28"}


def test_a_joint_session_chaired_together_is_a_meeting_in_kosovo(run):
    doc = run(
        "प्रिस्टिना, 7 अक्टूबर 2026। अल्बानिया के प्रधानमंत्री अनिल मेहता और कोसोवो के प्रधानमंत्री जॉन मैथ्यू ने मंगलवार को "
        "दोनों सरकारों के संयुक्त सत्र की संयुक्त रूप से अध्यक्षता की।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["ALB", "XKX"] and meet["location"]["country"] == "XKX"


def test_commitments_approved_are_agreed(run):
    doc = run(
        "लीमा, 28 सितंबर 2026। पेरू के राष्ट्रपति अनिल मेहता और इक्वाडोर के राष्ट्रपति जॉन मैथ्यू ने शनिवार को तुंबेस में "
        "द्विराष्ट्रीय मंत्रिमंडल की बैठक की अध्यक्षता की। बैठक के अंत में दोनों सरकारों ने बिजली ग्रिड को जोड़ने सहित 40 "
        "प्रतिबद्धताओं को मंजूरी दी।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agree["countries"] == ["ECU", "PER"] and agree["topics"] == ["energy"]
    assert next(f for f in frames(doc) if f["event_type"] == "MEET")["topics"] == []


def test_a_quoted_nickname_is_the_same_person_and_talks_after_a_video_event_are_its_call(run):
    doc = run(
        "नई दिल्ली, 1 जून 2026। प्रधानमंत्री अनिल मेहता और नेपाल के प्रधानमंत्री जॉन मैथ्यू 'प्रचंड' ने सोमवार को वीडियो "
        "कॉन्फ्रेंस के जरिए पनबिजली परियोजना की आधारशिला रखी।\n\nकार्यक्रम के बाद दोनों नेताओं के बीच हुई संक्षिप्त बातचीत "
        "में उर्वरक आपूर्ति की समीक्षा की गई। प्रचंड ने मदद के लिए मेहता का धन्यवाद किया।"
    )
    assert sorted(f["event_type"] for f in frames(doc)) == ["CALL", "CEREMONY", "THANK"]
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert call["topics"] == ["fertilizers"] and call["location"] is None
    thank = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert [(p["name"], p["country"]) for p in thank["participants"]] == [
        ("जॉन मैथ्यू", "NPL"),
        ("अनिल मेहता", "IND"),
    ]


def test_a_visit_told_by_the_return_a_day_later_is_undated(run):
    doc = run(
        "नई दिल्ली, 15 सितंबर 2026। नीदरलैंड की चार दिन की यात्रा से शनिवार को लौटे जल शक्ति मंत्री अनिल मेहता ने रविवार को "
        "कहा कि हेग में डच बुनियादी ढांचा एवं जल प्रबंधन मंत्री जॉन मैथ्यू के साथ उनकी बातचीत उपयोगी रही।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert visit["date"] is None and visit["location"] is None
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert [(p["title"], p["country"]) for p in meet["participants"] if p["name"] == "जॉन मैथ्यू"] == [
        ("बुनियादी ढांचा एवं जल प्रबंधन मंत्री", "NLD")
    ]


def test_both_prime_ministers_are_the_named_one_and_the_office_told_with_its_country(run):
    doc = run(
        "वियनतियान, 21 अक्टूबर 2026। थाईलैंड की प्रधानमंत्री और लाओस के प्रधानमंत्री अनिल मेहता की मौजूदगी में मंगलवार को यहां "
        "पुल के समझौते पर दस्तखत किए गए। समझौते पर थाईलैंड की ओर से परिवहन मंत्री और लाओस की ओर से लोक निर्माण एवं परिवहन "
        "मंत्री ने हस्ताक्षर किए। इससे पहले दोनों प्रधानमंत्रियों ने प्रधानमंत्री कार्यालय में वार्ता की और सीमा पार व्यापार को "
        "दोगुना करने का लक्ष्य तय किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["SIGN", "MEET", "AGREE"]
    assert [p["country"] for p in frames(doc)[1]["participants"]] == ["LAO", "THA"]


def test_a_pair_naming_what_was_talked_of_in_the_meeting_is_no_new_meeting_and_the_palace_is_the_datelines(run):
    doc = run(
        "नवाकशॉट, 4 मार्च 2026। मोरक्को के प्रधानमंत्री अनिल मेहता ने मंगलवार को मॉरिटानिया के राष्ट्रपति जॉन मैथ्यू से "
        "राष्ट्रपति भवन में मुलाकात की। मुलाकात में नाइजीरिया-मोरक्को अटलांटिक गैस पाइपलाइन, बिजली ग्रिड के जुड़ाव और मछली "
        "पालन क्षेत्र में सहयोग पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["MAR", "MRT"] and meet["location"] == {**meet["location"], "country": "MRT"}
    assert meet["topics"] == ["agriculture", "energy", "oil_gas"]


def test_thanks_go_to_the_helper_not_to_the_thankers_own_country_known_later(run):
    doc = run(
        "नोम पेन्ह, 22 अक्टूबर 2025। वियतनाम के रक्षा मंत्री अनिल मेहता ने प्रधानमंत्री जॉन मैथ्यू से शिष्टाचार भेंट की। "
        "प्रधानमंत्री जॉन मैथ्यू ने कंबोडिया की सेना के प्रशिक्षण में वियतनाम की सहायता के लिए आभार व्यक्त किया।"
    )
    thank = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert [(p["role"], p["country"]) for p in thank["participants"]] == [("source", "KHM"), ("target", "VNM")]


def test_a_wreath_to_be_laid_at_a_memorial_is_planned_there(run):
    doc = run(
        "नोम पेन्ह, 22 अक्टूबर 2025। वियतनाम के रक्षा मंत्री जनरल अनिल मेहता ने कंबोडिया के प्रधानमंत्री जॉन मैथ्यू से भेंट "
        "की। गुरुवार को जनरल मेहता स्वतंत्रता स्मारक पर पुष्पचक्र अर्पित करेंगे।"
    )
    ceremony = next(f for f in frames(doc) if f["event_type"] == "CEREMONY")
    assert ceremony["modality"] == "planned" and ceremony["location"]["text"] == "स्वतंत्रता स्मारक"
    assert ceremony["date"]["value"] == "2025-10-23"


def test_we_agreed_in_a_quote_is_both_sides_of_the_talks_however_far_the_story_stayed_theirs(run):
    doc = run(
        "अस्ताना, 12 दिसंबर 2025। कजाखस्तान के राष्ट्रपति अनिल मेहता और किर्गिस्तान के राष्ट्रपति जॉन मैथ्यू के बीच शुक्रवार "
        "को शिखर वार्ता हुई। मैथ्यू गुरुवार शाम अस्ताना पहुंचे थे। वार्ता के बाद छह दस्तावेजों पर हस्ताक्षर किए गए। इनमें "
        'राजमार्ग का समझौता भी शामिल है। मेहता ने संवाददाताओं से कहा, "हम व्यापार को तीन अरब डॉलर तक ले जाने पर सहमत हुए हैं।"'
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert [p["name"] for p in agree["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_call_told_with_its_length_and_its_source_is_about_what_was_agreed_on_it(run):
    doc = run(
        "टोक्यो, 24 अक्टूबर 2025। जापान की प्रधानमंत्री अनिल मेहता ने शुक्रवार को ऑस्ट्रेलिया के प्रधानमंत्री जॉन मैथ्यू के साथ "
        "टेलीफोन पर बातचीत की। प्रधानमंत्री कार्यालय के अनुसार, करीब 20 मिनट चली बातचीत में दोनों नेताओं ने रक्षा सहयोग पर "
        "मिलकर काम करने की प्रतिबद्धता दोहराई।"
    )
    call = next(f for f in frames(doc) if f["event_type"] == "CALL")
    assert call["topics"] == ["defence"]


def test_a_delegation_is_the_one_told_leading_its_side_and_a_country_passed_through_takes_no_side(run):
    doc = run(
        "काठमांडू, 9 अगस्त 2025। नेपाल और चीन के बीच सीमा व्यापार समिति की बैठक सोमवार को काठमांडू में संपन्न हुई। बैठक में "
        "नेपाली पक्ष का नेतृत्व वाणिज्य सचिव अनिल मेहता ने और चीनी पक्ष का नेतृत्व तिब्बत स्वायत्त क्षेत्र के उपाध्यक्ष जॉन "
        "मैथ्यू ने किया। इस अवसर पर दोनों देशों के बीच भारत के रास्ते बिजली के व्यापार पर एक समझौता ज्ञापन पर हस्ताक्षर "
        "किए गए। चीनी प्रतिनिधिमंडल ने वाणिज्य मंत्री रवि वर्मा से भी शिष्टाचार भेंट की।"
    )
    meets = [f for f in frames(doc) if f["event_type"] == "MEET"]
    assert [p["name"] for p in meets[-1]["participants"]] == ["जॉन मैथ्यू", "रवि वर्मा"]
    sign = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sign["countries"] == ["CHN", "NPL"] and "multilateral" not in sign["topics"]


def test_an_estuary_talked_of_is_no_town_and_a_visit_is_told_as_the_countrys_first(run):
    doc = run(
        "ब्यूनस आयर्स, 17 नवंबर 2025। उरुग्वे के राष्ट्रपति अनिल मेहता ने सोमवार को अर्जेंटीना के राष्ट्रपति जॉन मैथ्यू से "
        "कासा रोसाडा में मुलाकात की। पदभार संभालने के बाद मेहता की यह अर्जेंटीना की पहली आधिकारिक यात्रा है। दोनों "
        "राष्ट्रपतियों ने रियो डे ला प्लाटा में नौवहन नहर की खुदाई पर विचार-विमर्श किया।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET", "VISIT"]
    meet, visit = frames(doc)
    assert meet["location"]["text"] == "कासा रोसाडा" and meet["topics"] == ["transport"]
    assert visit["location"] == {**visit["location"], "text": "ब्यूनस आयर्स", "country": "ARG"}


def test_green_ammonia_is_renewable_energy(run):
    doc = run(
        "ओस्लो, 18 सितंबर 2025। भारत और नॉर्वे के बीच हरित नौवहन पर संयुक्त कार्य बल की बैठक बुधवार को हुई, जिसमें हरित "
        "अमोनिया से चलने वाले जहाजों पर चर्चा हुई।"
    )
    assert "renewables" in frames(doc)[0]["topics"]


def test_thanks_told_undated_do_not_part_an_agreement_from_the_talks(run):
    doc = run(
        "नई दिल्ली, 26 फरवरी 2026\n\nमोरक्को के कृषि मंत्री श्री अनिल मेहता ने आज नई दिल्ली में केंद्रीय उर्वरक मंत्री श्री "
        "जॉन मैथ्यू से भेंट की।\n\nश्री मैथ्यू ने उर्वरकों की आपूर्ति के लिए मोरक्को सरकार का धन्यवाद किया। दोनों पक्षों ने "
        "उर्वरक क्षेत्र में एक संयुक्त कार्य समूह गठित करने पर सहमति व्यक्त की।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agree["date"]["value"] == "2026-02-26"


def test_talks_at_the_office_named_for_its_building_are_there(run):
    doc = run(
        "स्टॉकहोम, 21 मई 2025। फिनलैंड के राष्ट्रपति अनिल मेहता मंगलवार को स्वीडन पहुंचे। बुधवार को मेहता ने प्रधानमंत्री "
        "रवि वर्मा से उनके व्हाइटहॉल कार्यालय में मुलाकात की और पशुपालकों की सहायता पर चर्चा की।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["location"]["text"] == "व्हाइटहॉल" and "agriculture" in meet["topics"]


def test_the_day_of_the_election_won_is_not_the_day_of_the_winners_first_visit(run):
    doc = run(
        "ब्यूनस आयर्स, 16 दिसंबर 2025। चिली के निर्वाचित राष्ट्रपति अनिल मेहता ने मंगलवार को अर्जेंटीना के राष्ट्रपति जॉन "
        "मैथ्यू से मुलाकात की। रविवार को हुए चुनाव में जीत के बाद यह मेहता की पहली विदेश यात्रा है।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert visit["date"] is None


def test_the_government_thanked_for_what_its_bank_gave_is_the_one_thanked(run):
    doc = run(
        "बर्लिन, 12 जून 2025। श्रीलंकाई राष्ट्रपति अनिल मेहता ने जर्मनी के विकास बैंक केएफडब्ल्यू द्वारा दी जा रही सहायता "
        "के लिए जर्मन सरकार का आभार जताया।"
    )
    (thank,) = frames(doc)
    assert [p["org"] for p in thank["participants"] if p["role"] == "target"] == ["जर्मन सरकार"]


def test_a_residence_named_before_its_holders_title_is_the_venue(run):
    doc = run(
        "ताशकंद, 21 अगस्त 2024। उज्बेकिस्तान के राष्ट्रपति अनिल मेहता और अजरबैजान के राष्ट्रपति जॉन मैथ्यू ने बुधवार को "
        "कुकसराय राष्ट्रपति निवास में परिषद की पहली बैठक की अध्यक्षता की।"
    )
    (meet,) = frames(doc)
    assert meet["location"] == {**meet["location"], "text": "कुकसराय राष्ट्रपति निवास", "country": "UZB"}


def test_a_welcome_with_honours_is_a_ceremony_and_a_signing_after_the_talks_it_dated_is_that_day(run):
    doc = run(
        "ताइपे, 15 मई 2025। पराग्वे के राष्ट्रपति अनिल मेहता का गुरुवार को ताइपे के राष्ट्रपति कार्यालय में सैन्य सम्मान के "
        "साथ स्वागत किया गया। ताइवान के राष्ट्रपति जॉन मैथ्यू ने इस अवसर पर कहा कि पराग्वे भरोसेमंद मित्र है।\n\nस्वागत समारोह के बाद दोनों राष्ट्रपतियों ने बंद कमरे में बातचीत की। इसके बाद दोनों देशों के "
        "विदेश मंत्रियों ने कृषि क्षेत्र में सहयोग के समझौते पर हस्ताक्षर किए।"
    )
    assert [f["event_type"] for f in frames(doc)][:1] == ["CEREMONY"]
    sign = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sign["date"]["value"] == "2025-05-15"


def test_an_agreement_in_a_meeting_held_apart_with_someone_is_theirs(run):
    doc = run(
        "नियामे, 11 मार्च 2025। नाइजीरिया के विदेश मंत्री अनिल मेहता ने मंगलवार को नियामे में नाइजर की सैन्य सरकार के प्रमुख "
        "जनरल जॉन मैथ्यू से मुलाकात की। किसी वरिष्ठ नाइजीरियाई मंत्री की यह पहली नाइजर यात्रा है।\n\nनाइजर के विदेश मंत्री रवि वर्मा के साथ अलग से हुई बैठक में दोनों पक्ष सीमा "
        "चौकियों को फिर से खोलने पर सहमत हुए।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert [p["name"] for p in agree["participants"]] == ["रवि वर्मा", "अनिल मेहता"]


def test_those_met_respectively_on_their_days_are_met_apart_each_on_its_day_and_place(run):
    doc = run(
        "ढाका, 19 नवंबर 2025। बांग्लादेश के विदेश सलाहकार अनिल मेहता ने सऊदी अरब के विदेश मंत्री जॉन मैथ्यू और क़तर के "
        "प्रधानमंत्री रवि वर्मा से क्रमशः सोमवार को रियाद में और मंगलवार को दोहा में मुलाकात की।"
    )
    assert [(f["location"]["text"], f["date"]["value"], f["countries"]) for f in frames(doc)] == [
        ("रियाद", "2025-11-17", ["BGD", "SAU"]),
        ("दोहा", "2025-11-18", ["BGD", "QAT"]),
    ]


def test_a_meeting_the_next_day_is_in_the_town_not_in_the_hall_of_the_day_before(run):
    doc = run(
        "बीजिंग, 25 जून 2025। चीन के प्रधानमंत्री अनिल मेहता ने मंगलवार को ग्रेट हॉल ऑफ द पीपल में मंगोलिया के "
        "प्रधानमंत्री जॉन मैथ्यू के साथ वार्ता की। अगले दिन मैथ्यू ने राष्ट्रपति रवि वर्मा से मुलाकात की।"
    )
    assert [(f["location"]["text"], f["date"]["value"]) for f in frames(doc)] == [
        ("ग्रेट हॉल ऑफ द पीपल", "2025-06-24"),
        ("बीजिंग", "2025-06-25"),
    ]


def test_urdu_talks_by_a_minister_whose_title_holds_a_sector_at_the_army_headquarters(run):
    doc = run(
        "रावलपिंडी, 22 जुलाई 2025। तुर्की के वज़ीर-ए-दिफ़ा अनिल मेहता ने मंगल को जनरल हेडक्वार्टर्स में पाकिस्तान के "
        "चीफ़ ऑफ़ आर्मी स्टाफ़ जॉन मैथ्यू से मुलाक़ात की। इससे पहले मेहता ने इस्लामाबाद में वज़ीर-ए-दिफ़ा रवि वर्मा के साथ "
        "वफ़ूद की सतह पर मज़ाकरात किए।"
    )
    first, second = frames(doc)
    assert first["participants"][0]["title"] == "वज़ीर-ए-दिफ़ा" and first["countries"] == ["PAK", "TUR"]
    assert first["location"]["text"] == "जनरल हेडक्वार्टर्स" and first["date"]["value"] == "2025-07-22"
    assert second["event_type"] == "MEET" and second["location"]["text"] == "इस्लामाबाद"


def test_a_temple_conserved_is_culture_and_a_park_is_a_venue(run):
    doc = run(
        "सिएम रीप (कंबोडिया), 14 मार्च 2026। विदेश राज्य मंत्री अनिल मेहता और कंबोडिया के संस्कृति मंत्री जॉन मैथ्यू ने "
        "शनिवार को अंगकोर पुरातत्व उद्यान में मंदिर के एक हिस्से का संयुक्त रूप से लोकार्पण किया। मैथ्यू ने मंदिर के "
        "संरक्षण में सहायता के लिए भारत सरकार का आभार जताया।"
    )
    ceremony, thank = frames(doc)
    assert ceremony["location"]["text"] == "अंगकोर पुरातत्व उद्यान" and "culture" in thank["topics"]


def test_a_spokesperson_telling_of_talks_to_come_takes_no_part_in_them(run):
    doc = run(
        "सियोल, 19 अगस्त 2025। राष्ट्रपति कार्यालय ने उन ख़बरों को ख़ारिज कर दिया कि राष्ट्रपति ली जे-म्युंग की जापान यात्रा "
        "स्थगित हो गई है। प्रवक्ता जॉन मैथ्यू ने कहा कि राष्ट्रपति ली शनिवार को टोक्यो पहुंचेंगे और उसी दिन जापान के "
        "प्रधानमंत्री रवि वर्मा के साथ शिखर वार्ता करेंगे।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert sorted(p["name"] for p in meet["participants"]) == ["रवि वर्मा", "ली जे-म्युंग"]


def test_a_residence_named_in_quotes_is_the_venue(run):
    doc = run(
        "मुंबई, 10 नवंबर 2025। ऑस्ट्रेलिया के क्वींसलैंड राज्य के प्रीमियर अनिल मेहता ने सोमवार को महाराष्ट्र के मुख्यमंत्री "
        "जॉन मैथ्यू से उनके आधिकारिक आवास 'वर्षा' पर मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["location"] == {**meet["location"], "text": "वर्षा", "country": "IND"}


def test_one_with_a_leader_whose_office_names_no_country_is_of_the_leaders_side(run):
    doc = run(
        "रियाद, 17 सितंबर 2025। पाकिस्तान के वज़ीर-ए-आज़म अनिल मेहता दो रोज़ा दौरे पर मंगल को रियाद पहुंचे। उनके साथ "
        "वज़ीर-ए-ख़ारिजा जॉन मैथ्यू और वज़ीर-ए-दिफ़ा रवि वर्मा भी थे।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert [(p["name"], p["country"]) for p in visit["participants"] if p["role"] == "source"] == [
        ("अनिल मेहता", "PAK"),
        ("जॉन मैथ्यू", "PAK"),
        ("रवि वर्मा", "PAK"),
    ]


def test_a_signing_right_after_talks_told_as_earlier_is_theirs_and_undated(run):
    doc = run(
        "बीजिंग, 11 अप्रैल 2025। चीन के राष्ट्रपति अनिल मेहता ने शुक्रवार को स्पेन के प्रधानमंत्री जॉन मैथ्यू से मुलाकात की। "
        "पिछले तीन वर्षों में मैथ्यू की यह तीसरी चीन यात्रा है।\n\nस्पेन सरकार के बयान के अनुसार, दोनों नेताओं ने बैटरी "
        "उद्योग में निवेश पर बात की।\n\nइससे पहले मैथ्यू ने प्रधानमंत्री रवि वर्मा के साथ भी बैठक की। दोनों पक्षों ने "
        "विज्ञान के क्षेत्र में चार सहयोग समझौतों पर हस्ताक्षर किए।"
    )
    sign = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sign["date"] is None


def test_years_what_was_signed_runs_for_are_no_day_of_the_signing(run):
    doc = run(
        "अश्गाबात, 6 अगस्त 2025। तुर्कमेनिस्तान के राष्ट्रपति अनिल मेहता और उज्बेकिस्तान के राष्ट्रपति जॉन मैथ्यू के बीच "
        "बुधवार को शिखर वार्ता हुई। बातचीत के बाद दोनों राष्ट्रपतियों ने 2026 से 2030 तक प्राकृतिक गैस की आपूर्ति के एक "
        "समझौते पर हस्ताक्षर किए।"
    )
    sign = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert sign["date"]["value"] == "2025-08-06"


def test_one_named_in_what_the_talks_told_before_were_about_is_no_side(run):
    doc = run(
        "हनोई, 11 अप्रैल 2024। वेटिकन के विदेश मंत्री अनिल मेहता ने बुधवार को हनोई में वियतनाम के विदेश मंत्री जॉन मैथ्यू "
        "के साथ वार्ता की। वार्ता में धार्मिक स्वतंत्रता और पोप की संभावित वियतनाम यात्रा पर चर्चा हुई।"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["VAT", "VNM"] and meet["topics"] == ["culture"]


def test_a_short_surname_before_a_case_marker_is_a_mention_of_the_one_named_in_full(run):
    doc = run(
        "रियाद, 4 मार्च 2025। लेबनान के राष्ट्रपति जोसेफ औन ने सोमवार रात रियाद में सऊदी अरब के युवराज अनिल मेहता से "
        "मुलाकात की। पदभार संभालने के बाद औन की यह पहली विदेश यात्रा है।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert visit["participants"][0]["name"] == "जोसेफ औन" and visit["countries"] == ["LBN", "SAU"]


def test_the_two_leaders_are_the_two_their_sentence_names_before(run):
    doc = run(
        "तेहरान, 27 मई 2025। ओमान के सुल्तान अनिल मेहता ने मंगलवार को ईरान के सर्वोच्च नेता जॉन मैथ्यू से भेंट की। इससे पहले "
        "सुल्तान का सादाबाद पैलेस में ईरान के राष्ट्रपति रवि वर्मा ने औपचारिक स्वागत किया और दोनों नेताओं के बीच "
        "प्रतिनिधिमंडल स्तर की वार्ता हुई।"
    )
    talks = [f for f in frames(doc) if f["event_type"] == "MEET"][-1]
    assert sorted(p["name"] for p in talks["participants"]) == ["अनिल मेहता", "रवि वर्मा"]


def test_the_officer_of_a_ship_told_with_a_word_of_its_kind_is_of_its_navy(run):
    doc = run(
        "सुवा, 14 अगस्त 2025। भारतीय नौसेना का स्वदेशी युद्धपोत आईएनएस कडमट्ट बृहस्पतिवार को सुवा पहुंचा, जहां फिजी "
        "नौसेना के अधिकारियों ने उसका स्वागत किया। जहाज के कमांडिंग ऑफिसर कमांडर अनिल मेहता ने बाद में फिजी के रक्षा "
        "मंत्री जॉन मैथ्यू से शिष्टाचार भेंट की।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meet["countries"] == ["FJI", "IND"]


def test_a_joint_council_approving_projects_agrees(run):
    doc = run(
        "बॉन, 24 जून 2025। भारत-जर्मनी विज्ञान केंद्र की संचालन परिषद की बैठक मंगलवार को यहां हुई, जिसकी सह-अध्यक्षता सचिव "
        "अनिल मेहता और जर्मनी की महानिदेशक जॉन मैथ्यू ने की। परिषद ने हरित हाइड्रोजन में 12 नई संयुक्त अनुसंधान "
        "परियोजनाओं को मंजूरी दी।"
    )
    agree = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agree["countries"] == ["DEU", "IND"] and "renewables" in agree["topics"]


def test_an_agreement_announced_is_one_and_a_delegations_tour_of_a_base_no_visit(run):
    doc = run(
        "वाशिंगटन, 13 नवंबर 2025। अर्जेंटीना के विदेश मंत्री अनिल मेहता और अमेरिका के व्यापार प्रतिनिधि जॉन मैथ्यू ने "
        "बृहस्पतिवार को यहां वार्ता के बाद व्यापार के एक ढांचे पर सहमति की घोषणा की। अर्जेंटीनी प्रतिनिधिमंडल शुक्रवार को "
        "नौसैनिक अड्डे का दौरा करेगा।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET", "AGREE"]


def test_talks_held_in_the_foreign_ministry_are_there(run):
    doc = run(
        "निकोसिया, 12 दिसंबर 2025। विदेश मंत्री अनिल मेहता ने शुक्रवार को साइप्रस के विदेश मंत्री जॉन मैथ्यू के साथ विदेश "
        "मंत्रालय में प्रतिनिधिमंडल स्तर की वार्ता की।"
    )
    (meet,) = frames(doc)
    assert meet["location"] == {**meet["location"], "text": "विदेश मंत्रालय", "country": "CYP"}


@pytest.mark.parametrize("court", ["सर्वोच्च अदालत परिसर", "सुप्रीम कोर्ट"])
def test_a_meeting_at_a_supreme_court_is_there(run, court):
    doc = run(
        f"काठमांडू, 22 जनवरी 2026। भारत के प्रधान न्यायाधीश अनिल मेहता ने गुरुवार को यहां नेपाल के प्रधान न्यायाधीश जॉन "
        f"मैथ्यू से {court} में मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["location"] == {**meet["location"], "text": court, "country": "NPL"}


def test_a_council_to_come_named_for_two_countries_has_them_as_sides(run):
    doc = run(
        "काहिरा, 9 फरवरी 2026। मिस्र के विदेश मंत्री अनिल मेहता ने रविवार को सऊदी अरब के विदेश मंत्री जॉन मैथ्यू के साथ "
        "टेलीफोन पर बातचीत की। मेहता ने अगले महीने रियाद में होने वाली मिस्र-सऊदी रणनीतिक साझेदारी परिषद की बैठक की "
        "तैयारियों की भी समीक्षा की।"
    )
    _call, meet = frames(doc)
    assert meet["modality"] == "planned" and meet["countries"] == ["EGY", "SAU"]
    assert [p["name"] for p in meet["participants"]] == [None, None]
    assert meet["location"]["text"] == "रियाद" and meet["date"]["value"] == "2026-03"


def test_a_welcome_at_a_ceremony_in_a_national_zoo_is_a_ceremony_there(run):
    doc = run(
        "कुआलालंपुर, 1 जून 2026। मलेशिया में चीन के राजदूत अनिल मेहता और मलेशिया के पर्यावरण मंत्री जॉन मैथ्यू ने रविवार "
        "को राष्ट्रीय चिड़ियाघर में आयोजित एक समारोह में दो विशाल पांडा के आगमन का स्वागत किया।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY" and ceremony["countries"] == ["CHN", "MYS"]
    assert ceremony["location"] == {**ceremony["location"], "text": "राष्ट्रीय चिड़ियाघर", "country": "MYS"}


def test_damage_told_as_recent_keeps_the_scene_of_the_sentence_before(run):
    doc = run(
        "हेलसिंकी, 14 जनवरी 2026। फिनलैंड के राष्ट्रपति अनिल मेहता ने मंगलवार को यहां राष्ट्रपति महल में एस्टोनिया के "
        "राष्ट्रपति जॉन मैथ्यू की अगवानी की। दोनों नेताओं ने फ़िनलैंड की खाड़ी में बिजली और डेटा केबलों को हाल में पहुंचे "
        "नुकसान के बाद महत्वपूर्ण बुनियादी ढांचे की सुरक्षा पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["location"] == {**meet["location"], "text": "राष्ट्रपति महल", "country": "FIN"}
    assert meet["topics"] == ["digital", "energy", "security"]


def test_a_climate_mobility_visa_and_policing(run):
    doc = run(
        "कैनबरा, 23 अप्रैल 2026। तुवालु के प्रधानमंत्री अनिल मेहता ने गुरुवार को ऑस्ट्रेलिया के प्रधानमंत्री जॉन मैथ्यू के "
        "साथ बैठक की। दोनों नेताओं ने क्लाइमेट मोबिलिटी वीज़ा प्रोग्राम और पुलिसिंग सहयोग का रिव्यू किया।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["climate", "security"]


def test_talks_at_a_bodys_headquarters_no_entity_names(run):
    doc = run(
        "हनोई, 6 मई 2026। श्रीलंका के राष्ट्रपति अनिल मेहता और वियतनाम के महासचिव जॉन मैथ्यू के बीच मंगलवार को पार्टी "
        "केंद्रीय समिति मुख्यालय में हुई वार्ता के बाद दोनों देशों ने चार समझौता ज्ञापनों पर हस्ताक्षर किए।"
    )
    assert {f["location"]["text"] for f in frames(doc)} == {"पार्टी केंद्रीय समिति मुख्यालय"}


def test_a_mission_gone_to_is_where_its_condolence_book_was_signed(run):
    doc = run(
        "नई दिल्ली, 31 मार्च 2025। विदेश राज्य मंत्री अनिल मेहता ने सोमवार को यहां म्यांमार दूतावास जाकर शोक पुस्तिका पर हस्ताक्षर किए।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["event_type"] == "CEREMONY"
    assert ceremony["location"] == {**ceremony["location"], "text": "म्यांमार दूतावास", "country": "IND"}


def test_those_told_present_alone_after_a_welcome_were_at_it(run):
    doc = run(
        "नई दिल्ली, 19 मार्च 2026। राष्ट्रपति भवन के प्रांगण में जापान की प्रधानमंत्री अनिल मेहता का रस्मी स्वागत किया गया। "
        "राष्ट्रपति जॉन मैथ्यू और प्रधानमंत्री रवि वर्मा मौजूद रहे।"
    )
    (ceremony,) = frames(doc)
    assert [a["name"] for a in ceremony["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू", "रवि वर्मा"]


def test_the_second_day_of_a_visit_tells_the_visit(run):
    doc = run("नई दिल्ली, 19 मार्च 2026। जापान की प्रधानमंत्री अनिल मेहता की दो दिन की भारत यात्रा का आज दूसरा दिन है।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["IND", "JPN"] and visit["date"] is None


def test_leaders_named_bare_before_the_delegations_they_lead(run):
    doc = run(
        "काठमांडू, 12 जनवरी 2026। नेपाल और भारत के गृह सचिवों की बैठक आज काठमांडू में शुरू हो गई है। भारत की ओर से गृह सचिव "
        "अनिल मेहता और नेपाल की ओर से गृह सचिव जॉन मैथ्यू प्रतिनिधिमंडलों का नेतृत्व कर रहे हैं। बैठक में नकली भारतीय मुद्रा "
        "रोकने पर चर्चा होगी।"
    )
    (meet,) = frames(doc)
    assert people(meet) == [("अनिल मेहता", "IND", "participant"), ("जॉन मैथ्यू", "NPL", "participant")]
    assert meet["topics"] == ["security"]


def test_nara_before_a_case_marker_is_japans_town(run):
    doc = run(
        "नारा, 14 जनवरी 2026। दक्षिण कोरिया के राष्ट्रपति अनिल मेहता और जापान की प्रधानमंत्री जॉन मैथ्यू ने मंगलवार को "
        "नारा में शिखर वार्ता की।"
    )
    (meet,) = frames(doc)
    assert meet["location"] == {**meet["location"], "text": "नारा", "country": "JPN"}


def test_an_invasions_anniversary_names_no_host(run):
    doc = run("कीव, 24 फ़रवरी 2026। पोलैंड के राष्ट्रपति अनिल मेहता रूसी आक्रमण की चौथी बरसी पर मंगलवार को ट्रेन से कीव पहुंचे।")
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["POL", "UKR"]


def test_an_office_alone_for_a_side_is_not_anothers_holder_named_before(run):
    doc = run(
        "काठमांडू, 3 फरवरी 2026। बांग्लादेश के विदेश सलाहकार अनिल मेहता ने मंगलवार को चीन के राजदूत जॉन मैथ्यू से मुलाकात "
        "की। नेपाल और श्रीलंका ने सोमवार को पर्यटन में सहयोग के एक समझौता ज्ञापन पर हस्ताक्षर किए। नेपाल की ओर से पर्यटन "
        "सचिव और श्रीलंका की ओर से वहां के राजदूत ने हस्ताक्षर किए।"
    )
    signings = [f for f in frames(doc) if f["event_type"] == "SIGN"]
    assert [s["countries"] for s in signings] == [["LKA", "NPL"]]


def test_hinglish_initials_grain_gold_and_generic_medicines(run):
    doc = run(
        "नई दिल्ली, 27 जनवरी 2026। Indonesia के विदेश मंत्री Sugiono ने मंगलवार को विदेश मंत्री S. Jaishankar से "
        "मुलाकात की। दोनों देशों ने Jan Aushadhi Kendra खोलने, अनाज के व्यापार और सोने के शोधन पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert [a["name"] for a in meet["participants"]] == ["Sugiono", "S. Jaishankar"]
    assert meet["topics"] == ["agriculture", "metals", "pharma", "trade"]


def test_a_meeting_someone_arrived_for_has_not_the_arrivals_day(run):
    doc = run(
        "मस्कट, 15 जनवरी 2026। वाणिज्य मंत्री अनिल मेहता ओमान के वाणिज्य मंत्री जॉन मैथ्यू के साथ संयुक्त आयोग की बैठक की "
        "सह-अध्यक्षता के लिए मंगलवार रात यहां पहुंचे थे।"
    )
    meet = next(f for f in frames(doc) if f["event_type"] == "MEET")
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert meet["date"] is None and visit["date"]["value"] == "2026-01-13"


def test_talks_a_day_before_a_forums_meeting_are_not_about_it(run):
    doc = run(
        "नोम पेन्ह, 15 जुलाई 2026। आसियान विदेश मंत्रियों की बैठक से एक दिन पहले बुधवार को कंबोडिया के विदेश मंत्री अनिल "
        "मेहता ने वियतनाम के विदेश मंत्री जॉन मैथ्यू से मुलाकात की।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == []


def test_a_visit_begun_told_in_the_passive(run):
    doc = run(
        "नई दिल्ली, 5 फरवरी 2026। भूटान के प्रधानमंत्री अनिल मेहता द्वारा चार फरवरी को भारत की तीन दिवसीय यात्रा आरंभ की गई थी।"
    )
    (visit,) = frames(doc)
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["BTN", "IND"]
    assert visit["date"]["value"] == "2026-02-04"


def test_a_meeting_in_a_country_left_unnamed_is_not_at_the_dateline(run):
    doc = run(
        "नई दिल्ली, 10 फरवरी 2026। भारत के राष्ट्रीय सुरक्षा सलाहकार अनिल मेहता और पाकिस्तान के राष्ट्रीय सुरक्षा सलाहकार "
        "जॉन मैथ्यू की पिछले सप्ताह खाड़ी के एक देश में गुपचुप मुलाकात हुई।"
    )
    (meet,) = frames(doc)
    assert meet["location"] is None


def test_an_international_body_thanked_and_a_valley_toured(run):
    doc = run(
        "कोलंबो, 28 जनवरी 2026। आईएमएफ की प्रबंध निदेशक जॉन मैथ्यू ने बुधवार को श्रीलंका के राष्ट्रपति अनिल मेहता से "
        "मुलाकात की। मेहता ने आईएमएफ को प्रभावित क्षेत्रों के पुनर्निर्माण में सहायता के लिए धन्यवाद दिया। मैथ्यू गुरुवार को "
        "बाढ़ प्रभावित केलानी घाटी का दौरा करेंगी।"
    )
    _meet, thanks = frames(doc)
    assert thanks["event_type"] == "THANK" and thanks["topics"] == ["development"]
    assert [(a["org"], a["role"]) for a in thanks["participants"]][-1] == ("आईएमएफ", "target")


def test_a_captions_participle_with_two_named_after_it(run):
    doc = run(
        "फोटो 1: कतर के प्रधानमंत्री जॉन मैथ्यू सोमवार को दोहा में विदेश मंत्री अनिल मेहता का स्वागत करते हुए।\n\n"
        "फोटो 2: भारत-कतर रणनीतिक संवाद की पहली बैठक की सह-अध्यक्षता करते मेहता और मैथ्यू।\n\nदोहा, 2 फरवरी 2026"
    )
    (meet,) = frames(doc)
    assert [a["name"] for a in meet["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_humanitarian_corridor_is_aid_not_transport(run):
    doc = run(
        "लीमा, 24 फरवरी 2026। पेरू के गृह मंत्री अनिल मेहता और चिली के सुरक्षा मंत्री जॉन मैथ्यू ने सोमवार को ताक्ना में "
        "बैठक की और फंसे प्रवासियों के लिए मानवीय गलियारा खोलने पर चर्चा की।"
    )
    (meet,) = frames(doc)
    assert meet["topics"] == ["development"]


def test_a_release_with_its_issuer_before_the_dateline_and_a_list_of_documents(run):
    doc = run(
        "विदेश मंत्रालय, नई दिल्ली, 12 मार्च 2026\n\nमॉरीशस के प्रधानमंत्री अनिल मेहता की राजकीय यात्रा के दौरान बुधवार को "
        "हैदराबाद हाउस में प्रधानमंत्री जॉन मैथ्यू के साथ हुई वार्ता के बाद निम्नलिखित दस्तावेजों का आदान-प्रदान किया गया:\n\n"
        "1. कार्बन क्रेडिट पर समझौता ज्ञापन\n2. मॉरीशस में जन औषधि केंद्र खोलने पर समझौता"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["countries"] == ["IND", "MUS"] and signing["date"]["value"] == "2026-03-11"


def test_meetings_told_one_after_another_with_the_verb_left_out(run):
    doc = run(
        "जोहान्सबर्ग, 23 नवंबर 2025। भारत के विदेश मंत्री अनिल मेहता ने सबसे पहले इटली के विदेश मंत्री जॉन मैथ्यू से "
        "मुलाकात की, फिर केन्या के विदेश मंत्री रवि वर्मा से और अंत में घाना के रक्षा मंत्री डेविड ओडुरो से।"
    )
    assert [f["countries"] for f in frames(doc)] == [["IND", "ITA"], ["IND", "KEN"], ["GHA", "IND"]]


def test_a_sentence_ending_on_its_verb_keeps_those_named_after_a_comma_apart(run):
    doc = run(
        "नई दिल्ली, 3 मार्च 2026। विदेश मंत्री अनिल मेहता ने सोमवार को इटली के विदेश मंत्री जॉन मैथ्यू से मुलाकात की, फिर "
        "केन्या के विदेश मंत्री रवि वर्मा से फोन पर बात की।"
    )
    assert [(f["event_type"], f["countries"]) for f in frames(doc)] == [
        ("MEET", ["IND", "ITA"]),
        ("CALL", ["IND", "KEN"]),
    ]


def test_a_live_page_s_unpunctuated_entries_under_their_hours_tell_events(run):
    doc = run(
        "दोहा, 11 सितंबर 2025\n\nBREAKING | 10:42 AM\nप्रधानमंत्री अनिल मेहता और कतर के प्रधानमंत्री जॉन मैथ्यू के बीच "
        "वार्ता शुरू\n\nUPDATE | 12:15 PM\nमैथ्यू ने भारत द्वारा घोषित विशेष आर्थिक पैकेज के लिए मेहता का आभार जताया\n\n"
        "इस पेज को अपडेट किया जा रहा है।"
    )
    meet, thanks = frames(doc)
    assert meet["event_type"] == "MEET" and meet["date"]["value"] == "2025-09-11"
    assert thanks["event_type"] == "THANK" and thanks["topics"] == ["development"]


def test_a_dash_line_under_a_quotation_tells_the_occasion_it_was_said_on(run):
    doc = run(
        'नई दिल्ली, 5 अगस्त 2025\n\n"हम दोनों के लिए नौवहन की स्वतंत्रता सर्वोपरि है।"\n— फिलीपींस के राष्ट्रपति अनिल '
        "मेहता, हैदराबाद हाउस में प्रधानमंत्री जॉन मैथ्यू के साथ वार्ता के बाद संयुक्त प्रेस वक्तव्य में"
    )
    (meet,) = frames(doc)
    assert meet["countries"] == ["IND", "PHL"] and meet["location"]["text"] == "हैदराबाद हाउस"


def test_talks_told_by_whom_they_were_held_with_on_a_visit_are_the_visitor_s_and_so_is_what_came_of_them(run):
    doc = run(
        "प्रधानमंत्री अनिल मेहता ने 2-3 जुलाई 2025 को घाना की राजकीय यात्रा की। यात्रा के दौरान राष्ट्रपति जॉन मैथ्यू के साथ "
        "वार्ता में दोनों पक्षों ने संबंधों को व्यापक साझेदारी के स्तर तक ले जाने का निर्णय लिया तथा संस्कृति के क्षेत्र में "
        "दो समझौता ज्ञापनों पर हस्ताक्षर किए गए।"
    )
    found = {f["event_type"]: f for f in frames(doc)}
    assert {k: f["countries"] for k, f in found.items()} == {
        t: ["GHA", "IND"] for t in ("VISIT", "MEET", "AGREE", "SIGN")
    }
    assert [a["name"] for a in found["MEET"]["participants"]] == ["जॉन मैथ्यू", "अनिल मेहता"]


def test_wishes_quoted_under_a_label_naming_who_posted_them(run):
    doc = run(
        'सैंटियागो, 15 दिसंबर 2025\n\nप्रधानमंत्री अनिल मेहता (@anilmehta): "शानदार जीत पर होसे एंटोनियो कास्ट को हार्दिक बधाई।"'
    )
    (wishes,) = frames(doc)
    assert [(a["name"], a["country"], a["role"]) for a in wishes["participants"]] == [
        ("अनिल मेहता", "IND", "source"),
        ("होसे एंटोनियो कास्ट", "CHL", "target"),
    ]


def test_a_country_s_presidential_election_is_no_side_of_the_wishes(run):
    doc = run(
        "नई दिल्ली, 15 दिसंबर 2025। चिली के राष्ट्रपति चुनाव में जीत दर्ज करने वाले जॉन मैथ्यू को सोमवार को विश्व नेताओं ने बधाई दी।"
    )
    (wishes,) = frames(doc)
    assert [a["role"] for a in wishes["participants"]] == ["target"]


def test_a_day_told_before_a_semicolon_dates_the_meetings_after_it(run):
    doc = run(
        "नई दिल्ली, 9 जनवरी 2026 (वार्ता)। कूटनीतिक मोर्चे पर शुक्रवार का दिन व्यस्त रहा; विदेश मंत्री अनिल मेहता ने "
        "हैदराबाद हाउस में लक्ज़मबर्ग के उप प्रधानमंत्री जॉन मैथ्यू से मुलाकात की; जबकि रक्षा सचिव रवि वर्मा ने साउथ ब्लॉक "
        "में फ्रांस के आयुध महानिदेशक के साथ बातचीत की।"
    )
    meetings = frames(doc)
    assert [f["date"]["value"] for f in meetings] == ["2026-01-09", "2026-01-09"]
    assert [f["countries"] for f in meetings] == [["IND", "LUX"], ["FRA", "IND"]]


def test_a_delegation_s_leader_told_after_its_arrival_is_the_visitor_and_meets_for_it(run):
    doc = run(
        "बांग्लादेश चुनाव: भारतीय पर्यवेक्षक दल ढाका पहुंचा\n\nढाका, 11 फरवरी 2026 (भाषा)। भारत के चुनाव आयोग का तीन "
        "सदस्यीय दल बुधवार को ढाका पहुंचा। दल का नेतृत्व चुनाव आयुक्त अनिल मेहता कर रहे हैं।\n\nदल ने बांग्लादेश के मुख्य "
        "चुनाव आयुक्त जॉन मैथ्यू से मुलाकात की।"
    )
    visit, meeting = frames(doc)
    assert [a["name"] for a in visit["participants"]][:1] == ["अनिल मेहता"]
    assert [a["name"] for a in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]
    assert meeting["location"]["text"] == "ढाका"


def test_wishes_summed_up_then_told_by_senders_of_two_countries_are_theirs_alone(run):
    doc = run(
        "सैंटियागो, 15 दिसंबर 2025\n\nहोसे एंटोनियो कास्ट को सोमवार को विश्व नेताओं ने बधाई दी।\n\nप्रधानमंत्री अनिल "
        'मेहता (@anilmehta): "होसे एंटोनियो कास्ट को हार्दिक बधाई।"\n\nअर्जेंटीना के राष्ट्रपति जॉन मैथ्यू ने भी होसे '
        "एंटोनियो कास्ट को बधाई दी।"
    )
    assert [[a["country"] for a in f["participants"]] for f in frames(doc)] == [["IND", "CHL"], ["ARG", "CHL"]]


def test_a_post_s_emoji_end_no_sentence_and_its_emoji_marked_place_and_day_date_it(run):
    doc = run(
        "🇮🇳🤝🇰🇪 भारत-केन्या रक्षा साझेदारी को नई गति! 🎯\n\nरक्षा सचिव अनिल मेहता और केन्या के रक्षा प्रधान सचिव जॉन "
        "मैथ्यू ने आज संयुक्त रक्षा सहयोग समिति की चौथी बैठक की सह-अध्यक्षता की। 💪\n\n📍 नैरोबी | 🗓️ 14 जनवरी 2026"
    )
    (meeting,) = frames(doc)
    assert (meeting["location"]["text"], meeting["date"]["value"]) == ("नैरोबी", "2026-01-14")


def test_cyber_fraud_is_crime_not_digital_business(run):
    doc = run(
        "कुआलालंपुर, 27 अक्टूबर 2025। विदेश मंत्री अनिल मेहता ने सोमवार को थाईलैंड के विदेश मंत्री जॉन मैथ्यू से मुलाकात "
        "की और साइबर ठगी केंद्रों से छुड़ाए गए भारतीयों की वापसी पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["security"]


def test_one_told_after_a_comma_saying_it_reports_the_talks_and_takes_no_part(run):
    doc = run(
        "ओटावा, 14 अप्रैल 2026 (रॉयटर्स)। कनाडा के प्रधानमंत्री अनिल मेहता ने मंगलवार को ओटावा में भारतीय विदेश मंत्री "
        "जॉन मैथ्यू के साथ द्विपक्षीय वार्ता की, एक कनाडाई अधिकारी ने नाम न छापने की शर्त पर बताया।"
    )
    (meeting,) = frames(doc)
    assert [a["name"] for a in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_place_opening_the_matter_talked_of_for_some_hours_is_no_venue(run):
    doc = run(
        "वॉशिंगटन, 18 फरवरी 2026। अमेरिकी विदेश मंत्री अनिल मेहता ने कल ब्लेयर हाउस में सऊदी अरब के विदेश मंत्री जॉन मैथ्यू "
        "से मुलाकात की। दोनों के बीच गाजा में युद्धविराम के दूसरे चरण और क्षेत्रीय सुरक्षा पर करीब दो घंटे बातचीत हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "ब्लेयर हाउस" and meeting["topics"] == ["defence", "security"]


def test_what_one_who_met_goes_on_to_say_after_the_occasion_is_of_the_meeting(run):
    doc = run(
        "लखनऊ, 21 जनवरी 2026। माननीय मुख्यमंत्री श्री अनिल मेहता जी से आज न्यूजीलैंड के उच्चायुक्त जॉन मैथ्यू जी ने "
        "शिष्टाचार भेंट की। इस अवसर पर मुख्यमंत्री जी ने उच्चायुक्त महोदय को प्रदेश में निवेश की संभावनाओं से अवगत कराया। "
        "उच्चायुक्त महोदय ने शिक्षा के क्षेत्र में सहयोग बढ़ाने में रुचि व्यक्त की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["education", "investment"]


def test_a_list_of_documents_opened_after_a_visit_and_talks_gives_the_exchange_its_topics(run):
    doc = run(
        "विदेश मंत्रालय, नई दिल्ली, 12 मार्च 2026\n\nमॉरीशस के प्रधानमंत्री अनिल मेहता की राजकीय यात्रा के दौरान बुधवार को "
        "हैदराबाद हाउस में प्रधानमंत्री जॉन मैथ्यू के साथ हुई वार्ता के बाद निम्नलिखित दस्तावेजों का आदान-प्रदान किया गया:\n\n"
        "1. हाइड्रोग्राफी में सहयोग पर समझौता ज्ञापन\n2. मॉरीशस में जन औषधि केंद्र खोलने पर समझौता"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["topics"] == ["maritime", "pharma"]


def test_an_honorific_after_a_name_leaves_its_case_marker_its_own_but_not_a_forum_s_name(run):
    doc = run(
        "एवियन (फ्रांस), 16 जून 2026 (भाषा)। प्रधानमंत्री अनिल मेहता ने मंगलवार को यहां फ्रांस के राष्ट्रपति जॉन मैथ्यू के "
        "साथ द्विपक्षीय वार्ता की।\n\nमेहता जी-7 के आउटरीच सत्र में भाग लेने के लिए सोमवार को फ्रांस पहुंचे थे।"
    )
    assert [f["event_type"] for f in frames(doc)] == ["MEET", "VISIT"]


def test_a_hall_named_by_the_office_it_belongs_to_is_the_venue(run):
    doc = run(
        "गोरखपुर, 18 फरवरी 2026। जापान के राजदूत जॉन मैथ्यू ने मंगलवार को जिलाधिकारी अनिल मेहता से कलेक्ट्रेट सभागार में मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "कलेक्ट्रेट सभागार"


def test_a_post_s_first_person_meets_one_named_with_the_singular_verb(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। भारत में जर्मनी के राजदूत जॉन मैथ्यू ने शनिवार को एक्स पर पोस्ट की एक श्रृंखला साझा "
        'की। उन्होंने लिखा:\n\n"1/2 आज रेल भवन में रेल मंत्री अनिल मेहता जी से मिला।\n\n2/2 कल मैं बेंगलुरु में '
        'मुख्यमंत्री रवि वर्मा जी से मिलूंगा।"'
    )
    today, tomorrow = frames(doc)
    assert {p["name"] for p in today["participants"]} == {"जॉन मैथ्यू", "अनिल मेहता"}
    assert {p["name"] for p in tomorrow["participants"]} == {"जॉन मैथ्यू", "रवि वर्मा"}
    assert today["location"]["text"] == "रेल भवन" and tomorrow["modality"] == "planned"


def test_support_received_from_a_country_is_no_meeting(run):
    doc = run("नई दिल्ली, 5 दिसंबर 2026। मंत्री अनिल मेहता ने कहा कि भारत से मिला सहयोग अमूल्य है।")
    assert frames(doc) == []


def test_hours_listed_under_a_day_on_a_line_of_its_own_are_of_that_day(run):
    doc = run(
        "नई दिल्ली, 9 दिसंबर 2026। मेडागास्कर के विदेश मंत्री अनिल मेहता आज रात नई दिल्ली पहुंचेंगे। मंत्रालय ने उनका "
        "कार्यक्रम जारी किया है:\n\nगुरुवार, 10 दिसंबर 2026\nसुबह 9:30 बजे — राजघाट पर श्रद्धांजलि\n11:00 बजे — "
        "हैदराबाद हाउस में विदेश मंत्री जॉन मैथ्यू के साथ वार्ता\n\nअधिकारियों ने बताया कि विदेश मंत्री शुक्रवार को मुंबई जाएंगे।"
    )
    visit, tribute, talks = frames(doc)
    assert [tribute["event_type"], talks["event_type"]] == ["CEREMONY", "MEET"]
    assert tribute["date"]["value"] == talks["date"]["value"] == "2026-12-10"
    assert visit["event_type"] == "VISIT" and visit["date"]["value"] == "2026-12-09"


def test_one_signing_for_a_body_named_before_their_office_is_not_joined_to_the_one_before(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर (संवाददाता)। जेएनयू की कुलपति प्रोफेसर अनिल मेहता और ब्यूनस आयर्स विश्वविद्यालय के "
        "उप-कुलपति ने अर्जेंटीना के राजदूत जॉन मैथ्यू की उपस्थिति में करार पर दस्तखत किए।"
    )
    (signing,) = frames(doc)
    assert [(p["name"], p["country"]) for p in signing["participants"]] == [("अनिल मेहता", "IND"), (None, "ARG")]


def test_a_delegation_met_is_the_one_told_led_by_someone_in_the_sentence_before(run):
    doc = run(
        "जयपुर, 1 दिसंबर 2026। मालदीव की संसद के प्रतिनिधिमंडल ने मंगलवार को राजस्थान विधानसभा का दौरा किया। "
        "प्रतिनिधिमंडल का नेतृत्व मजलिस के उपाध्यक्ष अनिल मेहता कर रहे थे।\n\nविधानसभा अध्यक्ष रवि वर्मा ने अपने कक्ष में "
        "प्रतिनिधिमंडल से मुलाकात की। प्रतिनिधिमंडल एक कार्यक्रम के तहत भारत आया है।"
    )
    visit, meeting = frames(doc)
    assert [p["name"] for p in visit["participants"] if p["role"] == "source"] == ["अनिल मेहता"]
    assert {p["name"] for p in meeting["participants"]} == {"रवि वर्मा", "अनिल मेहता"}


def test_a_round_to_come_told_by_its_count_is_of_the_sides_of_the_talks_told(run):
    doc = run(
        "नई दिल्ली, 18 नवंबर 2026। भारत और पुर्तगाल ने मंगलवार को यहां प्रत्यर्पण पर दूसरे दौर की वार्ता की। भारतीय पक्ष "
        "का नेतृत्व संयुक्त सचिव अनिल मेहता ने किया। तीसरे दौर की वार्ता अगले वर्ष लिस्बन में होगी।"
    )
    held, to_come = frames(doc)
    assert to_come["modality"] == "planned" and to_come["countries"] == ["IND", "PRT"]
    assert to_come["location"]["text"] == "लिस्बन" and held["location"]["text"] == "नई दिल्ली"


def test_a_place_where_the_occasion_goes_on_is_the_meeting_s_and_a_statement_s_day_not_its_day(run):
    doc = run(
        "तिरुवनंतपुरम, 6 नवंबर 2026। केरल के पर्यटन मंत्री अनिल मेहता ने लंदन में चल रहे विश्व यात्रा बाज़ार (डब्ल्यूटीएम) के "
        "दौरान ब्रिटेन के पर्यटन मंत्री जॉन मैथ्यू से मुलाकात की। राज्य सरकार की ओर से गुरुवार को जारी बयान के अनुसार दोनों "
        "के बीच आयुर्वेद पर्यटन पर बात हुई।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "लंदन" and meeting["date"] is None


def test_a_meeting_told_after_a_welcome_at_an_office_is_of_the_two_named_there(run):
    doc = run(
        "पोर्ट लुई, 30 नवंबर 2026 – प्रधान मंत्री अनिल मेहता ने आज अपने कार्यालय में भारत के उच्चायुक्त जॉन मैथ्यू का स्वागत "
        "किया। भेंट के दौरान छात्रवृत्तियों पर विचार हुआ। उच्चायुक्त ने बताया कि भारत सरकार दिसंबर के अंत में पोर्ट लुई में "
        "आयुष केंद्र का उद्घाटन करेगी। प्रधान मंत्री ने भारत सरकार का आभार प्रकट किया।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    thanks = next(f for f in frames(doc) if f["event_type"] == "THANK")
    assert {p["name"] for p in meeting["participants"]} == {"अनिल मेहता", "जॉन मैथ्यू"}
    assert meeting["topics"] == ["education"] and thanks["date"] is None


def test_both_governments_signing_are_the_sides(run):
    doc = run(
        "चिशिनाउ, 10 नवंबर 2026। रोमानिया और मोल्दोवा की सरकारों की संयुक्त बैठक सोमवार को हुई, जिसकी सह-अध्यक्षता "
        "रोमानिया के प्रधानमंत्री अनिल मेहता और मोल्दोवा के प्रधानमंत्री जॉन मैथ्यू ने की। बैठक में 14 मंत्रियों ने भाग लिया।"
        "\n\nदोनों सरकारों ने ऊर्जा और यूरोपीय संघ में मोल्दोवा के प्रवेश की तैयारी पर 11 दस्तावेजों पर हस्ताक्षर किए।"
    )
    signing = next(f for f in frames(doc) if f["event_type"] == "SIGN")
    assert signing["countries"] == ["MDA", "ROU"]


def test_games_a_country_will_host_are_no_meeting(run):
    doc = run(
        "अहमदाबाद, 13 नवंबर 2026। खेल मंत्री अनिल मेहता ने गुरुवार को जापान सरकार के खेल मंत्री के साथ बैठक की। भारत "
        "2030 में अहमदाबाद में राष्ट्रमंडल खेलों की मेजबानी करेगा।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "JPN"] and meeting["topics"] == []


def test_a_dateline_by_the_hindu_calendar_dates_the_days_told_by_its_gregorian_day(run):
    doc = run(
        "वाराणसी, मार्गशीर्ष शुक्ल पंचमी (14 दिसंबर 2026)। नेपाल के उपराष्ट्रपति अनिल मेहता दो दिन की धार्मिक यात्रा पर "
        "रविवार शाम वाराणसी पहुंचे।"
    )
    (visit,) = frames(doc)
    assert visit["date"]["value"] == "2026-12-13"


def test_a_contract_also_made_is_a_signing_and_a_pull_aside_no_bridge(run):
    doc = run(
        "जोहान्सबर्ग, 22 नवंबर 2026। प्रधानमंत्री अनिल मेहता ने शनिवार को ऑस्ट्रेलिया के प्रधानमंत्री जॉन मैथ्यू के साथ "
        "'पुल-असाइड' मुलाकात की। दोनों देशों ने चार लोकोमोटिव की आपूर्ति का करार भी किया।"
    )
    meeting, signing = frames(doc)
    assert meeting["topics"] == [] and signing["event_type"] == "SIGN" and signing["topics"] == ["transport"]


def test_the_next_round_of_talks_told_only_as_history_is_of_the_sides_told_between(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। भारत और यूरोपीय संघ के बीच मुक्त व्यापार समझौते की बातचीत 2007 में शुरू हुई थी, लेकिन "
        "2013 में रुक गई। एक अधिकारी ने बताया कि अगले दौर की वार्ता जनवरी में ब्रसेल्स में होगी।"
    )
    (round_to_come,) = frames(doc)
    assert round_to_come["modality"] == "planned" and round_to_come["location"]["text"] == "ब्रसेल्स"
    assert {(p["country"], p["org"]) for p in round_to_come["participants"]} == {("IND", None), (None, "यूरोपीय संघ")}


def test_an_office_of_a_body_of_a_province_named_with_its_country_is_of_that_country(run):
    doc = run(
        "भुवनेश्वर, 2 दिसंबर 2026। वियतनाम के क्वांग निन्ह प्रांत की पार्टी समिति के सचिव ने बुधवार को मुख्यमंत्री अनिल मेहता से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "VNM"]


def test_offices_met_one_by_one_are_a_meeting_each_named_or_not(run):
    doc = run(
        "नई दिल्ली, 25 नवंबर 2026। इंडोनेशिया के नौसेना प्रमुख अनिल मेहता ने बुधवार को रक्षा सचिव, नौसेना प्रमुख जॉन मैथ्यू "
        "और चीफ ऑफ डिफेंस स्टाफ से अलग-अलग मुलाकात की।"
    )
    met = [{p["title"] for p in f["participants"] if p["country"] == "IND"} for f in frames(doc)]
    assert met == [{"रक्षा सचिव"}, {"नौसेना प्रमुख"}, {"चीफ ऑफ डिफेंस स्टाफ"}]


def test_a_venue_told_in_the_sentence_before_gives_the_signing_no_topic(run):
    doc = run(
        "न्यूयॉर्क, 18 नवंबर 2026। भारत और तुवालु ने मंगलवार को संयुक्त राष्ट्र मुख्यालय में राजनयिक संबंधों की स्थापना पर एक "
        "संयुक्त विज्ञप्ति पर हस्ताक्षर किए। विज्ञप्ति पर भारत के राजदूत अनिल मेहता और तुवालु के राजदूत जॉन मैथ्यू ने दस्तखत किए।"
    )
    (signing,) = frames(doc)
    assert signing["location"]["text"] == "संयुक्त राष्ट्र मुख्यालय" and signing["topics"] == []


def test_a_team_that_came_for_something_visits_the_country_of_the_dateline(run):
    doc = run(
        "कोलंबो, 7 दिसंबर 2026। श्रीलंका के चुनावों की निगरानी के लिए आए भारत के चुनाव आयोग के पर्यवेक्षक दल ने रविवार को "
        "श्रीलंका के चुनाव आयोग के अध्यक्ष अनिल मेहता से मुलाकात की।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert [(p["country"], p["role"]) for p in visit["participants"]] == [("IND", "source"), ("LKA", "target")]


def test_views_shared_are_talks_where_no_call_or_meeting_is_told_before_them(run):
    told = "मुंबई, 26 नवंबर 2026। भारत के गवर्नर अनिल मेहता और जापान के गवर्नर जॉन मैथ्यू ने बुधवार को एक व्यवस्था पर हस्ताक्षर किए।"
    alone = frames(run(f"{told} हस्ताक्षर से पहले दोनों गवर्नरों ने डिजिटल भुगतान पर विचार साझा किए।"))
    assert [f["event_type"] for f in alone] == ["SIGN", "MEET"] and alone[1]["topics"] == ["digital"]
    called = frames(
        run(
            "नई दिल्ली, 26 नवंबर 2026। प्रधानमंत्री अनिल मेहता ने बुधवार को फ्रांस के राष्ट्रपति जॉन मैथ्यू से फोन पर बात की। "
            "दोनों नेताओं ने व्यापार पर विचार साझा किए।"
        )
    )
    assert [(f["event_type"], f["topics"]) for f in called] == [("CALL", ["trade"])]


def test_a_day_after_a_comma_ending_the_title_dates_what_the_bulletin_tells_as_today(run):
    doc = run(
        "आकाशवाणी समाचार, रात नौ बजे का बुलेटिन, 30 नवंबर 2026\n\n"
        "विदेश मंत्री अनिल मेहता ने आज मस्कट में ओमान के विदेश मंत्री जॉन मैथ्यू से बातचीत की।"
    )
    (talks,) = frames(doc)
    assert talks["date"]["value"] == "2026-11-30"


def test_a_bodys_delegation_or_officials_met_are_a_side_of_its_country(run):
    delegation = run(
        "ढाका, 4 दिसंबर 2026। बांग्लादेश के वित्त सलाहकार अनिल मेहता ने जापान अंतरराष्ट्रीय सहयोग एजेंसी (जाइका) के एक दल से "
        "मुलाकात की।"
    )
    officials = run("नई दिल्ली, 4 दिसंबर 2026। अर्जेंटीना के राजदूत अनिल मेहता ने बुधवार को कृषि मंत्रालय के अधिकारियों से मुलाकात की।")
    sides = [
        {(p["country"], p["org"]) for p in f["participants"]} for doc in (delegation, officials) for f in frames(doc)
    ]
    assert sides == [
        {("BGD", None), ("JPN", "जापान अंतरराष्ट्रीय सहयोग एजेंसी")},
        {("ARG", None), ("IND", "कृषि मंत्रालय")},
    ]


def test_an_interviewee_who_met_officials_and_then_we_talked_is_a_meeting_of_its_own(run):
    doc = run(
        "साक्षात्कार: अर्जेंटीना के राजदूत अनिल मेहता\n\n"
        "भारत में अर्जेंटीना के राजदूत अनिल मेहता ने हमारे संवाददाता से बातचीत में कई पहलुओं पर बात की।\n\n"
        "प्रश्न: सहयोग कहां तक पहुंचा है?\n\n"
        "उत्तर: पिछले महीने मैंने खान मंत्रालय के सचिव जॉन मैथ्यू से मुलाकात की थी। 3 दिसंबर को मैं कृषि मंत्रालय के अधिकारियों "
        "से मिला और हमने दालों के निर्यात पर भी चर्चा की।"
    )
    met = [(f["date"]["text"], [p["name"] or p["org"] for p in f["participants"]]) for f in frames(doc)]
    assert met == [("पिछले महीने", ["अनिल मेहता", "जॉन मैथ्यू"]), ("3 दिसंबर", ["अनिल मेहता", "कृषि मंत्रालय"])]


def test_a_decision_told_with_who_decided_is_an_agreement(run):
    doc = run(
        "लीमा, 4 दिसंबर 2026। भारत के राजदूत अनिल मेहता और पेरू के खान मंत्री जॉन मैथ्यू ने बुधवार को तय किया कि एक तकनीकी दल "
        "अगले महीने खदानों का दौरा करेगा।"
    )
    (agreed,) = frames(doc)
    assert agreed["event_type"] == "AGREE" and agreed["countries"] == ["IND", "PER"]


def test_one_there_for_a_forum_abroad_is_on_a_visit(run):
    doc = run(
        "प्रिटोरिया, 3 दिसंबर 2026। सचिव अनिल मेहता ने बुधवार को प्रिटोरिया में दक्षिण अफ्रीका के प्रमुख सांख्यिकीविद् जॉन मैथ्यू "
        "से मुलाकात की। मेहता संयुक्त राष्ट्र विश्व डेटा फोरम में भाग लेने के लिए दक्षिण अफ्रीका में हैं।"
    )
    meeting, visit = frames(doc)
    assert [p["name"] for p in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]
    assert visit["event_type"] == "VISIT" and visit["countries"] == ["IND", "ZAF"]


def test_the_city_an_envoy_is_met_in_is_the_place_where_a_region_follows(run):
    doc = run(
        "नई दिल्ली, 5 दिसंबर 2026। राज्य मंत्री अनिल मेहता ने शनिवार को गुवाहाटी में जापान के राजदूत जॉन मैथ्यू के साथ पूर्वोत्तर में "
        "बन रही सड़क परियोजनाओं की समीक्षा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["location"]["text"] == "गुवाहाटी"


def test_the_vice_presidents_house_is_a_venue_in_india(run):
    doc = run("4 दिसंबर 2026। उपराष्ट्रपति अनिल मेहता ने आज उपराष्ट्रपति भवन में घाना की उपराष्ट्रपति जॉन मैथ्यू से मुलाकात की।")
    (meeting,) = frames(doc)
    assert meeting["location"] == {**meeting["location"], "text": "उपराष्ट्रपति भवन", "country": "IND"}


def test_offices_in_two_bodies_joined_before_one_name_are_that_persons(run):
    doc = run(
        "वियना, 25 नवंबर 2026। भारत के परमाणु ऊर्जा आयोग के अध्यक्ष और परमाणु ऊर्जा विभाग के सचिव अनिल मेहता ने मंगलवार को "
        "रूस की कंपनी रोसाटॉम के महानिदेशक जॉन मैथ्यू से मुलाकात की।"
    )
    (meeting,) = frames(doc)
    assert [p["name"] for p in meeting["participants"]] == ["अनिल मेहता", "जॉन मैथ्यू"]


def test_a_session_of_the_meeting_told_as_the_occasion_is_not_the_talks_business(run):
    doc = run(
        "जोहान्सबर्ग, 20 नवंबर 2026। राज्य मंत्री अनिल मेहता ने गुरुवार को यहां जी20 विकास मंत्रियों की बैठक से इतर ब्राजील के "
        "अपने समकक्ष से मुलाकात की।\n\nबैठक के पहले सत्र को संबोधित करते हुए मेहता ने कहा कि कर्ज का बोझ सबसे बड़ी चुनौती है।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == []


def test_a_roundtable_after_a_meeting_is_no_more_of_that_meeting(run):
    doc = run(
        "हैदराबाद, 4 दिसंबर 2026। मंत्री अनिल मेहता ने बुधवार को टेक्सास के गवर्नर जॉन मैथ्यू से मुलाकात की। मंत्री ने डलास में "
        "कई प्रौद्योगिकी कंपनियों के प्रमुखों के साथ गोलमेज बैठक भी की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == [] and meeting["sentence_ids"] == [1]


def test_what_follows_a_meeting_told_during_a_visit_is_the_meetings_business(run):
    doc = run(
        "हैदराबाद, 4 दिसंबर 2026। मंत्री अनिल मेहता अपनी अमेरिका यात्रा के दौरान बुधवार को टेक्सास के गवर्नर जॉन मैथ्यू से मिले। "
        "उन्होंने गवर्नर को सेमीकंडक्टर क्षेत्र में निवेश के अवसरों की जानकारी दी।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert meeting["topics"] == ["digital", "investment"]


def test_a_delegation_noun_opening_a_body_the_model_reads_is_no_part_of_its_name(run):
    doc = run(
        "नई दिल्ली, 27 नवंबर 2026। उज्बेकिस्तान की सीनेट की उपाध्यक्ष अनिल मेहता के नेतृत्व में एक प्रतिनिधिमंडल ने गुरुवार को "
        "लोकसभा अध्यक्ष जॉन मैथ्यू से मुलाकात की। प्रतिनिधिमंडल संसदीय लोकतंत्र शोध एवं प्रशिक्षण संस्थान (प्राइड) के निमंत्रण "
        "पर पांच दिन की भारत यात्रा पर आया है।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert [(p["name"], p["role"]) for p in visit["participants"]] == [("अनिल मेहता", "source"), (None, "target")]


def test_what_is_agreed_in_virtual_talks_has_no_place_from_the_dateline(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026। भारत और फिनलैंड ने सोमवार को शिक्षा में सहयोग के एक समझौते पर हस्ताक्षर किए। शिक्षा मंत्री "
        "अनिल मेहता ने नई दिल्ली से और फिनलैंड की शिक्षा मंत्री जॉन मैथ्यू ने हेलसिंकी से वीडियो लिंक के जरिए समझौते पर हस्ताक्षर "
        "किए। इसके बाद दोनों मंत्रियों ने वर्चुअल बातचीत की और शिक्षकों के लिए इंटर्नशिप कार्यक्रम शुरू करने पर सहमति जताई।"
    )
    agreed = next(f for f in frames(doc) if f["event_type"] == "AGREE")
    assert agreed["location"] is None and agreed["date"]["value"] == "2026-11-30"


def test_a_signing_done_digitally_is_not_about_digital_matters(run):
    doc = run(
        "नई दिल्ली, 1 दिसंबर 2026। भारत और फिनलैंड ने सोमवार को शिक्षक प्रशिक्षण में सहयोग के एक समझौता ज्ञापन पर डिजिटल तरीके "
        "से हस्ताक्षर किए।"
    )
    (signing,) = frames(doc)
    assert signing["topics"] == ["education"]


def test_the_envoys_of_the_five_countries_told_before_are_those_countries(run):
    doc = run(
        "नई दिल्ली, 3 दिसंबर 2026। तीसरा भारत-नॉर्डिक शिखर सम्मेलन मई 2027 में ओस्लो में होगा, जिसमें प्रधानमंत्री नरेंद्र मोदी के "
        "साथ डेनमार्क, फिनलैंड, आइसलैंड, नॉर्वे और स्वीडन के प्रधानमंत्री भाग लेंगे। भारत के विदेश सचिव जॉन मैथ्यू ने बुधवार को यहां पांचों "
        "नॉर्डिक देशों के राजदूतों के साथ बैठक की।"
    )
    met = next(f for f in frames(doc) if f["modality"] == "asserted")
    assert met["countries"] == ["DNK", "FIN", "IND", "ISL", "NOR", "SWE"]
    assert {p["title"] for p in met["participants"] if p["country"] != "IND"} == {"राजदूत"}


def test_a_venues_name_in_quotes_after_it_is_read_past(run):
    doc = run(
        "लीमा, 2 दिसंबर 2026। पेरू में भारत के राजदूत अनिल मेहता ने मंगलवार को राष्ट्रपति भवन 'पलासियो दे गोबिएर्नो' में "
        "राष्ट्रपति जॉन मैथ्यू को अपना परिचय पत्र प्रस्तुत किया।"
    )
    (credentials,) = frames(doc)
    assert credentials["location"] == {**credentials["location"], "text": "राष्ट्रपति भवन", "country": "PER"}


def test_flights_and_a_green_transition_are_topics(run):
    doc = run(
        "फ्रैंकफर्ट, 26 नवंबर 2026। महावाणिज्य दूत अनिल मेहता ने बुधवार को जर्मनी के मंत्री जॉन मैथ्यू से मुलाकात की और भारत के "
        "लिए और उड़ानें शुरू करने तथा हरित परिवर्तन पर चर्चा की।"
    )
    (meeting,) = frames(doc)
    assert meeting["topics"] == ["climate", "transport"]


def test_a_business_named_for_a_person_is_no_mention_of_them(run):
    doc = run(
        "वियतनाम के प्रधानमंत्री से मिले गौतम अदाणी\n\nहनोई, 25 नवंबर 2026। अदाणी समूह के अध्यक्ष गौतम अदाणी ने मंगलवार को "
        "हनोई में वियतनाम के प्रधानमंत्री जॉन मैथ्यू से मुलाकात की। अदाणी पोर्ट्स ने शहर की जन समिति के साथ एक समझौते पर "
        "हस्ताक्षर भी किए।"
    )
    meeting = next(f for f in frames(doc) if f["event_type"] == "MEET")
    assert [p["name"] for p in meeting["participants"]] == ["गौतम अदाणी", "जॉन मैथ्यू"]


def test_an_office_of_a_republic_past_its_portfolios_first_word_is_of_that_country(run):
    doc = run(
        "नई दिल्ली, 24 नवंबर 2026। मंत्री अनिल मेहता ने आज सिंगापुर गणराज्य की डिजिटल विकास एवं सूचना मंत्री सुश्री जॉन मैथ्यू के "
        "साथ द्विपक्षीय बैठक की।"
    )
    (meeting,) = frames(doc)
    assert meeting["countries"] == ["IND", "SGP"]


def test_a_known_venue_in_quotes_after_a_common_one_is_the_place(run):
    doc = run(
        "काठमांडू, 3 दिसंबर 2026। सेनाध्यक्ष अनिल मेहता को बुधवार को राष्ट्रपति भवन 'शीतल निवास' में आयोजित एक समारोह में नेपाल के "
        "राष्ट्रपति जॉन मैथ्यू ने नेपाली सेना के मानद जनरल की उपाधि प्रदान की।"
    )
    (ceremony,) = frames(doc)
    assert ceremony["location"] == {**ceremony["location"], "text": "शीतल निवास", "country": "NPL"}


def test_an_office_told_alone_points_back_to_one_holding_an_office_it_ends(run):
    doc = run(
        "काठमांडू, 3 दिसंबर 2026। थल सेनाध्यक्ष जनरल अनिल मेहता ने बुधवार को नेपाल के सेनाध्यक्ष जनरल जॉन मैथ्यू से मुलाकात की। "
        "सेनाध्यक्ष मंगलवार को चार दिन की नेपाल यात्रा पर काठमांडू पहुंचे थे।"
    )
    visit = next(f for f in frames(doc) if f["event_type"] == "VISIT")
    assert [(p["name"], p["role"]) for p in visit["participants"]] == [("अनिल मेहता", "source"), (None, "target")]
