"""Roles: the office or job the text gives a person, and the state or organisation it belongs to.

Why: analysts ask "who holds which office"; news states it in a few fixed shapes, all handled here
on tokens and entity codes (no model calls): a title before the name ("Russian Defense Minister
Sergei Shoigu", "Kenya's President William Ruto", "SCO Secretary-General X"), an apposition after
it ("X, the CSTO secretary general,") or before it ("the general secretary of the ... CSTO, X"),
a relative clause ("Iran, whose president X") and coordination ("A and defense minister X" takes
A's country, resolved by the people component). The title words live in data/titles.json (also
read by the linker to drop "Defense" tagged as an organisation).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from blocwatch.pipeline.ruler import entity_kind, load_json, state_codes


@dataclass(frozen=True)
class TitleLexicon:
    version: str
    heads: frozenset[str]
    weak_heads: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    honorifics: frozenset[str]
    dropped_modifiers: frozenset[str]
    keep_lower: frozenset[str]

    def is_title_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.heads or w in self.modifiers

    def is_head(self, word: str) -> bool:
        return word.lower() in self.heads


@cache
def title_lexicon() -> TitleLexicon:
    raw = load_json("titles.json")
    extra = load_json("country_titles.json")  # "Taoiseach", "Bundestag lawmaker": offices of one state

    def s(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw.get(key, []) + extra.get(key, []))

    return TitleLexicon(
        version=raw["version"],
        heads=s("heads"),
        weak_heads=s("weak_heads"),
        modifiers=s("modifiers"),
        connectors=s("connectors"),
        honorifics=s("honorifics"),
        dropped_modifiers=s("dropped_modifiers"),
        keep_lower=s("keep_lower"),
    )


@dataclass(frozen=True)
class CountryTitle:
    codes: tuple[str, ...]
    default: str | None
    counterpart: str | None


@cache
def country_titles() -> dict[str, CountryTitle]:
    """data/country_titles.json: offices whose name says the state ("Secretary of State", "Taoiseach")."""
    raw = load_json("country_titles.json")["titles"]
    return {k.lower(): CountryTitle(tuple(v["codes"]), v.get("default"), v.get("counterpart"))
            for k, v in raw.items()}


def _country_title_entry(title: str) -> CountryTitle | None:
    """The longest country-specific office named in `title` as whole words ("Deputy Secretary of State")."""
    words = " " + title.lower().replace("former ", "").replace("-", " - ").replace(" - ", "-") + " "
    best = None
    for key, entry in country_titles().items():
        if f" {key} " in words and (best is None or len(key) > len(best[0])):
            best = (key, entry)
    return best[1] if best else None


def country_of_title(title: str | None, counts: dict[str, int] | None = None) -> str | None:
    """The state a country-specific title belongs to when no state is named with it: among its
    candidate states the one the article names most, else the title's default ("Foreign Secretary"
    is Britain's unless the article is about India)."""
    if not title:
        return None
    entry = _country_title_entry(title)
    if entry is None:
        return None
    counts = counts or {}
    named = [(counts.get(c, 0), -k, c) for k, c in enumerate(entry.codes) if counts.get(c, 0)]
    if len(entry.codes) > 1 and named:
        return max(named)[2]
    return entry.default


def counterpart_office(title: str) -> str:
    """The office a foreign counterpart holds: "Secretary of State" -> "Foreign Minister"."""
    entry = _country_title_entry(title)
    return entry.counterpart if entry is not None and entry.counterpart else title


# --------------------------------------------------------------------------------------------
# Finding roles around a person's mention
# --------------------------------------------------------------------------------------------

POSSESSIVE = {"'s", "’s", "'", "’"}  # a bare apostrophe only counts after a coded name ("the United Nations'")
CODE_LABELS = {"ORG", "GPE", "NORP"}
STOP_APPOS = {",", ".", ";", ":", ")", "(", "\n", "—", "–", '"', "“", "”"}


@dataclass(frozen=True)
class FoundRole:
    """A title and/or code for one mention; token range [start, end) is the evidence."""

    title: str | None
    code: str | None
    start: int
    end: int
    inherit: bool = False  # a title with no code after "X and ...": take X's code later
    rank: bool = False  # only a military rank ("Colonel X"): kept when the person has no office
    stateless: bool = False  # "rebel leader X": no state is guessed for it
    owner: int | None = None  # "X, Abiy's security adviser": token of the person whose state X serves
    shared: bool = False  # "the two presidents, A and B": a state only from the person's other roles
    plural: bool = False  # from a plural title shared by a list ("the foreign ministers of A and B, X and Y")


#: institutions whose heads act for their organisation ("European Commission President X" -> EU,
#: as "AU Commission Chairperson X" -> AU)
INSTITUTION_OF = {
    "European Commission": "EU", "European Council": "EU", "European Parliament": "EU",
    "Council of the European Union": "EU", "European External Action Service": "EU",
}


def _code(tok: Token) -> str | None:
    if tok.ent_type_ in CODE_LABELS and tok.ent_kb_id_:
        return INSTITUTION_OF.get(tok.ent_kb_id_, tok.ent_kb_id_)
    return None


def _in_title(tok: Token, titles: TitleLexicon) -> bool:
    if tok.lower_ == "designate" and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return True  # "Prime Minister-designate X"
    return titles.is_title_word(tok.text) or tok.text in ("-",) or tok.lower_ in RANK_ABBREVIATIONS \
        or bool(_code(tok)) or _split_rank(tok)


def _split_rank(tok: Token) -> bool:
    """ "Brig. Gen. X" where the tokenizer split "Brig" from its full stop: either part."""
    doc = tok.doc
    if tok.text == ".":
        return tok.i > 0 and doc[tok.i - 1].lower_ + "." in RANK_ABBREVIATIONS
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == "." and tok.lower_ + "." in RANK_ABBREVIATIONS


#: honorifics and military ranks written between an office and the name ("Emir Sheikh X", "Foreign
#: Minister Prince X", "Military Spokesman Colonel X"): part of how the person is addressed, not of
#: the office, so they are dropped when an office precedes them
#: abbreviated military ranks written before a name ("army chief Gen. X", "Col. X"): how the person is
#: addressed, never an office
RANK_ABBREVIATIONS = frozenset({
    "gen.", "lt.", "col.", "maj.", "brig.", "capt.", "adm.", "sgt.", "cmdr.", "cdr.", "lt.-gen.", "maj.-gen.",
})
RANKS = frozenset({
    "sheikh", "shaikh", "prince", "princess", "emir", "amir", "colonel", "general", "lieutenant", "major",
    "captain", "brigadier", "admiral", "marshal", "sergeant", "commander", "dr", "dr.", "mr", "mr.", "ms", "ms.",
    "mrs", "mrs.", "sir", "dame", "lord", "lady", "ayatollah",
}) | RANK_ABBREVIATIONS
MILITARY = frozenset({
    "lieutenant", "major", "brigadier", "colonel", "general", "admiral", "marshal", "captain", "sergeant", "commander",
}) | RANK_ABBREVIATIONS
#: words that make a longer rank with a military one ("Air Chief Marshal", "Wing Commander", "Rear Admiral")
RANK_PARTS = frozenset({"air", "chief", "vice", "rear", "field", "wing", "squadron", "flight", "group", "brigadier",
                        "lieutenant", "major"})
#: offices that end in "General" ("Secretary General", "Attorney General"): not a rank there
GENERAL_OFFICES = frozenset({
    "secretary", "director", "attorney", "governor", "consul", "inspector", "solicitor", "procurator",
    "auditor", "surgeon", "adjutant", "postmaster", "commissioner", "prosecutor", "registrar", "controller",
})


