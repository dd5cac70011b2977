import pytest

from pipeline.read import read_text
from pipeline.segment import match_key, segment, words


def units(text):
    doc = segment(read_text(text))
    return doc, [(s.kind, doc.raw[s.start : s.end]) for s in doc.sentences]


def test_danda_question_exclamation_and_lines():
    _, got = units("पहला वाक्य। क्या दूसरा है? हाँ!\nशीर्षक बिना विराम\nतीसरा वाक्य।")
    assert got == [
        ("body", "पहला वाक्य।"),
        ("body", "क्या दूसरा है?"),
        ("body", "हाँ!"),
        ("headline", "शीर्षक बिना विराम"),
        ("body", "तीसरा वाक्य।"),
    ]


def test_dateline_is_its_own_unit():
    _, got = units("कोलंबो, 5 फरवरी (एजेंसी) भारत और श्रीलंका ने आज यहां बातचीत की।")
    assert got[0] == ("dateline", "कोलंबो, 5 फरवरी (एजेंसी) ")
    assert got[1] == ("body", "भारत और श्रीलंका ने आज यहां बातचीत की।")


def test_a_dateline_with_a_short_month_is_its_own_unit():
    _, got = units("अबू धाबी, 2 दिस. 2026 (भाषा) विदेश राज्य मंत्री ने आज यहां बातचीत की।")
    assert got[0] == ("dateline", "अबू धाबी, 2 दिस. 2026 (भाषा) ")


def test_related_story_links_and_list_items():
    _, got = units("मुख्य बिंदु ये हैं:\n-\nऊर्जा सहयोग\n-\nरक्षा उत्पादन\nरूस को अफ्रीका में मिला पहला नौसेना बेस ...")
    kinds = [k for k, _ in got]
    assert kinds == ["body", "furniture", "item", "furniture", "item", "furniture"]


def test_tokens_have_raw_offsets_and_keep_abbreviations():
    text = "डॉ. एस. जयशंकर ने “भारत-पेरू” संबंधों पर कहा— बहुत अच्छा।"
    doc, _ = units(text)
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert [t.text for t in tokens][:4] == ["डॉ.", "एस.", "जयशंकर", "ने"]
    assert "भारत" in [t.text for t in tokens] and "-" in [t.text for t in tokens]
    for token in tokens:
        assert text[token.start : token.end].strip(), token


def test_text_without_any_punctuation_is_cut_into_bounded_units():
    doc, _ = units("शब्द " * 3000 + "अंत।")
    assert max(s.end - s.start for s in doc.sentences) <= 3100


def test_match_key_ignores_nukta_and_chandrabindu_not_vowel_length():
    assert match_key("ग्रुज़देव") == match_key("ग्रुजदेव")
    assert match_key("पहुँचे") == match_key("पहुंचे")
    assert match_key("की") != match_key("कि")
    assert words("सचिव (पूर्वी)") == ["सचिव", "(", "पूर्वी", ")"]


def test_urdus_postposition_between_keys_as_hindis():
    assert match_key("दरमियान") == match_key("दरम्यान") == match_key("बीच")


def test_a_lone_combining_mark_is_still_a_token():
    doc, _ = units("़ भारत")
    assert doc.sentences[0].tokens[0].norm == "़"


def test_list_items_with_markers_or_after_a_colon():
    from pipeline.core import Pipeline

    doc = Pipeline(["segment"])("मुख्य बातें:\nव्यापार\nनिवेश\n- ऊर्जा सुरक्षा\nभारत ने कहा।\nअगली खबर का शीर्षक")
    assert [s.kind for s in doc.sentences] == ["body", "item", "item", "item", "body", "headline"]


