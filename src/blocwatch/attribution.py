"""Who said a quote: rules over the dependency parse, then resolution of the speaker mention.

The finder (`blocwatch.quote_marks`) gives character ranges; here each range is placed in the
parsed `Doc`.  The speaker is found, in order of confidence:

1. the quote sits in the clause of a verb of saying ("X said ...", "... said X", "X acknowledged
   that it was "unfavorable"", "X said he "welcomed" ...") → that verb's subject (or, for "quote"
   and "cite", its object: "the agency quoted X as saying");
2. "according to X" in the quote's sentence;
3. a verb of saying elsewhere in the quote's sentence, or in the short sentence right after it;
4. a quote paragraph continuing the previous one, or standing alone right after an attributed
   quote, keeps the previous speaker.

The mention is then resolved to a full name: a person of `doc._.people` (via `doc._.person_of`),
a surname → the longest name sharing it, a pronoun → the last person mentioned before, a
description ("Russia's top diplomat", "the minister") → the person whose role fits, an
organisation or its description ("the pan-African body") → the organisation, a group noun
("protesters") → the group.  Everything works on any parsed `Doc`, so tests can build docs by hand.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from blocwatch.records import Person
from blocwatch.zones import AGENCIES

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NAME_ENTS = ("PERSON",)
ACTOR_ENTS = ("ORG", "GPE", "NORP")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@dataclass(frozen=True)
class Lexicon:
    """The speech-verb lexicon (`pipeline/data/speech_verbs.json`); see the file for the why."""

    version: str
    verbs: frozenset[str]
    speaker_is_object: frozenset[str]
    speech_nouns: frozenset[str]
    according_to: tuple[str, ...]
    person_titles: dict[str, str]
    org_nouns: frozenset[str]
    group_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    title_words: frozenset[str] = frozenset()


@cache
def load_lexicon() -> Lexicon:
    raw = json.loads(resources.files("blocwatch.pipeline").joinpath("data/speech_verbs.json").read_text("utf-8"))
    return Lexicon(
        version=raw["version"],
        verbs=frozenset(raw["verbs"]),
        speaker_is_object=frozenset(raw["speaker_is_object"]),
        speech_nouns=frozenset(raw["speech_nouns"]),
        according_to=tuple(raw["according_to"]),
        person_titles=dict(raw["person_titles"]),
        org_nouns=frozenset(raw["org_nouns"]),
        group_nouns=frozenset(raw["group_nouns"]),
        person_pronouns=frozenset(raw["person_pronouns"]),
        plural_pronouns=frozenset(raw["plural_pronouns"]),
        title_words=frozenset(raw.get("title_words", ())),
    )


@dataclass
class Speaker:
    """A resolved speaker: a person of the article, an organisation, or a group of people."""

    name: str
    kind: str  # person | org | group
    person_index: int | None = None
    token: int | None = None  # token index of the mention that named them
    rule: str = ""  # which rule found them (for debugging and tests)


@dataclass
class People:
    """The article's people with a token → person map; built from PERSON ents when the people
    component has not run (so attribution still gives full names: "Lavrov" → "Sergei Lavrov")."""

    people: list[Person]
    person_of: dict[int, int]
    mention_tokens: list[tuple[int, int]] = field(default_factory=list)  # (token index, person)

    @classmethod
    def of(cls, doc: Doc) -> People:
        people = doc._.people
        person_of = doc._.person_of
        if people is not None and person_of is not None:
            out = cls(list(people), dict(person_of))
        else:
            out = cls.from_entities(doc)
        out.mention_tokens = sorted(out.person_of.items())
        return out

    @classmethod
    def from_entities(cls, doc: Doc) -> People:
        ents = [e for e in doc.ents if is_name(e)]
        groups: dict[str, list[Span]] = {}
        for ent in ents:
            groups.setdefault(_surname(ent.text), []).append(ent)
        full = {k: v for k, v in groups.items() if any(len(s.text.split()) > 1 for s in v)}
        for key in [k for k, v in groups.items() if k not in full]:
            word = groups[key][0].text.strip().lower()
            into = [k for k, v in full.items() if any(word in s.text.lower().split() for s in v)]
            if len(into) == 1:
                groups[into[0]].extend(groups.pop(key))
        people: list[Person] = []
        person_of: dict[int, int] = {}
        for key, spans in groups.items():
            if not key:
                continue
            name = max((s.text.strip() for s in spans), key=lambda n: (len(n.split()), len(n)))
            aliases = sorted({s.text.strip() for s in spans} - {name})
            people.append(Person(name=name, aliases=aliases))
            for s in spans:
                for t in s:
                    person_of[t.i] = len(people) - 1
        return cls(people, person_of)

    def by_surname(self, text: str) -> int | None:
        """The person a (sur)name refers to: same last word, else (for one-word mentions such as
        "Xi" of "Xi Jinping") the person whose name holds that word; the fullest name wins."""
        key = _surname(text)
        if not key:
            return None
        single = len(text.split()) == 1
        best, best_rank = None, (-1, -1)
        for i, p in enumerate(self.people):
            names = [p.name, *p.aliases]
            if any(_surname(n) == key for n in names):
                rank = (2, len(p.name))
            elif single and any(key in [w.lower() for w in n.split()] for n in names):
                rank = (1, len(p.name))
            else:
                continue
            if rank > best_rank:
                best, best_rank = i, rank
        return best

    def last_before(self, token_i: int, exclude: set[int] | None = None) -> tuple[int, int] | None:
        """(token index, person) of the last person mention before `token_i`."""
        exclude = exclude or set()
        last = None
        for t, p in self.mention_tokens:
            if t >= token_i:
                break
            if t not in exclude:
                last = (t, p)
        return last

    def by_title(self, title: str, code: str | None, before: int) -> int | None:
        """The person whose role fits a description ("foreign minister", "RUS"); the most recently
        mentioned one when several fit."""
        want = set(title.split())
        fits = []
        for i, p in enumerate(self.people):
            for role in p.roles:
                words = set(canonical_title(role.title or "").split())
                if not role.title or not want <= words:
                    continue
                if code and code not in (role.org_or_country, p.code):
                    continue
                fits.append(i)
                break
        if not fits:
            return None
        if len(fits) == 1:
            return fits[0]
        recent = [(t, p) for t, p in self.mention_tokens if t < before and p in fits]
        return recent[-1][1] if recent else fits[0]


def is_name(ent: Span) -> bool:
    """A PERSON entity that is a name, not a lone title the model mistook for one ("Councilor")."""
    if ent.label_ not in NAME_ENTS or not any(t.is_alpha for t in ent):
        return False
    titles = load_lexicon().title_words
    return not all(t.lower_ in titles or not t.is_alpha for t in ent)


def _surname(text: str) -> str:
    words = [w for w in re.split(r"[\s\u00a0]+", text.strip()) if w and w[0].isalpha()]
    words = [w for w in words if w.lower() not in _DETERMINERS]
    if not words:
        return ""
    last = words[-1].lower().strip(".,")
    return re.sub(r"['’]s?$", "", last)  # "Lula's" → "lula"; "Tedros" keeps its s


def canonical_title(text: str) -> str:
    """Lower-case title with the lexicon's synonyms applied ("top diplomat" → "foreign minister")."""
    lex = load_lexicon()
    t = re.sub(r"[-\s]+", " ", text.lower()).strip()
    t = t.replace("defence", "defense")
    if t in lex.person_titles:
        return lex.person_titles[t]
    for phrase in sorted(lex.person_titles, key=len, reverse=True):
        if " " in phrase and re.search(rf"\b{re.escape(phrase)}\b", t):
            return re.sub(rf"\b{re.escape(phrase)}\b", lex.person_titles[phrase], t)
    return t