#: honorifics and courtesy titles that are never an office on their own ("Sheikh X", "Prince X", "Dr X")
COURTESY = frozenset({
    "sheikh", "shaikh", "prince", "princess", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "sir", "dame",
    "lord", "lady",
})
#: nouns that stand for an organisation named earlier ("the bloc's secretary-general", "its chief")
COLLECTIVE = frozenset({
    "bloc", "alliance", "organisation", "organization", "union", "body", "agency", "group", "community",
    "movement", "party", "commission", "grouping", "league", "forum", "council",
})
#: "who chairs the bloc": nouns that stand for an international body named before
BLOC_WORDS = frozenset({"bloc", "alliance", "organisation", "organization", "union", "grouping", "community"})
#: words before "leader"/"commander" that mean the person does not act for the state ("rebel leader X")
NON_STATE = frozenset({
    "rebel", "militia", "insurgent", "militant", "jihadist", "separatist", "gang", "cartel", "tribal",
})
#: "X, who heads the AU Commission": verbs that give an office by what the person does
HEAD_VERBS = {"heads": "Head", "headed": "Head", "leads": "Leader", "led": "Leader", "chairs": "Chair",
              "chaired": "Chair", "runs": "Head"}
#: "X, who became prime minister in 2019", "who is also foreign minister", "who served as envoy"
BECOME_WORDS = frozenset({"became", "becomes", "is", "was", "has", "had", "been", "also", "now", "currently",
                          "served", "serves", "as", "named", "appointed", "elected", "took", "office", "the", "a",
                          "an", "remains", "later", "then", "still"})

#: peoples living across several states, written after the state's adjective ("Bosnian Serb", "Kosovo Albanian")
ETHNIC_QUALIFIERS = frozenset({"serb", "serbs", "croat", "croats", "albanian", "albanians", "hungarian"})
FORMER = frozenset({"former", "ex", "ex-"})
#: "the ousted president", "Sudan's deposed leader X": an office the person was removed from, read as "Former"
DEPOSED = frozenset({"ousted", "deposed", "toppled", "overthrown"})
COUNTERPART = frozenset({"counterpart", "counterparts"})


def _deposed(tok: Token) -> bool:
    """ "the ousted president", "Sudan's deposed leader": the participle as an adjective (after a determiner or
    an owner), not the verb of "the army ousted President X"."""
    if tok.lower_ not in DEPOSED or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ in ("the", "a", "an", "its", "his", "her", "their") or prev.text in POSSESSIVE \
        or bool(_code(prev))


def _strip_ranks(tokens: list[Token], titles: TitleLexicon) -> list[Token]:
    """ "Emir Sheikh" -> "Emir", "Foreign Minister Prince" -> "Foreign Minister"; "Secretary General" stays."""
    while len(tokens) > 2 and tokens[-1].text == "." and tokens[-2].lower_ + "." in RANK_ABBREVIATIONS \
            and any(titles.is_head(t.text) for t in tokens[:-2]):
        tokens = tokens[:-2]  # "Army Spokesman Brig ." (the full stop split off)
    while len(tokens) > 1 and tokens[-1].lower_ in RANKS:
        if len(tokens) > 2 and tokens[-2].text == "." and tokens[-3].lower_ + "." in RANK_ABBREVIATIONS \
                and any(titles.is_head(t.text) for t in tokens[:-3]):
            tokens = tokens[:-3]  # "Army Spokesman Brig . Gen."
            continue
        if tokens[-2].text == "-" or not tokens[-2].whitespace_:
            break  # "Secretary-General": one hyphenated word
        if tokens[-1].lower_ == "general" and tokens[-2].lower_ in GENERAL_OFFICES:
            break
        if tokens[-1].lower_ in MILITARY and (tokens[-2].lower_ in MILITARY | {"vice", "rear", "field"} or (
                tokens[-2].lower_ == "chief" and tokens[-1].lower_ == "marshal")):
            break  # "Lieutenant General", "Air Chief Marshal": one rank ("military chief General X": two words)
        if not any(titles.is_head(t.text) for t in tokens[:-1]):
            break
        tokens = tokens[:-1]
    return tokens


def format_title(tokens: list[Token], titles: TitleLexicon) -> str | None:
    """Title Case text of a title run, keeping acronyms and small words ("Head of the AU Commission")."""
    while tokens and (tokens[0].lower_ in titles.dropped_modifiers or tokens[0].lower_ in titles.connectors):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in titles.connectors or tokens[-1].text in POSSESSIVE):
        tokens = tokens[:-1]
    tokens = _strip_ranks(tokens, titles)
    if not tokens or not any(titles.is_head(t.text) for t in tokens):
        return None
    out = []
    for t in tokens:
        if t.text.isupper() and len(t.text) > 1:
            word = t.text
        elif t.lower_ in titles.keep_lower:
            word = t.lower_
        else:
            word = "-".join(p[:1].upper() + p[1:].lower() for p in t.text.split("-"))
        out.append(word + (t.whitespace_ if t.text != "-" else ""))
    text = "".join(out).replace(" - ", "-").strip()
    return text.replace(" -", "-").replace("- ", "-")


def _title_runs(tokens: list[Token], titles: TitleLexicon) -> list[list[Token]]:
    """Title runs in a phrase, split at "and" between heads ("State Councilor and Foreign Minister")."""
    runs: list[list[Token]] = [[]]
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.lower_ == "and" and runs[-1] and titles.is_head(runs[-1][-1].text) and nxt is not None \
                and titles.is_title_word(nxt.text):
            runs.append([])
            continue
        if titles.is_title_word(t.text) or t.lower_ in titles.connectors or t.text == "-" \
                or (t.ent_type_ == "ORG" and runs[-1]):
            if not runs[-1] and (t.lower_ in titles.connectors or t.text == "-"):
                continue
            runs[-1].append(t)
        elif runs[-1]:
            # a state after "of" ends the run ("Minister of Foreign Affairs of Russia")
            runs.append([])
    return [r for r in runs if r]


def analyse_phrase(tokens: list[Token], titles: TitleLexicon) -> tuple[list[str], str | None]:
    """Titles and code of a title phrase: the code before the title wins, else the last code in it."""
    first_title = next((k for k, t in enumerate(tokens) if titles.is_title_word(t.text) and not _code(t)), None)
    # "Bosnian Serb leader X", "Kosovo Albanian leader X": an ethnic group's name after a state's names the
    # people, the state before it the one they act in ("Greek Cypriot" keeps Cyprus: the state comes last)
    codes = [(k, _code(t)) for k, t in enumerate(tokens) if _code(t)
             and not (t.lower_ in ETHNIC_QUALIFIERS and k > 0 and _code(tokens[k - 1]))]
    # "a senior Hamas official in Beirut": a code before the head noun names whom the person serves
    first_head = next((k for k, t in enumerate(tokens) if titles.is_head(t.text) and not _code(t)), first_title)
    code = None
    if codes:
        before = [c for k, c in codes if first_head is None or k < first_head]
        code = before[-1] if before else codes[-1][1]
        # "the Irish president of the European Parliament": a nationality adjective before the head says where the
        # person comes from; the organisation after "of" is the one the office belongs to
        of_org = [c for k, c in codes if first_head is not None and k > first_head + 1
                  and tokens[k - 1].lower_ in ("of", "the") and c not in state_codes()
                  and any(t.lower_ == "of" for t in tokens[first_head + 1 : k])]
        if before and of_org and all(tokens[k].ent_type_ == "NORP" and not (k + 1 < len(tokens) and tokens[k + 1].text
                                     in POSSESSIVE) for k, c in codes if k < first_head):
            code = of_org[0]
    out: list[str] = []
    if first_title is not None:
        # "the ousted president"; "the then-Qatari foreign minister": an office held then, not now
        prefix = "Former " if any(_deposed(t) or (t.lower_ == "then" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text
                                                   == "-") for t in tokens[: first_head or 0]) else ""
        for run in _title_runs(tokens[first_title:], titles):
            if all(t.lower_ in FORMER for t in run):
                prefix = "Former "  # "Former U.S. Secretary of State X": the state splits the run
                continue
            text = format_title(run, titles)
            if text:
                out.append(prefix + text if not text.lower().startswith(("former", "ex")) else text)
            prefix = ""
    return out, code


