"""Pairwise comparison of definitions: similarity scores, suggestions and word diffs."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cs_define.text import Analyzer, is_word_char, span_text

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
    """Keep a space between runs that would otherwise glue two words ("the" + "assistance").

    Both sides are checked: the old text reads equal and deleted runs, the new text equal and
    inserted ones, so a run may follow a different neighbour on each side.
    """
    out: list[DiffOp] = []
    last = {"old": "", "new": ""}  # the last character of each side so far
    for op in ops:
        sides = {"equal": ("old", "new"), "delete": ("old",), "insert": ("new",)}[op.op]
        if is_word_char(op.text[:1]) and any(is_word_char(last[side][-1:]) for side in sides):
            op = DiffOp(op.op, " " + op.text)
        for side in sides:
            last[side] = op.text
        out.append(op)
    return out


_DIFF_ANALYZER = Analyzer()


def _units(text: str, analyzer: Analyzer) -> list[str]:
    """Split text into tokens, each carrying the whitespace that precedes it."""
    units, previous = [], 0  # token offsets refer to the text as written
    for token in analyzer.tokens(text):
        if units and token.start < previous:
            # one written character that normalises to several tokens ("¼0" reads "1⁄40"):
            # its tokens are one unit, so no diff cuts the character
            units[-1] += text[previous:max(previous, token.end)]
        else:
            units.append(text[previous:token.end])
        previous = max(previous, token.end)
    if units and previous < len(text):
        units[-1] += text[previous:]
    return units


# --- comparing several definitions ------------------------------------------------------------

#: Similar phrasing: phrases scoring at least this (rapidfuzz token_sort_ratio, 0-100) match.
PHRASE_THRESHOLD = 80.0
#: Shortest and longest phrase (in words) compared; matches next to each other are merged.
PHRASE_MIN_WORDS = 2
PHRASE_MAX_WORDS = 8


@dataclass(frozen=True)
class Phrase:
    """A run of words in one definition: tokens[start:end] of its analysed text."""

    id: str
    text: str  # as written
    start: int  # token indices (end exclusive)
    end: int


@dataclass(frozen=True)
class PhraseMatch:
    """Two phrases from different definitions that say much the same thing."""

    a: Phrase
    b: Phrase
    score: float  # 0-100


def _phrases(text: str, analyzer: Analyzer, min_words: int, max_words: int):
    """Return (phrase start, end, comparable string, content keys) for every candidate phrase.

    A candidate is 2..8 consecutive words of one clause, outside the lead-in, that starts and
    ends on a content word (so "to those people who" is never a phrase on its own).
    """
    tokens = analyzer.tokens(text)
    words = [i for i, t in enumerate(tokens) if t.is_word and not t.lead_in]
    out = []
    for a, first in enumerate(words):
        if not tokens[first].is_content:
            continue
        for n in range(min_words, max_words + 1):
            b = a + n - 1
            if b >= len(words):
                break
            last = words[b]
            if tokens[last].clause != tokens[first].clause:
                break
            if not tokens[last].is_content:
                continue
            chosen = [tokens[i] for i in words[a:b + 1]]
            out.append((first, last + 1, " ".join(t.norm for t in chosen),
                        frozenset(t.key for t in chosen if t.is_content)))
    return out


def similar_phrases(
    definitions: Sequence, analyzer: Analyzer, threshold: float = PHRASE_THRESHOLD
) -> tuple[PhraseMatch, ...]:
    """Return pairs of phrases from different definitions scoring at least `threshold`.

    Phrases are 2 to 8 words; matching windows that overlap on both sides are merged into one
    longer match (so a 13-word shared passage is reported once, whole). Best first; once a
    phrase pair is taken, pairs overlapping either of its spans in the same two definitions
    are dropped.
    """
    from rapidfuzz import fuzz, utils

    candidates = {d.id: _phrases(d.text, analyzer, PHRASE_MIN_WORDS, PHRASE_MAX_WORDS)
                  for d in definitions}
    sizes = [len(candidates[d.id]) for d in definitions]
    few = sum(a * b for i, a in enumerate(sizes) for b in sizes[i + 1:]) <= FEW_PHRASE_PAIRS
    matches: list[PhraseMatch] = []
    for i, left in enumerate(definitions):
        for right in definitions[i + 1:]:
            a_list, b_list = candidates[left.id], candidates[right.id]
            if not a_list or not b_list:
                continue
            hits = []
            for x, y, score in _scores_at_least([p[2] for p in a_list], [p[2] for p in b_list],
                                                threshold, few):
                # Shared spelling is not shared meaning: require a common content word that is
                # not the term's own (every definition says "customer" for "customer service").
                if (a_list[x][3] & b_list[y][3]) - analyzer.term_keys:
                    hits.append((a_list[x][:2], b_list[y][:2], score))
            spans = {(a_span, b_span): score for a_span, b_span, score in hits}
            for a_span, b_span in _merge_overlapping(hits):
                if (a_span, b_span) not in spans:
                    score = fuzz.token_sort_ratio(
                        _words(left.text, analyzer, *a_span), _words(right.text, analyzer, *b_span),
                        processor=utils.default_process)
                    if score >= threshold:
                        spans[a_span, b_span] = score
            for (a_span, b_span), score in spans.items():
                matches.append(PhraseMatch(
                    Phrase(left.id, span_text(left.text, analyzer.tokens(left.text), *a_span), *a_span),
                    Phrase(right.id, span_text(right.text, analyzer.tokens(right.text), *b_span), *b_span),
                    round(score, 1)))
    return _best_without_overlap(matches)


#: Up to this many phrase pairs in all, `similar_phrases` scores them one by one: cheaper than
#: the import of numpy that `process.cdist` needs (about 80 ms, the time of 40,000 pairs one by
#: one), which a `compare` of a few definitions (tens of phrases each) would spend for nothing.
FEW_PHRASE_PAIRS = 20_000


def _scores_at_least(queries: Sequence[str], targets: Sequence[str], threshold: float,
                     few: bool) -> list[tuple[int, int, float]]:
    """Return (query index, target index, score) of the pairs scoring at least `threshold`
    with `fuzz.token_sort_ratio`, row by row; the same scores as `process.cdist` gives in
    float32, computed one by one when `few`, else by cdist on all cores."""
    from rapidfuzz import fuzz, process, utils

    if few:
        from array import array

        out = []
        for x, query in enumerate(queries):
            for y, target in enumerate(targets):
                score = fuzz.token_sort_ratio(query, target, processor=utils.default_process,
                                              score_cutoff=threshold)
                if score:
                    out.append((x, y, array("f", (score,))[0]))  # cdist's float32
        return out
    scores = process.cdist(queries, targets, scorer=fuzz.token_sort_ratio,
                           processor=utils.default_process, score_cutoff=threshold,
                           dtype="float32", workers=-1)
    return [(int(x), int(y), float(scores[x, y])) for x, y in zip(*scores.nonzero())]


def _words(text: str, analyzer: Analyzer, start: int, end: int) -> str:
    """Return the case-folded words of tokens[start:end], punctuation left out."""
    return " ".join(t.norm for t in analyzer.tokens(text)[start:end] if t.is_word)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: Overlapping hits merge only when their alignments are at most this many tokens apart, so
#: a local reordering ("provided by a company" / "a company provided") joins one passage but
#: two unrelated hits that happen to overlap do not.
MERGE_SHIFT = 3


def _diagonal(hit) -> int:
    return hit[0][0] - hit[1][0]


def _merge_overlapping(hits) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Return the union spans of groups of aligned hits that overlap each other on both sides."""
    parent = list(range(len(hits)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(hits)), key=lambda i: hits[i][0])
    for n, i in enumerate(order):
        for j in order[n + 1:]:
            if hits[j][0][0] >= hits[i][0][1]:
                break  # sorted by start on side a: no later hit overlaps i there
            if _overlaps(hits[i][1], hits[j][1]) and abs(_diagonal(hits[i]) - _diagonal(hits[j])) <= MERGE_SHIFT:
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(hits)):
        groups.setdefault(root(i), []).append(i)
    merged = []
    for members in groups.values():
        if len(members) > 1:
            merged.append((
                (min(hits[i][0][0] for i in members), max(hits[i][0][1] for i in members)),
                (min(hits[i][1][0] for i in members), max(hits[i][1][1] for i in members)),
            ))
    return merged


