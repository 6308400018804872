"""Extraction: Article (+ actor registry) -> Extraction. Pure: no rdflib, no file I/O."""

from graph.extract.extractor import Extractor, extract

__all__ = ["Extractor", "extract"]