def _prename(doc: Doc, start: int, titles: TitleLexicon) -> tuple[list[Token], int]:
    """Tokens of a title written right before a name, and the index where the walk stopped."""
    sent_start = doc[start].sent.start
    while sent_start >= 2 and start - sent_start <= 3 and _split_rank(doc[sent_start - 1]):
        sent_start = doc[sent_start - 2].sent.start  # "Brig. | Gen. X": a sentence ended at "Brig."
    i = start - 1
    while i >= sent_start:
        t = doc[i]
        if t.text in POSSESSIVE and i - 1 >= sent_start and _code(doc[i - 1]) \
                and (len(t.text) > 1 or doc[i - 1].lower_.endswith("s")):
            i -= 1
            continue
        if _in_title(t, titles) or t.lower_ in ("of", "the", "for", "and") or _deposed(t):
            if t.lower_ == "and" and not (i - 1 >= sent_start and titles.is_head(doc[i - 1].text)):
                break
            i -= 1
            continue
        # "the United Nations' human rights chief X", "UN refugee agency chief X": a short lower-case
        # subject between a coded name and the title
        if i + 1 < start and t.is_lower and t.pos_ in ("NOUN", "ADJ"):
            j = i
            while j > i - 3 and j > sent_start and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
                j -= 1
            owner = doc[j]
            if _code(owner) or (owner.text in POSSESSIVE and j - 1 >= sent_start and _code(doc[j - 1])):
                i = j
                continue
        break
    toks = list(doc[i + 1 : start])
    while toks and toks[0].lower_ in ("of", "the", "for", "and", "-"):
        toks = toks[1:]
    return toks, i


def _counterpart_title(doc: Doc, cp: int, titles: TitleLexicon) -> str | None:
    """The title of the nearest earlier person in the sentence ("Secretary of State A met his Chinese
    counterpart B": B is China's Secretary of State's counterpart, i.e. holds that office for China)."""
    sent_start = doc[cp].sent.start
    i = cp - 1
    while i >= sent_start:
        if doc[i].ent_type_ == "PERSON" and (i == sent_start or doc[i - 1].ent_type_ != "PERSON"):
            ptoks, _ = _prename(doc, i, titles)
            names, _code_ = analyse_phrase(ptoks, titles) if ptoks else ([], None)
            if names:
                return counterpart_office(names[0].removeprefix("Former "))
            # "Prime Minister Luis Ortega arrived ... Ortega met his Portuguese counterpart, X": the title the
            # same person was written with earlier in the article
            end = i
            while end + 1 < cp and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
                end += 1
            surname = doc[end].text
            for ent in reversed(doc[:sent_start].ents):
                if ent.label_ == "PERSON" and ent[-1].text == surname:
                    ptoks, _ = _prename(doc, ent.start, titles)
                    names, _code_ = analyse_phrase(ptoks, titles) if ptoks else ([], None)
                    if names:
                        return counterpart_office(names[0].removeprefix("Former "))
            return None
        i -= 1
    return None


