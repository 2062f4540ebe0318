"""Plan the changes a curator asks for (add, update, remove, import) without touching files.

Each planner checks the request against the corpus the user sees, validates the new record
exactly as the loader would, and returns changes (cs_define.changes) for `store.edit` to apply.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cs_define import select, store
from cs_define.changes import DeleteRecord, ExtendTerm, PutRecord
from cs_define.errors import DataError, InvalidRequest, NotFound
from cs_define.model import Corpus, Definition, Term
from cs_define.text import Analyzer

#: The optional fields `add` and `update` accept, in data-file order.
OPTIONAL_FIELDS = ("url", "date", "kind", "perspective", "note")
#: A generated id keeps at most this many words of the source name.
ID_WORDS = 5

_DOMAIN = re.compile(r"\.(?:com|org|net|edu|gov|info|io|co\.uk|org\.uk)\b", re.IGNORECASE)
_ANALYZER = Analyzer()


def today() -> str:
    """Return today's date as YYYY-MM-DD (the default date of a new wording)."""
    return _dt.date.today().isoformat()


def slug(source: str) -> str:
    """Return an id made from a source name: lowercase words joined by '-' ("turban-2002")."""
    words = [t.norm for t in _ANALYZER.tokens(_DOMAIN.sub("", source)) if t.is_word]
    return "-".join(words[:ID_WORDS]).replace("'", "") or "definition"


def unique_id(base: str, taken: set[str]) -> str:
    """Return `base`, or `base-2`, `base-3`, ... whichever is not in `taken` (case-folded)."""
    ident, n = base, 1
    while ident.casefold() in taken:
        n += 1
        ident = f"{base}-{n}"
    return ident


def wording_key(text: str) -> tuple[str, ...]:
    """Return the words of a text, case-folded: two texts with the same key say the same."""
    return tuple(t.norm for t in _ANALYZER.tokens(text) if t.is_word)


def resolve_term(corpus: Corpus, name: str | None, new_term: bool = False) -> tuple[str, Term | None]:
    """Return the term a write goes to (its name, and the Term if it exists already).

    An unknown name starts a new term only with `new_term` (or when there are no terms yet),
    so a typo in --term never quietly starts one.
    """
    if name is None:
        if not corpus.terms:
            raise InvalidRequest("there are no terms yet; name the term with --term")
        term = select.find_term(corpus, None)
        return term.name, term
    try:
        term = select.find_term(corpus, name)
        return term.name, term
    except NotFound as exc:
        if not new_term and corpus.terms:
            raise InvalidRequest(f"{exc} To start a new term {name.strip()!r}, add --new-term.") from None
    return name.strip(), None


def _taken(term: Term | None) -> dict[str, Definition]:
    return {d.id.casefold(): d for d in term.records()} if term else {}


@dataclass(frozen=True)
class Planned:
    """One record a command will write: where, what, and the change for store.edit."""

    term: str
    definition: Definition  # as it will read back
    change: object


def plan_add(corpus: Corpus, term: str | None, fields: dict, role: str = "source",
             new_term: bool = False) -> Planned:
    """Plan adding a definition; refuses a duplicate id (suggesting `update`)."""
    term_name, existing = resolve_term(corpus, term, new_term)
    taken = _taken(existing)
    base = slug(fields.get("source") or "")
    # A generated id that is taken means this source is already there: ask, never number it.
    ident = fields.get("id") or base or unique_id(base, set(taken))
    if ident.casefold() in taken:
        other = taken[ident.casefold()]
        second = "" if fields.get("id") else "; to add a second definition from it, give --id"
        raise InvalidRequest(
            f"term {term_name!r} already has {ident!r} ({other.source}, {other.layer} data); "
            f"to record a new wording use: cs-define update {other.id} --text ...{second}"
        )
    record = {"id": ident, **{k: v for k, v in fields.items() if k != "id" and v is not None}}
    definition = store.check_record(record, term_name, role, "cannot add")
    return Planned(term_name, definition, PutRecord(term_name, record, role))


def plan_update(corpus: Corpus, ident: str, term: str | None, text: str | None = None,
                changes: dict | None = None) -> Planned:
    """Plan a new wording and/or changed fields; the old wording is kept as a dated revision.

    In `changes`, a value of "" removes an optional field.
    """
    found_term, definition = select.find_definition(corpus, ident, term)
    record = store.record_of(definition)
    changes = {k: v for k, v in (changes or {}).items() if v is not None}
    if text is not None and text.strip() != definition.text.strip():
        old = {"date": definition.date, "source": definition.source, "text": definition.text}
        record["revisions"] = [*record.get("revisions", []),
                               {k: v for k, v in old.items() if v is not None}]
        record["text"] = text
        record["date"] = changes.pop("date", None) or today()
    for key, value in changes.items():
        if value == "" and key != "source":
            record.pop(key, None)
        else:
            record[key] = value
    if record == store.record_of(definition):
        raise InvalidRequest(
            f"nothing to change in {definition.id!r}: the text and fields given are already "
            "recorded (give --text with a new wording, or another field)"
        )
    new = store.check_record(record, found_term.name, definition.role, "cannot update")
    return Planned(found_term.name, new, PutRecord(found_term.name, record, definition.role))


