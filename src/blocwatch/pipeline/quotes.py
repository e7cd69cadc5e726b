"""spaCy component `blocwatch_quotes`: direct quotes with their speakers → `doc._.quotes`.

`find_quotes(doc)` places every quoted passage (from the model-free `quote_marks` finder) in the
parse and attributes it (`blocwatch.attribution`); `set_annotations` turns what was found into
`records.Quote`.  Quotes nobody is said to have said (scare quotes, titles of reports, headline
tags of related articles) are dropped: the contract lists quotes *attributed to someone*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from blocwatch.attribution import (
    Attribution,
    Lexicon,
    People,
    Speaker,
    _appositive_person,
    _is_speech_noun,
    _own_subject,
    _person_speaker,
    attribute,
    is_speech_verb,
    load_lexicon,
    quote_tokens,
    resolve,
    subject_of,
)
from blocwatch.pipeline.extensions import doc_text
from blocwatch.quote_marks import QuoteMark
from blocwatch.quote_marks import find_quotes as find_marks
from blocwatch.records import Quote, Span

#: Zones of the body that are not reported speech (see `blocwatch.article.ZONE_KINDS`).
SKIP_ZONES = ("byline", "caption", "photo_credit", "url", "header_date", "related", "dateline")
#: How many paragraphs back an unattributed quote paragraph may look for the speaker it continues.
CONTINUATION_PARAGRAPHS = 1


@dataclass
class FoundQuote:
    mark: QuoteMark
    attribution: Attribution
    speaker: Speaker | None
    first: int  # token range of the quote, marks included
    last: int


def _zones(doc: Doc) -> list[tuple[str, int, int]]:
    article = doc._.article
    if article is None:
        return []
    return [(z.kind, z.start, z.end) for z in getattr(article, "zones", [])]


def _zone_of(zones: list[tuple[str, int, int]], start: int) -> str | None:
    for kind, a, b in zones:
        if a <= start < b:
            return kind
    return None


def _paragraph_index(text: str, pos: int) -> int:
    """Paragraph number of a character (blank-line separated, as news bodies are)."""
    return sum(1 for block in text[:pos].split("\n") if block.strip()) if pos else 0


def _standalone(text: str, mark: QuoteMark) -> bool:
    """The quote opens its paragraph or sentence: it may go on with the previous speaker's words."""
    line_start = text.rfind("\n", 0, mark.start) + 1
    before = text[line_start : mark.start].rstrip()
    return not before or before[-1] in ".?!\"”’»"


def _whole_paragraph(text: str, mark: QuoteMark) -> bool:
    """The quote is its paragraph (nothing but marks and punctuation around it)."""
    line_start = text.rfind("\n", 0, mark.start) + 1
    line_end = text.find("\n", mark.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : mark.start].strip() and not text[mark.end : line_end].strip(" .,\"”’'")


def _intro_speaker(doc: Doc, first: int, people: People, lex, history: list[Speaker]) -> Speaker | None:
    """ "Foreign Minister X spoke to reporters after the talks. ¶ "We have agreed ..."": a quote
    paragraph with no attribution right after a sentence whose verb of saying has a named person
    as subject continues that person's words."""
    i = first - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    if i < 0 or "\n" not in doc[i + 1 : first].text + doc[first].whitespace_ and not any(
            t.is_space for t in doc[i + 1 : first]):
        return None
    sent = doc[i].sent
    root = sent.root
    if not is_speech_verb(root, lex) or any(t.text in '"“”' for t in sent):
        return None
    subj = _own_subject(root, lex)
    if subj is None or subj.i not in people.person_of:
        return None
    speaker = resolve(doc, subj, people, lex, history, first)
    if speaker is None or speaker.kind != "person":
        return None
    speaker.rule = "intro"
    return speaker


_TIME_TAIL = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:on|in|at|this|last|earlier|later)\s+(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|week|month|year|day|night|morning|evening|"
    r"\d{4})\b.*$")


def _name_span_start(doc: Doc, people: People, i: int) -> int:
    """First token of the person mention that ends at token `i`."""
    idx = people.person_of[i]
    while i > 0 and people.person_of.get(i - 1) == idx:
        i -= 1
    return i


