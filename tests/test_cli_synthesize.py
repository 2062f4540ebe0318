"""`cs-define synthesize` end to end: formats, options and errors."""

from __future__ import annotations

import csv
import io
import json

from conftest import MINIMAL

SEED_2013 = "wikipedia,businessdictionary,dictionary,wordiq,turban,oxford"


def test_table_shows_definition_provenance_threads_similarity_and_references(run):
    result = run("synthesize", "--ids", SEED_2013)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for heading in ("Synthesized definition of 'customer service'", "Provenance", "Common threads",
                    "similarity to the result", "Against the human reference aggregates"):
        assert heading in out
    assert "verygoodservice-2013" in out and "Candidates" not in out


def test_json_has_the_documented_fields(run):
    data = json.loads(run("synthesize", "--ids", SEED_2013, "-f", "json").stdout)
    assert {"term", "definition", "ids", "threads", "provenance", "similarity", "references"} <= set(data)
    assert data["term"] == "customer service"
    assert data["ids"] == SEED_2013.split(",")
    assert all({"thread", "covered"} <= set(t) for t in data["threads"])
    assert all(p["ids"] for p in data["provenance"])
    assert "".join(p["phrase"] for p in data["provenance"]).replace(" ", "") == \
        data["definition"].replace(" ", "")
    assert {r["id"] for r in data["references"]} == {"verygoodservice-2013", "verygoodservice-2023"}
    assert 0 <= data["references"][0]["rouge1"]["f1"] <= 1
    assert "verygoodservice-2013" not in data["ids"]  # aggregates are never sources


def test_json_is_deterministic(run):
    first = run("synthesize", "-f", "json", "--exclude-kind", "crowd").stdout
    assert first == run("synthesize", "-f", "json", "--exclude-kind", "crowd").stdout


def test_candidates_csv_and_markdown(run):
    rows = list(csv.DictReader(io.StringIO(run("synthesize", "--ids", SEED_2013, "-n", "3", "-f", "csv").stdout)))
    assert 1 <= len(rows) <= 3 and rows[0]["#"] == "1"
    assert float(rows[0]["score"]) >= float(rows[-1]["score"])
    md = run("synthesize", "--ids", SEED_2013, "-n", "2", "-f", "markdown").stdout
    assert "### Candidates, best first" in md and "| \\# | score |" in md
    assert "a lower score can rank higher" in md  # the order is explained where it is shown


def test_max_words_and_min_support(run):
    data = json.loads(run("synthesize", "--ids", SEED_2013, "--max-words", "15", "-f", "json").stdout)
    assert data["words"] <= 15
    data = json.loads(run("synthesize", "--ids", SEED_2013, "--min-support", "3", "-f", "json").stdout)
    assert all(t["support"] >= 3 for t in data["threads"])


def test_exclude_kind_perspective_and_exclude(run):
    data = json.loads(run("synthesize", "--exclude-kind", "crowd", "--exclude", "ai", "-f", "json").stdout)
    assert "ai" not in data["ids"] and "koltie" not in data["ids"]
    data = json.loads(run("synthesize", "--perspective", "organization", "-k", "dictionary", "-f", "json").stdout)
    assert "wikipedia" not in data["ids"] and "oxford" in data["ids"]


def test_explain_says_why_and_what_was_left_out(run):
    out = run("synthesize", "--ids", SEED_2013, "--explain").stdout
    assert "Why each part is there" in out and "word for word from" in out
    assert "Frequent wording left out, and why" in out
    assert "specific to one source" in out
    assert "How candidates are scored" in out and "half of it is consensus" in out
    assert "(s)" not in out  # counts agree with their nouns: "1 join", "3 sources"
    # the six 2013 sources have no grammatical fusion: their central source is shown, and said
    assert "0 joins)" in out and "no join of the sources passes the grammar guards" in out
    fused = run("synthesize", "--exclude-kind", "crowd", "--explain").stdout
    assert "1 join)" in fused and "is used by 1 source (" in fused and "(s)" not in fused


