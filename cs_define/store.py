"""Load and validate data files: the only module that reads the definitions YAML.

Every problem becomes a DataError whose message names the file, the line and what is wrong,
in one line.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG as _S_ISREG
from collections.abc import Sequence
from typing import Any

from cs_define.errors import DataError
from cs_define.model import Corpus, Definition, Revision, Term

#: Files larger than this are refused before parsing (override with CS_DEFINE_MAX_MB).
DEFAULT_MAX_MB = 32.0

TERM_KEYS = ("term", "definitions", "aggregates", "stopwords", "synonyms")
DEFINITION_KEYS = (
    "id", "source", "text", "url", "date", "kind", "perspective", "note", "revisions",
)
REVISION_KEYS = ("text", "date", "source", "note")
_ID_PATTERN = re.compile(r"^\S+$")


def bundled_data_path() -> Path:
    """Return the path of the definitions file shipped with the package."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "definitions.yaml"  # inside an installed wheel
    if packaged.is_file():
        return packaged
    return here.parent / "data" / "definitions.yaml"  # a source checkout / editable install


def max_bytes() -> int:
    """Return the size limit for a data file, from CS_DEFINE_MAX_MB or the default."""
    raw = os.environ.get("CS_DEFINE_MAX_MB", "")
    try:
        limit = float(raw) if raw.strip() else DEFAULT_MAX_MB
    except ValueError:
        raise DataError(f"CS_DEFINE_MAX_MB must be a number of megabytes, not {raw!r}") from None
    return int(limit * 1024 * 1024)


def _stat(path: Path) -> os.stat_result:
    """Return the file's stat, refusing what is missing, a directory or over the size limit."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise DataError(f"{path}: file not found") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.is_dir():
        raise DataError(f"{path}: is a directory, not a data file")
    limit = max_bytes()
    if stat.st_size > limit:
        raise DataError(
            f"{path}: file is {stat.st_size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB"
            " limit (raise it with CS_DEFINE_MAX_MB)"
        )
    return stat


def read_text(path: Path) -> str:
    """Return the file's text, refusing what is not a readable UTF-8 file within the limit."""
    _stat(path)
    limit = max_bytes()
    try:
        # Never more than the limit: a device or pipe (/dev/zero) reports size 0 and never ends.
        with open(path, "rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise DataError(
            f"{path}: more than the {limit / 1048576:.0f} MB limit (raise it with CS_DEFINE_MAX_MB)"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            f"{path}, line {line}: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None


class _Mapping(dict):
    """A dict that remembers the line its YAML mapping started on."""

    line: int | None = None


def _loader_class() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        """Safe loading, plus line numbers on mappings and an error on duplicate keys."""

        def construct_mapping(self, node: Any, deep: bool = False) -> dict:
            if not isinstance(node, yaml.MappingNode):  # e.g. "!!map [1]"
                raise yaml.constructor.ConstructorError(
                    None, None, f"expected a mapping, but found {node.id}", node.start_mark)
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                if isinstance(key_node, yaml.ScalarNode):
                    key = key_node.value
                    if key in seen:
                        raise _DuplicateKey(key, key_node.start_mark.line + 1, seen[key])
                    seen[key] = key_node.start_mark.line + 1
            return super().construct_mapping(node, deep=deep)

        def construct_yaml_map(self, node: Any):  # type: ignore[override]
            data = _Mapping()
            data.line = node.start_mark.line + 1
            yield data
            data.update(self.construct_mapping(node))

    Loader.add_constructor("tag:yaml.org,2002:map", Loader.construct_yaml_map)
    # These raise plain Python errors on bad scalars ("2001-13-45", "!!int x", 5,000 digits).
    for kind in ("int", "float", "bool", "timestamp", "binary"):
        tag = f"tag:yaml.org,2002:{kind}"
        Loader.add_constructor(tag, _guarded(Loader.yaml_constructors[tag], kind))
    return Loader


def _guarded(construct, kind: str):
    """Wrap a scalar constructor so that a value it cannot read is a YAML error with a line."""

    def guarded(loader, node):
        try:
            return construct(loader, node)
        except (ValueError, TypeError, AttributeError, KeyError, OverflowError):
            import yaml

            value = str(node.value)
            shown = repr(value if len(value) <= 40 else value[:37] + "...")
            raise yaml.constructor.ConstructorError(
                None, None, f"{shown} is not a valid {kind} (quote it to keep it as text)", node.start_mark
            ) from None

    return guarded


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first: int):
        super().__init__(key)
        self.key, self.line, self.first = key, line, first


