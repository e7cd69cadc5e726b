"""People: every named person once per article, with all the forms the text uses and their roles.

Why: quotes and events need to know that "Lavrov", "Sergei Lavrov" and "Russia's Lavrov" are one
person who acts for Russia. Mentions come from the linker's PERSON entities (plus byline authors);
a one-word mention joins the full name it is a part of ("Xi" -> "Xi Jinping", "Lavrov" -> "Sergei
Lavrov"), and transliteration variants join by `names.person_key`. The longest form is the name.
Roles come from `roles.find_roles` around every mention; a title with no state after "X and"
takes X's state ("Russian foreign minister A and defense minister B").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, ORTH, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from blocwatch.kb.states import state_by_capital
from blocwatch.names import fold_word, folded_key, name_tokens, person_key
from blocwatch.pipeline.extensions import doc_text
from blocwatch.pipeline.roles import (
    POSSESSIVE,
    RANK_ABBREVIATIONS,
    RANKS,
    FoundRole,
    _person_end,
    _phrase_before_comma,
    appointment_follows,
    country_of_title,
    find_roles,
    title_lexicon,
)
from blocwatch.pipeline.ruler import lexicon, state_codes
from blocwatch.records import Person, Role, Span

#: lower-case particles inside a name ("Staffan de Mistura", "Ursula von der Leyen", "Mohammed bin Salman")
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "das", "do", "dos", "di", "du", "del", "della",
                            "la", "le", "bin", "ibn", "bint", "al", "el", "ben", "ould"})
#: words right after a name that make it a speaker ("..., Jane Doe said")
SPEECH_AFTER = frozenset({"said", "says", "told"})

_BYLINE = re.compile(r"^\s*By\s+(?P<names>.+?)(?:\s+for\s+(?P<agency>[A-Z][\w.\- ]+?))?\s*$", re.M)
_BYLINE_NAME = re.compile(r"[A-Z][\w'\-]+(?:\s+(?:[A-Z][\w'\-]+|de|van|von|al|bin))*\s+[A-Z][\w'\-]+")


@dataclass
class _Cluster:
    forms: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    extra_spans: list[Span] = field(default_factory=list)  # char spans with no tokens (bylines)
    roles: list[tuple[FoundRole | None, Role]] = field(default_factory=list)
    nicknames: list[str] = field(default_factory=list)  # "better known as Y": an alias, never the name

    @property
    def name(self) -> str:
        return max([f for f in self.forms if f not in self.nicknames] or self.forms,
                   key=lambda f: (len(f.split()), len(f)))

    def tokens(self) -> set[str]:
        return {t for f in self.forms for t in name_tokens(f)}

    def name_keys(self) -> set[str]:
        return {k for f in self.forms if len(f.split()) > 1 for k in (person_key(f), folded_key(f))}


def _same(cl: _Cluster, form: str) -> bool:
    toks = name_tokens(form)
    if not toks:
        return False
    if len(toks) == 1:
        # "Zelensky" joins "Volodymyr Zelenskiy": transliterated endings folded
        return toks[0] in cl.tokens() or fold_word(toks[0]) in {fold_word(t) for t in cl.tokens()}
    if person_key(form) in cl.name_keys() or folded_key(form) in cl.name_keys():
        return True
    # "Moussa Faki" and "Moussa Faki Mahamat": one name's words contained in the other's
    return any(set(toks) <= set(name_tokens(f)) or set(name_tokens(f)) <= set(toks)
               for f in cl.forms if len(f.split()) > 1)


def byline(doc: Doc) -> tuple[list[tuple[str, int, int]], str | None, tuple[int, int] | None]:
    """Authors (name, start char, end char), agency code and byline char range."""
    article = doc._.article
    text = doc_text(doc)
    zones = [z for z in getattr(article, "zones", []) or [] if z.kind == "byline"]
    region = (zones[0].start, zones[0].end) if zones else None
    agency = getattr(article, "agency", None)
    authors = list(getattr(article, "authors", []) or [])
    if region is None:
        m = _BYLINE.search(text[:1500])
        if m:
            region = (m.start("names"), m.end())
            agency = agency or m.group("agency")
            if not authors:
                names = re.sub(r"\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?", "", m.group("names"))
                authors = [n.group(0) for n in _BYLINE_NAME.finditer(names)]
    found = []
    for name in authors:
        lo, hi = region if region else (0, len(text))
        pos = text.find(name, lo, hi if region else len(text))
        if pos < 0:
            pos = text.find(name)
        if pos >= 0:
            found.append((name, pos, pos + len(name)))
    code = None
    if agency:
        entry = lexicon().lookup(agency.strip())
        code = entry.code if entry is not None else agency.strip()
    return found, code, region


#: "Ms Kaja Kallas": what follows is a person's name
NAME_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof."})
_SLOT_SKIP_POS = frozenset({"DET", "ADJ", "NUM", "PART", "ADV"})


def _title_follows(doc: Doc, comma: int) -> bool:
    """ "..., the AU's envoy", "..., Estonia's prime minister", "..., who": a person's apposition."""
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    if doc[comma + 1].lower_ == "who":
        return True
    titles = title_lexicon()
    k = comma + 1
    while k < len(doc) and k < comma + 9:
        t = doc[k]
        if titles.is_head(t.text) or (t.lower_.endswith("s") and titles.is_head(t.lower_[:-1])):
            return t.lower_ not in titles.weak_heads
        nxt_possessive = k + 1 < len(doc) and doc[k + 1].text in POSSESSIVE
        if t.pos_ in _SLOT_SKIP_POS or t.text in POSSESSIVE or t.ent_kb_id_ or nxt_possessive \
                or titles.is_title_word(t.text):
            k += 1
            continue
        return False
    return False


def _plural_title(w: str) -> bool:
    """ "ministers", "secretaries": a title head in the plural."""
    titles = title_lexicon()
    return (w.endswith("ies") and titles.is_head(w[:-3] + "y")) or (w.endswith("s") and titles.is_head(w[:-1]))


