"""Rows of dicts as an aligned text table, a JSON list or CSV: the three formats every query command offers."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence


def as_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def as_csv(rows: list[dict], keys: Sequence[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(keys), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().rstrip("\n")


def as_table(rows: list[dict], keys: Sequence[str], empty: str = "(no rows)") -> str:
    """Columns padded to their widest cell; None shows as an empty cell."""
    cells = [["" if r.get(k) is None else str(r.get(k)) for k in keys] for r in rows]
    widths = [max([len(k)] + [len(row[i]) for row in cells]) for i, k in enumerate(keys)]
    lines = ["  ".join(k.ljust(w) for k, w in zip(keys, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    if not rows:
        lines.append(empty)
    return "\n".join(lines)


def render(rows: list[dict], fmt: str, keys: Sequence[str], table_keys: Sequence[str] | None = None,
           empty: str = "(no rows)") -> str:
    fmt = fmt.lower()
    if fmt == "json":
        return as_json(rows)
    if fmt == "csv":
        return as_csv(rows, keys)
    return as_table(rows, table_keys or keys, empty)
