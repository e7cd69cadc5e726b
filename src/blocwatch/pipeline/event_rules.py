"""Rules that turn a parsed sentence into PLOVER events: triggers, senses, actors, negation, plans.

Why rules on the dependency parse and a lexicon: they run in one pass over the tokens with dict
lookups (cheap next to the parser), they need no training data, and every decision can be traced
to a line of `data/plover_lexicon.json`. The lexicon says *which* words express which PLOVER type
and under which conditions (an object class, a particle, a to-clause); this module says *how* to
read the arguments from the parse:

- source: the subject (climbing through xcomp/conj/relcl/acl), the agent of a passive, or for a
  nominal trigger its possessor, entity modifiers, "by"/"of"/"between" phrases or the subject of
  the verb it is the object of ("hold talks");
- target: the object, the dative or the prepositional phrases the PLOVER type takes;
- an actor is coded through the linker: entity `kb_id_`, a person's `code` (a minister acts for
  the state), otherwise the KB or the modifiers of a common noun ("Russian troops" -> RUS).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from blocwatch.pipeline.extensions import doc_text

LEXICON_FILE = "plover_lexicon.json"
SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJ_DEPS = ("dobj", "obj")
CLAUSE_DEPS = ("xcomp", "ccomp")
ACTOR_LABELS = ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC")
PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "them", "him", "itself", "themselves"}
SECTOR_HEADS = {"police", "troop", "force", "army", "soldier", "government", "official", "authority",
                "protester", "demonstrator", "rebel", "militant", "military", "leader", "prosecutor", "court",
                "junta", "regime", "teacher", "worker", "student", "supporter", "resident", "villager", "farmer",
                "doctor", "nurse", "activist", "opposition", "lawmaker", "party", "union", "trader", "driver",
                "miner", "employee", "crowd", "civilian", "refugee", "journalist", "gunman", "fighter",
                "lawyer", "judge", "shopkeeper", "merchant", "ministry", "embassy", "spokesman", "spokeswoman",
                "agency", "office", "department"}
ACTOR_HEADS = {"president", "minister", "premier", "leader", "king", "queen", "chancellor", "envoy",
               "ambassador", "delegation", "counterpart", "government", "official", "diplomat", "chief",
               "secretary", "spokesman", "spokeswoman", "foreign", "head", "emir", "prince", "pope",
               "service", "agency", "authority", "ministry", "investigator", "prosecutor"}
DOMESTIC_HEADS = {"police", "policeman", "protester", "demonstrator", "rioter", "government", "authority",
                  "army", "troop", "soldier", "military", "official", "opposition", "court", "parliament",
                  "activist", "student", "worker", "resident", "officer", "security", "force", "junta",
                  "regime", "teacher", "farmer", "doctor", "nurse", "supporter", "villager", "trader",
                  "lawyer", "judge", "driver", "miner", "employee", "shopkeeper", "merchant", "guard", "gang",
                  "politician", "lawmaker", "legislator", "crowd", "civilian", "mourner"}
MEMBER_HEADS = frozenset({"state", "country", "nation", "government"})
ARMED_WORDS = frozenset({"rebel", "insurgent", "militant", "militia", "fighter", "guerrilla", "jihadist"})
QUANTITIES = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores",
                        "number", "couple", "million", "millions"})
DOUBLE_NEGATIVES = frozenset({"hesitate"})
MEASURE_HEADS = {"round", "series", "wave", "spate", "string", "flurry", "day", "days", "week", "weeks", "set",
                 "number", "couple", "barrage", "salvo", "volley", "chain", "kind", "type", "form", "level"}
RELATIVE = {"which", "who", "that", "whom", "whose"}
STATEMENT_NOUNS = frozenset({"statement", "letter", "communique", "communiqué", "declaration", "resolution", "note"})
# A regional description stands for its bloc only when the article names that bloc
# ("West African leaders agreed" in an ECOWAS story); otherwise it is no actor at all.
DESCRIPTOR_BLOCS = {"west african": "ECOWAS", "arab": "LAS", "eurasian": "EAEU", "gulf": "GCC",
                    "southeast asian": "ASEAN", "south-east asian": "ASEAN", "african": "AU", "european": "EU",
                    "southern african": "SADC", "east african": "EAC", "nordic": "NORDIC"}
# News agencies are reporters, never actors ("(Reuters) - ...", "AFP reported").
AGENCIES = frozenset({"reuters", "ap", "afp", "xinhua", "tass", "associated press", "agence france-presse",
                      "agence france presse", "dpa", "kyodo", "yonhap", "anadolu", "bernama", "efe", "ansa",
                      "pti", "ria novosti", "interfax", "irna", "kcna", "wafa", "sana", "mena"})
# "LAGOS, May 3 (Wire) - ...": a dateline the reader did not recognise (an unknown agency) still opens the lede
# (also "KABUL, Afghanistan (Wire) -": the place's country, then the agency)
DATELINE_OPENING = re.compile(r"^(?P<place>[A-Z][A-Za-z'\u2019. -]{1,40}),\s*"
                              r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                              r"\s*(?:\([^()]{1,40}\))?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s*\([^()]{1,40}\))"
                              r"\s*[-\u2013\u2014:]+\s")
SKIP_ZONES = ("title", "byline", "caption", "url", "photo_credit", "header_date", "related", "dateline")


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger lemma (a row of the lexicon)."""

    type: str
    mode: str | None
    cameo: str | None
    cond: dict[str, Any]


@dataclass
class Lexicon:
    version: str
    types: dict[str, dict]
    classes: dict[str, frozenset[str]]
    verbs: dict[str, list[Sense]]
    nouns: dict[str, list[Sense]]
    planned_heads: frozenset[str]
    future_aux: frozenset[str]
    negative_subjects: frozenset[str]
    negating_heads: frozenset[str]
    content_types: frozenset[str]
    promise_types: frozenset[str]
    intent_heads: frozenset[str] = frozenset()
    conflict_types: frozenset[str] = frozenset()
    threat_vows: frozenset[str] = frozenset()
    negation_flips: dict[str, str] = field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    evaluation_verbs: frozenset[str] = frozenset()
    evaluations: dict[str, str] = field(default_factory=dict)  # word -> ACCUSE | SUPPORT
    demand_modals: frozenset[str] = frozenset()
    bloc_nouns: frozenset[str] = frozenset()
    symmetric: frozenset[str] = frozenset()
    threat_modals: frozenset[str] = frozenset()
    sectors: dict[str, str] = field(default_factory=dict)  # lemma/phrase -> sector code

    def in_class(self, lemma: str, names: list[str]) -> bool:
        return any(lemma in self.classes.get(name, ()) or lemma == name for name in names)


def _senses(rows: dict[str, list[dict]]) -> dict[str, list[Sense]]:
    out: dict[str, list[Sense]] = {}
    for lemma, senses in rows.items():
        out[lemma] = [
            Sense(s["type"], s.get("mode"), s.get("cameo"),
                  {k: v for k, v in s.items() if k not in ("type", "mode", "cameo")})
            for s in senses
        ]
    return out


