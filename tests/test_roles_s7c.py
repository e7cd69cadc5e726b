"""People and roles, round 3 of session 7, on our own wire-style sentences (not eval, dev or tuning text):
a name the tagger missed right after a dateline's dash, a name with a particle tagged as an organisation after a
title apposition ("The UN's special envoy for Syria, Jane de Moor,"), "Bosnian Serb leader X" (the state comes
first), "Pope X" (the Holy See), an office before "'s" or after "as" that is someone else's, a first name used
alone ("Abiy's spokeswoman"), a surname the knowledge base reads as a state, a state's possessive opening an
apposition, and a second apposition after a long first one."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text
from blocwatch.pipeline.roles import country_of_title


def test_pope_is_the_holy_see():
    assert country_of_title("Pope") == "VAT"


@pytest.mark.model
@pytest.mark.parametrize("text, want", [
    # a name right after the dateline's dash, in apposition with a title
    ("GENEVA, March 3 (Newswire) - Marta Kovalenko, the head of the UN's migration agency, said on Tuesday that "
     "funds were running out.", {"Marta Kovalenko": [("Head of the UN", "UN")]}),
    # a name with a particle tagged as an organisation after "<title>,"
    ("The UN's special envoy for Libya, Pieter de Moor, said talks would resume in Geneva on Monday.",
     {"Pieter de Moor": [("Special Envoy", "UN")]}),
    # "Bosnian Serb leader": the people's name after the state's
    ("Bosnian Serb leader Dragan Petrovic threatened to boycott the state presidency on Monday.",
     {"Dragan Petrovic": [("Leader", "BIH")]}),
    # an office before "'s" is someone else's: the brother holds no office from it
    ("Uganda's president met the envoys. The president's brother, Samuel Okello, the army commander, said the "
     "border was calm.", {"Samuel Okello": [("Army Commander", "UGA")]}),
    # "named X as the country's new army chief, Y said": the office is X's, not the speaker's
    ("Ghana's government on Monday named Major General Kofi Mensah as the country's new army chief, Information "
     "Minister Ama Boateng said.", {"Ama Boateng": [("Information Minister", "GHA")],
                                    "Kofi Mensah": [("Army Chief", "GHA")]}),
    # a second apposition after a long first one
    ("Dr. Selam Tesfaye, the director-general of the World Health Organization and a former Ethiopian "
     "foreign minister, spoke first.", {"Selam Tesfaye": [("Director-General of the World Health Organization",
                                                           "WHO"), ("Former Foreign Minister", "ETH")]}),
])
def test_roles_s7c(nlp, text, want):
    ex = extract_text(text, nlp=nlp)
    for name, roles in want.items():
        got = roles_of(ex, name)
        for role in roles:
            assert role in got, (name, [(p.name, p.roles) for p in ex.people])


@pytest.mark.model
def test_first_name_alone_is_the_person(nlp):
    # Ethiopian names: the first name is how the person is referred to later; his spokeswoman serves his state
    text = ("ADDIS ABABA, Oct 2 (Newswire) - Ethiopian Prime Minister Dawit Bekele won the vote on Friday, "
            "defeating the opposition.\n\nEritrea said nothing. Eritrea closed the border. Dawit's spokeswoman, "
            "Hana Girma, said he was honoured.")
    ex = extract_text(text, nlp=nlp)
    dawit = next(p for p in ex.people if p.name == "Dawit Bekele")
    assert "Dawit" in dawit.aliases
    assert roles_of(ex, "Hana Girma") == [("Spokeswoman", "ETH")]
    assert not any(p.name == "Dawit" for p in ex.people)


@pytest.mark.model
def test_pope_in_a_story_about_another_state(nlp):
    text = ("Saudi Arabia hosted the talks. Saudi Arabia said the region needed calm. Pope Gregory called for "
            "dialogue on Sunday.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Gregory") == [("Pope", "VAT")]


@pytest.mark.model
def test_a_surname_the_knowledge_base_reads_as_a_state_is_the_person(nlp):
    # "Sadr" is also a form of SADR (Western Sahara); after "Moqtada al-Sadr" it is his surname
    text = ("BAGHDAD, Aug 29 (Newswire) - Iraqi cleric Moqtada al-Sadr said on Monday he was leaving politics.\n\n"
            "Sadr's bloc won the most seats in 2021. Iraq's army declared a curfew.")
    ex = extract_text(text, nlp=nlp)
    sadr = next(p for p in ex.people if p.name == "Moqtada al-Sadr")
    assert "Sadr" in sadr.aliases
    assert not any(pl.country == "ESH" for pl in ex.places)


@pytest.mark.model
def test_a_states_possessive_opens_an_apposition_before_the_name(nlp):
    text = ("Burma's military-appointed foreign minister, Than Lwin, said the junta would hold elections next "
            "year.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Than Lwin") == [("Foreign Minister", "MMR")]