def _counterpart_of(doc: Doc, start: int) -> tuple[int, str, int] | None:
    """ "his Chinese counterpart X" -> (index of "counterpart", CHN, index of "Chinese"); in "his South
    Korean and Japanese counterparts, A and B" A takes the first state and B the second."""
    k = start - 1
    place = 0  # how many people of the list stand before this one
    # "his Saudi counterpart, Prince X": a courtesy title or rank before the name is how X is addressed
    while k >= 0 and (doc[k].text in (",", "and") or doc[k].ent_type_ == "PERSON"
                      or (doc[k].lower_ in RANKS and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON")):
        if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
            place += 1
        if k >= 1 and doc[k].text == "," and doc[k - 1].lower_ in COUNTERPART:
            k -= 1
            break
        k -= 1
    if k >= 2 and _code(doc[k]) and doc[k].ent_type_ == "GPE":
        # "his counterparts from Burkina Faso and Niger, A and B": the states after the noun
        m = k
        listed: list[tuple[int, str]] = []
        while m >= 1 and (_code(doc[m]) or doc[m].text in (",", "and")):
            c = _code(doc[m])
            if c and doc[m].ent_iob_ == "B" and c not in [x for _, x in listed]:
                listed.insert(0, (m, c))
            m -= 1
        if m >= 1 and doc[m].lower_ in ("from", "of") and doc[m - 1].lower_ in COUNTERPART and listed \
                and (len(listed) == 1 or place < len(listed)):
            pick = listed[0] if len(listed) == 1 else listed[place]
            return m - 1, pick[1], pick[0]
        return None
    if k < 1 or doc[k].lower_ not in COUNTERPART:
        return None
    cp = k
    codes: list[tuple[int, str]] = []
    j = cp - 1
    while j >= 0 and (_code(doc[j]) or doc[j].text in (",", "and")):
        c = _code(doc[j])
        if c and doc[j].ent_iob_ == "B" and c not in [x for _, x in codes]:
            codes.insert(0, (j, c))
        j -= 1
    if not codes:
        return None
    if doc[cp].lower_ == "counterpart" or len(codes) == 1:
        return (cp, codes[-1][1], codes[-1][0]) if place == 0 or len(codes) == 1 else None
    if place < len(codes):
        return cp, codes[place][1], codes[place][0]
    return None


def _org_referent(doc: Doc, at: int, later: bool = True) -> str | None:
    """The organisation "its" or "the bloc's" at token `at` stands for: the last one named before it in
    its sentence or the previous one, else the first named later in its sentence."""
    sent = doc[at].sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    states = state_codes()
    if at >= 2 and doc[at].text in POSSESSIVE and doc[at - 1].lower_ in COLLECTIVE and doc[at - 2].lower_ == "the":
        # "the council's secretary general": the body named before whose name has that noun ("the Council of
        # Europe"), not another named later in the sentence ("the European Court of Human Rights")
        noun = doc[at - 1].lower_
        named = [e.kb_id_ for e in doc[: at - 2].ents if e.label_ == "ORG" and e.kb_id_ and e.kb_id_ not in states
                 and noun in e.text.lower().split()
                 and entity_kind(e.kb_id_) not in ("media", "ministry", "government")]
        if named:
            return INSTITUTION_OF.get(named[-1], named[-1])
    previous = before = after = None
    states_too = doc[at].lower_ == "its"  # "Guinea ... its president X": a state as well as a bloc
    for ent in doc[lo : sent.end].ents:
        if not ent.kb_id_ or (ent.kb_id_ in states and not (states_too and ent.label_ == "GPE")):
            continue
        if ent.label_ not in ("ORG", "GPE") or entity_kind(ent.kb_id_) in ("media", "ministry", "government"):
            continue
        if ent.start < sent.start:
            previous = ent.kb_id_
        elif ent.start < at:
            before = ent.kb_id_
        elif after is None:
            after = ent.kb_id_
    code = before or (after if later else None) or previous
    if code is None and at >= 1 and doc[at].text in POSSESSIVE and doc[at - 1].lower_ in BLOC_WORDS:
        code = _last_bloc(doc, at)  # "Tinubu, the bloc's chairman": the bloc the article named further back
    return INSTITUTION_OF.get(code, code) if code else None


def _last_bloc(doc: Doc, at: int) -> str | None:
    """The bloc, alliance or other intergovernmental body the article names most before token `at` (the one it is
    about; the later one of a tie), not merely the last one, which may be a rival bloc named in passing."""
    counts: dict[str, tuple[int, int]] = {}
    for ent in doc.ents:
        if ent.start >= at:
            break
        if ent.label_ == "ORG" and ent.kb_id_ and entity_kind(ent.kb_id_, ent.text) in ("bloc", "alliance", "igo"):
            counts[ent.kb_id_] = (counts.get(ent.kb_id_, (0, 0))[0] + 1, ent.start)
    return max(counts, key=lambda c: counts[c]) if counts else None


def _body_referent(doc: Doc, at: int) -> str | None:
    """The state of a government body "its" at token `at` stands for ("The White House welcomed ..., its
    spokesman"): the last government body or ministry named before it in its sentence."""
    if doc[at].lower_ != "its":
        return None
    code = None
    for ent in doc[doc[at].sent.start : at].ents:
        if ent.label_ == "ORG" and ent.kb_id_ in state_codes() \
                and entity_kind(ent.kb_id_, ent.text) in ("government", "ministry"):
            code = ent.kb_id_
    return code


def _refers_to_org(tokens: list[Token]) -> int | None:
    """Index of "its" / "the bloc's" in a title phrase, or None."""
    for t in tokens:
        if t.lower_ == "its":
            return t.i
        if t.text in POSSESSIVE and t.i >= 1 and t.doc[t.i - 1].lower_ in COLLECTIVE:
            return t.i
    return None


PARTY_NOUNS = frozenset({"party", "movement", "front", "congress", "alliance", "league"})


def _unknown_org(tokens: list[Token]) -> str | None:
    """An organisation the knowledge base does not know, named after the title ("the leader of the
    far-right National Rally"): its name is the best code there is; also a party the tagger left untagged
    ("the leader of the Socialist Party": capitalised words closed by Party/Movement/Front/...)."""
    for t in tokens:
        if t.ent_type_ == "ORG" and not t.ent_kb_id_ and t.ent_iob_ == "B":
            ent = next((e for e in t.doc[t.i : t.i + 1].sent.ents if e.start == t.i), None)
            if ent is not None and (len(ent) > 1 or (ent.text.isupper() and len(ent.text) > 2)):
                return ent.text
    for n, t in enumerate(tokens):
        if t.lower_ in PARTY_NOUNS and t.text[:1].isupper() and n >= 2 and not t.ent_type_:
            m = n
            while m > 0 and tokens[m - 1].text[:1].isupper() and tokens[m - 1].is_alpha and not tokens[m - 1].ent_type_:
                m -= 1
            if m < n and m >= 2 and tokens[m - 1].lower_ == "the" and tokens[m - 2].lower_ == "of":
                return " ".join(x.text for x in tokens[m : n + 1])
    return None


def _kind(title: str) -> str:
    """ "courtesy" for "Sheikh"/"Prince"/"Dr", "rank" for "Colonel"/"Lieutenant General", else "office"."""
    words = title.lower().replace("former ", "").split()
    if all(w in COURTESY for w in words):
        return "courtesy"
    if all(w in MILITARY for w in words) or (words and words[-1] in MILITARY and all(
            w in MILITARY | RANK_PARTS for w in words)):
        return "rank"  # "Air Chief Marshal", "Wing Commander", "Rear Admiral": a rank of several words
    return "office"


#: "X, who was ousted as president in 2019", "who resigned as prime minister": an office the person no longer holds
LEFT_OFFICE = frozenset({
    "ousted", "deposed", "toppled", "overthrown", "removed", "sacked", "fired", "dismissed", "impeached",
    "resigned", "quit", "retired", "stepped",
})
_LEFT_AUX = frozenset({"was", "were", "had", "has", "been", "later", "then", "eventually", "briefly"})


def _left_office(doc: Doc, k: int, titles: TitleLexicon) -> tuple[list[str], str | None, int] | None:
    """ "(who) was ousted as president of Sudan", "(who) stepped down as prime minister" from token k: the
    titles and code of the office the person left, and the last token of its phrase."""
    sent_end = doc[k].sent.end
    while k < sent_end and doc[k].lower_ in _LEFT_AUX:
        k += 1
    if k >= sent_end or doc[k].lower_ not in LEFT_OFFICE:
        return None
    k += 1
    if doc[k - 1].lower_ == "stepped" and k < sent_end and doc[k].lower_ == "down":
        k += 1
    elif doc[k - 1].lower_ == "stepped":
        return None
    if k >= sent_end or doc[k].lower_ != "as":
        return None
    phrase = _office_phrase(doc, k + 1, titles)
    if not phrase:
        return None
    names, code = analyse_phrase(phrase, titles)
    names = [t for t in names if not t.lower().startswith(("former", "ex"))]
    return (names, code, phrase[-1].i) if names else None


def _relative_clause(doc: Doc, start: int, end: int, titles: TitleLexicon, who: int | None = None,
                     heads_only: bool = False) -> list[FoundRole]:
    """ "X, who heads the African Union Commission," / "X, who became prime minister in 2019,"; `who`
    is the index of "who" when it follows an apposition ("X, a former officer who leads the ...")."""
    if who is None:
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
            return []
        who = end + 1
    if who + 1 >= len(doc):
        return []
    k = who + 1
    while k < len(doc) and k < end + 5 and doc[k].lower_ in ("also", "now", "currently", "still"):
        k += 1
    if k < len(doc) and doc[k].lower_ in HEAD_VERBS:
        obj = []
        j = k + 1
        while j < len(doc) and j < k + 12 and doc[j].text not in STOP_APPOS and doc[j].pos_ not in ("VERB", "AUX"):
            obj.append(doc[j])
            j += 1
        code = next((c for c in (_code(t) for t in obj) if c), None) or _unknown_org(obj)
        ref = next((t for t in obj[:3] if t.lower_ in BLOC_WORDS), None)
        if code is None and ref is not None and obj[0].lower_ == "the":
            code = _org_referent(doc, ref.i, later=False)  # "X, who chairs the bloc,": a bloc named before
            if code is None:  # ... or the last one named earlier in the article
                states = state_codes()
                code = next((e.kb_id_ for e in reversed(doc[: ref.i].ents) if e.label_ == "ORG" and e.kb_id_
                             and e.kb_id_ not in states
                             and entity_kind(e.kb_id_) not in ("media", "ministry", "government")), None)
        if obj and code:
            return [FoundRole(HEAD_VERBS[doc[k].lower_], code, start, obj[-1].i + 1)]
        return []
    if heads_only:
        return []
    left = _left_office(doc, k, titles)
    if left is not None:
        names, code, last = left
        return [FoundRole("Former " + t, code, start, last + 1) for t in names if _kind(t) == "office"]
    j = k
    while j < len(doc) and j < k + 5 and doc[j].lower_ in BECOME_WORDS:
        j += 1
    if j == k or doc[k].lower_ in ("the", "a", "an", "office"):
        return []
    phrase = []
    while j < len(doc) and (_in_title(doc[j], titles) or doc[j].lower_ in titles.connectors) \
            and doc[j].ent_type_ != "PERSON":
        phrase.append(doc[j])
        j += 1
    if not phrase:
        return []
    names, code = analyse_phrase(phrase, titles)
    return [FoundRole(t, code, start, phrase[-1].i + 1) for t in names if _kind(t) == "office"]


def find_roles(doc: Doc, start: int, end: int) -> list[FoundRole]:
    """Roles stated around one mention doc[start:end] of a person."""
    titles = title_lexicon()
    found: list[FoundRole] = []
    # 1. title before the name: "Russian Defense Minister Sergei Shoigu", "Kenya's President William Ruto"
    toks, stop = _prename(doc, start, titles)
    if toks:
        names, code = analyse_phrase(toks, titles)
        stopped_at = doc[stop].lower_ if stop >= 0 else ""
        if not code and stopped_at == "whose" and stop >= 2 and doc[stop - 1].text == ",":
            code = _code(doc[stop - 2])  # "Iran, whose president Ebrahim Raisi"
        if not code and stop >= 1 and (stopped_at == "its" or (doc[stop].text in POSSESSIVE
                                                                and doc[stop - 1].lower_ in COLLECTIVE)):
            code = _org_referent(doc, stop)  # "the OAS said its Secretary General X", "the bloc's chief X"
        has_possessive = any(t.text in POSSESSIVE for t in toks)
        stateless = stopped_at in NON_STATE
        for title in names:
            kind = _kind(title)
            if kind == "courtesy":
                continue  # "Sheikh X", "Prince X", "Dr X": how the person is addressed, not an office
            if stateless:
                title = doc[stop].text.capitalize() + " " + title  # "Rebel Leader"
            found.append(FoundRole(title, code, stop if stateless else toks[0].i, end,
                                   inherit=code is None and not stateless, rank=kind == "rank", stateless=stateless))
        if not names and code and (has_possessive or toks[-1].ent_type_ == "NORP"):
            found.append(FoundRole(None, code, toks[0].i, end))  # "Russia's Vladimir Putin"
    # 1a. a headline-like fragment: "Ghana's new finance minister: Jane Mensah" (the line starts with the title)
    if not toks and start >= 2 and doc[start - 1].text == ":":
        htoks, hstop = _prename(doc, start - 1, titles)
        line_start = hstop < doc[start].sent.start or doc[hstop].is_space or doc[hstop].text in ("\n", "|")
        if htoks and line_start:
            names, code = analyse_phrase(htoks, titles)
            for title in names:
                if _kind(title) == "office":
                    found.append(FoundRole(title, code, htoks[0].i, end, inherit=code is None))
    # 1b. "his Chinese counterpart Wang Yi": the state named, the title of the person he faces
    cpt = _counterpart_of(doc, start)
    if cpt is not None and not any(f.title for f in found):
        cp, cp_code, lo = cpt
        found.append(FoundRole(_counterpart_title(doc, cp, titles), cp_code, lo, end))
    # 1c. a second role in apposition before the title: "ASEAN's special envoy, Brunei's second
    # foreign minister X" (the first phrase ends in a title head right before the comma)
    comma = toks[0].i - 1 if toks else -1
    while comma > doc[start].sent.start and toks and toks[0].i - comma <= 4 and doc[comma].text != "," \
            and doc[comma].pos_ in ("PROPN", "ADJ", "PART", "NUM", "DET") and doc[comma].ent_type_ != "PERSON":
        comma -= 1  # "..., Brunei's second foreign minister X"
    if toks and comma >= 1 and doc[comma].text == "," and titles.is_head(doc[comma - 1].text):
        ptoks, _ = _prename(doc, comma, titles)
        if ptoks and _complement_of_as(doc, ptoks[0].i):
            ptoks = []  # "named X as the country's new army chief, Information Minister Y said": X's office
        if ptoks:
            names, code = analyse_phrase(ptoks, titles)
            for title in names[:1]:
                found.append(FoundRole(title, code, ptoks[0].i, end))
    # 2. apposition after the name: "Stanislav Zas, the CSTO secretary general,"
    # also "X (Ghana's finance minister)" and "X - Ghana's finance minister -"
    opener = doc[end].text if end < len(doc) else ""
    if opener in ("-", "—", "–") and not (doc[end - 1].whitespace_ and doc[end].whitespace_):
        opener = ""  # a hyphenated word, not a dash
    if opener in (",", "(", "-", "—", "–") and end + 1 < len(doc):
        k = end + 1
        if opener == ",":
            found.extend(_aide_of(doc, start, k, titles))
        phrase: list[Token] = []
        while k < len(doc) and k < end + 18 and doc[k].text not in STOP_APPOS and not doc[k].is_space:
            t = doc[k]
            if t.text == "-" and opener != ",":
                break
            if t.pos_ in ("VERB", "AUX") and not titles.is_title_word(t.text) and not _deposed(t) \
                    or t.lower_ in ("who", "which"):
                break
            if t.ent_type_ == "PERSON":
                if opener == "," and t.ent_iob_ == "B":
                    phrase = []  # "A, Australian Prime Minister B and ...": the title is B's, not A's
                break
            phrase.append(t)
            k += 1
        # "X, the AU's envoy and a former president of Nigeria,": two roles, each with its own code
        parts: list[list[Token]] = [[]]
        for t in phrase:
            if t.lower_ == "and" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("the", "a", "an") and parts[-1]:
                parts.append([])
            else:
                parts[-1].append(t)
        first_code = None
        for part in parts:
            owned = next((n for n, t in enumerate(part[1:], 1) if t.text in POSSESSIVE and titles.is_head(
                part[n - 1].text) and not _code(part[n - 1])), None)
            if owned is not None:
                part = part[owned + 1:]  # "X, the minister's son": the office before "'s" is someone else's
                if not any(titles.is_head(t.text) for t in part):
                    continue
            if part and (part[0].lower_ in ("the", "a", "an") or _in_title(part[0], titles)) \
                    and not _kinship(part, titles):
                names, code = analyse_phrase(part, titles)
                ref = _refers_to_org(part)
                if ref is not None and (not code or not any(_code(t) for t in part if t.i < ref)):
                    # "X, the bloc's secretary-general,", "X, the bloc's mediator for Congo,"
                    code = _org_referent(doc, ref) or code
                code = code or _unknown_org(part)
                if code is None and first_code in state_codes():
                    code = first_code  # "Turkey's foreign minister and a former intelligence chief"
                first_code = first_code or code
                stateless = any(t.lower_ in NON_STATE for t in part)
                owner = _his_owner(doc, part, start) if not code else None  # "X, his foreign minister,"
                for title in names:
                    if _kind(title) != "courtesy":
                        found.append(FoundRole(title, code, start, part[-1].i + 1, stateless=stateless,
                                               owner=owner))
        if k < len(doc) and doc[k].lower_ == "who" and phrase and phrase[0].lower_ in ("a", "an", "the"):
            # "X, a former police officer who leads the G9 alliance": after the apposition's own roles (text order)
            found.extend(_relative_clause(doc, start, end, titles, who=k, heads_only=True))
    found.extend(_relative_clause(doc, start, end, titles))
    found.extend(_whom_appointed(doc, start, end, titles))
    found.extend(_shared_apposition(doc, start, end, titles))
    found.extend(_predicate_role(doc, start, end, titles))
    found.extend(_chair_taken(doc, start, end))
    if not any(f.code for f in found):
        found.extend(_of_state(doc, start, end))
    if not any(f.title for f in found):
        found.extend(_plural_title(doc, start, end, titles))
    # 3. apposition before the name: "the general secretary of the ... CSTO, Stanislav Zas"
    plain = not toks or all(_kind(t.text) != "office" for t in toks)
    lead = toks[0].i if toks else start  # "the head of the ruling council, General X": the rank is no office
    if lead >= 2 and doc[lead - 1].text == "," and plain:
        root = doc[end - 1]
        head = root.head if root.dep_ == "appos" else None
        # the parser often hangs the name on the organisation: "the head of the IAEA, X" (X appos IAEA)
        for _ in range(3):
            if head is None or titles.is_head(head.text) or head.dep_ not in ("pobj", "prep", "compound"):
                break
            head = head.head
        if head is None or head.i >= lead or not titles.is_head(head.text):
            head = _phrase_before_comma(doc, lead - 1, titles)  # the parse missed the apposition
        if head is not None and head.i < lead and titles.is_head(head.text):
            lo = head.left_edge.i if head.left_edge.i < head.i else head.i - (doc[head.i - 1].lower_ in (
                "the", "a", "an"))
            phrase = [t for t in doc[lo : lead - 1] if not t.is_space]
            # "... adviser A, hosted by China's top diplomat, X", "President A and Sudan's prime minister, X": the
            # parse hung X on an earlier title; X's title is only what follows the last other name or verb
            cut = max((n for n, t in enumerate(phrase) if (t.ent_type_ == "PERSON" and not (
                n + 1 < len(phrase) and phrase[n + 1].text in POSSESSIVE)) or t.lower_ == "by"
                or (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound"))), default=None)
            if cut is not None:
                phrase = phrase[cut + 1:]
                while phrase and (phrase[0].text in STOP_APPOS or phrase[0].lower_ in ("and", "or", "by")):
                    phrase = phrase[1:]
            # "Russian President Vladimir Putin's spokesman, X": the titles before the owner's name are the owner's
            owned = max((n for n, t in enumerate(phrase[1:], 1) if t.text in POSSESSIVE
                         and phrase[n - 1].ent_type_ == "PERSON"), default=None)
            aide_of = phrase[owned - 1].i if owned is not None else None
            if owned is not None:
                phrase = phrase[owned + 1:]
            # "The prime minister's brother, X": the office before "'s" is someone else's (as after the name)
            kin = next((n for n in range(len(phrase) - 1, 0, -1) if phrase[n].text in POSSESSIVE
                        and titles.is_head(phrase[n - 1].text) and not _code(phrase[n - 1])), None)
            if kin is not None:
                phrase = phrase[kin + 1:]
            names, code = analyse_phrase(phrase, titles)
            if lo >= 2 and doc[lo - 1].lower_ == "of" and doc[lo - 2].pos_ == "NOUN" \
                    and not titles.is_title_word(doc[lo - 2].text):
                names = []  # "the son of Uganda's president, X": the office is someone else's
            code = code or _unknown_org(phrase)
            ref = _refers_to_org(phrase)
            if code is None and ref is not None:
                # "the White House ..., its spokesman, X"; a state "its" stands for is left to the clause's subject
                org = _org_referent(doc, ref)
                code = _body_referent(doc, ref) or (org if org not in state_codes() else None)
            found = [f for f in found if not f.rank] if names else found
            owner = (aide_of if aide_of is not None else _his_owner(doc, phrase)) if not code else None
            for title in names:
                found.append(FoundRole(title, code, lo, end, owner=owner))
    return found


def _complement_of_as(doc: Doc, i: int) -> bool:
    """ "... as the country's new army chief": the phrase from token i (after its determiner, owner and
    adjectives) is the complement of "as", an office someone else was given."""
    j = i - 1
    lo = doc[i].sent.start
    while j >= lo and i - j <= 5 and (doc[j].pos_ in ("DET", "ADJ", "PART", "NUM") or doc[j].text in POSSESSIVE
                                      or doc[j].lower_ in ("country", "nation", "its", "his", "her", "their")):
        j -= 1
    return j >= lo and doc[j].lower_ == "as"


def _his_owner(doc: Doc, phrase: list[Token], limit: int | None = None) -> int | None:
    """ "his foreign minister": the person "his"/"her" stands for, the nearest one named before it in its
    sentence before token `limit` (whose state the office then takes)."""
    if not phrase or phrase[0].lower_ not in ("his", "her"):
        return None
    sent_start = phrase[0].sent.start
    for t in reversed(doc[sent_start : min(phrase[0].i, limit if limit is not None else len(doc))]):
        if t.ent_type_ == "PERSON":
            return t.i
    return None


def _phrase_before_comma(doc: Doc, comma: int, titles: TitleLexicon) -> Token | None:
    """The title head of ", the head of the ruling military council, X" read without the parse: the
    clause between the previous comma (or the sentence start) and `comma` is a noun phrase whose
    first noun is a title ("the head of ..."), with no verb of its own."""
    lo = comma - 1
    sent_start = doc[comma].sent.start
    while lo > sent_start and doc[lo - 1].text not in STOP_APPOS and comma - lo < 12:
        lo -= 1
    if lo > sent_start and doc[lo - 1].text not in STOP_APPOS:
        return None
    phrase = list(doc[lo:comma])
    # "... and beating the speaker of parliament, X": the object of a verb in the clause is the apposition
    verb = next((k for k in range(len(phrase) - 1, -1, -1) if phrase[k].pos_ == "VERB"), None)
    if verb is not None and phrase[verb].tag_ in ("VBG", "VBD", "VBZ", "VBP", "VB") \
            and phrase[verb].dep_ not in ("amod", "compound"):
        phrase = phrase[verb + 1:]
    # "Myanmar's military-appointed foreign minister, X": a state's possessive opens the phrase as "the" does
    owner = len(phrase) > 2 and _code(phrase[0]) in state_codes() and phrase[1].text in POSSESSIVE
    if not phrase or (phrase[0].lower_ not in ("the", "a", "an") and not owner):
        return None
    if any(t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ != "amod") or t.ent_type_ == "PERSON" for t in phrase):
        return None
    # "military-appointed": a noun inside a hyphenated modifier is not the phrase's noun
    first_noun = next((t for t in phrase[1:] if t.pos_ in ("NOUN", "PROPN") and not _code(t)
                       and not (t.i + 1 < comma and doc[t.i + 1].text == "-" and not t.whitespace_)), None)
    return first_noun if first_noun is not None and titles.is_head(first_noun.text) else None


def _aide_of(doc: Doc, start: int, k: int, titles: TitleLexicon) -> list[FoundRole]:
    """ "X, Abiy's national security adviser,": a title owned by another person, who gives the state."""
    if doc[k].ent_type_ != "PERSON":
        return []
    e = k + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    if e >= len(doc) or doc[e].text not in POSSESSIVE:
        return []
    phrase = []
    j = e + 1
    while j < len(doc) and j < e + 8 and (_in_title(doc[j], titles) or doc[j].lower_ in titles.connectors):
        phrase.append(doc[j])
        j += 1
    names, code = analyse_phrase(phrase, titles) if phrase else ([], None)
    return [FoundRole(t, code, start, phrase[-1].i + 1, owner=None if code else k) for t in names[:1]]


def _person_end(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return i


def _shared_apposition(doc: Doc, start: int, end: int, titles: TitleLexicon) -> list[FoundRole]:
    """ "A and B, the presidents of Ghana and Nigeria,": each takes the singular title and the state
    named in the same place."""
    if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].ent_type_ == "PERSON":
        comma, pos = _person_end(doc, end + 2), 0
    elif start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].pos_ == "PROPN":
        comma, pos = end, 1
    else:
        return []
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "the":
        return []
    phrase = []
    k = comma + 2
    while k < len(doc) and k < comma + 14 and doc[k].text not in STOP_APPOS and doc[k].pos_ not in ("VERB", "AUX"):
        phrase.append(doc[k])
        k += 1
    head = next((t for t in phrase if t.lower_.endswith("s") and titles.is_head(t.lower_[:-1])), None)
    codes = [_code(t) for t in phrase if _code(t) and t.ent_iob_ == "B"]
    if head is None or len(codes) != 2:
        return []
    words = [t for t in phrase[: phrase.index(head)] if titles.is_title_word(t.text) and not _code(t)
             and t.lower_ not in titles.dropped_modifiers]
    title = " ".join([w.text.capitalize() for w in words] + [head.text[:-1].capitalize()])
    return [FoundRole(title, codes[pos], start, phrase[-1].i + 1)]


def _kinship(phrase: list[Token], titles: TitleLexicon) -> bool:
    """ "X, the eldest son of President Y": the title after "of" is someone else's."""
    of = next((k for k, t in enumerate(phrase) if t.lower_ == "of"), None)
    if of is None:
        return False
    lead = phrase[:of]
    return not any(titles.is_head(t.text) for t in lead) and any(t.pos_ == "NOUN" for t in lead)


#: "X was sworn in as president", "Japan appointed X foreign minister": verbs that give the office
APPOINT_VERBS = frozenset({
    "sworn", "appointed", "reappointed", "re-appointed", "named", "renamed", "elected", "re-elected", "reelected",
    "installed", "inaugurated", "became", "becomes", "become", "chosen", "picked", "confirmed", "promoted",
})
#: what may stand between a name and its appointment verb ("X has been formally appointed")
_BEFORE_VERB = frozenset({"was", "is", "has", "had", "have", "been", "be", "being", "will", "would", "also", "formally",
                          "officially", "newly", "then", "later", "recently", "subsequently", "duly", "to",
                          "re", "-"})
#: active appointment verbs written before the name ("Japan appointed X as foreign minister")
ACTIVE_APPOINT = frozenset({"appointed", "appoints", "appoint", "named", "names", "name", "elected", "elects",
                            "elect", "chose", "choose", "chooses", "picked", "picks", "installed", "confirmed",
                            "reappointed", "re-elected", "reelected", "approved", "approves", "endorsed"})


def _office_phrase(doc: Doc, k: int, titles: TitleLexicon, owner: bool = False) -> list[Token]:
    """The office named from token k on ("the country's new foreign minister", "president of Nigeria",
    "its envoy"); empty when it is someone's possession ("the president's son") or no office."""
    phrase: list[Token] = []
    j = k
    while j < len(doc) and j < k + 12:
        t = doc[j]
        if t.ent_type_ == "PERSON" or (t.lower_ == "to" and j + 1 < len(doc) and _code(doc[j + 1])):
            break  # "ambassador to Morocco": the host, not the state served
        if t.text in POSSESSIVE:
            if not phrase or not (_code(phrase[-1]) or phrase[-1].lower_ in COLLECTIVE | {"country", "nation"}):
                return []  # "was named the president's envoy": someone else's office
        elif t.ent_type_ == "ORDINAL" and phrase:
            pass  # "as Indonesia's eighth president"
        elif t.lower_ in ("his", "her") and not phrase and owner:
            pass  # "Trump named X as his secretary of state": the appointer's state
        elif not (_in_title(t, titles) or t.lower_ in titles.connectors or t.lower_ in ("a", "an", "its", "their")
                  or t.lower_ in titles.dropped_modifiers
                  or (t.lower_ in COLLECTIVE | {"country", "nation"} and j + 1 < len(doc)
                      and doc[j + 1].text in POSSESSIVE)):
            break
        phrase.append(t)
        j += 1
    while phrase and (phrase[-1].lower_ in titles.connectors
                      or phrase[-1].lower_ in ("a", "an", "its", "their", "his", "her")):
        phrase.pop()
    if j < len(doc) and doc[j].text in POSSESSIVE:
        return []
    return phrase


def _appoint_verb(doc: Doc, start: int, titles: TitleLexicon) -> int | None:
    """Index of "appointed" in "Japan appointed (former President) X", else None."""
    for b in (start - 1, (_prename(doc, start, titles)[0] or [doc[start]])[0].i - 1):
        if b >= 0 and doc[b].lower_ in ACTIVE_APPOINT and doc[b].pos_ == "VERB":
            return b
    if start >= 3 and doc[start - 1].text == ",":
        # "elected Chad's foreign minister, X, as ...": the verb before the title in apposition before the name
        b = start - 2
        while b > doc[start].sent.start and b > start - 9 and doc[b].pos_ not in ("VERB", "AUX", "PUNCT") \
                and doc[b].ent_type_ != "PERSON":
            b -= 1
        if b < start - 2 and doc[b].lower_ in ACTIVE_APPOINT and doc[b].pos_ == "VERB":
            return b
    return None


def _skip_apposition(doc: Doc, k: int, titles: TitleLexicon) -> int:
    """ "appointed X, a Burundian, as ...": the index after a short apposition between commas at token k (which
    holds the first comma), else k."""
    sent_end = doc[k].sent.end
    if k >= sent_end or doc[k].text != ",":
        return k
    if k + 1 < sent_end and doc[k + 1].lower_ == "as":
        return k + 1  # "elected Chad's foreign minister, X, as ...": the apposition came before the name
    j = k + 1
    while j < sent_end and j < k + 9 and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].ent_type_ == "PERSON" or doc[j].text in STOP_APPOS:
            return k
        j += 1
    if j < sent_end - 1 and doc[j].text == "," and doc[j + 1].lower_ == "as":
        return j + 1
    return k


def _predicate_role(doc: Doc, start: int, end: int, titles: TitleLexicon) -> list[FoundRole]:
    """ "X was sworn in as president", "X took office as Kenya's president", "X was appointed foreign
    minister", "X, named envoy last week,", "Japan appointed X as foreign minister": the office the
    predicate gives; its state from the phrase, else from the sentence as for any bare title."""
    sent_end = doc[start].sent.end
    k = end
    if k + 1 < sent_end and doc[k].text == "," and _skip_apposition(doc, k, titles) > k \
            and _appoint_verb(doc, start, titles) is not None:
        pass  # "appointed X, a diplomat, as envoy": the active branch below
    elif k + 1 < sent_end and doc[k].text == ",":
        # "X, sworn in as president on Monday, said": a participle right after the comma, not the verb of
        # a sentence whose subject came earlier ("B, the son of President X, became vice president")
        if doc[k + 1].lower_ not in APPOINT_VERBS or doc[k + 1].tag_ != "VBN" \
                or doc[k + 1].lower_ in ("become", "became", "becomes"):
            return []
        k += 1
    aux = k
    while k < sent_end and k < end + 5 and doc[k].lower_ in _BEFORE_VERB:
        k += 1
    skipped = {t.lower_ for t in doc[aux:k]}
    if k < sent_end and doc[k].lower_ in ACTIVE_APPOINT and skipped & {"had", "has", "have"} \
            and not skipped & {"been", "be", "being"}:
        return []  # "Y had named acting president": Y appoints someone else (see _whom_appointed)
    lo = None
    active = False
    if k < sent_end and doc[k].lower_ in APPOINT_VERBS:
        lo = k + 1
        if lo < sent_end and doc[k].lower_ == "sworn" and doc[lo].lower_ == "in":
            lo += 1
        if lo + 3 < sent_end and doc[lo].lower_ == "for" and doc[lo + 1].lower_ in ("a", "his", "her", "another") \
                and doc[lo + 3].lower_ == "term":
            lo += 4  # "sworn in for a second term as president"
    elif k + 1 < sent_end and doc[k].lower_ in ("took", "takes", "take", "taken", "assumed", "assumes", "assume") \
            and doc[k + 1].lower_ in ("office", "over", "power"):
        lo = k + 2
        if doc[k + 1].lower_ == "over" and lo < sent_end and doc[lo].lower_ != "as":
            lo = None  # "took over the ministry": no office named as such
    elif (b := _appoint_verb(doc, start, titles)) is not None:
        lo = _skip_apposition(doc, end, titles)  # "Japan appointed X (, a diplomat,) as foreign minister"
        active = True
    if lo is None or lo >= sent_end:
        return []
    if doc[lo].lower_ == "as":
        lo += 1
    elif lo == end and not (titles.is_title_word(doc[lo].text) or doc[lo].lower_ in ("its", "their")):
        return []  # "named X on Monday": no office
    # "Trump named X as his secretary of state": the person who appoints, for "his"/"her"
    appointer = None
    if active:
        appointer = next((t.i for t in reversed(doc[doc[start].sent.start : start]) if t.ent_type_ == "PERSON"), None)
    phrase = _office_phrase(doc, lo, titles, owner=appointer is not None)
    if not phrase or (phrase[-1].i + 1 < len(doc) and doc[phrase[-1].i + 1].ent_type_ == "PERSON"):
        return []  # "X appointed Prime Minister Y as ...": a title written before a name is that name's
    names, code = analyse_phrase(phrase, titles)
    if active and not code:
        # "Poland's new government named X as foreign minister": the state of the one who appoints
        verb = doc[b]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head] if verb.dep_ == "acl" else [])
        for subj in subjects:
            code = _code(subj) or next((_code(c) for c in subj.children if _code(c)), None)
            if subj.ent_type_ == "PERSON" and appointer is None:
                appointer = subj.i
            if code not in state_codes():
                code = None
    ref = _refers_to_org(phrase)
    if ref is not None:
        code = _org_referent(doc, ref) or code  # "Spain named X its ambassador"
    owner = appointer if not code else None
    return [FoundRole(t, code, start, phrase[-1].i + 1, owner=owner) for t in names if _kind(t) == "office"]


