"""The `cs-define` command line: options in, one library call, the result to render.

No analysis happens here. Heavy modules (yaml, rapidfuzz, rich tables, the analysis layer) are
imported inside the commands that use them so that `--help` and `--version` start fast.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import MethodType
from typing import Annotated, Optional, get_args, get_origin

import typer
import typer.main
from typer import _click
from typer._param_types import coerce_cli_choice, coerce_cli_path
from typer.core import TyperCommand, TyperGroup, _TyperParameter
from typer.models import CommandInfo

from cs_define import __version__
from cs_define.errors import CsDefineError
from cs_define.render import OutputFormat


class _Commands(MutableMapping):
    """The group's click commands by name, each converted from its Typer registration on first use.

    Converting a command (its signature, type hints, one click parameter per option) costs about
    2 ms; `list` needs one command, not all of them. `--help` and completion still convert all.
    """

    def __init__(self, infos: list[CommandInfo], typer_app: typer.Typer) -> None:
        self._infos = {info.name or typer.main.get_command_name(info.callback.__name__): info
                       for info in infos}
        self._app = typer_app
        self._built: dict[str, TyperCommand] = {}

    def __getitem__(self, name: str):
        if name not in self._built:
            self._built[name] = typer.main.get_command_from_info(
                self._infos[name],
                pretty_exceptions_short=self._app.pretty_exceptions_short,
                rich_markup_mode=self._app.rich_markup_mode,
            )
        return self._built[name]

    def __setitem__(self, name: str, command) -> None:
        self._infos.setdefault(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._infos[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._infos)

    def __len__(self) -> int:
        return len(self._infos)


class _Typer(typer.Typer):
    """A Typer whose commands become click commands only when they are looked up.

    typer.main.get_group converts every registered command before running one. Commands
    registered here are kept out of that loop (in `lazy_commands`) and `_Group` converts
    them on demand, so a run pays for the command it runs and not for the other thirteen.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lazy_commands: list[CommandInfo] = []

    def command(self, *args, **kwargs):
        kwargs.setdefault("cls", _Command)
        register = super().command(*args, **kwargs)

        def decorator(function):
            register(function)
            self.lazy_commands.append(self.registered_commands.pop())
            return function

        return decorator


_TYPER_S_OWN = object()  # marks a value that only typer's coercion can convert


def _coerce(param: _TyperParameter, ctx, value):
    """What typer's coercion gives for `value`, where that needs no pydantic: a value not
    given, a choice of an Enum option, strings for a plain string option (a list for several),
    a path for a Path option, a number in range for a number option (a default);
    `_TYPER_S_OWN` for anything else, a bad choice included (typer words its error)."""
    descriptor = param.type_descriptor
    annotation = descriptor.annotation
    if value is None:
        return () if param.multiple or param.nargs == -1 else None
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        try:
            return coerce_cli_choice(value, choices=list(annotation), ctx=ctx,
                                     case_sensitive=descriptor.parameter_info.case_sensitive)
        except ValueError:
            return _TYPER_S_OWN
    if descriptor.parameter_info.parser is not None:
        return _TYPER_S_OWN
    if annotation is str and isinstance(value, str):
        return value
    info = descriptor.parameter_info
    if annotation is Path and info.path_type is None and isinstance(value, str):
        # typer's own checks (exists, dir_okay, readable...); pydantic would only make the Path
        return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
    if (annotation in (int, float) and type(value) is annotation and not info.clamp
            and (info.min is None or value >= info.min)
            and (info.max is None or value <= info.max)):
        return value  # a default
    if (get_origin(annotation) is list and get_args(annotation) == (str,)
            and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)):
        return list(value)
    return _TYPER_S_OWN


def _process_value(param: _TyperParameter, ctx, value):
    """`param.process_value`, without typer's coercion machinery where it is not needed.

    typer 0.29 coerces every parameter through a pydantic TypeAdapter that it builds on first
    use, for an option the user did not give as well; building the first one imports pydantic,
    about a quarter of `cs-define list`'s run. The missing check and the callback still run as
    typer runs them.
    """
    coerced = _coerce(param, ctx, value)
    if coerced is _TYPER_S_OWN:
        return type(param).process_value(param, ctx, value)
    if param.required and param.value_is_missing(coerced):
        raise _click.exceptions.MissingParameter(ctx=ctx, param=param)
    if param.callback is not None:
        coerced = param.callback(ctx, param, coerced)
    return coerced


