"""Event actors and dates in multi-sentence news: domestic actors, references back, participants, datelines."""

from __future__ import annotations

import pytest
from helpers import events_of

from blocwatch.dates import event_date, find_dates

CASES = [
    # a counted domestic group ("thousands of supporters") acts in the state its sentence names
    ("Thousands of opposition supporters rallied in Lusaka on Saturday, demanding new elections.",
     "2024-06-10", "PROTEST", "ZMB", "ZMB", "2024-06-08"),
    # "rejected the decision": the decision is the act reported before, so its actor is the target
    ("Mali expelled the French ambassador on Monday. France rejected the decision on Tuesday.",
     "2024-03-14", "REJECT", "FRA", "MLI", "2024-03-12"),
    # "the leaders agreed": the participants of the meeting reported before
    ("Leaders of Kenya, Uganda and Tanzania met in Arusha on Friday. The leaders agreed to open a joint border post.",
     "2024-03-14", "AGREE", "UGA", None, None),
    # a dateline the reader does not know (unknown agency): its date is the filing day, the weekday wins
    ("DAKAR, March 14 (Wirewire) - Senegal and Gambia signed a fisheries accord on Tuesday.",
     "2024-03-14", "SUPPORT", "SEN", None, "2024-03-12"),
    # "Congo" is the Democratic Republic when the article names Kinshasa
    ("Congo expelled Rwanda's ambassador on Saturday. Kinshasa accuses Kigali of backing rebels in eastern "
     "Democratic Republic of Congo.", "2024-03-14", "SANCTION", "COD", "RWA", "2024-03-09"),
    # the presidential guard is a domestic actor of the country its article is about
    ("The Presidential Guard detained the president at his residence on Wednesday, Gabonese officials said. "
     "Gabon's borders were closed. Gabon's junta named a new prime minister.",
     "2024-05-14", "COERCE", "GAB", None, "2024-05-08"),
    # "the 27 member states" are the bloc the article is about
    ("The European Union agreed new sanctions on Belarus on Monday. The measures were approved by foreign ministers "
     "of the 27 member states in Brussels.", "2024-03-14", "SUPPORT", "EU", None, None),
    # an organ named after its organisation acts for it too
    ("The United States called for an urgent meeting of the UN Security Council on Tuesday.",
     "2024-03-14", "REQUEST", "USA", "UN", "2024-03-12"),
    # a nominal event's own date and its "of" target
    ("Russia said on Saturday it would expel 20 Polish diplomats in retaliation for Poland's expulsion of 45 Russian "
     "diplomats on Wednesday.", "2024-03-14", "SANCTION", "POL", "RUS", "2024-03-13"),
    # "joined X in a statement condemning Y": the statement's authors condemn
    ("On Thursday Canada, Australia and Japan joined Britain in a statement condemning Iran for the attack.",
     "2024-03-14", "ACCUSE", "CAN", "IRN", "2024-03-14"),
    # a crowd with no country protests in the one state its sentence names
    ("Hundreds of thousands of people marched through Santiago on Sunday.",
     "2024-03-14", "PROTEST", "CHL", "CHL", "2024-03-10"),
    # "fighting erupted between A and B": the sides of a nominal event on its verb
    ("Heavy fighting erupted in Khartoum between the Sudanese army and the Rapid Support Forces.",
     "2024-03-14", "ASSAULT", "SDN", None, None),
    # a dateline's city is no actor, and its date gives way to the weekday
    ("PRETORIA, March 14 (Wirewire) - South Africa recalled its ambassador from Israel on Tuesday.",
     "2024-03-14", "SANCTION", "ZAF", "ISR", "2024-03-12"),
    # "is sending ..., it said on Tuesday": the date of the saying looks back
    ("NATO is sending 500 more troops to Kosovo, the alliance said on Tuesday.",
     "2024-05-31", "MOBILIZE", "NATO", None, "2024-05-28"),
    # an agentless passive aimed at the previous sentence's target is that actor's act
    ("The European Union condemned Belarus on Monday over the forced landing. New sanctions were imposed on Belarus "
     "on Thursday.", "2024-03-14", "SANCTION", "EU", "BLR", "2024-03-14"),
    # coordinated nationality adjectives give every state
    ("Blinken spoke by phone with his South Korean and Japanese counterparts on Tuesday.",
     "2024-03-14", "CONSULT", None, "JPN", "2024-03-12"),
    # the antecedent of an object relative pronoun is the target
    ("Rwanda, which Kinshasa accuses of backing the rebels, sent its foreign minister.",
     "2024-03-14", "ACCUSE", "COD", "RWA", None),
    # "condemned the launch": the launch reported before names the target
    ("North Korea test-fired a missile on Monday. Japan condemned the launch on Tuesday.",
     "2024-03-14", "ACCUSE", "JPN", "PRK", "2024-03-12"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "kind", "source", "target", "day"), CASES)
def test_events_actors_s2_read_from_context(nlp, text, published, kind, source, target, day) -> None:
    events = [e for e in events_of(nlp, text, published) if e.type == kind]
    assert events, [(e.type, e.source) for e in events_of(nlp, text, published)]
    event = next((e for e in events if source is None or source in e.source), None)
    assert event is not None, [e.source for e in events]
    if target:
        assert target in event.target
    if day:
        assert event.date == day


@pytest.mark.model
def test_events_actors_s2_recall_from_a_place_is_not_a_target(nlp) -> None:
    events = events_of(nlp, "Earlier this year, Ghana decided to recall its ambassador from Burkina Faso.",
                       "2024-05-14")
    assert [(e.type, e.source, e.target) for e in events] == [("SANCTION", ["GHA"], ["BFA"])]
    assert events[0].date is None  # "earlier this year" names no day, and is not the publication day


def test_events_actors_s2_earlier_and_later_this_period_exclude_publication() -> None:
    earlier = find_dates("earlier this year", "2025-05-14")
    later = find_dates("later this month", "2025-05-14")
    assert (earlier[0].first, earlier[0].last) == ("2025-01-01", "2025-05-13")
    assert (later[0].first, later[0].last) == ("2025-05-15", "2025-05-31")
    assert event_date(earlier, "2025-05-14") == (None, "coarse")
    assert event_date(find_dates("this week", "2025-05-14"), "2025-05-14") == ("2025-05-14", "period")
