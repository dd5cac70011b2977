import datetime as dt

import pytest

from pipeline.dates import Anchor, dated_by, days_from, find_dates

ANCHOR = Anchor(dt.date(2024, 9, 20))  # a Friday


@pytest.mark.parametrize(
    "text,value",
    [
        ("18 सितंबर 2024 को", "2024-09-18"),
        ("१८ सितंबर २०२४ को", "2024-09-18"),
        ("2024 की 18 सितंबर को", "2024-09-18"),
        ("5 फरवरी , 2023 को", "2023-02-05"),
        ("गत 7 अक्टूबर को", "XXXX-10-07"),
        ("अगस्त 2024 में", "2024-08"),
        ("वर्ष 1964 में", "1964"),
        ("21 - 22 अगस्त 2024 को", "2024-08-21/2024-08-22"),
        ("21-22 अगस्त को", "XXXX-08-21/XXXX-08-22"),
        ("21 से 23 जून 2023 तक", "2023-06-21/2023-06-23"),
        ("17 अगस्त से 8 सितंबर 2017 तक", "2017-08-17/2017-09-08"),
        ("17 अगस्त 2017 से 8 सितंबर तक", "2017-08-17/2017-09-08"),
        ("अप्रैल 2009 से जून 2010 के दौरान", "2009-04/2010-06"),
        ("2008 से 2014 के दौरान", "2008/2014"),
        ("अगली बैठक अप्रैल में होगी", "XXXX-04"),
        ("जनवरी से मार्च 2024 तक", "2024-01/2024-03"),
        ("14/03/2025 :", "2025-03-14"),
        ("11 SEP 2025 2:45PM", "2025-09-11"),
        ("3 March 2024 को", "2024-03-03"),
        ("१४-०३-२०२५ को", "2025-03-14"),
        ("31.12.2024 को", "2024-12-31"),
        ("नयी दिल्ली , पांच अगस्त ( भाषा )", "XXXX-08-05"),  # Bhasha writes days one to nine as words
        ("चार अगस्त 2025 को", "2025-08-04"),
        ("मई 14 , 2025", "2025-05-14"),  # the month first, as MEA releases and English stamps date a page
        ("Updated : September 2 , 2025 18:45 IST", "2025-09-02"),
    ],
)
def test_dates_without_anchor(text, value):
    (match,) = find_dates(text)
    assert match.value == value


def test_a_span_takes_the_year_the_text_gives_not_the_anchors():
    (match,) = find_dates("17 अगस्त से 8 सितंबर 2017 तक", ANCHOR)
    assert match.value == "2017-08-17/2017-09-08"


def test_dates_that_do_not_run_forward_are_no_span():
    assert [m.value for m in find_dates("2020 से 2019 के बीच")] == ["2020", "2019"]
    assert [m.value for m in find_dates("5 मार्च से 10 देशों के")] == ["XXXX-03-05"]


def test_relative_dates_need_an_anchor():
    assert find_dates("आज यहां")[0].value is None
    assert find_dates("शुक्रवार को")[0].value is None
    assert find_dates("आज यहां", ANCHOR)[0].value == "2024-09-20"
    assert find_dates("कल बैठक हुई", ANCHOR)[0].value == "2024-09-19"
    assert find_dates("कल बैठक होगी", ANCHOR, future=True)[0].value == "2024-09-21"
    assert find_dates("सोमवार को", ANCHOR)[0].value == "2024-09-16"
    assert find_dates("5 फरवरी को", ANCHOR)[0].value == "2024-02-05"


def test_a_weekday_of_the_week_before_or_after_the_anchors():
    assert find_dates("पिछले सप्ताह मंगलवार को", ANCHOR)[0].value == "2024-09-10"  # not the Tuesday three days back
    assert find_dates("अगले हफ्ते शुक्रवार को", ANCHOR, future=True)[0].value == "2024-09-27"
    assert find_dates("इस सप्ताह सोमवार को", ANCHOR)[0].value == "2024-09-16"
    assert find_dates("पिछले सप्ताह मंगलवार को")[0].value is None


