"""Places: every place an article names, resolved to a kind, an ISO3 country and coordinates.

Why: facts from many articles only join up when "Moscow", "the Russian capital's" and "Moskva"
land on one place with one country code. The component reads the linked entities (GPE, LOC,
FAC; states named as actors are places too, demonyms such as "Russian" are not), adds what NER
rarely marks as one entity ("eastern Ukraine", "the Tajik-Afghan border"), resolves each mention
with the cached gazetteer (`blocwatch.gazetteer`) and groups the mentions into one `Place` per
distinct place. Disambiguation uses the text first ("Moscow, Idaho"), then the states the article
mentions, then capitals and population.

`find_places(doc)` is pure and testable on hand-built docs; `set_annotations` writes
`doc._.places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from blocwatch.gazetteer import Entry, Gazetteer, load_gazetteer, norm
from blocwatch.gazetteer import _regions as curated_regions
from blocwatch.pipeline import extensions  # noqa: F401  (registers doc._.places)
from blocwatch.pipeline.extensions import doc_text
from blocwatch.records import Place, Span

PLACE_LABELS = {"GPE", "LOC", "FAC"}
SKIP_ZONES = {"url"}
COMPASS = {
    "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    "northeast", "northwest", "southeast", "southwest", "east", "west", "north", "south",
}
BORDER_RE = re.compile(r"\b(?:border|borders|frontier)\b", re.IGNORECASE)
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
#: capitalised words after a city that make it part of a document's or a process's name ("Rome Statute")
DOCUMENT_WORDS = frozenset({"Statute", "Treaty", "Protocol", "Convention", "Accord", "Accords", "Agreement",
                            "Agreements", "Declaration", "Process", "Format", "Charter", "Memorandum",
                            "Communique", "Consensus", "Plan", "Peace"})
#: words before a name that say it is a place ("near Kibumba", "the towns of Bunagana and Kiwanja")
LOCATIVE = frozenset({"in", "near", "of", "at", "from", "around", "outside", "into", "toward", "towards",
                      "between", "to", "town", "village", "city", "district", "on"})
#: seats of government, named for their building: "talks at the Kremlin" is a place there
SEATS = frozenset({"kremlin", "white house", "elysee", "elysee palace", "downing street", "zhongnanhai",
                   "blue house", "pentagon", "quai d'orsay"})
FACILITY_PREPS = frozenset({"at", "in", "inside", "outside", "into", "near", "to", "from"})
#: bodies of water named by a capitalised name and a kind word
WATER_RE = re.compile(r"\b(?:(?:[A-Z][\w'\u2019-]+ ){1,2}(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel|River|Lake)"
                      r"|(?:Sea|Gulf|Strait|Straits|Bay|Lake) of (?:the )?[A-Z][\w'\u2019-]+"
                      r"|Lake [A-Z][\w'\u2019-]+)\b")


@dataclass
class PlaceMention:
    """One mention resolved to a gazetteer entry (`display` is the cleaned surface form)."""

    start: int  # character offsets into doc.text
    end: int
    display: str
    entry: Entry


def _clean(span: SpacySpan) -> SpacySpan:
    """Drop a leading "the" and a trailing possessive: "the United States'" -> "United States"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in POSSESSIVE:
        end -= 1
    return SpacySpan(doc, start, end)  # what doc[start:end] gives, without its slice checks


def _skip_ranges(doc: Doc) -> list[tuple[int, int]]:
    article = doc._.article
    return [(z.start, z.end) for z in getattr(article, "zones", None) or [] if z.kind in SKIP_ZONES]


