"""importer: definitions read from data YAML/JSON, CSV and blog-post text, problems reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cs_define import importer
from cs_define.errors import DataError

SEEDS = Path("/work/shared/seeds")


def records(parsed):
    return [(c.line, c.record.get("source"), c.record.get("text"), c.term) for c in parsed.candidates]


def test_format_is_detected_from_the_suffix():
    assert [importer.detect_format(n) for n in ("a.yaml", "B.YML", "c.json", "d.csv", "e.md", "f")] \
        == ["yaml", "yaml", "json", "csv", "text", "text"]


def test_text_shapes_the_seed_posts_use():
    text = "\n".join([
        'Definition of customer service (source: WordIQ.com): "Customer service is the set of behaviors."',
        '- **Oxford**: "The assistance and advice provided by a company."',
        'According to Turban et al. (2002), "Customer service is a series of activities."',
        '  • definition #1 (source: wikipedia): "Customer service is the provision of service."',
        '“The assistance and advice provided by a company.” – Oxford Dictionary',
        '@koltie – a real and interesting conversation. Listening.',
        '- from investopedia.com: "The process of ensuring customer satisfaction"',
        '- dictionary.com is now using: "assistance and other resources"',
        'Just some prose about customer service: nothing quoted here.',
    ])
    parsed = importer.parse(text, "text", "post.md")
    assert records(parsed) == [
        (1, "WordIQ.com", "Customer service is the set of behaviors.", "customer service"),
        (2, "Oxford", "The assistance and advice provided by a company.", None),
        (3, "Turban et al. (2002)", "Customer service is a series of activities.", None),
        (4, "wikipedia", "Customer service is the provision of service.", None),
        (5, "Oxford Dictionary", "The assistance and advice provided by a company.", None),
        (6, "@koltie", "a real and interesting conversation. Listening.", None),
        (7, "investopedia.com", "The process of ensuring customer satisfaction", None),
        (8, "dictionary.com", "assistance and other resources", None),
    ]
    assert parsed.problems == ()  # prose is ignored, not reported


def test_malformed_lines_are_reported_with_their_line_and_reason():
    text = "\n".join([
        'definition #2 (source: Gartner): no quotation here',
        '- **Oxford**: "an unclosed quotation',
        'The provision of service to customers.” – Wikipedia',
        '“Assistance that a company provides.” –',
        '"A quoted definition that names nobody at all."',
        'definition #3 (source: ok): "A fine one."',
    ])
    parsed = importer.parse(text, "text", "post.txt")
    assert [(p.line, p.message) for p in parsed.problems] == [
        (1, "a '(source: ...)' line without a quoted definition"),
        (2, "a '**source**:' line whose quotation marks do not pair up"),
        (3, "the quotation marks do not pair up"),
        (4, "no source after the dash"),
        (5, "a quoted definition without a source"),
    ]
    assert records(parsed) == [(6, "ok", "A fine one.", None)]


def test_a_quotation_over_several_lines_is_joined():
    parsed = importer.parse('"Cloud computing is a model\nfor on-demand access." – NIST\n', "text", "x")
    assert records(parsed) == [(1, "NIST", "Cloud computing is a model for on-demand access.", None)]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed posts not available")
def test_seed_post_000_gives_its_list_and_the_2016_update():
    parsed = importer.parse((SEEDS / "000_23447205140b4c0c.txt").read_text(encoding="utf-8"),
                            "text", "000")
    sources = [c.record["source"] for c in parsed.candidates]
    assert sources == ["wikipedia", "business dictionary.com", "yourdictionary.com", "WordIQ.com",
                       "Turban 2002", "Oxford British Dictionary", "dictionary.com",
                       "investopedia.com"]
    # Non-breaking spaces of the web page become plain spaces.
    assert parsed.candidates[0].record["text"] == \
        "Customer service is the provision of service to customers before, during and after a purchase."
    # The aggregated definitions are quoted without a source: reported, not taken.
    assert any(p.message == "a quoted definition without a source" and p.status == "skipped"
               for p in parsed.problems)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed posts not available")
def test_seed_post_001_gives_the_crowd_and_reports_the_broken_quotes():
    parsed = importer.parse((SEEDS / "001_fe549fbb55768611.txt").read_text(encoding="utf-8"),
                            "text", "001")
    sources = [c.record["source"] for c in parsed.candidates]
    assert sources[:2] == ["Oxford Dictionary", "@lemonzestlady"]
    assert "@kevwrites" in sources
    problems = {p.line: p.message for p in parsed.problems}
    assert problems[5] == "the quotation marks do not pair up"
    assert problems[7] == "no source after the dash"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed posts not available")
def test_seed_post_004_bullets_explaining_a_quote_are_not_definitions():
    parsed = importer.parse((SEEDS / "004_3dab58e3b092bd6d.txt").read_text(encoding="utf-8"),
                            "text", "004")
    assert parsed.candidates == ()


def test_yaml_in_the_data_format_keeps_lines_terms_roles_and_extras():
    text = """\
terms:
  - term: cloud
    definitions:
      - id: nist
        source: NIST
        text: "A model."
    aggregates:
      - id: mine
        source: Me
        text: "Renting."
    stopwords: [cloud]
    synonyms: [[rent, lease]]
  - 42
"""
    parsed = importer.parse(text, "yaml", "x.yaml")
    assert [(c.line, c.term, c.role, c.record["id"]) for c in parsed.candidates] == [
        (4, "cloud", "source", "nist"), (8, "cloud", "aggregate", "mine")]
    assert parsed.extras[0].stopwords == ("cloud",)
    assert parsed.extras[0].synonyms == (("rent", "lease"),)
    assert [p.message for p in parsed.problems] == ["each entry of 'terms' must be a mapping"]


def test_json_list_like_list_output_drops_context_fields_and_nulls():
    rows = [{"id": "a", "source": "A", "text": "T", "term": "cloud", "role": "aggregate",
             "layer": "user", "url": None, "revisions": []}]
    parsed = importer.parse(json.dumps(rows), "json", "x.json")
    assert parsed.candidates[0].record == {"id": "a", "source": "A", "text": "T"}
    assert (parsed.candidates[0].term, parsed.candidates[0].role) == ("cloud", "aggregate")


def test_invalid_json_and_yaml_are_one_line_errors():
    with pytest.raises(DataError, match=r"x.json, line 1, column 2: not valid JSON"):
        importer.parse("{oops", "json", "x.json")
    with pytest.raises(DataError, match=r"x.yaml, line \d+, column \d+: not valid YAML"):
        importer.parse("terms: [", "yaml", "x.yaml")


def test_csv_reads_columns_by_name_and_reports_bad_rows():
    text = ("Source,Text,id,date,colour\n"
            "NIST,\"A model, for access.\",nist,2011,blue\n"
            "Gartner,only two\n"
            "\n"
            ",no source,x,,\n")
    parsed = importer.parse(text, "csv", "x.csv")
    assert [(c.line, c.record) for c in parsed.candidates] == [
        (2, {"source": "NIST", "text": "A model, for access.", "id": "nist", "date": "2011"}),
        (5, {"text": "no source", "id": "x"}),
    ]
    assert [(p.line, p.message.split(";")[0]) for p in parsed.problems] == [
        (1, "column 'colour' is not read"),
        (3, "the row has 2 fields, the header has 5"),
    ]


def test_csv_without_the_needed_columns_is_refused():
    with pytest.raises(DataError, match="needs the columns source and text"):
        importer.parse("name,definition\na,b\n", "csv", "x.csv")