def _match_weight(match: PhraseMatch) -> tuple[float, float]:
    """Rank key: how much wording the match accounts for (score x words), then its score."""
    words = min(len(match.a.text.split()), len(match.b.text.split()))
    return (match.score * words, match.score)


def _best_without_overlap(matches: list[PhraseMatch]) -> tuple[PhraseMatch, ...]:
    """Take matches best first, skipping any that overlaps a taken one in the same two texts."""
    taken: list[PhraseMatch] = []
    for match in sorted(matches, key=_match_weight, reverse=True):
        if any(
            {match.a.id, match.b.id} == {other.a.id, other.b.id}
            and (_overlaps((match.a.start, match.a.end), (other.a.start, other.a.end))
                 or _overlaps((match.b.start, match.b.end), (other.b.start, other.b.end)))
            for other in taken
        ):
            continue
        taken.append(match)
    return tuple(sorted(taken, key=lambda m: m.score, reverse=True))


@dataclass(frozen=True)
class SharedTerm:
    """A content word used by more than one of the compared definitions."""

    key: str  # concept key (stem through synonyms)
    label: str  # the most common wording
    ids: tuple[str, ...]  # definitions using it, in input order
    forms: tuple[tuple[str, tuple[str, ...]], ...]  # (id, the wordings that source used)
    is_term: bool  # a word of the term itself