#: "took over the rotating chairmanship of X": verbs by which a person takes or holds a chair
CHAIR_VERBS = frozenset({"took", "takes", "take", "taken", "taking", "assumed", "assumes", "assume", "assuming",
                         "holds", "hold", "held", "holding", "inherited", "inherits"})
CHAIR_NOUNS = frozenset({"chairmanship", "chair", "chairpersonship"})


def _chair_taken(doc: Doc, start: int, end: int) -> list[FoundRole]:
    """ "X, who took over the rotating chairmanship of the community", "X took over the AU's rotating
    chairmanship", "X, who holds the bloc's chair": the person is the chairman of the body named (or referred
    to) in the object. A state whose government holds it ("whose country holds ...") is no person's office."""
    sent_end = doc[start].sent.end
    k = end
    if k + 1 < sent_end and doc[k].text == ",":
        k += 2 if doc[k + 1].lower_ == "who" else 1
    while k < sent_end and k < end + 6 and doc[k].lower_ in _BEFORE_VERB | {"already", "now", "since"}:
        k += 1
    if k >= sent_end or doc[k].lower_ not in CHAIR_VERBS or doc[k].pos_ not in ("VERB", "AUX"):
        return []
    k += 1
    if k < sent_end and doc[k].lower_ == "over":
        k += 1
    obj: list[Token] = []
    noun = None
    while k < sent_end and len(obj) < 12 and doc[k].text not in STOP_APPOS and doc[k].lower_ not in ("from", "for",
                                                                                                       "at", "on"):
        if doc[k].ent_type_ == "PERSON" or (doc[k].pos_ == "VERB" and doc[k].dep_ not in ("amod", "compound")):
            break
        if doc[k].lower_ in CHAIR_NOUNS and doc[k].pos_ == "NOUN":
            noun = doc[k]
        obj.append(doc[k])
        k += 1
    if noun is None or not obj or obj[0].lower_ not in ("the", "a") and not _code(obj[0]):
        return []
    if any(t.lower_ in ("his", "her", "their") for t in obj):
        return []
    code = next((c for c in (_code(t) for t in obj) if c), None) or _unknown_org(obj)
    if code is None:
        ref = next((t for t in obj if t.lower_ in BLOC_WORDS), None)
        if ref is None:
            return []
        after = ref.i + 1 < len(doc) and doc[ref.i + 1].text in POSSESSIVE
        code = _org_referent(doc, ref.i + 1 if after else ref.i, later=False) or _last_bloc(doc, ref.i)
    if code is None or code in state_codes():
        return []
    return [FoundRole("Chairman", code, start, obj[-1].i + 1)]


