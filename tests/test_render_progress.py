"""render: the progress bar helper (terminal only)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from cs_define.render import progress, track

ROOT = Path(__file__).resolve().parent.parent


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_prints_nothing_when_stderr_is_not_a_terminal(capsys):
    with progress(1000, "Scoring pairs") as advance:
        for _ in range(1000):
            advance(1)
    assert list(track(range(50), "Reading")) == list(range(50))
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_progress_prints_nothing_to_a_pipe_in_a_real_process():
    code = ("from cs_define.render import track\n"
            "import sys\n"
            "assert sum(track(range(100000), 'Counting')) == 4999950000\n"
            "assert 'rich' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and done.stdout == ""


def test_progress_shows_a_bar_on_a_terminal_and_only_when_enabled():
    terminal = FakeTerminal()
    assert list(track([1, 2, 3], "Comparing", file=terminal)) == [1, 2, 3]
    assert "Comparing" in terminal.getvalue()
    quiet = FakeTerminal()
    with progress(10, "Small job", enabled=False, file=quiet) as advance:
        advance(10)
    assert quiet.getvalue() == ""