@pytest.mark.parametrize(
    "text,dateline",
    [
        ("एजेंसी, नई दिल्ली : भारत ने कहा।", "एजेंसी, नई दिल्ली :"),
        ("इस्लामाबाद/काबुल, एजेंसी। डार ने कहा।", "इस्लामाबाद/काबुल, एजेंसी।"),
        ("जागरण संवाददाता, वाराणसी। मॉरीशस के प्रधानमंत्री ने आरती देखी।", "जागरण संवाददाता, वाराणसी।"),
        ("नई दिल्ली, जागरण ब्यूरो। भारत और ब्रिटेन ने वार्ता की।", "नई दिल्ली, जागरण ब्यूरो।"),
        ("नई दिल्ली (ब्यूरो)। भारत और ब्रिटेन ने वार्ता की।", "नई दिल्ली (ब्यूरो)।"),
        ("नई दिल्ली, (भाषा)। भारत और ब्रिटेन ने वार्ता की।", "नई दिल्ली, (भाषा)।"),
        ("नई दिल्ली - भारत और ब्रिटेन ने वार्ता की।", "नई दिल्ली -"),
    ],
)
def test_datelines_with_the_agency_first_or_no_date(text, dateline):
    from pipeline.core import Pipeline

    doc = Pipeline(["segment"])(text)
    assert (
        doc.sentences[0].kind == "dateline"
        and doc.raw[doc.sentences[0].start : doc.sentences[0].end].strip() == dateline
    )
    assert doc.sentences[1].kind == "body"


def test_a_sentence_with_its_bureaus_tag_after_the_danda_is_no_headline():
    from pipeline.core import Pipeline

    doc = Pipeline(["segment"])("जयपुर। मुख्यमंत्री ने राजदूत से मुलाकात की। (ब्यूरो)")
    assert "headline" not in [s.kind for s in doc.sentences]


def test_a_sentence_about_an_agency_or_a_hyphened_pair_is_no_dateline():
    from pipeline.core import Pipeline

    assert [s.kind for s in Pipeline(["segment"])("भाषा ने कहा कि भारत आएंगे।").sentences] == ["body"]
    assert [s.kind for s in Pipeline(["segment"])("भारत-जापान संबंध मजबूत हुए हैं।").sentences] == ["body"]
    assert [s.kind for s in Pipeline(["segment"])("जयशंकर ने कहा - संबंध मजबूत हैं।").sentences] == ["body"]
    doc = Pipeline(["segment"])("वॉशिंगटन। क्वाड देशों - भारत और जापान - ने बैठक की।")  # a danda ends a place
    assert [s.kind for s in doc.sentences] == ["body", "body"]