def _plural_title_before(doc: Doc, comma: int) -> bool:
    """ "the foreign ministers of Egypt and Jordan," / "the two presidents,": a plural title before `comma`."""
    k = comma - 1
    sent_start = doc[comma].sent.start
    while k >= sent_start and comma - k < 10:
        t = doc[k]
        if _plural_title(t.lower_):
            return True
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.ent_type_ == "PERSON":
            return False
        k -= 1
    return False


def _name_run_end(doc: Doc, i: int) -> int:
    """End of a run of untagged capitalised proper nouns from i ("Jean-Luc Melenchon", "Olusegun Obasanjo")."""
    titles = title_lexicon()
    j = i
    while j < len(doc) and j - i < 6:
        t = doc[j]
        if t.text == "-" and not doc[j - 1].whitespace_ and j > i and j + 1 < len(doc):
            j += 1
            continue
        if t.ent_type_ or t.pos_ != "PROPN" or not t.text[:1].isupper() or titles.is_title_word(t.text) \
                or t.lower_ in NAME_HONORIFICS or _plural_title(t.lower_):
            break
        j += 1
    while j > i and doc[j - 1].text == "-":
        j -= 1
    return j


#: words that make a capitalised phrase after a title an organisation, not a name ("President Hotel Group")
ORG_NAME_WORDS = frozenset({
    "council", "party", "union", "ministry", "office", "bank", "group", "agency", "committee", "front", "movement",
    "army", "forces", "court", "assembly", "commission", "company", "corp", "corporation", "inc", "ltd", "institute",
    "university", "foundation", "association", "authority", "service", "fund", "organisation", "organization",
    "league", "alliance", "network", "news", "times", "post", "airlines", "airways", "club", "federation",
})


def _titled_org(doc: Doc, ent: SpacySpan, titles) -> bool:
    """An unknown ORG right after a capitalised office word, made of capitalised name words only
    ("Central African Republic President Faustin-Archange Touadera"): the tagger's miss for a name."""
    if ent.label_ != "ORG" or ent.kb_id_ or not 2 <= len(ent) <= 5 or ent.start < 1:
        return False
    prev = doc[ent.start - 1]
    if not (titles.is_head(prev.text) and prev.text[:1].isupper() and prev.lower_ not in titles.weak_heads):
        return False
    return all((t.pos_ == "PROPN" and t.text[:1].isupper()) or t.text == "-" for t in ent) \
        and not any(titles.is_title_word(t.text) or t.lower_ in ORG_NAME_WORDS for t in ent)


def _surname_tagged_apart(doc: Doc, ent: SpacySpan, nxt: SpacySpan) -> bool:
    """ "Shah Mahmood" PERSON + "Qureshi" GPE: a one-word capitalised proper noun the knowledge base does not
    know, written right after a full name, is the rest of the name."""
    return nxt.label_ in ("GPE", "ORG", "NORP") and not nxt.kb_id_ and len(nxt) == 1 and nxt[0].pos_ == "PROPN" \
        and nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.text.isalpha() \
        and doc[ent.end - 1].whitespace_ == " "


#: titles written before a regnal name ("King Hassan II", "Pope Leo XIII", "Emir Sheikh X")
REGNAL_TITLES = frozenset({"king", "queen", "pope", "emperor", "empress", "sultan", "emir", "tsar", "czar", "shah",
                           "prince", "princess", "grand", "duke", "grand-duke", "sheikh"})
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


def _regnal_names(doc: Doc) -> list[SpacySpan]:
    """ "King Hassan VI", "Queen Margrethe II", "Pope Benedict XVI": one to three capitalised names after a
    monarch's or pope's title, closed by a regnal numeral (II and up; a lone "I" may be the pronoun), are a
    person's name, numeral included, whatever the tagger made of them."""
    out = []
    n = len(doc)
    for i in range(1, n):
        if doc[i - 1].lower_ not in REGNAL_TITLES or not doc[i].text[:1].isupper() or not doc[i].is_alpha \
                or doc[i].lower_ in REGNAL_TITLES:
            continue
        j = i
        while j < n and j < i + 3 and doc[j].is_alpha and doc[j].text[:1].isupper() and not (
                _ROMAN.match(doc[j].text) and doc[j].text != "I"):
            j += 1
        if j == i or j >= n or doc[j].text == "I" or not _ROMAN.match(doc[j].text):
            continue
        span = doc[i : j + 1]
        if any(t.ent_type_ in ("GPE", "ORG") and t.ent_kb_id_ for t in span):
            continue
        if any(e.label_ == "PERSON" and e.start == i and e.end == j + 1 for e in doc.ents):
            continue
        out.append(SpacySpan(doc, i, j + 1, label="PERSON"))
    return out