def _of_state(doc: Doc, start: int, end: int) -> list[FoundRole]:
    """ "replacing Jane Doe of South Africa": a name followed by "of" and a state, the state closing the phrase,
    gives the person that state with no title (as "South Africa's Jane Doe" does)."""
    k = end
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[start].ent_type_ != "PERSON":
        return []
    if doc[k + 1].lower_ == "the":
        k += 1
    ent = next((e for e in doc[k + 1 : k + 2].ents if e.start == k + 1), None)
    if ent is None or ent.label_ != "GPE" or ent.kb_id_ not in state_codes():
        return []
    if ent.end < len(doc) and not (doc[ent.end].is_punct or doc[ent.end].lower_ in ("and", "said", "says", "told")):
        return []
    return [FoundRole(None, ent.kb_id_, start, ent.end)]


def _whom_appointed(doc: Doc, start: int, end: int, titles: TitleLexicon) -> list[FoundRole]:
    """ "X, whom President Y had named acting president,": the office Y gave X; its state from the phrase,
    else Y's."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "whom":
        return []
    sent_end = doc[start].sent.end
    k = end + 2
    while k < sent_end and k < end + 10 and doc[k].ent_type_ != "PERSON":
        if not (_in_title(doc[k], titles) or doc[k].text in POSSESSIVE):
            return []
        k += 1
    if k >= sent_end or doc[k].ent_type_ != "PERSON":
        return []
    appointer = k
    k = _person_end(doc, k + 1)
    m = k
    while m < sent_end and m < k + 4 and doc[m].lower_ in _BEFORE_VERB:
        m += 1
    if m >= sent_end or doc[m].lower_ not in ACTIVE_APPOINT:
        return []
    m += 1
    if m < sent_end and doc[m].lower_ == "as":
        m += 1
    phrase = _office_phrase(doc, m, titles, owner=True) if m < sent_end else []
    if not phrase:
        return []
    names, code = analyse_phrase(phrase, titles)
    return [FoundRole(t, code, start, phrase[-1].i + 1, owner=None if code else appointer)
            for t in names if _kind(t) == "office"]


def appointment_follows(doc: Doc, end: int, start: int | None = None) -> bool:
    """ "... was sworn in as", "... was appointed", "... took office as" right after token `end`; with
    `start`, also "appointed <start:end> as foreign minister"."""
    if start is not None and start >= 1 and doc[start - 1].lower_ in ACTIVE_APPOINT and end + 1 < len(doc) \
            and doc[end].lower_ == "as":
        phrase = _office_phrase(doc, end + 1, title_lexicon())
        if any(title_lexicon().is_head(t.text) for t in phrase):
            return True
    k = end
    while k < len(doc) and k < end + 5 and doc[k].lower_ in _BEFORE_VERB:
        k += 1
    return k > end and k < len(doc) and (doc[k].lower_ in APPOINT_VERBS or (
        doc[k].lower_ in ("took", "assumed") and k + 1 < len(doc) and doc[k + 1].lower_ == "office"))


def _singular_head(word: str, titles: TitleLexicon) -> str | None:
    """ "ministers" -> "minister", "secretaries" -> "secretary", "chiefs" -> "chief"."""
    w = word.lower()
    if w.endswith("ies") and titles.is_head(w[:-3] + "y"):
        return w[:-3] + "y"
    if w.endswith("s") and len(w) > 3 and titles.is_head(w[:-1]):
        return w[:-1]
    return None


def _code_after(doc: Doc, i: int) -> tuple[str | None, int]:
    """ "of Bulgaria" at token i: the state's code and the index after it."""
    if i + 1 < len(doc) and doc[i].lower_ == "of" and _code(doc[i + 1]) and doc[i + 1].ent_type_ == "GPE":
        j = i + 1
        while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
            j += 1
        return _code(doc[i + 1]), j + 1
    return None, i


