"""Property-based tests (hypothesis) over the text layer, word_diff, closest and render."""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cs_define.compare import closest, word_diff
from cs_define.model import Definition, Revision
from cs_define.render import OutputFormat, clean, emit, list_view, plain, to_json
from cs_define.text import Analyzer, content_ngrams, normalize, span_text

FAST = settings(max_examples=int(__import__("os").environ.get("HYPOTHESIS_EXAMPLES", 150)), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any Unicode text, plus text built from words so that diffs and n-grams have something to do.
WORDS = st.sampled_from(["service", "services", "customer", "customers", "the", "of", "is",
                         "a", "provision", "help", "Café", "naïve", "顧客", "خدمة", "😀", ",",
                         ".", "—", "don't", "e-mail", "[b]", "\x1b[31m", "\u0301"])
WORDY = st.lists(WORDS, max_size=30).map(" ".join)
TEXT = st.one_of(st.text(max_size=200), WORDY)
SMALL_LISTS = st.lists(st.text(max_size=12), max_size=4)


@FAST
@given(text=TEXT, term=st.text(max_size=30), stopwords=SMALL_LISTS,
       synonyms=st.lists(SMALL_LISTS, max_size=3))
def test_analyzer_never_crashes_and_is_stable(text, term, stopwords, synonyms):
    analyzer = Analyzer(term, stopwords, synonyms)
    tokens = analyzer.tokens(text)
    # Stable: the same input gives the same output, from this analyzer and from a fresh one.
    assert analyzer.tokens(text) == tokens
    assert Analyzer(term, stopwords, synonyms).tokens(text) == tokens
    assert analyzer.keys(text) == Analyzer(term, stopwords, synonyms).keys(text)
    content = analyzer.content(text)
    assert set(content) <= set(tokens)
    assert all(t.is_word and not t.is_stop and not t.lead_in for t in content)
    for token in tokens:
        # offsets refer to the text as written; the surface is its NFKC form
        assert 0 <= token.start < token.end <= len(text)
        assert token.surface in normalize(text[token.start:token.end])
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    for start, end, keys in content_ngrams(tokens):
        assert 0 <= start < end <= len(tokens) and len(keys) >= 1
        assert span_text(text, tokens, start, end)


def words(text: str) -> list[str]:
    """The words and punctuation marks of a text, as the one tokenizer cuts it."""
    return [t.surface for t in Analyzer().tokens(text)]


@FAST
@given(old=TEXT, new=TEXT)
def test_word_diff_reconstructs_both_texts(old, new):
    # Equal runs carry one spacing, so the spacing of one side may change ("0 :" -> "0:");
    # its words and marks may not.
    ops = word_diff(old, new)
    assert all(op.op in ("equal", "insert", "delete") and op.text for op in ops)
    assert words("".join(op.text for op in ops if op.op != "insert")) == words(old)
    assert words("".join(op.text for op in ops if op.op != "delete")) == words(new)
    assert word_diff(old, new) == ops


@FAST
@given(text=TEXT)
def test_word_diff_of_a_text_with_itself_is_all_equal(text):
    assert {op.op for op in word_diff(text, text)} <= {"equal"}


@FAST
@given(name=st.text(max_size=30), choices=st.lists(st.text(max_size=30), max_size=8),
       limit=st.integers(min_value=1, max_value=5))
def test_closest_returns_only_given_choices(name, choices, limit):
    found = closest(name, choices, limit=limit)
    assert set(found) <= set(choices)
    assert len(found) == len(set(found)) <= limit


@FAST
@given(choices=st.lists(st.text(alphabet="abcdefgh", min_size=3, max_size=10), min_size=1,
                        max_size=6, unique=True), data=st.data())
def test_closest_offers_a_name_one_edit_away(choices, data):
    target = data.draw(st.sampled_from(choices))
    typo = target[:-1]  # one deletion
    assert target in closest(typo, choices, limit=len(choices))


CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x20), *range(0x7f, 0xa0)] if chr(c) not in "\t\n")


@FAST
@given(text=st.text(alphabet=st.one_of(st.sampled_from(CONTROLS), st.characters()),
                    max_size=100))
def test_clean_removes_every_control_character_but_tab_and_newline(text):
    cleaned = clean(text)
    assert not any(c in CONTROLS for c in cleaned)
    assert [c for c in text if c not in CONTROLS] == list(cleaned)  # nothing else is touched


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@FAST
@given(data=JSON_VALUES)
def test_json_output_parses_back_to_the_same_data(data):
    text = to_json(data)
    assert json.loads(text) == data
    assert "\x1b" not in text and not any("\x7f" <= c <= "\x9f" for c in text)


OPTIONAL = st.none() | st.text(max_size=40)


@FAST
@given(records=st.lists(st.builds(
    Definition, id=st.text(min_size=1, max_size=10), source=st.text(max_size=30), text=TEXT,
    url=OPTIONAL, date=OPTIONAL, kind=OPTIONAL, perspective=OPTIONAL, note=OPTIONAL,
    revisions=st.lists(st.builds(Revision, text=TEXT, date=OPTIONAL), max_size=2).map(tuple),
    role=st.sampled_from(["source", "aggregate"])), max_size=5))
