"""PLOVER events: who did what to whom, when and where, each with the sentence that says so.

`find_events(doc)` reads triggers (verbs and nominal forms from the versioned lexicon) and their
arguments from the dependency parse (see `event_rules`), drops what the text negates, marks what
it plans, and attaches a date (resolved against the publication date by `blocwatch.dates`) and a
place. `set_annotations(doc, found)` turns them into `records.Event`s on `doc._.events`.

Precision over recall where they conflict: statements without a PLOVER meaning ("said",
"reported") are not events, a nominal trigger with no actor at all is dropped, and an event
nested in another one's content ("agreed to hold talks", "called for aid") is read as the outer
event only, as PLOVER codes it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.attrs import DEP, ENT_TYPE, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from blocwatch.dates import FUTURE, PAST, days_between, event_date, find_dates
from blocwatch.pipeline.event_rules import (
    DATELINE_OPENING,
    DOMESTIC_HEADS,
    MEASURE_HEADS,
    PRONOUNS,
    SKIP_ZONES,
    Actors,
    Found,
    Lexicon,
    Sense,
    clause_verb,
    dateline_of,
    has_negator,
    is_negated,
    is_planned,
    is_state_code,
    light_verb,
    load_lexicon,
    nominal_sources,
    noun_sense,
    relaxed_sense,
    repair_participle_roots,
    subject_of,
    targets_by_spec,
    tense_of,
    verb_lemma,
    verb_sense,
)
from blocwatch.pipeline.extensions import doc_text
from blocwatch.records import Event
from blocwatch.records import Span as RSpan

NESTING_DEPS = ("xcomp", "ccomp", "dobj", "obj", "prep", "pcomp", "pobj", "dative", "attr", "oprd", "acl",
                "relcl", "nsubjpass", "agent", "advcl")
PLACE_LABELS = ("GPE", "LOC", "FAC")
CONTENT_PREPS = ("for", "on", "to", "with", "of", "against", "from", "into", "over", "about", "regarding")
LIGHT_PREPS = ("on", "into", "in", "to", "for", "under")  # "went on strike", "put on alert", "put under arrest"
EVALUATIVE = ("SUPPORT", "ACCUSE", "REJECT")  # verbs about another actor's act: "condemned Israeli strikes"
LEDE_SENTENCES = 2  # how many prose sentences make the lede
LEDE_MAX_DAYS = 7
CARRY_SENTENCES = 2  # an undated event takes the day of an event dated this few sentences before
JOINT_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "patrol", "war-game", "wargame", "game"})
JOINT_WORDS = frozenset({"joint", "combined", "coordinated"})
PAIRED = frozenset({"two", "both", "rival", "warring"})  # "the two sides", "the rival factions"
PLACE_TYPES = ("CONSULT", "PROTEST", "ASSAULT", "COERCE", "MOBILIZE")
HEADLINE_SUBJECTS = ("compound", "amod", "nmod", "npadvmod")
MATERIAL = frozenset({"MOBILIZE", "COERCE", "ASSAULT", "SANCTION", "RETREAT"})
ORDERING = frozenset({"order", "command", "instruct", "direct"})
ANNOUNCING = frozenset({"announce", "declare", "proclaim", "order"})  # their object is the subject's own act
COPULAS = frozenset({"be", "remain", "feel", "appear", "seem", "grow"})


VERB_ID, ADJ_ID, NOUN_ID, PROPN_ID = POS_IDS["VERB"], POS_IDS["ADJ"], POS_IDS["NOUN"], POS_IDS["PROPN"]


def skipped_zones(doc: Doc) -> Callable[[int], bool]:
    """`in_skipped_zone(doc, start_char)` as a function of `start_char`, with the article's zones read once."""
    article = doc._.article
    zones = [] if article is None else [(z.start, z.end) for z in article.zones if z.kind in SKIP_ZONES]
    return lambda start_char: any(start <= start_char < end for start, end in zones)


class DocIndex:
    """Per-token integers of one doc (coarse tag, entity type, dependency label) read once with `doc.to_array`, so
    the hot loops skip tokens by integer tests before any spaCy `Token` object is built. Build it after the parse
    repairs (`find_events` does): they re-hang heads and relabel dependencies and tags."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        if len(doc):
            rows = doc.to_array([POS, ENT_TYPE, DEP]).tolist()
            self.pos, self.ent, self.dep = (list(col) for col in zip(*rows, strict=True))
        else:
            self.pos, self.ent, self.dep = [], [], []
        strings = doc.vocab.strings
        self.subj_deps = {strings[d] for d in ("nsubj", "nsubjpass")}
        self.elided_deps = {strings[d] for d in ("advcl", "conj", "ccomp")}
        self.skipped = skipped_zones(doc)

    def tokens(self, sent: Span, keep) -> list[Token]:
        """The tokens of `sent` whose index passes `keep`, in order."""
        doc = self.doc
        return [doc[i] for i in range(sent.start, sent.end) if keep(i)]

    def open_class(self, i: int) -> bool:
        """Whether `_candidates` can read token `i` at all: a verb, adjective or common noun, or a proper noun outside
        the entities."""
        pos = self.pos[i]
        return pos in (VERB_ID, ADJ_ID, NOUN_ID) or (pos == PROPN_ID and not self.ent[i])

    def relaxed_class(self, i: int) -> bool:
        """Whether `_relaxed_events` can read token `i`: a verb, or a common noun outside the entities."""
        pos = self.pos[i]
        return pos == VERB_ID or (pos == NOUN_ID and not self.ent[i])

    def verb(self, i: int) -> bool:
        return self.pos[i] == VERB_ID

    def subject(self, i: int) -> bool:
        return self.dep[i] in self.subj_deps

    def elided_dep(self, i: int) -> bool:
        return self.dep[i] in self.elided_deps


def _candidates(sent: Span, lex: Lexicon, actors: Actors,
                index: DocIndex | None = None) -> list[tuple[Token, Sense, bool]]:
    out = []
    index = index or DocIndex(sent.doc)
    for tok in index.tokens(sent, index.open_class):
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in ("pobj", "nsubj", "dobj", "pcomp"):
            sense = noun_sense(tok, lex)  # gerunds read as nouns: "a round of fighting", "the shooting of"
            if sense is not None:
                out.append((tok, sense, True))
                continue
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_.lower() in COPULAS and any(
                s.cond.get("adj") for s in lex.verbs.get(tok.lemma_.lower(), ())):
            sense = verb_sense(tok, lex, actors)  # "was deeply unhappy with X's conduct": disapproval (CAMEO 110)
            if sense is not None:
                out.append((tok, sense, False))
            continue
        if tok.pos_ == "VERB" or (tok.pos_ in ("ADJ", "NOUN") and tok.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                                  and tok.dep_ in ("ROOT", "conj", "ccomp", "xcomp", "relcl")) or (
                tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and tok.dep_ in ("ROOT", "conj")
                and any(c.dep_ == "dobj" for c in tok.children)):  # "relaxed rules on ...": tagged JJ, with an object
            sense = verb_sense(tok, lex, actors)  # also verbs the tagger called adjectives ("pledged")
            if sense is not None:
                out.append((tok, sense, False))
        elif tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_:
            sense = noun_sense(tok, lex)
            if sense is not None:
                out.append((tok, sense, True))
    return out


def _parent_candidate(tok: Token, triggers: dict[int, tuple[Sense, bool]]) -> Token | None:
    """The nearest trigger above `tok` whose argument `tok` is part of (within four links)."""
    child = tok
    head = tok.head
    for _ in range(8):
        if head == child:
            return None
        if child.dep_ == "conj" and child.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB":
            return None  # "refused to host the drills and skipped the summit": a second predicate of the subject
        if head.i in triggers:
            if child.dep_ == "prep" and child.lower_ not in CONTENT_PREPS:
                return None  # "before a summit", "after the coup": circumstances, not content
            if child.dep_ in NESTING_DEPS:
                return head
            return None
        child, head = head, head.head
    return None


def _prep_codes(tok: Token, prep: str, actors: Actors) -> list[str]:
    """The codes of the objects of `tok`'s preposition `prep` ("to the United States")."""
    return _unique_codes([c for p in tok.children if p.dep_ == "prep" and p.lower_ == prep for q in p.children
                          if q.dep_ == "pobj" for c in actors.codes(q)])


def _unique_codes(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(c for c in codes if c))


def _via(tok: Token, ancestor: Token, dep: str) -> bool:
    """Whether the path from `tok` up to `ancestor` goes through a `dep` link."""
    while tok != ancestor and tok.head != tok:
        if tok.dep_ == dep:
            return True
        tok = tok.head
    return False


def _verb_taken_for_noun(clause: Token, child: Token) -> bool:
    """"demanded that Islamabad act": the parser read "act" as a noun and "Islamabad" as its compound; after
    "that" the name is the clause's subject."""
    return child.dep_ == "compound" and child.i < clause.i and clause.tag_ in ("NN", "NNP") \
        and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < child.i for m in clause.children)


