"""Loaders: turn article text into structured bilateral-relations facts.

Stages (each a small pure module): read -> clean -> sentences -> detect ->
resolve -> merge.  See docs/ARCHITECTURE.md for the contracts.
"""
