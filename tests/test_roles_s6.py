"""Roles on our own wire-style sentences (written for these tests, not eval, dev or tuning text): plural
titles shared by a list of people, offices given by the predicate ("was sworn in as", "appointed X
as"), "who chairs the bloc", a given name the tagger left out, and guards that invent no role."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text


@pytest.mark.model
@pytest.mark.parametrize("text, want", [
    # a plural title before a list: each person takes the state named for them, by position
    ("The foreign ministers of Egypt and Jordan, Sameh Shoukry and Ayman Safadi, met in Cairo on Sunday.",
     {"Sameh Shoukry": [("Foreign Minister", "EGY")], "Ayman Safadi": [("Foreign Minister", "JOR")]}),
    ("Defence ministers Boris Tasev of Bulgaria and Ion Rusu of Moldova signed the accord in Sofia.",
     {"Boris Tasev": [("Defence Minister", "BGR")], "Ion Rusu": [("Defence Minister", "MDA")]}),
    ("The leaders of Ghana and Senegal, Nana Akufo-Addo and Macky Sall, called for calm.",
     {"Nana Akufo-Addo": [("Leader", "GHA")], "Macky Sall": [("Leader", "SEN")]}),
    ("Kenya and Uganda sent their presidents, William Ruto and Yoweri Museveni, to the summit in Arusha.",
     {"William Ruto": [("President", "KEN")], "Yoweri Museveni": [("President", "UGA")]}),
    # no state for each: the title alone, no single state guessed for both
    ("The two presidents, Gustavo Petro and Luiz Inacio Lula da Silva, pledged to protect the Amazon.",
     {"Gustavo Petro": [("President", None)], "Luiz Inacio Lula da Silva": [("President", None)]}),
    # the office from the predicate, the state from the phrase or the sentence
    ("Anthony Albanese was sworn in as Australia's prime minister on Monday.",
     {"Anthony Albanese": [("Prime Minister", "AUS")]}),
    ("Bola Tinubu was sworn in as president of Nigeria on Monday, promising to fix the economy.",
     {"Bola Tinubu": [("President", "NGA")]}),
    ("William Ruto took office as Kenya's president in September.", {"William Ruto": [("President", "KEN")]}),
    ("Japan appointed Yoko Kamikawa as foreign minister on Wednesday.",
     {"Yoko Kamikawa": [("Foreign Minister", "JPN")]}),
    ("Yoko Kamikawa was appointed foreign minister of Japan on Wednesday.",
     {"Yoko Kamikawa": [("Foreign Minister", "JPN")]}),
    ("Sergio Mattarella was re-elected as Italy's president on Saturday.",
     {"Sergio Mattarella": [("President", "ITA")]}),
    ("Spain named Jose Garcia its new ambassador to Morocco.", {"Jose Garcia": [("Ambassador", "ESP")]}),
    ("Olaf Scholz was elected chancellor by the Bundestag on Wednesday.", {"Olaf Scholz": [("Chancellor", "DEU")]}),
    # "who chairs the bloc": the bloc named before; "a former officer who leads the G9 alliance"
    ("The Economic Community of West African States met on Sunday. Bola Tinubu, who chairs the bloc, said "
     "the time for warnings was over.", {"Bola Tinubu": [("Chair", "ECOWAS")]}),
    ("The Southern African Development Community met in Harare on Friday. Leaders discussed the crisis. \"We "
     "need calm,\" said Zambian President Hakainde Hichilema, who chairs the bloc.",
     {"Hakainde Hichilema": [("Chair", "SADC"), ("President", "ZMB")]}),
    # the bloc's mediator serves the bloc, not the country he mediates in
    ("Burundi's Evariste Ndayishimiye, who chairs the East African Community, and former Kenyan President "
     "Uhuru Kenyatta, the bloc's mediator for Congo, arrived in Goma.",
     {"Uhuru Kenyatta": [("Former President", "KEN"), ("Mediator", "EAC")]}),
    # a given name the tagger left out of the span
    ("Chad's President Mahamat Idriss Deby flew to Niamey on Sunday.", {"Mahamat Idriss Deby": [("President", "TCD")]}),
    ("Thailand's parliament met on Tuesday. The country's new prime minister, Srettha Thavisin, said he would "
     "visit China.", {"Srettha Thavisin": [("Prime Minister", "THA")]}),
    # the list after another person, ordinals and "for a second term" in the predicate
    ("EU foreign policy chief Josep Borrell and the foreign ministers of France and Germany, Stephane Sejourne "
     "and Annalena Baerbock, visited Kyiv.",
     {"Stephane Sejourne": [("Foreign Minister", "FRA")], "Annalena Baerbock": [("Foreign Minister", "DEU")]}),
    ("The Egyptian and Jordanian foreign ministers, Sameh Shoukry and Ayman Safadi, met in Amman.",
     {"Sameh Shoukry": [("Foreign Minister", "EGY")], "Ayman Safadi": [("Foreign Minister", "JOR")]}),
    ("Maia Sandu was sworn in for a second term as Moldova's president on Tuesday.",
     {"Maia Sandu": [("President", "MDA")]}),
    ("Prabowo Subianto was inaugurated as Indonesia's eighth president on Sunday.",
     {"Prabowo Subianto": [("President", "IDN")]}),
    ("The African Union appointed former Nigerian President Olusegun Obasanjo as its envoy to the Horn of Africa.",
     {"Olusegun Obasanjo": [("Envoy", "AU"), ("Former President", "NGA")]}),
    ("Ukraine's President Volodymyr Zelenskiy appointed Andriy Sybiha as foreign minister on Thursday.",
     {"Andriy Sybiha": [("Foreign Minister", "UKR")]}),
    ("ASEAN leaders met in Jakarta. Joko Widodo, who chairs the bloc this year, urged unity.",
     {"Joko Widodo": [("Chair", "ASEAN")]}),
    ("President-elect Donald Trump named Marco Rubio as his secretary of state.",
     {"Marco Rubio": [("Secretary of State", "USA")]}),
    ("Kenya's parliament approved Musalia Mudavadi as foreign minister, replacing Alfred Mutua.",
     {"Musalia Mudavadi": [("Foreign Minister", "KEN")], "Alfred Mutua": []}),
    ("Prime Ministers Keir Starmer of Britain and Anthony Albanese of Australia signed the pact.",
     {"Keir Starmer": [("Prime Minister", "GBR")], "Anthony Albanese": [("Prime Minister", "AUS")]}),
    ("The ambassadors of France and Germany, Jean Dupont and Hans Weber, were summoned by the ministry.",
     {"Jean Dupont": [("Ambassador", "FRA")], "Hans Weber": [("Ambassador", "DEU")]}),
    ("Mali's military leader Assimi Goita met his counterparts from Burkina Faso and Niger, Ibrahim Traore and "
     "Abdourahamane Tiani, in Bamako on Sunday.",
     {"Ibrahim Traore": [("Military Leader", "BFA")], "Abdourahamane Tiani": [("Military Leader", "NER")]}),
    # a shared plural title adds nothing when the person's office is stated elsewhere
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met on Thursday. The two "
     "leaders, Kishida and Yoon, also discussed missile launches.",
     {"Fumio Kishida": [("Prime Minister", "JPN")], "Yoon Suk Yeol": [("President", "KOR")]}),
    # the appointer's state from the subject, also when the parse hangs the verb on it
    ("Ukraine won a pledge. Separately, Poland's new government named Radoslaw Sikorski as foreign minister.",
     {"Radoslaw Sikorski": [("Foreign Minister", "POL")]}),
    ("The United States and Brazil, whose presidents Joe Biden and Luiz Inacio Lula da Silva spoke by phone on "
     "Monday, urged a fair vote.", {"Joe Biden": [("President", "USA")], "Luiz Inacio Lula da Silva": [
         ("President", "BRA")]}),
    ("Peter Hahn, the minister's spokesman, declined to comment.", {"Peter Hahn": [("Spokesman", None)]}),
    # headline-like fragments, dashes and brackets
    ("Ghana's new finance minister: Jane Mensah\n\nACCRA (AFP) - Jane Mensah said on Tuesday she would seek IMF "
     "support.", {"Jane Mensah": [("Finance Minister", "GHA")]}),
    ("Jane Mensah - Ghana's finance minister - said on Tuesday she would seek IMF support.",
     {"Jane Mensah": [("Finance Minister", "GHA")]}),
    ("Jane Mensah (Ghana's finance minister) said on Tuesday she would seek IMF support.",
     {"Jane Mensah": [("Finance Minister", "GHA")]}),
])
def test_roles_s6(nlp, text, want):
    ex = extract_text(text, nlp=nlp)
    for name, roles in want.items():
        assert roles_of(ex, name) == sorted(roles), (name, [(p.name, p.roles) for p in ex.people])


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Vladimir Putin and Xi Jinping met in Beijing on Tuesday.", "Xi Jinping"),
    ("Hunter Biden, the son of the president, appeared in court on Thursday.", "Hunter Biden"),
    ("Analysts such as Maria Lopez said the vote in Lima would be close.", "Maria Lopez"),
    ("Jan Novak was elected in 2019 and has served ever since.", "Jan Novak"),
    ("The Philippines named Jose Garcia on Monday.", "Jose Garcia"),
    # someone else's office: kinship before the name, a participle that is the sentence's verb
    ("The son of Uganda's president, Muhoozi Kainerugaba, was promoted to general.", "Muhoozi Kainerugaba"),
    ("Muhoozi Kainerugaba, son of Uganda's President Yoweri Museveni, was promoted to general.", "Muhoozi Kainerugaba"),
    # "the party" is no bloc named before: no organisation is guessed for it
    ("Jan Kowalski, who leads the party, met NATO Secretary General Mark Rutte in Brussels.", "Jan Kowalski"),
    ("Peter Hahn (the minister's son) declined to comment.", "Peter Hahn"),
    ("Peter Hahn, the minister's son, declined to comment.", "Peter Hahn"),
    ("Laura Chinchilla was named the president's special envoy on Monday.", "Laura Chinchilla"),
])
def test_no_role_is_invented_s6(nlp, text, name):
    ex = extract_text(text, nlp=nlp)
    assert roles_of(ex, name) == []


@pytest.mark.model
def test_sentence_verb_after_a_nested_name_is_not_its_office(nlp):
    ex = extract_text("His deputy Jan Kral, the son of former President Pavel Kral, became prime minister.", nlp=nlp)
    assert all(title != "Prime Minister" for title, _ in roles_of(ex, "Pavel Kral"))