@cache
def load_lexicon() -> Lexicon:
    """Read the versioned lexicon shipped in `pipeline/data/` once per process."""
    path = resources.files("blocwatch.pipeline").joinpath("data").joinpath(LEXICON_FILE)
    raw = json.loads(path.read_text(encoding="utf-8"))
    sectors = {word: code for code, words in raw.get("sectors", {}).items() for word in words}
    return Lexicon(
        version=raw["version"],
        types=raw["types"],
        classes={k: frozenset(v) for k, v in raw["noun_classes"].items()},
        verbs=_senses(raw["verbs"]),
        nouns=_senses(raw["nouns"]),
        planned_heads=frozenset(raw["planned_heads"]),
        future_aux=frozenset(raw["future_aux"]),
        negative_subjects=frozenset(raw["negative_subjects"]),
        negating_heads=frozenset(raw["negating_heads"]),
        content_types=frozenset(raw["content_types"]),
        promise_types=frozenset(raw["promise_types"]),
        intent_heads=frozenset(raw.get("intent_heads", ())),
        conflict_types=frozenset(raw.get("conflict_types", ())),
        threat_vows=frozenset(raw.get("threat_vows", ())),
        negation_flips=dict(raw.get("negation_flips", {})),
        speech_verbs=frozenset(raw.get("speech_verbs", ())),
        evaluation_verbs=frozenset(raw.get("evaluation_verbs", ())),
        evaluations={w: kind for kind, words in raw.get("evaluations", {}).items() for w in words},
        demand_modals=frozenset(raw.get("demand_modals", ())),
        bloc_nouns=frozenset(raw.get("bloc_nouns", ())),
        symmetric=frozenset(raw.get("symmetric", ())),
        threat_modals=frozenset(raw.get("threat_modals", ())),
        sectors=sectors,
    )


@dataclass
class Found:
    """An event read from one trigger, before dates and places are attached."""

    trigger: Token
    sent: Span
    type: str
    mode: str | None
    cameo: str | None
    source: list[str]
    target: list[str]
    nominal: bool
    planned: bool = False
    negated: bool = False
    tense: str = "past"
    anchor: Token | None = None  # the verb that carries the clause (the trigger, or the light verb)
    source_sector: str | None = None
    target_sector: str | None = None
    demanded: bool = False  # "must"/"should": asked for, not done
    sense_agent: bool = False  # read from a participant noun ("protesters")
    content: Token | None = None  # the clause a speech event evaluates ("said [X was culpable]")
    refers: bool = False  # an evaluation of an act named before ("called the launch an outrageous act")


# --------------------------------------------------------------------------------------------
# Actor codes


LED_BY = re.compile(r"[-\u2010\u2011]\s*led\b", re.IGNORECASE)  # "the Saudi-led coalition": worth a token pass


#: while `ReusedActors(doc)` is entered: the doc, and the first `Actors` built for it
_REUSE: dict[str, Any] = {}