def _verb_event(tok: Token, sense: Sense, sent: Span, lex: Lexicon, actors: Actors) -> Found:
    subject, passive = subject_of(tok)
    source: list[str] = []
    target: list[str] = []
    if passive:
        agent = next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
                     None)
        source = actors.codes(agent)
        if subject is not None:
            target = actors.codes(subject)
        if sense.type == "COOPERATE" and sense.cameo == "063":  # "was extradited by Thailand to the US"
            target = _prep_codes(tok, "to", actors) or target
    else:
        source = actors.codes(subject)
        if not source and tok.dep_ == "conj" and not (subject is not None and subject.lemma_.lower() in DOMESTIC_HEADS
                                                       and subject.head != tok.sent.root):
            # "X acknowledged that ... was bad and pledged ...": X pledged ("X suspended Y after the army dissolved
            # ... and detained Z": the army's own clause keeps its subject, the home state comes later)
            for n, anc in enumerate(tok.ancestors):
                subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                source = actors.codes(subj) if subj is not None else []
                if source or n >= 2:
                    break
    if not source and subject is not None and not passive and subject.lemma_.lower() in DOMESTIC_HEADS:
        # "the army seized power in Gabon": a domestic actor with no country acts where it acts
        for pobj in (p for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                     if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")):
            source = [c for c in actors.codes(pobj) if is_state_code(c)]
            if source:
                break
    if not source and subject is None and not passive:  # "Mali junta expels ...": a headline subject the
        source = _unique_codes([c for m in tok.children if m.i < tok.i and m.dep_ in HEADLINE_SUBJECTS
                                for c in actors.codes(m)])  # parser hung on the verb
    if not source and subject is not None and "subj" in sense.cond and "effect" in sense.cond.get("obj", ()):
        # "a ceasefire between A and B took effect": its parties; "a curfew would take effect, X said": X
        source = _unique_codes([c for b in subject.children if b.dep_ == "prep" and b.lower_ == "between"
                                for p in b.children if p.dep_ == "pobj" for c in actors.codes(p)])
        said = _speaker(tok, lex, actors) if not source else None
        source = said[1] if said else source
    if sense.cond.get("recipient_subject") and not passive:  # "Egypt received wheat from Russia"
        objs = [o for o in tok.children if o.dep_ in ("dobj", "obj")]  # "received a loan from China"
        holders = [tok, *objs, *(q for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for q in p.children if q.dep_ == "pobj")]
        donors = _unique_codes([c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                                for q in p.children if q.dep_ == "pobj" for c in actors.codes(q)])
        source, target = donors, source
    if passive and not source and subject is not None and sense.type == "MOBILIZE":
        source, target = target, []  # "Israeli troops were deployed along the border": they move
    if not target:
        specs = [s for s in lex.types[sense.type]["targets"] if not (passive and s in ("dobj", "dobj_actor"))]
        target = targets_by_spec(tok, specs, actors, sense, nominal=False)
        if target and set(target) <= set(source):  # "apologised for its actions to X": X, not itself
            target = targets_by_spec(tok, specs, actors, sense, nominal=False, exclude=frozenset(source)) or target
    if not target and sense.type == "CONSULT" and sense.mode == "visit":
        # "arrived in Luanda for a state visit", "travelled to Khartoum": the host is the place's state
        target = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "to") for q in p.children
                  if q.dep_ == "pobj" and q.ent_type_ in PLACE_LABELS for c in actors.codes(q)
                  if is_state_code(c) and c not in source]
    if not target and sense.type == "REQUEST":  # "demanded that Ethiopia stop", "wants Islamabad to do more"
        target = [c for cl in tok.children if cl.dep_ in ("ccomp", "xcomp") for sj in cl.children
                  if sj.dep_ == "nsubj" or _verb_taken_for_noun(cl, sj) for c in actors.codes(sj) if c not in source]
    if not target and sense.type in lex.content_types:
        target = _content_target(tok, actors)
    if not target and sense.type in EVALUATIVE and actors.focus and actors.focus not in source:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in lex.nouns and not actors.codes(obj):
            target = [actors.focus]  # "condemned the coup": the coup in the country the article is about
    planned, promised = is_planned(tok, lex)
    demanded = bool({c.lower_ for c in tok.children if c.dep_ == "aux"} & lex.demand_modals)
    found = Found(
        trigger=tok, sent=sent, type=sense.type, mode=sense.mode, cameo=sense.cameo,
        source=source, target=[c for c in target if c not in source] or target, nominal=False,
        planned=planned, negated=is_negated(tok, lex, subject), tense=tense_of(tok, lex), anchor=tok,
        source_sector=actors.sector(subject, lex), demanded=demanded,
        target_sector=actors.sector(next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None), lex),
    )
    if promised and sense.type in ANNOUNCED_TYPES and _announced(tok, lex) and (
            sense.type != "SANCTION" or _concrete(tok) or sense.mode == "discontinue"
            or "member_body" in (sense.cond.get("obj") or ())) and (
            sense.type != "RETREAT" or _proclaimed(tok)):
        # "said it would expel 12 diplomats", "will reopen its border, X said", "announced that it would leave the
        # bloc" (an exit is the leaver's own decision, not a warning): a decision announced; an announced
        # withdrawal or truce ("said it would pause fighting") is PLOVER's verbal concession
        if sense.type == "RETREAT":
            found.type, found.mode = "CONCEDE", None
        elif sense.type == "CONCEDE" and sense.cameo.startswith("083"):
            # "said it would reform its government", "would allow opposition parties": an intent to change policy,
            # rights or institutions (CAMEO 034x) is AGREE; an announced easing stays PLOVER.md's verbal concession
            found.type, found.mode, found.cameo = "AGREE", None, "034"
    elif promised and (sense.type in lex.promise_types or sense.type == "CONSULT" and _says_will(tok, lex)):
        found.type, found.mode, found.cameo = "AGREE", None, "030"
    elif promised and sense.type == "PROTEST" and _crowd(tok, subject) and not _conditional(tok) and not {
            c.lower_ for c in tok.children if c.dep_ == "aux"} & lex.threat_modals:
        pass  # "workers would strike over pay", "protesters will block the motorway": a protest called (CAMEO 14x)
    elif sense.type in lex.conflict_types and (_conditional(tok) or promised or {
            c.lower_ for c in tok.children if c.dep_ == "aux"} & lex.threat_modals) or sense.type == "MOBILIZE" and {
            c.lower_ for c in tok.children if c.dep_ == "aux"} & lex.threat_modals:
        # "could test a hydrogen bomb", "may deploy troops": a show of force held out is a threat (CAMEO 138x)
        # a promised or conditional conflict act ("will strike if ...", "would impose sanctions") is a
        # coercive warning: PLOVER codes it THREATEN, as it codes a promised cooperation AGREE
        found.type, found.mode, found.cameo = "THREATEN", None, "130"
    if found.type == "AID" and found.target and set(found.target) <= set(found.source) and any(
            lex.in_class(o.lemma_.lower(), ["forces"]) for o in tok.children if o.dep_ in ("dobj", "obj")):
        # "Turkey sent tanks to its border": weapons moved on one's own ground are a deployment, not aid
        found.type, found.mode, found.cameo, found.target = "MOBILIZE", "troops", "150", []
    if found.type == "MOBILIZE" and _assisting(tok, _abroad(tok, found.source, actors)):
        found.type, found.mode, found.cameo = "AID", "military", "074"  # troops sent to join a peacekeeping force
    elif found.type == "MOBILIZE" and _relief_delivery(tok):
        found.type, found.mode, found.cameo = "AID", "humanitarian", "073"
        found.target = found.target or [c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "to")
                                         for q in p.children if q.dep_ == "pobj" and q.ent_type_ in PLACE_LABELS
                                         for c in actors.codes(q) if is_state_code(c) and c not in found.source]
    if found.type == "REQUEST" and _crowd(tok, subject, GATHERINGS):
        found.type, found.mode, found.cameo = "PROTEST", "demo", "141"  # "crowds in Algiers demanding that he quit"
    if found.type == "COERCE" and sense.mode == "seize" and _foreign_ground(tok, found.source, actors):
        found.type, found.mode, found.cameo = "ASSAULT", None, "192"  # "Iraqi forces took control of Kuwait"
        if promised:  # "said its forces would take control of the border strip": a threat of occupation
            found.type, found.cameo = "THREATEN", "1382"
    if found.type == "RETREAT" and _mediation_ended(tok):
        found.type, found.mode, found.cameo = "SANCTION", "discontinue", "165"  # "stepped down as mediator"
    elif found.type == "RETREAT" and sense.mode == "withdraw" and _others_presence(tok, found.source, actors):
        found.type, found.mode, found.cameo = "SANCTION", "expel", "166"  # "was ending the presence of US troops"
    if found.type == "ASSAULT" and _repression(tok, subject):
        found.type, found.mode, found.cameo = "COERCE", "restrict", "175"  # police against a crowd
    if sense.cond.get("negated_only"):
        found.negated = False  # "did not rule out military action": the negation is the threat
    if found.negated and sense.type in lex.negation_flips and has_negator(tok) and not _not_done(tok, sense) \
            and not _left_out(tok):
        found.type, found.mode, found.cameo, found.negated = lex.negation_flips[sense.type], None, "120", False
    if sense.mode == "phone" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and not any(
            q.ent_type_ in ("DATE", "TIME") for q in c.children) for c in tok.children):
        found.type, found.mode, found.cameo = "REQUEST", None, "100"  # "called on X to hold talks": an appeal, no call
        found.target = found.target or [c for p in ("on", "upon") for c in _prep_codes(tok, p, actors)
                                        if c not in found.source]
    if sense.mode == "phone" and any(c.dep_ == "oprd" for c in tok.children):
        found.negated = True  # "called France a vital ally", "called X a stab in the back": a judgement, no call
    if found.type in ("SANCTION", "COERCE") and _state_described(tok):
        found.negated = True  # "are currently suspended from the bloc": a standing state, not an act reported
    return found


STATIVE = frozenset({"currently", "still", "presently"})


def _state_described(verb: Token) -> bool:
    """A present passive or a "remain" that tells a standing state ("are currently suspended from the bloc",
    "remain suspended", "is still banned"), where "was suspended" or "has been suspended" reports the act."""
    if verb.tag_ != "VBN":
        return False
    if verb.dep_ in ("acomp", "xcomp") and verb.head.lemma_.lower() in ("remain", "stay"):
        return True
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return present and any(c.dep_ == "advmod" and c.lower_ in STATIVE for c in verb.children)