def test_a_thread_one_source_says_in_its_defining_clause_is_explained_as_such():
    from cs_define.model import Definition
    from cs_define.synthesize import ThreadUse, _left_out, defining_clause, synthesize
    from cs_define.text import Analyzer

    texts = ["Composting is the decay of kitchen waste in a heap to make soil.",
             "The decay of garden waste in a heap over months.",
             "The breakdown of kitchen waste in a bin. It makes soil for gardens."]
    sources = [Definition(id=f"d{i}", source="S", text=t) for i, t in enumerate(texts, 1)]
    analyzer = Analyzer("composting")
    result = synthesize("composting", sources, analyzer, min_words=4)
    # whether or not the result says it, ask why "soil" would be left out
    uses = [ThreadUse(u.thread, False) if u.thread.label == "soil" else u for u in result.threads]
    clauses = [defining_clause(analyzer.tokens(d.text)) for d in sources]
    reasons = {x.wording: x.reason
               for x in _left_out(uses, result.candidates, sources, clauses, analyzer)}
    assert "soil" in reasons, reasons
    assert reasons["soil"].startswith("only d1 says it in its defining clause; d3 says it "
                                      "outside the defining clause")


def test_a_thread_no_candidate_has_is_explained_with_the_word_range():
    import dataclasses

    from cs_define.model import Definition
    from cs_define.synthesize import ThreadUse, _left_out, defining_clause, synthesize
    from cs_define.text import Analyzer

    texts = ["Composting is the decay of kitchen waste in a heap to make soil.",
             "The decay of garden waste in a heap to make soil over months."]
    sources = [Definition(id=f"d{i}", source="S", text=t) for i, t in enumerate(texts, 1)]
    analyzer = Analyzer("composting")
    result = synthesize("composting", sources, analyzer, min_words=4)
    # the shared phrase is in both defining clauses; with no candidate saying it, the reason
    # names the word range the candidates had to fit (a shorter fusion or a copy may say it)
    shared = "waste in a heap to make soil"
    uses = [ThreadUse(u.thread, False) if u.thread.label == shared else u for u in result.threads]
    clauses = [defining_clause(analyzer.tokens(d.text)) for d in sources]
    pool = [dataclasses.replace(result.candidates[0], text="The decay of waste")]
    reasons = {x.wording: x.reason for x in _left_out(uses, pool, sources, clauses, analyzer,
                                                      bounds=(4, 20))}
    assert reasons[shared].startswith("no candidate of 4 to 20 words has it"), reasons


def test_two_definition_file_works_in_every_format(run, write_data):
    path = write_data(MINIMAL)
    for fmt in ("table", "json", "csv", "markdown"):
        result = run("--data", str(path), "synthesize", "-f", fmt)
        assert result.exit_code == 0, result.stderr
    data = json.loads(run("--data", str(path), "synthesize", "-f", "json").stdout)
    assert data["ids"] == ["nist", "gartner"] and data["definition"]


def test_fewer_than_two_definitions_is_a_one_line_error(run):
    result = run("synthesize", "--ids", "oxford")
    assert result.exit_code == 2
    assert result.stderr.strip() == ("cs-define: error: synthesize needs at least two source "
                                     "definitions of 'customer service'; 1 selected")


def test_unknown_id_and_aggregate_id_are_clear_errors(run):
    result = run("synthesize", "--ids", "oxfrod,wikipedia")
    assert result.exit_code == 2 and "did you mean 'oxford'" in result.stderr
    result = run("synthesize", "--ids", "verygoodservice-2013,wikipedia")
    assert result.exit_code == 2 and "reference aggregate" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_option_values_are_usage_errors(run):
    assert run("synthesize", "--max-words", "2").exit_code == 2
    assert run("synthesize", "--candidates", "-1").exit_code == 2


def test_a_capped_word_graph_is_noted_in_the_output(run, monkeypatch):
    import cs_define.synthesize as synthesize_module

    plain = run("synthesize", "--ids", SEED_2013)
    assert "most central of" not in plain.stdout  # six sources: the graph holds them all
    monkeypatch.setattr(synthesize_module, "GRAPH_SOURCES", 4)
    result = run("synthesize", "--ids", SEED_2013)
    assert result.exit_code == 0, result.stderr
    assert "the word graph was built from the 4 most central of 6 sources" in \
        " ".join(result.stdout.split())
    data = json.loads(run("synthesize", "--ids", SEED_2013, "-f", "json").stdout)
    assert any("4 most central of 6 sources" in note for note in data["notes"])
    assert data["ids"] == SEED_2013.split(",")
