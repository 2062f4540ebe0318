"""Every way a result is shown: the only module that imports rich.

A command builds a `View` (titled sections of rows, plus the JSON payload) and `emit` writes it
as a rich table, JSON, CSV or Markdown. Text from data files is only ever put into rich `Text`
objects (never parsed as markup) and is stripped of terminal control characters on the way out.
"""

from __future__ import annotations

import csv
import enum
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO


class OutputFormat(str, enum.Enum):
    """The formats every command can write."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


@dataclass(frozen=True)
class Span:
    """A run of text with a semantic style ("insert", "delete", "shared", "id", "heat:0.7", ...)."""

    text: str
    style: str | None = None


Cell = "str | tuple[Span, ...]"


@dataclass(frozen=True)
class Column:
    """A table column: header, alignment and wrapping hints for the terminal."""

    header: str
    justify: str = "left"
    no_wrap: bool = False
    ratio: int | None = None
    min_width: int | None = None


@dataclass
class Section:
    """A titled table (columns and rows) or, without columns, a list of paragraphs."""

    title: str | None
    columns: Sequence[Column] = ()
    rows: list[Sequence[Any]] = field(default_factory=list)
    caption: str | None = None
    show_lines: bool = False


@dataclass
class View:
    """What a command shows: sections for people, `data` for JSON, one table for CSV.

    CSV holds `csv` when given, else the first section.
    """

    sections: list[Section]
    data: Any
    csv: Section | None = None


# --- safety at the output boundary ----------------------------------------------------------

# C0 controls except tab and newline, DEL, and C1 controls (0x9B alone opens a CSI sequence).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Return `text` without terminal control characters (tab and newline are kept)."""
    return _CONTROL.sub("", text)


def spans(cell: Any) -> tuple[Span, ...]:
    """Return a cell as spans (a plain string becomes one unstyled span)."""
    if isinstance(cell, tuple):
        return cell
    return (Span("" if cell is None else str(cell)),)


def plain(cell: Any, marks: bool = False) -> str:
    """Return a cell's text; with `marks`, insertions as {+x+} and deletions as [-x-]."""
    out = []
    for span in spans(cell):
        text = clean(span.text)
        if marks and span.style == "insert":
            text = _wrap_marks(text, "{+", "+}")
        elif marks and span.style == "delete":
            text = _wrap_marks(text, "[-", "-]")
        out.append(text)
    return "".join(out)


def _wrap_marks(text: str, left: str, right: str) -> str:
    stripped = text.strip()
    if not stripped:
        return text
    head = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()):]
    return f"{head}{left}{stripped}{right}{tail}"


# --- emitters ----------------------------------------------------------------------------------


def emit(view: View, fmt: OutputFormat, out: TextIO | None = None) -> None:
    """Write `view` to `out` (stdout by default) in the chosen format."""
    out = out or sys.stdout
    if fmt is OutputFormat.json:
        out.write(to_json(view.data) + "\n")
    elif fmt is OutputFormat.csv:
        write_csv(view.csv or view.sections[0], out)
    elif fmt is OutputFormat.markdown:
        out.write(to_markdown(view.sections))
    else:
        print_tables(view.sections, out)


_C1_OR_ESC = re.compile(r"[\x1b\x7f-\x9f]")


def to_json(data: Any) -> str:
    """Return stable, indented JSON; control characters are escaped, never written raw."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _C1_OR_ESC.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_csv(section: Section, out: TextIO) -> None:
    """Write one section as CSV with a header row."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.header for c in section.columns])
    for row in section.rows:
        writer.writerow([plain(cell, marks=True) for cell in row])


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", clean(text)).replace("\n", "<br>")


def md_cell(cell: Any) -> str:
    """Return a cell as GitHub Markdown: insertions bold, deletions struck through."""
    out = []
    for span in spans(cell):
        text = _md_escape(span.text)
        if span.style == "insert":
            text = _wrap_marks(text, "**", "**")
        elif span.style == "delete":
            text = _wrap_marks(text, "~~", "~~")
        out.append(text)
    return "".join(out)


def to_markdown(sections: Sequence[Section]) -> str:
    """Return the sections as GitHub-flavoured Markdown (headings, tables, paragraphs)."""
    parts = []
    for section in sections:
        if section.title:
            parts.append(f"### {_md_escape(section.title)}\n")
        if section.columns:
            parts.append("| " + " | ".join(_md_escape(c.header) for c in section.columns) + " |")
            parts.append(
                "|" + "|".join(" ---: " if c.justify == "right" else " --- " for c in section.columns) + "|"
            )
            for row in section.rows:
                parts.append("| " + " | ".join(md_cell(cell) or " " for cell in row) + " |")
        else:
            for row in section.rows:
                parts.append(" ".join(md_cell(cell) for cell in row) + "\n")
        if section.caption:
            parts.append(f"\n_{_md_escape(section.caption)}_")
        parts.append("")
    return "\n".join(parts).rstrip("\n") + "\n"


