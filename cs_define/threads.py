"""Common threads: the words and phrases that several definitions of a term share.

A thread is a concept key (a stem, or a run of up to four content stems such as
("custom", "satisfact")) with the definitions that use it and the wording each one chose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cs_define.model import Definition
from cs_define.text import Analyzer, content_ngrams

#: Longest phrase (in content words) considered as one thread.
MAX_PHRASE = 8
#: At most this many tokens (stopwords, commas) may stand between two words of a phrase.
MAX_GAP = 3


@dataclass(frozen=True)
class Thread:
    """A concept shared by several definitions, with each source's own wording."""

    key: tuple[str, ...]  # concept keys, one per content word
    label: str  # the most common wording
    ids: tuple[str, ...]  # the definitions that use it, in input order
    forms: tuple[tuple[str, str], ...]  # (id, wording as written) for each of `ids`
    is_term: bool  # every word of it belongs to the term itself ("customer", "service")

    @property
    def support(self) -> int:
        """How many definitions use this thread."""
        return len(self.ids)

    @property
    def size(self) -> int:
        """How many content words the thread has (a phrase is more specific than a word)."""
        return len(self.key)


def occurrences(text: str, analyzer: Analyzer, max_n: int = MAX_PHRASE) -> dict[tuple[str, ...], str]:
    """Return each concept key (word or phrase) in `text`, mapped to its first wording."""
    tokens = analyzer.tokens(text)
    found: dict[tuple[str, ...], str] = {}
    for start, end, keys in content_ngrams(tokens, 1, max_n):
        if end - start > len(keys) + (len(keys) - 1) * MAX_GAP:
            continue  # the words are too far apart to be one phrase
        if keys not in found:
            found[keys] = text[tokens[start].start:tokens[end - 1].end]  # as written
    return found


def common_threads(
    definitions: Sequence[Definition], analyzer: Analyzer, min_support: int = 2,
    progress: Callable[[int], object] | None = None,
) -> list[Thread]:
    """Return the threads used by at least `min_support` definitions, best first.

    Ranking: threads made only of the term's own words last; then by support; then by size
    (a shared phrase before a shared word); then alphabetically. A thread is dropped when a
    longer thread containing it is used by exactly the same definitions, so "customer
    satisfaction" is listed once rather than also as "satisfaction".
    `progress`, if given, is called with 1 after each definition is read (for a progress bar).
    """
    min_support = max(1, min_support)
    by_key: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for definition in definitions:
        for key, form in occurrences(definition.text, analyzer).items():
            by_key.setdefault(key, []).append((definition.id, form))
        if progress is not None:
            progress(1)
    kept = {key: uses for key, uses in by_key.items() if len(uses) >= min_support}
    id_sets = {key: frozenset(i for i, _ in uses) for key, uses in kept.items()}
    subsumed = _subsumed(id_sets)
    threads = []
    for key, uses in kept.items():
        if key in subsumed:
            continue
        threads.append(Thread(
            key=key,
            label=_label(form for _, form in uses),
            ids=tuple(i for i, _ in uses),
            forms=tuple(uses),
            is_term=all(k in analyzer.term_keys for k in key),
        ))
    threads.sort(key=lambda t: (t.is_term, -t.support, -t.size, t.label.casefold()))
    return threads


def _subsumed(id_sets: dict[tuple[str, ...], frozenset[str]]) -> set[tuple[str, ...]]:
    """Return the keys contained in a longer key that the very same definitions use.

    Each key is checked against the runs inside the longer keys (at most MAX_PHRASE^2 / 2 per
    key) rather than against every other key, so this grows with the number of keys, not its
    square (5 s of 5.2 s for 1,000 definitions before).
    """
    found: set[tuple[str, ...]] = set()
    for longer, ids in id_sets.items():
        size = len(longer)
        for n in range(1, size):
            for start in range(size - n + 1):
                part = longer[start:start + n]
                if part not in found and id_sets.get(part) == ids:
                    found.add(part)
    return found


def _label(forms) -> str:
    """Return the most common wording (case-folded), earliest first on ties."""
    counts = Counter()
    first: dict[str, str] = {}
    for form in forms:
        folded = form.casefold()
        counts[folded] += 1
        first.setdefault(folded, form)
    order = {form: position for position, form in enumerate(first)}
    best = max(counts, key=lambda f: (counts[f], -order[f]))
    return best
