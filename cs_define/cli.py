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


IdsOption = Annotated[
    Optional[list[str]],
    typer.Option("--ids", "-i", help="Use only the definition with this id (repeatable)."),
]
ExcludeOption = Annotated[
    Optional[list[str]],
    typer.Option("--exclude", "-x", help="Leave out the definition with this id (repeatable)."),
]


def _selected(term, ids, exclude, kind, exclude_kind, perspective):
    """Return the term's source definitions kept by the selection options."""
    from cs_define import select

    return select.filter_definitions(
        term.definitions, ids=ids or (), exclude=exclude or (), kinds=kind or (),
        exclude_kinds=exclude_kind or (), perspectives=perspective or (),
    )


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


@app.command("compare")
def compare_(
    ctx: typer.Context,
    ids: Annotated[list[str], typer.Argument(
        metavar="ID ID [ID ...]", help="Ids of two or more definitions of the same term.")],
    term: TermOption = None,
    threshold: Annotated[float, typer.Option(
        "--threshold", min=None,
        help="Similar phrasing: lowest rapidfuzz token_sort_ratio (0-100) for two phrases to "
             "count as the same wording. Lower finds more, and more noise.")] = 80.0,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Compare definitions: scores, shared terms, similar phrasing, unique terms and a word diff."""
    from cs_define import select
    from cs_define.compare import compare
    from cs_define.render import compare_view
    from cs_define.text import Analyzer

    chosen = select.find_term(load_corpus(ctx), term)
    definitions = select.definitions_by_ids(chosen, ids)
    result = compare(definitions, Analyzer.for_term(chosen), threshold)
    emit(compare_view(chosen.name, result, definitions), fmt)


@app.command()
def threads(
    ctx: typer.Context,
    term: TermOption = None,
    min_support: Annotated[int, typer.Option(
        "--min-support", "-m", help="Show threads used by at least this many definitions.")] = 2,
    ids: IdsOption = None,
    exclude: ExcludeOption = None,
    kind: KindOption = None,
    exclude_kind: ExcludeKindOption = None,
    perspective: PerspectiveOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """The common threads of a term's definitions: shared concepts, their support and wording."""
    from cs_define import select
    from cs_define.errors import InvalidRequest
    from cs_define.render import threads_view
    from cs_define.text import Analyzer
    from cs_define.threads import common_threads

    if min_support < 1:
        raise InvalidRequest(f"--min-support must be at least 1, not {min_support}")
    chosen = select.find_term(load_corpus(ctx), term)
    definitions = _selected(chosen, ids, exclude, kind, exclude_kind, perspective)
    found = common_threads(definitions, Analyzer.for_term(chosen), min_support)
    emit(threads_view(chosen.name, found, len(definitions), min_support), fmt)


@app.command()
def matrix(
    ctx: typer.Context,
    term: TermOption = None,
    scorer: Annotated[str, typer.Option(
        "--scorer", "-s", help="Similarity: token_set_ratio (words in any order), "
        "token_sort_ratio, ratio (characters), partial_ratio (best matching part) or jaccard "
        "(shared content stems).")] = "token_set_ratio",
    top: Annotated[int, typer.Option(
        "--top", help="With more than 30 definitions, show this many nearest neighbours of "
        "each instead of the full matrix.")] = 5,
    ids: IdsOption = None,
    exclude: ExcludeOption = None,
    kind: KindOption = None,
    exclude_kind: ExcludeKindOption = None,
    perspective: PerspectiveOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """A heat map of pairwise similarity, naming the most central and most distinct definition."""
    from cs_define.compare import similarity
    from cs_define.render import matrix_view
    from cs_define.select import find_term
    from cs_define.text import Analyzer

    chosen = find_term(load_corpus(ctx), term)
    definitions = _selected(chosen, ids, exclude, kind, exclude_kind, perspective)
    result = similarity(definitions, Analyzer.for_term(chosen), scorer, top)
    emit(matrix_view(chosen.name, result), fmt)


def main() -> None:
    """Entry point of the `cs-define` script."""
    app(prog_name="cs-define")
