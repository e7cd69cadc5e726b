"""`blocwatch eval`: precision, recall and F1 per field against gold annotations.

The matching rules are those of the project's scorer (shared/eval/score.py, described in
shared/eval/README.md); a test runs both on the same predictions and checks the figures agree, so
the number this prints is the number the project is judged by.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

FIELDS = ("people", "roles", "organizations", "places", "memberships", "quotes", "attribution", "events",
          "event_dates")

# Title words that mean the same office, applied after normalisation (defence = defense ...).
TITLE_SYNONYMS = (
    ("defence", "defense"), ("minister of defense", "defense minister"),
    ("minister of foreign affairs", "foreign minister"), ("foreign affairs minister", "foreign minister"),
    ("external affairs minister", "foreign minister"), ("top diplomat", "foreign minister"),
    ("secretary-general", "secretary general"), ("general secretary", "secretary general"),
    ("head of state", "president"), ("strongman", "leader"), ("chief", "head"),
    ("journalist", "reporter"), ("correspondent", "reporter"),
)
_PUNCT = re.compile(r"[\u2018\u2019\u201c\u201d'\"`.,;:()\[\]]")
_DASH = re.compile(r"[-\u2010-\u2015]")


def norm(text: str | None) -> str:
    """Lower case, no accents, punctuation and dashes as spaces, no leading "the"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    text = _DASH.sub(" ", _PUNCT.sub(" ", text))
    text = re.sub(r"^the\s+", "", text.strip())
    return " ".join(text.split())


def close(a: str | None, b: str | None, cutoff: float) -> bool:
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    return na == nb or SequenceMatcher(None, na, nb).ratio() >= cutoff


def _names(person: dict | str) -> list[str]:
    if isinstance(person, str):
        return [person]
    return [n for n in (person.get("name"), *(person.get("aliases") or [])) if n]


def same_person(pred: dict | str, gold: dict | str) -> bool:
    """Equal names, close spelling, or same surname with a compatible first initial."""
    for a in _names(pred):
        for b in _names(gold):
            ta, tb = norm(a).split(), norm(b).split()
            if not ta or not tb:
                continue
            if ta == tb or close(a, b, 0.88):
                return True
            if ta[-1] == tb[-1] and (len(ta) == 1 or len(tb) == 1 or ta[0][0] == tb[0][0]):
                return True
    return False


def _title(title: str | None) -> str:
    t = norm(title)
    for word, canonical in TITLE_SYNONYMS:
        t = re.sub(rf"\b{re.escape(word)}\b", canonical, t)
    return t


def titles_agree(pred: str | None, gold: str | None) -> bool:
    if not gold:
        return True
    p, g = set(_title(pred).split()), set(_title(gold).split())
    return bool(p) and (g <= p or p <= g)


def as_code(value: str | None) -> str:
    return norm(value).replace(" ", "").upper()