# --- the terminal ---------------------------------------------------------------------------

_RICH_STYLES = {
    "insert": "bold green underline",
    "delete": "red strike",
    "shared": "dim",
    "equal": "",
    "id": "bold cyan",
    "muted": "dim",
    "strong": "bold",
    "good": "green",
    "bad": "red",
    "warn": "yellow",
}


def _rich_style(name: str | None) -> str:
    if not name:
        return ""
    if name.startswith("heat:"):
        value = max(0.0, min(1.0, float(name[5:])))
        red, green = int(255 * (1 - value)), int(200 * value + 55)
        return f"black on rgb({red},{green},80)"
    return _RICH_STYLES.get(name, "")


def _text(cell: Any):
    from rich.text import Text

    text = Text()
    for span in spans(cell):
        text.append(clean(span.text), style=_rich_style(span.style))
    return text


def make_console(file: TextIO | None = None, stderr: bool = False):
    """Return a rich Console for `file`: no markup, no highlighting, and no wrapping in a pipe.

    When the stream is not a terminal and COLUMNS is unset, the width is made large so rows
    stay on one line each instead of wrapping at rich's default of 80 columns.
    """
    from rich.console import Console

    file = file or (sys.stderr if stderr else sys.stdout)
    width = None
    if not _isatty(file) and not os.environ.get("COLUMNS"):
        width = 100_000
    return Console(
        file=file, width=width, markup=False, highlight=False, emoji=False, soft_wrap=False,
        stderr=stderr,
    )


def _isatty(file: TextIO) -> bool:
    try:
        return file.isatty()
    except (AttributeError, ValueError):
        return False


def print_tables(sections: Sequence[Section], out: TextIO) -> None:
    """Print sections as rich tables and paragraphs."""
    from rich import box
    from rich.table import Table

    console = make_console(out)
    # In a pipe the console is very wide: print each table at its natural width instead.
    fit = console.width >= 100_000

    def show(renderable) -> None:
        width = console.measure(renderable).maximum if fit else None
        console.print(renderable, width=width)

    for index, section in enumerate(sections):
        if index:
            console.print()
        if not section.columns:
            if section.title:
                show(_text((Span(section.title, "strong"),)))
            for row in section.rows:
                show(_text(tuple(s for cell in row for s in spans(cell))))
            if section.caption:
                show(_text((Span(section.caption, "muted"),)))
            continue
        table = Table(
            title=_text((Span(section.title, "strong"),)) if section.title else None,
            caption=_text((Span(section.caption, "muted"),)) if section.caption else None,
            box=box.ROUNDED if section.show_lines else box.SIMPLE_HEAD,
            show_lines=section.show_lines,
            title_justify="left",
            caption_justify="left",
        )
        for column in section.columns:
            table.add_column(
                column.header, justify=column.justify, no_wrap=column.no_wrap,
                ratio=column.ratio, min_width=column.min_width, overflow="fold",
            )
        for row in section.rows:
            table.add_row(*(_text(cell) for cell in row))
        show(table)


def print_error(message: str) -> None:
    """Write a one-line error to stderr."""
    sys.stderr.write(f"cs-define: error: {clean(message)}\n")


# --- views of core records ---------------------------------------------------------------------


def definition_json(definition, term_name: str) -> dict[str, Any]:
    """Return the stable JSON object for one definition (or aggregate)."""
    return {
        "id": definition.id,
        "source": definition.source,
        "text": definition.text,
        "term": term_name,
        "role": definition.role,
        "kind": definition.kind,
        "perspective": definition.perspective,
        "date": definition.date,
        "url": definition.url,
        "note": definition.note,
        "layer": definition.layer,
        "revisions": [
            {"date": r.date, "source": r.source, "text": r.text, "note": r.note}
            for r in definition.revisions
        ],
    }


def list_view(rows: Iterable[tuple[str, Any]], title: str | None) -> View:
    """View of definitions as a table: id, source, kind, date and the text."""
    rows = list(rows)
    columns = (
        Column("id", no_wrap=True),
        Column("source", ratio=1, min_width=12),
        Column("kind", no_wrap=True),
        Column("date", no_wrap=True),
        Column("text", ratio=3, min_width=30),
    )
    sources = [(t, d) for t, d in rows if d.role == "source"]
    aggregates = [(t, d) for t, d in rows if d.role != "source"]

    def table_rows(items):
        return [
            [(Span(d.id, "id"),), d.source, d.kind or "", d.date or "", d.text] for _, d in items
        ]

    sections = [Section(title, columns, table_rows(sources), show_lines=True,
                        caption=f"{len(sources)} definition(s)")]
    if aggregates:
        sections.append(Section("Reference aggregates (human-written; not analysed as sources)",
                                columns, table_rows(aggregates), show_lines=True))
    csv_columns = (*columns, Column("role"), Column("perspective"), Column("url"), Column("term"))
    csv_rows = [
        [d.id, d.source, d.kind or "", d.date or "", d.text, d.role, d.perspective or "",
         d.url or "", t] for t, d in rows
    ]
    return View(sections, [definition_json(d, t) for t, d in rows],
                csv=Section(None, csv_columns, csv_rows))


