"""People and roles, session 8, on our own wire-style sentences (not eval, dev or tuning text): a head of state
with no state in the text takes the state of the government body that frames his sentence ("said in a speech from
the White House", "..., the Kremlin said"), not the state the story is about; "X's spokesman" waits for X's state;
"Congolese", "Guinean" and "Dominican" follow the state the article names by an unshared name."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text
from blocwatch.pipeline.linker import SHARED_ADJECTIVES


def test_shared_adjectives_default_first():
    assert SHARED_ADJECTIVES["congolese"][0] == "COD"
    assert SHARED_ADJECTIVES["guinean"] == ("GIN", "GNB", "GNQ")


@pytest.mark.model
def test_head_of_state_framed_by_the_white_house(nlp):
    text = ("WASHINGTON, Jan 28 (Newswire) - President Harold Benson on Tuesday told Iraq it had weeks, not months, to "
            "disarm.\n\n\"Iraq has been given every chance,\" Benson said in a speech from the White House. Iraq "
            "rejected the demand. Iraq said its army was ready. Iraq's foreign minister, Tariq Salim, said Baghdad had "
            "nothing to hide.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Harold Benson") == [("President", "USA")]
    assert roles_of(ex, "Tariq Salim") == [("Foreign Minister", "IRQ")]


@pytest.mark.model
def test_the_kremlin_said_and_his_spokesman(nlp):
    text = ("MOSCOW, Oct 3 (Newswire) - President Pavel Sorokin will travel to Beijing next week, the Kremlin said on "
            "Monday. Sorokin's spokesman, Igor Belov, said the visit would focus on trade. Ukraine said the trip "
            "showed isolation. Ukraine said it would protest.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Pavel Sorokin") == [("President", "RUS")]
    assert roles_of(ex, "Igor Belov") == [("Spokesman", "RUS")]


@pytest.mark.model
def test_a_body_only_acted_on_frames_nothing(nlp):
    # the White House is what the president criticises, not where he speaks from
    text = ("Iran said on Monday it would resume enrichment. Iran said talks had failed. President Reza Tavakoli "
            "criticised the White House in a speech in Tehran.")
    ex = extract_text(text, nlp=nlp)
    assert ("President", "USA") not in roles_of(ex, "Reza Tavakoli")


@pytest.mark.model
@pytest.mark.parametrize("text, name, code", [
    ("BRAZZAVILLE, May 4 (Newswire) - Congolese President Denis Mabiala met rebel leaders on Thursday as the "
     "Republic of Congo sought to end fighting in the Pool region.", "Denis Mabiala", "COG"),
    ("KINSHASA, June 9 (Newswire) - Congolese President Felix Mulamba thanked the army a week after the Democratic "
     "Republic of Congo asked Rwanda to stop backing the rebels.", "Felix Mulamba", "COD"),
    ("Congolese President Felix Mulamba thanked the army on Monday.", "Felix Mulamba", "COD"),
    ("Guinean soldiers loyal to President Umaro Sanha repelled an attack on the palace, the Guinea-Bissau army said.",
     "Umaro Sanha", "GNB"),
])
def test_shared_demonyms_follow_the_state_named(nlp, text, name, code):
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, name) == [("President", code)]


@pytest.mark.model
def test_untagged_name_after_a_title_apposition(nlp):
    text = ("GENEVA, Feb 2 (Newswire) - The UN's special envoy for Sudan, Ramtane Koulibaly, said talks would resume "
            "in Jeddah. Mr. Koulibaly, a former foreign minister of Algeria, met army officers on Thursday.")
    ex = extract_text(text, nlp=nlp)
    got = roles_of(ex, "Ramtane Koulibaly")
    assert ("Special Envoy", "UN") in got
    assert ("Former Foreign Minister", "DZA") in got
    assert not any(p.name == "Koulibaly" for p in ex.people)


@pytest.mark.model
def test_his_counterpart_is_not_his_state(nlp):
    # the prime minister met his Portuguese counterpart: whatever his state is, it is not Portugal
    text = ("MADRID, Nov 17 (Newswire) - Prime Minister Pedro Alvarado said the budget would pass. Alvarado met his "
            "Portuguese counterpart, Rui Matos, in Lisbon on Friday. Matos said Portugal backed the plan.")
    ex = extract_text(text, nlp=nlp)
    assert ("Prime Minister", "PRT") not in roles_of(ex, "Pedro Alvarado")


@pytest.mark.model
def test_the_uns_refugee_agency_is_the_agency(nlp):
    text = ("Lena Borg, the head of the UN's refugee agency, visited camps in eastern Chad on Tuesday. Marco Rossi, "
            "the head of the UN's migration agency, said funds were short.")
    ex = extract_text(text, nlp=nlp)
    assert [code for _, code in roles_of(ex, "Lena Borg")] == ["UNHCR"]
    # an agency the knowledge base does not know stays its parent's
    assert [code for _, code in roles_of(ex, "Marco Rossi")] == ["UN"]


@pytest.mark.model
def test_the_dateline_breaks_a_tie_between_the_states_named_most(nlp):
    text = ("Kenya, Tanzania sign border deal\n\nNAIROBI, March 3 (Newswire) - Kenyan President Daniel Kiprop and his "
            "Tanzanian counterpart Joseph Mwinyi signed a border agreement on Monday. Tanzania's ambassador to Kenya, "
            "Grace Mushi, called it historic.\n\nOpposition leader Raila Onyango said parliament must approve the "
            "deal.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Raila Onyango") == [("Opposition Leader", "KEN")]
    assert roles_of(ex, "Grace Mushi") == [("Ambassador", "TZA")]


@pytest.mark.model
def test_the_one_state_a_sentence_sets_things_in(nlp):
    # the story names Georgia most, but the sentence happens in Yerevan: the speaker is Armenia's
    text = ("Georgia said on Monday it would mediate. Georgia sent envoys. Georgia called for calm. Crowds stormed the "
            "parliament in Yerevan, beating the speaker of parliament, Aram Sarkisov.")
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, "Aram Sarkisov") == [("Speaker", "ARM")]
