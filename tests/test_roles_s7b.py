"""Roles, round 2 of session 7, on our own wire-style sentences (not eval, dev or tuning text): the state of
an office comes from the title's own modifier even when the parser hangs the name on an earlier title, "its
spokesman" after a government body, a sentence opening "In <capital>," for its officials, one state one
president (a titled person is not given the state another person heads), a former office beside the
sitting holder, and split rank abbreviations ("Brig. Gen.") that are neither a person nor an office."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text


@pytest.mark.model
@pytest.mark.parametrize("text, want", [
    # the name hung on an earlier title: the title's own possessive gives the state
    ("The talks were held between Saudi national security adviser Musaed Fahd, and China's top diplomat, "
     "Wang Lei.", {"Wang Lei": [("Top Diplomat", "CHN")], "Musaed Fahd": [("National Security Adviser", "SAU")]}),
    ("The meeting in Kampala brought together Kenyan President Daniel Ochieng, Rwandan President Paul Habimana "
     "and Tanzania's prime minister, Juma Mrisho.", {"Juma Mrisho": [("Prime Minister", "TZA")]}),
    # "its" after a government body
    ("The White House welcomed the deal, although its national security spokesman, Tom Reed, said it remained "
     "to be seen whether Iran would comply.", {"Tom Reed": [("National Security Spokesman", "USA")]}),
    # a sentence opening "In <capital>," reports that state's officials
    ("Iraq rejected the plan on Monday. In London, Peter Hale, the leader of the House of Commons, resigned from "
     "Prime Minister Alan Shaw's cabinet on Monday. Iraq said it would fight. Iraq mobilised its army.",
     {"Peter Hale": [("Leader", "GBR")], "Alan Shaw": [("Prime Minister", "GBR")]}),
    ("Georgia welcomed the ceasefire. In Washington, President John Miller said he was sending aid to Georgia. "
     "Georgia said it needed food.", {"John Miller": [("President", "USA")]}),
    # a former office beside the state's sitting holder
    ("Peru's president, Luis Campos, signed the accord on Monday. Washington has given Peru $2 billion since "
     "2000.\n\nFormer president Jorge Salas, who leads the No campaign, accused Campos of betrayal.",
     {"Jorge Salas": [("Former President", "PER")]}),
    # split rank abbreviations: the office is the spokesman's, the rank no person
    ("Egypt's army spokesman Brig. Gen. Ahmed Khalil said the border was closed.",
     {"Ahmed Khalil": [("Army Spokesman", "EGY")]}),
])
def test_roles_s7b(nlp, text, want):
    ex = extract_text(text, nlp=nlp)
    for name, roles in want.items():
        assert roles_of(ex, name) == sorted(roles), (name, [(p.name, p.roles) for p in ex.people])


@pytest.mark.model
def test_split_rank_is_no_person(nlp):
    ex = extract_text("The raid killed 12 militants, army spokesman Brig. Gen. Ahmed Khalil told reporters.", nlp=nlp)
    assert sorted(p.name for p in ex.people) == ["Ahmed Khalil"]


@pytest.mark.model
def test_a_state_with_its_own_leader_is_not_given_to_another_president(nlp):
    # North Korea's leader is named; the president beside him is not North Korea's
    text = ("SINGAPORE (Newswire) - President John Miller and North Korean leader Kim Song Chol met on Tuesday.\n\n"
            "North Korea said the talks were useful. North Korea will send a delegation.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Kim Song Chol") == [("Leader", "PRK")]
    assert ("President", "PRK") not in roles_of(ex, "John Miller")


@pytest.mark.model
def test_air_chief_marshal_is_a_rank(nlp):
    # a rank of several words gives way to the office stated beside it
    ex = extract_text("Pakistan's air force chief, Air Chief Marshal Tariq Rauf, said the jets had crossed the border.",
                      nlp=nlp)
    assert [t for t, _ in roles_of(ex, "Tariq Rauf")] == ["Chief"]


@pytest.mark.model
def test_the_blocs_chairman_takes_the_bloc_named_further_back(nlp):
    text = ("The African Union suspended Guinea after the coup.\n\nThe junta said it would hold elections in 2025. "
            "Guinea's neighbours closed their borders.\n\nSenegalese President Amadou Diallo, the bloc's chairman, "
            "had urged the junta to release the president.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Amadou Diallo") == [("Chairman", "AU"), ("President", "SEN")]


@pytest.mark.model
def test_counterpart_with_a_courtesy_title(nlp):
    ex = extract_text("Iran's foreign minister, Ali Karimi, said he would soon meet his Saudi counterpart, Prince "
                      "Khalid bin Saad, to arrange the return of ambassadors.", nlp=nlp)
    assert roles_of(ex, "Khalid bin Saad") == [(None, "SAU")]


@pytest.mark.model
def test_better_known_as_is_an_alias(nlp):
    text = ("The rebel commander, Pedro Ruiz, signed the accord on Monday. Ruiz, better known as Comandante Lobo, "
            "apologised to the victims. Lobo said the war was over.")
    ex = extract_text(text, nlp=nlp)
    assert [(p.name, sorted(p.aliases)) for p in ex.people] == [("Pedro Ruiz", ["Comandante Lobo", "Lobo", "Ruiz"])]


@pytest.mark.model
def test_the_bloc_is_the_one_the_article_names_most(nlp):
    # a rival bloc named further back in passing is not "the bloc" (not named in this or the previous sentence)
    text = ("The African Union suspended Guinea after the coup. The African Union said it would send envoys.\n\n"
            "Guinea has since drawn closer to the Alliance of Sahel States. Its junta has promised a vote.\n\n"
            "Senegalese President Amadou Diallo, "
            "the bloc's chairman, urged the junta to release the president.")
    ex = extract_text(text, nlp=nlp)
    assert ("Chairman", "AU") in roles_of(ex, "Amadou Diallo")