@dataclass(frozen=True)
class Comparison:
    """Everything `compare` reports about two or more definitions."""

    ids: tuple[str, ...]
    pairs: tuple[tuple[str, str, PairScores], ...]
    shared_terms: tuple[SharedTerm, ...]
    similar_phrases: tuple[PhraseMatch, ...]
    unique_terms: tuple[tuple[str, tuple[str, ...]], ...]  # (id, wordings only it uses)
    threshold: float
    diff: tuple[DiffOp, ...] | None = None  # with exactly two definitions


def _surface_forms(definitions: Sequence, analyzer: Analyzer) -> dict[str, dict[str, list[str]]]:
    """Return key -> id -> distinct wordings as written (any case counts once), in order of use."""
    found: dict[str, dict[str, list[str]]] = {}
    for definition in definitions:
        seen = set()
        for token in analyzer.content(definition.text):
            if (token.key, token.norm) in seen:
                continue
            seen.add((token.key, token.norm))
            found.setdefault(token.key, {}).setdefault(definition.id, []).append(token.surface)
    return found


def shared_terms(definitions: Sequence, analyzer: Analyzer) -> tuple[SharedTerm, ...]:
    """Return the content words used by more than one definition, with each source's wording.

    Most widely shared first; the term's own words after the others; then in order of first use.
    """
    order = [d.id for d in definitions]
    result = []
    for position, (key, by_id) in enumerate(_surface_forms(definitions, analyzer).items()):
        if len(by_id) < 2:
            continue
        ids = tuple(i for i in order if i in by_id)
        counts = Counter(form.casefold() for i in ids for form in by_id[i])
        result.append((position, SharedTerm(
            key=key, label=counts.most_common(1)[0][0], ids=ids,
            forms=tuple((i, tuple(by_id[i])) for i in ids), is_term=key in analyzer.term_keys,
        )))
    result.sort(key=lambda item: (item[1].is_term, -len(item[1].ids), item[0]))
    return tuple(term for _, term in result)