SAYING_TYPES = frozenset({"REJECT", "ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})
ANNOUNCED_TYPES = frozenset({"SANCTION", "COERCE", "CONCEDE", "RETREAT"})
CONCEDING = frozenset({"CONCEDE", "RETREAT"})  # a concession is news whoever makes it
ANNOUNCING_SPEECH = frozenset({"say", "announce", "declare", "state", "confirm", "add"})
REFUSABLE = frozenset({"AGREE", "SUPPORT", "CONSULT", "CONCEDE"})


def _announced(verb: Token, lex: Lexicon) -> bool:
    """A decision the actor announces as its own ("X said it would expel 12 diplomats", "X will reopen the border,
    the minister said"), as opposed to a pledge ("vowed to"), a threat ("could", "if ...") or a report of another."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not aux & {"will", "would", "'ll"} or aux & lex.threat_modals or _conditional(verb) or has_negator(verb):
        return False
    if verb.dep_ == "ccomp" and verb_lemma(verb.head, ANNOUNCING_SPEECH):
        return True
    return verb.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "parataxis") and c.i > verb.i
                                       and verb_lemma(c, ANNOUNCING_SPEECH) for c in verb.children)


def _proclaimed(verb: Token) -> bool:
    """A withdrawal or truce announced outright ("announced that all troops would leave", "troops will leave, X
    said"), where "X said it would withdraw" reads as a pledge."""
    return verb.head.i > verb.i or not verb_lemma(verb.head, {"say"})


def _concrete(verb: Token) -> bool:
    """A sanction announced with its measure counted ("would expel 23 diplomats"): a decision taken, where
    "would impose sanctions" alone stays a warning."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(c.dep_ == "nummod" for o in objs for c in o.children)


def _not_done(verb: Token, sense: Sense) -> bool:
    """"did not step in", "had not withdrawn": an act that did not happen, not a refusal (PLOVER codes
    refusals: "did not accept", "will not hold talks")."""
    if sense.type in REFUSABLE:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and all(a.lemma_.lower() in ("do", "have", "be") for a in aux) and any(
        a.tag_ == "VBD" for a in aux)


def _left_out(verb: Token) -> bool:
    """An agentless negated passive ("had not been consulted", "was not invited"): its subject was left out of an
    act, nobody is named refusing it (a refusal, PLOVER REJECT, has the refuser as subject: "did not accept")."""
    return subject_of(verb)[1] and not any(c.dep_ == "agent" for c in verb.children)


PREVENTING = frozenset({"prevent", "avoid", "stop", "curb", "deter", "combat", "counter", "avert", "fear",
                        "flee", "escape", "risk", "threaten", "warn"})
THWARTED = PREVENTING | {"delay", "postpone", "cancel", "suspend", "halt", "block", "stall", "scrap", "shelve",
                         "derail", "hamper", "reject", "oppose", "deny", "doubt", "question", "condemn", "criticise",
                         "criticize", "welcome", "hail"}
CROWD_CONTROL = frozenset({"tear", "teargas", "cannon", "pepper", "rubber", "baton", "truncheon", "stun"})
SECURITY_WORDS = frozenset({"soldier", "troop", "army", "force", "guard"})
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "officer", "riot", "security", "gendarme"})
CROWD_WORDS = frozenset({"protester", "demonstrator", "crowd", "rioter", "marcher", "student", "activist",
                         "mob", "supporter", "striker", "protest", "demonstration", "rally", "march", "worker",
                         "mourner"})


GATHERINGS = frozenset({"crowd", "mob", "throng"})


def _crowd(verb: Token, subject: Token | None, words: frozenset[str] = CROWD_WORDS) -> bool:
    """An act of a crowd: a protest called ("workers would strike") or a demand voiced by a gathering ("crowds in
    Tehran were demanding freedom", "led crowds demanding that he quit"), a demonstration (CAMEO 141), not a
    request of one actor to another ("protesters demanded the release of X" stays a REQUEST)."""
    holder = subject if subject is not None else (verb.head if verb.dep_ == "acl" else None)
    return holder is not None and holder.lemma_.lower() in words and holder.tag_ == "NNS"


TERRITORY = frozenset({"territory", "zone", "strip", "region", "province", "island", "city", "town", "area",
                       "border", "peninsula", "enclave", "heights", "district", "village", "valley"})


def _foreign_ground(verb: Token, source: list[str], actors: Actors) -> bool:
    """Control taken of another state's ground ("took control of Kuwait", "took over the border strip of Syria"):
    an occupation (CAMEO 192), where seizing power at home is a coup (COERCE)."""
    if not source:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    grounds = [q for o in (*objs, verb) for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
               for q in p.children if q.dep_ == "pobj"]  # "took control of X", the parser hanging "of X" on either
    grounds += [o for o in objs if o.lemma_.lower() in TERRITORY or o.ent_type_ in PLACE_LABELS]
    for ground in grounds:
        if ground.ent_type_ not in PLACE_LABELS and ground.lemma_.lower() not in TERRITORY:
            continue
        states = [c for c in actors.codes(ground) if is_state_code(c)]
        if states and not set(states) & set(source):
            return True
    return False


MEDIATORS = frozenset({"mediator", "broker", "facilitator", "envoy", "guarantor", "intermediary", "mediation"})


def _mediation_ended(verb: Token) -> bool:
    """"stepped down as mediator", "ended its role as peace broker": halting mediation (CAMEO 165), not a retreat."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "as" and t.lemma_.lower() in MEDIATORS for t in verb.subtree)


PRESENCE = frozenset({"presence", "mission", "deployment", "contingent", "base"})


def _others_presence(verb: Token, source: list[str], actors: Actors) -> bool:
    """Ending another state's presence ("Niamey was ending the presence of US troops"): an expulsion (CAMEO 166),
    where ending one's own ("pulled out its troops") is a retreat."""
    if not source:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PRESENCE):
        owners = [c for q in obj.children if q.dep_ == "prep" and q.lower_ == "of" for p in q.children
                  if p.dep_ == "pobj" for c in actors.codes(p)]
        owners += [c for q in obj.children if q.dep_ in ("poss", "compound", "amod") for c in actors.codes(q)]
        if owners and not set(owners) & set(source):
            return True
    return False


def _repression(verb: Token, subject: Token | None) -> bool:
    """CAMEO 175: police using force on protesters is repression (COERCE), not combat."""
    if verb.lemma_.lower() in ("torture", "rape"):
        return False  # CAMEO 1822/1821 whoever the victims are
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in CROWD_CONTROL or any(c.lemma_.lower() in CROWD_CONTROL for c in obj.children):
            return True  # tear gas, water cannon, rubber bullets: crowd control whoever uses it
    if subject is None:
        return False
    words = {subject.lemma_.lower()} | {c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")}
    if verb.lemma_.lower() in ("raid", "search") and subject.lemma_.lower() in ("police", "policeman", "officer"):
        return True  # "police raided the offices of the newspaper": CAMEO 17x, not combat
    if not words & (POLICE_WORDS | SECURITY_WORDS):  # "police", "riot police", "security forces", "soldiers"
        return False
    others = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    others += [p for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("with", "at", "on", "against")
               for p in c.children if p.dep_ == "pobj"]
    others += [q for p in others for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
               for q in c.children if q.dep_ == "pobj"]  # "at hundreds of protesters"
    return any(o.lemma_.lower() in CROWD_WORDS for o in others)


ASSISTING = frozenset({"peacekeeping", "peacekeeper", "humanitarian", "relief", "help", "assist", "stabilise",
                       "stabilize"})
PROTECTING = frozenset({"protect", "shield", "guard"})
PROTECTED = frozenset({"civilian", "population", "people", "president", "government", "leader", "refugee", "citizen",
                       "minority", "villager", "resident"})


def _abroad(verb: Token, source: list[str], actors: Actors) -> bool:
    """Forces moved into another state's ground ("landed in Liberia", "moved into Gambia"), not at home."""
    places = [q for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "into", "to") for q in p.children
              if q.dep_ == "pobj" and q.ent_type_ in PLACE_LABELS]
    states = [c for q in places for c in actors.codes(q) if is_state_code(c)]
    return bool(source and states and not set(states) & set(source))


def _assisting(verb: Token, abroad: bool = False) -> bool:
    """A deployment whose purpose is peacekeeping or relief ("arrived to join the AU peacekeeping force"):
    PLOVER's AID (military or humanitarian assistance), not a show of force."""
    asked = [q for p in verb.children if p.dep_ == "prep" for q in p.children
             if q.dep_ == "pobj" and q.lemma_.lower() in ("request", "invitation", "behest")]
    for clause in (c for h in (verb, *asked) for c in h.children  # "sent at Niger's request to help fight"
                   if c.dep_ in (("advcl", "xcomp") if h is verb else ("acl",)) and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):  # a purpose, not "after ..."
        if any(t.lemma_.lower() in ASSISTING for t in clause.subtree):
            return True
        if abroad and verb_lemma(clause, RESTORING) and any(
                o.dep_ == "dobj" and o.lemma_.lower() in ("order", "calm", "stability") for o in clause.children):
            return True  # "landed to restore order": a stabilisation force (CAMEO 074), not a show of force
        if abroad and verb_lemma(clause, PROTECTING) and any(o.dep_ == "dobj" and (
                o.lemma_.lower() in PROTECTED or o.ent_type_ == "PERSON") for o in clause.children):
            return True  # "moved in to protect its new president", "to protect civilians": military protection (074)
    return False


RESTORING = frozenset({"restore", "keep", "maintain", "secure"})


def _relief_delivery(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for acl in (c for c in subject.children if c.dep_ == "acl") if subject is not None else ():
        # "a plane carrying 30 tonnes of medical supplies landed in Juba": a relief delivery, not a deployment
        if verb_lemma(acl, CARRYING) and any(t.lemma_.lower() in RELIEF for t in acl.subtree if t.dep_ != "acl"):
            return True
    return False


CARRYING = frozenset({"carry", "bring", "deliver", "transport", "load", "laden"})
RELIEF = frozenset({"aid", "food", "medicine", "medical", "relief", "humanitarian", "vaccine", "tent", "blanket",
                    "water", "flour", "wheat", "fuel", "supply"})


def _says_will(verb: Token, lex: Lexicon) -> bool:
    """A future auxiliary or an intent head, as opposed to a schedule ("were to", "is due to")."""
    if {c.lower_ for c in verb.children if c.dep_ == "aux"} & lex.future_aux:
        return True
    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head != head:
        head = head.head
        if head.lemma_.lower() in lex.intent_heads:
            return True
    return False


def _conditional(verb: Token) -> bool:
    """An "if"/"unless" clause on the verb (or its governing verb) makes an action a threat."""
    for holder in (verb, verb.head):
        for child in holder.children:
            if child.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in child.children
                                              if m.dep_ == "mark"):
                return True
    return False


def _content_target(verb: Token, actors: Actors) -> list[str]:
    """Target of a pledge or request read from its content ("pledged aid to X", "that X would get")."""
    holders = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj")]
    holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                for p in c.children if p.dep_ == "pobj"]
    for _ in range(3):
        nxt: list[Token] = []
        for clause in holders:
            for child in clause.children:
                if child.dep_ in ("nsubjpass", "dative") or (child.dep_ == "dobj" and clause.pos_ == "VERB"):
                    codes = actors.codes(child)
                    if codes:
                        return codes
                if child.dep_ == "prep":
                    pobjs = [p for p in child.children if p.dep_ == "pobj"]
                    if child.lower_ in ("to", "with", "for", "of"):
                        for pobj in pobjs:
                            codes = actors.codes(pobj)
                            if codes:
                                return codes
                    nxt.extend(pobjs)
                elif child.dep_ in ("dobj", "xcomp", "ccomp"):
                    nxt.append(child)
        holders = nxt
    return []


def _noun_event(tok: Token, sense: Sense, sent: Span, lex: Lexicon, actors: Actors) -> Found:
    source = nominal_sources(tok, sense, actors)
    anchor = clause_verb(tok)
    light = light_verb(tok)
    # a participle describing someone ("leaders arriving for the meeting") lends no actor
    lends = light is not None and light.dep_ != "acl" and (
        not verb_lemma(light, lex.speech_verbs | lex.evaluation_verbs)
        or verb_lemma(light, ANNOUNCING) is not None and tok.dep_ in ("dobj", "obj"))  # "declared martial law"
    slot = tok  # the token in the light verb's argument position
    if light is None and sense.cond.get("of_head") and tok.dep_ == "pobj":
        light = light_verb(tok.head.head)  # "declared a state of emergency": the state is the object
        lends = light is not None and light.dep_ != "acl"
        tok_dep = tok.head.head.dep_
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MEASURE_HEADS:
        tok_dep = tok.head.head.dep_  # "held a fifth round of talks": the round is the object
        slot = tok.head.head  # "placed on the highest level of readiness": the level is in the light PP
    else:
        tok_dep = tok.dep_
    if not source and lends and (tok_dep in ("dobj", "obj", "attr", "conj") or (
            slot.dep_ == "pobj" and slot.head.lower_ in LIGHT_PREPS)):
        subject, passive = subject_of(light)
        if not passive or sense.type == "MOBILIZE":  # "police were placed on high alert": they mobilise
            source = actors.codes(subject)
    specs = lex.types[sense.type]["targets"]
    target = targets_by_spec(tok, specs, actors, sense, nominal=True)
    if not target and light is not None and tok.dep_ in ("dobj", "obj"):
        target = targets_by_spec(light, [s for s in specs if s not in ("dobj", "dobj_actor", "of")], actors,
                                 sense, nominal=True)
    if sense.type == "SANCTION" and lends and slot.dep_ == "pobj" and slot.head.lower_ == "with" \
            and slot.head.head == light and not any(c.dep_ == "auxpass" for c in light.children):
        # "hit Iran with a new wave of sanctions": the light verb's subject sanctions its object
        source = source or actors.codes(subject_of(light)[0])
        target = target or _unique_codes([c for o in light.children if o.dep_ in ("dobj", "obj")
                                          for c in actors.codes(o)])
    if tok.lemma_.lower() in lex.symmetric and sense.type == "ASSAULT" and not source:
        # "police were injured in clashes with protesters": both sides fight (PLOVER lists all)
        subject, _passive = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else (None, False)
        source = _unique_codes(actors.codes(subject) + target)
    if sense.type == "MOBILIZE" and tok.lemma_.lower() in JOINT_NOUNS and light is not None and lends:
        subject = subject_of(light)[0]  # "A and B began the Zapad exercises", "Belarusian and Russian troops began"
        partners = _unique_codes(actors.codes(subject) + [c for m in (subject.children if subject is not None else ())
                                                          if m.dep_ == "amod" for o in m.conjuncts
                                                          for c in actors.codes(o, conj=False)])
        if len(partners) >= 2:
            source = partners
    if sense.type == "MOBILIZE" and tok.lemma_.lower() in JOINT_NOUNS and len(source) >= 2:
        sense = Sense("COOPERATE", "military", "062", sense.cond)  # "A and B began military drills"
    planned = any(c.lemma_.lower() in ("planned", "upcoming", "proposed", "future", "next", "scheduled")
                  for c in tok.children if c.dep_ == "amod")
    verb_planned, _ = is_planned(anchor, lex) if anchor.pos_ in ("VERB", "AUX") else (False, False)
    if light is not None and anchor == light and (sense.type in lex.promise_types or sense.type == "CONSULT") \
            and _says_will(anchor, lex):
        sense = Sense("AGREE", None, "030", sense.cond)  # "ready to hold talks": an offer to meet
    if sense.type in lex.conflict_types and light is not None and anchor == light and tok.dep_ in ("dobj", "obj") \
            and ({c.lower_ for c in light.children if c.dep_ == "aux"} & (lex.threat_modals | lex.future_aux)
                 or _conditional(light)) and not _yielding(light, lex):
        sense = Sense("THREATEN", None, "130", sense.cond)  # "may launch a preemptive strike"
    found = Found(
        trigger=tok, sent=sent, type=sense.type, mode=sense.mode, cameo=sense.cameo,
        source=source, target=[c for c in target if c not in source] or target, nominal=True,
        planned=planned or verb_planned,
        negated=anchor.pos_ in ("VERB", "AUX") and anchor == light and (
            is_negated(anchor, lex, None) or verb_lemma(anchor, PREVENTING) is not None),  # "prevent attacks"
        tense=tense_of(anchor, lex) if anchor.pos_ in ("VERB", "AUX") else PAST, anchor=anchor,
    )
    if found.negated and found.source and light is not None and anchor == light and (
            sense.type in lex.negation_flips or found.type == "AGREE") and any(
            c.dep_ == "neg" for c in light.children) and _says_will(light, lex):
        # "says it will not hold talks with X": a refusal (PLOVER REJECT), as "did not accept" is
        found.type, found.mode, found.cameo, found.negated = "REJECT", None, "120", False
    return found


OBLIGING = frozenset({"oblige", "obligate", "require", "compel", "bind"})


HOPING = frozenset({"hope", "wish", "dream", "yearn"})
HOPED = frozenset({"hoped", "hopes", "hoping"})  # the tagger sometimes lemmatises "hoped" as "hop"
TEXT_SUBJECTS = frozenset({"plan", "deal", "accord", "agreement", "treaty", "pact", "charter", "proposal", "text",
                           "resolution", "draft", "declaration", "document", "roadmap", "framework"})


def _hypothetical(tok: Token) -> bool:
    """A trigger in the condition of a sentence ("if China were to invade ...") or in a hypothetical obligation
    ("would be obliged to arrest him"): PLOVER codes what happened or was threatened, not a supposition."""
    node = clause_verb(tok)
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                        for c in node.children):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in OBLIGING and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in node.head.children):
            return True
        if node.dep_ == "xcomp" and (node.head.lemma_.lower() in HOPING or node.head.lower_ in HOPED):
            return True  # "the fund hoped to conclude the talks": a hope, neither a promise nor a plan
        if node.dep_ in ("xcomp", "ccomp", "advcl") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in TEXT_SUBJECTS and not c.ent_type_
                for c in node.head.children):
            return True  # "the plan commits both sides to pull back": what a text provides for, not an act
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head == node:
            return False
        node = node.head
    return False


def _yielding(verb: Token, lex: Lexicon) -> bool:
    """A verb that winds an act down ("would pause fighting", "will scale back operations"): its object is no threat."""
    key = verb_lemma(verb, lex.verbs)
    return key is not None and any(s.type in ("RETREAT", "CONCEDE") for s in lex.verbs[key])