def _is_abbreviation(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and (all(ch.isupper() for ch in letters) and len(letters) <= 4)


def _context_codes(ents: list[SpacySpan], gaz: Gazetteer) -> set[str]:
    """States the article mentions (by name, adjective or capital): they favour namesake cities."""
    return {ent.kb_id_ for ent in ents if ent.kb_id_ in gaz.codes}


def _qualifier(doc: Doc, ent: SpacySpan, gaz: Gazetteer, ent_at: dict[int, SpacySpan]) -> str | None:
    """"Moscow, Idaho" / "Hamburg, Germany": the text of a country or US state after a comma."""
    i = ent.end
    if i + 1 < len(doc) and doc[i].text == ",":
        nxt = doc[i + 1]
        other = ent_at.get(i + 1)
        if other is not None and gaz.is_qualifier(_clean(other).text):
            return _clean(other).text
        if nxt.text[:1].isupper() and gaz.is_qualifier(nxt.text):
            return nxt.text
    return None


def _compass_region(doc: Doc, span: SpacySpan, entry: Entry) -> PlaceMention | None:
    """ "eastern Ukraine" -> a region of Ukraine (NER marks only "Ukraine")."""
    if entry.kind != "country" or span.start == 0:
        return None
    prev = doc[span.start - 1]
    if prev.lower_ not in COMPASS or not prev.is_lower:
        return None
    region = Entry(f"{prev.text} {entry.name}", "region", entry.country, entry.lat, entry.lon, 0, None,
                   None, True)
    return PlaceMention(prev.idx, span.end_char, f"{prev.text} {span.text}", region)


def _state_word(text: str, gaz: Gazetteer) -> str | None:
    """ISO3 of a state name or adjective ("Tajik", "Afghan", "Russia")."""
    code = gaz.country_code(text)
    if code:
        return code
    try:
        from blocwatch.kb import lookup_state
    except ImportError:  # pragma: no cover - the KB is part of the package
        return None
    st = lookup_state(text)
    return st.code if st is not None and not st.historic else None


def _modifies_title(doc: Doc, span: SpacySpan) -> bool:
    """True when a state name is a noun modifier of an office ("US President", "France Foreign Minister")."""
    if span.end >= len(doc) or span.end < len(doc) and doc[span.end].text in POSSESSIVE:
        return False
    try:
        from blocwatch.pipeline.roles import title_lexicon
    except ImportError:  # pragma: no cover
        return False
    nxt = doc[span.end]
    return nxt.text[:1].isupper() and title_lexicon().is_title_word(nxt.text)


def _curated_area(span: SpacySpan, gaz: Gazetteer, person_tokens: set[int]) -> bool:
    """A country or curated region name that NER mislabelled (not a person the people step kept)."""
    if not span.text:
        return False
    if any(t.i in person_tokens for t in span) and not (span.start > 0 and span.doc[span.start - 1].lower_ == "the"
                                                        and span.text[:1].isupper()):
        return False  # a person's name; but "across the Sahel", "in the Azores": people's names take no article
    return any(c.kind in ("country", "region", "other") for c in gaz.candidates(span.text))


def find_borders(doc: Doc, gaz: Gazetteer) -> list[PlaceMention]:
    """ "the Tajik-Afghan border", "the Russia-Ukraine border": a region between named states."""
    out: list[PlaceMention] = []
    for hit in BORDER_RE.finditer(doc_text(doc)):  # a text search: iterating tokens is slow
        found = doc.char_span(hit.start(), hit.end())
        if found is None or found.start < 3:
            continue
        tok = found[0]
        j, codes = tok.i, []
        # walk back over "X - Y" (and "X - Y - Z")
        while j >= 1 and doc[j - 1].text[:1].isupper():
            code = _state_word(doc[j - 1].text, gaz)
            if code is None:
                break
            codes.append(code)
            j -= 1
            if j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_:
                j -= 1
                continue
            break
        if len(codes) < 2:
            continue
        start = doc[j]
        country = codes[0] if len(set(codes)) == 1 else None
        entry = Entry(doc[j : tok.i + 1].text, "region", country, None, None, 0, None, None, True)
        out.append(PlaceMention(start.idx, tok.idx + len(tok), entry.name, entry))
    return out


def _us_state_after_city(doc: Doc, span: SpacySpan, gaz: Gazetteer, ent_end_at: dict[int, SpacySpan]) -> Entry | None:
    """ "Atlanta, Georgia": a US state name right after a US city and a comma is the US state, not
    the country of the same name."""
    i = span.start
    if i < 2 or doc[i - 1].text != "," or not any(c.kind == "us_state" for c in gaz.candidates(span.text)):
        return None
    city = ent_end_at.get(i - 1)
    city_text = _clean(city).text if city is not None else doc[i - 2].text
    if not any(c.country == "USA" and c.kind == "city" for c in gaz.candidates(city_text)):
        return None
    return next((c for c in gaz.candidates(span.text) if c.kind == "us_state"), None)


@cache
def _region_matcher(vocab) -> PhraseMatcher:
    """Curated region names, matched exactly (capitalised): "the Middle East", "Line of Actual Control"."""
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for reg in curated_regions()["regions"]:
        for form in (reg["name"], *reg.get("aliases", [])):
            form = form[4:] if form.startswith("the ") else form
            if form[:1].isupper():
                matcher.add("region", [Doc(vocab, words=form.lower().replace("-", " - ").split())])
    return matcher


def find_curated_regions(doc: Doc, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Curated regions NER did not mark at all ("across the Middle East", "the Horn of Africa")."""
    out: list[PlaceMention] = []
    person_tokens = set((doc._.person_of or {}).keys())
    for _, start, end in filter_spans_matches(_region_matcher(doc.vocab)(doc)):
        span = doc[start:end]
        if not span[0].text[:1].isupper() or span[-1].is_lower and span[-1].lower_ not in ("peninsula", "region"):
            continue  # the case of a name: "Horn of Africa", "Korean peninsula"; not "the gulf between them"
        if any(t.i in person_tokens for t in span) or all(t.ent_type_ == "NORP" for t in span):
            continue  # a people's adjective may start a region's name ("Korean peninsula"), not be all of it
        if any((t.ent_type_ in ("GPE", "LOC", "FAC") or t.ent_kb_id_ and t.ent_type_ != "NORP")
               and not _strictly_inside(t, start, end) for t in span):
            continue  # NER has the name, or a longer one; a state inside it ("South China Sea") gives way
        if any(s < span.end_char and span.start_char < e and not (span.start_char <= s and e <= span.end_char
                                                                   and (s, e) != (span.start_char, span.end_char))
               for s, e in taken):
            continue
        entry = gaz.resolve(span.text)
        if entry is not None and entry.kind in ("region", "other"):
            out.append(PlaceMention(span.start_char, span.end_char, span.text, entry))
    return out


def _ent_end(tok) -> int:
    i = tok.i + 1
    while i < len(tok.doc) and tok.doc[i].ent_iob_ == "I":
        i += 1
    return i


def _strictly_inside(tok, start: int, end: int) -> bool:
    """The entity of `tok` lies within tokens start..end and is shorter."""
    doc, i = tok.doc, tok.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    stop = _ent_end(doc[i])
    return i >= start and stop <= end and stop - i < end - start


def _drop_inside(found: list[PlaceMention], wider: list[PlaceMention]) -> list[PlaceMention]:
    """ "China" inside "South China Sea", "Taiwan" inside "Taiwan Strait": the wider name is the place."""
    return [m for m in found if not any(w.start <= m.start and m.end <= w.end and (w.end - w.start) > (m.end - m.start)
                                        for w in wider)]


def filter_spans_matches(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Longest non-overlapping matches ("Horn of Africa" over "Africa")."""
    kept: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for m in sorted(matches, key=lambda m: (-(m[2] - m[1]), m[1])):
        if not used.intersection(range(m[1], m[2])):
            kept.append(m)
            used.update(range(m[1], m[2]))
    return sorted(kept, key=lambda m: m[1])


BARE_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                             "centre", "center", "midwest", "interior"})


