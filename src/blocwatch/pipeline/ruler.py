"""Knowledge-base entity ruler: marks states, demonyms, capitals, blocs, media, groups and ministries.

Why: the small English model misses "CSTO", calls "Dushanbe" an organisation and "Tajikistan" a
nationality. Names the knowledge base is sure of are marked *before* `ner`, so the statistical
model only fills in around them. Each mark carries the actor code in `kb_id` (ISO3 for states,
the acronym for organisations, the common name for groups).

Matching is by `PhraseMatcher`: case-insensitive (`LOWER`) for names, but a match must then start
with a capital when the name does ("turkey" is not Turkey); exact (`ORTH`) for all-caps forms such
as acronyms ("US" is not "us"). Ministries are recognised around state mentions ("Russian Foreign
Ministry", "Ministry of Defence of Ukraine"). Patterns are built once per process (< 1 s).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from blocwatch.kb._text import norm, split_multi

RULER_VERSION = "bw-kb-ruler-v2"

#: labels given to each kind of entry
STATE_KINDS = {"state": "GPE", "demonym": "NORP", "capital": "GPE"}


@dataclass(frozen=True)
class Entry:
    """One thing the ruler knows: its code, display name, spaCy label and kind."""

    code: str
    name: str
    label: str
    kind: str  # state | demonym | capital | igo | bloc | alliance | agency | media | armed_group | ministry ...
    parent: str | None = None  # an organ or mission ("UNSC", "KFOR"): the code of the organisation it acts for


#: a state's armed forces named by its adjective ("the Indian army", "the Nigerian military")
FORCES = frozenset({"army", "military", "navy", "armed forces", "air force", "police", "coast guard"})


#: lower-case words inside the name of an organ or mission ("Interim Force in Lebanon")
PART_JOINERS = frozenset({"of", "in", "for", "the", "and", "on", "to"})

#: place names that are also common first names: followed by a capitalised surname they are a person
FIRST_NAME_PLACES = frozenset({"sofia", "victoria", "santiago", "georgia", "florence"})
#: capitalised words after such a place that keep it a place ("Sofia Airport", "Victoria Falls")
NOT_SURNAMES = frozenset({
    "airport", "falls", "lake", "city", "province", "region", "district", "university", "station", "port",
    "harbour", "harbor", "square", "street", "court", "police", "municipality", "metro", "stock", "exchange",
    "times", "post", "daily", "news", "process", "declaration", "agreement", "accord", "group", "summit",
    "memorial", "strait", "cathedral", "palace", "bay", "island", "islands", "county", "state", "mayor",
})


@dataclass
class Lexicon:
    """All forms the ruler matches, and indexes the linker and the organisations component read."""

    version: str
    lower_forms: list[tuple[str, int]] = field(default_factory=list)  # (form, entry index)
    orth_forms: list[tuple[str, int]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    by_norm: dict[str, Entry] = field(default_factory=dict)  # normalised form -> entry
    by_code: dict[str, Entry] = field(default_factory=dict)  # kb code -> entry (non-state first)
    departments: frozenset[str] = frozenset()
    department_heads: frozenset[str] = frozenset()

    def lookup(self, text: str) -> Entry | None:
        """Exact normalised lookup of a mention ("the CSTO", "Russia's" -> Russia)."""
        key = norm(text)
        if key.endswith("'s"):
            key = key[:-2].strip()
        return self.by_norm.get(key)


def _data(name: str):
    return resources.files("blocwatch.pipeline").joinpath("data").joinpath(name)


def load_json(name: str) -> dict:
    """Read one of this package's data files."""
    with _data(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def _kb_states() -> list:
    import blocwatch.kb as kb

    fn = getattr(kb, "states", None)
    if callable(fn):
        return list(fn())
    from blocwatch.kb.states import states

    return states()


@dataclass(frozen=True)
class _OrgRow:
    code: str
    name: str
    names: tuple[str, ...]
    kind: str
    curated: bool = True


def _kb_orgs() -> list:
    """Organisations from `blocwatch.kb.orgs()`, or straight from its curated table until it exists."""
    import blocwatch.kb as kb

    fn = getattr(kb, "orgs", None)
    if callable(fn):
        return list(fn())
    path = resources.files("blocwatch.kb").joinpath("data").joinpath("orgs.csv")
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            _OrgRow(row["code"], row["name"], split_multi(row.get("names")), row.get("kind") or "igo")
            for row in csv.DictReader(fh)
        ]


