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


# --- comparing several definitions ------------------------------------------------------------

from cs_define.compare import (  # noqa: E402
    CHUNK_CELLS, compare, nearest_neighbours, shared_terms, similar_phrases, similarity,
    similarity_matrix, unique_terms,
)
from cs_define.errors import InvalidRequest  # noqa: E402
from cs_define.model import Definition  # noqa: E402

OXFORD_2 = "The assistance and advice provided by a company to those people who buy or use its products or services."


def d(ident, text):
    return Definition(id=ident, source=ident, text=text)


def test_shared_terms_list_each_sources_wording_and_ids():
    terms = shared_terms([d("a", "Interactions with buyers and sellers."), d("b", "An interaction; Sellers."),
                          d("c", "Nothing alike.")], Analyzer())
    by_key = {t.key: t for t in terms}
    assert set(by_key) == {"interact", "seller"}
    assert by_key["interact"].ids == ("a", "b")
    assert dict(by_key["interact"].forms) == {"a": ("Interactions",), "b": ("interaction",)}
    assert dict(by_key["seller"].forms) == {"a": ("sellers",), "b": ("Sellers",)}


def test_term_words_are_shared_terms_listed_last():
    analyzer = Analyzer("cloud computing")
    terms = shared_terms([d("a", "Shared pools in the cloud, with network access"),
                          d("b", "Cloud resources over network access")], analyzer)
    assert [t.label for t in terms][-1] == "cloud" and terms[-1].is_term
    assert {t.label for t in terms[:-1]} == {"network", "access"}


def test_unique_terms_are_what_no_other_definition_says():
    result = dict(unique_terms([d("a", "elastic scalable capabilities"), d("b", "scalable shared pools"),
                                d("c", "shared elastic network")], Analyzer()))
    assert result == {"a": ("capabilities",), "b": ("pools",), "c": ("network",)}


def test_similar_phrasing_finds_the_oxford_and_dictionary_passage():
    (match,) = similar_phrases([d("oxford", OXFORD_2), d("dictionary", DICTIONARY)], Analyzer("customer service"))
    assert match.a.id == "oxford" and match.b.id == "dictionary"
    assert "provided by a company to those people who buy or use its products or services" in match.a.text
    assert match.b.text.endswith("company provided to the people who buy or use its products or services")
    assert match.score >= 80


def test_similar_phrasing_on_another_term_and_no_overlapping_duplicates():
    texts = [d("x", "A style of computing where scalable and elastic capabilities are delivered as a service."),
             d("y", "Computing in which elastic and scalable capabilities get delivered as services over the internet.")]
    matches = similar_phrases(texts, Analyzer("cloud computing"))
    assert matches, "expected the shared passage"
    assert any("elastic capabilities" in m.a.text or "scalable and elastic" in m.a.text for m in matches)
    for n, m in enumerate(matches):
        for other in matches[n + 1:]:
            assert m.a.end <= other.a.start or other.a.end <= m.a.start
            assert m.b.end <= other.b.start or other.b.end <= m.b.start
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_similar_phrasing_needs_more_than_the_terms_own_words():
    analyzer = Analyzer("customer service")
    assert similar_phrases([d("a", "delighted customer service"), d("b", "customer service delivered")],
                           analyzer, threshold=50) == ()


def test_a_high_threshold_finds_less():
    pair = [d("oxford", OXFORD_2), d("ai", "assistance and advice provided by a company to its customers")]
    assert len(similar_phrases(pair, Analyzer(), 99)) <= len(similar_phrases(pair, Analyzer(), 60))
    assert similar_phrases(pair, Analyzer(), 100)[0].a.text == "assistance and advice provided by a company"


def test_compare_has_symmetric_pairs_and_a_diff_only_for_two():
    a, b, c = d("a", OXFORD_2), d("b", DICTIONARY), d("c", "Help for buyers.")
    two = compare([a, b], Analyzer())
    assert [(x, y) for x, y, _ in two.pairs] == [("a", "b")]
    assert two.pairs[0][2] == pair_scores(DICTIONARY, OXFORD_2, Analyzer())
    assert two.diff and {op.op for op in two.diff} == {"equal", "insert", "delete"}
    three = compare([a, b, c], Analyzer())
    assert len(three.pairs) == 3 and three.diff is None


@pytest.mark.parametrize(("ids", "threshold", "message"), [
    (["a"], 80, "at least two"), (["a", "a"], 80, "more than once"), (["a", "b"], 101, "between 0 and 100"),
])
def test_compare_rejects_bad_requests(ids, threshold, message):
    records = {"a": d("a", "one text"), "b": d("b", "another text")}
    with pytest.raises(InvalidRequest, match=message):
        compare([records[i] for i in ids], Analyzer(), threshold)


TEXTS = ["elastic scalable capabilities", "scalable elastic capabilities delivered",
         "network access to shared pools", "shared pools of network resources", "quantum gluons"]