def unique_terms(definitions: Sequence, analyzer: Analyzer) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return, for each definition, the content words (as written) that no other one uses."""
    forms = _surface_forms(definitions, analyzer)
    return tuple(
        (d.id, tuple(f for key, by_id in forms.items() if set(by_id) == {d.id}
                     for f in by_id[d.id][:1]))
        for d in definitions
    )


def compare(definitions: Sequence, analyzer: Analyzer,
            threshold: float = PHRASE_THRESHOLD) -> Comparison:
    """Return the comparison of two or more distinct definitions (pairs in input order)."""
    from cs_define.errors import InvalidRequest

    ids = [d.id for d in definitions]
    if len(definitions) < 2:
        raise InvalidRequest("compare needs at least two definition ids")
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise InvalidRequest(f"{repeated[0]!r} is given more than once; compare distinct definitions")
    if not 0 <= threshold <= 100:
        raise InvalidRequest(f"--threshold must be between 0 and 100, not {threshold:g}")
    pairs = tuple(
        (a.id, b.id, pair_scores(a.text, b.text, analyzer))
        for n, a in enumerate(definitions) for b in definitions[n + 1:]
    )
    diff = word_diff(definitions[0].text, definitions[1].text) if len(definitions) == 2 else None
    return Comparison(
        ids=tuple(ids), pairs=pairs, shared_terms=shared_terms(definitions, analyzer),
        similar_phrases=similar_phrases(definitions, analyzer, threshold),
        unique_terms=unique_terms(definitions, analyzer), threshold=threshold, diff=diff,
    )


# --- similarity between every pair of definitions -----------------------------------------------

#: Scorers `matrix` offers: rapidfuzz's (on case-folded text) and the Jaccard overlap of stems.
SCORERS = ("token_set_ratio", "token_sort_ratio", "ratio", "partial_ratio", "jaccard")
#: Above this many definitions a full matrix is unreadable: show nearest neighbours instead.
FULL_MATRIX_LIMIT = 30
#: Cells computed at once when a matrix is built in row chunks (bounds memory, not speed).
CHUNK_CELLS = 2_000_000


@dataclass(frozen=True)
class Similarity:
    """Pairwise similarity of definitions: a full matrix, or each one's nearest neighbours."""

    ids: tuple[str, ...]
    scorer: str
    mean: tuple[float, ...]  # each definition's mean similarity to all the others
    central: str  # highest mean similarity
    distinct: str  # lowest mean similarity
    matrix: tuple[tuple[float, ...], ...] | None = None  # n x n, when n <= the full limit
    neighbours: tuple[tuple[tuple[str, float], ...], ...] | None = None  # top k per definition
    top: int = 0


def _check_scorer(scorer: str) -> None:
    from cs_define.errors import InvalidRequest

    if scorer not in SCORERS:
        hint = closest(scorer, SCORERS)
        did = f"; did you mean {hint[0]!r}?" if hint else ""
        raise InvalidRequest(f"unknown scorer {scorer!r}{did} (choose from {', '.join(SCORERS)})")


def _key_char(index: int) -> str:
    code = 0x100 + index
    return chr(code + 0x800 if code >= 0xD800 else code)  # skip the surrogate block


def _prepared(texts: Sequence[str], analyzer: Analyzer, scorer: str):
    """Return (choices, rapidfuzz scorer, processor) for cdist with the named scorer.

    For "jaccard" each text becomes one character per distinct content key, sorted. The longest
    common subsequence of two such strings is their intersection, so rapidfuzz's Indel ratio is
    the Dice coefficient 2|A&B|/(|A|+|B|), turned into Jaccard by `_finish`.
    """
    from rapidfuzz import fuzz, utils

    _check_scorer(scorer)
    if scorer == "jaccard":
        vocabulary: dict[str, int] = {}
        choices = []
        for text in texts:
            indices = sorted(vocabulary.setdefault(k, len(vocabulary)) for k in analyzer.keys(text))
            choices.append("".join(_key_char(i) for i in indices))
        return choices, fuzz.ratio, None
    return list(texts), getattr(fuzz, scorer), utils.default_process