class _LazyCoercion:
    """A click command whose parameters skip typer's coercion where it changes nothing (see
    `_process_value`)."""

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, _TyperParameter) and "process_value" not in vars(param):
                param.process_value = MethodType(_process_value, param)
        return params


class _Command(_LazyCoercion, TyperCommand):
    pass


class _Group(_LazyCoercion, TyperGroup):
    """Converts a command only when it is looked up (see `_Typer`), and turns errors a user can
    fix into one line on stderr and exit code 2."""

    def __init__(self, **attrs) -> None:
        super().__init__(**attrs)
        self.commands = _Commands(app.lazy_commands, app)

    def list_commands(self, ctx) -> list[str]:
        return list(self.commands)  # names only: TyperGroup's version converts every command

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CsDefineError as exc:
            from cs_define.render import print_error

            print_error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except Exception as exc:  # a subcommand's usage error (its options are parsed here)
            _usage_error(exc, ctx)
            raise

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except Exception as exc:  # a usage error in the options before the command
            _usage_error(exc, ctx, args)
            raise


def _usage_error(exc: Exception, ctx, args=()) -> None:
    """Say a usage error (unknown option, bad value...) in one line and exit 2, instead of
    typer's box; return for any other exception."""
    if isinstance(exc, typer.Exit):  # --help and --version end this way: keep them fast
        return
    from cs_define.usage import one_line

    message = one_line(exc, ctx, args)
    if message is not None:
        from cs_define.render import print_error

        print_error(message)
        raise typer.Exit(2) from None


app = _Typer(
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
    typer.Option("--ids", "-i", help="Use only these source definitions (repeatable or "
                 "comma-separated ids)."),
]
ExcludeOption = Annotated[
    Optional[list[str]],
    typer.Option("--exclude", "-x", help="Leave out these source definitions (repeatable or "
                 "comma-separated ids), e.g. the AI answer."),
]


MinSupportOption = Annotated[
    int,
    typer.Option("--min-support", "-m", help="A common thread needs at least this many "
                 "definitions (1 or more)."),
]


def _check_min_support(value: int) -> None:
    if value < 1:
        from cs_define.errors import InvalidRequest

        raise InvalidRequest(f"--min-support must be at least 1, not {value}")


def _split_ids(values: Optional[list[str]]) -> list[str]:
    """Return ids given as repeated options and/or comma-separated lists."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


def _selected(term, ids, exclude, kind, exclude_kind, perspective):
    """Return the term's source definitions kept by the selection options.

    Unknown ids get "did you mean"; a reference aggregate's id is refused (never a source).
    """
    from cs_define import select

    wanted, dropped = _split_ids(ids), _split_ids(exclude)
    select.definitions_by_ids(term, [*wanted, *dropped])
    return select.filter_definitions(
        term.definitions, ids=wanted, exclude=dropped, kinds=kind or (),
        exclude_kinds=exclude_kind or (), perspectives=perspective or (),
    )


def load_corpus(ctx: typer.Context):
    """Load the --data / CS_DEFINE_DATA file alone, or the bundled data with the user's over it."""
    from cs_define import store

    settings: Settings = ctx.obj or Settings()
    return store.load_layered(settings.data)


