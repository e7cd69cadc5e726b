"""Relative news dates resolved against a publication date (model-free)."""

from __future__ import annotations

import pytest

from blocwatch.dates import FUTURE, PAST, event_date, find_dates, resolve

PUB = "2023-06-14"  # a Wednesday


@pytest.mark.parametrize(
    ("expr", "tense", "expected"),
    [
        ("Wednesday", PAST, "2023-06-14"),  # same weekday as publication: that day
        ("on Wednesday", FUTURE, "2023-06-14"),
        ("on Monday", PAST, "2023-06-12"),
        ("Friday", PAST, "2023-06-09"),
        ("on Friday", FUTURE, "2023-06-16"),
        ("last Wednesday", PAST, "2023-06-07"),
        ("next Monday", PAST, "2023-06-19"),
        ("yesterday", PAST, "2023-06-13"),
        ("tomorrow", PAST, "2023-06-15"),
        ("three days ago", PAST, "2023-06-11"),
        ("on 12 March 2024", PAST, "2024-03-12"),
        ("March 12, 2019", FUTURE, "2019-03-12"),
        ("January 6", PAST, "2023-01-06"),
        ("December 20", PAST, "2022-12-20"),  # a date far ahead of publication looks back a year
        ("the 3rd of July", FUTURE, "2023-07-03"),
        ("2020-02-29", PAST, "2020-02-29"),
    ],
)
def test_dates_resolve_day_precision(expr: str, tense: str, expected: str) -> None:
    ref = resolve(expr, PUB, tense)
    assert ref is not None
    assert ref.precision == "day"
    assert ref.date == expected


@pytest.mark.parametrize(
    ("expr", "precision", "period"),
    [
        ("this week", "week", "2023-W24"),
        ("last month", "month", "2023-05"),
        ("in 2017", "year", "2017"),
        ("in August", "month", "2022-08"),  # past tense: the last August before publication
        ("May 2021", "month", "2021-05"),
        ("next year", "year", "2024"),
    ],
)
def test_dates_coarse_expressions_keep_their_period(expr: str, precision: str, period: str) -> None:
    ref = resolve(expr, PUB, PAST)
    assert ref is not None
    assert (ref.precision, ref.period, ref.date) == (precision, period, None)


def test_dates_future_month_looks_forward() -> None:
    ref = resolve("in March", PUB, FUTURE)
    assert ref is not None and ref.period == "2024-03"


def test_dates_find_dates_gives_offsets_in_text_order() -> None:
    text = "Officials met on Tuesday and will meet again on 1 July 2023, after talks in 2019."
    refs = find_dates(text, PUB, PAST)
    assert [text[r.start : r.end] for r in refs] == ["on Tuesday", "1 July 2023", "in 2019"]
    assert refs[0].date == "2023-06-13"


def test_dates_relative_without_publication_date_is_dropped_but_absolute_kept() -> None:
    refs = find_dates("They met on Friday and signed on 2 May 2001.", None)
    assert [r.date for r in refs] == ["2001-05-02"]


def test_dates_no_false_years_in_numbers() -> None:
    assert find_dates("The army has 2017 tanks and 1,999 trucks.", PUB) == []


def test_event_date_prefers_day_then_period_then_publication() -> None:
    day = find_dates("on Monday", PUB)
    week = find_dates("this week", PUB)
    year = find_dates("in 2017", PUB)
    assert event_date(week + day, PUB) == ("2023-06-12", "text")
    assert event_date(week, PUB) == (PUB, "period")
    assert event_date(year, PUB) == (None, "coarse")
    assert event_date([], PUB) == (PUB, "published")
