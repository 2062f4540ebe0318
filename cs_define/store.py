"""Load and validate data files: the only module that reads the definitions YAML.

Every problem becomes a DataError whose message names the file, the line and what is wrong,
in one line.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path
from stat import S_ISREG as _S_ISREG
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

    depth = 0
    try:
        # The event parser is iterative, so it is safe on any depth.
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else None
                    at = f", line {line}" if line else ""
                    raise DataError(
                        f"{where}{at}: nested more than {MAX_DEPTH} levels deep; a data file"
                        " needs 7 (terms, definitions, revisions)"
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
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
