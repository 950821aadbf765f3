"""Product search: find what a shopper means in a shop's catalog, or nothing at all."""

from mostrador.search.index import SearchDocument, SearchHit, SearchIndex
from mostrador.search.memory import InMemorySearchIndex, build_index
from mostrador.search.synonyms import BUILTIN_SYNONYMS, SynonymTable

__all__ = [
    "BUILTIN_SYNONYMS",
    "InMemorySearchIndex",
    "SearchDocument",
    "SearchHit",
    "SearchIndex",
    "SynonymTable",
    "build_index",
]