def show_view(term_name: str, definition, diffs: Sequence[tuple[Any, Any, Sequence[Any]]]) -> View:
    """View of one record: its fields, every wording, and word diffs between wordings."""
    fields = [
        ("id", definition.id), ("source", definition.source), ("term", term_name),
        ("role", "reference aggregate" if definition.role != "source" else "source definition"),
        ("kind", definition.kind), ("perspective", definition.perspective),
        ("date", definition.date), ("url", definition.url), ("note", definition.note),
        ("layer", definition.layer),
    ]
    record = Section(
        f"{definition.id}: {definition.source}",
        (Column("field", no_wrap=True), Column("value", ratio=1)),
        [[name, value] for name, value in fields if value],
    )
    wordings = definition.wordings()
    history = Section(
        "Wordings, oldest first",
        (Column("#", justify="right"), Column("date", no_wrap=True), Column("source"),
         Column("text", ratio=3)),
        [[str(i + 1), w.date or "", w.source or "", w.text] for i, w in enumerate(wordings)],
        show_lines=True,
    )
    sections = [record, history]
    diff_rows = []
    payload_diffs = []
    for old, new, ops in diffs:
        label = f"{old.date or '?'} → {new.date or '?'}"
        diff_rows.append([label, tuple(Span(op.text, op.op) for op in ops)])
        payload_diffs.append({
            "from": old.date, "to": new.date,
            "ops": [{"op": op.op, "text": op.text} for op in ops],
        })
    if diff_rows:
        sections.append(Section(
            "Changes between wordings (insertions underlined, deletions struck through)",
            (Column("change", no_wrap=True), Column("word diff", ratio=1)), diff_rows,
            show_lines=True,
        ))
    data = definition_json(definition, term_name)
    data["diffs"] = payload_diffs
    return View(sections, data, csv=history)


def terms_view(terms: Sequence[Any], path: str) -> View:
    """View of the terms in a file, with how many definitions each holds."""
    rows = [[t.name, str(len(t.definitions)), str(len(t.aggregates))] for t in terms]
    section = Section(
        f"Terms in {path}",
        (Column("term"), Column("definitions", justify="right"),
         Column("aggregates", justify="right")),
        rows,
    )
    data = [
        {"term": t.name, "definitions": len(t.definitions), "aggregates": len(t.aggregates)}
        for t in terms
    ]
    return View([section], data)


# --- synthesize ----------------------------------------------------------------------------------


def _ids_cell(ids: Sequence[str]) -> tuple[Span, ...]:
    out: list[Span] = []
    for index, ident in enumerate(ids):
        if index:
            out.append(Span(", "))
        out.append(Span(ident, "id"))
    return tuple(out) or (Span("-", "muted"),)


def synthesis_json(result) -> dict[str, Any]:
    """Return the stable JSON object of a synthesis (see the README, "JSON output")."""
    best = result.best
    return {
        "term": result.term,
        "definition": result.definition,
        "words": best.words,
        "ids": list(result.ids),
        "fused": result.fused,
        "score": best.as_dict(),
        "provenance": [
            {"phrase": p.text, "ids": list(p.ids),
             "words": [{"word": w.word, "ids": list(w.ids)} for w in p.words]}
            for p in best.phrases
        ],
        "threads": [
            {"thread": u.thread.label, "key": list(u.thread.key), "support": u.thread.support,
             "ids": list(u.thread.ids), "is_term": u.thread.is_term, "covered": u.covered}
            for u in result.threads
        ],
        "similarity": [
            {"id": s.id, "jaccard": round(s.jaccard, 1), "token_set_ratio": round(s.token_set_ratio, 1)}
            for s in result.similarities
        ],
        "candidates": [c.as_dict() for c in result.candidates],
        "references": [
            {"id": r.id, "text": r.text, "shared": list(r.shared), "rouge1": r.rouge.as_dict()}
            for r in result.references
        ],
        "left_out": [{"wording": x.wording, "ids": list(x.ids), "reason": x.reason}
                     for x in result.left_out],
        "specific_to_one_source": [{"wording": x.wording, "ids": list(x.ids)}
                                   for x in result.single_source],
        "notes": list(result.notes),
    }


