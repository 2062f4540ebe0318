"""The curation commands end to end: where, add, update, remove, history, import, export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from cs_define import store

from conftest import MINIMAL

ROOT = Path(__file__).resolve().parents[1]


def user_file() -> Path:
    return store.user_data_path()


def test_where_lists_bundled_and_user_files(run):
    rows = json.loads(run("where", "-f", "json").stdout)
    assert [(r["layer"], r["exists"], r["read"], r["written"]) for r in rows] == [
        ("bundled", True, True, False), ("user", False, False, True)]
    assert rows[1]["path"] == str(user_file())


def test_where_with_data_reads_and_writes_only_that_file(run, write_data):
    path = write_data(MINIMAL)
    rows = json.loads(run("--data", str(path), "where", "-f", "json").stdout)
    assert [(r["layer"], r["read"], r["written"]) for r in rows] == [
        ("data", True, True), ("bundled", False, False), ("user", False, False)]


def test_add_writes_the_user_file_and_list_shows_the_layer(run):
    result = run("add", "--source", "Cambridge Dictionary", "--text",
                 "The assistance a company gives to its customers.", "--kind", "dictionary",
                 "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == "cambridge-dictionary"
    assert "added 'cambridge-dictionary'" in result.stderr
    assert user_file().is_file()
    assert not store.bundled_data_path().read_text(encoding="utf-8").count("cambridge")
    rows = json.loads(run("list", "-f", "json").stdout)
    layers = {r["id"]: r["layer"] for r in rows}
    assert layers["cambridge-dictionary"] == "user" and layers["wikipedia"] == "bundled"
    table = run("list", "-k", "dictionary").stdout
    assert "layer" in table and "user" in table


def test_add_without_user_data_shows_no_layer_column(run):
    assert "layer" not in run("list", "-k", "encyclopedia").stdout.split("\n")[2]


def test_add_duplicate_id_suggests_update(run):
    result = run("add", "--id", "Wikipedia", "--source", "x", "--text", "y")
    assert result.exit_code == 2
    assert result.stderr.startswith("cs-define: error: term 'customer service' already has 'Wikipedia'")
    assert "cs-define update wikipedia" in result.stderr
    assert not user_file().exists()


def test_add_invalid_values_are_one_line_errors_and_write_nothing(run):
    result = run("add", "--id", "two words", "--source", "x", "--text", "y")
    assert result.exit_code == 2
    assert result.stderr == ("cs-define: error: cannot add: definition 'two words': 'id' must not "
                             "contain spaces\n")
    result = run("add", "--source", "x", "--text", " ")
    assert result.exit_code == 2 and "'text' is empty" in result.stderr
    assert not user_file().exists()


def test_add_reads_text_from_stdin(run, write_data):
    path = write_data(MINIMAL)
    result = run("--data", str(path), "add", "--source", "AWS", "--text", "-", "-f", "json",
                 input="Cloud computing is renting computers.\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["text"] == "Cloud computing is renting computers."
    assert store.load(path).terms[0].definitions[-1].id == "aws"
    assert run("--data", str(path), "add", "--source", "A", "--text", "-", input="").exit_code == 2


def test_add_to_a_new_data_file_needs_a_term(run, tmp_path):
    path = tmp_path / "new.yaml"
    result = run("--data", str(path), "add", "--source", "A", "--text", "B")
    assert result.exit_code == 2 and "name the term with --term" in result.stderr
    result = run("--data", str(path), "add", "--term", "widget", "--source", "A", "--text", "B")
    assert result.exit_code == 0, result.stderr
    assert store.load(path).terms[0].name == "widget"


def test_update_of_a_bundled_definition_overrides_it_in_the_user_file(run):
    new = "assistance and other resources that a company provides to its customers"
    result = run("update", "dictionary", "--text", new, "--date", "2024-06", "-f", "json")
    assert result.exit_code == 0, result.stderr
    row = json.loads(result.stdout)[0]
    assert (row["text"], row["date"], row["layer"]) == (new, "2024-06", "user")
    assert [r["date"] for r in row["revisions"]] == ["2013-11", "2016-02"]
    shown = json.loads(run("show", "dictionary", "-f", "json").stdout)
    assert shown["layer"] == "user" and len(shown["diffs"]) == 2
    ids = [r["id"] for r in json.loads(run("list", "-f", "json").stdout)]
    assert ids.count("dictionary") == 1 and ids.index("dictionary") == 2  # stays in place


def test_update_errors(run):
    result = run("update", "wikipdia", "--text", "x")
    assert result.exit_code == 2 and "did you mean 'wikipedia'" in result.stderr
    result = run("update", "wikipedia")
    assert result.exit_code == 2 and "nothing to change" in result.stderr


def test_history_shows_every_wording_with_diffs(run):
    run("update", "dictionary", "--text", "assistance that a company provides", "--date", "2024")
    data = json.loads(run("history", "dictionary", "-f", "json").stdout)
    assert [w["date"] for w in data["wordings"]] == ["2013-11", "2016-02", "2024"]
    last = data["diffs"][-1]["ops"]
    assert {"op": "delete", "text": " provided"} in last or any(
        o["op"] == "delete" and "provided" in o["text"] for o in last)
    table = run("history", "dictionary").stdout
    assert "3 wordings, oldest first" in table and "2016-02 → 2024" in table
    md = run("history", "wikipedia", "-f", "markdown").stdout
    assert "No earlier wording" in md


def test_remove_asks_and_refuses_without_an_answer(run, write_data):
    path = write_data(MINIMAL)
    result = run("--data", str(path), "remove", "gartner")  # no input at all: EOF
    assert result.exit_code == 2
    assert "not removed: no answer" in result.stderr and "--yes" in result.stderr
    result = run("--data", str(path), "remove", "gartner", input="n\n")
    assert result.exit_code == 2 and "is kept" in result.stderr
    assert len(store.load(path).terms[0].definitions) == 2
    result = run("--data", str(path), "remove", "gartner", input="y\n")
    assert result.exit_code == 0, result.stderr
    assert [d.id for d in store.load(path).terms[0].definitions] == ["nist"]
    assert store.backup_path(path).read_text(encoding="utf-8").count("gartner") == 1


def test_remove_never_touches_bundled_data_but_uncovers_it(run):
    result = run("remove", "wikipedia", "--yes")
    assert result.exit_code == 2 and "comes from the bundled data" in result.stderr
    run("update", "wikipedia", "--text", "A newer wording.")
    result = run("remove", "wikipedia", "--yes")
    assert result.exit_code == 0, result.stderr
    assert "the bundled definition 'wikipedia' shows again" in result.stderr
    row = json.loads(run("show", "wikipedia", "-f", "json").stdout)
    assert row["layer"] == "bundled"


def test_a_user_file_with_comments_keeps_them_through_add_and_update(run, write_data):
    text = MINIMAL.replace("    definitions:\n", "    definitions:\n      # my favourite first\n")
    path = write_data("# top comment\n" + text)
    assert run("--data", str(path), "add", "--source", "AWS", "--text", "Renting.").exit_code == 0
    assert run("--data", str(path), "update", "nist", "--text", "A model.").exit_code == 0
    new = path.read_text(encoding="utf-8")
    assert new.startswith("# top comment\n")
    assert new.index("# my favourite first") < new.index("id: nist") < new.index("id: gartner") \
        < new.index("id: aws")


# --- import ------------------------------------------------------------------------------------


def test_import_text_reports_each_entry_and_dry_run_changes_nothing(run, tmp_path):
    post = tmp_path / "post.md"
    post.write_text(
        "Our list:\n"
        '- **Oxford British Dictionary**: "The assistance and advice provided by a company to '
        'those people who buy or use its products or services."\n'
        'According to Cambridge (2024), "The assistance a company gives to its customers."\n'
        '- **Gartner**: "no closing quote\n'
        '- **Wikipedia**: "A different wording."\n', encoding="utf-8")
    result = run("import", str(post), "--dry-run", "-f", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert [(e["line"], e["status"]) for e in report["entries"]] == [
        (2, "skipped"), (3, "taken"), (4, "malformed"), (5, "conflict")]
    assert report["entries"][0]["reason"] == "same wording as 'oxford'"
    assert report["entries"][1]["id"] == "cambridge-2024"
    assert report["dry_run"] is True and not user_file().exists()
    table = run("import", str(post)).stdout
    assert "took 1, skipped 1, 1 in conflict, 1 malformed" in table
    assert json.loads(run("show", "cambridge-2024", "-f", "json").stdout)["layer"] == "user"


def test_import_csv(run, tmp_path, write_data):
    path = write_data(MINIMAL)
    sheet = tmp_path / "defs.csv"
    sheet.write_text("id,source,text,date,kind\nibm,IBM,Cloud is on-demand IT.,2020,vendor\n"
                     "bad,row\n", encoding="utf-8")
    result = run("--data", str(path), "import", str(sheet), "-f", "json")
    report = json.loads(result.stdout)
    assert (report["taken"], report["malformed"]) == (1, 1)
    ibm = store.load(path).terms[0].definitions[-1]
    assert (ibm.id, ibm.date, ibm.kind) == ("ibm", "2020", "vendor")


def test_import_json_from_list_output(run, tmp_path, write_data):
    exported = tmp_path / "rows.json"
    exported.write_text(run("list", "-k", "encyclopedia", "-f", "json").stdout, encoding="utf-8")
    path = tmp_path / "fresh.yaml"
    result = run("--data", str(path), "import", str(exported), "-f", "json")
    assert json.loads(result.stdout)["taken"] == 1, result.stderr
    assert store.load(path).terms[0].definitions[0].id == "wikipedia"


def test_import_of_an_unreadable_file_is_one_line(run, tmp_path):
    result = run("import", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and result.stderr.endswith("missing.txt: file not found\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("terms: [", encoding="utf-8")
    result = run("import", str(bad))
    assert result.exit_code == 2 and "not valid YAML" in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("just prose\n", encoding="utf-8")
    result = run("import", str(empty))
    assert result.exit_code == 2 and "no definitions found" in result.stderr


def _plain(term):
    return replace(term, line=None,
                   definitions=tuple(replace(d, line=None, layer="") for d in term.definitions),
                   aggregates=tuple(replace(d, line=None, layer="") for d in term.aggregates))


def test_export_yaml_then_import_gives_the_same_data(run, tmp_path):
    run("update", "dictionary", "--text", "A third wording.", "--date", "2024")
    exported = tmp_path / "export.yaml"
    result = run("export", "-f", "yaml")
    assert result.exit_code == 0, result.stderr
    exported.write_text(result.stdout, encoding="utf-8")
    target = tmp_path / "copy.yaml"
    result = run("--data", str(target), "import", str(exported), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["conflict"] == 0
    original = store.load_layered().terms[0]
    copy = store.load(target).terms[0]
    assert _plain(copy) == _plain(original)


def test_export_markdown_html_and_json(run):
    md = run("export").stdout
    assert md.startswith("# Defining “customer service”")
    for heading in ("## Definitions", "## Common threads", "## Aggregated definition\n",
                    "## Aggregated definitions written by people", "## Revisions"):
        assert heading in md
    assert "| 1 | Wikipedia | Customer service is the provision" in md
    page = run("export", "-f", "html").stdout
    assert page.startswith("<!DOCTYPE html>") and "<h2>Common threads</h2>" in page
    data = json.loads(run("export", "-f", "json").stdout)
    assert set(data) == {"term", "definitions", "threads", "aggregated", "aggregates", "revisions"}
    assert data["aggregated"]["definition"] and data["aggregated"]["provenance"]
    assert run("export", "--term", "nope").exit_code == 2


# --- two processes at once ---------------------------------------------------------------------


def test_two_add_processes_at_once_both_land(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CS_DEFINE_HOME": str(tmp_path / "home"),
           "NO_COLOR": "1"}
    procs = [subprocess.Popen(
        [sys.executable, "-m", "cs_define", "add", "--source", name, "--text", f"Text by {name}."],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("Alpha", "Beta")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    user = store.load(tmp_path / "home" / "definitions.yaml")
    assert {d.id for d in user.terms[0].definitions} == {"alpha", "beta"}


def test_add_without_id_refuses_a_source_that_is_already_there(run):
    first = run("add", "--source", "Cambridge Dictionary", "--text", "The help a company gives.")
    assert first.exit_code == 0, first.stderr
    again = run("add", "--source", "Cambridge Dictionary", "--text", "Another wording.")
    assert again.exit_code == 2
    assert "already has 'cambridge-dictionary'" in again.stderr
    assert "cs-define update cambridge-dictionary" in again.stderr and "give --id" in again.stderr
    rows = json.loads(run("list", "-f", "json", "--search", "Cambridge").stdout)
    assert [r["id"] for r in rows] == ["cambridge-dictionary"]
    second = run("add", "--source", "Cambridge Dictionary", "--id", "cambridge-2", "--text", "Another wording.")
    assert second.exit_code == 0, second.stderr
