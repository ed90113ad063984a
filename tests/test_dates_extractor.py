"""The date extractor, the dateline finder and the anchor date, on text written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.dateline import find_embargo
from checker.dates import DateKind, DateOrder, RelativeUnit, extract_dates, extract_relative, find_ranges, resolve
from checker.parsing import parse_source


def _values(text: str) -> list[tuple[str, str]]:
    out = []
    for mention in extract_dates(text):
        if mention.kind is DateKind.DAY:
            year = mention.year if mention.year is not None else "-"
            out.append((mention.text, f"{year}-{mention.month:02d}-{mention.day:02d}"))
        elif mention.kind is DateKind.QUARTER:
            out.append((mention.text, f"{mention.year}-Q{mention.quarter}"))
        else:
            out.append((mention.text, f"{mention.kind.value}:{mention.year}-{mention.month}"))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Nov. 14, 2026 and Sept. 3", [("Nov. 14, 2026", "2026-11-14"), ("Sept. 3", "--09-03")]),
        ("Tuesday 15 November 2026", [("Tuesday 15 November 2026", "2026-11-15")]),
        ("by the 24th of April", [("24th of April", "--04-24")]),
        ("filed 2026-05-22 and 22/05/2026", [("2026-05-22", "2026-05-22"), ("22/05/2026", "2026-05-22")]),
        ("Monday Nov 10, 2026 @ 7:00 AM", [("Monday Nov 10, 2026", "2026-11-10")]),
        ("LIVE July 12th and April 01, 2026", [("July 12th", "--07-12"), ("April 01, 2026", "2026-04-01")]),
        ("in Q3 2026 and the first quarter of 2027", [("Q3 2026", "2026-Q3"), ("first quarter of 2027", "2027-Q1")]),
        ("In March 2026, in May of 2019", [("March 2026", "month:2026-3"), ("May of 2019", "month:2019-5")]),
    ],
)
def test_reads_the_shapes_releases_use(text, expected):
    assert _values(text) == expected


def test_ranges_and_lists_share_their_year():
    text = "May 22 to May 25, 2026; Nov. 7 and 8, 2026; Dec. 28 to Jan. 3, 2027; Sept. 17–20, 2026"
    mentions = extract_dates(text)
    assert [m.value for m in mentions] == [
        dt.date(2026, 5, 22), dt.date(2026, 5, 25), dt.date(2026, 11, 7), dt.date(2026, 11, 8),
        dt.date(2026, 12, 28), dt.date(2027, 1, 3), dt.date(2026, 9, 17), dt.date(2026, 9, 20),
    ]  # fmt: skip
    assert mentions[0].year_inferred and not mentions[1].year_inferred
    ranges = find_ranges(mentions, text)
    assert [(r.first.text, r.last.text, r.is_range) for r in ranges][:2] == [
        ("May 22", "May 25, 2026", True),
        ("Nov. 7", "8, 2026", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We may 5 times a year march on Washington; August company, May I ask?",
        "a 21-storey tower, version 15.2, v2.30.2026, call 214-653-3756 or (800) 555-2019",
        "it cost $2,022 and $2022; the score was 30-31; doors at 10:30; 2022-23 season",
        "https://example.org/2026/05/22/news and www.example.org/2026-05-22-news",
    ],
)
def test_ordinary_words_numbers_and_links_are_not_days(text):
    assert [m for m in extract_dates(text) if m.kind is not DateKind.YEAR] == []


def test_money_phone_and_scores_are_not_years():
    assert extract_dates("$2,022 and 2022% and 555-2019 and 1990s") == ()


def test_offsets_cover_weekday_and_date():
    text = "Doors open on Tues. (Nov. 10, 2026) at noon."
    (mention,) = extract_dates(text)
    assert text[mention.start : mention.end] == "Tues. (Nov. 10, 2026"
    assert mention.date_text == "Nov. 10, 2026"
    assert mention.weekday == 1
    assert mention.order is DateOrder.MONTH_DAY


def test_impossible_dates_are_kept_but_have_no_value():
    (mention,) = extract_dates("Feb. 29, 2027")
    assert not mention.is_valid and mention.value is None


def test_year_less_dates_take_the_year_nearest_the_anchor():
    (january,) = extract_dates("Jan. 3")
    assert resolve(january, dt.date(2026, 12, 20)) == dt.date(2027, 1, 3)
    (july,) = extract_dates("July 17")
    assert resolve(july, dt.date(2025, 6, 29)) == dt.date(2025, 7, 17)
    assert resolve(july, None) is None


def test_relative_expressions_resolve_against_the_anchor():
    anchor = dt.date(2026, 11, 14)  # a Saturday
    found = {
        r.text.lower(): r for r in extract_relative("Today, next year, earlier this year, this Friday, last month")
    }
    assert found["today"].bounds(anchor) == (anchor, anchor)
    assert found["next year"].bounds(anchor) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert found["earlier this year"].bounds(anchor) == (dt.date(2026, 1, 1), anchor)
    assert found["this friday"].bounds(anchor) == (dt.date(2026, 11, 20), dt.date(2026, 11, 20))
    assert found["last month"].unit is RelativeUnit.MONTH
    assert found["last month"].bounds(anchor) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


@pytest.mark.parametrize(
    ("source", "name", "date", "wire"),
    [
        (
            "Title\n\nHANGZHOU, China, Nov. 14, 2022 /Xinhua=KYODO JBN/--\n\nThe salon opened.\n",
            "a.txt",
            dt.date(2022, 11, 14),
            "Xinhua=KYODO JBN",
        ),
        (
            "Title\n\nNEW YORK, March 3, 2024 /PRNewswire/ -- The firm said.\n",
            "b.txt",
            dt.date(2024, 3, 3),
            "PRNewswire",
        ),
        (
            "Title\n\nLONDON--(BUSINESS WIRE)--Jan. 9, 2025--The firm said.\n",
            "c.txt",
            dt.date(2025, 1, 9),
            "BUSINESS WIRE",
        ),
        ("Title\n\nCUPERTINO, Calif.--(BUSINESS WIRE)--The firm said.\n", "d.txt", None, "BUSINESS WIRE"),
        (
            "# Title\n\n(NewMediaWire) - June 06, 2025 - Glendale, CA — The museum said.\n",
            "e.md",
            dt.date(2025, 6, 6),
            "NewMediaWire",
        ),
        ("<h1>T</h1><p>Friday, October 24, 2025</p><p>The office said.</p>", "f.html", dt.date(2025, 10, 24), None),
    ],
)
def test_finds_datelines_in_wire_and_mirror_styles(source, name, date, wire):
    document = parse_source(source, name)
    assert document.dateline is not None
    assert document.dateline.date == date
    assert document.dateline.wire == wire


def test_a_dated_sentence_is_not_a_dateline():
    document = parse_source("Title\n\nOn Wednesday, July 17, 2025, the singer returns to the city.\n", "a.txt")
    assert document.dateline is None


def test_anchor_falls_back_to_front_matter_then_embargo_then_reference_date():
    front = parse_source("---\ndate: 2026-03-01\n---\n# T\n\nText.\n", "a.md")
    assert front.anchor_date == dt.date(2026, 3, 1)
    embargoed = parse_source("EMBARGOED UNTIL 00:01 GMT, Tuesday 15 November 2022\n\nText here.\n", "b.txt")
    assert find_embargo(embargoed) is not None
    assert embargoed.anchor_date == dt.date(2022, 11, 15)
    bare = parse_source("Text here.\n", "c.txt", fallback_date=dt.date(2026, 1, 2))
    assert bare.anchor_date == dt.date(2026, 1, 2)


def test_an_ambiguous_numeric_date_is_read_nearest_the_anchor():
    from checker.dates import document_dates

    document = parse_source("---\ndate: 2020-07-02\n---\n# T\n\nNUREMBERG (02/07/2020) – Text.\n", "a.md")
    (mention,) = [m for m in document_dates(document).mentions if m.kind is DateKind.DAY]
    assert mention.value == dt.date(2020, 7, 2)


_PIECES = (
    "Nov. 14", "November", "14", "2026", ", ", " ", "-", " to ", " and ", "Monday", "(", ")", "May", "may",
    "3rd", "of", "Q3", "fiscal", "22/05/2026", "2026-05-22", "$2,022", "21-storey", "v2.1", "\u2013", "today",
)  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_mentions_are_ordered_disjoint_and_slice_the_text(text):
    mentions = extract_dates(text)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start <= mention.date_start < mention.end
    spans = sorted((m.date_start, m.end) for m in mentions)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    for relative in extract_relative(text):
        assert text[relative.start : relative.end] == relative.text


def test_a_name_that_looks_like_a_weekday_is_not_one():
    (mention,) = extract_dates("wrote the Las Vegas Sun, May 5, 2026")
    assert mention.weekday is None and mention.text == "May 5, 2026"


def test_a_headline_ending_in_a_date_is_not_the_dateline():
    source = "Acme to Host Spring Gala on Friday, March 13, 2026\n\nNEW YORK, March 3, 2026 /PRNewswire/ -- Text.\n"
    dateline = parse_source(source, "a.txt").dateline
    assert dateline is not None and dateline.date == dt.date(2026, 3, 3)