#: Deepest nesting of lists and mappings accepted (the schema itself needs 7 levels).
MAX_DEPTH = 64
# A line starting with MAX_DEPTH // 2 or more characters that can each open a nesting level:
# indentation, block indicators, anchors and tags ("- - - x", "? - &a - x").
_DEEP_LEADING = re.compile(r"^(?:[ \t\-?:]|[&!]\S*){%d}" % (MAX_DEPTH // 2), re.MULTILINE)


def _may_be_deep(text: str) -> bool:
    """Return False when `text` surely nests at most MAX_DEPTH levels (cheap, no parsing).

    Block nesting needs one leading character (indentation or an indicator) per level and
    flow nesting one bracket per level, so few of both bound the depth.
    """
    brackets = text.count("[") + text.count("{")
    return brackets >= MAX_DEPTH // 2 or _DEEP_LEADING.search(text) is not None


def _check_depth(text: str, where: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before composing (libyaml recurses in C on it)."""
    if not _may_be_deep(text):
        return
    import yaml

    def too_deep(mark: Any) -> DataError:
        at = f", line {mark.line + 1}" if mark is not None else ""
        return DataError(
            f"{where}{at}: nested more than {MAX_DEPTH} levels deep; a data file"
            " needs 7 (terms, definitions, revisions)"
        )

    depth = 0
    try:
        # The event parser is iterative, so it is safe on any depth.
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise too_deep(event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as exc:
        # PyYAML 6.0.4's parser has a nesting limit of its own (about 1000 levels), and in
        # flow context it reads ahead that far before yielding the first event.
        if "nesting depth" in str(exc):
            raise too_deep(getattr(exc, "problem_mark", None)) from None
        return  # the real parse reports syntax errors with their line and column


def parse_yaml(text: str, where: str) -> Any:
    """Parse YAML with safe_load semantics; return the document or raise DataError."""
    import yaml

    _check_depth(text, where)
    try:
        return yaml.load(text, Loader=_loader_class())  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as exc:
        raise DataError(
            f"{where}, line {exc.line}: duplicate key {exc.key!r} (first used on line {exc.first})"
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        at = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise DataError(f"{where}{at}: not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise DataError(f"{where}: not valid YAML: {str(exc).splitlines()[0]}") from None
    except RecursionError:
        raise DataError(f"{where}: not valid YAML: nested too deeply") from None
    except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:
        # PyYAML lets some bad values escape as plain Python errors; none may reach the user.
        raise DataError(f"{where}: not valid YAML: {str(exc).splitlines()[0][:200]}") from None


def load(path: str | os.PathLike[str], layer: str = "bundled") -> Corpus:
    """Read, parse and validate a data file; return its Corpus or raise DataError."""
    from cs_define import cache

    path = Path(path)
    where = str(path)
    stat = _stat(path)
    regular = _S_ISREG(stat.st_mode)  # a pipe or device has no stable size and time to key on
    cached = cache.get(path, stat, where, layer) if regular else None
    if cached is not None:
        return cached
    document = parse_yaml(read_text(path), where)
    corpus = corpus_from_document(document, where, layer)
    if regular:
        cache.put(path, stat, corpus)
    return corpus


def loads(text: str, where: str = "<string>", layer: str = "bundled") -> Corpus:
    """Parse and validate data-file text (as `load` does for a file)."""
    return corpus_from_document(parse_yaml(text, where), where, layer)


# --- validation -------------------------------------------------------------------------------


class _Checker:
    """Type checks that name the file and line; values are checked before they are walked."""

    def __init__(self, where: str):
        self.where = where

    def fail(self, line: int | None, message: str) -> DataError:
        at = f", line {line}" if line else ""
        return DataError(f"{self.where}{at}: {message}")

    def mapping(self, value: Any, line: int | None, what: str) -> _Mapping:
        if not isinstance(value, dict):
            raise self.fail(line, f"{what} must be a mapping, not {_type_name(value)}")
        return value  # type: ignore[return-value]

    def sequence(self, value: Any, line: int | None, what: str) -> list:
        if not isinstance(value, list):
            raise self.fail(line, f"{what} must be a list, not {_type_name(value)}")
        return value

    def keys(self, record: _Mapping, allowed: tuple[str, ...], what: str) -> None:
        for key in record:
            if key not in allowed:
                from cs_define.compare import closest

                hint = closest(str(key), allowed)
                tip = f"; did you mean {hint[0]!r}?" if hint else f" (known: {', '.join(allowed)})"
                raise self.fail(record.line, f"{what} has an unknown field {key!r}{tip}")

    def string(self, record: _Mapping, key: str, what: str, required: bool = False) -> str | None:
        if key not in record or record[key] is None:
            if required:
                raise self.fail(record.line, f"{what} is missing the required field {key!r}")
            return None
        value = record[key]
        if key == "date" and isinstance(value, (_dt.date, int)) and not isinstance(value, bool):
            return value.isoformat() if isinstance(value, _dt.date) else str(value)
        if not isinstance(value, str):
            hint = " (quote it)" if isinstance(value, (bool, int, float)) else ""
            raise self.fail(
                record.line, f"{what}: {key!r} must be a string, not {_type_name(value)}{hint}"
            )
        if required and not value.strip():
            raise self.fail(record.line, f"{what}: {key!r} is empty")
        return value

    def strings(self, record: _Mapping, key: str, what: str) -> tuple[str, ...]:
        values = self.sequence(record.get(key) or [], record.line, f"{what}: {key!r}")
        for value in values:
            if not isinstance(value, str):
                raise self.fail(
                    record.line, f"{what}: {key!r} must hold strings, not {_type_name(value)}"
                )
        return tuple(values)


def _type_name(value: Any) -> str:
    names = {dict: "a mapping", list: "a list", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "nothing"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__


def corpus_from_document(document: Any, where: str, layer: str = "bundled") -> Corpus:
    """Validate a parsed YAML document and return it as a Corpus."""
    check = _Checker(where)
    if document is None:
        raise check.fail(None, "file is empty; expected a mapping with a 'terms:' list")
    top = check.mapping(document, None, "the file")
    if "terms" not in top:
        raise check.fail(getattr(top, "line", None), "missing the top-level 'terms:' list")
    check.keys(top, ("terms",), "the file")
    raw_terms = check.sequence(top["terms"], top.line, "'terms'")
    terms: list[Term] = []
    seen_terms: dict[str, int | None] = {}
    for raw in raw_terms:
        term = _term(check, raw, top.line, layer)
        key = term.name.casefold()
        if key in seen_terms:
            raise check.fail(term.line, f"term {term.name!r} appears twice (also line {seen_terms[key]})")
        seen_terms[key] = term.line
        terms.append(term)
    return Corpus(path=where, terms=tuple(terms))


def _term(check: _Checker, raw: Any, parent_line: int | None, layer: str) -> Term:
    record = check.mapping(raw, parent_line, "each entry of 'terms'")
    check.keys(record, TERM_KEYS, "term")
    name = check.string(record, "term", "term", required=True)
    what = f"term {name!r}"
    if "definitions" not in record:
        raise check.fail(record.line, f"{what} is missing the required field 'definitions'")
    seen: dict[str, int | None] = {}
    groups = []
    for key, role in (("definitions", "source"), ("aggregates", "aggregate")):
        raw_list = check.sequence(record.get(key) or [], record.line, f"{what}: {key!r}")
        items = []
        for raw_def in raw_list:
            definition = _definition(check, raw_def, record.line, role, layer)
            folded = definition.id.casefold()
            if folded in seen:
                raise check.fail(
                    definition.line,
                    f"duplicate id {definition.id!r} in {what} (first on line {seen[folded]})",
                )
            seen[folded] = definition.line
            items.append(definition)
        groups.append(tuple(items))
    synonyms_raw = check.sequence(record.get("synonyms") or [], record.line, f"{what}: 'synonyms'")
    synonyms = []
    for group in synonyms_raw:
        if not isinstance(group, list) or not all(isinstance(w, str) for w in group):
            raise check.fail(record.line, f"{what}: each 'synonyms' entry must be a list of words")
        synonyms.append(tuple(group))
    return Term(
        name=name.strip(),
        definitions=groups[0],
        aggregates=groups[1],
        stopwords=check.strings(record, "stopwords", what),
        synonyms=tuple(synonyms),
        line=record.line,
    )


def _definition(check: _Checker, raw: Any, parent_line: int | None, role: str, layer: str) -> Definition:
    record = check.mapping(raw, parent_line, "each definition")
    ident = record.get("id")
    what = f"definition {ident!r}" if isinstance(ident, str) else "definition"
    check.keys(record, DEFINITION_KEYS, what)
    ident = check.string(record, "id", what, required=True)
    if not _ID_PATTERN.match(ident):
        raise check.fail(record.line, f"{what}: 'id' must not contain spaces")
    revisions = []
    raw_revisions = check.sequence(record.get("revisions") or [], record.line, f"{what}: 'revisions'")
    for raw_revision in raw_revisions:
        rev = check.mapping(raw_revision, record.line, f"{what}: each revision")
        check.keys(rev, REVISION_KEYS, f"{what}: revision")
        revisions.append(
            Revision(
                text=check.string(rev, "text", f"{what}: revision", required=True),
                date=check.string(rev, "date", f"{what}: revision"),
                source=check.string(rev, "source", f"{what}: revision"),
                note=check.string(rev, "note", f"{what}: revision"),
            )
        )
    return Definition(
        id=ident,
        source=check.string(record, "source", what, required=True),
        text=check.string(record, "text", what, required=True),
        url=check.string(record, "url", what),
        date=check.string(record, "date", what),
        kind=_lower(check.string(record, "kind", what)),
        perspective=_lower(check.string(record, "perspective", what)),
        note=check.string(record, "note", what),
        revisions=tuple(revisions),
        role=role,
        line=record.line,
        layer=layer,
    )


def _lower(value: str | None) -> str | None:
    return value.strip().lower() if value else value


# --- layers: bundled data, the user's data file, or one --data file ----------------------------

#: The file name of the user's data file inside the user data directory.
USER_FILE = "definitions.yaml"


def user_data_dir() -> Path:
    """Return the user data directory: $CS_DEFINE_HOME, or the platform's (platformdirs)."""
    home = os.environ.get("CS_DEFINE_HOME", "").strip()
    if home:
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("cs-define", appauthor=False))


def user_data_path() -> Path:
    """Return the path of the user's data file (it may not exist yet)."""
    return user_data_dir() / USER_FILE


@dataclass(frozen=True)
class DataLayer:
    """One data file the tool may read or write, and what it is used for."""

    layer: str  # "bundled", "user" or "data"
    path: Path
    exists: bool
    read: bool  # read by the commands
    written: bool  # where add/update/remove/import write


def data_layers(data: str | os.PathLike[str] | None = None) -> list[DataLayer]:
    """Return the data files in play: with `data`, only that file is read and written."""
    bundled = bundled_data_path()
    user = user_data_path()
    if data is not None:
        chosen = Path(data)
        return [
            DataLayer("data", chosen, chosen.is_file(), True, True),
            DataLayer("bundled", bundled, bundled.is_file(), False, False),
            DataLayer("user", user, user.is_file(), False, False),
        ]
    return [
        DataLayer("bundled", bundled, bundled.is_file(), True, False),
        DataLayer("user", user, user.is_file(), user.is_file(), True),
    ]


def write_target(data: str | os.PathLike[str] | None = None) -> tuple[Path, str]:
    """Return the file that writes go to and its layer name."""
    return (Path(data), "data") if data is not None else (user_data_path(), "user")


def load_layered(data: str | os.PathLike[str] | None = None) -> Corpus:
    """Load `data` alone, or the bundled data with the user's data file layered over it."""
    if data is not None:
        return load(data, layer="data")
    base = load(bundled_data_path(), layer="bundled")
    user = user_data_path()
    if not user.is_file():
        return base
    return layer_over(base, load(user, layer="user"))


def layer_over(base: Corpus, over: Corpus) -> Corpus:
    """Return `base` with `over` laid on top.

    A record of `over` with the same term (any case) and id (any case) replaces the base record
    where it stands; new records and new terms are added after the base ones. Stopwords and
    synonyms of a term are the union of both layers.
    """
    from dataclasses import replace

    over_terms = {t.name.casefold(): t for t in over.terms}
    merged = []
    for term in base.terms:
        top = over_terms.pop(term.name.casefold(), None)
        if top is None:
            merged.append(term)
            continue
        new = {d.id.casefold(): d for d in top.records()}
        records = [new.pop(d.id.casefold(), d) for d in term.records()]
        records.extend(new.values())
        merged.append(replace(
            term,
            definitions=tuple(d for d in records if d.role == "source"),
            aggregates=tuple(d for d in records if d.role != "source"),
            stopwords=tuple(dict.fromkeys((*term.stopwords, *top.stopwords))),
            synonyms=tuple(dict.fromkeys((*term.synonyms, *top.synonyms))),
        ))
    merged.extend(over_terms.values())
    return Corpus(path=f"{base.path} + {over.path}", terms=tuple(merged))


# --- writing -----------------------------------------------------------------------------------
#
# Reading stays with PyYAML (fast, C loader). Writing edits the file with ruamel.yaml's
# round-trip mode, which keeps the user's comments, key order, quoting and indentation, and
# every new text is validated with the loader above before it reaches the disk.

#: Seconds to wait for another cs-define process to finish writing the same file.
LOCK_TIMEOUT = 30.0

_NEW_FILE_HEADER = (
    "# cs-define data file. Edit it by hand or with cs-define add / update / remove / import;\n"
    "# the schema is in the README (\"The data file\").\n"
)


def record_of(definition: Definition) -> dict:
    """Return a definition as a data-file record (only the fields that have a value)."""
    record: dict[str, Any] = {"id": definition.id, "source": definition.source,
                              "text": definition.text}
    for key in ("url", "date", "kind", "perspective", "note"):
        value = getattr(definition, key)
        if value is not None:
            record[key] = value
    if definition.revisions:
        record["revisions"] = [
            {k: v for k, v in (("date", r.date), ("source", r.source), ("text", r.text),
                               ("note", r.note)) if v is not None}
            for r in definition.revisions
        ]
    return record


def document_of(terms: Sequence[Term]) -> dict:
    """Return terms as a data-file document (what `load` reads back to the same terms)."""
    out = []
    for term in terms:
        entry: dict[str, Any] = {"term": term.name,
                                 "definitions": [record_of(d) for d in term.definitions]}
        if term.aggregates:
            entry["aggregates"] = [record_of(d) for d in term.aggregates]
        if term.stopwords:
            entry["stopwords"] = list(term.stopwords)
        if term.synonyms:
            entry["synonyms"] = [list(group) for group in term.synonyms]
        out.append(entry)
    return {"terms": out}


def dump_terms(terms: Sequence[Term], header: str = "") -> str:
    """Return terms as data-file YAML text, in the style `edit` writes."""
    yaml = _round_trip_yaml()
    document = _to_round_trip(document_of(terms))
    return header + _dump(yaml, document)


def edit(path: str | os.PathLike[str], changes: Sequence[Any], layer: str = "user") -> Corpus:
    """Apply changes to a data file safely; return the file's new Corpus.

    The file is locked against other writers, the new text is validated with the loader
    (nothing is written if it would not load), written to a temporary file in the same
    directory, flushed to disk and renamed over the old file, whose previous version is kept
    as `<name>.bak`. A missing file is created.
    """
    path = Path(path)
    where = str(path)
    with _locked(path):
        old_text = read_text(path) if path.exists() else None
        if old_text is not None:
            loads(old_text, where, layer)  # never edit a file the loader rejects
        yaml = _round_trip_yaml(old_text)
        document = _parse_round_trip(yaml, old_text, where)
        for change in changes:
            _apply(document, change)
        new_text = _dump(yaml, document)
        if old_text is None:
            new_text = _NEW_FILE_HEADER + new_text
        try:
            corpus = loads(new_text, where, layer)
        except DataError as exc:
            raise DataError(f"not written, the result would not load: {exc}") from None
        atomic_write(path, new_text)
    return corpus


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Return where `edit` keeps the previous version of `path`."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


def atomic_write(path: Path, text: str) -> None:
    """Replace `path` with `text` so that a crash at any point leaves the old or new file whole.

    The previous file, if any, is first copied (also atomically) to `<name>.bak`.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else None
        if mode is not None:
            _replace_with(backup_path(path), path.read_bytes(), mode)
        _replace_with(path, text.encode("utf-8"), mode)
    except OSError as exc:
        raise DataError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _replace_with(path: Path, data: bytes, mode: int | None) -> None:
    import tempfile

    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:  # also Ctrl-C: never leave the temporary file behind
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _locked:
    """Hold `<file>.lock` (filelock: works on POSIX and Windows) while a file is rewritten."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        from filelock import FileLock, Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT)
            self.lock.acquire()
        except Timeout:
            raise DataError(
                f"{self.path}: another cs-define process has been writing it for "
                f"{LOCK_TIMEOUT:.0f} s; try again (or delete {self.path}.lock if none is running)"
            ) from None
        except OSError as exc:
            raise DataError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
        return self

    def __exit__(self, *exc_info):
        self.lock.release()
        return False


def _round_trip_yaml(old_text: str | None = None):
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never fold a long definition over several lines
    sequence, offset = 4, 2  # the bundled file's style
    if old_text:
        from ruamel.yaml.util import load_yaml_guess_indent

        try:
            _, guessed, guessed_offset = load_yaml_guess_indent(old_text)
            if guessed and guessed_offset is not None and guessed > guessed_offset:
                sequence, offset = guessed, guessed_offset
        except Exception:  # noqa: BLE001 - a guess only; the parse below reports real errors
            pass
    yaml.indent(mapping=2, sequence=sequence, offset=offset)
    return yaml


def _parse_round_trip(yaml, text: str | None, where: str):
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if text is None or not text.strip():
        document = CommentedMap()
        document["terms"] = CommentedSeq()
        return document
    try:
        document = yaml.load(text)
    except Exception as exc:  # noqa: BLE001 - ruamel's errors have no common public base
        raise DataError(f"{where}: cannot edit: {str(exc).splitlines()[0]}") from None
    if document.get("terms") is None:
        document["terms"] = CommentedSeq()
    return document


def _dump(yaml, document) -> str:
    import io

    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._/()+-]*$")


def _scalar(key: str, value: Any) -> Any:
    """Return a value as ruamel should write it: quoted unless PyYAML reads it back as is."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if not isinstance(value, str):
        return value
    if key in ("text", "date") or not _PLAIN.match(value) or value != value.strip():
        return DoubleQuotedScalarString(value)
    import yaml

    return value if yaml.safe_load(value) == value else DoubleQuotedScalarString(value)


def _to_round_trip(value: Any, key: str = ""):
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _to_round_trip(v, k)
        return out
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(_to_round_trip(v, key) for v in value)
        if key == "synonyms" or (value and not isinstance(value[0], (dict, list, tuple))):
            seq.fa.set_flow_style()  # word lists read best on one line
        return seq
    return _scalar(key, value)


def _find_term(document, name: str):
    for entry in document["terms"]:
        if isinstance(entry, dict) and str(entry.get("term", "")).strip().casefold() == name.strip().casefold():
            return entry
    return None


def _term_entry(document, name: str):
    from ruamel.yaml.comments import CommentedMap

    entry = _find_term(document, name)
    if entry is None:
        entry = CommentedMap()
        entry["term"] = _scalar("term", name)
        _append(document["terms"], entry)
    return entry


def _group(entry, key: str):
    from ruamel.yaml.comments import CommentedSeq

    if entry.get(key) is None:
        entry[key] = CommentedSeq()
    return entry[key]


def _apply(document, change: Any) -> None:
    from cs_define.changes import DeleteRecord, ExtendTerm, PutRecord

    if isinstance(change, PutRecord):
        entry = _term_entry(document, change.term)
        key = "definitions" if change.role == "source" else "aggregates"
        for group_key in ("definitions", "aggregates"):
            group = entry.get(group_key) or []
            for index, item in enumerate(group):
                if _same_id(item, change.record.get("id")):
                    if group_key == key:
                        _update_mapping(item, change.record, DEFINITION_KEYS)
                        return
                    _remove_at(group, index)
                    break
        if "definitions" not in entry:
            _group(entry, "definitions")
        _append(_group(entry, key), _to_round_trip(change.record))
    elif isinstance(change, DeleteRecord):
        entry = _find_term(document, change.term)
        for group_key in ("definitions", "aggregates"):
            group = (entry or {}).get(group_key) or []
            for index, item in enumerate(group):
                if _same_id(item, change.id):
                    _remove_at(group, index)
        if entry is not None and not any(entry.get(k) for k in ("definitions", "aggregates",
                                                                 "stopwords", "synonyms")):
            _remove_at(document["terms"], list(document["terms"]).index(entry))
    elif isinstance(change, ExtendTerm):
        entry = _term_entry(document, change.term)
        if "definitions" not in entry:
            _group(entry, "definitions")
        if change.stopwords:
            words = _group(entry, "stopwords")
            if not words:
                words.fa.set_flow_style()
            words.extend(w for w in dict.fromkeys(change.stopwords) if w not in words)
        if change.synonyms:
            groups = _group(entry, "synonyms")
            if not groups:
                groups.fa.set_flow_style()
            known = {tuple(g) for g in groups}
            for group in change.synonyms:
                if tuple(group) not in known:
                    groups.append(_to_round_trip(list(group), "synonyms"))
                    known.add(tuple(group))
    else:  # pragma: no cover - a programming error
        raise TypeError(f"unknown change {change!r}")


def _same_id(item: Any, ident: Any) -> bool:
    return (isinstance(item, dict) and isinstance(ident, str)
            and str(item.get("id", "")).casefold() == ident.casefold())


def _update_mapping(mapping, record: dict, order: tuple[str, ...]) -> None:
    """Change a mapping in place to hold `record`, keeping unchanged values and their quoting."""
    for key in [k for k in mapping if k not in record]:
        del mapping[key]
    for key, value in record.items():
        if key in mapping and _plain_value(mapping[key]) == value:
            continue
        new = _to_round_trip(value, key)
        if key in mapping:
            mapping[key] = new
        else:
            rank = order.index(key) if key in order else len(order)
            position = sum(1 for k in mapping if (order.index(k) if k in order else len(order)) <= rank)
            mapping.insert(position, key, new)


def _plain_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


# ruamel keeps the comments and blank lines that follow an entry on that entry's last key;
# moving them keeps each comment above the entry it was written for.

def _tail(node: Any):
    """Return (mapping, key) of the last scalar in `node`, where ruamel keeps what follows it."""
    while True:
        if isinstance(node, dict) and len(node) and hasattr(node, "ca"):
            key = list(node)[-1]
            value = node[key]
            if isinstance(value, (dict, list)) and len(value) and not getattr(value.fa, "_flow_style", False):
                node = value
                continue
            return node, key
        if isinstance(node, list) and len(node) and isinstance(node[-1], (dict, list)):
            node = node[-1]
            continue
        return None, None


def _take_trailing(node: Any):
    """Remove and return the comment token that follows `node` (or None)."""
    mapping, key = _tail(node)
    entry = mapping.ca.items.get(key) if mapping is not None else None
    if not entry or len(entry) < 3 or entry[2] is None:
        return None
    token = entry[2]
    entry[2] = None
    return token


def _set_trailing(node: Any, token) -> None:
    mapping, key = _tail(node)
    if mapping is None or token is None:
        return
    entry = mapping.ca.items.setdefault(key, [None, None, None, None])
    entry[2] = token


def _append(sequence, item) -> None:
    """Append `item`; comments that followed the old last entry now follow the new one."""
    from ruamel.yaml.tokens import CommentToken

    previous = sequence[-1] if len(sequence) else None
    sequence.append(item)
    token = _take_trailing(previous)
    if token is None:
        return
    lines = token.value.split("\n")
    keep = 1  # the rest of the last line (an end-of-line comment) and the blank lines after it
    while keep < len(lines) and not lines[keep].strip():
        keep += 1
    separator = "\n".join(lines[:keep]) + ("\n" if keep < len(lines) else "")
    moved = "\n" + "\n".join(lines[1:])
    _set_trailing(previous, CommentToken(separator, token.start_mark, None))
    if moved != "\n":
        _set_trailing(item, CommentToken(moved, token.start_mark, None))


def _remove_at(sequence, index: int) -> None:
    """Delete an entry; the comments that followed it now follow the entry before it."""
    token = _take_trailing(sequence[index])
    del sequence[index]
    if index > 0:
        _set_trailing(sequence[index - 1], token)


def check_record(record: dict, term: str, role: str = "source", where: str = "definition") -> Definition:
    """Validate one data-file record as the loader would; return it as a Definition.

    Raises DataError with the loader's own message, prefixed by `where`.
    """
    def mappings(value: Any) -> Any:
        if isinstance(value, dict):
            out = _Mapping((k, mappings(v)) for k, v in value.items())
            out.line = getattr(value, "line", None)
            return out
        if isinstance(value, list):
            return [mappings(v) for v in value]
        return value

    key = "definitions" if role == "source" else "aggregates"
    document = mappings({"terms": [{"term": term, "definitions": [], key: [record]}]})
    corpus = corpus_from_document(document, where)
    return corpus.terms[0].records()[0]
