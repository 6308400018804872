"""Extraction: Article (+ actor registry) -> Extraction. Pure: no rdflib, no file I/O."""

from graph.extract.pipeline import Extractor, extract

__all__ = ["Extractor", "extract"]
