"""A bloc size the text states is checked against the KB and reported, never stored as a fact."""

import pytest

from blocwatch.extract import extract_text


@pytest.mark.model
def test_extract_reports_a_bloc_size_the_kb_contradicts(nlp):
    text = "The eight-member NATO alliance met in Brussels on Monday."
    data = extract_text(text, "2024-05-01", nlp=nlp).to_contract()
    assert [w["kind"] for w in data["warnings"]] == ["membership_count"]
    assert "NATO 8 members" in data["warnings"][0]["message"] and "32" in data["warnings"][0]["message"]
    assert data["warnings"][0]["evidence"]["text"] == text
    assert data["memberships"] == []


@pytest.mark.model
def test_extract_no_warning_when_the_size_agrees(nlp):
    data = extract_text("The 32-member NATO alliance met in Brussels on Monday.", "2024-05-01", nlp=nlp)
    assert data.warnings == []
