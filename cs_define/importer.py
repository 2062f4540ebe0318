"""Read definitions out of files people already have: data YAML/JSON, CSV, or blog-post text.

Pure parsing: text in, candidate records and the problems found out (`store` reads the file,
`curate.plan_import` decides what is taken). A malformed entry or line is reported, never fatal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cs_define.errors import DataError

FORMATS = ("yaml", "json", "csv", "text")
_SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".csv": "csv"}
#: CSV columns that are read; id, url, date, kind, perspective, note, term and role are optional.
CSV_COLUMNS = ("id", "source", "text", "url", "date", "kind", "perspective", "note", "term", "role")
#: Fields of a definition object that describe where it sits, not the definition (as `list -f json` adds).
_CONTEXT_KEYS = frozenset({"term", "role", "layer", "diffs"})


@dataclass(frozen=True)
class Candidate:
    """A definition found in the file, as a data-file record (its id may be missing)."""

    line: int | None
    record: dict
    term: str | None = None
    role: str = "source"


@dataclass(frozen=True)
class Problem:
    """An entry or line that looks like a definition but cannot be read as one."""

    line: int | None
    message: str
    text: str = ""
    status: str = "malformed"  # or "skipped" for a well-formed quotation that names no source


@dataclass(frozen=True)
class TermExtras:
    """A term's stopwords and synonyms found in a data file."""

    term: str
    stopwords: tuple[str, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Parsed:
    """Everything found in an import file."""

    format: str
    candidates: tuple[Candidate, ...]
    problems: tuple[Problem, ...] = ()
    extras: tuple[TermExtras, ...] = ()


def detect_format(name: str) -> str:
    """Return the import format for a file name: by its suffix, text for anything else."""
    lower = name.lower()
    for suffix, fmt in _SUFFIXES.items():
        if lower.endswith(suffix):
            return fmt
    return "text"


def parse(text: str, fmt: str, where: str) -> Parsed:
    """Return the candidates and problems found in `text` read as `fmt`."""
    if fmt == "yaml":
        from cs_define.store import parse_yaml

        return _from_document(parse_yaml(text, where), "yaml", where)
    if fmt == "json":
        import json

        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}, line {exc.lineno}, column {exc.colno}: not valid JSON: "
                            f"{exc.msg}") from None
        return _from_document(document, "json", where)
    if fmt == "csv":
        return _from_csv(text, where)
    return _from_text(text)


# --- YAML / JSON in the data format (or a list like `list -f json`) ---------------------------


def _from_document(document: Any, fmt: str, where: str) -> Parsed:
    candidates: list[Candidate] = []
    problems: list[Problem] = []
    extras: list[TermExtras] = []
    if isinstance(document, dict) and "terms" in document:
        entries = document["terms"]
    elif isinstance(document, dict) and "term" in document:
        entries = [document]  # one term, as `export -f json` writes it
    elif isinstance(document, list):
        entries = [{"term": None, "definitions": document}]
    else:
        raise DataError(f"{where}: expected the data format (a 'terms:' list) or a list of "
                        "definitions")
    if not isinstance(entries, list):
        raise DataError(f"{where}: 'terms' must be a list")
    for entry in entries:
        line = getattr(entry, "line", None)
        if not isinstance(entry, dict):
            problems.append(Problem(line, "each entry of 'terms' must be a mapping"))
            continue
        term = entry.get("term")
        if term is not None and not isinstance(term, str):
            problems.append(Problem(line, "'term' must be a string"))
            continue
        for key, role in (("definitions", "source"), ("aggregates", "aggregate")):
            items = entry.get(key) or []
            if not isinstance(items, list):
                problems.append(Problem(line, f"{key!r} must be a list"))
                continue
            for item in items:
                item_line = getattr(item, "line", None) or line
                if not isinstance(item, dict):
                    problems.append(Problem(item_line, "each definition must be a mapping"))
                    continue
                named = item.get("term") if isinstance(item.get("term"), str) else term
                item_role = "aggregate" if item.get("role") == "aggregate" else role
                candidates.append(Candidate(item_line, _record(item), named, item_role))
        stopwords = entry.get("stopwords") or []
        synonyms = entry.get("synonyms") or []
        if term and (stopwords or synonyms):
            if (isinstance(stopwords, list) and all(isinstance(w, str) for w in stopwords)
                    and isinstance(synonyms, list)
                    and all(isinstance(g, list) and all(isinstance(w, str) for w in g)
                            for g in synonyms)):
                extras.append(TermExtras(term, tuple(stopwords), tuple(tuple(g) for g in synonyms)))
            else:
                problems.append(Problem(line, f"term {term!r}: 'stopwords' and 'synonyms' must "
                                              "be lists of words; not taken"))
    return Parsed(fmt, tuple(candidates), tuple(problems), tuple(extras))