@pytest.mark.parametrize("scorer", ["token_set_ratio", "ratio", "partial_ratio", "jaccard"])
def test_matrix_agrees_with_pair_scores_and_is_symmetric(scorer):
    analyzer = Analyzer()
    result = similarity([d(str(i), t) for i, t in enumerate(TEXTS)], analyzer, scorer)
    for i, row in enumerate(result.matrix):
        for j, value in enumerate(row):
            assert value == result.matrix[j][i]
            if i != j:
                assert value == pytest.approx(getattr(pair_scores(TEXTS[i], TEXTS[j], analyzer), scorer), abs=0.1)
    assert result.distinct == "4"  # the gluons share nothing


def test_neighbours_in_small_chunks_match_the_full_matrix():
    analyzer = Analyzer()
    full = similarity([d(str(i), t) for i, t in enumerate(TEXTS)], analyzer, "jaccard")
    chunked, mean = nearest_neighbours(TEXTS, analyzer, "jaccard", k=2, chunk_cells=5)
    assert mean == pytest.approx(full.mean, abs=0.1)
    assert chunked[0][0][0] == 1
    assert chunked[2][0][0] == 3 and chunked[3][0][0] == 2
    large = similarity([d(str(i), t) for i, t in enumerate(TEXTS)], analyzer, "jaccard", top=1, full_limit=3)
    assert large.matrix is None and large.neighbours[2] == (("3", chunked[2][0][1]),)
    assert (large.central, large.distinct) == (full.central, full.distinct)


def test_unknown_scorer_suggests_the_nearest():
    with pytest.raises(InvalidRequest, match="did you mean 'jaccard'"):
        similarity([d("a", "x y"), d("b", "y z")], Analyzer(), "jacard")


def test_word_diff_keeps_words_apart_on_both_sides():
    # Found by hypothesis: the equal run follows an insertion in the new text but a deletion
    # in the old one, whose words must not be glued ("0 0" read back as "00").
    ops = word_diff("0 0", "\u07eb0")
    assert "".join(op.text for op in ops if op.op != "insert").split() == ["0", "0"]
    assert [op.op for op in ops] == ["delete", "insert", "equal"]


def test_neighbours_report_progress_in_rows_per_chunk():
    done = []
    found, _ = nearest_neighbours(TEXTS, Analyzer(), "jaccard", k=1, chunk_cells=2 * len(TEXTS),
                                  progress=done.append)
    assert sum(done) == len(TEXTS) and len(done) > 1
    assert found == nearest_neighbours(TEXTS, Analyzer(), "jaccard", k=1)[0]


@pytest.mark.parametrize("scorer", ["token_set_ratio", "jaccard", "partial_ratio"])
def test_neighbours_are_each_rows_best_with_ties_to_the_lowest_index_in_any_chunking(scorer):
    # Many exact ties (repeated texts): the chosen neighbours must be the same for every chunk
    # size, and be what sorting the full matrix row by (score, index) gives.
    texts = ["a shared ledger of blocks", "a ledger shared by nodes", "blocks of a ledger",
             "a shared ledger of blocks", "nodes agree by consensus", "blocks of a ledger",
             "consensus of the nodes", "a shared ledger of blocks", ""]
    analyzer = Analyzer()
    full = similarity_matrix(texts, analyzer, scorer)
    for k in (1, 3):
        expected = [sorted((j for j in range(len(texts)) if j != i),
                           key=lambda j: (-full[i, j], j))[:k] for i in range(len(texts))]
        for cells in (1, 7, 30, CHUNK_CELLS):
            found, mean = nearest_neighbours(texts, analyzer, scorer, k, chunk_cells=cells)
            assert [[j for j, _ in row] for row in found] == expected, (k, cells)
            assert mean == pytest.approx(
                [(full[i].sum() - full[i, i]) / (len(texts) - 1) for i in range(len(texts))], abs=0.06)


def test_word_diff_treats_combining_marks_as_word_characters():
    # Found by hypothesis: a lone combining mark is a word to the tokenizer, so it must not be
    # glued to the next word when the space between them belongs to the deleted side.
    ops = word_diff("\u0300 0000000", "0000000")
    old = "".join(op.text for op in ops if op.op != "insert")
    assert len(old.split()) == 2


def test_word_diff_never_cuts_a_character_that_normalises_to_several_tokens():
    # Found by hypothesis: "¼0" reads "1⁄40"; its tokens overlap in the written text, and a
    # diff that cut "¼" from "0" put a space between them ("1⁄4 0": other words)
    ops = word_diff("¼0", "0")
    assert "".join(op.text for op in ops if op.op != "insert") == "¼0"
    assert "".join(op.text for op in ops if op.op != "delete") == "0"
    ops = word_diff("a ¼0 b", "a 0 b")
    assert "".join(op.text for op in ops if op.op != "insert") == "a ¼0 b"


def test_phrase_pairs_score_the_same_one_by_one_and_by_cdist():
    from cs_define.compare import _scores_at_least

    queries = ["provision of service", "to customers before", "after a purchase", "", "a b c"]
    targets = ["service to customers", "before during and after", "purchase of goods", "a c b",
               "the provision of a service"]
    for threshold in (0, 40, 72.5, 100):
        one = _scores_at_least(queries, targets, threshold, few=True)
        cdist = _scores_at_least(queries, targets, threshold, few=False)
        assert one == cdist, threshold
    assert _scores_at_least(queries, targets, 40, few=True)  # the comparison is not vacuous