def _kb_org_parts() -> list:
    try:
        from blocwatch.kb import org_parts
    except ImportError:  # pragma: no cover
        return []
    return list(org_parts())


def part_of(text: str) -> Entry | None:
    """The organ or mission a mention names ("UN Security Council", "KFOR"), with its `parent`."""
    entry = lexicon().lookup(text)
    return entry if entry is not None and entry.parent else None


def _usable_org_form(form: str, curated: bool) -> bool:
    """Curated organisations keep every form; COW-only ones only long, unambiguous names."""
    if not form or not any(ch.isalpha() for ch in form):
        return False
    if not all(ord(ch) < 0x2000 for ch in form):  # Cyrillic forms never occur in English text
        return False
    if curated:
        return len(form) >= 2
    return len(form.split()) >= 3


def _add(lex: Lexicon, entry: Entry, forms: Iterable[str]) -> None:
    idx = len(lex.entries)
    lex.entries.append(entry)
    if entry.kind not in STATE_KINDS:
        lex.by_code.setdefault(entry.code, entry)
    for form in forms:
        form = form.strip()
        if not form:
            continue
        key = norm(form)
        if key in lex.by_norm:  # first writer wins (state names before adjectives before capitals)
            continue
        lex.by_norm[key] = entry
        if form.isupper() or any(ch.isdigit() for ch in form):
            lex.orth_forms.append((form, idx))
        else:
            lex.lower_forms.append((form, idx))


@cache
def lexicon() -> Lexicon:
    """Everything the ruler matches, built once from the KB and this package's data files."""
    media, groups, gov = load_json("media.json"), load_json("groups.json"), load_json("government_bodies.json")
    intl = load_json("groups_international.json")
    version = "+".join([RULER_VERSION, media["version"], groups["version"], gov["version"], intl["version"]])
    lex = Lexicon(version=version)
    states = [st for st in _kb_states() if not getattr(st, "historic", False)]
    historic = [st for st in _kb_states() if getattr(st, "historic", False)]
    for st in [*states, *historic]:
        _add(lex, Entry(st.code, st.name, "GPE", "state"), (st.name, *st.names))
    for st in [*states, *historic]:
        _add(lex, Entry(st.code, st.name, "NORP", "demonym"), (*st.adjectives, *st.demonyms))
    for st in [*states, *historic]:
        _add(lex, Entry(st.code, st.name, "GPE", "capital"), st.capitals)
    orgs = _kb_orgs()
    for org in [o for o in orgs if getattr(o, "curated", True)]:
        forms = [f for f in (org.name, *org.names) if _usable_org_form(f, True)]
        if org.code.replace("-", "").replace("+", "").isalnum():
            forms.append(org.code)
        _add(lex, Entry(org.code, org.name, "ORG", org.kind or "igo"), forms)
    # organs and missions of KB organisations (kb/data/org_parts.csv): their actor code is the parent's
    for part in _kb_org_parts():
        forms = [f for f in (part.name, *part.names) if _usable_org_form(f, True)]
        _add(lex, Entry(part.code, part.name, "ORG", part.kind, part.parent), forms)
    # well-known bodies with their full names before the COW table's abbreviated ones ("Intl ...")
    for item in intl["entries"]:
        _add(lex, Entry(item["code"], item["name"], "ORG", item["kind"]), [item["name"], *item["forms"]])
    for org in [o for o in orgs if not getattr(o, "curated", True)]:
        forms = [f for f in (org.name, *org.names) if _usable_org_form(f, False)]
        _add(lex, Entry(org.code, org.name, "ORG", org.kind or "igo"), forms)
    for item in [*media["entries"], *groups["entries"]]:
        _add(lex, Entry(item["code"], item["name"], "ORG", item["kind"]), [item["name"], *item["forms"]])
    for item in gov["fixed"]:
        _add(lex, Entry(item["code"], item["name"], "ORG", item["kind"]), item["forms"])
    lex.departments = frozenset(w for d in gov["departments"] for w in d.split())
    lex.department_heads = frozenset(gov["department_heads"])
    return lex


