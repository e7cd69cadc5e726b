"""Events, round 6d (issue #6): actors resolved across the article - a coalition coded by the state leading it,
a group's adjective ("Sandinista fighters") linked to the group, "the country" as the state the article is about,
"both sides" as the two actors opposed before, and a domestic act aimed at home.

Every sentence is our own, written for these tests; none comes from evaluation, held-out or tuning text.
"""

from __future__ import annotations

import pytest
from helpers import events_of

from blocwatch.extract import article_from_text

pytestmark = pytest.mark.model


def _rows(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, list(e.source), list(e.target)) for e in events_of(nlp, text)]


def test_led_coalition_is_its_leader(nlp):
    text = ("The French-led coalition carried out air strikes on rebel positions in Mali on Monday. The United "
            "Nations said its mission would stay. UN officials met rebel leaders. The UN called for calm. "
            "The coalition responded with more air strikes on Tuesday.")
    assaults = [r for r in _rows(nlp, text) if r[0] == "ASSAULT"]
    assert len(assaults) == 2
    assert all(r[1] == ["FRA"] for r in assaults)


def test_group_adjective_is_the_group(nlp):
    text = ("The Sandinistas took control of the capital in 1979. Sandinista fighters attacked an army base near "
            "Leon on Monday.")
    assert any(r[0] == "ASSAULT" and r[1] == ["Sandinistas"] for r in _rows(nlp, text))


def test_the_country_is_the_state_of_the_story(nlp):
    text = ("Guinea's junta detained the president on Sunday. Guinea's soldiers patrolled the capital of Guinea. "
            "The World Bank said on Tuesday it had halted its disbursements to the country.")
    sanctions = [r for r in _rows(nlp, text) if r[0] == "SANCTION"]
    assert sanctions and sanctions[0][2] == ["GIN"]


def test_both_sides_are_the_parties_opposed_before(nlp):
    text = ("Ethiopian troops shelled Eritrean positions on Monday. Eritrea accused Ethiopia of aggression. "
            "The African Union urged both sides to show restraint.")
    requests = [r for r in _rows(nlp, text) if r[0] == "REQUEST"]
    assert requests and requests[0][1] == ["AU"] and set(requests[0][2]) == {"ETH", "ERI"}


@pytest.mark.parametrize(("text", "kind", "code"), [
    ("Mali's army promised to hold elections next year.", "AGREE", "MLI"),
    ("Chad's president resigned on Tuesday in a letter sent from Paris.", "RETREAT", "TCD"),
])
def test_domestic_act_is_aimed_at_home(nlp, text, kind, code):
    assert (kind, [code], [code]) in _rows(nlp, text)


def test_a_state_acting_abroad_is_not_aimed_at_home(nlp):
    rows = _rows(nlp, "Kenya's army promised to send troops to Somalia.")
    assert not any(r[1] == r[2] == ["KEN"] for r in rows)


def test_attack_on_a_town_is_aimed_at_its_state(nlp):
    rows = _rows(nlp, "Eritrean drones struck a fuel depot in Mombasa on Friday.")
    assert ("ASSAULT", ["ERI"], ["KEN"]) in rows


def test_protest_of_the_crowd_acted_on_is_kept(nlp):
    rows = _rows(nlp, "Riot police fired tear gas at hundreds of students who occupied the parliament building in "
                      "Nairobi on Tuesday.")
    assert "PROTEST" in [r[0] for r in rows]
    assert any(r[0] in ("COERCE", "ASSAULT") and r[1] == ["KEN"] for r in rows)


def test_relative_clause_on_the_subject_stays_background(nlp):
    rows = _rows(nlp, "The minister, who hosted the talks in Doha, said Qatar would send aid to Sudan.")
    assert "CONSULT" not in [r[0] for r in rows]



@pytest.mark.parametrize(("opening", "place"), [
    ("KISUMU, Kenya (Wire) - ", "Kisumu"),
    ("LAGOS, May 3 (Wire) - ", "Lagos"),
    ("SAN JOSE, Costa Rica (Wire) - ", "San Jose"),
])
def test_dateline_with_country_and_agency_opens_the_lede(nlp, opening, place):
    from blocwatch.pipeline.event_rules import dateline_of

    text = opening + "Kenya handed two detained Ugandan fishermen back to Uganda on Friday."
    doc = nlp.make_doc(text)
    doc._.article = article_from_text(text, "2024-05-08")
    doc = nlp(doc)
    end, found = dateline_of(doc)
    assert end == len(opening) and found == place


def test_the_group_is_the_armed_group_not_the_bloc(nlp):
    text = ("The United Nations envoy met officials of the Polisario Front in Tindouf. The UN called for calm. "
            "Polisario fighters shelled an army post near Mahbes on Sunday. The group also attacked a Moroccan "
            "patrol on Monday.")
    assaults = [r for r in _rows(nlp, text) if r[0] == "ASSAULT"]
    assert assaults and all(r[1] == ["Polisario Front"] for r in assaults)
    assert any(r[2] == ["MAR"] for r in assaults)
