"""Common threads across definitions: support, wording per source, ranking."""

from __future__ import annotations

from cs_define.model import Definition
from cs_define.text import Analyzer
from cs_define.threads import common_threads


def defs(*texts):
    return [Definition(id=f"d{i}", source=f"S{i}", text=t) for i, t in enumerate(texts, 1)]


def by_label(threads):
    return {t.label: t for t in threads}


def test_shared_words_meet_across_inflections_with_each_sources_wording():
    threads = common_threads(
        defs("Interactions with buyers.", "Every interaction counts.", "Nothing shared here."),
        Analyzer(),
    )
    (thread,) = [t for t in threads if t.key == ("interact",)]
    assert thread.ids == ("d1", "d2")
    assert dict(thread.forms) == {"d1": "Interactions", "d2": "interaction"}


def test_a_shared_phrase_absorbs_its_words_when_used_by_the_same_sources():
    threads = by_label(common_threads(
        defs("It ensures client satisfaction fully.", "The aim is client satisfaction.", "A client."),
        Analyzer(),
    ))
    assert threads["client satisfaction"].support == 2
    assert "satisfaction" not in threads  # same two sources: only the phrase is listed
    assert threads["client"].support == 3  # used by a third source too: still its own thread


def test_term_words_rank_below_real_threads_even_with_more_support():
    threads = common_threads(
        defs(
            "Cloud computing is on-demand network access to shared resources via the cloud.",
            "A cloud model: network access to computing resources.",
            "Computing delivered from the cloud over the network.",
        ),
        Analyzer("cloud computing"),
    )
    labels = [t.label for t in threads]
    assert labels.index("network") < labels.index("cloud")
    assert threads[-1].is_term


def test_min_support_filters_and_order_is_by_support():
    threads = common_threads(
        defs("alpha beta gamma", "alpha beta", "alpha delta", "epsilon"), Analyzer(), min_support=2
    )
    supports = [t.support for t in threads]
    assert supports == sorted(supports, reverse=True)
    assert all(t.support >= 2 for t in threads)
    assert {t.label for t in threads} == {"alpha", "alpha beta"}


def test_a_definition_counts_once_per_thread():
    (thread,) = common_threads(defs("risk risk risk", "a risk"), Analyzer())
    assert thread.ids == ("d1", "d2")


def test_ranking_on_another_term_puts_shared_concepts_first_and_the_term_last():
    # A made-up set for "project management": the hand-found threads are planning, resources,
    # "scope, time and cost", and meeting goals; the term's own words must come last.
    threads = common_threads(
        [
            Definition("a", "A", "Project management is the planning and control of resources to meet project goals within scope, time and cost."),
            Definition("b", "B", "The discipline of planning, organising and controlling resources so a project meets its goals."),
            Definition("c", "C", "Managing scope, time and cost of a project from initiation to closure, with careful planning."),
            Definition("d", "D", "Applying knowledge and skills to project activities before, during and after delivery."),
            Definition("e", "E", "Coordinating people and resources before, during and after a project."),
        ],
        Analyzer("project management"),
    )
    labels = [t.label for t in threads]
    first = {t.label: t.support for t in threads[:6]}
    assert first.get("planning") == 3
    assert "resources" in first and "scope, time and cost" in labels[:6]
    assert labels.index("before, during and after") < labels.index("project")
    assert threads[-1].is_term and not threads[0].is_term


def test_progress_is_called_once_per_definition_and_changes_nothing():
    texts = defs("Client satisfaction matters.", "Client satisfaction first.", "A third one.")
    calls = []
    with_progress = common_threads(texts, Analyzer(), 2, progress=calls.append)
    assert calls == [1, 1, 1]
    assert with_progress == common_threads(texts, Analyzer(), 2)


def test_a_phrase_absorbs_only_its_runs_with_the_same_sources():
    # "quick brown fox" is used by d1, d2; "brown fox" also by d3: both kept, "quick" absorbed.
    threads = by_label(common_threads(
        defs("A quick brown fox.", "Any quick brown fox.", "One brown fox.", "Slow and quick."),
        Analyzer(),
    ))
    assert threads["quick brown fox"].ids == ("d1", "d2")
    assert threads["brown fox"].ids == ("d1", "d2", "d3")
    assert "brown" not in threads and "fox" not in threads
    assert threads["quick"].ids == ("d1", "d2", "d4")
