"""The state a person acts for (roles' code and Person.code), on our own wire-style sentences (written
for these tests, not eval, dev or tuning-set text): country-specific titles (data/country_titles.json),
a title with no state takes the state acting in its clause or the article's main state, never the
dateline's merely for being the dateline nor a state that is only the object; a person keeps the
state given earlier in the article; coordinated counterparts take one state each."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract_text
from blocwatch.pipeline.roles import counterpart_office, country_of_title


@pytest.mark.parametrize("title, counts, want", [
    ("Secretary of State", {}, "USA"),
    ("Deputy Secretary of State", {"CHN": 3}, "USA"),
    ("Former Foreign Secretary", {}, "GBR"),
    ("Foreign Secretary", {"IND": 4, "PAK": 2}, "IND"),  # India's civil servant in a story about India
    ("Foreign Secretary", {"IND": 1, "GBR": 3}, "GBR"),
    ("Chief Cabinet Secretary", {"CHN": 2}, "JPN"),
    ("Chancellor", {"AUT": 2}, "AUT"),
    ("Chancellor", {}, "DEU"),
    ("Taoiseach", {}, "IRL"),
    ("Supreme Leader", {}, None),  # Iran's or North Korea's: only the article can tell
    ("Supreme Leader", {"IRN": 2}, "IRN"),
    ("Prime Minister", {"GBR": 5}, None),  # no country-specific meaning
])
def test_country_specific_titles(title, counts, want):
    assert country_of_title(title, counts) == want


def test_counterpart_of_a_country_specific_office_holds_the_generic_office():
    assert counterpart_office("Secretary of State") == "Foreign Minister"
    assert counterpart_office("Prime Minister") == "Prime Minister"


def _code(ex, surname: str) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    person = next(p for p in ex.people if p.name.endswith(surname))
    return person.code, sorted((r.title, r.org_or_country) for r in person.roles)


@pytest.mark.model
@pytest.mark.parametrize("text, surname, want", [
    # a country-specific office beats the states named around it, the dateline's included
    ("SEOUL, May 3 (Blocwire) - Secretary of State Mark Ellison spoke by phone with officials in Seoul "
     "about the drills.", "Ellison", "USA"),
    ("Prime Minister Clara Voss said Russia was to blame, and Foreign Secretary Tom Hartley said Moscow "
     "had lied.", "Hartley", "GBR"),
    ("Tokyo protested to China over the incursion, Chief Cabinet Secretary Kenji Morita said.", "Morita", "JPN"),
    # the state acting in the person's clause, not a modifier named last ("the Russia-led bloc")
    ("Georgia has left the Russia-led alliance, Prime Minister Levan Beridze said on Monday.", "Beridze", "GEO"),
    ("Uganda, which Kenya accuses of harbouring rebels, sent Foreign Minister Sam Okello to the talks.",
     "Okello", "UGA"),
    # a noun phrase the person is part of: "a Canadian delegation led by X"
    ("A Canadian delegation led by envoy Paul Girard arrived in Nairobi for the talks.", "Girard", "CAN"),
    # a state that is only the object is not the person's: the article's main state is
    ("Chile sent aid to Peru on Monday. Peru said the aid would help. Peru thanked its neighbours. "
     "Prime Minister Rosa Quispe thanked Chile for the help.", "Quispe", "PER"),
])
def test_state_of_a_title_with_no_state(nlp, text, surname, want):
    ex = extract_text(text, published="2024-05-03", nlp=nlp)
    code, roles = _code(ex, surname)
    assert code == want and all(c == want for _, c in roles), roles


@pytest.mark.model
def test_a_person_keeps_the_state_given_earlier(nlp):
    ex = extract_text("Moldovan Prime Minister Ion Rusu met EU officials in Brussels on Tuesday. Belgium and "
                      "France backed the plan. Later, Prime Minister Rusu said Belgium would host the next round.",
                      published="2024-03-12", nlp=nlp)
    code, roles = _code(ex, "Rusu")
    assert code == "MDA" and roles == [("Prime Minister", "MDA")]
    ex = extract_text("NATO Secretary General Ana Lind arrived in Vilnius. Lithuania and Latvia asked for more "
                      "troops. Secretary General Lind said Lithuania would get them.", published="2024-03-12", nlp=nlp)
    assert _code(ex, "Lind") == ("NATO", [("Secretary General", "NATO")])


@pytest.mark.model
def test_coordinated_counterparts_take_one_state_each(nlp):
    ex = extract_text("Secretary of State Mark Ellison spoke by phone with his Brazilian and Argentine "
                      "counterparts, Joao Pereira and Lucia Gomez.", published="2024-05-03", nlp=nlp)
    assert _code(ex, "Ellison") == ("USA", [("Secretary of State", "USA")])
    assert _code(ex, "Pereira") == ("BRA", [("Foreign Minister", "BRA")])
    assert _code(ex, "Gomez") == ("ARG", [("Foreign Minister", "ARG")])