class ReusedActors:
    """`with ReusedActors(doc):` a second `Actors(doc)` in the block copies the first one's findings instead of
    reading the doc again (the events component builds one in `find_events` and one in `set_annotations`; nothing
    changes the doc in between). The copy starts with an empty pronoun `topic`, as a new instance does; the
    per-sentence caches it shares depend on the doc only."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __enter__(self) -> None:
        _REUSE.clear()
        _REUSE["doc"] = self.doc

    def __exit__(self, *exc: object) -> None:
        _REUSE.clear()


class Actors:
    """Codes of the actors a token stands for, from the linker's annotations (with KB fallbacks)."""

    def __init__(self, doc: Doc) -> None:
        if _REUSE.get("doc") is doc:
            first = _REUSE.get("actors")
            if first is not None:
                self.__dict__.update(first.__dict__)
                self.topic = []
                return
            self._read(doc)
            _REUSE["actors"] = self
            return
        self._read(doc)

    def _read(self, doc: Doc) -> None:
        self.doc = doc
        self.ent_of: dict[int, Span] = {}
        self.named_orgs: set[str] = set()
        self.ents: list[Span] = list(doc.ents)  # doc.ents (and Span.ents) rebuild on every access
        self._sent_ents: dict[int, list[Span]] = {}
        dateline_zones = [(z.start, z.end) for z in getattr(doc._.article, "zones", ()) if z.kind == "dateline"]
        coded: list[Span] = []  # the entities ent_of maps tokens to
        for ent in self.ents:
            label = ent.label_
            if label == "ORG" and ent.kb_id_:
                self.named_orgs.add(ent.kb_id_)
            if label in ACTOR_LABELS and not (label != "GPE" and (
                    any(s <= ent.start_char < e for s, e in dateline_zones) or ent.start_char < dateline_of(doc)[0])):
                coded.append(ent)
                for i in range(ent.start, ent.end):
                    self.ent_of[i] = ent
        self.place_names = {p.name.casefold(): p.country for p in (doc._.places or []) if p.kind != "country"}
        self.people = doc._.people or []
        self.person_of = doc._.person_of or {}
        self.topic: list[str] = []  # actors of the last sentence's subject, for "it"/"they"
        self.bloc = _dominant_bloc(doc, self.ents)  # what "the bloc" refers to in this article, if anything
        self.home = _dateline_state(doc)  # the state of the dateline: "police", "protesters" there
        self.focus = _dominant_state(doc, self.ents)  # the state the article is most about
        self.bloc_nouns = load_lexicon().bloc_nouns
        self._sent_state: dict[int, str | None] = {}
        # "the rebels", "the militants": the armed group the article names (a name outside the KB) most
        groups: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ == "ORG" and ent.kb_id_ and not _is_kb_actor(ent.kb_id_) \
                    and ent.kb_id_.casefold() not in AGENCIES:
                groups[ent.kb_id_] = groups.get(ent.kb_id_, 0) + 1
        best = max(groups, key=lambda c: groups[c]) if groups else None
        self.armed_group = best if best and groups[best] >= 2 else None
        # "Congo" alone is the Democratic Republic when the article also names it (Kinshasa, Congolese)
        self.congo = "COD" if any(e.kb_id_ == "COD" for e in coded) else None
        # "Sandinista fighters": an adjective of a group the article names by its plural name ("the Sandinistas")
        self.group_stems: dict[str, str] = {}
        for ent in self.ents:
            code = self.ent_code(ent) if ent.label_ in ("ORG", "NORP") and ent.start in self.ent_of else None
            if code and not _is_kb_actor(code) and code.casefold() not in AGENCIES and " " not in code:
                self.group_stems.setdefault(code.casefold().removesuffix("s"), code)
        named = set(self.group_stems.values())
        self.sole_group = self.armed_group
        if not self.sole_group and len(named) == 1 \
                and has_lemma(doc, ARMED_WORDS):  # a story about fighting, not a company
            self.sole_group = named.pop()
        # "the Saudi-led coalition" ... "the coalition": a coalition or force coded by the state that leads it
        self.led_by: dict[int, str] = {}
        self.led_nouns: dict[str, str] = {}
        for tok in (doc if LED_BY.search(doc_text(doc)) else ()):
            if tok.lower_ == "led" and tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010", "\u2011") \
                    and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
                leader = self.token_code(doc[tok.i - 2])
                if leader and is_state_code(leader):
                    self.led_by[tok.head.i] = leader
                    self.led_nouns.setdefault(tok.head.lemma_.lower(), leader)


    def sent_ents(self, sent: Span) -> list[Span]:
        """The entities inside `sent`, as `sent.ents` gives them, computed once per sentence."""
        got = self._sent_ents.get(sent.start)
        if got is None:
            got = [e for e in self.ents if e.start >= sent.start and e.end <= sent.end]
            self._sent_ents[sent.start] = got
        return got
    def ent_code(self, ent: Span) -> str | None:
        if ent.kb_id_ == "COG" and self.congo and ent.text.casefold().removeprefix("the ") == "congo":
            return self.congo
        if ent.kb_id_:
            if ent.label_ in ("GPE", "LOC") and not _is_kb_actor(ent.kb_id_):
                return self.place_names.get(ent.text.casefold())  # a region: its state, if known
            return ent.kb_id_
        if ent.label_ == "PERSON":
            return None
        if ent.text.casefold() in self.place_names:
            # a region or city as an argument stands for its state ("the annexation of Crimea" -> UKR)
            return self.place_names[ent.text.casefold()]
        if ent.label_ == "NORP":
            bloc = DESCRIPTOR_BLOCS.get(ent.text.casefold().removeprefix("the "))
            if bloc is None:  # a group named by a plural noun ("Kurds", "Sandinistas") keeps its name
                group = ent.root.tag_ in ("NNPS", "NNS") and ent.root.dep_ not in ("amod", "compound", "nmod")
                return _kb_code(ent.text, "ORG" if group else ent.label_, allow_name=group)
            return bloc if bloc in self.named_orgs else None  # an adjective is never an actor code
        return _kb_code(ent.text, ent.label_)

    def _parent_org(self, tok: Token, code: str) -> str | None:
        """The KB organisation an organ named after it belongs to ("UN Security Council" -> UN)."""
        ent = self.ent_of.get(tok.i)
        if ent is None or ent.label_ != "ORG" or _is_kb_actor(code) or len(ent) < 2:
            return None
        words = [t for t in ent if t.lower_ != "the"]
        for n in (1, 2):
            if len(words) > n:
                parent = _kb_org(" ".join(t.text for t in words[:n]))
                if parent and parent != code:
                    return parent
        return None

    def sentence_state(self, sent: Span) -> str | None:
        """The one state the towns and regions of a sentence belong to (None when it names none or several;
        a country named outright is more often the other party than the place: "clashed near the Sudan border")."""
        if sent.start not in self._sent_state:
            states = {code for i in range(sent.start, sent.end) if (ent := self.ent_of.get(i)) is not None
                      and ent.start == i and ent.label_ in ("GPE", "LOC", "FAC") and not _names_state(ent.text)
                      and ent.start_char >= dateline_of(self.doc)[0]
                      and (code := self.ent_code(ent)) and is_state_code(code)}
            self._sent_state[sent.start] = states.pop() if len(states) == 1 else None
        return self._sent_state[sent.start]

    def token_code(self, tok: Token) -> str | None:
        """The code of the entity or person this very token belongs to, if any."""
        idx = self.person_of.get(tok.i)
        if idx is not None and idx < len(self.people):
            person = self.people[idx]
            if person.code:
                return person.code
            role = next((r.org_or_country for r in person.roles if r.org_or_country), None)
            if role:
                return role
        ent = self.ent_of.get(tok.i)
        if ent is not None:
            return self.ent_code(ent)
        return None

    def codes(self, tok: Token | None, depth: int = 0, conj: bool = True) -> list[str]:
        """Codes for the phrase headed by `tok`, its coordinated phrases included."""
        if tok is None or depth > 3:
            return []
        out: list[str] = []
        lemma = tok.lemma_.lower()
        if tok.lower_ in PRONOUNS and tok.pos_ == "PRON":
            out.extend(self.pronoun(tok, depth))
        elif tok.i in self.led_by:
            out.append(self.led_by[tok.i])  # "the Saudi-led coalition": its leader
        elif lemma in self.led_nouns and tok.tag_ == "NN" and _referring_det(tok):
            out.append(self.led_nouns[lemma])  # "the coalition" after "the Saudi-led coalition"
        elif self.sole_group and lemma == "group" and tok.tag_ == "NN" and _referring_det(tok) \
                and not any(c.dep_ in ("compound", "amod", "prep") for c in tok.children):
            out.append(self.sole_group)  # "the group" in a story about the one armed group it names
        elif self.focus and lemma == "country" and tok.tag_ == "NN" and _referring_det(tok) \
                and not any(c.dep_ in ("compound", "amod", "nmod", "prep") for c in tok.children):
            out.append(self.focus)  # "its disbursements to the country": the state the article is about
        elif self.bloc and lemma in self.bloc_nouns and tok.tag_ == "NN" and any(
                c.lower_ in ("the", "its", "this") for c in tok.children if c.dep_ in ("det", "poss")):
            out.append(self.bloc)  # "the bloc's expansion": the article's bloc
        code = self.token_code(tok)
        if code and not _is_kb_actor(code) and tok.ent_type_ == "ORG" and tok.i not in self.person_of:
            # "Kenya's National Assembly", "El Salvador's Congress": a state's institution acts for the state
            owner = next((c for p in tok.children if p.dep_ == "poss" for c in [self.token_code(p)]
                          if c and is_state_code(c)), None)
            code = owner or code
        if code:
            out.append(code)
            if not _is_kb_actor(code) and tok.ent_type_ == "ORG" and self.ent_of.get(tok.i) is not None and \
                    self.ent_of[tok.i].root.lemma_.lower() in DOMESTIC_HEADS | {"guards"} and depth == 0:
                # "National Guard troops", "the Presidential Guard": a state force named without its state
                home = self.sentence_state(tok.sent) or self.focus or self.home
                if home:
                    out.append(home)
            parent = self._parent_org(tok, code)
            if parent:
                out.append(parent)  # "the UN Security Council" acts for the UN too
        else:
            out.extend(self._modifier_codes(tok, depth))
            if not out and depth == 0 and tok.dep_ == "nsubj" and _acronym(tok) \
                    and tok.head.pos_ == "VERB" and not any(c.dep_ == "compound" for c in tok.children):
                out.append(tok.text)  # "the MNLF attacked ...": a group the KB does not know, as subject
            if not out and self.armed_group and lemma in ARMED_WORDS and tok.tag_ == "NNS":
                out.append(self.armed_group)
            if not out and self.bloc and lemma in MEMBER_HEADS and any(
                    c.lemma_.lower() == "member" for c in tok.children if c.dep_ in ("compound", "amod", "nmod")):
                out.append(self.bloc)  # "the 27 member states": the bloc the article is about
            counted = depth == 1 and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lemma_.lower() in QUANTITIES or tok.head.head.pos_ == "NUM")  # "thousands of X"
            counted = counted or depth == 1 and tok.dep_ == "conj"  # "armoured vehicles and riot police"
            if not out and (depth == 0 or counted) and lemma in DOMESTIC_HEADS:
                # a domestic actor with no country acts in the one state its sentence names ("riot police
                # fired on marchers in Bissau"), else in the state the article is about, else the dateline's
                home = self.sentence_state(tok.sent) or self.focus or self.home
                if home:
                    out.append(home)
        if conj:
            for other in tok.conjuncts:
                if other.i > tok.i:
                    out.extend(self.codes(other, depth + 1, conj=False))
        return _unique(out)

    def _modifier_codes(self, tok: Token, depth: int) -> list[str]:
        """A common noun or an uncoded person: "Russian troops", "the government of Mali"."""
        out: list[str] = []
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod", "appos"):
                code = self.token_code(child)
                if code:
                    out.append(code)
                    if child.dep_ in ("amod", "compound"):  # "his South Korean and Japanese counterparts"
                        out.extend(c for other in child.conjuncts for c in [self.token_code(other)] if c)
                elif (child.dep_ == "compound" and child.lower_ == "alliance" and child.is_title
                      and "NATO" in self.named_orgs):
                    out.append("NATO")  # "Alliance foreign ministers" in a NATO story
                elif child.dep_ in ("amod", "compound", "nmod") and child.is_title and child.i < tok.i \
                        and child.lower_.removesuffix("s") in self.group_stems:
                    out.append(self.group_stems[child.lower_.removesuffix("s")])  # "Sandinista fighters"
                elif child.dep_ in ("amod", "compound", "nmod") and child.i == tok.i - 1 \
                        and tok.lemma_.lower() in ARMED_WORDS and _acronym(child):
                    out.append(child.text)  # "MNLF fighters": a group the KB does not know, by its acronym
                elif child.dep_ in ("poss", "appos", "compound"):  # "the SCO member countries"
                    out.extend(self.codes(child, depth + 1, conj=False))
            elif child.dep_ == "prep" and tok.ent_type_ != "PERSON" and (
                    child.lower_ in ("of", "by", "from")
                    or child.lower_ == "in" and tok.lemma_.lower() in SECTOR_HEADS):  # "police in Nairobi"
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend(self.codes(pobj, depth + 1))
        return out

    def pronoun(self, tok: Token, depth: int = 0) -> list[str]:
        """A pronoun stands for the subject of the clause that embeds it, else the last topic;
        "he"/"she" for the last person named before it."""
        if tok.lower_ in ("he", "she", "his", "her", "him") and not _embedded_subject(tok):
            for i in range(tok.i - 1, -1, -1):
                if i in self.person_of:
                    code = self.token_code(self.doc[i])
                    return [code] if code else []
        head = tok.head
        seen = 0
        reporter: Token | None = None
        while head.head != head and seen < 5:
            head = head.head
            seen += 1
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != tok.i and child.lower_ not in PRONOUNS:
                    codes = self.codes(child, depth + 1)
                    if codes:
                        return codes
                    reporter = reporter or head
        if reporter is not None:  # a subject the parser split up: the first actor before its verb
            for i in range(reporter.sent.start, reporter.i):
                code = self.token_code(self.doc[i])
                if code:
                    return [code]
        return list(self.topic)

    def sector(self, tok: Token | None, lex: Lexicon) -> str | None:
        if tok is None:
            return None
        for cand in (tok.lemma_.lower(), tok.lower_):
            if cand in lex.sectors:
                return lex.sectors[cand]
        return None


