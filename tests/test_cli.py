"""The commands end to end, through Typer's runner: output, formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cs_define import __version__

from conftest import MINIMAL


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"cs-define {__version__}"


def test_help_lists_every_command_and_documents_every_option(run):
    result = run("--help")
    assert result.exit_code == 0
    for command in ("list", "show", "terms"):
        assert command in result.stdout
    for command in ("list", "show", "terms"):
        sub = run(command, "--help")
        assert sub.exit_code == 0
        assert "--format" in sub.stdout


def test_list_shows_every_bundled_definition(run):
    result = run("list")
    assert result.exit_code == 0, result.stderr
    for ident in ("wikipedia", "businessdictionary", "dictionary", "wordiq", "turban", "oxford",
                  "investopedia", "ai", "verygoodservice-2013"):
        assert ident in result.stdout
    assert "provision of service to customers before, during and after a purchase" in result.stdout


def test_list_json_is_a_list_of_objects_with_id_source_text(run):
    result = run("list", "--format", "json")
    rows = json.loads(result.stdout)
    assert {"id", "source", "text", "kind", "date", "role"} <= set(rows[0])
    by_id = {r["id"]: r for r in rows}
    assert by_id["oxford"]["source"] == "Oxford British Dictionary"
    assert by_id["verygoodservice-2013"]["role"] == "aggregate"


def test_list_filters_by_kind_and_perspective(run):
    rows = json.loads(run("list", "--kind", "crowd", "-f", "json").stdout)
    assert rows and all(r["kind"] == "crowd" for r in rows)
    rows = json.loads(run("list", "--exclude-kind", "crowd", "--perspective", "customer", "-f", "json").stdout)
    assert [r["id"] for r in rows] == ["customer-view"]


def test_list_search_is_fuzzy_and_tolerates_typos(run):
    rows = json.loads(run("list", "--search", "satisfction", "-f", "json").stdout)
    ids = [r["id"] for r in rows]
    assert "turban" in ids and "investopedia" in ids
    assert "wikipedia" not in ids


def test_list_csv_has_header_and_one_row_per_definition(run):
    result = run("list", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0].keys() >= {"id", "source", "kind", "date", "text"}
    assert len(rows) == len(json.loads(run("list", "-f", "json").stdout))


def test_list_markdown_is_a_table(run):
    out = run("list", "-f", "markdown", "-k", "encyclopedia").stdout
    assert "| id | source | kind | date | text |" in out
    assert "| wikipedia | Wikipedia | encyclopedia | 2013-11 |" in out


def test_unknown_kind_suggests(run):
    result = run("list", "--kind", "dictionry")
    assert result.exit_code == 2
    assert "no definition has kind 'dictionry'; did you mean 'dictionary'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_show_has_revisions_and_word_diff(run):
    result = run("show", "dictionary")
    assert result.exit_code == 0
    out = result.stdout
    assert "yourdictionary.com" in out and "2013-11 → 2016-02" in out
    data = json.loads(run("show", "dictionary", "-f", "json").stdout)
    assert [r["date"] for r in data["revisions"]] == ["2013-11"]
    (diff,) = data["diffs"]
    assert diff["from"] == "2013-11" and diff["to"] == "2016-02"
    deleted = "".join(op["text"] for op in diff["ops"] if op["op"] == "delete")
    inserted = "".join(op["text"] for op in diff["ops"] if op["op"] == "insert")
    assert "definition of customer service" in deleted
    assert "other resources" in inserted
    old = "".join(op["text"] for op in diff["ops"] if op["op"] != "insert")
    assert old.split() == data["revisions"][0]["text"].split()


def test_show_markdown_marks_insertions_and_deletions(run):
    out = run("show", "dictionary", "-f", "markdown").stdout
    assert "~~The definition of customer service is" in out
    assert "**other resources" in out or "**and other resources" in out


def test_show_csv_lists_wordings(run):
    rows = list(csv.DictReader(io.StringIO(run("show", "dictionary", "-f", "csv").stdout)))
    assert [r["source"] for r in rows] == ["yourdictionary.com", "dictionary.com"]


def test_show_unknown_id_suggests(run):
    result = run("show", "oxfrod")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "cs-define: error: no definition 'oxfrod' in term 'customer service'; did you mean 'oxford'?"
    )


def test_show_aggregate(run):
    data = json.loads(run("show", "verygoodservice-2023", "-f", "json").stdout)
    assert data["role"] == "aggregate"


def test_terms(run, write_data):
    data = json.loads(run("terms", "-f", "json").stdout)
    assert data == [{"term": "customer service", "definitions": 24, "aggregates": 2}]


def test_data_option_and_env_var(run, write_data, monkeypatch):
    path = write_data(MINIMAL)
    rows = json.loads(run("--data", str(path), "list", "-f", "json").stdout)
    assert [r["id"] for r in rows] == ["nist", "gartner"]
    monkeypatch.setenv("CS_DEFINE_DATA", str(path))
    rows = json.loads(run("list", "-f", "json").stdout)
    assert [r["id"] for r in rows] == ["nist", "gartner"]


TWO_TERMS = MINIMAL + """\
  - term: Customer Service
    definitions:
      - id: oxford
        source: Oxford
        text: "The assistance and advice provided by a company."