def test_a_dateline_without_a_year_anchors_its_own_day():
    """ "बीजिंग, 16 मई (रायटर) ... आज": the dispatch's day, year unknown."""
    anchor = Anchor.of("XXXX-05-16")
    assert anchor is not None and anchor.yearless
    assert find_dates("आज यहां", anchor)[0].value == "XXXX-05-16"
    assert find_dates("कल बैठक हुई", anchor)[0].value == "XXXX-05-15"
    assert find_dates("गुरुवार को चीन पहुंचे", anchor)[0].value is None  # its weekday is unknown
    assert find_dates("5 फरवरी को", anchor)[0].value == "XXXX-02-05"
    assert Anchor.of("XXXX-02-29").day == dt.date(2000, 2, 29)
    assert Anchor.of("2024-05") is None


def test_impossible_dates_and_plain_numbers_are_not_dates():
    assert find_dates("31 फरवरी 2024 को") == [] or find_dates("31 फरवरी 2024 को")[0].value != "2024-02-31"
    assert find_dates("200 से अधिक अधिकारी") == []


def test_a_month_alone_takes_the_anchors_year():
    (match,) = find_dates("अगली बैठक अप्रैल में होगी", ANCHOR)
    assert match.value == "2024-04"


def test_a_numeric_date_with_no_such_month_is_none():
    assert find_dates("14/13/2025 को") == []


def test_two_days_joined_by_and_are_a_span():
    (found,) = find_dates("बातचीत 12 और 13 मार्च 2025 को होगी")
    assert found.value == "2025-03-12/2025-03-13"


def test_a_month_told_relative_to_the_anchor():
    assert find_dates("अगले महीने भारत आएंगे", ANCHOR)[0].value == "2024-10"
    assert find_dates("पिछले माह बैठक हुई", Anchor(dt.date(2025, 1, 5)))[0].value == "2024-12"
    assert find_dates("इस महीने", ANCHOR)[0].value == "2024-09"
    assert find_dates("अगले महीने")[0].value is None  # no anchor, no month


def test_short_weekday_names_before_ke_roz():
    assert find_dates("शरीफ़ ने बुध के रोज़ मुलाक़ात की", ANCHOR)[0].value == "2024-09-18"
    assert find_dates("इतवार के रोज़", ANCHOR)[0].value == "2024-09-15"
    assert find_dates("बुध ग्रह की कक्षा", ANCHOR) == []  # Mercury, not Wednesday


def test_number_words_are_days_only_before_a_month():
    assert find_dates("दो देशों के बीच पांच समझौते हुए") == []


def test_gat_and_beete_are_the_month_before():
    assert find_dates("गत माह दोनों नेता मिले थे", Anchor(dt.date(2025, 3, 5)))[0].value == "2025-02"
    assert find_dates("बीते महीने", Anchor(dt.date(2025, 1, 20)))[0].value == "2024-12"


def test_two_weekdays_running_or_a_stretch_of_them_are_one_span():
    """ "बुधवार और बृहस्पतिवार को" tells a two-day meeting; "सोमवार और बुधवार" are two days, not a stretch."""
    assert [m.value for m in find_dates("बैठक बुधवार और बृहस्पतिवार को हुई", ANCHOR)] == ["2024-09-18/2024-09-19"]
    assert [m.value for m in find_dates("सोमवार और बुधवार को बैठकें हुईं", ANCHOR)] == ["2024-09-16", "2024-09-18"]
    assert [m.value for m in find_dates("शनिवार से सोमवार तक", ANCHOR, future=True)] == ["2024-09-21/2024-09-23"]
    assert [(m.kind, m.value) for m in find_dates("बुधवार और बृहस्पतिवार को")] == [("span", None)]