NOT_GROUPS = frozenset({"CEO", "TV", "GDP", "AP", "AFP", "BBC", "CNN", "UTC", "GMT", "USD", "EUR", "AM", "PM", "ID",
                        "MP", "MPS", "PR", "VIP", "DNA", "HIV", "AIDS", "NGO", "NGOS", "OK", "UK", "US", "USA", "EU",
                        "UN", "IMF", "WHO"})


def _acronym(tok: Token) -> bool:
    """An all-capital word of 2-6 letters that no entity covers ("MNLF", "ELN"): an armed group's short name."""
    return (2 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper() and not tok.ent_type_
            and tok.text not in NOT_GROUPS)


def has_lemma(doc: Doc, words: frozenset[str] | set[str]) -> bool:
    """Whether any token's lowercased lemma is in `words` (each distinct lemma read once, no Token objects)."""
    if not len(doc):
        return False
    strings = doc.vocab.strings
    return any(strings[h].lower() in words for h in set(doc.to_array(LEMMA).tolist()))


def repair_participle_roots(doc: Doc, lex: Lexicon) -> None:
    """"The army relaxed rules on ...", "Armenia massed tanks near ...": the small parser reads a short clause whose
    verb ends in -ed as one noun phrase (subject and verb hung on the object noun, which becomes the root). When
    that modifier is a lexicon verb with a noun before it, the clause is re-hung: the verb is the root, the noun
    before it the subject, the old root its object."""
    for root in [t for t in doc if t.dep_ in ("ROOT", "ccomp") and t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS")]:
        sent = root.sent  # the noun heads the sentence, or the clause a speech verb reports ("..., X said")
        lefts = list(root.lefts)
        verb = next((c for c in lefts if c.dep_ == "amod" and c.lower_.endswith("ed") and c.tag_ in ("JJ", "VBN", "VBD")
                     and verb_lemma(c, lex.verbs) is not None), None)
        if verb is None or verb.i == sent.start:
            continue
        subj = next((c for c in sorted([*lefts, *verb.lefts], key=lambda t: -t.i)
                     if c.i < verb.i and c.dep_ in ("compound", "npadvmod", "nmod", "amod", "nsubj")
                     and (c.pos_ in ("NOUN", "PROPN") or _acronym(c) or c.ent_type_ in ACTOR_LABELS)), None)
        if subj is None or any(c.i < verb.i and c.dep_ == "case" for c in subj.children):
            continue  # "the government's proposed reforms": a possessor, not a subject
        for c in lefts:
            if c.i < subj.i:
                c.head = subj  # "The", "Bahrain's": they belong to the subject
        top = root.dep_ == "ROOT"
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb if top else root.head, root.dep_, "VBD", "VERB"
        subj.head, subj.dep_ = verb, "nsubj"
        root.head, root.dep_ = verb, "dobj"
        for c in list(root.rights):
            if top and c.dep_ == "punct" and c.i == sent.end - 1:
                c.head = verb


def _referring_det(tok: Token) -> bool:
    """"the coalition", "this group": a definite noun that refers back."""
    return any(c.lower_ in ("the", "this", "that") for c in tok.children if c.dep_ == "det")


def _embedded_subject(tok: Token) -> bool:
    """'Lavrov said he welcomed ...': the pronoun is the subject of a clause reported by someone."""
    head = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("ccomp", "xcomp") and any(
        c.dep_ == "nsubj" and c.lower_ not in PRONOUNS for c in head.head.children)


@cache
def _kb_org(name: str) -> str | None:
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return None
    org = kb.lookup_org(name)
    return org.code if org is not None else None


@cache
def _names_state(text: str) -> bool:
    """Whether a place name is a country's own name ("Sudan"), not a town or region in it."""
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return False
    return kb.lookup_state(text.removeprefix("the ").removeprefix("The ")) is not None


@cache
def is_state_code(code: str) -> bool:
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return False
    return kb.state_by_code(code) is not None


@cache
def _is_kb_actor(code: str) -> bool:
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return True
    return kb.state_by_code(code) is not None or kb.org_by_code(code) is not None


def _dateline_state(doc: Doc) -> str | None:
    """ISO3 of the dateline place ("Hamburg, Germany", "MOSCOW"), from the KB or the places found."""
    article = doc._.article
    place = getattr(article, "dateline_place", None) or dateline_of(doc)[1]
    if not place:
        return None
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return None
    for part in reversed([p.strip() for p in place.split(",") if p.strip()]):
        state = kb.lookup_state(part) or kb.state_by_capital(part)
        if state is not None:
            return state.code
        for found in doc._.places or []:
            if found.country and found.name.casefold() == part.casefold():
                return found.country
    return None


def dateline_of(doc: Doc) -> tuple[int, str | None]:
    """(end offset, place) of the dateline opening the first prose sentence, read or not by the reader."""
    cached = doc.user_data.get("blocwatch_dateline")
    if cached is not None:
        return cached
    article = doc._.article
    found: tuple[int, str | None] = (0, None)
    zone = next((z for z in getattr(article, "zones", None) or [] if z.kind == "dateline"), None)
    if zone is not None:
        found = (zone.end, getattr(article, "dateline_place", None))
    else:
        for sent in doc.sents:
            if in_skipped_zone(doc, sent.start_char) and in_skipped_zone(doc, sent.end_char - 1):
                continue
            m = DATELINE_OPENING.match(sent.text)
            if m:
                place = m.group("place").strip()
                found = (sent.start_char + m.end(), place.title() if place.isupper() else place)
            break
    doc.user_data["blocwatch_dateline"] = found
    return found


def _dominant_state(doc: Doc, ents: list[Span] | None = None) -> str | None:
    """The state named most often (places and demonyms), when one clearly leads (`ents`: doc.ents, if read)."""
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return None
    counts: dict[str, int] = {}
    for ent in doc.ents if ents is None else ents:
        if ent.label_ in ("GPE", "NORP") and ent.kb_id_ and kb.state_by_code(ent.kb_id_) is not None:
            counts[ent.kb_id_] = counts.get(ent.kb_id_, 0) + 1
    if "COD" in counts and "COG" in counts:  # "Congo" alone, in a story that names the Democratic Republic
        counts["COD"] += counts.pop("COG")
    for person in doc._.people or []:  # the people who act count for their state too
        if person.code and kb.state_by_code(person.code) is not None:
            counts[person.code] = counts.get(person.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2):
        return None
    return ranked[0][0]


def _dominant_bloc(doc: Doc, ents: list[Span] | None = None) -> str | None:
    """The international organisation the article names most (ties: the first named; `ents`: doc.ents, if read)."""
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return None
    counts: dict[str, int] = {}
    for ent in doc.ents if ents is None else ents:
        if ent.label_ == "ORG" and ent.kb_id_ and kb.org_by_code(ent.kb_id_) is not None:
            counts[ent.kb_id_] = counts.get(ent.kb_id_, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _kb_code(text: str, label: str, allow_name: bool = True) -> str | None:
    """Fallback when the linker has not coded an entity: exact KB lookups, never fuzzy."""
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover - the KB ships with the package
        return None
    name = text.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if name.endswith(("'s", "\u2019s")):
        name = name[:-2]
    state = kb.lookup_state(name)
    if state is None and label in ("GPE", "ORG"):
        state = kb.state_by_capital(name)
    if state is not None:
        return state.code
    org = kb.lookup_org(name)
    if org is not None:
        return org.code
    if label == "ORG" and name[:1].isupper() and allow_name and name.casefold() not in AGENCIES:
        return name  # without a linker, an unknown group goes by its name
    return None


def _unique(codes: list[str]) -> list[str]:
    seen: list[str] = []
    for code in codes:
        if code and code not in seen:
            seen.append(code)
    return seen


# --------------------------------------------------------------------------------------------
# Trigger senses


def _children(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


ADVERB_PARTICLES = frozenset({"back", "down", "up", "out", "off", "over", "away", "aside", "in", "together"})


def _particles(tok: Token) -> set[str]:
    """Particles and prepositions of a verb; the parser often tags "pulled back", "stepped down" advmod."""
    parts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "agent", "dative")
             or c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES}
    # "ordered the envoy out of the country": the parser hangs "out" on the object
    parts.update(c.lower_ for o in tok.children if o.dep_ in OBJ_DEPS for c in o.children
                 if c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "of" for g in c.children))
    # "called for Niger to be suspended": the parser makes "for" the mark of the clause
    parts.update(m.lower_ for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
                 for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and m.i == tok.i + 1)
    return parts


