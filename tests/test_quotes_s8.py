# ruff: noqa: E501  (news paragraphs are kept on one line, as published)
"""Quotes on unseen wire copy (s8): a verb of saying in the next paragraph never takes a quote left
after its speaker's sentence, "ORG secretary-general X told" (the parser makes the organisation
the subject), "X's party, the Y, said" (the appositive organisation), "the general said" (the
person named with that title), a state's name with its time phrase ("Russia on Friday"), "it
said" / "the statement said" after "X issued/read a statement", a speaker list cut at its first
comma, ""Hallelujah," said X", and a split hyphenated surname.
Sentences written for these tests; none comes from an evaluation, dev or tuning set."""

from __future__ import annotations

import pytest

from blocwatch.attribution import People
from blocwatch.extract import article_from_text, make_doc
from blocwatch.pipeline.quotes import _TIME_TAIL, _person_by_joined_name, _whole_list
from blocwatch.records import Person


def quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, article_from_text(text, published="2020-05-10")))
    return [(q.text, q.speaker) for q in doc._.quotes]


CASES = [
    # a quote after its speaker's sentence in the same paragraph continues that speaker; the verb
    # of saying that opens the next paragraph belongs to someone else
    ("""Opposition claims victory

"We have won. The voters have spoken," opposition spokesman Daniel Mwale told a news conference in Lusaka. "The president must step aside."

Justice Minister Peter Banda dismissed the claim. "Nothing has been decided yet," Banda said.
""", [("We have won. The voters have spoken", "Daniel Mwale"), ("The president must step aside.", "Daniel Mwale"),
      ("Nothing has been decided yet", "Peter Banda")]),
    # "ORG secretary-general X told": the parser makes the organisation the subject
    ("""Party rejects results

"We have won this vote. The people have spoken," Movement for Democratic Renewal secretary-general Joseph Tembo told a news conference in Harare.
""", [("We have won this vote. The people have spoken", "Joseph Tembo")]),
    # "X's party, the Y, said": the organisation in apposition speaks, not its leader
    ("""Party condemns arrests

Jailed opposition leader Rosa Almeida's party, the Democratic Renewal Front, said in a post on Facebook that the arrests were "an attack on democracy itself."
""", [("an attack on democracy itself", "Democratic Renewal Front")]),
    # "the general promised": the person named with that title before
    ("""Army chief defends takeover

CONAKRY (AP) - Guinea's military leader, Senior General Omar Diallo, defended the army's seizure of power in his first televised speech since the coup.

He said the old government had failed. "The army will hand power to an elected government," he said in the address.

In remarks carried by state radio, the general promised elections that would be "free and transparent."
""", [("The army will hand power to an elected government", "Omar Diallo"), ("free and transparent", "Omar Diallo")]),
    # a state as speaker keeps its name, not the time phrase the parser hung on it
    ("""Kremlin hits back

MOSCOW, March 3 (AFP) - Russia on Friday denounced new Canadian sanctions as "an unfriendly act" and promised to respond.
""", [("an unfriendly act", "Russia")]),
    # "it said" after "the ministry issued a statement": the issuer speaks
    ("""Ministry responds

Deputy Foreign Minister Kwame Asante told parliament the visit was "a provocation."

The ministry later issued a statement. "Ghana will not accept any interference in its internal affairs," it said.
""", [("a provocation", "Kwame Asante"), ("Ghana will not accept any interference in its internal affairs", "ministry")]),
    # "the statement said" after "X read a statement": the reader, not the person quoted before
    ("""Palestinians reject plan

Prime Minister Jonas Berg called the plan "a breakthrough" in a speech to parliament.

Presidential spokesman Karim Haddad read a statement on radio. "The leadership rejects this announcement in full," the statement said.
""", [("a breakthrough", "Jonas Berg"), ("The leadership rejects this announcement in full", "Karim Haddad")]),
    # a group speaker's list of states is not cut at its first comma
    ("""Baltic states protest

VILNIUS, May 4 (AFP) - In a joint statement, the defence ministers of Poland, Lithuania, Latvia and Estonia called the drills "a direct threat to our security."
""", [("a direct threat to our security", "defence ministers of Poland, Lithuania, Latvia and Estonia")]),
    # ""Hallelujah," said X": the parser takes the quote's word for the subject; X says it
    ("""Alliance grows

WARSAW (AP) - Polish Foreign Minister Anna Wrobel signed the accession papers on Friday.

"Finally," said Wrobel, who had campaigned for membership for a decade.
""", [("Finally", "Anna Wrobel")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", CASES)
def test_quotes_s8(nlp, text, expected):
    assert quotes(nlp, text) == expected


def test_time_phrase_is_cut_from_a_speaker_name():
    assert _TIME_TAIL.sub("", "Russia on Friday") == "Russia"
    assert _TIME_TAIL.sub("", "Iran late on Tuesday") == "Iran"
    assert _TIME_TAIL.sub("", "China in 2019") == "China"
    assert _TIME_TAIL.sub("", "Council of Europe") == "Council of Europe"
    assert _TIME_TAIL.sub("", "Organization on Security") == "Organization on Security"


def test_a_speaker_list_cut_at_its_comma_is_made_whole():
    text = "In a joint letter, the prime ministers of Spain, Italy, Greece and Portugal called it unfair."
    assert _whole_list(text, 0, "prime ministers of Spain") == "prime ministers of Spain, Italy, Greece and Portugal"
    assert _whole_list("Chad, Niger and Mali said", 0, "Chad") == "Chad, Niger and Mali"
    assert _whole_list("The bloc, the UN and the AU said", 0, "bloc") == "bloc"
    assert _whole_list("The ministry, which is new, said", 0, "ministry") == "ministry"


def test_a_split_hyphenated_surname_is_the_articles_person():
    people = People([Person(name="Maria Soares-Lima"), Person(name="Jonas Berg")], {})
    assert _person_by_joined_name(people, "Soares Lima") == 0
    assert _person_by_joined_name(people, "Maria Soares Lima") == 0
    assert _person_by_joined_name(people, "Lima") is None
    assert _person_by_joined_name(people, "Jonas Berg") is None
