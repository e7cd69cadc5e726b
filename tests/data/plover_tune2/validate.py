"""Check sentences.jsonl: parses, 16 types x 20, unique ids and texts, modes, codes, no overlap with plover_tune."""
import collections
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {
    'AGREE': [], 'CONSULT': ['visit', 'third-party', 'multilateral', 'phone'], 'SUPPORT': [], 'CONCEDE': [],
    'COOPERATE': [], 'AID': [],
    'RETREAT': ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
    'REQUEST': ['assist', 'change', 'yield', 'meet'], 'ACCUSE': ['disapprove', 'investigate', 'allege'],
    'REJECT': ['assist', 'change', 'yield', 'meet'],
    'THREATEN': ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
    'PROTEST': ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
    'SANCTION': ['convict', 'expel', 'withdraw', 'discontinue'], 'MOBILIZE': ['troops', 'weapons', 'police', 'militia'],
    'COERCE': ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold',
               'misinformation', 'cyber'],
    'ASSAULT': ['abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'firearms', 'explosives',
                'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional'],
}
KEYS = ['id', 'text', 'event', 'mode', 'source', 'target', 'date', 'context', 'origin']


def main() -> int:
    errors = []
    rows = []
    for n, line in enumerate((HERE / 'sentences.jsonl').read_text(encoding='utf-8').splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f'line {n}: {exc}')
    old = {json.loads(x)['text'] for x in (HERE.parent / 'plover_tune' / 'sentences.jsonl').read_text().splitlines()}
    ids, texts = collections.Counter(r['id'] for r in rows), collections.Counter(r['text'] for r in rows)
    errors += [f'duplicate id {i}' for i, c in ids.items() if c > 1]
    errors += [f'duplicate text {t[:60]}' for t, c in texts.items() if c > 1]
    for r in rows:
        rid = r.get('id')
        if list(r) != KEYS:
            errors.append(f'{rid}: keys {list(r)}')
            continue
        if not re.fullmatch(r'tune2-\d{4}', rid):
            errors.append(f'{rid}: bad id')
        if r['event'] not in TYPES:
            errors.append(f'{rid}: type {r["event"]}')
        elif r['mode'] and r['mode'] not in TYPES[r['event']]:
            errors.append(f'{rid}: mode {r["mode"]}')
        for code in r['source'] + r['target']:
            if not code or (len(code) <= 6 and code.upper() != code and not code[0].isupper()):
                errors.append(f'{rid}: code {code!r}')
            if len(code) == 3 and code.isalpha() and code.upper() != code:
                errors.append(f'{rid}: lower-case code {code!r}')
        d = datetime.date.fromisoformat(r['date'])
        if not datetime.date(1995, 1, 1) <= d <= datetime.date(2025, 12, 31):
            errors.append(f'{rid}: date {d}')
        if r['context'] != '' or r['origin'] != 'blocwatch-tune, original':
            errors.append(f'{rid}: context/origin')
        if r['text'] in old:
            errors.append(f'{rid}: text also in plover_tune')
    per_type = collections.Counter(r['event'] for r in rows)
    words = [len(r['text'].split()) for r in rows]
    print(f'{len(rows)} sentences; per type: {dict(per_type)}')
    print(f'words per sentence: min {min(words)}, mean {sum(words) / len(words):.1f}, max {max(words)}')
    full = '--partial' not in sys.argv
    if full and (len(per_type) != 16 or set(per_type.values()) != {20}):
        errors.append('expected 16 types x 20')
    for e in errors:
        print('ERROR', e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
