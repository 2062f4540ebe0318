"""Pairwise comparison of definitions: similarity scores, suggestions and word diffs."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from cs_define.text import Analyzer

#: "Did you mean" offers names scoring at least this (rapidfuzz WRatio, 0-100).
SUGGEST_CUTOFF = 70.0


def closest(name: str, choices: Sequence[str], limit: int = 3) -> list[str]:
    """Return up to `limit` choices that look like `name`: one edit away, or fuzzily close."""
    from rapidfuzz import fuzz, process, utils
    from rapidfuzz.distance import Levenshtein

    unique = list(dict.fromkeys(choices))
    folded = name.casefold()
    near = [c for c in unique if Levenshtein.distance(folded, c.casefold()) <= 1]
    fuzzy = process.extract(
        name, unique, scorer=fuzz.WRatio, processor=utils.default_process,
        score_cutoff=SUGGEST_CUTOFF, limit=limit,
    )
    return list(dict.fromkeys(near + [choice for choice, _, _ in fuzzy]))[:limit]


@dataclass(frozen=True)
class PairScores:
    """Similarity of two texts, each from 0 to 100."""

    ratio: float  # rapidfuzz fuzz.ratio: character-level edit similarity
    token_set_ratio: float  # rapidfuzz: word sets, order ignored
    partial_ratio: float  # rapidfuzz: best-matching substring
    jaccard: float  # overlap of content-word keys (stems), |A & B| / |A | B| x 100

    def as_dict(self) -> dict[str, float]:
        """Return the scores rounded to one decimal, by name."""
        return {name: round(getattr(self, name), 1)
                for name in ("ratio", "token_set_ratio", "partial_ratio", "jaccard")}


def pair_scores(a: str, b: str, analyzer: Analyzer) -> PairScores:
    """Return the similarity scores of two texts (symmetric in a and b)."""
    from rapidfuzz import fuzz, utils

    process = utils.default_process
    keys_a, keys_b = analyzer.keys(a), analyzer.keys(b)
    union = keys_a | keys_b
    jaccard = 100.0 * len(keys_a & keys_b) / len(union) if union else 0.0
    # partial_ratio is not symmetric for equal-length strings: take the larger of both ways.
    partial = max(fuzz.partial_ratio(a, b, processor=process), fuzz.partial_ratio(b, a, processor=process))
    return PairScores(
        ratio=fuzz.ratio(a, b, processor=process),
        token_set_ratio=fuzz.token_set_ratio(a, b, processor=process),
        partial_ratio=partial,
        jaccard=jaccard,
    )


@dataclass(frozen=True)
class DiffOp:
    """A run of a word diff: op is "equal", "insert" or "delete"; text keeps its spacing."""

    op: str
    text: str


#: Above this many words (and marks) between the shared start and end, word_diff shows one
#: replacement instead of a word-by-word diff (which costs about 0.2 s at this size).
LONG_DIFF = 3_000


def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """Return the word-level diff from `old` to `new`; punctuation counts as its own word."""
    analyzer = _DIFF_ANALYZER
    old_units = _units(old, analyzer)
    new_units = _units(new, analyzer)
    a = [u.strip() for u in old_units]
    b = [u.strip() for u in new_units]
    # Runs shared at both ends are matched directly: difflib need only see the middle.
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and tail < len(b) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle_a, middle_b = a[head:len(a) - tail], b[head:len(b) - tail]
    if max(len(middle_a), len(middle_b)) > LONG_DIFF:
        # difflib is quadratic here (a 1 MB definition took minutes, autojunk or not): a
        # middle this long is shown as one replacement.
        opcodes = [("replace", head, len(a) - tail, head, len(b) - tail)]
    else:
        matcher = difflib.SequenceMatcher(a=middle_a, b=middle_b, autojunk=False)
        opcodes = [(tag, i1 + head, i2 + head, j1 + head, j2 + head)
                   for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    if head:
        opcodes.insert(0, ("equal", 0, head, 0, head))
    if tail:
        opcodes.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            ops.append(DiffOp("equal", "".join(new_units[j1:j2])))
            continue
        if tag in ("delete", "replace"):
            ops.append(DiffOp("delete", "".join(old_units[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(DiffOp("insert", "".join(new_units[j1:j2])))
    return tuple(_spaced([op for op in ops if op.text]))


def _spaced(ops: list[DiffOp]) -> list[DiffOp]:
    """Keep a space between runs that would otherwise glue two words ("the" + "assistance")."""
    out: list[DiffOp] = []
    for op in ops:
        if out and out[-1].text[-1:].isalnum() and op.text[:1].isalnum():
            op = DiffOp(op.op, " " + op.text)
        out.append(op)
    return out


_DIFF_ANALYZER = Analyzer()


def _units(text: str, analyzer: Analyzer) -> list[str]:
    """Split text into tokens, each carrying the whitespace that precedes it."""
    from cs_define.text import normalize

    normal = normalize(text)
    units, previous = [], 0
    for token in analyzer.tokens(text):
        units.append(normal[previous:token.end])
        previous = token.end
    if units and previous < len(normal):
        units[-1] += normal[previous:]
    return units
