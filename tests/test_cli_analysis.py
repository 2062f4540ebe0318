"""compare, threads and matrix end to end: content, every format, and every error."""

from __future__ import annotations

import csv
import io
import json

import pytest

FORMATS = ("table", "json", "csv", "markdown")


def test_compare_two_shows_scores_shared_terms_phrasing_unique_terms_and_diff(run):
    result = run("compare", "oxford", "dictionary")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for heading in ("Similarity scores", "Shared terms", "Similar phrasing", "Unique terms", "Word diff"):
        assert heading in out
    assert "people who buy or use its products or services" in out
    assert "oxford: assistance; dictionary: assistance" in out
    assert "advice" in out and "resources" in out


def test_compare_json(run):
    data = json.loads(run("compare", "oxford", "dictionary", "ai", "-f", "json").stdout)
    assert data["ids"] == ["oxford", "dictionary", "ai"]
    assert [(p["a"], p["b"]) for p in data["pairs"]] == [("oxford", "dictionary"), ("oxford", "ai"), ("dictionary", "ai")]
    assert set(data["pairs"][0]["scores"]) == {"ratio", "token_set_ratio", "partial_ratio", "jaccard"}
    shared = {t["term"]: t for t in data["shared_terms"]}
    assert shared["assistance"]["ids"] == ["oxford", "dictionary", "ai"]
    assert shared["provided"]["forms"]["ai"] == ["provided", "provide"]
    phrase = data["similar_phrases"][0]
    assert {phrase["a"]["id"], phrase["b"]["id"]} <= set(data["ids"]) and phrase["score"] >= 80
    assert any("products or services" in p["a"]["phrase"] for p in data["similar_phrases"])
    assert data["unique_terms"]["dictionary"] == ["resources"]
    assert "diff" not in data
    two = json.loads(run("compare", "oxford", "dictionary", "-f", "json").stdout)
    assert {op["op"] for op in two["diff"]} == {"equal", "insert", "delete"}


def test_compare_csv_and_markdown(run):
    rows = list(csv.reader(io.StringIO(run("compare", "turban", "investopedia", "-f", "csv").stdout)))
    assert rows[0][:3] == ["a", "b", "ratio"] and rows[1][:2] == ["turban", "investopedia"]
    md = run("compare", "turban", "investopedia", "-f", "markdown").stdout
    assert "### Similar phrasing" in md and "customer satisfaction" in md
    assert "~~" in md and "**" in md  # the diff: deletions struck, insertions bold