def test_read_more_links_are_furniture_and_a_danda_after_the_dateline_no_sentence():
    doc = segment(read_text("नई दिल्ली, 3 मार्च 2025। भारत और केन्या ने समझौता किया।\n\nयह भी पढ़ें: सेंसेक्स 500 अंक चढ़ा", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "body", "furniture"]


def test_a_dateline_on_a_line_of_its_own_is_a_dateline():
    """Press releases put "नई दिल्ली, 28 फरवरी 2025" on its own line, above the text it dates."""
    doc = segment(read_text("वाणिज्य मंत्रालय\n\nनई दिल्ली, 28 फरवरी 2025\n\nमंत्री ने आज यहां बैठक की।", "t"))
    assert [s.kind for s in doc.sentences] == ["headline", "dateline", "body"]


def test_a_correspondents_byline_on_a_line_of_its_own_is_a_dateline():
    """Newspapers put "जागरण संवाददाता, जयपुर" above the story: it places the story as a dateline does."""
    for byline in ("संवाददाता, जयपुर", "जागरण संवाददाता, जयपुर :", "भास्कर न्यूज | जयपुर"):
        doc = segment(read_text(f"{byline}\n\nमुख्यमंत्री से शुक्रवार को यहां राजदूत ने भेंट की।", "t"))
        assert [s.kind for s in doc.sentences] == ["dateline", "body"]
    doc = segment(read_text("संवाददाता, जयपुर के बारे में लिखते हैं।", "t"))  # a sentence about one: no byline
    assert [s.kind for s in doc.sentences] == ["body"]


def test_match_keys_spell_nasal_clusters_as_the_anusvara():
    assert match_key("प्रधानमन्त्री") == match_key("प्रधानमंत्री")
    assert match_key("सम्बन्ध") == match_key("संबंध")
    assert match_key("मन्त्री") != match_key("मत्री")


def test_numbers_the_tokenizer_joins_across_a_comma_keep_every_token():
    doc = segment(read_text("बैठक 12 सितंबर 2025, 08:15 बजे हुई।"))
    tokens = [t.text for s in doc.sentences for t in s.tokens]
    assert tokens == ["बैठक", "12", "सितंबर", "2025", ",", "08", ":", "15", "बजे", "हुई", "।"]
    assert all(doc.raw[t.start : t.end] == t.text for s in doc.sentences for t in s.tokens)


def test_a_nasal_cluster_is_the_anusvara_except_at_a_words_start():
    assert match_key("प्रधानमन्त्री") == match_key("प्रधानमंत्री")
    assert match_key("म्यांमार") == "म्यांमार" and match_key("म्योंग")[:1].isalpha()


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 25 Aug 2023, 08:40 PM IST",
        "Updated Mon, 16 Jun 2025 06:10 AM IST",
        "नई दिल्ली | Updated: September 2, 2025 18:45 IST",
        "अपडेटेड: 12 सितंबर 2025, 08:15 PM IST",
        "मई 14, 2025",
        "डीडब्ल्यू, 23.08.2024",
        "(डीडब्ल्यू, 29 अगस्त 2025)",
        "NBT डेस्क | नवभारत टाइम्स | Updated: 14 Nov 2025, 7:30 pm",
        "दिनांक: 18.02.2026",
        "तिथि - 05/11/2025",
        "— Narendra Modi (@narendramodi) December 18, 2025",
        "4 दिस. 2026",
        "3 दिसंबर 2026, सुबह आठ बजे",
    ],
)
def test_update_stamps_and_dates_alone_on_a_line_are_stamps(line):
    """They date the page (see ner._page_anchor); "डीडब्ल्यू" is the outlet, not a place; an embedded post's byline
    gives the day it was posted."""
    doc = segment(read_text(f"मोदी ने शुक्रवार को मुलाकात की।\n{line}", "t"))
    assert [s.kind for s in doc.sentences] == ["body", "stamp"]


def test_an_update_without_a_date_is_no_stamp():
    doc = segment(read_text("अपडेट: मोदी ने शुक्रवार को मुलाकात की।", "t"))
    assert [s.kind for s in doc.sentences] != ["stamp"]


