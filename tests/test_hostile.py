"""Hostile and broken input: every case ends in one clear line (exit 2) or a correct result.

Data files: alias bombs, deep nesting, huge, a directory, unreadable, empty, binary, not UTF-8,
BOM, tabs, duplicate keys, bad scalars and a wrong type in every field the schema names.
Text: empty after normalisation, 1 MB, emoji / CJK / right-to-left / combining characters
(tables stay aligned), rich markup, ANSI and OSC escapes and NUL bytes, through every command
that exists and every format.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from cs_define import store
from cs_define.errors import DataError

from conftest import MINIMAL

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("table", "json", "csv", "markdown")


def one_line_error(result, *needles: str) -> str:
    """Assert a CLI result is exit 2 with one error line and no traceback; return the line."""
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cs-define: error: "), lines
    assert "Traceback" not in result.stderr + result.stdout
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def load_error(path_or_text, tmp_path: Path | None = None) -> str:
    """Return the DataError message of loading a file path or YAML text."""
    with pytest.raises(DataError) as caught:
        if isinstance(path_or_text, Path):
            store.load(path_or_text)
        else:
            store.loads(path_or_text, "f.yaml")
    message = str(caught.value)
    assert "\n" not in message
    return message


def definition(**fields: str) -> str:
    """A one-definition file with the given fields replacing (or adding to) the defaults."""
    values = {"id": "a", "source": "s", "text": "t", **fields}
    body = "\n".join(f"        {k}: {v}" for k, v in values.items())
    return f"terms:\n  - term: x\n    definitions:\n      - {body.lstrip()}\n"


# --- YAML: bombs, depth, size -------------------------------------------------------------

def bomb(levels: int = 10) -> str:
    """A flow list whose last item expands to 9**levels strings (it is tiny until walked)."""
    chain = ["&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    chain += [f"&a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "[" + ", ".join(chain) + "]"


@pytest.mark.parametrize(("where", "expected"), [
    ("text", "'text' must be a string, not a list"),
    ("revisions", "each revision must be a mapping, not a list"),
    ("stopwords", "'stopwords' must hold strings, not a list"),
    ("synonyms", "each 'synonyms' entry must be a list of words"),
    ("definitions", "each definition must be a mapping, not a list"),
    ("terms", "each entry of 'terms' must be a mapping, not a list"),
])
def test_billion_laughs_is_refused_before_anything_walks_it(where, expected):
    if where == "terms":
        text = f"terms: {bomb()}\n"
    elif where in ("stopwords", "synonyms", "definitions"):
        text = f"terms:\n  - term: x\n    {where}: {bomb()}\n    definitions: []\n"
        text = text.replace("    definitions: []\n", "") if where == "definitions" else text
    else:
        text = definition(**{where: bomb()})
    message = load_error(text)
    assert expected in message and len(message) < 300


def test_alias_bomb_in_a_file_gives_one_line_through_the_cli(run, write_data):
    path = write_data(definition(text=bomb(12)))
    for command in (("list",), ("terms",), ("show", "a")):
        one_line_error(run("--data", str(path), *command), "'text' must be a string, not a list")


@pytest.mark.parametrize("shape", ["flow-list", "block-list", "flow-map", "block-map"])
def test_deep_nesting_is_refused_with_a_limit(shape, tmp_path):
    n = 100_000
    text = {
        "flow-list": "terms: " + "[" * n + "]" * n,
        "block-list": "terms:\n" + "- " * n + "x\n",
        "flow-map": "terms: " + "{a: " * n + "1" + "}" * n,
        "block-map": "terms:\n" + "".join(" " * i + "a:\n" for i in range(200)),
    }[shape]
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    # In a child process: libyaml's composer recursing in C would kill the test run itself.
    code = ("import sys; from cs_define import store\n"
            "try: store.load(sys.argv[1])\n"
            "except store.DataError as e: print(e)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CS_DEFINE_CACHE": "0"}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"nested more than {store.MAX_DEPTH} levels deep" in done.stdout


def test_nesting_within_the_limit_reaches_the_schema_check():
    text = "terms: " + "[" * 40 + "]" * 40
    assert "each entry of 'terms' must be a mapping, not a list" in load_error(text)


def test_brackets_in_text_do_not_trip_the_depth_limit():
    text = definition(text='"' + "[[[[" * 200 + '"')
    assert store.loads(text).terms[0].definitions[0].text == "[[[[" * 200


def test_a_50_mb_file_is_refused_quickly_then_loads_when_allowed(tmp_path, monkeypatch):
    path = tmp_path / "big.yaml"
    head = definition(text='"' + "x" * 10 + '"').encode()
    # One 50 MB definition text written as repeated bytes (fast), inside valid YAML.
    with open(path, "wb") as handle:
        handle.write(head.split(b'"')[0] + b'"')
        handle.write(b"word " * (10 * 1024 * 1024))
        handle.write(b'"\n')
    assert path.stat().st_size > 50 * 1024 * 1024
    message = load_error(path)
    assert "over the 32 MB limit" in message and "CS_DEFINE_MAX_MB" in message
    monkeypatch.setenv("CS_DEFINE_MAX_MB", "64")
    loaded = store.load(path).terms[0].definitions[0]
    assert len(loaded.text) == 50 * 1024 * 1024 and loaded.text.startswith("word word")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_read_only_up_to_the_limit(run, monkeypatch):
    monkeypatch.setenv("CS_DEFINE_MAX_MB", "1")  # it reports size 0, then never ends
    one_line_error(run("--data", "/dev/zero", "list"), "/dev/zero: more than the 1 MB limit")


def test_bad_size_limit_setting(write_data, monkeypatch):
    monkeypatch.setenv("CS_DEFINE_MAX_MB", "lots")
    assert "CS_DEFINE_MAX_MB must be a number" in load_error(write_data(MINIMAL))


# --- files that are not data files ----------------------------------------------------------


def test_a_directory(run, tmp_path):
    one_line_error(run("--data", str(tmp_path), "list"), "is a directory")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_an_unreadable_file(run, write_data):
    path = write_data(MINIMAL)
    path.chmod(0)
    try:
        one_line_error(run("--data", str(path), "list"), "cannot read", "ermission denied")
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(("content", "needle"), [
    (b"", "file is empty"),
    (b"   \n\n# only a comment\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8"),
    (b"terms: [\x00]\n", "not valid YAML"),
    (b"\x7fELF\x02\x01\x01\x00", "not valid YAML"),
    ("terms:\n  - term: caf\u00e9\n".encode("latin-1"), "line 2: not UTF-8 (byte 0xe9"),
    ("terms: []\n".encode("utf-16"), "not UTF-8"),
    (b"terms:\n\t- term: x\n", "line 2, column 1: not valid YAML"),
])
def test_files_that_are_not_yaml_text(run, tmp_path, content, needle):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    assert needle in load_error(path)
    one_line_error(run("--data", str(path), "list"), needle)


def test_utf8_bom_and_tabs_inside_values_are_fine(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + definition(text='"a\tb"').encode())
    assert store.load(path).terms[0].definitions[0].text == "a\tb"


@pytest.mark.parametrize(("text", "line"), [
    ("terms: []\nterms: []\n", 2),
    ("terms:\n  - term: x\n    term: y\n    definitions: []\n", 3),
    (definition(source="s\n        source: again"), 6),
    (definition(revisions="\n          - text: a\n            text: b"), 9),
])
def test_duplicate_keys_at_every_level(text, line):
    assert f"line {line}: duplicate key" in load_error(text)


# --- a wrong type in every field the schema names -----------------------------------------

WRONG = {"a list": "[1, 2]", "a mapping": "{a: 1}", "a number": "3", "true/false": "yes"}
DEFINITION_STRINGS = ("id", "source", "text", "url", "kind", "perspective", "note")


@pytest.mark.parametrize("field", DEFINITION_STRINGS + ("date",))
@pytest.mark.parametrize("kind", list(WRONG))
def test_definition_string_fields(field, kind):
    if field == "date" and kind == "a number":
        return  # a year such as 2013 is a fine date
    message = load_error(definition(**{field: WRONG[kind]}))
    assert f"'{field}' must be a string, not {kind}" in message
    assert message.startswith("f.yaml, line 4:")


@pytest.mark.parametrize("field", ("text", "date", "source", "note"))
@pytest.mark.parametrize("kind", ("a list", "a mapping", "true/false"))
def test_revision_string_fields(field, kind):
    value = WRONG[kind]
    revision = "{text: ok, " + f"{field}: {value}" + "}" if field != "text" else "{text: " + value + "}"
    message = load_error(definition(revisions=f"[{revision}]"))
    assert f"revision: '{field}' must be a string, not {kind}" in message


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("revisions", "3", "'revisions' must be a list, not a number"),
    ("revisions", "[3]", "each revision must be a mapping, not a number"),
    ("revisions", "[{date: '2001'}]", "revision is missing the required field 'text'"),
])
def test_revision_structure(field, value, expected):
    assert expected in load_error(definition(**{field: value}))


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("term", "[a]", "'term' must be a string, not a list"),
    ("term", "3", "'term' must be a string, not a number (quote it)"),
    ("definitions", "{a: 1}", "'definitions' must be a list, not a mapping"),
    ("definitions", "[a]", "each definition must be a mapping, not a string"),
    ("aggregates", "text", "'aggregates' must be a list, not a string"),
    ("aggregates", "[[a]]", "each definition must be a mapping, not a list"),
    ("stopwords", "word", "'stopwords' must be a list, not a string"),
    ("stopwords", "[1]", "'stopwords' must hold strings, not a number"),
    ("synonyms", "[a, b]", "each 'synonyms' entry must be a list of words"),
    ("synonyms", "[[a, 1]]", "each 'synonyms' entry must be a list of words"),
    ("synonyms", "{a: b}", "'synonyms' must be a list, not a mapping"),
])
def test_term_fields(field, value, expected):
    fields = {"term": "x", "definitions": "[{id: a, source: s, text: t}]", field: value}
    text = "terms:\n  - " + "\n    ".join(f"{k}: {v}" for k, v in fields.items()) + "\n"
    assert expected in load_error(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("3\n", "the file must be a mapping, not a number"),
    ("terms: 3\n", "'terms' must be a list, not a number"),
    ("terms: [3]\n", "each entry of 'terms' must be a mapping, not a number"),
    ("terms: !!set {a, b}\n", "'terms' must be a list, not set"),
    ("terms: !!map [1]\n", "expected a mapping, but found sequence"),
    ("terms: !!python/object:os.system x\n", "could not determine a constructor"),
    ("terms: []\n---\nterms: []\n", "but found another document"),
])
def test_file_structure(text, expected):
    assert expected in load_error(text)


@pytest.mark.parametrize(("value", "expected"), [
    ("2001-13-45", "'2001-13-45' is not a valid timestamp (quote it to keep it as text)"),
    ("2001-02-30", "'2001-02-30' is not a valid timestamp"),
    ("!!int x", "'x' is not a valid int"),
    ("!!float x", "'x' is not a valid float"),
    ("!!bool x", "'x' is not a valid bool"),
    ("1" * 5000, "is not a valid int"),
])
def test_scalars_yaml_cannot_read_name_their_line(value, expected):
    message = load_error(definition(date=value))
    assert "f.yaml, line 7, column 15: not valid YAML: " in message and expected in message


def test_dates_yaml_can_read_become_text():
    assert store.loads(definition(date="2001-12-03")).terms[0].definitions[0].date == "2001-12-03"
    assert store.loads(definition(date="2013")).terms[0].definitions[0].date == "2013"


# --- hostile text through every command and format -----------------------------------------

HOSTILE_TEXTS = {
    "punctuation": "... !!! ???",
    "stopwords": "The of and to a in is it.",
    "emoji": "Service 👩‍💻 with a smile 😀🎉 and flags 🇫🇷🇯🇵.",
    "cjk": "顧客サービスとは、購入の前後に顧客に提供されるサービスである。",
    "rtl": "خدمة العملاء هي تقديم الخدمة للعملاء قبل الشراء وبعده. שירות לקוחות",
    "combining": "Cafe\u0301 se\u0301rvice, Z\u0351\u0358a\u0360\u0353l\u0359\u0353go text.",
    "markup": "[link=https://evil.example]click[/link] [bold red]loud[/] [/] \\[x]",
    "escapes": "red \x1b[31mRED\x1b[0m title \x1b]0;pwned\x07 link \x1b]8;;http://x\x1b\\y\x1b]8;;\x1b\\ csi \x9b2J",
    "nul": "before\x00after\x01\x7f end",
}
CONTROL = {chr(c) for c in range(0x20) if chr(c) not in "\t\n"} | {chr(c) for c in range(0x7f, 0xa0)}


def quoted(text: str) -> str:
    """A YAML double-quoted scalar for any text (C0, DEL and C1 escaped, the rest as is)."""
    body = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if 0x7f <= ord(c) <= 0x9f else c for c in body)


def hostile_file(write_data, extra: dict[str, str] | None = None) -> Path:
    texts = {**HOSTILE_TEXTS, **(extra or {})}
    records = "".join(
        f"      - id: {name}\n        source: {quoted('src ' + text)}\n"
        f"        text: {quoted(text)}\n"
        f"        revisions:\n          - text: {quoted(text + ' old')}\n"
        for name, text in texts.items()
    )
    return write_data("terms:\n  - term: hostile term\n    definitions:\n" + records)


def assert_safe(output: str) -> None:
    leaked = {c for c in output if c in CONTROL}
    assert not leaked, sorted(hex(ord(c)) for c in leaked)


def test_every_hostile_text_loads_unchanged(write_data):
    corpus = store.load(hostile_file(write_data))
    assert [d.text for d in corpus.terms[0].definitions] == list(HOSTILE_TEXTS.values())


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_prints_hostile_text_safely_in_every_format(run, write_data, fmt):
    result = run("--data", str(hostile_file(write_data)), "list", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        rows = json.loads(result.stdout)
        assert [r["text"] for r in rows] == list(HOSTILE_TEXTS.values())  # data round-trips
        assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
        return
    assert_safe(result.stdout)
    for visible in ("[link=https://evil.example]click[/link]", "[bold red]loud[/]", "顧客サービス",
                    "👩‍💻", "خدمة العملاء", "beforeafter"):
        flat = result.stdout.replace("\\", "") if fmt == "markdown" else result.stdout
        assert visible in flat.replace("\n", "") or visible in flat, visible
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert len(rows) == 1 + len(HOSTILE_TEXTS)


@pytest.mark.parametrize("ident", list(HOSTILE_TEXTS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_show_prints_hostile_text_safely(run, write_data, ident, fmt):
    result = run("--data", str(hostile_file(write_data)), "show", ident, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data["text"] == HOSTILE_TEXTS[ident]
        assert "".join(op["text"] for op in data["diffs"][0]["ops"] if op["op"] != "delete")
    else:
        assert_safe(result.stdout)


def table_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line[:1] in "│╭├╰┃┏┡└┌╞╘"]


@pytest.mark.parametrize("columns", [None, "50", "120"])
def test_tables_stay_aligned_with_wide_and_zero_width_characters(run, write_data, monkeypatch,
                                                                 columns):
    if columns:
        monkeypatch.setenv("COLUMNS", columns)
    path = hostile_file(write_data)
    for args in (("list",), ("show", "emoji"), ("show", "cjk"), ("show", "combining"),
                 ("show", "rtl")):
        result = run("--data", str(path), *args)
        assert result.exit_code == 0, result.stderr
        for block in result.stdout.split("\n\n"):
            lines = table_lines(block)
            widths = {cell_len(line) for line in lines}
            assert len(widths) <= 1, (args, columns, sorted(widths))
            if columns and lines:
                assert widths.pop() <= int(columns)


def test_a_1_mb_definition(run, write_data):
    big = ("Customer service is the provision of service to customers before, during and "
           "after a purchase. ") * 11_000
    assert len(big) > 1_000_000
    path = hostile_file(write_data, {"huge": big})
    rows = json.loads(run("--data", str(path), "list", "-f", "json").stdout)
    assert rows[-1]["text"] == big
    for fmt in ("table", "csv", "markdown"):
        result = run("--data", str(path), "list", "-f", fmt)
        assert result.exit_code == 0 and "Customer service is the provision" in result.stdout
    shown = json.loads(run("--data", str(path), "show", "huge", "-f", "json").stdout)
    ops = shown["diffs"][0]["ops"]  # from the revision (big + " old") to the text (big)
    assert [op["op"] for op in ops] == ["equal", "delete"] and ops[1]["text"].strip() == "old"


def test_a_long_rewrite_is_one_replacement_not_minutes_of_difflib():
    from cs_define.compare import LONG_DIFF, word_diff

    old = " ".join(f"alpha{i % 97}" for i in range(LONG_DIFF + 10))
    new = " ".join(f"beta{i % 89}" for i in range(LONG_DIFF + 10))
    ops = word_diff("Same start. " + old + " same end.", "Same start. " + new + " same end.")
    assert [op.op for op in ops] == ["equal", "delete", "insert", "equal"]
    assert ops[1].text.split() == old.split() and ops[2].text.split() == new.split()


def test_terms_with_hostile_names(run, write_data):
    path = write_data(
        "terms:\n"
        f"  - term: {quoted('[bold]x[/] ' + chr(0x1b) + '[31m 顧客')}\n"
        "    definitions: [{id: a, source: s, text: t}]\n"
        "  - term: \"  spaced  \"\n    definitions: []\n"
    )
    for fmt in FORMATS:
        result = run("--data", str(path), "terms", "-f", fmt)
        assert result.exit_code == 0, result.stderr
        if fmt != "json":
            assert_safe(result.stdout)
            assert "[bold]x[/]" in result.stdout.replace("\\", "")
    assert json.loads(run("--data", str(path), "terms", "-f", "json").stdout)[1]["term"] == "spaced"