# --------------------------------------------------------------------------------------------
# finding the verb of saying and its speaker mention


def quote_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range [first, last+1) covering characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # pragma: no cover - expand always aligns inside the doc
        return 0, 0
    return span.start, span.end


def is_speech_verb(tok: Token, lex: Lexicon) -> bool:
    return tok.lemma_.lower() in lex.verbs and tok.pos_ in ("VERB", "AUX") or (
        tok.lower_ in ("said", "says", "told", "added", "wrote", "tweeted") and tok.pos_ != "NOUN")


def verb_above(doc: Doc, first: int, last: int, lex: Lexicon) -> Token | None:
    """The verb of saying whose clause holds the quote: walk up from the quote's heads."""
    inside = range(first, last)
    best: tuple[int, Token] | None = None
    # the quotation marks' own attachment means nothing (a closing mark is often hung on the root
    # verb of a long sentence: "X welcomed ..., although Y said ... "honor its word.""); words first
    words = [i for i in inside if not doc[i].is_punct]
    marks = [i for i in inside if doc[i].is_punct]
    for i in words + [-1] + marks:
        if i < 0:
            if best is not None:
                break
            continue
        tok = doc[i]
        head = tok.head
        if head.i in inside or head.i == tok.i:
            # also a speech verb hanging below the quote ("... ," he said as parataxis)
            continue
        steps, node = 0, head
        while steps < 6:
            if is_speech_verb(node, lex):
                if best is None or steps < best[0]:
                    best = (steps, node)
                break
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    if best:
        return best[1]
    for i in inside:
        for child in doc[i].children:
            if child.i not in inside and is_speech_verb(child, lex) and child.dep_ in (
                    "parataxis", "ccomp", "advcl", "conj", "dep", "xcomp", "relcl"):
                return child
    return None


def verb_nearby(doc: Doc, first: int, last: int, lex: Lexicon) -> Token | None:
    """A verb of saying with a subject in the quote's sentence(s), or the short sentence after."""
    sents = {doc[i].sent for i in (first, max(first, last - 1))}
    after = last
    while after < len(doc) and (doc[after].is_space or doc[after].is_punct):
        after += 1
    if after < len(doc):
        nxt = doc[after].sent
        if len(nxt) <= 12:
            sents.add(nxt)
    cands = []
    for s in sents:
        for tok in s:
            if first <= tok.i < last or not is_speech_verb(tok, lex):
                continue
            if subject_of(tok, lex) is None:
                continue
            dist = tok.i - last if tok.i >= last else first - tok.i + 3
            cands.append((dist, tok.i, tok))
    return min(cands)[2] if cands else None


