"""Membership statements read from an article: who joined, founded, left, observes or wants to join a bloc.

News is where bloc changes first appear, so blocwatch keeps what the article itself states — never
what the knowledge base knows — as `records.Membership` facts with their sentence as evidence.

How it reads (rules on the dependency parse, words in data/membership_lexicon.json):
- actors: the linker's `ent.kb_id_` where set; otherwise KB name lookups over the tokens (so a
  state the statistical NER mislabels, "Mali, Burkina Faso" as one ORG, is still found). "The
  bloc", "the alliance", "the group" refer to the organisation mentioned most recently.
- triggers: verbs (joined, acceded to, was admitted, suspended, left, founded, consisted of),
  statuses ("observer status at", "became the alliance's 32nd member", "X, a member of Y"),
  wishes ("keen to join", "bid to join" -> applicant) and member lists ("CSTO members A and B",
  "the eight member states: A, B ...", "the Moscow-led CSTO"). A state and an organisation in the
  same sentence without such a link are not a membership.
- negated or speculative statements ("has not joined", "could join", "threatened to leave") are
  dropped.
- counts ("eight-member", "32nd member") are compared with the KB at the article's date; a
  mismatch becomes a warning in `doc.user_data["membership_warnings"]`, never a fact.

`find_memberships(doc)` is the find step (testable alone), the component sets `doc._.memberships`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_TITLE, IS_UPPER, LEMMA, LENGTH, LOWER, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from blocwatch.pipeline import extensions  # noqa: F401  (registers Doc extensions)
from blocwatch.pipeline.membership_rules import (
    date_value,
    lexicon,
    merge,
    parse_count,
    parse_ordinal,
    status_class,
)
from blocwatch.records import Membership, Span

WARNINGS_KEY = "membership_warnings"
SUBJ = ("nsubj", "nsubjpass", "csubj")
STATE_LABELS = ("GPE", "NORP", "LOC", "ORG", "PERSON", "FAC")
SEPARATORS = (",", "and", "&", "plus", "as well as")
# Nouns through which a phrase still names the organisation itself: "NATO members", "the ranks of
# the EU", "all activities of the AU", "the alliance's 32nd member".
HOLDER_NOUNS = frozenset({
    "member", "membership", "state", "country", "nation", "economy", "observer", "partner", "associate",
    "candidate", "applicant", "founder", "status", "rank", "fold", "family", "activity", "participation",
    "seat", "body", "institution", "organ", "structure", "club", "bloc", "group", "alliance", "union",
    "newcomer",
})
# Plural nouns that, counted ("the three juntas", "both countries"), point back at a list of states
GROUP_NOUNS = frozenset({
    "country", "state", "nation", "government", "junta", "regime", "member", "neighbour", "neighbor", "capital",
    "ally", "republic", "monarchy", "emirate", "kingdom",
})


# ----------------------------------------------------------------------------------------------
# Knowledge-base access (names fixed by the KB module; tolerant while it is being built)


def _kb() -> Any:
    import blocwatch.kb as kb

    return kb


@cache
def _fallback_orgs() -> dict[str, str]:
    """Org names -> code from the KB's data file, used only while `kb.lookup_org` is missing."""
    from blocwatch.kb._text import norm, split_multi
    from blocwatch.kb.states import data_path

    index: dict[str, str] = {}
    try:
        with data_path("orgs.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for name in (row["code"], row["name"], *split_multi(row.get("names"))):
                    index.setdefault(norm(name), row["code"])
    except FileNotFoundError:
        pass
    return index


@cache
def org_code(text: str) -> str | None:
    """KB code of an organisation named `text`, or None."""
    kb = _kb()
    fn = getattr(kb, "lookup_org", None)
    if fn is not None:
        org = fn(text)
        return org.code if org else None
    from blocwatch.kb._text import norm

    return _fallback_orgs().get(norm(text))


@cache
def is_org_code(code: str) -> bool:
    kb = _kb()
    fn = getattr(kb, "org_by_code", None)
    if fn is not None:
        return fn(code) is not None
    return code in set(_fallback_orgs().values())


@cache
def partner_tier(org: str) -> str | None:
    """The KB's name for a bloc's "partner" tier: "partner" (BRICS), "dialogue_partner" (SCO) or None."""
    fn = getattr(_kb(), "spells", None)
    if fn is None:
        return None
    try:
        statuses = {s.status for s in fn(org=org)}
    except Exception:  # noqa: BLE001 - an org the KB does not track has no partner tier
        return None
    for status in ("partner", "dialogue_partner"):
        if status in statuses:
            return status
    return None


@cache
def _org_name_words(code: str) -> frozenset[str]:
    """Lower-case words of an organisation's formal names ("Group of Twenty" -> group, of, twenty): its KB name and
    other names of three words or more, not a nickname such as "Shanghai bloc"."""
    org = getattr(_kb(), "org_by_code", lambda _c: None)(code)
    if org is None:
        return frozenset()
    names = [org.name, *(n for n in getattr(org, "names", ()) if len(n.split()) >= 3)]
    return frozenset(w.lower() for n in names for w in n.replace("-", " ").split())


def _states_module() -> Any:
    kb = _kb()
    if hasattr(kb, "lookup_state"):
        return kb
    from blocwatch.kb import states

    return states


@cache
def state_code(text: str, capitals: bool = True) -> str | None:
    """ISO3 of a state named (or, with `capitals`, metonymically referred to) by `text`."""
    mod = _states_module()
    st = mod.lookup_state(text)
    if st is None and capitals:
        st = mod.state_by_capital(text)
    if st is None or getattr(st, "historic", False) and len(st.code) != 3:
        return None
    return st.code


@cache
def is_state_code(code: str) -> bool:
    if len(code) != 3 or not code.isupper():
        return False
    return _states_module().state_by_code(code) is not None


# ----------------------------------------------------------------------------------------------
# Actors: which tokens name a state or an organisation


@dataclass(frozen=True)
class Actor:
    code: str
    kind: str  # "state" | "org"
    start: int  # token offsets in the doc
    end: int


def _classify(text: str, kb_id: str, label: str) -> tuple[str, str] | None:
    if kb_id:
        if label != "ORG" and is_state_code(kb_id):  # ISO3 codes that are also org codes (GEO)
            return kb_id, "state"
        if is_org_code(kb_id):
            return kb_id, "org"
        if is_state_code(kb_id):
            return kb_id, "state"
        return None
    code = org_code(text)
    if code:
        return code, "org"
    code = state_code(text, capitals=label == "GPE")
    if code:
        return code, "state"
    return None


def _dateline_ends(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of datelines ("LAGOS, May 3 (Reuters) -") opening the first paragraphs."""
    from blocwatch.pipeline.extensions import doc_text
    from blocwatch.zones import find_dateline

    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    start = 0
    for _ in range(4):
        while start < len(text) and text[start] in "\n\r ":
            start += 1
        if start >= len(text):
            break
        end = text.find("\n", start)
        para = text[start : end if end >= 0 else len(text)]
        found = find_dateline(para)
        if found is not None:
            out.append((start + found[0], start + found[1]))
            break
        if end < 0:
            break
        start = end + 1
    if not out:  # an agency the reader does not know: "ADDIS ABABA, Oct 28 (Blocwire) -"
        from blocwatch.pipeline.people import dateline_ranges

        out = dateline_ranges(doc)
    return out


def find_actors(doc: Doc, datelines: list[tuple[int, int]] | None = None) -> dict[int, Actor]:
    """Token index -> the state or KB organisation it is part of (never a dateline place).

    `datelines` are `_dateline_ends(doc)` when the caller has them already.
    """
    from blocwatch.pipeline.extensions import doc_text

    index: dict[int, Actor] = {}
    if datelines is None:
        datelines = _dateline_ends(doc)
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in STATE_LABELS:
            continue
        if any(a <= ent.start_char < b for a, b in datelines):
            continue
        found = _classify(text[ent.start_char : ent.end_char], ent.kb_id_, ent.label_)  # = ent.text
        if found is None:
            continue
        actor = Actor(found[0], found[1], ent.start, ent.end)
        for i in range(ent.start, ent.end):
            index[i] = actor
    # KB names over the remaining tokens, longest first (up to 8 tokens). Token attributes are read once
    # and a candidate's text is sliced from the doc's text (what `doc[i:j].text` gives), no Span per try.
    # The attributes come from one `doc.to_array` (ints), so no Token object is built at all.
    rows = doc.to_array([IS_TITLE, IS_UPPER, IS_PUNCT, IDX, LENGTH, POS]).tolist()
    n = len(rows)
    idx = [r[3] for r in rows]
    punct = [r[2] for r in rows]
    i = 0
    while i < n:
        row = rows[i]
        if i in index or not (row[0] or row[1]) or punct[i] or any(
                a <= idx[i] < b for a, b in datelines):
            i += 1
            continue
        stop = i + 1  # the first token already taken, or the end (no candidate may reach it)
        while stop < n and stop < i + 8 and stop not in index:
            stop += 1
        hit = None
        capitals = row[5] == PROPN
        for end in range(stop, i, -1):
            if punct[end - 1]:
                continue
            name = text[idx[i] : idx[end - 1] + rows[end - 1][4]]
            code = org_code(name)
            if code:
                hit = Actor(code, "org", i, end)
                break
            code = state_code(name, capitals=capitals)
            if code:
                hit = Actor(code, "state", i, end)
                break
        if hit is None:
            i += 1
            continue
        for j in range(hit.start, hit.end):
            index[j] = hit
        i = hit.end
    return index


def evidence_of(sent: SpacySpan) -> Span:
    """The sentence as evidence, without the blank lines the paragraph splitter leaves on it."""
    return Span.trimmed(sent.start_char, sent.end_char, sent.text)


# ----------------------------------------------------------------------------------------------
# Reading one doc


class Reader:
    """Holds one doc's actors and resolves states and organisations from parse tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = lexicon()
        datelines = _dateline_ends(doc)
        self.actors = find_actors(doc, datelines)
        self.org_starts = sorted({a.start for a in self.actors.values() if a.kind == "org"})
        art = doc._.article
        self.published: str | None = getattr(art, "published", None) if art is not None else None
        self.found: list[Membership] = []
        self.warnings: list[dict] = []
        self._mentions: list[tuple[int, str]] | None = None
        #: the dateline's last character: the parser may take its place for the subject ("ADDIS ABABA ... (Agency)
        #: - The African Union suspended Sudan": "ABABA" as nsubj)
        self.dateline_end = max((b for _a, b in datelines), default=-1)

    # --- actors -------------------------------------------------------------------------------
    def actor(self, tok: Token, kind: str) -> Actor | None:
        a = self.actors.get(tok.i)
        return a if a is not None and a.kind == kind else None

    def context_org(self, before: int) -> str | None:
        """The organisation mentioned most recently before token `before`."""
        last = None
        for start in self.org_starts:
            if start >= before:
                break
            last = start
        return self.actors[last].code if last is not None else None

    def named_org(self, noun: Token) -> str | None:
        """"the group" after "the Group of 20 ... the African Union": the latest organisation before `noun`
        whose own name has that noun ("Group of Twenty"), so the noun picks its bloc; None when none does."""
        word = noun.lemma_.lower()
        for start in reversed(self.org_starts):
            if start >= noun.i:
                continue
            code = self.actors[start].code
            if word in _org_name_words(code):
                return code
        return None

    def org_mentions(self) -> list[tuple[int, str]]:
        """(token, code) of every mention of an organisation, by name or as "the bloc", in text order."""
        if self._mentions is None:
            found = [(start, self.actors[start].code) for start in self.org_starts]
            words = self.lex.anaphora_nouns | self.lex.named_anaphora_nouns
            found += [(t.i, code) for t in self.doc if t.lemma_.lower() in words
                      and t.i not in self.actors and self.is_anaphor(t) and (code := self.anaphor_org(t))]
            self._mentions = sorted(found)
        return self._mentions

    def sentence_org(self, v: Token) -> str | None:
        """The organisation named (or called "the council") last before `v` in its own sentence, for a verb that
        names none ("has left the council before: Greece, which quit in 1969"); None when the sentence has none."""
        found = None
        for i, code in self.org_mentions():
            if i >= v.i:
                break
            if i >= v.sent.start:
                found = code
        return found

    def anaphor_org(self, noun: Token) -> str | None:
        """The organisation "the bloc", "the group", "the council" means: the latest one whose name has the noun,
        else the latest one named."""
        for c in noun.children:  # "the BRICS bloc"
            if c.dep_ in ("compound", "nmod") and (a := self.actor(c, "org")):
                return a.code
        named = self.named_org(noun)
        if named is None and noun.lemma_.lower() in self.lex.named_anaphora_nouns:
            return None
        return named or self.context_org(noun.i)

    def topic_org(self, before: int) -> str | None:
        """The bloc a clause implies when it names none ("X applied to join in 2011"): the organisation named in
        the article names most often up to `before` (the latest of equals), so a body named once in passing ("a
        United Nations plan", "joined the UN the same year") is not taken for the article's bloc."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for start, code in self.org_mentions():
            if start >= before:
                break
            counts[code] = counts.get(code, 0) + 1
            last[code] = start
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], last[c]))

    def is_anaphor(self, tok: Token) -> bool:
        if tok.lemma_.lower() in self.lex.named_anaphora_nouns and tok.tag_ == "NN" and tok.i not in self.actors:
            if self.named_org(tok) is None:
                return False  # "the council" with no council named before: a city or security council
        elif tok.lemma_.lower() not in self.lex.anaphora_nouns or tok.tag_ in ("NNS", "NNPS"):
            return False
        kids = list(tok.children)
        if any(k.dep_ in ("compound", "amod") and k.lower_ in self.lex.non_bloc_modifiers for k in kids):
            return False
        if any(k.dep_ == "compound" and k.pos_ == "PROPN" and k.i not in self.actors for k in kids):
            return False
        if tok.text[:1].isupper() and any(k.dep_ == "prep" and k.lower_ == "of" and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in k.children) for k in kids):
            return False  # "the Alliance of Sahel States": a name the KB may not know, not "the alliance"
        if any(k.lower_ in ("own", "new") for k in kids):
            return False  # "formed their own alliance", "a new bloc": another body than the one named before
        return any(k.dep_ in ("det", "poss") and k.lower_ in ("the", "this", "its", "their") for k in kids)

    def org_of(self, tok: Token | None, depth: int = 0) -> str | None:
        """The organisation a noun phrase headed by `tok` names (directly or as "the bloc")."""
        if tok is None or depth > 3:
            return None
        a = self.actor(tok, "org")
        if a:
            return a.code
        if self.is_anaphor(tok):
            return self.anaphor_org(tok)
        if tok.dep_ == "appos" and tok.lemma_.lower() in self.lex.anaphora_nouns and (
                a := self.actor(tok.head, "org")):
            return a.code  # "the GCC, a six-nation bloc that groups ..."
        if tok.lemma_.lower() not in HOLDER_NOUNS:
            return None  # "the SCO summit", "NATO talks": an event of the bloc, not the bloc
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "nmod") and (a := self.actor(child, "org")):
                return a.code
            if child.dep_ == "poss" and self.is_anaphor(child):
                return self.anaphor_org(child)
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "to", "within", "into"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        code = self.org_of(pobj, depth + 1)
                        if code:
                            return code
        return None

    def acting_org(self, tok: Token | None) -> str | None:
        """The bloc that acts through "ECOWAS leaders", "the AU Peace and Security Council" (subjects only)."""
        code = self.org_of(tok)
        if code is not None or tok is None or tok.lemma_.lower() not in self.lex.acting_nouns:
            return code
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "nmod") and (a := self.actor(child, "org")):
                return a.code
        for t in tok.subtree:  # "the AU Peace and Security Council": the bloc heads the organ's name
            if t.i < tok.i and t.dep_ == "compound" and (a := self.actor(t, "org")):
                return a.code
        return None

    def org_via_prep(self, tok: Token, preps: tuple[str, ...]) -> str | None:
        for child in tok.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (code := self.org_of(pobj)):
                        return code
        return None

    def _list_around(self, a: Actor) -> list[Actor]:
        """States listed next to `a` with only commas/"and" between them ("Mali, Burkina Faso and Niger")."""
        out = [a]
        for step in (1, -1):
            j = a.end if step == 1 else a.start - 1
            while 0 <= j < len(self.doc):
                seps = 0
                while 0 <= j < len(self.doc) and (self.doc[j].lower_ in SEPARATORS or self.doc[j].lower_ in
                                                 ("as", "well")):
                    seps += 1
                    j += step
                if not seps or not (0 <= j < len(self.doc)):
                    break
                if step == 1 and self.doc[j].lower_ == "the" and j + 1 < len(self.doc):
                    j += 1  # "Cyprus, the Czech Republic": the article opens the next name
                nxt = self.actors.get(j)
                if nxt is None or nxt.kind != "state":
                    break
                if step == -1 and any(x.lower_ in ("as", "well") for x in self.doc[j + 1 : out[-1].start]):
                    break
                out.append(nxt)
                j = nxt.end if step == 1 else nxt.start - 1
                if step == -1 and j >= 0 and self.doc[j].lower_ == "the":
                    j -= 1
        return out

    def states_of(self, tok: Token | None) -> list[Actor]:
        """States named by a noun phrase: the head, its conjuncts and appositions, member lists."""
        if tok is None:
            return []
        seen: dict[int, Actor] = {}
        stack = [tok]
        visited = set()
        while stack:
            t = stack.pop()
            if t.i in visited:
                continue
            visited.add(t.i)
            a = self.actor(t, "state")
            if a is not None:
                for x in self._list_around(a):
                    seen[x.start] = x
            for child in t.children:
                if child.dep_ in ("conj", "appos"):
                    stack.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("including", "like") or (
                        child.dep_ == "prep" and child.lower_ == "as" and t.lemma_ in self.lex.member_nouns):
                    stack.extend(c for c in child.children if c.dep_ == "pobj")
                elif child.dep_ == "amod" and child.lower_ == "such":
                    stack.extend(c for c in child.subtree if c.dep_ == "pobj")
            if t.lemma_.lower() in self.lex.member_nouns and t.pos_ == "NOUN":
                stack.extend(self._listed_after(t))
        if not seen:
            return self._group_states(tok) or self._pronoun_states(tok)
        return sorted(seen.values(), key=lambda a: a.start)

    def _group_size(self, tok: Token) -> int | None:
        """2 for "both", "both countries"; 3 for "all three", "the three juntas"; None if `tok` is no such group."""
        low = tok.lower_
        kids = list(tok.children)
        dets = {k.lower_ for k in kids if k.dep_ in ("det", "predet", "preconj")}
        if low == "both" and tok.pos_ in ("PRON", "DET", "NOUN"):
            return 2
        if tok.pos_ == "NUM" and (n := parse_count(low)) and n >= 2 and dets & {"all", "the", "these", "those"}:
            return n  # "All three were ...", "the three are ..."
        if tok.tag_ not in ("NNS",) or tok.lemma_.lower() not in GROUP_NOUNS:
            return None
        if any(k.dep_ not in ("det", "predet", "preconj", "nummod", "quantmod", "amod", "prep", "punct")
               for k in kids) or any(k.dep_ == "amod" and k.lower_ not in ("other",) for k in kids):
            return None  # "member states", "Western countries", "its neighbours": not a group named before
        nums = [n for k in kids if k.dep_ == "nummod" and (n := parse_count(k.lower_))]
        if nums and dets & {"all", "the", "these", "those"}:
            return nums[0]
        return 2 if "both" in dets else None

    def _group_states(self, tok: Token) -> list[Actor]:
        """"All three", "both countries", "the three juntas": the last list of exactly that many states named
        before, in this sentence or the three before it ("Mali, Burkina Faso and Niger ... All three were
        founding members of ECOWAS")."""
        n = self._group_size(tok)
        if n is None:
            return []
        for c in tok.children:  # "the three juntas of Mali, Burkina Faso and Niger": the list is written out
            if c.dep_ == "prep" and c.lower_ == "of":
                listed = [s for p in c.children if p.dep_ == "pobj" for s in self.states_of(p)]
                if listed:
                    return listed
        first = tok.sent.start
        for _ in range(3):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        j = tok.i - 1
        while j >= first:
            a = self.actors.get(j)
            if a is None or a.kind != "state":
                j -= 1
                continue
            group = self._list_around(a)
            if len({x.code for x in group}) == n:
                return sorted(group, key=lambda x: x.start)
            j = min(x.start for x in group) - 1
        return []

    def _object_pronoun_states(self, tok: Token) -> list[Actor]:
        """"admit Timor-Leste ... and granted it observer status": an object "it" is the one state named before it
        in its sentence (nothing when two are)."""
        named = {a.code: a for i, a in self.actors.items() if tok.sent.start <= i < tok.i and a.kind == "state"}
        return list(named.values()) if len(named) == 1 else []

    def _pronoun_states(self, tok: Token) -> list[Actor]:
        """"it" as the subject of a clause: the state that is the nearest subject named before it, in this
        sentence or the one before ("Georgia said it would quit the CIS, a grouping that it joined in 1993";
        "Sweden joined NATO. It became the alliance's 32nd member"); nothing when that subject is no state."""
        if tok.lower_ == "it" and tok.dep_ in ("dative", "dobj"):
            return self._object_pronoun_states(tok)
        if tok.lower_ not in ("it", "they") or tok.dep_ not in SUBJ:
            return []
        first = tok.sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for j in range(tok.i - 1, first - 1, -1):
            t = self.doc[j]
            if t.dep_ not in SUBJ or t.pos_ == "PRON":
                continue
            a = self.actors.get(j)
            if a is None or a.kind != "state":
                return []
            if tok.lower_ == "it":
                return [a]
            # "they": the list of states that is that subject ("A, B and C signed ... They are members of X")
            # and no other state named in between, so the list is unambiguous
            group = self.states_of(t)
            codes = {x.code for x in group}
            others = {x.code for i, x in self.actors.items() if first <= i < tok.i and x.kind == "state"} - codes
            return group if len(codes) >= 2 and not others else []
        return []

    def _listed_after(self, noun: Token) -> list[Token]:
        """"member states — China, India, ..." / "countries: A, B": the states right after the noun."""
        j = noun.i + 1
        if j < len(self.doc) and self.doc[j].lower_ in ("such", "namely"):
            j += 1 + (self.doc[j].lower_ == "such")
        elif j < len(self.doc) and self.doc[j].text in self.lex.list_openers:
            j += 1
        else:
            return []
        while j < len(self.doc) and self.doc[j].lower_ in ("the", "as"):
            j += 1
        a = self.actors.get(j)
        return [self.doc[a.start]] if a is not None and a.kind == "state" else []

    # --- clause helpers -----------------------------------------------------------------------
    def after_dateline(self, v: Token, subj: Token | None) -> Token | None:
        """`subj` unless the parser took the dateline's place for it ("INDEPENDENCE, Missouri, March 12 (Agency) -
        Poland, Hungary and ... joined NATO": the list hangs on the date): then the first word after the dateline,
        when it comes before `v` and is a noun."""
        if subj is None or subj.idx >= self.dateline_end or v.idx < self.dateline_end:
            return subj
        j = subj.i
        while j < v.i and self.doc[j].idx < self.dateline_end:
            j += 1
        while j < v.i and (self.doc[j].is_punct or self.doc[j].lower_ == "the"):
            j += 1
        first = self.doc[j]
        return first if j < v.i and first.pos_ in ("PROPN", "NOUN") else subj

    def passive_subject(self, v: Token) -> Token | None:
        """The passive subject of `v`, never the dateline's place; a passive conjunct without one shares its
        first verb's ("The bloc was founded by A and later joined by B")."""
        subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
        if not subjects and v.dep_ == "conj" and v.tag_ == "VBN" and v.head is not v and self.is_passive(v.head):
            subjects = [c for c in v.head.children if c.dep_ == "nsubjpass"]
        real = [c for c in subjects if c.idx >= self.dateline_end]
        if real:
            return real[0]
        return self.after_dateline(v, subjects[0]) if subjects else None

    def subject(self, v: Token, depth: int = 0) -> Token | None:
        subjects = [c for c in v.children if c.dep_ in SUBJ]
        if len(subjects) > 1 and subjects[0].idx < self.dateline_end <= subjects[1].idx:
            return subjects[1]  # "ADDIS ABABA, Oct 28 (Agency) - The AU suspended X": the parser took the place too
        if len(subjects) == 1 and subjects[0].idx < self.dateline_end <= v.idx:
            return self.after_dateline(v, subjects[0])
        for child in v.children:
            if child.dep_ in SUBJ:
                if child.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
                    return v.head
                if child.lower_ in ("it", "they") and depth < 4:
                    speaker = self._reporting_subject(v)
                    if speaker is not None:
                        return speaker
                return child
        if depth < 3 and v.dep_ in ("xcomp", "conj", "acomp", "advcl", "ccomp", "pcomp", "prep", "acl", "relcl"):
            if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            return self.subject(v.head, depth + 1)
        return None

    def subject_states(self, v: Token, subj: Token | None) -> list[Actor]:
        """States that are the subject of `v`; repairs a misattached subject list right before the verb.

        The parser sometimes hangs "... before India and Pakistan joined" off the previous list and
        makes "joined" a conjunct of the main verb: the states just before the verb are its subject.
        """
        states = self.states_of(subj)
        if states:
            return states
        j = v.i - 1
        while j >= 0 and self.doc[j].dep_ in ("aux", "advmod", "neg", "auxpass") and self.doc[j].i > 0:
            j -= 1
        a = self.actors.get(j)
        if a is not None and a.kind == "state" and a.end == j + 1 and not any(
                c.dep_ in SUBJ for c in v.children):
            return sorted(self._list_around(a), key=lambda x: x.start)
        return []

    def _reporting_subject(self, v: Token) -> Token | None:
        """"The AU said it would suspend X": "it" is the subject of the reporting verb."""
        t = v
        for _ in range(4):
            if t.dep_ == "ccomp" and t.head is not t:
                for child in t.head.children:
                    if child.dep_ == "nsubj" and child.pos_ != "PRON":
                        return child
                return None
            if t.dep_ not in ("xcomp", "conj", "advcl") or t.head is t:
                return None
            t = t.head
        return None

    def clause_date(self, v: Token, *extra: Token | None) -> str | None:
        """The date of `v`, else of the verbs it depends on ("announced on Monday it would expel X")."""
        value = self.date_of(v, *extra)
        t = v
        for _ in range(3):
            if value or t.dep_ not in ("xcomp", "ccomp") or t.head is t:
                break
            t = t.head
            value = self.date_of(t)
        return value

    def relative_antecedent(self, v: Token, tok: Token | None) -> Token | None:
        """`tok`, or for a relative pronoun ("the EAC, which A and B revived in 2000 and which C joined in 2007")
        the noun its clause describes."""
        if tok is None or tok.lower_ not in ("which", "that"):
            return tok
        t = v
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        return t.head if t.dep_ == "relcl" else tok

    def obj(self, v: Token) -> Token | None:
        for child in v.children:
            if child.dep_ in ("dobj", "obj"):
                return child
        return None

    def is_passive(self, v: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
            v.dep_ == "acl" and v.tag_ == "VBN") or (
            v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children) and not any(
                c.dep_ in ("nsubj", "aux") for c in v.children))  # "..., and later joined by A and B"

    def blocked(self, v: Token) -> bool:
        """Negated, speculative or only threatened/debated statements."""
        t = v
        for _ in range(4):
            for child in t.children:
                if child.dep_ == "neg" or child.lower_ in ("never", "not"):
                    return True
                if child.dep_ == "aux" and child.lower_ in self.lex.speculative_aux:
                    return True
                if child.dep_ in ("advmod", "npadvmod", "nsubj") and child.lower_ in self.lex.speculative_adverbs and (
                        child.lower_ != "day" or any(g.lower_ == "one" for g in child.children)) and any(
                        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in t.children):
                    return True  # "will one day join", "would eventually leave"
                if child.dep_ in SUBJ and child.lower_ in ("no", "none", "nobody"):
                    return True
            if t is not v and t.lemma_.lower() in self.lex.blocking_heads:
                return True
            if t.dep_ not in ("xcomp", "acomp", "aux", "pcomp", "prep", "ccomp", "advcl") or t.head is t:
                break
            if t.dep_ == "advcl" and t.head.lemma_.lower() not in self.lex.blocking_heads:
                break
            t = t.head
        return False

    def is_future(self, v: Token) -> bool:
        return any(c.lower_ in ("will", "shall", "'ll") for c in v.children) or any(
            c.lemma_ in ("expect", "set", "due", "schedule") for c in v.ancestors)

    def requested(self, v: Token) -> bool:
        """Only called for: "called for Guinea to be suspended", "asked Mali to leave"."""
        t = v
        for _ in range(4):
            if t is not v and t.lemma_.lower() in self.lex.request_heads:
                return True
            if t.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "prep", "acomp", "pobj") or t.head is t:
                return False
            t = t.head
        return False

    def intended(self, v: Token) -> bool:
        """A step still ahead: "will withdraw", "would quit within a year", "is due to leave"."""
        return self.is_future(v) or any(
            c.dep_ == "aux" and c.lower_ in ("would", "'d", "going") for c in v.children)

    def date_of(self, *toks: Token | None) -> str | None:
        toks = (*toks, *(c for v in toks if v is not None and v.pos_ in ("VERB", "AUX") for c in v.children
                         if c.dep_ in ("attr", "oprd")),
                *(p for v in toks if v is not None and v.pos_ in ("VERB", "AUX") for c in v.children
                  if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"))
        for v in toks:
            if v is None:
                continue
            future = self.is_future(v)
            for child in v.children:
                if child.dep_ == "prep" and child.lower_ in self.lex.date_preps or child.dep_ in (
                        "npadvmod", "tmod", "nmod") and child.ent_type_ == "DATE":
                    sub = self.doc[child.left_edge.i : child.right_edge.i + 1]
                    if child.dep_ != "prep":
                        sub = self.doc[max(0, child.left_edge.i - 1) : child.right_edge.i + 1]
                    if len(sub) > 12:
                        continue
                    value = date_value(sub.text, self.published, future)
                    if value:
                        return value
        return None

    def add(self, org: str | None, states: list[Actor], status: str, sent: SpacySpan,
            since: str | None = None, until: str | None = None) -> None:
        if not org:
            return
        for code in self.coordinated(org, sent):
            status_here = partner_tier(code) if status == "partner" else status
            if status_here is None:
                continue  # a "partner" of a bloc without a partner tier in the KB: not a status we track
            for st in states:
                if st.code == code:
                    continue
                self.found.append(Membership(code, st.code, status_here, since, until, evidence_of(sent)))

    def coordinated(self, org: str, sent: SpacySpan) -> list[str]:
        """`org` plus organisations coordinated with it in the sentence ("members of the SCO and BRICS")."""
        codes = [org]
        for tok in sent:
            a = self.actors.get(tok.i)
            if a is None or a.kind != "org" or a.code != org or tok.i != self.doc[a.start:a.end].root.i:
                continue
            for child in tok.children:
                b = self.actors.get(child.i)
                if child.dep_ == "conj" and b is not None and b.kind == "org" and b.code not in codes:
                    codes.append(b.code)
        # "members of the BRICS group and the SCO": the parser hangs the second bloc on "members"
        for tok in sent:
            if tok.lemma_.lower() not in ("member", "membership", "founder", "observer"):
                continue
            pobjs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     for p in c.children if p.dep_ == "pobj"]
            if not any(self.org_of(p) == org for p in pobjs):
                continue
            for child in (*tok.children, *(c for p in pobjs for c in p.children)):
                b = self.actors.get(child.i)
                if child.dep_ == "conj" and b is not None and b.kind == "org" and b.code not in codes:
                    codes.append(b.code)
        return codes

    # --- rules --------------------------------------------------------------------------------
    def verb_lemma(self, tok: Token) -> str:
        """The lexicon's lemma for `tok`; the lemmatizer misses rarer verbs ("readmitted" -> "readmitte")."""
        return self._verb_lemma(tok.lemma_.lower(), tok.pos_, tok.lower_)

    def read(self) -> list[Membership]:
        lex = self.lex
        self.verbs = (lex.join_verbs | lex.admit_verbs | lex.suspend_verbs | lex.expel_verbs | lex.leave_verbs
                      | lex.found_verbs | lex.composition_verbs)
        # rule_led, rule_named_list and rule_counts act only on tokens that pass these cheap tests (the same
        # tests each rule opens with), so the other tokens skip the calls
        led_words = ("led", "headed", "dominated")
        list_nouns, count_words = lex.anaphora_nouns, lex.count_heads | {"member"}
        actors = self.actors
        # Every token's POS, lemma and lowercase form come from one `doc.to_array` (ints, their strings looked up
        # once per distinct value); a Token is built only for a token some rule would read. Each rule is called
        # only when the token passes the test that rule opens with (`_noun_rule_lemmas`, `self.verbs`), so the
        # calls and their order are those of calling every rule on every token.
        doc = self.doc
        noun_lemmas = self._noun_rule_lemmas()
        strings = doc.vocab.strings
        # what a (POS, lemma, lowercase) triple asks for: None when no rule can act on a token that has it (the
        # actor test, by token index, comes on top)
        plan: dict[tuple[int, int, int], tuple[str, str, str] | None] = {}
        rows = [tuple(r) for r in doc.to_array([POS, LEMMA, LOWER]).tolist()]
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                key = rows[i]
                if key in plan:
                    step = plan[key]
                else:
                    step = plan[key] = self._plan(key, strings, noun_lemmas, led_words, list_nouns, count_words)
                if step is None:
                    if i in actors:
                        self.rule_named_list(doc[i], sent)
                    continue
                pos, raw, lower = step
                tok = None
                if pos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):  # the only tokens the lemma rules read
                    lemma = self._verb_lemma(raw, pos, lower)
                    if pos != "PROPN" and (pos in ("VERB", "AUX") or lemma == "join") and lemma in self.verbs:
                        tok = doc[i]
                        self.rule_verbs(tok, lemma, sent)
                    if pos in ("NOUN", "PROPN") and lemma in noun_lemmas:
                        tok = doc[i] if tok is None else tok
                        self.rule_status_nouns(tok, lemma, sent)
                        self.rule_exit_nouns(tok, lemma, sent)
                        self.rule_membership_bid(tok, lemma, sent)
                        self.rule_application_from(tok, lemma, sent)
                        self.rule_accession_done(tok, lemma, sent)
                else:
                    lemma = ""
                if lower in led_words:
                    self.rule_led(doc[i] if tok is None else tok, sent)
                if raw in list_nouns or i in actors:
                    self.rule_named_list(doc[i] if tok is None else tok, sent)
                if pos == "VERB" and lemma in lex.restore_verbs:
                    self.rule_restore(doc[i] if tok is None else tok, sent)
                if raw in count_words:
                    self.rule_counts(doc[i] if tok is None else tok, sent)
        return merge(self.found)

    def _plan(self, key: tuple[int, int, int], strings: Any, noun_lemmas: frozenset[str], led_words: tuple[str, ...],
              list_nouns: Any, count_words: Any) -> tuple[str, str, str] | None:
        """(POS, lowercased lemma, lowercase form) of a token with these attribute ids, or None when `read` would
        call no rule for it (other than `rule_named_list` for an actor)."""
        pos_id, lemma_id, lower_id = key
        pos = strings[pos_id] if pos_id else ""
        raw = strings[lemma_id].lower()
        lower = strings[lower_id]
        lemma = self._verb_lemma(raw, pos, lower) if pos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") else ""
        if (pos in ("VERB", "AUX", "ADJ", "NOUN") and (pos in ("VERB", "AUX") or lemma == "join")
                and lemma in self.verbs) or (pos in ("NOUN", "PROPN") and lemma in noun_lemmas) \
                or lower in led_words or raw in list_nouns or (pos == "VERB" and lemma in self.lex.restore_verbs) \
                or raw in count_words:
            return pos, raw, lower
        return None

    def _verb_lemma(self, lemma: str, pos: str, low: str) -> str:
        """`verb_lemma` from the token's lowercased lemma, POS and lowercase form."""
        if lemma in self.verbs or pos not in ("VERB", "AUX"):
            return lemma
        for cut in (3, 2, 1):
            if len(low) > cut + 2 and low[:-cut] in self.verbs:
                return low[:-cut]
        return lemma

    def _noun_rule_lemmas(self) -> frozenset[str]:
        """The lemmas the noun rules (`rule_status_nouns` ... `rule_accession_done`) open by asking for."""
        lex = self.lex
        return frozenset({*lex.status_words, "status", "state", "country", "nation", "economy", *lex.exit_nouns,
                          "membership", "application", "bid", "candidacy", "request", *lex.accession_nouns})

    def rule_verbs(self, v: Token, lemma: str, sent: SpacySpan) -> None:
        lex = self.lex
        if v.pos_ not in ("VERB", "AUX") and lemma not in ("join",):
            return
        if lemma in lex.join_verbs:
            self.read_join(v, lemma, sent)
        elif lemma in lex.admit_verbs:
            self.read_admit(v, lemma, sent)
        elif lemma in lex.suspend_verbs or lemma in lex.expel_verbs:
            self.read_sanction(v, lemma, sent)
        elif lemma in lex.leave_verbs:
            self.read_leave(v, lemma, sent)
        elif lemma in lex.found_verbs:
            self.read_found(v, lemma, sent)
        elif lemma in lex.composition_verbs:
            self.read_composition(v, lemma, sent)

    def _wish_status(self, v: Token) -> tuple[str, Token | None]:
        """("applicant", subject) when `v` (join) depends on a wish ("keen to join", "bid to join")."""
        t = v
        for _ in range(3):
            if t.dep_ not in ("xcomp", "acl", "acomp", "ccomp", "pcomp", "prep", "advcl") or t.head is t:
                break
            head = t.head
            hl = head.lemma_.lower()
            if hl in self.lex.invite_words:
                return "invited", None  # "invited Argentina to join": the bloc's offer, never a membership
            if head.pos_ == "NOUN" and hl in self.lex.wish_nouns and self._cancelled(head):
                return "cancelled", None  # "Thailand withdrew its application to join"
            if head.pos_ == "NOUN" and hl in self.lex.wish_nouns:
                owner = next((c for c in head.children if c.dep_ == "poss"), None)
                if owner is not None and owner.lower_ in ("its", "their") and head.head is not head:
                    # "Ukraine submitted its application to join": the owner is the verb's subject
                    owner = self.subject(self._governing_verb(head))
                return "applicant", owner if owner is not None else self.subject(head)
            if hl in self.lex.wish_words or head.pos_ in ("VERB", "AUX") and any(
                    head.lower_[:-cut] in self.lex.wish_words for cut in (1, 2) if len(head.lower_) > cut + 2):
                return "applicant", self.subject(head)  # the lemmatizer may miss one: "hopes" -> "hop"
            t = head
        return "member", None

    def _application_date(self, v: Token) -> str | None:
        """When an application was made: "applied to join in 2011", "applied for membership last year". Only for a
        past "apply" ("hopes to join in 2007" names the hoped-for entry, not an application)."""
        t = v
        for _ in range(3):
            if t.lemma_.lower() == "apply" and t.tag_ in ("VBD", "VBN") and not self.intended(t):
                return self._whole_date(t) or (self._whole_date(v) if v is not t else None)
            if t.head is t:
                break
            t = t.head
        return None

    def _whole_date(self, v: Token) -> str | None:
        """`date_of(v)` read over the whole DATE entity of its date phrase, so "in May last year" (the parser hangs
        "last year" apart) is May of last year, not of this one; None when the phrase has no DATE entity."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in self.lex.date_preps:
                pobj = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"), None)
                ent = next((e for e in self.doc.ents if pobj is not None and e.start <= pobj.i < e.end), None)
                if ent is not None and ent.end - ent.start <= 8:
                    text = ent.text.lower()
                    if text.endswith(" last year") and (year := date_value("last year", self.published)):
                        # "May last year": the month of last year (the date reader takes this year's May)
                        month = date_value(f"{c.text} {ent.text[: -len(' last year')]}", self.published)
                        return f"{year[:4]}{month[4:7]}" if month and len(month) >= 7 else year[:4]
                    return date_value(f"{c.text} {ent.text}", self.published)
        return None

    def _cancelled(self, noun: Token) -> bool:
        """A bid or application withdrawn or dropped ("withdrew its application"); one blocked by others stands."""
        verb = self._governing_verb(noun)
        return verb.i != noun.i and verb.lemma_.lower() in self.lex.wish_cancel_verbs and not self.blocked(verb)

    def _pending_path(self, noun: Token, verb: Token) -> bool:
        """A pending noun between `noun` and its verb: "the vote on Britain's exit from the EU"."""
        t = noun.head
        for _ in range(6):
            if t.i == verb.i or t.head.i == t.i:
                break
            if t.lemma_.lower() in self.lex.pending_heads:
                return True
            t = t.head
        return False

    def _pending(self, v: Token) -> bool:
        """An exit only voted, decided or begun ("voted to leave", "its decision to quit"): not yet taken effect."""
        t = v
        for _ in range(3):
            if t.dep_ not in ("xcomp", "acl", "ccomp", "pcomp", "prep", "advcl", "pobj") or t.head is t:
                return False
            t = t.head
            if t.lemma_.lower() in self.lex.pending_heads:
                return True
        return False

    def read_join(self, v: Token, lemma: str, sent: SpacySpan) -> None:
        if self.blocked(v):
            return
        needs = {"accede": ("to",), "enter": ()}.get(lemma)
        status, wisher = self._wish_status(v)
        if status in ("invited", "cancelled"):
            return
        if self.is_passive(v):
            subj = self.passive_subject(v)
            if subj is None and v.dep_ == "acl":
                subj = v.head
            org = self.org_of(subj)
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            states = [s for p in (agent.children if agent is not None else []) if p.dep_ == "pobj"
                      for s in self.states_of(p)]
            self.add(org, states, "member", sent, since=self.date_of(v))
            return
        if needs is not None:
            org = self.org_via_prep(v, needs) if needs else self.org_of(self.obj(v))
        else:
            # "Gabon joins Chad and Congo in ECCAS": the parser may call the joined states an attribute
            obj = self.obj(v) or next((c for c in v.children if c.dep_ == "attr" and self.actor(c, "state")), None)
            org = self.org_of(self.relative_antecedent(v, obj)) if obj is not None else self.org_via_prep(v, ("to",))
            if obj is None and org is None and lemma in ("join", "rejoin"):
                org = self.topic_org(v.i)
            if org is None and obj is not None and status == "member" and (joined := self.states_of(obj)):
                # "South Sudan joins Kenya, Uganda and Rwanda in the EAC": those joined are members too
                org = self.org_via_prep(v, ("in",))
                self.add(org, joined, "member", sent)
        subj = wisher if wisher is not None else self.subject(v)
        states = self.states_of(subj) if wisher is not None else self.subject_states(v, subj)
        if not states and subj is not None and subj.dep_ in SUBJ and subj.head.dep_ == "relcl":
            states = self.states_of(subj.head.head)
        since = self._application_date(v) if status == "applicant" else self.clause_date(v, self.obj(v))
        if states:
            states = states + self._comitative(v) + (self._comitative(v.head) if v.dep_ == "xcomp" else [])
        self.add(org, states, status, sent, since=since)

    def read_admit(self, v: Token, lemma: str, sent: SpacySpan) -> None:
        if self.blocked(v):
            return
        as_member = any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.lemma_ in self.lex.status_words for g in c.children) for c in v.children)
        if lemma in self.lex.admit_needs_as and not as_member:
            return
        if self.is_passive(v):
            subj = self.passive_subject(v)
            if subj is None and v.dep_ == "acl":
                subj = v.head
            if subj is None and v.dep_ == "conj":
                subj = self.subject(v)  # "Greece, which quit in 1969 and was readmitted in 1974"
            states = self.states_of(subj) or self._org_as_member(v, subj)
            org = self.org_via_prep(v, ("to", "into", "by", "in", "as"))
            if org is None and lemma in ("readmit", "reinstate") and not any(
                    c.dep_ in ("prep", "agent") and c.lower_ in ("to", "into", "by") for c in v.children):
                org = self.sentence_org(v)  # "Only one state has left the council: Greece, ... readmitted in 1974"
        else:
            states = self.states_of(self.obj(v)) or self._org_as_member(v, self.obj(v))
            org = self.acting_org(self.subject(v)) or self.org_via_prep(v, ("to", "into"))
        # "was reinstated by ECOWAS on Tuesday": the parser may hang the date on the agent
        agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        self.add(org, states, "member", sent, since=self.date_of(v, *agents))

    def _org_as_member(self, v: Token, tok: Token | None) -> list[Actor]:
        """"The G20 admitted the African Union as a permanent member": an organisation admitted "as a member"
        is a member itself (only with "as", so "admitted the AU's envoy" or "joined the EU's call" are not)."""
        a = self.actor(tok, "org") if tok is not None else None
        if a is None or tok.i != self.doc[a.start : a.end].root.i:
            return []
        as_member = any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.lemma_.lower() in ("member", "partner", "observer") for g in c.children) for c in v.children)
        return [a] if as_member else []

    def read_sanction(self, v: Token, lemma: str, sent: SpacySpan) -> None:
        if self.blocked(v) or self.requested(v):
            return
        status = "suspended" if lemma in self.lex.suspend_verbs else "former_member"
        echoed = self._echoed_states(v)
        if echoed:
            # "Mali and Burkina Faso, themselves suspended from ECOWAS,", "Guinea, suspended from the AU,"
            org = self.org_via_prep(v, ("from", "by", "of"))
            date = self.date_of(v)
            self.add(org, echoed, status, sent, **({"since": date} if status == "suspended" else {"until": date}))
            return
        first = v.head if v.dep_ == "conj" and v.tag_ == "VBN" and self.is_passive(v.head) and not any(
            c.dep_ in (*SUBJ, "dobj") for c in v.children) else None
        if self.is_passive(v) or first is not None:
            # "X remains suspended from", "X, which was suspended from", "X was suspended ... and expelled"
            subj = next((c for c in (first or v).children if c.dep_ in ("nsubjpass", "nsubj")), None) or next(
                (g for c in (first or v).children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "nsubj"),
                None)  # "Gabon remains suspended": the parser hangs the subject on "remains"
            if subj is None and v.dep_ == "conj" and first is None:
                subj = self.subject(v)  # "All three were founders ... and are currently suspended from the bloc"
            if subj is not None and subj.lower_ in ("which", "that", "who") and (first or v).dep_ == "relcl":
                subj = (first or v).head
            target = subj
            org = self.org_via_prep(v, ("from", "by", "of")) or (
                self.org_via_prep(first, ("from", "by", "of")) if first is not None else None) or (
                self.context_org(v.i) if status == "suspended" and self._membership_noun(subj) else None) or (
                self.topic_org(v.i) if self._from_its(v) else None)
        else:
            target = self.obj(v)
            org = self.acting_org(self.subject(v)) or self.org_via_prep(v, ("from",))
        states = self.states_of(target)
        if not states and target is not None and self._membership_noun(target):
            owners = [c for c in target.children if c.dep_ == "poss"]
            states = [s for c in owners for s in self.states_of(c)]
            if not states and any(c.lower_ in ("its", "their") for c in owners):
                states = self.subject_states(v, self.subject(v))  # "Armenia froze its participation in"
            org = org or self.org_of(target)
        date = self.clause_date(v)
        if first is not None and (ref := self.clause_date(first)):
            # "suspended in February 2022 and expelled in March": the second date follows the first
            published, self.published = self.published, (ref + "-01-01")[:10]
            try:
                date = self._date_after(v) or date
            finally:
                self.published = published
        if status == "suspended":
            self.add(org, states, status, sent, since=date)
        else:
            self.add(org, states, status, sent, until=date)

    def _from_its(self, v: Token) -> bool:
        """"was suspended from its rights of representation", "from its bodies": "its" is the bloc's."""
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            p.dep_ == "pobj" and p.i not in self.actors
            and any(g.dep_ == "poss" and g.lower_ == "its" for g in p.children) for p in c.children)
            for c in v.children)

    def _echoed_states(self, v: Token) -> list[Actor]:
        """States a bare participle clause describes: "A and B, themselves suspended from Y", "A, expelled from Y,".

        Only a past participle with no auxiliary and no object, right after a comma (or dash, bracket)
        that closes a state name, optionally echoed by "itself"/"themselves".
        """
        if v.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "dobj") for c in v.children):
            return []
        j = v.i - 1
        if j >= 0 and self.doc[j].lower_ in ("itself", "themselves"):
            j -= 1  # the parser may read "themselves suspended" as a past tense with its subject
        elif v.dep_ != "acl" or v.tag_ != "VBN":
            return []
        if j < 1 or self.doc[j].text not in (",", "\u2014", "\u2013", "-", "("):
            return []
        a = self.actors.get(j - 1)
        if a is None or a.kind != "state" or a.end != j:
            return []
        return sorted(self._list_around(a), key=lambda x: x.start)

    def _date_after(self, v: Token) -> str | None:
        """The date of `v` read forward from `self.published` (a month named after an earlier date)."""
        for child in v.children:
            if child.dep_ == "prep" and child.lower_ in self.lex.date_preps:
                sub = self.doc[child.left_edge.i : child.right_edge.i + 1]
                if len(sub) <= 12 and (value := date_value(sub.text, self.published, future=True)):
                    return value
        return None

    def _membership_noun(self, tok: Token | None) -> bool:
        return tok is not None and tok.lemma_.lower() in ("membership", "participation", "seat")

    def read_leave(self, v: Token, lemma: str, sent: SpacySpan) -> None:
        if self.blocked(v) or self.requested(v) or self.intended(v) or self._pending(v):
            return  # "said it will withdraw from ECOWAS", "voted to leave": still a member today
        if lemma in ("pull", "walk", "drop", "opt"):
            # "Angola pulled out of OPEC", "opted out of": only with "out of" and no object
            out = next((c for c in v.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")), None)
            if out is None or self.obj(v) is not None:
                return
            org = self.org_via_prep(out, ("of",)) or self.org_via_prep(v, ("of",))
            states = self.subject_states(v, self.subject(v))
            self.add(org, states, "former_member", sent, until=self.clause_date(v))
            return
        if self._wish_status(v)[0] != "member":
            return
        org = self.org_via_prep(v, ("from",))
        if org is None and lemma not in self.lex.leave_needs_from:
            org = self.org_of(self.obj(v))
        if org is None and self.obj(v) is None and not any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
            org = self.sentence_org(v)  # "Only one member has left the council: Greece, which quit in 1969"
        states = self.subject_states(v, self.subject(v))
        self.add(org, states, "former_member", sent, until=self.clause_date(v))

    def read_found(self, v: Token, lemma: str, sent: SpacySpan) -> None:
        if self.blocked(v):
            return
        if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
            return
        since = self.date_of(v)
        if self.is_passive(v):
            subj = self.passive_subject(v)
            if subj is None and v.dep_ in ("acl", "advcl"):
                subj = v.head if v.dep_ == "acl" else self.subject(v.head)
            org = self.org_of(subj)
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            states = [s for p in (agent.children if agent is not None else []) if p.dep_ == "pobj"
                      for s in self.states_of(p)]
            self.add(org, states, "founder", sent, since=since)
            return
        if v.dep_ == "advcl" and v.tag_ == "VBN":
            return  # "Founded in 2001, the X consisted of ...": read by the composition rule
        org = self.org_of(self.relative_antecedent(v, self.obj(v)))
        states = self.states_of(self.subject(v))
        self.add(org, states, "founder", sent, since=since)

    def _founding_clause(self, v: Token) -> Token | None:
        """The "Founded in 2001" participle on a composition verb or on its subject."""
        subj = self.subject(v)
        for t in (v, subj):
            if t is None:
                continue
            for child in t.children:
                if child.dep_ in ("advcl", "acl", "relcl") and child.lemma_.lower() in self.lex.found_verbs:
                    return child
        return None

    def read_composition(self, v: Token, lemma: str, sent: SpacySpan) -> None:
        if self.blocked(v):
            return
        need = self.lex.composition_needs.get(lemma)
        if need and not any(c.lower_ == need for c in v.children):
            return
        if self.is_passive(v) or lemma in ("consist",):
            subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is None and v.dep_ in ("acl", "relcl"):
                subj = v.head
            if subj is not None and subj.lower_ in ("which", "that"):
                subj = v.head
            org = self.org_of(subj)
            members = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("of", "among")
                       for p in c.children if p.dep_ == "pobj"]
        else:
            subj = self.subject(v)
            org = self.org_of(subj)
            if org is None and subj is not None and v.dep_ == "relcl" and any(
                    c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
                org = self.org_of(v.head)  # "the SCO, whose members include A and B"
            if org is None and subj is not None and subj.lemma_ in ("member", "founder"):
                org = self.org_of(subj) or next(
                    (self.org_of(c) for c in subj.children if c.dep_ in ("poss", "compound")), None)
                if org is None and subj.tag_ in ("NNS", "NNPS") and any(c.lower_ in (
                        "other", "its", "fellow", "current", "founding", "remaining") for c in subj.children):
                    org = self.context_org(subj.i)  # "Other members include A, B and C"
            members = [c for c in v.children if c.dep_ in ("dobj", "attr")]
            members += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("among",)
                        for p in c.children if p.dep_ == "pobj"]
            if org is None and lemma == "make" and subj is not None:
                # "A, B and C make up the GCC": the states are the subject, the bloc the object
                whole = next((self.org_of(c) for c in v.children if c.dep_ == "dobj"), None)
                if whole is not None:
                    org, members = whole, [subj]
        states = [s for m in members for s in self.states_of(m)]
        founding = self._founding_clause(v)
        status, since = "member", None
        if founding is not None and not any(
                c.dep_ == "mark" and c.lower_ in ("before", "after", "until") for c in v.children):
            status, since = "founder", self.date_of(founding)
        if subj is not None and any(c.lower_ in ("founding", "original") for c in subj.children):
            status = "founder"
        if v.tag_ == "VBD" and lemma in ("consist",) and founding is None:
            status = "member"
        self.add(org, states, status, sent, since=since)

    def status_from_noun(self, noun: Token) -> str | None:
        lex = self.lex
        base = lex.status_words.get(noun.lemma_.lower())
        if noun.lemma_.lower() == "status":
            base = None
            for c in noun.children:
                if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.status_modifiers:
                    base = lex.status_modifiers[c.lower_]
                    if base == "observer" or base == "founder":
                        pass
                elif c.dep_ in ("compound", "amod") and c.lemma_ in ("member", "membership"):
                    base = "member"
            return base
        if base is None:
            return None
        for c in noun.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.lower_.rstrip("-") in lex.status_modifiers:
                mod = lex.status_modifiers[c.lower_.rstrip("-")]
                if mod == "dialogue_partner" and base != "partner":
                    continue
                if mod == "observer" and base == "member":
                    return "observer"
                return mod
            if c.dep_ in ("compound", "amod") and c.lower_ in ("non", "non-member", "nonmember"):
                return None
        if base == "partner" and not any(c.lower_ == "dialogue" for c in noun.children):
            return "partner" if self._bloc_partner(noun) else None  # "trade partner": no membership
        return base

    def _bloc_partner(self, noun: Token) -> bool:
        """"a BRICS partner", "a partner country of BRICS" (a bloc's tier), not "a key trading partner"."""
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        return all(c.i in self.actors or c.lower_ in self.lex.partner_modifiers or c.lemma_.lower() == "partner"
                   for c in mods)

    def rule_status_nouns(self, noun: Token, lemma: str, sent: SpacySpan) -> None:
        """"X became a member of Y", "X holds observer status at Y", "Y members A and B", "X, a member of Y"."""
        if lemma not in self.lex.status_words and lemma not in ("status", "state", "country", "nation", "economy"):
            return
        if lemma in ("state", "country", "nation", "economy"):
            # "member states", or "BRICS nations" / "NATO countries" (a bloc's countries are its members)
            if not any(c.dep_ in ("compound", "amod", "nmod") and (
                    c.lemma_ == "member" or self.actor(c, "org")) for c in noun.children):
                return
            # "an EU candidate country", "observer states": the modifier says the status
            mods = [self.lex.status_modifiers[c.lower_] for c in noun.children
                    if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in self.lex.status_modifiers]
            partner = next((c for c in noun.children if c.dep_ in ("compound", "amod")
                            and c.lemma_.lower() == "partner"), None)
            if partner is not None:
                # "a BRICS partner country": the bloc's partner tier (named as the KB names it), never a member
                if not self._bloc_partner(partner) or not self._bloc_partner(noun):
                    return
                mods = ["partner"]
            status = mods[0] if mods else "member"
        else:
            status = self.status_from_noun(noun)
        if lemma == "membership" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in (
                "win", "gain", "obtain", "secure", "acquire", "attain") and not self.blocked(noun.head) \
                and not self.intended(noun.head):
            # "Vanuatu won membership of the WTO in 2012", "gained full membership in the bloc"; "hopes to gain
            # membership" is an applicant's
            status, wisher = self._wish_status(noun.head)
            if status in ("member", "applicant"):
                states = self.states_of(wisher) if wisher is not None else self.subject_states(
                    noun.head, self.subject(noun.head))
                self.add(self.org_of(noun), states, status, sent,
                         since=self.date_of(noun.head) if status == "member" else None)
            return
        if status is None or lemma == "membership":
            return
        if lemma == "status" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            self._with_status(noun, status, sent)
            return
        acl_org = None
        if status == "member":
            # "the members suspended from the AU", "states expelled from the bloc": the participle wins
            status, acl_org = self._participle_status(noun)
        head = noun.head
        # X became / is a member of Y ; X holds observer status at Y ; X attends as an observer
        if noun.dep_ in ("attr", "dobj", "oprd", "pobj") and head.pos_ in ("VERB", "AUX", "ADP"):
            verb = head.head if noun.dep_ == "pobj" and head.lower_ in ("as", "among") else head
            if noun.dep_ == "pobj" and head.lower_ not in ("as", "among"):
                verb = None
            if noun.dep_ == "pobj" and head.lower_ == "among" and (
                    verb.lemma_.lower() not in ("be", "remain") or noun.tag_ not in ("NNS", "NNPS")):
                verb = None  # "X is among the members of Y", "Among the bloc's members are A, B"
            elif noun.dep_ == "pobj" and head.lower_ == "among":
                org = self.org_of(noun) or self._its_org(noun, sent)  # "A and B are among its members"
                states = self.states_of(self.subject(verb)) + [
                    s for c in verb.children if c.dep_ == "attr" for s in self.states_of(c)]
                if not self.blocked(verb):
                    self.add(org, states, status, sent)
                verb = None
            if verb is not None and not self.blocked(verb):
                vl = verb.lemma_.lower()
                if lemma == "status" and vl in ("grant", "give", "award", "offer") and not self.is_passive(verb):
                    dative = next((c for c in verb.children if c.dep_ == "dative"), None) or next(
                        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                    if dative is not None and dative.pos_ == "ADP":  # "granted candidate status to Georgia"
                        dative = next((c for c in dative.children if c.dep_ == "pobj"), None)
                    subj_states = self.states_of(dative)
                elif noun.dep_ == "dobj" and vl not in ("hold", "have", "gain", "receive", "obtain", "enjoy",
                                                         "get", "retain", "keep", "win", "acquire", "grant"):
                    subj_states = []
                else:
                    subj_states = self.states_of(self.subject(verb))
                # "candidates for EU membership": an applicant's bloc may follow "for"
                org = self.org_of(noun) or self.org_via_prep(verb, ("of", "in", "at", "to", "within", "with")) or (
                    self.org_via_prep(noun, ("for",)) if status == "applicant" else None)
                if org is None and lemma == "status":
                    org = self.context_org(noun.i)
                if org is None and noun.dep_ in ("attr", "oprd") and status != "member":
                    org = self.context_org(noun.i)
                if org is None and noun.dep_ == "pobj":
                    obj = self.obj(verb)
                    org = self.org_of(obj) or (self._event_org(obj) if obj is not None else None)
                since = self.date_of(verb) if vl in ("become", "gain", "receive", "obtain", "win",
                                                      "acquire", "grant", "accept", "admit") else None
                if status in ("former_member",) and vl in ("be",) and verb.tag_ in ("VBD",):
                    since = None
                if since is None and vl == "be" and status == "founder":
                    since = self.date_of(verb)  # "Venezuela was a founding member of OPEC in 1960"
                if since is None and vl in ("be", "remain") and status != "former_member":
                    # "Turkey has been a NATO member since 1952"
                    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"), None)
                    if prep is not None and len(list(prep.subtree)) <= 8:
                        since = date_value(self.doc[prep.left_edge.i : prep.right_edge.i + 1].text, self.published)
                if status in ("member", "founder") and self._ceased(verb):
                    # "Qatar ceased to be a member of OPEC in 2019", "is no longer a member"
                    self.add(org, subj_states, "former_member", sent, until=self.clause_date(verb))
                    return
                self.add(org, subj_states, status, sent, since=since)
        # X became the last of the 30 member states to ratify ; X, the first of the NATO members
        if noun.dep_ == "pobj" and head.lower_ == "of" and noun.tag_ in ("NNS", "NNPS") and status in (
                "member", "founder", "suspended", "former_member", "observer"):
            rank = head.head
            if rank.lower_ in ("last", "first", "latest", "newest", "only", "one") or parse_ordinal(
                    rank.lower_) or parse_count(rank.lower_):
                org = self.org_of(noun) or acl_org or self._its_org(noun, sent)
                if rank.dep_ in ("attr", "oprd") and not self.blocked(rank.head):
                    self.add(org, self.states_of(self.subject(rank.head)), status, sent)
                elif rank.dep_ == "appos":
                    self.add(org, self.states_of(rank.head), status, sent)
        # X, a member of Y,   (apposition)
        if noun.dep_ == "appos" and noun.head.i in self.actors:
            # "Serbia, a candidate for EU membership,": an applicant's bloc may follow "for"
            org = self.org_of(noun) or acl_org or self._its_org(noun, sent) or (
                self.org_via_prep(noun, ("for",)) if status == "applicant" else None)
            if org is None and status == "applicant" and lemma in ("candidate", "applicant") and not any(
                    c.dep_ in ("prep", "compound", "amod", "poss") and c.lower_ != "since" for c in noun.children):
                org = self.topic_org(noun.i)  # "Turkey, a candidate since 1999,": the article's bloc
            since_prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "since"), None)
            since = date_value(self.doc[since_prep.i : since_prep.right_edge.i + 1].text, self.published) \
                if since_prep is not None and since_prep.right_edge.i - since_prep.i < 8 else None
            until = next((c for c in noun.subtree if c.dep_ == "prep" and c.lower_ == "until"
                          and c.head.i in (noun.i, *(x.i for x in noun.subtree if x.dep_ == "pobj"))), None)
            nxt = noun.right_edge.i + 1
            if until is None and nxt < len(self.doc) and self.doc[nxt].lower_ == "until" \
                    and self.doc[nxt].dep_ == "prep":
                until = self.doc[nxt]  # the parser hangs "until 2020" on the state, not on "a member of OPEC"
            states = self.states_of(noun.head) if self.actor(noun.head, "state") else []
            if until is not None and status == "member":  # "Qatar, an OPEC member until 2019,"
                text = self.doc[until.i : until.right_edge.i + 1].text
                self.add(org, states, "former_member", sent, until=date_value(text, self.published))
            else:
                self.add(org, states, status, sent, since=since)
        # "Hungary, an EU and NATO member,": the parser hangs "EU" as the apposition, "member" as its conjunct
        first = noun.head
        if noun.dep_ == "conj" and first.dep_ == "appos" and self.actor(first, "org") \
                and self.actor(first.head, "state") and lemma == "member":
            states = self.states_of(first.head)
            for org in (self.org_of(first), self.org_of(noun)):
                if org is not None:
                    self.add(org, states, status, sent)
        # Y members A and B ; the eight member states - A, B ; fellow member X
        if status in ("member", "founder", "observer", "former_member", "applicant", "associate",
                      "dialogue_partner", "suspended") and noun.tag_ in ("NNS", "NN", "NNP", "NNPS"):
            org = self.org_of(noun) or acl_org
            if org is None and noun.dep_ == "nsubj" and noun.head.dep_ == "relcl" and any(
                    c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
                org = self.org_of(noun.head.head)  # "the GCC, whose six members are A, B, ..."
            if org is None and (any(c.lower_ == "fellow" for c in noun.children) or lemma in (
                    "state", "country", "nation")) and noun.tag_ in ("NNS", "NNPS"):
                org = self.context_org(noun.i)
            listed = [s for c in noun.children if c.dep_ == "appos" for s in self.states_of(c)]
            listed += [s for t in self._listed_after(noun) for s in self.states_of(t)]
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "of" and noun.tag_ in ("NNS", "NNPS"):
                    listed += [s for p in c.children if p.dep_ == "pobj" for s in self.states_of(p)]
                if c.dep_ == "prep" and c.lower_ in ("including", "like", "such"):
                    listed += [s for p in c.subtree if p.dep_ == "pobj" for s in self.states_of(p)]
                if c.dep_ == "acl" and status in ("suspended", "former_member"):
                    # "AU members suspended over coups, including Mali": the list hangs off the participle
                    listed += [s for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("including", "like")
                               for g in p.children if g.dep_ == "pobj" for s in self.states_of(g)]
            # "fellow member Kazakhstan", "SCO member Pakistan": the noun modifies the state
            if noun.dep_ == "compound" and (st := self.actor(noun.head, "state")):
                listed += self.states_of(self.doc[st.start])
            # "the ten ASEAN member states are A, B and C"
            if noun.dep_ == "nsubj" and noun.tag_ in ("NNS", "NNPS") and noun.head.lemma_ == "be" \
                    and not self.blocked(noun.head):
                listed += [s for c in noun.head.children if c.dep_ == "attr" for s in self.states_of(c)]
            # "Russia's fellow members" -> Russia is a member too
            if any(c.lower_ == "fellow" for c in noun.children):
                listed += [s for c in noun.children if c.dep_ == "poss" for s in self.states_of(c)]
            if org and listed:
                self.add(org, listed, "member" if status == "founder" and lemma != "member" else status, sent)

    def _with_status(self, noun: Token, status: str, sent: SpacySpan) -> None:
        """"Papua New Guinea, the only other state with observer status,", "Georgia, with candidate status since
        2023,": the state that holds it (the bloc named with the status, else the article's)."""
        holder = noun.head.head
        if self.actor(holder, "state"):
            states = self.states_of(holder)
        elif holder.dep_ == "appos" and holder.lemma_.lower() in self.lex.member_nouns and self.actor(
                holder.head, "state"):
            states = self.states_of(holder.head)
        else:
            return
        org = self.org_of(noun) or self.org_via_prep(noun, ("at", "in", "of", "to", "within")) or (
            self.topic_org(noun.i) if not any(c.dep_ == "prep" for c in noun.children) else None)
        self.add(org, states, status, sent)

    def _its_org(self, noun: Token, sent: SpacySpan) -> str | None:
        """"Britain, one of its founding members": "its" is the bloc named last, in this sentence or the one before."""
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
            return None
        last = None
        for start in self.org_starts:
            if start >= noun.i:
                break
            last = start
        if last is None:
            return None
        prev = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return self.actors[last].code if last >= prev else None

    def _ceased(self, verb: Token) -> bool:
        """"ceased to be", "stopped being", "is no longer": the membership has ended."""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.ceasing_heads:
            return True
        return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children)

    def _participle_status(self, noun: Token) -> tuple[str, str | None]:
        """("suspended", org) for "the members suspended from the AU"; ("member", None) otherwise."""
        for c in noun.children:
            if c.dep_ != "acl" or c.tag_ != "VBN" or self.blocked(c):
                continue
            vl = self.verb_lemma(c)
            if vl in self.lex.suspend_verbs:
                status = "suspended"
            elif vl in self.lex.expel_verbs:
                status = "former_member"
            else:
                continue
            return status, self.org_via_prep(c, ("from", "by", "of"))
        return "member", None

    def _owner_states(self, noun: Token) -> list[Actor]:
        """"Britain's exit", "their withdrawal" (-> the subject of the verb that governs the noun)."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        states = [s for c in owners for s in self.states_of(c)]
        if not states and any(c.lower_ in ("its", "their") for c in owners) and noun.head is not noun:
            verb = noun.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            states = self.subject_states(verb, self.subject(verb))
        if not states:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    states += [s for p in c.children if p.dep_ == "pobj" for s in self.states_of(p)]
        return states

    def _governing_verb(self, noun: Token) -> Token:
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        return verb

    def rule_exit_nouns(self, noun: Token, lemma: str, sent: SpacySpan) -> None:
        """"Britain's exit from the EU", "announced their withdrawal from ECOWAS", "the suspension of Mali"."""
        status = self.lex.exit_nouns.get(lemma)
        if status is None or noun.tag_ in ("NNS", "NNPS"):
            return
        if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("possible", "potential", "threatened",
                                                                      "planned", "proposed") for c in noun.children):
            return
        verb = self._governing_verb(noun)
        if status == "suspended" and verb.lemma_.lower() in ("lift", "end", "revoke") and noun.head.i == verb.i \
                and noun.dep_ in ("dobj", "nsubjpass") and not self.blocked(verb) and not self.is_future(verb) \
                and not self.requested(verb) and not self._pending(verb):
            # "the AU lifted the suspension of Gabon", "Gabon's suspension was lifted": a member again from then
            if noun.dep_ == "dobj":
                org = self.acting_org(self.subject(verb)) or self.org_via_prep(noun, ("from",))
            else:
                org = (self.org_via_prep(verb, ("by",)) or self.org_via_prep(noun, ("from", "by"))
                       or self.context_org(noun.i))
            states = self._owner_states(noun)
            if org is not None and states:
                self.add(org, states, "member", sent, since=self.date_of(noun) or self.clause_date(verb))
            return
        if verb.lemma_.lower() in self.lex.blocking_heads | self.lex.request_heads | self.lex.pending_heads | {
                "lift", "end", "reverse", "revoke", "avoid", "prevent", "delay"} or self.blocked(verb) \
                or self.requested(verb) or self._pending(verb) or self._pending_path(noun, verb):
            return
        org = self.org_via_prep(noun, ("from",))
        if org is None:
            return
        states = self._owner_states(noun)
        date = self.date_of(noun) or self.clause_date(verb)
        if status == "suspended":
            self.add(org, states, status, sent, since=date)
        else:
            self.add(org, states, status, sent, until=date)

    def rule_membership_bid(self, noun: Token, lemma: str, sent: SpacySpan) -> None:
        """"Ukraine applied for EU membership", "Sweden's bid for NATO membership" -> applicant."""
        if lemma != "membership" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return
        head = noun.head.head
        hl = head.lemma_.lower()
        if hl not in self.lex.wish_words and hl not in self.lex.wish_nouns:
            return
        org = self.org_of(noun)
        if org is None and not any(c.dep_ in ("prep", "compound", "poss", "amod") for c in noun.children):
            org = self.topic_org(noun.i)  # "Croatia applied for membership last year": the article's bloc
        if head.pos_ == "NOUN":
            states = self._owner_states(head)
            verb = self._governing_verb(head)
        else:
            verb = head
            states = self.subject_states(head, self.subject(head))
        if self.blocked(verb) if head.pos_ != "NOUN" else self._cancelled(head):
            return
        self.add(org, states, "applicant", sent, since=self._application_date(head) if head.pos_ != "NOUN" else None)
        if head.pos_ != "NOUN":
            self.add(org, self._comitative(head), "applicant", sent, since=self._application_date(head))

    def _comitative(self, v: Token) -> list[Actor]:
        """"Sweden applied to join NATO with Finland", "joined the bloc together with Y": the partner in the act."""
        out: list[Actor] = []
        for t in (v, *(c for c in v.children if c.dep_ in ("xcomp",))):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "with" or c.dep_ == "prep" and c.lower_ == "along" or (
                        c.dep_ == "advmod" and c.lower_ in ("together", "along")):
                    for g in c.subtree:
                        if g.dep_ == "pobj" and g.head.lower_ == "with":
                            out += self.states_of(g)
        return out

    def rule_application_from(self, noun: Token, lemma: str, sent: SpacySpan) -> None:
        """"an application from Somalia", "a membership bid by Georgia" -> applicant (the bloc named with the noun,
        else the article's)."""
        if lemma not in ("application", "bid", "candidacy", "request") or noun.tag_ in ("NNS", "NNPS"):
            return
        states = [s for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                  for p in c.children if p.dep_ == "pobj" for s in self.states_of(p)]
        kids = list(noun.children)
        if not states or self._cancelled(noun) or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() not in ("membership", "accession", "formal")
                and c.i not in self.actors for c in kids):
            return  # "a visa application from Russia"
        member_word = any(c.lemma_.lower() in ("membership", "accession", "admission", "entry") for c in noun.subtree)
        join = next((c for c in kids if c.dep_ in ("acl", "relcl") and self.verb_lemma(c) in self.lex.join_verbs), None)
        if lemma != "application" and not member_word and join is None:
            return  # "a bid by France to broker a truce": no membership
        org = self.org_of(noun) or self.org_via_prep(noun, ("to", "for")) or (
            self.org_of(self.obj(join)) if join is not None else None)
        for c in kids:
            if c.dep_ == "prep" and c.lower_ == "for":
                org = org or next((self.org_of(p) for p in c.children if p.dep_ == "pobj"), None)
        if org is None and lemma != "application" and not member_word and join is None:
            return
        self.add(org or self.topic_org(noun.i), states, "applicant", sent)

    def rule_accession_done(self, noun: Token, lemma: str, sent: SpacySpan) -> None:
        """"Finland completed its accession to NATO on April 4", "Croatia's accession was finalised" -> member."""
        if lemma not in self.lex.accession_nouns or noun.tag_ in ("NNS", "NNPS") or noun.dep_ not in (
                "dobj", "nsubjpass"):
            return
        verb = noun.head
        if verb.lemma_.lower() not in self.lex.complete_verbs or self.blocked(verb) or self.intended(verb) \
                or self.requested(verb) or self._pending(verb):
            return
        states = self._owner_states(noun)
        org = self.org_via_prep(noun, ("to", "into", "in")) or self.org_of(noun)
        self.add(org, states, "member", sent, since=self.date_of(noun) or self.clause_date(verb))

    def rule_restore(self, v: Token, sent: SpacySpan) -> None:
        """"The League voted to restore Syria's membership" -> a member again from that date."""
        obj = self.obj(v) or next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if obj is None or not self._membership_noun(obj) or self.blocked(v) or self.requested(v) \
                or self.intended(v):
            return
        states = [s for c in obj.children if c.dep_ == "poss" for s in self.states_of(c)]
        if not states:
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    states += [s for p in c.children if p.dep_ == "pobj" for s in self.states_of(p)]
        org = (self.org_via_prep(obj, ("of", "in", "to", "within")) or self.org_via_prep(v, ("in", "to", "of"))
               or self.acting_org(self.subject(v)))
        self.add(org, states, "member", sent, since=self.clause_date(v))

    def rule_named_list(self, tok: Token, sent: SpacySpan) -> None:
        """"BRICS (Brazil, Russia, India, China and South Africa)", "the BRICS group of Brazil, Russia ..." -> members.

        Only a list of two or more states: one place in brackets is more often a seat than a membership.
        """
        org = None
        if (a := self.actor(tok, "org")) is not None and tok.i == self.doc[a.start : a.end].root.i:
            listed = [c for c in tok.children if c.dep_ == "appos" and c.left_edge.i > 0
                      and self.doc[c.left_edge.i - 1].text == "(" and self.actor(c, "state")]
            if tok.lemma_.lower() in self.lex.anaphora_nouns:  # "the BRICS group of A, B" read as one name
                listed += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj" and self.actor(p, "state")]
            org = a.code
        elif tok.lemma_.lower() in self.lex.anaphora_nouns and tok.pos_ == "NOUN" and tok.tag_ == "NN":
            org = next((x.code for c in tok.children if c.dep_ == "compound" and (x := self.actor(c, "org"))), None)
            listed = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and self.actor(p, "state")]
        else:
            return
        if org is None or not listed:
            return
        states = [s for t in listed for s in self.states_of(t)]
        if len({s.code for s in states}) >= 2:
            self.add(org, states, "member", sent)

    def _event_org(self, tok: Token) -> str | None:
        """"the SCO summit" -> SCO, for "attends the SCO summit as an observer"."""
        for c in tok.children:
            if c.dep_ in ("compound", "poss", "nmod") and (a := self.actor(c, "org")):
                return a.code
        return None

    def rule_led(self, tok: Token, sent: SpacySpan) -> None:
        """"the Moscow-led CSTO", "the SCO, headed by China," -> the leading state is a member."""
        low = tok.lower_
        if low not in ("led", "headed", "dominated"):
            return
        if tok.i >= 2 and self.doc[tok.i - 1].text in ("-", "–"):
            st = self.actors.get(tok.i - 2)
            if st is None or st.kind != "state":
                return
            head = tok.head
            while head.dep_ in ("amod", "compound") and head.head is not head and head.pos_ != "NOUN":
                head = head.head
            org = self.actor(head, "org")
            if org is None:
                # "the Paris-based Organisation for Economic Co-operation(OECD)": next org in the phrase
                j = tok.i + 1
                while j < len(self.doc) and j < tok.i + 8 and j not in self.actors:
                    j += 1
                org = self.actors.get(j) if j < len(self.doc) else None
                if org is not None and org.kind != "org":
                    org = None
                code = org.code if org else (self.anaphor_org(tok.head) if self.is_anaphor(tok.head) else None)
            else:
                code = org.code
            self.add(code, [st], "member", sent)
            return
        if tok.dep_ == "acl":
            org = self.org_of(tok.head)
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            states = [s for p in (agent.children if agent is not None else []) if p.dep_ == "pobj"
                      for s in self.states_of(p)]
            self.add(org, states, "member", sent)

    def rule_counts(self, tok: Token, sent: SpacySpan) -> None:
        """"eight-member SCO" / "the alliance's 32nd member": compare with the KB, warn on mismatch."""
        lex = self.lex
        if tok.lemma_.lower() not in lex.count_heads or tok.i < 2 or self.doc[tok.i - 1].text != "-":
            if tok.lemma_.lower() == "member" and tok.i >= 1:
                n = parse_ordinal(self.doc[tok.i - 1].text)
                if n:
                    self._check_count(self.org_of(tok) or self.org_of(tok.head), n, "ordinal", sent)
            return
        n = parse_count(self.doc[tok.i - 2].text)
        if n is None:
            return
        head = tok.head
        for _ in range(3):
            if head.i in self.actors or head.pos_ == "NOUN":
                break
            head = head.head
        self._check_count(self.org_of(head), n, "cardinal", sent)

    def _check_count(self, org: str | None, n: int, kind: str, sent: SpacySpan) -> None:
        if not org:
            return
        fn = getattr(_kb(), "members", None)
        at = self.published
        if fn is None or not at:
            return
        try:
            known = fn(org, at, status="member")
        except Exception:  # noqa: BLE001 - a KB without data for this org is not an extraction error
            return
        count = len(known)
        if count and count != n:
            self.warnings.append({"org": org, "stated": n, "kind": kind, "kb": count, "at": at,
                                  "evidence": Span.from_spacy(sent)})


def find_memberships(doc: Doc) -> tuple[list[Membership], list[dict]]:
    """The membership statements of `doc` and the count warnings (find step, no side effects)."""
    reader = Reader(doc)
    found = reader.read()
    return found, reader.warnings


def set_annotations(doc: Doc, found: tuple[list[Membership], list[dict]]) -> None:
    doc._.memberships = found[0]
    doc.user_data[WARNINGS_KEY] = found[1]


@Language.factory(
    "blocwatch_memberships",
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.memberships"],
)
def make_memberships(nlp: Language, name: str) -> Any:
    return MembershipReader()


class MembershipReader:
    """The pipeline component: find, then set `doc._.memberships`."""

    def __call__(self, doc: Doc) -> Doc:
        set_annotations(doc, find_memberships(doc))
        return doc


__all__ = ["Actor", "find_actors", "find_memberships", "set_annotations", "status_class"]