# "कल" may be tomorrow where the verb is future; "गत दिवस" and "बीते रोज़" never are. "15 तारीख को" under a dateline
# of the 16th is the 15th; the 20th, told as past, was last month's, and the 10th, told as to come, next month's.
@pytest.mark.parametrize(
    "text,anchor,future,value",
    [
        ("मुख्यमंत्री से गत दिवस भेंट की", dt.date(2025, 9, 12), False, "2025-09-11"),
        ("बीते रोज़ बैठक हुई", dt.date(2025, 9, 12), False, "2025-09-11"),
        ("यूनुस ने बीती रात फोन पर बात की", dt.date(2026, 1, 15), False, "2026-01-14"),
        ("गत दिवस तय हुआ कि वे मिलेंगे", dt.date(2025, 9, 12), True, "2025-09-11"),
        ("गत दिवस", None, False, None),
        ("15 तारीख को भेंट की", dt.date(2025, 5, 16), False, "2025-05-15"),
        ("20 तारीख को भेंट की", dt.date(2025, 5, 16), False, "2025-04-20"),
        ("10 तारीख को मिलेंगे", dt.date(2025, 5, 16), True, "2025-06-10"),
        ("15 तारीख को भेंट की", None, False, None),
        # the first told in words, of a month the words name or of the anchor's
        ("इस महीने की पहली तारीख को भेंट की", dt.date(2026, 12, 3), False, "2026-12-01"),
        ("पिछले महीने की पांच तारीख को भेंट की", dt.date(2026, 12, 3), False, "2026-11-05"),
        ("पहली तारीख को मिलेंगे", dt.date(2026, 12, 3), True, "2027-01-01"),
        # a month a season or more behind the anchor, told as to come, is of the year after
        ("अगले दौर की वार्ता जनवरी में होगी", dt.date(2025, 11, 14), True, "2026-01"),
        ("5 जनवरी को वार्ता होगी", dt.date(2025, 11, 14), True, "2026-01-05"),
        ("10 नवंबर को वार्ता होगी", dt.date(2025, 11, 14), True, "2025-11-10"),
        ("सितंबर में वार्ता होगी", dt.date(2025, 11, 14), True, "2025-09"),
        ("जनवरी में वार्ता हुई", dt.date(2025, 11, 14), False, "2025-01"),
    ],
)
def test_days_told_from_the_anchor(text, anchor, future, value):
    assert find_dates(text, Anchor(anchor) if anchor else None, future=future)[0].value == value


def test_no_day_of_month_past_31():
    assert find_dates("40 तारीख") == []


def test_a_year_naming_a_plan_is_no_date():
    found = find_dates("India-UK Vision 2035 के तहत और एजेंडा 2030 के लक्ष्यों पर, 2035 में")
    assert [m.value for m in found] == ["2035"]


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("पिछले वर्ष अक्टूबर में मुलाकात हुई थी", dt.date(2025, 6, 4), "2024-10"),
        ("इस साल जनवरी में", dt.date(2025, 6, 4), "2025-01"),
        ("अगले साल मार्च में", dt.date(2025, 6, 4), "2026-03"),
        ("इस वर्ष जनवरी में", None, "XXXX-01"),  # the same unknown year
        ("अगले साल जनवरी में", None, None),
    ],
)
def test_a_month_of_a_year_told_from_the_anchor(text, anchor, value):
    (found,) = find_dates(text, Anchor(anchor) if anchor else None)
    assert found.value == value


def test_a_year_told_alone_from_the_anchor_is_no_date():
    """ "इस साल के अंत तक": mostly what something is to be done by, not when an event is."""
    assert find_dates("इस साल के अंत तक समझौता होगा", Anchor(dt.date(2025, 6, 4))) == []


def test_the_end_of_a_year_told_from_the_anchor_is_that_year():
    """ "वह इस साल के अंत में भारत आएंगे": a time, unlike "के अंत तक"."""
    (found,) = find_dates("वह अगले साल के अंत में भारत आएंगे", Anchor(dt.date(2025, 6, 4)))
    assert found.value == "2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("वह साल के अंत में तुवालु जाएंगे", ["2026"]),
        ("उस साल के अंत में चुनाव हुए", []),
        ("वित्त वर्ष के अंत में", []),
        ("चौथे साल के अंत में", []),
    ],
)
def test_the_end_of_a_year_told_bare_is_this_years(text, expected):
    assert [d.value for d in find_dates(text, Anchor(dt.date(2026, 4, 23)))] == expected