def _recover_people(doc: Doc) -> None:
    """People the statistical tagger missed or called an organisation, recovered from their slot:
    a name right before a title apposition or "who" ("Olusegun Obasanjo, the AU's envoy,", "Retno
    Marsudi, who served as ...") or after "Ms"/"Dr". Only names the knowledge base does not know;
    later bare mentions of a recovered surname are tagged too. A hyphenated given name cut at the
    hyphen ("Han Duck" of "Han Duck-soo") is made whole."""
    lex = lexicon()
    titles = title_lexicon()
    new: list[SpacySpan] = []
    starts = {e.start: e for e in doc.ents}
    for ent in doc.ents:
        e = ent.end
        if _titled_org(doc, ent, titles) and lex.lookup(ent.text) is None:
            new.append(SpacySpan(doc, ent.start, ent.end, label="PERSON"))  # "... Republic President Jean-Marc X"
            continue
        nxt = starts.get(e)
        if ent.label_ == "PERSON" and len(ent) >= 2 and nxt is not None and _surname_tagged_apart(doc, ent, nxt) \
                and lex.lookup(nxt.text) is None and not _known_place(nxt.text):
            new.append(SpacySpan(doc, ent.start, nxt.end, label="PERSON"))  # "Shah Mahmood" + "Qureshi" (GPE)
            continue
        if ent.label_ == "PERSON" and e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ \
                and not doc[e].whitespace_ and doc[e + 1].is_alpha and doc[e + 1].is_lower:
            new.append(SpacySpan(doc, ent.start, e + 2, label="PERSON"))  # "Han Duck-soo": the syllable cut off
            continue
        if ent.label_ == "PERSON" and e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ \
                and not doc[e].whitespace_ and doc[e + 1].is_alpha and doc[e + 1].text[:1].isupper() \
                and len(ent) >= 2 and doc[e + 1].ent_type_ != "PERSON" \
                and (not doc[e + 1].ent_type_ or (nxt_h := starts.get(e + 1)) is not None and len(nxt_h) == 1) \
                and not (e + 2 < len(doc) and doc[e + 2].pos_ == "NOUN" and doc[e + 2].is_lower):
            # (not "Joe Biden-Xi talks", "the Ahmed-Kiir meeting": two people's names joined before a noun)
            new.append(SpacySpan(doc, ent.start, e + 2, label="PERSON"))  # "Maria Soares-Lima": no place "Lima"
            continue
        # a place is a person only before "who" ("Lucas Mbeki, who heads ...")
        who = ent.label_ == "GPE" and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "who"
        pair = ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and" and doc[ent.end + 1].ent_type_ == "PERSON"
        slot = _person_end(doc, ent.end + 2) if pair else ent.end
        listed = ent.start >= 2 and doc[ent.start - 1].text == "," and (pair or (
            ent.end < len(doc) and doc[ent.end].lower_ == "and")) and _plural_title_before(doc, ent.start - 1)
        # "The UN's special envoy for Syria, Jane de Doe, said": an ORG after a title apposition and its comma
        after_title = ent.label_ == "ORG" and ent.start >= 2 and doc[ent.start - 1].text == "," \
            and ent.end < len(doc) and doc[ent.end].lower_ in SPEECH_AFTER | {",", ".", ";"} \
            and _phrase_before_comma(doc, ent.start - 1, titles) is not None
        if (ent.label_ == "ORG" or who) and not ent.kb_id_ and 2 <= len(ent) <= 5 \
                and (listed or _title_follows(doc, slot) or after_title
                     or (ent.label_ == "ORG" and appointment_follows(doc, ent.end, ent.start))) \
                and all(t.text[:1].isupper() or t.text == "-" or (t.lower_ in NAME_PARTICLES and 0 < t.i - ent.start
                                                                  < len(ent) - 1) for t in ent) \
                and ent[-1].text[:1].isupper() and lex.lookup(ent.text) is None:
            new.append(SpacySpan(doc, ent.start, ent.end, label="PERSON"))
    for ent in doc.ents:
        # "Chad's President Mahamat Idriss Deby", "..., Sameh Shoukry and": a given name left out of the span
        b = ent.start - 1
        if ent.label_ == "PERSON" and b >= 1 and not doc[b].ent_type_ and doc[b].pos_ == "PROPN" \
                and doc[b].text[:1].isupper() and doc[b].is_alpha and not doc[b].is_sent_start \
                and not title_lexicon().is_title_word(doc[b].text) and doc[b].lower_ not in RANKS | NAME_HONORIFICS \
                and (title_lexicon().is_head(doc[b - 1].text) or doc[b - 1].text == ","):
            new.append(SpacySpan(doc, b, ent.end, label="PERSON"))
    new.extend(_regnal_names(doc))
    i = 0
    n = len(doc)
    # the entity type, POS and offset of every token from one `doc.to_array` (the entities do not change in this
    # loop), so only a capitalised proper noun outside an entity becomes a Token
    text = doc_text(doc)
    rows = doc.to_array([ENT_TYPE, POS, IDX]).tolist()
    while i < n:
        ent_type, pos, idx = rows[i]
        if ent_type or pos != PROPN or not text[idx].isupper():
            i += 1
            continue
        t = doc[i]
        prev = doc[i - 1] if i > 0 else None
        j = _name_run_end(doc, i)
        honorific = prev is not None and prev.lower_ in NAME_HONORIFICS
        # "GENEVA, Feb 3 (Agency) - Jane Doe, the head of ...": a spaced dash opens the story after a dateline
        opener = prev is None or t.is_sent_start or prev.text in (",", "and", "with", "by", "\n") or prev.is_space \
            or (prev.text in ("-", "—", "–") and bool(prev.whitespace_)) \
            or prev.lower_ in RANKS  # "General Jane Doe, the leader of the coup,"
        # "Jane Doe and John Roe, the presidents of A and B,"
        pair = j + 1 < n and doc[j].lower_ == "and" and doc[j + 1].ent_type_ == "PERSON"
        slot_end = _person_end(doc, j + 2) if pair else j
        listed = prev is not None and prev.text == "," and (pair or (j < n and doc[j].lower_ == "and")) \
            and _plural_title_before(doc, i - 1)  # "the foreign ministers of A and B, Jane Doe and John Roe"
        # "Prime Ministers Jane Doe of A and John Roe of B": a plural title right before, another person after
        listed = listed or (prev is not None and _plural_title_before(doc, i) and any(
            doc[m].lower_ == "and" and m + 1 < n and doc[m + 1].ent_type_ == "PERSON" for m in range(j, min(j + 4, n))))
        # "The UN's special envoy for Sudan, Jane Doe, said": an untagged name after a title apposition's comma
        after_title = prev is not None and prev.text == "," and j < n and doc[j].lower_ in SPEECH_AFTER | {",", "."} \
            and _phrase_before_comma(doc, i - 1, titles) is not None
        if j - i >= 2 and (honorific or listed or after_title or (opener and _title_follows(doc, slot_end))) \
                and lex.lookup(doc[i:j].text) is None:
            new.append(SpacySpan(doc, i, j, label="PERSON"))
        i = max(j, i + 1)
    if not new:
        return
    surnames = {sp[-1].text for sp in new if len(sp[-1].text) > 2 and sp[-1].text[:1].isupper()}
    taken = {k for sp in new for k in range(sp.start, sp.end)}
    strings = doc.vocab.strings
    surname_ids = {strings[s] for s in surnames}  # the ORTH ids of the surnames (a string's hash)
    for k, (orth, ent_type, pos) in enumerate(doc.to_array([ORTH, ENT_TYPE, POS]).tolist()):
        if orth in surname_ids and not ent_type and k not in taken and pos == PROPN:
            new.append(SpacySpan(doc, k, k + 1, label="PERSON"))
    keep = [e for e in doc.ents if not any(e.start < sp.end and sp.start < e.end for sp in new)]
    doc.set_ents(filter_spans(new + keep), default="outside")


