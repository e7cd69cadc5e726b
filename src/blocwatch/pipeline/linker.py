"""Entity linker: gives every mention its actor code and repairs statistical NER where the KB is sure.

Why: downstream components (people, organisations, places, quotes, events) read `doc.ents` and
`ent.kb_id_`; one place decides that "Dushanbe" is a place in Tajikistan (TJK), "Russian" is a
nationality of Russia (RUS, NORP), "Moscow said" is Russia (GPE RUS), "Lavrov" is a person when
"Sergei Lavrov" is one, and that a headline's "Blocs Led" or a caption's "Defense" are not actors.
Everything is dictionary look-ups over the ruler's lexicon: no model, no gazetteer search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from blocwatch.pipeline.extensions import doc_text
from blocwatch.pipeline.roles import TitleLexicon, title_lexicon
from blocwatch.pipeline.ruler import STATE_KINDS, Lexicon, lexicon

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
POSSESSIVE = {"'s", "’s", "'", "’"}
#: words that end an organisation's name; capitalised words after them are usually a person
ORGAN_WORDS = {"council", "committee", "commission", "ministry", "office", "agency", "service", "assembly",
               "parliament", "court", "bank", "secretariat", "union", "organisation", "organization", "department",
               "forces", "force", "army", "party", "front", "duma", "government"}


@dataclass
class Link:
    """One entity after linking: token range, label and code ('' when none)."""

    start: int
    end: int
    label: str
    kb_id: str


def headline_sentences(doc: Doc) -> set[int]:
    """Start tokens of sentences that are headlines (title zone, or Title Case Without Final Stop)."""
    out: set[int] = set()
    article = doc._.article
    zones = [z for z in getattr(article, "zones", []) or [] if z.kind in ("title", "related")]
    # each token's is_alpha, length and offset from one `doc.to_array`; a word's first letter from the doc's text
    text = doc_text(doc)
    rows = doc.to_array([IS_ALPHA, LENGTH, IDX]).tolist()
    for sent in doc.sents:
        if any(z.start <= sent.start_char < z.end for z in zones):
            out.add(sent.start)
            continue
        words = [r[2] for r in rows[sent.start : sent.end] if r[0] and r[1] > 3]
        if len(words) >= 4 and sent[-1].text not in ".?!\"'”" and all(text[i].isupper() for i in words):
            out.add(sent.start)
    return out


def _trim_person(doc: Doc, start: int, end: int, titles: TitleLexicon, lex: Lexicon) -> tuple[int, int]:
    """Drop title words, honorifics, nationality words and possessives around a person's name."""
    while start < end and (
        titles.is_title_word(doc[start].text)
        or doc[start].lower_.rstrip(".") in titles.honorifics
        or not doc[start].text[:1].isupper()
        or (lex.lookup(doc[start].text) is not None and end - start > 2)
    ):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or not doc[end - 1].text[:1].isalpha()):
        end -= 1
    return start, end


#: lower-case words inside personal names ("Ursula von der Leyen", "Mohammed bin Salman", "Lula da Silva")
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "das", "do", "dos", "di", "du", "del", "della", "la", "le",
                  "bin", "ibn", "bint", "al", "el", "ben", "ould", "wa"}
#: capitalised name particles that start a family name ("Al Thani", "El Sisi")
CAP_PARTICLES = {"Al", "El", "Ould", "Bin", "Abu", "Ben"}


def _looks_like_person(span: Span, titles: TitleLexicon) -> bool:
    """An unknown ORG/GPE that sits where a person's name goes: after a title word ("President X",
    "Commission chairperson X"), after a state's possessive ("Nigeria's Bola Tinubu") or in
    apposition with a title ("the head of ..., X", "X, the chairman of ...")."""
    if not 2 <= len(span) <= 6 or not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in NAME_PARTICLES)
                                          or _name_hyphen(t, span) for t in span):
        return False
    if not span[0].text[:1].isupper() or not span[-1].text[:1].isupper() or len(span) - sum(
            t.lower_ in NAME_PARTICLES for t in span) > 4:
        return False
    if any(titles.is_title_word(t.text) or t.lower_ in ORGAN_WORDS for t in span):
        return False
    doc = span.doc
    if span.start > 0 and titles.is_head(doc[span.start - 1].text):
        return True
    if span.start > 1 and doc[span.start - 1].text in ("'s", "’s") and doc[span.start - 2].ent_kb_id_ \
            and doc[span.start - 2].ent_type_ == "GPE":
        return True  # "Nigeria's Bola Tinubu"
    root = span.root
    if root.dep_ == "appos" and titles.is_head(root.head.text) and root.head.i < span.start:
        return True
    return any(c.dep_ == "appos" and titles.is_head(c.text) and c.i > span.end for c in root.children)