def find_places(doc: Doc, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention in `doc`, resolved; mentions that resolve to nothing are dropped,
    except LOC entities (mountains, rivers, named areas), kept as kind "other"."""
    gaz = gaz or load_gazetteer()
    skip = _skip_ranges(doc)
    ents = list(doc.ents)  # doc.ents is rebuilt on every access: read it once
    ent_at = {ent.start: ent for ent in ents}
    ent_end_at = {ent.end: ent for ent in ents}
    context = _context_codes(ents, gaz)
    counts: dict[str, int] = {}
    for ent in ents:
        if ent.kb_id_ in context:
            counts[ent.kb_id_] = counts.get(ent.kb_id_, 0) + 1
    person_tokens = set((doc._.person_of or {}).keys())
    found: list[PlaceMention] = []
    pending: list[PlaceMention] = []  # towns the gazetteer does not know: their sentence's country decides
    for ent in ents:
        if any(s <= ent.start_char < e for s, e in skip):
            continue
        label = ent.label_
        kb_id = ent.kb_id_
        state_code = kb_id if kb_id in gaz.codes else None
        span = _clean(ent)
        stext = span.text  # Span.text joins its tokens on every read
        if label in ("PERSON", "ORG", "NORP") and not kb_id and _curated_area(span, gaz, person_tokens):
            label = "LOC"  # "Sahel" tagged as a person, "Crimea" as an organisation, "South Caucasus" as a people
        elif label == "NORP" and not kb_id and _listed_town(doc, span, ent_end_at) and _known_town(stext, gaz):
            label = "GPE"  # "the streets of Khartoum and Omdurman": a town NER took for a people
        elif label == "ORG" and not kb_id and town_in_context(doc, span):
            label = "GPE"  # "the western city of Misrata": a town NER took for an organisation
        if label == "ORG" and state_code and facility_mention(doc, ent):
            seat = Entry(stext, "other", state_code, None, None, 0, None, None, True)
            found.append(PlaceMention(span.start_char, span.end_char, stext, seat))  # "at the Kremlin"
            continue
        if label not in PLACE_LABELS and not (label in ("NORP", "ORG") and state_code):
            continue
        if not stext or not stext[:1].isupper():
            continue
        if stext.lower() in BARE_DIRECTIONS:
            continue  # "the North said": a side or a region named by context, not a town called North
        if span.end < len(doc) and doc[span.end].text in DOCUMENT_WORDS and not (
                state_code and ent.label_ == "GPE" and gaz.country_code(stext) == state_code):
            continue  # "the Rome Statute", "the Minsk Agreement": a document named after a city
        if label == "GPE" and state_code and _adjective_abbreviation(doc, span):
            continue  # "US soldiers", "a US-led exercise": a nationality
        within = _qualifier(doc, ent, gaz, ent_at)
        ctx = _context_for(context, counts, kb_id)
        entry = _us_state_after_city(doc, span, gaz, ent_end_at) or gaz.resolve(stext, ctx, within) \
            or (gaz.resolve(stext, ctx) if within else None)
        if entry is None:
            if label in ("LOC", "FAC") and all(t.is_title or not t.is_alpha or t.is_stop for t in span):
                entry = Entry(stext, "other", None, None, None, 0, None, None, True)
            elif label == "GPE" and _locative(doc, span, ent_end_at) and not any(t.i in person_tokens for t in span):
                pending.append(PlaceMention(span.start_char, span.end_char, stext,
                                            Entry(stext, "city", None, None, None, 0, None, None, True)))
                continue
            else:
                continue
        elif label in ("NORP", "ORG") and entry.kind != "country":
            continue  # "Russian" is a nationality; an organisation is not a place
        if state_code and entry.kind == "country" and entry.country != state_code:
            entry = _country_entry(gaz, state_code)  # the linker knows better ("Congo" in a DR Congo story)
            if entry is None:
                continue
        if entry.kind == "country" and _modifies_title(doc, span):
            continue  # "US President Jane Doe": part of a person's title, not a place named
        region = _compass_region(doc, span, entry)
        if region is not None:
            found.append(region)
            continue
        found.append(PlaceMention(span.start_char, span.end_char, stext, entry))
    pending.extend(_named_towns(doc, found + pending, person_tokens, skip))
    found.extend(_towns_by_sentence(doc, pending, found))
    found.extend(_dateline_city(doc, gaz, found))
    found.extend(m for m in find_borders(doc, gaz) if not any(s <= m.start < e for s, e in skip))
    taken = [(m.start, m.end) for m in found] + skip
    wider = find_curated_regions(doc, gaz, taken)
    found = _drop_inside(found, wider) + wider
    taken = [(m.start, m.end) for m in found] + skip
    wider = find_named_features(doc, gaz, taken)
    found = _drop_inside(found, wider) + wider
    if any(m.entry.kind in ("region", "other") for m in found):
        names = _institution_ranges(doc)
        found = [m for m in found if m.entry.kind not in ("region", "other")
                 or not any(s <= m.start and m.end <= e for s, e in names)]
    return sorted(found, key=lambda m: m.start)


def _institution_ranges(doc: Doc) -> list[tuple[int, int]]:
    """ "the Alliance of Sahel States": a region inside a bloc's name (that NER left untagged) is not a place."""
    try:
        from blocwatch.pipeline.organizations import institution_mentions
    except ImportError:  # pragma: no cover
        return []
    return [(o.start, o.end) for o in institution_mentions(doc)]


def town_in_context(doc: Doc, span: SpacySpan) -> bool:
    """A town the gazetteer knows, named where the text calls it a town: "the western city of Misrata", "near X",
    "Ajdabiya, Misrata and Zawiya" (after another town). NER sometimes tags such a name ORG."""
    if span.start == 0 or not span.text[:1].isupper():
        return False
    gaz = load_gazetteer()
    if not _known_town(span.text, gaz):
        return False
    prev = doc[span.start - 1]
    if prev.lower_ in ("near", "outside", "town", "city", "village", "port"):
        return True
    if prev.lower_ == "of" and span.start >= 2 and doc[span.start - 2].lower_ in ("town", "city", "village", "port",
                                                                                   "towns", "cities", "outskirts"):
        return True
    ent_end_at = {ent.end: ent for ent in doc.ents}
    return _listed_town(doc, span, ent_end_at)


#: "the port of Hodeidah", "the town of Balakot": a kind word, "of", then a name NER left untagged
NAMED_TOWN_RE = re.compile(r"\b[Tt]he (?:port|town|city|village|border town|port city|district|province|region)"
                           r" of (?P<name>[A-Z][a-z'\u2019]+(?:[ -][A-Z][a-z'\u2019]+)?)\b")
REGION_KINDS = ("district", "province", "region")


def _listed_town(doc: Doc, span: SpacySpan, ent_end_at: dict[int, SpacySpan]) -> bool:
    """ "Khartoum and Omdurman", "near Omdurman": a name listed after a town or right after a place word
    (not after "of", "from" or "in", where a people's name often follows: "leaders from X", "in Pashtun areas")."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.lower_ in ("near", "outside", "town", "city", "village"):
        return True
    before = ent_end_at.get(span.start - 1) if prev.lower_ in ("and", ",", "or") else None
    return before is not None and before.label_ == "GPE" and _known_town(_clean(before).text, load_gazetteer()) \
        and not load_gazetteer().country_code(_clean(before).text)


def _known_town(text: str, gaz: Gazetteer) -> bool:
    return any(c.kind == "city" for c in gaz.candidates(text))


def _named_towns(doc: Doc, taken: list[PlaceMention], person_tokens: set[int],
                 skip: list[tuple[int, int]]) -> list[PlaceMention]:
    """Towns the text names by their kind ("the port of X") when NER tagged nothing there; like other towns
    the gazetteer lacks, they take the country of their sentence."""
    out: list[PlaceMention] = []
    for hit in NAMED_TOWN_RE.finditer(doc_text(doc)):
        start, end = hit.span("name")
        span = doc.char_span(start, end)
        if span is None or any(t.ent_type_ or t.i in person_tokens for t in span) \
                or any(m.start < end and start < m.end for m in taken) or any(s <= start < e for s, e in skip):
            continue
        kind = "region" if any(w in hit.group(0) for w in REGION_KINDS) else "city"
        out.append(PlaceMention(start, end, span.text, Entry(span.text, kind, None, None, None, 0, None, None, True)))
    return out


def _dateline_city(doc: Doc, gaz: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    """The city of the dateline ("WAGAH, Pakistan (Wire) -", "NAIROBI, March 3 -") when no entity covered it.

    The city is a place where the article was filed; its qualifier picks among namesakes, and a town the
    gazetteer lacks takes the qualifier's country. (The dateline's state is never an actor: that is for the
    readers of actors to respect.)"""
    article = getattr(doc._, "article", None)
    place = getattr(article, "dateline_place", None) if article is not None else None
    zone = next(iter(article.zones_of("dateline")), None) if place and hasattr(article, "zones_of") else None
    if zone is None:
        return []
    text = doc_text(doc)
    parts = [p.strip() for p in place.split(",") if p.strip()]
    city, within = parts[0], (parts[1] if len(parts) > 1 else None)
    start = text.find(city, zone.start, zone.end)
    if start < 0 or any(m.start < start + len(city) and start < m.end for m in found):
        return []
    entry = gaz.resolve(city, (), within) if within and gaz.is_qualifier(within) else gaz.resolve(city)
    if entry is None and within:
        code = gaz.country_code(within)
        if code is None:
            return []
        entry = Entry(city.title() if city.isupper() else city, "city", code, None, None, 0, None, None, True)
    if entry is None:
        return []
    display = city.title() if city.isupper() else city
    return [PlaceMention(start, start + len(city), display, entry)]


def _context_for(context: set[str], counts: dict[str, int], own: str) -> set[str]:
    """The article's states, less the one this mention alone brings ("Salisbury" must not vote for itself)."""
    if own in context and counts.get(own, 0) <= 1:
        return context - {own}
    return context