def _object(tok: Token) -> Token | None:
    """What the verb acts on: its object, the subject of a passive, or the object of its to-clause."""
    objs = _children(tok, OBJ_DEPS)
    if objs:
        return objs[0]
    if _is_passive(tok):
        subj = _children(tok, ("nsubjpass",))
        if subj:
            return subj[0]
    objs = [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
    if objs:  # "gave the ambassador 48 hours to leave"
        return objs[0]
    for prt in _children(tok, ("prt",)):  # "fighters handed in weapons": the parser hangs the object on the particle
        pobjs = _children(prt, ("pobj",))
        if pobjs:
            return pobjs[0]
    for prep in _children(tok, ("prep",)):
        pobjs = _children(prep, ("pobj",))
        if pobjs and prep.lower_ in ("for", "on", "to", "with", "of", "against"):
            return pobjs[0]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head
    for clause in _children(tok, CLAUSE_DEPS):  # "allowed inspectors to visit": the clause's subject
        subj = _children(clause, ("nsubj",))
        if subj:
            return subj[0]
    return None


COUNT_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "scores", "score"})


def _count(tok: Token) -> int:
    """The number a numeral says ("3,000" -> 3000), 0 when it is not plain digits."""
    digits = tok.text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


def _object_lemmas(tok: Token) -> set[str]:
    obj = _object(tok)
    if obj is None:
        return set()
    lemmas = {obj.lemma_.lower(), obj.lower_}
    for child in obj.children:  # "diplomatic ties", "humanitarian aid", "more troops"
        if child.dep_ in ("compound", "amod", "nmod"):
            lemmas.add(child.lemma_.lower())
    for other in obj.conjuncts:
        lemmas.add(other.lemma_.lower())
    for acl in (c for c in obj.children if c.dep_ == "acl"):  # "planes loaded with relief supplies"
        for pobj in _prep_objects(acl, "with"):
            lemmas.add(pobj.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
    for pobj in _prep_objects(obj, "of"):  # "two tonnes of medical supplies"
        lemmas.add(pobj.lemma_.lower())
        lemmas.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
    if obj.lower_ in ("troops", "forces", "arms"):
        lemmas.add(obj.lower_[:-1])
    people = [p for p in _prep_objects(obj, "of") if obj.lemma_.lower() in COUNT_NOUNS] or [obj]
    if any(p.ent_type_ == "NORP" and (p.tag_ in ("NNS", "NNPS") or p.lower_.endswith("s")) and (p != obj or any(
            c.dep_ == "nummod" and _count(c) >= 100 for c in p.children)) for p in people):
        lemmas.add("national")  # "expelled more than 3,000 Nigeriens", "thousands of Afghans": people of a nation
    return lemmas


def _is_actor(tok: Token, actors: Actors) -> bool:
    if tok.ent_type_ in ACTOR_LABELS or tok.i in actors.person_of:
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in ACTOR_HEADS and actors.codes(tok, conj=False):
        return True  # "the Israeli president"
    return tok.pos_ == "PRON" and tok.lower_ in PRONOUNS | {"me", "us", "you"}


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


WORD_KEYS = "blocwatch_word_keys"  # doc.user_data: token index -> its word_keys, read once per token


def word_keys(tok: Token) -> list[str]:
    """The lemma, the form and naive stems: the small model's lemmatizer errs ("staged" -> "stag")."""
    return list(_word_keys(tok))


def _word_keys(tok: Token) -> tuple[str, ...]:
    """`word_keys(tok)`, computed once per token of a doc (lemmas and forms do not change after parsing)."""
    memo = tok.doc.user_data.get(WORD_KEYS)
    if memo is None:
        memo = tok.doc.user_data[WORD_KEYS] = {}
    keys = memo.get(tok.i)
    if keys is None:
        keys = memo[tok.i] = tuple(_read_word_keys(tok))
    return keys


def _read_word_keys(tok: Token) -> list[str]:
    word = tok.lower_
    keys = [tok.lemma_.lower(), word]
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test":
        keys.insert(0, "test-" + keys[0])  # "test-fired": the parser splits the compound verb
    if word.endswith("ied"):
        keys.append(word[:-3] + "y")
    if word.endswith("ed"):
        keys += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            keys.append(word[:-3])
    elif word.endswith("ing"):
        keys += [word[:-3], word[:-3] + "e"]
        if len(word) > 5 and word[-4] == word[-5]:
            keys.append(word[:-4])
    elif word.endswith("ies"):
        keys.append(word[:-3] + "y")
    elif word.endswith("es"):
        keys += [word[:-1], word[:-2]]
    elif word.endswith("s"):
        keys.append(word[:-1])
    return keys


def verb_lemma(tok: Token, table: dict | frozenset | set | list) -> str | None:
    """The first of `word_keys(tok)` that `table` knows."""
    for key in _word_keys(tok):
        if key in table:
            return key
    return None


RELAXED_CONDITIONS = ("obj", "prt", "xcomp", "xcomp_to", "obj_actor", "obj_actor_or_dobj", "light", "mod")


def relaxed_sense(tok: Token, lex: Lexicon) -> Sense | None:
    """The first sense of a trigger whose object/particle conditions are dropped: used only for a
    sentence with no event at all, and only when two different actors are found around it."""
    table = lex.verbs if tok.pos_ == "VERB" else lex.nouns
    key = verb_lemma(tok, table) if tok.pos_ == "VERB" else (tok.lemma_.lower() if tok.lemma_.lower() in table
                                                             else None)
    for sense in table.get(key, []) if key else []:
        if "prt" in sense.cond and "obj" in sense.cond:
            continue  # "ordered" is no "ordered out diplomats": a phrasal sense with its object is too specific
        if not any(k in sense.cond for k in ("subj", "subj_actor", "subj_label", "future", "of_head", "no_obj",
                                             "no_prt", "no_xcomp", "plural", "into", "acomp", "deadline", "strict",
                                             "of_obj", "pp", "xcomp_verb")):
            return Sense(sense.type, sense.mode, sense.cameo,
                         {k: v for k, v in sense.cond.items() if k not in RELAXED_CONDITIONS})
    return None


JOINTLY = frozenset({"jointly"})
JOINT_MODS = frozenset({"joint", "coordinated", "combined"})
JOINT_LIGHTS = frozenset({"hold", "launch", "begin", "start", "set", "establish", "form", "create", "open", "conduct",
                          "carry", "stage", "mount", "run", "build", "operate", "resume", "undertake", "kick"})
NOT_JOINT = frozenset({"statement", "declaration", "communique", "communiqué", "conference", "briefing", "session",
                       "meeting", "appearance", "letter", "appeal", "call", "news", "press", "sitting", "bid",
                       "proposal", "plan", "candidacy", "application", "account", "summit", "visit", "talks"})


def _joint_act(tok: Token, lex: Lexicon) -> Sense | None:
    """"jointly demarcated the border", "set up a joint coordination centre", "launched coordinated action": two
    actors acting together (PLOVER COOPERATE) with a word the lexicon does not list."""
    if tok.pos_ == "VERB":
        if any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in tok.children) and not verb_lemma(
                tok, lex.speech_verbs | lex.evaluation_verbs):
            return Sense("COOPERATE", None, "060", {})
        return None
    light = light_verb(tok)
    if tok.lemma_.lower() in NOT_JOINT or tok.dep_ not in OBJ_DEPS or light is None or light.head == tok:
        return None
    mods = [c for c in tok.children if c.dep_ == "amod"]
    mods += [g for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
    if any(c.lower_ in JOINT_MODS for c in mods) and verb_lemma(light, JOINT_LIGHTS):
        return Sense("COOPERATE", None, "060", {})  # "joint demarcation work": the modifier hangs on the compound
    return None


def verb_sense(tok: Token, lex: Lexicon, actors: Actors) -> Sense | None:
    key = verb_lemma(tok, lex.verbs)
    senses = lex.verbs.get(key) if key else None
    if not senses:
        return _joint_act(tok, lex)
    parts = _particles(tok)
    objs: set[str] | None = None
    for sense in senses:
        cond = sense.cond
        if "prt" in cond and not parts & set(cond["prt"]):
            continue
        if "no_prt" in cond and parts & set(cond["no_prt"]):
            continue
        if cond.get("xcomp") and not any(c.dep_ in CLAUSE_DEPS for c in tok.children):
            continue
        if cond.get("xcomp_to") and not any(c.dep_ == "xcomp" for c in tok.children):
            continue
        if "xcomp_obj" in cond and not any(lex.in_class(lemma, cond["xcomp_obj"]) for c in tok.children
                                           if c.dep_ == "xcomp" for lemma in _object_lemmas(c)):
            continue  # "stopped using force against protesters": what the to-clause or -ing clause acts with
        if "xcomp_verb" in cond and not any(c.dep_ in CLAUSE_DEPS and c.lemma_.lower() in cond["xcomp_verb"]
                                            for c in tok.children):
            continue  # "ordered the envoy to leave": what the to-clause does
        if "pp" in cond and not _pp_match(tok, cond["pp"], lex):
            continue  # "placed the province under martial law", "ordered residents off the streets"
        if cond.get("no_xcomp") and any(c.dep_ in CLAUSE_DEPS for c in tok.children):
            continue
        if "subj" in cond or cond.get("subj_actor"):
            subj, _passive = subject_of(tok)
            if subj is None:
                continue
            keys = word_keys(subj)
            if subj.pos_ == "NUM" or subj.lemma_.lower() in QUANTITIES:  # "thousands of troops massed"
                keys += [k for p in _prep_objects(subj, "of") for k in word_keys(p)]
            if "subj" in cond and not any(lex.in_class(k, cond["subj"]) for k in keys):
                continue
            if cond.get("subj_actor") and not _is_actor(subj, actors):
                continue
        if "subj_label" in cond:
            subj, _passive = subject_of(tok)
            label = subj.ent_type_ if subj is not None else ""
            if subj is not None and subj.i in actors.person_of:
                label = "PERSON"
            if label not in cond["subj_label"] and not (subj is not None and subj.lower_ in PRONOUNS):
                continue
        if cond.get("future") and not is_planned(tok, lex)[0]:
            continue
        if cond.get("deadline") and not _deadline(tok, lex):
            continue
        if cond.get("negated_only") and not any(c.dep_ == "neg" for c in tok.children):
            continue
        if "acomp" in cond and not any(g.lemma_.lower() in cond["acomp"] for c in tok.children for g in (c, *c.children)
                                       if g.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "amod")):
            continue  # "held Israel responsible for the attack"
        if "into" in cond and not any(lex.in_class(p.lemma_.lower(), cond["into"])
                                      for prep in ("into", "in", "during", "as") for p in _prep_objects(tok, prep)):
            continue  # "fired missiles into the sea", "launched a rocket in a test": a weapons test
        if "obj" in cond or "no_obj" in cond:
            objs = _object_lemmas(tok) if objs is None else objs
            if "obj" in cond and not any(lex.in_class(lemma, cond["obj"]) for lemma in objs):
                continue
            if "no_obj" in cond and any(lex.in_class(lemma, cond["no_obj"]) for lemma in objs):
                continue
        if cond.get("obj_actor"):
            obj = _object(tok)
            if obj is None or not _is_actor(obj, actors):
                continue
        if cond.get("obj_actor_or_dobj") and not _children(tok, OBJ_DEPS):
            continue
        return sense
    return _joint_act(tok, lex)  # "jointly launched a satellite": no listed sense of "launch" fits, a joint act does