def _block(choices, rows: slice, scorer_name: str, scorer, processor, cols: slice | None = None):
    """Return the float32 scores of choices[rows] against choices[cols] (default: all), 0-100.

    When rows and cols are the same slice, one list is passed as both queries and choices, so
    rapidfuzz scores each pair of a symmetric scorer once (about half the time).
    """
    import numpy as np
    from rapidfuzz import process

    cols = slice(0, len(choices)) if cols is None else cols
    queries = choices[rows]
    targets = queries if (rows.start, rows.stop) == (cols.start, cols.stop) else choices[cols]
    block = process.cdist(queries, targets, scorer=scorer, processor=processor,
                          dtype=np.float32, workers=-1)
    if scorer_name == "partial_ratio":  # not symmetric: take the better direction, as pair_scores
        other = process.cdist(targets, queries, scorer=scorer, processor=processor,
                              dtype=np.float32, workers=-1)
        block = np.maximum(block, other.T)
    if scorer_name == "jaccard":
        block = 100.0 * block / (200.0 - block)
        empty = np.array([not c for c in choices])
        block[np.ix_(empty[rows], empty[cols])] = 0.0  # nothing in common with nothing, as pair_scores
    return block


def similarity_matrix(texts: Sequence[str], analyzer: Analyzer, scorer: str = "token_set_ratio"):
    """Return the n x n numpy float32 matrix of pairwise scores (allocates n x n: keep n small)."""
    choices, function, processor = _prepared(texts, analyzer, scorer)
    return _block(choices, slice(0, len(choices)), scorer, function, processor)


def _top_k(block, cols, k: int):
    """Return (scores, cols) of each row's k best cells, by score then lowest column, exactly.

    `cols` names the column of each block column. Ties are broken by column however the rows
    were chunked, so neighbours never depend on the chunk size.
    """
    import numpy as np

    rows, width = block.shape
    k = min(k, width)
    if not k or not rows:
        return np.empty((rows, 0), np.float32), np.empty((rows, 0), np.int64)
    kth = np.partition(block, width - k, axis=1)[:, width - k]  # each row's k-th best score
    r, c = np.nonzero(block >= kth[:, None])  # usually about k per row; more only on ties
    score = block[r, c]
    order = np.lexsort((cols[c], -score, r))
    r, c, score = r[order], c[order], score[order]
    rank = np.arange(len(r)) - np.searchsorted(r, np.arange(rows))[r]
    keep = rank < k
    best_scores = np.empty((rows, k), np.float32)
    best_cols = np.empty((rows, k), np.int64)
    best_scores[r[keep], rank[keep]] = score[keep]
    best_cols[r[keep], rank[keep]] = cols[c[keep]]
    return best_scores, best_cols


def _merge(scores, cols, more_scores, more_cols, k: int):
    """Return the k best of two candidate sets per row, by score then lowest column."""
    import numpy as np

    scores = np.concatenate((scores, more_scores), axis=1)
    cols = np.concatenate((cols, more_cols), axis=1)
    order = np.lexsort((cols, -scores), axis=1)[:, :k]
    return np.take_along_axis(scores, order, axis=1), np.take_along_axis(cols, order, axis=1)


