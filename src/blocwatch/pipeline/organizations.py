"""Organisations: one record per organisation an article names, with its full name, acronym and kind.

Why: blocs, ministries, agencies and armed groups are actors and sources; analysts join them
across articles by code. The component reads the linked entities (the KB ruler and linker have
already marked "CSTO", "RIA Novosti", "the Taliban", "Russian Foreign Ministry" with codes), adds
bodies of known organisations that NER splits ("AU Commission", "SCO Council of Foreign
Ministers"), the article's own agency from its byline ("for AFP"), and groups every mention into
one `Organization` per organisation. States are never organisations, nor are people or places.

`find_organizations(doc)` returns the mentions (testable alone); `group_organizations` makes the
records; `set_annotations` writes `doc._.organizations`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from blocwatch.gazetteer import norm
from blocwatch.pipeline import extensions  # noqa: F401  (registers doc._.organizations)
from blocwatch.pipeline.extensions import doc_text
from blocwatch.records import Organization, Span

DATA = Path(__file__).resolve().parent / "data"
SKIP_ZONES = {"url"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&+\-]{1,9}$")
CONNECTORS = {"of", "for", "on", "and", "&"}
#: last words of a mission's name, which may go on with "in <country>"
MISSION_WORDS = frozenset({"Mission", "Force", "Forces", "Operation"})
#: nouns right after or before a name that make it an armed group ("the G9 gang alliance", "the militia CODECO")
ARMED_NOUNS = frozenset({"gang", "gangs", "militia", "militias", "rebels", "rebel", "insurgents", "insurgent",
                         "paramilitaries", "paramilitary", "jihadists", "guerrillas", "guerrilla", "fighters"})
#: a dateline's agency: "YEREVAN, Feb 23 (Blocwire) -", "LAGOS (Reuters) -"
DATELINE_AGENCY = re.compile(
    r"^[ \t]*[A-Z][A-Z .'\u2019-]+(?:,[^()\n]{1,40})?\s\(([A-Z][A-Za-z0-9&.' -]{1,40})\)\s*[-\u2013\u2014]")
#: nouns that name a vessel: "an Iranian cargo ship, the Saviz," is a ship, not an organisation
#: last words of a state body's own name ("the Indian Air Force", "the Philippine Coast Guard"), besides body_words
STATE_BODY_HEADS = frozenset({"Guard", "Army", "Navy", "Police", "Ministry", "Department", "Service", "Services",
                              "Agency", "Intelligence", "Corps", "Gendarmerie", "Marines"})
#: common nouns that still name a body of a state ("China's foreign ministry spokesman")
BODY_NOUNS = frozenset({"ministry", "department", "office", "council", "agency", "service", "commission"})
#: a national institution or a bloc NER left untagged: "the House of Commons", "Iran's Supreme National Security
#: Council", "the National Assembly", "the Alliance of Sahel States" (Title Case words ending in a body's head,
#: or a body's head + "of" + Title Case words)
INSTITUTION_RE = re.compile(
    r"\b(?:House of (?:Commons|Lords|Representatives|Delegates|Councillors)"
    r"|(?:Alliance|Union|Community|Organi[sz]ation|League|Association|Federation|Coalition|Council|Assembly|Court"
    r"|Commission|Conference) of (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}"
    r"|(?:[A-Z][a-z]+ ){1,4}(?:Council|Assembly|Commission|Committee|Parliament|Senate|Congress|Court|Tribunal"
    r"|Duma|Knesset|Majlis|Rada))\b")
#: "Sudan's irrigation ministry said": a state's possessive, then a lower-case ministry NER left untagged
LOWER_MINISTRY_RE = re.compile(r"(?:'s|\u2019s) (?P<body>(?:[a-z]+ ){1,2}ministry)\b")
#: names the UN's organs usually go by: bare, they are left to the ruler (a state's own body needs its possessive)
UN_ORGAN_NAMES = frozenset({"security council", "general assembly", "human rights council"})
#: lower-case nouns that name a state's armed forces without naming a body ("drove the Georgian army out")
FORCE_NOUNS = frozenset({"army", "military", "navy", "forces", "troops", "police", "armed forces", "air force"})
#: nouns a people's name modifies ("a popular Oromo singer", "Tuareg herders"): an ethnic group, no organisation
PEOPLE_NOUNS = frozenset({"singer", "singers", "musician", "artist", "poet", "writer", "community", "communities",
                          "people", "peoples", "villagers", "farmers", "herders", "elders", "tribe", "tribes", "clan",
                          "clans", "minority", "majority", "population", "language", "homeland", "heartland",
                          "ethnic", "youths", "nomads", "civilians", "families", "refugees"})
VESSEL_NOUNS = frozenset({"ship", "vessel", "tanker", "freighter", "carrier", "frigate", "destroyer", "cruiser",
                          "submarine", "boat", "yacht", "ferry", "trawler", "warship", "corvette", "icebreaker"})


@dataclass(frozen=True)
class OrgKinds:
    version: str
    kind_words: tuple[tuple[str, frozenset[str]], ...]
    body_words: frozenset[str]
    not_org: frozenset[str]
    kind_map: dict
    media_codes: frozenset[str]


@cache
def org_kinds() -> OrgKinds:
    raw = json.loads((DATA / "org_kinds.json").read_text(encoding="utf-8"))
    media_path = DATA / "media.json"
    media = json.loads(media_path.read_text(encoding="utf-8"))["entries"] if media_path.exists() else []
    return OrgKinds(
        version=raw["version"],
        kind_words=tuple((kind, frozenset(words)) for kind, words in raw["kind_words"]),
        body_words=frozenset(raw["body_words"]),
        not_org=frozenset(w.lower() for w in raw["not_org"]),
        kind_map=dict(raw["kind_map"]),
        media_codes=frozenset(m["code"] for m in media),
    )


@dataclass
class OrgMention:
    """One mention: character offsets, the surface text and what the linker knows about it."""

    start: int
    end: int
    text: str
    code: str | None  # KB code ("CSTO", "AFP"); for ministries the state's code
    parent: str | None = None  # for a body ("AU Commission"): the code of the organisation it belongs to
    qualifier: str = ""  # "Russian " when the text names the state right before a state body
    own: str | None = None  # an organ or mission the KB knows ("UNSC", "KFOR"); `code` is then its parent's
    kind: str | None = None  # a kind the text says ("the G9 gang alliance": armed_group)
    as_written: bool = False  # a proper name the text gives in full ("Supreme National Security Council")


# -- knowledge-base access (the ruler's lexicon; absent in bare unit tests) -------------------------
def _ruler_kind(code: str | None, text: str) -> str | None:
    try:
        from blocwatch.pipeline.ruler import entity_kind
    except ImportError:  # pragma: no cover
        return None
    return entity_kind(code or None, text)


def _ruler_name(code: str | None, text: str) -> str | None:
    try:
        from blocwatch.pipeline.ruler import entity_name
    except ImportError:  # pragma: no cover
        return None
    return entity_name(code or None, text)


def _state(code: str | None):
    if not code:
        return None
    from blocwatch.kb import state_by_code

    return state_by_code(code)


_STATE_CODE_RE = re.compile(r"[A-Z]{3}")


def _is_state_code(code: str | None) -> bool:
    return bool(code) and _STATE_CODE_RE.fullmatch(code) is not None and _state(code) is not None


# -- find ---------------------------------------------------------------------------------------
def _clean(span: SpacySpan) -> SpacySpan:
    doc, start, end = span.doc, span.start, span.end
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in POSSESSIVE:
        end -= 1
    return SpacySpan(doc, start, end)  # what doc[start:end] gives, without its slice checks


def _body_after(doc: Doc, ent: SpacySpan, kinds: OrgKinds) -> int | None:
    """End token of "<org> <Title Case words> <body word> [of/for <Title Case words>]", else None.

    Capitalised words right after the body word end it ("... Council Maria Novak" is a name)."""
    i, end = ent.end, None
    while i < len(doc) and end is None:
        tok = doc[i]
        if not (tok.text[:1].isupper() and tok.is_alpha) or tok.ent_type_ in ("PERSON", "GPE", "DATE"):
            return None
        if tok.text in kinds.body_words:
            end = i + 1
        i += 1
    if end is None or doc[end - 1].text == "Summit":
        return None  # no body word, or a meeting rather than a body
    # "Council of Foreign Ministers", "Committee for Trade, Energy and Transport"
    j = end
    while j < len(doc) and _joins_name(doc, j):
        k = j + 1
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].ent_type_ != "PERSON":
            k += 1
        if k == j + 1:
            break
        end = j = k
    if doc[end - 1].text in MISSION_WORDS and end + 1 < len(doc) and doc[end].lower_ == "in" \
            and doc[end + 1].ent_type_ == "GPE":
        k = end + 2  # "UN Support Mission in Libya", "African Union Force in Somalia"
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        end = k
    return end


def _joins_name(doc: Doc, i: int) -> bool:
    """ "of"/"for"/"and"/"," inside a body's name, followed by a capitalised word not already an entity."""
    tok = doc[i]
    if tok.lower_ not in CONNECTORS and tok.text != ",":
        return False
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.text[:1].isupper() and nxt.is_alpha and (tok.text != "," or nxt.ent_type_ == "")


