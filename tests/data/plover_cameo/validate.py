"""Validate the open CAMEO-derived PLOVER tuning set (roots 03-10: sentences.jsonl; 11-20: sentences_b.jsonl).

Usage: python3 tests/data/plover_cameo/validate.py [file ...]
Checks: every line parses with exactly the expected keys, ids unique, texts unique, `event` equals the
CAMEO root table's mapping of `cameo`, and every CAMEO code of the file's roots has exactly 3 sentences.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"id", "text", "event", "mode", "cameo", "source", "target", "date", "context", "origin"}

ROOT_EVENT = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
              "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
              "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
              "20": "ASSAULT"}

# CAMEO v1.1b3 codes of roots 03-10 (the half covered by sentences.jsonl)
CODES_03_10 = " ".join((
    "030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 "
    "035 0351 0352 0353 0354 0355 0356 036 037 038 039 "
    "040 041 042 043 044 045 046 "
    "050 051 052 053 054 055 056 057 "
    "060 061 062 063 064 "
    "070 071 072 073 074 075 "
    "080 081 0811 0812 0813 0814 082 083 0831 0832 0833 0834 084 0841 0842 085 "
    "086 0861 0862 0863 087 0871 0872 0873 0874 "
    "090 091 092 093 094 "
    "100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 "
    "105 1051 1052 1053 1054 1055 1056 106 107 108",
)).split()


# CAMEO v1.1b3 codes of roots 11-20 (sentences_b.jsonl; 1834, 1951, 1952 from later CAMEO versions)
CODES_11_20 = " ".join((
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
    "200 201 202 203 204 2041 2042",
)).split()

def plover_type(code: str) -> str:
    if code[:2] == "08":
        return "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
    return ROOT_EVENT[code[:2]]


def validate(path: Path, expected_codes=None, per_code: int = 3) -> list[str]:
    errors = []
    ids, texts, codes = Counter(), Counter(), Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{n}: bad JSON ({exc})")
            continue
        if set(rec) != KEYS:
            errors.append(f"{path.name}:{n}: keys {sorted(set(rec) ^ KEYS)} differ")
            continue
        ids[rec["id"]] += 1
        texts[rec["text"].strip().lower()] += 1
        codes[rec["cameo"]] += 1
        try:
            want = plover_type(rec["cameo"])
        except KeyError:
            errors.append(f"{path.name}:{n}: unknown CAMEO root in {rec['cameo']!r}")
            continue
        if rec["event"] != want:
            errors.append(f"{path.name}:{n}: event {rec['event']} but cameo {rec['cameo']} maps to {want}")
        if not isinstance(rec["source"], list) or not isinstance(rec["target"], list):
            errors.append(f"{path.name}:{n}: source/target must be lists")
        if rec["context"] != "" or not rec["origin"]:
            errors.append(f"{path.name}:{n}: context must be empty and origin set")
    errors += [f"{path.name}: duplicate id {i}" for i, c in ids.items() if c > 1]
    errors += [f"{path.name}: duplicate text {t[:60]!r}" for t, c in texts.items() if c > 1]
    if expected_codes is not None:
        for code in expected_codes:
            if codes[code] != per_code:
                errors.append(f"{path.name}: code {code} has {codes[code]} sentences, want {per_code}")
        errors += [f"{path.name}: unexpected code {c}" for c in codes if c not in expected_codes]
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / "sentences.jsonl", HERE / "sentences_b.jsonl"]
    errors = []
    for p in paths:
        expected = {"sentences.jsonl": CODES_03_10, "sentences_b.jsonl": CODES_11_20}.get(p.name)
        errors += validate(p, expected)
    for e in errors:
        print(e)
    print(f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
