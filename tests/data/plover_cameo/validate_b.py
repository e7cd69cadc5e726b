"""Validate tests/data/plover_cameo/sentences_b.jsonl (CAMEO roots 11-20, three sentences per code).

Usage: python3 tests/data/plover_cameo/validate_b.py [--partial]
--partial checks only the roots that already have sentences.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("sentences_b.jsonl")
KEYS = {"id", "text", "event", "mode", "cameo", "source", "target", "date", "context", "origin"}
ROOT_TO_PLOVER = {
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
# CAMEO v1.1b3 codes of roots 11-20 (2-, 3- and 4-digit), plus the later 1834/1951/1952.
CODES_TEXT = (
    "110 111 112 1121 1122 1123 1124 1125 113 114 115 116 "
    "120 121 1211 1212 122 1221 1222 1223 1224 123 1231 1232 1233 1234 "
    "124 1241 1242 1243 1244 1245 1246 125 126 127 128 129 "
    "130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 "
    "138 1381 1382 1383 1384 1385 139 "
    "140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 1433 1434 "
    "144 1441 1442 1443 1444 145 1451 1452 1453 1454 "
    "150 151 152 153 154 "
    "160 161 162 1621 1622 1623 163 164 165 166 1661 1662 1663 "
    "170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 "
    "180 181 182 1821 1822 1823 183 1831 1832 1833 1834 184 185 186 "
    "190 191 192 193 194 195 1951 1952 196 "
    "200 201 202 203 204 2041 2042"
)
CODES = CODES_TEXT.split()


def validate(partial: bool = False) -> list[str]:
    errors = []
    ids, texts, per_code = Counter(), Counter(), Counter()
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: does not parse ({exc})")
            continue
        if set(row) != KEYS:
            errors.append(f"line {n}: keys {sorted(row)}")
            continue
        ids[row["id"]] += 1
        texts[row["text"].strip().lower()] += 1
        code = row["cameo"]
        per_code[code] += 1
        if not re.fullmatch(r"cbm-\d{4}", row["id"]):
            errors.append(f"line {n}: bad id {row['id']}")
        if code not in CODES:
            errors.append(f"line {n}: unknown CAMEO code {code!r}")
        elif row["event"] != ROOT_TO_PLOVER[code[:2]]:
            errors.append(f"line {n}: event {row['event']} but {code} maps to {ROOT_TO_PLOVER[code[:2]]}")
        if row["mode"] and row["mode"] == row["mode"].upper():
            errors.append(f"line {n}: mode should be lower case")
        if row["event"] not in PLOVER_TYPES:
            errors.append(f"line {n}: unknown type {row['event']}")
        for key in ("source", "target"):
            if not isinstance(row[key], list) or not all(isinstance(c, str) and c for c in row[key]):
                errors.append(f"line {n}: {key} must be a list of codes")
        if not re.fullmatch(r"(199\d|20[0-2]\d)-\d\d-\d\d", row["date"]):
            errors.append(f"line {n}: date {row['date']}")
        if row["context"] != "" or row["origin"] != "blocwatch-cameo-tune, original":
            errors.append(f"line {n}: context/origin")
        if not row["text"].strip():
            errors.append(f"line {n}: empty text")
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    errors += [f"duplicate text {t[:60]!r}" for t, c in texts.items() if c > 1]
    roots = {c[:2] for c in per_code} if partial else set(ROOT_TO_PLOVER)
    for code in CODES:
        if code[:2] in roots and per_code[code] != 3:
            errors.append(f"code {code}: {per_code[code]} sentences, want 3")
    return errors


if __name__ == "__main__":
    errs = validate(partial="--partial" in sys.argv)
    for e in errs:
        print(e)
    n = len(PATH.read_text(encoding="utf-8").splitlines())
    print(f"{n} sentences, {len(errs)} errors")
    sys.exit(1 if errs else 0)
