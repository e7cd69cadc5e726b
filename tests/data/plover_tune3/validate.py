"""Check sentences.jsonl: keys, types, modes, codes, ids, duplicates, overlap with plover_tune.

Usage: python3 tests/data/plover_tune3/validate.py [--partial]
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"id", "text", "event", "mode", "source", "target", "date", "context", "origin"}
MODES = {
    "AGREE": set(), "SUPPORT": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "CONCEDE": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}


def main() -> int:
    partial = "--partial" in sys.argv
    errors = []
    rows = []
    for n, line in enumerate((HERE / "sentences.jsonl").read_text().splitlines(), 1):
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: {e}")
            continue
        rows.append(d)
        if set(d) != KEYS:
            errors.append(f"line {n}: keys {sorted(d)}")
        if d.get("event") not in MODES:
            errors.append(f"line {n}: event {d.get('event')!r}")
        elif d["mode"] and d["mode"] not in MODES[d["event"]]:
            errors.append(f"line {n}: mode {d['mode']!r} not a {d['event']} mode")
        for code in d.get("source", []) + d.get("target", []):
            # state and IGO codes are upper case (ISO 3166-1 alpha-3, UN, EU, AU...); an armed group or
            # organisation goes by its common name (Hamas, Taliban, al-Shabaab), at least four letters long
            if not code or (code.upper() != code and (len(code) < 4 or not code[0].isalpha())):
                errors.append(f"line {n}: code {code!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.get("date", "")) or not "1995" <= d["date"][:4] <= "2025":
            errors.append(f"line {n}: date {d.get('date')!r}")
        if d.get("context") != "" or d.get("origin") != "blocwatch-tune, original":
            errors.append(f"line {n}: context/origin")
        if d.get("id") != f"tune3-{n:04d}":
            errors.append(f"line {n}: id {d.get('id')!r}")
    texts = collections.Counter(d["text"].strip().lower() for d in rows)
    errors += [f"duplicate text: {t[:60]}" for t, c in texts.items() if c > 1]
    ids = collections.Counter(d["id"] for d in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    old = {json.loads(x)["text"].strip().lower()
           for x in (HERE.parent / "plover_tune" / "sentences.jsonl").read_text().splitlines()}
    errors += [f"text also in plover_tune: {t[:60]}" for t in texts if t in old]
    per_type = collections.Counter(d["event"] for d in rows)
    if not partial and (len(per_type) != 16 or set(per_type.values()) != {20}):
        errors.append(f"per-type counts {dict(per_type)}")
    for e in errors:
        print(e)
    print(f"{len(rows)} sentences, {len(per_type)} types, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
