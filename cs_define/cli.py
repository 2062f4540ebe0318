"""The `cs-define` command line: options in, one library call, the result to render.

No analysis happens here. Heavy modules (yaml, rapidfuzz, rich tables, the analysis layer) are
imported inside the commands that use them so that `--help` and `--version` start fast.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from cs_define import __version__
from cs_define.errors import CsDefineError
from cs_define.render import OutputFormat


class _Group(TyperGroup):
    """Turns errors a user can fix into one line on stderr and exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CsDefineError as exc:
            from cs_define.render import print_error

            print_error(str(exc))
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=_Group,
    name="cs-define",
    help="Compare published definitions of a term, find their common threads, and aggregate "
    "them into one definition.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class Settings:
    """Global options, shared by every command through the Typer context."""

    data: Path | None = None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cs-define {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    data: Annotated[
        Optional[Path],
        typer.Option(
            "--data", "-d", envvar="CS_DEFINE_DATA", show_envvar=True, dir_okay=True,
            help="Data file to read instead of the bundled definitions.",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True,
                     help="Print the version and exit."),
    ] = False,
) -> None:
    ctx.obj = Settings(data=data)


# --- shared options ----------------------------------------------------------------------------

FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", case_sensitive=False,
                 help="Output format: table for people; json, csv or markdown for other programs."),
]
TermOption = Annotated[
    Optional[str],
    typer.Option("--term", "-t", help="Term to use when the file holds several (any case)."),
]
KindOption = Annotated[
    Optional[list[str]],
    typer.Option("--kind", "-k", help="Keep only definitions of this kind (repeatable), "
                 "e.g. dictionary, encyclopedia, textbook, practitioner, ai, crowd."),
]
ExcludeKindOption = Annotated[
    Optional[list[str]],
    typer.Option("--exclude-kind", help="Leave out definitions of this kind (repeatable)."),
]
PerspectiveOption = Annotated[
    Optional[list[str]],
    typer.Option("--perspective", "-p", help="Keep only this perspective (repeatable), "
                 "e.g. organization or customer."),
]


def load_corpus(ctx: typer.Context):
    """Load the data file chosen by --data / CS_DEFINE_DATA, or the bundled one."""
    from cs_define import store

    settings: Settings = ctx.obj or Settings()
    path = settings.data or store.bundled_data_path()
    return store.load(path)


def emit(view, fmt: OutputFormat) -> None:
    from cs_define.render import emit as render_emit

    render_emit(view, fmt)


# --- commands ----------------------------------------------------------------------------------


@app.command("list")
def list_(
    ctx: typer.Context,
    term: TermOption = None,
    kind: KindOption = None,
    exclude_kind: ExcludeKindOption = None,
    perspective: PerspectiveOption = None,
    search: Annotated[
        Optional[str],
        typer.Option("--search", "-s", help="Keep definitions whose text, source or id "
                     "fuzzily contains this (typos tolerated); best matches first."),
    ] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List the definitions of a term: id, source, kind, date and text."""
    from cs_define import select
    from cs_define.render import list_view

    corpus = load_corpus(ctx)
    chosen = select.find_term(corpus, term)
    records = select.filter_definitions(
        chosen.records(), kinds=kind or (), exclude_kinds=exclude_kind or (),
        perspectives=perspective or (),
    )
    if search is not None:
        records = select.search(records, search)
    emit(list_view([(chosen.name, d) for d in records], f"Definitions of {chosen.name!r}"), fmt)


@app.command()
def show(
    ctx: typer.Context,
    ident: Annotated[str, typer.Argument(metavar="ID", help="Id of the definition to show.")],
    term: TermOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Show one definition in full: every wording, with word diffs between them."""
    from cs_define import select
    from cs_define.compare import word_diff
    from cs_define.render import show_view

    corpus = load_corpus(ctx)
    found_term, definition = select.find_definition(corpus, ident, term)
    wordings = definition.wordings()
    diffs = [(a, b, word_diff(a.text, b.text)) for a, b in zip(wordings, wordings[1:])]
    emit(show_view(found_term.name, definition, diffs), fmt)


@app.command()
def terms(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """List the terms in the data file, with how many definitions each has."""
    from cs_define.render import terms_view

    corpus = load_corpus(ctx)
    emit(terms_view(corpus.terms, corpus.path), fmt)


def _split_ids(values: Optional[list[str]]) -> list[str]:
    """Return ids given as repeated options and/or comma-separated lists."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


@app.command()
def synthesize(
    ctx: typer.Context,
    term: TermOption = None,
    ids: Annotated[
        Optional[list[str]],
        typer.Option("--ids", "-i", help="Use only these source definitions (repeatable or "
                     "comma-separated ids)."),
    ] = None,
    exclude: Annotated[
        Optional[list[str]],
        typer.Option("--exclude", "-x", help="Leave out these source definitions (repeatable or "
                     "comma-separated ids), e.g. the AI answer."),
    ] = None,
    kind: KindOption = None,
    exclude_kind: ExcludeKindOption = None,
    perspective: PerspectiveOption = None,
    candidates: Annotated[
        int,
        typer.Option("--candidates", "-n", min=0, max=100,
                     help="Also show the N best candidates with their scores (0: only the result)."),
    ] = 0,
    max_words: Annotated[
        int,
        typer.Option("--max-words", min=4, max=200, help="Longest definition allowed, in words."),
    ] = 35,
    min_support: Annotated[
        int,
        typer.Option("--min-support", min=1,
                     help="A common thread needs at least this many sources."),
    ] = 2,
    explain: Annotated[
        bool,
        typer.Option("--explain", "-e", help="Say why each part is there, which sources say it, "
                     "and which frequent wording was left out and why."),
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Build one aggregated definition from the sources' own words, with provenance."""
    from cs_define import select
    from cs_define.render import synthesis_view
    from cs_define.synthesize import MIN_WORDS, synthesize as build
    from cs_define.text import Analyzer

    corpus = load_corpus(ctx)
    chosen = select.find_term(corpus, term)
    wanted, dropped = _split_ids(ids), _split_ids(exclude)
    select.definitions_by_ids(chosen, [*wanted, *dropped])  # aggregates are never sources
    records = select.filter_definitions(
        chosen.definitions, ids=wanted, exclude=dropped, kinds=kind or (),
        exclude_kinds=exclude_kind or (), perspectives=perspective or (),
    )
    result = build(
        chosen.name, records, Analyzer.for_term(chosen), references=chosen.aggregates,
        min_support=min_support, max_words=max_words, min_words=min(MIN_WORDS, max_words),
        candidates=max(1, candidates),
    )
    emit(synthesis_view(result, explain=explain, show_candidates=candidates > 0), fmt)


def main() -> None:
    """Entry point of the `cs-define` script."""
    app(prog_name="cs-define")