def _own_subject(node: Token, lex: Lexicon) -> Token | None:
    if node.lemma_.lower() in lex.speaker_is_object:
        for child in node.children:
            if child.dep_ in ("dobj", "obj"):
                return child
        for child in node.children:
            if child.dep_ == "nsubjpass":  # "X was quoted by state media as saying": X speaks
                return child
    for child in node.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass"]
    if not subjects and node.tag_ in ("VBD", "VBZ", "VBP") and node.lemma_.lower() not in lex.speaker_is_object and any(
            c.dep_ == "ccomp" and c.i < node.i for c in node.children):
        # ""...," warned a senior official": the speaker after the fronted quote, parsed as object
        subjects = [c for c in node.children if c.dep_ in ("dobj", "obj") and c.i > node.i]
    if not subjects:
        name = _modal_name(node)
        if name is not None:
            return name
    if len(subjects) > 1:
        # "NEW DELHI (Reuters) - Prime Minister X posted ...": the parser may hang the dateline on
        # the verb as a second subject; the subject nearest before the verb speaks
        before = [c for c in subjects if c.i < node.i]
        return before[-1] if before else subjects[0]
    return subjects[0] if subjects else None


_MODALS = {"may", "will", "can", "shall", "must", "might", "could", "would", "should"}


def _modal_name(verb: Token) -> Token | None:
    """ "May had given ... and warned": a capitalised "modal" followed by a finite or past form
    ("had", "has", "is", "warned") cannot be a modal (a modal takes the bare verb), so it is a name
    the parser mistook, and the clause's subject."""
    for child in verb.children:
        if child.dep_ != "aux" or child.i >= verb.i or not child.text[:1].isupper() or child.lower_ not in _MODALS:
            continue
        nxt = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        if nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBN", "VBG"):
            return child
    return None


def _fronted_clause_subject(verb: Token) -> Token | None:
    """ "The governments of A and B, themselves suspended from C, said ...": the parser may hang
    the speaker on a participle clause before the verb; its first non-pronoun subject speaks.
    Subjects inside quotation marks never count."""
    for child in verb.children:
        if child.i >= verb.i or child.dep_ not in ("ccomp", "advcl", "parataxis"):
            continue
        for subj in child.children:
            if subj.dep_ != "nsubj" or subj.pos_ == "PRON" or subj.i > child.i:
                continue
            before = verb.doc[verb.sent.start : subj.i].text
            if sum(before.count(q) for q in '"\u201c\u201d') % 2 == 0:
                return subj
    return None


def subject_of(verb: Token, lex: Lexicon) -> Token | None:
    """The mention of who speaks through `verb` (its subject, agent, or for "quote", object).

    A verb without a subject of its own ("X acknowledged ... and pledged ...", "X went on to
    say") borrows one: from the nearest speech verb above it that has a subject, else from its head.
    """
    own = _own_subject(verb, lex)
    if own is not None:
        return own
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.speech_nouns:
        return verb.head  # "issued a statement accusing X of "terrorism"": the statement's owner speaks
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.i != verb.head.i:
        quoted = _own_subject(verb.head.head, lex)  # "X was quoted by the agency as saying"
        if quoted is not None:
            return quoted
    node, fallback = verb, None
    for _ in range(4):
        if node.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or node.head.i == node.i:
            break
        node = node.head
        subj = _own_subject(node, lex)
        if subj is None:
            continue
        if is_speech_verb(node, lex):
            return subj
        # "X hit back, accusing Y of "..."": a participle's subject is the main clause's, but not
        # a capital standing for its state ("Moscow hit back, calling ...")
        if fallback is None and node.i == verb.head.i and (verb.dep_ in ("conj", "xcomp") or (
                verb.dep_ == "advcl" and verb.tag_ == "VBG" and subj.ent_type_ != "GPE")):
            fallback = subj
    if fallback is None and is_speech_verb(verb, lex):
        fallback = _fronted_clause_subject(verb)
    return fallback


def according_to(doc: Doc, first: int, last: int, lex: Lexicon) -> Token | None:
    """The object of "according to" / "in the words of" in the quote's sentence."""
    sent = doc[first].sent
    region = doc[sent.start : max(sent.end, last)]
    low = region.text.lower()
    for phrase in lex.according_to:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            span = doc.char_span(region.start_char + m.start(), region.start_char + m.end(),
                                 alignment_mode="expand")
            if span is None:
                continue
            prep = span[-1]
            for child in prep.children:
                if child.dep_ == "pobj":
                    return child
            if span.end < len(doc) and not (first <= span.end < last):
                return doc[span.end] if not doc[span.end].is_punct else None
    return None


# --------------------------------------------------------------------------------------------
# from a mention to a speaker


def noun_phrase(tok: Token) -> Span:
    """The mention's phrase without relative clauses and appositions ("X, who ..., said")."""
    keep = {tok.i}
    for t in tok.subtree:
        node, ok = t, True
        while node.i != tok.i:
            if node.dep_ in ("relcl", "acl", "advcl", "parataxis", "ccomp") and node.head.i == tok.i:
                ok = False
                break
            node = node.head
        if ok:
            keep.add(t.i)
    lo, hi = min(keep), max(keep)
    # stay contiguous around the head
    while lo < tok.i and tok.doc[lo].dep_ in ("punct", "det", "cc"):
        lo += 1
    return tok.doc[lo : hi + 1]