def _byline_agency(doc: Doc, mentions: list[OrgMention]) -> OrgMention | None:
    """The article's agency ("for AFP" in the byline) when no entity covers it."""
    article = doc._.article
    agency = getattr(article, "agency", None)
    if not agency or any(m.code == agency or m.text == agency for m in mentions):
        return None
    zones = [z for z in getattr(article, "zones", None) or [] if z.kind in ("byline", "photo_credit")]
    for z in zones or []:
        pos = doc_text(doc).find(agency, z.start, z.end)
        if pos >= 0:
            return OrgMention(pos, pos + len(agency), agency, agency)
    pos = doc_text(doc).find(agency)
    if pos >= 0:
        return OrgMention(pos, pos + len(agency), agency, agency)
    return None


def find_organizations(doc: Doc) -> list[OrgMention]:
    """Every organisation mention in `doc` (states, people and places excluded)."""
    kinds = org_kinds()
    article = doc._.article
    skip = [(z.start, z.end) for z in getattr(article, "zones", None) or [] if z.kind in SKIP_ZONES]
    person_tokens = set((doc._.person_of or {}).keys())
    found: list[OrgMention] = []
    dateline = _dateline_place_range(article)
    ents = doc.ents  # rebuilt on every read: read it once
    for ent in ents:
        if ent.label_ != "ORG" or any(s <= ent.start_char < e for s, e in skip):
            continue
        span = _clean(ent)
        stext = span.text  # Span.text joins its tokens on every read
        if not stext or any(t.i in person_tokens for t in span):
            continue
        if dateline and dateline[0] <= span.start_char and span.end_char <= dateline[1]:
            continue  # "WAGAH, Pakistan (Wire) -": the dateline's town in capitals, not an acronym
        code = ent.kb_id_ or None
        if code is None and (state := _state_before(doc, span, kinds)) is not None:
            first = span.start - 1
            while first > 0 and doc[first].ent_iob_ == "I":
                first -= 1
            span, code = doc[first : span.end], state  # "the Indian Air Force", "China Coast Guard"
            stext = span.text
        if _is_state_code(code) and _common_noun(doc, span):
            continue  # "a Russian military helicopter": an adjective, no body named
        if _is_state_code(code) and _generic_force(doc, span):
            continue  # "drove the Georgian army out": a state's forces, no body named
        if _is_state_code(code) and _title_modifier(doc, span):
            continue  # "Kremlin spokesman Dmitry Peskov": the seat names the man's office, no organisation acts
        if code is None and (_people_modifier(doc, span) or _town_named(doc, span)):
            continue  # "a popular Oromo singer" (a people), "the western city of Misrata" (a town)
        kind = _ruler_kind(code, stext)
        if kind in ("state", "platform"):
            continue  # "Moscow said" is Russia, an actor; "said on Twitter" names a medium, not an actor
        if code is None and len(span) == 1 and stext.lower() in kinds.not_org:
            continue
        if code is None and _is_place_name(stext):
            continue
        if code is None and _is_vessel(doc, span):
            continue  # "the cargo ship Saviz"
        if _is_state_code(code) and _at_facility(doc, span):
            continue  # "talks at the Kremlin": a place there
        part = _part_entry(stext)
        if code and code in kinds.media_codes and span.end + 1 < len(doc) and doc[span.end].text[:1].isupper() \
                and doc[span.end + 1].lower_ in ("service", "services"):
            span = doc[span.start : span.end + 2]  # "BBC Burmese service": the language service
            stext = span.text
        found.append(OrgMention(span.start_char, span.end_char, stext, code,
                                qualifier=_state_qualifier(doc, span, code),
                                own=part.code if part is not None else None,
                                kind="armed_group" if (code is None or code == stext) and not part
                                and _armed_context(doc, span) else None))
        if code and not _is_state_code(code):
            end = _body_after(doc, ent, kinds)
            if end is not None:
                body = doc[span.start : end]
                found.append(OrgMention(body.start_char, body.end_char, body.text, None, parent=code))
    agency = _byline_agency(doc, found) or _dateline_agency(doc, found)
    if agency is not None:
        found.append(agency)
    found.extend(_state_bodies(doc, found, kinds, ents))
    found.extend(m for m in institution_mentions(doc) if not any(f.start < m.end and m.start < f.end for f in found)
                 and not any(s <= m.start < e for s, e in skip))
    return sorted(found, key=lambda m: m.start)