def find_events(doc: Doc, lex: Lexicon | None = None) -> list[Found]:
    """Every PLOVER event stated in the doc's prose, negated ones included (marked)."""
    lex = lex or load_lexicon()
    repair_participle_roots(doc, lex)  # "The army relaxed rules on ...": a clause parsed as a noun phrase
    _repair_warned_of(doc, lex)  # "warned protesters of a crackdown": the "of" phrase belongs to the verb
    _repair_conj_subject(doc)  # "X condemned the strike and Poland demanded ...": Poland is the subject
    index = DocIndex(doc)  # after the repairs: they change heads, dependencies and tags
    actors = Actors(doc)
    found: list[Found] = []
    for sent in doc.sents:
        before = len(found)
        cands = [c for c in _candidates(sent, lex, actors, index) if not index.skipped(c[0].idx)]
        triggers = {tok.i: (sense, nominal) for tok, sense, nominal in cands}
        events: dict[int, Found] = {}
        for tok, sense, nominal in cands:
            event = (_noun_event if nominal else _verb_event)(tok, sense, sent, lex, actors)
            event.sense_agent = bool(sense.cond.get("agent"))
            events[tok.i] = event
        for tok, _sense, nominal in cands:
            event = events[tok.i]
            parent = _parent_candidate(tok, triggers)
            if parent is not None and not _sense.cond.get("agent"):
                outer = events[parent.i]
                same = outer.type == event.type
                # "opened fire on protesters, killing 18": the killing is the same act, not another event
                same = same or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and event.type == "ASSAULT"
                                and outer.type in ("ASSAULT", "COERCE"))
                content = outer.type in lex.content_types or same or nominal
                distinct = bool(event.source) and not set(event.source) <= set(outer.source)
                # "welcomed Taliban promises", "sent troops on the back of the appeal of X": X's own act
                own = nominal and distinct and (outer.type in EVALUATIVE or (
                    outer.type not in lex.content_types and _via(tok, parent, "prep")))
                if outer.type == "REJECT" and event.type == "CONSULT":
                    own = False  # "skipped the bloc's summit": a meeting refused did not take place for them
                if outer.type in ("REJECT", "ACCUSE") and tok.dep_ in ("dobj", "obj") and tok.head == parent:
                    own = False  # "rejected X's demand": the demand rejected is the topic, PLOVER codes the REJECT
                if outer.type == "SUPPORT" and event.type in FIGHTING and tok.dep_ in ("dobj", "obj") \
                        and tok.head == parent:
                    own = False  # "hailed X's offensive": the offensive praised is the topic, PLOVER codes the SUPPORT
                if outer.type == "PROTEST" and event.type == "REQUEST":
                    content = True  # "marched in the capital demanding his resignation": the protest's demand
                if own and event.type == "REQUEST" and not event.target:
                    event.target = [c for c in outer.source if c not in event.source]  # "on X's appeal"
                if own and not outer.target:  # "lauded the bloc's agreement": the bloc is the target
                    outer.target = [c for c in event.source if c not in outer.source]
                if content and (same or not own):
                    in_content = not (_via(tok, parent, "relcl") or _via(tok, parent, "advcl"))
                    if outer.type == "AGREE" and not outer.nominal and in_content and (
                            event.type in lex.conflict_types and verb_lemma(outer.trigger, lex.threat_vows)
                            or event.type == "THREATEN"):
                        # "vowed to strike", "vowed to retaliate if attacked": a promised threat is a threat
                        outer.type, outer.mode, outer.cameo = "THREATEN", None, "130"
                    elif outer.type == "REQUEST" and not outer.nominal and event.type in MATERIAL \
                            and verb_lemma(outer.trigger, ORDERING) and in_content \
                            and (event.nominal or _own_forces(tok, lex) and set(event.source) <= set(outer.source)):
                        # "ordered the mobilisation of reservists", "ordered troops to move": the order is the act
                        # (an order to another actor, "ordered Russia to withdraw", stays a demand)
                        outer.type, outer.mode, outer.cameo = event.type, event.mode, event.cameo
                        outer.target = list(event.target) or outer.target
                    elif outer.type == "AGREE" and (event.type == "SANCTION" or event.cameo == "081"
                                                    and verb_lemma(tok, EASING)) and not outer.nominal \
                            and not event.nominal and outer.trigger.lemma_.lower() in DECISION_VERBS \
                            and not outer.negated:
                        # "agreed to close borders with X", "agreed to ease restrictions": the decision is the act
                        outer.type, outer.mode, outer.cameo = event.type, event.mode, event.cameo
                        outer.target = [c for c in event.target if c not in outer.source] or outer.target
                    if not outer.target and not _via(tok, parent, "advcl"):  # "after/following X": no target
                        outer.target = [c for c in event.source + event.target if c not in outer.source]
                    if outer.type == event.type == "CONSULT" and event.nominal:
                        # "attending the SCO summit": the organisation meets too (PLOVER lists participants)
                        outer.source += [c for c in event.source if c not in outer.source and _is_org(c)]
                    continue
                if event.type == "ASSAULT" and not nominal and _purpose(tok, parent):
                    continue  # "sent doctors to help fight the epidemic": an aim, not an attack reported
            if _hypothetical(tok):
                continue  # "if China were to invade", "would in theory be obliged to arrest him": nothing reported
            if nominal and tok.dep_ == "compound" and tok.head.i in triggers:
                continue  # "a joint bombing drill": the drill is the event, the bombing its kind
            if nominal and event.type == "ASSAULT" and (_describes_other(tok, triggers) or _unrealised(tok)):
                continue  # "the attacks suspect", "the gunmen behind the bombing", "its planned offensive"
            if not nominal and tok.dep_ == "advcl" and tok.tag_ == "VBG" and any(
                    o.lemma_.lower() in JOINT_NOUNS for o in tok.head.children if o.dep_ in ("dobj", "obj")):
                continue  # "staged a drill, firing munitions at a target": the drill's content
            if not nominal and tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass") \
                    and has_negator(tok.head.head):
                continue  # "troops deployed in the region did not intervene": a description, and nothing happened
            head = tok.head if tok.dep_ == "conj" and not nominal else tok
            if (event.demanded or head is not tok and {c.lower_ for c in head.children if c.dep_ == "aux"}
                    & lex.demand_modals) and _requirement(head):
                continue  # "Chad must sign it and ratify it before it can vote": a condition of its own aim
            if event.demanded:
                request = _demand(event, lex, actors)  # "X said Y must withdraw": X asks Y, nobody withdrew
                if request is not None:
                    found.append(request)
                continue
            if not event.source and not event.target:
                if nominal and not _light_confirmed(tok, _sense) and not _sense.cond.get("keep"):
                    continue
                if nominal and _circumstance(tok):
                    continue  # "resigned amid protests", "after the attacks": background, not the news
                headline = any(c.i < tok.i and c.dep_ in HEADLINE_SUBJECTS for c in tok.children)
                if not nominal and (subject_of(tok)[0] is None and not headline
                                    or tok.dep_ == "acl" and event.type != "PROTEST"):
                    continue
            found.append(event)
        said = [e for e in _speech_events(sent, lex, actors, triggers, index) if not index.skipped(e.trigger.idx)]
        for ev in (e for e in said if e.content is not None and e.type in EVALUATIVE and e.target):
            # "said Russia was 'culpable' for the attack": the attack is the accusation's topic, not a report
            found[before:] = [f for f in found[before:] if not (f.nominal and ev.content.is_ancestor(f.trigger)
                                                                and set(f.source) <= set(ev.target))]
        for finding in _findings(sent, lex, actors, triggers):
            # "the inquiry found that police had used excessive force": PLOVER codes the finding (ACCUSE), the
            # act found is its topic
            finder = subject_of(finding.trigger)[0]
            found[before:] = [f for f in found[before:] if not finding.content.is_ancestor(f.trigger)
                              and f.trigger not in (finding.content, finder)]
            said.append(finding)
        evaluated = {e.trigger.i for e in said}
        found[before:] = [f for f in found[before:] if f.nominal or f.trigger.i not in evaluated]
        found.extend(e for e in said if e.cameo == "090")
        found.extend(e for e in said if (e.target or e.refers and e.source) and e.cameo != "090")  # nobody: no event
        if len(found) == before and not evaluated:  # an evaluation of nobody named is still no request
            found.extend(_relaxed_events(sent, lex, actors, index))
        _quoted_speakers(found[before:], lex, actors)
        found[before:] = _main_events(found[before:])
        found.extend(_elided(found[before:], sent, actors, index))
        subjects = sorted((t for t in index.tokens(sent, index.subject) if t.lower_ not in PRONOUNS),
                          key=lambda t: (t.head != sent.root and t.head.head != sent.root, t.i))
        for subj in subjects[:2]:
            topic = actors.codes(subj)
            if topic:
                actors.topic = topic
                break
    return found


def _quoted_speakers(events: list[Found], lex: Lexicon, actors: Actors) -> None:
    """'"I ask the leaders to ...," Modi told reporters': the quote's "I"/"we" is its speaker, who acts for the state
    or organisation the speaker's role gives (resolved as any other named actor)."""
    for event in events:
        if event.source or event.nominal:
            continue
        subject, _ = subject_of(event.trigger)
        if subject is None or subject.lower_ not in ("i", "we"):
            continue
        clause = clause_verb(subject.head)
        while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
            clause = clause.head
        speech = clause.head
        if clause.dep_ != "ccomp" or not verb_lemma(speech, lex.speech_verbs):
            continue
        speaker = next((c for c in speech.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)
        source = [c for c in actors.codes(speaker) if c not in event.target] if speaker is not None else []
        if source:
            event.source = source


WARNING_VERBS = frozenset({"warn", "caution"})


def _repair_warned_of(doc: Doc, lex: Lexicon) -> None:
    """"warned Hong Kong protesters of a crackdown", "warned protesters of a harsh response": the parser hangs the
    "of" phrase on the object noun; what one is warned of is the verb's complement, so it is re-hung there."""
    for verb in (t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in WARNING_VERBS):
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for prep in [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]:
                if any(p.dep_ == "pobj" and not p.ent_type_ for p in prep.children):
                    prep.head = verb


SUBJECT_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _repair_conj_subject(doc: Doc) -> None:
    """"Germany condemned the strike and Poland demanded an inquiry": the parser hangs "Poland" on the object as
    its conjunct and gives "demanded" no subject; a named actor right before a subjectless finite conjunct verb
    is that verb's subject, not a second object of the first verb."""
    for verb in [t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")
                 and t.head.pos_ == "VERB" and t.i > 0]:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        prev = doc[verb.i - 1]
        span = next((e for e in doc.ents if e.start <= prev.i < e.end), None)
        if span is None or span.label_ not in SUBJECT_ENTS or span.end != verb.i:
            continue
        noun = span.root
        if noun.dep_ != "conj" or noun.head.i >= noun.i or not verb.head.is_ancestor(noun) or noun.head == verb.head:
            continue
        cc = next((c for c in noun.head.children if c.dep_ == "cc" and c.i < span.start and c.i > noun.head.i), None)
        if cc is None or cc.i != span.start - 1 - (doc[span.start - 1].lower_ == "the"):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        cc.head = verb


def _elided(events: list[Found], sent: Span, actors: Actors, index: DocIndex | None = None) -> list[Found]:
    """"X welcomed the deal, as did Y", "X condemned the raid, and so did Y": Y's act is X's, repeated."""
    out: list[Found] = []
    index = index or DocIndex(sent.doc)
    for tok in index.tokens(sent, index.elided_dep):
        if tok.lemma_.lower() != "do" or tok.dep_ not in ("advcl", "conj", "ccomp") or any(
                c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children):
            continue
        if not any(c.lower_ in ("as", "so") and c.i < tok.i for c in tok.children if c.dep_ in ("mark", "advmod")):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i or c.dep_ == "nsubj"
                        and c.lower_ not in PRONOUNS), None)
        source = actors.codes(subject) if subject is not None else []
        act = next((e for e in events if e.trigger == tok.head and not e.nominal), None)
        if act is None or not source or set(source) <= set(act.source):
            continue
        out.append(replace(act, source=source, target=[c for c in act.target if c not in source]))
    return out


EASING = frozenset({"ease", "relax", "loosen", "lift"})  # "agreed to ease restrictions": PLOVER's concession
DECISION_VERBS = frozenset({"agree", "decide", "vote", "resolve"})
CIRCUMSTANCE_PREPS = frozenset({"after", "amid", "amidst", "following", "before", "despite", "during", "since",
                                "ahead", "wake", "aftermath", "until"})


def _own_forces(verb: Token, lex: Lexicon) -> bool:
    """Whether the ordered act is done by forces ("ordered troops to pull back"), not by another party."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers += [c for c in verb.head.children if c.dep_ in ("dobj", "dative")] if verb.dep_ in ("xcomp", "ccomp") else []
    return any(lex.in_class(k, ["forces"]) for d in doers for k in (d.lemma_.lower(), d.lower_))


SCENE_PREPS = frozenset({"since", "amid", "amidst", "despite", "wake", "aftermath"})
AFTER_PREPS = frozenset({"after", "following"})
FIGHTING = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # "seized the towns after heavy fighting": one campaign
UNREALISED = frozenset({"planned", "proposed", "possible", "potential", "threatened", "looming", "expected",
                        "imminent", "feared", "future", "prospective", "mooted"})
DESCRIBED_HEADS = MEASURE_HEADS | {"start", "beginning", "launch", "end", "resumption", "escalation", "wave",
                                   "series", "spate", "round", "string", "outbreak", "campaign", "kind", "type"}


def _purpose(verb: Token, parent: Token) -> bool:
    """A to-clause of purpose under another act ("sent doctors to help fight ...", "imposed a curfew to fight
    the spread of the virus"): what the act is for, not a second act reported."""
    tok = verb
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "help" and tok.head != parent:
        tok = tok.head
    to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ == "xcomp" and tok.head == parent and to_clause:
        # "pooled resources to fight piracy": a to-clause after a thing (not an actor) acted on is its aim
        return any(o.dep_ in ("dobj", "obj") and o.i < tok.i and o.pos_ == "NOUN" and not o.ent_type_
                   for o in parent.children)
    return tok.dep_ == "advcl" and tok.head == parent and to_clause


def _describes_other(tok: Token, triggers: dict) -> bool:
    """An attack noun that only describes a person or thing ("the Paris attacks suspect", "the gunmen behind
    the bombing", "his involvement in the attacks", "victims of the shelling"): background, not the news."""
    if tok.dep_ == "compound":
        head = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "behind":
        return True  # "the gunmen behind the bombing", however the parser hangs it
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        head = tok.head.head
    else:
        return False
    return head.pos_ in ("NOUN", "PROPN") and head.i not in triggers and head.lemma_.lower() not in DESCRIBED_HEADS \
        and head.ent_type_ not in ("GPE", "NORP", "ORG")


def _unrealised(tok: Token) -> bool:
    """A planned or possible attack ("criticised its planned offensive") has not happened."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in UNREALISED for c in tok.children)


def _main_events(events: list[Found]) -> list[Found]:
    """One sentence's events without the repeats and the scenery: "protesters torched ..." is one protest,
    "an attack that killed 12" one assault, and "sanctioned X after Y killed Z" reports the sanction."""
    acting = {e.trigger.i for e in events if not e.nominal}
    out = [e for e in events if not (e.sense_agent and e.trigger.dep_ in ("nsubj", "nsubjpass")
                                     and e.trigger.head.i in acting)]
    out = [e for e in out if not any(o is not e and o.type == e.type and o.trigger.is_ancestor(e.trigger)
                                     and set(e.source) <= set(o.source) and set(e.target) <= set(o.target)
                                     and not (e.type in SAYING_TYPES and not e.nominal and not o.nominal)
                                     for o in out)]
    out = [e for e in out if not (e.nominal and e.type in FIGHTING and _manner_of(e, out))]
    out = [e for e in out if not (e.nominal and e.type == "CONSULT" and _setting_of(e, out))]
    out = [e for e in out if not _motive(e, out)]  # "resigned in protest at": whether or not an actor is named yet
    main = [e for e in out if not _background(e)]
    main += [e for e in out if _background(e) and _reported_background(e, main)]  # "..., after X did Y on Monday"
    if any(e.source and not (e.nominal and _circumstance(e.trigger, SCENE_PREPS)) for e in main):
        # "met Y, his first trip since the invasion", "a visit to X, the first since the invasion": the scene
        main = [e for e in main if not (e.nominal and _circumstance(e.trigger, SCENE_PREPS))]
    if any(not e.nominal and e.source and e.type not in FIGHTING for e in main):
        # "suspended its lending after the Taliban takeover": the takeover is the setting of the sanction
        main = [e for e in main if not (e.nominal and _circumstance(e.trigger, AFTER_PREPS))]
    main = [e for e in main if not _borrowed_setting(e, main) and not _motive(e, main)]
    return main if any(e.source or e.type == "PROTEST" and not e.nominal for e in main) else out


SETTING_PREPS = frozenset({"after", "following", "amid", "amidst", "since", "despite", "for", "over", "wake",
                           "aftermath", "as", "while"})
FIGHTING_MODES = frozenset({"seize", "arrest"})  # "seized the town after heavy fighting": one campaign


def _own_actor(tok: Token) -> bool:
    """Whether a noun names its own doer: "Russia's attacks", "rebel attacks", "attacks by X", "clashes between
    A and B", "strikes carried out by X"."""
    for c in tok.children:
        if c.dep_ == "poss" or c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "between", "among"):
            return True
        if c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children):
            return True
    return False