def _surnames_tagged_as_states(doc: Doc) -> None:
    """ "Moqtada al-Sadr ... Sadr's bloc": a one-word state mention in mixed case that is only another form of
    the state's name ("Sadr" for the SADR, Western Sahara) and is the surname of a person the article names in
    full is that person (a state's own name, "Jordan", always stays the state)."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_alpha}
    if not surnames:
        return
    lex = lexicon()
    new = []
    for e in doc.ents:
        if len(e) != 1 or e.label_ not in ("GPE", "ORG") or not e.kb_id_ or e.text not in surnames \
                or e.text.isupper():
            continue
        entry = lex.lookup(e.text)
        if entry is not None and entry.kind == "state" and e.text.lower() not in entry.name.lower().split():
            new.append(SpacySpan(doc, e.start, e.end, label="PERSON"))
    if new:
        keep = [e for e in doc.ents if not any(e.start == sp.start for sp in new)]
        doc.set_ents(new + keep, default="outside")


def _first_name_mentions(doc: Doc) -> None:
    """ "Abiy Ahmed ... Abiy's spokeswoman", "Xi Jinping ... talks with Xi": the first word of a full name
    used alone (Ethiopian and Eritrean names, Chinese and Korean family names come first) is a mention of
    that person when no other person shares it and the knowledge base does not know it as anything else."""
    people = [e for e in doc.ents if e.label_ == "PERSON" and 2 <= len(e) <= 4]
    firsts: dict[str, set[str]] = {}
    for e in people:
        if e[0].is_alpha and len(e[0].text) > 2 and e[0].text[:1].isupper():
            firsts.setdefault(e[0].text, set()).add(e.text)
    others = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e[1:]}
    names = {f for f, full in firsts.items() if len(full) == 1 and f not in others}
    if not names:
        return
    lex, titles = lexicon(), title_lexicon()
    new = []
    name_ids = {doc.vocab.strings[f] for f in names}  # ORTH ids: only a token spelled as a name becomes a Token
    for k, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in name_ids:
            continue
        t = doc[k]
        if t.text in names and not t.ent_type_ and t.pos_ == "PROPN" and not titles.is_title_word(t.text) \
                and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha) \
                and lex.lookup(t.text) is None:
            new.append(SpacySpan(doc, t.i, t.i + 1, label="PERSON"))
    if new:
        doc.set_ents(filter_spans(new + list(doc.ents)), default="outside")


#: nouns that make a one-word "person" in apposition a place: "X, the region's second-largest town,"
PLACE_APPOS_NOUNS = frozenset({"town", "city", "port", "village", "capital", "district", "province", "region"})


def _known_place(text: str) -> bool:
    try:
        from blocwatch.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover
        return False
    return bool(load_gazetteer().candidates(text))


def _place_shaped(doc: Doc, ent: SpacySpan, gpe_at: set[int]) -> bool:
    """A one-word "person" the sentence treats as a place: listed with places ("the X, Izium and Kupiansk
    districts", "strikes on Kyiv and X") or "X, the region's largest town"."""
    i, nxt = ent.start, doc[ent.end] if ent.end < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    listed = (prev is not None and prev.lower_ in ("and", "or", ",") and i - 2 in gpe_at) or (
        nxt is not None and nxt.lower_ in ("and", "or", ",") and ent.end + 1 in gpe_at)
    if listed:
        return True
    if nxt is not None and nxt.text == ",":
        window = [t for t in doc[ent.end + 1: min(len(doc), ent.end + 8)]]
        cut = next((k for k, t in enumerate(window) if t.text in (",", ".", ";")), len(window))
        words = window[:cut]
        return bool(words) and words[0].lower_ in ("the", "a") and any(
            t.lower_ in PLACE_APPOS_NOUNS for t in words) and not any(t.ent_type_ == "PERSON" for t in words)
    return False


def _places_tagged_as_people(doc: Doc) -> None:
    """Relabel as GPE the one-word PERSON entities that the gazetteer knows as places and the sentence
    treats as one (places then resolves them); the linker only relabels big cities."""
    ents = list(doc.ents)
    gpe_at = {e.start for e in ents if e.label_ in ("GPE", "LOC")} | {e.end - 1 for e in ents if e.label_ in (
        "GPE", "LOC")}
    people_words = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    changed = False
    out = []
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text[:1].isupper() \
                and not any(ent.text in w.split() for w in people_words) and _place_shaped(doc, ent, gpe_at) \
                and _known_place(ent.text):
            out.append(SpacySpan(doc, ent.start, ent.end, label="GPE"))
            changed = True
        else:
            out.append(ent)
    if changed:
        doc.ents = out


def _ranks_tagged_as_people(doc: Doc) -> None:
    """ "army spokesman Brig. Gen. X": the tagger takes the abbreviated rank, split from its full stop, for a
    person; it is how X is addressed."""
    def rank(ent) -> bool:
        return len(ent) == 1 and ent.end < len(doc) and doc[ent.end].text == "." \
            and ent.text.lower() + "." in RANK_ABBREVIATIONS
    ents = doc.ents
    if any(e.label_ == "PERSON" and rank(e) for e in ents):
        doc.ents = [e for e in ents if not (e.label_ == "PERSON" and rank(e))]


#: "X, better known as Y", "X, also known as Y", "X, nicknamed Y": Y is another name of X
KNOWN_AS = frozenset({"known", "nicknamed", "alias", "dubbed", "called"})


def _join_known_as(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """A nickname or nom de guerre given after a name joins that person ("Londono, better known as Y")."""
    at = {s: k for k, cl in enumerate(clusters) for s, _ in cl.mentions}
    merged: dict[int, int] = {}
    for k, cl in enumerate(clusters):
        for _, e in cl.mentions:
            j = e + 1 if e < len(doc) and doc[e].text == "," else e
            if j < len(doc) and doc[j].lower_ in ("better", "also", "widely", "popularly"):
                j += 1
            if j >= len(doc) or doc[j].lower_ not in KNOWN_AS:
                continue
            j += 1 + (doc[j].lower_ == "known" and j + 1 < len(doc) and doc[j + 1].lower_ == "as")
            other = at.get(j)
            if other is not None and other != k and k not in merged and other not in merged:
                merged[other] = k
    if not merged:
        return clusters
    for other, k in merged.items():
        clusters[k].nicknames.extend(f for f in clusters[other].forms if f not in clusters[k].forms)
        clusters[k].forms.extend(f for f in clusters[other].forms if f not in clusters[k].forms)
        clusters[k].mentions.extend(clusters[other].mentions)
    return [cl for k, cl in enumerate(clusters) if k not in merged]


def _things_tagged_as_people(doc: Doc) -> None:
    """A one-word "person" the article never names in full, that stands after "the" ("the Azores") or is a word of
    a longer name of something else ("Land Rover Defender ... Defender trucks"), and never speaks, is no person: a
    known place becomes a place, anything else is dropped."""
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    full = {t.lower_ for e in persons if len(e) > 1 for t in e}
    inside = {t.lower_ for e in doc.ents if e.label_ != "PERSON" and len(e) > 1 for t in e}
    forms: dict[str, list[SpacySpan]] = {}
    for e in persons:
        if len(e) == 1 and e.text.lower() not in full:
            forms.setdefault(e.text.lower(), []).append(e)
    wrong: dict[str, bool] = {}
    for form, ents in forms.items():
        speaks = any(e.end < len(doc) and doc[e.end].lower_ in SPEECH_AFTER | {"says"} for e in ents) \
            or any(e.start >= 1 and doc[e.start - 1].lower_ in SPEECH_AFTER for e in ents)
        if speaks:
            continue
        the = any(e.start >= 1 and doc[e.start - 1].lower_ == "the" for e in ents)
        if the or form in inside:
            wrong[form] = _known_place(ents[0].text)
    if not wrong:
        return
    ents = []
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) == 1 and e.text.lower() in wrong:
            if wrong[e.text.lower()]:
                ents.append(SpacySpan(doc, e.start, e.end, label="GPE"))
            continue
        ents.append(e)
    doc.set_ents(ents, default="outside")


def find_people(doc: Doc) -> tuple[list[Person], dict[int, int]]:
    """People of the doc and the map token index -> person index."""
    _places_tagged_as_people(doc)
    _ranks_tagged_as_people(doc)
    _surnames_tagged_as_states(doc)
    _recover_people(doc)
    _first_name_mentions(doc)
    _things_tagged_as_people(doc)
    clusters: list[_Cluster] = []
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    # full names first so one-word mentions find them
    for ent in sorted(ents, key=lambda e: (-len(e), e.start)):
        form = ent.text.strip()
        target = next((cl for cl in clusters if _same(cl, form)), None)
        if target is None:
            target = _Cluster()
            clusters.append(target)
        if form not in target.forms:
            target.forms.append(form)
        target.mentions.append((ent.start, ent.end))
    clusters = _join_known_as(doc, clusters)
    authors, agency, region = byline(doc)
    byline_people: set[int] = set()
    for name, lo, hi in authors:
        idx = next((k for k, cl in enumerate(clusters) if _same(cl, name)), None)
        if idx is None:
            clusters.append(_Cluster(forms=[name]))
            idx = len(clusters) - 1
        cl = clusters[idx]
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is not None and (span.start, span.end) not in cl.mentions:
            cl.mentions.append((span.start, span.end))
        elif span is None:
            cl.extra_spans.append(Span.of(doc_text(doc), lo, hi))
        byline_people.add(idx)
        if agency:
            cl.roles.append((None, Role("reporter", agency, Span.of(doc_text(doc), lo, hi))))
    # one-word forms that never had a full name nearby stay as their own people
    people_of_token: dict[int, int] = {}
    for k, cl in enumerate(clusters):
        cl.mentions.sort()
        for s, e in cl.mentions:
            for i in range(s, e):
                people_of_token[i] = k
    # roles
    in_region = (lambda s: region[0] <= doc[s].idx < region[1]) if region else (lambda s: False)
    for k, cl in enumerate(clusters):
        for s, e in cl.mentions:
            if k in byline_people and in_region(s):
                continue
            for fr in find_roles(doc, s, e):
                ev = Span.of(doc_text(doc), doc[fr.start].idx, doc[fr.end - 1].idx + len(doc[fr.end - 1]))
                cl.roles.append((fr, Role(fr.title, fr.code, ev)))
    _inherit_codes(doc, clusters, people_of_token)
    # "X's spokesman, Y": Y waits for X's state to be found, then takes it; only then a guess of its own
    _nearest_state_codes(doc, clusters, owned=False)
    _inherit_codes(doc, clusters, people_of_token)
    _nearest_state_codes(doc, clusters)
    people = [_to_person(doc, cl) for cl in clusters]
    return people, people_of_token


def _inherit_codes(doc: Doc, clusters: list[_Cluster], person_of: dict[int, int]) -> None:
    """ "Russian foreign minister A and defense minister B": B's title takes A's state."""
    for cl in clusters:
        fixed = []
        for fr, role in cl.roles:
            if fr is not None and (fr.inherit or fr.owner is not None) and role.org_or_country is None:
                other = _person_before_and(doc, fr.start, person_of) if fr.owner is None else person_of.get(fr.owner)
                if other is not None:
                    codes = [r.org_or_country for _, r in clusters[other].roles if r.org_or_country]
                    if codes:
                        role = Role(role.title, codes[0], role.evidence)
            fixed.append((fr, role))
        cl.roles = fixed


#: dependency labels of a state that acts in its clause (subject, or the owner/adjective of the subject)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: dependency labels of a state that is only acted on, and prepositions that make a target ("sanctions
#: on Iran", "a war against Ukraine"; "in Niger", "from Kenya" are no target)
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "oprd"})
TARGET_PREPS = frozenset({"against", "on", "upon", "to", "toward", "towards", "into", "at", "over", "with"})