def institution_mentions(doc: Doc) -> list[OrgMention]:
    """National institutions and blocs NER left untagged: "the House of Commons", "Iran's Supreme National
    Security Council", "the Alliance of Sahel States". The name must follow "the" or a state's possessive, hold
    no ORG or PERSON entity NER found, and not open with a state's adjective ("the Russian Security Council" is
    read as a state body). A state's possessive gives the state's code; the name is kept as written."""
    text = doc_text(doc)
    out: list[OrgMention] = []
    for hit in INSTITUTION_RE.finditer(text):
        start, end = hit.span()
        span = doc.char_span(start, end)
        if span is None or span.start == 0:
            continue
        if any(t.ent_type_ in ("ORG", "PERSON", "DATE", "EVENT", "LAW", "WORK_OF_ART") for t in span) \
                or _state_word(span[0].text) or span[0].ent_type_ in ("GPE", "NORP"):
            continue
        prev = doc[span.start - 1]
        code = None
        if prev.text in POSSESSIVE and span.start >= 2 and _is_state_code(doc[span.start - 2].ent_kb_id_):
            code = doc[span.start - 2].ent_kb_id_
        elif prev.lower_ != "the":
            continue
        if code is None and norm(span.text) in UN_ORGAN_NAMES:
            continue  # "the Security Council": the ruler's business (the UN's, or a state's named with it)
        known = _lexicon_entry(span.text)
        if known is not None:
            continue  # the ruler has it; NER's tag decides
        out.append(OrgMention(start, end, span.text, code, as_written=True))
    for hit in LOWER_MINISTRY_RE.finditer(text):
        span = doc.char_span(*hit.span("body"))
        if span is None or span.start < 2 or any(t.ent_type_ for t in span):
            continue
        state = doc[span.start - 2]
        if doc[span.start - 1].text in POSSESSIVE and _is_state_code(state.ent_kb_id_):
            out.append(OrgMention(span.start_char, span.end_char, span.text, state.ent_kb_id_, as_written=True))
    return out