#: Definitions from which an analysis takes about a second or more on a 2-core machine
#: (bench/RESULTS.md), so a progress bar is shown on stderr when it is a terminal.
PROGRESS_THREADS = 2_000
PROGRESS_MATRIX = 500
PROGRESS_SYNTHESIZE = 50


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
    min_support: MinSupportOption = 2,
    ids: IdsOption = None,
    exclude: ExcludeOption = None,
    kind: KindOption = None,
    exclude_kind: ExcludeKindOption = None,
    perspective: PerspectiveOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """The common threads of a term's definitions: shared concepts, their support and wording."""
    from cs_define import select
    from cs_define.render import progress, threads_view
    from cs_define.text import Analyzer
    from cs_define.threads import common_threads

    _check_min_support(min_support)
    chosen = select.find_term(load_corpus(ctx), term)
    definitions = _selected(chosen, ids, exclude, kind, exclude_kind, perspective)
    with progress(len(definitions), "Reading definitions",
                  enabled=len(definitions) >= PROGRESS_THREADS) as advance:
        found = common_threads(definitions, Analyzer.for_term(chosen), min_support, advance)
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
    from cs_define.render import matrix_view, progress
    from cs_define.select import find_term
    from cs_define.text import Analyzer

    chosen = find_term(load_corpus(ctx), term)
    definitions = _selected(chosen, ids, exclude, kind, exclude_kind, perspective)
    with progress(len(definitions), "Scoring pairs",
                  enabled=len(definitions) >= PROGRESS_MATRIX) as advance:
        result = similarity(definitions, Analyzer.for_term(chosen), scorer, top,
                            progress=advance)
    emit(matrix_view(chosen.name, result), fmt)

# --- curating: where, add, update, remove, history, import ------------------------------------

IdArgument = Annotated[str, typer.Argument(metavar="ID", help="Id of the definition (any case).")]


def _read_text_option(text: str | None) -> str | None:
    """Return --text, reading it from stdin when it is "-"."""
    if text != "-":
        return text
    import sys

    value = sys.stdin.read().strip()
    if not value:
        from cs_define.errors import InvalidRequest

        raise InvalidRequest("--text -: nothing was read from standard input")
    return value


def _write(ctx: typer.Context, changes):
    """Apply changes to the file writes go to; return (path, corpus the user now sees)."""
    from cs_define import store

    settings: Settings = ctx.obj or Settings()
    path, layer = store.write_target(settings.data)
    store.edit(path, changes, layer)
    return path, load_corpus(ctx)


def _writable_corpus(ctx: typer.Context):
    """Return the corpus a write starts from (an absent --data file counts as empty)."""
    from cs_define.model import Corpus

    settings: Settings = ctx.obj or Settings()
    if settings.data is not None and not settings.data.exists():
        return Corpus(path=str(settings.data))
    return load_corpus(ctx)


def _write_and_show(ctx: typer.Context, planned, message: str, fmt: OutputFormat) -> None:
    """Apply a planned add or update, say where it went (stderr) and print the row written."""
    from cs_define.render import print_note

    path, corpus = _write(ctx, [planned.change])
    print_note(message.format(id=repr(planned.definition.id), term=repr(planned.term), path=path))
    _show_written(ctx, corpus, planned.term, planned.definition.id, fmt)


def _show_written(ctx: typer.Context, corpus, term: str, ident: str, fmt: OutputFormat) -> None:
    from cs_define import select
    from cs_define.render import list_view

    found_term, definition = select.find_definition(corpus, ident, term)
    emit(list_view([(found_term.name, definition)], None, show_layer=True), fmt)


@app.command()
def where(ctx: typer.Context, fmt: FormatOption = OutputFormat.table) -> None:
    """Show the data files in use: the bundled data, your user data file, or --data."""
    from cs_define import store
    from cs_define.render import where_view

    settings: Settings = ctx.obj or Settings()
    emit(where_view(store.data_layers(settings.data)), fmt)