def _pp_match(tok: Token, table: dict[str, list[str]], lex: Lexicon) -> bool:
    """A preposition of the verb (or of its object, where the parser often hangs it) whose object, or a modifier
    of that object, is in the listed words or classes: {"under": ["martial"]} matches "put X under martial law"."""
    outs = [c for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "away")]
    for holder in (tok, *_children(tok, OBJ_DEPS), *outs):  # "pulled out of the talks": "of" hangs on "out"
        for prep in holder.children:
            if prep.dep_ not in ("prep", "prt", "advmod", "dative") or prep.lower_ not in table:
                continue
            for pobj in _children(prep, ("pobj",)):
                if any(lex.in_class(k, table[prep.lower_]) for w in (pobj, *_children(pobj, ("compound", "amod")))
                       for k in word_keys(w)):
                    return True
    return False


def _deadline(tok: Token, lex: Lexicon) -> bool:
    """An ultimatum: "gave the junta one week to reinstate ...", "gave Kyiv until Friday to ..."."""
    spans = lex.classes.get("deadline_obj", frozenset())
    timed = any(c.lemma_.lower() in spans or c.lower_ == "until" for c in tok.children
                if c.dep_ in ("dobj", "obj", "npadvmod", "dative", "prep"))
    return timed and any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                         for c in tok.children)