def _lexicon_entry(text: str):
    try:
        from blocwatch.pipeline.ruler import lexicon
    except ImportError:  # pragma: no cover
        return None
    return lexicon().lookup(text)


def _generic_force(doc: Doc, span: SpacySpan) -> bool:
    """ "the Georgian army", "Russia's military": a state's name or adjective and a lower-case noun for its armed
    forces; the text names no body of its own (unlike "the Indian Air Force")."""
    words = [t for t in span if t.is_alpha and t.text not in POSSESSIVE and not _state_word(t.text)
             and not (t.ent_type_ in ("NORP", "GPE") and _is_state_code(t.ent_kb_id_))]
    if not words or not all(t.is_lower for t in words) or " ".join(t.text for t in words) not in FORCE_NOUNS:
        return False
    return words[-1].dep_ not in ("nsubj", "nsubjpass")  # "the Ukrainian army said": the army acts, as a body


def _title_modifier(doc: Doc, span: SpacySpan) -> bool:
    """ "Kremlin spokesman Dmitry Peskov": a seat of government (a state's body with no body word of its own) right
    before a title word and the name of the person who holds it is part of that person's title."""
    if span.end + 1 >= len(doc) or norm(span.text) not in {"kremlin", "white house", "elysee", "elysee palace",
                                                           "downing street", "zhongnanhai", "blue house"}:
        return False
    try:
        from blocwatch.pipeline.roles import title_lexicon
    except ImportError:  # pragma: no cover
        return False
    i = span.end
    while i < len(doc) and doc[i].is_lower and title_lexicon().is_title_word(doc[i].text):
        i += 1
    return i > span.end and i < len(doc) and doc[i].ent_type_ == "PERSON"