def _title_before(doc: Doc, start: int, lex: Lexicon, word: str | None = None) -> bool:
    """A title word right before a name ("secretary-general Tendai Biti", "Senior General X");
    with `word`, that title word itself."""
    j = start - 1
    seen = 0
    while j >= 0 and seen < 4 and (doc[j].is_alpha or doc[j].text == "-") and doc[j].ent_type_ not in ("GPE", "ORG"):
        low = doc[j].lower_
        if low != "-":
            if word is None and low in lex.title_words:
                return True
            if word is not None and low == word:
                return True
            if low not in lex.title_words and not doc[j].text[:1].isupper():
                return False
            seen += 1
        j -= 1
    return False


def _titled_name_before_verb(doc: Doc, verb, people: People, lex: Lexicon, mention: int | None) -> int | None:
    """ "Movement for Democratic Change secretary-general Tendai Biti told ...": the parser made
    the organisation the subject; the titled name that ends right before the verb is the speaker."""
    j = verb.i - 1
    if j < 0 or j not in people.person_of or mention is None or mention >= j:
        return None
    start = _name_span_start(doc, people, j)
    if mention >= start or not _title_before(doc, start, lex):
        return None
    return people.person_of[j]


def _appositive_org(doc: Doc, mention, lex: Lexicon) -> str | None:
    """ "X's party, the National League for Democracy, said": the common organisation noun is the
    subject, its possessor only a modifier; the organisation is the proper name in apposition."""
    if mention.lemma_.lower() not in lex.org_nouns or mention.text[:1].isupper():
        return None
    for child in mention.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > mention.i:
            toks = [t for t in child.subtree if t.i > mention.i]
            while toks and (toks[0].dep_ == "det" or toks[0].is_punct):
                toks = toks[1:]
            while toks and toks[-1].is_punct:
                toks = toks[:-1]
            if toks:
                return doc[toks[0].i : toks[-1].i + 1].text
    return None


def _titled_person_before(doc: Doc, mention, people: People, lex: Lexicon) -> int | None:
    """ "the general promised ...": the last person named before with that title in front of the
    name ("Senior General X"), when no role of the people record says so."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in mention.children):
        return None
    word = mention.lower_
    if word not in lex.title_words and word not in lex.person_titles:
        return None
    for t, _p in reversed(people.mention_tokens):
        if t >= mention.i:
            continue
        start = _name_span_start(doc, people, t)
        if start == t and _title_before(doc, start, lex, word):
            return people.person_of[t]
    return None


def _document_subject(att: Attribution, lex: Lexicon):
    """The subject of the quote's verb of saying when it is a document or "it" ("the statement said")."""
    if att.rule != "clause" or att.verb is None:
        return None
    subj = subject_of(att.verb, lex)
    if subj is None or not (subj.lower_ == "it" or _is_speech_noun(subj, lex)):
        return None
    return subj


def _document_issuer(doc: Doc, att: Attribution, people: People, lex: Lexicon, history: list[Speaker],
                     first: int, last: int) -> Speaker | None:
    """ "The ministry issued a statement. ¶ "...," it said." / "X read a statement. "...," the
    statement said.": a document with no owner in its clause, or "it", speaks for whoever issued
    or read the document in the nearest of the three sentences before."""
    subj = _document_subject(att, lex)
    if subj is None:
        return None
    sent = doc[first].sent
    start, seen = sent.start, 0
    while start > 0 and seen < 3:
        prev = doc[start - 1].sent
        seen += 1
        start = prev.start
        for t in prev:
            if t.dep_ == "dobj" and _is_speech_noun(t, lex) and t.head.pos_ in ("VERB", "AUX"):
                owner = _own_subject(t.head, lex)
                if owner is None or owner.lower_ in ("it", "they") or _is_speech_noun(owner, lex):
                    continue
                found = resolve(doc, _appositive_person(owner, people), people, lex, history, first, last)
                if found is not None:
                    found.rule = "clause/document-issuer"
                    return found
    return None


