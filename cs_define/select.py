"""Pick terms and definitions by name, id, kind, perspective or fuzzy search.

Every lookup that fails says what was asked for and suggests the nearest names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cs_define.errors import InvalidRequest, NotFound
from cs_define.model import Corpus, Definition, Term


def _did_you_mean(name: str, choices: Iterable[str], known: str | None = None) -> str:
    """Return "; did you mean ...?", or with `known` (e.g. "terms") a few names that exist."""
    from cs_define.compare import closest

    choices = list(choices)
    hints = closest(name, choices)
    if hints:
        return "; did you mean " + " or ".join(repr(h) for h in hints) + "?"
    if known and choices:
        shown = ", ".join(repr(c) for c in choices[:5])
        more = f", ... ({len(choices)} in all)" if len(choices) > 5 else ""
        return f"; the {known} are {shown}{more}"
    return ""


def find_term(corpus: Corpus, name: str | None) -> Term:
    """Return the term called `name` (case-insensitive), or the only term when name is None."""
    if not corpus.terms:
        raise NotFound(f"{corpus.path}: the file holds no terms")
    if name is None:
        if len(corpus.terms) == 1:
            return corpus.terms[0]
        names = ", ".join(repr(t.name) for t in corpus.terms[:5])
        more = ", ..." if len(corpus.terms) > 5 else ""
        raise InvalidRequest(
            f"{corpus.path} holds {len(corpus.terms)} terms ({names}{more}); pick one with --term"
        )
    found = corpus.term(name)
    if found is not None:
        return found
    hint = _did_you_mean(name, (t.name for t in corpus.terms), known="terms")
    raise NotFound(f"no term {name!r} in {corpus.path}{hint}")


def find_definition(corpus: Corpus, ident: str, term: str | None = None) -> tuple[Term, Definition]:
    """Return the term and the definition (or aggregate) with this id (case-insensitive).

    Without `term`, the id is looked up in every term and must be unambiguous.
    """
    terms = [find_term(corpus, term)] if term is not None or len(corpus.terms) <= 1 else corpus.terms
    found = [(t, d) for t in terms if (d := t.record(ident)) is not None]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        names = ", ".join(repr(t.name) for t, _ in found)
        raise InvalidRequest(f"id {ident!r} is used in several terms ({names}); pick one with --term")
    where = f"term {terms[0].name!r}" if len(terms) == 1 else str(corpus.path)
    hint = _did_you_mean(ident, (d.id for t in terms for d in t.records()), known="ids")
    raise NotFound(f"no definition {ident!r} in {where}{hint}")


def definitions_by_ids(term: Term, idents: Sequence[str]) -> tuple[Definition, ...]:
    """Return the source definitions with these ids, in the order given.

    Each id is looked up in the term's index, so this costs the same whatever the term's size;
    only a failure looks at every id (for "did you mean").
    """
    chosen = []
    for ident in idents:
        definition = term.source(ident)
        if definition is None:
            if term.record(ident) is not None:
                raise InvalidRequest(
                    f"{ident!r} is a reference aggregate of {term.name!r}, not a source definition"
                )
            hint = _did_you_mean(ident, (d.id for d in term.definitions))
            raise NotFound(f"no definition {ident!r} in term {term.name!r}{hint}")
        chosen.append(definition)
    return tuple(chosen)


def _check_values(values: Sequence[str], present: set[str], field: str) -> set[str]:
    wanted = {v.strip().lower() for v in values}
    for value in sorted(wanted - present):
        known = ", ".join(sorted(present)) or "none recorded"
        hint = _did_you_mean(value, present)
        raise NotFound(f"no definition has {field} {value!r}{hint or f' (known: {known})'}")
    return wanted


def filter_definitions(
    records: Sequence[Definition],
    *,
    ids: Sequence[str] = (),
    exclude: Sequence[str] = (),
    kinds: Sequence[str] = (),
    exclude_kinds: Sequence[str] = (),
    perspectives: Sequence[str] = (),
) -> tuple[Definition, ...]:
    """Return the records kept by every filter given (an empty filter keeps everything).

    Unknown ids, kinds and perspectives raise NotFound with suggestions.
    """
    known_ids = {d.id.casefold(): d.id for d in records}
    for ident in (*ids, *exclude):
        if ident.casefold() not in known_ids:
            raise NotFound(f"no definition {ident!r}{_did_you_mean(ident, known_ids.values())}")
    present_kinds = {d.kind for d in records if d.kind}
    present_views = {d.perspective for d in records if d.perspective}
    want_kinds = _check_values(kinds, present_kinds, "kind")
    drop_kinds = _check_values(exclude_kinds, present_kinds, "kind")
    want_views = _check_values(perspectives, present_views, "perspective")
    want_ids = {i.casefold() for i in ids}
    drop_ids = {i.casefold() for i in exclude}
    return tuple(
        d
        for d in records
        if (not want_ids or d.id.casefold() in want_ids)
        and d.id.casefold() not in drop_ids
        and (not want_kinds or d.kind in want_kinds)
        and d.kind not in drop_kinds
        and (not want_views or d.perspective in want_views)
    )


#: A definition matches --search when rapidfuzz partial_ratio reaches this score (0-100).
SEARCH_CUTOFF = 80.0


def search(records: Sequence[Definition], query: str) -> tuple[Definition, ...]:
    """Return the records whose text or source fuzzily contains `query`, best match first."""
    from rapidfuzz import fuzz, utils

    if not utils.default_process(query):
        raise InvalidRequest("--search needs some letters or digits to look for")
    scored = []
    for position, record in enumerate(records):
        score = max(
            fuzz.partial_ratio(query, field, processor=utils.default_process)
            for field in (record.text, record.source, record.id)
        )
        if score >= SEARCH_CUTOFF:
            scored.append((-score, position, record))
    return tuple(record for _, _, record in sorted(scored, key=lambda s: (s[0], s[1])))