def _people_list(doc: Doc, start: int, end: int) -> tuple[list[int], int, int]:
    """People written as one list around doc[start:end] ("A of X and B of Y", "A, B and C"): their start
    tokens, the first token of the list and its end."""
    sent = doc[start].sent
    starts = [start]
    i = start - 1
    while i > sent.start:
        j = i
        if doc[j].lower_ == "and":
            j -= 1
        if j > sent.start and doc[j].text == ",":
            j -= 1
        if j == i:
            break
        k = j
        while k > sent.start and doc[k].ent_type_ == "GPE" and _code(doc[k]):
            k -= 1
        if k < j and doc[k].lower_ == "of":
            j = k - 1
        if doc[j].ent_type_ != "PERSON":
            break
        while j > sent.start and doc[j].ent_iob_ == "I":
            j -= 1
        starts.insert(0, j)
        i = j - 1
    first = starts[0]
    e = end
    while e < sent.end:
        _, e2 = _code_after(doc, e)
        j = e2
        if j < sent.end and doc[j].text == ",":
            j += 1
        if j < sent.end and doc[j].lower_ == "and":
            j += 1
        if j == e2 or j >= sent.end or doc[j].ent_type_ != "PERSON" or doc[j].ent_iob_ != "B":
            break
        starts.append(j)
        e = _person_end(doc, j + 1)
    return starts, first, e


