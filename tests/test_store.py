"""The loader: the data-file contract, and one clear error (file, line, what) for each problem."""

from __future__ import annotations

import pytest

from cs_define import store
from cs_define.errors import DataError

from conftest import MINIMAL


def load_text(write_data, text: str):
    return store.load(write_data(text))


def error_of(write_data, text: str) -> str:
    with pytest.raises(DataError) as info:
        load_text(write_data, text)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_minimal_file_loads(write_data):
    corpus = load_text(write_data, MINIMAL)
    (term,) = corpus.terms
    assert term.name == "cloud computing"
    assert [d.id for d in term.definitions] == ["nist", "gartner"]
    assert term.definitions[0].source == "NIST SP 800-145"
    assert term.definitions[0].line == 4
    assert term.aggregates == ()


def test_bundled_data_loads_with_every_seed_source():
    corpus = store.load(store.bundled_data_path())
    (term,) = corpus.terms
    ids = {d.id for d in term.definitions}
    assert {"wikipedia", "businessdictionary", "dictionary", "wordiq", "turban", "oxford",
            "investopedia", "ai"} <= ids
    assert {d.kind for d in term.definitions} >= {"dictionary", "encyclopedia", "textbook",
                                                  "practitioner", "ai", "crowd"}
    assert [a.id for a in term.aggregates] == ["verygoodservice-2013", "verygoodservice-2023"]
    assert all(a.role == "aggregate" for a in term.aggregates)


def test_bundled_dictionary_revision_is_the_2013_yourdictionary_wording():
    term = store.load(store.bundled_data_path()).terms[0]
    dictionary = next(d for d in term.definitions if d.id == "dictionary")
    (old,) = dictionary.revisions
    assert old.date == "2013-11" and old.source == "yourdictionary.com"
    assert old.text.startswith("The definition of customer service is the assistance that customers")
    assert dictionary.date == "2016-02"
    assert dictionary.text.startswith("assistance and other resources that a company provided")


def test_dates_written_as_yaml_dates_become_strings(write_data):
    corpus = load_text(write_data, MINIMAL.replace("source: Gartner", "source: Gartner\n        date: 2011-09-28"))
    assert corpus.terms[0].definitions[1].date == "2011-09-28"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINIMAL.replace("        source: Gartner\n", ""), "line 7: definition 'gartner' is missing the required field 'source'"),
        (MINIMAL.replace('text: "A style', 'txt: "A style'), "unknown field 'txt'; did you mean 'text'?"),
        (MINIMAL.replace("id: gartner", "id: nist"), "line 7: duplicate id 'nist' in term 'cloud computing' (first on line 4)"),
        (MINIMAL.replace('text: "A style of computing in which scalable and elastic IT-enabled capabilities are delivered as a service using internet technologies."', 'text: "  "'), "'text' is empty"),
        (MINIMAL.replace("source: Gartner", "source: yes"), "'source' must be a string, not true/false (quote it)"),
        (MINIMAL.replace("source: Gartner", "source: [a, b]"), "'source' must be a string, not a list"),
        (MINIMAL.replace("id: gartner", "id: 42"), "'id' must be a string, not a number (quote it)"),
        (MINIMAL.replace("id: gartner", "id: my id"), "'id' must not contain spaces"),
        ("terms: {}\n", "'terms' must be a list, not a mapping"),
        ("- a\n- b\n", "the file must be a mapping, not a list"),
        ("other: 1\n", "missing the top-level 'terms:' list"),
        ("terms:\n  - term: x\n", "line 2: term 'x' is missing the required field 'definitions'"),
        ("", "file is empty"),
        ("terms: [\n", "not valid YAML"),
        ("terms:\n  - term: a\n    term: b\n    definitions: []\n", "line 3: duplicate key 'term' (first used on line 2)"),
    ],
)
def test_invalid_files_give_one_line_errors(write_data, text, expected):
    message = error_of(write_data, text)
    assert expected in message
    assert "defs.yaml" in message


def test_yaml_syntax_error_names_line_and_column(write_data):
    message = error_of(write_data, "terms:\n  - term: x\n   definitions: [\n")
    assert "defs.yaml, line 3, column" in message


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="nope.yaml: file not found"):
        store.load(tmp_path / "nope.yaml")


def test_directory(tmp_path):
    with pytest.raises(DataError, match="is a directory"):
        store.load(tmp_path)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(MINIMAL.replace("Gartner", "Gärtner").encode("latin-1"))
    with pytest.raises(DataError, match=r"line 8: not UTF-8 \(byte 0xe4"):
        store.load(path)


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert store.load(path).terms[0].name == "cloud computing"


def test_size_limit_is_enforced_and_overridable(write_data, monkeypatch):
    path = write_data(MINIMAL)
    monkeypatch.setenv("CS_DEFINE_MAX_MB", "0.0001")
    with pytest.raises(DataError, match="over the 0 MB limit"):
        store.load(path)
    monkeypatch.setenv("CS_DEFINE_MAX_MB", "1")
    assert store.load(path).terms


def test_revisions_are_kept_oldest_first(write_data):
    corpus = load_text(write_data, MINIMAL + """\
        revisions:
          - date: "2009"
            text: first wording
          - date: "2010"
            text: second wording
""")
    gartner = corpus.terms[0].definitions[1]
    assert [r.text for r in gartner.wordings()] == ["first wording", "second wording", gartner.text]