def _setting_noun(tok: Token) -> bool:
    """"after the attacks", "for the massacre", "over attacks on X", "as fighting intensified": a noun that
    names the setting, cause or topic of another act."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "despite U.S. sanctions and repeated militant attacks"
    if _circumstance(tok, SETTING_PREPS):
        return True
    head = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "while", "after", "since") for c in head.children)


def _borrowed_setting(event: Found, events: list[Found]) -> bool:
    """An attack named as the setting or topic of another kind of act ("imposed a curfew after deadly clashes",
    "declared a truce after days of fighting", "lodged a complaint over attacks"), with no doer of its own:
    its actors would be borrowed from that act. Beside fighting of the same campaign ("seized the town after
    heavy fighting", "shelled the village after the raid") it stays."""
    tok = event.trigger
    if not event.nominal or event.type != "ASSAULT" or _own_actor(tok) or not _setting_noun(tok):
        return False
    return any(o is not event and o.source and _governs(o, tok)
               and not (o.type in ("ASSAULT", "MOBILIZE") or o.type == "COERCE" and o.mode in FIGHTING_MODES)
               for o in events)


JOINING = frozenset({"take", "join", "participate", "engage", "march", "rally", "gather", "strike"})


def _motive(event: Found, events: list[Found]) -> bool:
    """"boycotted the meeting in protest at the invitation", "resigned in protest over the war": "in protest" is
    why another act was done, not a protest held. A boycott at home ("parties boycotted the session in protest")
    is itself the protest (PLOVER PROTEST boycott); one of another state's or a bloc's meeting is a rejection."""
    tok = event.trigger
    if not event.nominal or event.type != "PROTEST":
        return False
    if tok.lower_ != "protest" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "over", "against") \
            and tok.head.i > 0 and tok.doc[tok.head.i - 1].lower_ == "protest":
        tok = tok.doc[tok.head.i - 1]  # "resigned in protest at the march to war": the march is the topic
    if tok.lower_ != "protest" or tok.dep_ != "pobj":
        return False
    if tok.head.lower_ != "in" or any(c.dep_ in ("det", "poss", "nummod", "amod") for c in tok.children):
        return False
    verb = tok.head.head
    if verb.lemma_.lower() in ("boycott", "walk") and not any(o.trigger == verb and o.target for o in events):
        return False
    return verb.lemma_.lower() not in JOINING  # "boycotted a meeting in Oslo in protest": however it is hung


def _governs(event: Found, tok: Token) -> bool:
    """Whether a token hangs on an event's trigger or verb, or on the verb that began it ("began pumping gas ...,
    despite attacks")."""
    node = event.anchor if event.anchor is not None else event.trigger
    while node.dep_ == "xcomp" and node.head != node:
        node = node.head
    return any(n.is_ancestor(tok) for n in (event.trigger, node))


def _manner_of(event: Found, events: list[Found]) -> bool:
    """"arrested X in a raid", "killed 12 in an air strike": the noun is how the verb's act was done, one act."""
    tok = event.trigger
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return False
    verb = tok.head.head
    return any(o is not event and not o.nominal and o.trigger == verb and o.type in FIGHTING
               and set(event.source) <= set(o.source) for o in events)


def _setting_of(event: Found, events: list[Found]) -> bool:
    """"dropped its veto at a summit in Brussels", "apologised during their summit": the meeting is where another
    act was done, the act is the news."""
    tok = event.trigger
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "during"):
        return False
    verb = tok.head.head
    return any(o is not event and not o.nominal and o.trigger == verb and o.type != "CONSULT" and o.source
               for o in events)


BACKGROUND_MARKS = frozenset({"after", "since", "as"})
DOCUMENTS = frozenset({"resolution", "text", "draft", "motion", "bill", "letter", "statement", "declaration",
                       "communique", "report", "petition", "law", "decree", "document"})
BACKGROUND_PREPS = frozenset({"after", "amid", "amidst", "following", "since", "wake", "aftermath"})


def _own_day(verb: Token) -> bool:
    """Whether a finite clause carries a day of its own ("after the army detained X on Monday", "who had called
    it a betrayal on Thursday"): a dated fact the article reports, not only the setting of another act."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "people cut off on Monday": a description
    clause = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb.dep_ == "conj":
        clause.append(verb.head)
    for v in clause:
        for c in v.children:
            if c.dep_ == "npadvmod" and _names_day(c):
                return True
            if c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and _names_day(p) for p in c.children):
                return True
    return False


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                    "oct", "nov", "dec"})


def _names_day(tok: Token) -> bool:
    """"Monday", "yesterday", "March 3": a day named, not a distance ("two days after") or a period ("last month")."""
    words = [t.lower_.rstrip(".") for t in tok.subtree]
    return tok.ent_type_ == "DATE" and (any(w in WEEKDAYS for w in words) or any(w in MONTHS for w in words)
                                        and any(w.isdigit() for w in words))


def _reported_background(event: Found, main: list[Found]) -> bool:
    """A background act (after-clause, relative clause) that is news of its own: a finite verb with a day of its
    own, a named actor, and another act than the main clause's (another type, or other actors)."""
    if event.nominal or not event.source or event.negated or not _own_day(event.trigger):
        return False
    return not any(o.type == event.type and set(o.source) == set(event.source) for o in main)


def _background(event: Found) -> bool:
    """An act told as the setting of another one: "after the rebels shelled the capital", "days after police
    shot two students", "as troops pressed their raid", "where shelling continued", "people cut off by the
    fighting". A noun after "after" stays ("seized the towns after heavy fighting": PLOVER codes it)."""
    tok, prev = event.trigger, None
    for _ in range(12):
        if tok.dep_ == "ROOT" and any(
                c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS and (prev is None or prev.i > c.i)
                and any(o.dep_ in ("ccomp", "parataxis") and o.i < c.i for o in tok.children) for c in tok.children):
            return True  # "X handed over suspects, officials said, a day after a bomb killed ...": the after-clause
            # taken for the root, with the sentence's own clause hung under it
        if tok.head == tok:
            return False
        if tok.dep_ in ("advcl", "conj", "ccomp", "parataxis") and any(
                c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children):
            return True  # "a day after a bomb killed three soldiers", parsed as a clause of any kind
        if tok.dep_ != "ROOT" and any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < tok.i for c in tok.children):
            return True  # "in X, where missile strikes have killed dozens": the place's description
        if tok.dep_ == "relcl" and tok != event.trigger and event.nominal:
            return True  # "the town, which rockets hit in May": a description of someone or something
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in DOCUMENTS:
            return True  # "vetoed a resolution demanding a withdrawal": what the text says, not an act
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok != event.trigger and event.nominal:
            return True  # "people cut off by fighting", "a shift prompted by Russia's invasion"
        if tok.dep_ in ("pobj", "pcomp") and not event.nominal and _circumstance(tok, BACKGROUND_PREPS):
            return True
        tok, prev = tok.head, tok
    return False


def _circumstance(tok: Token, preps: frozenset[str] = CIRCUMSTANCE_PREPS) -> bool:
    """A nominal trigger that only sets the scene: "after the attacks", "ahead of the planned protests"."""
    head = tok.head
    if tok.dep_ not in ("pobj", "pcomp"):
        return False
    if head.lower_ == "of" and head.head.lemma_.lower() in MEASURE_HEADS and head.head.dep_ == "pobj":
        head = head.head.head  # "after weeks of protests"
    if head.lower_ == "of" and head.head.lower_ in preps:
        return True  # "ahead of", "in the wake of"
    return head.lower_ in preps


def _relaxed_events(sent: Span, lex: Lexicon, actors: Actors, index: DocIndex | None = None) -> list[Found]:
    """A second, looser reading of a sentence with no event: a lexicon word whose object or particle
    condition failed still counts when two different actors stand around it ("X gave Y ...")."""
    index = index or DocIndex(sent.doc)
    for tok in index.tokens(sent, index.relaxed_class):
        if index.skipped(tok.idx):
            continue
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and verb_lemma(tok.head, THWARTED):
            continue  # "the release of the prisoners was delayed": it did not happen
        sense = None if verb_lemma(tok, lex.speech_verbs) else relaxed_sense(tok, lex)
        if sense is None or _hypothetical(tok):
            continue
        event = (_verb_event if tok.pos_ == "VERB" else _noun_event)(tok, sense, sent, lex, actors)
        if not event.source or event.negated or event.demanded or set(event.source) & set(event.target):
            continue
        if event.target or (tok.dep_ == "ROOT" and tok.pos_ == "VERB"):  # the main verb of the sentence
            return [event]
    return []


def _speaker(verb: Token, lex: Lexicon, actors: Actors) -> tuple[Token, list[str]] | None:
    """The reporting verb above a clause and the codes of who reports ("X said ...")."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "conj") or head == verb or not verb_lemma(head, lex.speech_verbs):
        return None
    subject, _ = subject_of(head)
    codes = actors.codes(subject)
    return (head, codes) if codes else None


def _demand(event: Found, lex: Lexicon, actors: Actors) -> Found | None:
    said = _speaker(event.trigger, lex, actors)
    if said is None:
        return None
    head, source = said
    target = [c for c in event.source if c not in source]
    return Found(trigger=head, sent=event.sent, type="REQUEST", mode=None, cameo="100", source=source,
                 target=target, nominal=False, tense=tense_of(head, lex), anchor=head)


def _evaluation(tok: Token, lex: Lexicon) -> str | None:
    """ACCUSE or SUPPORT when `tok` (or a modifier of it) is an evaluative word: "a clear violation"."""
    if tok.lemma_.lower() == "target" and any(c.lemma_.lower() == "legitimate" for c in tok.children):
        return "THREATEN"  # "would become legitimate targets": a warning of attack
    for word in (tok, *[c for c in tok.children if c.dep_ in ("amod", "compound")]):
        kind = lex.evaluations.get(word.lemma_.lower()) or lex.evaluations.get(word.lower_)
        if kind:
            return kind
    return None


RELATION = frozenset({"ally", "partner"})  # "X is our ally": a standing tie told; "called X a vital ally" praises


def _requirement(clause: Token) -> bool:
    """"said the admission should be the first step", "said Chad must ratify it before it can vote": a verdict on a
    thing or a condition for the subject's own aim, no demand made of anyone."""
    if clause.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in clause.children):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("before", "so") for m in c.children)
               and any(a.dep_ == "aux" and a.lower_ in ("can", "could") for a in c.children)
               for v in (clause, *clause.conjuncts) for c in v.children)