@cache
def state_codes() -> frozenset[str]:
    """Codes of states (current and historic) the ruler knows."""
    return frozenset(e.code for e in lexicon().entries if e.kind in STATE_KINDS)


def entity_kind(kb_id: str | None, text: str | None = None) -> str | None:
    """Kind of an entity the ruler/linker marked: igo, bloc, alliance, ministry, agency, media, armed_group,
    party, government, parliament, state ... (None when unknown).

    Ministries carry their state's code as `kb_id` (so events can code them), so pass the mention
    `text` to tell "Russian Foreign Ministry" (ministry) from "Russia" (state).
    """
    lex = lexicon()
    if text:
        entry = lex.lookup(text)
        if entry is not None:
            return "state" if entry.kind in STATE_KINDS else entry.kind
        words = set(norm(text).split())
        if words & lex.department_heads or "ministry" in words:
            return "ministry"
    if kb_id:
        entry = lex.by_code.get(kb_id)
        if entry is not None:
            return entry.kind
        if kb_id in state_codes():
            return "state"
    return None


def entity_name(kb_id: str | None, text: str | None = None) -> str | None:
    """Full name for a code ("AFP" -> "Agence France-Presse"), or for a known mention text."""
    lex = lexicon()
    if text:
        entry = lex.lookup(text)
        if entry is not None and entry.kind not in STATE_KINDS:
            return entry.name
        if entity_kind(kb_id, text) == "ministry":
            return text[4:] if text.lower().startswith("the ") else text
    if kb_id:
        entry = lex.by_code.get(kb_id)
        if entry is not None:
            return entry.name
        for e in lex.entries:
            if e.code == kb_id:
                return e.name
    return None


