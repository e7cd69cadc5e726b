"""Model-free tests of the quotation finder: every quotation style news uses, and apostrophes."""

from __future__ import annotations

import pytest

from blocwatch.quote_marks import find_quotes, is_apostrophe


def texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def test_quote_marks_straight_quotes_drop_trailing_comma():
    assert texts('"Nobody is in a hurry to sign the deal," the minister said.') == [
        "Nobody is in a hurry to sign the deal"
    ]


def test_quote_marks_curly_quotes_and_offsets_point_into_text():
    text = "The envoy said it was \u201cpremature\u201d to talk."
    (q,) = find_quotes(text)
    assert q.text == "premature"
    assert text[q.text_start : q.text_end] == "premature"
    assert text[q.start] == "\u201c" and text[q.end - 1] == "\u201d"


def test_quote_marks_single_quotes_as_speech_but_not_apostrophes():
    text = "Brazil\u2019s leader said the union \u2019s troops were \u2018peace forces\u2019 sent in the \u201980s."
    assert texts(text) == ["peace forces"]


def test_quote_marks_ascii_single_quotes_and_possessives():
    assert texts("The states' leaders called it 'a fair deal' on Monday.") == ["a fair deal"]


def test_quote_marks_guillemets_and_german_quotes():
    assert texts("He wrote \u00abNever again\u00bb and \u201eNie wieder\u201c.") == ["Never again", "Nie wieder"]


def test_quote_marks_mismatched_pair():
    assert texts('\u201cWe will stay," the general told reporters.') == ["We will stay"]


def test_quote_marks_fragment_loses_sentence_period_full_sentence_keeps_it():
    assert texts('She called the vote "a turning point."') == ["a turning point"]
    assert texts('"We are ready." The talks went on.') == ["We are ready."]


def test_quote_marks_nested_single_quotes_stay_inside_double():
    assert texts('"They told us \u2018go home\u2019 and we refused," he said.') == [
        "They told us \u2018go home\u2019 and we refused"
    ]


def test_quote_marks_multi_paragraph_quote_is_continued():
    text = (
        "\u201cThe first part of the statement ends here.\n\n"
        "\u201cAnd the second part closes it,\u201d the spokeswoman said."
    )
    first, second = find_quotes(text)
    assert first.text == "The first part of the statement ends here."
    assert not first.closed and not first.continues_previous
    assert second.text == "And the second part closes it"
    assert second.closed and second.continues_previous


def test_quote_marks_stray_mark_inside_prose_is_ignored():
    assert texts('The 5" gun was fired, officials said.') == []


def test_quote_marks_several_quotes_in_one_sentence():
    assert texts('He said the plan was "bold" but "too late".') == ["bold", "too late"]


def test_quote_marks_quote_without_letters_is_ignored():
    assert texts('Scores were "--" and "..." on the day.') == []


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("Russia\u2019s", 6, True),
        ("the \u201990s", 4, True),
        ("rock 'n' roll", 5, True),
        ("said \u2018no\u2019", 5, False),
    ],
)
def test_quote_marks_apostrophe_detection(text, index, expected):
    assert is_apostrophe(text, index) is expected