def test_the_first_of_a_month_said_as_an_ordinal_is_that_day():
    (found,) = find_dates("पहली दिसंबर को", Anchor.of("2026-12-03"))
    assert found.value == "2026-12-01"
    assert find_dates("वह पहली बार भारत आए", Anchor.of("2026-12-03")) == []


def test_the_end_of_a_period_of_years_is_no_date():
    assert find_dates("2026 - 2030 की कार्य योजना", None) == []
    assert [d.value for d in find_dates("2030 की कार्य योजना", None)] == ["2030"]


def test_a_day_of_next_or_last_month_is_of_that_month():
    assert find_dates("अगले महीने की 12 तारीख को", ANCHOR)[0].value == "2024-10-12"
    assert find_dates("पिछले महीने की 3 तारीख को", ANCHOR)[0].value == "2024-08-03"
    assert find_dates("अगले महीने की 12 तारीख को")[0].value is None  # no anchor, no month


def test_a_day_and_its_weekday_side_by_side_are_one_date_the_days():
    (day,) = find_dates("2 दिसंबर , बुधवार को")
    assert (day.kind, day.value) == ("day_month", "XXXX-12-02")
    (day,) = find_dates("बुधवार , 2 दिसंबर 2026 को")
    assert day.value == "2026-12-02"


def test_days_before_the_day_of_writing_are_counted_back_from_it():
    anchor = Anchor.of("2026-12-04")
    assert [d.value for d in find_dates("दो दिन पहले नई दिल्ली में", anchor)] == ["2026-12-02"]
    assert [d.value for d in find_dates("तीन दिन पूर्व", anchor)] == ["2026-12-01"]
    assert [d.value for d in find_dates("4 दिन पहले", anchor)] == ["2026-11-30"]
    # days before something told, not before the writing (the NER stage counts them from the day told last)
    assert [(d.kind, d.value) for d in find_dates("इससे दो दिन पहले", anchor)] == [("days_from", None)]
    assert find_dates("बैठक से दो दिन पहले", anchor) == []


def test_a_day_far_ahead_of_a_january_anchor_told_as_past_is_of_the_year_before():
    anchor = Anchor.of("2027-01-02")
    assert [d.value for d in find_dates("30 दिसंबर को", anchor)] == ["2026-12-30"]
    assert [d.value for d in find_dates("30 दिसंबर को", anchor, future=True)] == ["2027-12-30"]
    assert [d.value for d in find_dates("5 जनवरी को", anchor)] == ["2027-01-05"]  # days near it keep its year


def test_a_short_month_with_its_dot_after_a_day_is_that_month():
    assert [d.value for d in find_dates("2 दिस . 2026 (भाषा)")] == ["2026-12-02"]  # tokens joined: "दिस ."
    assert [d.value for d in find_dates("3 नवं॰ 2026 को")] == ["2026-11-03"]
    assert [d.value for d in find_dates("5-6 सितं . को")] == ["XXXX-09-05/XXXX-09-06"]
    assert find_dates("आम जन . में") == []  # "जन" alone is people, no month


def test_a_day_month_and_year_in_figures_read_as_tokens_are_one_date():
    assert [d.value for d in find_dates("28 - 11 - 2026 को")] == ["2026-11-28"]
    assert [d.value for d in find_dates("28 / 11 / 2026 .")] == ["2026-11-28"]
    assert find_dates("28 - 11 - 2026 - 5") == []  # a longer run of numbers is no date


def test_days_counted_from_the_day_told_last_are_left_to_that_day():
    (days,) = find_dates("इससे एक दिन पहले नई दिल्ली में", Anchor.of("2026-12-03"))
    assert (days.kind, days.value) == ("days_from", None)  # not from the day of writing
    assert days_from("इससे एक दिन पहले", "2026-12-03") == "2026-12-02"
    assert days_from("इसके दो दिन बाद", "2026-12-31") == "2027-01-02"
    assert days_from("इससे एक दिन पहले", "XXXX-12-03") is None


def test_a_date_fixed_with_one_is_no_day_told():
    assert find_dates("वार्ता के लिए एक तारीख तय की गई", Anchor(dt.date(2026, 12, 3))) == []