def _speech_events(sent: Span, lex: Lexicon, actors: Actors, triggers: dict,
                   index: DocIndex | None = None) -> list[Found]:
    """Events stated by evaluation: "X said the move was illegal", "X called Y's move a provocation"."""
    out: list[Found] = []
    index = index or DocIndex(sent.doc)
    for tok in index.tokens(sent, index.verb):
        if tok.i in triggers and not verb_lemma(tok, lex.evaluation_verbs):
            continue  # "called Y's comment 'shocking'" is an evaluation even where "called on Friday" looked a request
        if verb_lemma(tok, lex.speech_verbs):
            for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.i not in triggers):
                preds = [c for c in clause.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() not in RELATION]
                preds += [c for p in preds for c in p.conjuncts]  # "was not free, fair or transparent"
                kind = next((k for k in map(lambda p: _evaluation(p, lex), preds) if k), None)
                if kind == "SUPPORT" and has_negator(clause):
                    kind = "ACCUSE"  # "said the election was not free or fair"
                csubj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if kind is None and _options_open(clause):
                    kind = "THREATEN"  # "said all options were on the table [if X ...]": aimed at X
                    csubj = next((s for c in clause.children if c.dep_ == "advcl" for s in c.children
                                  if s.dep_ == "nsubj"), None)
                if kind is None and verb_lemma(clause, WRONGDOING) and not has_negator(clause) and any(
                        o.dep_ == "dobj" for o in clause.children):
                    kind = "ACCUSE"  # "said the army had committed war crimes": an allegation
                if kind is None and {c.lower_ for c in clause.children if c.dep_ == "aux"} & lex.demand_modals \
                        and not _requirement(clause):
                    kind = "REQUEST"  # "X said Y must stop ...": a demand
                if kind is None:
                    continue
                subject, _ = subject_of(tok)
                aimed, source = actors.codes(csubj), actors.codes(subject)
                if set(aimed) <= set(source) and csubj is not None and csubj.lower_ in ("it", "this", "that") and out:
                    aimed = list(out[-1].target)  # "X said A was illegal, and Y said it was a provocation"
                event = _said(tok, sent, kind, source, aimed, lex)
                event.content = clause
                if kind != "REQUEST" or (event.source and event.target):
                    out.append(event)
        elif verb_lemma(tok, lex.evaluation_verbs):
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr")]
            preds += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ == "pobj"]
            if obj is not None:
                preds += [c for c in obj.children if c.dep_ in ("amod", "appos", "attr", "oprd")]
                preds += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"
                          for p in c.children if p.dep_ == "pobj"]
            kind = next((k for k in map(lambda p: _evaluation(p, lex), preds) if k), None)
            if kind is not None and obj is not None:
                subject, passive = subject_of(tok)
                if passive and tok.dep_ == "acl" and obj.dep_ == "dobj":
                    passive = False  # "X's minister called Y's comment 'shocking'" parsed as a participle
                source = [] if passive else actors.codes(subject)
                event = _said(tok, sent, kind, source, actors.codes(obj), lex)
                # "called the launch an outrageous act": aimed at whoever launched (resolved later)
                event.refers = not event.target and _referring(obj, REFERRED_ACTS)
                out.append(event)
    return out


