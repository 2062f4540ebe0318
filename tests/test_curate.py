"""curate: ids from source names, add/update/remove plans and what an import takes."""

from __future__ import annotations

import pytest

from cs_define import curate, importer, store
from cs_define.errors import InvalidRequest, NotFound

from conftest import MINIMAL


@pytest.fixture
def cloud():
    return store.loads(MINIMAL, "cloud.yaml", layer="data")


def test_slug_is_lowercase_words_of_the_source_without_the_domain():
    assert curate.slug("WordIQ.com") == "wordiq"
    assert curate.slug("Turban et al. (2002)") == "turban-et-al-2002"
    assert curate.slug("@PatrickTussie (Twitter)") == "patricktussie-twitter"
    assert curate.slug("Oxford British Dictionary of English Usage") == "oxford-british-dictionary-of-english"
    assert curate.slug("!!!") == "definition"
    assert curate.unique_id("nist", {"nist", "nist-2"}) == "nist-3"


def test_add_refuses_a_duplicate_id_in_any_case_and_suggests_update(cloud):
    with pytest.raises(InvalidRequest, match=r"already has 'NIST'.*cs-define update nist --text"):
        curate.plan_add(cloud, None, {"id": "NIST", "source": "x", "text": "y"})


def test_add_makes_the_id_from_the_source_and_validates_like_the_loader(cloud):
    planned = curate.plan_add(cloud, None, {"source": "Gartner Glossary", "text": "Another."})
    assert planned.definition.id == "gartner-glossary"
    # The source is already there: a second definition from it needs an explicit id.
    with pytest.raises(InvalidRequest, match="already has 'nist'.*give --id"):
        curate.plan_add(cloud, None, {"source": "NIST", "text": "Another."})
    with pytest.raises(Exception, match="cannot add: definition 'a b': 'id' must not contain spaces"):
        curate.plan_add(cloud, None, {"id": "a b", "source": "x", "text": "y"})


def test_add_to_a_term_that_looks_like_a_typo_needs_new_term(cloud):
    with pytest.raises(InvalidRequest, match="did you mean 'cloud computing'.*--new-term"):
        curate.plan_add(cloud, "cloud computin", {"source": "x", "text": "y"})
    planned = curate.plan_add(cloud, "cloud computin", {"source": "x", "text": "y"}, new_term=True)
    assert planned.term == "cloud computin"
    with pytest.raises(InvalidRequest, match="no term 'edge computing'.*add --new-term"):
        curate.plan_add(cloud, "edge computing", {"source": "x", "text": "y"})


def test_update_keeps_the_old_wording_as_a_dated_revision(cloud):
    planned = curate.plan_update(cloud, "Gartner", None, "A newer style of computing.",
                                 {"date": "2024-01"})
    new = planned.definition
    assert (new.text, new.date) == ("A newer style of computing.", "2024-01")
    assert new.revisions[-1].text.startswith("A style of computing")
    assert new.revisions[-1].source == "Gartner"


def test_update_with_nothing_new_is_refused(cloud):
    text = cloud.terms[0].definitions[0].text
    with pytest.raises(InvalidRequest, match="nothing to change"):
        curate.plan_update(cloud, "nist", None, text, {})


def test_update_of_an_unknown_id_suggests_names(cloud):
    with pytest.raises(NotFound, match="did you mean 'nist'"):
        curate.plan_update(cloud, "nits", None, "x", {})


def test_remove_refuses_what_the_writable_layer_does_not_hold():
    bundled = store.load(store.bundled_data_path())
    with pytest.raises(InvalidRequest, match="comes from the bundled data"):
        curate.plan_remove(bundled, "wikipedia", None, "user")


def test_import_takes_skips_and_conflicts(cloud):
    text = "\n".join([
        '- **NIST**: "Cloud computing is a model for enabling ubiquitous, convenient, on-demand '
        'network access to a shared pool of configurable computing resources."',
        '- **Gartner**: "A different wording by Gartner."',
        '- **AWS**: "Renting computers by the hour."',
        '- **AWS**: "Renting computers by the minute."',
        '- **Someone**: "renting computers by the hour"',
        'definition #9 (source: x) no quote',
    ])
    plan = curate.plan_import(cloud, importer.parse(text, "text", "post"), None)
    assert [(r.line, r.status, r.id) for r in plan.rows] == [
        (1, "skipped", "nist"),
        (2, "conflict", "gartner"),
        (3, "taken", "aws"),
        (4, "taken", "aws-2"),
        (5, "skipped", "someone"),
        (6, "malformed", None),
    ]
    assert plan.rows[0].reason == "same wording as 'nist'"
    assert "cs-define update gartner" in plan.rows[1].reason
    assert [c.record["id"] for c in plan.changes] == ["aws", "aws-2"]


def test_import_with_term_skips_entries_for_other_terms(cloud):
    text = 'Definition of edge computing (source: X): "Computing near the user."\n'
    plan = curate.plan_import(cloud, importer.parse(text, "text", "p"), "cloud computing")
    assert plan.rows[0].status == "skipped" and "edge computing" in plan.rows[0].reason
    plan = curate.plan_import(cloud, importer.parse(text, "text", "p"), None)
    assert plan.rows[0].status == "taken" and plan.changes[0].term == "edge computing"