_CAP = r"[A-Z][\w'\-]*(?: (?:of |the )?[A-Z][\w'\-]*)*"
_LIST_TAIL = re.compile(rf"(?:, {_CAP})*,? and {_CAP}")


def _whole_list(text: str, sent_start: int, name: str) -> str:
    """ "the foreign ministers of Poland, Lithuania, Latvia and Estonia": a speaker's name cut at
    its first comma gets the rest of its list of names back."""
    if not name or not name.split()[-1][:1].isupper():
        return name
    at = text.find(name, sent_start)
    if at < 0:
        return name
    m = _LIST_TAIL.match(text, at + len(name))
    if m is None or "\n" in m.group(0):
        return name
    return name + m.group(0)


def _speaker_after_verb(doc: Doc, att: Attribution, people: People, lex: Lexicon, history: list[Speaker],
                        first: int, last: int) -> Speaker | None:
    """The name right after an inverted verb of saying (""...," said X, who ...")."""
    verb = att.verb
    if verb is None:
        return None
    j = verb.i + 1
    if j < len(doc) and (j in people.person_of or doc[j].ent_type_ == "PERSON") and not (first <= j < last):
        end = j
        while end + 1 < len(doc) and (end + 1 in people.person_of or doc[end + 1].ent_type_ == "PERSON"):
            end += 1
        found = resolve(doc, doc[end], people, lex, history, first, last)
        if found is not None and found.kind == "person" and found.person_index is None:
            idx = people.by_surname(found.name)
            if idx is not None:
                found = _person_speaker(people, idx, doc[end], "name")
        if found is not None:
            found.rule = "clause/after-verb"
        return found
    return None


def _key(name: str) -> list[str]:
    return re.sub(r"[-‐‑]", " ", name).lower().split()


def _person_by_joined_name(people: People, name: str) -> int | None:
    """A person named with a hyphenated surname split in two ("Ramos Horta" → "Jose Ramos-Horta")."""
    key = _key(name)
    if len(key) < 2 or "-" in name:
        return None
    hits = {i for i, p in enumerate(people.people)
            for n in (p.name, *p.aliases) if "-" in n and _key(n)[-len(key):] == key}
    return hits.pop() if len(hits) == 1 else None


def _repair(doc: Doc, att: Attribution, people: People, lex: Lexicon, text: str, mark: QuoteMark,
            history: list[Speaker], first: int, last: int) -> Speaker | None:
    """Second thoughts on the attribution, each from a parse that misleads the rules."""
    speaker = att.speaker
    if speaker is None:
        return _document_issuer(doc, att, people, lex, history, first, last)
    rule = speaker.rule
    if speaker.token is not None and first <= speaker.token < last:
        # ""Hallelujah," said X": the parser made the quote's own word the subject
        speaker = _speaker_after_verb(doc, att, people, lex, history, first, last)
        if speaker is None:
            return None
        rule = speaker.rule
    if speaker.kind == "person" and speaker.person_index is None:
        idx = _person_by_joined_name(people, speaker.name)
        if idx is not None:  # "Ramos-Horta told" read as "Ramos Horta": the article's Jose Ramos-Horta
            return _person_speaker(people, idx, doc[speaker.token], rule + "/joined-name")
    # a verb of saying in the next sentence is the quote's only when it is in the same paragraph
    # (""...," X told a news conference. "..." ¶ Y dismissed the claim.")
    if att.rule == "sentence" and att.verb is not None and \
            "\n" in text[min(att.verb.idx, mark.start) : max(att.verb.idx, mark.end)]:
        return None
    if speaker.kind == "org" and att.verb is not None:
        idx = _titled_name_before_verb(doc, att.verb, people, lex, speaker.token)
        if idx is not None:
            return _person_speaker(people, idx, doc[att.verb.i - 1], rule + "/titled-name")
    if speaker.kind == "person" and speaker.token is not None:
        org = _appositive_org(doc, doc[speaker.token], lex)
        if org is not None:
            return Speaker(org, "org", None, speaker.token, rule + "/appositive-org")
    if rule.endswith("description-text") and speaker.token is not None:
        idx = _titled_person_before(doc, doc[speaker.token], people, lex)
        if idx is not None:
            return _person_speaker(people, idx, doc[speaker.token], rule + "/titled-before")
    if speaker.kind in ("group", "org") and speaker.token is not None:
        speaker.name = _whole_list(text, doc[speaker.token].sent.start_char, speaker.name)
    if speaker.kind == "org":
        name = _TIME_TAIL.sub("", speaker.name)
        if name and name != speaker.name:  # "Russia on Friday denounced ..." → Russia
            speaker.name = name
    return speaker