def _ent_at(tok: Token) -> Span | None:
    """The entity `tok` is part of, from the token's IOB tags (`doc.ents` rebuilds every entity)."""
    if not tok.ent_type_ or tok.ent_iob_ == "O":
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type, kb_id=tok.ent_kb_id)


def _code_of(span: Span) -> str | None:
    """A state code named inside a description ("Russia's", "Russian", "Moscow's")."""
    for ent in span.ents:
        if ent.label_ in ("GPE", "NORP") and ent.kb_id_:
            return ent.kb_id_
    try:
        from blocwatch.kb import lookup_state  # type: ignore[attr-defined]
    except ImportError:
        return None
    for tok in span:
        if tok.is_alpha and tok.text[:1].isupper():
            state = lookup_state(tok.text)
            if state is not None:
                return getattr(state, "code", None)
    return None


def _org_name(doc: Doc, ent: Span) -> str:
    for org in doc._.organizations or []:
        for m in org.mentions:
            if m.start < ent.end_char and ent.start_char < m.end:
                return org.name
    return ent.text


def _strip_det(span: Span) -> str:
    toks = list(span)
    while toks and (toks[0].lower_ in _DETERMINERS or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in ("'s", "’s")):
        toks = toks[:-1]
    if not toks:
        return ""
    return span.doc[toks[0].i : toks[-1].i + 1].text


def _name_chain(tok: Token, lex: Lexicon) -> str | None:
    """A proper-noun name around `tok` without its titles ("Foreign Minister Ana Lopez" → "Ana Lopez")."""
    if tok.pos_ != "PROPN" or tok.lower_ in lex.title_words or not tok.text[:1].isupper():
        return None  # a lower-case word the tagger took for a name ("says defiant minister") is none
    toks = [t for t in tok.subtree if t.pos_ == "PROPN" and t.dep_ in ("compound", "flat") or t.i == tok.i]
    toks = [t for t in toks if abs(t.i - tok.i) <= 3]
    i = 0
    while i < len(toks) and toks[i].lower_ in lex.title_words:
        i += 1
    words = [t.text for t in toks[i:] if t.i <= tok.i]
    return " ".join(words) if words else None


def _name_in_title_phrase(tok: Token, phrase: Span, lex: Lexicon) -> str | None:
    """ "Prime Minister and Chairman of the Regional Council Levan Beridze": the proper name that
    ends a phrase headed by a title, when the model did not tag it."""
    if tok.lower_ not in lex.title_words:
        return None
    toks = list(phrase)
    end = len(toks)
    while end > 0 and not (toks[end - 1].pos_ == "PROPN" and toks[end - 1].text[:1].isupper()
                           and toks[end - 1].is_alpha):
        end -= 1
        if end < len(toks) - 2:
            return None
    start = end
    while start > 0 and toks[start - 1].pos_ == "PROPN" and toks[start - 1].lower_ not in lex.title_words \
            and toks[start - 1].lemma_.lower() not in lex.org_nouns and not toks[start - 1].ent_type_:
        start -= 1
    words = [t for t in toks[start:end] if not t.ent_type_ or t.ent_type_ == "PERSON"]
    if not words or words[-1].lower_ in lex.title_words or words[-1].lemma_.lower() in lex.org_nouns:
        return None
    return " ".join(t.text for t in words)


def _sentence_subject_person(sent: Span, people: People, before: int) -> int | None:
    """The first person of a sentence who is a grammatical subject (centering: the likeliest
    antecedent of a later "he"/"she")."""
    for tok in sent:
        if tok.i >= before:
            break
        if tok.i not in people.person_of:
            continue
        node = tok
        while node.dep_ in ("compound", "flat", "appos", "conj") and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("nsubj", "nsubjpass"):
            return people.person_of[tok.i]
    return None


def resolve_pronoun(doc: Doc, tok: Token, people: People, history: list[Speaker],
                    exclude: range) -> Speaker | None:
    """"he"/"she" → the last speaker or a subject person of this or the two previous sentences
    (nearest sentence first), else the last person mentioned, else the last speaker."""
    sents = [tok.sent]
    while len(sents) < 3 and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    for k, s in enumerate(sents):
        before = tok.i if k == 0 else s.end
        for h in reversed(history):
            if h.kind == "person" and h.token is not None and s.start <= h.token < before:
                return Speaker(h.name, "person", h.person_index, tok.i, "pronoun")
        idx = _sentence_subject_person(s, people, before)
        if idx is not None:
            return _person_speaker(people, idx, tok, "pronoun")
    last = people.last_before(tok.i, exclude=set(exclude))
    if last is not None:
        return _person_speaker(people, last[1], tok, "pronoun")
    speaker = next((h for h in reversed(history) if h.kind == "person"), None)
    return Speaker(speaker.name, "person", speaker.person_index, tok.i, "pronoun") if speaker else None


def _person_speaker(people: People, idx: int | None, tok: Token, rule: str) -> Speaker | None:
    if idx is None:
        return None
    return Speaker(people.people[idx].name, "person", idx, tok.i, rule)


