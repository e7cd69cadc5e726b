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

from blocwatch.pipeline.ruler import load_json


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

    def s(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw.get(key, []))

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


# --------------------------------------------------------------------------------------------
# Finding roles around a person's mention
# --------------------------------------------------------------------------------------------

POSSESSIVE = {"'s", "’s"}
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
    return titles.is_title_word(tok.text) or tok.text in ("-",) or bool(_code(tok))


#: honorifics and military ranks written between an office and the name ("Emir Sheikh X", "Foreign
#: Minister Prince X", "Military Spokesman Colonel X"): part of how the person is addressed, not of
#: the office, so they are dropped when an office precedes them
RANKS = frozenset({
    "sheikh", "shaikh", "prince", "princess", "emir", "amir", "colonel", "general", "lieutenant", "major",
    "captain", "brigadier", "admiral", "marshal", "sergeant", "commander", "dr", "dr.", "mr", "mr.", "ms", "ms.",
    "mrs", "mrs.", "sir", "dame", "lord", "lady", "ayatollah",
})
MILITARY = frozenset({
    "lieutenant", "major", "brigadier", "colonel", "general", "admiral", "marshal", "captain", "sergeant", "commander",
})
#: offices that end in "General" ("Secretary General", "Attorney General"): not a rank there
GENERAL_OFFICES = frozenset({
    "secretary", "director", "attorney", "governor", "consul", "inspector", "solicitor", "procurator",
    "auditor", "surgeon", "adjutant", "postmaster", "commissioner", "prosecutor", "registrar", "controller",
})


FORMER = frozenset({"former", "ex", "ex-"})
COUNTERPART = frozenset({"counterpart", "counterparts"})


def _strip_ranks(tokens: list[Token], titles: TitleLexicon) -> list[Token]:
    """ "Emir Sheikh" -> "Emir", "Foreign Minister Prince" -> "Foreign Minister"; "Secretary General" stays."""
    while len(tokens) > 1 and tokens[-1].lower_ in RANKS:
        if tokens[-2].text == "-" or not tokens[-2].whitespace_:
            break  # "Secretary-General": one hyphenated word
        if tokens[-1].lower_ == "general" and tokens[-2].lower_ in GENERAL_OFFICES:
            break
        if tokens[-1].lower_ in MILITARY and tokens[-2].lower_ in MILITARY | {"chief", "vice", "rear", "field"}:
            break  # "Lieutenant General", "Air Chief Marshal": one rank
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
    codes = [(k, _code(t)) for k, t in enumerate(tokens) if _code(t)]
    code = None
    if codes:
        before = [c for k, c in codes if first_title is None or k < first_title]
        code = before[-1] if before else codes[-1][1]
    out: list[str] = []
    if first_title is not None:
        prefix = ""
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
    i = start - 1
    while i >= sent_start:
        t = doc[i]
        if t.text in POSSESSIVE and i - 1 >= sent_start and _code(doc[i - 1]):
            i -= 1
            continue
        if _in_title(t, titles) or t.lower_ in ("of", "the", "for", "and"):
            if t.lower_ == "and" and not (i - 1 >= sent_start and titles.is_head(doc[i - 1].text)):
                break
            i -= 1
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
                return names[0].removeprefix("Former ")
        i -= 1
    return None


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
        has_possessive = any(t.text in POSSESSIVE for t in toks)
        for title in names:
            found.append(FoundRole(title, code, toks[0].i, end, inherit=code is None))
        if not names and code and (has_possessive or toks[-1].ent_type_ == "NORP"):
            found.append(FoundRole(None, code, toks[0].i, end))  # "Russia's Vladimir Putin"
    # 1b. "his Chinese counterpart Wang Yi": the state named, the title of the person he faces
    cp = start - 1 if start >= 1 and doc[start - 1].lower_ in COUNTERPART else (
        start - 2 if start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in COUNTERPART else None)
    if cp is not None and cp >= 1 and _code(doc[cp - 1]) and not any(f.title for f in found):
        found.append(FoundRole(_counterpart_title(doc, cp, titles), _code(doc[cp - 1]), cp - 1, end))
    # 1c. a second role in apposition before the title: "ASEAN's special envoy, Brunei's second
    # foreign minister X" (the first phrase ends in a title head right before the comma)
    comma = toks[0].i - 1 if toks else -1
    while comma > doc[start].sent.start and toks and toks[0].i - comma <= 4 and doc[comma].text != "," \
            and doc[comma].pos_ in ("PROPN", "ADJ", "PART", "NUM", "DET") and doc[comma].ent_type_ != "PERSON":
        comma -= 1  # "..., Brunei's second foreign minister X"
    if toks and comma >= 1 and doc[comma].text == "," and titles.is_head(doc[comma - 1].text):
        ptoks, _ = _prename(doc, comma, titles)
        if ptoks:
            names, code = analyse_phrase(ptoks, titles)
            for title in names[:1]:
                found.append(FoundRole(title, code, ptoks[0].i, end))
    # 2. apposition after the name: "Stanislav Zas, the CSTO secretary general,"
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc):
        k = end + 1
        phrase: list[Token] = []
        while k < len(doc) and k < end + 14 and doc[k].text not in STOP_APPOS and not doc[k].is_space:
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") and not titles.is_title_word(t.text) or t.lower_ in ("who", "which"):
                break
            if t.ent_type_ == "PERSON":
                break
            phrase.append(t)
            k += 1
        if phrase and (phrase[0].lower_ in ("the", "a", "an") or _in_title(phrase[0], titles)):
            names, code = analyse_phrase(phrase, titles)
            for title in names:
                found.append(FoundRole(title, code, start, phrase[-1].i + 1))
    # 3. apposition before the name: "the general secretary of the ... CSTO, Stanislav Zas"
    if start >= 2 and doc[start - 1].text == "," and not toks:
        root = doc[end - 1]
        head = root.head if root.dep_ == "appos" else None
        # the parser often hangs the name on the organisation: "the head of the IAEA, X" (X appos IAEA)
        for _ in range(3):
            if head is None or titles.is_head(head.text) or head.dep_ not in ("pobj", "prep", "compound"):
                break
            head = head.head
        if head is not None and head.i < start and titles.is_head(head.text):
            lo = head.left_edge.i
            phrase = [t for t in doc[lo : start - 1] if not t.is_space]
            names, code = analyse_phrase(phrase, titles)
            for title in names:
                found.append(FoundRole(title, code, lo, end))
    return found