def _name_hyphen(tok, span: Span) -> bool:
    """The hyphen of a double given name ("Faustin-Archange"): between two capitalised words, no spaces."""
    i = tok.i
    return tok.text == "-" and span.start < i < span.end - 1 and not tok.whitespace_ \
        and not tok.doc[i - 1].whitespace_ and tok.doc[i + 1].text[:1].isupper()


def _name_after_organ(span: Span, titles: TitleLexicon) -> int | None:
    """ "Collective Security Council Jane Doe" as one ORG: where the person's name starts, if any."""
    if len(span) < 3:
        return None
    for cut in (span.end - 2, span.end - 3):
        if cut <= span.start:
            continue
        tail = span.doc[cut : span.end]
        prev = span.doc[cut - 1]
        if (prev.lower_ in ORGAN_WORDS or titles.is_head(prev.text)) and all(
            t.is_alpha and t.text[:1].isupper() and not titles.is_title_word(t.text) and t.lower_ not in ORGAN_WORDS
            for t in tail
        ):
            return cut
    return None


def _extend_name(doc: Doc, end: int) -> int:
    """NER stops inside particle names: "Ursula von der" + "Leyen", "Mohammed bin Abdulrahman" + "Al Thani"."""
    while end < len(doc):
        last, nxt = doc[end - 1], doc[end]
        after = doc[end + 1] if end + 1 < len(doc) else None
        if last.lower_ in NAME_PARTICLES and last.text.islower() and nxt.is_alpha and nxt.text[:1].isupper():
            end += 1
        elif last.lower_ in NAME_PARTICLES and last.text.islower() and nxt.lower_ in NAME_PARTICLES \
                and nxt.text.islower() and after is not None and after.is_alpha and after.text[:1].isupper():
            end += 2  # "Ursula von" + "der Leyen"
        elif nxt.text in CAP_PARTICLES and after is not None and after.is_alpha and after.text[:1].isupper() \
                and not after.ent_kb_id_:
            end += 2
        else:
            break
    return end


def _extend_surname(doc: Doc, start: int, end: int, titles: TitleLexicon, lex) -> int:
    """NER stops before a third name: "Maria Corina" + "Machado" (a capitalised word no entity
    claims, that is no title or known name, followed by lower case or punctuation)."""
    if end - start < 2 or end >= len(doc):
        return end
    nxt = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if nxt.ent_type_ or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.text.isupper() \
            or nxt.is_sent_start or titles.is_title_word(nxt.text) or lex.lookup(nxt.text) is not None \
            or nxt.lower_ in PLACE_NOUNS or nxt.lower_ in ORGAN_WORDS:
        return end
    if after is not None and after.text[:1].isupper():
        return end
    return end + 1


#: words after a one-word name that make it a place ("the Donetsk region", "the Lachin corridor")
PLACE_NOUNS = {"region", "regions", "province", "provinces", "oblast", "district", "districts", "corridor",
               "governorate", "county", "state", "valley", "border", "enclave", "city", "town", "village",
               "port", "airport", "front", "frontline", "area", "camp", "strip"}
#: words before a one-word name that make it a company or group ("airline Ryanair", "rebel group M23")
COMPANY_NOUNS = {"airline", "carrier", "company", "firm", "group", "giant", "maker", "operator", "bank", "lender",
                 "insurer", "retailer", "conglomerate", "startup", "manufacturer", "broadcaster", "outlet", "newspaper"}
PLACE_PREPS = {"in", "near", "outside", "around", "from", "into", "towards", "toward", "at"}


def _place_by_context(doc: Doc, start: int, end: int) -> bool:
    """A one-word 'person' that the text calls a place: "near Avdiivka", "the Kharkiv and X regions"."""
    if end - start != 1:
        return False
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in PLACE_NOUNS:
        return True
    if nxt is not None and nxt.lower_ in ("and", ",") and end + 2 < len(doc) and doc[end + 1].text[:1].isupper() \
            and doc[end + 2].lower_ in PLACE_NOUNS:
        return True  # "the Zaporizhzhia and Kherson regions"
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.lower_ in PLACE_PREPS and doc[start].text[:1].isupper() and (
        nxt is None or not nxt.text[:1].isupper())


