"""Roles and people on our own wire-style sentences (written for these tests, not eval, dev or tuning text):
a name the tagger calls an organisation after a title, a surname tagged as a place, rank titles after an
office, offices a person left ("who was ousted as president", "the deposed leader"), "whom Y named acting
president", "his foreign minister, X", "Putin's spokesman, X", an apposition that is a verb's object,
and a bracketed dateline that gives no one a state."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text


@pytest.mark.model
@pytest.mark.parametrize("text, want", [
    # a hyphenated name after a multiword state and a title, which the tagger calls an organisation
    ("Regional leaders, meeting in Libreville, appointed Central African Republic President Jean-Marc Kolingba "
     "to lead the mediation.", {"Jean-Marc Kolingba": [("President", "CAF")]}),
    # a rank after an office is how the person is addressed ("military chief General X", "army chief Gen. X")
    ("The two navies will hold joint patrols next month, Indonesian military chief General Agus Santoso said.",
     {"Agus Santoso": [("Chief", "IDN")]}),
    ("Mali's army chief Gen. Oumar Diarra told reporters the offensive in the north would continue.",
     {"Oumar Diarra": [("Army Chief", "MLI")]}),
    # an office the person left
    ("Pedro Alvarez, who was ousted as president of Peru in 2022, remains in a Lima prison.",
     {"Pedro Alvarez": [("Former President", "PER")]}),
    ("Jean Okoro, who resigned as Nigeria's finance minister in March, said the reforms had stalled.",
     {"Jean Okoro": [("Former Finance Minister", "NGA")]}),
    ("Maria Lopes, who stepped down as prime minister of Portugal last year, will run for the presidency.",
     {"Maria Lopes": [("Former Prime Minister", "PRT")]}),
    ("Sudan's ousted leader Omar Hassan remains in detention in Khartoum.",
     {"Omar Hassan": [("Former Leader", "SDN")]}),
    # the office another person gave: to the one appointed, not the one appointing
    ("Prime Minister Ravi Perera, whom President Gota Silva had named acting president, declared a curfew.",
     {"Ravi Perera": [("Acting President", None), ("Prime Minister", None)], "Gota Silva": [("President", None)]}),
    ("Sri Lankan President Gota Silva appointed Prime Minister Ravi Perera as acting president on Wednesday.",
     {"Gota Silva": [("President", "LKA")],
      "Ravi Perera": [("Acting President", "LKA"), ("Prime Minister", "LKA")]}),
    # "his foreign minister" serves the state of the person "his" stands for
    ("Turkish President Recep Tayyip Erdogan and his foreign minister, Hakan Demir, arrived in Baku on Tuesday.",
     {"Hakan Demir": [("Foreign Minister", "TUR")]}),
    # "Putin's spokesman": the titles before the owner's name are the owner's, not the aide's
    ("Russian President Vladimir Putin's spokesman, Dmitry Peskov, said the Kremlin had no comment.",
     {"Dmitry Peskov": [("Spokesman", "RUS")], "Vladimir Putin": [("President", "RUS")]}),
    # an apposition that is a verb's object in a longer clause
    ("Protesters stormed the parliament in Yerevan, ransacking offices and beating the speaker of parliament, "
     "Ararat Ghukasyan.", {"Ararat Ghukasyan": [("Speaker", "ARM")]}),
])
def test_roles_s7(nlp, text, want):
    ex = extract_text(text, nlp=nlp)
    for name, roles in want.items():
        assert roles_of(ex, name) == sorted(roles), (name, [(p.name, p.roles) for p in ex.people])


@pytest.mark.model
def test_surname_tagged_as_a_place_joins_the_name(nlp):
    ex = extract_text("Pakistan's Foreign Minister Shah Mahmood Qureshi boycotted a meeting in Abu Dhabi on Friday.",
                      nlp=nlp)
    assert roles_of(ex, "Shah Mahmood Qureshi") == [("Foreign Minister", "PAK")]


@pytest.mark.model
def test_bracketed_dateline_gives_no_state(nlp):
    # the dateline city's state is not the prime minister's; Sudan, named in the article, is
    text = ("ADDIS ABABA, Oct 12 (Newswire) - Regional leaders condemned the coup in Sudan on Tuesday, after "
            "soldiers detained Prime Minister Kamal Idris in Khartoum.\n\nSudan's army said it had acted to "
            "prevent civil war. Sudan has been in turmoil since 2019.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Kamal Idris") == [("Prime Minister", "SDN")]


@pytest.mark.model
def test_subject_after_a_dateline_gives_the_state(nlp):
    # the parser takes the dateline place for the subject; the state acting in the sentence is Pakistan's
    text = ("LAHORE, Pakistan (Newswire) - Pakistan returned a captured Indian pilot to India on Friday, a step "
            "Prime Minister Imran Saleem said was meant to ease tensions.\n\nIndia welcomed the move. India said "
            "the pilot was well. Indian officials met him at the border.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Imran Saleem") == [("Prime Minister", "PAK")]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    # the verb, not the participle as an adjective: the person is the one appointing or removed
    ("Gota Silva had named Ravi Perera acting president before he fled.", "Gota Silva"),
    ("Thomas Weber, who was fired by the club in May, joined a rival team.", "Thomas Weber"),
    ("Mariam Toure, the son of the president, was detained by police in Bamako on Friday.", "Mariam Toure"),
    ("John Okello, a farmer in northern Uganda, said the rains had failed.", "John Okello"),
])
def test_no_role_is_invented_s7(nlp, text, name):
    ex = extract_text(text, nlp=nlp)
    assert [t for t, _ in roles_of(ex, name) if t] == []


@pytest.mark.model
def test_army_ousting_a_president_is_no_former_office(nlp):
    ex = extract_text("The army ousted President Mohamed Bazoum of Niger on July 26 and detained him.", nlp=nlp)
    assert roles_of(ex, "Mohamed Bazoum") == [("President", "NER")]
