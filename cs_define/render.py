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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
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


def count(number: int, noun: str) -> str:
    """Return "1 source", "3 sources": a count with its noun in the right number."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def clean(text: str) -> str:
    """Return `text` without terminal control characters (tab and newline are kept)."""
    return _CONTROL.sub("", text)


def spans(cell: Any) -> tuple[Span, ...]:
    """Return a cell as spans (a plain string becomes one unstyled span)."""
    if isinstance(cell, tuple):
        return cell
    return (Span("" if cell is None else str(cell)),)


#: How insertions and deletions are marked where styles cannot show (a pipe, a file, CSV).
_MARKS = {"insert": ("{+", "+}"), "delete": ("[-", "-]")}


def plain(cell: Any, marks: bool = False) -> str:
    """Return a cell's text; with `marks`, insertions as {+x+} and deletions as [-x-]."""
    out = []
    for span in spans(cell):
        text = clean(span.text)
        if marks and span.style in _MARKS:
            text = _wrap_marks(text, *_MARKS[span.style])
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


def _text(cell: Any, marks: bool = False):
    """Return a cell as rich Text; with `marks`, insertions and deletions also get {+ +}/[- -]."""
    from rich.text import Text

    text = Text()
    for span in spans(cell):
        value = clean(span.text)
        if marks and span.style in _MARKS:
            value = _wrap_marks(value, *_MARKS[span.style])
        text.append(value, style=_rich_style(span.style))
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
    marks = not console.is_terminal  # styles are dropped in a pipe: mark diffs in the text

    # In a pipe the console is very wide; tables (never expanded) and unjustified text still
    # print at their natural width, so no measuring pass is needed (it cost a third of the time).
    def show(renderable) -> None:
        console.print(renderable)

    for index, section in enumerate(sections):
        if index:
            console.print()
        if not section.columns:
            if section.title:
                show(_text((Span(section.title, "strong"),)))
            for row in section.rows:
                show(_text(tuple(s for cell in row for s in spans(cell)), marks))
            if section.caption:
                show(_text((Span(section.caption, "muted"),)))
            continue
        if len(section.columns) >= 3 and console.width < NARROW:
            _print_stacked(console, section, marks)
            continue
        if section.title:  # printed above, not as the table's title, which rich crops when narrow
            show(_text((Span(section.title, "strong"),)))
        table = Table(
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
            table.add_row(*(_text(cell, marks) for cell in row))
        show(table)


#: Below this many columns, tables of three or more columns are printed as stacked records.
NARROW = 72


def _print_stacked(console, section: Section, marks: bool = False) -> None:
    """Print a wide table for a narrow terminal: one record per row, long text indented."""
    from rich.padding import Padding

    if section.title:
        console.print(_text((Span(section.title, "strong"),)))
    for row in section.rows:
        head: list[Span] = []
        long_cells = []
        for index, (column, cell) in enumerate(zip(section.columns, row)):
            if column.ratio and index:
                long_cells.append((Span(f"{column.header}: ", "muted"), *spans(cell)))
            elif column.ratio:
                long_cells.append(spans(cell))
            elif index == 0:
                head.extend(Span(s.text, s.style or "strong") for s in spans(cell))
            elif plain(cell):
                head.extend((Span(f"  {column.header}: ", "muted"), *spans(cell)))
        console.print()
        if head:
            console.print(_text(tuple(head)))
        for cell in long_cells:
            console.print(Padding(_text(cell, marks), (0, 0, 0, 2)))
    if section.caption:
        console.print(_text((Span(section.caption, "muted"),)))


@contextmanager
def progress(total: int | None, description: str, *, enabled: bool = True,
             file: TextIO | None = None) -> Iterator[Callable[[int], None]]:
    """Yield an `advance(n=1)` function that moves a progress bar on stderr.

    The bar is shown only when `enabled` (callers pass True for work large enough to take
    about a second) and stderr is a terminal; otherwise nothing is printed and rich is not
    imported. `total` None gives a bar without an end.
    """
    stream = file or sys.stderr
    if not enabled or not _isatty(stream):
        yield lambda n=1: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = make_console(stream, stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(clean(description), total=total)
        yield lambda n=1: bar.advance(task, n)


def track(items: Iterable[Any], description: str, *, total: int | None = None,
          enabled: bool = True, file: TextIO | None = None) -> Iterator[Any]:
    """Yield `items`, advancing a `progress` bar (same rules: a terminal only) for each."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    with progress(total, description, enabled=enabled, file=file) as advance:
        for item in items:
            yield item
            advance(1)


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


def list_view(rows: Iterable[tuple[str, Any]], title: str | None,
              show_layer: bool | None = None) -> View:
    """View of definitions as a table: id, source, kind, date and the text.

    A `layer` column (bundled, user, ...) is added when the rows come from more than one
    data file, or when `show_layer` says so.
    """
    rows = list(rows)
    if show_layer is None:
        show_layer = len({d.layer for _, d in rows}) > 1
    columns = (
        Column("id"),
        Column("source", ratio=1),
        Column("kind"),
        Column("date"),
        Column("text", ratio=3),
        *((Column("layer"),) if show_layer else ()),
    )
    sources = [(t, d) for t, d in rows if d.role == "source"]
    aggregates = [(t, d) for t, d in rows if d.role != "source"]

    def table_rows(items):
        return [
            [(Span(d.id, "id"),), d.source, d.kind or "", d.date or "", d.text,
             *((d.layer,) if show_layer else ())] for _, d in items
        ]

    sections = [Section(title, columns, table_rows(sources), show_lines=True,
                        caption=count(len(sources), "definition"))]
    if aggregates:
        sections.append(Section("Reference aggregates (human-written; not analysed as sources)",
                                columns, table_rows(aggregates), show_lines=True))
    csv_columns = (*columns[:5], Column("role"), Column("perspective"), Column("url"),
                   Column("term"), Column("layer"))
    csv_rows = [
        [d.id, d.source, d.kind or "", d.date or "", d.text, d.role, d.perspective or "",
         d.url or "", t, d.layer] for t, d in rows
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
    history = wordings_section(definition)
    sections = [record, history]
    changes = diff_section(diffs)
    if changes is not None:
        sections.append(changes)
    data = definition_json(definition, term_name)
    data["diffs"] = diffs_json(diffs)
    return View(sections, data, csv=history)


def wordings_section(definition, title: str = "Wordings, oldest first") -> Section:
    """Section listing every wording of a record, oldest first."""
    return Section(
        title,
        (Column("#", justify="right"), Column("date", no_wrap=True), Column("source"),
         Column("text", ratio=3)),
        [[str(i + 1), w.date or "", w.source or "", w.text]
         for i, w in enumerate(definition.wordings())],
        show_lines=True,
    )


def diff_rows(diffs: Sequence[tuple[Any, Any, Sequence[Any]]]) -> list[list[Any]]:
    """Rows of (dates of the change, word diff as insert/delete spans)."""
    return [[f"{old.date or '?'} → {new.date or '?'}", tuple(Span(op.text, op.op) for op in ops)]
            for old, new, ops in diffs]


def diff_section(diffs: Sequence[tuple[Any, Any, Sequence[Any]]],
                 title: str = "Changes between wordings (insertions underlined, deletions "
                              "struck through)") -> Section | None:
    """Section of word diffs between consecutive wordings, or None when there are none."""
    if not diffs:
        return None
    return Section(title, (Column("change", no_wrap=True), Column("word diff", ratio=1)),
                   diff_rows(diffs), show_lines=True)


def diffs_json(diffs: Sequence[tuple[Any, Any, Sequence[Any]]]) -> list[dict[str, Any]]:
    """JSON of word diffs: from, to (dates) and ops ({"op", "text"})."""
    return [{"from": old.date, "to": new.date,
             "ops": [{"op": op.op, "text": op.text} for op in ops]} for old, new, ops in diffs]


def history_view(term_name: str, definition, diffs: Sequence[tuple[Any, Any, Sequence[Any]]]) -> View:
    """View of every wording of one record over time, with word diffs between them."""
    count = len(definition.wordings())
    history = wordings_section(
        definition, f"{definition.id}: {definition.source} ({term_name!r}), "
                    f"{count} wording{'s' if count != 1 else ''}, oldest first")
    sections = [history]
    changes = diff_section(diffs)
    if changes is not None:
        sections.append(changes)
    else:
        history.caption = "No earlier wording is recorded (cs-define update keeps one)."
    data = {
        "id": definition.id, "term": term_name, "source": definition.source,
        "layer": definition.layer,
        "wordings": [{"date": w.date, "source": w.source, "text": w.text, "note": w.note}
                     for w in definition.wordings()],
        "diffs": diffs_json(diffs),
    }
    return View(sections, data, csv=history)


def where_view(layers: Sequence[Any]) -> View:
    """View of the data files in play: layer, path, whether it exists, is read, is written."""
    yes = lambda flag: "yes" if flag else "no"  # noqa: E731
    rows = [[layer.layer, str(layer.path), yes(layer.exists), yes(layer.read), yes(layer.written)]
            for layer in layers]
    section = Section(
        "Data files", (Column("layer"), Column("path", ratio=1), Column("exists"), Column("read"),
                       Column("written")), rows,
        caption="Later layers override earlier ones by term and id. Writes never touch the "
                "bundled data.",
    )
    data = [{"layer": layer.layer, "path": str(layer.path), "exists": layer.exists,
             "read": layer.read, "written": layer.written} for layer in layers]
    return View([section], data)


def import_view(plan, file: str, dry_run: bool) -> View:
    """View of an import: one row per entry found, taken / skipped / conflict / malformed."""
    rows = [[str(r.line or ""), (Span(r.status, _STATUS_STYLE.get(r.status)),), r.id or "",
             r.source or "", r.reason] for r in plan.rows]
    counts = {status: plan.count(status) for status in ("taken", "skipped", "conflict", "malformed")}
    verb = "would take" if dry_run else "took"
    summary = (f"{verb} {counts['taken']}, skipped {counts['skipped']}, "
               f"{counts['conflict']} in conflict, {counts['malformed']} malformed"
               + (" (dry run: nothing written)" if dry_run else ""))
    section = Section(f"Import of {file}", (Column("line", justify="right"), Column("status"),
                                            Column("id"), Column("source", ratio=1),
                                            Column("what happened", ratio=2)),
                      rows, caption=summary)
    data = {
        "file": file, "dry_run": dry_run, **counts,
        "entries": [{"line": r.line, "status": r.status, "id": r.id, "source": r.source,
                     "term": r.term, "reason": r.reason, "text": r.text} for r in plan.rows],
    }
    return View([section], data)


_STATUS_STYLE = {"taken": "good", "skipped": "muted", "conflict": "warn", "malformed": "bad"}


def print_note(message: str) -> None:
    """Write a one-line message for people to stderr (data stays alone on stdout)."""
    sys.stderr.write(f"cs-define: {clean(message)}\n")


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


# --- views of the analyses ------------------------------------------------------------------


def _heat(value: float) -> tuple[Span, ...]:
    """A 0-100 score as a heat-coloured cell."""
    return (Span(f"{value:.1f}", f"heat:{max(0.0, min(100.0, value)) / 100:.2f}"),)


def _wordings(forms: Iterable[tuple[str, Any]]) -> tuple[Span, ...]:
    """Cell listing each source id with the words it used: "oxford: products; ai: product"."""
    out: list[Span] = []
    for n, (ident, words) in enumerate(forms):
        if n:
            out.append(Span("; "))
        text = words if isinstance(words, str) else ", ".join(words)
        out.extend((Span(ident, "id"), Span(f": {text}")))
    return tuple(out)


_SCORE_NAMES = ("ratio", "token_set_ratio", "partial_ratio", "jaccard")


def compare_view(term_name: str, comparison, definitions: Sequence[Any]) -> View:
    """View of a `compare.Comparison`: scores, shared terms, similar phrasing, unique terms, diff."""
    texts = Section(
        f"Comparing {len(comparison.ids)} definitions of {term_name!r}",
        (Column("id", no_wrap=True), Column("text", ratio=1)),
        [[(Span(d.id, "id"),), d.text] for d in definitions],
    )
    pairs = Section(
        "Similarity scores (0-100)",
        (Column("a", no_wrap=True), Column("b", no_wrap=True),
         *(Column(name, justify="right") for name in _SCORE_NAMES)),
        [[(Span(a, "id"),), (Span(b, "id"),), *(_heat(getattr(s, name)) for name in _SCORE_NAMES)]
         for a, b, s in comparison.pairs],
        caption="ratio: characters; token_set_ratio: words in any order; partial_ratio: best "
                "matching part; jaccard: shared content stems",
    )
    shared = Section(
        "Shared terms",
        (Column("term", no_wrap=True), Column("used by", justify="right"),
         Column("wording per source", ratio=1)),
        [[(Span(t.label, "muted" if t.is_term else "strong"),), f"{len(t.ids)}/{len(comparison.ids)}",
          _wordings(t.forms)] for t in comparison.shared_terms],
        caption="none" if not comparison.shared_terms else
        ("words of the term itself are dimmed and listed last"
         if any(t.is_term for t in comparison.shared_terms) else None),
    )
    phrases = Section(
        f"Similar phrasing (token_sort_ratio at least {comparison.threshold:g})",
        (Column("score", justify="right"), Column("phrase", ratio=1), Column("similar phrase", ratio=1)),
        [[_heat(m.score), (Span(m.a.id, "id"), Span(": "), Span(m.a.text)),
          (Span(m.b.id, "id"), Span(": "), Span(m.b.text))] for m in comparison.similar_phrases],
        caption=None if comparison.similar_phrases else "no phrases this similar; try a lower --threshold",
    )
    unique = Section(
        "Unique terms",
        (Column("id", no_wrap=True), Column("terms", ratio=1)),
        [[(Span(ident, "id"),), ", ".join(words) or "—"] for ident, words in comparison.unique_terms],
        caption="content words no other compared definition uses",
    )
    sections = [texts, pairs, shared, phrases, unique]
    data: dict[str, Any] = {
        "term": term_name,
        "ids": list(comparison.ids),
        "threshold": comparison.threshold,
        "pairs": [{"a": a, "b": b, "scores": s.as_dict()} for a, b, s in comparison.pairs],
        "shared_terms": [
            {"term": t.label, "key": t.key, "ids": list(t.ids),
             "forms": {i: list(words) for i, words in t.forms}, "is_term": t.is_term}
            for t in comparison.shared_terms
        ],
        "similar_phrases": [
            {"a": {"id": m.a.id, "phrase": m.a.text}, "b": {"id": m.b.id, "phrase": m.b.text},
             "score": m.score}
            for m in comparison.similar_phrases
        ],
        "unique_terms": {ident: list(words) for ident, words in comparison.unique_terms},
    }
    if comparison.diff is not None:
        a, b = comparison.ids
        sections.append(Section(
            f"Word diff {a} → {b} (shared words dimmed, {a} only struck through, {b} only underlined)",
            rows=[[tuple(Span(op.text, "shared" if op.op == "equal" else op.op)
                         for op in comparison.diff)]],
        ))
        data["diff"] = [{"op": op.op, "text": op.text} for op in comparison.diff]
    return View(sections, data, csv=pairs)


def threads_view(term_name: str, threads: Sequence[Any], total: int, min_support: int) -> View:
    """View of common threads: each concept with its support, sources and their wording."""
    rows = [
        [str(n), (Span(t.label, "muted" if t.is_term else "strong"),), f"{t.support}/{total}",
         _wordings(t.forms)]
        for n, t in enumerate(threads, 1)
    ]
    caption = (f"{count(len(threads), 'thread')} used by at least {min_support} of {total} "
               "definitions; "
               "ranked by support, phrases before single words; threads made only of the term's "
               "own words are dimmed and come last")
    section = Section(
        f"Common threads in {total} definitions of {term_name!r}",
        (Column("#", justify="right"), Column("thread"), Column("support", justify="right"),
         Column("wording per source", ratio=1)),
        rows, caption=caption,
    )
    data = [
        {"thread": t.label, "key": list(t.key), "support": t.support, "ids": list(t.ids),
         "forms": {i: form for i, form in t.forms}, "is_term": t.is_term}
        for t in threads
    ]
    return View([section], data)


#: The neighbours table is for reading: past this many rows it points to csv/json instead
#: (laying out 10,000 rows takes rich about a minute).
MAX_NEIGHBOUR_ROWS = 500


def matrix_view(term_name: str, result) -> View:
    """View of a `compare.Similarity`: a heat-map matrix, or nearest neighbours when large."""
    ids = result.ids
    mean = dict(zip(ids, result.mean))
    summary = Section(None, rows=[
        [(Span("Most central: ", "strong"), Span(result.central, "id"),
          Span(f" (mean similarity {mean[result.central]:.1f} to the others)"))],
        [(Span("Most distinct: ", "strong"), Span(result.distinct, "id"),
          Span(f" (mean similarity {mean[result.distinct]:.1f})"))],
    ])
    notice = None
    data: dict[str, Any] = {
        "term": term_name, "ids": list(ids), "scorer": result.scorer,
        "matrix": None, "neighbours": None, "mean": mean,
        "central": result.central, "distinct": result.distinct,
    }
    if result.matrix is not None:
        columns = (Column("#", justify="right"), Column("id", no_wrap=True),
                   *(Column(str(j), justify="right") for j in range(1, len(ids) + 1)),
                   Column("mean", justify="right"))
        rows = [
            [str(i), (Span(ident, "id"),),
             *(((Span("—", "muted"),) if i == j else _heat(v)) for j, v in enumerate(row, 1)),
             _heat(mean[ident])]
            for i, (ident, row) in enumerate(zip(ids, result.matrix), 1)
        ]
        table = Section(f"Pairwise similarity of {len(ids)} definitions of {term_name!r} "
                        f"({result.scorer}, 0-100)", columns, rows,
                        caption="columns are numbered as the rows")
        csv_section = Section(None, (Column("id"), *(Column(i) for i in ids)),
                              [[ident, *(f"{v:.1f}" for v in row)]
                               for ident, row in zip(ids, result.matrix)])
        data["matrix"] = [list(row) for row in result.matrix]
    else:
        columns = (Column("id", no_wrap=True), Column("mean", justify="right"),
                   Column(f"{result.top} nearest neighbours", ratio=1))
        rows = [
            [(Span(ident, "id"),), _heat(mean[ident]),
             tuple(span for n, (other, score) in enumerate(near)
                   for span in ((Span(", ") if n else Span("")), Span(other, "id"),
                                Span(" "), *_heat(score)))]
            for ident, near in zip(ids, result.neighbours)
        ]
        notice = Section(None, rows=[[(Span(
            f"{len(ids)} definitions are too many for a readable matrix: showing each one's "
            f"{result.top} nearest neighbours instead ({result.scorer}, 0-100).", "warn"),)]])
        shown = rows[:MAX_NEIGHBOUR_ROWS]
        more = (f"the first {len(shown)} of {len(rows)} definitions; --format csv or json lists "
                "them all" if len(rows) > len(shown) else None)
        table = Section(f"Nearest neighbours in {term_name!r}", columns, shown, caption=more)
        csv_section = Section(None, (Column("id"), Column("rank"), Column("neighbour"),
                                     Column("score")),
                              [[ident, str(n), other, f"{score:.1f}"]
                               for ident, near in zip(ids, result.neighbours)
                               for n, (other, score) in enumerate(near, 1)])
        data["neighbours"] = {ident: [{"id": other, "score": score} for other, score in near]
                              for ident, near in zip(ids, result.neighbours)}
    return View([s for s in (notice, table, summary) if s], data, csv=csv_section)

# --- write-ups (cs-define export) -------------------------------------------------------------


def writeup_markdown(writeup) -> str:
    """Return a write-up as GitHub-flavoured Markdown: a title, then one `##` part each."""
    parts = [f"# {_md_escape(writeup.title)}\n", md_cell(writeup.intro) + "\n"]
    for _, part in writeup.parts:
        parts.append(f"## {_md_escape(part.title)}\n")
        if part.intro:
            parts.append(md_cell(part.intro) + "\n")
        if part.sections:
            parts.append(to_markdown(part.sections))
    return "\n".join(parts).rstrip("\n") + "\n"


_HTML_TAGS = {"insert": "ins", "delete": "del", "strong": "strong"}

_HTML_STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{background:#f4f4f4}ins{background:#dfd;text-decoration:none;font-weight:bold}del{background:#fdd}caption{caption-side:bottom;color:#666}"""


def html_cell(cell: Any) -> str:
    """Return a cell as escaped HTML: insertions in <ins>, deletions in <del>."""
    import html

    out = []
    for span in spans(cell):
        text = html.escape(clean(span.text)).replace("\n", "<br>")
        tag = _HTML_TAGS.get(span.style or "")
        out.append(f"<{tag}>{text}</{tag}>" if tag and text.strip() else text)
    return "".join(out)


def writeup_html(writeup) -> str:
    """Return a write-up as a standalone HTML page; every piece of data text is escaped."""
    import html

    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(clean(writeup.title))}</title>", f"<style>{_HTML_STYLE}</style>",
           "</head>", "<body>", f"<h1>{html.escape(clean(writeup.title))}</h1>",
           f"<p>{html_cell(writeup.intro)}</p>"]
    for key, part in writeup.parts:
        out.append(f'<section id="{html.escape(key)}">')
        out.append(f"<h2>{html.escape(clean(part.title))}</h2>")
        if part.intro:
            out.append(f"<p>{html_cell(part.intro)}</p>")
        for section in part.sections:
            if section.title:
                out.append(f"<h3>{html.escape(clean(section.title))}</h3>")
            if not section.columns:
                out.extend(f"<p>{' '.join(html_cell(c) for c in row)}</p>" for row in section.rows)
                continue
            out.append("<table>")
            out.append("<thead><tr>" + "".join(f"<th>{html.escape(c.header)}</th>"
                                               for c in section.columns) + "</tr></thead>")
            out.append("<tbody>")
            for row in section.rows:
                out.append("<tr>" + "".join(f"<td>{html_cell(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
        out.append("</section>")
    out.extend(["</body>", "</html>"])
    return "\n".join(out) + "\n"

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
                 f"{best.fluency:.2f}, consensus {best.consensus:.2f}, "
                 f"{count(best.joins, 'join')})"),
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
        caption=("jaccard: share of content words (stemmed) the source and the result have in "
                 "common, 0-100; token set: how alike their words are, in any order, letter by "
                 "letter (rapidfuzz token_set_ratio)"),
    ))
    candidates = Section(
        "Candidates, best first",
        (Column("#", justify="right"), Column("score", justify="right"),
         Column("coverage", justify="right"), Column("support", justify="right"),
         Column("consensus", justify="right"), Column("words", justify="right"),
         Column("joins", justify="right"), Column("definition", ratio=3, min_width=30)),
        [[str(i + 1), f"{c.score:.3f}", f"{c.coverage:.2f}", f"{c.support:.2f}",
          f"{c.consensus:.2f}", str(c.words), str(c.joins), c.text]
         for i, c in enumerate(result.candidates)],
        show_lines=True,
        caption=("ranked first by whether they speak to the reader (\"you\"), then by how few "
                 "of the words at least half of the sources use they leave out, then by score: a "
                 "lower score can rank higher"),
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
            caption=("ROUGE-1 over stemmed content words: P, share of the result's words the "
                     "reference uses; R, share of the reference's words the result uses; F1, "
                     "their harmonic mean (a word counts at most as often as the other says it)"),
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
            why.append(Span(f"; '{word.word}' is used by {count(len(word.ids), 'source')} ("))
            why.extend(_ids_cell(word.ids))
            why.append(Span(")"))
        rows.append([tuple(why)])
    sections = [Section("Why each part is there", rows=rows), Section(
        "How candidates are scored",
        rows=[[("Candidates that keep every word at least half of the sources use come first. "
                "Then the score, from 0 to 1: half of it is consensus (how much the sources, one "
                "by one, agree with the wording: mean ROUGE-1 F1), the rest coverage (share of "
                "the common threads said), support (how many sources use its words), fluency "
                "(how often the sources make the same word-to-word steps) and a length near a "
                "typical source's. A join is a place where the wording passes from one source "
                "to another, at a word both use."),]],
    )]
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
