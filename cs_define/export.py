"""A blog-ready write-up of one term, assembled from a list of section builders.

Each builder takes the term and returns a `Part` (a titled part of the write-up: sections for
people and a JSON payload) or None to leave its part out. `render.writeup_markdown` and
`render.writeup_html` lay the parts out; `--format json` gives every part's payload.
No I/O and no printing here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cs_define.model import Term
from cs_define.render import Column, Section, Span, definition_json, diff_section, diffs_json

#: At most this many common threads are listed in a write-up.
MAX_THREADS = 12


@dataclass
class Part:
    """One part of a write-up: a heading, an introduction, sections and its JSON payload."""

    title: str
    intro: str | None
    sections: list[Section] = field(default_factory=list)
    data: Any = None


@dataclass
class Writeup:
    """A whole write-up: title, introduction and its parts keyed by builder name."""

    title: str
    intro: str
    parts: list[tuple[str, Part]]
    data: dict


def definitions_part(term: Term) -> Part:
    """The definitions table: number, source, definition, kind and when it was recorded."""
    with_url = any(d.url for d in term.definitions)
    columns = [Column("#", justify="right"), Column("Source"), Column("Definition", ratio=3),
               Column("Kind"), Column("Recorded")]
    if with_url:
        columns.append(Column("URL"))
    rows = [[str(i), d.source, d.text, d.kind or "", d.date or "", *([d.url or ""] if with_url else [])]
            for i, d in enumerate(term.definitions, 1)]
    return Part("Definitions", None, [Section(None, columns, rows)],
                [definition_json(d, term.name) for d in term.definitions])


def threads_part(term: Term) -> Part | None:
    """The common threads: words and phrases that several definitions share."""
    from cs_define.text import Analyzer
    from cs_define.threads import common_threads

    if len(term.definitions) < 2:
        return None
    found = [t for t in common_threads(term.definitions, Analyzer.for_term(term), min_support=2)
             if not t.is_term][:MAX_THREADS]
    if not found:
        return Part("Common threads", "No word or phrase is shared by two definitions.", [], [])
    total = len(term.definitions)
    rows = [[(Span(t.label, "strong"),), f"{t.support} of {total}", ", ".join(t.ids),
             "; ".join(dict.fromkeys(form for _, form in t.forms))] for t in found]
    section = Section(None, (Column("Thread"), Column("Shared by", justify="right"),
                             Column("Sources"), Column("As written", ratio=2)), rows)
    data = [{"label": t.label, "key": list(t.key), "support": t.support, "ids": list(t.ids),
             "forms": [{"id": i, "text": f} for i, f in t.forms]} for t in found]
    return Part("Common threads",
                "Words and phrases that at least two definitions share, most shared first "
                "(the term's own words are left out).", [section], data)


def aggregated_definition_part(term: Term) -> Part | None:
    """The aggregated definition built by `synthesize` from all the term's definitions.

    Shown with its provenance (each phrase and the sources that say it); left out when the
    term has fewer than two definitions.
    """
    from cs_define.render import synthesis_json, synthesis_view
    from cs_define.synthesize import synthesize
    from cs_define.text import Analyzer

    if len(term.definitions) < 2:
        return None
    result = synthesize(term.name, term.definitions, Analyzer.for_term(term),
                        references=term.aggregates)
    view = synthesis_view(result)
    keep = [s for s in view.sections if s.title is None or s.title.startswith(("Synthesized", "Provenance"))]
    return Part("Aggregated definition",
                f"Built by cs-define from the words of {len(result.ids)} sources; every phrase "
                "below is traced to the sources that say it.", keep, synthesis_json(result))


def reference_aggregates_part(term: Term) -> Part | None:
    """The aggregated definitions people wrote, as recorded in the data (with their history)."""
    if not term.aggregates:
        return None
    rows = [[d.source, d.text, d.date or "", d.note or ""] for d in term.aggregates]
    section = Section(None, (Column("By"), Column("Aggregated definition", ratio=3),
                             Column("Date"), Column("Note", ratio=1)), rows)
    return Part("Aggregated definitions written by people",
                "Reference aggregates recorded with the data; they are shown, never analysed "
                "as sources.", [section], [definition_json(d, term.name) for d in term.aggregates])


def revisions_part(term: Term) -> Part | None:
    """The revisions: each source that changed its wording, with word diffs."""
    from cs_define.curate import history_pairs

    changed = [d for d in term.records() if d.revisions]
    if not changed:
        return None
    sections, data = [], []
    for definition in changed:
        pairs = history_pairs(definition)
        section = diff_section(pairs, f"{definition.id} ({definition.source})")
        sections.append(section)
        data.append({"id": definition.id, "source": definition.source,
                     "wordings": [{"date": w.date, "source": w.source, "text": w.text}
                                  for w in definition.wordings()],
                     "diffs": diffs_json(pairs)})
    return Part("Revisions",
                "Sources whose wording changed over time: struck-through words were dropped, "
                "bold words added.", sections, data)


#: The parts of a write-up, in order. Each returns a Part, or None to leave it out.
SECTION_BUILDERS: list[tuple[str, Callable[[Term], Part | None]]] = [
    ("definitions", definitions_part),
    ("threads", threads_part),
    ("aggregated", aggregated_definition_part),
    ("aggregates", reference_aggregates_part),
    ("revisions", revisions_part),
]


def writeup(term: Term, builders=None) -> Writeup:
    """Return the write-up of a term, built by `builders` (SECTION_BUILDERS by default)."""
    builders = SECTION_BUILDERS if builders is None else builders
    parts = []
    data: dict[str, Any] = {"term": term.name}
    for key, build in builders:
        part = build(term)
        data[key] = None if part is None else part.data
        if part is not None:
            parts.append((key, part))
    return Writeup(f"Defining “{term.name}”", _intro(term), parts, data)


def _intro(term: Term) -> str:
    count = len(term.definitions)
    kinds = sorted({d.kind for d in term.definitions if d.kind})
    dates = sorted(d.date for d in term.definitions if d.date)
    text = f"{count} published definition{'s' if count != 1 else ''} of “{term.name}”"
    if kinds:
        text += f" ({', '.join(kinds)})"
    if dates:
        text += (f", recorded {dates[0]}" if dates[0] == dates[-1]
                 else f", recorded between {dates[0]} and {dates[-1]}")
    return text + "."