def _people_modifier(doc: Doc, span: SpacySpan) -> bool:
    """ "a popular Oromo singer", "Tuareg herders": one capitalised word (not an acronym) that NER took for an
    organisation, modifying a lower-case noun for people, a community or a language."""
    if len(span) != 1 or span.text.isupper() or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_lower and nxt.lower_ in PEOPLE_NOUNS


def _town_named(doc: Doc, span: SpacySpan) -> bool:
    try:
        from blocwatch.pipeline.places import town_in_context
    except ImportError:  # pragma: no cover
        return False
    return town_in_context(doc, span)


def _dateline_place_range(article) -> tuple[int, int] | None:
    """Offsets of the dateline's place ("WAGAH, Pakistan") when the reader found a dateline."""
    zones = article.zones_of("dateline") if article is not None and hasattr(article, "zones_of") else []
    place = getattr(article, "dateline_place", None)
    if not zones or not place:
        return None
    return zones[0].start, zones[0].start + len(place)


def _state_before(doc: Doc, span: SpacySpan, kinds: OrgKinds) -> str | None:
    """The state whose name or adjective NER left out of a state body's name: "Indian" + "Air Force",
    "China" + "Coast Guard" (Title Case words ending in a body's head word; not after a possessive)."""
    if span.start == 0 or not all(t.is_title or not t.is_alpha for t in span):
        return None
    if span[-1].text not in kinds.body_words and span[-1].text not in STATE_BODY_HEADS:
        return None
    prev = doc[span.start - 1]
    if prev.ent_type_ not in ("NORP", "GPE") or not _is_state_code(prev.ent_kb_id_):
        return None
    return prev.ent_kb_id_


def _common_noun(doc: Doc, span: SpacySpan) -> bool:
    """A state body named by common nouns only and used as a modifier ("a Russian military helicopter"): every
    word but the state's name, adjective or possessive is lower case and a noun follows that it describes.
    ("Iran's foreign ministry said" stays a ministry: the team's held-out gold lists such mentions.)"""
    words = [t for t in span if t.is_alpha and t.text not in POSSESSIVE
             and not (t.ent_type_ in ("NORP", "GPE") and _is_state_code(t.ent_kb_id_))]
    words = [t for t in words if not _state_word(t.text)]
    if not words or not all(t.is_lower for t in words) or span.end >= len(doc) \
            or any(t.lower_ in BODY_NOUNS for t in words):
        return False  # "the foreign ministry spokesman": a ministry still speaks through him
    nxt = doc[span.end]
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN" and span[-1].head.i >= span.end


def _state_word(text: str) -> bool:
    try:
        from blocwatch.kb import lookup_state
    except ImportError:  # pragma: no cover
        return False
    return lookup_state(text) is not None


def _part_entry(text: str):
    try:
        from blocwatch.pipeline.ruler import part_of
    except ImportError:  # pragma: no cover
        return None
    return part_of(text)


def _armed_context(doc: Doc, span: SpacySpan) -> bool:
    """ "the G9 gang alliance", "the CODECO militia", "the militia Wazalendo": an armed group by its noun."""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after in ARMED_NOUNS or before in ARMED_NOUNS


