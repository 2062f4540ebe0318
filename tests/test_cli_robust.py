"""Start-up imports and bad command lines: exit 2, a message naming the fix, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from enum import Enum
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("yaml", "rapidfuzz", "numpy", "snowballstemmer", "cs_define.store", "cs_define.text",
         "cs_define.compare", "cs_define.select", "cs_define.cache", "cs_define.threads",
         "cs_define.synthesize", "cs_define.matrix", "cs_define.usage")


def imported_by(*args: str) -> set[str]:
    """Run the CLI in a fresh interpreter; return the modules it had imported at exit."""
    code = ("import atexit, json, sys\n"
            "atexit.register(lambda: sys.__stderr__.write('MODULES=' + json.dumps(sorted(sys.modules))))\n"
            "from cs_define.cli import main\n"
            f"sys.argv = ['cs-define', *{list(args)!r}]\n"
            "main()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.rsplit("MODULES=", 1)[1]))


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("list", "--help"),
                                  ("show", "--help")])
def test_help_and_version_import_nothing_heavy(args):
    modules = imported_by(*args)
    assert "typer" in modules  # the probe works
    heavy = {m for m in modules if m in HEAVY or m.split(".")[0] in HEAVY}
    assert not heavy, heavy


def test_version_does_not_import_rich_at_all():
    # --help renders with typer's own rich help (which needs rich.table); --version needs none.
    assert not {m for m in imported_by("--version") if m.split(".")[0] == "rich"}


def test_list_as_json_does_not_import_rich_or_rapidfuzz():
    modules = imported_by("list", "--format", "json")
    assert "cs_define.store" in modules  # the probe saw the command run
    assert not {m for m in modules if m.split(".")[0] in ("rich", "rapidfuzz", "numpy")}
    assert "cs_define.changes" not in modules  # reading pays nothing for the write path


@pytest.mark.parametrize("args", [("list",), ("compare", "wikipedia", "oxford"),
                                  ("list", "--kind", "dictionary", "--format", "JSON"),
                                  ("--data", str(ROOT / "data" / "definitions.yaml"), "list")])
def test_values_that_need_no_coercion_do_not_import_pydantic(args):
    # typer 0.29 would build a pydantic TypeAdapter for each option, given or not.
    modules = imported_by(*args)
    assert "cs_define.store" in modules  # the probe saw the command run
    assert "pydantic" not in modules


def test_skipping_coercion_gives_what_typer_gives_for_every_parameter(tmp_path):
    import typer.main
    from typer import _click

    from cs_define.cli import _TYPER_S_OWN, _coerce, _process_value, app

    group = typer.main.get_command(app)
    commands = [group, *(group.commands[name] for name in group.commands)]
    checked = 0
    for command in commands:
        ctx = _click.Context(command)
        for param in command.get_params(ctx):
            annotation = param.type_descriptor.annotation
            members = list(annotation) if isinstance(annotation, type) and issubclass(
                annotation, Enum) else []
            for value in (None, "x", "", str(tmp_path), str(tmp_path / "no"), ("a", "b"),
                          "JSON", 0, 1, 2.5, 1000, -1.0, True, *members[:2]):
                try:
                    expected = type(param).process_value(param, ctx, value)
                except Exception as exc:  # typer refuses it: so must the shortcut
                    expected = type(exc)
                try:
                    got = _process_value(param, ctx, value)
                except Exception as exc:
                    got = type(exc)
                assert got == expected, (command.name, param.name, value)
                checked += _coerce(param, ctx, value) is not _TYPER_S_OWN
    assert checked > 50  # the shortcut was taken, not only typer's path


def test_a_command_converts_only_its_own_parameters(run, monkeypatch):
    # Typer converts every registered command before running one; `list` pays for `list` only.
    import typer.main

    converted = []
    convert = typer.main.get_command_from_info

    def counting(command_info, **kwargs):
        converted.append(command_info.callback.__name__)
        return convert(command_info, **kwargs)

    monkeypatch.setattr(typer.main, "get_command_from_info", counting)
    assert json.loads(run("list", "--format", "json").stdout)
    assert converted == ["list_"]
    converted.clear()
    assert "synthesize" in run("--help").stdout  # help lists every command
    assert len(converted) >= 14


def usage_error(result, *needles: str) -> str:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    text = result.stdout + result.stderr
    assert "Traceback" not in text
    for needle in needles:
        assert needle in text, text
    return text


@pytest.mark.parametrize(("args", "line"), [
    (("list", "--frmat", "json"), "list: no such option '--frmat' (did you mean '--format' or "
                                  "'--term'? see 'cs-define list --help')"),
    (("list", "--format", "yaml"), "list: invalid value for '--format': 'yaml' is not one of "
                                   "table, json, csv, markdown (see 'cs-define list --help')"),
    (("terms", "--format"), "terms: option '--format' needs a value (choose one of table, json, "
                            "csv, markdown; see 'cs-define terms --help')"),
    (("show",), "show: missing argument 'ID' (see 'cs-define show --help')"),
    (("show", "a", "b"), "show: unexpected extra argument(s): b (quote a value that contains "
                         "spaces; see 'cs-define show --help')"),
    (("list", "extra"), "list: unexpected extra argument(s): extra (quote a value that contains "
                        "spaces; see 'cs-define list --help')"),
    (("lst",), "no such command 'lst' (did you mean 'list'? see 'cs-define --help')"),
    (("list", "--search"), "list: option '--search' needs a value (see 'cs-define list --help')"),
    (("--data",), "option '--data' needs a value (see 'cs-define --help')"),
])
def test_typing_mistakes_are_usage_errors(run, args, line):
    result = run(*args)
    usage_error(result)
    assert result.stderr == f"cs-define: error: {line}\n"


@pytest.mark.parametrize(("args", "needles"), [
    (("show", "wikipdia"), ("no definition 'wikipdia'", "did you mean 'wikipedia'?")),
    (("show", "zzzz"), ("no definition 'zzzz'", "the ids are 'wikipedia'", "in all")),
    (("show", ""), ("no definition ''",)),
    (("list", "--term", "custmer service"), ("did you mean 'customer service'?",)),
    (("list", "--term", "zzz"), ("no term 'zzz'", "the terms are 'customer service'")),
    (("show", "wikipedia", "--term", "zzz"), ("no term 'zzz'",)),
    (("list", "--kind", "dictionnary"), ("did you mean 'dictionary'?",)),
    (("list", "--exclude-kind", "zzz"), ("no definition has kind 'zzz'", "known: ai")),
    (("list", "--perspective", "custmer"), ("did you mean 'customer'?",)),
    (("list", "--search", "..."), ("--search needs some letters or digits",)),
])
def test_unknown_names_say_what_exists(run, args, needles):
    text = usage_error(run(*args), *needles)
    assert text.startswith("cs-define: error: ") and text.count("\n") == 1


@pytest.mark.parametrize("command", [("list",), ("show", "wikipedia"), ("terms",)])
def test_data_that_is_not_a_file(run, tmp_path, command, monkeypatch):
    usage_error(run("--data", str(tmp_path), *command), "is a directory, not a data file")
    usage_error(run("--data", str(tmp_path / "nope.yaml"), *command), "file not found")
    monkeypatch.setenv("CS_DEFINE_DATA", str(tmp_path))
    usage_error(run(*command), "is a directory")


def test_format_is_case_insensitive(run):
    assert json.loads(run("list", "-f", "JSON").stdout)


def test_no_traceback_from_a_real_process_on_bad_data(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    for args in (["--data", str(tmp_path), "list"], ["list", "--format", "yaml"], ["show"]):
        done = subprocess.run([sys.executable, "-m", "cs_define", *args], capture_output=True,
                              text=True, env=env, cwd=tmp_path)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr


def test_compare_of_two_definitions_does_not_import_numpy():
    # a few thousand phrase pairs are scored one by one, not by cdist (whose numpy costs ~80 ms)
    modules = imported_by("compare", "wikipedia", "oxford")
    assert "cs_define.compare" in modules  # the probe saw the command run
    assert "numpy" not in modules