@pytest.mark.parametrize(("args", "message"), [
    (("compare", "oxfrod", "dictionary"), "did you mean 'oxford'"),
    (("compare", "oxford", "oxford"), "more than once"),
    (("compare", "oxford"), "at least two"),
    (("compare", "oxford", "ai", "--threshold", "150"), "between 0 and 100"),
    (("matrix", "--scorer", "jacard"), "did you mean 'jaccard'"),
    (("matrix", "--ids", "oxford"), "at least two"),
    (("matrix", "--top", "0"), "at least 1"),
    (("threads", "--min-support", "0"), "at least 1"),
    (("synthesize", "--min-support", "0"), "--min-support must be at least 1"),
    (("threads", "--exclude", "wikipdia"), "did you mean 'wikipedia'"),
])
def test_errors_are_one_line_with_exit_code_2(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_compare_bad_threshold_type_is_a_usage_error(run):
    result = run("compare", "oxford", "ai", "--threshold", "high")
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_threads_without_the_crowd_put_the_hand_found_threads_near_the_top(run):
    data = json.loads(run("threads", "--exclude-kind", "crowd", "-f", "json").stdout)
    labels = [t["thread"] for t in data]
    top = labels[:15]
    for thread in ("products or services", "assistance", "company", "customer satisfaction",
                   "before, during and after"):
        assert thread in top, (thread, labels)
    assert any(label.startswith("interaction") for label in top)
    assert data[-1]["is_term"]
    by_label = {t["thread"]: t for t in data}
    assert by_label["products or services"]["forms"]["turban"] == "product or service"
    assert by_label["products or services"]["support"] == len(by_label["products or services"]["ids"]) == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_threads_every_format(run, fmt):
    result = run("threads", "--ids", "turban", "--ids", "investopedia", "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert "customer satisfaction" in result.stdout


def test_threads_min_support_and_selection(run):
    data = json.loads(run("threads", "--kind", "dictionary", "--min-support", "3", "-f", "json").stdout)
    assert data and all(t["support"] >= 3 for t in data)
    assert {"thread", "support", "ids", "forms", "key", "is_term"} <= set(data[0])


def test_matrix_table_names_central_and_distinct(run):
    result = run("matrix", "--exclude-kind", "crowd")
    assert result.exit_code == 0, result.stderr
    assert "Most central: wikipedia" in result.stdout
    assert "Most distinct: " in result.stdout and "93.7" in result.stdout  # wikipedia ~ ai


@pytest.mark.parametrize("fmt", FORMATS)
def test_matrix_every_format(run, fmt):
    result = run("matrix", "--kind", "dictionary", "--scorer", "jaccard", "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert "oxford" in result.stdout


def test_matrix_json_and_csv_agree(run):
    data = json.loads(run("matrix", "--kind", "dictionary", "-f", "json").stdout)
    assert data["scorer"] == "token_set_ratio" and data["neighbours"] is None
    i, j = data["ids"].index("oxford"), data["ids"].index("dictionary")
    assert data["matrix"][i][j] == data["matrix"][j][i] == 91.3
    rows = list(csv.reader(io.StringIO(run("matrix", "--kind", "dictionary", "-f", "csv").stdout)))
    assert rows[0] == ["id", *data["ids"]]
    assert float(rows[1 + i][1 + j]) == 91.3
    assert data["central"] in data["ids"] and data["distinct"] in data["ids"]


def test_matrix_of_many_definitions_shows_neighbours(run, write_data):
    lines = ["terms:", "  - term: widget", "    definitions:"]
    for n in range(35):
        lines += [f"      - id: w{n}", "        source: S",
                  f"        text: \"A widget is a part number {n} with gear {n % 5} and shaft {n % 7}.\""]
    path = write_data("\n".join(lines) + "\n")
    result = run("--data", str(path), "matrix", "--top", "2")
    assert result.exit_code == 0, result.stderr
    assert "too many for a readable matrix" in result.stdout
    data = json.loads(run("--data", str(path), "matrix", "--top", "2", "-f", "json").stdout)
    assert data["matrix"] is None and len(data["neighbours"]["w0"]) == 2
    assert all(n["id"] != "w0" for n in data["neighbours"]["w0"])


@pytest.mark.parametrize("command", ["compare", "threads", "matrix"])
def test_help_documents_every_option(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "--format" in result.stdout
    assert "--term" in result.stdout


def test_ids_are_read_the_same_way_by_every_analysis_command(run):
    """--ids and --exclude take repeated options or comma-separated lists, everywhere."""
    for command in ("threads", "matrix", "synthesize"):
        comma = run(command, "--ids", "wikipedia,oxford,ai", "-f", "json")
        repeated = run(command, "--ids", "wikipedia", "--ids", "oxford", "--ids", "ai", "-f", "json")
        assert comma.exit_code == 0, (command, comma.stderr)
        assert comma.stdout == repeated.stdout, command
        refused = run(command, "--exclude", "verygoodservice-2013")
        assert refused.exit_code == 2
        assert "reference aggregate" in refused.stderr, command
        unknown = run(command, "--ids", "wikipedia,oxfrd")
        assert unknown.exit_code == 2 and "did you mean 'oxford'" in unknown.stderr, command


def test_a_long_neighbours_table_is_cut_for_reading_but_csv_lists_all(run, write_data, monkeypatch):
    from cs_define import render

    monkeypatch.setattr(render, "MAX_NEIGHBOUR_ROWS", 10)
    lines = ["terms:", "  - term: widget", "    definitions:"]
    for n in range(35):
        lines += [f"      - id: w{n}", "        source: S",
                  f"        text: \"A widget is a part number {n} with gear {n % 5} and shaft {n % 7}.\""]
    path = write_data("\n".join(lines) + "\n")
    table = run("--data", str(path), "matrix", "--top", "1").stdout
    assert "the first 10 of 35 definitions; --format csv or json lists them all" in " ".join(table.split())
    assert " w9 " in table and " w10 " not in table
    rows = run("--data", str(path), "matrix", "--top", "1", "-f", "csv").stdout.splitlines()
    assert len(rows) == 1 + 35