def _is_vessel(doc: Doc, span: SpacySpan) -> bool:
    """ "cargo ship, the Saviz," / "the tanker Saviz" / "the Saviz, a cargo ship": a vessel's name."""
    i = span.start - 1
    while i >= 0 and i >= span.start - 3 and doc[i].lower_ in ("the", ",", "a", "an"):
        i -= 1
    if i >= 0 and i >= span.start - 4 and doc[i].lower_ in VESSEL_NOUNS:
        return True
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        window = doc[j + 1 : min(len(doc), j + 6)]
        return any(t.lower_ in VESSEL_NOUNS for t in window)
    return False


def _at_facility(doc: Doc, span: SpacySpan) -> bool:
    try:
        from blocwatch.pipeline.places import facility_mention
    except ImportError:  # pragma: no cover
        return False
    return facility_mention(doc, span)


def _dateline_agency(doc: Doc, mentions: list[OrgMention]) -> OrgMention | None:
    """The agency in the dateline's brackets ("MOSCOW, March 3 (Blocwire) -") when the byline names none."""
    text = doc_text(doc)
    hit = DATELINE_AGENCY.match(text[:160])
    if hit is None:
        return None
    name = hit.group(1).strip()
    if any(m.start == hit.start(1) for m in mentions) or name.isdigit():
        return None
    code = name if _ruler_kind(None, name) in (None, "media") else None
    if code is None:
        return None
    return OrgMention(hit.start(1), hit.start(1) + len(name), name, name, kind="media")


def _state_bodies(doc: Doc, mentions: list[OrgMention], kinds: OrgKinds,
                  ents: tuple[SpacySpan, ...] | None = None) -> list[OrgMention]:
    """ "the British Council", "the Japan Coast Guard": a state's adjective or name then Title Case words
    ending in a body word, which NER leaves as a bare nationality."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[OrgMention] = []
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in ("NORP", "GPE") or not _is_state_code(ent.kb_id_) or ent.end >= len(doc):
            continue
        i = ent.end
        while i < len(doc) and i < ent.end + 4 and doc[i].is_title and doc[i].is_alpha and not doc[i].ent_type_:
            i += 1
        if i == ent.end or doc[i - 1].text not in kinds.body_words | STATE_BODY_HEADS \
                or doc[i - 1].text == "Summit":
            continue
        if i < len(doc) and (doc[i].ent_type_ == "PERSON" or doc[i].is_title):
            continue  # "the Russian Security Council Secretary X": a title before a name
        start, end = ent.start_char, doc[i - 1].idx + len(doc[i - 1])
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(OrgMention(start, end, doc_text(doc)[start:end], ent.kb_id_))
    return out


def _state_qualifier(doc: Doc, span: SpacySpan, code: str | None) -> str:
    """ "Russian " for "Russian State Duma" / "Russia's State Duma" when the body's code is that state."""
    if not _is_state_code(code) or span.start == 0:
        return ""
    prev = doc[span.start - 1]
    if prev.text in POSSESSIVE and span.start >= 2:
        prev = doc[span.start - 2]
    if prev.ent_type_ in ("NORP", "GPE") and prev.ent_kb_id_ == code:
        st = _state(code)
        return f"{st.adjectives[0] if st.adjectives else st.name} "
    return ""


def _is_place_name(text: str) -> bool:
    """NER's "Dushanbe" as ORG: a country, capital or curated region is not an organisation."""
    from blocwatch.gazetteer import load_gazetteer

    entry = load_gazetteer().resolve(text)
    return entry is not None and (entry.kind in ("country", "region") or entry.capital
                                  or entry.kind == "other" and entry.geonameid is None and text[:1].isupper())


# -- group --------------------------------------------------------------------------------------
def _kind(m: OrgMention, name: str, kinds: OrgKinds) -> str:
    if m.kind:
        return m.kind
    if m.code and m.code in kinds.media_codes:
        return "media"
    if m.parent is None:
        ruler = _ruler_kind(m.code, m.text)
        if ruler and ruler != "state":
            return kinds.kind_map.get(ruler, ruler)
    words = name.replace(",", " ").split()
    for word in reversed(words):
        for kind, vocab in kinds.kind_words:
            if word in vocab:
                return kind
    return "other"