class KBRuler:
    """The component: `match(doc)` finds spans, `set_annotations(doc, spans)` writes `doc.ents`."""

    def __init__(self, nlp: Language, name: str = "blocwatch_kb_ruler") -> None:
        self.name = name
        self.lex = lexicon()
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._build(nlp, self.lower, self.lex.lower_forms)
        self._build(nlp, self.orth, self.lex.orth_forms)
        # `_ministries` looks only at tokens that are one of these words (their LOWER hashes)
        words = self.lex.department_heads | FORCES | {"ministry"}
        self._ministry_words = frozenset(nlp.vocab.strings.add(w) for w in words)
        self._state_labels = frozenset(nlp.vocab.strings.add(label) for label in ("GPE", "NORP"))

    def _build(self, nlp: Language, matcher: PhraseMatcher, forms: list[tuple[str, int]]) -> None:
        grouped: dict[int, list[str]] = {}
        for form, idx in forms:
            grouped.setdefault(idx, []).append(form)
        texts = [f for _, f in sorted((i, f) for i, fs in grouped.items() for f in fs)]
        keys = [i for i, fs in sorted(grouped.items()) for _ in fs]
        docs: dict[int, list[Doc]] = {}
        for key, doc in zip(keys, nlp.tokenizer.pipe(texts), strict=True):
            docs.setdefault(key, []).append(doc)
        for key, ds in docs.items():
            matcher.add(f"bwkb{key}", ds)

    def match(self, doc: Doc) -> list[Span]:
        """Spans with label and `kb_id` for every KB mention; longest wins on overlap."""
        strings = doc.vocab.strings
        spans: list[Span] = []
        for matcher, check_case in ((self.lower, True), (self.orth, False)):
            for match_id, start, end in matcher(doc):
                entry = self.lex.entries[int(strings[match_id][4:])]
                first = doc[start].text
                if check_case and not first[:1].isupper() and not first[:1].isdigit():
                    form_entry = self.lex.lookup(doc[start:end].text)
                    # a lower-case match is fine only when the known form is lower case ("al-Qaeda")
                    if form_entry is None or not _has_lower_form(self.lex, doc[start:end].text):
                        continue
                if entry.parent and any(t.is_lower and t.lower_ not in PART_JOINERS for t in doc[start:end]):
                    continue  # "the EAC regional force" describes a force; "EAC Regional Force" names one
                if end - start == 1 and first.lower() in FIRST_NAME_PLACES and end < len(doc) \
                        and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].text.isupper() \
                        and self.lex.lookup(doc[end].text) is None and doc[end].lower_ not in NOT_SURNAMES:
                    continue  # "Sofia Petrova", "Victoria Nuland": a first name, not the city
                spans.append(Span(doc, start, end, label=entry.label, kb_id=entry.parent or entry.code))
        spans.extend(self._ministries(doc, spans))
        return filter_spans(spans)

    def _ministries(self, doc: Doc, found: list[Span]) -> list[Span]:
        """ "Russian Foreign Ministry", "Russia's foreign ministry", "Ministry of Defence of Ukraine"."""
        out: list[Span] = []
        depts, heads = self.lex.departments, self.lex.department_heads
        states = [sp for sp in found if sp.label in self._state_labels]
        state_at = {sp.start: sp for sp in states}
        state_end = {sp.end: sp for sp in states}
        n = len(doc)
        if not n:
            return out
        words = self._ministry_words
        for i in [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in words]:
            tok = doc[i]
            low = tok.lower_
            if low in heads and i > 0 and doc[i - 1].lower_ in depts:
                # walk back over department words to an optional state mention
                j = i - 1
                while j > 0 and doc[j - 1].lower_ in depts:
                    j -= 1
                start, code = j, ""
                if j in state_end:
                    st = state_end[j]
                    start, code = st.start, st.kb_id_
                elif j >= 1 and doc[j - 1].lower_ in ("'s", "’s") and (j - 1) in state_end:
                    code = state_end[j - 1].kb_id_
                elif j >= 1 and doc[j - 1].text in ("'", "’") and (j - 1) in state_end \
                        and doc[j - 2].text.endswith("s"):
                    code = state_end[j - 1].kb_id_  # "Belarus' Foreign Ministry"
                if not code and (low != "ministry" or not doc[j].text[:1].isupper()):
                    continue  # "foreign office" alone is too vague; "Foreign Ministry" is not
                out.append(Span(doc, start, i + 1, label="ORG", kb_id=code))
            elif low in FORCES and i in state_end and state_end[i].label_ == "NORP" \
                    and (i + 1 >= n or not doc[i + 1].text[:1].isupper()):
                st = state_end[i]  # "the Indian army", "Russian military"
                out.append(Span(doc, st.start, i + 1, label="ORG", kb_id=st.kb_id_))
            elif tok.text == "Ministry" and i + 2 < n and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in depts:
                end = i + 3
                while end < n and (doc[end].lower_ in depts or doc[end].lower_ == "and"):
                    end += 1
                while doc[end - 1].lower_ == "and":
                    end -= 1
                code, start = "", i
                prev = state_end.get(i)  # "Russian Ministry of Defence"
                if prev is not None:
                    start, code = prev.start, prev.kb_id_
                if end + 1 < n and doc[end].lower_ == "of" and (end + 1) in state_at:
                    st = state_at[end + 1]
                    code, end = st.kb_id_, st.end
                out.append(Span(doc, start, end, label="ORG", kb_id=code))
        return out

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.set_ents(filter_spans([*doc.ents, *spans]) if doc.ents else spans, default="unmodified")

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@cache
def _lower_forms_set() -> frozenset[str]:
    lex = lexicon()
    return frozenset(norm(f) for f, _ in lex.lower_forms if f[:1].islower())


def _has_lower_form(lex: Lexicon, text: str) -> bool:
    return norm(text) in _lower_forms_set()


@Language.factory(
    "blocwatch_kb_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob", "token.ent_kb_id"],
)
def make_kb_ruler(nlp: Language, name: str) -> KBRuler:
    return KBRuler(nlp, name)