def light_verb(tok: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("held talks", "imposed sanctions on")."""
    if tok.dep_ in OBJ_DEPS + ("nsubjpass", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MEASURE_HEADS:
        return light_verb(tok.head.head)  # "held a fifth round of talks", "launched a wave of strikes"
    if tok.dep_ == "conj":
        return light_verb(tok.head)
    return None


def noun_sense(tok: Token, lex: Lexicon) -> Sense | None:
    lemma = tok.lemma_.lower()
    senses = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].head == tok:
        # "sit-in", "build-up", "pull-out": the parser splits the hyphenated noun into two tokens
        senses = lex.nouns.get(f"{doc[tok.i - 2].lower_}-{tok.lower_}") or senses
    if not senses:
        return _joint_act(tok, lex)
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    mods |= {g.lemma_.lower() for c in tok.children if c.dep_ == "compound" for g in c.children
             if g.dep_ == "amod"}  # "joint training sorties": the modifier hangs on the compound
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    light = light_verb(tok)
    for sense in senses:
        cond = sense.cond
        if cond.get("plural") and tok.tag_ not in ("NNS", "NNPS") and not (cond.get("named") and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)):
            continue  # "held drills", or one exercise by its name: "launched the Sea Breeze exercise"
        has_mod = "mod" in cond and bool(mods & set(cond["mod"]))
        has_light = "light" in cond and (light is not None and verb_lemma(light, cond["light"]) is not None
                                         or bool(_children(tok, ("poss",))) and not cond.get("verb_light"))
        if ("mod" in cond or "light" in cond) and not (has_mod or has_light):
            continue  # either a telling modifier ("general strike") or a light verb ("went on strike")
        if "prt" in cond and not preps & set(cond["prt"]):
            continue
        if "not_in_pp" in cond and tok.dep_ == "pobj" and tok.head.lower_ in cond["not_in_pp"]:
            continue
        if "of_head" in cond and not (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                      and tok.head.head.lemma_.lower() in cond["of_head"]):
            continue  # "a state of emergency"
        if "of_obj" in cond and not any(lex.in_class(k, cond["of_obj"]) for p in _prep_objects(tok, "of")
                                        for w in (p, *_children(p, ("compound",))) for k in word_keys(w)):
            continue  # "the handover of two suspects" (judicial cooperation), not "the handover of power"
        if "acl_verb" in cond and not any(c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in cond["acl_verb"]
                                          for c in tok.children) \
                and not ("pp" in cond and _pp_match(tok, cond["pp"], lex)):
            continue  # "launched a bid to join the bloc" (or, with pp, "a bid for membership")
        if "pp" in cond and "acl_verb" not in cond and not _pp_match(tok, cond["pp"], lex):
            continue
        return sense
    return _joint_act(tok, lex)  # "launched coordinated action": no listed sense of "action" fits, a joint act does


# --------------------------------------------------------------------------------------------
# Clause features


def clause_verb(tok: Token) -> Token:
    """The verb whose clause holds `tok` (itself for a verb)."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    light = light_verb(tok)
    if light is not None:
        return light
    head = tok
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            return head
        head = head.head
    return head


def is_planned(verb: Token, lex: Lexicon) -> tuple[bool, bool]:
    """(planned, promised): a future auxiliary or a to-clause under "expected", "plan", "were"."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & lex.future_aux:
        return True, True
    if "going" in aux:
        return True, False
    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head != head:
        head = head.head
        if head.lemma_.lower() in lex.intent_heads:
            return True, True
        if head.lemma_.lower() in lex.planned_heads:
            return True, False
        if {c.lower_ for c in head.children if c.dep_ == "aux"} & lex.future_aux:
            return True, True
    return False, False


def has_negator(verb: Token) -> bool:
    """A "not"/"never" on the verb, or "neither accept nor recognise"."""
    if any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.lower_ == "nor" for c in verb.head.children if c.dep_ == "cc")


def is_negated(verb: Token, lex: Lexicon, subject: Token | None) -> bool:
    if has_negator(verb):
        return True
    if subject is not None and subject.lower_ in lex.negative_subjects:
        return True
    head = verb
    while head.dep_ in ("xcomp",) and head.head != head:
        head = head.head
        if head.lemma_.lower() in DOUBLE_NEGATIVES and any(c.dep_ == "neg" for c in head.children):
            return False  # "would not hesitate to use force": a firm intent
        if any(c.dep_ == "neg" for c in head.children) or head.lemma_.lower() in lex.negating_heads:
            return True
        for c in head.children:
            if c.dep_ in SUBJ_DEPS and c.lower_ in lex.negative_subjects:
                return True
    return False


def tense_of(verb: Token, lex: Lexicon) -> str:
    planned, _ = is_planned(verb, lex)
    if planned:
        return "future"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'re", "'s") for a in aux):
        return "future"
    return "past"


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject, passive) of a verb, climbing through to-clauses, coordination and relatives."""
    tok = verb
    for _ in range(5):
        subs = _children(tok, ("nsubj", "nsubjpass", "csubj"))
        if len(subs) > 1 and subs[0].idx < dateline_of(tok.doc)[0]:
            subs = subs[1:]  # "SEOUL, Oct 4 (Wire) - North Korea fired": the dateline is no subject
        if subs:
            sub = subs[0]
            if sub.lower_ in RELATIVE and tok.dep_ == "relcl":
                return tok.head, sub.dep_ == "nsubjpass"
            return sub, sub.dep_ == "nsubjpass"
        if tok.dep_ == "relcl":
            return tok.head, False
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in STATEMENT_NOUNS \
                and not tok.head.ent_type_ and tok.head.dep_ == "pobj":
            tok = tok.head.head.head  # "joined Britain in a statement blaming Russia": who made the statement
            continue
        if tok.dep_ == "acl":
            return tok.head, tok.tag_ == "VBN"
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and tok.head != tok:
            tok = tok.head if tok.dep_ != "pcomp" else tok.head.head
            continue
        break
    return None, False


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            pobjs = _children(child, ("pobj",))
            if pobjs:
                return pobjs[0]
    return None


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == prep
            for p in _children(c, ("pobj",))]