#: a dateline with any agency in brackets, which the zone reader may not know: "ADDIS ABABA, Oct 28 (Blocwire) -",
#: "WAGAH, Pakistan (Newswire) -"; an all-caps place, an optional qualifier or date, then the agency and a dash
BRACKET_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:,[^()\n]{1,40})?\s\([A-Z][A-Za-z0-9&.' -]{1,40}\)"
    r"\s*[-\u2013\u2014]+\s")


def dateline_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the article's dateline: the reader's zone, else a bracketed-agency dateline opening
    one of the first paragraphs (the reader only knows the big agencies)."""
    article = getattr(doc._, "article", None)
    zones = [(z.start, z.end) for z in article.zones_of("dateline")] if article is not None else []
    if zones:
        return zones
    text = doc_text(doc)
    start = 0
    for _ in range(4):
        while start < len(text) and text[start] in "\n\r \t":
            start += 1
        hit = BRACKET_DATELINE.match(text, start)
        if hit is not None:
            return [(hit.start(), hit.end())]
        end = text.find("\n", start)
        if end < 0:
            break
        start = end + 1
    return []


def _datelines(doc: Doc, strict: bool = False) -> list[tuple[int, int]]:
    """The reader's dateline zone; `strict` also takes a bracketed dateline the reader missed (used where a
    person's state is read from the sentence, not for the article's counts)."""
    if strict:
        return dateline_ranges(doc)
    article = getattr(doc._, "article", None)
    return [(z.start, z.end) for z in article.zones_of("dateline")] if article is not None else []


def _acts_as_subject(tok) -> bool:
    """ "Armenia has frozen ...", "Haitian Foreign Minister X told ...", "Russia's army said ..."."""
    if tok.dep_ in SUBJECT_DEPS:
        return True
    hops = 0
    while tok.dep_ in OWNER_DEPS | {"case"} and hops < 3 and tok.head is not tok:
        tok = tok.head
        hops += 1
        if tok.dep_ in SUBJECT_DEPS:
            return True
    return False


def _subject_after_dateline(tok, lines: list[tuple[int, int]]) -> bool:
    """ "WAGAH, Pakistan (Agency) - Pakistan handed ...": the parser takes the dateline place for the subject
    and hangs the real subject on it as an apposition."""
    head = tok.head
    return tok.dep_ == "appos" and head.dep_ in SUBJECT_DEPS and any(a <= head.idx < b for a, b in lines) \
        and not any(a <= tok.idx < b for a, b in lines)


def _is_object(tok) -> bool:
    """A state that is only the object or target of its clause ("X thanked Kenya", "sanctions on Iran")."""
    if tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in OBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in TARGET_PREPS)


#: the last doc's state mentions: (doc, its article, its entity annotation as bytes, {strict: mentions}). Person
#: after person asks for them while the entities stay the same; any change to them (or another doc) reads anew.
_STATE_ENTS: list = [None, None, b"", {}]


def _state_ents(doc: Doc, strict: bool = False) -> list[SpacySpan]:
    """State mentions (names, adjectives, capitals), the dateline left out ("ABUJA, Aug 1 -")."""
    article = getattr(doc._, "article", None)
    sign = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]).tobytes()
    cached_doc, cached_article, cached_sign, found = _STATE_ENTS
    if cached_doc is not doc or cached_article is not article or cached_sign != sign:
        found = {}
        _STATE_ENTS[:] = [doc, article, sign, found]
    if strict not in found:
        found[strict] = list(_read_state_ents(doc, strict))
    return found[strict]


def _read_state_ents(doc: Doc, strict: bool = False):
    codes = state_codes()
    datelines = _datelines(doc, strict)
    place = (getattr(getattr(doc._, "article", None), "dateline_place", None) or "").split(",")[0].strip().lower()
    for ent in doc.ents:
        if ent.kb_id_ not in codes or ent.label_ not in ("GPE", "NORP") \
                or any(a <= ent.start_char < b for a, b in datelines):
            continue
        if place and ent.start_char < 60 and ent.text.lower() == place and ent.sent.start == 0:
            continue
        yield ent


def _clause_subject_state(doc: Doc, start: int, end: int) -> str | None:
    """The state acting in the clause a person stands in: "Rwanda sent Foreign Minister X" (X is the
    object of a verb whose subject is a state), "Armenia has frozen ..., Prime Minister X said" (the
    state is the subject of what X says). One distinct state only."""
    tok = doc[end - 1]
    hops = 0
    # up to the governing verb; a participle or relative clause on a noun ("a US delegation led by X",
    # "the sanctions reimposed by X") leads on to the verb of that noun
    while (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("acl", "relcl")) and tok.head is not tok and hops < 8:
        tok = tok.head
        hops += 1
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    person_is_subject = any(start <= t.i < end for t in tok.children if t.dep_ in SUBJECT_DEPS)
    verbs = [tok] + ([c for c in tok.children if c.dep_ == "ccomp"] if person_is_subject else [])
    found: list[str] = []
    for ent in _state_ents(doc):
        if start <= ent.start < end or ent.sent != doc[start].sent:
            continue
        root = ent.root
        if not _acts_as_subject(root):
            continue
        head = root
        for _ in range(4):
            if head.dep_ in SUBJECT_DEPS:
                break
            head = head.head
        if head.dep_ in SUBJECT_DEPS and head.head in verbs and not (start <= head.i < end) \
                and ent.kb_id_ not in found:
            found.append(ent.kb_id_)
    return found[0] if len(found) == 1 else None


def _place_frame(doc: Doc, start: int) -> str | None:
    """ "In London, X, the leader of the House, resigned", "In Washington, President X said": a sentence that opens
    by setting the scene in a state or its capital reports that place's own officials."""
    sent = doc[start].sent
    if doc[sent.start].lower_ != "in":
        return None
    for ent in doc[sent.start + 1 : start].ents:
        if ent.start == sent.start + 1 and ent.end < len(doc) and doc[ent.end].text == "," \
                and ent.kb_id_ in state_codes() and ent.label_ == "GPE":
            return ent.kb_id_
    return None