def _country_entry(gaz: Gazetteer, code: str) -> Entry | None:
    try:
        from blocwatch.kb import state_by_code
    except ImportError:  # pragma: no cover
        return None
    st = state_by_code(code)
    if st is None:
        return None
    return next((c for c in gaz.candidates(st.name) if c.kind == "country" and c.country == code), None)


def _adjective_abbreviation(doc: Doc, span: SpacySpan) -> bool:
    """ "US soldiers", "UK-led": a state's abbreviation used as an adjective before a lower-case word."""
    if not span.text.replace(".", "").isupper() or len(span.text.replace(".", "")) > 3 or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if nxt.text == "-" and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ in ("NOUN", "VERB", "ADJ", "PROPN", "") and nxt.lower_ not in (
        "and", "or", "is", "was", "has", "had", "said", "says", "will", "would")


def _locative(doc: Doc, span: SpacySpan, ent_end_at: dict[int, SpacySpan]) -> bool:
    """ "near Kibumba", "the towns of Bunagana, Rutshuru and Kiwanja": the text calls the name a place."""
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.lower_ in LOCATIVE:
        return True
    if prev.lower_ in ("and", ",", "or") and span.start >= 2:
        before = ent_end_at.get(span.start - 1)
        return before is not None and before.label_ in ("GPE", "LOC")
    return False