def resolve(doc: Doc, tok: Token, people: People, lex: Lexicon, history: list[Speaker],
            quote_first: int, quote_last: int | None = None) -> Speaker | None:
    """Turn a speaker mention into a `Speaker`."""
    phrase = noun_phrase(tok)
    quote = range(quote_first, quote_last if quote_last is not None else quote_first)
    low = tok.lower_
    # a pronoun
    if low in lex.person_pronouns:
        return resolve_pronoun(doc, tok, people, history, quote)
    if low in lex.plural_pronouns or low in ("it", "its", "their"):
        prev = next((s for s in reversed(history) if s.kind in ("org", "group")), None)
        if prev is None:
            org = _last_org_before(doc, tok.i, quote_first)
            return Speaker(org, "org", None, tok.i, "pronoun") if org else None
        return Speaker(prev.name, prev.kind, None, tok.i, "pronoun")
    if tok.dep_ == "aux" and tok.lower_ in _MODALS:  # a surname the parser took for a modal ("May had said")
        if tok.i in people.person_of:
            return _person_speaker(people, people.person_of[tok.i], tok, "person")
        idx = people.by_surname(tok.text)
        return _person_speaker(people, idx, tok, "surname") if idx is not None else \
            Speaker(tok.text, "person", None, tok.i, "name")
    # a person of the article, by the first name in the phrase ("Deputy Premier and ... Ana Lopez")
    head_ent = _head_ent(tok)
    head_is_org = (head_ent is not None and head_ent.label_ in ("ORG", "GPE")) or (
        tok.lemma_.lower() in lex.org_nouns and tok.text[:1].isupper())
    for t in ([tok] if head_is_org else [tok, *phrase]):
        if t.i in people.person_of:
            return _person_speaker(people, people.person_of[t.i], tok, "person")
        ent = _head_ent(t)
        if ent is not None and is_name(ent):
            idx = people.by_surname(ent.text)
            if idx is not None:
                return _person_speaker(people, idx, tok, "surname")
            return Speaker(ent.text, "person", None, tok.i, "name")
    proper = _proper_span(tok)
    if proper is not None and any(t.lemma_.lower() in lex.org_nouns for t in proper) and not any(
            t.i in people.person_of for t in proper):
        # a long organisation name the parser broke up ("The X Council for A, B and C said")
        return Speaker(_org_phrase_name(doc, proper, proper, tok), "org", None, tok.i, "org-name")
    chain = _name_chain(tok, lex) or _name_in_title_phrase(tok, phrase, lex)
    if chain is not None:
        idx = people.by_surname(chain)
        if idx is not None:
            return _person_speaker(people, idx, tok, "surname")
    # an organisation or state named as the head of the phrase
    ent = head_ent
    if ent is not None and ent.label_ in ACTOR_ENTS and not (ent.label_ == "NORP" and tok.pos_ != "PROPN"):
        return Speaker(_org_phrase_name(doc, phrase, ent), "org", None, tok.i, "org")
    if head_is_org:
        return Speaker(_org_phrase_name(doc, phrase, phrase, tok), "org", None, tok.i, "org")
    if chain is not None and tok.dep_ != "poss":
        return Speaker(chain, "person", None, tok.i, "name")
    # a description by office: "Russia's top diplomat", "the minister"
    words = [t.lower_ for t in phrase if t.is_alpha and not t.ent_type_]
    desc = " ".join(w for w in words if w not in _DETERMINERS)
    title = _title_in(desc, tok, lex)
    if title is not None:
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
            # "a U.S. State Department spokesperson said": someone new, never a person named before
            # ("a spokesperson for the State Department" too, not "for the U.N. secretary-general")
            objects = [g.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                       for g in c.children if g.dep_ == "pobj"]
            named = [e for e in phrase.ents if e.label_ == "ORG" and e.text.lower() not in AGENCIES and (
                e.end <= tok.i or any(e.start <= g < e.end for g in objects))]
            if named:
                return Speaker(_org_phrase_name(doc, phrase, named[-1]), "org", None, tok.i, "org-spokesperson")
            name = _strip_det(_before_comma(phrase, tok))  # "a diplomat, speaking on condition of ..."
            return Speaker(name, "person", None, tok.i, "description-text") if name else None
        code = _code_of(phrase)
        idx = people.by_title(title, code, tok.i)
        if idx is None:
            named = [e for e in phrase.ents if e.label_ == "ORG" and e.text.lower() not in AGENCIES]
            if named and tok.lower_ in _SPOKES:
                # "the State Department spokesperson said": no one known holds the post, so the
                # body speaks (never the person quoted just before)
                return Speaker(_org_phrase_name(doc, phrase, named[-1]), "org", None, tok.i, "org-spokesperson")
            idx = _nearest_subject_person(doc, tok, people)
        if idx is None:  # keep the quote; the description is the best name the text gives
            name = _strip_det(_before_comma(phrase, tok))
            return Speaker(name, "person", None, tok.i, "description-text") if name else None
        return _person_speaker(people, idx, tok, "description")
    # an organisation by description: "the pan-African body", "the ministry"
    if tok.lemma_.lower() in lex.org_nouns:
        named = [e for e in phrase.ents if e.label_ == "ORG"]
        if named:
            return Speaker(_org_phrase_name(doc, phrase, named[0]), "org", None, tok.i, "org")
        if not [e for e in phrase.ents if e.label_ in ("GPE", "NORP")]:
            prev = _last_org_before(doc, tok.i, quote_first)
            noun = tok.lemma_.lower()
            if prev is not None and (noun in _BLOC_NOUNS or noun in prev.lower()):
                return Speaker(prev, "org", None, tok.i, "org-description")
        name = _strip_det(_before_comma(phrase, tok))
        return Speaker(name, "org", None, tok.i, "org-phrase") if name else None
    if tok.lower_ in lex.group_nouns or tok.lemma_.lower() + "s" in lex.group_nouns:
        return Speaker(_strip_det(_before_comma(phrase, tok)), "group", None, tok.i, "group")
    return None