def _nearest_state(doc: Doc, start: int, end: int, exclude: frozenset[str] = frozenset(),
                   body_of=None) -> str | None:
    """The state a title with no state belongs to, in this order: one named right after it ("President
    X of France"); the state acting in the person's clause ("Rwanda sent Foreign Minister X"); the state
    the article is about; then the nearest one named before it in its sentence or the previous one,
    never a state that is only the object there ("Prime Minister X thanked Kenya"). The dateline's
    state never counts merely for being the dateline: wire reporters file from summit cities
    ("BRUSSELS (Reuters) - President X" is rarely Belgium's president)."""
    sent = doc[start].sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before, right_after, previous, previous_label, acting = None, None, None, "", None
    lines = dateline_ranges(doc)
    for ent in _state_ents(doc, strict=True):  # "ADDIS ABABA, Oct 28 (Agency) - ... Prime Minister X"
        if ent.start < lo or ent.start >= sent.end:
            continue
        if end < len(doc) and doc[end].lower_ == "of" and end < ent.start <= end + 2 and right_after is None:
            right_after = ent.kb_id_  # "President X of France"
        if _is_object(ent.root):
            continue
        if sent.start <= ent.start < start and (_acts_as_subject(ent.root) or _subject_after_dateline(ent.root, lines)):
            acting = ent.kb_id_  # "May said Russia was culpable, and ... that President X ordered it"
        if ent.start < sent.start:
            # the last state named in the previous sentence wins, a name ("Mali's junta") over an
            # adjective, which usually modifies someone else ("the French ambassador")
            if previous is None or ent.label_ == "GPE" or previous_label != "GPE":
                previous, previous_label = ent.kb_id_, ent.label_
        elif ent.start < start:
            before = ent.kb_id_
    if right_after:
        return right_after
    clause = _clause_subject_state(doc, start, end)
    frame = _place_frame(doc, start)
    body = body_of(exclude) if body_of is not None else None  # "X said from the White House", "..., the Kremlin said"
    # "protesters stormed parliament in Yerevan, beating the speaker of parliament, X": the one state the sentence
    # names, as the place where things happen
    in_sent = {ent.kb_id_ for ent in _state_ents(doc) if sent.start <= ent.start < sent.end
               and not (start <= ent.start < end)}
    # ... also "met in the Irish capital": a capital named by its state's adjective
    located = next(iter(in_sent)) if len(in_sent) == 1 and any(
        (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "in" and ent.label_ == "GPE")
        or (ent.label_ == "NORP" and ent.root.head.lower_ == "capital" and ent.root.head.dep_ == "pobj"
            and ent.root.head.head.lower_ == "in")
        for ent in sent.ents if ent.kb_id_ in in_sent) else None
    for code in (clause, acting, frame, located, body, _focal_state(doc), before, previous):
        if code and code not in exclude:
            return code
    return None