def _gazetteer():
    try:
        from blocwatch.gazetteer import load_gazetteer
    except ImportError:
        return None
    return load_gazetteer()


def _is_city(text: str) -> bool:
    """A big place by that very name (cheap: one dict look-up in the places engineer's index)."""
    gaz = _gazetteer()
    if gaz is None:
        return False
    return any(c.primary and c.kind in ("city", "region") and c.population >= 50_000 for c in gaz.candidates(text))


def _is_known_place(text: str) -> bool:
    """Any place of that name in the gazetteer (used only where the text already says it is a place)."""
    gaz = _gazetteer()
    return gaz is not None and bool(gaz.candidates(text))


def find_links(doc: Doc) -> list[Link]:
    """The corrected entity list (not yet written to the doc)."""
    lex, titles = lexicon(), title_lexicon()
    heads = headline_sentences(doc)
    links: list[Link] = []
    doc_str = doc_text(doc)
    for ent in doc.ents:
        label, kb_id, start, end = ent.label_, ent.kb_id_, ent.start, ent.end
        if label not in NAME_LABELS:
            links.append(Link(start, end, label, kb_id))
            continue
        text = doc_str[ent.start_char : ent.end_char]  # = ent.text
        entry = lex.lookup(text)
        if entry is None and text.lower().startswith("the "):
            entry = lex.lookup(text[4:])
        if kb_id and entry is None:
            links.append(Link(start, end, label, kb_id))
            continue
        if entry is not None:
            if label == "PERSON" and len(ent) > 1 and entry.kind in STATE_KINDS:
                entry = None  # "Georgia Meloni"-like: a person whose name is also a place
            else:
                links.append(Link(start, end, entry.label, kb_id or entry.parent or entry.code))
                continue
        if label == "PERSON":
            start, end = _trim_person(doc, start, end, titles, lex)
            if start >= end:
                continue
            end = _extend_name(doc, end)
            end = _extend_surname(doc, start, end, titles, lex)
        if not doc[start].text[:1].isupper() and not doc[start].text[:1].isdigit():
            continue  # "ex-Soviet", "pro-Kremlin": not a name
        alpha = [t for t in doc[start:end] if t.is_alpha]
        if alpha and all(titles.is_title_word(t.text) for t in alpha):
            continue  # "Defense", "Foreign Minister" tagged as an organisation
        if label != "PERSON" and _looks_like_person(doc[start:end], titles):
            label = "PERSON"
            end = _extend_name(doc, end)
        elif label != "PERSON" and (cut := _name_after_organ(doc[start:end], titles)) is not None:
            if not all(titles.is_title_word(t.text) or t.lower_ in ORGAN_WORDS for t in doc[start:cut] if t.is_alpha):
                links.append(Link(start, cut, label, ""))
            links.append(Link(cut, end, "PERSON", ""))
            continue
        links.append(Link(start, end, label, ""))

    # people: surnames of full names confirm single-word mentions elsewhere

    head_tokens = {i for sent in doc.sents if sent.start in heads for i in range(sent.start, sent.end)}

    def in_headline(i: int) -> bool:
        return i in head_tokens
    surnames: set[str] = set()
    for lk in links:
        if lk.label == "PERSON" and lk.end - lk.start >= 2 and not in_headline(lk.start):
            surnames.update(t.text for t in doc[lk.start : lk.end] if t.text[:1].isupper() and len(t) > 1)
    out: list[Link] = []
    for lk in links:
        one = doc[lk.start : lk.end]
        if lk.label != "PERSON" and not lk.kb_id and lk.label in NAME_LABELS and one.text in surnames:
            lk = Link(lk.start, lk.end, "PERSON", "")  # "Lavrov" tagged ORG once "Sergei Lavrov" is a person
        if lk.label in ("PERSON", "ORG") and not lk.kb_id and lk.end - lk.start == 1 \
                and one.text not in surnames and _is_city(one.text):
            lk = Link(lk.start, lk.end, "GPE", "")  # "Qingdao" tagged as a person
        elif lk.label == "PERSON" and not lk.kb_id and one.text not in surnames \
                and _place_by_context(doc, lk.start, lk.end) and _is_known_place(one.text):
            lk = Link(lk.start, lk.end, "GPE", "")  # "near Avdiivka", "the Lachin corridor"
        if lk.label == "PERSON" and not lk.kb_id and lk.end - lk.start == 1 and one.text not in surnames and (
                (one.text.isupper() and len(one.text) >= 3)
                or (lk.start > 0 and doc[lk.start - 1].lower_ in COMPANY_NOUNS)):
            lk = Link(lk.start, lk.end, "ORG", "")  # "the TPLF", "budget airline Ryanair"
        if lk.label == "PERSON" and in_headline(lk.start):
            words = {t.text for t in doc[lk.start : lk.end]}
            if not words & surnames:
                continue  # "Blocs Led": a headline phrase, not a person named in the story
        if lk.kb_id and _former(doc, lk.start) and _historic(lk.kb_id):
            lk = Link(lk.start, lk.end, lk.label, "")  # "former Soviet republics" are not the USSR acting
        out.append(lk)
    covered = {i for lk in out for i in range(lk.start, lk.end)}
    person_surnames = {doc[lk.end - 1].text for lk in out if lk.label == "PERSON" and lk.end - lk.start >= 2}
    for tok in doc:
        if tok.i not in covered and tok.text in person_surnames and tok.text[:1].isupper() and tok.is_alpha:
            out.append(Link(tok.i, tok.i + 1, "PERSON", ""))
    out = _agency_of_possessor(doc, out, lex)
    groups = armed_groups(doc, out)
    if groups:
        out = [lk for lk in out if not any(g.start <= lk.start < g.end or lk.start <= g.start < lk.end
                                           for g in groups)] + groups
    return shared_name_codes(sorted(out, key=lambda lk: lk.start), doc)


