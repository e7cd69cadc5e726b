"""People and roles on our own wire-style sentences (written for these tests, not eval or dev text):
relative clauses, "its"/"the bloc's", courtesy titles and ranks, rebel leaders, kinship appositions,
a person's aide, two roles in one apposition, and names the tagger misses in a person's slot."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text
from blocwatch.pipeline.roles import _kind


@pytest.mark.parametrize("title, kind", [
    ("Sheikh", "courtesy"), ("Prince", "courtesy"), ("Dr", "courtesy"), ("Colonel", "rank"),
    ("Lieutenant General", "rank"), ("Crown Prince", "office"), ("Emir", "office"), ("Junta Leader", "office"),
])
def test_courtesy_titles_and_ranks_are_told_from_offices(title, kind):
    assert _kind(title) == kind


@pytest.mark.model
@pytest.mark.parametrize("text, name, want", [
    # relative clauses give the office
    ("Tomas Varga, who became prime minister of Slovakia in 2019, said the vote would go ahead.",
     "Tomas Varga", [("Prime Minister", "SVK")]),
    ("Talks in Addis Ababa were chaired by Lucas Mbeki, who heads the African Union Commission, on Friday.",
     "Lucas Mbeki", [("Head", "AU")]),
    # "its" and "the bloc's" stand for the organisation named in the sentence
    ("The Organization of American States said its Secretary General Pablo Ruiz would convene a meeting.",
     "Pablo Ruiz", [("Secretary General", "OAS")]),
    ("Peter Otieno, the bloc's secretary-general, said the East African Community would send observers.",
     "Peter Otieno", [("Secretary-General", "EAC")]),
    # courtesy titles are not offices; the office comes from the apposition
    ("Sheikh Khalid bin Saad Al Nuaimi, Qatar's prime minister, met the delegation in Doha.",
     "Khalid bin Saad Al Nuaimi", [("Prime Minister", "QAT")]),
    ("Prince Saud bin Fahad, the kingdom's top diplomat, flew to Riyadh on Monday after talks in Saudi Arabia.",
     "Saud bin Fahad", [("Top Diplomat", "SAU")]),
    # a rank before the name gives way to the office stated before it
    ("In Niamey, the head of the ruling military council, General Idrissa Sanda, said Niger would leave.",
     "Idrissa Sanda", [("Head", "NER")]),
    # a rebel leader does not act for the state named nearby
    ("Nigeria's army said on Monday it had repelled an attack. Rebel leader Amadou Kone said his men held the town.",
     "Amadou Kone", [("Rebel Leader", None)]),
    # two roles in one apposition, each with its own code
    ("Samuel Adeyemi, the AU's envoy for the Horn of Africa and a former president of Nigeria, led the talks.",
     "Samuel Adeyemi", [("Envoy", "AU"), ("Former President", "NGA")]),
    # a bare apostrophe after a coded name, a lower-case subject before the title
    ("The United Nations' human rights chief Karl Brunner urged restraint.", "Karl Brunner", [("Chief", "UN")]),
    # a code before the head noun names whom the person serves, not the city after it
    ("Yusuf Haddad, a senior Hamas official in Beirut, said the group would not negotiate.",
     "Yusuf Haddad", [("Hamas Official", "Hamas")]),
    # the second part of an apposition keeps the state of the first
    ("Emre Kaya, Turkey's new foreign minister and a former intelligence chief, met US officials.",
     "Emre Kaya", [("Foreign Minister", "TUR"), ("Former Intelligence Chief", "TUR")]),
    ("Prime Minister-designate Mohammed Shia al-Sudani of Iraq sent a message of support.", "Mohammed Shia al-Sudani",
     [("Prime Minister", "IRQ")]),
])
def test_role_shapes(nlp, text, name, want):
    ex = extract_text(text, published="2024-05-01", nlp=nlp)
    assert roles_of(ex, name) == want


@pytest.mark.model
def test_kinship_apposition_gives_no_title(nlp):
    ex = extract_text("Indonesian President Joko Widodo attended. His running mate Budi Santoso, the eldest son "
                      "of outgoing President Joko Widodo, became vice president.", published="2024-10-20", nlp=nlp)
    assert roles_of(ex, "Budi Santoso") == []
    assert ("President", "IDN") in roles_of(ex, "Joko Widodo")


@pytest.mark.model
def test_aide_takes_the_state_of_the_person_served(nlp):
    ex = extract_text("Ethiopia's prime minister, Abiy Ahmed, welcomed the deal. Dawit Alemu, Abiy's national "
                      "security adviser, signed it for the government.", published="2022-11-02", nlp=nlp)
    assert roles_of(ex, "Dawit Alemu") == [("National Security Adviser", "ETH")]


@pytest.mark.model
def test_people_missed_by_the_tagger_are_recovered_from_their_slot(nlp):
    ex = extract_text(
        "Kofi Mensah-Boateng, a former Ghanaian deputy president, led the mediation. Ms Liisa Tamm, Estonia's "
        "prime minister, was nominated. Tamm said the war must not be rewarded.", published="2024-06-27", nlp=nlp)
    names = {p.name for p in ex.people}
    assert {"Kofi Mensah-Boateng", "Liisa Tamm"} <= names
    assert roles_of(ex, "Kofi Mensah-Boateng") == [("Former Deputy President", "GHA")]
    tamm = next(p for p in ex.people if p.name == "Liisa Tamm")
    assert roles_of(ex, "Liisa Tamm") == [("Prime Minister", "EST")] and len(tamm.mentions) == 2
    assert not any(o.name == "Kofi Mensah-Boateng" for o in ex.organizations)


@pytest.mark.model
def test_a_person_merely_named_gets_no_role(nlp):
    ex = extract_text("Pedro Alvarez, a leftist who took office in 2022, stayed away. Maria Lopez was not invited.",
                      published="2024-01-10", nlp=nlp)
    for person in ex.people:
        assert person.roles == [], person


@pytest.mark.model
def test_hyphenated_asian_given_name_stays_whole(nlp):
    ex = extract_text("South Korean Prime Minister Park Sung-min met Japanese officials in Tokyo on Monday.",
                      published="2024-04-18", nlp=nlp)
    assert roles_of(ex, "Park Sung-min") == [("Prime Minister", "KOR")]


@pytest.mark.model
def test_two_people_share_a_plural_apposition(nlp):
    ex = extract_text("Kwame Asante-Boadu and Bola Tinubu, the presidents of Ghana and Nigeria, condemned the coup.",
                      published="2023-08-31", nlp=nlp)
    assert roles_of(ex, "Kwame Asante-Boadu") == [("President", "GHA")]
    assert roles_of(ex, "Bola Tinubu") == [("President", "NGA")]
