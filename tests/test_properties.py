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
    normal = normalize(text)
    for token in tokens:
        assert normal[token.start:token.end] == token.surface
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