#: nouns that make the name next to them an armed group: "the G9 gang alliance", "the militia CODECO"
ARMED_NOUN_RE = re.compile(r"\b(?:gang|gangs|militia|militias|rebels|rebel group|rebel alliance|armed group|"
                           r"insurgents|paramilitaries|paramilitary group|guerrillas|guerrilla group)\b")
#: a state name that is short for two states: "Congo" (Brazzaville or Kinshasa); the article's other
#: mentions of one of them decide
SHARED_SHORT_NAMES = {"congo": ("COG", "COD"), "the congo": ("COG", "COD")}
#: adjectives and demonyms several states share, the default first: "Congolese" is the DR Congo's unless the article
#: names only the Republic of the Congo (Brazzaville, "Congo-Brazzaville"); "Guinean" is Guinea's unless it names only
#: Guinea-Bissau or Equatorial Guinea; "Dominican" the Dominican Republic's unless it names only Dominica
SHARED_ADJECTIVES = {"congolese": ("COD", "COG"), "guinean": ("GIN", "GNB", "GNQ"), "guineans": ("GIN", "GNB", "GNQ"),
                     "dominican": ("DOM", "DMA"), "dominicans": ("DOM", "DMA")}


def armed_groups(doc: Doc, links: list[Link]) -> list[Link]:
    """Groups the text names by an armed noun: "the G9 gang alliance" (NER: a product), "the CODECO militia",
    "the armed group Wazalendo". The name becomes an ORG whose code is the name itself (as for the
    groups the ruler knows: "M23")."""
    at_start = {lk.start: lk for lk in links}
    at_end = {lk.end: lk for lk in links}
    out: list[Link] = []
    for hit in ARMED_NOUN_RE.finditer(doc_text(doc)):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None:
            continue
        cands = []
        whole = at_end.get(span.end)
        if whole is not None and whole.start < span.start and not whole.kb_id and whole.label == "ORG" \
                and all(_group_token(t) or t.is_title for t in doc[whole.start : span.start]):
            # "the CODECO militia" tagged whole: the name is the part before the noun
            cands.append((whole.start, span.start, Link(whole.start, span.start, "ORG", "")))
        if span.start > 0:
            lk = at_end.get(span.start)
            if lk is not None:
                cands.append((lk.start, lk.end, lk))
            elif _group_token(doc[span.start - 1]):
                cands.append((span.start - 1, span.start, None))
        if span.end < len(doc):
            lk = at_start.get(span.end)
            if lk is not None:
                cands.append((lk.start, lk.end, lk))
            elif _group_token(doc[span.end]):
                cands.append((span.end, span.end + 1, None))
        for start, end, lk in cands[:1]:
            if lk is not None and (lk.kb_id or lk.label not in ("ORG", "PRODUCT", "NORP", "WORK_OF_ART", "GPE", "LOC")
                                   or lk.label == "NORP" and not all(_group_token(t) for t in doc[start:end])
                                   or lk.label in ("GPE", "LOC") and _is_known_place(doc[start:end].text)):
                continue  # a known group ("M23 rebels"), a people ("Tuareg rebels"), a town ("Goma gangs")
            name = doc[start:end].text
            out.append(Link(start, end, "ORG", name))
    return out