def test_a_byline_of_an_outlets_network_places_the_story():
    doc = segment(read_text("अमर उजाला नेटवर्क, निकोसिया\n\nमोदी ने सोमवार को मुलाकात की।", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "body"]


def test_ani_puts_the_country_in_square_brackets():
    doc = segment(read_text("ओस्लो [नॉर्वे], 11 फरवरी (एएनआई): गोयल ने बैठक की।", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "body"]


def test_a_closing_quote_after_the_danda_ends_the_sentence_it_closes():
    _, found = units("उन्होंने कहा, 'हम सहयोग बढ़ाना चाहते हैं।' उन्होंने बताया। 'हम आएंगे।' वह बोले।")
    assert [text for _, text in found] == [
        "उन्होंने कहा, 'हम सहयोग बढ़ाना चाहते हैं।'",
        "उन्होंने बताया।",
        "'हम आएंगे।'",
        "वह बोले।",
    ]


def test_a_place_and_how_long_ago_the_page_was_posted_is_a_dateline():
    doc = segment(read_text("शीर्षक यहां\n\nनई दिल्ली 2 घंटे पहले\n\nनोबोआ भारत दौरे पर हैं।", "t"))
    assert [s.kind for s in doc.sentences] == ["headline", "dateline", "body"]


def test_a_datelines_place_may_be_hyphened():
    doc = segment(read_text("दार-ए-सलाम, 28 नवंबर 2026 (भाषा)। त्रिपाठी ने पोत सौंपा।", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "body"]


def test_a_posts_hashtags_after_its_last_danda_leave_its_sentences_body():
    _, found = units('उन्होंने लिखा, "बातचीत अच्छी रही। हमने व्यापार पर चर्चा की। #IndiaPeru #Trade"')
    assert [kind for kind, _ in found[:2]] == ["body", "body"] and "headline" not in {kind for kind, _ in found}


def test_an_apostrophe_between_letters_is_inside_a_name_not_a_quotation_mark():
    assert words("समोआ के प्रधानमंत्री ला'आउली श्मिट ने कहा, 'हम साथ हैं'।") == [
        "समोआ", "के", "प्रधानमंत्री", "ला'आउली", "श्मिट", "ने", "कहा", ",", "'", "हम", "साथ", "हैं", "'", "।",
    ]  # fmt: skip


def test_a_hard_wrapped_paragraph_is_read_as_one():
    _, got = units(
        "नई दिल्ली, 2 दिसंबर 2026\n\nविदेश मंत्री एस जयशंकर ने मंगलवार को यहां नीदरलैंड के विदेश\nमंत्री के साथ "
        "द्विपक्षीय वार्ता की। दोनों मंत्रियों ने सेमीकंडक्टर\nऔर जल प्रबंधन पर चर्चा की।\n\nदोनों पक्षों ने संयुक्त "
        "आयोग की अगली बैठक अगले वर्ष एम्स्टर्डम\nमें आयोजित करने पर सहमति व्यक्त की।"
    )
    assert [kind for kind, _ in got] == ["dateline", "body", "body", "body"]
    assert got[1][1] == "विदेश मंत्री एस जयशंकर ने मंगलवार को यहां नीदरलैंड के विदेश\nमंत्री के साथ द्विपक्षीय वार्ता की।"
    assert got[3][1].startswith("दोनों पक्षों ने") and got[3][1].endswith("सहमति व्यक्त की।")


def test_lines_that_end_no_paragraph_are_not_joined():
    _, got = units("असम के मुख्यमंत्री ने भूटान के राजदूत से मुलाकात की\nत्रिपुरा में बांग्लादेश सीमा पर बाड़बंदी का काम तेज")
    assert [kind for kind, _ in got] == ["headline", "headline"]
    _, got = units("मोदी ने पुतिन से बात की\nप्रधानमंत्री नरेंद्र मोदी ने सोमवार को रूस के राष्ट्रपति से फोन पर बात की।")
    assert [kind for kind, _ in got] == ["headline", "body"]
    _, got = units("क्रम | समझौता | भारत की ओर से\n1 | मत्स्य पालन में सहयोग | उच्चायुक्त के साथ हस्ताक्षर।")
    assert got[0] == ("headline", "क्रम | समझौता | भारत की ओर से")  # a table's row, whatever it ends with


def test_the_items_under_a_bulletins_headlines_label_are_headlines():
    doc = segment(
        read_text(
            "मुख्य समाचार:\n- प्रधानमंत्री ने राष्ट्रपति को बधाई दी।\n- सेनाध्यक्ष भारत पहुंचे।\n\nसमाचार विस्तार से:\n"
            "- प्रधानमंत्री ने कल राष्ट्रपति को बधाई दी।",
            "t",
        )
    )
    assert [s.kind for s in doc.sentences] == ["furniture", "headline", "headline", "body", "body"]


def test_a_place_and_a_date_on_the_last_two_lines_are_a_closing_dateline():
    doc = segment(read_text("राजदूत ने मंत्री से मुलाकात की।\n\nबुडापेस्ट\n2 दिसंबर 2026", "t"))
    assert [s.kind for s in doc.sentences] == ["body", "dateline", "stamp"]


def test_a_states_release_dateline_with_the_weekday_first_month_first_and_the_hour_is_one_dateline():
    _, got = units("भोपाल : मंगलवार, नवम्बर 24, 2026, 19:15 IST\n\nमुख्यमंत्री ने आज मंत्रालय में राजदूत से भेंट की।")
    assert got[0] == ("dateline", "भोपाल : मंगलवार, नवम्बर 24, 2026, 19:15 IST")


def test_a_read_also_link_is_furniture_not_a_dateline():
    _, got = units("पहला वाक्य।\n\nइसे भी पढ़ें: मंत्री ने राजदूत से की मुलाकात\n\nदूसरा वाक्य।")
    assert got[1] == ("furniture", "इसे भी पढ़ें: मंत्री ने राजदूत से की मुलाकात")


def test_a_portals_stamp_with_the_day_before_its_update_is_a_stamp():
    _, got = units("aajtak.in | नई दिल्ली | 05 दिसंबर 2026, अपडेटेड 11:20 AM IST\nमंत्री ने राजदूत से मुलाकात की।")
    assert got[0][0] == "stamp"
    _, got = units("मोदी ने कहा, अपडेटेड नियम 2026 में लागू होंगे।")
    assert got[0][0] == "body"


def test_a_related_stories_label_is_furniture_not_a_dateline():
    _, got = units("पहला वाक्य।\n\nसंबंधित खबरें: मोदी ने जापान के प्रधानमंत्री से फोन पर बात की\n\nदूसरा वाक्य।")
    assert got[1] == ("furniture", "संबंधित खबरें: मोदी ने जापान के प्रधानमंत्री से फोन पर बात की")


def test_a_latin_place_and_a_full_stop_close_a_dateline():
    _, got = units("Colombo, 8 दिसंबर 2026। मंत्री ने राजदूत से मुलाकात की।")
    assert got[0] == ("dateline", "Colombo, 8 दिसंबर 2026। ")
    _, got = units("नई दिल्ली, 5 दिसंबर 2026. मंत्री ने राजदूत से मुलाकात की.")
    assert got[0] == ("dateline", "नई दिल्ली, 5 दिसंबर 2026. ")


def test_markdown_marks_are_no_text_and_a_rule_is_no_unit():
    _, got = units("### शीर्षक\n\n**नई दिल्ली, 5 दिसंबर 2026:** मंत्री ने राजदूत से मुलाकात की।\n\n***\n\nएमजी/केसी")
    assert [kind for kind, _ in got] == ["headline", "dateline", "body", "headline"]


def test_a_subject_and_its_day_before_a_case_marker_are_no_dateline():
    _, got = units("मोदी, 5 दिसंबर को जापान जाएंगे।")
    assert got == [("body", "मोदी, 5 दिसंबर को जापान जाएंगे।")]


def test_an_ordinal_day_label_is_no_dateline():
    _, got = units("पहला दिन (9 दिसंबर): राजघाट पर श्रद्धांजलि।")
    assert [kind for kind, _ in got] == ["body"]


def test_a_photo_caption_s_label_is_no_dateline():
    doc = segment(read_text("उच्चायुक्त ने मंत्री से भेंट की।\n\nफोटो कैप्शन: उच्चायुक्त मंत्री के साथ।"))
    assert "dateline" not in [s.kind for s in doc.sentences]


@pytest.mark.parametrize("line", ["जयपुर, दि. 03/12/2025।", "भोपाल, ता. 3 दिसंबर 2025।", "पटना, दिनांक 03 दिसम्बर 2025।"])
def test_a_regional_papers_labelled_dateline_is_a_dateline(line):
    doc = segment(read_text(f"{line} मुख्यमंत्री ने मंगलवार को राजदूत से मुलाकात की।", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "body"]


def test_a_line_heading_the_bulleted_list_after_a_table_ends_the_table():
    doc = segment(
        read_text(
            "आज निम्नलिखित दस्तावेजों का आदान-प्रदान किया गया:\n\nक्रम संख्या\tदस्तावेज\n1\tस्वास्थ्य पर समझौता ज्ञापन\n\n"
            "घोषणाएं\n•\tकौशल प्रशिक्षण केंद्र की स्थापना",
            "t",
        )
    )
    assert [s.kind for s in doc.sentences] == ["body", "item", "item", "headline", "item"]


def test_a_transcripts_speakers_are_no_datelines_and_its_broadcast_line_dates_it():
    doc = segment(read_text("एंकर: मंत्री आज कहां हैं?\n\nसंवाददाता: जी, मंत्री ने आज बातचीत की।\n\n(प्रसारण: 4 दिसंबर 2025)", "t"))
    assert [s.kind for s in doc.sentences] == ["body", "body", "stamp"]


@pytest.mark.parametrize(
    "head",
    ["लखनऊ, वरिष्ठ संवाददाता। Sat, 06 Dec 2025 08:40 PM", "जागरण न्यू मीडिया, नई दिल्ली। Published: 10 Dec 2025 07:15 PM"],
)
def test_a_stamp_after_a_byline_on_its_line_is_a_stamp(head):
    doc = segment(read_text(f"{head}\n\nमंत्री अनिल मेहता ने शनिवार को जॉन मैथ्यू से मुलाकात की।", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "stamp", "body"]


@pytest.mark.parametrize(
    "head",
    [
        "काठमाडौं, ३ पुस २०८२ (१८ डिसेम्बर २०२५)",
        "रियाद, 24 जमादी अल-आखिर 1447 हिजरी (15 दिसंबर 2025)",
        "वाराणसी, मार्गशीर्ष शुक्ल पंचमी (14 दिसंबर 2026)।",
    ],
)
def test_bikram_sambat_hijri_and_hindu_calendar_datelines_with_their_gregorian_day(head):
    doc = segment(read_text(f"{head}\n\nमंत्री अनिल मेहता ने गुरुवार को जॉन मैथ्यू से मुलाकात की।", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "body"]


def test_a_line_ending_on_a_comma_before_a_quote_is_no_headline():
    doc = segment(
        read_text(
            'नई दिल्ली, 11 दिसंबर 2025\n\nमंत्री अनिल मेहता ने जॉन मैथ्यू से बात की। मेहता ने बाद में लिखा,\n\n"Good talk."', "t"
        )
    )
    assert [s.kind for s in doc.sentences] == ["dateline", "body", "body", "body"]


def test_official_hindis_after_keys_as_after():
    assert match_key("पश्चात") == match_key("उपरांत") == match_key("बाद")


@pytest.mark.parametrize(
    "head",
    ["गांधीनगर, 2025-11-22 (पीटीआई) मुख्यमंत्री", "मेक्सिको सिटी (एएफपी) - कनाडा के प्रधानमंत्री"],
)
def test_an_iso_dated_dateline_and_an_agencys_dateline_closed_by_a_dash(head):
    doc = segment(read_text(f"{head} अनिल मेहता ने शनिवार को जॉन मैथ्यू से मुलाकात की।", "t"))
    assert [s.kind for s in doc.sentences] == ["dateline", "body"]


def test_a_closing_credit_line_is_the_storys_dateline():
    doc = segment(
        read_text("मंत्री अनिल मेहता ने मंगलवार को जॉन मैथ्यू से मुलाकात की।\n\n(साभार: भाषा, पेरिस, 25 नवंबर 2025)", "t")
    )
    assert [s.kind for s in doc.sentences] == ["body", "dateline"]


def test_a_weekdays_label_in_a_weeks_plan_is_no_dateline():
    doc = segment(read_text("सोमवार: ओमान के विदेश मंत्री अनिल मेहता नई दिल्ली पहुंचेंगे।", "t"))
    assert [s.kind for s in doc.sentences] == ["body"]


def test_a_consonant_doubled_after_a_repha_keys_as_written_once():
    assert match_key("वार्त्ता") == match_key("वार्ता") and match_key("कर्त्तव्य") == match_key("कर्तव्य")


def test_a_pages_label_opening_its_title_is_no_dateline():
    doc = segment(read_text("लाइव: ओमान के विदेश मंत्री की भारत यात्रा का दूसरा दिन\n\nनई दिल्ली | 13 जनवरी 2026", "t"))
    assert [s.kind for s in doc.sentences][:1] == ["headline"]


def test_a_forums_name_opening_a_title_is_no_dateline():
    doc = segment(read_text("हिंद महासागर सम्मेलन: मंत्री का मुख्य भाषण\n\nपर्थ, 16 फरवरी 2026। मंत्री ने भाषण दिया।", "t"))
    assert [s.kind for s in doc.sentences][:2] == ["headline", "dateline"]