@pytest.mark.parametrize("thursday", ["गुरूवार", "वृहस्पतिवार", "ब्रहस्पतिवार", "वीरवार"])
def test_thursday_as_news_copy_often_spells_it(thursday):
    assert find_dates(f"{thursday} को बैठक हुई", Anchor(dt.date(2026, 12, 5)))[0].value == "2026-12-03"


def test_a_week_told_by_its_place_is_a_date_of_no_day():
    (week,) = find_dates("पिछले सप्ताह यहां मुलाकात की थी", Anchor(dt.date(2026, 10, 6)))
    assert (week.kind, week.value) == ("relative_week", None)
    (day,) = find_dates("पिछले सप्ताह मंगलवार को", Anchor(dt.date(2026, 10, 6)))
    assert day.value == "2026-09-29"


def test_an_iso_date_and_a_month_written_before_its_day():
    anchor = Anchor(dt.date(2025, 12, 5))
    assert [d.value for d in find_dates("2025-12-03 को बैठक हुई", anchor)] == ["2025-12-03"]
    assert [d.value for d in find_dates("दिसंबर 3 को बैठक हुई", anchor)] == ["2025-12-03"]


@pytest.mark.parametrize("text, value", [("१८ डिसेम्बर २०२५", "2025-12-18"), ("3 नोभेम्बर 2025", "2025-11-03")])
def test_nepali_outlets_spellings_of_months(text, value):
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(
    "text, value",
    [("पिछले बुधवार को", "2025-11-19"), ("गत शुक्रवार को", "2025-11-21"), ("अगले बुधवार को", "2025-12-03")],
)
def test_a_weekday_told_as_last_or_next_is_never_the_anchors_own_day(text, value):
    (day,) = find_dates(text, Anchor(dt.date(2025, 11, 26)))  # a Wednesday
    assert day.value == value


def test_the_next_day_is_a_date_whose_day_the_frames_stage_counts():
    (day,) = find_dates("अगले दिन उन्होंने वार्ता की", Anchor(dt.date(2025, 11, 20)))
    assert (day.kind, day.value) == ("next_day", None)


@pytest.mark.parametrize(
    "value, page, dated",
    [
        ("XXXX-12-05", dt.date(2025, 12, 6), "2025-12-05"),
        ("XXXX-12-30", dt.date(2026, 1, 2), "2025-12-30"),  # a round-up of 2 January tells of 30 December
        ("XXXX-02-29", dt.date(2025, 3, 1), "XXXX-02-29"),  # no such day that year
    ],
)
def test_a_day_without_a_year_is_of_the_pages_year_or_the_one_before(value, page, dated):
    assert dated_by(value, Anchor(page)) == dated


def test_the_next_morning_is_a_date_whose_day_the_frames_stage_counts():
    (day,) = find_dates("अगली सुबह उन्होंने वार्ता की", Anchor(dt.date(2025, 11, 20)))
    assert (day.kind, day.value) == ("next_day", None)


@pytest.mark.parametrize("text", ["पिछले दिनों उनकी मुलाकात हुई", "गत दिनों उनकी मुलाकात हुई"])
def test_lately_is_a_date_of_no_day(text):
    (day,) = find_dates(text, Anchor(dt.date(2025, 11, 20)))
    assert (day.kind, day.value) == ("lately", None)


def test_short_weekday_names_before_a_time_of_that_day():
    assert find_dates("वज़ीर-ए-आज़म बुध की शाम दुशांबे पहुंचे", ANCHOR)[0].value == "2024-09-18"
    assert find_dates("मंगल की सतह पर", ANCHOR) == []  # Mars, not Tuesday


def test_nepali_weekday_names_are_weekdays():
    assert find_dates("बैठक बिहीबार को काठमाडौं में हुई", ANCHOR)[0].value == "2024-09-19"
    assert find_dates("आइतबार को", ANCHOR)[0].value == "2024-09-15"


def test_short_weekday_names_before_ko_as_urdu_copy_writes_them():
    assert find_dates("गुलेर ने मंगल को मुलाक़ात की", ANCHOR)[0].value == "2024-09-17"