def targets_by_spec(tok: Token, specs: list[str], actors: Actors, sense: Sense, nominal: bool,
                    exclude: frozenset[str] = frozenset()) -> list[str]:
    """Read the target from the slots the PLOVER type takes, in the lexicon's order of preference.
    A slot whose codes are all in `exclude` (the source: "apologised for its actions to X") is passed."""
    out: list[str] = []
    if nominal and sense.cond.get("of") == "target" and "of" not in specs and tok.dep_ not in SUBJ_DEPS and (
            _children(tok, ("poss",)) or _prep_objects(tok, "by")):
        # "in retaliation for Britain's expulsion of 23 Russian envoys"; a subject's fate is its verb's to tell
        # ("the release of 50 prisoners by Israel was delayed")
        specs = ["of", *specs]
    for spec in specs:
        if spec == "dobj_mod":  # "freed three Israeli hostages": the group the object belongs to
            if nominal:
                continue
            for obj in _children(tok, OBJ_DEPS):
                for child in obj.children:
                    if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE"):
                        code = actors.token_code(child)
                        if code:
                            out.append(code)
        elif spec in ("dobj", "dobj_actor"):
            if nominal:
                continue
            objs = _children(tok, OBJ_DEPS)
            if _is_passive(tok):
                objs = objs + _children(tok, ("nsubjpass",))
            elif objs and spec == "dobj":  # "rejected the proposal by X": the parser hangs "by X" on the verb
                objs = objs + _prep_objects(tok, "by")
            if tok.dep_ == "relcl":  # "Rwanda, which Kinshasa accuses of ...": the antecedent is the object
                objs = [tok.head if o.lower_ in RELATIVE else o for o in objs]
            for obj in objs:
                if spec == "dobj_actor" and not _is_actor(obj, actors):
                    continue
                out.extend(actors.codes(obj))
        elif spec == "dative":
            for obj in _children(tok, ("dative",)):
                out.extend(actors.codes(_children(obj, ("pobj",))[0] if _children(obj, ("pobj",)) else obj))
        elif spec == "of":
            if nominal and sense.cond.get("of", "target") != "target":
                continue
            for pobj in _prep_objects(tok, "of"):
                out.extend(actors.codes(pobj))
        elif spec == "dobj_poss":  # "wrote off Zambia's debt": the object's owner
            for obj in ([] if nominal else _children(tok, OBJ_DEPS)):
                for holder in (obj, *_prep_objects(obj, "of")):
                    for poss in _children(holder, ("poss",)):
                        out.extend(actors.codes(poss))
        else:
            holders = [tok] if nominal else [tok, *_children(tok, OBJ_DEPS)]
            if spec == "to":  # "a brigade of doctors to Italy", "the handover of two suspects to France"
                holders += [p for h in holders for p in _prep_objects(h, "of")]
            for holder in holders:
                for pobj in _prep_objects(holder, spec):
                    out.extend(actors.codes(pobj))
        if out and not set(out) <= exclude:
            break
        out = []
    return _unique(out)


def nominal_sources(tok: Token, sense: Sense, actors: Actors) -> list[str]:
    """Who does a nominal event: "NATO's withdrawal", "US sanctions", "talks between A and B"."""
    out: list[str] = []
    for child in tok.children:
        if child.dep_ == "poss":
            out.extend(actors.codes(child))
        elif child.dep_ in ("compound", "amod", "nmod") and child.i in actors.ent_of:
            code = actors.token_code(child)
            if code:
                out.append(code)
    if sense.cond.get("of") == "source":
        for pobj in _prep_objects(tok, "of"):
            out.extend(actors.codes(pobj))
    holders = [tok]
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and not _children(tok.head, OBJ_DEPS):
        holders.append(tok.head)  # "fighting erupted in Khartoum between the army and the RSF"
    for prep in ("by", "between", "among"):
        for pobj in (p for h in holders for p in _prep_objects(h, prep) if prep != "by" or h is tok):
            out.extend(actors.codes(pobj))
    for acl in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        agent = _agent(acl)  # "talks hosted by Turkey", "sanctions imposed by the EU"
        if agent is not None and acl.lemma_.lower() not in ("propose", "suggest", "request", "demand"):
            out.extend(actors.codes(agent))
    return _unique(out)


def _in_dateline(doc: Doc, start_char: int) -> bool:
    """"LAGOS, May 3 (Reuters) -": the filing place and agency are no actors of the lede."""
    article = doc._.article
    if article is None:
        return False
    return any(z.kind == "dateline" and z.start <= start_char < z.end for z in article.zones)


def in_skipped_zone(doc: Doc, start_char: int) -> bool:
    article = doc._.article
    if article is None:
        return False
    return any(z.kind in SKIP_ZONES and z.start <= start_char < z.end for z in article.zones)
