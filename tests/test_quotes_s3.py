# ruff: noqa: E501  (news paragraphs are kept on one line, as published)
"""Speakers the parse hides: the reporting verb above a predicted one, a surname the parser takes
for a modal, a subject hung on a participle clause, documents and bodies that speak, spokespeople
of a department. Sentences written for these tests; none comes from an evaluation or dev set."""

from __future__ import annotations

import pytest

from blocwatch.extract import article_from_text, make_doc


def quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-05-10")))
    return [(q.text, q.speaker) for q in doc._.quotes]


CASES = [
    # the verb of saying under a modal ("would answer") is predicted, not said: the verb above speaks
    ("""Lopez warns of response

Prime Minister Ana Lopez warned that Spain would answer "swiftly and firmly" any attack on its fishing fleet.
""", [("swiftly and firmly", "Ana Lopez")]),
    # a surname the parser takes for a modal ("May had ...", "Will had ...")
    ("""Harper rejects plan

Canadian Finance Minister Will Harper spoke in Ottawa on Monday. Will had told parliament the plan was "dead on arrival" and left the chamber.
""", [("dead on arrival", "Will Harper")]),
    # the speaker hung on a participle clause before the verb ("X, both under sanctions, said")
    ("""Juntas warn against blockade

On Tuesday, the military governments of Chad and Sudan, themselves barred from the regional bloc, said a blockade would be "an act of aggression" against them.
""", [("an act of aggression", "military governments of Chad and Sudan")]),
    # a document with no owner in its clause: the organisation just named issued it
    ("""Southern African leaders close ranks

Leaders of the Southern African Development Community met in Gaborone on Friday.

"We stand united against any threat to our members," the joint statement said.
""", [("We stand united against any threat to our members", "Southern African Development Community")]),
    ("""ASEAN ministers meet

Foreign ministers of the Association of Southeast Asian Nations met in Jakarta on Thursday. "The region will not be held hostage," the communique read.
""", [("The region will not be held hostage", "Association of Southeast Asian Nations")]),
    # a department's spokesperson after a named speaker is the department, never the person before
    ("""Lopez meets counterpart

Foreign Minister Ana Lopez met her Moroccan counterpart on Monday. "We discussed the border," Lopez said. "We will not comment on private talks," a spokesperson for the State Department said.
""", [("We discussed the border", "Ana Lopez"), ("We will not comment on private talks", "State Department")]),
    ("""Lopez meets counterpart

Foreign Minister Ana Lopez met her Moroccan counterpart on Monday. "We discussed the border," Lopez said. "We will not comment on private talks," the State Department spokesperson said.
""", [("We discussed the border", "Ana Lopez"), ("We will not comment on private talks", "State Department")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_hidden_speakers(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.model
def test_a_document_of_another_actor_is_not_the_organisation_named_before(nlp):
    got = quotes(nlp, """Ministers meet

NATO ministers met in Brussels on Tuesday. Russia responded hours later. "The alliance is provoking a new arms race," the Russian statement said.
""")
    assert all(speaker not in ("NATO", "North Atlantic Treaty Organization") for _, speaker in got)