def _towns_by_sentence(doc: Doc, pending: list[PlaceMention], found: list[PlaceMention]) -> list[PlaceMention]:
    """A town the gazetteer lacks takes the one country of the other towns and regions its sentence names,
    else of the one state it names; with none or several it is dropped."""
    out: list[PlaceMention] = []
    for m in pending:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        try:
            lo, hi = span.sent.start_char, span.sent.end_char
        except ValueError:  # no sentence boundaries (a bare tokenizer): the whole text
            lo, hi = 0, len(doc_text(doc))
        near = [f for f in found if lo <= f.start < hi and f.entry.country]
        # a capital that speaks ("what New Delhi said") is a government, not a place near the town
        places = [f.entry for f in near if not (f.entry.kind != "country" and _acting(doc, f))]
        # towns and regions first ("Kiwanja and Rutshuru"); states named in the sentence are often the other side
        countries = {e.country for e in places if e.kind != "country"} or {e.country for e in places}
        if len(countries) > 1:  # "India accused Pakistan ... near the town of X": not the accuser's town
            passive = {f.entry.country for f in near if f.entry.kind == "country" and not _acting(doc, f)}
            countries = passive if len(passive) == 1 else countries
        if len(countries) == 1:
            out.append(PlaceMention(m.start, m.end, m.display, m.entry._replace(country=countries.pop())))
    return out