def synthesis_view(result, explain: bool = False, show_candidates: bool = False) -> View:
    """View of a synthesis: the definition, its provenance, threads, similarities, references."""
    best = result.best
    sections = [Section(
        f"Synthesized definition of {result.term!r}",
        rows=[[(Span(result.definition, "strong"),)]],
        caption=(f"{best.words} words from {len(result.ids)} sources; score {best.score:.3f} "
                 f"(coverage {best.coverage:.2f}, support {best.support:.2f}, fluency "
                 f"{best.fluency:.2f}, {best.joins} join(s))"),
    )]
    for note in result.notes:
        sections.append(Section(None, rows=[[(Span("note: ", "warn"), Span(note))]]))
    provenance = Section(
        "Provenance: each phrase and the sources that say it word for word",
        (Column("phrase", ratio=2, min_width=20), Column("sources", ratio=1),
         Column("content words (sources using each)", ratio=2)),
        [[p.text, _ids_cell(p.ids),
          ", ".join(f"{w.word} ({len(w.ids)})" for w in p.words)] for p in best.phrases],
        show_lines=True,
    )
    sections.append(provenance)
    sections.append(Section(
        "Common threads",
        (Column("thread", ratio=1), Column("support", justify="right"), Column("sources", ratio=2),
         Column("covered", no_wrap=True)),
        [[u.thread.label + (" (term)" if u.thread.is_term else ""), str(u.thread.support),
          _ids_cell(u.thread.ids),
          (Span("yes", "good"),) if u.covered else (Span("no", "bad"),)]
         for u in result.threads],
        caption=f"{sum(u.covered for u in result.threads)} of {len(result.threads)} covered",
    ))
    sections.append(Section(
        "Each source's similarity to the result",
        (Column("id", no_wrap=True), Column("jaccard", justify="right"),
         Column("token set", justify="right")),
        [[(Span(s.id, "id"),), (Span(f"{s.jaccard:.1f}", f"heat:{s.jaccard / 100:.2f}"),),
          f"{s.token_set_ratio:.1f}"] for s in result.similarities],
        caption="jaccard: shared content stems, 0-100; token set: rapidfuzz token_set_ratio",
    ))
    candidates = Section(
        "Candidates, best first",
        (Column("#", justify="right"), Column("score", justify="right"),
         Column("coverage", justify="right"), Column("support", justify="right"),
         Column("words", justify="right"), Column("joins", justify="right"),
         Column("definition", ratio=3, min_width=30)),
        [[str(i + 1), f"{c.score:.3f}", f"{c.coverage:.2f}", f"{c.support:.2f}", str(c.words),
          str(c.joins), c.text] for i, c in enumerate(result.candidates)],
        show_lines=True,
    )
    if show_candidates:
        sections.append(candidates)
    if result.references:
        sections.append(Section(
            "Against the human reference aggregates",
            (Column("reference", no_wrap=True), Column("shared terms", ratio=2),
             Column("ROUGE-1 P", justify="right"), Column("R", justify="right"),
             Column("F1", justify="right")),
            [[(Span(r.id, "id"),), ", ".join(r.shared) or "-", f"{r.rouge.precision:.3f}",
              f"{r.rouge.recall:.3f}", (Span(f"{r.rouge.f1:.3f}", "strong"),)]
             for r in result.references],
            caption="ROUGE-1 over stemmed content words, counts clipped",
        ))
    if explain:
        sections.extend(_explain_sections(result))
    return View(sections, synthesis_json(result), csv=candidates)


def _explain_sections(result) -> list[Section]:
    rows = []
    for phrase in result.best.phrases:
        why = [Span(phrase.text, "strong"), Span(": word for word from ")]
        why.extend(_ids_cell(phrase.ids))
        for word in phrase.words:
            why.append(Span(f"; '{word.word}' is used by {len(word.ids)} source(s) ("))
            why.extend(_ids_cell(word.ids))
            why.append(Span(")"))
        rows.append([tuple(why)])
    sections = [Section("Why each part is there", rows=rows)]
    left = [[(Span(x.wording, "strong"), Span(" ("), *_ids_cell(x.ids), Span(f"): {x.reason}"))]
            for x in result.left_out]
    sections.append(Section("Frequent wording left out, and why",
                            rows=left or [[(Span("none: every common thread is covered", "muted"),)]]))
    if result.single_source:
        words = [f"{x.wording} ({x.ids[0]})" for x in result.single_source]
        shown = ", ".join(words[:20]) + (", ..." if len(words) > 20 else "")
        sections.append(Section("Left out as specific to one source",
                                rows=[[(Span(shown),)]]))
    return sections
