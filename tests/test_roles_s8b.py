"""People and roles, session 8 round 5, on our own wire-style sentences (not eval, dev or tuning text): a chair taken
by a verb ("took over the rotating chairmanship of the community"); offices given by "elected/appointed X (, a
diplomat,) as ..."; regnal names ("King Hassan VI", "Queen Margrethe II"); "the Irish president of the European
Parliament" (the institution's bloc, not the nationality); "the council's secretary general" (the council named
before, not a court named later); a statement "issued by the White House"; "met in the Irish capital"; "Jane Doe of
Zambia"; "Maria Soares-Lima" whole; "the then-Omani foreign minister"; "the leader of the Socialist Party"."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text
from blocwatch.pipeline.people import _ROMAN


def test_regnal_numerals():
    assert all(_ROMAN.match(n) for n in ("II", "III", "IV", "VI", "IX", "XIII", "XVI"))
    assert not any(_ROMAN.match(n) for n in ("IIII", "Vx", "VX", "Hassan", "IIV"))


def _people(nlp, text):
    return {p.name for p in extract_text(text, nlp=nlp).people}


@pytest.mark.model
@pytest.mark.parametrize("text, name, role", [
    ("ARUSHA, June 3 (Newswire) - The East African Community held its summit on Friday. Tanzania's president, "
     "Joseph Mrema, who took over the rotating chairmanship of the community from Kenya's Daniel Otieno, said the "
     "bloc would grow.", "Joseph Mrema", ("Chairman", "EAC")),
    ("ADDIS ABABA, Jan 30 (Newswire) - Ghana's president, Kofi Amponsah, took over the African Union's rotating "
     "chairmanship on Monday. Nigeria welcomed him.", "Kofi Amponsah", ("Chairman", "AU")),
    ("ADDIS ABABA, Jan 30 (Newswire) - African leaders elected Niger's foreign minister, Ali Moussa, as chairman "
     "of the AU Commission on Monday. Egypt backed him.", "Ali Moussa", ("Chairman of the AU Commission", "AU")),
    ("ARUSHA, June 3 (Newswire) - The East African Community held its summit. The summit appointed Jean Habimana, "
     "a Rwandan, as the community's new secretary general.", "Jean Habimana", ("Secretary General", "EAC")),
])
def test_offices_given_by_a_verb(nlp, text, name, role):
    assert role in roles_of(extract_text(text, nlp=nlp), name)


@pytest.mark.model
def test_elected_keeps_the_title_in_apposition(nlp):
    text = ("African leaders elected Niger's foreign minister, Ali Moussa, as chairman of the AU Commission on "
            "Monday.")
    assert ("Foreign Minister", "NER") in roles_of(extract_text(text, nlp=nlp), "Ali Moussa")


@pytest.mark.model
def test_a_country_holding_a_chair_gives_no_person_a_chair(nlp):
    text = ("Prime Minister Lars Holm, whose government holds the EU's rotating presidency, opened the meeting in "
            "Copenhagen. Denmark said the talks went well.")
    assert all(t != "Chairman" for t, _ in roles_of(extract_text(text, nlp=nlp), "Lars Holm"))


@pytest.mark.model
def test_regnal_names_are_people(nlp):
    text = ('"We are glad to be back among friends," King Hassan VI told the summit on Monday, in his first '
            "address to the bloc. Queen Margrethe II opened the session on Tuesday.")
    people = _people(nlp, text)
    assert {"Hassan VI", "Margrethe II"} <= people
    assert ("King", None) in roles_of(extract_text(text, nlp=nlp), "Hassan VI")


@pytest.mark.model
def test_nationality_before_an_institution_head(nlp):
    text = ("Hendrik Visser, the Dutch president of the European Parliament, said lawmakers would vote next week. "
            "The Netherlands backed the plan.")
    assert roles_of(extract_text(text, nlp=nlp), "Hendrik Visser") == [("President of the European Parliament", "EU")]


@pytest.mark.model
def test_the_council_is_the_council_named_before(nlp):
    text = ("The Council of Europe voted on Wednesday to suspend Belarus. Anna Kowalska, the council's secretary "
            "general, said in a statement that citizens would keep access to the European Court of Human Rights.")
    assert roles_of(extract_text(text, nlp=nlp), "Anna Kowalska") == [("Secretary General", "COE")]


@pytest.mark.model
def test_statement_issued_by_the_white_house(nlp):
    text = ("Foreign ministers met in Brussels on Monday and Belgium hosted the talks. The alliance said in a "
            "statement from Brussels that it was ready. President Frank Dalton welcomed the decision in a statement "
            "issued by the White House.")
    assert roles_of(extract_text(text, nlp=nlp), "Frank Dalton") == [("President", "USA")]


@pytest.mark.model
def test_met_in_the_irish_capital(nlp):
    text = ("Cyprus and Malta joined the bloc on Saturday. Cyprus held a vote and Cyprus celebrated. Leaders met in "
            "the Irish capital on Saturday, where Prime Minister Sean Doyle, whose government chairs the talks, "
            "raised the flags.")
    assert roles_of(extract_text(text, nlp=nlp), "Sean Doyle") == [("Prime Minister", "IRL")]


@pytest.mark.model
def test_name_of_state_has_no_title(nlp):
    text = "The assembly on Monday chose a Kenyan diplomat, replacing Maria Tembo of Zambia, who had held the post."
    assert roles_of(extract_text(text, nlp=nlp), "Maria Tembo") == [(None, "ZMB")]


@pytest.mark.model
def test_hyphenated_surname_stays_whole(nlp):
    text = "Portugal's foreign minister, Maria Soares-Lima, said the deal was close."
    ex = extract_text(text, nlp=nlp)
    assert "Maria Soares-Lima" in {p.name for p in ex.people}
    assert roles_of(ex, "Maria Soares-Lima") == [("Foreign Minister", "PRT")]


@pytest.mark.model
def test_then_office_and_party_leader(nlp):
    ex = extract_text("The talks were hosted by the then-Omani foreign minister, Salim al-Harthy, in 2019.", nlp=nlp)
    assert roles_of(ex, "Salim al-Harthy") == [("Former Foreign Minister", "OMN")]
    ex = extract_text("Prime Minister Ana Costa, the leader of the Socialist Party, said the budget would pass.",
                      nlp=nlp)
    assert ("Leader", "Socialist Party") in roles_of(ex, "Ana Costa")


@pytest.mark.model
def test_counterpart_takes_the_title_written_earlier(nlp):
    text = ("Spanish Prime Minister Luis Ortega arrived in Lisbon on Monday. Ortega met his Portuguese counterpart, "
            "Rui Matos, at the palace. Spain and Portugal signed a water deal.")
    assert roles_of(extract_text(text, nlp=nlp), "Rui Matos") == [("Prime Minister", "PRT")]


@pytest.mark.model
def test_places_and_products_are_no_people(nlp):
    people = _people(nlp, "Portugal offered the use of its air base in the Azores, and Azores officials agreed. "
                          "Lisbon confirmed the deal on Monday.")
    assert "Azores" not in people
    people = _people(nlp, "The army bought 40 Land Rover Defender vehicles, and Defender trucks were sent to the "
                          "border. Kenya paid for them.")
    assert "Defender" not in people


@pytest.mark.model
def test_a_one_word_name_that_speaks_stays_a_person(nlp):
    assert "Mensah" in _people(nlp, "Mensah told reporters on Monday that the Mensah camp would return.")