_CONNECTORS = {"for", "of", "and", ",", "&", "on", "the"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "official", "representative", "source"}


def _before_comma(phrase: Span, tok: Token) -> Span:
    """ "the governments of A and B, both under sanctions,": the name ends at the first comma after
    its head."""
    for t in phrase:
        if t.i > tok.i and t.text == ",":
            return phrase.doc[phrase.start : t.i]
    return phrase


def _proper_span(tok: Token) -> Span | None:
    """The maximal run of capitalised words (joined by for/of/and/commas) around a proper noun."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    doc, sent = tok.doc, tok.sent

    def cap(t: Token) -> bool:
        return t.is_alpha and t.text[:1].isupper() and t.is_sent_start is not True or t.text.isupper()

    lo = hi = tok.i
    while lo - 1 >= sent.start:
        prev = doc[lo - 1]
        if cap(prev):
            lo -= 1
        elif prev.lower_ in _CONNECTORS and lo - 2 >= sent.start and cap(doc[lo - 2]) and prev.lower_ != "the":
            lo -= 2
        else:
            break
    while hi + 1 < sent.end:
        nxt = doc[hi + 1]
        if cap(nxt):
            hi += 1
        elif nxt.lower_ in _CONNECTORS and hi + 2 < sent.end and cap(doc[hi + 2]) and nxt.lower_ != "the":
            hi += 2
        else:
            break
    return doc[lo : hi + 1] if hi > lo else None


def _head_ent(tok: Token) -> Span | None:
    return _ent_at(tok)


def _org_phrase_name(doc: Doc, phrase: Span, ent: Span, head: Token | None = None) -> str:
    """The organisation's name: as the organisations component knows it, else the whole short
    proper phrase ("The EU Committee for Trade, Energy and Transport" minus "The")."""
    a, b = (head.idx, head.idx + len(head)) if head is not None else (ent.start_char, ent.end_char)
    for org in doc._.organizations or []:
        for m in org.mentions:
            if m.start < b and a < m.end:
                written = _strip_det(ent)
                if head is None and ent.label_ == "ORG" and written.isupper() and " " not in written:
                    return written  # named by its acronym ("ECOWAS said"): the name as the text gives it
                return org.name
    name = _strip_det(phrase)
    caps = [t for t in phrase if t.is_alpha and t.lower_ not in ("and", "of", "for", "the", "on", "in")]
    if len(phrase) <= 12 and name and all(t.text[:1].isupper() for t in caps):
        return name
    return ent.text


def _nearest_subject_person(doc: Doc, tok: Token, people: People) -> int | None:
    """A description no role explains ("the union's diplomatic chief"): the nearest person who is
    a subject in this paragraph's sentences, before first, then after."""
    sent = tok.sent
    before: list[Span] = []
    start = sent.start
    while len(before) < 2 and start > 0:
        prev = doc[start - 1].sent
        before.append(prev)
        start = prev.start
    idx = _sentence_subject_person(sent, people, tok.i)
    if idx is not None:
        return idx
    for s in before:
        idx = _sentence_subject_person(s, people, s.end)
        if idx is not None:
            return idx
    after, end = [], sent.end
    while len(after) < 2 and end < len(doc):
        nxt = doc[end].sent
        after.append(nxt)
        end = nxt.end
    for s in after:
        idx = _sentence_subject_person(s, people, s.end)
        if idx is not None:
            return idx
    return None


def _title_in(desc: str, tok: Token, lex: Lexicon) -> str | None:
    if not desc:
        return None
    head = tok.lower_
    for phrase in sorted(lex.person_titles, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}$", desc) or phrase == head:
            return canonical_title(phrase) if phrase not in desc or " " not in phrase else canonical_title(desc)
    return None


#: descriptions that stand for the organisation named before ("the bloc", "the pan-African body");
#: others ("the junta", "the government", "the army") are not a renamed earlier organisation
#: unless its name holds the noun ("the Foreign Ministry ... the ministry said")
_BLOC_NOUNS = {"alliance", "bloc", "body", "grouping", "group", "organisation", "organization", "union",
               "league", "community", "forum", "association", "coalition", "secretariat", "commission"}


def _last_org_before(doc: Doc, token_i: int, quote_first: int) -> str | None:
    last = None
    for ent in doc.ents:
        if ent.start >= token_i:
            break
        in_quote = quote_first <= ent.start < token_i and quote_first < token_i
        if ent.label_ == "ORG" and ent.text.lower() not in AGENCIES and not in_quote:
            last = ent
    return _org_name(doc, last) if last is not None else None


