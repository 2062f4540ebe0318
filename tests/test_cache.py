"""The cache of validated data files: same Corpus as parsing, invalidated by any change."""

from __future__ import annotations

import os

import pytest

from cs_define import cache, store

RICH = """\
terms:
  - term: Glossary Entry
    stopwords: [really]
    synonyms: [[sale, purchase], [client, customer]]
    definitions:
      - id: a
        source: Source A
        text: "An entry — with ünïcödé, 中文 and \\"quotes\\"."
        date: 2020-01-02
        kind: Dictionary
        perspective: customer
        url: https://example.invalid/a
        note: a note
        revisions:
          - text: older wording
            date: "2019"
            source: old source
            note: first
          - text: second wording
      - id: b
        source: Source B
        text: plain
    aggregates:
      - id: agg
        source: curator
        text: an aggregate
  - term: other
    definitions:
      - id: x
        source: X
        text: something
"""


def entries(directory):
    return sorted(p for p in directory.iterdir() if p.suffix == ".json") if directory.exists() else []


def test_cached_corpus_equals_the_parsed_one(write_data, tmp_path):
    path = write_data(RICH)
    first = store.load(path, layer="user")
    assert len(entries(cache.cache_dir())) == 1
    second = store.load(path, layer="user")
    assert second == first  # every field, revisions, aggregates, lines and layer included
    assert second.terms[0].definitions[0].revisions[1].text == "second wording"
    assert store.load(path, layer="bundled").terms[0].definitions[0].layer == "bundled"


def test_a_cache_hit_skips_yaml(write_data, monkeypatch):
    path = write_data(RICH)
    store.load(path)
    monkeypatch.setattr(store, "parse_yaml", lambda *a: pytest.fail("parsed despite the cache"))
    assert store.load(path).terms[0].name == "Glossary Entry"


def test_editing_the_file_invalidates_the_entry(write_data):
    path = write_data(RICH)
    store.load(path)
    path.write_text(RICH.replace("text: plain", "text: changed"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # even a file whose size is unchanged gets a new key
    assert store.load(path).terms[0].definitions[1].text == "changed"


def test_an_edit_that_breaks_the_file_is_still_reported(write_data):
    path = write_data(RICH)
    store.load(path)
    path.write_text(RICH.replace("source: Source B", "source: [B]"), encoding="utf-8")
    with pytest.raises(store.DataError, match="'source' must be a string"):
        store.load(path)


def test_a_corrupt_entry_falls_back_to_parsing(write_data):
    path = write_data(RICH)
    expected = store.load(path)
    for entry in entries(cache.cache_dir()):
        entry.write_text('{"key": 1, "terms": [[[')
    assert store.load(path) == expected
    for entry in entries(cache.cache_dir()):
        entry.write_text('{"key": null}')
    assert store.load(path) == expected


def test_cache_can_be_turned_off_or_moved(write_data, monkeypatch, tmp_path):
    path = write_data(RICH)
    monkeypatch.setenv("CS_DEFINE_CACHE", "0")
    assert cache.cache_dir() is None
    store.load(path)
    assert not (tmp_path / "user-data" / "cache").exists()
    monkeypatch.delenv("CS_DEFINE_CACHE")
    monkeypatch.setenv("CS_DEFINE_CACHE_DIR", str(tmp_path / "elsewhere"))
    store.load(path)
    assert len(entries(tmp_path / "elsewhere")) == 1


def test_an_unwritable_cache_never_fails_a_load(write_data, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CS_DEFINE_CACHE_DIR", str(blocker / "cache"))
    path = write_data(RICH)
    assert store.load(path).terms[1].name == "other"
    assert store.load(path).terms[1].name == "other"
