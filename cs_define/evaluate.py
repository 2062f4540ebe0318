"""Scores for an aggregated definition: ROUGE-1 against a reference, coverage, faithfulness.

All three count stemmed content words (`Analyzer.content`: no stopwords, punctuation or
lead-in such as "Customer service is"), so "interactions" and "interaction" meet. Used by the
`synthesize` command and by `bench/synthesis.py`, so both report the same numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cs_define.text import Analyzer


@dataclass(frozen=True)
class Rouge:
    """ROUGE-1 over stemmed content words, each from 0 to 1."""

    precision: float
    recall: float
    f1: float
    overlap: int  # clipped count of shared content words

    def as_dict(self) -> dict[str, float]:
        """Return the three scores rounded to three decimals, by name."""
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3)}


def content_counts(text: str, analyzer: Analyzer) -> Counter:
    """Return how many times each content key (stem) occurs in `text`."""
    return Counter(token.key for token in analyzer.content(text))


def rouge1(candidate: str, reference: str, analyzer: Analyzer) -> Rouge:
    """Return ROUGE-1 of `candidate` against `reference`, with counts clipped per stem."""
    cand = content_counts(candidate, analyzer)
    ref = content_counts(reference, analyzer)
    overlap = sum((cand & ref).values())  # Counter & keeps the minimum count: clipping
    precision = overlap / sum(cand.values()) if cand else 0.0
    recall = overlap / sum(ref.values()) if ref else 0.0
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return Rouge(precision, recall, f1, overlap)


def majority_keys(sources: Sequence[str], analyzer: Analyzer) -> frozenset[str]:
    """Return the content keys used by at least half of the `sources`."""
    frequency = Counter(key for text in sources for key in analyzer.keys(text))
    return frozenset(key for key, count in frequency.items() if 2 * count >= len(sources))


def coverage(result: str, sources: Sequence[str], analyzer: Analyzer) -> float:
    """Return the share of the keys used by at least half the sources that `result` uses."""
    wanted = majority_keys(sources, analyzer)
    if not wanted:
        return 1.0
    return len(wanted & analyzer.keys(result)) / len(wanted)


def faithfulness(result: str, sources: Sequence[str], analyzer: Analyzer) -> float:
    """Return the share of `result`'s content keys that appear in at least one source."""
    used = analyzer.keys(result)
    if not used:
        return 1.0
    known = frozenset().union(*(analyzer.keys(text) for text in sources)) if sources else frozenset()
    return len(used & known) / len(used)


def word_count(text: str, analyzer: Analyzer) -> int:
    """Return the number of words (not punctuation) in `text`."""
    return sum(1 for token in analyzer.tokens(text) if token.is_word)
