"""A cache of validated data files, so that repeated runs skip YAML parsing and validation.

`store.load` asks here first. An entry is used only when the data file's size, modification
time and inode, and the code that validated it (store.py and model.py), are all unchanged;
anything else (a missing, stale, corrupt or unwritable cache) silently falls back to parsing.
Entries are plain JSON (never pickle), one file per data file, in `cache_dir()`.

Turn it off with CS_DEFINE_CACHE=0; move it with CS_DEFINE_CACHE_DIR.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cs_define.model import Corpus, Definition, Revision, Term

#: Bump when the entry layout changes.
FORMAT = 1


def cache_dir() -> Path | None:
    """Return the cache directory, or None when caching is turned off."""
    if os.environ.get("CS_DEFINE_CACHE", "").strip().lower() in ("0", "off", "no", "false"):
        return None
    explicit = os.environ.get("CS_DEFINE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    home = os.environ.get("CS_DEFINE_HOME")
    if home:
        return Path(home) / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cs-define"


def _code_stamp() -> list[int]:
    from cs_define import model, store

    return [os.stat(module.__file__).st_mtime_ns for module in (store, model)]


def _entry_path(directory: Path, path: Path) -> Path:
    import hashlib

    digest = hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:32]
    return directory / f"{digest}.json"


def _key(path: Path, stat: os.stat_result) -> dict[str, Any]:
    from cs_define import __version__

    return {
        "format": FORMAT, "version": __version__, "code": _code_stamp(),
        "path": os.fsdecode(path.resolve()), "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns, "inode": stat.st_ino,
    }


def get(path: Path, stat: os.stat_result, where: str, layer: str) -> Corpus | None:
    """Return the cached Corpus of `path` if it is still valid, else None."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        with open(_entry_path(directory, path), encoding="utf-8") as handle:
            entry = json.load(handle)
        if entry.get("key") != _key(path, stat):
            return None
        return _corpus(entry["terms"], where, layer)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def put(path: Path, stat: os.stat_result, corpus: Corpus) -> None:
    """Store `corpus` as the cache entry of `path` (errors are ignored: the cache is optional)."""
    directory = cache_dir()
    if directory is None:
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        target = _entry_path(directory, path)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        entry = {"key": _key(path, stat), "terms": [_term_row(t) for t in corpus.terms]}
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(entry, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, target)  # atomic: a concurrent reader never sees half an entry
    except (OSError, ValueError, TypeError):
        try:
            temporary.unlink()  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass


# --- rows: the model as JSON lists, in field order -----------------------------------------

_DEFINITION_FIELDS = ("id", "source", "text", "url", "date", "kind", "perspective", "note",
                      "role", "line")


def _term_row(term: Term) -> list:
    return [term.name, [_definition_row(d) for d in term.definitions],
            [_definition_row(d) for d in term.aggregates], list(term.stopwords),
            [list(g) for g in term.synonyms], term.line]


def _definition_row(definition: Definition) -> list:
    row = [getattr(definition, name) for name in _DEFINITION_FIELDS]
    row.append([[r.text, r.date, r.source, r.note] for r in definition.revisions])
    return row


def _corpus(rows: list, where: str, layer: str) -> Corpus:
    def definition(row: list) -> Definition:
        *fields, revisions = row
        values = dict(zip(_DEFINITION_FIELDS, fields))
        return Definition(**values, layer=layer,
                          revisions=tuple(Revision(*r) for r in revisions))

    terms = tuple(
        Term(name=name, definitions=tuple(definition(r) for r in sources),
             aggregates=tuple(definition(r) for r in aggregates), stopwords=tuple(stopwords),
             synonyms=tuple(tuple(g) for g in synonyms), line=line)
        for name, sources, aggregates, stopwords, synonyms, line in rows
    )
    return Corpus(path=where, terms=terms)
