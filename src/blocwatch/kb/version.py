"""KB_VERSION: a release name plus a short hash of every data file.

Every stored extraction records it, so a change to any curated fact, name or COW row marks
extractions made with the old snapshot as stale, even when nobody bumps the release name.
"""

from __future__ import annotations

import hashlib
from importlib import resources

KB_RELEASE = "kb-2026.11.2"


def data_hash() -> str:
    """sha256 over the data files (name and bytes, sorted by name), first 8 hex digits."""
    digest = hashlib.sha256()
    folder = resources.files("blocwatch.kb").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".csv"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()[:8]


KB_VERSION = f"{KB_RELEASE}+{data_hash()}"
