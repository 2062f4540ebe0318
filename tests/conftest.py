"""Shared fixtures: a CLI runner with colour off, and helpers to write data files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import os

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from cs_define.cli import app

# On CI, property tests replay a fixed sequence of examples so a run cannot turn red by chance;
# locally they stay random and keep looking for new counterexamples.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

MINIMAL = """\
terms:
  - term: cloud computing
    definitions:
      - id: nist
        source: NIST SP 800-145
        text: "Cloud computing is a model for enabling ubiquitous, convenient, on-demand network access to a shared pool of configurable computing resources."
      - id: gartner
        source: Gartner
        text: "A style of computing in which scalable and elastic IT-enabled capabilities are delivered as a service using internet technologies."
"""


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch, tmp_path):
    """No colour, no user data file and no data override leak in from the machine."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("CS_DEFINE_DATA", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setenv("CS_DEFINE_HOME", str(tmp_path / "user-data"))


@pytest.fixture
def run():
    """Run the CLI in-process; return the click Result (stdout and stderr kept apart)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def write_data(tmp_path):
    """Write YAML text (dedented) to a file and return its path."""

    def write(text: str, name: str = "defs.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write