def _record(item: dict) -> dict:
    """Return a definition object without null values and context fields (term, role, layer)."""
    record = {}
    for key, value in item.items():
        if key in _CONTEXT_KEYS or value is None:
            continue
        if key == "revisions" and isinstance(value, list):
            value = [{k: v for k, v in r.items() if v is not None} if isinstance(r, dict) else r
                     for r in value]
            if not value:
                continue
        record[key] = value
    return record


# --- CSV -----------------------------------------------------------------------------------------


def _from_csv(text: str, where: str) -> Parsed:
    import csv
    import io

    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(f"{where}: the CSV file is empty") from None
    except csv.Error as exc:
        raise DataError(f"{where}, line 1: not valid CSV: {exc}") from None
    names = [h.strip().lower() for h in header]
    missing = [c for c in ("source", "text") if c not in names]
    if missing:
        raise DataError(f"{where}, line 1: the CSV header needs the columns source and text "
                        f"(and optionally {', '.join(c for c in CSV_COLUMNS if c not in ('source', 'text'))}); "
                        f"found: {', '.join(names) or 'nothing'}")
    problems = []
    for name in names:
        if name not in CSV_COLUMNS:
            from cs_define.compare import closest

            hint = closest(name, CSV_COLUMNS)
            tip = f"; did you mean {hint[0]!r}?" if hint else ""
            problems.append(Problem(1, f"column {name!r} is not read{tip}"))
    candidates = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(reader.line_num, f"not valid CSV: {exc}"))
            break
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(names):
            problems.append(Problem(line, f"the row has {len(row)} fields, the header has "
                                          f"{len(names)}", ",".join(row)))
            continue
        values = {n: v.strip() for n, v in zip(names, row) if n in CSV_COLUMNS and v.strip()}
        term = values.pop("term", None)
        role = "aggregate" if values.pop("role", "") == "aggregate" else "source"
        candidates.append(Candidate(line, values, term, role))
    return Parsed("csv", tuple(candidates), tuple(problems))


# --- text and Markdown, written the way blog posts write definitions -------------------------

_OPEN = "\"“„«"
_CLOSE = "\"”“»"
_QUOTE = rf"[{_OPEN}](?P<text>.*\S)[{_CLOSE}]"
_END = r"\s*[.,;]?\s*$"
_BULLET = re.compile(r"^\s*(?:[-*+•·▪]|\d+[.)])\s+")
_DASH = r"\s*[-–—]\s*"

#: Line shapes, tried in order; each gives the source, the text and maybe the term.
_SHAPES = (
    # definition #1 (source: wikipedia): "..."  /  Definition of customer service (source: X): "..."
    re.compile(rf"^(?:the\s+)?definition\s*(?:#?\s*\d+)?\s*(?:of\s+(?P<term>[^(]+?)\s*)?"
               rf"\((?:source|from|via)\s*:\s*(?P<source>[^)]+?)\s*\)\s*[:\-–—]?\s*{_QUOTE}{_END}",
               re.IGNORECASE),
    # **Oxford**: "..."  /  **Oxford:** "..."
    re.compile(rf"^\*\*(?P<source>[^*]+?)\s*:?\*\*\s*[:\-–—]?\s*{_QUOTE}{_END}"),
    # According to Turban et al. (2002), "..."
    re.compile(rf"^according\s+to\s+(?P<source>.+?)\s*[,:]\s*{_QUOTE}{_END}", re.IGNORECASE),
    # "..." – Oxford Dictionary
    re.compile(rf"^{_QUOTE}{_DASH}(?P<source>[^\"“”\s][^\"“”]{{0,80}})$"),
    # @handle – text
    re.compile(rf"^(?P<source>@\w+){_DASH}(?P<text>[^\"“”].*\S)$"),
)
#: Only in a list item: "- dictionary.com is now using: "..."" or "- from investopedia.com: "..."".
_BULLET_SHAPE = re.compile(
    rf"^(?:from\s+)?(?P<source>[^\"“”:]{{1,80}}?)(?:\s+(?:is\s+now\s+using|says|writes))?\s*:\s*"
    rf"{_QUOTE}{_END}", re.IGNORECASE)

