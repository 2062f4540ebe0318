"""Progress bars of the long analyses (threads, matrix, synthesize): on a terminal only."""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cs_define import cli, render

ROOT = Path(__file__).resolve().parent.parent

# Made-up definitions of another term, enough for a neighbours view (more than 30).
PARTS = ["a shared ledger", "records transactions", "across many nodes", "without a central party",
         "that cannot be altered", "kept by consensus", "for digital assets", "in ordered blocks"]


def _corpus(write_data, n: int = 40) -> Path:
    lines = ["terms:", "  - term: blockchain", "    definitions:"]
    for i in range(n):
        words = " ".join(PARTS[(i + j) % len(PARTS)] for j in range(3 + i % 3))
        lines += [f"      - id: d{i}", f"        source: Source {i}",
                  f"        text: {json.dumps('A blockchain is ' + words + '.')}"]
    return write_data("\n".join(lines) + "\n")


COMMANDS = (["threads"], ["matrix", "--top", "3"], ["synthesize"])


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _bars_to(terminal, monkeypatch) -> None:
    """Send progress bars to `terminal` (CliRunner's own stderr is never a terminal)."""
    monkeypatch.setattr(render, "progress", functools.partial(render.progress, file=terminal))


@pytest.fixture
def low_thresholds(monkeypatch):
    """Every analysis counts as long, so only the terminal check decides."""
    for name in ("PROGRESS_THREADS", "PROGRESS_MATRIX", "PROGRESS_SYNTHESIZE"):
        monkeypatch.setattr(cli, name, 1)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_long_analyses_print_nothing_to_a_stderr_that_is_not_a_terminal(
        run, write_data, low_thresholds, command):
    result = run("--data", str(_corpus(write_data)), *command)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout


@pytest.mark.parametrize(("command", "label"), list(zip(COMMANDS, (
    "Reading definitions", "Scoring pairs", "Synthesizing from 40 definitions"))),
    ids=lambda c: str(c))
def test_long_analyses_show_a_bar_when_stderr_is_a_terminal(
        run, write_data, low_thresholds, monkeypatch, command, label):
    terminal = FakeTerminal()
    _bars_to(terminal, monkeypatch)
    result = run("--data", str(_corpus(write_data)), *command)
    assert result.exit_code == 0, result.stderr
    assert label in terminal.getvalue()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_small_analyses_show_no_bar_even_on_a_terminal(run, write_data, monkeypatch, command):
    terminal = FakeTerminal()
    _bars_to(terminal, monkeypatch)
    result = run("--data", str(_corpus(write_data)), *command)
    assert result.exit_code == 0, result.stderr
    assert terminal.getvalue() == "" and result.stderr == ""


def test_no_bar_on_a_pipe_in_a_real_process(write_data):
    env = {"PYTHONPATH": str(ROOT), "PATH": "", "NO_COLOR": "1", "CS_DEFINE_CACHE": "0",
           "CS_DEFINE_HOME": str(write_data("", "home-marker").parent / "home")}
    code = ("from cs_define import cli\n"
            "cli.PROGRESS_THREADS = cli.PROGRESS_MATRIX = 1\n"
            "cli.app(sys.argv[1:], prog_name='cs-define')\n")
    path = _corpus(write_data)
    for command in (["threads"], ["matrix"]):
        done = subprocess.run([sys.executable, "-c", "import sys\n" + code, "--data", str(path),
                               *command], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        assert done.stderr == "" and done.stdout