def _acting(doc: Doc, m: PlaceMention) -> bool:
    """The mention is the subject of a verb ("India accused", "New Delhi said"): an actor, not a location."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span)


def facility_mention(doc: Doc, span: SpacySpan) -> bool:
    """ "talks at the Kremlin", "outside the White House": a seat of government named as the building."""
    clean = _clean(span)
    if norm(clean.text) not in SEATS or clean.start == 0:
        return False
    i = clean.start - 1
    if doc[i].lower_ == "the" and i > 0:
        i -= 1
    return doc[i].lower_ in FACILITY_PREPS


def find_named_features(doc: Doc, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    """Bodies of water NER left out ("the Yellow Sea", "Lake Kivu", "the Sea of Marmara"): kind other.

    (Facilities are places when NER marks them FAC, and seats of government when named as the
    building: "at the Kremlin". A regex for "<Name> air base" / "border crossing" was tried and cost
    precision on the held-out dev set, so it is not used.)"""
    text = doc_text(doc)
    out: list[PlaceMention] = []
    for hit in WATER_RE.finditer(text):
        start, end = hit.start(), hit.end()
        if any(s < end and start < e and not (start <= s and e <= end and (s, e) != (start, end)) for s, e in taken) \
                or text[start:end].split()[0] in ("The", "A", "An"):
            continue  # a town or state inside the name ("Gulf of Aden") gives way to it
        entry = gaz.resolve(text[start:end])
        if entry is None or entry.kind not in ("other", "region"):
            entry = Entry(text[start:end], "other", None, None, None, 0, None, None, True)
        out.append(PlaceMention(start, end, text[start:end], entry))
        taken.append((start, end))
    return out


def group_places(doc: Doc, mentions: list[PlaceMention]) -> list[Place]:
    """One `Place` per distinct place, in order of first mention, with every mention as evidence."""
    groups: dict[tuple, list[PlaceMention]] = {}
    for m in mentions:
        e = m.entry
        key = (e.geonameid, e.name, e.country) if e.kind == "city" else (e.kind, norm(e.name), e.country)
        groups.setdefault(key, []).append(m)
    places: list[Place] = []
    text = doc_text(doc)
    for ms in groups.values():
        e = ms[0].entry
        names = [m.display for m in ms if not _is_abbreviation(m.display)]
        name = names[0] if names else e.name
        places.append(
            Place(
                name=name,
                country=e.country,
                kind=e.contract_kind,
                lat=e.lat,
                lon=e.lon,
                mentions=[Span.of(text, m.start, m.end) for m in ms],
                geonameid=e.geonameid,
            )
        )
    return places


def set_annotations(doc: Doc, places: list[Place]) -> None:
    doc._.places = places


@Language.component(
    "blocwatch_places",
    requires=["doc.ents"],
    assigns=["doc._.places"],
)
def blocwatch_places(doc: Doc) -> Doc:
    set_annotations(doc, group_places(doc, find_places(doc)))
    return doc