#: Lines that start like a definition, for telling a malformed one from prose.
_LEAD_INS = (
    (re.compile(r"\((?:source|from|via)\s*:", re.IGNORECASE), "a '(source: ...)' line"),
    (re.compile(r"^\*\*[^*]+\*\*"), "a '**source**:' line"),
    (re.compile(r"^according\s+to\s+", re.IGNORECASE), "an 'According to' line"),
    (re.compile(rf"[{_CLOSE}]{_DASH}"), "a '\"...\" – source' line"),
)


def _from_text(text: str) -> Parsed:
    candidates: list[Candidate] = []
    problems: list[Problem] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        number = index + 1
        raw = lines[index]
        index += 1
        line = _BULLET.sub("", raw).strip()
        bulleted = line != raw.strip()
        if not line:
            continue
        # A quotation broken over several lines: join it up to its closing quote.
        if line[0] in _OPEN and not _closed(line) and index < len(lines):
            joined, end = line, index
            while end < len(lines) and end - index < 5 and lines[end].strip():
                joined += " " + lines[end].strip()
                end += 1
                if _closed(joined):
                    line, index = joined, end
                    break
        found = _match(line, bulleted)
        if found is not None:
            source, body, term = found
            record = {"source": source, "text": body}
            candidates.append(Candidate(number, record, term))
            continue
        problem = _diagnose(line)
        if problem == _NO_SOURCE:
            problems.append(Problem(number, problem, raw.strip(), "skipped"))
        elif problem:
            problems.append(Problem(number, problem, raw.strip()))
    return Parsed("text", tuple(candidates), tuple(problems))


def _closed(line: str) -> bool:
    """True when a line that opens a quotation also closes it."""
    return line.count('"') >= 2 if line[0] == '"' else any(c in line[1:] for c in _CLOSE)


def _match(line: str, bulleted: bool) -> tuple[str, str, str | None] | None:
    shapes = (*_SHAPES, _BULLET_SHAPE) if bulleted else _SHAPES
    for shape in shapes:
        match = shape.match(line)
        if match:
            source = match.group("source").strip().strip("\"“”'")
            body = match.group("text").strip()
            term = match.groupdict().get("term")
            # A source is a name: not longer than the definition it gives ("is able to" - it's a skill).
            if shape is _SHAPES[3] and len(source.split()) > min(8, len(body.split())):
                continue
            if source and body and not _unbalanced(body):
                return " ".join(source.split()), " ".join(body.split()), term.strip() if term else None
    return None


def _unbalanced(body: str) -> bool:
    return body.count('"') % 2 == 1


_NO_SOURCE = "a quoted definition without a source"


def _diagnose(line: str) -> str | None:
    """Return why a line that starts like a definition could not be read (None for prose)."""
    has_open = any(c in line for c in _OPEN)
    quotes = sum(line.count(c) for c in set(_OPEN + _CLOSE))
    if re.search(rf"[{_CLOSE}]{_DASH}$", line):
        return "no source after the dash"
    opens = sum(line.count(c) for c in "“„«")
    closes = sum(line.count(c) for c in "”»")
    if opens != closes and "\"" not in line and re.search(rf"[{_CLOSE}]{_DASH}", line):
        return "the quotation marks do not pair up"
    for pattern, what in _LEAD_INS:
        if pattern.search(line):
            if not has_open:
                return f"{what} without a quoted definition"
            if quotes < 2 or _unbalanced(line):
                return f"{what} whose quotation marks do not pair up"
            return f"{what} that does not follow the shape the import reads"
    stripped = line.strip()
    if stripped[0] in _OPEN and _closed(stripped) and len(stripped.split()) >= 4:
        return _NO_SOURCE
    if stripped[-1:] in "”" and stripped[0] not in _OPEN and quotes == 1:
        return "the quotation marks do not pair up"
    return None