def nearest_neighbours(texts: Sequence[str], analyzer: Analyzer, scorer: str = "token_set_ratio",
                       k: int = 5, chunk_cells: int = CHUNK_CELLS,
                       progress: Callable[[int], object] | None = None):
    """Return (neighbours, mean): each text's k most similar others as (index, score), best
    first (ties: lowest index), and its mean similarity to all others.

    Each pair is scored once, as a bare `cdist(x, x)` does for a symmetric scorer: a chunk of
    rows is scored against itself and against the rows after it, and each score counts for
    both texts. Chunks hold about `chunk_cells` cells, so memory stays bounded (n x k kept)
    however many texts there are. `progress`, if given, is called with the number of rows done
    after each chunk (for a progress bar)."""
    import numpy as np

    choices, function, processor = _prepared(texts, analyzer, scorer)
    n = len(choices)
    k = max(0, min(k, n - 1))
    index = np.arange(n, dtype=np.int64)
    best_scores = np.full((n, k), -np.inf, dtype=np.float32)
    best_cols = np.full((n, k), n, dtype=np.int64)
    sums = np.zeros(n, dtype=np.float64)
    first = 0
    while first < n:
        stop = min(n, first + max(1, chunk_cells // (n - first)))
        rows, after = slice(first, stop), slice(stop, n)
        square = _block(choices, rows, scorer, function, processor, cols=rows)
        rest = _block(choices, rows, scorer, function, processor, cols=after)
        np.fill_diagonal(square, 0.0)
        sums[rows] += square.sum(axis=1, dtype=np.float64) + rest.sum(axis=1, dtype=np.float64)
        sums[after] += rest.sum(axis=0, dtype=np.float64)
        if k:
            np.fill_diagonal(square, -1.0)  # never one's own neighbour
            for block, cols in ((square, index[rows]), (rest, index[after])):
                found = _top_k(block, cols, k)
                best_scores[rows], best_cols[rows] = _merge(
                    best_scores[rows], best_cols[rows], *found, k)
            found = _top_k(rest.T, index[rows], k)  # the later rows' scores against this chunk
            best_scores[after], best_cols[after] = _merge(
                best_scores[after], best_cols[after], *found, k)
        if progress is not None:
            progress(stop - first)
        first = stop
    neighbours = [tuple((int(c), round(float(s), 1)) for s, c in zip(row_s, row_c))
                  for row_s, row_c in zip(best_scores, best_cols)]
    means = sums / (n - 1) if n > 1 else sums
    return neighbours, [round(float(m), 1) for m in means]


def similarity(definitions: Sequence, analyzer: Analyzer, scorer: str = "token_set_ratio",
               top: int = 5, full_limit: int = FULL_MATRIX_LIMIT,
               progress: Callable[[int], object] | None = None) -> Similarity:
    """Return the pairwise similarity of definitions: the full matrix up to `full_limit`
    definitions, else the `top` nearest neighbours of each; with the most central (highest
    mean similarity to the others) and the most distinct (lowest) named. `progress` is passed
    to `nearest_neighbours` (rows done), and not called for a full matrix (small, fast)."""
    from cs_define.errors import InvalidRequest

    _check_scorer(scorer)
    if len(definitions) < 2:
        raise InvalidRequest(f"a similarity matrix needs at least two definitions, "
                             f"not {len(definitions)}")
    if top < 1:
        raise InvalidRequest(f"--top must be at least 1, not {top}")
    ids = tuple(d.id for d in definitions)
    texts = [d.text for d in definitions]
    if len(texts) <= full_limit:
        full = similarity_matrix(texts, analyzer, scorer)
        matrix = tuple(tuple(round(float(v), 1) for v in row) for row in full)
        n = len(ids)
        mean = tuple(round((float(full[i].sum(dtype="float64")) - float(full[i, i])) / (n - 1), 1)
                     for i in range(n))
        neighbours = None
    else:
        found, mean = nearest_neighbours(texts, analyzer, scorer, top, progress=progress)
        neighbours = tuple(tuple((ids[j], s) for j, s in row) for row in found)
        matrix, mean = None, tuple(mean)
    central = max(range(len(ids)), key=lambda i: (mean[i], -i))
    distinct = min(range(len(ids)), key=lambda i: (mean[i], i))
    return Similarity(ids=ids, scorer=scorer, mean=mean, central=ids[central],
                      distinct=ids[distinct], matrix=matrix, neighbours=neighbours, top=top)
