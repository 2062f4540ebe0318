"""Plain, frozen records of what a data file holds. No I/O and no analysis here."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Revision:
    """One wording of a definition, as recorded at `date` (oldest first in a Definition)."""

    text: str
    date: str | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Definition:
    """A definition of a term by one source, with its older wordings."""

    id: str
    source: str
    text: str
    url: str | None = None
    date: str | None = None
    kind: str | None = None
    perspective: str | None = None
    note: str | None = None
    revisions: tuple[Revision, ...] = ()
    role: str = "source"  # "source", or "aggregate" for a human reference aggregate
    line: int | None = None  # line in the data file where the record starts
    layer: str = "bundled"  # which data file it came from (see store.layers)

    def wordings(self) -> tuple[Revision, ...]:
        """Every wording oldest first, the current text last."""
        current = Revision(text=self.text, date=self.date, source=self.source)
        return (*self.revisions, current)


@dataclass(frozen=True)
class Term:
    """A term with its source definitions, reference aggregates and curator's word lists."""

    name: str
    definitions: tuple[Definition, ...]
    aggregates: tuple[Definition, ...] = ()
    stopwords: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    line: int | None = None

    def __post_init__(self) -> None:
        # Ids are indexed once, here, so a lookup costs the same at 10 definitions or 100,000.
        object.__setattr__(self, "_sources", {d.id.casefold(): d for d in self.definitions})
        object.__setattr__(self, "_aggregates", {d.id.casefold(): d for d in self.aggregates})

    def records(self) -> tuple[Definition, ...]:
        """Source definitions followed by reference aggregates."""
        return self.definitions + self.aggregates

    def source(self, ident: str) -> Definition | None:
        """Return the source definition with this id (any case), or None."""
        return self._sources.get(ident.casefold())

    def record(self, ident: str) -> Definition | None:
        """Return the source definition, else the aggregate, with this id (any case), or None."""
        found = self._sources.get(ident.casefold())
        return found if found is not None else self._aggregates.get(ident.casefold())


@dataclass(frozen=True)
class Corpus:
    """Everything loaded from one data file (or from layered files)."""

    path: str
    terms: tuple[Term, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        # Term names indexed once (the first of a name wins, as a scan in order would find it).
        folded = {t.name.casefold(): t for t in reversed(self.terms)}
        object.__setattr__(self, "_by_name", folded)

    def term(self, name: str) -> Term | None:
        """Return the term called `name` (any case, surrounding spaces ignored), or None."""
        return self._by_name.get(name.strip().casefold())
