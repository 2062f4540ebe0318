"""export: the write-up's parts, the synthesis hook, Markdown and HTML that are safe."""

from __future__ import annotations

import re

from cs_define import export, store
from cs_define.render import writeup_html, writeup_markdown

TRICKY = """\
terms:
  - term: widget
    definitions:
      - id: a
        source: "<b>Acme</b> | Co"
        text: "A widget is a small <script>alert(1)</script> part | used in *machines*."
        date: "2020"
        revisions:
          - date: "2019"
            text: "A widget is a part used in machines."
      - id: b
        source: Bolt & Sons
        text: "A small part used in machines & tools."
    aggregates:
      - id: ref
        source: Me
        text: "A small machine part."
"""


def term():
    return store.loads(TRICKY, "w.yaml").terms[0]


def test_parts_come_from_the_builders_in_order():
    keys = [key for key, _ in export.SECTION_BUILDERS]
    assert keys == ["definitions", "threads", "aggregated", "aggregates", "revisions"]
    document = export.writeup(term())
    assert [key for key, _ in document.parts] == ["definitions", "threads", "aggregated", "aggregates", "revisions"]


def test_the_aggregated_definition_is_the_synthesis_with_provenance():
    document = export.writeup(term())
    aggregated = document.data["aggregated"]
    assert aggregated["term"] == "widget" and aggregated["definition"]
    assert set(aggregated["ids"]) == {"a", "b"}
    assert aggregated["provenance"] and all(p["ids"] for p in aggregated["provenance"])
    markdown = writeup_markdown(document)
    assert "Aggregated definition" in markdown and "Provenance" in markdown


def test_the_aggregated_definition_is_left_out_with_one_definition():
    one = store.loads(TRICKY.replace("      - id: b\n        source: Bolt & Sons\n        text: \"A small part used in machines & tools.\"\n", ""), "w.yaml").terms[0]
    assert len(one.definitions) == 1
    assert export.aggregated_definition_part(one) is None
    assert export.writeup(one).data["aggregated"] is None
    # A builder plugged into the hook's place shows up in the write-up.
    hooked = [(k, (lambda t: export.Part("Aggregated definition", "x", [], {"text": "y"}))
               if k == "aggregated" else b) for k, b in export.SECTION_BUILDERS]
    assert export.writeup(term(), hooked).data["aggregated"] == {"text": "y"}


def test_threads_list_what_two_definitions_share():
    threads = export.writeup(term()).data["threads"]
    labels = [t["label"] for t in threads]
    assert "small" in labels and any("machines" in label for label in labels)
    assert all(t["support"] >= 2 for t in threads)


def test_markdown_escapes_tables_and_marks_revisions():
    md = writeup_markdown(export.writeup(term()))
    assert md.startswith("# Defining “widget”\n")
    assert "## Definitions" in md and "## Common threads" in md and "## Revisions" in md
    assert "\\<b\\>Acme\\</b\\> \\| Co" in md  # a pipe in data never breaks the table
    assert "\\*machines\\*" in md
    definitions = md.split("## Definitions")[1].split("##")[0]
    rows = [line for line in definitions.splitlines() if line.startswith("|")]
    cells = {len(re.findall(r"(?<!\\)\|", line)) for line in rows}
    assert len(rows) == 4 and cells == {6}  # header, rule, two rows: all with 5 cells
    assert "**small " in md  # the words added in the revision are bold


def test_html_escapes_every_piece_of_data_text():
    page = writeup_html(export.writeup(term()))
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;Acme&lt;/b&gt; | Co" in page
    assert "Bolt &amp; Sons" in page
    assert "<ins>" in page and page.rstrip().endswith("</html>")