def _state_counts(doc: Doc) -> dict[str, int]:
    """How often the article names each state (dateline left out)."""
    counts: dict[str, int] = {}
    for ent in _state_ents(doc):
        counts[ent.kb_id_] = counts.get(ent.kb_id_, 0) + 1
    return counts


def _focal_state(doc: Doc) -> str | None:
    """The state the article is about: the one it names most, at least twice and more often than any
    other; "the chancellor" in a story about Germany is Germany's. The dateline never counts, so a
    summit city ("BRUSSELS -") alone never decides. (Counting only the states named as subjects, or
    leaving out those named as targets, was tried on the tuning set and was worse: a story about Niger
    names France as the subject of reactions, and Niger as the target of threats.)"""
    if "bw_focal_state" not in doc.user_data:
        counts: dict[str, int] = {}
        for ent in _state_ents(doc):
            counts[ent.kb_id_] = counts.get(ent.kb_id_, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        focal = None
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            focal = ranked[0][0]
        elif ranked and ranked[0][1] >= 2:
            # a tie between the states named most ("Kenya and Tanzania sign ..."): the one whose capital the
            # dateline names is the story's home, if it is one of them
            home = _dateline_capital(doc)
            if home in {code for code, n in ranked if n == ranked[0][1]}:
                focal = home
        doc.user_data["bw_focal_state"] = focal
    return doc.user_data["bw_focal_state"]


def _dateline_capital(doc: Doc) -> str | None:
    """The state whose capital the dateline names ("NAIROBI, March 3 (Agency) -" -> KEN)."""
    lines = dateline_ranges(doc)
    codes = state_codes()
    for ent in doc.ents:
        if ent.label_ == "GPE" and ent.kb_id_ in codes and any(a <= ent.start_char < b for a, b in lines):
            st = state_by_capital(ent.text)
            return ent.kb_id_ if st is not None and st.code == ent.kb_id_ else None
    return None


#: offices held by one person per state at a time, where "leader" names the same seat as "president"
HEAD_OF_STATE = frozenset({"president", "leader", "supreme leader", "king", "emir", "sultan", "head of state"})


def _slot(title: str) -> str:
    """The seat an office fills: "Former President" and "President" the same, "leader" a head of state's."""
    t = title.lower().replace("-", " ")
    t = t[len("former "):] if t.startswith("former ") else t
    return "head of state" if t in HEAD_OF_STATE else t


def _body_frame(doc: Doc, mentions: list[tuple[int, int]], exclude: frozenset[str] = frozenset()) -> str | None:
    """The state of a government body that frames one of the person's sentences: "X said in a speech from the
    White House", "President X will travel to Beijing, the Kremlin said" (the body says what X does). A body that
    is only acted on ("X criticised the White House") frames nothing. One distinct state only."""
    codes = state_codes()
    found: set[str] = set()
    for s, e in mentions:
        sent = doc[s].sent
        person = doc[s:e].root
        for ent in sent.ents:
            if ent.label_ != "ORG" or ent.kb_id_ not in codes or ent.kb_id_ in exclude:
                continue
            root = ent.root
            place = root.dep_ == "pobj" and root.head.lower_ in ("from", "at", "in", "to", "inside")
            # "X welcomed them in a statement issued by the White House": the body that issues X's statement
            issued = root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in (
                "issue", "release", "publish", "distribute", "circulate") and root.head.head.head.lemma_ in (
                "statement", "communique", "communiqué", "message", "letter", "transcript")
            speaker = root.dep_ in SUBJECT_DEPS and root.head.lemma_ in ("say", "announce", "confirm", "report") \
                and root.head in person.ancestors
            if place or speaker or issued:
                found.add(ent.kb_id_)
    return next(iter(found)) if len(found) == 1 else None


def _counterpart_states(doc: Doc, mentions: list[tuple[int, int]]) -> set[str]:
    """ "X met his Portuguese counterpart": a state X does not serve."""
    out: set[str] = set()
    for s, e in mentions:
        root = doc[s:e].root
        if root.dep_ not in SUBJECT_DEPS:
            continue
        for obj in root.head.children:
            if obj.lemma_ == "counterpart" and any(c.lower_ in ("his", "her") for c in obj.children):
                out.update(ent.kb_id_ for ent in doc[obj.left_edge.i : obj.i].ents if ent.kb_id_ in state_codes())
    return out


def _nearest_state_codes(doc: Doc, clusters: list[_Cluster], owned: bool = True) -> None:
    """ "President X" with no state: the state the person was given elsewhere in the article ("Armenian
    Prime Minister X ... Prime Minister X said"), else the state of a country-specific office
    ("Secretary of State" -> USA, data/country_titles.json), else the state the text puts around it
    (`_nearest_state`). One guess per person, so later mentions keep the code of the first."""
    states = state_codes()
    counts = _state_counts(doc)
    # offices the text states with their state, by person: one state has one president at a time
    held = [{(_slot(r.title), r.org_or_country) for fr, r in cl.roles
             if r.title and r.org_or_country in states and not r.title.lower().startswith("former")}
            for cl in clusters]
    for k, cl in enumerate(clusters):
        own = next((r.org_or_country for _, r in cl.roles if r.org_or_country in states), None)
        guessed = None
        fixed = []
        for fr, role in cl.roles:
            if fr is not None and role.title and role.org_or_country is None and not fr.stateless \
                    and (owned or fr.owner is None):
                # "Commission President X": the European Commission's head acts for the EU
                if role.title.lower().startswith("commission "):
                    code = "EU"
                else:
                    # "NATO Secretary General X ... Secretary General X said": the same office's code
                    same = next((r.org_or_country for _, r in cl.roles if r.org_or_country and r.title
                                 and r.title.lower().replace("-", " ") == role.title.lower().replace("-", " ")), None)
                    slot = _slot(role.title)
                    others = {c for j, h in enumerate(held) if j != k for t, c in h if t == slot}
                    if fr.shared:  # "the two presidents, A and B": no one state for all of them
                        code = same or own or country_of_title(role.title, counts)
                    elif role.title.lower().startswith("former "):
                        # "Former president X" beside the sitting president of one state: that state's
                        code = same or own or country_of_title(role.title, counts) or guessed \
                            or (next(iter(others)) if len(others) == 1 else None) \
                            or _nearest_state(doc, fr.start, fr.end)
                    else:
                        # "President X and North Korean leader Y": X does not hold Y's state's office
                        exclude = frozenset(others) | _counterpart_states(doc, cl.mentions)
                        code = same or own or country_of_title(role.title, counts) or guessed \
                            or _nearest_state(doc, fr.start, fr.end, exclude=exclude,
                                              body_of=lambda ex, m=cl.mentions: _body_frame(doc, m, ex))
                        guessed = guessed or code
                if code:
                    role = Role(role.title, code, role.evidence)
            fixed.append((fr, role))
        cl.roles = fixed


def _person_before_and(doc: Doc, start: int, person_of: dict[int, int]) -> int | None:
    """The person mentioned just before "and" at `start` (skipping a short "(L)" aside)."""
    j = start - 1
    if j < 0 or doc[j].lower_ not in ("and", "&"):
        return None
    j -= 1
    if j >= 0 and doc[j].text == ")":
        k = j - 1
        while k >= 0 and k > j - 5 and doc[k].text != "(":
            k -= 1
        if k >= 0 and doc[k].text == "(":
            j = k - 1
    return person_of.get(j)


def _dedupe(roles: list[Role]) -> list[Role]:
    out: list[Role] = []
    seen: set[tuple[str, str | None]] = set()
    for r in roles:
        key = ((r.title or "").lower().replace("-", " "), r.org_or_country)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    # a bare title with no code is dropped when the same title has a code; a code without a
    # title is dropped when a titled role has that code; a shorter title inside a longer one too
    result = []
    for r in out:
        words = set((r.title or "").lower().replace("-", " ").split())
        redundant = False
        for o in out:
            if o is r:
                continue
            owords = set((o.title or "").lower().replace("-", " ").split())
            same_code = o.org_or_country == r.org_or_country
            if (
                (r.title is None and o.title is not None and same_code)
                or (r.org_or_country is None and o.org_or_country and words and words <= owords)
                or (same_code and words and words < owords)
            ):
                redundant = True
        if not redundant:
            result.append(r)
    return result


def _to_person(doc: Doc, cl: _Cluster) -> Person:
    name = cl.name
    aliases = sorted({f for f in cl.forms if f != name}, key=lambda f: (-len(f), f))
    mentions = [Span.from_spacy(doc[s:e]) for s, e in cl.mentions] + cl.extra_spans
    # a bare rank ("Colonel X") is how the person is addressed once an office is known
    offices = any(r.title and not (fr is not None and fr.rank) for fr, r in cl.roles)
    # "The two leaders, A and B": a shared plural title only counts when nothing says more of the person
    stated = any(r.title and not (fr is not None and (fr.rank or fr.plural)) for fr, r in cl.roles)
    roles = _dedupe([r for fr, r in cl.roles if not (offices and fr is not None and fr.rank)
                     and not (stated and fr is not None and fr.plural)])
    titled = [r for r in roles if r.org_or_country and r.title]
    code = (titled or [r for r in roles if r.org_or_country] or [None])[0]
    return Person(name=name, aliases=aliases, roles=roles, mentions=mentions,
                  code=code.org_or_country if code else None)


def set_annotations(doc: Doc, found: tuple[list[Person], dict[int, int]]) -> None:
    doc._.people, doc._.person_of = found


@Language.component(
    "blocwatch_people",
    requires=["doc.ents"],
    assigns=["doc._.people", "doc._.person_of", "doc.ents"],
)
def blocwatch_people(doc: Doc) -> Doc:
    set_annotations(doc, find_people(doc))
    return doc