def speech_noun_owner(tok: Token, lex: Lexicon) -> Token | None:
    """For "the statement said" / "banners reading": who made the statement or held the banner."""
    if tok.lemma_.lower() not in lex.speech_nouns and tok.lower_ not in lex.speech_nouns:
        return None
    for child in tok.children:
        if child.dep_ == "poss":
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    node = tok.head
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj",) and child.i != tok.i:
                return child
        if node.head.i == node.i:
            break
        node = node.head
    return None


@dataclass
class Attribution:
    speaker: Speaker | None
    verb: Token | None
    rule: str


def _matrix_subject(verb: Token, lex: Lexicon) -> Token | None:
    """In "X said it called for ..." / "X said he "welcomed" ...", the pronoun is X: the subject
    of the nearest speech verb above that has a non-pronoun subject."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if is_speech_verb(node, lex):
            subj = _own_subject(node, lex)
            if subj is not None and subj.pos_ != "PRON":
                return subj
    return None


def copula_owner(doc: Doc, first: int, last: int, lex: Lexicon) -> Token | None:
    """ ""No more war" was the marchers' slogan": the quote is one side of "be" and a
    speech noun the other; its owner speaks."""
    for i in range(first, last):
        head = doc[i].head
        if head.i in range(first, last) or head.lemma_ != "be":
            continue
        for child in head.children:
            if child.i in range(first, last) or child.dep_ not in ("attr", "nsubj", "acomp"):
                continue
            owner = speech_noun_owner(child, lex)
            if owner is not None:
                return owner
    return None


def message_after(doc: Doc, last: int, lex: Lexicon) -> Token | None:
    """ ""Enough is enough." That was the message from X": a short next sentence that names the
    quote as a speech noun ("that/this was the message/warning ...") gives its owner."""
    i = last
    while i < len(doc) and (doc[i].is_space or doc[i].is_punct):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("that", "this", "such") or doc[i].sent.start != i:
        return None
    sent = doc[i].sent
    root = sent.root
    if len(sent) > 20 or root.lemma_ != "be" or doc[i].head.i != root.i:
        return None
    for child in root.children:
        if child.dep_ == "attr" and _is_speech_noun(child, lex):
            return speech_noun_owner(child, lex)
    return None


def colon_intro(doc: Doc, first: int, lex: Lexicon) -> Token | None:
    """ "President X issued a warning on Monday: ¶ "Any provocation will be met ..."": a quote
    right after a colon belongs to the subject of the clause the colon ends."""
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    root = doc[i].sent.root if doc[i].head.i == doc[i].i or doc[i].head.i >= first else doc[i].head
    while root.pos_ not in ("VERB", "AUX") and root.head.i != root.i and root.head.i < first:
        root = root.head
    if root.pos_ not in ("VERB", "AUX") or root.i >= first:
        return None
    return subject_of(root, lex)


def _appositive_person(mention: Token, people: People) -> Token:
    """ "BERLIN (AP) — Chancellor X urged ..." / "The spokesman, X, said": the person in apposition
    speaks, not the dateline or the description."""
    if mention.i in people.person_of or (mention.ent_type_ == "PERSON"):
        return mention
    for child in mention.children:
        if child.dep_ == "appos" and (child.i in people.person_of or child.ent_type_ == "PERSON"):
            return child
    return mention


_DOCUMENT_VERBS = {"read", "reads", "said", "says", "stated", "states", "added", "declared", "noted"}


def _is_speech_noun(tok: Token, lex: Lexicon) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in lex.speech_nouns or tok.lower_ in lex.speech_nouns)


def document_after(doc: Doc, last: int, lex: Lexicon) -> Token | None:
    """ ""...," the communique read.": a document noun right after the quote followed by
    "read"/"said" (which the parser may tag as a noun) is what the quote is taken from."""
    end = min(len(doc) - 1, last + 7)
    for i in range(last, end):
        tok = doc[i]
        if tok.sent.start > doc[last - 1].sent.start and tok.sent.start != tok.i and i > last + 1:
            break
        if _is_speech_noun(tok, lex) and (doc[i + 1].lower_ in _DOCUMENT_VERBS or (
                last <= tok.head.i < tok.i and tok.head.lower_ in _DOCUMENT_VERBS)):
            return tok  # also inverted: ""...," read a statement from the commission"
    return None


def document_org(doc: Doc, noun: Token, quote: range, sentences: int = 3) -> str | None:
    """The organisation a document belongs to when the text gives no owner ("the joint statement
    said"): the last organisation named in this or the few sentences before."""
    start = noun.sent.start
    for _ in range(sentences - 1):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    last = None
    for tok in doc[start : noun.i]:
        if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and tok.i not in quote:
            ent = _ent_at(tok)
            if ent is not None and ent.text.lower() not in AGENCIES:
                last = ent
    return _org_name(doc, last) if last is not None else None


def _reporting_verb(verb: Token, lex: Lexicon) -> Token:
    """ "X warned that France would respond "immediately"": a verb of saying under a modal in the
    content clause of another verb of saying is what is predicted, not who speaks; the quote is
    the words of the verb above."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return verb
    node = verb
    for _ in range(3):
        if node.head.i == node.i or node.dep_ not in ("ccomp", "conj"):
            break
        node = node.head
        if is_speech_verb(node, lex) and subject_of(node, lex) is not None:
            return node
    return verb


_POSSESSIVES = {"its", "his", "her", "their"}


def _coordinated_speaker(mention: Token, verb: Token) -> Token:
    """ "China, the ally, urged ..., and its spokesman, X, said ...": the parser may join the second
    clause's subject to the first one's with "and" and give the verb the first subject; a
    possessed noun coordinated after a comma that runs up to the verb is the one speaking."""
    if mention.i >= verb.i:
        return mention
    doc = mention.doc
    j = verb.i - 1
    while j > mention.i and doc[j].is_punct:
        j -= 1
    node = doc[j]
    for _ in range(4):
        if node.i == mention.i or node.head.i == node.i:
            return mention
        if node.dep_ == "conj" and node.i > mention.i and any(
                c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in node.children):
            before = [t for t in doc[mention.i : node.i] if t.dep_ == "cc" and t.head.i == node.head.i]
            if before and doc[before[-1].i - 1].text == "," and node.head.i in {t.i for t in mention.subtree}:
                return node
            return mention
        node = node.head
    return mention


_READ_OUT = {"read", "deliver", "broadcast", "announce"}


def _statement_reader(verb: Token, lex: Lexicon) -> Token | None:
    """ "In a statement read on state television by Colonel X, the juntas accused ...": the words
    are voiced by the one who read the statement out (the agent of "read" on the speech noun that
    frames the clause)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "with"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not _is_speech_noun(noun, lex):
                continue
            for acl in noun.children:
                if acl.dep_ != "acl" or acl.lemma_.lower() not in _READ_OUT:
                    continue
                for agent in acl.children:
                    if agent.dep_ == "agent":
                        for g in agent.children:
                            if g.dep_ == "pobj":
                                return g
    return None


def document_above(doc: Doc, first: int, last: int, lex: Lexicon) -> Token | None:
    """ "adopted a resolution that allows "all necessary measures"": a quote in a clause that
    modifies a document noun is the document's wording, whatever the clause's verb."""
    inside = range(first, last)
    for i in inside:
        tok = doc[i]
        if tok.is_punct or tok.head.i in inside:
            continue
        node = tok
        for _ in range(4):
            if node.head.i == node.i:
                break
            if node.dep_ in ("relcl", "acl") and _is_speech_noun(node.head, lex):
                return node.head
            node = node.head
    return None


def attribute(doc: Doc, first: int, last: int, people: People, lex: Lexicon,
              history: list[Speaker]) -> Attribution:
    """Find who said the quote on tokens [first, last)."""
    verb = verb_above(doc, first, last, lex)
    if verb is not None:
        verb = _reporting_verb(verb, lex)
    rule = "clause"
    mention = None
    if verb is not None:
        mention = subject_of(verb, lex)
        if mention is not None:
            mention = _coordinated_speaker(mention, verb)
    if mention is None:
        acc = according_to(doc, first, last, lex)
        if acc is not None:
            mention, rule = acc, "according"
    if mention is None:
        owner = copula_owner(doc, first, last, lex)
        if owner is not None:
            mention, rule = owner, "copula"
    if mention is None:
        owner = message_after(doc, last, lex)
        if owner is not None:
            mention, rule = owner, "copula"
    if mention is None:
        near = verb_nearby(doc, first, last, lex)
        if near is not None:
            verb, mention, rule = near, subject_of(near, lex), "sentence"
    if mention is None:
        intro = colon_intro(doc, first, lex)
        if intro is not None:
            verb, mention, rule = intro.head if intro.head.i != intro.i else None, intro, "colon"
    if mention is None:
        noun = document_after(doc, last, lex) or document_above(doc, first, last, lex)
        if noun is not None:
            mention, rule = noun, "document"
    if mention is None:
        return Attribution(None, verb, "none")
    reader = _statement_reader(verb, lex) if verb is not None else None
    if reader is not None:
        mention = reader
    if mention.lower_ in ("who", "which", "that") and mention.head.dep_ == "relcl":
        mention = mention.head.head  # "X, who called it "historic"": the relative clause's antecedent
    if mention.pos_ == "PRON" and verb is not None:
        matrix = _matrix_subject(verb, lex)
        if matrix is not None:
            mention = matrix
    owner = speech_noun_owner(mention, lex)
    if owner is not None:
        mention = owner
    elif _is_speech_noun(mention, lex) and any(
            c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_ENTS for c in mention.children):
        # "the Russian statement", "the Kremlin statement": the actor the modifier names, or nobody
        mod = next(c for c in mention.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_ENTS)
        if mod.ent_type_ == "NORP" and mod.pos_ != "PROPN":
            return Attribution(None, verb, "none")
        mention = mod
    elif _is_speech_noun(mention, lex) and not any(c.dep_ == "poss" for c in mention.children):
        org = document_org(doc, mention, range(first, last))
        if org is not None:  # "the joint statement said": the organisation just named issued it
            return Attribution(Speaker(org, "org", None, mention.i, f"{rule}/document-org"), verb, rule)
    mention = _appositive_person(mention, people)
    speaker = resolve(doc, mention, people, lex, history, first, last)
    if speaker is not None:
        speaker.rule = f"{rule}/{speaker.rule}"
    return Attribution(speaker, verb, rule)


def as_dict(s: Speaker | None) -> dict[str, Any] | None:
    return None if s is None else {"name": s.name, "kind": s.kind, "person_index": s.person_index}
