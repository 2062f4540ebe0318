"""The changes `store.edit` applies to a data file: plain, frozen records, no I/O.

They live apart from store.py because every command reads a data file and only the curating
commands write one: creating these classes cost each `list` about 1.4% of a bare Typer app's
start-up (bench/RESULTS.md, "Cold start").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PutRecord:
    """Put a record (data-format fields) into a term: replace the one with its id, or append."""

    term: str
    record: dict
    role: str = "source"  # "source" goes to `definitions`, "aggregate" to `aggregates`


@dataclass(frozen=True)
class DeleteRecord:
    """Delete the record with this id (any case) from a term."""

    term: str
    id: str


@dataclass(frozen=True)
class ExtendTerm:
    """Add stopwords and synonym groups to a term (those already there are kept once)."""

    term: str
    stopwords: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
