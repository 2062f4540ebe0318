"""Pairwise scores, suggestions and word diffs."""

from __future__ import annotations

import pytest

from cs_define.compare import closest, pair_scores, word_diff
from cs_define.text import Analyzer

OXFORD = "The assistance and advice provided by a company to those people who buy or use its products or services."
DICTIONARY = "assistance and other resources that a company provided to the people who buy or use its products or services"


def test_pair_scores_are_symmetric_and_bounded():
    analyzer = Analyzer()
    ab, ba = pair_scores(OXFORD, DICTIONARY, analyzer), pair_scores(DICTIONARY, OXFORD, analyzer)
    assert ab == ba
    for value in ab.as_dict().values():
        assert 0 <= value <= 100


def test_identical_texts_score_100_and_unrelated_texts_low():
    analyzer = Analyzer()
    same = pair_scores(OXFORD, OXFORD, analyzer)
    assert same.as_dict() == {"ratio": 100, "token_set_ratio": 100, "partial_ratio": 100, "jaccard": 100}
    other = pair_scores(OXFORD, "Quantum chromodynamics describes gluons.", analyzer)
    assert other.jaccard == 0 and other.token_set_ratio < 50


def test_jaccard_uses_stems():
    analyzer = Analyzer()
    assert pair_scores("customer interactions", "a customer interaction", analyzer).jaccard == 100


@pytest.mark.parametrize(("name", "expected"), [("oxfrod", "oxford"), ("wikipdia", "wikipedia"), ("OXFORD", "oxford")])
def test_closest_suggests_near_names(name, expected):
    assert closest(name, ["oxford", "wikipedia", "turban"])[0] == expected


def test_closest_returns_nothing_for_unrelated_names():
    assert closest("zzzzzz", ["oxford", "wikipedia"]) == []


def test_word_diff_marks_insertions_and_deletions_and_rebuilds_both_texts():
    old, new = "the assistance that customers receive", "assistance and other resources customers receive"
    ops = word_diff(old, new)
    assert {op.op for op in ops} == {"equal", "insert", "delete"}
    assert "".join(op.text for op in ops if op.op != "insert").split() == old.split()
    assert "".join(op.text for op in ops if op.op != "delete").split() == new.split()


def test_word_diff_treats_punctuation_as_a_word():
    ops = word_diff("a sale.", "a sale!")
    assert [(op.op, op.text.strip()) for op in ops if op.op != "equal"] == [("delete", "."), ("insert", "!")]