def find_quotes(doc: Doc) -> list[FoundQuote]:
    lex = load_lexicon()
    people = People.of(doc)
    zones = _zones(doc)
    history: list[Speaker] = []
    out: list[FoundQuote] = []
    prev: FoundQuote | None = None
    text = doc_text(doc)
    for mark in find_marks(text):
        zone = _zone_of(zones, mark.start)
        if zone in SKIP_ZONES:
            continue
        first, last = quote_tokens(doc, mark.start, mark.end)
        if last <= first:
            continue
        att = attribute(doc, first, last, people, lex, history)
        speaker = _repair(doc, att, people, lex, text, mark, history, first, last)
        if zone == "title" and att.rule not in ("clause", "sentence"):
            speaker = None
        if speaker is None and prev is not None and prev.speaker is not None and _standalone(text, mark) \
                and _document_subject(att, lex) is None:  # "the statement said" is not the last speaker
            gap = _paragraph_index(text, mark.start) - _paragraph_index(text, prev.mark.start)
            if mark.continues_previous or gap <= CONTINUATION_PARAGRAPHS:
                speaker = Speaker(prev.speaker.name, prev.speaker.kind, prev.speaker.person_index,
                                  prev.speaker.token, "continuation")
        if speaker is None and prev is None and zone != "title" and _whole_paragraph(text, mark):
            speaker = _intro_speaker(doc, first, people, lex, history)
        found = FoundQuote(mark, att, speaker, first, last)
        out.append(found)
        if speaker is not None:
            history.append(speaker)
            prev = found
    # a quote left open at a paragraph's end and attributed only in a later paragraph of the same
    # quote ("The situation is dire. ¶ "We call on ...," X said.") takes the later speaker
    for k in range(len(out) - 2, -1, -1):
        cur, nxt = out[k], out[k + 1]
        if cur.speaker is None and not cur.mark.closed and nxt.mark.continues_previous \
                and nxt.speaker is not None and _zone_of(zones, cur.mark.start) != "title":
            s = nxt.speaker
            cur.speaker = Speaker(s.name, s.kind, s.person_index, s.token, "continuation")
    return out


def _evidence(doc: Doc, found: FoundQuote) -> Span:
    """The sentences from the quote to its verb and speaker mention."""
    idx = [found.first, found.last - 1]
    if found.attribution.verb is not None:
        idx.append(found.attribution.verb.i)
    if found.speaker is not None and found.speaker.token is not None and found.speaker.rule != "continuation":
        tok = found.speaker.token
        if abs(tok - found.first) < 80:
            idx.append(tok)
    start = doc[min(idx)].sent.start_char if doc.has_annotation("SENT_START") else doc[min(idx)].idx
    end_tok = doc[max(idx)]
    end = end_tok.sent.end_char if doc.has_annotation("SENT_START") else end_tok.idx + len(end_tok)
    start = min(start, found.mark.start)
    end = max(end, found.mark.end)
    text = doc_text(doc)
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)


def set_annotations(doc: Doc, found: list[FoundQuote]) -> None:
    quotes: list[Quote] = []
    for f in found:
        if f.speaker is None:
            continue
        quotes.append(
            Quote(
                speaker=f.speaker.name,
                text=f.mark.text,
                direct=True,
                evidence=_evidence(doc, f),
                speaker_index=f.speaker.person_index,
            )
        )
    doc._.quotes = quotes


@Language.component(
    "blocwatch_quotes",
    requires=["doc._.people", "doc._.person_of"],
    assigns=["doc._.quotes"],
)
def blocwatch_quotes(doc: Doc) -> Doc:
    set_annotations(doc, find_quotes(doc))
    return doc