def pair_up(preds: list, golds: list, match: Callable) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) pairs: each gold takes the first free prediction that matches."""
    taken: set[int] = set()
    pairs = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if pi not in taken and match(pred, gold):
                taken.add(pi)
                pairs.append((pi, gi))
                break
    return pairs


def org_matches(pred: dict, gold: dict) -> bool:
    pa, ga = as_code(pred.get("acronym")), as_code(gold.get("acronym"))
    if pa and ga and pa == ga:
        return True
    pn = [x for x in (pred.get("name"), pred.get("acronym")) if x]
    gn = [x for x in (gold.get("name"), gold.get("acronym")) if x]
    return any(close(a, b, 0.9) for a in pn for b in gn)


def gold_org_code(value: str | None, gold_orgs: list[dict]) -> str:
    """An org name or acronym as the gold's acronym, where one of the gold's orgs matches."""
    for g in gold_orgs:
        if org_matches({"name": value, "acronym": value}, g):
            return as_code(g.get("acronym") or g.get("name"))
    return as_code(value)


def events_agree(pred: dict, gold: dict) -> bool:
    if as_code(pred.get("type")) != as_code(gold.get("type")):
        return False
    for side in ("source", "target"):
        want = {as_code(x) for x in gold.get(side) or []}
        have = {as_code(x) for x in pred.get(side) or []}
        if want and not want & have:
            return False
    return True


@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in FIELDS})
    articles: int = 0

    def add(self, name: str, tp: int, n_pred: int, n_gold: int) -> None:
        row = self.counts[name]
        row[0] += tp
        row[1] += n_pred
        row[2] += n_gold

    def prf(self, name: str) -> tuple[float, float, float]:
        tp, n_pred, n_gold = self.counts[name]
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def f1(self) -> dict[str, float]:
        return {name: self.prf(name)[2] for name in FIELDS}

    def overall(self) -> float:
        return sum(self.f1().values()) / len(FIELDS)


def score_one(pred: dict, gold: dict, tally: Tally) -> None:
    gp, pp = gold.get("people", []), pred.get("people", [])
    people_pairs = pair_up(pp, gp, same_person)
    tally.add("people", len(people_pairs), len(pp), len(gp))

    gold_orgs = gold.get("organizations", [])
    person_of = dict(people_pairs)
    g_roles = [(gi, r) for gi, g in enumerate(gp) for r in g.get("roles", [])]
    p_roles = [(pi, r) for pi, p in enumerate(pp) for r in p.get("roles", [])]

    def role_ok(pr: tuple, gr: tuple) -> bool:
        (pi, p), (gi, g) = pr, gr
        return (person_of.get(pi) == gi
                and gold_org_code(p.get("org_or_country"), gold_orgs)
                == gold_org_code(g.get("org_or_country"), gold_orgs)
                and titles_agree(p.get("title"), g.get("title")))

    tally.add("roles", len(pair_up(p_roles, g_roles, role_ok)), len(p_roles), len(g_roles))

    po = pred.get("organizations", [])
    tally.add("organizations", len(pair_up(po, gold_orgs, org_matches)), len(po), len(gold_orgs))

    gpl, ppl = gold.get("places", []), pred.get("places", [])

    def place_ok(p: dict, g: dict) -> bool:
        return close(p.get("name"), g.get("name"), 0.9) and (
            not g.get("country") or as_code(p.get("country")) == as_code(g.get("country")))

    tally.add("places", len(pair_up(ppl, gpl, place_ok)), len(ppl), len(gpl))

    gm, pm = gold.get("memberships", []), pred.get("memberships", [])

    def membership_ok(p: dict, g: dict) -> bool:
        sp, sg = norm(p.get("status")), norm(g.get("status"))
        return (gold_org_code(p.get("org"), gold_orgs) == gold_org_code(g.get("org"), gold_orgs)
                and as_code(p.get("member")) == as_code(g.get("member"))
                and (sp == sg or {sp, sg} == {"founder", "member"}))

    tally.add("memberships", len(pair_up(pm, gm, membership_ok)), len(pm), len(gm))

    gq, pq = gold.get("quotes", []), pred.get("quotes", [])
    quote_pairs = pair_up(pq, gq, lambda p, g: close(p.get("text"), g.get("text"), 0.8))
    tally.add("quotes", len(quote_pairs), len(pq), len(gq))
    right = sum(1 for pi, gi in quote_pairs
                if same_person(pq[pi].get("speaker") or "", gq[gi].get("speaker") or ""))
    tally.add("attribution", right, len(pq), len(gq))

    ge, pe = gold.get("events", []), pred.get("events", [])
    event_pairs = pair_up(pe, ge, events_agree)
    tally.add("events", len(event_pairs), len(pe), len(ge))
    dated = [(pi, gi) for pi, gi in event_pairs if ge[gi].get("date")]
    right = sum(1 for pi, gi in dated if (pe[pi].get("date") or "") == ge[gi]["date"])
    tally.add("event_dates", right, len(dated), sum(1 for g in ge if g.get("date")))


def score_dirs(gold_dir: Path, pred_dir: Path) -> Tally:
    tally = Tally()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred_path = Path(pred_dir) / gold_path.name
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        score_one(pred, gold, tally)
        tally.articles += 1
    return tally


def score_predictions(golds: dict[str, dict], preds: dict[str, dict]) -> Tally:
    """Score in memory: gold and predictions keyed by article stem."""
    tally = Tally()
    for stem in sorted(golds):
        score_one(preds.get(stem, {}), golds[stem], tally)
        tally.articles += 1
    return tally


def format_table(tally: Tally) -> str:
    lines = [f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}   tp/pred/gold"]
    for name in FIELDS:
        p, r, f = tally.prf(name)
        lines.append(f"{name:<14}{p:7.3f}{r:7.3f}{f:7.3f}   {'/'.join(map(str, tally.counts[name]))}")
    lines.append(f"overall_f1={tally.overall():.3f} articles={tally.articles}")
    return "\n".join(lines)


def evaluate(gold_dir: Path, articles_dir: Path, nlp=None) -> tuple[Tally, dict[str, dict]]:
    """Extract every article in `articles_dir` whose stem has a gold file, then score."""
    from blocwatch.extract import extract_articles
    from blocwatch.readers import read_paths

    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))}
    paths = [p for p in sorted(Path(articles_dir).iterdir()) if p.stem in golds and p.is_file()]
    articles = [a for a in read_paths(paths) if not hasattr(a, "code")]
    preds = {}
    for done in extract_articles(articles, nlp=nlp):
        if done.extraction is not None:
            preds[done.article.stem or Path(done.article.path or "").stem] = done.extraction.to_contract()
    return score_predictions(golds, preds), preds


def iter_floor_failures(f1: dict[str, float], floors: dict[str, float], margin: float = 0.005
                        ) -> Iterable[str]:
    for name, floor in floors.items():
        if f1.get(name, 0.0) + margin < floor:
            yield f"{name}: F1 {f1.get(name, 0.0):.3f} is below its floor {floor:.3f}"