def _options_open(clause: Token) -> bool:
    """"all options are on the table": the diplomatic warning of force."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() == "option" and any(
        p.lemma_.lower() == "table" for c in clause.children if c.dep_ == "prep" and c.lower_ == "on"
        for p in c.children if p.dep_ == "pobj")


FINDING = frozenset({"find", "conclude", "determine", "establish", "document"})
WRONGDOING = frozenset({"commit", "violate", "perpetrate", "breach", "abuse", "torture"})


def _findings(sent: Span, lex: Lexicon, actors: Actors, triggers: dict) -> list[Found]:
    """An inquiry's finding of wrongdoing ("a UN panel found that both sides had committed war crimes",
    "investigators concluded that Russia was responsible"): ACCUSE by the finder, aimed at whoever did it."""
    out: list[Found] = []
    for tok in sent:
        if tok.pos_ != "VERB" or not verb_lemma(tok, FINDING):
            continue
        subject, passive = subject_of(tok)
        if passive or subject is None:
            continue
        finder = subject.ent_type_ in ("ORG", "GPE", "NORP") or lex.in_class(subject.lemma_.lower(), ["inquiry_subj"])
        if not finder:
            continue
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > tok.i):
            preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
            wrong = verb_lemma(clause, WRONGDOING) is not None or any(
                _evaluation(p, lex) == "ACCUSE" for p in preds) or (
                clause.i in triggers and triggers[clause.i][0].type in lex.conflict_types)
            if not wrong or has_negator(clause):
                continue
            culprit = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            source = actors.codes(subject) + [c for p in subject.children if p.dep_ == "prep" and p.lower_ == "by"
                                              for q in p.children if q.dep_ == "pobj" for c in actors.codes(q)]
            event = _said(tok, sent, "ACCUSE", _unique_codes(source), actors.codes(culprit), lex)
            event.mode, event.cameo = "investigate", "090"
            event.content = clause
            out.append(event)
    return out


def _said(tok: Token, sent: Span, kind: str, source: list[str], target: list[str], lex: Lexicon) -> Found:
    mode, cameo = {"ACCUSE": ("disapprove", "111"), "REQUEST": (None, "100"),
                   "THREATEN": ("violence", "138")}.get(kind, (None, "051"))
    return Found(trigger=tok, sent=sent, type=kind, mode=mode, cameo=cameo, source=source,
                 target=[c for c in target if c not in source], nominal=False, tense=tense_of(tok, lex),
                 anchor=tok)


def _light_confirmed(tok: Token, sense: Sense) -> bool:
    """A nominal trigger the lexicon only accepts with a light verb ("staged a protest") is an event
    even when its actors are unnamed ("thousands of workers")."""
    light = light_verb(tok)
    if sense.type == "CONSULT" and light is not None and light.pos_ == "VERB":
        subject, passive = subject_of(light)  # "Biden and Xi held a video call": people meet, coded or not
        return not passive and subject is not None and subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    if sense.type in CONCEDING and light is not None and light.pos_ == "VERB" and "light" in sense.cond \
            and verb_lemma(light, sense.cond["light"]) is not None:
        subject, passive = subject_of(light)  # "the rebels declared a unilateral truce": a concession made
        return not passive and subject is not None and subject.pos_ in ("NOUN", "PROPN")
    if sense.type == "COOPERATE" and light is not None and light.pos_ == "VERB" and tok.dep_ in ("dobj", "obj") \
            and any(c.dep_ == "amod" and c.lower_ in JOINT_WORDS for c in tok.children):
        subject, passive = subject_of(light)  # "the two armies held combined manoeuvres": a joint act, by a pair
        return not passive and subject is not None and subject.tag_ == "NNS" and any(
            c.lower_ in PAIRED for c in subject.subtree)
    if sense.type not in ("PROTEST", "ASSAULT", "COERCE", "MOBILIZE"):
        return False  # a cooperation or meeting with nobody named is too vague to keep
    return "light" in sense.cond and light is not None and verb_lemma(light, sense.cond["light"]) is not None


def _date_anchor(tok: Token) -> Token:
    verb = clause_verb(tok)
    return verb


def _related(a: Token, b: Token) -> bool:
    """Same clause, or one clause the to-clause / coordination of the other."""
    if a == b:
        return True
    return (a.head == b and a.dep_ in ("xcomp", "ccomp")) or (b.head == a and b.dep_ in ("xcomp", "ccomp"))


def _event_refs(event: Found, entries: list[tuple]) -> list[tuple]:
    """(date, anchor verb) pairs of the event's sentence, each read in the tense of its own clause: the event's
    tense on its own verb, the past on another, past-tense verb ("is sending troops, it said on Tuesday")."""
    tense = FUTURE if event.tense == "future" else PAST
    anchor = event.anchor
    return [(r, a) for t, r, a, _root in entries
            if t == (PAST if a is not None and a.tag_ == "VBD" and a != anchor else tense)]


def attach_dates(doc: Doc, found: list[Found]) -> list[tuple[str | None, str]]:
    """A date per event: the date expression of its clause, else a lone one of its sentence."""
    article = doc._.article
    published = getattr(article, "published", None)
    out: list[tuple[str | None, str]] = []
    by_sent: dict[int, list] = {}
    text = doc_text(doc)
    skipped = skipped_zones(doc)
    for event in found:
        key = event.sent.start
        if key not in by_sent:
            refs = []
            sent_text = text[event.sent.start_char:event.sent.end_char]  # `Span.text` joins its tokens per read
            opening = _dateline_end(sent_text)
            for tense in (PAST, FUTURE):
                for ref in find_dates(sent_text, published, tense):
                    if skipped(event.sent.start_char + ref.start) or ref.start < opening:
                        continue  # the dateline's date is the filing day, not the event's
                    span = doc.char_span(event.sent.start_char + ref.start, event.sent.start_char + ref.end,
                                         alignment_mode="expand")
                    refs.append((tense, ref, _date_anchor(span.root) if span is not None else None,
                                 span.root if span is not None else None))
            by_sent[key] = refs
    claimed: dict[int, set[int]] = {}
    own: list[list] = []
    for event in found:
        refs = _event_refs(event, by_sent[event.sent.start])
        mine = [r for r, a in refs if a is not None and event.anchor is not None and _related(a, event.anchor)]
        if event.nominal:  # "Britain's expulsion of envoys on Wednesday": a date on the noun is the noun's
            trigger = event.trigger
            on_noun = [r for t, r, _a, root in by_sent[event.sent.start] if t == PAST and root is not None
                       and (root.head == trigger or root.head.dep_ == "prep" and root.head.head == trigger)]
            mine = on_noun or mine
        claimed.setdefault(event.sent.start, set()).update(r.start for r in mine)
        own.append(mine)
    last_day: tuple[int, str] | None = None  # (sentence index, day) of the last day-precise date
    sent_index = {sent.start: n for n, sent in enumerate(doc.sents)}
    lede = lede_date(doc, published, text=text, skipped=skipped)
    for event, mine in zip(found, own, strict=True):
        anchor = event.anchor
        refs = _event_refs(event, by_sent[event.sent.start])
        # "condemned X on Sunday and called for Y": coordinated verbs share their date
        shared = [r for r, a in refs if a is not None and anchor is not None and anchor.dep_ == "conj"
                  and _related(a, anchor.head)]
        if mine and not any(r.date for r in mine) and any(r.date for r in shared):
            mine = [r for r in shared if r.date][:1]  # a day on the coordinated verb beats a period
        if not mine:
            taken = claimed.get(event.sent.start, set())
            free = [r for r, a in refs if r.start not in taken and not (a is not None and a.dep_ in ("relcl", "acl"))]
            if not free:  # "police fired on supporters who marched on Tuesday": the sentence's only day
                free = [r for r, a in refs if r.date]
            mine = shared[:1] or sorted(free, key=lambda r: r.date is None)[:1]
        day, source = event_date(mine, published)
        here = sent_index.get(event.sent.start, 0)
        if source == "published" and event.tense == PAST:
            if last_day and here - last_day[0] <= CARRY_SENTENCES:
                day, source = _shifted(last_day[1], _day_offset(text[event.sent.start_char:event.sent.end_char])), \
                    "context"
            elif lede:
                day, source = lede, "lede"
        if source == "text" and day:
            last_day = (here, day)
        out.append((day, source))
    return out


COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
LATER = re.compile(r"\b(a|one|two|three|four|five|six|seven) days? (?:later|after)\b"
                   r"|\b(?:the )?(?:following|next) day\b", re.IGNORECASE)
EARLIER = re.compile(r"\b(a|one|two|three|four|five|six|seven) days? earlier\b|\bthe (?:previous )?day before\b"
                     r"(?! (?:the|a|an|his|her|its|their)\b)|\bthe previous day\b", re.IGNORECASE)


def _day_offset(text: str) -> int:
    """Days from the act dated before to this sentence's undated act: "two days later", "a day after the raid",
    "the following day" (+), "a day earlier", "the day before" (-); 0 when the sentence names no such distance."""
    for pattern, sign in ((LATER, 1), (EARLIER, -1)):
        match = pattern.search(text)
        if match:
            return sign * COUNT_WORDS.get((match.group(1) or "one").lower(), 1)
    return 0


def _shifted(day: str, offset: int) -> str:
    """An ISO day moved by `offset` days (a month or year alone is left as it is)."""
    if not offset or len(day) != 10:
        return day
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=offset)).isoformat()


def _dateline_end(text: str) -> int:
    """Where a dateline opening `text` ends (0 when there is none)."""
    m = DATELINE_OPENING.match(text)
    return m.end() if m else 0


def lede_date(doc: Doc, published: str | None, sentences: int = LEDE_SENTENCES, text: str | None = None,
              skipped: Callable[[int], bool] | None = None) -> str | None:
    """The day the lede gives ("... met in Beijing yesterday"): news reports one main happening, and
    its undated sentences mostly refer to it. Only a day in the week before publication counts."""
    if not published:
        return None
    text = doc_text(doc) if text is None else text
    skipped = skipped or skipped_zones(doc)
    seen = 0
    for sent in doc.sents:
        if skipped(sent.start_char) and skipped(sent.end_char - 1):
            continue
        if not any(t.is_alpha for t in sent):
            continue
        sent_text = text[sent.start_char:sent.end_char]
        for ref in find_dates(sent_text, published, PAST):
            if skipped(sent.start_char + ref.start) or ref.start < _dateline_end(sent_text):
                continue
            gap = days_between(ref.date, published) if ref.date else None
            if gap is not None and gap <= LEDE_MAX_DAYS and ref.date <= published:
                return ref.date
        seen += 1
        if seen >= sentences:
            break
    return None


def _place_text(tok: Token, actors: Actors) -> str | None:
    for cand in [*[c for c in tok.children if c.dep_ == "appos"], tok]:
        ent = actors.ent_of.get(cand.i)
        if ent is not None and ent.label_ in PLACE_LABELS:
            return ent.text
        if cand.ent_type_ in PLACE_LABELS:
            return cand.text
    if tok.lemma_.lower() in ("headquarters", "embassy", "palace", "house", "hall", "building", "square"):
        return tok.doc[tok.left_edge.i : tok.i + 1].text.removeprefix("the ").removeprefix("The ")
    return None


def _sentence_town(sent: Span, actors: Actors) -> str | None:
    """The one town or region a sentence names (not a country, not the dateline), if it names exactly one."""
    start = dateline_of(sent.doc)[0]
    towns = {ent.text for ent in actors.sent_ents(sent) if ent.label_ in PLACE_LABELS and ent.start_char >= start
             and ent.text.casefold() in actors.place_names}
    return towns.pop() if len(towns) == 1 else None


def place_of(event: Found, actors: Actors) -> str | None:
    for holder in (event.trigger, event.anchor):
        if holder is None:
            continue
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "inside", "near", "outside"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        place = _place_text(pobj, actors)
                        if place:
                            return place
    return None


QUOTE_CHARS = frozenset('"\u201c\u201d\u00ab\u00bb')


def _in_quotation(tok: Token) -> bool:
    """Inside quotation marks: an odd number of quote characters before it in its paragraph."""
    doc = tok.doc
    count = 0
    for i in range(tok.i - 1, max(-1, tok.i - 200), -1):
        t = doc[i]
        if "\n\n" in t.text_with_ws or (t.is_space and "\n" in t.text):
            break
        if t.text in QUOTE_CHARS:
            count += 1
    return count % 2 == 1


def _same_event(events: list[Event], event: Found, day: str | None) -> Event | None:
    """An event already kept that this one repeats: same type and day, no new source, compatible target."""
    if not event.source:
        return None
    verb = event.anchor or event.trigger
    if not event.nominal and any(c.dep_ == "advmod" and c.lower_ in ("also", "again") for c in verb.children):
        return None  # "the two countries also agreed to ...": an act of its own, not the lede's repeated
    for other in events:
        if other.type != event.type or other.date != day or not set(event.source) <= set(other.source):
            continue  # a later mention naming no new participant repeats the event
        if other.target and event.target and not set(other.target) & set(event.target):
            continue
        return other
    return None


def _is_org(code: str) -> bool:
    try:
        from blocwatch import kb
    except ImportError:  # pragma: no cover
        return False
    return kb.org_by_code(code) is not None


def _span(tok: Token | Span, text: str) -> RSpan:
    """Like `records.Span.from_spacy`, but with the doc text built once (`doc.text` joins every token)."""
    start = tok.start_char if isinstance(tok, Span) else tok.idx
    end = tok.end_char if isinstance(tok, Span) else tok.idx + len(tok)
    return RSpan.trimmed(start, end, text[start:end])


# "rejected the decision", "welcomed the move": an act named by a definite noun is the previous actor's
REFERRED_ACTS = frozenset({"decision", "move", "accusation", "criticism", "charge", "claim", "allegation", "measure",
                           "step", "sanction", "expulsion", "vote", "resolution", "ruling", "proposal", "offer",
                           "remark", "comment", "demand", "ultimatum", "deployment", "announcement", "warning",
                           "threat", "statement", "action", "decree", "suspension", "plan", "launch", "attack",
                           "strike", "test", "raid", "crackdown", "arrest", "seizure", "incursion", "cancellation",
                           "withdrawal", "closure"})
# "the leaders demanded", "the parties agreed": the participants of the meeting reported before
PARTICIPANTS = frozenset({"leader", "party", "side", "minister", "delegation", "participant", "negotiator",
                          "delegate", "mediator"})
REFERRED_TYPES = {"accusation": ("ACCUSE",), "criticism": ("ACCUSE",), "charge": ("ACCUSE",),
                  "allegation": ("ACCUSE",), "claim": ("ACCUSE",), "expulsion": ("SANCTION",),
                  "sanction": ("SANCTION",), "suspension": ("SANCTION",), "deployment": ("MOBILIZE", "AID"),
                  "demand": ("REQUEST",), "ultimatum": ("REQUEST", "THREATEN"), "threat": ("THREATEN",),
                  "warning": ("THREATEN",), "offer": ("AGREE",), "proposal": ("AGREE",),
                  "launch": ("MOBILIZE", "ASSAULT"), "test": ("MOBILIZE", "ASSAULT"), "attack": ("ASSAULT",),
                  "strike": ("ASSAULT",), "raid": ("ASSAULT", "COERCE"), "incursion": ("ASSAULT", "MOBILIZE"),
                  "crackdown": ("COERCE", "ASSAULT"), "arrest": ("COERCE",), "seizure": ("COERCE",)}
PLEDGES = frozenset({"pledge", "promise", "offer", "vow", "commit"})
REFERRING_DETS = frozenset({"the", "this", "that", "these", "those", "such", "both"})


def _referring(tok: Token | None, words: frozenset[str]) -> bool:
    return tok is not None and tok.lemma_.lower() in words and not tok.ent_type_ and any(
        c.lower_ in REFERRING_DETS for c in tok.children if c.dep_ in ("det", "predet", "nummod")) and not any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ or c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
        for c in tok.children)


def _sole_state(sent: Span, actors: Actors) -> str | None:
    """The one state a sentence names as a place (GPE), if it names exactly one."""
    states = {code for ent in actors.sent_ents(sent) if ent.label_ == "GPE" for code in [actors.ent_code(ent)]
              if code and is_state_code(code)}
    return states.pop() if len(states) == 1 else None


def _resolve_references(found: list[Found], actors: Actors) -> None:
    """Actors the text refers back to: "X rejected the decision" aims at whoever decided, "the leaders
    demanded" are the participants of the meeting before, "sanctions were imposed on X" after "Y condemned X"
    is Y's act; a threat or pledge naming nobody is aimed at the state the article is about; "urged both sides"
    aims at the two actors most often opposed before; a domestic act naming nobody else is aimed at home."""
    sided: set[int] = set()
    summit_bloc: list[str | None] | None = None  # the bloc whose summit the article reports, read when needed
    for n, event in enumerate(found):
        trigger = event.trigger
        if not event.nominal and (back := _object_antecedent(event, found[:n], actors)):
            event.target = back  # "urged it to", "had asked the council", "had urged the juntas": named before
        if not event.source and not event.nominal and (back := _subject_group(event, found[:n])):
            event.source = back  # "the two countries also agreed": the pair of the acts before
        if not event.source and not event.nominal:
            subject, passive = subject_of(trigger)
            if not passive and _referring(subject, PARTICIPANTS) and subject.tag_ == "NNS" or (
                    subject is not None and subject.lemma_.lower() == "side" and subject.tag_ == "NNS"):
                group = next((o.source for o in reversed(found[:n]) if o.sent.start < event.sent.start and (
                    len(o.source) >= 2 or o.type == "CONSULT" and o.source)), None)
                if group:
                    event.source = list(group)
        if not event.target and event.source and event.type in EVALUATIVE and not event.nominal:
            obj = next((c for c in trigger.children if c.dep_ in ("dobj", "obj")), None)
            if _referring(obj, REFERRED_ACTS):
                kinds = REFERRED_TYPES.get(obj.lemma_.lower())  # "the expulsion" refers to a SANCTION
                before = next((o for o in reversed(found[:n]) if o.source and o.trigger.i < trigger.i
                               and not set(o.source) & set(event.source) and (not kinds or o.type in kinds)), None)
                if before is not None and event.sent.start - before.sent.end < 80:
                    event.target = list(before.source)
        if not event.source and event.target and not event.nominal and subject_of(trigger)[1] \
                and not any(c.dep_ == "agent" for c in trigger.children):
            # "Sanctions were imposed on Niger" after "ECOWAS leaders demanded ... of Niger": an agentless passive
            # aimed at the target of the sentence before is the same actor's act
            before = next((o for o in reversed(found[:n]) if o.source and o.sent.start < event.sent.start
                           and id(o) not in sided
                           and set(o.target) & set(event.target) and not set(o.source) & set(event.target)), None)
            if before is not None and event.sent.start - before.sent.end < 60:
                event.source = list(before.source)
        if not event.source and event.type == "PROTEST" and not event.sense_agent:
            # "hundreds of thousands marched in Minsk", "protests spread across France": dissent is domestic
            home = actors.sentence_state(event.sent) or _sole_state(event.sent, actors)
            if home:
                event.source = [home]
        if not event.target and actors.focus and actors.focus not in event.source and (
                event.type in ("THREATEN", "AID") or event.refers or event.type == "AGREE" and not event.nominal
                and trigger.lemma_.lower() in PLEDGES):
            event.target = [actors.focus]  # "warned it would respond to any attack", "pledged personnel"
        if not event.target and event.source and event.type == "ASSAULT":
            # "drones struck an oil depot in <town>": an attack on a place is aimed at the state the place is in
            where = actors.sentence_state(event.sent)
            if where and where not in event.source:
                event.target = [where]
        own = not event.target or set(event.target) <= set(event.source)  # none, or "its"/"their" read as itself
        if own and not event.nominal and (count := _counted_states(trigger)):
            event.target = _last_states(event, count, actors) or event.target  # "accused the three countries of"
        if own and not event.nominal and _sides(trigger):
            event.target = _two_sides(found[:n], event) or event.target  # "urged both sides to show restraint"
            sided.add(id(event))  # a guess from the article, not a party another act can be aimed from
        if not event.target and len(event.source) == 1 and is_state_code(event.source[0]) \
                and event.type in HOME_TYPES and _domestic_subject(event, actors) \
                and not _other_state(event.sent, event.source[0], actors, places=event.type in ("COERCE", "ASSAULT")):
            event.target = list(event.source)  # "soldiers detained the president", "the president resigned"
        if not event.nominal and not event.source and event.type in ("SUPPORT", "SANCTION") \
                and subject_of(trigger)[1] and not any(c.dep_ == "agent" for c in trigger.children):
            doers = [c for p in ("to", "from") for c in _prep_codes(trigger, p, actors)
                     if _is_org(c) and c not in event.target]
            if doers:
                event.source = doers[:1]  # "was readmitted to the African Union", "was suspended from the bloc"
        if not event.source and not event.nominal:
            subject, passive = subject_of(trigger)
            if not passive and _bare_leaders(subject):
                if summit_bloc is None:
                    summit_bloc = [_summit_bloc(event.sent.doc, actors)]
                if summit_bloc[0] and summit_bloc[0] not in event.target:
                    event.source = list(summit_bloc)  # "the leaders adopted a declaration": the summit's bloc
        if not event.target and event.source and event.type in ("SANCTION", "COERCE"):
            # "imposed a no-fly zone over Libya", "took control over X": the measure's ground is its target
            held = [trigger] if event.nominal else [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
            over = [c for o in held for c in _prep_codes(o, "over", actors) if c not in event.source]
            event.target = _unique_codes(over) or event.target
        if not event.target and event.source and not event.nominal and event.type == "REJECT":
            # "voted against letting US troops cross": the actor of the act voted down is the one refused
            event.target = _refused_actor(trigger, event.source, actors) or event.target
        if own and not event.nominal and event.type in EVALUATIVE and not _counted_states(trigger) \
                and _newcomers(trigger):
            # "praised the newcomers", "welcomed the new members": the states listed together before
            event.target = _last_list(event, actors) or event.target
        if not event.target and event.mode == "resign" and len(event.source) == 1 and is_state_code(event.source[0]):
            event.target = list(event.source)  # one resigns from an office at home, wherever the letter was sent
        if not event.target and event.source and not event.nominal and _membership_act(trigger):
            if event.type in CANDIDATE_TYPES:
                if actors.focus and actors.focus not in event.source:
                    event.target = [actors.focus]  # "approved the membership": the state the article is about
            elif actors.bloc and actors.bloc not in event.source:
                event.target = [actors.bloc]  # "applied for membership", "hope to join": the bloc of the article


MEETING_NOUNS = frozenset({"summit", "meeting", "conference", "gathering"})


def _summit_bloc(doc: Doc, actors: Actors) -> str | None:
    """The international organisation a summit is named after ("the G20 summit", "a summit of the bloc"): whose
    leaders "the leaders" are, in an article that reports one (the first named)."""
    for tok in doc:
        if tok.lemma_.lower() not in MEETING_NOUNS or tok.pos_ != "NOUN":
            continue
        near = [c for c in tok.children if c.dep_ in ("compound", "poss", "nmod")]
        near += [q for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children]
        for c in near:
            code = actors.token_code(c)
            if code and _is_org(code):
                return code
    return None


CANDIDATE_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})  # about a candidate's bid, not addressed to the bloc


def _bare_leaders(subject: Token | None) -> bool:
    """"The leaders", "leaders": a plural subject of heads of government that names nobody."""
    return subject is not None and subject.lemma_.lower() == "leader" and subject.tag_ == "NNS" \
        and not subject.ent_type_ and not any(c.dep_ in ("poss", "compound", "amod", "prep", "nmod") or c.ent_type_
                                              for c in subject.children)


MEMBER_WORDS = frozenset({"membership", "join", "rejoin", "accession", "admission", "entry"})


def _membership_act(verb: Token) -> bool:
    """"applied for membership", "applied to join", "backed the bid to join": an act about joining a bloc."""
    if verb.lemma_.lower() in MEMBER_WORDS:
        return True
    near = [c for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "conj", "advcl", "ccomp")]
    return any(t.lemma_.lower() in MEMBER_WORDS for c in near for t in (c, *c.children))


HOME_TYPES = frozenset({"COERCE", "ASSAULT", "RETREAT", "CONCEDE", "AGREE"})
GROUP_HEADS = frozenset({"junta", "government", "regime", "leader", "country", "nation", "state", "capital"})
OBJECT_PREPS = frozenset({"on", "to", "with", "against"})


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of its "on"/"to"/"with"/"against" phrases."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return objs + [q for p in verb.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS for q in p.children
                   if q.dep_ == "pobj"]


def _group_before(before: list[Found], event: Found, count: int = 0) -> list[str]:
    """The actors of the latest act before the event's sentence with two or more states or groups on one side
    (exactly `count` when given), the event's own source left out."""
    for other in reversed(before):
        if other.sent.start >= event.sent.start:
            continue
        for side in (other.source, other.target):
            group = [c for c in side if c not in event.source]
            if len(group) >= 2 and (not count or len(group) == count) and len(group) == len(side):
                return group
    return []


