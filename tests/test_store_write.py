"""store writing: layering, atomic writes with a backup, locking, comments kept, refusals."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cs_define import changes, store
from cs_define.errors import DataError

ROOT = Path(__file__).resolve().parents[1]

COMMENTED = """\
# My glossary: keep this comment.
terms:
  - term: cloud computing   # the term I care about
    definitions:
      # NIST first, always
      - id: nist
        source: NIST SP 800-145
        text: 'A model for enabling on-demand network access.'

      # then the analysts
      - id: gartner
        source: Gartner
        text: "A style of computing with elastic capabilities."
    stopwords: [cloud]
"""


def put(ident: str, text: str = "Some wording.", term: str = "cloud computing", **extra):
    return changes.PutRecord(term, {"id": ident, "source": f"Source {ident}", "text": text, **extra})


def test_edit_creates_a_missing_file_that_loads(tmp_path):
    path = tmp_path / "sub" / "defs.yaml"
    corpus = store.edit(path, [put("aws", "Cloud is renting computers.")], layer="data")
    assert path.is_file()
    assert corpus.terms[0].definitions[0].text == "Cloud is renting computers."
    assert store.load(path).terms[0].definitions[0].id == "aws"
    assert not store.backup_path(path).exists()  # nothing to back up yet


def test_edit_keeps_comments_order_and_quoting(tmp_path):
    path = tmp_path / "defs.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    store.edit(path, [put("aws")])
    new = path.read_text(encoding="utf-8")
    old_lines = COMMENTED.splitlines()
    new_lines = new.splitlines()
    # Every old line is still there, in the same order: an add only inserts lines.
    it = iter(new_lines)
    assert all(any(line == candidate for candidate in it) for line in old_lines), new
    assert new.index("id: nist") < new.index("id: gartner") < new.index("id: aws")
    assert "text: 'A model for enabling on-demand network access.'" in new


def test_update_in_place_keeps_the_comment_above_the_next_entry(tmp_path):
    path = tmp_path / "defs.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    store.edit(path, [put("nist", "A new wording.", revisions=[{"text": "old"}])])
    new = path.read_text(encoding="utf-8")
    assert new.index("# NIST first") < new.index("id: nist") < new.index("# then the analysts") \
        < new.index("id: gartner")
    assert store.load(path).terms[0].definitions[0].revisions[0].text == "old"


def test_delete_keeps_the_comments_of_the_others(tmp_path):
    path = tmp_path / "defs.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    store.edit(path, [changes.DeleteRecord("Cloud Computing", "NIST")])
    new = path.read_text(encoding="utf-8")
    assert "nist" not in new
    assert "# My glossary: keep this comment." in new and "id: gartner" in new


def test_previous_file_is_kept_as_backup(tmp_path):
    path = tmp_path / "defs.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    store.edit(path, [put("aws")])
    assert store.backup_path(path).read_text(encoding="utf-8") == COMMENTED


def test_a_failure_during_the_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "defs.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    real_replace = os.replace

    def crash(src, dst):
        if Path(dst) == path:
            raise KeyboardInterrupt  # Ctrl-C at the worst moment
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        store.edit(path, [put("aws")])
    assert path.read_text(encoding="utf-8") == COMMENTED
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_disk_error_is_one_line_and_leaves_the_file(tmp_path, monkeypatch):
    path = tmp_path / "defs.yaml"
    path.write_text(COMMENTED, encoding="utf-8")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DataError, match="cannot write: No space left on device"):
        store.edit(path, [put("aws")])
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_a_write_the_loader_would_reject_is_refused_before_touching_disk(tmp_path):
    path = tmp_path / "defs.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    before = path.stat().st_mtime_ns
    with pytest.raises(DataError, match="not written, the result would not load: .*'text' is empty"):
        store.edit(path, [put("aws", text="  ")])
    with pytest.raises(DataError, match=r"line \d+: definition 'a b': 'id' must not contain spaces"):
        store.edit(path, [put("a b")])
    assert path.stat().st_mtime_ns == before
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_a_file_the_loader_rejects_is_never_edited(tmp_path):
    path = tmp_path / "defs.yaml"
    path.write_text("terms:\n  - term: x\n    definitions:\n      - id: a\n        text: t\n")
    with pytest.raises(DataError, match="missing the required field 'source'"):
        store.edit(path, [put("b", term="x")])


def test_values_pyyaml_would_misread_are_quoted(tmp_path):
    path = tmp_path / "defs.yaml"
    store.edit(path, [put("on", text="yes", kind="no", source="2013", date="2013-11-05")])
    record = store.load(path).terms[0].definitions[0]
    assert (record.id, record.text, record.kind, record.source, record.date) == \
        ("on", "yes", "no", "2013", "2013-11-05")


def test_dump_terms_reads_back_to_the_same_terms():
    bundled = store.load(store.bundled_data_path())
    again = store.loads(store.dump_terms(bundled.terms), "dump")
    strip = _without_positions
    assert [strip(t) for t in again.terms] == [strip(t) for t in bundled.terms]


def _without_positions(term):
    from dataclasses import replace

    return replace(term, line=None,
                   definitions=tuple(replace(d, line=None, layer="-") for d in term.definitions),
                   aggregates=tuple(replace(d, line=None, layer="-") for d in term.aggregates))


# --- layers ------------------------------------------------------------------------------------


def test_user_layer_overrides_by_term_and_id_and_adds_new_ones(tmp_path):
    base = store.loads(COMMENTED, "base", layer="bundled")
    over = store.loads(textwrap.dedent("""\
        terms:
          - term: CLOUD COMPUTING
            definitions:
              - id: Gartner
                source: Gartner 2024
                text: "A newer wording."
              - id: aws
                source: AWS
                text: "Renting computers."
            stopwords: [computing]
          - term: edge computing
            definitions:
              - id: x
                source: X
                text: "Near the user."
        """), "user", layer="user")
    merged = store.layer_over(base, over)
    cloud = merged.terms[0]
    assert cloud.name == "cloud computing"
    assert [(d.id, d.layer) for d in cloud.definitions] == [
        ("nist", "bundled"), ("Gartner", "user"), ("aws", "user")]
    assert cloud.definitions[1].text == "A newer wording."
    assert cloud.stopwords == ("cloud", "computing")
    assert [t.name for t in merged.terms] == ["cloud computing", "edge computing"]


def test_user_data_dir_follows_cs_define_home(tmp_path, monkeypatch):
    monkeypatch.setenv("CS_DEFINE_HOME", str(tmp_path / "home"))
    assert store.user_data_path() == tmp_path / "home" / "definitions.yaml"
    monkeypatch.delenv("CS_DEFINE_HOME")
    assert store.user_data_path().name == "definitions.yaml"
    assert "cs-define" in str(store.user_data_path())


def test_load_layered_reads_only_the_data_file_when_given(tmp_path, write_data):
    store.edit(store.user_data_path(), [changes.PutRecord("customer service", {
        "id": "mine", "source": "Me", "text": "Helping people."})])
    layered = store.load_layered()
    assert any(d.id == "mine" and d.layer == "user" for d in layered.terms[0].definitions)
    alone = store.load_layered(write_data(COMMENTED))
    assert [t.name for t in alone.terms] == ["cloud computing"]
    assert {d.layer for d in alone.terms[0].definitions} == {"data"}


# --- two processes at once ---------------------------------------------------------------------

_WRITER = """
import sys
from cs_define import changes, store
path, name = sys.argv[1], sys.argv[2]
for i in range(int(sys.argv[3])):
    store.edit(path, [changes.PutRecord("t", {"id": f"{name}-{i}", "source": name, "text": f"text {i}"})])
"""


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "defs.yaml"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = 15
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name, str(runs)], env=env,
                              stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    ids = {d.id for d in store.load(path).terms[0].definitions}
    assert ids == {f"{n}-{i}" for n in ("a", "b") for i in range(runs)}
