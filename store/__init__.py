"""The store: one SQLite file (sqlite-utils) holding articles, facts and provenance."""
from .store import LoadSummary, Store, StoreError
from .views import Column, ViewSpec

__all__ = ["Store", "StoreError", "LoadSummary", "ViewSpec", "Column"]