"""


def test_term_option_is_case_insensitive_and_required_with_several_terms(run, write_data):
    path = write_data(TWO_TERMS)
    result = run("--data", str(path), "list")
    assert result.exit_code == 2
    assert "holds 2 terms" in result.stderr and "--term" in result.stderr
    rows = json.loads(run("--data", str(path), "list", "--term", "customer SERVICE", "-f", "json").stdout)
    assert [r["id"] for r in rows] == ["oxford"]


def test_unknown_term_suggests(run, write_data):
    path = write_data(TWO_TERMS)
    result = run("--data", str(path), "list", "--term", "cloud computng")
    assert result.exit_code == 2
    assert "no term 'cloud computng'" in result.stderr
    assert "did you mean 'cloud computing'?" in result.stderr


def test_show_finds_an_id_across_terms(run, write_data):
    path = write_data(TWO_TERMS)
    data = json.loads(run("--data", str(path), "show", "nist", "-f", "json").stdout)
    assert data["term"] == "cloud computing"


@pytest.mark.parametrize("command", [("list",), ("show", "nist"), ("terms",)])
def test_bad_data_file_is_one_line_exit_2(run, write_data, command):
    path = write_data(MINIMAL.replace("        source: Gartner\n", ""))
    result = run("--data", str(path), *command)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cs-define: error: ")
    assert "line 7" in lines[0] and "'source'" in lines[0]
    assert result.stdout == ""


def test_missing_data_file(run, tmp_path):
    result = run("--data", str(tmp_path / "missing.yaml"), "list")
    assert result.exit_code == 2
    assert "missing.yaml: file not found" in result.stderr


HOSTILE = """\
terms:
  - term: t
    definitions:
      - id: markup
        source: "[bold red]Evil[/] \\x1b[31mred\\x1b[0m \\x9b2J"
        text: "[link=https://example.com]click[/link] [/] \\x1b]8;;http://x\\x07osc\\x1b]8;;\\x07"
"""


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv"])
def test_markup_and_control_characters_are_printed_harmlessly(run, write_data, fmt):
    path = write_data(HOSTILE)
    result = run("--data", str(path), "list", "-f", fmt)
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "Evil" in out
    assert "[bold red]" in out.replace("\\", "")  # printed literally, not applied
    assert "click" in out


def test_json_escapes_control_characters(run, write_data):
    path = write_data(HOSTILE)
    result = run("--data", str(path), "list", "-f", "json")
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    (row,) = json.loads(result.stdout)
    assert "\x1b[31m" in row["source"] and "\x9b" in row["source"]  # the data itself is intact


def test_pipe_output_has_no_colour_and_no_wrapping(run):
    result = run("list", "-k", "ai")
    assert "\x1b" not in result.stdout
    text_line = [l for l in result.stdout.splitlines() if "Customer service is the assistance" in l]
    assert text_line and "resolve any problems they may have." in text_line[0]


def test_columns_is_honoured_in_a_pipe(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    result = run("list", "-k", "ai")
    assert max(len(line) for line in result.stdout.splitlines()) <= 60


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "cs_define", "--version"], capture_output=True,
                            text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0 and result.stdout.strip() == f"cs-define {__version__}"


def test_narrow_terminal_stacks_records_without_losing_text(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    out = run("list", "-k", "encyclopedia").stdout
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 40
    assert "wikipedia" in out and "kind: encyclopedia" in out
    words = " ".join(line.strip() for line in out.splitlines())
    assert "provision of service to customers before, during and after a purchase." in words


def test_word_diff_in_a_piped_table_marks_insertions_and_deletions(run):
    # Styles are dropped in a pipe, so the table marks changes in the text itself.
    out = run("show", "dictionary").stdout
    assert "[-The definition of customer service is the-]" in out
    assert "{+and other" in out


def test_every_option_and_argument_of_every_command_has_help():
    import typer

    from cs_define.cli import app

    group = typer.main.get_command(app)
    missing = [(name, param.name) for name, command in group.commands.items()
               for param in command.params if not getattr(param, "help", None)]
    missing += [("cs-define", p.name) for p in group.params if not getattr(p, "help", None)]
    assert {"list", "show", "terms", "compare", "threads", "matrix", "synthesize", "add", "update",
            "remove", "history", "import", "export", "where"} <= set(group.commands)
    assert missing == []


def test_narrow_terminal_keeps_three_column_tables_within_the_width(run, monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    out = run("synthesize", "--exclude-kind", "crowd").stdout
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 50
    assert "Provenance: each phrase and the sources that say it word for word" in " ".join(out.split())
    assert "sources: " in out
