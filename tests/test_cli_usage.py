"""Bad command lines for every command: exit 2, one line on stderr naming the fix, no stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Each command with arguments that make an otherwise valid command line (nothing is written:
# every case below fails while its options are parsed).
COMMANDS = {
    "list": (), "show": ("wikipedia",), "terms": (), "compare": ("wikipedia", "oxford"),
    "threads": (), "matrix": (), "where": (), "synthesize": (),
    "add": ("--source", "S", "--text", "T"), "update": ("wikipedia",), "remove": ("wikipedia",),
    "history": ("wikipedia",), "import": ("defs.yaml",), "export": (),
}
FORMATS = {"export": "markdown, html, json, yaml"}
TAKES_ANY_NUMBER_OF_IDS = {"compare"}


def one_error_line(result) -> str:
    """Assert the shape of a usage error; return its line without the 'cs-define: error: '."""
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].strip(), result.stderr
    assert lines[0].startswith("cs-define: error: "), lines[0]
    assert "Traceback" not in result.stderr and "╭" not in result.stderr
    return lines[0].removeprefix("cs-define: error: ")


@pytest.mark.parametrize("command", COMMANDS)
def test_unknown_option(run, command):
    line = one_error_line(run(command, *COMMANDS[command], "--zzz"))
    assert line == f"{command}: no such option '--zzz' (see 'cs-define {command} --help')"


@pytest.mark.parametrize("command", COMMANDS)
def test_unknown_short_option(run, command):
    line = one_error_line(run(command, *COMMANDS[command], "-Z"))
    assert line == f"{command}: no such option '-Z' (see 'cs-define {command} --help')"


@pytest.mark.parametrize("command", COMMANDS)
def test_misspelt_option_suggests_the_right_one(run, command):
    line = one_error_line(run(command, *COMMANDS[command], "--formatt", "json"))
    assert line.startswith(f"{command}: no such option '--formatt' (did you mean '--format'")


@pytest.mark.parametrize("command", COMMANDS)
def test_format_without_a_value_lists_the_choices(run, command):
    choices = FORMATS.get(command, "table, json, csv, markdown")
    line = one_error_line(run(command, *COMMANDS[command], "--format"))
    assert line == (f"{command}: option '--format' needs a value (choose one of {choices}; "
                    f"see 'cs-define {command} --help')")


@pytest.mark.parametrize("command", COMMANDS)
def test_bad_format_choice(run, command):
    choices = FORMATS.get(command, "table, json, csv, markdown")
    for args in (("--format", "xml"), ("-f", "xml"), ("--format=xml",), ("-fxml",)):
        line = one_error_line(run(command, *COMMANDS[command], *args))
        assert line == (f"{command}: invalid value for '--format': 'xml' is not one of "
                        f"{choices} (see 'cs-define {command} --help')"), args


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - TAKES_ANY_NUMBER_OF_IDS))
def test_extra_argument(run, command):
    line = one_error_line(run(command, *COMMANDS[command], "extra"))
    assert line == (f"{command}: unexpected extra argument(s): extra (quote a value that "
                    f"contains spaces; see 'cs-define {command} --help')")


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("terms", "where")])
def test_term_without_a_value(run, command):
    line = one_error_line(run(command, *COMMANDS[command], "--term"))
    assert line == f"{command}: option '--term' needs a value (see 'cs-define {command} --help')"


@pytest.mark.parametrize(("args", "expected"), [
    # unknown or misspelt command
    (("nosuch",), "no such command 'nosuch' (see 'cs-define --help')"),
    (("synthesise",), "no such command 'synthesise' (did you mean 'synthesize'? "
                      "see 'cs-define --help')"),
    (("List",), "no such command 'List' (did you mean 'list'? see 'cs-define --help')"),
    (("--data", "x.yaml"), "missing command (see 'cs-define --help')"),
    # missing argument or required option
    (("show",), "show: missing argument 'ID' (see 'cs-define show --help')"),
    (("history",), "history: missing argument 'ID' (see 'cs-define history --help')"),
    (("update",), "update: missing argument 'ID' (see 'cs-define update --help')"),
    (("remove", "--yes"), "remove: missing argument 'ID' (see 'cs-define remove --help')"),
    (("import",), "import: missing argument 'FILE' (see 'cs-define import --help')"),
    (("compare",), "compare: missing argument 'ID ID [ID ...]' (see 'cs-define compare --help')"),
    (("add", "--text", "T"), "add: missing option '--source' (see 'cs-define add --help')"),
    (("add", "--source", "S"), "add: missing option '--text' (see 'cs-define add --help')"),
    # too few ids (our own check)
    (("compare", "wikipedia"), "compare needs at least two definition ids"),
    # numbers
    (("synthesize", "--max-words", "abc"), "synthesize: invalid value for '--max-words': 'abc' is "
     "not a whole number (see 'cs-define synthesize --help')"),
    (("synthesize", "--max-words", "2"), "synthesize: invalid value for '--max-words': 2 is out of "
     "range; give a number from 4 to 200 (see 'cs-define synthesize --help')"),
    (("synthesize", "-n", "101"), "synthesize: invalid value for '--candidates': 101 is out of "
     "range; give a number from 0 to 100 (see 'cs-define synthesize --help')"),
    (("synthesize", "-n", "2.5"), "synthesize: invalid value for '--candidates': '2.5' is not a "
     "whole number (see 'cs-define synthesize --help')"),
    (("matrix", "--top", "x"), "matrix: invalid value for '--top': 'x' is not a whole number "
     "(see 'cs-define matrix --help')"),
    (("threads", "--min-support", "two"), "threads: invalid value for '--min-support': 'two' is "
     "not a whole number (see 'cs-define threads --help')"),
    (("threads", "--min-support", "0"), "--min-support must be at least 1, not 0"),
    (("compare", "wikipedia", "oxford", "--threshold", "high"), "compare: invalid value for "
     "'--threshold': 'high' is not a number (see 'cs-define compare --help')"),
    (("matrix", "--top"), "matrix: option '--top' needs a value (see 'cs-define matrix --help')"),
    # a flag given a value
    (("remove", "--yes=no", "wikipedia"), "remove: option '--yes' is a flag and takes no value "
     "(see 'cs-define remove --help')"),
    # options of the whole program, and a command's option given before the command
    (("--data",), "option '--data' needs a value (see 'cs-define --help')"),
    (("--nosuch", "list"), "no such option '--nosuch' (see 'cs-define --help')"),
    (("--format", "json", "list"), "no such option '--format' (put it after the command's name, "
     "e.g. 'cs-define list --format ...'; see 'cs-define --help')"),
    (("--term", "x", "show", "wikipedia"), "no such option '--term' (put it after the command's "
     "name, e.g. 'cs-define show --term ...'; see 'cs-define --help')"),
    # an option of the whole program given after a command's name
    (("synthesize", "--data", "x.yaml"), "synthesize: no such option '--data' (put it before the "
     "command's name, e.g. 'cs-define --data FILE synthesize ...'; see 'cs-define synthesize "
     "--help')"),
    (("list", "--version"), "list: no such option '--version' (it is an option of cs-define "
     "itself: 'cs-define --version'; see 'cs-define list --help')"),
    # a value split by the shell
    (("list", "--search", "customer", "care"), "list: unexpected extra argument(s): care (quote a "
     "value that contains spaces; see 'cs-define list --help')"),
])
def test_usage_error_names_the_fix(run, args, expected):
    assert one_error_line(run(*args)) == expected


@pytest.mark.parametrize("args", [("list", "--format", "x\ny"), ("list", "--fo\nrmat"),
                                  ("no\nsuch",), ("list", "--search", "a", "b\nc\x1b[2J")])
def test_user_text_cannot_break_the_line(run, args):
    line = one_error_line(run(*args))
    assert "\x1b" not in line


def test_help_version_and_a_bare_command_are_not_errors(run):
    assert run("--version").exit_code == 0
    for args in (("--help",), ("-h",), ("list", "-h"), ("compare", "--help")):
        result = run(*args)
        assert result.exit_code == 0 and "Usage" in result.stdout and "error" not in result.stderr
    bare = run()  # no command: the help, as before (exit 2, as click does)
    assert "Usage" in bare.stdout and "cs-define: error" not in bare.stderr


def test_ctrl_c_still_exits_130(run, monkeypatch):
    from cs_define import cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "load_corpus", interrupted)
    assert run("list").exit_code == 130


def test_a_real_process_prints_one_line(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "60"}
    done = subprocess.run([sys.executable, "-m", "cs_define", "list", "--format", "xml"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == ("cs-define: error: list: invalid value for '--format': 'xml' is not "
                           "one of table, json, csv, markdown (see 'cs-define list --help')\n")