def plan_remove(corpus: Corpus, ident: str, term: str | None, writable: str) -> Planned:
    """Plan removing a definition from the `writable` layer (the bundled data is read-only)."""
    found_term, definition = select.find_definition(corpus, ident, term)
    if definition.layer != writable:
        raise InvalidRequest(
            f"{definition.id!r} comes from the {definition.layer} data, which cs-define does not "
            "change; to curate it, copy the term to your own file "
            f"(cs-define export --term {found_term.name!r} -f yaml > mine.yaml) and use --data mine.yaml"
        )
    return Planned(found_term.name, definition, DeleteRecord(found_term.name, definition.id))


# --- import ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    """What import did with one entry of the file."""

    line: int | None
    status: str  # "taken", "skipped", "conflict" or "malformed"
    id: str | None
    source: str | None
    term: str | None
    reason: str
    text: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """The report of an import and the changes that carry it out."""

    rows: tuple[ImportRow, ...]
    changes: tuple[object, ...]

    def count(self, status: str) -> int:
        """Return how many rows have this status."""
        return sum(1 for row in self.rows if row.status == status)


def plan_import(corpus: Corpus, parsed, term: str | None = None, new_term: bool = False) -> ImportPlan:
    """Decide, entry by entry, what an import takes, skips (and why) or finds in conflict."""
    rows: list[ImportRow] = [
        ImportRow(p.line, p.status, None, None, None, p.message, p.text) for p in parsed.problems
    ]
    chosen = resolve_term(corpus, term, new_term)[0] if term is not None else None
    terms = {t.name.casefold(): t for t in corpus.terms}
    taken_now: dict[tuple[str, str], int | None] = {}  # (term, id) -> line, taken by this import
    wordings: dict[str, dict[tuple[str, ...], str]] = {}
    changes: list[object] = []
    for candidate in parsed.candidates:
        record = dict(candidate.record)
        source = record.get("source") if isinstance(record.get("source"), str) else None
        text = record.get("text") if isinstance(record.get("text"), str) else ""

        def row(status: str, reason: str, ident=None, where=None) -> None:
            rows.append(ImportRow(candidate.line, status, ident or record.get("id"), source,
                                  where, reason, text))

        named = candidate.term.strip() if isinstance(candidate.term, str) else None
        if chosen is not None and named and named.casefold() != chosen.casefold():
            row("skipped", f"for the term {named!r}, not {chosen!r} (--term)", where=named)
            continue
        target = chosen or named
        if target is None:
            if len(corpus.terms) != 1:
                raise InvalidRequest("the file does not say which term its definitions are for; "
                                     "name it with --term")
            target = corpus.terms[0].name
        existing = terms.get(target.casefold())
        target = existing.name if existing else target
        known = _taken(existing)
        seen = wordings.setdefault(target.casefold(), _wordings_of(existing))
        ident = record.get("id")
        if ident is None and source:
            base = slug(source)
            ident = unique_id(base, {i for t, i in taken_now if t == target.casefold()}
                              | (set(known) - {base.casefold()}))
            record = {"id": ident, **record}
        try:
            definition = store.check_record(record, target, candidate.role,
                                            f"line {candidate.line}" if candidate.line else "entry")
        except DataError as exc:
            row("malformed", str(exc), where=target)
            continue
        same = seen.get(wording_key(definition.text))
        if same is not None:
            row("skipped", same, definition.id, target)
            continue
        key = (target.casefold(), definition.id.casefold())
        if key in taken_now:
            row("conflict", f"id {definition.id!r} is used twice in the file "
                f"(first on line {taken_now[key]})", definition.id, target)
            continue
        if definition.id.casefold() in known:
            row("conflict", f"{target!r} already has {definition.id!r} with another wording; "
                f"to record this one use: cs-define update {definition.id} --text ...",
                definition.id, target)
            continue
        taken_now[key] = candidate.line
        seen[wording_key(definition.text)] = f"same wording as {definition.id!r} (line {candidate.line})"
        changes.append(PutRecord(target, record, candidate.role))
        row("taken", "new" if existing else f"new (starts the term {target!r})", definition.id, target)
    written = {t for t, _ in taken_now}
    for extra in parsed.extras:  # a term's stopwords and synonyms come along with it
        named = extra.term.strip().casefold()
        if (chosen is None or named == chosen.casefold()) and (named in terms or named in written):
            existing = terms.get(named)
            stopwords = tuple(w for w in extra.stopwords if not existing or w not in existing.stopwords)
            synonyms = tuple(g for g in extra.synonyms if not existing or g not in existing.synonyms)
            if stopwords or synonyms:
                changes.append(ExtendTerm(existing.name if existing else extra.term.strip(),
                                                stopwords, synonyms))
    rows.sort(key=lambda r: (r.line is None, r.line or 0))
    return ImportPlan(tuple(rows), tuple(changes))


def _wordings_of(term: Term | None) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for definition in term.records() if term else ():
        for revision in definition.revisions:
            out.setdefault(wording_key(revision.text), f"same as an older wording of {definition.id!r}")
        out[wording_key(definition.text)] = f"same wording as {definition.id!r}"
    return out


def history_pairs(definition: Definition) -> list[tuple]:
    """Return (older, newer, word diff) for each pair of consecutive wordings."""
    from cs_define.compare import word_diff

    wordings = definition.wordings()
    return [(a, b, word_diff(a.text, b.text)) for a, b in zip(wordings, wordings[1:])]


def records_of(terms: Sequence[Term]) -> list[tuple[str, Definition]]:
    """Return (term name, record) for every record of the terms."""
    return [(t.name, d) for t in terms for d in t.records()]