#: head nouns of an agency named by its parent's possessive and a description: "the UN's refugee agency"
AGENCY_NOUNS = frozenset({"agency", "watchdog", "programme", "program", "fund", "office", "body"})


def _agency_of_possessor(doc: Doc, links: list[Link], lex) -> list[Link]:
    """ "the UN's refugee agency" is the agency the knowledge base knows as "UN refugee agency" (UNHCR), not the UN:
    the possessive form of a description the lexicon holds with the parent's name before it."""
    out: list[Link] = []
    skip_to = -1
    for lk in links:
        if lk.start < skip_to:
            continue
        e = lk.end
        if lk.label == "ORG" and lk.kb_id and e + 1 < len(doc) and doc[e].text in ("'s", "\u2019s"):
            for k in range(e + 2, min(e + 5, len(doc) + 1)):
                if doc[k - 1].lower_ in AGENCY_NOUNS:
                    words = " ".join([doc[lk.start : e].text] + [t.text for t in doc[e + 1 : k]])
                    entry = lex.lookup(words)
                    if entry is not None and entry.code and entry.code != lk.kb_id:
                        lk = Link(lk.start, k, "ORG", entry.code)
                        skip_to = k
                    break
        out.append(lk)
    return out


def _group_token(tok) -> bool:
    """An all-caps or digit-bearing name such as "G9", "CODECO", "M23" (not a sentence's first word)."""
    text = tok.text
    return len(text) >= 2 and text[:1].isupper() and (any(ch.isdigit() for ch in text) or text.isupper()) \
        and text.isalnum()


def shared_name_codes(links: list[Link], doc: Doc) -> list[Link]:
    """ "Congo" coded as the state of that name the article otherwise names (Kinshasa, DRC, Congolese)."""
    counts: dict[str, int] = {}
    for lk in links:
        if lk.kb_id:
            counts[lk.kb_id] = counts.get(lk.kb_id, 0) + 1
    out = []
    for lk in links:
        pair = SHARED_SHORT_NAMES.get(doc[lk.start : lk.end].text.lower()) if lk.label == "GPE" else None
        if pair and lk.kb_id in pair:
            other = pair[1] if lk.kb_id == pair[0] else pair[0]
            same = sum(1 for o in links if o.kb_id == lk.kb_id
                       and doc[o.start : o.end].text.lower() not in SHARED_SHORT_NAMES)
            if counts.get(other, 0) and not same:
                lk = Link(lk.start, lk.end, lk.label, other)
        options = SHARED_ADJECTIVES.get(doc[lk.start : lk.end].text.lower()) if lk.label == "NORP" else None
        if options and lk.kb_id in options:
            named = {o.kb_id for o in links if o.kb_id in options and doc[o.start : o.end].text.lower()
                     not in SHARED_SHORT_NAMES and doc[o.start : o.end].text.lower() not in SHARED_ADJECTIVES}
            if lk.kb_id not in named and len(named) == 1:
                lk = Link(lk.start, lk.end, lk.label, next(iter(named)))
        out.append(lk)
    return out


def _former(doc: Doc, start: int) -> bool:
    """ "former Soviet", "ex-Yugoslav", "post-Soviet": a description of today's states, not the old one."""
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev == "-" and start > 1:
        prev = doc[start - 2].lower_
    return prev in ("former", "ex", "ex-", "post", "post-") or doc[start].lower_.startswith(("ex-", "post-"))


def _historic(code: str) -> bool:
    from blocwatch.kb import state_by_code

    state = state_by_code(code) if len(code) == 3 else None
    return bool(state and state.historic)


def set_annotations(doc: Doc, links: list[Link]) -> None:
    spans = [Span(doc, lk.start, lk.end, label=lk.label, kb_id=lk.kb_id) for lk in links]
    doc.set_ents(filter_spans(spans), default="outside")


@Language.component(
    "blocwatch_linker",
    requires=["doc.ents"],
    assigns=["doc.ents", "token.ent_kb_id"],
)
def blocwatch_linker(doc: Doc) -> Doc:
    set_annotations(doc, find_links(doc))
    return doc