def _plural_title(doc: Doc, start: int, end: int, titles: TitleLexicon) -> list[FoundRole]:
    """A plural title shared by a list of people: "the foreign ministers of Egypt and Jordan, A and B",
    "Defence ministers A of Bulgaria and B of Moldova", "the two presidents, A and B". Each person
    takes the singular title and, by position, the state the title names for them (or the one after
    their own name); with no state for each, the person keeps only a state stated elsewhere."""
    starts, first, _ = _people_list(doc, start, end)
    if len(starts) < 2:
        return []
    sent_start = doc[start].sent.start
    i = first - 1
    if i > sent_start and doc[i].text == ",":
        i -= 1
    hi = i
    head = None
    while i >= sent_start and hi - i < 12:
        t = doc[i]
        sing = _singular_head(t.text, titles)
        if sing and head is None:
            head = (t, sing)
        elif not (titles.is_title_word(t.text) or _code(t) or t.text in POSSESSIVE
                  or t.lower_ in ("of", "the", "and", "two", "three", "four", "both", "their", "respective")
                  or t.lower_ in titles.dropped_modifiers
                  or (head is None and t.lower_ in ("countries", "nations", "states", "sides", "governments"))):
            break
        i -= 1
    if head is None:
        return []
    phrase = list(doc[i + 1 : hi + 1])
    while phrase and phrase[0].lower_ in ("and", "of") and phrase[0].i < head[0].i:
        phrase = phrase[1:]  # "A and the foreign ministers of B and C, X and Y"
    whose = i >= sent_start and doc[i].lower_ == "whose"  # "the US and Brazil, whose presidents A and B"
    if not phrase or (phrase[0].lower_ not in ("the", "their", "both") and not phrase[0].text[:1].isupper()
                      and not _code(phrase[0]) and not whose):
        return []
    htok, sing = head
    words = [t for t in phrase if t.i < htok.i and titles.is_title_word(t.text) and not _code(t)
             and t.lower_ not in titles.dropped_modifiers]
    title = " ".join([w.text if w.text.isupper() and len(w.text) > 1 else w.text.capitalize() for w in words]
                     + [sing.capitalize()])
    codes: list[str] = []
    # "Kenya and Uganda sent their presidents, A and B": "their" stands for the states before it
    scope = list(doc[sent_start : phrase[0].i]) + phrase if phrase[0].lower_ == "their" or whose else phrase
    for t in scope:
        c = _code(t)
        if c and t.ent_iob_ == "B" and c not in codes:
            codes.append(c)
    own, _ = _code_after(doc, end)
    pos = starts.index(start)
    if own:
        code = own
    elif len(codes) == len(starts):
        code = codes[pos]
    elif len(codes) == 1 and scope is phrase and not any(t.ent_type_ == "GPE" for t in phrase):
        code = codes[0]  # "the EU's two envoys, A and B"
    else:
        code = None
    return [FoundRole(title, code, phrase[0].i, end, shared=code is None, plural=True)]