@app.command()
def add(
    ctx: typer.Context,
    source: Annotated[str, typer.Option("--source", "-s", help="Who gives the definition, as "
                                        "shown to people.")],
    text: Annotated[str, typer.Option("--text", help="The definition, transcribed exactly "
                                      "(\"-\" reads it from standard input).")],
    ident: Annotated[Optional[str], typer.Option("--id", help="Short id without spaces; made "
                                                 "from the source name when left out.")] = None,
    term: TermOption = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Where the definition was found.")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="When it was recorded, e.g. "
                                                "2024-05.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", "-k", help="e.g. dictionary, "
                                                "encyclopedia, textbook, practitioner, ai, crowd.")] = None,
    perspective: Annotated[Optional[str], typer.Option("--perspective", "-p", help="e.g. "
                                                       "organization or customer.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="A remark for curators.")] = None,
    aggregate: Annotated[bool, typer.Option("--aggregate", help="Add a human-written reference "
                                            "aggregate instead of a source definition.")] = False,
    new_term: Annotated[bool, typer.Option("--new-term", help="Start a new term even when its "
                                           "name is close to an existing one.")] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Add a definition (to your user data file, or to --data) and print it."""
    from cs_define import curate

    fields = {"id": ident, "source": source, "text": _read_text_option(text), "url": url,
              "date": date, "kind": kind, "perspective": perspective, "note": note}
    planned = curate.plan_add(_writable_corpus(ctx), term, fields,
                              "aggregate" if aggregate else "source", new_term)
    _write_and_show(ctx, planned, "added {id} to {term} in {path}", fmt)


@app.command()
def update(
    ctx: typer.Context,
    ident: IdArgument,
    text: Annotated[Optional[str], typer.Option("--text", help="The new wording; the old one "
                                                "is kept as a dated revision (\"-\" reads stdin).")] = None,
    date: Annotated[Optional[str], typer.Option("--date", help="When the new wording was "
                                                "recorded (default: today).")] = None,
    source: Annotated[Optional[str], typer.Option("--source", "-s", help="A new source name.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="A new URL (\"\" removes it).")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", "-k", help="A new kind (\"\" removes it).")] = None,
    perspective: Annotated[Optional[str], typer.Option("--perspective", "-p", help="A new "
                                                       "perspective (\"\" removes it).")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="A new note (\"\" removes it).")] = None,
    term: TermOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Record a new wording of a definition (or change its fields) and print it."""
    from cs_define import curate

    changes = {"date": date, "source": source, "url": url, "kind": kind,
               "perspective": perspective, "note": note}
    planned = curate.plan_update(load_corpus(ctx), ident, term, _read_text_option(text), changes)
    _write_and_show(ctx, planned, "updated {id} in {term} in {path}", fmt)


@app.command()
def remove(
    ctx: typer.Context,
    ident: IdArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Remove without asking.")] = False,
    term: TermOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Remove a definition from your user data file (or --data), after asking."""
    from cs_define import curate, select, store
    from cs_define.errors import InvalidRequest
    from cs_define.render import list_view, print_note

    settings: Settings = ctx.obj or Settings()
    path, layer = store.write_target(settings.data)
    planned = curate.plan_remove(load_corpus(ctx), ident, term, layer)
    if not yes:
        question = (f"Remove {planned.definition.id!r} ({planned.definition.source}) from "
                    f"{planned.term!r} in {path}?")
        try:
            answer = typer.confirm(question, default=False, err=True)
        except typer.Abort:  # end of input: nobody to ask (a pipe, CI, < /dev/null)
            raise InvalidRequest(f"not removed: no answer to the question; pass --yes to remove "
                                 f"{planned.definition.id!r} without asking") from None
        if not answer:
            raise InvalidRequest(f"not removed: {planned.definition.id!r} is kept")
    _, corpus = _write(ctx, [planned.change])
    print_note(f"removed {planned.definition.id!r} from {planned.term!r} in {path} "
               f"(previous file kept as {store.backup_path(path)})")
    try:
        _, under = select.find_definition(corpus, planned.definition.id, planned.term)
        print_note(f"the {under.layer} definition {under.id!r} shows again")
    except CsDefineError:
        pass
    emit(list_view([(planned.term, planned.definition)], None, show_layer=True), fmt)


@app.command()
def history(
    ctx: typer.Context,
    ident: IdArgument,
    term: TermOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Show every wording of a definition over time, with word diffs between them."""
    from cs_define import curate, select
    from cs_define.render import history_view

    found_term, definition = select.find_definition(load_corpus(ctx), ident, term)
    emit(history_view(found_term.name, definition, curate.history_pairs(definition)), fmt)


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="YAML or JSON in the data format, CSV with "
                                         "id,source,text[,url,date,kind,perspective,note] "
                                         "columns, or text / Markdown as blog posts write "
                                         "definitions.", show_default=False)],
    term: TermOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", help="Report what would be taken; "
                                          "change nothing.")] = False,
    input_format: Annotated[Optional[str], typer.Option(
        "--from", help="Read the file as yaml, json, csv or text (default: by its suffix).")] = None,
    new_term: Annotated[bool, typer.Option("--new-term", help="Start a new term even when its "
                                           "name is close to an existing one.")] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Take definitions from a file; report each one taken, skipped (why) or in conflict."""
    from cs_define import curate, importer, store
    from cs_define.errors import InvalidRequest
    from cs_define.render import count, import_view, print_note

    chosen = (input_format or importer.detect_format(file.name)).lower()
    if chosen not in importer.FORMATS:
        raise InvalidRequest(f"--from {input_format!r}: choose one of {', '.join(importer.FORMATS)}")
    parsed = importer.parse(store.read_text(file), chosen, str(file))
    if not parsed.candidates and not parsed.problems:
        raise InvalidRequest(f"{file}: no definitions found (read as {chosen}; see --from)")
    plan = curate.plan_import(_writable_corpus(ctx), parsed, term, new_term)
    if plan.changes and not dry_run:
        path, _ = _write(ctx, list(plan.changes))
        print_note(f"wrote {count(plan.count('taken'), 'definition')} to {path}")
    emit(import_view(plan, str(file), dry_run), fmt)


class ExportFormat(str, Enum):
    """The formats of a write-up."""

    markdown = "markdown"
    html = "html"
    json = "json"
    yaml = "yaml"


@app.command()
def export(
    ctx: typer.Context,
    term: TermOption = None,
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", case_sensitive=False,
        help="markdown or html: a write-up like the seed posts (definitions, common threads, "
             "aggregates, revisions); json: the same as data; yaml: the term in the data "
             "format, which import reads back.")] = ExportFormat.markdown,
) -> None:
    """Write up a term for a blog post or a document (to standard output)."""
    import sys

    from cs_define import export as writeups
    from cs_define import select, store
    from cs_define.render import to_json, writeup_html, writeup_markdown

    chosen = select.find_term(load_corpus(ctx), term)
    if fmt is ExportFormat.yaml:
        sys.stdout.write(store.dump_terms(
            [chosen], f"# {chosen.name!r}, exported by cs-define {__version__}; "
                      "read it back with: cs-define import FILE\n"))
        return
    document = writeups.writeup(chosen)
    if fmt is ExportFormat.json:
        sys.stdout.write(to_json(document.data) + "\n")
    elif fmt is ExportFormat.html:
        sys.stdout.write(writeup_html(document))
    else:
        sys.stdout.write(writeup_markdown(document))

@app.command()
def synthesize(
    ctx: typer.Context,
    term: TermOption = None,
    ids: IdsOption = None,
    exclude: ExcludeOption = None,
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
    min_support: MinSupportOption = 2,
    explain: Annotated[
        bool,
        typer.Option("--explain", "-e", help="Say why each part is there, which sources say it, "
                     "and which frequent wording was left out and why."),
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Build one aggregated definition from the sources' own words, with provenance."""
    from cs_define import select
    from cs_define.render import progress, synthesis_view
    from cs_define.synthesize import MIN_WORDS, synthesize as build
    from cs_define.text import Analyzer

    _check_min_support(min_support)
    corpus = load_corpus(ctx)
    chosen = select.find_term(corpus, term)
    records = _selected(chosen, ids, exclude, kind, exclude_kind, perspective)
    # synthesize reports no steps: a bar without an end shows it is working
    with progress(None, f"Synthesizing from {len(records)} definitions",
                  enabled=len(records) >= PROGRESS_SYNTHESIZE):
        result = build(
            chosen.name, records, Analyzer.for_term(chosen), references=chosen.aggregates,
            min_support=min_support, max_words=max_words, min_words=min(MIN_WORDS, max_words),
            candidates=max(1, candidates),
        )
    emit(synthesis_view(result, explain=explain, show_candidates=candidates > 0), fmt)


def main() -> None:
    """Entry point of the `cs-define` script."""
    app(prog_name="cs-define")