def test_every_format_of_list_survives_any_definitions(records):
    view = list_view([("term", d) for d in records], "title")
    out = io.StringIO()
    emit(view, OutputFormat.json, out)
    rows = json.loads(out.getvalue())
    assert [r["text"] for r in rows] == [d.text for d in records]
    assert [[v["text"] for v in r["revisions"]] for r in rows] == \
        [[v.text for v in d.revisions] for d in records]
    for fmt in (OutputFormat.csv, OutputFormat.markdown, OutputFormat.table):
        out = io.StringIO()
        emit(view, fmt, out)
        assert not any(c in CONTROLS for c in out.getvalue())


@FAST
@given(text=TEXT)
def test_plain_cells_are_clean_text(text):
    assert plain(text) == clean(text)


# --- the analysis layer: compare, threads, synthesize -----------------------------------------

from cs_define.compare import compare, pair_scores  # noqa: E402
from cs_define.errors import InvalidRequest  # noqa: E402
from cs_define.synthesize import synthesize  # noqa: E402
from cs_define.threads import common_threads  # noqa: E402

ANALYSIS = settings(max_examples=int(__import__("os").environ.get("HYPOTHESIS_EXAMPLES", 60)),
                    deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _definitions(texts):
    return [Definition(id=f"d{i}", source=f"Source {i}", text=t) for i, t in enumerate(texts)]


@ANALYSIS
@given(a=TEXT, b=TEXT)
def test_pair_scores_are_symmetric_and_between_0_and_100(a, b):
    analyzer = Analyzer("customer service")
    forward, backward = pair_scores(a, b, analyzer), pair_scores(b, a, analyzer)
    assert forward.as_dict() == backward.as_dict()
    assert all(0.0 <= value <= 100.0 for value in forward.as_dict().values())


@ANALYSIS
@given(text=TEXT, term=st.text(max_size=20))
def test_compare_of_a_text_with_itself_shares_every_content_term(text, term):
    analyzer = Analyzer(term)
    same = _definitions([text, text])
    result = compare(same, analyzer)
    assert {t.key for t in result.shared_terms} == {t.key for t in analyzer.content(text)}
    assert all(t.ids == ("d0", "d1") for t in result.shared_terms)
    assert result.unique_terms == (("d0", ()), ("d1", ()))
    assert all(op.op == "equal" for op in result.diff)


@ANALYSIS
@given(texts=st.lists(TEXT, max_size=6), term=st.text(max_size=20),
       min_support=st.integers(min_value=1, max_value=4))
def test_common_threads_never_crash_and_name_only_real_definitions(texts, term, min_support):
    definitions = _definitions(texts)
    real = {d.id for d in definitions}
    for thread in common_threads(definitions, Analyzer(term), min_support):
        assert set(thread.ids) <= real and len(set(thread.ids)) == len(thread.ids)
        assert thread.support >= min_support
        assert [i for i, _ in thread.forms] == list(thread.ids)
        assert thread.label and thread.key


# Definitions of a made-up term, built from a small vocabulary so that they overlap.
LEDGER_WORDS = ["a", "the", "shared", "ledger", "ledgers", "of", "records", "record", "kept",
                "by", "many", "nodes", "node", "that", "agree", "on", "every", "transaction",
                "transactions", "is", "are", "and", "in", "blocks", "order", ",", "without",
                "central", "party", "trust", "digital", "assets"]
LEDGER_TEXTS = st.lists(st.sampled_from(LEDGER_WORDS), min_size=1, max_size=18).map(
    lambda words: "A distributed ledger is " + " ".join(words) + ".")


def _words(text: str, analyzer: Analyzer) -> set[str]:
    return {t.norm for t in analyzer.tokens(text) if t.is_word}


@settings(max_examples=int(__import__("os").environ.get("HYPOTHESIS_EXAMPLES", 40)),
          deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(LEDGER_TEXTS, max_size=6), max_words=st.integers(min_value=4, max_value=30))
def test_synthesize_is_deterministic_and_faithful_or_fails_in_one_line(texts, max_words):
    definitions = _definitions(texts)
    analyzer = Analyzer("distributed ledger")
    try:
        first = synthesize("distributed ledger", definitions, analyzer, max_words=max_words,
                           min_words=min(12, max_words))
    except InvalidRequest as error:
        assert len(definitions) < 2  # the one documented refusal
        assert "\n" not in str(error) and "at least two" in str(error)
        return
    again = synthesize("distributed ledger", definitions, Analyzer("distributed ledger"),
                       max_words=max_words, min_words=min(12, max_words))
    assert again == first
    sources = set().union(*(_words(d.text, analyzer) for d in definitions))
    assert _words(first.definition, analyzer) <= sources
    assert set(first.ids) == {d.id for d in definitions}
