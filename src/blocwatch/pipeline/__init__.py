"""The blocwatch spaCy pipeline: the English model plus one component per file."""

from blocwatch.pipeline.nlp import PIPELINE_VERSION, build_nlp, load_nlp

__all__ = ["PIPELINE_VERSION", "build_nlp", "load_nlp"]