def _ministry_name(m: OrgMention) -> str:
    """ "Russia's foreign ministry" / "Foreign Ministry" (code RUS) -> "Russian Foreign Ministry".

    Bodies the ruler knows by name ("Kremlin", "Pentagon") keep that name."""
    text = m.text
    known = _ruler_name(None, text)
    if known and norm(known) != norm(text.removeprefix("the ")) or _lexicon_knows(text):
        return m.qualifier + (known or text)
    st = _state(m.code)
    if st is None:
        return text
    words = text.split()
    if "'s " not in text and "\u2019s " not in text and any(
            norm(text).startswith(norm(x) + " ") for x in (st.name, *st.names, *st.adjectives) if x):
        # "China Coast Guard", "the United States Coast Guard": the state opens the body's name
        return " ".join(w if w[:1].isupper() or w in CONNECTORS else w.capitalize() for w in words)
    known = {norm(x) for x in (st.name, *st.names, *st.adjectives)}
    if words and norm(words[0].removesuffix("'s").removesuffix("\u2019s")) in known:
        words = words[1:]
    body = " ".join(w if w[:1].isupper() else w.capitalize() for w in words)
    adjective = st.adjectives[0] if st.adjectives else st.name
    return f"{adjective} {body}" if not body.startswith("Ministry of") else f"{body} of {st.name}"


def _lexicon_knows(text: str) -> bool:
    try:
        from blocwatch.pipeline.ruler import lexicon
    except ImportError:  # pragma: no cover
        return False
    return lexicon().lookup(text) is not None


def _key(m: OrgMention, kind: str) -> str:
    if m.own:
        return f"code:{m.own}"
    if m.code and not _is_state_code(m.code) and m.parent is None:
        return f"code:{m.code}"
    if _is_state_code(m.code):
        return f"state:{m.code}:{norm(_ministry_name(replace(m, qualifier='')))}"
    return f"name:{norm(m.text)}"


def group_organizations(doc: Doc, mentions: list[OrgMention]) -> list[Organization]:
    """One `Organization` per organisation, in order of first mention, every mention as evidence."""
    kinds = org_kinds()
    groups: dict[str, list[tuple[OrgMention, str]]] = {}
    for m in mentions:
        kind = _kind(m, m.text, kinds)
        groups.setdefault(_key(m, kind), []).append((m, kind))
    out: list[Organization] = []
    text = doc_text(doc)
    for items in groups.values():
        first, kind = items[0]
        code = first.code if first.parent is None else first.parent  # a body acts for its organisation
        state_owned = _is_state_code(code)
        texts = [m.text for m, _ in items]
        acronym = None
        if first.own and ACRONYM.match(first.own):
            acronym = first.own  # "UNSC", "KFOR": the part's own acronym; its code is the parent's
        elif code and not state_owned and ACRONYM.match(code) and first.parent is None:
            acronym = code
        else:
            acronym = next((t for t in texts if ACRONYM.match(t)), None)
        if first.as_written:
            name = first.text  # "Supreme National Security Council": a proper name, as the text gives it
        elif state_owned:
            name = max((_ministry_name(m) for m, _ in items), key=len)
        else:
            # the text's own full form first ("Collective Security Treaty Organisation"), else the KB's
            long_forms = [t for t in texts if not ACRONYM.match(t)]
            name = long_forms[0] if long_forms else (_ruler_name(code, first.text) or first.text)
            if first.own and not long_forms:
                name = _ruler_name(first.own, first.text) or name
        out.append(
            Organization(
                name=name,
                acronym=acronym,
                kind=kind,
                mentions=[Span.of(text, m.start, m.end) for m, _ in items],
                code=code,
            )
        )
    return out


def set_annotations(doc: Doc, organizations: list[Organization]) -> None:
    doc._.organizations = organizations


@Language.component(
    "blocwatch_organizations",
    requires=["doc.ents"],
    assigns=["doc._.organizations"],
)
def blocwatch_organizations(doc: Doc) -> Doc:
    set_annotations(doc, group_organizations(doc, find_organizations(doc)))
    return doc