def _object_antecedent(event: Found, before: list[Found], actors: Actors) -> list[str]:
    """An object that refers back: "it" read as the speaker itself stands for the last other actor named before it
    in the sentence ("accused Washington of ... and urged it to"); "the council" for the last organisation of that
    name ("the UN Security Council"); "the juntas", "the governments" for the group of the acts before."""
    if event.target and not set(event.target) <= set(event.source):
        objs = [o for o in _objects(event.trigger) if o.tag_ == "NN" and o.pos_ == "NOUN"]
    else:
        objs = _objects(event.trigger)
    for o in objs:
        if o.lower_ == "it" and o.pos_ == "PRON":
            for i in range(event.trigger.i - 1, event.sent.start - 1, -1):
                tok = event.sent.doc[i]
                code = actors.token_code(tok) if tok.ent_type_ in ("GPE", "ORG", "NORP") else None
                if code and code not in event.source and tok.dep_ not in ("poss", "amod", "compound"):
                    return [code]
            continue
        if not _referring(o, GROUP_HEADS | ORG_HEADS) or o.lemma_.lower() in ("side", "party"):
            continue
        if o.tag_ == "NN" and o.lemma_.lower() in ORG_HEADS:
            ent = next((e for e in reversed(actors.ents) if e.end <= o.i and e.label_ == "ORG"
                        and e.root.lemma_.lower() == o.lemma_.lower()), None)
            code = actors.ent_code(ent) if ent is not None else None
            if code and code not in event.source:
                return [code]
        elif o.tag_ == "NNS" and o.lemma_.lower() in GROUP_HEADS and not any(
                c.lower_ in COUNTED for c in o.children):
            group = _group_before(before, event)
            if group:
                return group
    return []


def _subject_group(event: Found, before: list[Found]) -> list[str]:
    """A subject counting states named before: "the two countries", "both governments", "all three"."""
    subject, passive = subject_of(event.trigger)
    if subject is None or passive:
        return []
    count = 0
    if subject.lemma_.lower() in GROUP_HEADS and subject.tag_ == "NNS" and not subject.ent_type_ and not any(
            c.dep_ in ("amod", "compound", "poss") for c in subject.children):
        count = next((COUNTED[c.lower_] for c in subject.children if c.dep_ in ("det", "predet", "nummod")
                      and c.lower_ in COUNTED), 0)
    elif subject.lower_ in COUNTED and subject.pos_ == "NUM" and any(c.lower_ in ("all", "the") for c in
                                                                     subject.children):
        count = COUNTED[subject.lower_]  # "all three were founding members"
    return _group_before(before, event, count) if count else []


ORG_HEADS = frozenset({"council", "bloc", "alliance", "union", "commission", "league", "organisation",
                       "organization", "community"})
SIDE_WORDS = frozenset({"side", "party"})


def _sides(verb: Token) -> bool:
    """"urged both sides", "called on the two sides", "urged the parties": the parties named before."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [q for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "to", "with") for q in p.children
             if q.dep_ == "pobj"]
    return any(o.lemma_.lower() in SIDE_WORDS and o.tag_ == "NNS" and any(
        c.lower_ in ("both", "the", "two", "all") for c in o.children if c.dep_ in ("det", "predet", "nummod"))
        for o in objs)


COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
STATE_GROUPS = frozenset({"country", "nation", "state", "government", "capital", "neighbour", "neighbor"})
NEW_MEMBERS = frozenset({"ally", "member", "entrant", "newcomer"})  # with "new" ("newcomer" alone): joiners


def _newcomers(verb: Token) -> list[Token]:
    """The verb's objects that name the states that just joined: "the newcomers", "the (three) new allies/members"."""
    return [o for o in _objects(verb) if o.tag_ == "NNS" and not o.ent_type_ and o.lemma_.lower() in NEW_MEMBERS
            and (o.lemma_.lower() == "newcomer" or any(c.dep_ == "amod" and c.lower_ == "new" for c in o.children))
            and not any(c.dep_ in ("poss", "compound") for c in o.children)]


def _last_list(event: Found, actors: Actors) -> list[str]:
    """The states of the latest sentence before the event's that lists two or more in one coordination ("Poland,
    Hungary and the Czech Republic joined"), as many as a number on the newcomers says."""
    count = next((COUNTED[c.lower_] for o in _newcomers(event.trigger) for c in o.children
                  if c.dep_ == "nummod" and c.lower_ in COUNTED), 0)
    doc = event.sent.doc
    for sent in reversed([s for s in doc.sents if s.end <= event.sent.start]):
        ents = [e for e in actors.sent_ents(sent) if e.label_ == "GPE"]
        listed: list[str] = []
        for ent in ents:
            linked = ent.root.dep_ == "conj" or any(c.dep_ == "conj" and c.ent_type_ == "GPE"
                                                    for c in ent.root.children)
            code = actors.ent_code(ent)
            if linked and code and is_state_code(code) and code not in event.source and code not in listed:
                listed.append(code)
        if len(listed) >= 2 and (not count or len(listed) == count):
            return listed
    return []


def _refused_actor(verb: Token, source: list[str], actors: Actors) -> list[str]:
    """The first actor named inside what a rejection is against ("voted against letting US troops cross",
    "refused to allow Turkish jets to land"): the verb's to-clause or "against" phrase."""
    for part in verb.children:
        if part.dep_ == "xcomp" and part.i > verb.i or part.dep_ == "prep" and part.lower_ == "against":
            for tok in part.subtree:
                if tok.pos_ in ("PROPN", "NOUN", "ADJ") and (code := actors.token_code(tok)) and code not in source:
                    return [code]
    return []


def _counted_states(verb: Token) -> int:
    """"accused the three countries", "urged both nations", "warned the two governments": how many states the
    verb's object counts (0 when it names no such group)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [q for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "to", "with", "against")
             for q in p.children if q.dep_ == "pobj"]
    for o in objs:
        if o.lemma_.lower() in STATE_GROUPS and o.tag_ == "NNS" and not o.ent_type_:
            n = next((COUNTED[c.lower_] for c in o.children if c.dep_ in ("det", "predet", "nummod")
                      and c.lower_ in COUNTED), 0)
            if n and not any(c.dep_ in ("amod", "compound", "poss") for c in o.children):
                return n  # "the two Koreas" is named, "both African countries" a kind
    return 0


def _last_states(event: Found, count: int, actors: Actors) -> list[str]:
    """The `count` states named last before the event's sentence (its own actors left out): "the three countries"
    after a pact "between Washington, London and Canberra"."""
    out: list[str] = []
    for ent in reversed([e for e in actors.ents if e.end <= event.sent.start and e.label_ == "GPE"]):
        code = actors.ent_code(ent)
        if code and is_state_code(code) and code not in event.source and code not in out:
            out.append(code)
            if len(out) == count:
                break
    return out if len(out) == count else []


def _two_sides(before: list[Found], event: Found) -> list[str]:
    """The two actors most often on either side of the article's earlier events (the speaker left out)."""
    counts: dict[tuple[str, str], int] = {}
    for other in before:
        codes = sorted({c for c in other.source + other.target if c not in event.source})
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                counts[(a, b)] = counts.get((a, b), 0) + 1
    if not counts:
        return []
    return list(max(counts, key=lambda k: counts[k]))


def _domestic_subject(event: Found, actors: Actors) -> bool:
    """An act by a state's own people - its army, police, protesters, leaders -, not by the state named as such."""
    verb = event.trigger if not event.nominal else event.anchor
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject, passive = subject_of(verb)
    if subject is None or passive:
        return False
    return subject.lemma_.lower() in DOMESTIC_HEADS | OFFICE_HEADS or subject.i in actors.person_of or (
        subject.ent_type_ == "PERSON")


OFFICE_HEADS = frozenset({"president", "leader", "minister", "premier", "king", "chancellor", "ruler", "general"})


def _other_state(sent: Span, code: str, actors: Actors, places: bool = True) -> bool:
    """Whether the sentence names a state other than `code` (with `places` False, not counting a state named as
    where something was: "resigned in an email sent from Singapore")."""
    return any(c != code and is_state_code(c) for ent in actors.sent_ents(sent)
               if ent.label_ in ("GPE", "NORP") and (places or not (
                   ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "from", "at", "to", "via")))
               for c in [actors.ent_code(ent)] if c)


def set_annotations(doc: Doc, found: list[Found]) -> None:
    """Negated events are dropped; an event repeated within the doc (same type, actors, day) is kept once."""
    actors = Actors(doc)
    dates = attach_dates(doc, found)
    article = doc._.article
    dateline = getattr(article, "dateline_place", None)
    events: list[Event] = []
    text = doc_text(doc)
    seen: dict[tuple, int] = {}
    seen_by: dict[tuple, Found] = {}  # an event's key -> the last reading with that key
    first_of: dict[tuple, Found] = {}
    origin: dict[int, Found] = {}  # id(kept Event) -> the reading it came from
    order = {sent.start: n for n, sent in enumerate(doc.sents)}
    _resolve_references(found, actors)
    for event in found:
        if event.type == "PROTEST" and not event.target and len(event.source) == 1 and is_state_code(event.source[0]):
            event.target = list(event.source)  # domestic dissent is aimed at the home government
    for event, (day, date_source) in zip(found, dates, strict=True):
        if event.negated:
            continue
        clause_key = (event.sent.start, event.type, tuple(sorted(event.source)))
        if event.type in SAYING_TYPES and not event.nominal:  # "refused X and skipped Y": two statements
            clause_key += (event.trigger.i,)
        if event.source and clause_key in first_of:  # "seized power and arrested X": one act, merged
            first = first_of[clause_key]
            first.target.extend(c for c in event.target if c not in first.target)
            continue
        first_of[clause_key] = event
        key = (event.type, tuple(sorted(event.source)), tuple(sorted(event.target)), day)
        second = len(clause_key) == 4  # a second statement of the same sentence is its own event
        if key in seen and not (second and seen[key] == event.sent.start) \
                and not _next_statement(seen_by[key], event, order):
            continue  # the lede and a later quote often report one event twice
        seen.setdefault(key, event.sent.start)
        seen_by[key] = event
        same = _same_event(events, event, day)
        here = event.sent.start_char <= same.evidence.start < event.sent.end_char if same is not None else False
        if same is not None and _next_statement(origin[id(same)], event, order):
            same = None  # "X called the launch an outrageous act. X lodged a protest with Y": two statements
        if same is not None and not (second and here):  # "hosting the BRICS summit" after "the BRICS summit"
            same.target.extend(c for c in event.target if c not in same.target)
            continue
        if not event.nominal and event.trigger.dep_ == "relcl" and not _crowd_acting(event) \
                and not _dated_aside(event) and any(
                o.sent.start == event.sent.start and o is not event and o.trigger.dep_ != "relcl" for o in found):
            continue  # "X, who hosted the meeting, said ...": background to the sentence's own event
        acted_on = event.trigger.dep_ == "dobj" or (event.trigger.dep_ == "pobj"
                                                    and event.trigger.head.lower_ in ("at", "on", "against", "of"))
        if event.nominal and event.sense_agent and (acted_on or not event.source and not event.target) and any(
                o.sent.start == event.sent.start and o is not event for o in found):
            continue  # "clashes with protesters": the protesters are a party to another event here
        if event.nominal and _in_quotation(event.trigger):
            continue  # a speaker's nouns ("this meeting", "cooperation") are talk, not reports
        place = place_of(event, actors)
        if place is None and event.type in PLACE_TYPES:
            place = _sentence_town(event.sent, actors)  # "fired on marchers who had gathered in Bissau"
        if place is None and dateline and event.type in PLACE_TYPES and not event.planned:
            place = dateline
        events.append(Event(
            type=event.type, mode=event.mode, source=event.source, target=event.target,
            date=day, place=place, evidence=_span(event.sent, text), trigger=_span(event.trigger, text),
            cameo=event.cameo, planned=event.planned, negated=False, date_source=date_source,
            source_sector=event.source_sector, target_sector=event.target_sector,
        ))
        origin[id(events[-1])] = event
    doc._.events = events


def _dated_aside(event: Found) -> bool:
    """"X, who had called the deal a betrayal on Thursday, said ...": a relative clause on the sentence's subject
    with a day of its own is an earlier act of that actor, reported (without a day it is background)."""
    return bool(event.source) and event.trigger.head.dep_ in ("nsubj", "nsubjpass") and _own_day(event.trigger)


def _crowd_acting(event: Found) -> bool:
    """"fired tear gas at students who occupied the building": the protest of the people acted on is an event of
    its own (a relative clause on a sentence's subject, "X, who hosted the talks, said", stays background)."""
    head = event.trigger.head
    return event.type == "PROTEST" and head.dep_ in ("pobj", "dobj", "obj") and head.head.dep_ != "nsubj"


def _next_statement(before: Found, event: Found, order: dict[int, int]) -> bool:
    """A statement of the sentence right after another one, made with another verb ("X called the launch an
    outrageous act." then "X lodged a protest with Y."): a second statement, not the first one repeated."""
    if event.type not in SAYING_TYPES or before.type != event.type:
        return False
    gap = order.get(event.sent.start, -9) - order.get(before.sent.start, -99)
    return gap == 1 and before.trigger.lemma_.lower() != event.trigger.lemma_.lower()


@Language.factory(
    "blocwatch_events",
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()


class EventsComponent:
    """spaCy component: `find_events` then `set_annotations`."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        from blocwatch.pipeline.event_rules import ReusedActors

        with ReusedActors(doc):  # one reading of the doc's actors for both steps
            set_annotations(doc, find_events(doc, self.lexicon))
        return doc
