"""One aggregated definition built from the sources' own words, with provenance.

Method: multi-sentence compression over a word graph (Filippova 2010, "Multi-Sentence
Compression: Finding Shortest Paths in Word Graphs"), adapted to definitions:

1. Each source contributes its defining clause: the first sentence after the lead-in
   ("Customer service is"), up to the first clause-ending mark (";", ":", a dash, ...).
2. Content words with the same written form are merged into one node across sources; function
   words and punctuation stay private to their source (Filippova merges them only on shared
   context; keeping them private means every function word keeps its own neighbours).
3. Edges carry Filippova's weight, low for transitions many sources make.
4. A beam search walks from the start of a defining clause to an end. A path may switch from one
   source to another only at a shared content word (the pivot), and only where the grammatical
   guards allow it: not out of or into the middle of a relative clause or of an aside between
   two commas ("a solvent, such as water, through"), not out of an unfinished list, not into a
   list that belongs to a preposition the path does not have ("of the customer" + "[between a
   customer] and a provider"), not at a word that modifies the next one (the join would swap
   the head it describes: "a general rise" + "[the general] level of prices"), not where
   "is/are" would stop agreeing with its subject, not where the entered source goes on with
   an argument of a verb the path does not have ("receive from a company" + "[by
   a company] to those people"), with the rest of a noun phrase that another preposition
   governed ("from a less concentrated solution" + "[into a solution] of higher solute
   concentration") or with a second object ("[give] computer systems the ability").
   A relative clause stays open until its phrase after two content words has ended ("at which
   the average price level of goods and services rises"); its last word may be a pivot.
5. Complete paths are filtered: a pronoun ("its", "their") entered after a switch must keep
   its antecedent (it must not point to a noun said before the pivot in its own source), and
   so must a definite noun phrase ("the person", "this belief") unless the result names it; no
   two runs may open a modifier of the same role ("over the internet ... over a network", two
   purposes "to ..."); a "one" after a comma needs a noun of its number (`one_agrees`:
   "Compounds ..., especially one used to" is refused); and the result must differ from every
   source by more than an article in front.
6. Second parts: a fused candidate, or one source's own clause, that lacks a word most
   sources use is completed with a modifier or purpose phrase of another source that says it
   (a preposition after a noun phrase up to where its source may end: "over time without
   depleting natural resources"), guards applied at the join. A complement ("with a
   product", "to customers") follows only the word it completes in its source; an adjunct
   ("over time", "during a purchase") may follow any base that does not end inside a clause.
7. Candidates that speak to the reader or as the writer ("orders you to go to court") rank
   after all that do not. Then they are ranked by how many of the words used by at least half
   of the sources they leave out (a hard filter when some candidate uses them all), then by a
   score: half of it is consensus, the candidate's mean ROUGE-1 F1 against the sources
   themselves (minimum Bayes risk selection: the candidate the sources, taken as samples of
   the term's meaning, agree with most); the other half how many common threads it covers,
   how well supported its content words are (a repeated word counts once), how fluent the
   path is (Filippova's weight per word) and how close it is to a typical source's length.
8. Large corpora: compression fuses a cluster of related sentences, and every source added to
   the graph adds out-edges to the shared words, so the search slows as the corpus grows.
   Above `GRAPH_SOURCES` (50) sources, the word graph, the search and the second parts are
   built from the 50 most central only: those whose content words overlap most with the
   others' (mean Jaccard, against an evenly spaced sample of `CONSENSUS_SAMPLE` sources, so
   choosing them is O(n * 200)); ties go to the earlier source. Everything that is about all
   the sources still counts all of them: word support, common threads, the majority words,
   the target length, provenance ids, the verbatim-copy check, similarities and the left-out
   reasons (consensus uses its sample of at most 200, as in 7). A note says so.

Every phrase of the result is traced back to the sources that contain it word for word, and
every content word to the sources that use it. Nothing here depends on a particular term:
the guards use closed classes of English function words only.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from cs_define.errors import InvalidRequest
from cs_define.evaluate import Rouge, majority_keys, rouge1
from cs_define.model import Definition
from cs_define.text import (ALIAS_MARKERS, BE_COPULAS, CLAUSE_END, COPULA_ENDINGS,
                            EN_PARTICIPLES, EVENT_CLAUSES, EVENT_COPULAS, HEDGES, IMPERATIVES,
                            IRREGULAR_PARTICIPLES, MODAL_VERBS, NAMES_FOR, PREPOSITIONS,
                            QUOTE_MARKS, SENTENCE_END, STOPWORDS, Analyzer, Token,
                            angle_signs, gloss, labels_after, labels_length, linked_subject,
                            opening_lead_in, past_participle, plural_of, sense_number, stem,
                            superlative)
from cs_define.threads import Thread, common_threads, occurrences

#: Default bounds of the result, in words.
MIN_WORDS = 12
MAX_WORDS = 35
#: Paths kept at each step of the beam search, and complete paths collected at most.
BEAM_WIDTH = 400
MAX_COMPLETE = 4000
#: Weights of the re-ranking score (they sum to 1). Consensus is minimum-Bayes-risk selection:
#: the candidate's mean ROUGE-1 F1 against the sources themselves.
WEIGHT_COVERAGE = 0.2
WEIGHT_SUPPORT = 0.15
WEIGHT_FLUENCY = 0.075
WEIGHT_LENGTH = 0.075
WEIGHT_CONSENSUS = 0.5
#: Sources a candidate's consensus is measured against at most (evenly spaced, so the cost of
#: scoring stays bounded on large corpora; below this every source counts).
CONSENSUS_SAMPLE = 200
#: Sources the word graph and the candidate search are built from at most: the most central
#: ones (`graph_sources`). Compression fuses a cluster of related sentences; on a large corpus
#: every source added makes the shared words' out-degree, and the search, grow.
GRAPH_SOURCES = 50

# --- closed classes of English words (general grammar, not tied to any term) ------------------

#: Words that open a subordinate or relative clause.
CLAUSE_OPENERS = frozenset(
    "that which who whom whose where when whereby wherein while whilst because although though "
    "if unless whether so what how let".split()
)  # "let": its object and bare verb are a clause ("let a private arbitrator ... hear their case")
#: Relative pronouns that follow a preposition ("through which", "to whom", "of whose").
_PREPOSITION_RELATIVES = frozenset({"which", "whom", "whose"})
#: Relative pronouns: the clause they open describes the noun phrase before them.
_RELATIVES = frozenset("that which who whom whose where whereby wherein".split())
#: Coordinating conjunctions that join the items of a list.
COORDINATORS = frozenset({"and", "or", "nor"})
#: Words a noun phrase may start with although they are function words.
DETERMINERS = frozenset(
    "a an the all any each every some this these those its their our his her my your its "
    "one's one two three several many much few no another other".split()
)
#: Finite verbs whose form shows number: singular and plural.
SINGULAR_VERBS = frozenset({"is", "was", "has", "does"})
PLURAL_VERBS = frozenset({"are", "were", "have", "do"})
#: Plurals that do not end in -s.
_IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "feet", "teeth", "mice"})
#: Endings of singular words that end in -s.
_SINGULAR_S_ENDINGS = ("ss", "us", "is", "ics", "ous", "ness", "sis")
#: Words after which a content word acts as a verb ("to store", "who buy", "can learn").
_VERB_CUES = frozenset(
    "to can could may might must shall should will would who which that they we i you".split()
)
#: Prepositions that open a modifier ("over time", "during a purchase") or purpose phrase
#: ("in order to ...", "to store data"). "of", "as" and "than" are left out: they complete
#: the particular word before them.
MODIFIER_OPENERS = frozenset(
    "to for in on over at by with without from during before after through across within "
    "throughout under between among into via against".split()
)
#: Of those, the ones that often mark an argument of the verb before them ("provided by a
#: company to those people", "receive from"); the others ("without", "during", "over") open
#: adjuncts that fit after any verb. "about" is one too ("information about", "rotate about an
#: axis"), though no modifier opener, and so are "onto" and "upon", which say, as "into" and
#: "on", where a verb puts or moves its object ("glued the legs onto a horse", "imposes a
#: duty upon the seller").
ARGUMENT_OPENERS = MODIFIER_OPENERS - frozenset(
    "without during before after over through throughout within across via".split()
) | {"about", "onto", "upon"}
#: Words that grade the adjective after them inside a noun phrase ("a less concentrated one").
_DEGREE_WORDS = frozenset("more most less least very rather quite too so highly".split())
#: Modifier fragments kept per missing word, and base candidates a fragment is tried on.
FRAGMENTS_PER_KEY = 4
BASES_EXTENDED = 40
#: Personal and possessive pronouns, singular and plural: they need an antecedent.
SINGULAR_PRONOUNS = frozenset("it its itself he him his himself she her hers herself".split())
PLURAL_PRONOUNS = frozenset("they them their theirs themselves".split())
#: Words that introduce a noun phrase which a pronoun may refer back to.
_ARTICLES = frozenset("a an the this that these those".split())
#: The articles, which a copy may add or drop in front.
_ARTICLES_ONLY = frozenset({"a", "an", "the"})
#: Determiners that point back to a noun said before ("such compounds", "these cells").
_ANAPHORIC = frozenset("such this these those".split())
#: Words after which a content word acts as a noun ("the use", "its products").
_NOUN_CUES = frozenset("a an the its their our his her my your this these those".split())


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WordSupport:
    """A content word of the result with the sources that use its concept key."""

    word: str
    key: str
    ids: tuple[str, ...]


@dataclass(frozen=True)
class Phrase:
    """A stretch of the result taken word for word from one source (or several that agree)."""

    text: str
    ids: tuple[str, ...]  # sources containing this wording word for word
    words: tuple[WordSupport, ...]  # its content words and who uses each


@dataclass(frozen=True)
class Candidate:
    """A possible aggregated definition with its scores (all 0-1, higher is better)."""

    text: str
    words: int
    score: float
    coverage: float  # weighted share of the common threads it covers
    support: float  # mean share of sources that use each of its content words
    fluency: float  # from Filippova's path weight per word
    joins: int  # how many times the path switches source
    phrases: tuple[Phrase, ...]
    consensus: float = 0.0  # mean ROUGE-1 F1 against the sources (minimum Bayes risk)

    def as_dict(self) -> dict:
        """Return the candidate as JSON-ready values."""
        return {
            "definition": self.text, "words": self.words, "score": round(self.score, 3),
            "coverage": round(self.coverage, 3), "support": round(self.support, 3),
            "fluency": round(self.fluency, 3), "consensus": round(self.consensus, 3),
            "joins": self.joins,
        }


@dataclass(frozen=True)
class ThreadUse:
    """A common thread and whether the result covers it."""

    thread: Thread
    covered: bool


@dataclass(frozen=True)
class SourceSimilarity:
    """How close one source is to the result (compare.pair_scores, 0-100)."""

    id: str
    jaccard: float
    token_set_ratio: float


@dataclass(frozen=True)
class LeftOut:
    """Frequent wording the result does not use, and why."""

    wording: str
    ids: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class ReferenceComparison:
    """The result against one human-written reference aggregate."""

    id: str
    text: str
    shared: tuple[str, ...]  # content words both use (the reference's wording)
    rouge: Rouge


@dataclass(frozen=True)
class Synthesis:
    """An aggregated definition with its provenance, alternatives and comparisons."""

    term: str
    definition: str
    ids: tuple[str, ...]  # the source definitions it was built from
    fused: bool  # False when a source is shown first instead of a fusion; `notes` say why
    best: Candidate
    candidates: tuple[Candidate, ...]  # the best first, then alternatives
    threads: tuple[ThreadUse, ...]
    similarities: tuple[SourceSimilarity, ...]
    left_out: tuple[LeftOut, ...]
    single_source: tuple[LeftOut, ...]  # wording specific to one source, left out
    references: tuple[ReferenceComparison, ...]
    notes: tuple[str, ...]


# --- the grammatical guards (pure functions of word forms, unit-tested one by one) -------------


def looks_plural(norm: str) -> bool | None:
    """Return True/False when a word's form shows its number, None when it does not."""
    if norm in _IRREGULAR_PLURALS:
        return True
    if not norm.isalpha() or len(norm) < 3:
        return None
    if norm.endswith("s"):
        if len(norm) == 3 and norm[0] not in "aeiou" and norm[1] in "aeiou":
            return None  # "gas", "bus": a plural needs a stem that is a word ("ads", "eras")
        return None if norm.endswith(_SINGULAR_S_ENDINGS) else True
    return False


def verb_number(norm: str) -> bool | None:
    """Return True for a plural finite verb (are), False for a singular one (is), else None."""
    if norm in PLURAL_VERBS:
        return True
    if norm in SINGULAR_VERBS:
        return False
    return None


def subject_is_plural(norms: Sequence[str]) -> bool | None:
    """Return the number of the noun phrase that ends `norms` (its last word is the head).

    "X and Y" is plural; "X or Y" takes the number of Y; otherwise the head's form decides.
    """
    if not norms:
        return None
    window = list(norms[-4:-1])
    for word in reversed(window):
        if word in CLAUSE_OPENERS or word in {",", "of", "to", "for", "with", "by", "in", "on"}:
            break
        if word == "and":
            return True
        if word in {"or", "nor"}:
            break
    return looks_plural(norms[-1])


def _singular_noun_phrase(norms: Sequence[str]) -> bool:
    """Return whether the noun phrase that ends `norms` is singular: its head's form says so,
    or "a/an/each/every" opens it with no "and" between ("a small business")."""
    number = subject_is_plural(norms)
    if number is not None:
        return number is False
    for word in reversed(norms[-4:-1]):
        if word in {"a", "an", "each", "every"}:
            return True
        if word in COORDINATORS or not word[:1].isalnum():
            return False
    return False


def agreement_ok(norms: Sequence[str]) -> bool:
    """Return False when a finite "is/are/has/have" disagrees in number with its subject.

    The subject is the noun phrase just before the verb, or, after a relative pronoun
    ("systems that is"), the noun phrase the pronoun refers to. A word in -s right after a
    relative pronoun, or after one adverb in -ly, is read as a singular verb ("resources that
    meets" and "steps that frequently involves" fail). The subject may also be the noun before
    an "of" ("a set of rules that governs") or before a participle whose agent the nearer noun
    is ("a protein produced by B cells that recognizes", "a tool used by farmers that is").
    A relative pronoun with its verb contracted ("that's", "who've") is read as the two words.
    """
    norms = _split_relative_contractions(norms)
    for index, word in enumerate(norms):
        wanted = verb_number(word)
        if wanted is None or index == 0:
            continue
        end = index
        if norms[end - 1] in {"that", "which", "who"}:
            end = _antecedent_end(norms, end - 1)
        if end == 0:
            continue
        found = subject_is_plural(norms[:end])
        if (found is not None and found != wanted and not _head_of_agrees(norms, end, wanted)
                and not _participle_head_agrees(norms, end, wanted)
                and not _agent_head_agrees(norms, end, wanted)):
            return False
    for index in range(1, len(norms) - 1):
        # "resources that meets": a verb in -s right after a relative pronoun is singular, also
        # after an adverb in -ly ("steps that frequently involves").
        if norms[index] in {"that", "which", "who"} and not (
                norms[index - 1] in MODIFIER_OPENERS or norms[index - 1] == "of"):
            # after a preposition ("through which users create") the pronoun is no subject
            at = _relative_verb_at(norms, index)
            if verb_number(norms[at]) is not None:
                continue
            verb = norms[at]
            end = _antecedent_end(norms, index)
            before = norms[:end]
            if verb.isalpha() and not verb.endswith("ed") and looks_plural(verb) is True:
                # "a set of rules that governs", "a protein made by B cells that recognizes":
                # the clause may belong to the noun before "of" or before the participle
                if subject_is_plural(before) is True and not (
                        _head_of_agrees(norms, end, False)
                        or _agent_head_agrees(norms, end, False)):
                    return False
            # "a small business who lack": after "who" (always the subject) a bare verb is
            # plural, which a singular antecedent refuses
            if (norms[index] == "who" and verb.isalpha() and looks_plural(verb) is False
                    and not verb.endswith(("ed", "ing")) and verb not in STOPWORDS
                    and _singular_noun_phrase(before)):
                return False
            # "a long-term change ... of climate that occur over decades": after "that" or
            # "which", a bare word followed by a preposition, a determiner or a subordinator
            # ("that develop when") is a plural verb, also with adverbs in -ly between ("a
            # mass of ice that move slowly over land"); a plural head before "of" takes it
            # ("areas of hard, thickened skin that develop when")
            after = at + 1
            while after + 1 < len(norms) and norms[after].endswith("ly") \
                    and norms[after].isalpha():
                after += 1
            if (norms[index] in {"that", "which"} and verb.isalpha() and after < len(norms)
                    and looks_plural(verb) is False and not verb.endswith(("ed", "ing", "ly"))
                    and verb not in STOPWORDS and verb not in MODIFIER_OPENERS
                    and (norms[after] in MODIFIER_OPENERS or norms[after] in DETERMINERS
                         or norms[after] in _ADVERBIAL_SUBORDINATORS
                         or _bare_object_word(norms[after]))
                    and not _plural_head_of(norms, end)
                    and (_singular_noun_phrase(before)
                         or subject_is_plural(before) is None
                         and _agent_head_agrees(norms, end, False))):
                return False
            # "a supercharger driven by exhaust gas that push extra air": a bare verb before
            # its object (a content word that is no verb in -s or -ed), after a head whose
            # number its form does not show ("gas") but whose participle's noun is singular
    return True


def _plural_head_of(norms: Sequence[str], end: int) -> bool:
    """Return whether the noun phrase ending at `end` is "N1 of N2" with a plural N1 that is no
    quantity noun and whose phrase is no preposition's object ("areas of hard, thickened skin
    that develop": the clause may belong to "areas"; not "a change in other measures of
    climate that occur", where "measures" hangs off "change")."""
    of = next((i for i in range(end - 1, max(0, end - 1 - LIST_SPAN), -1)
               if norms[i] == "of" or not (norms[i][:1].isalnum() or norms[i] == ",")
               or norms[i] in CLAUSE_OPENERS), None)
    if of is None or of == 0 or norms[of] != "of" or norms[of - 1] in _QUANTITY_NOUNS \
            or looks_plural(norms[of - 1]) is not True:
        return False
    for index in range(of - 2, max(-1, of - 2 - LIST_SPAN), -1):
        word = norms[index]
        if word in MODIFIER_OPENERS or word == "of":
            return False
        if word in _FINITE or word in CLAUSE_OPENERS or not (word[:1].isalnum() or word == ","):
            return True
    return True


#: Words that open an adverbial clause after a verb ("that develop when the skin is exposed").
_ADVERBIAL_SUBORDINATORS = frozenset("when whenever while if unless because although though "
                                     "once".split())


#: Contracted verbs after a relative pronoun: "that's" (is or has), "who're", "which've".
_CONTRACTED_VERBS = {"s": "is", "re": "are", "ve": "have"}


def _bare_object_word(word: str) -> bool:
    """Return whether `word`, after "that" and a bare word, may open that word's object rather
    than be the finite verb whose subject the bare word is ("that push extra air", not "that
    time heals" or "that life began"): a content word not in -s or -ed, nor a participle."""
    return (word.isalpha() and word not in STOPWORDS and looks_plural(word) is False
            and not word.endswith(("ed", "ly")) and word not in IRREGULAR_PARTICIPLES
            and word not in _IRREGULAR_PASTS)


#: Common past tenses that do not end in -ed ("the theory that life began").
_IRREGULAR_PASTS = frozenset(
    "began became came grew rose fell took gave went saw knew wrote drove spoke broke chose "
    "froze stole wore tore swore drew flew threw shook forgot got won spent lost meant left "
    "felt dealt built sent lent stood understood fought thought sought taught caught bought "
    "brought ran sat hung struck stuck spun sank sang rang drank swam shone".split())


def _split_relative_contractions(norms: Sequence[str]) -> Sequence[str]:
    """Return `norms` with a relative pronoun and its contracted verb as two words: "atoms
    that's got" is "atoms that is got", whose verb disagrees with "atoms"."""
    if not any("'" in word for word in norms):
        return norms
    split: list[str] = []
    for word in norms:
        pronoun, mark, verb = word.partition("'")
        if mark and pronoun in {"that", "which", "who"} and verb in _CONTRACTED_VERBS:
            split += [pronoun, _CONTRACTED_VERBS[verb]]
        else:
            split.append(word)
    return split


def _head_of_agrees(norms: Sequence[str], end: int, wanted: bool) -> bool:
    """Return whether the noun phrase ending at `end` is "N1 of N2" with N1 in the `wanted`
    number: "a preparation of killed microorganisms, or parts of them, that is given" agrees
    with "preparation"."""
    of = next((i for i in range(end - 1, max(0, end - 5), -1) if norms[i] == "of"), None)
    return (of is not None and of > 0 and norms[of - 1] not in _QUANTITY_NOUNS
            and subject_is_plural(norms[:of]) is wanted)


#: Nouns that only count what follows their "of", which then decides the number ("a number of
#: steps that involve").
_QUANTITY_NOUNS = frozenset(
    "number lot lots majority minority couple variety range handful host plenty bunch dozen "
    "dozens".split())


def _agent_head_agrees(norms: Sequence[str], end: int, wanted: bool) -> bool:
    """Return whether the noun phrase ending at `end` is the agent of a past participle ("by
    B cells" after "produced") whose own noun, before it, is in the `wanted` number: "a
    protein produced by B cells that recognizes" agrees with "protein"."""
    by = next((i for i in range(end - 1, max(0, end - 5), -1) if norms[i] == "by"), None)
    if by is None or by < 2:
        return False
    participle = norms[by - 1]
    if not (participle.endswith(("ed", "en")) or participle in IRREGULAR_PARTICIPLES):
        return False
    return subject_is_plural(norms[:by - 1]) is wanted


def _participle_head_agrees(norms: Sequence[str], end: int, wanted: bool) -> bool:
    """Return whether the noun phrase ending at `end` belongs to a participle in -ing whose
    own noun, before it, is in the `wanted` number: in "goods arriving at a distribution
    centre are transferred" the subject is "goods", not "centre"."""
    for index in range(end - 1, max(0, end - 8), -1):
        word = norms[index]
        if word in CLAUSE_OPENERS or word in _FINITE or not word[:1].isalnum():
            return False
        if word.endswith("ing") and word not in STOPWORDS and index > 0:
            return looks_plural(norms[index - 1]) is wanted
    return False


def _antecedent_end(norms: Sequence[str], pronoun: int) -> int:
    """Return where the noun phrase a relative pronoun at `pronoun` refers to ends: right
    before it, or before the aside between commas that separates them ("Substances, usually
    used in small amounts, that alter"), or, for a second relative clause ("... that change
    the rate and that is recovered"), where the first one's antecedent ends."""
    end = pronoun
    if end >= 2 and norms[end - 1] in COORDINATORS:
        first = next((i for i in range(end - 2, -1, -1) if norms[i] == norms[pronoun]), None)
        if first is not None:
            return _antecedent_end(norms, first)
    if end >= 1 and norms[end - 1] == ",":
        opening = next((i for i in range(end - 2, max(-1, end - 2 * ASIDE_WORDS - 3), -1)
                        if norms[i] == ","), None)
        if opening is not None and opening > 0 and not any(
                word in CLAUSE_OPENERS or word in _FINITE for word in norms[opening + 1:end - 1]):
            return opening
        return end - 1  # "the lymphatic vessels, which filters": no aside, the noun before
        # the comma (what lies between two commas with a clause in it is no aside)
    return end


def _ends_phrase(word: str) -> bool:
    """Return whether a word (case-folded) or mark closes the phrase before it: punctuation, a
    preposition that opens a modifier (or "as", "than"), a determiner or a clause opener."""
    return (not word[:1].isalnum() or word in MODIFIER_OPENERS or word in DETERMINERS
            or word in CLAUSE_OPENERS or word in {"as", "than"})


def clause_regions(norms: Sequence[str], content: Sequence[bool]) -> list[int]:
    """Return, for each position, the index of the clause opener governing it, or -1.

    A relative or subordinate clause ("that customers receive ...") is open from its opener
    until two of its content words (most likely its subject or object and its verb) have been
    said and the phrase they are in has ended: any word but a preposition, determiner, clause
    opener or punctuation carries it on ("at which the average price level of goods and
    services rises" is open up to "rises", "that green plants make food" up to "food").
    The content words of a noun phrase opened by a determiner count once, and a verb that is a
    stopword counts ("makes", "is"): "in which the blood pressure in the arteries is
    persistently elevated" is open up to "elevated", not closed after "the blood pressure"
    before its verb. So do those of a bare subject after an opener that is not itself the
    subject, when a word with no verb ending follows one that does not look plural
    (`_noun_after_modifier`): "where fresh water from the river meets" is open up to its verb
    and past it, not closed after "fresh water".
    Words joined by "and"/"or" are one part and count once ("in which people or animals",
    "that has or may have"), and so do the auxiliary "do" and its verb ("that do not have a
    language in common" is open up to "language"). A relative clause that describes the
    clause's subject before its verb ("in which people or animals that have arrived from
    elsewhere ... are placed") keeps the clause open up to its finite verb (`_FINITE`), which
    is the clause's own.
    A clause that goes on after a comma with a list of three or more items ("in which the
    inflation rate is high or increasing, the economic growth rate slows, and unemployment
    remains steadily high") is open up to its last item: the items share its opener.
    A relative clause with a subject of its own ("in which", "where", "whereby", "when") has a
    finite verb of its own too: after its subject and an aside set off by commas it is open up
    to its verb, a lexical one as well ("in which part of an organ, especially the bowel,
    pushes through"; see `_verb_after_aside`), not closed at the subject's two content words.
    A free relative opened by "whatever" or "whichever" (`_free_relative_at`) is such a clause
    too, its noun phrase one part: "whatever ownership interest the owner has in the land" is
    open up to "has", not closed before its subject and verb.
    A path must not enter it, nor leave it, before its last word (see `clause_ends_at`).
    """
    regions, opener, said = [], -1, 0
    determined = counted = False  # inside a noun phrase opened by a determiner; counted it
    hold = -1  # the clause stays open through an aside up to here (see `_verb_after_aside`)
    joined = False  # "and"/"or" came after a counted word: the next one is the same part
    last_said = -1  # the position of the last word counted
    waiting = False  # a relative clause described the subject: the clause's verb is to come
    subject_at = -1  # where the clause's own subject starts, when its opener is none
    for index, word in enumerate(norms):
        if waiting and said >= 2 and word in _FINITE:
            waiting, said = False, 1  # the subject said before the relative clause, and this
            # verb, counted below ("are placed", "can ask")
            determined = counted = joined = False
        participle = _participle_after_comma(norms, content, index)
        opens = word in CLAUSE_OPENERS or _free_relative_at(norms, content, index)
        if (opener >= 0 and index > hold and word == "," and 0 <= subject_at
                and (norms[opener] in _RELATIVES or norms[opener] == "when")
                and _subject_only(norms, content, opener, index)
                and not (content[index - 2] and not _noun_after_modifier(norms, index - 1))
                and not opens_list(norms, content, index - 1)):
            # a relative clause with a subject of its own ("in which", "where", "whereby",
            # "when") has its verb too: after its subject and an aside the clause goes on to
            # it, a lexical verb as well ("in which part of an organ, especially the bowel,
            # pushes through"), and the path may not leave it at the subject; two content
            # words before the comma may be the subject and its verb ("where rivers flow, ..."),
            # and a comma that opens a list goes on with the subject's items, no aside ("when a
            # large amount of rock, soil or debris moves": left as it was read before)
            hold = _verb_after_aside(norms, index, content)
        if (opener >= 0 and index > hold and said >= 2 and (not waiting or participle)
                and (_ends_phrase(word) or opens)):
            hold = _verb_after_aside(norms, index)
            if hold < 0 and word == "," and not participle:
                hold = _list_coordinator(norms, index)  # "in which the inflation rate is high,
                # the growth rate slows, and unemployment remains high": a list of clauses (or
                # of the clause's last words) goes on to its "and"/"or" and its last item
                if "," not in norms[index + 1:hold]:
                    hold = -1  # a list of three or more, whose middle item ends at a comma; not
                    # ", and ..." (a second verb phrase, which may be left out) nor ", is the
                    # delivery of services and ...", where the comma ends an aside
            if hold < 0:
                opener = -1
        if index <= hold:
            regions.append(opener)
            continue
        if opener < 0 and opens:
            opener, said = index, 0
            determined = counted = joined = waiting = False
            subject_at = index + 1 if _own_subject(norms, index) else -1
        elif opener >= 0 and opens:
            # a clause inside the clause ("that shape how the people in a company behave",
            # "through which a person who is detained can ask") must be said in its turn: the
            # region goes on until it has two words of its own; a relative clause right after
            # the clause's subject leaves the clause waiting for its verb
            if word in _RELATIVES and said == 1 and _subject_only(norms, content, opener, index):
                waiting = True
            said = 0
            determined = counted = joined = False
            subject_at = index + 1 if _own_subject(norms, index) else -1
        elif opener >= 0:
            if word in DETERMINERS:
                determined, counted = True, False
            elif word in COORDINATORS:
                # only after a counted word: in "a third party temporarily holds money or
                # property" the noun phrase after "a" ran on over "money", and "property" counts
                joined = last_said == index - 1
                determined = counted = False
            elif content[index]:
                if (0 <= subject_at < index and _noun_after_modifier(norms, index)
                        and all(content[j] and norms[j] not in DETERMINERS
                                for j in range(subject_at, index))):
                    last_said = index  # "where fresh water [from the river meets]": the
                    # clause's subject, a bare noun after its modifier, is one part
                elif not (determined and counted) and not joined:
                    said, last_said = said + (not _after_do(norms, last_said, index)), index
                counted, joined = determined, False
            else:
                determined = counted = False
                if word in _STOPWORD_VERBS or word in _SUBJECT_PRONOUNS:
                    if not joined:
                        # "that makes an implicit comparison": a verb, though a stopword;
                        # "if you procrastinate,": its subject, though a pronoun
                        said, last_said = said + (not _after_do(norms, last_said, index)), index
                    joined = False
                elif not word[:1].isalnum():
                    joined = False
        regions.append(opener)
    return regions


def _participle(word: str, gerund: bool = False) -> bool:
    """Return whether `word` reads as a past participle (`past_participle`: "granted",
    "made", "given"), or, with `gerund`, also as a present participle in -ing of more than
    four letters ("slowing"; not "king" or "ring")."""
    return past_participle(word) or gerund and len(word) > 4 and word.endswith("ing")


def _participle_after_comma(norms: Sequence[str], content: Sequence[bool], comma: int) -> bool:
    """Return whether the comma at `comma` opens a participle phrase, after an adverb at most
    (", usually arising from a disorder", ", found at the same locus"): a content word in -ing
    or -ed, or an irregular participle, with a preposition after it. It describes a noun said
    before the clause, which has ended there: a clause that waits for its verb ("in which the
    patient feels that he ... are spinning", its subject read with a relative clause) does
    not wait past it, nor do the commas of a list in the phrase (", usually arising from a
    disorder of the inner ear, the vestibular nerve or the brainstem") make a list of the
    clause's parts."""
    if norms[comma] != ",":
        return False
    at = comma + 1
    if at + 1 < len(norms) and content[at] and (norms[at] in _PREVERBAL_ADVERBS
                                                or norms[at].endswith("ly")):
        at += 1
    if at >= len(norms) or not content[at]:
        return False
    word = norms[at]
    return (_participle(word, gerund=True)
            and at + 1 < len(norms) and norms[at + 1] in MODIFIER_OPENERS)


def _genus_participle(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a comma and a participle phrase follow the word at `position`
    (`_participle_after_comma`) that describe the noun opening its defining clause, its genus:
    the word ends that noun phrase, or a relative clause after it, with no mark between
    ("openings in the ground surface that release steam and volcanic gases, commonly found on
    or near active volcanoes"). After a relative clause a participle set off by a comma
    describes the clause's head, not the last noun of the clause."""
    if position + 1 >= len(norms) or not _participle_after_comma(norms, content, position + 1):
        return False
    if _before_noun_phrase(norms, content, position) is None:
        return True  # "openings, commonly found near volcanoes"
    after_genus = next(i for i in range(position + 1)
                       if _before_noun_phrase(norms, content, i) is not None)
    words = norms[after_genus:position]
    return (after_genus > 0 and any(word in _RELATIVES for word in words)
            and all(word[:1].isalnum() for word in words))


def _own_subject(norms: Sequence[str], opener: int) -> bool:
    """Return whether the clause opened at `opener` has a subject of its own after it: the
    opener is no relative pronoun that is itself the subject ("that absorb photons"), as
    "where", "when", "if" or a pronoun after a preposition ("in which") are."""
    return norms[opener] not in {"that", "which", "who"} or (
        opener > 0 and (norms[opener - 1] in MODIFIER_OPENERS or norms[opener - 1] == "of"))


#: Determiners and pronouns that open a free relative, a noun phrase holding its own clause
#: ("whatever money he had", "whichever route is shorter"); "what" is a clause opener already.
_FREE_RELATIVES = frozenset({"whatever", "whichever"})


def _free_relative_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` opens a free relative: "whatever"/"whichever" before
    a content word, a determiner or a subject pronoun ("transfers whatever ownership interest
    the signer has", "whatever the court decides", "whatever you send"). Its noun phrase needs
    the clause after it, a subject and a verb or a verb ("whatever remains"), as "what" does
    ("what money he had"). Not "whatever" as an adverb after a noun, before a preposition or
    a mark ("no doubt whatever", "any reason whatever for it"), nor a concessive adjunct
    after a comma or at the start, which may leave its verb "be" unsaid ("a clouding of the
    lens, whatever its cause,")."""
    if (norms[index] not in _FREE_RELATIVES or index + 1 >= len(norms) or index == 0
            or not norms[index - 1][:1].isalnum()):
        return False
    after = norms[index + 1]
    return content[index + 1] or after in DETERMINERS or after in _SUBJECT_PRONOUNS


def _noun_after_modifier(norms: Sequence[str], index: int) -> bool:
    """Return whether the content word at `index`, which follows another in a clause's bare
    subject ("where fresh water", "in which blood pressure"), is a noun that the word before
    it modifies rather than the subject's verb: that word does not look plural and this one
    has no verb ending (-s, -ed, -ing). A verb would agree with a singular subject in -s or
    be in the past ("where water flows", "when demand rose" is read as a noun); after a
    plural it may be bare ("where rivers flow")."""
    word = norms[index]
    return (word.isalpha() and not word.endswith(("s", "ed", "ing"))
            and looks_plural(norms[index - 1]) is not True)


def _after_do(norms: Sequence[str], last: int, index: int) -> bool:
    """Return whether the word at `index` is the verb that the auxiliary "do/does/did" said
    last (at `last`) goes with, after "not" or "never": the two are one part of the clause
    ("that do not have a language in common" is open up to its object). Without the negation
    "do" is mostly a verb of its own ("that do business")."""
    return (0 <= last < index - 1 and norms[last] in {"do", "does", "did"}
            and all(word in {"not", "never"} for word in norms[last + 1:index]))


def _subject_only(norms: Sequence[str], content: Sequence[bool], start: int, end: int) -> bool:
    """Return whether the words between `start` and `end` are a noun phrase only, as a
    clause's subject before its verb: determiners, "and"/"or", "of" after a noun ("part of an
    organ") and runs of at most two content words ("people or animals", "an animal or
    person", "the blood pressure"), ending in a content word. A longer run may hold a verb
    ("a company sells products"); and after a relative pronoun that is itself the subject
    ("which holds that ...") the words are its verb and object."""
    if norms[start] in {"that", "which", "who"} and not (
            start > 0 and (norms[start - 1] in MODIFIER_OPENERS or norms[start - 1] == "of")):
        return False
    run = 0
    for index in range(start + 1, end):
        if content[index]:
            run += 1
            if run > 2:
                return False
        elif (norms[index] in DETERMINERS or norms[index] in COORDINATORS
              or norms[index] == "of" and run):
            run = 0
        else:
            return False
    return run > 0


def _verb_after_aside(norms: Sequence[str], comma: int,
                      content: Sequence[bool] | None = None) -> int:
    """Return the position of the closing comma when the comma at `comma` opens a short aside
    after which the clause's finite verb comes ("that a person accused of a crime, if
    released from custody, will return"): the clause goes on past the aside. Else -1.
    With `content`, the clause has said its own subject only (`_subject_only`): any verb of
    its own comes after the aside, a lexical one too, a content word that opens no participle
    phrase (`_participle_after_comma`: "in which part of an organ, especially the bowel,
    pushes through")."""
    if norms[comma] != ",":
        return -1
    for index in range(comma + 1, min(len(norms) - 1, comma + ASIDE_WORDS + 2)):
        if norms[index] == ",":
            verb = norms[index + 1] in _FINITE or (
                content is not None and content[index + 1] and norms[index + 1].isalpha()
                and not _participle_after_comma(norms, content, index))
            return index if verb else -1
    return -1


#: Words that open a clause of condition, cause or concession: it belongs to a verb, never to
#: the noun before it.
_SUBORDINATORS = frozenset("if unless because although though whereas".split())
#: Pronouns that open a main clause as its subject.
_SUBJECT_PRONOUNS = frozenset("it they he she we you i there".split())
#: Second-person words: a definition that switches to them mid-way changes whom it speaks of.
_SECOND_PERSON = frozenset("you your yours yourself yourselves you've you're you'll you'd".split())
#: First-person words: the same for a writer who starts speaking of themselves mid-way.
_FIRST_PERSON = frozenset(
    "i me my mine myself we us our ours ourselves i'm i've we're we've".split())


def _personal(text: str, analyzer: Analyzer) -> bool:
    """Return whether `text` speaks to the reader or as the writer ("you", "we", "I")."""
    return bool(_persons(t.norm for t in analyzer.tokens(text)))


def _persons(norms) -> set[frozenset[str]]:
    """Return the persons (`_SECOND_PERSON`, `_FIRST_PERSON`) that the words `norms` use."""
    words = set(norms)
    return {person for person in (_SECOND_PERSON, _FIRST_PERSON) if words & person}


#: Possessive determiners: the noun after them already has its possessor.
_POSSESSIVES = frozenset("its their his her my your our one's whose".split())
#: Stopwords that are verbs: in a clause they are said like content words.
_STOPWORD_VERBS = frozenset("is are was were be been being has have had does do did make makes "
                            "made".split())  # not the modals: "that can continue" is one verb
#: Of those, the finite forms in -s that `_FINITE` leaves out ("makes"): present tense and
#: singular, never a participle or a noun's plural; not "make" (also the base form and
#: the plural present) nor "made" (also the participle).
_STOPWORD_VERBS_IN_S = frozenset(word for word in _STOPWORD_VERBS if word.endswith("s")) - {
    "is", "was", "has", "does"}
#: Those that take an object: not the forms of "be"; with "having", which takes one as "has"
#: does ("having a double reed"), though it is no finite verb.
_OBJECT_STOPWORD_VERBS = (_STOPWORD_VERBS - frozenset("is are was were be been being".split())
                          | frozenset({"having"}))


#: Subject pronouns that open a contact clause after a noun ("the services they receive").
_CONTACT_SUBJECTS = frozenset("it they he she we".split())
#: Operators of a formula written inline ("mass × velocity", "p = mv").
_OPERATORS = frozenset("× = + ÷ · / ^".split())
#: Words that open an adverbial with a word in -ing ("while protecting ..."): it needs a verb.
_ADVERBIAL_OPENERS = frozenset("while without by when after before through".split())
#: Verbs after which a bare word describes the subject ("stays private", "is unavailable").
_LINKING_VERBS = frozenset(
    "is are was were be been being become becomes became remain remains remained stay stays "
    "stayed seem seems seemed appear appears appeared get gets got gotten".split())
#: Indefinite pronouns, which stand where an object would ("put off doing something").
_INDEFINITES = frozenset(
    "something someone somebody anything anyone anybody everything everyone nothing".split())
#: Pronouns that only stand as an object after a verb ("to harden it"); not "her", "you".
_OBJECT_PRONOUNS = frozenset("it them him us me".split())
#: Words that refer back to a noun in its number.
_ECHOES = SINGULAR_PRONOUNS | PLURAL_PRONOUNS | frozenset({"ones"})
#: Finite verbs that follow their subject: "is", "has" ... and the modals ("the thing will rot").
_FINITE = SINGULAR_VERBS | PLURAL_VERBS | frozenset(
    "was were had did will would can could may might must shall should cannot can't couldn't "
    "won't wouldn't shouldn't mustn't isn't aren't wasn't weren't doesn't don't didn't hasn't "
    "haven't hadn't".split())


#: How far after a list comma its coordinator is looked for ("the knowledge, beliefs, arts,
#: laws, customs and habits": eight words and commas).
LIST_SPAN = 14


def open_lists(norms: Sequence[str], content: Sequence[bool]) -> list[bool]:
    """Return, for each position, whether it lies inside an unfinished comma list.

    In "before, during and after a purchase" the words after the list comma up to the
    coordinator are inside: leaving the source there would leave the list unbalanced
    ("before, during"); from "after" on, the list is complete. A comma between two adjectives
    before their noun opens no list (see `_adjective_comma`).
    """
    inside = [False] * len(norms)
    for comma, word in enumerate(norms):
        if word != "," or _adjective_comma(norms, content, comma):
            continue
        coordinator = _list_coordinator(norms, comma)
        if coordinator < 0:
            continue
        for index in range(comma + 1, coordinator + 1):
            inside[index] = True
    return inside


def _adjective_comma(norms: Sequence[str], content: Sequence[bool], comma: int) -> bool:
    """Return whether the comma at `comma` joins two adjectives right before their noun: one
    content word after a determiner comes before it, and a bare noun phrase of two or more
    content words after it (`_bare_noun_phrase_follows`: "a rapid, slight variation in pitch",
    "a large, slow-moving ice mass"). Such a comma opens no list ("a rapid, slight variation
    in pitch, used in singing or playing" has no list up to "or") and no aside."""
    return (2 <= comma < len(norms) - 2 and content[comma - 1]
            and norms[comma - 2] in DETERMINERS
            and _bare_noun_phrase_follows(norms, content, comma + 1))


def _list_coordinator(norms: Sequence[str], comma: int) -> int:
    """Return the position of the "and"/"or" that closes the comma list the comma at `comma`
    goes on with (within `LIST_SPAN`, before any clause opener or other mark), or -1.

    An "and"/"or" with no comma before it, whose item goes on to ", and"/", or", lies inside
    that item: the later one closes the list ("to fix prices, limit output, share markets or
    customers, or rig bids" is closed by ", or", not by the "or" of "markets or customers"),
    when the item after it opens as the list's first item after `comma` does."""
    for index in range(comma + 1, min(len(norms), comma + 1 + LIST_SPAN)):
        if norms[index] in COORDINATORS:
            if norms[index - 1] != ",":
                later = _serial_coordinator(norms, index)
                if later > 0 and ((norms[comma + 1] in DETERMINERS)
                                  == (later + 1 < len(norms) and norms[later + 1] in DETERMINERS)):
                    return later  # an item like the list's own: both open with a determiner
                    # or neither ("..., and the support it needs" is no item of "before,
                    # during and after a purchase")
            return index
        if norms[index] in CLAUSE_OPENERS or (not norms[index][:1].isalnum()
                                              and norms[index] != ","):
            break
    return -1


def _serial_coordinator(norms: Sequence[str], coordinator: int) -> int:
    """Return the position of an "and"/"or" after a comma that closes the item the inner
    "and"/"or" at `coordinator` lies in ("share markets or customers, or rig bids"): within
    `LIST_ITEM` words of plain words, or -1."""
    for index in range(coordinator + 1, min(len(norms) - 1, coordinator + 1 + LIST_ITEM)):
        word = norms[index]
        if word == ",":
            return index + 1 if norms[index + 1] in COORDINATORS and index > coordinator + 1 else -1
        if word in COORDINATORS or word in CLAUSE_OPENERS or not word[:1].isalnum():
            return -1
    return -1


#: An aside between two commas is at most this long ("especially one concerning employment").
ASIDE_WORDS = 8
#: Words that open an aside, which may hold a list of its own ("such as a or b"), or the
#: alternatives that "either", "neither" and "whether" announce (", either dry or filled with
#: water,").
_ASIDE_OPENERS = frozenset(
    "such especially particularly including like e.g. i.e. namely called known often usually "
    "typically sometimes commonly not either neither whether".split())
#: Pairs of words that open an aside the same way ("for example vitamin C or E").
_ASIDE_OPENING_PAIRS = frozenset({("for", "example"), ("for", "instance"), ("in", "particular")})
_FINITE_BE = SINGULAR_VERBS | PLURAL_VERBS


def _opens_aside(norms: Sequence[str], comma: int) -> bool:
    """Return whether the words after the comma at `comma` open an aside (`_ASIDE_OPENERS`,
    `_ASIDE_OPENING_PAIRS`): ", such as ...", ", for example ..."."""
    return (comma + 1 < len(norms) and norms[comma + 1] in _ASIDE_OPENERS
            or tuple(norms[comma + 1:comma + 3]) in _ASIDE_OPENING_PAIRS)


def _opens_apposition(norms: Sequence[str], comma: int) -> bool:
    """Return whether the comma at `comma` opens an apposition, a noun phrase that restates the
    one before it: a determiner or "or" follows ("party, the arbitrator, who", "connections, or
    tunnels, that")."""
    return comma + 1 < len(norms) and (norms[comma + 1] in DETERMINERS or norms[comma + 1] == "or")


def _participle_aside(norms: Sequence[str], comma: int) -> bool:
    """Return whether the comma at `comma` opens a participle phrase: a word in -ed (or an
    irregular participle) and a preposition after it (", recorded in a studio in sync with the
    picture,", ", made by hand from ..."). It describes the noun before the comma and may be
    as long as an aside with an opener."""
    if comma < 1 or comma + 2 >= len(norms) or not norms[comma - 1][:1].isalnum():
        return False
    word = norms[comma + 1]
    return (past_participle(word)
            and (norms[comma + 2] in MODIFIER_OPENERS or norms[comma + 2] in {"by", "as"}))


def asides(norms: Sequence[str], content: Sequence[bool] | None = None) -> list[bool]:
    """Return, for each position, whether it lies between the two commas of an aside.

    In "a solvent, such as water, through a membrane" and "an expression, often found in
    literature, that describes" the words between the commas are inside: a path that left or
    entered there would keep one comma of the pair ("a solvent, such as water across a
    membrane"). Commas that separate list items are not a pair (see `open_lists`), nor two
    commas around a clause or more than `ASIDE_WORDS` words (more after an opener or a
    participle: `_participle_aside`). A comma between two adjectives before their noun
    (`_adjective_comma`, read when `content` is given) is no comma of an aside: "a rapid,
    slight variation in pitch, used in ..." has none. A comma right after a coordinator opens
    an aside and closes none: in "a filling, or, once whipped, as a frosting" the aside is
    ", once whipped,", and a path that ended in it would end on "or" and half an aside.
    """
    inside = [False] * len(norms)
    opened = None
    for index, word in enumerate(norms):
        if (word in COORDINATORS and opened is not None and index - opened > 1
                and not _opens_aside(norms, opened)):
            opened = None  # "a, b and c" is a list; ", or parts of them," and ", such as a
            # journal article or grant proposal," and ", for example vitamin C or E," are asides
        elif word in CLAUSE_OPENERS or word in _FINITE_BE:
            opened = None  # "Informally, an algorithm is ... that takes some value,": a clause
        elif word == ",":
            if content is not None and _adjective_comma(norms, content, index):
                continue  # "a rapid, slight variation": no comma of an aside
            if index > 0 and norms[index - 1] in COORDINATORS:
                opened = index  # "or, once whipped, as a frosting": the comma after a
                continue  # coordinator opens an aside before its second half; none closes
            if (opened is not None and _opens_aside(norms, opened)
                    and _list_comma(norms, index)):
                continue  # ", such as coal, oil and gas,": the aside holds a list
            if opened is not None and 1 < index - opened <= ASIDE_WORDS + LIST_SPAN + 1 and (
                    index - opened <= ASIDE_WORDS + 1 or _opens_aside(norms, opened)
                    or _participle_aside(norms, opened)):
                for position in range(opened + 1, index):
                    inside[position] = True
                opened = None  # this comma closed the aside
            else:
                opened = index
        elif not word[:1].isalnum():
            opened = None
    return inside


#: Quotation marks, which may enclose the items of an example list ("such as "madam" or ..."):
#: the text layer's, without its markdown emphasis.
_QUOTE_MARKS = QUOTE_MARKS - {"*"}


def example_lists(norms: Sequence[str]) -> list[int]:
    """Return, for each position, where it lies in a list of examples after "such as" or "like"
    of two items or more, of any kind ("coal, oil and gas", "appear in court or pay a debt",
    or with no "and"/"or": "cans, cereal, baking stuff", see `_unjoined_list`): 0 in
    its first item, 1 in a later one (its commas and "and"/"or" too), -1 outside it, at its
    last word or at its first item's last word (there the guards on lists and coordinations
    decide: "fuels such as coal [or oil]" + "[coal], oil and gas" goes on with the list). The
    list runs to a mark other than a list comma or a quotation mark, a clause opener or a
    finite "be" (it is the subject: "Fuels such as coal or oil are ..."), or, past its last
    "and"/"or", at most `LIST_ITEM` words.

    A path may enter such a list only at its first item, and leave it only at its end: "that a
    contractor will perform the work and pay" + "[such as appear in court or] pay a debt"
    would take one example of the other source's list as the path's own object."""
    where = [-1] * len(norms)
    for opener in range(len(norms) - 2):
        if norms[opener] == "like":
            start = opener + 1
        elif norms[opener] == "such" and norms[opener + 1] == "as":
            start = opener + 2
        else:
            continue
        end = start  # one past the list's last word
        separator = -1  # the first list comma or "and"/"or"
        last_coordinator = -1
        while end < len(norms):
            word = norms[end]
            if word == ",":
                if last_coordinator >= 0 or not _list_comma(norms, end):
                    break  # ", such as a government or bank, to uphold": the list is complete
            elif word in COORDINATORS:
                last_coordinator = end
            elif word in CLAUSE_OPENERS or word in _FINITE_BE:
                break
            elif not word[:1].isalnum() and word not in _QUOTE_MARKS:
                break
            elif last_coordinator >= 0 and end - last_coordinator > LIST_ITEM:
                break
            if (word == "," or word in COORDINATORS) and separator < 0:
                separator = end
            end += 1
        if last_coordinator < 0:
            end, separator = _unjoined_list(norms, start)
            last_coordinator = end - 2  # past it: the list's last item
        while end > start and norms[end - 1] in _QUOTE_MARKS:
            end -= 1  # "such as 'fan' and 'van'": its closing mark goes with its last word
        if separator < 0 or last_coordinator < 0 or end <= last_coordinator + 1:
            continue  # one item ("such as water"), or no item after the last "and"/"or"
        for position in range(start, end - 1):
            where[position] = 0 if position < separator else 1
        where[separator - 1] = -1
    return where


def _unjoined_list(norms: Sequence[str], start: int) -> tuple[int, int]:
    """Return one past the last word and the first comma of a list of examples with no
    "and"/"or" that opens at `start` ("like cans, cereal, baking stuff"), or (start, -1): three
    items or more, each of at most `LIST_ITEM` words, separated by commas, that run to the end
    of the clause (a mark other than a comma). Two items, or items that run on into a clause,
    may be an example and an aside (", such as water, used in cooking")."""
    commas = []
    item = 0
    end = start
    while end < len(norms):
        word = norms[end]
        if word == ",":
            if not item:
                return start, -1
            commas.append(end)
            item = 0
        elif word in CLAUSE_OPENERS or word in _FINITE_BE:
            return start, -1
        elif not word[:1].isalnum() and word not in _QUOTE_MARKS:
            break
        else:
            item += 1
            if item > LIST_ITEM:
                return start, -1
        end += 1
    if len(commas) < 2 or not item:
        return start, -1
    return end, commas[0]


#: Words that open the second half of a contrast ("rather than to make a profit"), and the
#: word before each.
_CONTRASTS = {"than": "rather", "of": "instead", "to": "opposed", "as": "much"}


def contrasted(norms: Sequence[str]) -> list[bool]:
    """Return, for each position, whether it lies in the second half of a contrast ("rather
    than ...", "instead of ...", "as opposed to ...", "so much as ..."), up to the next mark:
    a path that entered there would say what its source denies ("share the profits" +
    "[rather than to make a] profit for outside shareholders"), and one that left there would
    leave the contrast half said. Its last word is not inside: the contrast is whole there
    ("rather than by a central authority" + ", such as a government")."""
    inside = [False] * len(norms)
    for index in range(1, len(norms)):
        if _CONTRASTS.get(norms[index]) != norms[index - 1]:
            continue
        end = next((i for i in range(index + 1, len(norms)) if not norms[i][:1].isalnum()),
                   len(norms))
        for position in range(index + 1, end - 1):
            inside[position] = True
    return inside


def quoted(norms: Sequence[str]) -> list[bool]:
    """Return, for each position, whether it lies inside a quotation that closes later in the
    clause: a path that left or entered there would carry one quotation mark without the
    other ("such as "madam" + "[e.g.] madam or nurses run"). Not a quotation that the clause
    ends with: a result that ends where its source does keeps the closing mark ("the start of
    'fan' and 'van'", see `_closes_quote`)."""
    inside = [False] * len(norms)
    opened = None
    for index, word in enumerate(norms):
        if opened is not None and _QUOTES.get(word) == norms[opened] and index < len(norms) - 1:
            for j in range(opened, index):
                inside[j] = True
            opened = None
        elif word in _QUOTES.values() and opened is None:
            opened = index
    return inside


def final_quotation(norms: Sequence[str]) -> int:
    """Return where the opening mark stands of a quotation the clause ends with ("when they
    say 'order in the court'"), or the clause's length. A quotation mentions its words: they
    are no part of the clause's syntax, so no path enters or leaves between its marks (see
    `quoted` for one that closes earlier); a path may still end with it, mark and all."""
    opening = _QUOTES.get(norms[-1]) if norms else None
    if opening is None:
        return len(norms)
    if (norms[:-1].count(norms[-1]) % 2 == 0 if opening == norms[-1]
            else norms[:-1].count(opening) <= norms[:-1].count(norms[-1])):
        return len(norms)
    return len(norms) - 2 - norms[-2::-1].index(opening)


#: A list item after the last comma of a list is at most this many words ("oil and gas",
#: "a journal article or grant proposal").
LIST_ITEM = 6


def _list_comma(norms: Sequence[str], comma: int) -> bool:
    """Return whether the comma at `comma` separates list items: "and"/"or" follows within
    `LIST_ITEM` words, before any other comma, clause opener or mark (see `open_lists`);
    ", to be paid to a person as compensation for loss or injury" is no list item."""
    for index in range(comma + 1, min(len(norms), comma + 1 + LIST_ITEM)):
        word = norms[index]
        if word in COORDINATORS:
            return True
        if word in CLAUSE_OPENERS or not word[:1].isalnum():
            return False
    return False


def number_neutral(norm: str) -> str:
    """Return a word without its plural ending, so "customers" and "customer" share a node."""
    if looks_plural(norm) is not True or norm in _IRREGULAR_PLURALS:
        return norm
    if norm.endswith("ies") and len(norm) > 4:
        return norm[:-3] + "y"
    if norm.endswith(("sses", "xes", "zes", "ches", "shes")):
        return norm[:-2]
    return norm[:-1]


def role(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return what the word at `position` looks like from its neighbours: "verb", "noun" or "".

    Closed-class cues only: "to store data", "who buy" and "can learn" are verbs; "the use",
    "its products" are nouns. After "and"/"or" or a list comma the word takes the role of the
    item before it ("who print, publish, perform, film or record": "film" is a verb).
    """
    before = norms[position - 1] if position > 0 else ""
    after = norms[position + 1] if position + 1 < len(norms) else ""
    if before in _NOUN_CUES:
        return "noun"
    if before == "to":
        after_content = (position + 1 < len(norms) and content[position + 1]
                         and after not in MODIFIER_OPENERS)  # "to customers before, during"
        return "verb" if after in DETERMINERS or after_content else ""
    if before in _VERB_CUES:
        return "verb"
    if before in _INDEFINITES and looks_plural(norms[position]) is True and (
            before.endswith("thing") or position < 2
            or not content[position - 2] and norms[position - 2] != "to"):
        # the pronoun's verb ("a company selling something promises", "when someone pays");
        # after a verb a person may be its first object ("to give someone lessons")
        return "verb"
    if (before in COORDINATORS or before == ",") and position >= 2 and content[position - 2]:
        return role(norms, content, position - 2)
    return ""


def governor(norms: Sequence[str], content: Sequence[bool], position: int) -> str | None:
    """Return the preposition whose object the noun phrase ending at `position` is, or None.

    Walks back over the noun phrase (content words, degree words such as "less", and a
    determiner, which opens it) to the word before it: "provided by a company" and "from a
    less concentrated solution" give "by" and "from"; "customers receive", "data and identify
    patterns" and "using a network" (a content word before the determiner is a verb) give None.
    """
    found = _before_noun_phrase(norms, content, position)
    if found is None or content[found] and norms[found] not in MODIFIER_OPENERS:
        return None  # "before", "during", "after" count as content words, yet govern ("during
        # a period")
    word = norms[found]
    return word if word in MODIFIER_OPENERS or word == "of" else None


def verb_object(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase ending at `position` is the object of a verb: a content
    word comes right before its determiner ("focusing one's awareness", "using a network"), or
    a verb that is a stopword and takes an object ("that do not have a language in common",
    "makes an implicit comparison"; not "is", whose noun phrase is no object)."""
    found = _before_noun_phrase(norms, content, position)
    return found is not None and (content[found] or norms[found] in _OBJECT_STOPWORD_VERBS)


def _before_noun_phrase(norms: Sequence[str], content: Sequence[bool], position: int) -> int | None:
    """Return the position of the word before the noun phrase ending at `position` (content
    words and degree words, opened by determiners), or None at the start."""
    opened = False
    for index in range(position - 1, -1, -1):
        word = norms[index]
        if word in DETERMINERS:
            opened = True
            continue
        if not opened and _plural_possessive(norms, content, index):
            continue  # "for their members' benefit", as "for the customer's benefit"
        if (content[index] or word in _DEGREE_WORDS) and not opened:
            continue
        return index
    return None


def _plural_possessive(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the apostrophe at `index` makes the plural before it a possessive ("their
    members' benefit"): the tokens split it off, where they keep "customer's" whole."""
    return (norms[index] == "'" and 0 < index < len(norms) - 1 and content[index - 1]
            and norms[index - 1].endswith("s") and content[index + 1])


class Signature(NamedTuple):
    """What `roles_compatible` compares of a pivot, read off its source (closed classes only)."""

    modifies: bool  # a content word follows: the pivot modifies it ("general" in "general rise")
    role: str  # "noun", "verb" or "" for unknown (see `role`)
    governor: str | None  # the preposition whose object its noun phrase is (see `governor`)
    argument_follows: bool  # an argument preposition follows (`ARGUMENT_OPENERS`)
    duration_follows: bool  # "until"/"till" follows: how long the verb before it goes on, an
    # adjunct of that verb, never of a noun ("cooked with spices until jam-like")
    of_follows: bool  # "of" follows: its noun phrase goes on ("solution of higher ...")
    verb_object: bool  # its noun phrase is the object of a verb (see `verb_object`)
    heads_clause: bool  # its noun phrase opens the defining clause ("the awareness")
    closes_clause: bool  # it is the last word of a relative or subordinate clause
    object_follows: bool  # a new object or modifier follows (see `_object_follows`)
    condition_follows: bool  # "if", "unless", "because" ... follows: a clause of its verb
    ends_list: bool  # "and"/"or" opens its noun phrase: the last item of a list (`_ends_list`)
    sentence_follows: bool  # a comma and a subject pronoun follow: a main clause ("..., it has")
    possessed: bool  # it has a possessor ("the customer's needs", "its use"): `_possessed`
    determiner_follows: bool  # a determiner follows: a second object ("systems the ability")
    coordinator_follows: bool  # "and"/"or" follows: the pivot is a list item
    relative_follows: bool  # a relative pronoun follows ("businesses that can no longer ..."),
    # also past an aside ("devices, usually made of silicon, that absorb"): `_after_aside_word`
    reduced_relative: bool  # a participle in -ed follows: "courses offered by ..."
    noun_phrase_joined: bool  # "and"/"or" and a determiner follow: "taught and the knowledge"
    relative_joined: bool  # "and"/"or" and a relative pronoun follow: "motion and that is"
    verb_kind: str  # how the verb phrase it lies in opens (see `_verb_kind`): "to", "ing" ...
    verb_joined: bool  # a verb phrase coordinated with its own comes after it (`_verb_joined`)
    contrast_follows: bool  # "rather than", "instead of", "as opposed to" follows
    as_follows: bool  # "as a/an/the" follows: a role its verb gives it ("sold to any buyer as a
    # completed product")
    modifiers: tuple[str, ...]  # the content words before it in its noun phrase ("long-term")
    premodifiers: tuple[str, ...]  # the same after a preposition or "is/are" too (`_premodifiers`)
    mid_list: bool  # it is a list item after the first, before the list's "and"/"or"
    list_item: bool  # a list comma or "and"/"or" comes before its noun phrase
    between_follows: bool  # "between" follows: the pivot relates two parties it names
    list_follows: bool  # it is the first item of a comma list (see `opens_list`)
    participle_follows: bool  # "and"/"or" brings a word in -ing ("values and typically resulting")
    participle_before: bool  # a content word in -ing comes before it ("leading to rising rents")
    form: str  # the word as written, case-folded
    content_before: str  # the content word before it, unless a determiner comes before that:
    # "turn" in "plants turn sunlight", a verb perhaps, but not "steady" in "a steady rise"
    head_of: str  # when its noun phrase follows "of", the word before "of" ("change of climate")
    relative_head: str  # that word, when the relative clause after the pivot may describe it
    range_open: bool  # it follows "from" and "to" comes next: "from decades to millions of years"
    finite_follows: bool  # a finite verb follows (`_FINITE`): the pivot is a subject
    apposition_follows: bool  # a comma and a determiner or "or" follow: "party, the
    # arbitrator, who", "connections, or tunnels, that"
    echoed: bool  # a pronoun or "ones" comes in the next five words ("tasks, especially
    # important ones", "the data to prevent it"): it may refer back to the pivot's number
    examples_follow: bool  # "such as" follows: examples of what the pivot names, in its number
    definite: bool  # "the" opens its noun phrase ("the needs [of the present]")
    restricted: bool  # a relative clause follows, also after a preposition ("by which")
    participle_governed: bool  # its preposition follows a participle ("formed on land")
    comparison_open: bool  # "as many ideas [as possible]": the second "as" is still to come
    determined: bool  # a determiner opens its noun phrase ("the general happiness")
    indefinite: bool  # "a/an" opens its noun phrase ("a small, bean-shaped gland")
    comma_follows: bool  # a comma follows it ("small, bean-shaped")
    adverbial_follows: bool  # "while", "without", "by" ... + a word in -ing follows
    in_clause: bool  # it lies in a relative or subordinate clause, which has its verb
    gerund: str  # a word in -ing: "noun" ("the speeding up ... of tempo"), "verb" ("speeding
    # up ... the tempo") or "" (see `_gerund`)
    participle_after: bool  # a participle in -ed follows, also after a comma ("rural areas,
    # associated with changes in runoff") or past an aside between commas ("sensation,
    # especially tactile sensibility, induced by"); not one that names it ("data, called
    # plaintext")
    series_follows: str  # a preposition said before it comes again after a comma or "and/or":
    # the next item of a series ("by the replacement of ... concrete, by reduced ...")
    pronoun_follows: bool  # an object pronoun follows: the pivot is a verb with its own object
    # ("to harden it")
    verb_after: str  # an adverb's verb: the content word after an adverb pivot ("already
    # happened"), or "" (see `_verb_after`)
    purpose_follows: bool = False  # "so as to" or "in order to" follows, also after a comma:
    # a purpose, which says what a verb acts for ("put out by an organization so as to present")
    verb_before: bool = False  # a verb comes before it in its clause (see `_verb_before`)
    than_follows: bool = False  # "than" follows and completes a "more", "less" or "fewer" said
    # before it ("spends more money on advertising and marketing than ..."): `_than_follows`
    bare_object: bool = False  # its noun phrase has no determiner and is the object of a verb
    # right before it ("need not disclose defects", "who sell goods"): see `_bare_object`
    as_clause_follows: bool = False  # "as" and a verb follow, also after a comma: a clause
    # with no subject of its own, which comments on its source's clause ("..., as happened
    # after the oil shocks"): see `_as_clause_follows`
    finite_before: bool = False  # a finite verb, a stopword verb or a clause opener comes
    # before it: it lies in a clause, or after one ("in which high inflation is combined with")
    object_verb: str = ""  # the verb whose object its noun phrase is, with or without a
    # determiner ("discovering any defects", "disclose defects"), or "" (see `_object_verb`)
    conjunct_follows: bool = False  # "and"/"or" brings a second conjunct of the pivot's own
    # ("wind [and water]"): see `_conjunct_follows`
    list_governor: str | None = None  # `governor` of the list the pivot ends, read at its first
    # item ("from" in "from carbon dioxide and water"), or of the pivot's own noun phrase
    list_head_of: str = ""  # `head_of`, read at the first item of a list the pivot ends
    # ("occupancy" for "property" in "the occupancy of land or property"), or the noun whose
    # prepositional complement it is ("transfer" for "child" in "the transfer of rights for a
    # child"): see `_list_head_of`
    degree_open: str = ""  # "enough", "too", "so" or "such" comes before it and its complement
    # after it ("yield enough of it to wells and springs to be useful"): see `_degree_open`
    range_head: str = ""  # the word the "from" of its noun phrase, or of the list it ends,
    # completes ("ranging" in "ranging from decades"; "transfer" in "the transfer of rights for
    # a child from the birth parents"), or "": see `_range_head`
    list_of_follows: bool = False  # "and"/"or", a bare item and "of" follow: the "of" belongs
    # to both items ("the mass and velocity of an object"): see `_list_of_follows`
    list_opener: str | None = None  # the word before its noun phrase, or before the list it
    # ends ("with" in "with a particular person, place, or idea"); None when the phrase opens
    # the clause ("a short theme or musical idea"): see `_list_opener`
    genus: bool = False  # its noun phrase opens the defining clause and words follow it: they
    # say what the thing defined is ("A low storey [between two others]", "A process [or set
    # of rules]")
    genus_participle: bool = False  # a comma and a participle phrase follow that describe the
    # noun opening its defining clause (", commonly found on ..."): see `_genus_participle`
    argument_after_aside: str = ""  # the argument preposition that follows past an aside ("to"
    # in "a carrier, or its agent, to acknowledge"), or "": see `_argument_after_aside`
    reduced_phrase: bool = False  # it lies in a reduced relative clause ("a device used in a
    # business"): see `_in_reduced_relative`
    relative_ahead: bool = False  # a relative clause comes after it, past its noun phrase and
    # prepositional phrases ("used in a business that gives it"): see `_relative_ahead`
    per_follows: bool = False  # "per" follows: the pivot is the unit of a rate, in its number
    # ("beats per minute", "cost per unit")
    participle: str = ""  # the participle whose preposition governs it ("given" in "given by
    # a company"): see `_governing_participle`
    participle_noun: str = ""  # the noun a participle phrase holding it describes
    # ("enclosure" in "an enclosure placed along a toll road"): see `_participle_noun`
    etc_list: bool = False  # it is the first item of a comma list closed by ", etc." ("speech"
    # in "a speech, policy, etc."): see `_etc_list`
    participle_subject: str = ""  # the noun a past participle phrase describes when the pivot
    # is its participle or lies in it ("weight" for "hung" and "point" in "a weight hung from a
    # fixed point"), number-neutral: see `_participle_subject`
    participle_subject_plural: bool | None = None  # that noun's number as written (as
    # `head_of_plural`)
    participle_clause_number: bool = False  # a relative clause after the participle phrase may
    # describe that noun and opens with a verb that shows a number (`_relative_number`)
    agent_follows: bool = False  # "by" follows: an agent, which any passive verb takes
    referred: bool = False  # a pronoun later in its clause refers back to it (`antecedent`),
    # however far: "certain operations in mathematics and computer science whereby they can"
    gerund_adjunct: bool = False  # a preposition follows its noun phrase, the object of a verb
    # in -ing after "without", "by" ...: "without changing the result beyond the initial
    # application" (see `_gerund_adjunct`)
    infinitive_follows: bool = False  # a "to"-infinitive follows ("use their cash dividends to
    # buy"): its "to" is no preposition (see `_infinitive_at`)
    infinitive_needed: bool = False  # it is a passive participle of a verb that takes an
    # object and a "to"-infinitive, and "to" and a verb follow ("is ordered to pay"): see
    # `_infinitive_needed`
    infinitive_after_comma: bool = False  # a comma and a "to"-infinitive follow ("Something
    # pledged as security for the repayment of a loan, to be forfeited in ..."): see
    # `_infinitive_after_comma`
    possessor_follows: bool = False  # "of" and a determiner follow: the possessor or the whole
    # the pivot belongs to ("the wall of a blood vessel")
    either_answered: bool = False  # "either ... or" ("neither ... nor") comes before it in its
    # clause: it lies in the second alternative ("either at or near the surface"): see
    # `_either_answered`
    or_follows: bool = False  # "or"/"nor" follows, also after its noun phrase or a comma: see
    # `_or_follows`
    governors: tuple[str, ...] = ()  # the prepositions its noun phrase lies under, nearest
    # first, over "of" ("of", "by" for "dust" in "caused by a cloud of dust"): `_governors`;
    # a run that goes on into a second conjunct under one of them needs it (`_series_said`)
    narrowing_follows: bool = False  # a comma, "especially"/"particularly"/... and the
    # preposition that governs the pivot follow: they narrow its phrase ("of the stomach,
    # especially of its mucous membrane"): see `_narrowing_follows`
    place_opener: str = ""  # the place preposition its noun phrase lies under, over "of"
    # ("along" for "leg" in "felt along the front of the lower leg"): see `_place_opener`
    place_follows: bool = False  # a comma and a place preposition follow its noun phrase
    # (over "of"), which say again where its place phrase is ("along the front of the lower
    # leg, on the shin bone"): see `_place_follows`
    wh_object_follows: bool = False  # a wh-clause follows: a second object of a verb that takes
    # two ("tells the hardware how to behave", "asks the court whether"): see `_wh_object_follows`
    closes_series: bool = False  # its noun phrase is the last item of a comma series closed by
    # "and"/"or", or lies in a phrase after it ("work, or the refusal by an employer"): see
    # `_closes_series`
    comma_modifier_follows: bool = False  # a comma and a preposition follow, also past an
    # aside that names the pivot (", called tiles, with no gaps"): see `_comma_modifier_follows`
    passive_before: bool = False  # a past participle leads its verb phrase to the pivot ("paid
    # out of pocket"), not an active verb ("you pay out of pocket"): see `_passive_before`
    participle_place: str = ""  # a past participle's place and the noun it says something of:
    # "be:lesson" ("a lesson can be drawn"), "noun:story" ("stories drawn"): `_participle_place`
    to_object: bool = False  # it ends a verb's object and "to" and a noun phrase follow, the
    # verb's second argument ("connects the developing baby to the mother"): see `_to_object`
    preposition_follows: str = ""  # the preposition right after it (`MODIFIER_OPENERS`)
    into_gerund: bool = False  # "into"/"onto" and a word in -ing follow it ("tricking someone
    # into believing"): a result the verb may leave unsaid (see `_argument_left_behind`)
    stranded_follows: bool = False  # a preposition follows that ends its relative clause with
    # no object after it ("a unit that a word can be divided into,"): see `_stranded_follows`
    reduced_verb: str = ""  # the participle in -ed that follows it (`reduced_relative`)
    relative_joined_ahead: bool = False  # a relative clause comes before it and "and"/"or"
    # and a relative pronoun come later in its sentence, past commas, with no relative
    # pronoun between: a second clause on the same noun ("a tower that projects from the wall
    # of a building such as a castle, usually at a corner, and that rests on corbels"): see
    # `_relative_joined_ahead`
    adjunct_participle: str = ""  # the participle before the prepositional phrase it lies in
    # ("bounded" for "side" in "bounded on at least one side by ..."): `_adjunct_participle`
    agent_past_adjunct: bool = False  # "by" ends that phrase: the participle's agent
    preposition_relative_follows: bool = False  # a comma, a preposition and "which"/"whom"/
    # "whose" follow ("a stick with a net, in which players try to score goals")
    preposition_past_of: str = ""  # the preposition after an "of" complement that follows it
    # ("into" for "pieces" in "setting small pieces of coloured glass or stone into a
    # surface"): see `_preposition_past_of`
    phrase_verb: str = ""  # the verb whose object its noun phrase is, as written ("carry" in
    # "to carry guests' luggage"): see `_phrase_verb`
    of_verb: str = ""  # the verb whose object's "of" complement holds its noun phrase
    # ("converts" for "fluid" in "converts the kinetic energy of a moving fluid"): see `_of_verb`
    adjunct_verb: str = ""  # the verb whose object its noun phrase is, past an "and" in it:
    # see `_adjunct_verb`
    verb_adjunct_follows: bool = False  # one of `_VERB_ADJUNCT_OPENERS` follows ("before")
    list_verb_follows: bool = False  # the pivot is an item of a list after which a finite verb
    # comes: the list is, or lies in, that verb's subject ("a large amount of rock, soil or
    # debris moves down a slope"): see `_list_verb_follows`
    clause_ahead: tuple[str, ...] = ()  # the content words of a relative clause that follows,
    # right after it or past its prepositional phrases ("deemed illegal" after "activity
    # within a private or public organization that is"): see `_clause_ahead`
    item_modifiers: tuple[str, ...] = ()  # `premodifiers`, also in a list item or after a
    # verb ("fraud, or illegal activity", "reports illegal activity"): see `_item_modifiers`
    particle_follows: bool = False  # a particle follows, not in "out of" or "up to" (a
    # compound preposition: "run up to 20 miles"): the pivot is a verb
    # said with its particle ("to be paid out to employees")
    object_particle: str = ""  # the particle right after it, its noun phrase's verb's
    # ("layers of fabric together", "the money back"): see `_object_particle`
    particle_before: str = ""  # the particle right before its noun phrase, over an "of"
    # complement: the verb's, said before its object ("stitching together layers of fabric")
    said_last: bool = False  # nothing, or punctuation, follows it, or its clause closes at it:
    # its clause is complete ("how much each one is paid;", "until paid.")
    head_of_plural: bool | None = None  # the number of the word before "of" (`head_of`) as
    # written: True for "loops of material", False for "a loop of material", else None
    of_infinitive: str = ""  # `head_of` when a "to"-infinitive follows its noun phrase ("ability"
    # for "object" in "the ability of an object to float"): see `_of_infinitive`
    aside_relative_head: str = ""  # `relative_head` read past an aside between commas ("piece"
    # for "dough" in "a piece of dough, often wrapped around a filling, that is boiled"): for
    # the number of that word only (see `_relative_fields`)
    relative_number: bool = False  # the relative clause after it opens with a verb whose form
    # shows a number ("that move", "that moves", "that is"; not "that moved", "that can"):
    # see `_relative_number`
    restatement_head: str = ""  # the word before "of" (`head_of`) when a comma and "i.e.",
    # "namely", "viz." or "that is" follow its noun phrase: the restatement may restate that
    # word ("expressions of the same meaning, i.e. sentences or phrases ..."): see
    # `_restatement_head`
    contact_follows: bool = False  # a clause with no relative pronoun follows: a subject
    # pronoun or a noun phrase, then its verb ("the layer we see", "the layer the eye sees"):
    # see `_contact_follows`
    list_head: str = ""  # the noun that a list of bare premodifiers which it is an item of,
    # before the last, describes ("sounds" for "heart" in "heart, lung and bowel sounds"),
    # number-neutral: see `_list_head`
    gerund_adjunct_follows: bool = False  # one of `_ADVERBIAL_OPENERS` or
    # `_VERB_ADJUNCT_OPENERS` and a content word in -ing follow ("before reaching the ground")
    host_verb: str = ""  # the word that takes its noun phrase as object, or the preposition
    # before it ("refreeze" for "pellets" in "refreeze into ice pellets"): see `_host_verb`
    relative_before: bool = False  # a relative pronoun after a noun comes before it: it lies
    # in a relative clause, or past one ("a place where stone is dug out of the ground"): see
    # `_relative_before`
    second_object: bool = False  # its noun phrase, or its list, is a verb's second object,
    # after the one its first names ("give dishes a golden colour"): see `_second_object`
    preposition_joined: str = ""  # the preposition after "and"/"or" that follows it: a second
    # phrase on the word its own preposition depends on ("used in a language or by a group"):
    # see `_preposition_joined`
    clause_verb: str = ""  # the verb its noun phrase hangs on in its clause, by stem ("be" for
    # "you're the legal parents", "deliv" for "delivers a baby for intended parents"): see
    # `_clause_verb`
    adverbial_clause_follows: bool = False  # "once", "when", "until" ... and a subject and its
    # verb follow ("parents once it's born"): see `_adverbial_clause_follows`
    bare_conjunct: bool = False  # it is a noun right after "and"/"or" and a noun: a last item
    # with no determiner or modifier of its own ("a piece or body"): see `_bare_conjunct`
    list_object: bool = False  # it ends a list whose first item is a verb's object
    # (`verb_object`): "commands a person or body [to perform]" makes the whole list the object
    picked_out: bool = False  # a superlative, ordinal or "only" comes before it in its noun
    # phrase ("the softest mineral", "its only road"): see `_picked_out`
    domain_follows: bool = False  # it is `picked_out` and a preposition and a lone noun follow:
    # the whole it is picked out of ("the softest mineral on Earth"): see `_whole_follows`


def role_signature(body: _Body, i: int) -> Signature:
    """Return the `Signature` of the word at position `i` of `body`."""
    follows = body.norms[i + 1] if i + 1 < len(body.tokens) else ""
    opener = _opened_by(body.norms, body.content, i)
    before = _before_noun_phrase(body.norms, body.content, i)
    before_word = body.norms[before] if before is not None else ""
    is_object = verb_object(body.norms, body.content, i)
    bare = _bare_object(body.norms, body.content, i)
    relative_before = _relative_before(body.norms, body.content, i)
    return Signature(
        # a content word follows; not a participle in -ed, which describes the pivot rather
        # than being described by it ("a device used in a home")
        modifies=(i + 1 < len(body.tokens) and body.content[i + 1]
                  and not body.norms[i + 1].endswith("ed")
                  and body.norms[i + 1] not in MODIFIER_OPENERS),  # "customers before, during"
        role=(role(body.norms, body.content, i) or ("verb" if _after_aside(body, i) else "")
              or _phrase_role(body.norms, body.content, i)),
        governor=governor(body.norms, body.content, i),
        argument_follows=follows in ARGUMENT_OPENERS,
        duration_follows=follows in {"until", "till"},
        of_follows=follows == "of",
        verb_object=is_object,
        heads_clause=before is None,
        closes_clause=body.region[i] >= 0,
        object_follows=_object_follows(body.norms, body.content, i),
        condition_follows=follows in _SUBORDINATORS,
        ends_list=_ends_list(body.norms, body.content, i),
        sentence_follows=(follows == "," and i + 2 < len(body.tokens)
                          and body.norms[i + 2] in _SUBJECT_PRONOUNS),
        possessed=_possessed(body.norms, body.content, i),
        determiner_follows=follows in DETERMINERS,
        wh_object_follows=_wh_object_follows(body.norms, i),
        narrowing_follows=_narrowing_follows(body.norms, body.content, i),
        place_opener=_place_opener(body.norms, body.content, i),
        place_follows=_place_follows(body.norms, body.content, i),
        coordinator_follows=follows in COORDINATORS,
        relative_follows=follows in _RELATIVES or _after_aside_word(body, i) in _RELATIVES,
        reduced_relative=(follows.endswith("ed") and i + 1 < len(body.tokens)
                          and body.content[i + 1]),
        noun_phrase_joined=(follows in COORDINATORS and i + 2 < len(body.tokens)
                            and body.norms[i + 2] in DETERMINERS),
        verb_kind=_verb_kind(body.norms, body.content, i),
        verb_joined=_verb_joined(body.norms, body.content, i),
        relative_joined=(follows in COORDINATORS and i + 2 < len(body.tokens)
                         and body.norms[i + 2] in _RELATIVES),
        contrast_follows=(i + 2 < len(body.tokens)
                          and _CONTRASTS.get(body.norms[i + 2]) == follows),
        as_follows=(follows == "as" and i + 2 < len(body.tokens)
                    and body.norms[i + 2] in _ARTICLES_ONLY),
        modifiers=_modifiers(body.norms, body.content, i),
        premodifiers=_premodifiers(body.norms, body.content, i),
        mid_list=body.open_list[i] and before_word == ",",
        list_item=before_word == "," or before_word in COORDINATORS,
        between_follows=follows == "between",
        list_follows=opens_list(body.norms, body.content, i),
        etc_list=_etc_list(body.norms, body.content, i),
        participle_follows=_participle_follows(body.norms, body.content, i),
        participle_before=any(body.content[j] and body.norms[j].endswith("ing")
                              and body.norms[j] not in MODIFIER_OPENERS for j in range(i)),
        form=body.norms[i],
        content_before=(body.norms[i - 1] if i > 1 and body.content[i - 1]
                        and body.norms[i - 2] not in _NOUN_CUES else ""),
        head_of=_head_of(body.norms, body.content, i),
        **_relative_fields(body, i),
        head_of_plural=_head_of_plural(body.norms, body.content, i),
        of_infinitive=_of_infinitive(body.norms, body.content, i),
        restatement_head=_restatement_head(body.norms, body.content, i),
        contact_follows=_contact_follows(body.norms, body.content, i),
        list_head=_list_head(body.norms, body.content, i),
        gerund_adjunct_follows=(
            (follows in _ADVERBIAL_OPENERS or follows in _VERB_ADJUNCT_OPENERS)
            and i + 2 < len(body.tokens) and body.content[i + 2]
            and body.norms[i + 2].endswith("ing")),
        host_verb=_host_verb(body.norms, body.content, i),
        relative_before=relative_before,
        second_object=_second_object(body.norms, body.content, i),
        preposition_joined=_preposition_joined(body.norms, i),
        clause_verb=_clause_verb(body.norms, body.content, i),
        adverbial_clause_follows=_adverbial_clause_follows(body.norms, body.content, i),
        bare_conjunct=_bare_conjunct(body.norms, body.content, i),
        list_object=(_ends_list(body.norms, body.content, i) and verb_object(
            body.norms, body.content, _first_item(body.norms, body.content, i))),
        range_open=follows == "to" and governor(body.norms, body.content, i) == "from",
        range_head=_range_head(body, i),
        finite_follows=_finite_follows(body.norms, i),
        apposition_follows=follows == "," and _opens_apposition(body.norms, i + 1),
        echoed=any(word in _ECHOES for word in body.norms[i + 1:i + 6]),
        examples_follow="such" in body.norms[i + 1:i + 3],
        definite=opener == "the",
        participle_governed=_participle_governed(body.norms, body.content, i),
        participle=_governing_participle(body.norms, body.content, i),
        participle_noun=_participle_noun(body.norms, body.content, i),
        **_participle_subject(body.norms, body.content, i),
        agent_follows=follows == "by",
        determined=opener != "",
        indefinite=opener in {"a", "an"},
        comma_follows=follows == ",",
        adverbial_follows=(follows in _ADVERBIAL_OPENERS and i + 2 < len(body.tokens)
                           and body.norms[i + 2].endswith("ing")),
        in_clause=body.region[i] >= 0,
        comparison_open=_comparison_open(body.norms, body.content, i),
        restricted=(follows in _RELATIVES or follows in MODIFIER_OPENERS
                    and i + 2 < len(body.tokens)
                    and body.norms[i + 2] in _PREPOSITION_RELATIVES),
        preposition_relative_follows=_preposition_relative_follows(body.norms, i),
        adjunct_participle=_adjunct_participle(body.norms, body.content, i),
        agent_past_adjunct=_agent_past_adjunct(body.norms, body.content, i),
        gerund=_gerund(body.norms, body.content, i),
        series_follows=_series_follows(body.norms, i),
        verb_after=_verb_after(body.norms, body.content, i),
        pronoun_follows=follows in _OBJECT_PRONOUNS,
        participle_after=any(at < len(body.tokens) and body.content[at]
                             and body.norms[at].endswith("ed")
                             and body.norms[at] not in _ASIDE_OPENERS  # ", called plaintext"
                             for at in ((i + 1,) if follows != "," else
                                        (i + 2, _past_aside(body, i)))),
        purpose_follows=tuple(body.norms[i + 1 + (follows == ","):i + 4 + (follows == ",")])
        in _PURPOSE_OPENERS,
        verb_before=_verb_before(body.norms, body.content, i),
        than_follows=_than_follows(body.norms, body.content, i),
        bare_object=bare,
        as_clause_follows=_as_clause_follows(body.norms, body.content, i),
        finite_before=any(word in CLAUSE_OPENERS or word in _FINITE or word in _STOPWORD_VERBS
                          for word in body.norms[:i]),
        object_verb=_object_verb(body.norms, body.content, i, bare, is_object),
        conjunct_follows=_conjunct_follows(body.norms, body.content, i),
        list_governor=governor(body.norms, body.content, _first_item(body.norms, body.content, i)),
        list_head_of=_list_head_of(body.norms, body.content, i),
        degree_open=_degree_open(body.norms, body.content, i),
        list_of_follows=_list_of_follows(body.norms, body.content, i),
        list_opener=_list_opener(body.norms, body.content, i),
        genus=before is None and i + 1 < len(body.tokens),
        genus_participle=_genus_participle(body.norms, body.content, i),
        argument_after_aside=_argument_after_aside(body, i),
        reduced_phrase=_in_reduced_relative(body.norms, body.content, i),
        relative_ahead=_relative_ahead(body.norms, body.content, i),
        per_follows=follows == "per",
        referred=i in body.referred,
        gerund_adjunct=_gerund_adjunct(body.norms, body.content, i),
        infinitive_after_comma=_infinitive_after_comma(body.norms, body.content, i),
        infinitive_needed=_infinitive_needed(body.norms, body.content, i),
        infinitive_follows=(i + 1 < len(body.tokens)
                            and _infinitive_at(body.norms, body.content, i + 1)),
        possessor_follows=(follows == "of" and i + 2 < len(body.tokens)
                           and body.norms[i + 2] in DETERMINERS),
        either_answered=_either_answered(body.norms, i),
        or_follows=_or_follows(body.norms, body.content, i),
        governors=_governors(body.norms, body.content, i),
        passive_before=_passive_before(body.norms, body.content, i),
        participle_place=_participle_place(body.norms, body.content, i),
        closes_series=_closes_series(body.norms, body.content, i),
        comma_modifier_follows=_comma_modifier_follows(body.norms, body.content, i),
        to_object=_to_object(body.norms, body.content, i, is_object or bare),
        preposition_follows=follows if follows in MODIFIER_OPENERS else "",
        into_gerund=(follows in _INTO_PREPOSITIONS and i + 2 < len(body.tokens)
                     and body.content[i + 2] and body.norms[i + 2].endswith("ing")),
        stranded_follows=_stranded_follows(body, i, relative_before),
        preposition_past_of=_preposition_past_of(body.norms, body.content, i),
        phrase_verb=_phrase_verb(body.norms, body.content, i),
        of_verb=_of_verb(body.norms, body.content, i),
        relative_joined_ahead=relative_before and _relative_joined_ahead(body.norms, i),
        reduced_verb=(follows if follows.endswith("ed") and i + 1 < len(body.tokens)
                      and body.content[i + 1] else ""),
        list_verb_follows=_list_verb_follows(body.norms, body.content, i),
        adjunct_verb=_adjunct_verb(body.norms, body.content, i),
        verb_adjunct_follows=follows in _VERB_ADJUNCT_OPENERS,
        clause_ahead=_clause_ahead(body.norms, body.content, body.region, i),
        item_modifiers=_item_modifiers(body.norms, body.content, i),
        particle_follows=(follows in _PARTICLES and tuple(body.norms[i + 1:i + 3])
                          not in _COMPOUND_PREPOSITIONS),
        object_particle=_object_particle(body.norms, body.content, i),
        particle_before=_particle_before(body.norms, body.content, i),
        said_last=(body.region[i] >= 0 or i + 1 >= len(body.tokens)
                   or not body.norms[i + 1][:1].isalnum()),
        picked_out=_picked_out(body.norms, body.content, i),
        domain_follows=(_picked_out(body.norms, body.content, i)
                        and _whole_follows(body.norms, body.content, i)),
    )


def _picked_out(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a superlative or an ordinal (`_RANKS`, "only" among them) comes before
    `position` in its noun phrase, which a determiner opens, past degree words ("the softest
    mineral", "the most common form", "its only road", "the first woman"). Such a word picks
    the thing out among others, and a prepositional phrase right after the noun may say
    among which: its domain ("the softest mineral on Earth", "the first woman in space")."""
    index = position - 1
    while index >= 0 and (content[index] or norms[index] in _DEGREE_WORDS
                          or norms[index] in _ORDINALS):
        index -= 1
    return (index >= 0 and norms[index] in DETERMINERS
            and any(superlative(word) or word in _RANKS for word in norms[index + 1:position]))


def _whole_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a preposition and a lone noun follow `position`, with or without a
    determiner and with no modifier, possessor or "of" phrase of its own ("on Earth", "in the
    world", "in history", "in existence"). After a noun a superlative picks out
    (`_picked_out`), such a phrase names the whole the thing is ranked in, which every thing of
    its kind lies in: without the superlative it says nothing ("a soft mineral on Earth"). A
    narrowed one names a part, which still says where the thing is ("[one of the most common]
    minerals in the earth's crust")."""
    at = position + 1
    if at >= len(norms) or norms[at] not in MODIFIER_OPENERS:
        return False
    at += 1 + (at + 1 < len(norms) and norms[at + 1] in DETERMINERS)
    return (at < len(norms) and content[at]
            and (at + 1 == len(norms) or not content[at + 1] and norms[at + 1] != "of"))


def _range_head(body: _Body, position: int) -> str:
    """Return the word that the "from" before the noun phrase at `position`, or before the
    list it ends, completes, number-neutral, or "" when no "from" comes there: the word
    before "from", past an aside between commas, or the noun that word completes, read as
    `_list_head_of` reads it ("ranging" in "periods ranging from decades", "transfer" in "the
    transfer of rights for a child from the birth parents", "parenting" in "assumes the
    parenting of another, usually a child, from that person's parents"). "that" after "from"
    is a determiner ("from that person's parents"). A "to" after the phrase completes the
    range that "from" opened, and so the same word (see `roles_compatible`)."""
    norms, content = body.norms, body.content
    at = position - 1
    while at >= 0 and (content[at] or norms[at] in DETERMINERS or norms[at] in _DEGREE_WORDS
                       or norms[at] in COORDINATORS or norms[at] == ","
                       or norms[at] == "that" and at > 0 and norms[at - 1] == "from"):
        at -= 1
    if at < 1 or norms[at] != "from":
        return ""
    at -= 1
    if norms[at] == "," and at > 0 and body.aside[at - 1]:
        while at > 0 and (body.aside[at - 1] or norms[at - 1] == ","):
            at -= 1  # ", usually a child," says the phrase before it again
        at -= 1
    if at < 0 or not (content[at] or norms[at] in DETERMINERS):  # "of another, ..."
        return ""
    return _list_head_of(norms, content, at) or number_neutral(norms[at])


def _stranded_follows(body: _Body, position: int, relative_before: bool) -> bool:
    """Return whether `position` lies in a relative clause (`relative_before`) and a preposition
    follows it with nothing after it that could be its object: the text ends there, or a mark
    that closes a phrase follows (",", ";", ":", ".", ")"), not the comma of a list of
    prepositions that share one object ("before, during and after a purchase", see
    `open_lists`). Such a preposition is stranded: its object is the relative pronoun before it
    ("a unit that a word can be divided into,", "the material that it is made of."), the gap
    of the clause, and it plays another part than one with its object after it."""
    at = position + 2
    if not relative_before or position + 1 >= len(body.norms) or not (
            body.norms[position + 1] in MODIFIER_OPENERS or body.norms[position + 1] == "of"):
        return False
    return at >= len(body.norms) or (body.norms[at] in {",", ";", ":", ".", ")"}
                                     and not (at + 1 < len(body.norms) and body.open_list[at + 1]
                                              and body.norms[at + 1] in MODIFIER_OPENERS))


def _to_object(norms: Sequence[str], content: Sequence[bool], position: int,
               is_object: bool) -> bool:
    """Return whether the pivot ends a verb's object (`is_object`) and "to" and a noun phrase
    follow (a determiner, a pronoun or a plural noun; not an infinitive): the verb's second
    argument, where the object goes ("connects the developing baby to the mother", "gives
    rights to the holder")."""
    if not is_object or norms[position + 1:position + 2] != ("to",) or position + 2 >= len(norms):
        return False
    after = norms[position + 2]
    return (after in DETERMINERS or after in _OBJECT_PRONOUNS
            or content[position + 2] and looks_plural(after) is True)


def _bare_conjunct(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the content word at `position` comes right after "and"/"or", which comes
    right after a content word ("body" in "a piece or body", "a person or body"): a last item
    with no determiner or modifier of its own, which shares the first item's, so that the two
    make one noun phrase whose "of ..." and whose place as a verb's object belong to both
    items. Not an item with its own ("or a body", "or lower chest"), nor a head after
    coordinated adjectives ("a systematic and independent examination") or a quantity ("one
    or more scoops")."""
    return (position >= 2 and content[position] and norms[position - 1] in COORDINATORS
            and content[position - 2])


def _list_verb_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the pivot at `position` is an item of a comma list that a finite verb
    follows: walking on over the items after it (content words, determiners, commas) past the
    list's "and"/"or", a finite verb (`_FINITE`) or a word in -s after a noun that does not look
    plural, with a preposition, particle, determiner or object pronoun after it, comes
    right after the last item ("rock, soil or debris moves down a slope")."""
    if not content[position] or norms[position] in MODIFIER_OPENERS:
        return False  # "disclosed before [the vendor has]": a list item is a noun
    before = _before_noun_phrase(norms, content, position)
    listed = before is not None and norms[before] == ","  # a comma list: not "at or near the
    # surface or the land is wet", where "or" brings a clause
    coordinated = _ends_list(norms, content, position)  # the pivot is the last item
    for index in range(position + 1, min(len(norms) - 1, position + 1 + LIST_SPAN)):
        word = norms[index]
        if word == ",":
            listed = True
        if word in COORDINATORS:
            if not listed:
                return False
            coordinated = True
        elif coordinated and content[index - 1] and (
                word in _FINITE
                or content[index] and looks_plural(word) is True
                and looks_plural(norms[index - 1]) is not True
                and not norms[index - 1].endswith("ing")  # "controlling resources to": an object
                and (norms[index + 1] in MODIFIER_OPENERS or norms[index + 1] in _PARTICLES
                     or norms[index + 1] in DETERMINERS
                     or norms[index + 1] in _OBJECT_PRONOUNS)):
            return True
        elif not (word == "," or content[index] or word in DETERMINERS):
            return False
    return False


def _comma_modifier_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a comma and a preposition (`MODIFIER_OPENERS`) follow `position`, also
    past an aside between commas that an aside opener opens ("shapes, called tiles, with no
    overlaps"): a phrase the comma sets off from the pivot's noun phrase; only when the pivot
    lies in the object of a verb in -ing that follows a noun ("a plane using one or more
    shapes"), not after a preposition, where it may be an adjective ("by running water")."""
    ing = next((j for j in range(position - 1, max(-1, position - LIST_SPAN), -1)
                if content[j] and norms[j].endswith("ing")), None)
    if ing is None or ing < 1 or not content[ing - 1]:
        return False
    at = position + 1
    if norms[at:at + 1] != (",",):
        return False
    at += 1
    if norms[at:at + 1] and norms[at] in _ASIDE_OPENERS:
        closing = next((j for j in range(at + 1, min(len(norms), at + LIST_SPAN))
                        if norms[j] == ","), None)
        if closing is None:
            return False
        at = closing + 1
    return bool(norms[at:at + 1]) and norms[at] in MODIFIER_OPENERS


def _closes_series(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase ending at `position` is the last item of a series of
    three or more, whose "and"/"or" comes after a comma ("the suspension of work, or the
    refusal"), also when it lies in prepositional phrases after that item ("or the refusal by
    an employer", "and the sale of goods")."""
    found = _before_noun_phrase(norms, content, position)
    while (found is not None and found >= 1
           and (norms[found] == "of" or norms[found] in MODIFIER_OPENERS)):
        found = _before_noun_phrase(norms, content, found - 1)
    return (found is not None and found >= 1 and norms[found] in COORDINATORS
            and norms[found - 1] == ",")


#: Auxiliaries before a past participle that make it an active perfect ("has acquired").
_PERFECT_AUXILIARIES = frozenset("has have had having".split())


def _passive_before(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the verb phrase that the word at `position` lies in opens with a past
    participle, the pivot's own or one before it ("that is powered", "the amount paid out of
    pocket", "costs that are paid out of pocket"), walking
    back over its objects and prepositions as `_verb_kind` does; a participle after a
    determiner is a modifier ("a covered loss"), also with adverbs in -ly between them ("a
    legally constituted tribunal"), and a finite verb or clause opener met first ends the
    walk ("you pay out of pocket")."""
    for index in range(position, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if content[index]:
            before = index - 1
            while before >= 0 and content[before] and norms[before].endswith("ly"):
                before -= 1  # "a legally constituted tribunal"
            if (past_participle(word)
                    and not (before >= 0 and norms[before] in DETERMINERS)):
                # after "has", "have", "had" it is a perfect, an active verb ("that has
                # acquired a net charge")
                return not (before >= 0 and norms[before] in _PERFECT_AUXILIARIES)
        elif (word in _FINITE or word in _STOPWORD_VERBS or word in _SUBJECT_PRONOUNS
              or word in CLAUSE_OPENERS or word in _VERB_CUES and word != "to"):
            return False
        elif not (word in DETERMINERS or word in MODIFIER_OPENERS or word in _PARTICLES
                  or word in {"of", ","}):
            return False
    return False


#: The coordinators of alternatives, and the words that announce their pair ("either ... or").
_ALTERNATIVES = frozenset({"or", "nor"})
_PAIRED_ALTERNATIVES = frozenset({"either", "neither"})


def _governors(norms: Sequence[str], content: Sequence[bool], position: int) -> tuple[str, ...]:
    """Return the prepositions that the noun phrase of `position` lies under, nearest first:
    walking back over content words, determiners, degree words, "and/or" and "of" (which
    links a noun phrase to the one before it) to the first other word, kept when it is a
    preposition of `MODIFIER_OPENERS` ("caused by a large cloud of dust or gas" gives "of",
    "by" for "dust"; "a huge cloud of dust" gives "of")."""
    found = []
    for index in range(position - 1, -1, -1):
        word = norms[index]
        if word == "of":
            found.append(word)
        elif not (content[index] or word in DETERMINERS or word in _DEGREE_WORDS
                  or word in COORDINATORS):
            if word in MODIFIER_OPENERS:
                found.append(word)
            break
    return tuple(found)


#: Prepositions of place: one after a comma may say again, narrower, where a place phrase
#: before it is ("along the front of the lower leg, on the shin bone").
_PLACE_PREPOSITIONS = frozenset("on in at along across over under near above below behind "
                                "beside around inside outside within beneath underneath".split())


def _place_opener(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the place preposition (`_PLACE_PREPOSITIONS`) the noun phrase of `position` lies
    under, walking back as `_governors` does over "of" ("along" for "leg" in "felt along the
    front of the lower leg"), or ""."""
    for index in range(position - 1, -1, -1):
        word = norms[index]
        if not (word == "of" or content[index] or word in DETERMINERS or word in _DEGREE_WORDS
                or word in COORDINATORS):
            return word if word in _PLACE_PREPOSITIONS else ""
    return ""


def _place_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a comma and a place preposition (`_PLACE_PREPOSITIONS`) follow the noun
    phrase of `position`, walking on over "of" phrases ("front" and "leg" in "along the front
    of the lower leg, on the shin bone")."""
    index = position + 1
    while index < len(norms) and (norms[index] == "of" or content[index]
                                  or norms[index] in DETERMINERS or norms[index] in _DEGREE_WORDS):
        index += 1
    return (index + 1 < len(norms) and norms[index] == ","
            and norms[index + 1] in _PLACE_PREPOSITIONS)


def series_starts(norms: Sequence[str], content: Sequence[bool]) -> list[int]:
    """Return, for each position, where the first of a series of phrases under one preposition
    starts when the position holds a later one after "and/or" (also after a comma): "caused
    by a large cloud of dust or gas or by a group of stars" gives the first "by" for the
    second; else -1. The walk back from the "and/or" goes over the first phrase (content
    words, determiners, degree words, "of", "and/or" and commas) to that preposition; "to" is
    left out, which far more often opens an infinitive."""
    starts = [-1] * len(norms)
    for index in range(2, len(norms)):
        word = norms[index]
        if word == "to" or word not in MODIFIER_OPENERS or norms[index - 1] not in COORDINATORS:
            continue
        for back in range(index - 2, max(-1, index - 2 - 2 * LIST_SPAN), -1):
            before = norms[back]
            if not (content[back] or before in DETERMINERS or before in _DEGREE_WORDS
                    or before in COORDINATORS or before in {"of", ","}):
                starts[index] = back if before == word and back < index - 2 else -1
                break
    return starts


def _or_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "or" ("nor") comes after `position`, also after a comma or past the rest
    of its phrase (content words, determiners, prepositions: "near [the surface] or the land
    is covered"), before any other mark, clause opener or verb that is a stopword."""
    for index in range(position + 1, min(len(norms), position + 1 + LIST_SPAN)):
        word = norms[index]
        if word in _ALTERNATIVES:
            return True
        if word == "," and index + 1 < len(norms) and norms[index + 1] in _ALTERNATIVES:
            return True
        if not (content[index] or word in DETERMINERS or word in MODIFIER_OPENERS
                or word in _OTHER_PREPOSITIONS or word == "of"):
            return False
    return False


def _either_answered(norms: Sequence[str], position: int) -> bool:
    """Return whether "either" ("neither") and then its "or" ("nor") come before `position` in
    its clause (within `LIST_SPAN` words, before any clause opener or mark other than a
    comma): the pivot lies in the second of the two alternatives that "either" announced
    ("present either at or near the surface")."""
    answered = False
    for index in range(position - 1, max(-1, position - 1 - LIST_SPAN), -1):
        word = norms[index]
        if word in _PAIRED_ALTERNATIVES:
            return answered
        if word in _ALTERNATIVES:
            answered = True
        elif word in CLAUSE_OPENERS or not word[:1].isalnum() and word != ",":
            return False
    return False


#: Prepositions that `MODIFIER_OPENERS` leaves out ("beyond the initial application", "toward
#: the shore").
_OTHER_PREPOSITIONS = frozenset(
    "beyond past toward towards upon onto above below beneath behind beside near along around "
    "until".split())


def _gerund_adjunct(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a preposition follows the noun phrase ending at `position`, and that
    phrase is the object of a verb in -ing that one of `_ADVERBIAL_OPENERS` opens ("without
    changing the result beyond the initial application", "by submitting it to an
    arbitrator"): the prepositional phrase lies in that adverbial phrase, which has no subject
    and ends only after it, and may be the verb's ("changing ... beyond")."""
    if position + 1 >= len(norms) or not (norms[position + 1] in MODIFIER_OPENERS
                                          or norms[position + 1] in _OTHER_PREPOSITIONS):
        return False
    verb = _before_noun_phrase(norms, content, position)
    return (verb is not None and verb > 0 and _is_participle(norms, content, verb)
            and norms[verb - 1] in _ADVERBIAL_OPENERS)


#: Prepositions that open an adjunct of a verb (when, how long, by what means) and seldom
#: a noun's modifier in a definition: after a verb's object they are the verb's ("that guided
#: European trade policy [before Adam Smith]", "by accumulating gold and silver [through a
#: favourable balance of trade]"), where "of", "for" or "with" may well be the noun's.
_VERB_ADJUNCT_OPENERS = frozenset("before after during through throughout via since until".split())


def _host_verb(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the word that takes the noun phrase ending at `position` as its object: the
    content word right before it ("using a network"), or before the preposition that governs
    it, past a particle ("refreeze into ice pellets", "piled up against the beach"), or the
    verb that `_adjunct_verb` finds ("guided European trade policy"); not before "of", which a
    noun takes ("a layer of ice"), unless a word in -ing comes before it ("the hearing and
    determining of a dispute"), also before an indefinite pronoun's possessive ("taking
    someone else's work or ideas"). "" when there is none."""
    found = _before_noun_phrase(norms, content, position)
    if (found is not None and found and norms[found] == "of" and content[found - 1]
            and norms[found - 1].endswith("ing")):
        return norms[found - 1]
    if found is not None and norms[found] != "of" and (
            norms[found] in MODIFIER_OPENERS or norms[found] in _OTHER_PREPOSITIONS):
        verb = found - 1
        while verb >= 1 and norms[verb] in _PARTICLES:
            verb -= 1
        return norms[verb] if verb >= 0 and content[verb] else ""
    if found is not None and content[found]:
        return norms[found]
    for index in range(position - 1, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if word.endswith("'s") and index and norms[index - 1] in _INDEFINITES:
            before = index - 2  # "taking someone else's work or ideas": the possessor
            # opens the noun phrase, as a determiner does
            return norms[before] if before >= 0 and content[before] else ""
        if not (content[index] or word in COORDINATORS or word == ","):
            break
    return _adjunct_verb(norms, content, position)


def _adjunct_verb(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the verb whose object is the short noun phrase ending at `position`, walking back
    over its determiners, adjectives and nouns and an "and"/"or" between two of them ("guided
    European trade policy", "accumulating gold and silver"): a verb (`role`), or a word in
    -ing with no determiner before it; "" when no verb opens the phrase ("a nationalist
    policy", "the rising prices")."""
    for index in range(position, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if content[index]:
            if index < position and (
                    role(norms, content, index) == "verb"
                    or _is_participle(norms, content, index)
                    and not (index and norms[index - 1] in DETERMINERS)):
                return word
        elif not (word in DETERMINERS or word in COORDINATORS and index
                  and content[index - 1]):
            return ""
    return ""


def _infinitive_after_comma(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a comma, "to" and a verb follow `position` (", to be forfeited in the
    event of a default", ", to secure repayment of a loan"): an infinitive set off from the
    noun before it, which says what the head of its clause is for or is to undergo."""
    at = position + 3
    if tuple(norms[position + 1:at]) != (",", "to") or at >= len(norms):
        return False
    return norms[at] in _STOPWORD_VERBS or content[at] and role(norms, content, at) == "verb"


def _in_reduced_relative(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the word at `position` is a participle in -ed right after a noun or a
    comma, or lies in the phrase it opens ("a device used in a business", "languages, used
    especially for trade"): a reduced relative clause, which describes the noun before it as
    a relative clause does. Not a participle after a verb ("which is used in a business")."""
    for index in range(position, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if len(word) > 3 and word.endswith("ed") and word.isalpha():  # "used" is a stopword
            before = index - 1
            while before >= 0 and content[before] and norms[before].endswith("ly"):
                before -= 1  # "a tool commonly used"
            if before >= 0 and (content[before] or norms[before] == ","):
                return True
        if content[index]:
            continue
        if not (word in DETERMINERS or word in MODIFIER_OPENERS or word in _DEGREE_WORDS
                or word == "of"):
            return False
    return False


def _relative_ahead(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a relative pronoun comes after `position` behind a noun, within its noun
    phrase or the prepositional phrases after it ("used in a business that gives it"); not
    past "of", whose noun phrase the clause describes, or the noun before it (see
    `_relative_head`: "measured by the value of the next best alternative that was not
    chosen")."""
    for index in range(position + 1, min(len(norms), position + 1 + LIST_SPAN)):
        word = norms[index]
        if word in _RELATIVES:
            return content[index - 1]
        if not (content[index] or word in DETERMINERS or word in MODIFIER_OPENERS
                or word in _DEGREE_WORDS):
            return False
    return False


def _relative_before(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a relative pronoun comes before `position` right after a noun ("a place
    where ...", "an agreement that ...") or after a preposition ("a bag in which ...")."""
    return any(norms[index] in _RELATIVES and (
        content[index - 1] or norms[index - 1] in MODIFIER_OPENERS
        and norms[index] in _PREPOSITION_RELATIVES) for index in range(1, position))


def _adjunct_participle(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the participle right before the prepositional phrase that holds `position`
    ("bounded" in "bounded on at least one side"), or "": the walk goes back from it over
    the noun phrase (content words, determiners, degree words; "at least"/"at most" are no
    preposition) to its preposition and takes the content word before it when it is a
    participle in -ed or an irregular one. A "to" may open an infinitive ("postulated to
    exist in space"): none then."""
    for index in range(position, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if word == "to":
            return ""
        if word in MODIFIER_OPENERS and not (index + 1 < len(norms)
                                             and norms[index + 1] in _DEGREE_WORDS):
            verb = index - 1
            if verb >= 0 and content[verb] and past_participle(norms[verb]):
                return norms[verb]
            return ""
        if not (content[index] or word in DETERMINERS or word in _DEGREE_WORDS
                or word in MODIFIER_OPENERS):
            return ""
    return ""


def _agent_past_adjunct(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "by" comes right after the noun phrase `position` lies in or opens (see
    `_adjunct_participle`): "one" in "bounded on at least one side by an abrupt descent". A
    participle before that phrase takes it as its agent; other prepositions may complete the
    noun ("during commercial fishing for a different species"), and a verbal noun in -ing or a
    participle on the way may take its own agent ("[driven by a turbine] powered by"): none
    then."""
    for index in range(position + 1, min(len(norms), position + 1 + LIST_SPAN)):
        word = norms[index]
        if word in MODIFIER_OPENERS and not (index + 1 < len(norms)
                                             and norms[index + 1] in _DEGREE_WORDS):
            return word == "by" and not any(
                content[at] and _participle(norms[at], gerund=True)
                for at in range(position, index))
        if not (content[index] or word in DETERMINERS or word in _DEGREE_WORDS
                or word in MODIFIER_OPENERS):
            return False
    return False


def _preposition_relative_follows(norms: Sequence[str], position: int) -> bool:
    """Return whether a comma, a preposition and a relative pronoun follow `position` (",
    in which players try ...", ", by which", ", through whom"): a clause that may describe a
    noun further back ("a sport played with a stick with a net, in which players ..."); one
    right after the noun describes it ("a moving belt on which a person walks")."""
    return (position + 3 < len(norms) and norms[position + 1] == ","
            and norms[position + 2] in MODIFIER_OPENERS
            and norms[position + 3] in _PREPOSITION_RELATIVES)


def _relative_joined_ahead(norms: Sequence[str], position: int) -> bool:
    """Return whether, after `position` in its sentence, "and"/"or" (perhaps after a comma)
    and a relative pronoun follow before any other relative pronoun: with a relative clause
    before `position` (`_relative_before`, which the caller asks first), "... of a building
    such as a medieval castle, usually at a corner, and that rests on corbels" coordinates a
    second clause with the one before the pivot ("a small tower that projects ...")."""
    for index in range(position + 1, len(norms)):
        word = norms[index]
        if word in {".", ";", ":"}:
            return False
        if word in _RELATIVES:
            return norms[index - 1] in COORDINATORS
    return False


def _second_object(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase ending at `position`, or the list it closes, is the
    second object of a verb that takes two: a determiner opens it right after a noun phrase
    that the verb (`role`) takes, past "and"/"or", commas and "such as" ("to give dishes such
    as paella and risotto a golden colour"); not right after the verb ("to give a golden
    colour")."""
    found = _before_noun_phrase(norms, content, _first_item(norms, content, position))
    if (found is None or not content[found] or norms[found + 1] not in DETERMINERS
            or role(norms, content, found) == "verb"):
        return False
    opened = False  # a determiner opened the first object: the verb comes right before it
    for index in range(found - 1, max(-1, found - LIST_SPAN), -1):
        word = norms[index]
        if content[index] and word not in MODIFIER_OPENERS:
            if role(norms, content, index) == "verb":
                return True
            if opened:
                return False
        elif word in DETERMINERS:
            opened = True
        elif not (word in COORDINATORS or word in {",", "such", "as"}):
            return False
    return False


def _clause_ahead(norms: Sequence[str], content: Sequence[bool], region: Sequence[int],
                  position: int) -> tuple[str, ...]:
    """Return the content words of a relative clause that follows `position`, right after it
    ("activity that is deemed illegal", "a treatment in which") or past the prepositional
    phrases after it and adjectives coordinated in them ("activity within a private or public
    organization that is deemed illegal"), up to a mark other than a comma or another clause
    (`region`: not "new" in "a loan that you already have, usually because the new loan has
    ..."): a clause that may say which of the things the pivot names are meant. () when none
    follows; not past "of" or a comma."""
    for index in range(position + 1, min(len(norms), position + 1 + LIST_SPAN)):
        word = norms[index]
        if (word in _RELATIVES and (index == position + 1 or content[index - 1])
                or index > position + 1 and word in _PREPOSITION_RELATIVES
                and norms[index - 1] in MODIFIER_OPENERS):  # "in which"
            words = []
            for at in range(index + 1, min(len(norms), index + 1 + 2 * LIST_SPAN)):
                if (not norms[at][:1].isalnum() and norms[at] != ","
                        or region[at] >= 0 and region[at] != region[index]):
                    break
                if content[at]:
                    words.append(norms[at])
            return tuple(words)
        if not (content[index] or word in DETERMINERS or word in MODIFIER_OPENERS
                or word in _DEGREE_WORDS
                or word in COORDINATORS and content[index - 1] and index + 1 < len(norms)
                and content[index + 1]):
            return ()
    return ()


def _after_aside_word(body: _Body, position: int) -> str:
    """Return the word after the closing comma of an aside between commas that follows
    `position` ("that" in "semiconductor devices, usually made of silicon, that absorb"), or
    "": what follows the pivot past the aside, which describes it as if the aside were not
    there."""
    at = position + 2
    if body.norms[position + 1:at] != (",",) or at >= len(body.aside) or not body.aside[at]:
        return ""
    while at < len(body.aside) and body.aside[at]:
        at += 1
    if body.norms[at:at + 1] != (",",) or at + 1 >= len(body.norms):
        return ""
    return body.norms[at + 1]


def _relative_fields(body: _Body, position: int) -> dict[str, object]:
    """Return the `Signature` fields `relative_head`, `aside_relative_head` and
    `relative_number` for the word at `position`, the last two read as if an aside between
    commas after it were not there (`relative_head` stays as written): a relative clause
    past the aside may describe the noun before "of" too ("a piece of dough, often wrapped
    around a filling, that is boiled" says what is boiled of the piece). Only after "of": the
    aside may be a second agent or object ("issued by a carrier, or its agent, which is"); and
    not when the pivot opens a comma list, whose items are no aside ("plants, food, etc.")."""
    norms, content = body.norms, body.content
    past = _past_aside(body, position)
    if (past < len(body.tokens) and _head_of(norms, content, position)
            and _list_last(norms, content, position) == position):
        norms = tuple(norms[:position + 1]) + tuple(norms[past:])
        content = list(content[:position + 1]) + list(content[past:])
    return {"relative_head": _relative_head(body.norms, body.content, position),
            "aside_relative_head": _relative_head(norms, content, position),
            "relative_number": _relative_number(norms, content, position)}


def _past_aside(body: _Body, position: int) -> int:
    """Return the position of the word after the closing comma of an aside between commas that
    follows `position` (see `_after_aside_word`), or `len(body.tokens)` when none does."""
    if not _after_aside_word(body, position):
        return len(body.tokens)
    at = position + 2
    while body.aside[at]:
        at += 1
    return at + 1


def _argument_after_aside(body: _Body, position: int) -> str:
    """Return the argument preposition (`ARGUMENT_OPENERS`) that comes after the closing comma
    of an aside between commas right after `position` ("to" in "issued by a carrier, or its
    agent, to acknowledge receipt"), or "": what follows the pivot past the aside."""
    at = position + 2
    if body.norms[position + 1:at] != (",",) or at >= len(body.aside) or not body.aside[at]:
        return ""
    while at < len(body.aside) and body.aside[at]:
        at += 1
    if body.norms[at:at + 1] == (",",) and body.norms[at + 1:at + 2] != () \
            and body.norms[at + 1] in ARGUMENT_OPENERS \
            and body.norms[at + 2:at + 3] not in {(word,) for word in _PREPOSITION_RELATIVES}:
        # ("painting, developed in France ..., in which very small dots": a relative clause)
        return body.norms[at + 1]
    return ""


def _object_verb(norms: Sequence[str], content: Sequence[bool], position: int, bare: bool,
                 is_object: bool) -> str:
    """Return the verb whose object the noun phrase ending at `position` is, given whether it
    is a bare object (`_bare_object`: "disclose defects") and a verb's object (`verb_object`:
    "discovering any defects"), as `role_signature` has them: the first word of the bare
    object's run, or the content word before the determiner; "" when it is no verb's object."""
    if bare:
        return norms[_before_content(content, position) + 1]
    if is_object:
        return norms[_before_noun_phrase(norms, content, position)]
    return ""


#: Words that say how far something goes, with the word that opens their complement: "enough
#: [of it to wells] to be useful", "too small to see", "so fine that", "such a large amount that".
_DEGREE_COMPLEMENTS = {"enough": "to", "too": "to", "so": "that", "such": "that"}


def _degree_open(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the degree word (`_DEGREE_COMPLEMENTS`) said before `position` in its clause
    whose complement comes after it, within `LIST_SPAN` words either way: "to" and a verb for
    "enough" and "too" ("can yield enough of it to wells and springs to be useful"), "that"
    (or "as") for "so" and "such" ("such a large amount of water that"); "" otherwise, also
    when the complement came before `position` ("such substances as fine powder"). A degree
    word takes its complement only after a word of its own ("so that", "such as" are none).
    A run entered between them would carry the complement without the word it completes
    ("transmit significant quantities of water to wells" + "[and springs] to be useful")."""
    degree = -1
    for index in range(position - 1, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if word in _DEGREE_COMPLEMENTS and norms[index + 1] not in {"that", "as", "to", "far"}:
            degree = index
            break
        if word in CLAUSE_OPENERS or not (word[:1].isalnum() or word == ","):
            return ""
    if degree < 0 or any(_completes(norms, content, norms[degree], index)
                         for index in range(degree + 1, position)):
        return ""
    for index in range(position + 1, min(len(norms) - 1, position + 1 + LIST_SPAN)):
        if _completes(norms, content, norms[degree], index):
            return norms[degree]
        if norms[index] in CLAUSE_OPENERS or not (norms[index][:1].isalnum()
                                                  or norms[index] == ","):
            return ""
    return ""


def _completes(norms: Sequence[str], content: Sequence[bool], degree: str, index: int) -> bool:
    """Return whether the word at `index` opens the complement of the degree word `degree`:
    "that" or "as" after "so/such", "to" and a verb after "enough/too" ("to be useful", "to
    supply towns", "too small to see"; not "to wells", "to the sea")."""
    word = norms[index]
    if _DEGREE_COMPLEMENTS[degree] == "that":
        return word in {"that", "as"}
    if word != "to" or index + 1 >= len(norms):
        return False
    after = norms[index + 1]
    return after in _STOPWORD_VERBS or (
        after not in DETERMINERS and looks_plural(after) is not True
        and (role(norms, content, index + 1) == "verb"
             or content[index + 1] and index + 2 == len(norms)))


def _list_of_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "and"/"or" follows `position` with a second item of at most three content
    words and no determiner of its own, then "of": the "of" phrase names the possessor of
    both items ("the mass and velocity of an object"), the pivot's too."""
    at = position + 1
    if at >= len(norms) or norms[at] not in COORDINATORS:
        return False
    end = at + 1
    while end < len(norms) and end <= at + 3 and content[end]:
        end += 1
    return at + 1 < end < len(norms) and norms[end] == "of"


def _list_head(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the noun that a coordinated list of one-word items with no determiners, which the
    word at `position` is an item of before the last, describes: the last item is followed by
    one plural noun, then no content word, and no item looks plural ("sounds" for "heart" and
    "lung" in "auscultation of heart, lung and bowel sounds, consisting of"): the items are
    premodifiers of that noun, which heads them all, as a noun before another is singular.
    Number-neutral; "" for any other list ("heart or breathing,", "heart, lungs and the
    bowel", "a cliff, mountain or valley shoulder that", where the last item may be two words;
    "to harden, bake, or dry materials", "planning, organizing and controlling resources",
    lists of verbs that share an object).
    """
    index = position
    if (not content[index] or norms[index] in MODIFIER_OPENERS or looks_plural(norms[index])
            or norms[index].endswith("ing")):
        return ""
    first = position
    while first >= 2 and norms[first - 1] in {",", *COORDINATORS} and content[first - 2]:
        first -= 2
    if first and norms[first - 1] == "to" or role(norms, content, first) == "verb":
        return ""
    while index < position + LIST_SPAN:
        at = index + 1
        if at < len(norms) and norms[at] == ",":
            at += 1
        last = at < len(norms) and norms[at] in COORDINATORS
        if last:
            at += 1
        elif norms[at - 1] != ",":
            return ""
        if (at >= len(norms) or not content[at] or norms[at] in MODIFIER_OPENERS
                or looks_plural(norms[at]) or norms[at].endswith("ing")):
            return ""
        if last:
            head = at + 1
            if (head < len(norms) and content[head] and norms[head] not in MODIFIER_OPENERS
                    and looks_plural(norms[head])
                    and (head + 1 >= len(norms) or not content[head + 1])):
                return number_neutral(norms[head])
            return ""
        index = at
    return ""


def _list_opener(norms: Sequence[str], content: Sequence[bool], position: int) -> str | None:
    """Return the word before the noun phrase that ends at `position`, walking back over
    content words, determiners, degree words and the commas and "and"/"or" of a list it
    ends: "with" for "idea" in "associated with a particular person, place, or idea"; None
    when the phrase, or its list, opens the clause ("a short theme or musical idea")."""
    for index in range(position - 1, -1, -1):
        word = norms[index]
        if not (content[index] or word in DETERMINERS or word in _DEGREE_WORDS
                or word in COORDINATORS or word == ","):
            return word
    return None


#: Words that open a purpose phrase, which belongs to a verb ("so as to present").
_PURPOSE_OPENERS = frozenset({("so", "as", "to"), ("in", "order", "to")})


def _verb_before(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a verb comes before `position` in its clause: a finite verb or one that
    is a stopword ("is", "has"), a clause opener, whose clause has a verb ("in which the
    members ... put forward as many ideas as possible"), a verb after "to", or a content word
    in -ed or -ing that takes an argument: a preposition, a determiner or a particle follows
    it ("a disadvantage imposed on a competitor"; not "misleading information")."""
    for index in range(position - 1, -1, -1):
        word = norms[index]
        if word in CLAUSE_OPENERS or word in _FINITE or word in _STOPWORD_VERBS:
            return True
        if not content[index] or word in MODIFIER_OPENERS:
            continue
        if index and norms[index - 1] == "to" and role(norms, content, index) == "verb":
            return True
        after = norms[index + 1] if index + 1 < len(norms) else ""
        if word.endswith(("ed", "ing")) and (after in MODIFIER_OPENERS or after in DETERMINERS
                                             or after in _PARTICLES):
            return True
    return False


def _bare_object(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun at `position` ends a run of content words with no determiner
    that opens with a verb: after "not" ("a seller need not disclose defects") or where
    `role` reads a verb ("who sell goods", "must examine goods"). `verb_object` needs the
    determiner ("disclose the defects") to tell the verb from an adjective."""
    index = _before_content(content, position)
    if index < 0 or index + 1 >= position:
        return False
    return norms[index] == "not" or role(norms, content, index + 1) == "verb"


def _as_clause_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "as" follows `position`, also after a comma, and a verb right after it:
    a finite verb or one that is a stopword ("as is common"), or a content word in -ed ("as
    happened after the oil shocks", "as described"). Such a clause has no subject of its own:
    it stands for the clause before it."""
    at = position + 1 + (norms[position + 1:position + 2] == (",",))
    if norms[at:at + 1] != ("as",) or at + 1 >= len(norms):
        return False
    word = norms[at + 1]
    return (word in _FINITE or word in _STOPWORD_VERBS
            or content[at + 1] and len(word) > 4 and word.endswith("ed"))


def _than_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "than" follows `position` and completes a "more", "less" or "fewer" said
    before it in its clause, within `LIST_SPAN` words and after any clause opener or mark but
    a comma ("spends more time and money claiming to be green through advertising and
    marketing than actually implementing ...")."""
    if norms[position + 1:position + 2] != ("than",):
        return False
    for index in range(position - 1, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if word in {"more", "less", "fewer"}:
            return True
        if word in CLAUSE_OPENERS or not (word[:1].isalnum() or word == ","):
            return False
    return False


#: Adverbs that stand before the verb they modify ("already happened", "often used"); with
#: those in -ly (see `_verb_after`).
_PREVERBAL_ADVERBS = frozenset(
    "already still ever never always often usually sometimes seldom just also only".split())


def _finite_follows(norms: Sequence[str], position: int) -> bool:
    """Return whether a finite verb follows `position` (`_FINITE`: "the thing will rot"), or,
    after an adverb that stands between a subject and its verb (`_MID_ADVERBS`), a finite verb
    or a word in -s, which is a verb there ("and the orchestra just sits there"): the pivot is
    its clause's subject (see `_subject_and_verb`)."""
    after = position + 1
    if after < len(norms) and norms[after] in _MID_ADVERBS:
        after += 1
        if after < len(norms) and looks_plural(norms[after]) is True:
            return True
    return after < len(norms) and norms[after] in _FINITE


def _verb_after(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the content word right after `position` when the word there is an adverb (one of
    `_PREVERBAL_ADVERBS`, or a word in -ly after no determiner: not "a daily ...") and so
    modifies it ("conversation already happened", "having already experienced"); ""
    otherwise. A hedge between commas right after the adverb, with no verb of its own, is
    read past ("is usually, though not always, associated with"): see `_past_hedge`."""
    word = norms[position]
    after = _past_hedge(norms, position)
    if after >= len(norms) or not content[after]:
        return ""
    if word in _PREVERBAL_ADVERBS or (
            len(word) > 4 and word.endswith("ly")
            and not (position and norms[position - 1] in DETERMINERS)):
        return norms[after]
    return ""


def _past_hedge(norms: Sequence[str], position: int) -> int:
    """Return the position after `position`, past a short hedge between commas that follows it
    (", though not always,", ", but not exclusively,": at most `ASIDE_WORDS` words, no mark
    and no finite verb), which qualifies the word at `position` and leaves what follows it
    as if the hedge were not there."""
    if norms[position + 1:position + 2] != (",",):
        return position + 1
    for index in range(position + 2, min(len(norms) - 1, position + 3 + ASIDE_WORDS)):
        word = norms[index]
        if word == ",":
            return index + 1 if index > position + 2 else position + 1
        if word in _FINITE or not word[:1].isalnum():
            break
    return position + 1


def _after_aside(body: _Body, position: int) -> bool:
    """Return whether the content word at `position` comes right after the closing comma of an
    aside that a content word comes before ("some external benchmark, typically an inflation
    index such as the Consumer Price Index, rises"): with no determiner of its own it cannot
    open a new noun phrase there, and goes on with the phrase the aside broke into, as its
    verb."""
    if not (position >= 3 and body.content[position] and body.norms[position - 1] == ","
            and body.aside[position - 2]):
        return False
    opening = position - 2
    while opening >= 0 and body.aside[opening]:
        opening -= 1
    return opening >= 1 and body.norms[opening] == "," and body.content[opening - 1]


#: The -ing forms of the auxiliaries, which open a gerund clause ("being discovered", "having
#: failed"): after a bare word they are its object, and the word is a verb ("and fear being
#: discovered"; "avoid having").
_AUXILIARY_GERUNDS = frozenset({"being", "having"})


def _phrase_role(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the role the phrase around the content word at `position` gives it where `role`
    reads none: "noun" inside a noun phrase that a determiner opens, past the determiner, when
    that phrase is the object of a verb before it (a verb that is a stopword, or one `role`
    reads): "has a persistent fear [of ...]", "who doubt their own abilities"; a determiner
    and its premodifiers open a noun phrase, and a verb's object is one. "verb" right after
    "and"/"or", with no determiner, when an object that takes none follows it: an auxiliary
    in -ing that opens a gerund clause (`_AUXILIARY_GERUNDS`: "and fear being discovered") or
    an object pronoun with no content word after it ("and fear it"; not "and information it
    holds"). A noun and a verb of one spelling play different parts, and a join between them
    ("has a persistent fear" + "[believe they are incompetent and] fear being discovered")
    leaves a noun with the verb's object. "" otherwise."""
    if not content[position] or position == 0:
        return ""
    before = norms[position - 1]
    if before in COORDINATORS:
        after = norms[position + 1] if position + 1 < len(norms) else ""
        if after in _AUXILIARY_GERUNDS or after in _OBJECT_PRONOUNS and not (
                position + 2 < len(norms) and content[position + 2]):
            return "verb"
        return ""
    found = _before_noun_phrase(norms, content, position)
    if found is None or found + 1 == position or norms[found + 1] not in DETERMINERS:
        return ""
    verb = norms[found] in _OBJECT_STOPWORD_VERBS or (content[found]
                                                      and role(norms, content, found) == "verb")
    return "noun" if verb else ""


def _before_content(content: Sequence[bool], position: int) -> int:
    """Return the position of the first word before the run of content words that ends at
    `position` (the word there included), or -1 at the start ("the" in "the long-term
    balance", "such" in "such compounds")."""
    index = position - 1
    while index >= 0 and content[index]:
        index -= 1
    return index


def _modifiers(norms: Sequence[str], content: Sequence[bool], position: int) -> tuple[str, ...]:
    """Return the content words between the determiner that opens the noun phrase ending at
    `position` and the word there ("long-term" in "the long-term balance"), or ()."""
    index = _before_content(content, position)
    if index < 0 or norms[index] not in DETERMINERS:
        return ()
    return tuple(norms[index + 1:position])


def _premodifiers(norms: Sequence[str], content: Sequence[bool], position: int) -> tuple[str, ...]:
    """Return the content words before `position` in its noun phrase when a determiner, a
    preposition or "is/are" opens it ("surrounding rural" in "compared with surrounding rural
    areas", "urbanized" in "are urbanized areas"), or (): after another word the first of
    them may be a verb ("that turn sunlight")."""
    index = _before_content(content, position)
    if index < 0 or not (norms[index] in DETERMINERS or norms[index] in MODIFIER_OPENERS
                         or norms[index] == "of" or norms[index] in _FINITE_BE):
        return ()
    return tuple(norms[index + 1:position])


def _item_modifiers(norms: Sequence[str], content: Sequence[bool],
                    position: int) -> tuple[str, ...]:
    """Return `_premodifiers`, or else the content words before `position` in its noun phrase:
    all of them after "and/or", a comma or another word that opens no clause ("illegal" in
    "fraud, or illegal activity", "about illegal activity"); after a clause opener or a
    subject pronoun the first of them may be the clause's verb and is not taken ("illegal" in
    "who reports illegal activity"; none in "that turn sunlight")."""
    found = _premodifiers(norms, content, position)
    if found:
        return found
    index = _before_content(content, position)
    if index >= 0 and (norms[index] in CLAUSE_OPENERS or norms[index] in _SUBJECT_PRONOUNS):
        return tuple(norms[index + 2:position])
    return tuple(norms[index + 1:position])


def _head_of(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the word before "of" when the noun phrase ending at `position` follows "of"
    ("change" in "a change of climate"), number-neutral, or ""."""
    found = _before_noun_phrase(norms, content, position)
    if found is None or found < 1 or norms[found] != "of":
        return ""
    return number_neutral(norms[found - 1])


def _list_head_of(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return `_head_of` read at the first item of the list the noun phrase at `position`
    ends, or, when it follows no "of", the noun N1 whose complement with "for" it is in "N1
    [of ...] for N2": "transfer" for "child" in "the transfer of rights for a child", "fee"
    in "a fee for a licence". An argument opener after N2 ("from the birth parents to the
    adoptive parents") may complete N1, as "for a child" does, not N2. N1 is the word before
    "of" when one precedes the noun phrase before "for", or else that phrase's last word when
    it is a noun: no verb's form ("-ed", "-ing", `verb_number`) and no verb's object (a
    content word before its determiner: "pays money for a licence", where the argument may be
    the verb's). "for" only: after other prepositions the argument is as often N2's own ("a
    ban on trade with a country", "a child in their care", "a debt with a new loan on
    different terms"), and "to" may open an infinitive ("allow current to flow from")."""
    first = _first_item(norms, content, position)
    head = _head_of(norms, content, first)
    found = _before_noun_phrase(norms, content, first)
    if head or found is None or found < 1 or norms[found] != "for":
        return head
    noun = found - 1
    if not content[noun] or norms[noun] in MODIFIER_OPENERS:
        return ""
    head = _head_of(norms, content, _first_item(norms, content, noun))
    if head:
        return head
    word, before = norms[noun], _before_noun_phrase(norms, content, noun)
    if (word.endswith(("ed", "ing")) or verb_number(word) is not None
            or before is not None and content[before] and norms[before] not in MODIFIER_OPENERS):
        return ""
    return number_neutral(word)


def _of_infinitive(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return `_head_of` for the noun phrase at `position` when "to" and a bare verb follow
    it ("ability" for "object" in "the ability of an object to float in a liquid"), or "": in
    "N1 of N2 to + verb" the infinitive completes N1 ("the ability to float") or the whole
    phrase ("the storage of carbon dioxide to slow climate change"). A verb is a content
    word after "to" with no determiner that does not look plural, as `role` reads it or
    before a preposition, coordinator or punctuation ("to float in", "to float or"). Not
    after a noun that only sorts or counts what follows its "of" (`_CLASSIFIERS`,
    `_QUANTITY_NOUNS`): there N2 is the head ("a type of tool to cut wood")."""
    head = _head_of(norms, content, position)
    if not head or head in _CLASSIFIERS or head in _QUANTITY_NOUNS:
        return ""
    at = position + 1
    if (at + 1 >= len(norms) or norms[at] != "to" or not content[at + 1]
            or not norms[at + 1].isalpha()):
        return ""
    after = norms[at + 2] if at + 2 < len(norms) else ""
    if looks_plural(norms[at + 1]) is True and role(norms, content, at + 1) != "verb":
        return ""
    if role(norms, content, at + 1) == "verb" or not after or after in MODIFIER_OPENERS \
            or after in COORDINATORS or not after[:1].isalnum():
        return head
    return ""


def _head_of_plural(norms: Sequence[str], content: Sequence[bool], position: int) -> bool | None:
    """Return the number of the word before "of" when the noun phrase ending at `position`
    follows "of" (True for "loops" in "loops of material"), as `looks_plural` reads it, or
    None."""
    found = _before_noun_phrase(norms, content, position)
    if found is None or found < 1 or norms[found] != "of":
        return None
    return looks_plural(norms[found - 1])


def _relative_number(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a relative pronoun follows the noun phrase at `position` (or the comma
    list it opens) and the word after it, past an adverb in -ly, is a verb whose form shows a
    number: "is/are/has/have", or a content word that is no past tense or participle ("that
    move", "that moves"; not "that moved", "that can move", "that driven")."""
    last = _list_last(norms, content, position)
    at = last + 2
    if last + 1 >= len(norms) or norms[last + 1] not in {"that", "which", "who"}:
        return False
    if at < len(norms) and norms[at].endswith("ly") and at + 1 < len(norms):
        at += 1
    if at >= len(norms):
        return False
    word = norms[at]
    if verb_number(word) is not None:
        return True
    if word.endswith("ing") and not any(letter in "aeiouy" for letter in word[:-3]):
        word = word[:-3]  # no vowel before "ing": a verb's base form ("that swing", "that
        # bring"), no form in -ing ("that being", "that trying")
    return (word.isalpha() and word not in STOPWORDS and not word.endswith(("ed", "ing", "en"))
            and word not in _IRREGULAR_PASTS and word not in IRREGULAR_PARTICIPLES)


#: Nouns that only sort the noun after their "of" ("a type of memory", "a way of thinking").
_CLASSIFIERS = frozenset("type kind sort form class variety category mode way style".split())

#: Adjectives that take a complement with "to" ("close to", "similar to"): before a noun they
#: keep it after the noun ("the closest level to the people", "a similar problem to ours").
_TO_ADJECTIVES = frozenset(
    "close closer closest near nearer nearest next similar identical equal equivalent adjacent "
    "prior due opposite related relevant subject comparable contrary proportional parallel "
    "analogous superior inferior".split())


#: What opens a restatement after a comma ("..., i.e. sentences or phrases", ", that is, ...").
_RESTATEMENT_OPENERS = (("i.e.",), ("viz.",), ("namely",), ("that", "is"))


#: Subject pronouns of a contact clause, as `_CONTACT_SUBJECTS` with the reader and writer,
#: and the words for any person ("the amount of time someone works").
_CONTACT_PRONOUNS = _CONTACT_SUBJECTS | frozenset(
    "you i someone somebody anyone anybody everyone everybody people".split())


def _contact_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a relative clause with no relative pronoun (a contact clause) follows the
    word at `position`: a subject pronoun (`_CONTACT_PRONOUNS`) and a content word or finite
    verb ("the layer we see", "the services they receive"), or a determiner, one or two content
    words and a finite verb, or a content word in -s or -ed after them ("the layer the eye
    sees"). Closed classes only: no parser."""
    at = position + 1
    if at + 1 >= len(norms):
        return False
    if norms[at] in _CONTACT_PRONOUNS:
        return content[at + 1] or norms[at + 1] in _FINITE
    if norms[at] not in _ARTICLES_ONLY:
        return False
    for verb in (at + 2, at + 3):
        if verb >= len(norms) or not content[verb - 1]:
            return False
        word = norms[verb]
        if word in _FINITE or (content[verb] and word.endswith(("ed", "s"))
                               and not word.endswith(("ss", "'s"))
                               and verb + 1 < len(norms) and not content[verb + 1]):
            return True
    return False


def _contracted_verb(word: str) -> str:
    """Return the verb a subject pronoun has contracted with it ("is" for "it's", "are" for
    "you're"), or "" (`_CONTRACTED_VERBS`; "woman's" is a possessive, no pronoun's verb)."""
    pronoun, mark, verb = word.partition("'")
    return _CONTRACTED_VERBS.get(verb, "") if mark and pronoun in _SUBJECT_PRONOUNS else ""


def _adverbial_clause_follows(norms: Sequence[str], content: Sequence[bool],
                              position: int) -> bool:
    """Return whether an adverbial clause follows `position`: one of `_ADVERBIAL_SUBORDINATORS`
    or `_VERB_ADJUNCT_OPENERS`, then a subject and its verb, a pronoun with its verb
    contracted ("once it's born") or as `_contact_follows` reads them ("when it is exposed",
    "until the water boils"). Such a clause says when, or on what condition, its clause's
    verb holds; not "before reaching", "until paid", which have no subject."""
    at = position + 1
    if at + 1 >= len(norms) or not (norms[at] in _ADVERBIAL_SUBORDINATORS
                                    or norms[at] in _VERB_ADJUNCT_OPENERS):
        return False
    return bool(_contracted_verb(norms[at + 1])) or _contact_follows(norms, content, at)


def _clause_verb(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the verb the noun phrase ending at `position` hangs on in its clause, by stem:
    walking back over noun phrases and prepositions, the nearest finite verb or one that is a
    stopword, a pronoun's contracted verb ("be" for any form of "be": "you're the legal
    parents"), or a content word right before an article or a possessive, a verb and its
    object ("deliv" in "delivers a baby for intended parents"; not "times each year"). "" at a
    clause opener or a mark other than a comma, or when none comes within `LIST_SPAN`."""
    for index in range(position - 1, max(-1, position - LIST_SPAN), -1):
        word = _contracted_verb(norms[index]) or norms[index]
        if word in _BE_FORMS:
            return "be"
        if word in _FINITE or word in _STOPWORD_VERBS:
            return word
        if (content[index] and word not in MODIFIER_OPENERS and index + 1 < position
                and (norms[index + 1] in _ARTICLES_ONLY or norms[index + 1] in _POSSESSIVES)):
            return stem(word)  # not before "each", "two" ...: "times each year" is no verb
        if word in CLAUSE_OPENERS or not (word[:1].isalnum() or word == ","):
            return ""
    return ""


def _restatement_head(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the word before "of" (see `_head_of`) when a comma and a restatement opener
    (`_RESTATEMENT_OPENERS`) follow the noun phrase at `position`: like a relative clause
    (`_relative_head`), the restatement may say again what that word names rather than the
    pivot ("alternative expressions of the same meaning, i.e. sentences or phrases that convey
    the same content": the sentences are the expressions, not the meaning). "" otherwise, or
    when the word only sorts the noun after "of" (`_CLASSIFIERS`)."""
    if position + 2 >= len(norms) or norms[position + 1] != ",":
        return ""
    if not any(tuple(norms[position + 2:position + 2 + len(opener)]) == opener
               for opener in _RESTATEMENT_OPENERS):
        return ""
    start = position
    while start > 0 and norms[start - 1] in _PHRASE_ADJECTIVES:
        start -= 1  # "of the same meaning": `_head_of` stops at "same"
    if start < position:
        content = [*content[:start], *([True] * (position - start)), *content[position:]]
    head = _head_of(norms, content, position)
    return "" if head in _CLASSIFIERS else head


#: Stopwords that are adjectives inside a noun phrase ("the same meaning", "their own words").
_PHRASE_ADJECTIVES = frozenset({"same", "own"})


def _relative_head(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the word before "of" (see `_head_of`) when a relative clause follows the noun
    phrase at `position` and may describe that word instead: "a change of climate which is
    attributed" (both singular), not "the design of computer systems that are able" (the
    verb agrees with "systems" only). "" otherwise. After a preposition ("a treatment of tempo
    in which some notes are lengthened") the clause has its own subject: no verb tells, and
    the word is taken unless it only sorts the noun after "of" (`_CLASSIFIERS`: "a type of
    memory in which data can be written" describes the memory). A comma list the pivot opens
    is passed over: the clause after its last item may describe the word before "of" too ("at
    the base of a cliff, mountain or valley shoulder that has accumulated" says what has
    accumulated of a collection at the base), also one closed by "etc." ("a mixture of
    decayed plants, food, etc. that is added": no item is the clause's subject). With no "of",
    the noun a past participle phrase describes is taken the same way ("an enclosure placed
    along a toll road that is used": `_participle_noun`)."""
    last = _list_last(norms, content, position)
    after = norms[last + 1] if last + 1 < len(norms) else ""
    prepositional = (after in MODIFIER_OPENERS and last + 2 < len(norms)
                     and norms[last + 2] in _PREPOSITION_RELATIVES)
    if after not in _RELATIVES and not prepositional:
        return ""
    head = _head_of(norms, content, position)
    if not head and not prepositional:
        head = _participle_noun(norms, content, position)
    if not head or prepositional:
        return "" if head in _CLASSIFIERS else head
    found = _before_noun_phrase(norms, content, position)
    if norms[found] != "of":
        found -= 1  # "an enclosure placed along a toll road": the noun before the participle
    for word in norms[last + 2:last + 5]:
        plural = verb_number(word)
        if plural is not None:
            listed = True if norms[last] in _ETC else looks_plural(norms[last])  # a list
            if listed == plural and looks_plural(norms[found - 1]) not in (plural, None):
                return ""
            break
    return head


def _participle_noun(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the noun that a past participle phrase holding the noun phrase at `position`
    describes ("enclosure" in "an enclosure placed along a toll road"), number-neutral, or "":
    the participle and its preposition come right before the noun phrase, the noun right before
    the participle. A relative clause after the phrase may describe that noun ("... road that is
    used for collecting a toll" says what the enclosure is used for)."""
    found = _before_noun_phrase(norms, content, position)
    if (found is None or found < 2
            or norms[found] not in MODIFIER_OPENERS and norms[found] not in _OTHER_PREPOSITIONS):
        return ""
    verb, noun = norms[found - 1], found - 2
    if not (content[found - 1] and past_participle(verb)):
        return ""  # past participles only: "a small building by a road" has none
    if (not content[noun] or norms[noun].endswith(("ed", "ing"))
            or verb_number(norms[noun]) is not None):
        return ""
    return number_neutral(norms[noun])


def _participle_subject(norms: Sequence[str], content: Sequence[bool],
                        position: int) -> dict[str, object]:
    """Return the `Signature` fields `participle_subject`, `participle_subject_plural` and
    `participle_clause_number` for the word at `position`: the noun before a past participle
    and its preposition ("weights hung from a fixed point that swing"), when the word is that
    participle or the noun phrase after the preposition (`_participle_noun`), its number, and
    whether a relative clause after the phrase that may describe it shows a number."""
    end = position
    if (0 < position < len(norms) - 2 and content[position - 1] and content[position]
            and past_participle(norms[position])
            and (norms[position + 1] in MODIFIER_OPENERS
                 or norms[position + 1] in _OTHER_PREPOSITIONS)):
        end = position + 2
        while end < len(norms) and (norms[end] in DETERMINERS or content[end]):
            end += 1
        end -= 1  # the last word of the participle's noun phrase
        if end < position + 2 or not content[end]:
            return {}
    noun = _participle_noun(norms, content, end)
    if not noun:
        return {}
    found = _before_noun_phrase(norms, content, end)
    return {"participle_subject": noun,
            "participle_subject_plural": looks_plural(norms[found - 2]),
            "participle_clause_number": (_relative_number(norms, content, end)
                                         and _relative_head(norms, content, end) == noun)}


def _noun_numbers(norms: Sequence[str], content: Sequence[bool], start: int,
                  stop: int) -> set[bool]:
    """Return the numbers (as `looks_plural` reads them) of the words from `start` to before
    `stop` that end a noun phrase: a content word that no content word follows, not in -ly, -ed
    or -ing, and no verb (not right after a relative pronoun: "forms" in "a bump that forms
    on")."""
    found = set()
    for index in range(max(0, start), min(stop, len(norms))):
        word = norms[index]
        if (not content[index] or word.endswith(("ly", "ed", "ing"))
                or index + 1 < len(norms) and content[index + 1]
                or index > 0 and norms[index - 1] in _RELATIVES
                or role(norms, content, index) == "verb"):
            continue
        number = looks_plural(word)
        if number is not None:
            found.add(number)
    return found


def _distant_relative(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of a relative pronoun whose clause describes a noun before
    `position`, or len(norms). The clause follows the noun phrases after `position` (past
    "of" and other prepositions, before a comma too) and opens with a verb whose form shows a
    number ("which develop", "that forms") that the noun right before the pronoun and every
    noun from `position` on lack, while a noun before `position` has it: "bony lumps on the
    inside edge of the foot at the base of the big toe, which develop as ..." says what the
    lumps do. A singular verb after ", which" is left alone: it may say something of the
    whole clause before ("..., which means"), and so is a clause the noun before "of" may have.
    A clause after an "and" list that `position` lies in is `_list_relative`'s.
    """
    listed = _list_relative(norms, content, position)
    if listed < len(norms):
        return listed
    at = position + 1
    while at < len(norms) and at - position <= 12 and (
            content[at] and role(norms, content, at) != "verb" or norms[at] in DETERMINERS
            or norms[at] in MODIFIER_OPENERS or norms[at] == "of"):
        at += 1
    comma = at < len(norms) and norms[at] == ","
    pronoun = at + 1 if comma else at
    if pronoun + 1 >= len(norms) or norms[pronoun] not in {"that", "which", "who"} \
            or not content[at - 1] or at - 1 < position:
        return len(norms)
    number = _relative_verb_number(norms, content, at - 1, pronoun)
    if number is None or comma and not number or looks_plural(norms[at - 1]) in (None, number):
        return len(norms)  # the nearest noun may be the clause's ("a business that gives")
    of = at - 1
    while of > 0 and (content[of] or norms[of] in DETERMINERS or norms[of] in _PHRASE_ADJECTIVES):
        of -= 1
    if norms[of] == "of" and of > 0 and looks_plural(norms[of - 1]) == number:
        return len(norms)  # the noun before "of" ("forms of the same element that contain"):
        # `Signature.relative_number` asks the path for one of that number
    if number in _noun_numbers(norms, content, position, pronoun) \
            or number not in _noun_numbers(norms, content, 0, position):
        return len(norms)
    return pronoun


def _relative_verb_at(norms: Sequence[str], pronoun: int) -> int:
    """Return the position of the verb of the relative clause the pronoun at `pronoun` opens:
    the word after it, or the one after an adverb in -ly ("which usually develop")."""
    return pronoun + 1 + (norms[pronoun + 1].endswith("ly") and pronoun + 2 < len(norms))


def _relative_verb_number(norms: Sequence[str], content: Sequence[bool], noun: int,
                          pronoun: int) -> bool | None:
    """Return the number the verb of the relative clause that the pronoun at `pronoun` opens
    after the noun at `noun` shows, past an adverb in -ly (True for "which develop", "that
    are", False for "that forms", "which is"), or None ("that may develop", "that formed"):
    a bare verb is plural (see `_relative_number`)."""
    verb = _relative_verb_at(norms, pronoun)
    number = verb_number(norms[verb])
    if number is None and _relative_number((norms[noun], *norms[pronoun:]),
                                           (content[noun], *content[pronoun:]), 0):
        number = looks_plural(norms[verb]) is False  # a bare verb is plural ("which develop")
    return number


def _relative_verb_singular(norms: Sequence[str], content: Sequence[bool], noun: int,
                            pronoun: int) -> bool:
    """Return whether the verb of that clause (see `_relative_verb_number`) is singular by its
    form: "is/has/was", or a word in -s that no finite verb follows (in "that readers may
    skip", "that consumers are willing to buy" the word in -s is the clause's subject, and
    "focus" in "that focus on" shows no number)."""
    verb = _relative_verb_at(norms, pronoun)
    if verb_number(norms[verb]) is False:
        return True
    if looks_plural(norms[verb]) is not True or (
            verb + 1 < len(norms) and norms[verb + 1] in _FINITE):
        return False
    return _relative_verb_number(norms, content, noun, pronoun) is False


def _list_relative(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of the relative pronoun ("that", "which", "who", no comma before it)
    right after a list of nouns coordinated with "and" that the word at `position` lies in,
    when its verb is singular ("is", "forms"), or len(norms). Nouns joined by "and" are
    plural, so a clause whose verb does not agree with them is said of the head the list
    depends on, the noun before the preposition that governs the list ("a decline in memory,
    thinking and reasoning that is severe enough ..." says how severe the decline is, not
    the reasoning): a run entered after that head would hand the clause to the last item, or
    to whatever the path said before the list. Not when that noun is plural (the clause can
    then only be the last item's), nor after "or", which agrees with its last item ("a cliff,
    mountain or valley shoulder that has accumulated"), nor with a plural verb, which agrees
    with the list ("bones, tendons and muscles that move the body"). Nor when the last item is
    singular and has a determiner of its own: it is a noun phrase of its own, which the clause
    may restrict ("a sled with a flat bottom and a front that curves upward"); and the items
    are nouns, not adjectives in -ed before one noun ("an area of thickened and sometimes
    hardened skin that forms", which is singular)."""
    at, stop = position + 1, min(len(norms), position + 1 + LIST_SPAN)
    while at < stop and (content[at] and role(norms, content, at) != "verb"
                         or norms[at] in DETERMINERS or norms[at] in COORDINATORS
                         or norms[at] == ","):
        at += 1
    last = at - 1
    if (at + 1 >= len(norms) or norms[at] not in {"that", "which", "who"} or last < position
            or not content[last]):
        return len(norms)
    first = _first_item(norms, content, last)
    coordinator = _before_noun_phrase(norms, content, last)
    if first == last or norms[coordinator] != "and" or past_participle(norms[first]):
        return len(norms)
    if looks_plural(norms[last]) is not True and any(
            word in DETERMINERS for word in norms[coordinator + 1:last]):
        return len(norms)
    found = _before_noun_phrase(norms, content, first)
    if (found is None or found < 1 or found > position
            or not (norms[found] in MODIFIER_OPENERS or norms[found] == "of")
            or not content[found - 1] or looks_plural(norms[found - 1]) is True):
        return len(norms)
    return at if _relative_verb_singular(norms, content, last, at) else len(norms)


#: Words that open a clause inside a noun phrase's description, after which a ", which" clause
#: goes back to the noun described ("a hormone that the body produces when you are under
#: stress, which increases ...": the hormone increases it, not the stress).
_EMBEDDING_OPENERS = frozenset(
    "that which who whom whose where when whereby wherein while whilst because if unless".split())


def _embedded_relative(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of "which"/"who" after a comma when the word at `position` lies in
    the last noun phrase before that comma (only content words follow it up to the comma) and
    in a clause that a relative pronoun or subordinator (`_EMBEDDING_OPENERS`), or a past
    participle and its preposition, opens before it, with no punctuation between: the ",
    which" clause says something of the noun (or clause) that the embedded clause describes,
    before it, not of the last noun before the comma ("a hormone that the body produces when
    you are under stress, which increases the amount of sugar in the blood"). A run entered at
    that noun would hand the clause to whatever the same word was in the path ("... helps the
    body respond to stress, which increases ..."); one entered earlier in the embedded clause
    keeps its words up to the comma, and the path said the clause's opening as its source did
    ("a street which is closed at one end" + "[that is closed at one end] and terminates in a
    turning circle, which discourages through traffic"). len(norms) otherwise. "that" counts
    after a content word only ("in that region" is a determiner)."""
    comma = position + 1
    while comma < len(norms) and content[comma]:
        comma += 1
    if not content[position]:
        return len(norms)
    if comma + 1 >= len(norms) or norms[comma] != "," or norms[comma + 1] not in {"which", "who"}:
        return len(norms)
    for index in range(position - 1, 0, -1):
        word = norms[index]
        if not word[:1].isalnum():
            break
        if word in _EMBEDDING_OPENERS and (word != "that" or content[index - 1]):
            return comma + 1
        if (content[index] and content[index - 1] and past_participle(word)
                and (norms[index + 1] in MODIFIER_OPENERS
                     or norms[index + 1] in _OTHER_PREPOSITIONS)):
            return comma + 1  # "a hormone released by the adrenal glands, which ..."
    return len(norms)


def _list_last(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of the last word of the comma list of nouns whose first item is at
    `position` ("shoulder" in "cliff, mountain or valley shoulder"), or `position` when it
    opens no such list."""
    if not content[position] or not (opens_list(norms, content, position)
                                     or _etc_list(norms, content, position)):
        return position
    index, coordinated = position + 1, False
    while index < len(norms) and (content[index] or norms[index] == ","
                                  or norms[index] in DETERMINERS
                                  or norms[index] in COORDINATORS and not coordinated):
        coordinated = coordinated or norms[index] in COORDINATORS
        index += 1
    if _etc_at(norms, index):
        return index  # "plants, food, etc. that is added"
    return index - 1 if content[index - 1] else position


def _participle_governed(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun at `position` (after determiners only) is the object of a
    preposition that follows a participle ("formed on land"), also after its particle ("piled
    up against the beach"), not a noun ("ice on land"); "living in poverty access" is no such
    phrase."""
    return bool(_governing_participle(norms, content, position))


def _governing_participle(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the participle whose preposition governs the noun at `position` (see
    `_participle_governed`): a content word in -ed or -ing, or an irregular one ("made",
    "given": `IRREGULAR_PARTICIPLES`, `EN_PARTICIPLES`), or "". The last item of a list
    (after determiners only) is governed by the participle before its first item ("spices" in
    "cooked with sugar, vinegar and spices"); items that read as participles are verbs, no
    nouns ("used as a pie topping or baked")."""
    first = _first_item(norms, content, position)
    if first != position:
        opener = _before_noun_phrase(norms, content, position)
        if (opener is None or _participle(norms[position], gerund=True)
                or _participle(norms[first], gerund=True)
                or not all(norms[j] in DETERMINERS for j in range(opener + 1, position))):
            return ""
        position = first
    found = _before_noun_phrase(norms, content, position)
    if found is None or norms[found] not in MODIFIER_OPENERS:
        return ""
    verb = found - 1
    while verb >= 1 and norms[verb] in _PARTICLES:
        verb -= 1
    if not (verb >= 0 and content[verb]
            and all(norms[j] in DETERMINERS for j in range(found + 1, position))):
        return ""
    word = norms[verb]
    if _participle(word, gerund=True):
        return word
    return ""


def _comparison_open(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase at `position`, or the list it ends, opens a comparison
    whose second part is still to come: "as many ideas as possible", "no more time, effort
    or enthusiasm than absolutely necessary"."""
    for index in range(position - 1, max(0, position - LIST_SPAN) - 1, -1):
        word = norms[index]
        if word in {"many", "much", "few", "little"} and index and norms[index - 1] == "as":
            return "as" in norms[position + 1:position + 4]
        if word in {"more", "less", "fewer"}:
            return "than" in norms[position + 1:position + 4]
        if not (content[index] or word in COORDINATORS or word == ","):
            return False
    return False


def _opened_by(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the determiner that opens the noun phrase ending at `position`, or ""."""
    for index in range(position - 1, -1, -1):
        if norms[index] in DETERMINERS:
            return norms[index]
        if not content[index] and norms[index] not in _DEGREE_WORDS:
            return ""  # "a less concentrated solution" is opened by "a"
    return ""


def _possessed(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun at `position` has a possessor: a possessive comes right before
    it ("the customer's needs", "its use") or opens its noun phrase ("one's own original
    work")."""
    for index in range(position - 1, -1, -1):
        word = norms[index]
        if word.endswith("'s") or word in _POSSESSIVES or _plural_possessive(norms, content, index):
            return True
        if not content[index] and word != "own":
            return False
    return False


def _is_participle(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the content word at `position` is a verb in -ing ("breaking")."""
    word = norms[position]
    return content[position] and len(word) > 5 and word.endswith("ing")


def _verb_kind(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return how the verb phrase that the word at `position` lies in opens, walking back over
    its objects and their modifiers: "to" for an infinitive ("to serve wine in a
    restaurant"), "ing" for a verb in -ing ("breaking currents"), "verb" for a finite verb or
    a clause ("that automatically stops an electric current", "who has charge of wines"),
    "" when no verb comes first ("a waiter in a restaurant")."""
    for index in range(position, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if content[index]:
            if index and norms[index - 1] == "to" and (
                    role(norms, content, index) == "verb" or looks_plural(word) is False
                    and index + 1 < len(norms) and norms[index + 1] in COORDINATORS):
                return "to"  # "to serve wine", "to disrupt or damage"
            if _is_participle(norms, content, index):
                return "ing"
        elif (word in _FINITE or word in _STOPWORD_VERBS or word in _SUBJECT_PRONOUNS
              or word.partition("'")[0] in _SUBJECT_PRONOUNS):  # "you've already spent"
            return "verb"
        elif word in CLAUSE_OPENERS:
            return "verb" if index < position else ""
        elif not (word in DETERMINERS or word in MODIFIER_OPENERS or word in _DEGREE_WORDS
                  or word in COORDINATORS or word in _INDEFINITES or word in {"of", ","}
                  or word in _PARTICLES):  # "that pays out a fixed stream"
            return ""  # "taking someone else's work or ideas" is one verb phrase
    return ""


#: Adverbs that may stand between "and" and the verb it coordinates ("and also making").
_JOINING_ADVERBS = frozenset("also then thus not".split())


def _past_joining_adverbs(norms: Sequence[str], content: Sequence[bool], at: int,
                          last: int) -> int:
    """Return the first position from `at` (before `last`) that is not an adverb standing
    between a coordinator and what it coordinates: one of `_JOINING_ADVERBS` or a content word
    in -ly ("and then slowly cooled", "and also sold")."""
    while at < last and (norms[at] in _JOINING_ADVERBS
                         or content[at] and norms[at].endswith("ly")):
        at += 1
    return at


def _verb_joined(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a verb phrase coordinated with the one the word at `position` lies in
    comes after it, before any clause or finite verb: "and to VERB" ("to serve wine in a
    restaurant and to advise customers"), "and" + a verb in -ing ("breaking currents under
    normal circuit conditions and also making"), or "and" + a word before a determiner
    ("and advise the customers") or an object pronoun ("and cook it in a water bath"), or
    "and" + a finite verb ("that pays out a fixed stream of payments to an individual, and is
    used"), also one in -s like the verb of the clause the pivot lies in ("that denies a user
    access to their data or system, and demands payment"). A path that enters there brings
    the second verb phrase without the first."""
    for index in range(position + 1, min(len(norms), position + 1 + LIST_SPAN)):
        word = norms[index]
        if (content[index] and (_is_participle(norms, content, index)
                                or norms[index - 1] == "to")):
            return False  # a verb of its own ("designed to disrupt or damage"): its partner
        if word in COORDINATORS:
            at = _past_joining_adverbs(norms, content, index + 1, len(norms))
            if at + 1 < len(norms) and norms[at] == "to" and content[at + 1]:
                return (looks_plural(norms[at + 1]) is not True
                        and role(norms, content, at + 1) == "verb")
            if at < len(norms) and (_is_participle(norms, content, at) or norms[at] in _FINITE):
                return True  # "and also making"; "payments to an individual, and is used"
            if (at + 1 < len(norms) and content[at] and norms[at + 1] in DETERMINERS
                    and not norms[at].endswith("ly") and not _quantity(norms[at])):
                return True  # not "[a rate not less than time] and one-half their regular
                # rates": a number or fraction is no verb, but a second conjunct
            if (at + 1 < len(norms) and content[at] and norms[at + 1] in _OBJECT_PRONOUNS
                    and not (at + 2 < len(norms) and content[at + 2])):
                return True  # "and cook it in a water bath"; not "and information it holds"
            if (at + 1 < len(norms) and content[at] and looks_plural(norms[at])
                    and norms[at + 1] != "of"
                    and looks_plural(_relative_verb(norms, content, position))):
                return True  # "that denies a user access to their data or system, and demands
                # payment": a word in -s in the form of the clause's verb is its second verb
        elif not (content[index] or word in DETERMINERS or word in MODIFIER_OPENERS
                  or word in _DEGREE_WORDS or word in {"of", ","}):
            return False  # a clause, a finite verb or a mark: the phrase has ended
    return False


def _phrase_verb(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the verb whose object the noun phrase ending at `position` is, as written: the
    content word before its determiner ("carries the luggage"), or the first word of a run
    with none after "to" or a relative pronoun ("to carry guests' luggage", "who carries
    guests' luggage"), when `role` reads it as a verb; "" otherwise."""
    found = _before_noun_phrase(norms, content, position)
    if found is None:
        return ""
    if content[found]:
        return norms[found] if role(norms, content, found) == "verb" else ""
    verb = found + 1
    if (norms[found] in {"to", "that", "which", "who"} and verb < position and content[verb]
            and role(norms, content, verb) == "verb"):
        return norms[verb]
    return ""


#: Number words and fractions, which may be written with hyphens ("one-half", "two-thirds").
_QUANTITY_WORDS = frozenset(
    "one two three four five six seven eight nine ten half halves third thirds quarter "
    "quarters fifth fifths tenth tenths".split())


def _quantity(word: str) -> bool:
    """Return whether `word` is a number or a fraction: digits ("40", "1.5") or number words
    and fractions, alone or joined by hyphens ("one-half", "three-quarters")."""
    if word.replace(".", "").replace(",", "").isdigit():
        return True
    parts = word.split("-")
    return all(parts) and all(part in _QUANTITY_WORDS for part in parts)


def _relative_verb(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the verb of the clause the word at `position` lies in when its relative pronoun
    ("that", "which", "who") is its subject: the content word right after the pronoun, when a
    determiner or an object pronoun comes next ("denies" in "that denies a user access to
    their data or system"), walking back over its objects and their modifiers as `_verb_kind`
    does; "" otherwise ("at which customers stop", "that customers receive": the word after
    the pronoun is the subject)."""
    for index in range(position, max(-1, position - LIST_SPAN), -1):
        word = norms[index]
        if content[index]:
            continue
        if word in {"that", "which", "who"}:
            verb = index + 1
            if (verb + 1 <= position and content[verb]
                    and (norms[verb + 1] in DETERMINERS or norms[verb + 1] in _OBJECT_PRONOUNS)
                    and not (index and (norms[index - 1] in MODIFIER_OPENERS
                                        or norms[index - 1] == "of"))):
                return norms[verb]
            return ""
        if not (word in DETERMINERS or word in MODIFIER_OPENERS or word in _DEGREE_WORDS
                or word in COORDINATORS or word in _PARTICLES or word in {"of", ","}):
            return ""
    return ""


def _conjunct_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "and"/"or" follows `position` and brings, after any determiners, a
    content word that is a second conjunct of the pivot itself ("through the action of wind
    [and water]", "between prosecutor [and defendant]"): not an adverb, a participle, a
    preposition or a verb phrase coordinated with the one the pivot lies in ("to serve wine
    [and advise the customers]", see `_verb_joined`). A word in -ing right after the "and/or"
    is a second conjunct when the pivot is one too: "in singing [or playing some musical
    instruments]", "buying [and selling] goods" (left there, the pair loses its second word,
    and an object they share its first verb)."""
    at = position + 1
    if at >= len(norms) or norms[at] not in COORDINATORS:
        return False
    at += 1
    if (at < len(norms) and _is_participle(norms, content, position)
            and _is_participle(norms, content, at)):
        return True
    while at < len(norms) and norms[at] in DETERMINERS:
        at += 1
    return (at < len(norms) and content[at] and norms[at] not in MODIFIER_OPENERS
            and not norms[at].endswith("ly") and not _is_participle(norms, content, at)
            and not _verb_joined(norms, content, position))


def _first_item(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of the last word of the first item of the list that the noun
    phrase ending at `position` closes ("dioxide" in "from carbon dioxide and water", "coal" in
    "coal, oil, and gas"), or `position` when it closes none."""
    while True:
        found = _before_noun_phrase(norms, content, position)
        if found is None or not (norms[found] in COORDINATORS or norms[found] == ","):
            return position
        before = found - 1
        if before >= 0 and norms[before] == "," and norms[found] in COORDINATORS:
            before -= 1  # the serial comma of "oil, and gas"
        if before < 0 or not content[before]:
            return position
        position = before


def _participle_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "and"/"or" follows `position` and brings, after any adverbs in -ly, a
    content word in -ing ("values and typically resulting in ...")."""
    at = position + 1
    if at >= len(norms) or norms[at] not in COORDINATORS:
        return False
    at += 1
    while at < len(norms) and content[at] and norms[at].endswith("ly"):
        at += 1
    return at < len(norms) and content[at] and norms[at].endswith("ing")


def _series_follows(norms: Sequence[str], position: int) -> str:
    """Return the preposition that comes after `position` behind a comma, "and"/"or" or both,
    when the source said it before `position` too: the next item of a series whose first item
    holds the pivot ("caused mainly by the replacement of ... asphalt and concrete, by reduced
    evapotranspiration and by waste heat"); "" otherwise."""
    at = position + 1
    if at < len(norms) and norms[at] == ",":
        at += 1
    if at < len(norms) and norms[at] in COORDINATORS:
        at += 1
    if at == position + 1 or at >= len(norms):
        return ""
    word = norms[at]
    # not "to", which far more often opens an infinitive ("to serve wine in a restaurant and
    # to advise ...": `verb_joined` is that rule)
    return word if word in MODIFIER_OPENERS and word != "to" and word in norms[:position] else ""


def _preposition_joined(norms: Sequence[str], position: int) -> str:
    """Return the preposition after "and"/"or" (also after a comma) that follows `position`:
    a prepositional phrase coordinated with the one that holds the pivot ("by" in "used in a
    language or by a particular group"); "" otherwise. Two coordinated phrases depend on the
    same word, the participle or noun before the first."""
    at = position + 1
    if at < len(norms) and norms[at] == ",":
        at += 1
    if not (at + 1 < len(norms) and norms[at] in COORDINATORS):
        return ""
    return norms[at + 1] if norms[at + 1] in MODIFIER_OPENERS else ""


#: Adverb particles of phrasal verbs ("speeding up", "slowing down", "passing them off").
_PARTICLES = frozenset("up down out off back away".split())
#: A particle and a preposition that make one preposition ("out of a country", "up to 20 miles").
_COMPOUND_PREPOSITIONS = frozenset({("out", "of"), ("up", "to")})


#: Particles a verb may say after its object ("sewing layers of fabric together", "take the
#: engine apart", "pay the money back"), and the prepositions they open ("together with").
_OBJECT_PARTICLES = _PARTICLES | {"together", "apart"}
_OBJECT_PARTICLE_PREPOSITIONS = _COMPOUND_PREPOSITIONS | {("together", "with"),
                                                          ("apart", "from")}


def _object_particle(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the particle (`_OBJECT_PARTICLES`) right after the content word at `position`
    that is no verb, or "": a particle after a noun phrase belongs to the verb before it
    ("sewing two or more layers of fabric together", "holds the three layers of a quilt
    together"), also past an "of" complement (for "layers" there); not one that opens a
    preposition ("together with", "out of"). A word in -ing or -ed says its own particle
    ("slowing down", "paid out", "laid out"), and a particle goes on with another ("back
    down")."""
    if (not content[position] or role(norms, content, position) == "verb"
            or _participle(norms[position], gerund=True) or norms[position] in _OBJECT_PARTICLES):
        return ""
    at = position + 1
    if at < len(norms) and norms[at] == "of":  # on over the complement: "of a quilt"
        at += 1
        while at < len(norms) and (norms[at] in DETERMINERS or content[at]
                                   and norms[at] not in MODIFIER_OPENERS
                                   and norms[at] not in _OBJECT_PARTICLES):
            at += 1
        if at == position + 2 or not content[at - 1]:
            return ""
    if (at >= len(norms) or norms[at] not in _OBJECT_PARTICLES
            or tuple(norms[at:at + 2]) in _OBJECT_PARTICLE_PREPOSITIONS
            or at + 1 < len(norms) and (norms[at + 1] in DETERMINERS or content[at + 1]
                                        and norms[at + 1] not in MODIFIER_OPENERS)):
        return ""  # before a noun phrase it is a preposition: "snow down a mountain slope"
    return norms[at]


def _particle_before(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the particle (`_OBJECT_PARTICLES`) right before the noun phrase ending at
    `position`, over an "of" complement ("together" for "fabric" in "stitching together
    layers of fabric"), or ""."""
    found = _before_noun_phrase(norms, content, position)
    if found is not None and found >= 2 and norms[found] == "of" and content[found - 1]:
        found = _before_noun_phrase(norms, content, found - 1)
    return norms[found] if found is not None and norms[found] in _OBJECT_PARTICLES else ""


def _gerund(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return what the content word in -ing at `position` is: "noun" when a determiner or a
    possessive opens it, or the gerunds coordinated before it ("the subtle speeding up and
    slowing down of tempo"); "verb" when it takes an object, after its particles and the
    gerunds coordinated after it ("slightly speeding up and then slowing down the tempo");
    "" otherwise, and for any other word.
    """
    word = norms[position]
    if not (content[position] and word.endswith("ing") and word not in MODIFIER_OPENERS):
        return ""
    index = position - 1
    while True:  # back over "speeding up and then" to the first gerund of the chain
        at = index
        while at >= 0 and (norms[at] == "then" or content[at] and norms[at].endswith("ly")):
            at -= 1
        if at < 1 or norms[at] not in COORDINATORS:
            break
        at -= 1
        while at >= 0 and norms[at] in _PARTICLES:
            at -= 1
        if at < 0 or not (content[at] and norms[at].endswith("ing")):
            break
        index = at - 1
    while index >= 0 and content[index]:
        index -= 1
    if index >= 0 and (norms[index] in DETERMINERS or norms[index] in _POSSESSIVES
                       or norms[index].endswith("'s")):
        return "noun"
    at = position + 1  # on over "up and then slowing down" to what the chain takes
    while at < len(norms) and (norms[at] in _PARTICLES or norms[at] in COORDINATORS
                               or norms[at] == "then"
                               or content[at] and norms[at].endswith(("ing", "ly"))):
        at += 1
    if at < len(norms) and (norms[at] in DETERMINERS or content[at]
                            and norms[at] not in MODIFIER_OPENERS
                            and not norms[at].endswith("ed")):
        return "verb"
    return ""


def _ends_list(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase ending at `position` is the last item of a list: "and"
    or "or" comes right before it ("savings and insurance", "rents and property values"), not
    before the verb in -ing whose object it is ("and attracting new businesses")."""
    found = _before_noun_phrase(norms, content, position)
    if found is not None and found >= 2 and norms[found] == "of":
        found = _before_noun_phrase(norms, content, found - 1)  # "or the Gulf of Mexico"
    return (found is not None and norms[found] in COORDINATORS
            and not any(norms[j].endswith("ing") for j in range(found + 1, position)))


#: Prepositions that name where a verb moves its object ("drains rainfall into a river",
#: "channels rainfall to creeks"): one of them after a verb's object stands for another.
_GOAL_PREPOSITIONS = frozenset("to into onto toward towards".split())
#: Of those, the ones that say where a verb moves its object and seldom complete a noun
#: ("put the money into", not "the road to", "immunity to", "an attitude toward").
_INTO_PREPOSITIONS = frozenset({"into", "onto"})


def _preposition_past_of(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the preposition (`MODIFIER_OPENERS`) right after the "of" complement that follows
    `position` ("into" in "setting small pieces of coloured glass or stone into a surface"),
    or "": the complement is determiners and content words, with "and"/"or" or a comma
    between two content words, and ends on a content word. Such a preposition may be the
    argument of the verb whose object the pivot's noun phrase is, as right after it."""
    index = position + 2
    if norms[position + 1:index] != ("of",):
        return ""
    while index < len(norms) and (
            norms[index] in DETERMINERS
            or content[index] and norms[index] not in MODIFIER_OPENERS
            or (norms[index] in COORDINATORS or norms[index] == ",")
            and content[index - 1] and index + 1 < len(norms)):
        index += 1
    if index < len(norms) and index > position + 2 and content[index - 1] \
            and norms[index] in MODIFIER_OPENERS:
        return norms[index]
    return ""


def _of_verb(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the verb whose object's "of" complement the noun phrase ending at `position` (or
    the list it closes) is, or "": "converts" for "fluid" in "converts the kinetic energy of a
    moving fluid into mechanical energy" (adjectives and participles in the complement are
    its words). The object is a noun phrase right after a verb (`role`)."""
    found = _before_noun_phrase(norms, content, _first_item(norms, content, position))
    if found is None or found < 2 or norms[found] != "of" or not content[found - 1]:
        return ""
    verb = _before_noun_phrase(norms, content, found - 1)
    if verb is None or not content[verb] or role(norms, content, verb) != "verb":
        return ""
    return norms[verb]


def _argument_changes_verb(a: Signature, b: Signature) -> bool:
    """Return whether the pivots of `a` and `b` are both the object of a verb (`object_verb`,
    else `adjunct_verb`), the verbs differ (by stem: "mixes" and "mixing" are one), and the
    preposition after `b`'s pivot, perhaps its verb's argument, is not one `a`'s source said
    after its own object (the same word, or both `_GOAL_PREPOSITIONS`): "meters fuel [into
    the air stream]" + "[mixing] fuel with air" hands "with air" to "meters"; "prevents a
    person from" + "[stops a] person from" and "channels rainfall and snowmelt [to creeks]" +
    "[drains rainfall and] snowmelt into a river" keep an argument the path's verb takes. The
    preposition may come after the object's "of" complement (`preposition_past_of`): "using
    many small pieces" + "[setting small] pieces of coloured glass or stone into a surface"."""
    verb_a = a.object_verb or a.adjunct_verb
    verb_b = b.object_verb or b.adjunct_verb
    if not (verb_a and verb_b) or stem(verb_a) == stem(verb_b):
        return False
    after_a = a.preposition_follows or a.preposition_past_of
    if a.infinitive_follows:
        after_a = ""  # "use their cash dividends to buy": "to" opens an infinitive
    after_b = b.preposition_follows or b.preposition_past_of
    return not _same_argument(after_a, after_b)


def _gerund_list_object(a: Signature, b: Signature) -> bool:
    """Return whether `b`'s pivot ends a list of nouns with no determiner that a verb in -ing
    takes as its object (`adjunct_verb`: "shaming individuals or society [into improvement]"),
    where no verb leads to `a`'s pivot: a preposition after such a list may be the verb's
    second complement (one shames someone into something), as after a determined object
    (`verb_object`). Not a list that, with its word in -ing, opens the defining clause
    (`list_opener`): there the word in -ing is an adjective or a noun ("Working days or hours",
    "a sentimental longing or wistful affection [for the past]"); nor one a "to"-infinitive
    follows (a purpose, which fits after any verb); one noun alone after a word in -ing is
    often that word's ("on sailing ships to ...") and is left alone. Another verb is
    `_argument_changes_verb`'s."""
    return (b.ends_list and b.adjunct_verb.endswith("ing") and not a.adjunct_verb
            and b.list_opener is not None and not b.infinitive_follows)


def _noun_genus(b: Signature) -> bool:
    """Return whether `b` is its source's genus, a noun (not in -ly, -ed or -ing: a genus in
    -ing names an activity) that no "to"-infinitive follows: what comes after it there says
    what the thing defined is (see the two genus rules of `roles_compatible`)."""
    return b.genus and not b.infinitive_follows and not b.form.endswith(("ly", "ed", "ing"))


def _noun_modifier(word: str, nouns: frozenset[str]) -> bool:
    """Return whether `word`, before a noun, is a noun too: some source uses it as a noun
    phrase's head (`noun_heads`), or it ends in a noun's derivational ending (`_NOUN_ENDINGS`:
    "regulation", "security"). Not an adjective ("long", "pivoted")."""
    return number_neutral(word) in nouns or (word.isalpha() and word.endswith(_NOUN_ENDINGS))


def _same_argument(after_a: str, after_b: str) -> bool:
    """Return whether two prepositions after a verb's object bring the same argument: the
    same word, or two that say where the verb moves its object (`_GOAL_PREPOSITIONS`)."""
    return after_a == after_b or {after_a, after_b} <= _GOAL_PREPOSITIONS


def _argument_leaves_verb(a: Signature, b: Signature) -> bool:
    """Return whether the verb of `b.of_verb`, whose argument may be the preposition after
    `b`'s pivot, is not the verb the path took to `a`'s pivot (`of_verb`, `object_verb` or
    `adjunct_verb`, by stem), and `a`'s source said no such preposition after the pivot
    (`_same_argument`)."""
    verb_a = a.of_verb or a.object_verb or a.adjunct_verb
    if verb_a and stem(verb_a) == stem(b.of_verb):
        return False
    return not _same_argument(a.preposition_follows, b.preposition_follows)


def _argument_left_behind(a: Signature, b: Signature) -> bool:
    """Return whether `a`'s pivot ends the object of a verb (`of_verb`, `object_verb` or
    `adjunct_verb`) that its source follows with "into"/"onto" (`_INTO_PREPOSITIONS`, right
    after the pivot or past its "of" complement), the verb's argument, which says what it
    turns its object into or where it puts it ("turn raw footage into a film", "put the
    money into shares"), and `b`'s source, which the path goes on with, brings no such
    argument after its pivot (`_same_argument`; "to" only before a noun phrase, `to_object`:
    "to edit" is an infinitive; past an aside, `argument_after_aside`, as right after the
    pivot: "data, called plaintext, into a form"), nor has the same verb (by stem), which
    its source says without one. The path would keep the verb and its object and drop the
    phrase the verb needs: the mirror of `_argument_changes_verb` and `_argument_leaves_verb`,
    which look at the entered source's argument. Not "into" and a verb in -ing (`into_gerund`:
    "tricking someone into believing"): a result that a verb complete without it may take."""
    after_a = a.preposition_follows or a.preposition_past_of
    verb_a = a.of_verb or a.object_verb or a.adjunct_verb
    if after_a not in _INTO_PREPOSITIONS or not verb_a or a.into_gerund:
        return False
    verb_b = b.of_verb or b.object_verb or b.adjunct_verb
    if verb_b and stem(verb_a) == stem(verb_b):
        return False
    after_b = b.preposition_follows or b.preposition_past_of or b.argument_after_aside
    if after_b == "to" and not b.to_object:
        after_b = ""  # "[interpret geographic data] to create and update maps": a purpose
    return not _same_argument(after_a, after_b)


def roles_compatible(a: Signature, b: Signature, nouns: frozenset[str] = frozenset()) -> bool:
    """Return whether a path may leave a source at a pivot with signature `a` and enter another
    at one with signature `b` (see `same_role`); `nouns` are the words some source uses as the
    head of a noun phrase (see `noun_heads`). Refused:

    - a pivot that modifies the next word, in either source: the join would swap the head it
      describes ("a general rise" + "[the general] level of prices" loses the rise; "customer
      satisfaction" + "[a customer] and a provider"), unless it is a verb in both, whose
      next word is its object ("designed to help people" + "[used to help] businesses"); nor
      an adjective before a comma in a
      series before its noun, where one noun phrase has "a/an" and the other no determiner
      ("Small" + "[a small,] bean-shaped gland"); nor a noun joined to an item of a list of
      premodifiers of another noun (`_list_head`) unless that noun is the same: "someone's
      heart" + "[auscultation of] heart, lung and bowel sounds" makes "sounds" the head;
    - a phrase in -ing after a preposition ("before reaching the ground") entered after a
      verb's object, or a verb's preposition's (`_host_verb`), when no verb takes the pivot
      in the source left: it says when or how a verb acts ("ice pellets" + "[refreeze into
      ice] pellets before reaching ...");
    - a verb joined to a noun ("or use its products" + "[the] use of remote servers");
    - an argument of a verb carried past a different preposition: when the entered source goes
      on with an argument preposition (`ARGUMENT_OPENERS`) and the pivot is the object of a
      preposition in both sources, that preposition must be the same ("receive from a company"
      + "[provided by a company] to those people" is refused); the same when the entered
      source goes on with the noun phrase ("of ..."): "from a less concentrated solution" +
      "[into a] solution of higher solute concentration" names another thing; nor when the
      pivot is the bare object of another word in each source: "use sunlight" + "[turn]
      sunlight into food" gives "into" to a verb that does not take it; nor, the other way, a
      verb's object that its source follows with "into"/"onto", left for a source that brings
      no such argument ("to turn spatial data [into maps]" + "[interpret geographic data] to
      create and update maps": see `_argument_left_behind`);
    - a second object without its verb ("[give] computer systems the ability"), nor a verb
      left without its second one ("gives one political party [an unfair advantage]" +
      "[to benefit a particular] party or group");
    - a contrast whose first half is not the pivot's own ("distributes benefits" + "[run for
      their members'] benefit rather than to make a profit"), and a coordinated relative
      clause without its first ("The quantity of motion" + "[that the body has by virtue of
      its mass and] motion and that is equal to"), nor a coordinated verb phrase without a
      first of its kind ("A waiter in a restaurant" + "[to serve wine in a] restaurant and to
      advise customers");
    - a "between" without its second party ("between a customer" + "[to] customers before,
      during and after"), or after a possessor, which is one of the parties ("during its
      interaction" + "[all] interactions between a customer and a product provider");
    - a comma list entered after its first item, unless the pivot left is a list item too
      ("The arts" + "[knowledge, belief,] art, morals, law ...");
    - an argument after "X of Y" given to a verb's object or to a Y under another X ("pursues
      the at-fault party" + "[the substitution of one] party for another"), also after "X [of
      ...] for Y" ("taking a child" + "[the transfer of rights for a] child from ..."); an
      argument after a list item of another number ("against a country" + "[one or more]
      countries on a targeted state"); and an "of ..." given to the same noun with other
      modifiers ("an ecological balance" + "[the long-term] balance of ... needs"), or an "of"
      and a determiner given to a noun that a noun before it already ties to a possessor or
      whole ("in an artery wall" + "[the wall] of a blood vessel": the noun and the "of" fill
      the same place; an adjective does not, "a weak spot" + "[the spot] of ..."); nor a
      prepositional phrase after an entered genus with a modifier of its own, joined to a
      compound of another noun and the pivot ("regulation time" + "[Working] time in addition
      to ...": it says what that other kind is);
    - an "or" that the entered source goes on with, after a pivot that lies in the second
      alternative of an "either ... or" in the source left: "either" announced two, and a
      third would read as one of them ("present either at or near the surface" + "[at or near
      the] surface or the land is covered by shallow water");
    - a "from ..." left before its "to ..." ("ranging from decades" + "[several] decades or
      longer"), an "as many ..." before its second "as" ("as many ideas" + "[a large number
      of] ideas to solve"), a "than" or "as" entered without its comparative ("extra time,
      effort, or enthusiasm" + "[no more time, effort or] enthusiasm than absolutely
      necessary"), and a participle's second argument given to a noun ("a mass of
      ice on land" + "[masses of ice, formed on] land from compacted snow") or to the object
      of another participle ("used by companies" + "[permission given by a] company to
      someone");
    - an "of ..." that the entered source gives to a determined noun, joined to a bare one
      ("promote happiness" + "[the general] happiness of people"); nor an adverb in -ly
      left before the argument its verb takes ("to return quickly [to how one was]" +
      "[bounce back] quickly after something bad happens") or after another verb ("you
      receive regularly" + "[paid] regularly, usually by the government, to a person");
    - a comma list entered at its first item under another preposition ("around a central
      island" + "[with a raised central] island, channelized approaches and ...") or, after
      a verb, in another number: the list's items would become that verb's objects ("to
      take a desired action" + "[influence the] actions, policies or decisions");
    - an adverbial in -ing from a clause that has a verb, joined to a phrase of the source
      left that has none ("The long-term balance of ... needs" + "[a way of using resources
      that meets present] needs while protecting the environment");
    - a finite verb given to a word that is no subject where the path leaves its source
      ("past their deadline" + "[until the] deadline is tomorrow"): a path may leave a clause
      only after its verb (see `clause_regions`), so the verb would start a new sentence; nor
      a subject taken from its verb ("the thing [will rot]" + ", so that it does not");
    - an apposition after the pivot in the entered source, when the pivot has another number
      or preposition in the source left: it names another thing ("a dispute between parties"
      + "[to a neutral third] party, the arbitrator, who hears ..."); nor a pivot of another
      number that the entered source refers back to soon ("postpone a task" + "tasks,
      especially important ones") or later with a pronoun whose antecedent it is ("an
      operation" + "[certain] operations in mathematics and computer science whereby they
      can be applied"), describes with a relative clause ("A substance" +
      "[substances] that change", also past an aside: "A semiconductor device" + "[are
      semiconductor] devices, usually made of silicon, that absorb") or, after "of", with a
      participle ("The middle number" +
      "[a set of] numbers arranged in order of size": the set is arranged, not the number)
      or gives examples of ("the process" + "[chemical] processes such as refining crude
      oil"); nor a participle after a preposition's object, which may describe the noun before
      the preposition ("[Synchronous rotation of a] body caused by tidal interaction", "[The
      relative warmth of a] city compared with ...", "[temperatures found in] cities compared
      with ...", "[compared with surrounding rural] areas, associated with changes in runoff",
      also past an aside: "[loss of] sensation, especially tactile sensibility, induced by
      disease"), after a pivot that another preposition or none governs in the source left
      ("toward the larger body", "A city"), unless the noun before "of" only sorts the one
      after it ("a type of"): the participle would describe the pivot alone;
    - a clause closed at the pivot ("what another person is experiencing") that the entered
      source goes on with an object ("[experiencing] that person's feelings"): after a
      clause's last word no new object may come; nor may a verb that has its object in the
      source left enter a clause whose object was moved before it ("failure to exercise [the
      care]" + "[that a reasonable person would] exercise in similar circumstances");
    - a clause of condition, cause or concession ("if", "because", "although") that the entered
      source goes on with: it belongs to that source's verb ("[the right to take your]
      property if you fail to repay"); nor a main clause after a comma ("[when ... is immune
      to an infectious] disease, it has a hard time spreading"); nor a clause of time ("once",
      "when", "until" ... with a subject and a verb) after a pivot whose clause's verb
      (`_clause_verb`) is another than the path's: it says when that verb's clause holds
      ("[then you're the legal] parents once it's born" after "carries a baby for intended
      parents" would say the baby is carried once born);
    - an argument of a verb after the noun phrase that opens the definition, which has no verb
      ("the awareness" + "[focusing one's awareness] on the present moment"), or after the
      object of a preposition, whose verb is not that one ("the flow of current in a circuit"
      + "[protects a] circuit from damage", "a treatment of tempo" + "[pushes the] tempo for
      expression"), unless it is "by", "while" ... + a word in -ing, which fits after any
      verb ("the determining of a dispute" + "[settling a] dispute by submitting it to ...");
    - a list closed at the pivot ("loans, savings and insurance") that the entered source goes
      on with another "and" ("[insurance] and money transfers") or another list ("values,
      language and customs" + "[the] customs, arts, social institutions and ..."); nor a
      pivot that closes a list in the entered source whose relative clause describes the
      whole list ("attracting new businesses" + "[existing residents and] businesses that
      can no longer afford"),
      unless the pivot closes a list in the source left as well ("to poor people and small
      businesses" + "[individuals and small] businesses who lack access"), nor a relative
      clause or participle given to the last item of the source left's list ("a school,
      college or course" + "[all the courses] offered by an institution"), nor a noun phrase
      coordinated after a clause's last word ("that are taught" + "[the subjects] taught and
      the knowledge ..."); nor a relative
      clause after "of" whose noun it may describe, unless the same noun comes before "of" in
      the source left: "other measures of climate" + "[a change of] climate which is
      attributed" gives the change's clause to the measures, and so does one after a
      preposition ("slowing down the tempo" + "[a treatment of] tempo in which some notes are
      lengthened"); nor a relative clause given to the same noun with other modifiers
      ("surrounding rural areas" + "[urbanized] areas that experience higher temperatures"),
      unless the modifiers of one end the other's ("rural areas", "surrounding rural areas")
      or the pivot left opens the definition, whose modifiers all describe the thing defined
      ("A computer memory" + "[a type of semiconductor] memory in which data can be read");
      nor a pivot left before a relative clause, right after it or past its prepositional
      phrases, entered after a modifier the pivot left has not and that clause says: both
      sources said which things the noun names with that word, and the path would drop it
      from both ("information about activity [within a private or public organization that is
      deemed illegal]" + "[fraud, or illegal] activity within an organization");
    - a participle in -ing that the entered source coordinates with one of its own before the
      pivot, when the source left has none: "raise property values" + "[leading to rising
      rents and property] values and typically resulting in ..." has no partner for
      "resulting" ("copying another person's ideas" + "[taking someone else's work or] ideas
      and passing them off" has one);
    - a noun of another number whose "of ..." the entered source goes on with ("from supplier"
      + "[from suppliers] of raw materials"), or the last item of a list, which would give
      that "of ..." to one item of it ("its validity, significance and originality" + "[the
      originality] of a colleague's research"), or a noun that already has a possessor ("the
      customer's needs" + "[the needs] of the customer"); nor a possessed noun entered from
      one without a possessor ("a foot race run" + "[their weekly long] run up to 20 miles");
      nor a noun of another number that the entered source goes on with "per": it is a unit
      in its number ("the underlying beat" + "[measured in] beats per minute");
    - a definite noun left before the "of ..." that says which one, unless the entered source
      goes on with "of" or a relative clause ("the ability to meet the needs [of the
      present]" + "[social] needs while protecting ...");
    - a definite noun left before the restrictive relative clause that says which one (no
      comma: "the cell [that does the signalling]"), for a source that did not say "the" of
      its noun nor goes on with a relative clause ("[a specialized] cell of the nervous
      system" would become "the" only cell);
    - a list item of another number ("its products" + "[product] or service"), or one whose
      list belongs to another preposition: the list is what that preposition needs ("the needs
      of the customer" + "[between a customer] and a product provider"), nor the first item of
      a list traded for another list's ("between a customer" + "[understanding the] customer
      and their needs"); nor a coordination left after its first conjunct, unless the entered
      source coordinates the pivot too ("the action of wind [and water]" + "[by running water
      or] wind, at a rate ..." loses "water"); nor an argument after a list given to a list
      under another preposition ("from carbon dioxide and water" + "[to turn carbon dioxide
      and] water into glucose"); nor a bare noun joined to a first conjunct that has a
      determiner ("to bone" + "[to a] bone or other part");
    - an argument of a verb after its bare object ("[a seller need not disclose] defects to the
      buyer"), entered after the object of a preposition, the noun phrase that opens the
      definition or the bare object of another verb, as for an object with a determiner
      ("examine the goods for defects" + "to the buyer" gives the verb's second argument to
      "defects"); nor a prepositional phrase after the object of a verb in -ing that
      "without", "by", "while" ... opens, unless the object is that verb's in the source left
      too: it lies in the adverbial phrase, which the path would enter after its opener and
      verb, and may be the verb's ("that produces the same result" + "[without changing the]
      result beyond the initial application");
    - an infinitive after a comma that the entered source goes on with, when the pivot left
      lies in an infinitive phrase: two infinitives in a row, the second would read as the
      first one's or as a second purpose ("to a lender, to secure repayment of a loan" +
      "[as security for the repayment of a] loan, to be forfeited in the event of a default");
    - a purpose phrase ("so as to", "in order to") that the entered source goes on with, when
      no verb comes before the pivot in the source left (see `_verb_before`): the purpose says
      what a verb acts for ("Activities by a company or an organization" + "[misleading
      information put out by an] organization so as to present an environmentally
      responsible public image");
    - a clause of "as" with no subject that the entered source goes on with ("[when an
      economy experiences rising prices and rising] unemployment, as happened after the oil
      shocks"), when no finite verb or clause opener comes before the pivot in the source
      left: it stands for its source's clause, and after a noun phrase ("A period of slow
      growth and high unemployment"), also with a participle ("characterized by slow growth
      and high unemployment"), it has none to stand for;
    - a "than" that the entered source goes on with, completing a "more", "less" or "fewer" it
      said before the pivot, unless the source left has one too: "A form of deceptive
      marketing" + "[spends more money on advertising and] marketing than actually
      implementing ..." has no comparative;
    - a noun coordinated with the noun that opens the entered definition, or (unless "the"
      opens the pivot left, which the phrase may tell which) a phrase after it, given to the
      object of a preposition or a verb: they say what the thing defined is, and that object
      is another thing ("defines a terminating process" + "[A] process or set of rules",
      "inserted within a tall storey" + "[A low] storey between two others");
    - a verb joined to the object of a preposition other than "to", which is a noun ("in
      acceptably sharp focus" + "[when you] focus on a subject");
    - an argument after a participle's object that the entered source goes on with past an
      aside, when the pivot left follows no participle: the argument is the participle's, as
      right after the pivot ("loading of the goods by the carrier" + "[issued by a] carrier,
      or its agent, to acknowledge receipt of cargo");
    - a relative clause that the entered source goes on with after a reduced relative ("[a
      device] used in a business that gives it an advantage"), where it may describe the
      noun before the participle, when the pivot left lies in no reduced relative ("which is
      used in a business"): there it can only describe the last noun;
    - a particle that the entered source says after its verb ("[to be] paid out to
      employees"), when the source left says the verb last in its clause and with none ("how
      much each one is paid", "until paid"), not as a noun ("the gradual slowing"): the
      particle makes another verb;
    - a relative clause that the entered source goes on with after a prepositional phrase
      (not "of") or in a verb phrase, where it may describe a noun before them, when a
      relative pronoun after a noun comes before the pivot left (`_relative_before`): "a
      place where stone is dug out of the ground" + "[a hole in the] ground where they dig
      out rock" stacks a second clause on a noun inside the first;
    - a "to ..." that the entered source says after its verb's object, when the pivot left is
      a verb's second object (`_second_object`): "give dishes a honey-like flavour" + "[give
      colour and] flavour to food" names the recipient twice;
    - a prepositional phrase of a lone noun after a noun that a superlative or ordinal picks
      out in the entered source (`_picked_out`, `_whole_follows`), when none picks out the
      pivot left: it names that word's domain, the whole the thing is ranked in, and says
      nothing without it ("A soft mineral" + "[the softest] mineral on Earth");
    - a participle under an adverb in -ly in the source left, entered where the entered
      source says it after a finite verb and without that adverb: "formerly used in paving
      streets" + "[and is] used for pavement roads" puts the entered predicate, which its
      source said in its own tense, under "formerly".
    """
    if (a.modifies or b.modifies) and not (a.role == b.role == "verb"):
        return False
    (a_place, _, a_noun), (b_place, _, b_noun) = (a.participle_place.partition(":"),
                                                  b.participle_place.partition(":"))
    if (a_place == "be") != (b_place == "be") and "" not in (a_place, b_place) \
            and a_noun != b_noun:
        return False  # "a lesson can be drawn" + "[stories] drawn from everyday life"
    if ("object" in (a_place, b_place) and {a_place, b_place} <= {"noun", "object"}
            and a_noun != b_noun):
        return False  # "holds the water used" + "[a tank or reservoir] used to collect and
        # store water": the participle would say of the water what was said of the tank
    if a.list_head != b.list_head and not (a.role == b.role == "verb"):
        return False  # "the action of someone's heart [or breathing]" + "[auscultation of]
        # heart, lung and bowel sounds": a noun that heads its phrase in one source premodifies
        # a later noun in the other's list, which would become the head the path's words
        # describe ("the action of ... sounds")
    if (a.comma_follows and b.comma_follows
            and (a.indefinite and not b.determined or b.indefinite and not a.determined)):
        return False  # "Small" + "[a small,] bean-shaped gland", "A small" + "[small,]
        # encapsulated organs": an adjective in a series before its noun keeps the noun's
        # article, or its lack of one
    if ((b.argument_follows or b.of_follows) and a.governor is not None
            and b.governor is not None and a.governor != b.governor):
        return False
    if a.closes_clause and b.object_follows:
        return False
    if b.condition_follows or b.sentence_follows:
        return False
    if b.adverbial_clause_follows and b.clause_verb and a.clause_verb != b.clause_verb:
        return False  # "carries and delivers a baby for intended parents" + "[then you're the
        # legal] parents once it's born": the adverbial clause modifies its own source's
        # clause ("you're the parents"), which the path left behind for another verb
    if b.closes_clause and a.object_follows and not a.closes_clause:
        return False
    if ((b.argument_follows or b.argument_after_aside)
            and (b.verb_object or b.list_object and b.bare_conjunct
                 or _gerund_list_object(a, b))
            and not b.adverbial_follows
            and (a.heads_clause or a.ends_list and a.list_opener is None
                 or a.list_governor is not None and not a.object_verb)):
        return False  # "in a circuit" + "[protects a] circuit from damage": "from" is the verb's
        # (also when the preposition's object ends a list: "granted by a government or company"
        # + "[you pay a big] company for the right"; also past an aside between commas: "against
        # a public official" + "[charges a high] official, such as a president ..., with"; a
        # verb's object is no preposition's, also after the "to" of an infinitive: "to end
        # someone's employment" + "[terminate their] employment, ..., for business reasons");
        # also a list of bare objects of a verb in -ing: "the corruption of people or society"
        # + "[shaming individuals or] society into improvement" (`_gerund_list_object`); and
        # a bare last item of a list whose first is a verb's object, as the whole list is:
        # "issued by a body" + "[commands a person or] body to perform ..." (`list_object`,
        # `_bare_conjunct`), also from a list that opens the definition, which has no verb, as
        # from its noun phrase: "a piece or body" + "[...] body to perform ...")
    if b.comma_modifier_follows and b.verb_kind == "ing" and not a.verb_kind:
        return False  # "a pattern of shapes" + "[the covering of a plane using one or more
        # geometric] shapes, called tiles, with no overlaps": past the comma the phrase belongs
        # to the verb in -ing or the noun before it, which the path has not
    if a.closes_series and b.noun_phrase_joined:
        return False  # "the suspension of work, or the refusal by an employer" + "[the
        # withholding of employment by an] employer and the whole or partial closing": a series
        # closed by its "or" takes no new "and the ..." conjunct
    if a.ends_list and (b.coordinator_follows or b.list_follows or b.mid_list):
        return False  # "[a sonata or] symphony" + "[a sonata,] symphony, or concerto": a list
        # closed by its "and"/"or" takes no more items
    if a.etc_list and not (b.list_follows or b.coordinator_follows):
        return False  # "the most important part of a speech[, policy, etc.]" + "[a] speech,
        # often at the beginning of a conference": the path leaves a list of examples at its
        # first item and says of one what was said of all; it may leave for another list
        # ("a mixture of oil" + "[a seasoned liquid of] oil, wine or vinegar, herbs"; "wages"
        # + "[an increase or decrease in] wages or prices")
    if (b.argument_follows and a.governor is None and b.governor is None
            and a.content_before and b.content_before
            and a.content_before != b.content_before):
        return False
    if b.participle_follows and b.participle_before and not a.participle_before:
        return False
    if (a.range_open and not b.range_open) or a.comparison_open != b.comparison_open:
        return False
    if b.range_open and not a.range_open and (not a.range_head
                                              or a.range_head != b.range_head):
        return False  # "assumes the parenting of another, usually a child, from that person's
        # parents" + "[the transfer of rights for a child from the birth] parents to the
        # adoptive parents": "from ... to ..." is one range, and its "to" completes the word
        # its "from" completes (the transfer); on the path that "from" is another word's (one
        # assumes the parenting from the parents, not to anyone). The path's own "from" must
        # complete the same word ("moving goods from a factory" + "[moving goods from a]
        # factory to a shop"); a path with a range of its own goes on as `range_open` says
    if ((b.argument_follows or b.duration_follows) and b.participle_governed
            and not a.participle_governed):
        return False
    if ((b.argument_follows or b.duration_follows) and not b.agent_follows and a.participle
            and b.participle and a.participle != b.participle and not b.range_open
            and b.governor != "to"):
        return False  # "used by companies" + "[permission given by a] company to someone": the
        # argument is the participle's, and another participle leads to the pivot (an agent,
        # "by breaking waves", fits any passive one; the "to" of a range, "from decades to
        # centuries", is the "from"'s; after "to" the pivot may be a verb, whose argument it
        # is: "postulated to exist in space")
    if (b.agent_follows and b.passive_before and not b.adverbial_follows and a.verb_kind
            and not a.passive_before):
        return False  # "you pay out of pocket" + "[the amount paid out of] pocket by the
        # policyholder": "by" brings the agent of the participle, which an active verb has not
    if b.agent_past_adjunct and b.adjunct_participle and not a.adjunct_participle:
        return False  # "rises sharply above the surrounding area on at least one side" +
        # "[bounded on at least one side] by an abrupt descent": the agent after the shared
        # adjunct is the participle's before it, and the path needs a participle there to
        # take it (any passive one: "surrounded on one side by")
    if b.of_follows and b.determined and not a.determined:
        return False
    if a.form.endswith("ly") and (a.argument_follows and not b.argument_follows
                                  or a.content_before != b.content_before):
        return False  # "to return quickly [to how one was]" + "[bounce back] quickly after";
        # "you receive regularly" + "[paid] regularly, usually by ..., to a person"
    if b.list_follows and (a.governor != b.governor or a.form != b.form and a.verb_object):
        return False  # "around a central island" + "[with a raised central] island,
        # channelized approaches and yield-at-entry operation"
    if b.adverbial_follows and b.in_clause and not a.in_clause:
        return False
    if ((b.argument_follows or b.as_follows) and b.governor in MODIFIER_OPENERS
            and a.heads_clause and not b.restricted):
        return False  # "A body core temperature" + "[a drop in core body] temperature to below
        # 35 °C", "The buyer" + "[sold to any] buyer as a completed product": after a
        # preposition's object, an argument may be the word's before the preposition, and
        # the noun that opens the definition has none
    if (b.adverbial_follows and b.verb_kind and not a.verb_kind
            and (a.heads_clause or a.governor is not None)):
        return False  # "with a net electrical charge" + "[has acquired a net electric] charge
        # by gaining ...": the adverbial says how a verb acts, and no verb leads to the pivot
    if a.finite_follows != b.finite_follows:
        return False
    if b.apposition_follows and (a.form != b.form or a.governor != b.governor):
        return False
    if a.definite and a.of_follows and not (b.of_follows or b.restricted):
        return False
    if a.definite and a.heads_clause and b.indefinite and not (b.of_follows or b.restricted):
        return False  # "the showstopper song [in an opera]" + "[A solo] song for a singer":
        # "the" before the noun that opens a definition is told which one by the words after
        # it, which the join drops, and the entered source said "a" of its noun phrase, whose
        # words follow (an "of" phrase or a relative clause says which one too; deeper in the
        # clause "the" may name the one there is: "preceded by the pound sign")
    if (a.definite and a.restricted and not (b.definite or b.restricted)
            and not any(superlative(word) or word in _ORDINALS for word in a.modifiers)):
        return False  # "the cell [that does the actual signalling]" + "[a specialized] cell of
        # the nervous system": "the" is told which one by the restrictive relative clause after
        # the noun (no comma), which the join drops, and the entered source did not say "the"
        # of its noun ("a/an" or none), nor a clause of its own that would say which one; "the
        # process [that ...]" + "[the] process of ..." keeps its "the", and so does a noun a
        # superlative or ordinal picks out on its own: "the next best alternative [that was
        # not chosen]" + "[other] alternatives when one alternative is chosen"
    if (b.echoed or b.referred or b.relative_follows or b.examples_follow
            or b.reduced_relative and b.head_of) and a.form != b.form:
        return False
    if b.possessed and not a.possessed:
        return False
    if (b.participle_after and b.governor is not None and a.governor != b.governor
            and b.head_of not in _CLASSIFIERS):
        return False  # "toward the larger body" + "[Synchronous rotation of a] body caused by
        # tidal interaction": the participle may describe the rotation, not the body
    if (b.relative_head and b.relative_head != a.head_of
            and not (a.participle_noun and b.relative_head == b.participle_noun)):
        # "A small building by a road" + "[an enclosure placed along a toll] road that is used
        # for ...": the clause may describe the noun before "of" or before the participle, and
        # the path's pivot has no such noun (one after a participle of its own keeps the
        # clause as open: "any information used in a business" + "[a device used in a]
        # business that gives it an advantage")
        return False
    if (b.contact_follows and b.head_of and b.head_of not in _CLASSIFIERS
            and b.head_of != a.head_of):
        return False  # "at the end of regulation time" + "[the amount of] time someone works
        # beyond normal working hours": a contact clause, as one with "that/which", may
        # describe the noun before "of", and the path's pivot has no such noun
    if a.definite and a.contact_follows and not (b.restricted or b.contact_follows):
        return False  # "the Sun's visible surface, the layer [we see when we look at the Sun]"
        # + "[the outermost visible] layer of a star": "the" stood for the layer the contact
        # clause says, and the entered run says no such clause (with "that/which" too the
        # join was left alone: "the next best alternative [that was not chosen]" + "[...]
        # alternative(s) when one alternative is chosen" reads well)
    if b.restatement_head and b.restatement_head != a.head_of:
        return False  # "giving the meaning" + "[alternative expressions of the same] meaning,
        # i.e. sentences or phrases that convey ...": the restatement said again what the
        # expressions are, and after the join it glosses the meaning
    if (b.aside_relative_head and b.relative_number and b.aside_relative_head == a.head_of
            and None not in (a.head_of_plural, b.head_of_plural)
            and a.head_of_plural != b.head_of_plural):
        return False  # "A continuous loop of material" + "[loops of] material that move
        # products": the clause may describe the noun before "of", whose number the join
        # changes under a verb that shows it
    if (b.participle_clause_number and b.participle_subject == a.participle_subject
            and None not in (a.participle_subject_plural, b.participle_subject_plural)
            and a.participle_subject_plural != b.participle_subject_plural):
        return False  # "A weight hung" + "[Pendulums are weights] hung from a fixed point that
        # swing back and forth": the same with the noun a past participle phrase describes,
        # at its participle or in its phrase
    if (b.restricted and not a.heads_clause and a.premodifiers and b.premodifiers
            and a.premodifiers[-len(b.premodifiers):] != b.premodifiers
            and b.premodifiers[-len(a.premodifiers):] != a.premodifiers):
        return False  # "surrounding rural areas" + "[urbanized] areas that experience higher
        # temperatures": the clause says which areas, and the modifiers name others
    if b.ends_list and b.relative_follows and not a.ends_list:
        return False
    if (b.item_modifiers and a.role != "verb" != b.role
            and a.item_modifiers[-len(b.item_modifiers):] != b.item_modifiers
            and set(b.item_modifiers) & set(a.clause_ahead)):
        return False  # "information about activity [within a private or public organization
        # that is deemed illegal]" + "[fraud, or illegal] activity within an organization": both
        # sources said which activity with "illegal", and the path drops it twice
    if (b.preposition_follows == "to" and set(b.premodifiers) & _TO_ADJECTIVES
            and not set(a.premodifiers + a.item_modifiers) & _TO_ADJECTIVES):
        return False  # "at the most immediate or local level" + "[at the closest possible]
        # level to the people affected": "to ..." completes the adjective before the noun
        # ("closest to"), not the noun, and the path does not say that adjective
    if b.domain_follows and not a.picked_out:
        return False  # "A soft mineral" + "[the softest] mineral on Earth": the phrase after a
        # noun that a superlative or ordinal picks out may be that word's domain, saying
        # among what it is the softest ("on Earth", "in the world", "in history"); past the
        # join it has no superlative to complete and says nothing (every mineral is on
        # Earth). A path that keeps one of its own takes it ("the hardest mineral on Earth");
        # a domain narrowed by words of its own still says where the thing is ("a hard
        # mineral" + "[the most common] minerals in the earth's crust": `_whole_follows`)
    if (b.of_infinitive and b.of_infinitive != a.head_of
            and not (a.governor is None and a.host_verb)):
        return False  # "the weight of a partially or fully immersed object" + "[the ability of
        # an] object to float in a liquid": the infinitive completes the noun before "of"
        # ("the ability to float"), which the path does not say, not the noun after it; after
        # a verb's object it says that verb's purpose ("storing atmospheric carbon dioxide" +
        # "[the capture and storage of carbon] dioxide to slow climate change")
    if a.infinitive_needed and not (b.infinitive_needed or b.infinitive_follows):
        return False  # "one spouse is ordered [to pay to the other]" + "[as] ordered by a court
        # after a divorce": the passive verb keeps the infinitive it needs
    if b.object_particle and b.object_particle != a.object_particle and (
            b.object_particle == a.particle_before
            or stem(a.object_verb or a.of_verb or a.adjunct_verb or "-")
            != stem(b.object_verb or b.of_verb or b.adjunct_verb or "+")):
        return False  # "stitching together layers of fabric" + "[sewing two or more layers
        # of] fabric together to make": the particle after an object is its verb's, and the
        # path's verb said it already, or is another verb or none ("making quilts" + "[holds
        # the three layers of a] quilt together")
    if a.object_particle and a.object_particle != b.object_particle:
        return False  # "shoots its tongue [out to grab bugs]" + "[a projectile] tongue used
        # to catch insects": the particle after the object is its verb's ("shoot out" is not
        # "shoot"), and a path that leaves before it drops it from the verb it said
    if a.stranded_follows != b.stranded_follows:
        return False  # "a unit that a word can be divided [into,]" + "[which cannot be]
        # divided into smaller parts": a stranded preposition's object is the relative pronoun
        # said before it; past the join the preposition would take the entered source's
        # object, and the relative clause would have no gap; nor may a path go on with a
        # stranded one that its own clause has no gap for
    if b.particle_follows and a.said_last and not (a.particle_follows or a.determined):
        return False  # "how much each one is paid" + "[to be] paid out to employees": the
        # particle makes another verb ("pay out" is not "pay"), and a clause complete at the
        # pivot was said of the bare one; a noun in -ing ("the gradual slowing") is no verb
    if ((b.relative_follows or b.preposition_relative_follows) and a.relative_before
            and (b.governor not in (None, "of") or b.verb_kind)
            and not (a.relative_follows or b.relative_before)):
        return False  # "a place where large amounts of stone are dug out of the ground" +
        # "[a giant hole in the] ground where they dig out rock": after a prepositional or
        # verb phrase the entered clause may describe a noun before it ("hole"; "[a contract
        # a couple signs before getting] married that spells out how ..."), and after the
        # join it is a second one stacked on a noun inside the path's relative clause; so
        # is one that a preposition opens after a comma ("in which two teams use sticks with
        # nets" + "[a stick with a] net, in which players try to score goals")
    if (b.preposition_follows == "to" and b.host_verb and a.second_object
            and not b.second_object):
        return False  # "to give dishes such as paella and risotto a golden colour and a
        # honey-like flavour" + "[to give colour and] flavour to food": the verb has its
        # recipient before its second object, and "to food" would name another
    if (a.content_before.endswith("ly") and a.passive_before and b.passive_before
            and b.verb_kind == "verb" and b.content_before != a.content_before):
        return False  # "formerly used in paving streets" + "[... stones, and is] used for
        # pavement roads, streets, and buildings": the adverb said when or how the
        # participle's phrase holds, and past the join it would rule a predicate the entered
        # source says with a finite verb of its own, in its own tense ("is used")
    if b.noun_phrase_joined and a.closes_clause and not b.closes_clause:
        return False  # "that are taught" + "[the subjects] taught and the knowledge ..."
    if a.ends_list and (b.relative_follows or b.reduced_relative) and not b.ends_list:
        return False  # "a school, college or course" + "[courses] offered by an institution"
    if b.of_follows and (a.form != b.form or a.ends_list or a.possessed):
        return False
    if b.of_follows and b.bare_conjunct:
        return False  # "issued by a body" + "[a piece or] body of writing": the "of" after a
        # bare last item names what both items are of (as `list_of_follows` reads at the first
        # item); the path would enter the list after its first item and give one item the
        # whole list's "of" ("a piece or body of writing" is no organization)
    if b.of_follows and a.argument_follows and a.verb_object:
        return False  # "asking the court [for damages]" + "[in a] court of law": the object of
        # a verb that goes on with an argument of the verb ("for", "to", "from" ...) may not
        # take a noun phrase's "of" instead, which drops what the verb says of it
    if b.per_follows and a.form != b.form:
        return False  # "the underlying beat" + "[measured in] beats per minute": "per" makes
        # a unit of the noun before it, a count in its number ("beats per minute", "miles per
        # hour"), which the other number does not name
    if b.of_follows and a.modifiers and b.modifiers and a.modifiers != b.modifiers:
        return False  # "an ecological balance" + "[the long-term] balance of environmental,
        # economic and social needs": the "of" says which long-term balance
    if (b.possessor_follows and a.premodifiers and a.premodifiers[-1:] != b.premodifiers[-1:]
            and number_neutral(a.premodifiers[-1]) in nouns):
        return False  # "in an artery wall" + "[the wall] of a blood vessel": a noun before the
        # pivot names what it belongs to, and the "of" would name a second (a noun only: some
        # source uses it as a noun phrase's head, "usually an artery"; "a weak spot" may take
        # an "of")
    if (_noun_genus(b) and b.preposition_follows and a.item_modifiers and b.item_modifiers
            and a.item_modifiers[-1] != b.item_modifiers[-1]
            and _noun_modifier(a.item_modifiers[-1], nouns)):
        return False  # "at the end of regulation time" + "[Working] time in addition to a
        # person's regular ... hours": a noun before the pivot makes a compound that names a
        # kind of it (`_noun_modifier`), and the entered source's genus, a compound of
        # another kind, goes on with the prepositional phrase that says what that kind is;
        # an adjective names no kind ("an extra time", "a long pivoted arm" + "[a swinging]
        # arm with a sling"), and a phrase after a noun that is not the genus may fit any
    if (_noun_genus(b) and (b.preposition_follows or b.relative_follows or b.reduced_relative)
            and not (a.genus or a.heads_clause) and a.governor == "of"
            and a.head_of not in _CLASSIFIERS and any(opener != "of" for opener in a.governors)):
        return False  # "Each of several projections on the rim of a wheel" + "[a sprocket is
        # a] wheel with teeth that mesh with a chain": what follows the entered source's genus
        # says what the thing defined is, and past the join it describes the whole that a
        # noun in a prepositional phrase of the path's is part of ("the rim of"), another
        # thing ("a list of steps" + "[clear] steps for solving ..." keeps the join: the "of"
        # completes the path's genus; so does "in the form of a court order": it names the
        # kind); a genus in -ing names an activity, whose phrase fits it anywhere ("a sled
        # used for racing" + "racing down an icy track")
    if a.either_answered and b.or_follows and not b.either_answered:
        return False  # "present either at or near the surface" + "[at or near the] surface or
        # the land is covered ...": "either" announced two alternatives, and the path has said
        # both; a third "or" would read as one of them
    if b.determiner_follows and not (a.determiner_follows or a.object_follows):
        return False
    if b.narrowing_follows and (a.governor != b.governor or a.head_of != b.head_of):
        return False  # "inflammation of the lining of the stomach" + "[inflammation of the]
        # stomach, especially of its mucous membrane": the narrowing "of" must say again the
        # "of" of the same word ("inflammation"), not of another ("lining")
    if b.place_follows and b.place_opener and a.place_opener != b.place_opener:
        return False  # "A painful condition of the front of the lower leg" + "[pain felt along
        # the front of the lower leg], on the shin bone": the second place says again where
        # "along" is, and hangs off "a condition" without it
    if b.wh_object_follows and not (a.determiner_follows or a.object_follows
                                    or a.wh_object_follows):
        return False  # "control of a device's hardware" + "[tells the] hardware how to behave":
        # the wh-clause is the second object of a verb the path does not say
    if (a.determiner_follows and (a.verb_object or a.governor not in (None, "of")
                                  and a.role != "verb")
            and not (b.determiner_follows or b.object_follows)):
        return False  # "gives one political party [an unfair advantage]" + "[party] or group";
        # "returns to the open sea [the water piled up ...]" + "[in the] sea that moves": a
        # noun phrase after a prepositional phrase is the verb's object, put after it (not
        # after "of", where it opens a clause: "a list of steps [a computer follows]")
    if b.coordinator_follows and (a.form != b.form or a.governor != b.governor and (
            b.governor is not None or a.coordinator_follows
            or b.object_verb in _PERFECT_AUXILIARIES and a.governor != "with")):
        return False  # entering a list at its first item and going on into it carries the
        # rest of the list under the governor the path gives the pivot. A list that "have"
        # takes names the parts or features of what its source describes, and under another
        # preposition they become what that preposition relates: "blowing through a double
        # reed" + "[having a double] reed and a slender conical bore" says one blows through
        # the bore. "with" says what a thing has as "having" does ("fitted with a valve [and a
        # hose]"); a list that opens its clause has no governor to lose, and another verb's
        # list may take a preposition ("interactions with the customer [and their needs]")
    if b.argument_follows and a.form != b.form and (a.ends_list or b.ends_list):
        return False  # "taken against a country" + "[imposed by one or more] countries on a
        # targeted state": the argument is the verb's, and the pivot another referent
    if ((b.argument_follows or b.argument_after_aside) and b.list_head_of and not b.restricted
            and not b.infinitive_follows
            and ((a.verb_object or a.bare_object) and not b.adjunct_verb
                 or a.head_of and not a.adjunct_verb and a.head_of != b.list_head_of)):
        return False  # "pursues the at-fault party" + "[the substitution of one] party for
        # another": after "X of Y", an argument may be X's ("substitution ... for"); also past
        # an aside between commas ("giving a new product" + "[the testing of a new] product,
        # esp. computer software, by a group of users": the agent is the testing's); also
        # when Y ends a list, which the argument follows as it follows Y ("to occupy real
        # property" + "[the occupancy of land or] property by a tenant": the agent is the
        # occupancy's), and after a verb's object with no determiner (`bare_object`). Not a
        # "to"-infinitive, which `of_infinitive` reads; nor where a verb in -ing takes Y
        # (`adjunct_verb`): after "of causing disease" the argument may be the verb's, which
        # `_argument_changes_verb` compares ("can cause disease" + "[capable of causing]
        # disease in a host"), and after "the act of taking back property" the path's Y has
        # no X of its own ("+ [the taking back of goods or] property by a seller")
        # The same after "X [of ...] for Y", where Y completes X ("taking another person's
        # child" + "[the transfer of rights for a] child from the birth parents to ...": the
        # "from ... to ..." is the transfer's): see `_list_head_of`
    if b.contrast_follows and (a.form != b.form or a.governor != b.governor):
        return False  # "distributes benefits" + "[run for their members'] benefit rather than
        # to make a profit": a contrast's halves must match
    if a.governor == "between" and a.coordinator_follows and not b.coordinator_follows:
        return False  # "between a customer" + "[to customers] before, during and after": a
        # "between" needs both its parties
    if b.between_follows and a.possessed:
        return False  # "during its interaction" + "[all] interactions between a customer and a
        # product provider": the possessor is one of the parties "between" names again
    if b.mid_list and not a.list_item:
        return False  # "The arts" + "[knowledge, belief,] art, morals, law, custom and ...",
        # "withdraw discretionary effort" + "[extra time,] effort, or enthusiasm": a list
        # entered after its first item loses its head and keeps its commas
    if b.mid_list and a.ends_list:
        return False  # "introduces you to an employer and explains" + "[introduces you,]
        # explains why ..., and expresses ...": the entered list's "and" would come again
    if b.relative_joined and not a.relative_joined:
        return False  # "The quantity of motion" + "[that the body has by virtue of its mass
        # and] motion and that is equal to ...": the second clause needs the first
    if b.relative_joined_ahead and not (a.relative_before or b.relative_joined):
        return False  # "A small tower attached to a larger building" + "[a small tower that
        # projects from the wall of a] building such as a medieval castle, usually at a
        # corner, and that rests on corbels": the same, further on
    if b.verb_joined and a.verb_kind != b.verb_kind:
        return False  # "A waiter in a restaurant" + "[to serve wine in a] restaurant and to
        # advise customers": the second verb phrase needs a first one of its kind
    if b.verb_joined and a.phrase_verb and b.phrase_verb and a.phrase_verb != b.phrase_verb:
        return False  # "to carry guests' luggage" + "[who carries guests'] luggage and assists
        # them": the second verb is in the form of the entered source's first, and the path's
        # has another ("carry ... and assists")
    if (b.verb_joined and a.verb_kind == b.verb_kind == "verb"
            and a.passive_before != b.passive_before):
        return False  # "in which data is arranged in a grid" + "[displays data in a] grid of
        # rows and columns and recalculates the figures": the second finite verb would be
        # coordinated with one of the other voice, whose subject is another thing ("data")
        # (infinitives pair with the "to" before them: "paid to pour wine" + "[to serve
        # wine] ... and to advise" is the verb_kind rule's)
    if b.series_follows and a.governor != b.series_follows:
        return False  # "the effects of concrete" + "[by ... asphalt and] concrete, by reduced
        # evapotranspiration and by waste heat": the series' first "by" stays behind
    if b.preposition_joined and b.participle and a.participle != b.participle:
        return False  # "words and units in a language" + "[all the words used in a] language
        # or by a particular group": coordinated prepositional phrases share the participle
        # their first depends on ("used in ... or by ..."); without it the second has no word
        # to hang on, or the wrong one (a noun takes no agent). The path may go on when it
        # says that participle too, or when the entered phrase is a noun's ("words in a
        # language or in a dialect")
    if a.gerund and b.gerund and a.gerund != b.gerund:
        return False  # "The subtle speeding" + "[by slightly] speeding up and then slowing
        # down the tempo": a noun in -ing takes "of", not an object, and a verb the reverse
    if b.list_follows and not a.list_follows and (a.object_follows or a.pronoun_follows):
        return False  # "fired to harden it and to mature its glazes" + "[to] harden, bake, or
        # dry materials": the entered list's items share the object after its last one, and
        # the pivot left had an object of its own
    if (a.verb_after or b.verb_after) and a.verb_after != b.verb_after:
        return False  # "the same conversation already happened" + "[having] already experienced
        # something ...": an adverb goes with the verb after it, and the verbs differ
    if b.purpose_follows and not (a.verb_kind or a.verb_before):
        return False  # "Activities by a company or an organization" + "[put out by an]
        # organization so as to present ...": the purpose is the participle's
    if (b.argument_follows and b.bare_object and not b.adverbial_follows
            and (a.heads_clause or a.governor is not None and not a.bare_object
                 or a.object_verb and a.object_verb != b.object_verb)):
        return False  # "examine the goods for defects" + "[need not disclose] defects to the
        # buyer": "to the buyer" is the verb's, and no verb, or another, leads to "defects"
        # ("to disclose defects" takes it: `governor` reads "to" there as a preposition)
    if ((b.argument_follows or b.preposition_past_of in ARGUMENT_OPENERS)
            and not b.adverbial_follows
            and (not b.determined or b.preposition_follows in _INTO_PREPOSITIONS)
            and a.role != "verb" != b.role and _argument_changes_verb(a, b)):
        return False  # "a device that meters fuel" + "[an apparatus for mixing] fuel with air
        # in the correct proportion": "with air" may be the argument of the entered source's
        # verb, and the path's pivot is another verb's object, which took no such argument
        # (after a determiner the phrase may complete the noun: "[provides the] immunity to a
        # particular disease"; not "into/onto", which say where the verb moves its object:
        # "may use their cash dividends" + "[reinvest their cash] dividends into additional
        # shares")
    if (b.of_verb and b.preposition_follows in _GOAL_PREPOSITIONS and not b.adverbial_follows
            and _argument_leaves_verb(a, b)):
        return False  # "by a flow of water, steam or other fluid" + "[converts the kinetic
        # energy of a moving] fluid into mechanical energy": "into" says where the verb whose
        # object's "of" complement the pivot ends moves that object, and the path has no such
        # verb (not "by", "at", "under": "[indicates the time of] day by the shadow", "[find
        # the position of] objects under the water" may say how or where of another verb too)
    if a.role != "verb" and _argument_left_behind(a, b):
        return False  # "to turn spatial data [into maps]" + "[interpret geographic data] to
        # create and update maps": "turn" keeps its object and loses what it turns it into;
        # the other side of the two rules above, which see the argument in the entered source
    if b.as_clause_follows and not a.finite_before:
        return False  # "a period of slow growth and high unemployment" + "[when an economy
        # experiences rising prices and rising] unemployment, as happened after ..."
    if a.to_object and b.preposition_follows not in ("", "to"):
        return False  # "connects the developing baby [to the mother]" + "[supplies food to the]
        # baby through the umbilical cord": the verb loses where its object goes, and another
        # phrase reads as its argument
    if b.gerund_adjunct and a.object_verb != b.object_verb:
        return False  # "that produces the same result" + "[without changing the] result beyond
        # the initial application": the path would enter the adverbial phrase after its opener
        # and verb, and its prepositional phrase, perhaps the verb's, would hang on another
    if b.verb_adjunct_follows and b.adjunct_verb and a.adjunct_verb != b.adjunct_verb:
        return False  # "a nationalist policy" + "[that guided European trade] policy before
        # Adam Smith": the adjunct says when the verb acted, and no verb, or another, leads
        # to the pivot
    if b.gerund_adjunct_follows and b.host_verb and not a.host_verb:
        return False  # "a thin coating of ice, or ice pellets [formed when ...]" + "[then
        # refreeze into ice] pellets before reaching the ground": the phrase in -ing says
        # when or how the verb before the pivot acts, and its subject is that verb's; with
        # no verb before the pivot it would hang on the path's noun (another verb takes it
        # over: "serves present needs" + "[meets present] needs while protecting ...")
    if (b.preposition_follows == "from" and b.adjunct_verb
            and a.adjunct_verb != b.adjunct_verb and a.preposition_follows != "from"):
        return False  # "not having enough water [in your body]" + "[the process of removing]
        # water from a substance or compound": "from" says what the verb takes its object
        # from, and another verb, not followed by "from" itself, leads to the pivot ("stops a
        # party [from]" + "[prevents a] party from" is fine)
    if b.infinitive_after_comma and a.verb_kind == "to":
        return False  # "to a lender, to secure repayment of a loan" + "[as security for the
        # repayment of a] loan, to be forfeited in the event of a default": two infinitives in
        # a row, the second of which would read as the first one's ("the loan to be forfeited")
        # or as a second purpose of the same verb
    if b.than_follows and not a.than_follows:
        return False  # "A form of deceptive marketing" + "[spends more money on ... and]
        # marketing than actually implementing ...": "than" without its "more"
    if a.conjunct_follows and not (b.coordinator_follows or b.list_follows):
        return False  # "through the action of wind [and water]" + "[by running water or] wind,
        # at a rate ...": leaving a coordination after its first conjunct drops the second
        # (unless the entered source coordinates the pivot too: "coal [or oil]" + "[coal], oil
        # and gas")
    if (b.argument_follows and a.ends_list and b.ends_list and a.list_governor is not None
            and b.list_governor not in (None, a.list_governor)):
        return False  # "from carbon dioxide and water" + "[to turn carbon dioxide and] water
        # into glucose": "into" is the argument of what governs the entered list
    if b.coordinator_follows and b.determined and not a.determined:
        return False  # "between prosecutor" + "[between a] prosecutor and a criminal defendant",
        # "to bone" + "[to a] bone or other part": conjuncts after a determiner share it or have
        # their own, and the one before them would have none
    if b.list_of_follows and a.possessed:
        return False  # "by virtue of its mass" + "[the product of the] mass and velocity of an
        # object": the "of" names a second possessor of a noun that has one
    if (b.restricted and a.ends_list and b.ends_list and b.list_opener is None
            and a.list_opener is not None):
        return False  # "associated with a particular person, place, or idea" + "[a short theme
        # or musical] idea that stands for ... and returns": the clause described the list
        # that opens its clause, what is defined, and would describe a list of objects
    if b.degree_open and a.degree_open != b.degree_open:
        return False  # "transmit significant quantities of water to wells" + "[yield enough of
        # it to] wells and springs to be useful": the infinitive without its "enough"
    if (b.genus and (b.coordinator_follows or b.argument_follows and not a.definite)
            and (a.governor in MODIFIER_OPENERS or a.object_verb)):
        return False  # "defines a terminating process" + "[A] process or set of rules",
        # "inserted within a tall storey" + "[A low] storey between two others": a noun
        # coordinated with the one that opens a definition, and a phrase after it, say what
        # the thing defined is, and the object of a preposition or a verb is another thing;
        # "the" may be told which by the phrase ("during the interaction [between a customer
        # and a product provider]")
    if (b.genus and b.reduced_verb and a.host_verb and not a.heads_clause
            and stem(a.host_verb) == stem(b.reduced_verb)):
        return False  # "works beyond normal working hours" + "[Hours] worked by an employee
        # in excess of the standard workweek": the participle after the noun that opens a
        # definition says what the thing defined is, and after the join it says again the
        # verb the path's noun already lies under, of another noun, with a second agent
    if b.genus_participle and not a.genus:
        return False  # "[a vent ... that releases steam and volcanic] gases" + "[openings ...
        # that release steam and volcanic gases], commonly found on or near active volcanoes":
        # the participle described the entered source's genus and would describe the pivot, as
        # for a second part (`_Fragment.head_genus`)
    if b.list_verb_follows and not a.list_verb_follows:
        return False  # "movements of rock" + "[a large amount of] rock, soil or debris moves
        # down a slope": the verb after the list needs the list's clause as its subject, and
        # the path's noun phrase is none ("movements ... moves")
    if b.argument_after_aside and b.participle_governed and not a.participle_governed:
        return False  # "loading of the goods by the carrier" + "[issued by a] carrier, or its
        # agent, to acknowledge receipt": past the aside the argument is still the participle's
    if b.relative_ahead and b.reduced_phrase and not a.reduced_phrase:
        return False  # "information which is used" + "[a device] used in a business that gives
        # it an advantage": after a reduced relative the clause may describe the noun before
        # the participle, after a relative clause ("which is used") only the last noun
    if (a.governor not in (None, "to") and b.role == "verb"
            or b.governor not in (None, "to") and a.role == "verb"):
        return False  # "in acceptably sharp focus" + "[when you] focus on a subject": the object
        # of a preposition is a noun, whatever comes before it in its phrase ("to" may open a
        # verb: "to serve wine")
    return not a.role or not b.role or a.role == b.role


#: Wh-words that open a clause after a noun only as a verb's second object ("tells the
#: hardware how to behave", "shows the user what it does", "asks the court whether ..."); the
#: others open one after "to" only ("where to go"), and a relative clause otherwise.
_WH_OBJECTS = frozenset("how what whether".split())
_WH_INFINITIVES = frozenset("how what whether where when which who whom".split())


#: Adverbs that narrow a phrase said before them to a part of what it names.
_NARROWING_ADVERBS = frozenset("especially particularly notably mainly chiefly mostly".split())


def _narrowing_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a comma, an adverb of `_NARROWING_ADVERBS` and the preposition that
    governs the pivot's noun phrase follow it: "of the stomach, especially of its mucous
    membrane" says again, narrower, what "of" names."""
    found = governor(norms, content, position)
    return (found is not None and tuple(norms[position + 1:position + 2]) == (",",)
            and tuple(norms[position + 2:position + 4])[:1] in {(w,) for w in _NARROWING_ADVERBS}
            and tuple(norms[position + 3:position + 4]) == (found,))


def _wh_object_follows(norms: Sequence[str], position: int) -> bool:
    """Return whether a wh-clause follows `position` as a second object of the verb whose first
    object ends there: "how", "what", "whether", or another wh-word before "to" ("tells the
    user where to click")."""
    at = position + 1
    if at >= len(norms):
        return False
    return norms[at] in _WH_OBJECTS or (norms[at] in _WH_INFINITIVES and at + 1 < len(norms)
                                        and norms[at + 1] == "to")


def _object_follows(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether a new object or modifier follows `position`: a content word, a
    determiner, or "that" before a possessive ("experiencing that person's feelings"; "that"
    before anything else opens a clause)."""
    at = position + 1
    if at >= len(norms):
        return False
    if (content[at] and norms[at] not in MODIFIER_OPENERS or norms[at] in DETERMINERS
            or norms[at] in _INDEFINITES):
        return True  # not "before", "during", "after": content words, but prepositions
    return norms[at] == "that" and at + 1 < len(norms) and norms[at + 1].endswith("'s")


def same_role(leave: _Body, p: int, enter: _Body, q: int) -> bool:
    """Return whether a pivot plays the same part in the source left and the source entered.

    A noun modifier ("customer satisfaction") must not be joined to a head noun ("a customer
    and ..."), nor a verb ("or use its products") to a noun ("the use of ...").
    """
    return roles_compatible(role_signature(leave, p), role_signature(enter, q),
                            leave.heads | enter.heads)


#: The forms of "be" a passive participle follows, and the adverbs and modal verbs that may
#: stand between them and before them.
_BE_FORMS = frozenset("be been being is are was were".split())
_PASSIVE_ADVERBS = frozenset("not also often usually always never sometimes well then".split())


def _before_adverbs(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of the word before `position`, past the adverbs between them
    (`_PASSIVE_ADVERBS`, adverbs in -ly: "is usually worn", "being deducted directly"), or -1."""
    before = position - 1
    while before >= 0 and (norms[before] in _PASSIVE_ADVERBS
                           or content[before] and norms[before].endswith("ly")):
        before -= 1
    return before


def _be_passive_at(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the word at `position` is a past participle that a form of "be" comes
    before, adverbs aside (`_before_adverbs`): a passive verb ("is deducted", "the amount being
    deducted", "to be paid"), not a reduced relative ("a card issued by a bank")."""
    if not (content[position] and past_participle(norms[position])):
        return False
    before = _before_adverbs(norms, content, position)
    return before >= 0 and norms[before] in _BE_FORMS


def _participle_place(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return where the past participle at `position` stands, with the noun it says something
    of (number-neutral): "be:NOUN" after a form of "be", adverbs and modals aside, whose
    subject is a noun of its own (a passive predicate: "be:lesson" in "a lesson can be
    drawn"), "noun:NOUN" right after a content word (a reduced relative: "noun:story" in
    "stories drawn from everyday life"), "object:NOUN" when that content word ends a verb's
    object (`verb_object`: "object:water" in "holds the water used to flush"), else "" (also
    for a word that is no participle, and after a relative pronoun's "be": "a device that is
    powered by" describes its noun as "[a turbine] powered by" does). The two said of different
    nouns play different roles, and a join between them ("from which a lesson can be drawn
    from everyday life that ...") keeps neither; of the same noun they agree ("letters are
    joined" + "[letters] joined"). A reduced relative describes the noun right before it, so a
    verb's object before it takes the participle's phrase only from a source that says it of
    the same noun ("holds the water used" + "[a tank or reservoir] used to collect and store
    water" would give the tank's purpose to the water)."""
    word = norms[position]
    if not (content[position] and past_participle(word)):
        return ""
    before = _before_adverbs(norms, content, position)
    if before < 0:
        return ""
    if norms[before] in _BE_FORMS:
        while before > 0 and (norms[before - 1] in MODAL_VERBS
                              or norms[before - 1] in _PASSIVE_ADVERBS):
            before -= 1
        subject = before - 1
        return "be:" + number_neutral(norms[subject]) if subject >= 0 and content[subject] else ""
    if before == position - 1 and content[before]:
        place = "object" if verb_object(norms, content, before) else "noun"  # "holds the water
        # used to flush": a verb's object, not the noun the definition is about
        return place + ":" + number_neutral(norms[before])
    return ""


#: Verbs whose object takes a complement after it ("make some notes longer", "render it
#: useless").
_CAUSATIVES = frozenset("make makes made making render renders rendered rendering".split())


def complement_gaps(norms: Sequence[str], content: Sequence[bool]) -> list[bool]:
    """Return, for each position, whether it lies between a verb of `_CAUSATIVES` and the
    complement of its object: "some notes in a piece of music" in "making some notes in a
    piece of music slightly longer or shorter than they are written". The object opens with
    a determiner or a content word; the complement is a comparative ("more/less" and a
    word, or a word before "than", also after "X or"), with an adverb in -ly before it, or a
    linking verb ("make its products seem more ..."). A path that left inside would keep
    "make" and its object without what it makes them ("The practice of making some notes in
    a piece, at the discretion ..."), and one that entered would keep the complement without
    "make". So does the object of a verb of `_INFINITIVE_VERBS` before the "to"-infinitive it
    needs ("another business" in "allows another business to use it": see
    `_infinitive_after_object`): "the owner ... allows another business" + "[or group of]
    businesses that has been given a franchise" would drop what the owner allows. So does the
    object of "help"/"let" before its bare infinitive ("glucose in your blood" in "helps
    glucose in your blood enter cells": see `_bare_infinitive_after_object`)."""
    gap = [False] * len(norms)
    for verb, word in enumerate(norms[:-1]):
        after = norms[verb + 1]
        if word not in _CAUSATIVES or not (after in DETERMINERS or content[verb + 1]
                                           and after not in MODIFIER_OPENERS):
            continue
        for index in range(verb + 1, min(len(norms) - 1, verb + 1 + LIST_SPAN)):
            found = _complement_at(norms, content, index, verb + 1)
            if found >= 0:
                for position in range(verb + 1, found):
                    gap[position] = True
                break
            word_here = norms[index]
            if not (content[index] or word_here in DETERMINERS or word_here == "of"
                    or word_here in MODIFIER_OPENERS or word_here in COORDINATORS):
                break
    for verb, word in enumerate(norms[:-1]):
        if word in _INFINITIVE_VERBS:
            found = _infinitive_after_object(norms, content, verb)
            for position in range(verb + 1, found):
                gap[position] = True
        if word in _KEEPING_VERBS:
            found = _position_after_object(norms, content, verb)
            for position in range(verb + 1, found):
                gap[position] = True
        if word in _BARE_INFINITIVE_VERBS or (word in {"help", "let"} and verb > 0
                                              and norms[verb - 1] in {"to", "that", "which",
                                                                      "who"}):
            found = _bare_infinitive_after_object(norms, content, verb)
            for position in range(verb + 1, found):
                gap[position] = True
    return gap


#: Verbs whose object takes a bare infinitive ("helps glucose in your blood enter cells",
#: "lets users share files"), in their forms that are no noun; "help" and "let" count after
#: "to" or a relative pronoun (see `complement_gaps`).
_BARE_INFINITIVE_VERBS = frozenset("helps helped helping lets letting".split())


def _bare_infinitive_after_object(norms: Sequence[str], content: Sequence[bool], verb: int) -> int:
    """Return the position of the bare infinitive that completes the object of the verb at
    `verb` (one of `_BARE_INFINITIVE_VERBS`), or -1: the object opens right after the verb
    with a determiner or a content word; the infinitive is the last content word, within
    `LIST_SPAN` and before anything but content words, determiners and prepositions, that
    comes right after another content word and looks like a verb's base form (not plural, not
    in -ed, -ing or -ly): "enter" in "helps glucose in your blood enter cells in your muscle".
    A "to" and a word after the object is its "to"-infinitive ("helps people to learn")."""
    if not (norms[verb + 1] in DETERMINERS or content[verb + 1]
            and norms[verb + 1] not in MODIFIER_OPENERS):
        return -1
    found = -1
    for index in range(verb + 2, min(len(norms) - 1, verb + 1 + LIST_SPAN)):
        word = norms[index]
        if word == "to" and content[index + 1] and looks_plural(norms[index + 1]) is not True:
            return index
        if not (content[index] or word in DETERMINERS or word in MODIFIER_OPENERS
                or word == "of"):
            break
        if (content[index] and content[index - 1] and word not in MODIFIER_OPENERS
                and norms[index - 1] not in MODIFIER_OPENERS and looks_plural(word) is not True
                and not word.endswith(("ed", "ing", "ly"))):
            found = index
    return found


#: Verbs whose object takes a complement of position ("keeps prices for consumers below the
#: market level", "holds costs within a budget"), in all their forms.
_KEEPING_VERBS = frozenset("keep keeps kept keeping hold holds held holding".split())
#: Prepositions that say where such a verb keeps its object.
_POSITION_COMPLEMENTS = frozenset("above below beneath under within".split())


def _position_after_object(norms: Sequence[str], content: Sequence[bool], verb: int) -> int:
    """Return the position of the complement that says where the verb at `verb` (one of
    `_KEEPING_VERBS`) keeps its object ("below" in "keeps prices for consumers below the
    market level"), or -1: the object opens right after the verb with a determiner or a
    content word; the complement is one of `_POSITION_COMPLEMENTS` after it, within
    `LIST_SPAN`, before anything but content words, determiners and prepositions."""
    if not (norms[verb + 1] in DETERMINERS or content[verb + 1]
            and norms[verb + 1] not in MODIFIER_OPENERS):
        return -1
    for index in range(verb + 2, min(len(norms) - 1, verb + 1 + LIST_SPAN)):
        word = norms[index]
        if word in _POSITION_COMPLEMENTS:
            return index
        if not (content[index] or word in DETERMINERS or word in MODIFIER_OPENERS
                or word == "of"):
            return -1
    return -1


#: Verbs whose object takes a "to"-infinitive that they need ("allows another business to use
#: it", "enables the user to", "requires employers to pay", "getting a large number of people
#: to give"), in all their forms.
_INFINITIVE_VERBS = frozenset(
    "allow allows allowed allowing enable enables enabled enabling permit permits permitted "
    "permitting cause causes caused causing force forces forced forcing require requires "
    "required requiring entitle entitles entitled entitling authorize authorizes authorized "
    "authorizing authorise authorises authorised authorising compel compels compelled "
    "compelling oblige obliges obliged obliging empower empowers empowered empowering "
    "get gets got getting persuade persuades persuaded persuading encourage encourages "
    "encouraged encouraging induce induces induced inducing convince convinces convinced "
    "convincing urge urges urged urging".split())  # "getting people to give their ideas"


#: Past participles of verbs whose object takes a "to"-infinitive (`_INFINITIVE_VERBS`, and
#: verbs of commanding and expecting): in the passive the infinitive follows them ("is
#: ordered to pay", "are required to file", "is expected to").
_PASSIVE_INFINITIVE_PARTICIPLES = frozenset(
    {word for word in _INFINITIVE_VERBS if word.endswith("ed")} | set(
        "ordered commanded instructed asked told expected obligated supposed".split()))


def _infinitive_needed(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the word at `position` is one of `_PASSIVE_INFINITIVE_PARTICIPLES` after
    a form of "be" (`_BE_FORMS`, over adverbs in -ly and "not") and "to" and a verb follow:
    a verb that is a stopword ("to be") or a content word that does not look plural ("one
    spouse is ordered to pay to the other"). The infinitive completes the passive verb,
    which says nothing without it."""
    if norms[position] not in _PASSIVE_INFINITIVE_PARTICIPLES or position + 2 >= len(norms):
        return False
    before = position - 1
    while before >= 0 and (norms[before] == "not" or content[before]
                           and norms[before].endswith("ly")):
        before -= 1
    if before < 0 or norms[before] not in _BE_FORMS or norms[position + 1] != "to":
        return False
    after = norms[position + 2]
    return after in _STOPWORD_VERBS or (content[position + 2] and after not in MODIFIER_OPENERS
                                        and looks_plural(after) is not True)


def _infinitive_after_object(norms: Sequence[str], content: Sequence[bool], verb: int) -> int:
    """Return the position of the "to" and verb that complete the object of the verb at `verb`
    (one of `_INFINITIVE_VERBS`): "allows another business to use it" gives the "to"; -1 when
    no object comes first, or no infinitive after it within `LIST_SPAN`. After such a verb's
    object, "to" and a word that does not look plural ("to use", "to operate") or a verb that
    is a stopword ("to be", "to make") is its infinitive. A relative clause on the object may
    stand between them ("allows people who have been put in prison for crimes against the
    state to go free"): after "who", "that" or "which", the search goes on, within twice
    `LIST_SPAN`, to the clause's end at a mark."""
    relative = False
    index = verb
    while index + 1 < min(len(norms) - 1, verb + 1 + LIST_SPAN * (1 + relative)):
        index += 1
        word = norms[index]
        if word == "to":
            after = norms[index + 1]
            infinitive = after in _STOPWORD_VERBS or (
                content[index + 1] and looks_plural(after) is not True)
            if relative and not infinitive:
                continue  # "in prison for crimes against the state to": a preposition's "to"
            return index if index > verb + 1 and infinitive else -1
        if relative:
            if not word[:1].isalnum():
                return -1
            continue
        if word in {"who", "that", "which"} and index > verb + 1:
            relative = True
            continue
        if not (content[index] or word in DETERMINERS or word in COORDINATORS
                or word in MODIFIER_OPENERS or word in _OBJECT_PRONOUNS or word == "of"
                or word in _FOCUS_ADVERBS or _quantity(word)):
            return -1  # "allowing only one person at a time to pass": a focus adverb and a
            # number may open the object
    return -1


#: Adverbs that single out the noun phrase after them ("only one person", "just the key").
_FOCUS_ADVERBS = frozenset("only just even merely solely".split())


def _complement_at(norms: Sequence[str], content: Sequence[bool], index: int, start: int) -> int:
    """Return where an object's complement that `index` opens starts (see `complement_gaps`),
    an adverb in -ly before it included, or -1."""
    word = norms[index]
    comparative = (word in {"more", "less"} and content[index + 1]
                   or content[index] and (norms[index + 1] == "than" or (
                       norms[index + 1] in COORDINATORS
                       and tuple(norms[index + 3:index + 4]) == ("than",))))
    if word in _LINKING_VERBS and index > start and content[index] and content[index - 1]:
        return index  # "make its products seem more environmentally friendly"
    if not comparative:
        return -1
    if index - 1 > start and content[index - 1] and norms[index - 1].endswith("ly"):
        return index - 1  # "slightly longer or shorter than"
    return index


def leaving_ok(body: _Body, position: int, open_clause: bool = False,
               ending: bool = False) -> bool:
    """Return whether a path may leave `body` right after `position` (switch or end).

    Not inside an unfinished list or an aside (see `asides`), and not inside a clause that is
    still open (see `clause_regions`), unless `open_clause` (see `_same_clause_opening`).
    Nor at a plural possessor ("without any change in the shareholders' total equity"): the
    tokens split its apostrophe off, which the path would drop with the head noun after it.
    Nor inside a quotation the clause ends with (`final_quotation`), unless `ending` at its
    last word: the path keeps the closing mark.
    """
    if body.open_list[position] or body.aside[position]:
        return False
    if body.quotation <= position < len(body.norms) - (2 if ending else 1):
        return False  # "when they say 'order [in the court]'": a mention, not the clause's words
    if body.example and body.example[position] >= 0:
        return False  # "such as appear in court [or pay a debt]": an example list left unsaid
    if body.complement_gap and body.complement_gap[position]:
        return False  # "making some notes in a piece" without "[of music] slightly longer"
    if opens_list(body.norms, body.content, position):
        return False
    if _etc_at(body.norms, position + 2):
        return False  # "oil, wine, spices[, etc.]": the list would end with no closer
    if (position + 1 < len(body.norms)
            and _plural_possessive(body.norms, body.content, position + 1)):
        return False  # "the shareholders['] total equity": its apostrophe and head stay behind
    return open_clause or clause_ends_at(body, position)


def entering_ok(body: _Body, position: int, open_clause: bool = False) -> bool:
    """Return whether a path may continue in `body` after its word at `position` (the pivot).

    Not when the pivot sits inside a clause the path did not open ("customers receive from",
    "the average price level of goods and services rises"), unless `open_clause` (see
    `_same_clause_opening`); its last word is fine ("that meets present needs" + "while
    protecting ..."). Nor inside an aside: its closing comma
    would follow without the opening one. Nor before a bracketed aside that the clause passes
    over: the run entered would start after it and drop it ("to influence [(a public
    official)] to take"). Nor at a noun that points back ("[Such] compounds considered as
    a part of the diet"): what it says holds only for what it points to. Nor before ", that":
    a restrictive clause after a comma belongs to a head further back ("a benefit, specific
    to one brand, that (1) rivals cannot offer"). Nor before a subject pronoun ("services
    [they receive]": the pronoun stood for a noun of its source) or a formula's operator
    ("its mass" + "[mass] × velocity"). Nor between "make" and its object's complement
    ("[making some notes in a] piece of music slightly longer": `complement_gaps`). Nor
    right before examples after a comma (", for example", ", e.g.": `_EXAMPLE_OPENERS`): they
    illustrate the words before them in their own source, not the path's ("problems with
    reading, writing and spelling" + "[reading and spelling], for example, but ...").
    Nor inside a quotation the clause ends with: its words are mentioned, not used ("call
    for order" + "[when they say ']order in the court'": `final_quotation`).
    """
    if body.complement_gap and body.complement_gap[position]:
        return False
    if body.quotation <= position:
        return False
    if body.example and body.example[position] > 0:
        return False  # "[such as appear in court or] pay a debt": see `example_lists`
    if body.norms[position + 1:position + 2] == (",",) and any(
            tuple(body.norms[position + 2:position + 2 + len(opener)]) == opener
            for opener in _EXAMPLE_OPENERS):
        return False  # "[difficulty in reading and spelling], for example, but ..."
    return (not body.aside[position] and (open_clause or clause_ends_at(body, position))
            and not body.skips_after[position]
            and body.norms[position + 1:position + 3] != (",", "that")
            and not (position + 1 < len(body.norms)
                     and (body.norms[position + 1] in _CONTACT_SUBJECTS
                          or body.norms[position + 1] in _OPERATORS))
            and not _points_back(body.norms, body.content, position))


def _points_back(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase ending at `position` opens with a determiner that points
    back ("such compounds", "these large cells")."""
    index = _before_content(content, position)
    return index >= 0 and norms[index] in _ANAPHORIC


def clause_ends_at(body: _Body, position: int) -> bool:
    """Return whether no clause is open after `position`: none is open there, or the one open
    there ends with it (see `clause_regions`)."""
    here = body.region[position]
    return here < 0 or position + 1 >= len(body.region) or body.region[position + 1] != here


#: Determiners of a singular noun that "they/them/their" refer back to ("each item ... them").
_DISTRIBUTIVES = frozenset({"each", "every"})
#: Possessive determiners of the reader or writer: the noun after them is a particular thing
#: that "it/its" may refer back to ("your body doesn't have enough water ... to carry out its
#: normal functions"). Not "its/their/his/her": a pronoun after "its range" stands for the
#: owner, not the range ("a species extends its range into its habitat").
_SPEAKER_POSSESSIVES = frozenset({"my", "your", "our"})


def antecedent(norms: Sequence[str], content: Sequence[bool], position: int,
               whole: bool = False) -> int:
    """Return the position of the likely antecedent of the pronoun at `position`, or -1.

    A plural pronoun ("their") refers to the nearest earlier plural-looking content word
    not itself owned by a pronoun, or a singular noun after "each/every" (`_DISTRIBUTIVES`:
    "producing each item ... more of them"); a singular one ("its") to the nearest earlier
    content word not plural in form that opens a noun phrase after an article ("a business")
    or after "your/my/our" ("your body ... its normal functions": `_SPEAKER_POSSESSIVES`);
    a demonstrative "that of" to the same after any determiner ("one product ... better than
    that of"), "those of" as "their" (see `_demonstrative_pronoun`). An
    indefinite pronoun comes first when nearer: "someone", "anyone" ... for "they/them" (a
    person of no known sex), "something", "anything" ... for "it". A plural pronoun with no
    plural noun before it is a singular "they": it stands for the nearest singular noun that
    "a/an" or "each/every" opens as the subject of a verb in -s ("a person experiences a real
    improvement in their symptoms": `_verb_after_singular`). A subject or object
    pronoun in a relative clause never refers to the noun phrase the clause describes ("the
    ecosystem in which it now occurs", "coats, or quills, that protect them": see
    `_clause_head`; with `whole`, the clause after "N1 of N2" is read as describing N1 and so
    the whole phrase: "rodents with coats of sharp spines that protect them" are the rodents),
    nor the object of a gerund or infinitive to the noun whose complement the verb opens
    (`_complement_owner`: "the expectation of buying it back", "the right to buy it").
    The pronoun "one" ("like the one on the box") stands for a noun of either number
    (`_one_antecedent`). Closed classes only: no parser.
    """
    word = norms[position]
    if _one_pronoun(norms, content, position):
        return _one_antecedent(norms, content, position)
    if _elliptical_both(norms, content, position):
        # "an open or closed channel, or both": the first word of the coordination it echoes
        found = next((i for i in range(position - 2, 0, -1) if norms[i] in ("or", "and")), -1)
        return found - 1 if found > 0 else -1
    owned_by_pronoun = SINGULAR_PRONOUNS | PLURAL_PRONOUNS
    demonstrative = _demonstrative_pronoun(norms, content, position)
    plural = word in PLURAL_PRONOUNS or demonstrative and word == "those"
    head = _clause_head(norms, content, position, whole) if word in _BOUND_PRONOUNS else range(0)
    owner = (_complement_owner(norms, content, position) if word in _BOUND_PRONOUNS
             else range(0))
    verb, coordinator = _sibling_predicate(norms, content, position)
    subject = -1  # the nearest singular subject before a verb, for a "they" of one person
    for index in range(position - 1, -1, -1):
        if index in head:
            continue  # "the ecosystem in which it now occurs": "it" is not the ecosystem
        if index in owner:
            continue  # "in the expectation of buying it back": "it" is not the expectation,
            # nor "the right to buy it" the right
        if verb < index < coordinator:
            continue  # "having ringed horns and noted for their speed": not the horns'
        if norms[index] in _INDEFINITES and (norms[index].endswith(("one", "body"))
                                             == plural):
            return index  # "someone ... pay them back", "something ... keep it"
        if not content[index]:
            continue
        before = norms[index - 1] if index > 0 else ""
        if demonstrative and not plural:
            if before in DETERMINERS and looks_plural(norms[index]) is not True:
                return index  # "one product ... better than that of the competition"
            continue
        if plural:
            if _verb_after_singular(norms, content, index):
                if subject < 0 and not demonstrative:
                    subject = index - 1
                continue  # "a company produces", "each item falls": a verb
            if _opened_by(norms, content, index) in _DISTRIBUTIVES:
                return index  # "the cost of producing each item falls as ... more of them"
            if looks_plural(norms[index]) and before not in owned_by_pronoun:
                return index
        elif ((before in _ARTICLES or before in _SPEAKER_POSSESSIVES)
              and looks_plural(norms[index]) is not True
              and not _plural_headed(norms, content, index, position)):
            return index  # "a business ... its", "your body ... its normal functions"
    # no plural noun before it: "they/them/their" stands for one person of no stated sex, the
    # subject of a clause ("a person experiences a real improvement in their symptoms")
    return subject


#: Words that follow a noun but not a verb: "of" and the relative pronouns other than "that"
#: (which may also open a verb's object clause: "claims that its ...").
_AFTER_NOUN = frozenset({"of"}) | _PREPOSITION_RELATIVES | {"who"}


def _plural_headed(norms: Sequence[str], content: Sequence[bool], opener: int,
                   limit: int) -> bool:
    """Return whether the noun phrase whose first content word is at `opener` ends, before
    `limit`, in a plural head: "the white tufts of fur on its ears" is headed by "tufts", so
    "its" does not stand for it, though "white", the word after the article, does not look
    plural. The head is the last of the content words from `opener` on, a plural one that
    "of" or a relative pronoun follows (`_AFTER_NOUN`: a noun's complement or clause, never
    a verb's), with no plural-looking word before it. A verb in -s after a singular subject
    is no head: other prepositions may follow it ("the plant grows in its ..."), and a
    plural-looking word before the last one may be it ("the company produces goods of its
    own")."""
    head = opener
    while head + 1 < limit and content[head + 1]:
        head += 1
    return (head > opener and looks_plural(norms[head]) is True
            and norms[head + 1] in _AFTER_NOUN
            and not any(looks_plural(norms[i]) is True for i in range(opener, head)))


def antecedents(norms: Sequence[str], content: Sequence[bool], position: int) -> frozenset[int]:
    """Return the positions the pronoun at `position` may refer to (see `antecedent`), -1 left
    out. A subject or object pronoun in a relative clause after "N1 of N2" has two readings: the
    clause may describe N2, and the pronoun may be N1 ("the parents of children who love
    them"), or it may describe N1 and so the whole phrase, and the pronoun is a noun before it
    ("rodents with coats of sharp spines that protect them"): the pronoun never stands for the
    subject of its own clause, which would take "themselves". No closed-class word tells the
    two apart, so a run must keep both. So must a pronoun in a participle phrase after a comma
    that may describe the noun before a preposition (`_participle_owner`: "a mammal in the
    weasel family, prized for its fur")."""
    found = {found for whole in (False, True)
             if (found := antecedent(norms, content, position, whole)) >= 0}
    owner = _participle_owner(norms, content, position)
    return frozenset(found | {owner} if owner >= 0 else found)


def _participle_owner(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of N1 in "N1 <preposition> N2, <participle phrase>" when the
    pronoun at `position` lies in that phrase (`_participle_after_comma`: ", prized for its
    fur") and N1 is a noun of the pronoun's number, or -1. A participle phrase that a comma
    sets off describes the head of the noun phrase before it, not only the object of the
    preposition that ends it: in "a mammal in the weasel family, prized for its soft, dense
    fur" the fur is the mammal's, and `antecedent`, which takes the nearest noun ("weasel
    family"), misses that reading. N1 ends a noun phrase (`ends_noun_phrase`: no verb's
    form) and shows no number as a verb does."""
    if norms[position] not in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return -1  # "one", "that of", "both": see `antecedent`
    comma = next((i for i in range(position - 1, 0, -1)
                  if not norms[i][:1].isalnum() or norms[i] in CLAUSE_OPENERS), -1)
    if comma < 3 or not content[comma - 1] or not _participle_after_comma(norms, content, comma):
        return -1
    found = _before_noun_phrase(norms, content, comma - 1)
    if (found is None or found < 1 or norms[found] not in MODIFIER_OPENERS and norms[found] != "of"
            or not content[found - 1]):
        return -1
    noun = found - 1
    if not ends_noun_phrase(norms, content, noun) or verb_number(norms[noun]) is not None:
        return -1  # "the return you get on the bond, based on ...": "get" is a verb
    plural = norms[position] in PLURAL_PRONOUNS
    return noun if (looks_plural(norms[noun]) is True) == plural else -1


def _complement_owner(norms: Sequence[str], content: Sequence[bool], position: int) -> range:
    """Return the positions of the content words of the noun phrase whose complement is a verb
    whose object is the pronoun at `position`, or an empty range: an "of" gerund ("the
    expectation of buying it back"), or a "to"-infinitive after a noun that "with", "having"
    or "has/have/had" give (`_HAVING_OPENERS`: "with the right to buy it", "having a lid to
    close it"). The verb's object is not that noun, which would be "itself": the pronoun
    points further back ("a security ... in the expectation of buying it back" is the
    security, "rent the home for a fixed period, with the right to buy it" is the home, and
    "a box having a lid to close it" the box). What one has is a part or a power of its
    owner, and the infinitive says what it is for; after other words the infinitive may say
    what a verb's whole action is for, and its object may be the noun right before it ("built
    against a wall to strengthen it", "sends impulses to the heart to keep it beating"). A
    content word after "to" with an object pronoun right after it is a verb; a plural-looking
    one is left alone. The whole noun phrase is passed over, not only its last word ("with
    the legal right to buy it"). A gerund after another preposition may be tied to a verb
    instead ("use another person's words or ideas without giving them credit"): left
    alone."""
    verb = position - 1
    if verb < 2 or not content[verb] or not content[verb - 2]:
        return range(0)
    if norms[verb - 1] == "to" and looks_plural(norms[verb]) is not True:
        had = _before_noun_phrase(norms, content, verb - 2)
        if had is None or not (norms[had] in _HAVING_OPENERS or norms[had] in _HAVE):
            return range(0)
    elif not (norms[verb].endswith("ing") and norms[verb - 1] == "of"):
        return range(0)
    return range(_before_content(content, verb - 2) + 1, verb - 1)


#: The forms of "have" that give their object to their subject ("has a lid to close it").
_HAVE = frozenset({"has", "have", "had"})


def _sibling_predicate(norms: Sequence[str], content: Sequence[bool],
                       position: int) -> tuple[int, int]:
    """Return the positions of the verb and of the "and"/"or" that close the words of the
    predicate coordinated before the one that holds the possessive pronoun at `position`
    ("its", "their"), or (-1, -1). Coordinated predicates share their subject, and a
    possessive in the second one stands for it, not for the first one's object: in "[any of
    various antelopes], having ringed horns and noted for their speed" the speed is the
    antelopes', not the horns'. The second predicate opens right after the coordinator (past
    adverbs) with a participle phrase (`_participle_phrase_at`: "and noted for") or a finite
    verb (`_coordinated_predicate`: "and is used in"); the first one's verb is the nearest
    verb, participle phrase or word in -ing ("having") before the coordinator in the same
    clause. An object pronoun may still stand for that object ("buys apples and sells
    them"), so only possessives are read so."""
    if norms[position] not in _POSSESSIVES:
        return -1, -1
    for coordinator in range(position - 1, 0, -1):
        word = norms[coordinator]
        if word in CLAUSE_OPENERS or not word[:1].isalnum():
            return -1, -1
        if word not in COORDINATORS:
            continue
        at = _past_joining_adverbs(norms, content, coordinator + 1, position)
        if not (_participle_phrase_at(norms, content, at)
                or _coordinated_predicate(norms, content, coordinator) == at):
            return -1, -1
        for verb in range(coordinator - 1, -1, -1):
            before = norms[verb]
            if before in CLAUSE_OPENERS or not before[:1].isalnum():
                return -1, -1
            if (_verb_at(norms, content, verb) or _participle_phrase_at(norms, content, verb)
                    or before.endswith("ing") and _participle(before, gerund=True)):
                return verb, coordinator
        return -1, -1
    return -1, -1


def _demonstrative_pronoun(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "that"/"those" at `position` stands for a noun said before, as a pronoun:
    "of" follows and no content word comes before ("better than that of the competition",
    "larger than those of a cat"; not "the idea that of all ...")."""
    return (norms[position] in {"that", "those"} and 0 < position < len(norms) - 1
            and norms[position + 1] == "of" and not content[position - 1])


def _stands_for_noun(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the word at `position` is a pronoun that needs an antecedent: a personal
    or possessive one ("it", "their"), a demonstrative one (`_demonstrative_pronoun`) or the
    pronoun "one" (`_one_pronoun`: "like the one on the box")."""
    return (norms[position] in SINGULAR_PRONOUNS | PLURAL_PRONOUNS
            or _demonstrative_pronoun(norms, content, position)
            or _elliptical_both(norms, content, position)
            or _one_pronoun(norms, content, position))


def _one_pronoun(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "one"/"ones" at `position` stands for a noun said before it, whose
    word it saves: "the/this/that/these/those" opens it (`_DEFINITES`, also past adjectives:
    "the one on the box", "that one", "the larger ones of a hare") or "like" follows it ("one
    like a banana"). Not a numeral before a noun ("that one product", "the one thing": a
    content word follows), nor a partitive ("one of the birds": no such determiner opens
    it); and not before a restrictive relative clause, which says by itself which one it is,
    as a definition does ("the one that holds the needle", or a contact clause that a
    determiner or subject pronoun opens: "the ones the nomads rode across", "the one you
    see")."""
    if norms[position] not in {"one", "ones"}:
        return False
    after = norms[position + 1] if position + 1 < len(norms) else ""
    if after and (content[position + 1] or after in _RELATIVES
                  or after in DETERMINERS or after in _SUBJECT_PRONOUNS):
        return False
    return after == "like" or _opened_by(norms, content, position) in _DEFINITES


def _one_antecedent(norms: Sequence[str], content: Sequence[bool], position: int) -> int:
    """Return the position of the noun that the pronoun "one" at `position` stands for
    (`_one_pronoun`), or -1: the last noun before it (a content word that ends its noun
    phrase and is no verb; "one" need not share its number: "the beaks ..., like the one").
    After a comma it stands for the head of the whole noun phrase the comma closes, past the
    prepositional phrases that hang from it, as a ", which" clause does (`_distant_relative`):
    in "birds with giant beaks, like the one on the box" the one is a bird, not a beak."""
    comma = False
    found = -1
    for index in range(position - 1, -1, -1):
        if norms[index] == ",":
            comma = True
        if (content[index] and (index + 1 >= len(norms) or not content[index + 1])
                and role(norms, content, index) != "verb"):
            found = index
            break
    if found < 0 or not comma:
        return found
    while True:
        before = _before_noun_phrase(norms, content, found)
        if before is None or before < 1 or not (norms[before] in MODIFIER_OPENERS
                                                or norms[before] == "of"):
            return found
        head = before - 1
        if (not content[head] or norms[head].endswith(("ed", "ing", "ly"))
                or role(norms, content, head) == "verb"):
            return found  # "a bird that lives in forests": a verb, not a noun, takes the phrase
        found = head


def _elliptical_both(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "both" at `position` stands for a coordination said before it: after
    "or"/"and" and before no content word ("an open or closed channel, or both"; not "both
    X and Y", where it opens the coordination)."""
    return (norms[position] == "both" and position >= 1 and norms[position - 1] in ("or", "and")
            and not (position + 1 < len(norms) and content[position + 1]))


def _verb_after_singular(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the word in -s at `position` follows a singular noun phrase that "a/an"
    or "each/every" opens: it is that noun's verb, not a plural noun ("a company produces",
    "each item falls", "every new customer gets")."""
    return (position >= 2 and looks_plural(norms[position]) is True and content[position - 1]
            and looks_plural(norms[position - 1]) is False
            and _opened_by(norms, content, position - 1) in {"a", "an"} | _DISTRIBUTIVES)


#: Pronouns that are a verb's subject or object: in a relative clause they never stand for the
#: noun the clause describes ("a business that gives it an advantage" would say "itself");
#: possessives may ("a species that extends its range").
_BOUND_PRONOUNS = frozenset("it he him she they them".split())


def _clause_head(norms: Sequence[str], content: Sequence[bool], position: int,
                 whole: bool = False) -> range:
    """Return the positions from the noun phrase that the relative clause holding `position`
    describes to the clause's opening, or an empty range when no relative pronoun opens the
    clause before `position` ("whose" is none: "a company whose workers own it"). The phrase
    ends before the relative pronoun, or before the preposition before it ("the ecosystem in
    which it now occurs"), or before an aside between commas (`_antecedent_end`), which it
    takes in when the aside restates it (`_opens_apposition`: "coats of sharp spines, or
    quills, that protect them"; not "a drug, given to achieve a concentration, after which
    ... keep it"), and starts where `_before_noun_phrase` says ("a large coat that protects
    it": not "large" either). A first relative clause that the clause is coordinated with
    ("a guarantee that a product will work, and that they will replace it") is not taken in. With
    `whole`, a phrase "N1 of N2" whose clause may describe N1 (`_relative_head`: "coats of
    sharp spines that protect them") is taken from N1 on: the clause's antecedent is then the
    whole phrase."""
    for index in range(position - 1, 0, -1):
        word = norms[index]
        if word in _RELATIVES and word != "whose":
            opener = index - 1 if norms[index - 1] in MODIFIER_OPENERS and index > 1 else index
            end = _antecedent_end(norms, opener)
            head = end - 1
            if head < 0 or not content[head]:
                return range(0)
            stop = opener if norms[end] == "," and _opens_apposition(norms, end) else end
            first = _before_noun_phrase(norms, content, head)
            if (whole and first is not None and norms[first] == "of" and first > 0
                    and _relative_head((*norms[:head + 1], *norms[opener:]),
                                       (*content[:head + 1], *content[opener:]), head)):
                first = _before_noun_phrase(norms, content, first - 1)
            return range(0 if first is None else first + 1, stop)
        if word in CLAUSE_OPENERS or not word[:1].isalnum():
            return range(0)
    return range(0)


def pronouns_ok(body: _Body, start: int, last: int) -> bool:
    """Return whether the pronouns in positions `start`..`last` of `body` keep their antecedent.

    `start` is where the path entered the source (its pivot, which both sources share). A
    pronoun whose antecedent lies before the pivot would be carried into the result without
    it ("interactions with its customers", where "its" was "a business's" in its source), and
    so would "that of" ("[one product or service is] different from and better than that of
    the competition"), and so would a relative clause that describes a noun before it
    (`_distant_relative`: "[bony lumps on the inside edge of the foot at the] base of the big
    toe, which develop as ..."), and so would the pronoun "one" (`_one_pronoun`: "[those
    birds with the giant] beaks, like the one on the cereal box", where the one was a bird).
    A pronoun with two readings (`antecedents`: "[large rodents] with coats of sharp spines
    that protect them") keeps both.
    """
    for index in range(start, last + 1):
        if _stands_for_noun(body.norms, body.content, index) and any(
                found < start for found in antecedents(body.norms, body.content, index)):
            return False
    return min(_distant_relative(body.norms, body.content, start),
               _embedded_relative(body.norms, body.content, start)) > last


#: Adjectives that, like a superlative, pick out one of a kind and so take "the" on their own
#: ("the next best alternative", "the first cell", "the only road").
_ORDINALS = frozenset("first second third next last final only same sole previous".split())

#: `_ORDINALS` that rank a thing among others and so may take a domain ("the only road in
#: the county"); not "same", which compares with "as" ("the same pressure at a given time").
_RANKS = _ORDINALS - {"same"}

#: Determiners that point back to something said before ("the person", "this belief").
_DEFINITES = _ARTICLES - {"a", "an"}


def definites_ok(body: _Body, start: int, last: int, said: frozenset[str],
                 switched: bool = True) -> bool:
    """Return whether the definite noun phrases in positions `start`..`last` of `body` keep what
    they point back to.

    "the person" or "this belief" whose noun the source said before `start` (where the path
    entered it) points back to that mention; unless the result has said the noun too (its
    content keys are `said`), it would be carried over without it ("... protecting the person
    from that disease", where the source had "a person's immune system" before the pivot).
    "this", "these" and "those" always point back: their noun must have been said before them
    in the result ("the individuals in these groups" with no groups said is refused).
    "other"/"another" points back the same way (`_CONTRASTIVES`): "as other subscribers die"
    sets its noun against the subscribers the source named before, so a result that did not
    name them says "members ... other subscribers" of a set it never introduced.
    In a run after a switch (`switched`), "the" that opens the place where the thing a
    comparison names is found (`_locates_compared`: "like the one on the cereal box") needs
    its noun said before it too, unless its own words say which one (`_says_which`): it
    points at a thing of its source's scene, which the result never showed the reader.
    """
    before = {body.tokens[i].key for i in range(start) if body.content[i]}
    for index in range(start, last):
        if body.norms[index] in _CONTRASTIVES and body.content[index + 1]:
            key = body.tokens[index + 1].key
            if key in before and key not in said:
                return False  # "[subscribers contribute ...] as other subscribers die"
            continue
        if body.norms[index] in _DEFINITES and body.content[index + 1]:
            key = body.tokens[index + 1].key
            if key in said:
                continue
            if key in before:
                return False
            earlier = {body.tokens[i].key for i in range(start, index) if body.content[i]}
            if body.norms[index] in _DEMONSTRATIVES and key not in earlier:
                return False
            if (switched and key not in earlier
                    and _locates_compared(body.norms, body.content, index)
                    and not _says_which(body.norms, body.content, index)):
                return False  # "[birds with giant beaks], like the one on the cereal box"
    return True


def _locates_compared(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether "the" at `position` opens the object of a preposition that follows the
    definite noun phrase a comparison names ("like"/"unlike": `_FRONTED_COMPARISONS`), past
    further such phrases: "like the one on the cereal box", "unlike the mascot at the zoo".
    Such a phrase says where the particular thing compared with is found, so its "the" names
    a thing its writer has in view. Not the compared noun phrase itself, whose "the" may name
    a kind ("unlike the squid", "like the glass of a greenhouse"), nor the place of an
    indefinite one, which is a kind of place ("like a fish in the sea"), nor a comparison that
    opens with a preposition ("like in the old houses"): no thing is located there."""
    if position < 2 or (norms[position - 1] not in MODIFIER_OPENERS
                        and norms[position - 1] not in _OTHER_PREPOSITIONS):
        return False
    for index in range(position - 2, -1, -1):
        word = norms[index]
        if word in _FRONTED_COMPARISONS:
            return norms[index + 1] in _DEFINITES
        if not (content[index] or word in DETERMINERS or word in {"one", "ones", "of"}
                or word in MODIFIER_OPENERS or word in _OTHER_PREPOSITIONS
                or word in _DEGREE_WORDS):
            return False
    return False


def _says_which(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase that the determiner at `position` opens says by its own
    words which one it is: an "of" phrase or a relative clause follows it ("the top of an
    arch", "the shelf that holds the jars"), or a superlative or ordinal picks it out ("the
    highest shelf", "the same box")."""
    end = position + 1
    while end + 1 < len(norms) and content[end + 1]:
        end += 1
    after = norms[end + 1] if end + 1 < len(norms) else ""
    return (after == "of" or after in _RELATIVES
            or any(superlative(word) or word in _ORDINALS for word in norms[position + 1:end + 1]))


#: Determiners that always point back to a noun said before them.
_DEMONSTRATIVES = _DEFINITES - {"the", "that"}

#: Words that set the noun after them against one of its kind said before ("as other
#: subscribers die", "another member"): like "the", they point back to that mention.
_CONTRASTIVES = frozenset({"other", "another"})


def pronoun_cuts(norms: Sequence[str], content: Sequence[bool]) -> list[int]:
    """Return, for each start position, the first position from there holding a pronoun whose
    antecedent lies before the start, or len(norms): `pronouns_ok(body, start, last)` holds
    exactly when `last` is below it. Lets the search drop a run the moment it is bound to fail.
    A relative pronoun whose clause describes a noun before the start (`_distant_relative`)
    cuts the run too: "A bony bump that forms on the joint at the base" + "[bony lumps on the
    inside edge of the foot at the] base of the big toe, which develop as ..." would hand the
    lumps' clause to the toe (a run that leaves at "toe" keeps the join).
    """
    pronouns = [(index, found) for index in range(len(norms))
                if _stands_for_noun(norms, content, index)
                for found in antecedents(norms, content, index)]
    return [min(min((index for index, found in pronouns if index >= start and 0 <= found < start),
                    default=len(norms)), _distant_relative(norms, content, start),
                _embedded_relative(norms, content, start))
            for start in range(len(norms))]


def reintroduces(norms: Sequence[str]) -> bool:
    """Return whether "a"/"an" introduces a noun the words before it already named ("of a
    project in order to achieve a project's goals"): a second mention takes "the" or "its",
    so "a" would bring in another one."""
    seen: set[str] = set()
    for index, word in enumerate(norms):
        if word in {"a", "an"} and index + 1 < len(norms):
            noun = norms[index + 1].removesuffix("'s")
            if noun[:1].isalpha() and number_neutral(noun) in seen:
                return True
        seen.add(number_neutral(word.removesuffix("'s")))
    return False


def one_agrees(norms: Sequence[str], content: Sequence[bool], head: bool | None) -> bool:
    """Return whether each "one"/"ones" that stands for a noun after a comma (", especially one
    used to ...", ", usually ones that ...") has a noun of its number to stand for: the head of
    the text (`head`: its `head_number`) or the noun before the comma, when "a/an" opens it ("an
    infection, especially one caused by bacteria") or it looks plural. A join that brings such a
    "one" after a head of the other number keeps what it stood for in its source only in form
    ("Compounds that inhibit oxidation, especially one used to ..."). Not "one of", nor "one"
    before a noun ("one type"), where it is a numeral."""
    for index, word in enumerate(norms):
        if word not in {"one", "ones"}:
            continue
        comma = index - 1 - (index > 0 and norms[index - 1] in _ASIDE_OPENERS)
        if comma < 1 or norms[comma] != ",":
            continue
        after = index + 1
        if after < len(norms) and (norms[after] == "of" or content[after]
                                   and not norms[after].endswith(("ed", "ing"))):
            continue
        plural = word == "ones"
        if head in (None, plural):
            continue
        noun = comma - 1
        if content[noun] and (looks_plural(norms[noun]) is True if plural else
                              norms[_before_content(content, noun)] in {"a", "an"}
                              and looks_plural(norms[noun]) is not True):
            continue
        return False
    return True


def modifier_openers_used(norms: Sequence[str], content: Sequence[bool]) -> list[tuple[int, str]]:
    """Return (position, role) of each preposition of `norms` that opens a modifier or purpose.

    A preposition of `MODIFIER_OPENERS` followed by a determiner or a content word ("over the
    internet", "to customers") has its own form as role; "to" before a verb ("to store data")
    opens a purpose, role "to (purpose)" (a plural after "to" is a noun: "to customers").
    """
    used = []
    for index, word in enumerate(norms[:-1]):
        if word not in MODIFIER_OPENERS:
            continue
        after = norms[index + 1]
        if not (after in DETERMINERS or content[index + 1]):
            continue
        if (word == "to" and after not in DETERMINERS and looks_plural(after) is not True
                and role(norms, content, index + 1) == "verb"):
            used.append((index, "to (purpose)"))
        else:
            used.append((index, word))
    return used


def repeats_a_modifier(runs: Sequence[tuple[Sequence[str], Sequence[bool]]]) -> bool:
    """Return whether two different runs of a fused text open a modifier of the same role.

    Each source names a role once ("to those people who buy ..." is its recipient, "over the
    internet" its medium, "to trick a person" its purpose); a join that adds a second "to
    customers", "over a network" or "to get people" from another source says the same role
    twice. A repetition inside one source's run is its own wording and is kept. The runs are
    read together, so a preposition at the end of a run sees the words after it.
    """
    norms = [w for run, _ in runs for w in run]
    content = [c for _, flags in runs for c in flags]
    owner = [number for number, (run, _) in enumerate(runs) for _ in run]
    first_run: dict[str, int] = {}
    for position, used in modifier_openers_used(norms, content):
        run = first_run.setdefault(used, owner[position])
        if run != owner[position]:
            return True
    return False


def starts_noun_phrase(token: Token) -> bool:
    """Return whether a definition may start with this token: a content word or a determiner."""
    return token.is_word and (not token.is_stop or token.norm in DETERMINERS)


# --- the word graph ----------------------------------------------------------------------------


@dataclass(eq=False)  # compared by identity: field-by-field equality made lookups quadratic
class _Body:
    """The defining clause of one source, with what the guards need per position."""

    index: int
    id: str
    text: str  # NFKC text of the source, for exact spacing
    tokens: tuple[Token, ...]
    norms: tuple[str, ...]
    content: tuple[bool, ...]
    region: list[int]
    open_list: list[bool]
    can_end: list[bool]
    signatures: list[Signature] = field(default_factory=list)  # role_signature per position
    aside: list[bool] = field(default_factory=list)  # between the two commas of an aside
    can_start: bool = True  # its clause may open a definition (see `opens_definition`)
    # its clause follows a lead-in that names a singular term in the plural (`plural_lead_in`)
    plural_genus: bool = False
    # For each position a run may start at (its pivot): the first position from there whose
    # pronoun has its antecedent before the start (see `pronouns_ok`), or the clause's length.
    pronoun_cut: list[int] = field(default_factory=list)
    # For each position: a bracketed aside the clause passes over comes right after it.
    skips_after: list[bool] = field(default_factory=list)
    can_enter: list[bool] = field(default_factory=list)  # `entering_ok` per position
    event: bool = False  # its clause tells when the term happens (see `_event_clause`)
    # Positions of quotation marks a run leaves out (see `quoted_wording`).
    unquoted: frozenset[int] = frozenset()
    # For each position: it lies between "make" and the complement of its object ("making
    # some notes in a piece of music slightly longer"): see `complement_gaps`.
    complement_gap: list[bool] = field(default_factory=list)
    # Positions a pronoun of the clause refers back to (see `antecedent`).
    referred: frozenset[int] = frozenset()
    # The words its source uses as the head of a noun phrase (see `noun_heads`).
    heads: frozenset[str] = frozenset()
    # For each position: where the first of a series of phrases under its preposition starts,
    # when it holds a later one ("caused by a cloud of dust or gas [or by] a group"), or -1.
    series_start: list[int] = field(default_factory=list)
    # For each position: where it lies in a list of examples after "such as" (see
    # `example_lists`).
    example: list[int] = field(default_factory=list)

    @cached_property
    def quotation(self) -> int:
        """Where the quotation the clause ends with opens, or the clause's length
        (`final_quotation`): asked at every switch of the search, read once."""
        return final_quotation(self.norms)


#: At most this many tokens of a defining clause are read (twice the largest --max-words): a
#: longer clause would make the guards, which walk back over a noun phrase, quadratic.
CLAUSE_TOKENS = 400


#: The marks that open a bracketed aside in a defining clause, and the marks that close them;
#: a spaced hyphen stands for a dash ("stored in hardware - typically in read-only memory -
#: such that ...").
_ASIDE_CLOSING = {"(": ")", "—": "—", "–": "–", "-": "-"}
#: A bracketed aside is passed over only when it closes within this many tokens.
ASIDE_TOKENS = 40


def _position(tokens: Sequence[Token], token: Token) -> int | None:
    """Return where `token` itself (not an equal token) stands in `tokens`, or None: a clause
    is a run of a text's own tokens, so this finds where it starts or ends in the text."""
    return next((i for i, t in enumerate(tokens) if t is token), None)


def defining_clause(tokens: Sequence[Token], sense: int = 0,
                    numbered: bool = False) -> tuple[Token, ...]:
    """Return the tokens of the defining clause: first sentence, after the lead-in and any
    bracketed scope note ("(of a material) Able to ..."), up to the first clause-ending mark,
    without leading or trailing punctuation. A closed bracketed aside, in brackets or
    between two dashes, is passed over, not taken as the end: "A medicine (such as
    penicillin) that inhibits ..." and "land that is allowed to lie idle—tilled or
    untilled—during a growing season" go on after it (its words are not in the clause; a
    run that spans it copies it with the rest of its source's text).

    A numbered sense (`sense`, or 1 when the lead-in ends with "1.") ends before the next
    sense's number when the senses run on without a full stop ("1. (music) a short tune ...
    or idea 2. an idea or phrase ..."), and so does a dictionary entry's first sense before
    a number with no mark at all (`sense_number`: "liquidity [uncountable] (finance) 1 the
    state of owning ... for cash 2 the state of being able ..."). After a first sense
    `numbered` with a "1" alone (the lead-in's or the entry's), the next number before an
    article ends it after any word ("... cannot move at all 2 a situation ...")."""
    lead = [t.norm for t in opening_lead_in(tokens)]
    senses = lead[:len(lead) - labels_after(lead)]  # "1. n.": the label again after it
    if not sense and (senses[-2:] in (["1", "."], ["1", ")"], ["a", ")"])
                      or senses[-1:] == ["1"]):
        sense = 1
    numbered = numbered or senses[-1:] == ["1"]
    # senses numbered inline without a mark ("2 a business ...") end the clause after a
    # numbered first sense or a headword that no copula follows (an entry, not a sentence)
    inline = bool(sense) or bool(lead) and _headword_entry(tokens)
    words = [t for t in tokens if not t.lead_in]
    while words and (words[0].label or not words[0].is_word and words[0].surface not in "(["):
        # "means— (a) compensation for ...": the dash, then the item's label; a field label
        # ("1. Physics the time ...", "(physics) the time ...") is no word of the definition
        words.pop(0)
    if words and words[0].surface in "([":
        # a scope note or label first ("(of a material) Able to be broken down", "[mass noun]
        # a system of land use ..."): the clause follows it
        closing = _balancing(words, 0, len(words))
        if closing is not None and words[closing].sentence == words[0].sentence:
            words = words[closing + 1:]
    while words and (words[0].label or not words[0].is_word):
        words.pop(0)
    if not words:
        return ()
    first = words[0]
    clause = []
    signs = angle_signs([t.surface for t in words])  # "by the sign <, called a hairpin"
    closing = -1  # index in `words` of the ")" that closes the aside being passed over
    for index, token in enumerate(words):
        if index <= closing:
            continue
        if token.surface in _ASIDE_CLOSING and clause:
            mark = _ASIDE_CLOSING[token.surface]
            closing = next((i for i in range(index + 1, min(len(words), index + ASIDE_TOKENS))
                            if words[i].surface == mark or words[i].sentence != first.sentence),
                           -1)
            if mark == ")":
                balanced = _balancing(words, index, min(len(words), index + ASIDE_TOKENS))
                closing = -1 if balanced is None else balanced
            # a spaced hyphen within one line, not a list's bullets ("...:\n- The franchisor
            # ...\n- The franchisee ...")
            inline = mark != "-" or closing >= 0 and token.line == words[index - 1].line \
                == words[closing].line
            if closing >= 0 and words[closing].surface == mark and inline:
                continue  # pass over "( ... )" or "— ... —"
        if token.sentence != first.sentence or (token.surface in CLAUSE_END and clause
                                                 and index not in signs
                                                 and not _participle_goes_on(words, index)):
            after = index + 1
            if (token.surface in SENTENCE_END and token.sentence == first.sentence
                    and after < len(words) and words[after].sentence == first.sentence
                    and _closes_quote([*clause, words[after]])):
                clause.append(words[after])  # "meaning 'let the buyer beware.'": it closes
            break
        if len(clause) == CLAUSE_TOKENS:
            break  # a clause this long is no definition to fuse; the guards walk back in it
        if inline and clause and sense_number(words, index, (sense or 1) + 1, numbered):
            break  # "... in a particular area 2 a business ...": the next sense's number
        clause.append(token)
    if sense and len(clause) > 1 and clause[-1].norm in (str(sense + 1),
                                                          _SENSE_LETTERS[sense:sense + 1]):
        at = _position(tokens, clause[-1])
        marks = {")"} if clause[-1].norm.isalpha() else {".", ")"}
        if at is not None and at + 1 < len(tokens) and tokens[at + 1].surface in marks:
            clause.pop()  # "... or idea 2. an idea ...", "... house b) either ...": the next
            # sense's number or letter
    elif (not sense and len(clause) > 2 and clause[-1].norm == "2" and clause[-2].is_word
          and not clause[-2].surface.isdigit() and _headword_entry(tokens)):
        # an entry whose first sense has no "1.": the "2." after it ends it all the same
        # ("the firmament [singular] (literary) the sky 2. a group of people ...")
        at = _position(tokens, clause[-1])
        if (at is not None and at + 2 < len(tokens) and tokens[at + 1].surface in {".", ")"}
                and tokens[at + 2].is_word):
            clause.pop()
    appositive = _appositive_end(tokens, clause)
    if appositive:
        clause = clause[:appositive]
    spliced = _spliced_end(tokens, clause)
    if spliced:
        clause = clause[:spliced]  # "sprains are ligaments, strains are muscles"
    while clause and not clause[-1].is_word and not _closes_quote(clause):
        clause.pop()
    for opener in _LIST_OPENERS:
        if len(clause) > len(opener) and tuple(t.norm for t in clause[-len(opener):]) == opener:
            # "... several movements such as:" and a bulleted list: the list is no part of it
            del clause[-len(opener):]
            while clause and not clause[-1].is_word and not _closes_quote(clause):
                clause.pop()
            break
    if clause and clause[-1].label and clause[-1].is_word:
        # a label at the clause's end, as a forum answer's "lol" is ("... where nan keeps the
        # clock and the wedding photos lol"): no word of the definition
        while clause and clause[-1].label:
            clause.pop()
        while clause and not clause[-1].is_word and not _closes_quote(clause):
            clause.pop()
    examples = _examples_tail(clause)
    if examples:
        clause = clause[:examples]  # "... to stop fighting for a while, e.g. the famous ..."
    note = _negated_note_end(clause)
    if note:
        clause = clause[:note]  # "a fancy glass jug for wine or water, no lid"
    rewording = _hedged_rewording_end(tokens, clause)
    if rewording:
        clause = clause[:rewording]  # "the biggest rodent there is, basically a giant ...",
        # "a noodle soup with herbs, and no it's not pronounced ..."
    at = _position(tokens, clause[-1]) if clause else None
    if (len(clause) > 2 and at is not None and at + 1 < len(tokens)
            and tokens[at + 1].surface == ":" and clause[-1].norm == "to"
            and clause[-2].is_content and not clause[-2].norm.endswith(("ed", "en"))):
        # "... is given to external users to:" and a bulleted list of what for: the "to" of
        # purpose introduced the list, which is no part of the clause; without it the clause
        # ends where its object does. After a verb ("is used to:") the verb needs it
        clause.pop()
    # a hedge after a noun and before a comma ("it's an Excel file basically, a big table
    # where ..."): the speaker's aside on the wording, no word of the definition
    clause = [t for i, t in enumerate(clause)
              if not (t.norm in HEDGES and 0 < i < len(clause) - 1 and clause[i - 1].is_content
                      and clause[i + 1].norm == ",")]
    return tuple(clause)


def _participle_goes_on(words: Sequence[Token], at: int) -> bool:
    """Return whether the ";" at `at` goes on with a past participle, then a preposition, that
    describes the noun the clause defines ("a resin obtained from pine trees; used in
    varnishes ..., and rubbed on the bows of ..."): a dictionary's list of the uses of the
    same thing, no new sentence or sense. "; also ...", "; saturated land" (an adjective
    before a noun: a synonym) still end the clause, and so do a dictionary's notes on how
    the word is used, "used" with "of", "with", "as" or "to" ("; used of fields", "; used
    with a plural verb", "; used to talk about ...": another sense or a grammar note)."""
    if (words[at].surface != ";" or at + 2 >= len(words)
            or words[at + 2].sentence != words[at].sentence):
        return False
    word, link = words[at + 1].norm, words[at + 2].norm
    return (past_participle(word) and link in PREPOSITIONS
            and not (word == "used" and link in {"of", "with"}))


#: Words after a comma that open examples of what the clause before them says: "e.g.",
#: "for example", "for instance" ("i.e." restates it and "such as" lists are fused as lists:
#: see `example_lists`).
_EXAMPLE_OPENERS = (("e.g.",), ("e.g",), ("eg",), ("for", "example"), ("for", "instance"))
#: Examples end a clause only after this many words of its own.
EXAMPLES_AFTER = 4


def _examples_tail(clause: Sequence[Token]) -> int:
    """Return where examples that end `clause` begin (its comma), or 0: a comma, then "e.g."
    or "for example" (`_EXAMPLE_OPENERS`), and no comma after them that would close them as
    an aside ("a solvent, e.g. water, through a membrane"). The examples illustrate the
    definition and are none of it: "when both sides agree to stop fighting for a while, e.g.
    the famous Christmas truce" defines the truce without the Christmas one."""
    norms = [t.norm for t in clause]
    for comma in range(EXAMPLES_AFTER, len(norms) - 1):
        if norms[comma] == "," and any(tuple(norms[comma + 1:comma + 1 + len(opener)]) == opener
                                       for opener in _EXAMPLE_OPENERS):
            return 0 if "," in norms[comma + 1:] else comma
    return 0


#: A telegraphic note after a definition has at most this many content words.
NOTE_WORDS = 3


def _negated_note_end(clause: Sequence[Token]) -> int:
    """Return where a verbless note that ends `clause` begins (its comma), or 0: a last
    comma, then "no" and one to `NOTE_WORDS` content words, or "not", a determiner and one to
    `NOTE_WORDS` content words, with nothing after them (", no lid", ", no handle", ", not a
    jug"). Forum and chatbot answers add such notes in telegraphic style; they are no part of
    the noun phrase the clause defines ("a fancy glass jug for wine or water, no lid"). "no"
    inside a phrase ("with no lid", "of no value") stays, and so does a note with a verb."""
    norms = [t.norm for t in clause]
    if "," not in norms[2:]:
        return 0
    comma = len(norms) - 1 - norms[::-1].index(",")
    words = 2 if comma + 1 < len(norms) and norms[comma + 1] == "not" else 1
    if comma + 1 >= len(norms) or norms[comma + 1] not in ("no", "not") \
            or words == 2 and (comma + 2 >= len(norms) or norms[comma + 2] not in DETERMINERS):
        return 0
    rest = clause[comma + 1 + words:]
    if not 1 <= len(rest) <= NOTE_WORDS or not any(t.is_content for t in clause[:comma]):
        return 0
    if any(not t.surface.isalpha() or t.is_stop or t.norm in _FINITE for t in rest):
        return 0
    return comma


#: Response particles: words that answer the reader or react ("no", "yes", "yeah", "yep",
#: "nope", "oh") or take up the talk ("well", "ok", "okay"). After a comma or "and"/"but",
#: before a clause of its own, one opens the writer's reply to the reader, not more of what
#: the thing is ("a noodle soup with herbs, and no it's not pronounced ..."). "no" and
#: "well" have other uses, as a determiner ("with no lid", "no longer") or an adverb ("and
#: well suited"), and none of them opens a clause: `_hedged_rewording_end` asks for one.
_RESPONSE_PARTICLES = frozenset("no yes yeah yep nope oh well ok okay".split())


def _hedged_rewording_end(tokens: Sequence[Token], clause: Sequence[Token]) -> int:
    """Return where a hedged rewording or a reply to the reader that ends `clause` begins
    (its comma, or its "and"/"but"), or 0.

    A hedged rewording is a comma after a content word, then a hedge (`HEDGES`: "basically",
    "essentially", "simply", "just") and a word that opens a noun phrase (`_NOUN_CUES`: an
    article, a possessive or a demonstrative), as in "the biggest rodent there is, basically a
    giant chill guinea pig ...". The hedge marks the apposition after it as the speaker's
    loose rewording of what came before, not the wording of a definition, and the noun phrase
    before the comma is whole without it. A hedge before the comma ("an Excel file basically,
    a big table") is left out by `defining_clause` alone; one before a preposition ("just
    under the surface") or a number ("just two inches") opens no apposition and stays.

    A reply is a comma or "and"/"but" (or both) after a content word, then a response
    particle (`_RESPONSE_PARTICLES`) and a clause: a subject pronoun, or its contraction,
    right after it or after its comma ("..., and no it's not pronounced ...", "..., but yes,
    they bite"). The writer turns to answer the reader: what follows is talk about the
    definition (its name, its sound, the writer's view), not a property of the thing. A
    particle before anything else ("with no lid", ", no lid", "and well suited") opens no
    clause and stays. The clause may already end after the particle (`_spliced_end` cuts
    "..., but yes, you can ..." at its second comma): the pronoun is then read in `tokens`,
    in the same sentence."""
    norms = [t.norm for t in clause]
    for comma in range(1, len(norms) - 2):
        if (norms[comma] == "," and norms[comma + 1] in HEDGES
                and norms[comma + 2] in _NOUN_CUES
                and any(t.is_content for t in clause[:comma])):
            return comma
    end = _position(tokens, clause[-1]) if clause else None
    if end is not None:  # the words of its sentence after the clause
        norms += [t.norm for t in tokens[end + 1:end + 3] if t.sentence == clause[-1].sentence]
    for at in range(2, len(clause)):
        if norms[at] not in _RESPONSE_PARTICLES or norms[at - 1] not in (",", "and", "but"):
            continue
        subject = at + 1 + (at + 1 < len(norms) and norms[at + 1] == ",")
        if subject >= len(norms) or norms[subject].partition("'")[0] not in _SUBJECT_PRONOUNS:
            continue
        start = at - 1 - (norms[at - 1] != "," and norms[at - 2] == ",")
        if any(t.is_content for t in clause[:start]):
            return start
    return 0


def _balancing(words: Sequence[Token], start: int, stop: int) -> int | None:
    """Return the index in `words` (before `stop`) of the bracket that closes the "(" or "["
    at `start`, counting the brackets opened inside it ("(from so(und) na(vigation and)
    r(anging))": the last one closes the first), or None when none does within one
    sentence."""
    mark = ")" if words[start].surface == "(" else "]"
    depth = 0
    for index in range(start, stop):
        if words[index].sentence != words[start].sentence:
            return None
        if words[index].surface == words[start].surface:
            depth += 1
        elif words[index].surface == mark:
            depth -= 1
            if not depth:
                return index
    return None


#: The words that open a list of examples; a clause that ends with one lost its list (to a
#: line break or a bulleted list: "usually consisting of several movements such as:").
_LIST_OPENERS = (("such", "as"), ("including",), ("e.g.",), ("for", "example"),
                 ("for", "instance"), ("namely",), ("i.e.",))


def _headword_entry(tokens: Sequence[Token]) -> bool:
    """Return whether `tokens` are a dictionary entry: a lead-in that ends with the headword
    or a label, with no copula ("franchise [countable] formal permission ...", "liquidity
    n. ..."), not a sentence ("Liquidity is ...", "Liquidity: ...")."""
    lead = opening_lead_in(tokens)
    return bool(lead) and lead[-1].norm not in COPULA_ENDINGS and lead[-1].norm not in ":=–—-"


#: An appositive that defines the term is at most this many tokens long.
APPOSITIVE_TOKENS = 30


def _appositive_end(tokens: Sequence[Token], clause: Sequence[Token]) -> int:
    """Return where a defining `clause` ends when it is an appositive of the term: after the
    term and a comma, a noun phrase opened by a determiner, and a comma before the sentence's
    finite verb ("Mise en place, the gathering and preparation of ingredients before cooking,
    is the foundation of ...", "Zoning, the principal tool of land-use control, regulates the
    use of land"): the clause is the noun phrase, not the predicate after it. Else 0. One
    opened by "a"/"an", or before a copula that says it defines ("is defined as"), classes
    the term: the lead-in passes over it to the predicate ("Vertigo, a subtype of dizziness,
    is defined as ...": `Analyzer._after_appositive`).

    The finite verb is a form of "be", "have", "do" or a modal, or a word in -s before a
    determiner ("regulates the use"), after an adverb in -ly at most; after a plural term, a
    bare verb (`_bare_verb`: "Capillaries, the smallest vessels ..., connect arterioles")."""
    if len(clause) < 3 or clause[0].norm not in DETERMINERS:
        return 0
    at = _position(tokens, clause[0])
    if not at or tokens[at - 1].surface != "," or not tokens[at - 2].lead_in \
            or tokens[at - 2].norm in COPULA_ENDINGS:
        return 0
    lead = opening_lead_in(tokens)
    if lead and lead[-1] is tokens[at - 1] and lead[0].norm in PREPOSITIONS:
        # "Under mercantilism, the system of thought that ..., a country's wealth was": the
        # term is a fronted preposition's object and the lead-in ends at its comma
        # (`Analyzer._object_appositive_lead_in`): the appositive ends at its own comma
        return next((i for i in range(1, len(clause)) if clause[i].norm == ","), 0)
    plural = looks_plural(tokens[at - 2].norm) is True  # the subject: the term, in the plural
    for index in range(1, min(len(clause) - 1, APPOSITIVE_TOKENS)):
        if clause[index].norm != ",":
            continue
        verb = index + 1 + (clause[index + 1].norm.endswith("ly") and index + 2 < len(clause))
        word = clause[verb].norm
        after = clause[verb + 1].norm if verb + 1 < len(clause) else ""
        if word in _FINITE or (looks_plural(word) and after in DETERMINERS):
            return index
        if plural and _bare_verb(clause, verb):
            return index  # "Capillaries, the smallest vessels ..., connect arterioles to ..."
    return 0


def _bare_verb(clause: Sequence[Token], at: int) -> bool:
    """Return whether the word at `at` in `clause`, after an appositive of a plural subject,
    reads as its verb in the plural: a content word with no ending of a plural noun, an
    adverb or a participle ("-s", "-ly", "-ed", "-ing"), then a word that is no conjunction
    ("connect arterioles", "lie between"). After a plural noun phrase and a comma, a bare
    word that takes an object is the sentence's verb ("Capillaries, the smallest vessels
    of the circulatory system, connect arterioles to venules"); a list goes on with nouns
    ("..., arteries and veins") or "and"."""
    if at + 1 >= len(clause):
        return False
    word, after = clause[at], clause[at + 1]
    return (word.is_content and word.surface.isalpha() and word.surface.islower()
            and looks_plural(word.norm) is False and not word.norm.endswith(("ly", "ed", "ing"))
            and after.surface.isalpha() and after.norm not in {"and", "or", "nor", "but"})


#: A subject after a comma that starts a new sentence is at most this many content words.
SPLICED_SUBJECT_WORDS = 3


def _spliced_end(tokens: Sequence[Token], clause: Sequence[Token]) -> int:
    """Return where a defining `clause` ends at a comma that joins a new sentence to it: a
    subject (a pronoun, or at most `SPLICED_SUBJECT_WORDS` content words after a determiner
    at most) and a finite verb right after the comma ("sprains are ligaments, strains are
    muscles"); else 0. The new sentence says something else of something else.

    Only a clause that completes the term's lead-in ("X is", "X:") is cut, and only where no
    quotation and no clause opened before the comma: after a fronted phrase ("In law, a
    contract is ...", "If you are charged, the court can ...") and inside a relative or
    adverbial clause ("in which temporary, flexible jobs are ...", "the risk that, if banks
    ..., they will ...") the subject and verb after the comma are that sentence's or clause's
    own. A verb right after a comma ("Zoning, the principal tool ..., regulates") or after
    "and" ("..., and you can sue them") is not cut."""
    lead = [t for t in opening_lead_in(tokens) if t.surface not in QUOTE_MARKS]
    if not lead or (lead[-1].norm not in COPULA_ENDINGS and lead[-1].surface not in ":=–—-"):
        return 0
    for index in range(1, len(clause) - 2):
        if clause[index].norm in CLAUSE_OPENERS:
            if (clause[index].norm in _RELATIVE_SUBJECTS and index + 1 < len(clause)
                    and (clause[index + 1].norm in _FINITE or _bare_verb(clause, index + 1))):
                continue  # "the ones that hang down from the roof, stalagmites grow up ..."
            return 0
        dashed = (clause[index].norm == "and" and _after_dash_aside(tokens, clause[index])
                  and not _open_quote(clause[:index]))
        if not dashed and (clause[index].norm != "," or _open_quote(clause[:index])):
            continue
        at = index + (not dashed)
        plural = False
        # "a cavity cut into one timber, and the tenon, a tongue formed on ..., is fitted
        # into it": "and", a noun phrase with its determiner and an appositive at most, then
        # its verb: a second sentence about another thing
        conjoined = (clause[at].norm == "and" and at + 1 < len(clause)
                     and clause[at + 1].norm in DETERMINERS)
        at += conjoined
        if clause[at].norm in _SUBJECT_PRONOUNS and not conjoined:
            at += 1
        else:
            at += clause[at].norm in DETERMINERS
            subject = at
            while (at < len(clause) and at - subject < SPLICED_SUBJECT_WORDS
                   and clause[at].is_content and clause[at].surface.isalpha()
                   and clause[at].norm not in _MID_ADVERBS
                   and not (dashed and at > subject and not plural
                            and _singular_verb(clause[at]))):
                plural = looks_plural(clause[at].norm) is True
                at += 1
                if plural and _bare_verb(clause, at):
                    break  # "stalagmites grow up from the floor": a plural noun, its verb
            if at == subject:
                continue
            if conjoined and at < len(clause) and clause[at].norm == ",":
                close = next((i for i in range(at + 2, min(len(clause), at + APPOSITIVE_TOKENS))
                              if not clause[i].is_word), None)
                if close is not None and clause[close].norm == ",":
                    at = close + 1
        if at < len(clause) and (clause[at].norm in _FINITE or plural and _bare_verb(clause, at)):
            return index
        if (dashed and conjoined and not plural and at + 1 < len(clause)
                and _singular_verb(clause[at]) and clause[at + 1].is_word):
            return index  # "— the soul of chess, ... — and each side starts with eight"
    return 0


def _after_dash_aside(tokens: Sequence[Token], token: Token) -> bool:
    """Return whether `token` comes right after an aside between dashes that the defining
    clause passed over ("the foot soldiers of the chessboard — the soul of chess, as
    Philidor called them — and each side starts ...")."""
    at = _position(tokens, token)
    return at is not None and at > 0 and tokens[at - 1].surface in {"—", "–"}


def _singular_verb(token: Token) -> bool:
    """Return whether `token` reads as a verb in the third person singular: a word in lower
    case in "-s" (not "-ss", "-us", "-is"), no function word ("starts", "moves")."""
    return (token.surface.isalpha() and token.surface.islower() and not token.is_stop
            and token.norm.endswith("s") and not token.norm.endswith(("ss", "us", "is")))


#: Relative pronouns that may be the subject of their clause: right before its verb ("the ones
#: that hang down from the roof"), the relative clause has its subject and verb, and a subject
#: and verb after a later comma are a new sentence's.
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})


def _open_quote(clause: Sequence[Token]) -> bool:
    """Return whether a quotation opened in `clause` is still open at its end."""
    marks = [t.surface for t in clause if not t.is_word]
    return (marks.count('"') % 2 == 1 or marks.count("'") % 2 == 1
            or marks.count("“") > marks.count("”") or marks.count("‘") > marks.count("’"))


#: Closing quotation marks and the marks that open them.
_QUOTES = {"'": "'", '"': '"', "’": "‘", "”": "“"}


def _closes_quote(clause: Sequence[Token]) -> bool:
    """Return whether the last token of `clause` closes a quotation opened in it ("the start
    of 'fan' and 'van'"): it stays, or the result would leave the quotation open."""
    mark = clause[-1].surface
    opening = _QUOTES.get(mark)
    if opening is None:
        return False
    marks = [t.surface for t in clause[:-1] if not t.is_word]
    if opening == mark:
        return marks.count(mark) % 2 == 1
    return marks.count(opening) > marks.count(mark)


#: Opening quotation marks and the marks that close them.
_OPENING_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”"}


def quoted_wording(tokens: Sequence[Token], clause: Sequence[Token]) -> frozenset[int]:
    """Return the positions in `clause` of the marks of a quotation that holds its head noun
    phrase, two or more words after its article ('a "short, recurring musical phrase"
    associated with ...', 'is "a mode of thinking ..."'), or an empty set. Such a source
    quotes another's definition; a fusion says it in its own words, so a run copied from it
    leaves the marks out. A quotation later in the clause names or mentions something ("the
    start of 'fan' and 'van'", "it is an 'arranged overdraft'") and keeps them."""
    if len(clause) < 4 or clause[0].norm not in _ARTICLES_ONLY:
        return frozenset()
    at = _position(tokens, clause[0])
    before = tokens[at - 1].surface if at else ""
    if before in _OPENING_QUOTES:
        opening, start, closing = None, 1, _OPENING_QUOTES[before]  # '"a mode of ..."'
    elif clause[1].surface in _OPENING_QUOTES and clause[1].start > clause[0].end:
        opening, start, closing = 1, 2, _OPENING_QUOTES[clause[1].surface]
    else:
        return frozenset()
    close = next((i for i in range(start, len(clause)) if clause[i].surface == closing), None)
    if close is None or sum(t.is_word for t in clause[start:close]) < 2 \
            or clause[close - 1].end != clause[close].start:
        return frozenset()
    return frozenset({close} if opening is None else {opening, close})


#: Numbers and quantifiers that count the senses a word has ("one of two things:").
_COUNTING = frozenset("two three four five several many few different various multiple".split())


#: Prepositions of comparison that may front a sentence before its subject ("Unlike X, ...").
_FRONTED_COMPARISONS = frozenset({"like", "unlike"})


def opens_definition(tokens: Sequence[Token], clause: Sequence[Token]) -> bool:
    """Return whether a defining `clause` (cut from `tokens`) may open a definition.

    It must start like a noun phrase (see `starts_noun_phrase`) or, for a verb, with "to"
    and a content word ("to delay needlessly"), not as a comparison ("the bigger you get
    the cheaper ...") or a sentence ("The objective of each player is to place ..."), and
    not straight after the term when no "is" or "means" came between: in "Encryption uses
    algorithms to ..." the clause is a predicate ("uses algorithms"), not a noun phrase.
    """
    if len(clause) > 1 and clause[0].norm == "to" and clause[1].is_content:
        return True  # "to put off doing something ...": a verb's definition
    if [t.norm for t in clause[:3]] in (["of", ",", "relating"], ["of", ",", "pertaining"]):
        return True  # "Of, relating to, or being a product ...": an adjective's definition
    if not clause or not starts_noun_phrase(clause[0]):
        return False
    norms = [t.norm for t in clause[:3]]
    if (len(norms) == 3 and norms[0] == "the" and (norms[1] in _DEGREE_WORDS
                                                   or norms[1].endswith("er"))
            and (norms[2] in _SUBJECT_PRONOUNS or norms[2] in DETERMINERS)):
        return False  # "the bigger you get, the cheaper ...": a comparison, not a noun phrase
    if clause[0].norm in _SECOND_PERSON:
        return False  # "Your margin for the unknowns": the reader's, not the term's
    if clause[0].norm in IMPERATIVES:
        return False  # "Think of the Imperial March in Star Wars": an example, not a definition
    if linked_subject(clause):
        return False  # "Refactoring means restructuring ...": a sentence on another word
    if _pronoun_one(clause):
        return False  # "one for which no patch is available": its noun is in another source
    if _refers_back(clause):
        return False  # "a framework of this kind used as ...": its kind is in another sense
    if (len(clause) > 1 and clause[-1].norm in {"thing", "things"}
            and (clause[-2].norm in _COUNTING or clause[-2].norm.isdigit())):
        at = _position(tokens, clause[-1])
        if at is not None and at + 1 < len(tokens) and tokens[at + 1].surface == ":":
            return False  # "means one of two things:" announces its senses, defines nothing
    # a fronted comparison ("Unlike bulk campaigns, which cast a wide net, spear phishing
    # attacks are ...") comes before the sentence's subject: a relative clause in it closes at
    # its comma, and the verb after that is the sentence's
    fronted = clause[0].norm in _FRONTED_COMPARISONS
    skip_to = -1
    for index, token in enumerate(clause):
        if index <= skip_to:
            continue
        if token.norm in CLAUSE_OPENERS:
            if not fronted:
                break
            skip_to = next((i for i in range(index + 1, len(clause)) if clause[i].norm == ","),
                           len(clause))
            continue
        # after "to" the verb is an infinitive, not finite: "under a penalty for failure to do so"
        before = clause[index - 1].norm if index else ""
        if token.norm in _FINITE_BE and before not in _SUBJECT_PRONOUNS and before != "to":
            return False  # "The objective of each player is to ...": a sentence, not a noun phrase
        if index and clause[index - 1].is_content and _particle_verb(clause, index):
            return False  # "the gel inside one of your spinal discs squishes out through ..."
    lead = opening_lead_in(tokens)
    if clause[0].norm in DETERMINERS and _subject_and_verb(clause):
        return False  # "means one side always points at ...": a sentence, not a noun phrase
    if _passive_after_copula(tokens, clause):
        return False  # "Stagflation is characterized by slow growth ...": a predicate
    if lead and len(lead) < len(tokens) and gloss(tokens, [t.norm for t in tokens], len(lead)):
        return False  # "Caveat emptor means 'buyer beware'.": a translation, not a definition
    if not lead or clause[0].norm in DETERMINERS:
        return True
    # quotation and emphasis marks are no break ("A circuit breaker 'trips' – flips ..."), nor
    # is an alias between commas in the lead-in ("Sommeliers, also known as wine stewards,
    # work in ..."): the word before the clause is still the term's
    last = len(lead) - 1
    while last > 0 and lead[last].surface in QUOTE_MARKS:
        last -= 1
    if lead[last].surface == "," and last > 2:
        opening = next((i for i in range(last - 1, 0, -1) if lead[i].surface == ","), None)
        if opening is not None and lead[opening + 1].norm in ALIAS_MARKERS:
            last = opening - 1
            while last > 0 and lead[last].surface in QUOTE_MARKS:
                last -= 1
    if lead[last].surface == "," and last > 2:
        # nor is a relative aside between commas ("Lintels, which may be of steel, precast
        # concrete or timber, carry ..."): the predicate after it is still the term's
        opening = next((i for i in range(1, last) if lead[i].surface == ","
                        and lead[i + 1].norm in {"which", "who"}), None)
        if opening is not None:
            last = opening - 1
    term = lead[last]
    end = _alias_bracket_end(tokens, term, clause[0])
    follows_term = term.is_word and term.end <= clause[0].start and not any(
        t.start >= end and t.end <= clause[0].start and not t.lead_in
        and t.surface not in QUOTE_MARKS for t in tokens if not t.is_word)
    return not (follows_term and term.norm not in COPULA_ENDINGS)


def _particle_verb(clause: Sequence[Token], index: int) -> bool:
    """Return whether the word at `index` of `clause` is a finite verb in -s with its particle
    ("squishes out through a tear", "breaks down the food", "gives off light"): a word in -s
    before "up", "down", "out", "off", "back" or "away" that no "of" or "to" follows. After a
    noun phrase it makes the clause a sentence about that noun phrase, not a definition. A
    plural noun before such a word opens a compound preposition ("the flow of refugees out of
    a country", "prices up to a limit")."""
    if looks_plural(clause[index].norm) is not True or index + 1 >= len(clause):
        return False
    if clause[index + 1].norm not in _PARTICLES:
        return False
    after = clause[index + 2].norm if index + 2 < len(clause) else ""
    return after not in {"of", "to"}


def _pronoun_one(clause: Sequence[Token]) -> bool:
    """Return whether `clause` opens with the pronoun "one" or "ones" and a relative clause
    ("one for which no patch is available", "one that ...", "ones who ..."): it stands for a
    noun said before it ("A zero-day vulnerability is one for which ..."), which a result
    that opens with it lacks. Only its opening is refused: a path may enter it at a later
    word. So does "the one" or "the ones" before a relative clause, a preposition or a word
    and "to" ("the one next to the speedo that shows revs", "the one with the needle"): it
    points at a thing the reader has in view, and names no genus."""
    the = bool(clause) and clause[0].norm == "the"
    norms = [t.norm for t in clause[the:the + 3]]
    if len(norms) < 2 or norms[0] not in {"one", "ones"}:
        return False
    if the and (norms[1] in PREPOSITIONS or norms[2:] == ["to"]):
        return True
    return norms[1] in _RELATIVES or (len(norms) == 3 and clause[the + 1].is_stop
                                      and norms[2] in _PREPOSITION_RELATIVES)


#: Nouns that, after "of this" or "of that", name a kind said before ("of this kind").
_SORT_NOUNS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})


def _refers_back(clause: Sequence[Token]) -> bool:
    """Return whether the noun phrase that opens `clause` points back at something said before
    it: "such a" ("such a device used ..."), "this" or "these" ("this framework", "these
    plants") or "of this kind", "of that type", "of such sort" after its noun ("a framework of
    this kind used as a support ...", a dictionary's sense 2 after sense 1). What it points at
    is in another sense or sentence, which a result that opens with it lacks; it is not
    self-contained, like "one for which". Only its opening is refused."""
    norms = [t.norm for t in clause[:8]]
    if not norms:
        return False
    if norms[0] in {"this", "these"}:
        return True
    if norms[0] == "such" and len(norms) > 1 and norms[1] in {"a", "an"}:
        return True
    for index in range(1, len(norms) - 2):
        if norms[index] in CLAUSE_OPENERS or norms[index] in _RELATIVES or norms[index] == ",":
            return False  # past the noun phrase: "a frame that holds plants of this kind" is whole
        if (norms[index] == "of" and norms[index + 1] in {"this", "that", "such", "these", "those"}
                and norms[index + 2] in _SORT_NOUNS):
            return True
    return False


def _passive_after_copula(tokens: Sequence[Token], clause: Sequence[Token]) -> bool:
    """Return whether `clause` opens right after a lead-in that ends with "is", "are", "was"
    or "were" with a past participle and a function word after it ("Stagflation is
    characterized by slow growth ...", "is caused by", "is found in", "is considered a"): the
    copula is an auxiliary of a passive, so the clause is a predicate, not a noun phrase. A
    participle before a noun modifies it ("is enforced isolation", "elevated and sustained
    pressure"); "is defined as" and "is described as" are lead-ins of their own."""
    after = next((t for t in clause[1:] if t.surface not in QUOTE_MARKS), None)
    if after is None or not after.is_word or not after.is_stop or after.norm in COORDINATORS:
        return False  # "'characterized' by": the word after the quotation marks
    word = clause[0].norm
    if not past_participle(word) or word in EN_PARTICIPLES and after.norm == "as":
        return False  # "is known as" names what follows, as "is defined as" does
    at = _position(tokens, clause[0])
    if not at:
        return False
    before = at - 1
    while before > 0 and tokens[before].surface in QUOTE_MARKS:
        before -= 1
    return tokens[before].lead_in and tokens[before].norm in BE_COPULAS


def _alias_bracket_end(tokens: Sequence[Token], term: Token, first: Token) -> int:
    """Return where the word after the `term` starts to follow it: past a bracket right after
    the term that holds another name for it, two or more words opening with a content word
    ("Escalator clauses (economic price adjustment clauses) permit ..."), else at the term's
    end. A scope note opens with a preposition ("(of a material) able to ...") and a field
    label is one word ("(music) a short tune"): the word after them is the definition's."""
    at = _position(tokens, term)
    if at is None or at + 1 >= len(tokens) or tokens[at + 1].surface != "(":
        return term.end
    closing = next((i for i in range(at + 2, min(len(tokens), at + 2 + ASIDE_TOKENS))
                    if tokens[i].surface in "()"), None)
    if closing is None or tokens[closing].surface != ")" or tokens[closing].end > first.start:
        return term.end
    inside = tokens[at + 2:closing]
    if len(inside) < 2 or not all(t.is_word for t in inside) or inside[0].is_stop:
        return term.end
    return tokens[closing].end


#: Marks after which a noun phrase restates the defining clause ("just a recipe: a list of
#: steps ...", "the act or process of corroding; the gradual destruction of metals ..."); a
#: dash only when it is the sentence's one dash (two make an aside).
_RESTATING_MARKS = frozenset(":;—–-")


def restatement_clause(tokens: Sequence[Token], clause: Sequence[Token],
                       analyzer: Analyzer | None = None) -> tuple[Token, ...]:
    """Return the noun phrase after a colon, a semicolon or a lone dash that ends the defining
    `clause` in its sentence, read like a defining clause (`defining_clause`), or () when
    there is none.

    "An algorithm is just a recipe: a list of steps a computer follows ...", "the way of
    life of a group of people: the beliefs, values, language and customs they share" and a
    dictionary's "the act or process of corroding; the gradual destruction of metals by ..."
    say the definition twice; the second wording is often the fuller one. Only a phrase that
    opens with an article restates: examples ("corn one year, soybeans the next", "viruses,
    trojans, ..."), asides ("in thermodynamics, ...", "think the Nile") and comparisons ("the more
    ways ..., the higher ...") do not. Nor does one that names the term (`analyzer`'s, in any
    inflection): a definition does not use the word it defines, an example of its use does
    (a learner's dictionary's "a picture painted on a wall ...: the famous frescoes of the
    Sistine Chapel", "a river or stream that flows into a larger river: the Missouri, a
    tributary of the Mississippi")."""
    if not clause:
        return ()
    at = _position(tokens, clause[-1])
    if at is None:
        return ()
    at += 1
    while at < len(tokens) and not tokens[at].is_word and tokens[at].surface not in CLAUSE_END:
        at += 1  # a closing quotation mark
    if at + 1 >= len(tokens) or tokens[at].surface not in _RESTATING_MARKS \
            or tokens[at].sentence != clause[-1].sentence:
        return ()
    sentence = [t for t in tokens if t.sentence == tokens[at].sentence]
    if tokens[at].surface in "—–-" and sum(t.surface in "—–-" for t in sentence) > 1:
        return ()
    restated = defining_clause(tokens[at + 1:])
    if len(restated) >= 2 and restated[0].norm not in _ARTICLES_ONLY \
            and tokens[at].surface == ":" and _announces(tokens, clause):
        # "a general term for a group of conditions with one thing in common: inflammation
        # of the lining of the stomach": a colon after what the clause announces is followed
        # by it, a noun phrase with no article at all
        if (restated[0].is_content and opens_definition(tokens, restated)
                and not any(t.norm in _FINITE for t in restated)
                and not (analyzer is not None and analyzer.names_term(restated))):
            return restated
        return ()
    if len(restated) < 2 or restated[0].norm not in _ARTICLES_ONLY \
            or restated[1].norm in _DEGREE_WORDS or _subject_and_verb(restated):
        return ()
    if analyzer is not None and analyzer.names_term(restated):
        return ()
    return restated


def _announces(tokens: Sequence[Token], clause: Sequence[Token]) -> bool:
    """Return whether a defining `clause` announces what a colon after it gives: it ends
    with "in common" ("a group of conditions with one thing in common:"), or the lead-in
    names the term a word for what the clause says ("X is a general term for a group of
    conditions ...:"), a class whose one trait the colon gives."""
    words = [t.norm for t in clause if t.is_word]
    if words[-2:] == ["in", "common"]:
        return True
    lead = [t.norm for t in opening_lead_in(tokens) if t.is_word]
    return len(lead) >= 2 and lead[-1] == "for" and lead[-2] in NAMES_FOR


#: Adverbs that may stand between a subject and its verb ("the buyer just turns the key").
_MID_ADVERBS = frozenset("just simply only also then often usually always never".split())


def _subject_and_verb(clause: Sequence[Token]) -> bool:
    """Return whether `clause`, which opens with an article, is a sentence: its noun phrase
    (the article and content words) is followed, after an adverb at most, by a finite verb
    ("is", "has", a modal) or by a word in -s before a determiner ("the buyer just "turns the
    key" and starts operating"). A noun phrase restates; a sentence does not."""
    at = 1
    while at < len(clause) and clause[at].is_content and at <= 4 \
            and clause[at].norm not in _MID_ADVERBS:
        at += 1
    if at == 1:
        return False
    noun = at
    while at < len(clause) and (clause[at].norm in _MID_ADVERBS or clause[at].norm.endswith("ly")
                                or clause[at].surface in QUOTE_MARKS):
        at += 1
    if at >= len(clause):
        return False
    if clause[at].norm in _FINITE:
        return True
    if at > noun and clause[noun].norm in _MID_ADVERBS and looks_plural(clause[at].norm):
        return True  # "one side always points at ...": after such an adverb a word in -s is a verb
    after = at + 1
    while after < len(clause) and clause[after].surface in QUOTE_MARKS:
        after += 1
    return (looks_plural(clause[at].norm) is True and after < len(clause)
            and clause[after].norm in DETERMINERS)


#: The letters of lettered senses ("a) ... b) ..."), in order: "b" is the second sense.
_SENSE_LETTERS = "abcdefghi"
#: At most this many numbered senses after the first are read from one source.
MORE_SENSES = 3
#: Marks after which a numbered sense may start ("... elements. 2. a woodcut").
SENSE_BREAKS = frozenset(".;")


def source_clause(tokens: Sequence[Token], analyzer: Analyzer) -> tuple[Token, ...]:
    """Return the defining clause of a source's `tokens`, or none when its first sentence
    is a passive about the term and no later sentence defines it (`Analyzer.passive_opening`:
    "Tenure is granted to faculty members who ... during a probationary period" says what is
    done with the term, and lends its adjuncts to the other sources' wordings).

    A clause that only spells out the term's full form ("prenup, n. (informal) A prenuptial
    agreement: a contract made by a couple before they marry ...", see `_full_form`) says
    what the term stands for, not what that is: the noun phrase that restates it after the
    colon (`restatement_clause`) is the definition. So does a clause that only names a
    synonym after "=", a dictionary's cross-reference ("bellhop, n. (N. Amer.) = bellboy: a
    person employed in a hotel to carry guests' luggage ...", see `_equated_synonym`)."""
    if analyzer.passive_opening(tokens):
        return ()
    clause = defining_clause(tokens)
    if _full_form(clause, analyzer) or _equated_synonym(tokens, clause):
        return restatement_clause(tokens, clause, analyzer) or clause
    return clause


#: A full form of the term has at most this many words besides its article.
FULL_FORM_WORDS = 4


def _equated_synonym(tokens: Sequence[Token], clause: Sequence[Token]) -> bool:
    """Return whether `clause` is a short noun phrase right after an "=" in `tokens`: at most
    `FULL_FORM_WORDS` words, all of them words, after an article at most. A dictionary writes
    "= bellboy" to send the reader to the synonym it defines in full; a definition it gives
    after a colon ("= bellboy: a person employed in a hotel ...") is the definition."""
    words = [t for t in clause if t.is_word]
    if words and words[0].norm in _ARTICLES_ONLY:
        words = words[1:]
    if not words or len(words) > FULL_FORM_WORDS or not all(t.is_word for t in clause):
        return False
    at = _position(tokens, clause[0])
    return bool(at) and tokens[at - 1].surface == "="


def _full_form(clause: Sequence[Token], analyzer: Analyzer) -> bool:
    """Return whether `clause` is a short noun phrase that spells out the term's full form:
    at most `FULL_FORM_WORDS` content words after an article at most, and either each of the
    term's words begins a longer word of the phrase with another stem, in order (a clipping:
    "prenup" in "a prenuptial agreement", "exam" in "an examination"; "counterfeiting" is the
    term with a suffix, a derived word) or the phrase's initials spell a term of one word
    (an acronym: "VPN" for "a virtual private network")."""
    words = [t for t in clause if t.is_word]
    if words and words[0].norm in _ARTICLES_ONLY:
        words = words[1:]
    if not words or len(words) > FULL_FORM_WORDS or not all(t.is_word for t in clause):
        return False
    if not all(t.is_content and t.norm.isalpha() and t.norm not in _FINITE for t in words):
        return False
    norms = [t.norm for t in words]
    term = [w.lower() for w in analyzer.term_tokens]
    if len(term) == 1 and len(term[0]) >= 2 and "".join(n[0] for n in norms) == term[0] \
            and len(norms) >= 2:
        return True
    if any(len(word) < 3 for word in term):
        return False
    at = 0
    for word in term:
        while at < len(norms) and not (norms[at].startswith(word) and len(norms[at]) > len(word)
                                       and stem(norms[at]) != stem(word)):
            at += 1
        if at == len(norms):
            return False
        at += 1
    return True


def further_clauses(tokens: Sequence[Token], clause: Sequence[Token],
                    analyzer: Analyzer | None = None) -> list[tuple[Token, ...]]:
    """Return the other wordings of a definition besides its defining `clause`: the noun
    phrase that restates it after a colon (`restatement_clause`) and the clauses of its
    numbered senses after the first ("1. ... 2. (in sport) a disadvantage imposed on ..."),
    at most `MORE_SENSES` of them, each read like a defining clause and opening with an
    article. With the term's `analyzer`, a phrase after a colon that names the term is an
    example, not a wording (`restatement_clause`)."""
    found = [restatement_clause(tokens, clause, analyzer)]
    last = 0  # the number of the last sense; the next one may run on after a word ("1." first)
    inline = _headword_entry(tokens)  # numbers without a mark: "... for cash 2 the state ..."
    lead = [t.norm for t in opening_lead_in(tokens)]
    numbered = lead[:len(lead) - labels_after(lead)][-1:] == ["1"]  # "[uncountable] 1 a ..."
    for index in range(len(tokens) - 2):
        number, mark = tokens[index], tokens[index + 1]
        if (inline and len(found) <= MORE_SENSES and not number.lead_in and index
                and sense_number(tokens, index, max(last, 1) + 1, numbered)):
            last = max(last, 1) + 1
            sense = defining_clause(tokens[index + 1:], last, numbered)
            if sense and sense[0].norm in _ARTICLES_ONLY and opens_definition(tokens, sense):
                found.append(sense)
            continue
        if (len(found) <= MORE_SENSES and index and not number.lead_in
                and tokens[index - 1].surface in SENSE_BREAKS
                and not (index >= 2 and tokens[index - 2].norm.isdigit())):
            # a part of speech after a sense opens that part of speech's senses ("mordant, adj.
            # & n. adj. (of humour) sharply sarcastic; biting. n. 1. a substance ...", "adj.
            # Relating to a trust; n. a person to whom ..."): its first sense is a wording too
            # (after a sense number, "2. n. a piece of ...", the numbered sense reads it)
            labels = labels_length([t.norm for t in tokens[index:index + 8]], 0)
            if labels:
                start = index + labels
                first = [t.surface for t in tokens[start:start + 2]] in (["1", "."], ["1", ")"])
                sense = defining_clause(tokens[start + 2 * first:], int(first))
                if sense and sense[0].norm in _ARTICLES_ONLY and opens_definition(tokens, sense):
                    found.append(sense)
        # a sense's number, "2." or "2)", or its letter, "b)" ("a) an open-roofed entrance
        # hall ... house. b) either of the two upper cavities ...")
        lettered = number.norm in _SENSE_LETTERS and mark.surface == ")"
        if (len(found) <= MORE_SENSES and number.is_word and len(number.norm) == 1
                and (number.norm in "123456789" and mark.surface in {".", ")"} or lettered)
                and (index == 0 or tokens[index - 1].surface in SENSE_BREAKS
                     or number.norm in (str(last + 1), _SENSE_LETTERS[last:last + 1]))):
            last = _SENSE_LETTERS.index(number.norm) + 1 if lettered else int(number.norm)
            if last == 1:
                if _announced(tokens, index):
                    break  # "**Examples:**\n1. The snare drum rhythm ... 2. The riff in ..."
                continue
            labels = labels_length([t.norm for t in tokens[index + 2:index + 8]], 0)
            sense = defining_clause(tokens[index + 2 + labels:], last)  # "2. n. a woodcut"
            # a sense is a noun phrase with an article ("2. a woodcut ..."); numbered steps
            # ("2. Add a few drops of indicator") and points ("We are most prone ...") are not
            if sense and sense[0].norm in _ARTICLES_ONLY and opens_definition(tokens, sense):
                found.append(sense)
    return [c for c in found if c]


#: Wordings that open an adjective's sense in a dictionary ("Relating to or involving a
#: trust", "Of or relating to the stomach", "Having a sharp taste"), and the part-of-speech
#: labels of an adjective and of a noun.
_ADJECTIVE_SENSE_OPENERS = (("relating", "to"), ("pertaining", "to"), ("of", "relating", "to"),
                            ("of", "or", "relating", "to"), ("of", "pertaining", "to"),
                            ("of", "or", "pertaining", "to"), ("having",))
_ADJECTIVE_LABELS = frozenset({"adj", "adjective"})
_NOUN_LABELS = frozenset({"n", "noun"})


def adjective_sense(tokens: Sequence[Token], clause: Sequence[Token]) -> bool:
    """Return whether the defining `clause` of `tokens` is an adjective's sense: an "adj."
    label ends the lead-in ("adj. Relating to a trust", "mordant, adj. & n. adj. (of humour)
    sharply sarcastic") or it opens as a dictionary words an adjective's sense ("Relating
    to", "Of or relating to", "Pertaining to", "Having")."""
    lead = [t.norm for t in opening_lead_in(tokens)]
    if len(lead) >= 2 and lead[-2].isdigit() and lead[-1] in (".", ")"):
        lead = lead[:-2]  # "solvent, adj. 1. able to pay ...": the sense number after the label
    if any(n in _ADJECTIVE_LABELS for n in lead[len(lead) - labels_after(lead):]):
        return True
    words = tuple(t.norm for t in clause if t.is_word)
    return any(words[:len(opener)] == opener for opener in _ADJECTIVE_SENSE_OPENERS)


def noun_sense(tokens: Sequence[Token], clause: Sequence[Token]) -> tuple[Token, ...]:
    """Return the first sense under a noun label ("n.", "noun") after the defining `clause`
    and a sense break ("adj. Relating to a trust; n. a person to whom ...", "... biting. n.
    1. a substance ..."), read like a defining clause and opening with an article, or ()."""
    if not clause:
        return ()
    end = _position(tokens, clause[-1])
    if end is None:
        return ()
    for index in range(end + 2, len(tokens) - 1):
        if tokens[index - 1].surface not in SENSE_BREAKS or tokens[index - 2].norm.isdigit():
            continue
        labels = labels_length([t.norm for t in tokens[index:index + 8]], 0)
        if not labels or not any(t.norm in _NOUN_LABELS for t in tokens[index:index + labels]):
            continue
        start = index + labels
        # a sense number after the label, the first or, after a numbered sense of another
        # part of speech, a later one ("n. 1. a substance ...", "adj. 1. able to ... n. 2. a
        # substance ...")
        number = (start + 1 < len(tokens) and tokens[start].norm.isdigit()
                  and len(tokens[start].norm) == 1 and tokens[start + 1].surface in (".", ")"))
        sense = defining_clause(tokens[start + 2 * number:],
                                int(tokens[start].norm) if number else 0)
        if sense and sense[0].norm in _ARTICLES_ONLY and opens_definition(tokens, sense):
            return sense
        return ()
    return ()


def main_senses(token_lists: Sequence[Sequence[Token]],
                clauses: Sequence[Sequence[Token]]) -> list[tuple[Token, ...] | None]:
    """Return, for each source's tokens, the noun sense that is its defining clause instead of
    the one it gives first, or None. A dictionary entry with senses for several parts of
    speech may give an adjective's first ("fiduciary adj. Relating to or involving a trust
    ...; n. a person to whom property ... is entrusted"); when more other sources define the
    term as a noun (their defining clause opens with an article: "A fiduciary is a person
    who ...") than by an adjective's sense, the entry's noun sense is its definition, and the
    adjective's sense, of another word class, is no wording to fuse with theirs. `clauses`
    are the sources' defining clauses (`defining_clause`)."""
    nominal = [bool(c) and c[0].norm in _ARTICLES_ONLY for c in clauses]
    adjectival = [adjective_sense(t, c) for t, c in zip(token_lists, clauses)]
    found: list[tuple[Token, ...] | None] = []
    for at, (tokens, clause) in enumerate(zip(token_lists, clauses)):
        sense = ()
        if adjectival[at] and (sum(nominal) - nominal[at]
                               > sum(adjectival) - adjectival[at]):
            sense = noun_sense(tokens, clause)
        found.append(sense or None)
    return found


def _announced(tokens: Sequence[Token], index: int) -> bool:
    """Return whether the number "1." at `index` opens a list that a colon outside the
    lead-in announces ("**Examples:** 1. The snare drum rhythm in Boléro 2. The riff in
    ...", "The steps are: 1. Use a pipette ..."): its items are examples, steps or parts, not
    the term's senses, which follow the headword ("ostinato: 1. a ... 2. a ...")."""
    before = index - 1
    while before >= 0 and tokens[before].surface in QUOTE_MARKS:
        before -= 1  # "**Examples:**"
    return before >= 0 and tokens[before].surface == ":" and not tokens[before].lead_in


def _make_body(index: int, definition: Definition, analyzer: Analyzer,
               clause: Sequence[Token] | None = None) -> _Body:
    """Return the body of `definition`'s defining clause, or of another of its wordings
    (`clause`, from `further_clauses`)."""
    all_tokens = analyzer.tokens(definition.text)
    tokens = tuple(clause) if clause is not None else source_clause(all_tokens, analyzer)
    tokens = _without_emphasis(definition.text, tokens)
    norms = tuple(t.norm for t in tokens)
    content = tuple(t.is_content for t in tokens)
    open_list = open_lists(norms, content)
    body = _Body(index, definition.id, _sentence_case(definition.text, tokens), tokens,
                 norms, content, clause_regions(norms, content), open_list, [],
                 aside=[a or q or c for a, q, c in zip(asides(norms, content), quoted(norms),
                                                        contrasted(norms))])
    last = len(tokens) - 1
    if last > 0 and not tokens[last].is_word:
        last -= 1  # a closing quotation mark (see `_closes_quote`) comes after the last word
    for position in _enumerated(body.text, tokens, last):
        body.aside[position] = True
    for position in _aside_after_lead_in(all_tokens, tokens, norms):
        body.aside[position] = True
    body.complement_gap = complement_gaps(norms, content)
    body.example = example_lists(norms)
    body.can_end = [
        content[i] and (i == last or norms[i + 1] == ",")
        and leaving_ok(body, i, ending=i == last)
        and not opens_list(norms, content, i) and not _adjectives_go_on(norms, content, i)
        for i in range(len(tokens))
    ]
    body.referred = frozenset(found for i in range(len(tokens))
                              if _stands_for_noun(norms, content, i)
                              # "one" takes either number ("beaks ..., like the one"): the
                              # pivot's form need not agree with it (`Signature.referred`)
                              and not _one_pronoun(norms, content, i)
                              for found in antecedents(norms, content, i))
    body.signatures = [role_signature(body, i) for i in range(len(tokens))]
    # a clause that names the term is about it, not a definition of it ("A claim for
    # defamation generally requires ..."); one that opens by pointing back ("Such compounds
    # considered as a part of the diet") needs what came before it
    body.can_start = (opens_definition(all_tokens, tokens)
                      and not analyzer.about_term(all_tokens, tokens)
                      and not (len(tokens) > 1 and content[1] and _points_back(norms, content, 1)))
    body.pronoun_cut = pronoun_cuts(norms, content)
    body.skips_after = [
        i + 1 < len(tokens) and any(c.isalnum() for c in body.text[tokens[i].end:tokens[i + 1].start])
        for i in range(len(tokens))]
    body.can_enter = [entering_ok(body, i) for i in range(len(tokens))]
    body.event = clause is None and _event_clause(all_tokens, tokens)
    body.plural_genus = plural_lead_in(all_tokens, tokens, analyzer)
    body.unquoted = quoted_wording(all_tokens, tokens)
    body.series_start = series_starts(norms, content)
    body.heads = noun_heads(tuple(t.norm for t in all_tokens),
                            tuple(t.is_content for t in all_tokens))
    return body


def plural_lead_in(all_tokens: Sequence[Token], clause: Sequence[Token],
                   analyzer: Analyzer) -> bool:
    """Return whether `clause` opens right after a lead-in that names a singular term in the
    plural ("Requiems are", "Mitochondria are" for "mitochondrion"): its genus is plural too
    ("musical settings of the Roman Catholic Mass ..."), and opens no definition of the term
    in the singular. A term whose plural is its singular ("Fish are") or a mass noun ("Money
    is") tells no number; only the lead-in's own form of the term does.

    A genus with "a/an" is singular ("Tulips are a type of flower"), save a collection of
    the plural after its "of" (`_collective_genus`: "Chameleons are a distinctive group of
    Old World lizards"): what the plural subject makes of the class as a whole, which one
    chameleon is not."""
    if (not clause or term_number(analyzer.term_tokens) is not False
            or clause[0].norm in {"a", "an"} and not _collective_genus(clause)):
        return False
    lead = opening_lead_in(all_tokens)
    at = _position(all_tokens, clause[0])
    if not lead or at is None or at < len(lead) or clause[0].sentence != lead[-1].sentence:
        return False  # another sentence's clause (a label between them is no sentence:
        # "cobblestones [plural] small round stones ...")
    last = analyzer.term_tokens[-1]
    # the last naming outside brackets is the subject or headword: one in brackets may be a
    # dictionary's plural forms ("sestina, n. (pl. sestinas or sestine)"), an earlier one
    # another sentence's ("... one of the best-known savannas in the world. A savanna is")
    depth, outside = 0, []
    for token in lead:
        depth = max(0, depth + (token.norm in ("(", "[")) - (token.norm in (")", "]")))
        outside.append(not depth and token.is_word)
    ends = [end for end in analyzer.term_ends(lead) if outside[end - 1]]
    return bool(ends) and plural_of(lead[ends[-1] - 1].norm, last)


def _collective_genus(clause: Sequence[Token]) -> bool:
    """Return whether `clause` opens with "a/an", content words and "of" + a noun phrase of
    content words headed by a plural, the word before "of" being no plural ("a group of
    three muscles", "a class of astringent polyphenolic biomolecules"): a singular noun that
    gathers the plural after it names a set of things, not one of them."""
    norms = [t.norm for t in clause]
    content = [t.is_content for t in clause]
    of = next((i for i in range(1, len(norms)) if not content[i]), len(norms))
    if of < 2 or of + 1 >= len(norms) or norms[of] != "of" \
            or looks_plural(norms[of - 1]) is True:
        return False
    end = of + 1
    while end < len(norms) and content[end]:
        end += 1
    return end > of + 1 and looks_plural(norms[end - 1]) is True


def _event_clause(all_tokens: Sequence[Token], clause: Sequence[Token]) -> bool:
    """Return whether the defining `clause` tells when the term happens, after a lead-in that
    makes the term the subject of "occurs", "happens" or "exists" ("Sleet occurs when
    snowflakes partially melt ... and then refreeze into ice pellets before reaching the
    ground"): a subordinate clause of that sentence, with its own subject and verb, no noun
    phrase. It opens no definition, and a path enters it only at a word that the same
    preposition, or none, governs in both sources (`_enters_event`).

    After "X is when ..." the same holds of a clause whose own subject is plain
    (`_clause_subject`): a pronoun, or a determiner and a noun phrase before its finite verb
    ("a trebuchet is when you use a big counterweight to swing a long arm and fling stuff
    really far": "and fling ..." is "to swing"'s, not a noun's). Other "is when" clauses
    ("Sleet is when snowflakes partially melt ...", a bare plural that may head a noun
    phrase) keep the reading of a definition by an event and its own guards."""
    lead = opening_lead_in(all_tokens)
    if not lead or not clause or clause[0].norm not in EVENT_CLAUSES:
        return False
    return lead[-1].norm in EVENT_COPULAS or (lead[-1].norm in BE_COPULAS
                                              and _clause_subject(clause[1:]))


def _clause_subject(clause: Sequence[Token]) -> bool:
    """Return whether `clause` opens with a subject of its own: a subject pronoun or an
    indefinite one ("you use", "someone makes", "you're born"), or a determiner and at most
    `SPLICED_SUBJECT_WORDS` content words before its finite verb: one of `_FINITE` ("the road
    is made"), or a verb in "-s" after a word that does not look plural ("a company
    increases", "the music gets")."""
    if not clause:
        return False
    word = clause[0].norm
    if (word in _SUBJECT_PRONOUNS or word in _INDEFINITES
            or word.partition("'")[0] in _SUBJECT_PRONOUNS):
        return True
    if word not in DETERMINERS:
        return False
    for at in range(1, min(len(clause), SPLICED_SUBJECT_WORDS + 2)):
        if at > 1 and (clause[at].norm in _FINITE or _singular_verb(clause[at])
                       and looks_plural(clause[at - 1].norm) is not True):
            return True
        if not (clause[at].is_content and clause[at].surface.isalpha()):
            return False
    return False


def _enters_event(left: Signature, body: _Body, position: int) -> bool:
    """Return whether a path whose pivot has the role `left` may enter `body` at `position`
    when the body is an event's "when" clause (`_event_clause`): only where the same
    preposition, or none, governs the pivot in both. What follows the pivot there belongs to
    the clause's verb ("refreeze into ice pellets [before reaching the ground]"), and lent to
    a noun that no such word ties to a verb ("a thin coating of ice, or ice pellets") it is
    lifted out of the event it tells of; "taking someone's work or ideas" + "[use another
    person's words or] ideas without giving them credit" keeps it a verb's."""
    return not body.event or left.governor == body.signatures[position].governor


def noun_heads(norms: Sequence[str], content: Sequence[bool]) -> frozenset[str]:
    """Return the words (number-neutral) that `norms` uses as the head of a noun phrase: a
    word right after a determiner that a function word or the end of the text follows ("of an
    artery to", "usually an artery."), or the last of several content words after one that a
    finite verb or a relative pronoun follows ("a blood vessel has"; not "a trademark
    identical to", "make a phrase memorable.", which may end on an adjective after the head).
    Not before "and/or", a comma, a determiner, a subject pronoun, "than" or "one", where an
    adjective may stand ("a weak or damaged spot", "a localized, abnormal spot", "the higher
    the", "the longer you", "a public one"), nor a word in -ly, -ed or -ing. With no
    part-of-speech tagger this tells a noun from an adjective before a noun: an adjective
    heads no noun phrase of its own ("the wall is weak")."""
    found = set()
    for index, word in enumerate(norms):
        if not content[index] or word.endswith(("ly", "ed", "ing")):
            continue
        after = norms[index + 1] if index + 1 < len(norms) else ""
        opener = _before_content(content, index)
        if opener < 0 or norms[opener] not in DETERMINERS:
            continue
        if index - opener > 1:
            head = after in _FINITE or after in _RELATIVES
        else:
            head = not after or not (content[index + 1] or after in COORDINATORS
                                     or after in DETERMINERS or after in _SUBJECT_PRONOUNS
                                     or after in {",", "than", "one", "ones"})
        if head:
            found.add(number_neutral(word))
    return frozenset(found)


def _without_emphasis(text: str, tokens: Sequence[Token]) -> tuple[Token, ...]:
    """Return `tokens` without the asterisks of markdown emphasis (see `_EMPHASIS`): they are
    no words of the clause, and the guards that read the word after a pivot must see what
    follows it past them ("a **ligament** — the tough band ... —" has the aside right after
    "ligament", "**ligaments** that connect" a relative clause). An asterisk that is no
    emphasis ("a * b") stays."""
    if "*" not in text:
        return tuple(tokens)
    marks = [m.span() for m in _EMPHASIS.finditer(text)]
    return tuple(t for t in tokens if t.surface != "*"
                 or not any(start <= t.start and t.end <= end for start, end in marks))


def _aside_after_lead_in(all_tokens: Sequence[Token], clause: Sequence[Token],
                         norms: Sequence[str]) -> range:
    """Return the positions of a clause that opens inside an aside whose first comma follows
    the lead-in ("Sommeliers, also known as wine stewards, work in restaurants"): up to the
    closing comma, when it comes within `ASIDE_WORDS` words and a predicate follows it (no
    determiner or "and"/"or" of a list). A path that entered there ("a wine steward" +
    "[also known as wine] stewards, work in ...") would give the term's verb to the alias."""
    at = _position(all_tokens, clause[0]) if clause else None
    if (not at or all_tokens[at - 1].surface != "," or all_tokens[at - 1].lead_in
            or not any(t.lead_in for t in all_tokens[:at])):
        return range(0)  # an alias the lead-in holds is closed before the clause
    closing = next((i for i in range(1, min(len(norms) - 1, ASIDE_WORDS + 1))
                    if norms[i] == ","), None)
    if closing is None or norms[closing + 1] in DETERMINERS or norms[closing + 1] in COORDINATORS:
        return range(0)
    return range(0, closing)


#: A label of an enumerated item in brackets: "(a)", "(ii)", "(1)".
_ITEM_LABEL = re.compile(r"\s*\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*")


def _enumerated(text: str, tokens: Sequence[Token], last: int) -> range:
    """Return the positions of a clause from its first enumerated item ("a trained clinician
    (a) assesses ..., (b) assigns ..., and (c) directs ...") up to its last word, which
    stay whole like an aside: a join inside would cut the enumeration and copy "(a)" without
    "(b)". The labels are passed over in brackets (see `defining_clause`), so they are found
    in the text between two tokens."""
    for index in range(len(tokens) - 1):
        if _ITEM_LABEL.fullmatch(text[tokens[index].end:tokens[index + 1].start]):
            return range(index + 1, last)
    return range(0)


def _adjectives_go_on(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase at `position` goes on after the comma that follows it:
    the word is the only one after its determiner and a bare content word comes after the
    comma ("on the new, larger balance": "new" is one of two adjectives, not the noun).

    An aside ("the customer, typically ..."), a participle ("the data, called plaintext")
    or a closed-class word after the comma does not continue it. An adverb in -ly that grades
    an adjective before the noun does, after a preposition too: "as the result of internal,
    typically oxidative chemical reactions" is open at "internal".
    """
    after = position + 2
    if (position < 1 or after >= len(norms) or norms[position + 1] != ","
            or not content[after]):
        return False
    word = norms[after]
    if (word.endswith("ly") and after + 2 < len(norms) and content[after + 1]
            and content[after + 2] and not norms[after + 1].endswith("ly")
            and (norms[position - 1] in DETERMINERS or norms[position - 1] in MODIFIER_OPENERS
                 or norms[position - 1] == "of")):
        return True  # an adverb, an adjective and the noun they describe
    if _bare_noun_phrase_follows(norms, content, after):
        return True  # "to promote quality, cost-effective outcomes"
    if norms[position - 1] not in DETERMINERS:
        return False
    if (norms[position - 1] in {"a", "an"} and word.endswith("ing") and after + 1 < len(norms)
            and content[after + 1] and looks_plural(norms[after + 1]) is False
            and not norms[after + 1].endswith(("ing", "ed", "ly"))
            and (after + 2 == len(norms) or not content[after + 2]
                 and norms[after + 2] not in DETERMINERS)):
        return True  # "to produce a soft, rippling sound": a singular noun right after the word
        # in -ing ends the phrase that "a" opens; as the object of a participle ("a gas,
        # releasing oxygen") it could only be a mass noun, so the phrase is read as going on
    return word not in _ASIDE_OPENERS and not word.endswith(("ly", "ing", "ed"))


def _bare_noun_phrase_follows(norms: Sequence[str], content: Sequence[bool], after: int) -> bool:
    """Return whether a run of at least two content words with no determiner starts at `after`
    (right after a comma) and ends the clause, or ends before a preposition, a clause opener
    or a comma that goes on with an aside or with no list ("a deep, broad ditch, either dry
    or filled with water,"; not "a computer, mobile phone, or tablet"):
    the comma joins two adjectives of the noun that ends the run ("promote quality,
    cost-effective outcomes", "on new, unseen data", "a large, slow-moving ice mass"), so the
    word before it does not end its noun phrase. Not an aside ("typically involving"), an
    adverb in -ly or a participle in -ing that opens a clause of its own ("releasing
    oxygen"); a hyphenated word in -ing is an adjective ("slow-moving")."""
    word = norms[after]
    if (word in _ASIDE_OPENERS or word.endswith("ly")
            or word.endswith("ing") and "-" not in word):
        return False
    end = after
    while end < len(norms) and content[end]:
        end += 1
    return end - after >= 2 and (end == len(norms) or norms[end] in MODIFIER_OPENERS
                                 or norms[end] == "of" or norms[end] in CLAUSE_OPENERS
                                 or norms[end] == "," and (_opens_aside(norms, end)
                                                           or _list_coordinator(norms, end) < 0))


def _sentence_case(text: str, clause: Sequence[Token]) -> str:
    """Return `text` in lower case when its defining clause is written in capitals
    ("ONBOARDING: THE PROCESS OF HELPING NEW HIRES ..."), so that no run copied from it shouts
    in the result; else `text` as it is."""
    letters = [c for t in clause for c in t.surface if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return text
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def opens_list(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the word at `position` is the first item of a comma list ("before" in
    "before, during and after a purchase"): ending there would cut the list to one item and
    lose what its items share.

    A list item here is content words; ", and thereafter" (no item) and ", rather than a local
    server or ..." (function words) are not lists. An item may be the first one negated ("plead
    guilty, not guilty or no contest"): a word and its own negation are alternatives, and the
    first alone would assert what the source leaves open; ", not pine or birch" after "oak"
    names other things and is a contrast, no item. Items of verbs in the same form may hold
    their own objects and modifiers ("making, carrying for a specified time and breaking").
    The coordinator is looked for as far as `LIST_SPAN` ("to copy, distribute, adapt, display
    and perform").
    """
    if position + 2 >= len(norms) or norms[position + 1] != ",":
        return False
    parallel = (content[position] and content[position + 2]
                and any(len(norms[position]) > 5 and norms[position].endswith(ending)
                        and norms[position + 2].endswith(ending) for ending in ("ing", "ed")))
    for index in range(position + 2, min(len(norms), position + 2 + LIST_SPAN)):
        if norms[index] in COORDINATORS:
            return index > position + 2
        if not (content[index] or norms[index] == "," or parallel and (
                norms[index] in DETERMINERS or norms[index] in MODIFIER_OPENERS
                or norms[index] == "of")
                or norms[index] == "not"
                and tuple(norms[index + 1:index + 2]) == (norms[position],)):
            return False
    return False


#: "etc." closes a list as "and" does ("plants, food, etc.").
_ETC = frozenset({"etc.", "etc"})


def _etc_at(norms: Sequence[str], index: int) -> bool:
    """Return whether ", etc." closes a list at `index`: "etc." there, after a comma."""
    return 0 < index < len(norms) and norms[index] in _ETC and norms[index - 1] == ","


def _etc_list(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the word at `position` is the first of two or more comma-separated items
    that ", etc." closes ("plants" in "plants, food, etc."). Not a list that `opens_list`
    sees: a path may still leave at its first item ("a mixture of oil" + "[a seasoned liquid
    of] oil, wine or vinegar, herbs and spices"), and it is read only where a clause after
    the list is given its head (`_list_last`)."""
    if position + 2 >= len(norms) or norms[position + 1] != ",":
        return False
    for index in range(position + 2, min(len(norms), position + 2 + LIST_SPAN)):
        if _etc_at(norms, index):
            return index > position + 2
        if not (content[index] or norms[index] == ","):
            return False
    return False

_START, _END = 0, 1


class _Graph:
    """Filippova's word graph over the defining clauses."""

    def __init__(self, bodies: Sequence[_Body], plural_start: bool = False):
        self.bodies = bodies
        self.label: list[str] = ["<start>", "<end>"]
        self.is_content: list[bool] = [False, False]
        self.parts: list[frozenset[str]] = [frozenset(), frozenset()]
        self.hyphenated: list[bool] = [False, False]
        self.derived_from: list[str] = ["", ""]  # see `_adjective_base`
        self.root: list[tuple[str, bool]] = [("", False)] * 2  # see `derivational_root`
        # a derived word with an adjective's ending, which `_adjective_of` may tie to a noun
        self.adjectival: list[bool] = [False, False]
        self.occurrences: list[list[tuple[int, int]]] = [[], []]
        self.node_at: dict[tuple[int, int], int] = {}
        # the words some source uses as the head of a noun phrase (see `noun_heads`)
        self.nouns: frozenset[str] = frozenset().union(*(b.heads for b in bodies))
        merged: dict[str, int] = {}
        used_by: dict[str, set[int]] = {}  # a source's clauses share no node: no join within it
        for body in bodies:
            used_here = used_by.setdefault(body.id, set())
            for position, token in enumerate(body.tokens):
                form = number_neutral(token.norm)
                node = merged.get(form) if body.content[position] else None
                if node is None or node in used_here:
                    node = self._new_node(form, body.content[position])
                    if body.content[position] and form not in merged:
                        merged[form] = node
                used_here.add(node)
                self.occurrences[node].append((body.index, position))
                self.node_at[(body.index, position)] = node
        # Indexes that keep edge weights and source switches linear in the sources' length:
        # each node's positions by source, and the occurrences of each adjacent pair of nodes.
        self.by_body: list[dict[int, list[int]]] = []
        for found in self.occurrences:
            grouped: dict[int, list[int]] = {}
            for s, p in found:
                grouped.setdefault(s, []).append(p)
            self.by_body.append(grouped)
        self.by_body[_START] = {b.index: [-1] for b in bodies}
        self.by_body[_END] = {b.index: [len(b.tokens)] for b in bodies}
        self.continuing: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for body in bodies:
            for position in range(len(body.tokens) - 1):
                pair = (self.node_at[(body.index, position)], self.node_at[(body.index, position + 1)])
                self.continuing.setdefault(pair, []).append((body.index, position))
        self.edges: dict[int, dict[int, float]] = {}
        # Bodies that cannot start a definition ("when ...") still lend their words to joins.
        starters = [b for b in bodies if b.tokens and b.can_start]
        # a plural genus ("[Requiems are] musical settings of ...") opens no definition of a
        # singular term when another clause opens one: it lends its words to joins
        self.plural_start = plural_start or len({b.plural_genus for b in starters}) < 2
        self.distributive = distributive_plurals(bodies)
        starters = [b for b in starters if self.plural_start or not b.plural_genus]
        others = [b for b in bodies if b.tokens and b not in starters]
        starting = {b.index for b in starters}
        for body in (*starters, *others):
            if body.index in starting:
                self._add_edge(_START, self.node_at[(body.index, 0)])
            for position in range(len(body.tokens)):
                node = self.node_at[(body.index, position)]
                if position + 1 < len(body.tokens):
                    self._add_edge(node, self.node_at[(body.index, position + 1)])
                if body.can_end[position]:
                    self._add_edge(node, _END)

    def _new_node(self, norm: str, content: bool) -> int:
        self.label.append(norm)
        self.is_content.append(content)
        self.occurrences.append([])
        # the words a content word is made of: its parts when hyphenated (of three letters or
        # more: not "e-mail"'s "e"), number-neutral (see `_repeats_a_part`)
        parts = frozenset(number_neutral(part) for part in norm.split("-")
                          if len(part) > 2 and part.isalpha()) if content else frozenset()
        self.parts.append(parts)
        self.hyphenated.append(content and "-" in norm)
        self.derived_from.append(_adjective_base(norm) if content else "")
        self.root.append(derivational_root(norm) if content else ("", False))
        self.adjectival.append(self.root[-1][1] and norm.endswith(_ADJECTIVE_FROM_NOUN))
        return len(self.label) - 1

    def _add_edge(self, a: int, b: int) -> None:
        if b in self.edges.setdefault(a, {}):
            return
        # Filippova's weight: (f(a) + f(b)) / sum over sources of 1/distance, over f(a)f(b).
        closeness = 0.0
        before_in, after_in = self.by_body[a], self.by_body[b]
        for source in sorted(before_in.keys() & after_in.keys()):  # source order, as summed before
            gaps = [q - p for p in before_in[source] for q in after_in[source] if q > p]
            if gaps:
                closeness += 1.0 / min(gaps)
        freq_a = max(1, len(self.occurrences[a])) if a != _START else len(self.bodies)
        freq_b = max(1, len(self.occurrences[b])) if b != _END else len(self.bodies)
        weight = (freq_a + freq_b) / max(closeness, 1e-9) / (freq_a * freq_b)
        self.edges[a][b] = weight


@dataclass(frozen=True)
class _Path:
    nodes: tuple[int, ...]
    active: frozenset[tuple[int, int]]  # (body, position) occurrences consistent with the run
    runs: tuple[tuple[int, int, frozenset[tuple[int, int]]], ...]  # (first, last, occurrences at last)
    run_start: int  # path index where the current run starts
    cost: float
    words: int


def _search(graph: _Graph, max_words: int) -> list[_Path]:
    """Return complete paths found by a beam search on Filippova weights, guards applied."""
    bodies = graph.bodies
    beam = [_Path((_START,), frozenset(), (), 1, 0.0, 0)]
    complete: list[_Path] = []
    max_tokens = 2 * max_words + 8
    for _ in range(max_tokens):
        grown: list[_Path] = []
        for path in beam:
            here = path.nodes[-1]
            for node, weight in graph.edges.get(here, {}).items():
                if node == _END:
                    done = _finish(path, bodies)
                    if done is not None:
                        complete.append(done)
                    continue
                if node in path.nodes:
                    continue
                step = _step(graph, path, node, weight)
                if step is not None and step.words <= max_words:
                    grown.append(step)
        if not grown or len(complete) >= MAX_COMPLETE:
            break
        grown.sort(key=lambda p: (p.cost / (len(p.nodes) - 1), p.nodes))
        beam = grown[:BEAM_WIDTH]
    return complete


def _step(graph: _Graph, path: _Path, node: int, weight: float) -> _Path | None:
    """Extend `path` by `node`, continuing the current source or switching at a content pivot."""
    bodies = graph.bodies
    here = path.nodes[-1]
    words = path.words + (1 if graph.bodies[graph.occurrences[node][0][0]].tokens[
        graph.occurrences[node][0][1]].is_word else 0)
    nodes = path.nodes + (node,)
    if here == _START:
        active = frozenset((s, p) for s, p in graph.occurrences[node] if p == 0
                           and bodies[s].can_start
                           and (graph.plural_start or not bodies[s].plural_genus))
        if not active:
            return None
        return _Path(nodes, active, (), 1, weight, words)
    follow = frozenset((s, p + 1) for s, p in path.active if (s, p + 1) in _occ_set(graph, node))
    if follow and path.runs:
        follow = frozenset(o for o in follow if _series_said(bodies, path, o))
        if not follow:
            return None  # "A huge cloud of dust" + "[caused by a large cloud of dust] or gas
            # [or by] a group of stars": the second "by" without the first
        follow = frozenset(o for o in follow if not _distributes(graph, path, o))
        if not follow:
            return None  # "A marine cephalopod" + "[cephalopods in ...] with elongated bodies"
    if follow:
        if path.runs and _repeats_a_part(graph, path.nodes[1:path.run_start], node):
            return None  # "A government-imposed ban on trade" + "[...], imposed by one or more
            # governments": the word said again, in part
        # After a switch, a run in which every source carries a pronoun past its antecedent
        # would be refused at the end (`_runs_keep_pronouns`): drop it now, freeing its place.
        if path.runs and _doomed(bodies, follow, len(path.nodes) - path.run_start):
            return None
        return _Path(nodes, follow, path.runs, path.run_start, path.cost + weight, words)
    # A switch of source at `here`, the pivot: it must be a content word (same written form in
    # both sources, since content nodes merge on their form) and the guards must allow it.
    if not graph.is_content[here]:
        return None
    # Occurrences are grouped by role signature, so matching the sources left with the sources
    # entered costs their number, not its square (same_role, by signature).
    leaving_by_role: dict[Signature, list[tuple[int, int]]] = {}
    in_clause = []  # occurrences that may be left only inside their clause (see below)
    for s, p in path.active:
        if leaving_ok(bodies[s], p):
            leaving_by_role.setdefault(bodies[s].signatures[p], []).append((s, p))
        elif bodies[s].region[p] >= 0 and leaving_ok(bodies[s], p, open_clause=True):
            in_clause.append((s, p))
    entering = [
        (s, p) for s, p in graph.continuing.get((here, node), ())
        if bodies[s].can_enter[p]
        and any(roles_compatible(sig, bodies[s].signatures[p], graph.nouns)
                and _enters_event(sig, bodies[s], p) for sig in leaving_by_role)
        and _agrees_after_join(graph, path, bodies[s], p + 1)
    ]
    entered_roles = {bodies[s].signatures[p] for s, p in entering}
    leaving = {occurrence for sig, occurrences in leaving_by_role.items()
               if any(roles_compatible(sig, e, graph.nouns) for e in entered_roles)
               for occurrence in occurrences}
    # Inside a clause both sources open with the same words up to the pivot ("a civil wrong
    # that causes" + "[any act that causes] harm to another person"), the entered source
    # finishes the clause the path opened. Only when no other switch is allowed here: the run
    # left is realised from one of the sources left, which must have opened that clause.
    for s, p in in_clause if not leaving else ():
        for t, q in graph.continuing.get((here, node), ()):
            if (not bodies[t].can_enter[q] and entering_ok(bodies[t], q, open_clause=True)
                    and _same_clause_opening(path, bodies[s], p, bodies[t], q)
                    # the pivot closes no clause here, in either source: the entered one goes on
                    and roles_compatible(bodies[s].signatures[p]._replace(closes_clause=False),
                                         bodies[t].signatures[q]._replace(closes_clause=False),
                                         graph.nouns)
                    and _agrees_after_join(graph, path, bodies[t], q + 1)):
                leaving.add((s, p))
                entering.append((t, q))
    if not entering or not leaving:
        return None
    leaving = frozenset(leaving)
    said, at = min(leaving)  # the source whose form of the pivot the result writes
    entering = [(t, q) for t, q in entering
                if not _number_clash(bodies[said].norms[at], bodies[t], q)
                and not _distributes(graph, path, (t, q + 1))]
    if not entering:
        return None
    pivot = len(path.nodes) - 1
    if _repeats_a_part(graph, path.nodes[1:pivot], node):
        return None
    if path.runs and _doomed(bodies, (min(leaving),), pivot - path.run_start):
        return None  # the run it closes is realised from this source, and loses an antecedent
    entering = frozenset((s, p + 1) for s, p in entering)
    if _doomed(bodies, entering, 1):
        return None
    runs = path.runs + ((path.run_start, pivot, leaving),)
    return _Path(nodes, entering, runs, pivot, path.cost + weight, words)


def _series_said(bodies: Sequence[_Body], path: _Path, occurrence: tuple[int, int]) -> bool:
    """Return whether the run of `path` may go on to `occurrence` (body, position) when that
    position holds the preposition of a later phrase in a series ("caused by a cloud of dust
    or gas or by a group of stars", see `series_starts`): the run entered its source before the
    first one, or the source left had the same preposition over the pivot (`_governors`:
    "caused by a huge cloud of dust" + "[dust] or gas or by ..."). A run that entered after it
    ("A huge cloud of dust" + "[dust] or gas or by ...") would give the second "by" nothing to
    pair with; it may still leave before ("... of dust or gas where ...")."""
    s, position = occurrence
    start = bodies[s].series_start[position]
    if start < 0:
        return True
    pivot = position - len(path.nodes) + path.run_start  # where the run entered its source
    if start > pivot:
        return True
    word = bodies[s].norms[position]
    return any(word in bodies[t].signatures[q].governors for t, q in path.runs[-1][2])


def _repeats_a_part(graph: _Graph, said: Sequence[int], node: int) -> bool:
    """Return whether the content word of `node` says again a word of `said` (the nodes of the
    path's earlier runs) in part: a hyphenated word and one of its parts ("government-imposed"
    and "imposed", "governments"). A word said whole twice is one node, which a path visits
    once; the parts of a hyphenated word are not. A repetition within one run is its source's
    own wording and is kept."""
    base = graph.derived_from[node]
    if base and any(_derives(graph.label[other], base) for other in said):
        return True  # "An orchestral piece" + "[a piece] for orchestra alone"
    if any(graph.derived_from[other] and _derives(graph.label[node], graph.derived_from[other])
           for other in said):
        return True
    root, verb = graph.root[node]
    if root and any(graph.root[other][0] == root and (verb or graph.root[other][1])
                    and graph.label[other] != graph.label[node]
                    and graph.label[node].endswith(_VERB_ENDINGS + _NOUN_ENDINGS)
                    and graph.label[other].endswith(_VERB_ENDINGS + _NOUN_ENDINGS)
                    and not _held_together(graph, other, node) for other in said):
        return True  # "A prioritized list" + "[a list of tasks ...] ordered by priority"
    adjectival = graph.adjectival
    if any((adjectival[node] and _adjective_of(graph, node, other)
            or adjectival[other] and _adjective_of(graph, other, node))
           and not _held_together(graph, other, node) for other in said):
        return True  # "a hooked needle" + "[a needle] with a hook"
    parts = graph.parts[node]
    if not parts:
        return False
    hyphenated = graph.hyphenated[node]
    return any(graph.parts[other] & parts and (hyphenated or graph.hyphenated[other])
               for other in said)


def _adjective_of(graph: _Graph, adjective: int, noun: int) -> bool:
    """Return whether the word of `adjective` is an adjective made of the noun of `noun` by
    `_ADJECTIVE_FROM_NOUN` ("triangular" of "triangle", "linear" of "line", "hooked" of
    "hook"); one in -ed only where it stands before a content word in some source, as an
    adjective does ("a hooked needle"), not as a verb ("what is needed", "needed to")."""
    if not graph.adjectival[adjective]:
        return False
    root, word = graph.root[adjective][0], graph.label[adjective]
    noun_word = graph.label[noun]
    if noun_word not in (root, root + "e") and not (
            root[-1] == root[-2] and noun_word == root[:-1]):  # "spotted": "spot"
        return False
    if not word.endswith("ed"):
        return True
    for s, p in graph.occurrences[adjective]:
        norms, content = graph.bodies[s].norms, graph.bodies[s].content
        if (p + 1 < len(norms) and content[p + 1] and not norms[p + 1].endswith("ed")
                and norms[p + 1] not in MODIFIER_OPENERS
                and not (p and (norms[p - 1] in _FINITE or norms[p - 1] in _STOPWORD_VERBS
                                or norms[p - 1] in _SUBJECT_PRONOUNS or norms[p - 1] == "to"))):
            return True
    return False


def _held_together(graph: _Graph, a: int, b: int) -> bool:
    """Return whether one source's clause uses the words of both nodes `a` and `b` (its own
    wording, which a join does not make redundant)."""
    return bool({s for s, _ in graph.occurrences[a]} & {s for s, _ in graph.occurrences[b]})


#: Derivational endings: a verb made of a word ("prioritize", "standardized",
#: "normalization"), longest first, and a noun of state or action ("priority", "activation").
_VERB_ENDINGS = ("izations", "isations", "ization", "isation", "izing", "ising", "izes", "ises",
                 "ized", "ised", "ize", "ise")
_NOUN_ENDINGS = ("ations", "ation", "ities", "ity")
#: The shortest root a derivational ending is taken from (not "real" of "reality", "realize").
_ROOT_LETTERS = 5
#: Endings that make an adjective of a noun, with the shortest root each leaves: "triangular"
#: ("triangl" + "e"), "linear" ("line"), "hooked", "winged", "bearded" ("hook", "wing",
#: "beard"); not "used", "aged", "polar" (too short a root), "cellar", "dollar" (a doubled
#: letter before "-ar": no adjective). See `_adjective_of`.
_ADJECTIVE_FROM_NOUN = ("ular", "ar", "ed")
_ADJECTIVE_ROOT_LETTERS = 4


def derivational_root(norm: str) -> tuple[str, bool]:
    """Return the root `norm` is derived from by a derivational ending, when at least
    `_ROOT_LETTERS` letters are left, and whether the ending makes a verb of it (`_VERB_ENDINGS`,
    less an "it" before it: "prior" for "prioritized", as for "priority"); else ("", False).
    Two words of two sources with the same root, one of them such a verb, say one thing
    twice ("A prioritized list of tasks ... ordered by priority"): see `_repeats_a_part`."""
    if norm.isalpha():
        for verb, endings in ((True, _VERB_ENDINGS), (False, _NOUN_ENDINGS)):
            ending = next((e for e in endings if norm.endswith(e)), None)
            if ending is None:
                continue
            root = norm[:-len(ending)]
            if verb and root.endswith("it"):
                root = root[:-2]  # "prioritize", "popularize": the "it" of "-ity"
            if len(root) >= _ROOT_LETTERS:
                return root, verb
            break
        else:
            ending = next((e for e in _ADJECTIVE_FROM_NOUN if norm.endswith(e)), "")
            root = norm[:-len(ending)] + ("l" if ending == "ular" else "")
            if ending and len(root) >= _ADJECTIVE_ROOT_LETTERS and not (
                    ending == "ar" and root[-1] == root[-2]):
                return root, True
    return "", False


#: Endings that make an adjective of a noun ("orchestral", "musical", "periodic").
_ADJECTIVE_ENDINGS = ("ical", "al", "ic")


def _adjective_base(norm: str) -> str:
    """Return the noun an adjective in -al/-ic/-ical is made from, less a final vowel
    ("orchestr" for "orchestral", "music" for "musical"), when five letters or more are left;
    else ""."""
    for ending in _ADJECTIVE_ENDINGS:
        if norm.endswith(ending) and norm.isalpha() and len(norm) - len(ending) >= 5:
            return norm[:-len(ending)]
    return ""


def _derives(noun: str, base: str) -> bool:
    """Return whether `noun` (or its plural) is the word an adjective with this base is made
    from: "orchestra" or "orchestras" for "orchestr", "music" for "music"."""
    word = number_neutral(noun)
    return word != base + "al" and (word == base or word[:-1] == base and word[-1] in "aey")


def _same_clause_opening(path: _Path, leave: _Body, p: int, enter: _Body, q: int) -> bool:
    """Return whether the pivot lies, in both sources, in a relative or subordinate clause
    (see `clause_regions`) opened by the same words up to it, which the path has said: the
    entered source's clause then finishes the one the path opened. Not when only one of the
    clauses opens its source's definition or follows its "is" ("[a hologram is] when light
    makes a 3D picture"): that one says what the term is by an event, and its verb would read
    as the other's, whose "when" ties it to a verb of the path ("recorded on a photographic
    plate when light [makes a 3D picture]")."""
    start, other = leave.region[p], enter.region[q]
    if start < 0 or other < 0:
        return False
    if _complement_clause(leave.norms, start) != _complement_clause(enter.norms, other):
        return False
    run_first = p - (len(path.nodes) - 1 - path.run_start)  # where the current run entered
    return run_first <= start and leave.norms[start:p + 1] == enter.norms[other:q + 1]


def _complement_clause(norms: Sequence[str], start: int) -> bool:
    """Return whether the clause that starts at `start` opens the defining clause or follows
    "is/are" ("[X is] when ...", "is where ..."): it is what the term is, not a clause that
    describes a word before it."""
    return start == 0 or norms[start - 1] in BE_COPULAS


def _doomed(bodies: Sequence[_Body], occurrences, offset: int) -> bool:
    """Return whether every occurrence (body, position) of a run that entered its source
    `offset` positions earlier holds a pronoun whose antecedent lies before that entry."""
    return all(bodies[s].pronoun_cut[p - offset] <= p for s, p in occurrences)


def _occ_set(graph: _Graph, node: int) -> frozenset[tuple[int, int]]:
    cache = graph.__dict__.setdefault("_occ_cache", {})
    found = cache.get(node)
    if found is None:
        found = cache[node] = frozenset(graph.occurrences[node])
    return found


def _number_clash(written: str, body: _Body, position: int) -> bool:
    """Return whether entering `body` at `position`, a pivot its source writes in the other
    number than the form `written` the result keeps (the graph merges "quotations" and
    "quotation" by their stem), goes on with words that agree with the source's own form: a
    list or coordination of nouns ("[a brief quotation], poem, or phrase" after "Short
    quotations"), a verb that shows number ("[a quotation] is"), or a clause after it that
    needs an antecedent of the source's number (`_relative_after_phrases`: "that set", ",
    several kinds of which")."""
    kept, own = looks_plural(written), looks_plural(body.norms[position])
    if kept is None or own is None or kept == own:
        return False
    norms = body.norms
    after = norms[position + 1] if position + 1 < len(norms) else ""
    if opens_list(norms, body.content, position):
        return True
    if after in COORDINATORS and position + 2 < len(norms) and (
            body.content[position + 2] or norms[position + 2] in DETERMINERS):
        return True
    if any(verb_number(word) is not None for word in norms[position + 1:position + 2]):
        return True
    if _hedged_apposition_number(norms, position) == own:
        return True
    return _relative_after_phrases(norms, body.content, position) == own


def _hedged_apposition_number(norms: Sequence[str], position: int) -> bool | None:
    """Return the number (as `subject_is_plural`) of an apposition that a comma and an aside
    opener (`_ASIDE_OPENERS`: "typically", "usually", "especially" ...) bring after the noun
    at `position`, with a determiner opening it, or None: "two or more languages, typically a
    European language and a local one" restates the languages, a plural ("X and Y"), and
    after a join that writes "a language" it would restate one language as two. The phrase
    runs to the next comma, preposition, relative pronoun or the end (as far as
    `ASIDE_WORDS`); one right after the comma is `apposition_follows`'s."""
    start = position + 3
    if (start >= len(norms) or norms[position + 1] != "," or norms[position + 2] not in
            _ASIDE_OPENERS or norms[start] not in DETERMINERS):
        return None
    end = start + 1
    while (end < min(len(norms), start + ASIDE_WORDS) and norms[end][:1].isalnum()
           and norms[end] not in MODIFIER_OPENERS and norms[end] not in _RELATIVES
           and norms[end] != "of"):
        end += 1
    return subject_is_plural(norms[start:end])


#: Quantifiers that open a partitive relative clause, alone or before a noun that sorts or
#: counts ("several kinds of which", "many of whom", "two of which"): they pick some out of a
#: plural (or collective) antecedent, never out of one singular thing.
_PARTITIVE_QUANTIFIERS = frozenset(
    "several many some most all both few none each either neither one two three four five six "
    "seven eight nine ten".split())


#: Of those, the ones that may also take part of a mass ("soil, most of which is clay").
_MASS_PARTITIVES = frozenset("some most all none".split())


def _partitive_relative(norms: Sequence[str], content: Sequence[bool], at: int) -> int:
    """Return the position of "which"/"whom" when a partitive relative clause that counts
    members of a plural opens at `at`, else -1: a quantifier (`_PARTITIVE_QUANTIFIERS`), at
    most one content word ("kinds", "species"), then "of which" or "of whom" ("several kinds
    of which are eaten", "many of whom"). After one of `_MASS_PARTITIVES`, a singular verb
    ("most of which is") says it takes part of a mass, not members of a plural."""
    if at >= len(norms) or norms[at] not in _PARTITIVE_QUANTIFIERS:
        return -1
    of = at + 1 + (at + 1 < len(norms) and content[at + 1])
    if of + 1 >= len(norms) or norms[of] != "of" or norms[of + 1] not in {"which", "whom"}:
        return -1
    if (norms[at] in _MASS_PARTITIVES and of + 2 < len(norms)
            and verb_number(norms[of + 2]) is False):
        return -1
    return of + 1


#: Words that open what a thing has, one of each or several: "cephalopods with elongated
#: bodies", "an instrument having a double reed".
_HAVING_OPENERS = frozenset({"with", "having"})
#: Stopwords that make a number after them approximate ("with about 1,400 species", "with
#: over 300 breeds", "with more than 20 genera"): the count is still what "with" gives.
_APPROXIMATORS = frozenset({"about", "around", "over", "under", "than"})


def _had_nouns(body: _Body, number: bool | None) -> list[int]:
    """Return the positions of the content words of `number` (True: plural, by
    `looks_plural`; None: either) that a "with"/"having" phrase after a noun gives it
    (`_list_opener`, over the items of its list): "bodies" and "eyes" in "cephalopods with
    elongated bodies, large eyes", "species" in "mammals native to Africa and Asia, with four
    living species" (a comma before "with" sets the phrase off, still said of the noun
    phrase; an approximator may come before its number, `_APPROXIMATORS`: "with about 1,400
    species"); not after a verb or participle ("made with egg yolks"), where "with" is the
    verb's."""
    norms, content = body.norms, body.content
    found = []
    for position, norm in enumerate(norms):
        if not content[position] or number is not None and looks_plural(norm) is not number:
            continue
        opener = _list_opener(norms, content, position)
        at = next((i for i in range(position - 1, -1, -1) if norms[i] == opener), -1)
        if opener in _APPROXIMATORS:  # "with about", "with more than": right after "with"
            at -= 1 + (opener == "than" and at > 1 and norms[at - 1] in _DEGREE_WORDS)
        if at < 0 or norms[at] not in _HAVING_OPENERS:
            continue
        at -= at > 1 and norms[at - 1] == ","
        if (at > 0 and content[at - 1] and not past_participle(norms[at - 1])
                and not norms[at - 1].endswith("ing")):
            found.append(position)
    return found


#: Nouns that sort the members of a class into kinds: a class has several of them, one member
#: is of one ("Hyenas are mammals ..., with four living species"; one hyena has no species).
#: The ranks of biological classification below a family ("families", "genera", "species",
#: "subspecies"), the kinds bred or grown within a species ("breeds", "varieties"), and the
#: general sort nouns ("kinds", "types", "sorts"). Not "forms": one thing may take several
#: ("an element having several forms"). Followed by "of", such a noun sorts the noun after
#: it ("a cell with two types of receptor"), not the class.
_SORTING_NOUNS = frozenset(
    "families genera species subspecies breeds varieties kinds types sorts".split())


def distributive_plurals(bodies: Sequence[_Body]) -> frozenset[tuple[int, int]]:
    """Return the (body, position) of each plural that a plural genus has one of per member:
    a source whose lead-in names the term in the plural (`plural_lead_in`: "Squids are
    cephalopods ... with elongated bodies") gives each of them what "with"/"having" says
    (`_had_nouns`), and a plural there may count one per member (a body per squid) or
    several (eyes, arms). Only the sources tell which: one whose genus has the term's
    number gives the same noun in the singular ("a marine cephalopod with an elongated, soft
    body"). After a singular head such a plural would give one thing many bodies.

    A noun that sorts a class into kinds (`_SORTING_NOUNS`: "Hyenas are ... mammals ..., with
    four living species") is said of the class the plural genus names, whatever the other
    sources say: after a singular head ("A carnivorous mammal") one animal would have four
    species."""
    singular = {number_neutral(b.norms[p]) for b in bodies if not b.plural_genus
                for p in _had_nouns(b, False)}
    return frozenset((b.index, p) for b in bodies if b.plural_genus
                     for p in _had_nouns(b, None)
                     if number_neutral(b.norms[p]) in singular and looks_plural(b.norms[p])
                     or b.norms[p] in _SORTING_NOUNS and b.norms[p + 1:p + 2] != ("of",))


def _distributes(graph: _Graph, path: _Path, occurrence: tuple[int, int]) -> bool:
    """Return whether the run of `path` would take at `occurrence` a plural that its source's
    plural genus has one of per member (`distributive_plurals`) while the path opened in a
    source whose genus is not plural ("A marine cephalopod" + "[cephalopods in the
    superorder Decapodiformes] with elongated bodies"), nor a collective that names the
    class (`_collective_genus`: "A family of carnivorous mammals" + "[mammals ...], with four
    living species")."""
    if occurrence not in graph.distributive:
        return False
    opened = path.runs[0][2] if path.runs else path.active
    return not any(graph.bodies[s].plural_genus or graph.bodies[s].norms[:1] in {("a",), ("an",)}
                   and _collective_genus(graph.bodies[s].tokens) for s, _ in opened)


def _having_head(norms: Sequence[str], content: Sequence[bool], pronoun: int) -> int:
    """Return the position of the noun N1 in "N1 with/having [det] [adj] N2" when the relative
    pronoun at `pronoun` comes right after N2 (`_HAVING_OPENERS`; a comma between two
    adjectives, `_adjective_comma`, is passed over: "with a rough, irregular shell"), or -1:
    the phrase says what N1 has, and the clause after it may go on describing N1 ("a
    shellfish with a rough shell that lives in the sea").
    N1 is a content word that shows no verb's form (no -ed, -ing, "is/has", and not read as a
    verb by `role`): "fitted with a valve that" has none."""
    if pronoun < 2 or not content[pronoun - 1]:
        return -1
    found = _before_noun_phrase(norms, content, pronoun - 1)
    while found is not None and norms[found] == "," and _adjective_comma(norms, content, found):
        found = _before_noun_phrase(norms, content, found - 1)
    if found is None or found < 1 or norms[found] not in _HAVING_OPENERS:
        return -1
    noun = found - 1
    word = norms[noun]
    if (not content[noun] or word.endswith(("ed", "ing")) or verb_number(word) is not None
            or role(norms, content, noun) == "verb"):
        return -1
    return noun


#: Verbs whose past and participle keep the base form: after "that" they may be present.
_UNCHANGED_PASTS = frozenset("set put cut hit let shut spread cast cost burst hurt split quit "
                             "run".split())


def _relative_after_phrases(norms: Sequence[str], content: Sequence[bool],
                            position: int) -> bool | None:
    """Return the number the verb of a relative clause after the noun at `position` and the
    prepositional phrases that follow it shows (True for "that set", "which are", False for
    "that sets"), or None: such a clause may describe the noun at `position` ("compositions
    for several unaccompanied voices that set a short poem"), so a join that writes that noun
    in the other number ("A secular vocal composition" + "[compositions] for ... voices that
    set ...") leaves its verb without a subject that agrees. A bare verb is plural; a past
    tense or participle ("that made") shows no number. A partitive relative after a comma
    (`_partitive_relative`: "molluscs with a rough, irregular shell, several kinds of which
    are eaten") counts members of a plural: True, when no plural noun of the phrases between
    (`_noun_numbers`) may be what it counts ("molluscs with hard shells, several of which")."""
    at = position + 1
    while at < len(norms) and at - position <= 12 and (norms[at] in PREPOSITIONS
                                                       or norms[at] in _HAVING_OPENERS):
        at += 1
        while at < len(norms) and (norms[at] in DETERMINERS or norms[at] in MODIFIER_OPENERS
                                   or content[at] and role(norms, content, at) != "verb"
                                   or norms[at] == "," and _adjective_comma(norms, content, at)):
            at += 1
    if at < len(norms) and norms[at] == "," and _partitive_relative(norms, content, at + 1) > 0:
        return True if True not in _noun_numbers(norms, content, position + 1, at) else None
    if at + 1 >= len(norms) or norms[at] not in {"that", "which", "who"}:
        return None
    verb = _relative_verb_at(norms, at)
    word = norms[verb]
    if verb_number(word) is not None:
        return verb_number(word)
    if (not content[verb] or not word.isalpha() or word.endswith(("ed", "ing", "en"))
            or word in _IRREGULAR_PASTS or word in EN_PARTICIPLES
            or word in IRREGULAR_PARTICIPLES and word not in _UNCHANGED_PASTS):
        return None
    number = looks_plural(word)
    return None if number is None else not number


def _agrees_after_join(graph: _Graph, path: _Path, body: _Body, position: int) -> bool:
    """Return whether the subject the path brings to the pivot agrees with the entering
    source's next "is/are" (looked for in the next three tokens)."""
    ahead = list(body.norms[position:position + 3])
    for offset, word in enumerate(ahead):
        if verb_number(word) is not None:
            before = [graph.label[n] for n in path.nodes[1:]]
            return agreement_ok(before + ahead[:offset + 1])
        if word not in {"that", "which", "who"}:
            break
    return True


def _finish(path: _Path, bodies: Sequence[_Body]) -> _Path | None:
    """Close a path at the end node when a source may end (or leave) where it stands."""
    ending = frozenset((s, p) for s, p in path.active if bodies[s].can_end[p])
    if not ending:
        return None
    last = len(path.nodes) - 1
    if path.runs and _doomed(bodies, (min(ending),), last - path.run_start):
        return None
    runs = path.runs + ((path.run_start, last, ending),)
    return _Path(path.nodes, ending, runs, path.run_start, path.cost, path.words)


# --- realisation, provenance and scores ---------------------------------------------------------


#: Markdown emphasis around words, which a chatbot's answer or a wiki page carries in its text
#: ("a fixed timeframe (typically **2 weeks**)", "*tech debt*"); an asterisk between two words
#: or between spaces ("a * b") is not emphasis, nor are underscores ("__init__").
_EMPHASIS = re.compile(r"\*{2,}|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])")


def _plain(piece: str) -> str:
    """Return `piece` without markdown emphasis marks (see `_EMPHASIS`)."""
    return _EMPHASIS.sub("", piece) if "*" in piece else piece


def _hedge_cuts(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Return the (start, end) offsets in `text` of the hedges the clause `tokens` left out
    between two of its words ("an Excel file basically, a big table": see `defining_clause`)."""
    return [(one.end, other.start) for one, other in zip(tokens, tokens[1:])
            if text[one.end:other.start].strip().lower() in HEDGES]


def _without_hedges(text: str, tokens: Sequence[Token]) -> str:
    """Return the text of `tokens` as written in `text`, without the hedges left out."""
    begin, parts = tokens[0].start, []
    for cut_start, cut_end in _hedge_cuts(text, tokens):
        parts.append(text[begin:cut_start])
        begin = cut_end
    parts.append(text[begin:tokens[-1].end])
    return "".join(parts)


def _piece(body: _Body, start: int, tokens: Sequence[Token]) -> str:
    """Return the text of `tokens`, the body's tokens from position `start` on, as its source
    writes them, without markdown emphasis and the quotation marks a run leaves out
    (`quoted_wording`)."""
    begin, parts = tokens[0].start, []
    cuts = [(body.tokens[position].start, body.tokens[position].end)
            for position in body.unquoted if start <= position < start + len(tokens)]
    cuts += _hedge_cuts(body.text, tokens)
    for cut_start, cut_end in sorted(cuts):
        parts.append(body.text[begin:cut_start])
        begin = cut_end
    parts.append(body.text[begin:tokens[-1].end])
    return _plain("".join(parts))


def _realise(path: _Path, bodies: Sequence[_Body]) -> tuple[str, list[tuple[str, list[Token], int]]]:
    """Return the text of a path and its runs as (text, tokens, body index), pivots counted once.

    Each run is copied from its source's own text, so spacing and punctuation stay as written.
    """
    pieces = []
    text = ""
    for number, (first, last, ends) in enumerate(path.runs):
        body_index, last_position = min(ends)
        body = bodies[body_index]
        start_position = last_position - (last - first)
        if number:
            start_position += 1  # the pivot was already written by the previous run
        if start_position > last_position:
            continue
        tokens = list(body.tokens[start_position:last_position + 1])
        after = last_position + 1
        if (number == len(path.runs) - 1 and after < len(body.tokens)
                and _closes_quote([*tokens, body.tokens[after]])):
            tokens.append(body.tokens[after])  # "the start of 'fan' and 'van'"
        piece = _piece(body, start_position, tokens)
        if not piece:
            continue
        if text and tokens[0].is_word:
            text += " "
        elif text and start_position > 0:
            # a mark after the pivot keeps the space its source gives it ("mass × velocity"),
            # right before it: not the space before a bracket the run leaves out ("sign (#),")
            gap = body.text[body.tokens[start_position - 1].end:tokens[0].start]
            text += " " if gap[-1:].isspace() else ""
        text += piece
        pieces.append((piece, tokens, body_index))
    return text, pieces


def then_participle_ok(body: _Body, start: int, last: int) -> bool:
    """Return whether a participle in -ed after ", then" or "and then" in positions
    `start`..`last` of `body` keeps the participle it follows on from: the last one before it
    that comes right after a noun ("property delivered to a third party ..., then delivered to
    the grantee") must not lie before `start`, where the path entered the source; else the
    second step of the series would be said of whatever the result had before the join ("a
    particular condition is fulfilled, then delivered to the grantee")."""
    norms, content = body.norms, body.content
    for index in range(max(start, 1), last):
        if not (norms[index] == "then" and norms[index - 1] in {",", "and"}
                and content[index + 1] and norms[index + 1].endswith("ed")):
            continue
        partner = next((k for k in range(index - 1, 0, -1) if content[k] and content[k - 1]
                        and norms[k].endswith("ed") and not norms[k - 1].endswith("ed")), -1)
        if 0 <= partner < start:
            return False
    return True


#: Adverbs that say a consequence between "and"/"or" and the predicate they coordinate ("and
#: hence differ in relative atomic mass", "and thus reduces friction").
_CONSEQUENCE_ADVERBS = frozenset("hence thus therefore consequently thereby so".split())


def _coordinated_predicate(norms: Sequence[str], content: Sequence[bool], coordinator: int) -> int:
    """Return the position of the predicate that "and"/"or" at `coordinator` opens with no
    subject of its own, or -1: after any adverbs ("also", "then", "not", adverbs in -ly and
    those of `_CONSEQUENCE_ADVERBS`), a finite verb ("and is used", "and can damage") or,
    after an adverb of consequence, a content word with no determiner, not a noun before "of"
    ("and hence differ in relative atomic mass"; not "and hence the name")."""
    at, consequence = coordinator + 1, False
    while at + 1 < len(norms) and (norms[at] in _CONSEQUENCE_ADVERBS
                                   or norms[at] in _JOINING_ADVERBS
                                   or content[at] and norms[at].endswith("ly")):
        consequence |= norms[at] in _CONSEQUENCE_ADVERBS
        at += 1
    if at >= len(norms):
        return -1
    if norms[at] in _FINITE or _verb_before_pronoun(norms, content, at):
        return at
    if (consequence and content[at] and norms[at] not in MODIFIER_OPENERS
            and at + 1 < len(norms) and norms[at + 1] != "of"):
        return at
    return at if _parallel_verb(norms, content, coordinator, at) else -1


def _asyndetic_predicate(norms: Sequence[str], content: Sequence[bool], comma: int) -> int:
    """Return the position of a finite verb that a comma at `comma` joins to the predicate
    before it with no "and" and no subject of its own (asyndetic coordination: "it's like a
    tiny guitar with four strings, comes from Hawaii"), or -1. Right after the comma, past
    adverbs that stand before a verb ("also", "then", "sometimes": `_JOINING_ADVERBS`,
    `_PREVERBAL_ADVERBS`) at most, comes a finite verb (`_FINITE`), a past tense that is no
    participle (one of `_IRREGULAR_PASTS` that changes its vowel: "came", "grew"; not "built",
    nor those in -t or -d, "meant", "thought", "stood", which are participles too) or a
    content word in -s that takes an object or a preposition other than "of" ("comes from",
    "makes a sound", "makes" a stopword too: `_STOPWORD_VERBS_IN_S`; not a list's plural
    noun, which "and", a comma or "of" follows), or a linking verb (`_LINKING_VERBS`) that
    is no form of "be" and has its complement after it
    ("become inflamed", "remains sore"; not "remains of"): a linking verb, a stopword or not,
    has no reading as a noun, and after a comma it is no participle. A comma that closes an
    apposition is followed by the predicate of the noun before the apposition ("the tonsils,
    two pads of tissue at the back of the throat, become inflamed"): a path that entered the
    apposition left that noun behind. The
    clause before the comma may be the complement of a lead-in the body leaves out ("It's
    like"), so the first predicate need not be in sight. A participle ("used to ..."), a
    relative pronoun (", which ...") or an adverb before a phrase (", sometimes on condition
    that ...") opens no such predicate. After "then", an adverb of sequence that orders what
    is done, a bare word is a verb too when it takes an object or a preposition in the same
    way (", then stir into pasta", ", then add it"): "then" after a comma goes on with a step,
    whose noun phrase opens with a determiner (", then a layer of ..."); a past participle
    (`past_participle`: ", then used to ...", ", then given to ...") or a word in -ing is
    none."""
    at = comma + 1
    while at + 1 < len(norms) and (norms[at] in _JOINING_ADVERBS and norms[at] != "not"
                                   or norms[at] in _PREVERBAL_ADVERBS):
        at += 1
    sequence = "then" in norms[comma + 1:at]
    if at >= len(norms) or not content[at] and norms[at] not in _FINITE \
            and norms[at] not in _LINKING_VERBS and norms[at] not in _STOPWORD_VERBS_IN_S:
        return -1  # a stopword verb in -s is read as a content word in -s ("makes a sound")
    word = norms[at]
    after = norms[at + 1] if at + 1 < len(norms) else ""
    if word in _FINITE or (word in _LINKING_VERBS and word not in _BE_FORMS
                           and after not in ("", "of")):
        return at
    if (word in _IRREGULAR_PASTS and not word.endswith(("t", "d"))
            and word not in IRREGULAR_PARTICIPLES and word not in EN_PARTICIPLES):
        return at
    if not (word.isalpha() and after != "of"
            and (after in PREPOSITIONS or after in DETERMINERS or after in _OBJECT_PRONOUNS)):
        return -1
    verb_in_s = word.endswith("s") and looks_plural(word) is True
    bare_verb = (sequence and not word.endswith(("ing", "ly")) and not past_participle(word)
                 and not (word.endswith("s") and not word.endswith("ss")))
    return at if verb_in_s or bare_verb else -1


def _verb_before_pronoun(norms: Sequence[str], content: Sequence[bool], at: int) -> bool:
    """Return whether the content word at `at` is a verb because an object pronoun follows
    it, and then no verb or content word: "and transfer it to the wall" (a noun takes no
    object; in "the day and hour it was signed" the pronoun is a clause's subject)."""
    after = at + 2
    return (content[at] and norms[at].isalpha() and not norms[at].endswith(("ly", "ing"))
            and at + 1 < len(norms) and norms[at + 1] in _OBJECT_PRONOUNS
            and (after >= len(norms) or not content[after] and norms[after] not in _FINITE
                 and norms[after] not in _STOPWORD_VERBS))


def _parallel_verb(norms: Sequence[str], content: Sequence[bool], coordinator: int,
                   at: int) -> bool:
    """Return whether the word at `at`, after "and"/"or" at `coordinator`, is a verb in -s
    coordinated with the verb in -s of the relative clause it closes ("a ridge that runs
    parallel to a river and regulates water levels"): it has an object after it (a
    determiner or a content word, not "of"), and the clause's own verb, after "that",
    "which" or "who" with no comma between, shows the singular (`_predicate_number`). After
    a passive "that/which/who + be + participle" the verb takes the number of "be": in -s
    after "is/was", bare after "are/were" ("proteins that are produced by living cells and
    catalyze specific reactions"). A verb in -s may take a preposition or an object pronoun
    instead ("a mollusc that lives in a spiral shell and moves by jet propulsion"), unless a
    bare plural comes before the coordinator: then it is the next item of a list of nouns
    ("that lives in rivers and lakes in Asia"). A comma between two adjectives before their
    noun does not end the clause: one `_adjective_comma` reads, or one after a determiner and
    a past participle, which is an adjective there, no list item ("a coiled, chambered shell
    and ..."; a noun phrase that runs into "and" is no sure end for `_adjective_comma`)."""
    word = norms[at]
    singular = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    after = norms[at + 1] if at + 1 < len(norms) else ""
    takes = bool(after) and (content[at + 1] or after in DETERMINERS) or (
        singular and (after in PREPOSITIONS or after in _OBJECT_PRONOUNS)
        and looks_plural(norms[coordinator - 1]) is not True)
    if not (content[at] and word.isalpha() and not word.endswith(("ed", "ing", "ly"))
            and after != "of" and takes):
        return False
    for index in range(coordinator - 1, 0, -1):
        if norms[index] == "," and (_adjective_comma(norms, content, index) or (
                index >= 2 and norms[index - 2] in DETERMINERS
                and past_participle(norms[index - 1]) and content[index + 1])):
            continue
        if norms[index] in {",", ";", ":"} or norms[index] in COORDINATORS:
            return False
        if norms[index - 1] in {"that", "which", "who"}:
            if norms[index] in _BE_FORMS and past_participle(norms[index + 1]):
                return verb_number(norms[index]) is (not singular)  # "that are produced"
            return singular and content[index] and _predicate_number(norms, content,
                                                                     index) is False
    return False


def _passive_relative_participle(norms: Sequence[str], index: int) -> bool:
    """Return whether the word at `index` is a past participle after a relative pronoun and
    "be" ("produced" in "proteins that are produced by living cells")."""
    return (index >= 2 and past_participle(norms[index]) and norms[index - 1] in _BE_FORMS
            and norms[index - 2] in {"that", "which", "who"})


def _predicate_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` is, or opens, a predicate: a finite verb, a verb that
    is a stopword, a clause opener (its verb follows it), a content word `role` reads as a
    verb ("that contain", "to store") or one right after a finite verb ("is levied")."""
    word = norms[index]
    return (word in _FINITE or word in _STOPWORD_VERBS or word in CLAUSE_OPENERS
            or content[index] and (role(norms, content, index) == "verb" or index > 0 and (
                norms[index - 1] in _FINITE or norms[index - 1] in _STOPWORD_VERBS)))


def _predicate_number(norms: Sequence[str], content: Sequence[bool], index: int) -> bool | None:
    """Return the number a predicate at `index` shows (True for plural), or None: that of
    "is/are", "has/have", "does/do", and of a lexical verb after a relative pronoun that is its
    subject ("that contain", "which flows") or after "and" and an adverb of consequence ("and
    hence differ"): in -s singular, bare plural. Modals, participles and infinitives show
    none."""
    word = norms[index]
    if verb_number(word) is not None or not content[index] or index == 0:
        return verb_number(word)
    before = norms[index - 1]
    if before in COORDINATORS and _verb_before_pronoun(norms, content, index) \
            and not word.endswith("ed"):
        return not (word.endswith("s") and not word.endswith("ss"))  # "and transfer it"
    if not (before in _CONSEQUENCE_ADVERBS or before in {"that", "which", "who"} and not (
            index > 1 and (norms[index - 2] in MODIFIER_OPENERS or norms[index - 2] == "of"))):
        return None
    if word.endswith(("ed", "ing", "ly")):
        return None
    return not (word.endswith("s") and not word.endswith("ss"))


def coordinated_predicates_ok(body: _Body, start: int, last: int, verb_before: bool = False,
                              number_before: bool | None = None) -> bool:
    """Return whether every predicate that "and"/"or" coordinates with no subject of its own
    (see `_coordinated_predicate`) in positions `start`..`last` of `body` has a predicate to go
    with: a verb or clause opener of its own source from `start` on, where the path entered
    the source, before the coordinator (see `_predicate_at`), or else one in the text before
    the join (`verb_before`) whose number (`number_before`, see `_predicate_number`) is not
    another than its own. Else the second predicate would lose its subject and verb, or take
    a noun phrase that has none ("A form of a chemical element with a specific number of
    neutrons" + "[neutrons] in their nuclei, and hence differ in relative atomic mass": the
    source's "that contain ..." stayed behind); "[is hypothesized to exist in] space" +
    "[space] and could account for ..." keeps one. So does a finite verb that a bare comma
    joins (see `_asyndetic_predicate`): "A musical instrument like a small guitar with four
    strings" + "[strings], comes from Hawaii originally" left the source's "It's" behind."""
    norms, content = body.norms, body.content
    for index in range(start + 1, last):
        if norms[index] in COORDINATORS:
            predicate = _coordinated_predicate(norms, content, index)
        elif norms[index] == "," and "," not in norms[start:index]:
            predicate = _asyndetic_predicate(norms, content, index)  # "[strings], comes from"
            # (a comma before it in the run may close an aside after the verb's own subject)
        else:
            continue
        if not 0 <= predicate <= last or any(
                _predicate_at(norms, content, j)
                and not (j == start and _passive_relative_participle(norms, j)
                         and _parallel_verb(norms, content, index, predicate))
                for j in range(start, index)):
            continue  # a participle entered after "that are" is no partner of a lexical verb:
            # its "be" stayed behind ("[a substance] produced by living cells and catalyze")
        number = (not norms[predicate].endswith("s")
                  if _parallel_verb(norms, content, index, predicate)
                  or norms[index] == "," and (content[predicate]
                                              or norms[predicate] in _LINKING_VERBS
                                              or norms[predicate] in _STOPWORD_VERBS_IN_S)
                  and norms[predicate] not in _IRREGULAR_PASTS
                  and not norms[predicate].endswith("ed")  # a past tense shows no number
                  else _predicate_number(norms, content, predicate))
        if not verb_before or None not in (number, number_before) and number != number_before:
            return False
        if number is not None and number_before is None:
            return False  # "built to prevent the overflow of a river" + "[river] and regulates
            # water levels": a finite verb coordinated with no finite verb before it
    return True


#: Clause openers that are verbs: their object and bare verb are the clause ("let it cool").
_CLAUSE_VERBS = frozenset({"let"})


def _verb_form(word: str) -> str:
    """Return the form of a verb: "ing", "ed", "s" (singular: "is", "heats") or "bare"."""
    if word.endswith("ing"):
        return "ing"
    if verb_number(word) is False or word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "ed" if word.endswith("ed") else "bare"


def _verb_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` is a verb: a predicate (`_predicate_at`) that is no
    clause opener, save the verbs among them (`_CLAUSE_VERBS`)."""
    return (_predicate_at(norms, content, index)
            and (norms[index] not in CLAUSE_OPENERS or norms[index] in _CLAUSE_VERBS))


def _gerund_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` is a gerund: a content word in -ing that opens its
    text or follows a preposition ("the process of heating metal", "by heating")."""
    return (content[index] and norms[index].endswith("ing") and norms[index].isalpha()
            and (index == 0 or norms[index - 1] in MODIFIER_OPENERS
                 or norms[index - 1] in {"of", "as", "about"}))


def verb_forms(norms: Sequence[str], content: Sequence[bool], start: int, last: int) -> set[str]:
    """Return the forms (`_verb_form`) of the verbs and gerunds in positions `start`..`last`."""
    return {_verb_form(norms[i]) for i in range(start, last + 1)
            if _verb_at(norms, content, i) or _gerund_at(norms, content, i)}


def coordinated_form_ok(body: _Body, start: int, last: int, forms_before: set[str]) -> bool:
    """Return whether a verb that "and"/"or" (and adverbs: "and then") coordinates in positions
    `start`..`last` of `body`, with no verb or gerund of its own source from `start` on before
    the coordinator, agrees in form (`_verb_form`) with a verb of the text before the join
    when that text holds a gerund (`forms_before`, see `verb_forms`): else the coordinate it
    had stayed behind and the verb is said alongside a gerund in another form ("the process
    of heating metal" + "[metal] up to a specific temperature and then let it cool down
    slowly": "heating ... and then let"; its source's "you heat" stayed behind; "heating
    metal up to a specific temperature" + "[temperature] for an extended period and then
    slowly cooled")."""
    if "ing" not in forms_before:
        return True
    norms, content = body.norms, body.content
    for index in range(start + 1, last):
        if norms[index] not in COORDINATORS:
            continue
        at = _past_joining_adverbs(norms, content, index + 1, last)
        verb = _verb_at(norms, content, at) or (at > index + 1 and content[at]
                                                 and norms[at].endswith("ed"))
        if not verb or verb_forms(norms, content, start, index - 1):
            continue  # a participle after an adverb is a verb too ("and then slowly cooled")
        if _verb_form(norms[at]) not in forms_before:
            return False
    return True


def _infinitive_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether "to" at `index` opens an infinitive: a content word `role` reads as a
    verb follows it."""
    return (norms[index] == "to" and index + 1 < len(norms) and content[index + 1]
            and role(norms, content, index + 1) == "verb")


def _base_verb_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` is a verb in its base form by the word before it:
    "to" that opens an infinitive (`_infinitive_at`: "to discharge a debt") or a modal ("can
    store"), before a content word or a verb that is a stopword ("to make", "can be")."""
    if index < 1 or not (content[index] or norms[index] in _STOPWORD_VERBS):
        return False
    cue = norms[index - 1]
    return cue in MODAL_VERBS or cue == "to" and (norms[index] in _STOPWORD_VERBS
                                                  or _infinitive_at(norms, content, index - 1))


def _bare_verb_phrase_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` (after "and"/"or") is a verb in its base form that
    opens a phrase with its object: a content word with no ending of another form
    (`_verb_form`: not "-ing", "-ed", "-s"; no participle, no adverb in -ly) that a
    determiner or an object pronoun follows ("and substitute a new one", "or release it").
    A noun after "and" is followed by no determiner."""
    word = norms[index]
    after = norms[index + 1] if index + 1 < len(norms) else ""
    return (content[index] and word.isalpha() and _verb_form(word) == "bare"
            and not word.endswith("ly") and not past_participle(word)
            and (after in DETERMINERS or after in _OBJECT_PRONOUNS))


def coordinated_infinitive_ok(body: _Body, start: int, last: int, infinitive_before: bool,
                              base_before: bool = False) -> bool:
    """Return whether an infinitive that "and to"/"or to" coordinates in positions
    `start`..`last` of `body` has one to go with: an infinitive of the run itself before the
    coordinator or, when the one it had in its source lies before `start`, where the path
    entered the source (within `LIST_SPAN` words, in the same clause), one in the text before
    the join (`infinitive_before`). Else "or to rest" is said alongside a phrase of another
    form ("commanding a wide view" + "[to enjoy the] view or to rest in the shade").

    So with a bare verb and its object after "and"/"or" (and adverbs: `_bare_verb_phrase_at`)
    whose partner in its source is a verb in the base form (`_base_verb_at`: "agree to
    discharge an existing contract and substitute a new one"): a base form is coordinated
    with a base form, never with a gerund or a finite verb, so when that partner lies before
    `start`, the last verb of the text before the join must be one (`base_before`, see
    `_last_verb_kind`). "a mechanism for replacing one party in a contract" + "[contract] and
    substitute a new one" says "for replacing ... and substitute"."""
    norms, content = body.norms, body.content

    def bare_verb(index: int) -> bool:
        if norms[index] not in COORDINATORS:
            return False
        at = _past_joining_adverbs(norms, content, index + 1, last)
        return at <= last and _bare_verb_phrase_at(norms, content, at)

    return (_partner_ok(body, start, last, lambda k: _infinitive_at(norms, content, k),
                        lambda index: norms[index] in COORDINATORS and norms[index + 1] == "to",
                        infinitive_before)
            and _partner_ok(body, start, last, lambda k: _base_verb_at(norms, content, k),
                            bare_verb, base_before))


def _partner_ok(body: _Body, start: int, last: int, form, coordinated, before: bool) -> bool:
    """Return whether each phrase that a coordinator at an index of `start`..`last` opens
    (`coordinated(index)`) has a partner of the same form (`form(k)` for where one starts):
    one in the run itself before the coordinator or, when the one it had in its source lies
    before `start` (within `LIST_SPAN` words, in the same clause), `before`, which says
    whether the text before the join ends in one. `coordinated_infinitive_ok` and
    `coordinated_participle_ok` ask it for their forms."""
    norms = body.norms
    for index in range(start + 1, last):
        if not coordinated(index) or any(form(k) for k in range(start, index)):
            continue
        for k in range(start - 1, max(-1, start - 1 - LIST_SPAN), -1):
            if norms[k] in {";", ":"} or norms[k] in SENTENCE_END:
                break
            if form(k):
                if not before:
                    return False
                break
    return True


def _participle_phrase_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` is a past participle that opens a phrase of its own
    (`past_participle`): no content word follows it, or an adverb in -ly does ("worn around
    the neck", "made voluntarily", a stopword; not "dyed" in "silk and dyed cotton", a
    premodifier)."""
    after = index + 1
    return (past_participle(norms[index])
            and (after >= len(norms) or not content[after] or norms[after].endswith("ly")))


def _ing_phrase_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` is a verb in -ing that opens a phrase of its own: a
    content word in -ing of more than four letters that a determiner, an object pronoun, a
    particle, a preposition or an adverb in -ly follows ("stirring the whole time", "attaching
    to rocks"; not a noun in a list, "icing and nuts"), or "having", a stopword that always
    takes an object (`_OBJECT_STOPWORD_VERBS`: "having a dark shell", "having ringed horns")."""
    word = norms[index]
    if word in _OBJECT_STOPWORD_VERBS and word.endswith("ing"):
        return True
    after = norms[index + 1] if index + 1 < len(norms) else ""
    return (content[index] and word.endswith("ing") and len(word) > 4
            and (after in DETERMINERS or after in _OBJECT_PRONOUNS or after in _PARTICLES
                 or after in MODIFIER_OPENERS or after.endswith("ly")))


def _any_participle_phrase_at(norms: Sequence[str], content: Sequence[bool], index: int) -> bool:
    """Return whether the word at `index` opens a participle phrase, past
    (`_participle_phrase_at`) or in -ing (`_ing_phrase_at`)."""
    return _participle_phrase_at(norms, content, index) or _ing_phrase_at(norms, content, index)


def coordinated_participle_ok(body: _Body, start: int, last: int, participle_before: bool,
                              gerund_before: bool = False) -> bool:
    """Return whether a participle phrase that "and"/"or" coordinates in positions
    `start`..`last` of `body` (after any adverbs), past (`_participle_phrase_at`) or in -ing
    (`_ing_phrase_at`), has one to go with: a participle phrase of the run itself before the
    coordinator or, when the one it had in its source lies before `start`, where the path
    entered the source (within `LIST_SPAN` words, in the same clause), the last verb of the
    text before the join (`participle_before`). The conjuncts of "and" are of one kind, and
    participle phrases of either form go together ("having ringed horns and noted for their
    speed"); else the participle is coordinated with a finite verb, with a prepositional
    phrase or with no verb ("a short wide strip of cloth that men wear around the neck" +
    "[worn around the] neck and tied in front": "that men wear ... and tied"; "a bivalve with
    a dark" + "[molluscs having a] dark elongated shell and attaching to rocks": "with a
    shell and attaching"). A phrase in -ing may also go with a gerund that a preposition
    governs, the last verb before the join (`gerund_before`: "for blowing air into a fire or
    sounding an organ"); a past participle may not ("made by rolling dough around a filling
    and baked" would need "and baking", see `_last_verb_kind`)."""
    norms, content = body.norms, body.content

    def coordinated(index: int, form) -> bool:
        if norms[index] not in COORDINATORS:
            return False
        at = _past_joining_adverbs(norms, content, index + 1, last)
        return form(norms, content, at)

    def partner(k: int) -> bool:
        return _any_participle_phrase_at(norms, content, k)

    return (_partner_ok(body, start, last, partner,
                        lambda index: coordinated(index, _participle_phrase_at), participle_before)
            and _partner_ok(body, start, last, partner,
                            lambda index: coordinated(index, _ing_phrase_at),
                            participle_before or gerund_before))


def _last_verb_kind(body: _Body, start: int, last: int, before: str) -> str:
    """Return what the last verb in positions `start`..`last` of `body` is: "participle", a
    past one that opens a phrase (`_participle_phrase_at`), "having", or a content word in -ing
    (`_participle`: "covering walls", "growing on walls", which `role` leaves unread);
    "gerund", a word in -ing right after a preposition (`_gerund_at`: "by rolling thin dough",
    "for blowing air"), the noun-like object of that preposition and no participle, which a
    past participle cannot be coordinated with ("made by rolling dough around a filling and
    baked" would need "and baking"); "base", a verb in its base form after "to" or a modal
    (`_base_verb_at`: "to discharge a debt"), which a bare verb after "and" goes with; "" for
    another verb; or `before` when there is none. A word in -ing right after a determiner or
    a possessive is a noun ("a filling", "its covering"), no verb."""
    norms, content = body.norms, body.content
    for index in range(last, start - 1, -1):
        if _gerund_at(norms, content, index):
            return "gerund"
        if (content[index] and norms[index].endswith("ing") and index
                and (norms[index - 1] in DETERMINERS or norms[index - 1] in _POSSESSIVES)):
            continue
        if (_any_participle_phrase_at(norms, content, index)
                or content[index] and _participle(norms[index], gerund=True)):
            return "participle"
        if _verb_at(norms, content, index):
            return "base" if _base_verb_at(norms, content, index) else ""
    return before


def _subject_and_verb_at(body: _Body, index: int, last: int) -> bool:
    """Return whether a subject of its own and its finite verb stand from `index` up to `last`
    of `body` (`_clause_subject`): a determiner's noun phrase and its verb ("the plate is"),
    or a subject pronoun that a verb follows ("you hit", "it goes", "it's"; not "it" before a
    preposition, an object: "struck it with", "here and there in")."""
    tokens = body.tokens[index:last + 1]
    if not _clause_subject(tokens):
        return False
    word = tokens[0].norm
    if word in DETERMINERS or "'" in word:
        return True
    after = tokens[1].norm if len(tokens) > 1 else ""
    return (len(tokens) > 1 and tokens[1].is_content and after.isalpha()
            or after in _FINITE or after in _STOPWORD_VERBS)


def coordinated_clause_ok(body: _Body, start: int, last: int, clause_before: bool) -> bool:
    """Return whether a main clause that "and/or/but" coordinates in positions `start`..`last`
    of `body` (the coordinator, a subject of its own and its finite verb: "and it goes ...",
    see `_subject_and_verb_at`) has a clause of its kind to go with: a subject and its verb of
    the run itself before the coordinator, or, in the text before the join, a clause with
    its own subject that the pivot lies in (`clause_before`, see `_clause_with_subject`).
    Two main clauses are coordinated, not a clause and a phrase: "a disc that produces a sound
    when struck with a mallet" + "[a plate you hit with a] mallet and it goes BONGGG" says
    "when struck with a mallet and it goes", and its "it" points to the source's plate.
    "and" before a noun phrase with no verb ("a mallet and a stand") opens no clause, nor
    does one before a noun phrase and its verb with no comma before "and" (`_joins_main_clause`:
    "the sun or the moon is hidden", "stone or other material is extracted")."""
    if clause_before:
        return True
    norms = body.norms
    for index in range(start + 1, last):
        if (norms[index] in _CLAUSE_COORDINATORS
                and (norms[index + 1] not in DETERMINERS or _joins_main_clause(norms, index))
                and _subject_and_verb_at(body, index + 1, last)
                and not any(_subject_and_verb_at(body, k, index - 1)
                            for k in range(start, index))):
            return False
    return True


def _clause_with_subject(body: _Body, start: int, last: int, before: bool) -> bool:
    """Return whether the clause that position `last` of `body` lies in has a subject of its
    own and its verb (`_subject_and_verb_at`), walking back to the nearest clause opener or
    mark ("a plate you hit with a mallet"; not "when struck with a mallet", "a disc, usually
    suspended"), or `before` when the walk reaches `start`."""
    norms = body.norms
    for index in range(last, start - 1, -1):
        if _subject_and_verb_at(body, index, last):
            return True
        if norms[index] in CLAUSE_OPENERS or not norms[index][:1].isalnum():
            return False
    return before


def participle_adjunct_ok(body: _Body, start: int, last: int, clause_before: bool) -> bool:
    """Return whether a participle adjunct in -ing after a comma in positions `start`..`last` of
    `body` (", stirring the whole time", ", using a ladle": `_ing_phrase_at`; not a noun in a
    list, ", icing and nuts") keeps the subject it is understood with. Such an adjunct is said
    of the subject of the clause it follows; when in its source that clause has a subject of
    its own and its verb before `start` (`_clause_with_subject`: "rice that you cook slowly in
    stock, stirring ..."), the clause of the result at the comma needs one too: in the run
    itself or, at the pivot, in the text before the join (`clause_before`). A reduced passive
    or a noun phrase has none, and the participle would dangle ("a dish of rice cooked in
    stock, stirring the whole time": nothing there stirs). After a noun phrase with no subject
    and verb in its source (", containing ...") the participle describes the noun and
    constrains nothing."""
    norms, content = body.norms, body.content
    for index in range(start + 1, last):
        if norms[index] != ",":
            continue
        at = index + 1
        if at < last and content[at] and norms[at].endswith("ly"):
            at += 1
        if not _ing_phrase_at(norms, content, at):
            continue
        if (_clause_with_subject(body, 0, index - 1, False)
                and not _clause_with_subject(body, start, index - 1, clause_before)):
            return False
    return True


#: Prepositions whose gerund takes as its understood subject the agent of the clause it
#: attaches to ("you pay without writing a check", "you open it by pulling the tab"); "of"
#: counts after "instead" ("instead of writing a check").
_AGENT_GERUND_OPENERS = frozenset({"without", "by"})


def _agent_gerund_attachment(norms: Sequence[str], content: Sequence[bool], index: int) -> int:
    """Return the last position of the clause that a gerund adjunct opened at `index` attaches
    to ("without writing", "by pulling", "instead of writing": `_AGENT_GERUND_OPENERS`, then a
    gerund, `_gerund_at`), or -1 when none opens there."""
    if index + 1 >= len(norms) or not _gerund_at(norms, content, index + 1):
        return -1
    if norms[index] in _AGENT_GERUND_OPENERS:
        return index - 1
    if norms[index] == "of" and index > 1 and _CONTRASTS["of"] == norms[index - 1]:
        return index - 2
    return -1


def _passive_clause(norms: Sequence[str], content: Sequence[bool], last: int) -> bool:
    """Return whether the last verb of the clause that position `last` lies in is a passive
    with "be" (`_be_passive_at`: "the amount being deducted from the account", "money that is
    deducted from it"), walking back to the first verb (`_verb_at`) and no further than the
    clause's opener or mark."""
    for index in range(last, -1, -1):
        if _be_passive_at(norms, content, index):
            return True
        if (_verb_at(norms, content, index) or norms[index] in CLAUSE_OPENERS
                or not norms[index][:1].isalnum()):
            return False
    return False


def _said_through(body: _Body, start: int, end: int, said_norms: Sequence[str],
                  said_content: Sequence[bool]) -> tuple[list[str], list[bool]]:
    """Return the words of the result, and which are content words, up to and with position
    `end` of `body`, for a path that has said `said_norms` (`said_content`) and entered
    `body` at its pivot `start`, the last word said: the pivot is said once, and an `end` at
    or before the pivot falls among the words said ("instead" may be the pivot)."""
    cut = len(said_norms) + end - start
    return ([*said_norms, *body.norms[start + 1:end + 1]][:cut],
            [*said_content, *body.content[start + 1:end + 1]][:cut])


def gerund_adjunct_ok(body: _Body, start: int, last: int, said_norms: Sequence[str],
                      said_content: Sequence[bool]) -> bool:
    """Return whether each gerund adjunct in positions `start`..`last` of `body` ("without
    writing a check", "by pulling the tab", "instead of writing": `_agent_gerund_attachment`)
    still has, in the result whose words up to and with the pivot are `said_norms`, an agent
    to be understood as the gerund's subject. Such a gerund is said of the agent of the clause
    it attaches to; when in its source that clause has a subject of its own and its verb
    (`_clause_with_subject`: "a debit card lets you spend money from your account without
    writing a check") and is no passive, the clause of the result there may not be a passive
    with "be" (`_passive_clause`): its only subject is what undergoes the verb, which cannot
    do what the gerund says ("a card ..., the amount being deducted from the holder's account"
    + "[account] without writing a check": the amount writes no check). A source whose own
    clause is a passive, or has no subject of its own ("a card used to pay without ..."),
    constrains nothing; nor does a clause of the result with an active verb ("allows the
    holder to pay from an account without ...") or a reduced relative ("money taken from an
    account without ...")."""
    norms, content = body.norms, body.content
    for index in range(start + 1, last):
        attached = _agent_gerund_attachment(norms, content, index)
        if (attached < 0 or not _clause_with_subject(body, 0, attached, False)
                or _passive_clause(norms, content, attached)):
            continue
        made, made_content = _said_through(body, start, attached, said_norms, said_content)
        if _passive_clause(made, made_content, len(made) - 1):
            return False
    return True


def _as_predicative_number(norms: Sequence[str], content: Sequence[bool], at: int) -> bool | None:
    """Return the number of the noun phrase "as" at `at` opens (True for plural), or None:
    singular after "a/an" ("as a fraud"), else that of the last of the content words right
    after "as" ("as frauds", "as serious threats")."""
    if at + 1 >= len(norms):
        return None
    if norms[at + 1] in {"a", "an"}:
        return False
    if not content[at + 1]:
        return None  # "as well", "as such", "as the ...": no bare noun phrase that shows number
    head = at + 1
    while head + 1 < len(norms) and content[head + 1]:
        head += 1
    return looks_plural(norms[head])


def _as_said_of_number(norms: Sequence[str], content: Sequence[bool], at: int) -> bool | None:
    """Return the number of what a predicative after "as" at `at` is said of, when a past
    participle comes right before "as" ("exposed as", "known as"), or None: after a noun
    phrase, that noun phrase ("programs known as"); after a form of "be", the participle's
    subject, which is that of its clause (`_clause_subject_number`: "people have a fear of
    being exposed as", "in which a person ... lives in fear of being exposed as")."""
    verb = at - 1
    if verb < 1 or not past_participle(norms[verb]):
        return None
    if norms[verb - 1] in _BE_FORMS:
        return _clause_subject_number(norms, content, verb - 1)
    if ends_noun_phrase(norms, content, verb - 1):
        return subject_is_plural(norms[:verb])
    return None


def _clause_subject_number(norms: Sequence[str], content: Sequence[bool], at: int) -> bool | None:
    """Return the number of the subject of the clause that holds `at` (True for plural), or
    None when its form does not show: walking back, the nearest "is/are/has/have" shows it
    ("people have a fear of being"); else the clause's opener leads to it: a relative
    pronoun that is the subject stands for the noun phrase before it ("a person who fears
    being"), and after a preposition ("in which") or a subordinator the subject follows the
    opener, a pronoun ("they") or one noun after determiners whose verb's form agrees with it
    ("a person builds", "people build"; "young users create" shows nothing sure)."""
    for index in range(at, -1, -1):
        word = norms[index]
        if verb_number(word) is not None:
            return verb_number(word)
        if word in {".", ";", ":"}:
            return None
        if word not in CLAUSE_OPENERS:
            continue
        if word in {"who", "that", "which"} and index > 0 and norms[index - 1] not in PREPOSITIONS:
            return subject_is_plural(norms[:_antecedent_end(norms, index)])
        noun = index + 1
        if noun < len(norms) and norms[noun] in _SUBJECT_PRONOUNS:
            return (True if norms[noun] in PLURAL_PRONOUNS
                    else False if norms[noun] in SINGULAR_PRONOUNS else None)
        while noun < len(norms) and norms[noun] in DETERMINERS:
            noun += 1
        if noun + 1 >= len(norms) or not (content[noun] and content[noun + 1]):
            return None
        number, verb = looks_plural(norms[noun]), norms[noun + 1]
        if number is True and looks_plural(verb) is False and not verb.endswith(("ed", "ing")):
            return True  # "people build"
        if number is False and looks_plural(verb) is True:
            return False  # "a person builds"
        return None
    return None


def predicatives_ok(body: _Body, start: int, last: int, said_norms: Sequence[str],
                    said_content: Sequence[bool]) -> bool:
    """Return whether each noun phrase after "as" in positions `start`..`last` of `body` that
    is predicative (said of a subject before it: see `_as_said_of_number`) still agrees in
    number with what it is said of in the result, whose words up to and with the pivot are
    `said_norms`. A predicative noun agrees with the noun it is said of ("a person ... exposed
    as a fraud", "people ... exposed as frauds"); when its source makes them agree but the
    text before the join brings a subject of the other number, the run may not go on past
    "as" ("a person doubts ... and has a persistent fear of being exposed" + "[exposed] as
    frauds", where "frauds" was said of the source's "people"). A source whose own
    predicative does not agree ("injured as a result") constrains nothing."""
    norms, content = body.norms, body.content
    for index in range(start + 1, last):
        if norms[index] != "as":
            continue
        shown = _as_predicative_number(norms, content, index)
        if shown is None or _as_said_of_number(norms, content, index) != shown:
            continue
        made, made_content = _said_through(body, start, index, said_norms, said_content)
        found = _as_said_of_number(made, made_content, len(made) - 1)
        if found is not None and found != shown:
            return False
    return True


def partitives_ok(body: _Body, start: int, last: int, said_norms: Sequence[str],
                  said_content: Sequence[bool]) -> bool:
    """Return whether each partitive relative clause after a comma in positions
    `start`..`last` of `body` (`_partitive_relative`: ", several kinds of which") still has a
    plural noun to count in the result, whose words up to and with the pivot are
    `said_norms`, when it has one in its source: a plural noun that ends a noun phrase
    (`_noun_numbers`) from which the prepositional phrases run on to the clause
    (`_relative_after_phrases`). "Several kinds of which" picks some out of many: after "any
    of various molluscs with a rough shell" it counts the molluscs, but after a join that
    brings "a mollusc with a rough" + "[rough], irregular shell, several kinds of which"
    there is one mollusc and one shell, and nothing plural to count. A source whose clause
    counts a singular noun (a collective: "a family, several of whom") constrains nothing."""
    norms, content = body.norms, body.content
    for index in range(start + 1, last):
        pronoun = (_partitive_relative(norms, content, index + 1)
                   if norms[index] == "," else -1)
        if pronoun < 0 or not _counts_plural(norms[:pronoun + 1], content[:pronoun + 1]):
            continue
        if not _counts_plural(*_said_through(body, start, pronoun, said_norms, said_content)):
            return False
    return True


def having_relatives_ok(body: _Body, start: int, last: int, said_norms: Sequence[str],
                        said_content: Sequence[bool]) -> bool:
    """Return whether each relative clause in positions `start`..`last` of `body` that comes
    right after a "with"/"having" phrase (`_having_head`: "a shellfish with a rough shell that
    lives in the sea") still has, in the result whose words up to and with the pivot are
    `said_norms`, a noun before that phrase in the number its verb shows, when the source's
    noun there has it. A relative clause may pass over such a phrase and describe the noun
    before it (what lives in the sea is the shellfish, not its shell); after a join that
    brings "molluscs with a rough, irregular shell" + "[shell] that lives in the sea" that
    noun is a plural, and "lives" is left to the shell. A source whose noun before the phrase
    does not agree with the verb ("a shellfish with two shells that open") says the clause
    describes the phrase's own noun, and constrains nothing; nor does a result with no such
    phrase before the clause."""
    norms, content = body.norms, body.content
    for index in range(start + 1, last):
        if norms[index] not in {"that", "which", "who"}:
            continue
        shown = _relative_after_phrases(norms, content, index - 1)
        noun = _having_head(norms, content, index) if shown is not None else -1
        if noun < 0 or looks_plural(norms[noun]) != shown:
            continue
        made, made_content = _said_through(body, start, index, said_norms, said_content)
        made_noun = _having_head(made, made_content, len(made) - 1)
        if made_noun >= 0 and looks_plural(made[made_noun]) not in (shown, None):
            return False
    return True


def _counts_plural(norms: Sequence[str], content: Sequence[bool]) -> bool:
    """Return whether a plural noun in `norms`, which end with a partitive relative clause's
    "which"/"whom", may be what the clause counts (`_relative_after_phrases` reads it so)."""
    return any(True in _noun_numbers(norms, content, at, at + 1)
               and _relative_after_phrases(norms, content, at) is True
               for at in range(len(norms) - 4))


def _runs_keep_pronouns(path: _Path, bodies: Sequence[_Body]) -> bool:
    """Return whether every run after a switch keeps the antecedents of its pronouns and of its
    definite noun phrases (see `pronouns_ok`, `definites_ok`) and the first of its participles
    (see `then_participle_ok`) and of its coordinated predicates, infinitives and clauses (see
    `coordinated_predicates_ok`, `coordinated_form_ok`, `coordinated_infinitive_ok`,
    `coordinated_clause_ok`), the subject of its participle adjuncts (`participle_adjunct_ok`)
    and the agent of its gerund adjuncts (`gerund_adjunct_ok`), the number of what its
    predicatives after "as" are said of (see `predicatives_ok`), a plural for its partitive
    relative clauses to count (see `partitives_ok`), the number of the noun before a "with"
    phrase its relative clauses may describe (see `having_relatives_ok`), and does not start
    speaking to "you" or of "I/we" when the text before it did not ("buyers of real property" +
    "if you fail", "the customer" + "and I therefore become their salesman"); and whether the
    first run, too, says no "this/these/those" noun that it has not said before
    (`definites_ok`)."""
    said: set[str] = set()
    persons: set[frozenset[str]] = set()  # the persons ("you", "I") the text so far speaks in
    verb_before, number_before = False, None  # a predicate said so far, and its number
    forms_before: set[str] = set()  # the forms of the verbs said so far
    infinitive_before = False  # a "to"-infinitive said so far
    last_verb = ""  # the last verb said so far: "participle", "gerund" (`_last_verb_kind`)
    clause_before = False  # the clause said last has a subject of its own and its verb
    said_norms: list[str] = []  # the words of the result so far, and which are content words
    said_content: list[bool] = []
    for number, (first, last, ends) in enumerate(path.runs):
        body_index, last_position = min(ends)
        body = bodies[body_index]
        start = last_position - (last - first)
        spoken = _persons(body.norms[start:last_position + 1])
        # the first run starts where its source starts: nothing was cut off; but "this",
        # "these" and "those" point back wherever they stand, and in the first run to nothing
        # the result says ("[a manuscript written on] this material", where a dictionary's
        # later sense points back to its first; `definites_ok`)
        if not number and not definites_ok(body, start, last_position, frozenset(),
                                           switched=False):
            return False
        if number and not (pronouns_ok(body, start, last_position)
                           and definites_ok(body, start, last_position, frozenset(said))
                           and then_participle_ok(body, start, last_position)
                           and coordinated_predicates_ok(body, start, last_position,
                                                         verb_before, number_before)
                           and coordinated_form_ok(body, start, last_position, forms_before)
                           and coordinated_infinitive_ok(body, start, last_position,
                                                         infinitive_before, last_verb == "base")
                           and coordinated_participle_ok(body, start, last_position,
                                                         last_verb == "participle",
                                                         last_verb == "gerund")
                           and coordinated_clause_ok(body, start, last_position, clause_before)
                           and participle_adjunct_ok(body, start, last_position, clause_before)
                           and gerund_adjunct_ok(body, start, last_position, said_norms,
                                                 said_content)
                           and predicatives_ok(body, start, last_position, said_norms,
                                               said_content)
                           and partitives_ok(body, start, last_position, said_norms,
                                             said_content)
                           and having_relatives_ok(body, start, last_position, said_norms,
                                                   said_content)
                           and spoken <= persons):
            return False
        first_new = start + 1 if number else start  # the pivot is said once
        said_norms += body.norms[first_new:last_position + 1]
        said_content += body.content[first_new:last_position + 1]
        for index in range(start, last_position + 1):
            if _predicate_at(body.norms, body.content, index):
                verb_before = True
                shown = _predicate_number(body.norms, body.content, index)
                number_before = number_before if shown is None else shown
        said.update(body.tokens[i].key for i in range(start, last_position + 1) if body.content[i])
        forms_before |= verb_forms(body.norms, body.content, start, last_position)
        infinitive_before = infinitive_before or any(
            _infinitive_at(body.norms, body.content, i) for i in range(start, last_position + 1))
        last_verb = _last_verb_kind(body, start, last_position, last_verb)
        clause_before = _clause_with_subject(body, start, last_position, clause_before)
        persons |= spoken
    return True


class _CopyIndex:
    """Tells whether, and in which sequences, words occur in order and together: the positions
    of each word and of each pair of adjacent words are indexed, so a run is checked only
    where its rarest pair (or, alone, its word) stands."""

    def __init__(self, *sources: Sequence[Sequence[str]]):
        self.sequences = [tuple(seq) for group in sources for seq in group]
        self.postings: dict[str, list[tuple[int, int]]] = {}
        self.pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for number, sequence in enumerate(self.sequences):
            for position, word in enumerate(sequence):
                self.postings.setdefault(word, []).append((number, position))
                if position + 1 < len(sequence):
                    self.pairs.setdefault((word, sequence[position + 1]), []).append(
                        (number, position))

    def _matches(self, words: tuple[str, ...]):
        """Yield the number of each sequence holding `words` at some place (once per place)."""
        if not words:
            return
        if len(words) == 1:
            candidates, offset = self.postings.get(words[0], ()), 0
        else:
            offset = min(range(len(words) - 1),
                         key=lambda i: len(self.pairs.get((words[i], words[i + 1]), ())))
            candidates = self.pairs.get((words[offset], words[offset + 1]), ())
        for number, position in candidates:
            start = position - offset
            if start >= 0 and self.sequences[number][start:start + len(words)] == words:
                yield number

    def contains(self, words: Sequence[str]) -> bool:
        """Return whether `words` (non-empty) is a contiguous run of one of the sequences."""
        return next(self._matches(tuple(words)), None) is not None

    def holders(self, words: Sequence[str]) -> list[int]:
        """Return the numbers, in order, of the sequences holding `words` as a contiguous run."""
        return sorted(set(self._matches(tuple(words))))

    def copies(self, words: Sequence[str]) -> bool:
        """Return whether `words` is a source's run, up to an article added or dropped in front
        ("The assistance and other resources ..." copies "assistance and other resources ...")."""
        words = tuple(words)
        if self.contains(words):
            return True
        if len(words) > 1 and words[0] in _ARTICLES_ONLY and self.contains(words[1:]):
            return True
        return any(self.contains((article, *words)) for article in sorted(_ARTICLES_ONLY))


def _words(tokens: Sequence[Token]) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Return a run's word forms and which of them are content words (for the guards)."""
    return _norm_sequence(tokens), tuple(t.is_content for t in tokens)


def _speaks_of_term(tokens: Sequence[Token], analyzer: Analyzer) -> bool:
    """Return whether the term is the subject of a verb or a relative clause in `tokens`:
    a run that says so starts a sentence about the term ("snacks from Spain" + "[In Spain,]
    tapas aren't a cuisine", "[Main memory is built from] RAM, which stands for ...").
    A lexical verb counts too when the term is named in the plural: a word with no plural
    ending (nor -ed, -ing, -ly) right after a plural noun, with an object after it, is its
    verb ("[Like mutual funds,] hedge funds pool investors' money"); so is a word in -s right
    after the term named in the singular with a determiner after it ("[The doctrine of] stare
    decisis requires a court to follow ...").
    The term named otherwise ("from Marathon to Athens") is fine."""
    norms = [t.norm for t in tokens]
    for end in analyzer.term_ends(tokens):
        following = [n for n in norms[end:end + 2] if n != ","]
        if following and (following[0] in _FINITE or following[0] in _RELATIVES
                          or following[0].endswith("n't")):
            return True
        if (looks_plural(norms[end - 1]) and end + 1 < len(tokens) and tokens[end].is_content
                and looks_plural(norms[end]) is False
                and not norms[end].endswith(("ed", "ing", "ly"))
                and (tokens[end + 1].is_content or norms[end + 1] in DETERMINERS)):
            return True
        if (not looks_plural(norms[end - 1]) and end + 1 < len(tokens) and tokens[end].is_content
                and looks_plural(norms[end]) and norms[end + 1] in DETERMINERS):
            return True  # "[The doctrine of] stare decisis requires a court": a verb in -s
    return False


def _in_verb_phrase(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the noun phrase ending at `position` is a verb's object ("to meet
    present needs") or the object of a preposition after a participle ("maintained at a
    certain level"), also past the prepositional phrases before it, whose objects end where
    it starts ("that shifts position over time [through erosion]": "over time" is the verb's
    adjunct, and so is a second one after it): what comes after it may belong to the verb."""
    index = position
    while True:
        while index >= 0 and (content[index] or norms[index] in DETERMINERS):
            if index < position and content[index] and role(norms, content, index) == "verb":
                return True
            index -= 1
        if not (index >= 1 and (norms[index] in MODIFIER_OPENERS or norms[index] == "of")
                and content[index - 1]):
            return False
        if norms[index - 1].endswith(("ed", "ing")) and norms[index] != "of":
            return True
        index -= 1  # on over the noun phrase before the preposition


def _word_count(text: str, context: _Context) -> int:
    """Return the number of words of a candidate's text as shown, bracketed asides included."""
    return sum(1 for t in context.analyzer.tokens(text) if t.is_word)


def _phrase_words(phrases: Sequence[Phrase], analyzer: Analyzer):
    """Return `_words` of each phrase of a candidate (its runs, as written)."""
    return [_words(analyzer.tokens(phrase.text)) for phrase in phrases]


def _span_norms(body: _Body, tokens: Sequence[Token], analyzer: Analyzer) -> tuple[str, ...]:
    """Return the words and marks of `body`'s source text from `tokens`' first to last, as the
    source says them: a bracketed aside the clause passed over is in it, so the sequence is
    found word for word in the sources (see `defining_clause`)."""
    first, last = tokens[0].start, tokens[-1].end
    return tuple(t.norm for t in analyzer.tokens(body.text) if first <= t.start and t.end <= last)


def _norm_sequence(tokens: Sequence[Token]) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens)


@dataclass
class _Context:
    """What scoring needs about the sources, computed once."""

    analyzer: Analyzer
    definitions: Sequence[Definition]
    bodies: Sequence[_Body]
    key_ids: dict[str, tuple[str, ...]]
    full_norms: dict[str, tuple[str, ...]]
    threads: list[Thread]
    target_words: float  # the median length of the defining clauses, within the bounds
    majority: frozenset[str]  # content keys used by at least half of the sources, and two
    sample: tuple[Counter, ...] = ()  # content-key counts of the sources consensus is measured on
    provenance: _CopyIndex | None = None  # every source's full token norms, in source order

    def saying(self, wording: Sequence[str]) -> tuple[str, ...]:
        """Return the ids of the sources whose text contains `wording` (token norms) word for
        word, in source order."""
        if self.provenance is None:
            self.provenance = _CopyIndex([self.full_norms[d.id] for d in self.definitions])
        return tuple(self.definitions[i].id for i in self.provenance.holders(wording))


def _phrases(pieces, context: _Context) -> tuple[Phrase, ...]:
    phrases = []
    for number, (piece, tokens, body_index) in enumerate(pieces):
        # Match the run with its pivot, so a phrase's sources say it in the same context.
        body = context.bodies[body_index]
        first = tokens[0]
        position = body.tokens.index(first)
        with_pivot = body.tokens[max(0, position - (1 if number else 0)):position + len(tokens)]
        ids = context.saying(_span_norms(body, with_pivot, context.analyzer))
        words = tuple(
            WordSupport(t.surface, t.key, context.key_ids.get(t.key, ()))
            for t in tokens if t.is_content
        )
        phrases.append(Phrase(piece, ids, words))
    return tuple(phrases)


def _score(text: str, phrases: Sequence[Phrase], path_cost: float, path_len: int, joins: int,
           context: _Context) -> tuple[float, float, float, float, float]:
    """Return (score, coverage, support, fluency, consensus) of a candidate text."""
    n = len(context.definitions)
    used = occurrences(text, context.analyzer)
    total = covered = 0.0
    for thread in context.threads:
        weight = thread.support * (0.5 if thread.is_term else 1.0)
        total += weight
        if thread.key in used:
            covered += weight
    coverage = covered / total if total else 1.0
    keys = [t.key for t in context.analyzer.content(text)]
    # A repeated word adds nothing the first use did not say: it counts once, in the sum only.
    support = sum(len(context.key_ids.get(k, ())) for k in set(keys)) / (n * len(keys)) if keys else 0.0
    fluency = 1.0 / (1.0 + path_cost / max(1, path_len))
    words = sum(1 for t in context.analyzer.tokens(text) if t.is_word)
    length_fit = math.exp(-abs(words - context.target_words) / context.target_words)
    consensus = _consensus(Counter(keys), context.sample)
    score = (WEIGHT_COVERAGE * coverage + WEIGHT_SUPPORT * support + WEIGHT_FLUENCY * fluency
             + WEIGHT_LENGTH * length_fit + WEIGHT_CONSENSUS * consensus)
    return score, coverage, support, fluency, consensus


def _consensus(counts: Counter, sample: Sequence[Counter]) -> float:
    """Return the mean ROUGE-1 F1 (clipped counts) of a candidate's content keys against each
    source's: how much the candidate says what the sources say, and only that."""
    size = sum(counts.values())
    if not size or not sample:
        return 0.0
    total = 0.0
    for source in sample:
        overlap = sum(min(n, source[k]) for k, n in counts.items() if k in source)
        if overlap:
            total += 2 * overlap / (size + sum(source.values()))
    return total / len(sample)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def sample_positions(count: int) -> range:
    """Return the positions of at most `CONSENSUS_SAMPLE` evenly spaced sources out of `count`,
    from the first on (every position when there are no more)."""
    return range(0, count, max(1, math.ceil(count / CONSENSUS_SAMPLE)))


def centralities(keys: Sequence[frozenset[str]],
                 against: Sequence[frozenset[str]] | None = None) -> list[float]:
    """Return each source's centrality: the mean Jaccard overlap of its content keys with those
    of the other sources (their keys in `against`, when given), or of the evenly spaced sample
    of them (`sample_positions`) on large corpora, so the cost is O(n * CONSENSUS_SAMPLE)."""
    others = keys if against is None else against
    sample = [(j, others[j], len(others[j])) for j in sample_positions(len(keys))]
    out = []
    for index, own in enumerate(keys):
        size, scores = len(own), []
        for j, other, other_size in sample:
            shared = len(own & other)
            union = size + other_size - shared  # len(own | other), without building it
            if j != index and union:
                scores.append(shared / union)
        out.append(sum(scores) / len(scores) if scores else 0.0)
    return out


def central_source(definitions: Sequence[Definition], analyzer: Analyzer) -> Definition:
    """Return the definition whose content keys overlap most with the others' (mean Jaccard;
    see `centralities`); ties go to the earlier definition."""
    return definitions[_most_central(centralities([analyzer.keys(d.text) for d in definitions]))]


def _most_central(scores: Sequence[float]) -> int:
    """Return the position of the highest centrality; ties go to the earlier position."""
    return max(range(len(scores)), key=lambda i: (scores[i], -i))


def graph_sources(definitions: Sequence[Definition], analyzer: Analyzer) -> tuple[int, ...]:
    """Return the positions, in input order, of the sources the word graph is built from: all
    of them up to `GRAPH_SOURCES`, else the `GRAPH_SOURCES` most central (`centralities`; ties
    go to the earlier source)."""
    if len(definitions) <= GRAPH_SOURCES:
        return tuple(range(len(definitions)))
    scores = centralities([analyzer.keys(d.text) for d in definitions])
    ranked = sorted(range(len(definitions)), key=lambda i: (-scores[i], i))
    return tuple(sorted(ranked[:GRAPH_SOURCES]))


#: Words after which, to the end of the clause, a source says what the term is compared with
#: or is not ("fewer disclosure rules than mutual funds", "Unlike mutual funds, hedge funds
#: ...", "instead of a judge").
_COMPARED = frozenset({"than", "unlike"})
_COMPARED_PAIRS = frozenset({("instead", "of"), ("opposed", "to")})


def asserted_keys(tokens: Sequence[Token]) -> frozenset[str]:
    """Return the content keys of `tokens` outside the phrases that say what the term is
    compared with or is not (`_COMPARED`; a sentence that opens with "Like": "Like mutual
    funds, hedge funds pool ..."), each to the next mark that ends a clause or a comma."""
    keys = set()
    inside = False
    for index, token in enumerate(tokens):
        norm = token.norm
        if not token.is_word:
            if norm in CLAUSE_END or norm == ",":
                inside = False
            continue
        first = index == 0 or tokens[index - 1].sentence != token.sentence
        if (norm in _COMPARED or first and norm == "like"
                or index and (tokens[index - 1].norm, norm) in _COMPARED_PAIRS):
            inside = True
            continue
        if token.is_content and not inside:
            keys.add(token.key)
    return frozenset(keys)


def _asserted_majority(definitions: Sequence[Definition], analyzer: Analyzer,
                       key_ids: dict[str, list[str]]) -> frozenset[str]:
    """Return the content keys that at least half of the sources (and at least two) use
    outside a comparison (see `asserted_keys`): "mutual" is no majority word of "hedge fund"
    because four of seven sources compare hedge funds with mutual funds."""
    counts = Counter(k for d in definitions for k in asserted_keys(analyzer.tokens(d.text)))
    return frozenset(k for k in majority_keys([d.text for d in definitions], analyzer)
                     if len(key_ids.get(k, ())) >= 2 and 2 * counts[k] >= len(definitions))


def said_with_article(definitions: Sequence[Definition], analyzer: Analyzer) -> bool:
    """Return whether some source says the term after "a"/"an" ("A glacier is ...", "a
    keystone species"): a count noun, used in the singular. A term none says so may be a mass
    noun, which a plural defines as well as a singular ("customer service": "All interactions
    ..."), and a term's form alone does not tell its number ("species", "series")."""
    n = len(analyzer.term_tokens)
    for definition in definitions:
        tokens = analyzer.tokens(definition.text)
        words = [i for i, t in enumerate(tokens) if t.is_word]
        at = {i: w for w, i in enumerate(words)}
        for end in analyzer.term_ends(tokens):
            first = at.get(end - 1, 0) - n + 1
            if first > 0 and tokens[words[first - 1]].norm in {"a", "an"}:
                return True
    return False


def counted(definitions: Sequence[Definition], analyzer: Analyzer) -> bool:
    """Return whether the sources use the term as a count noun: some source says it after
    "a"/"an" (`said_with_article`) or in the plural ("Allotments are small plots of land",
    "Sarcophagi are stone coffins").
    A mass noun ("folklore", "customer service") has neither, and a plural defines it as well
    as a singular does."""
    if said_with_article(definitions, analyzer):
        return True
    if not analyzer.term_tokens:
        return False
    last = analyzer.term_tokens[-1]
    return any(plural_of(tokens[end - 1].norm, last)  # "Sarcophagi are", "Soufflés are"
               for tokens in (analyzer.tokens(d.text) for d in definitions)
               for end in analyzer.term_ends(tokens))


def genus_key(clause: Sequence[Token], analyzer: Analyzer) -> str | None:
    """Return the key of the head noun of a defining clause's first noun phrase, its genus
    ("increase" in "a gradual increase in loudness", "marking" in "a dynamic marking
    directing the performer ...", "mass" in "large, long-lasting masses of ice"), or None when
    no content word follows its determiners.

    The head is the last of the first content words (commas between adjectives do not end
    them), before an adverb in -ly or one participle after the head ("a mass moving slowly",
    "a marking directing"); a participle after an adverb modifies the head ("a slowly moving
    mass")."""
    run: list[Token] = []
    for token in clause:
        if not run and token.is_word and token.norm in DETERMINERS:
            continue
        if token.surface == "," and run:
            continue
        if not token.is_word or not token.is_content:
            break
        run.append(token)
    while len(run) > 1 and run[-1].norm.endswith("ly"):
        run.pop()
    if len(run) > 1 and run[-1].norm.endswith(("ing", "ed")) and not run[-2].norm.endswith("ly"):
        run.pop()
    return analyzer.key(run[-1].norm) if run else None


def _clause_text(definition: Definition, clause) -> str:
    """Return the text of `definition`'s defining clause, or its whole text without one."""
    return definition.text[clause[0].start:clause[-1].end] if clause else definition.text


def _singular_clause(definition: Definition, tokens: Sequence[Token], clause, first,
                     analyzer: Analyzer, min_words: int, max_words: int):
    """Return `clause`, or, when its head is not singular or its length is out of the word
    range, the first later sense or wording of the source (`further_clauses`) whose head is
    singular and whose length is in range ("2. A plot of land rented by ..." after "1. The
    action of allotting")."""
    def fits(candidate) -> bool:
        words = sum(t.is_word for t in candidate)
        return (min_words <= words <= max_words
                and head_number(_clause_text(definition, candidate), analyzer) is False)

    if not clause or fits(clause):
        return clause
    for further in further_clauses(tokens, first, analyzer):
        if fits(further):
            return further
    return clause


def _shown_keys(definition: Definition, clause, analyzer: Analyzer,
                sentence: bool) -> frozenset[str]:
    """Return the content keys of `definition`'s `clause` (of its first sentence without
    one), or, with `sentence`, of the whole sentence the clause is in."""
    tokens = analyzer.tokens(definition.text)
    if clause and not sentence:
        tokens = [t for t in tokens if clause[0].start <= t.start and t.end <= clause[-1].end]
    else:
        at = clause[0].sentence if clause else 0
        tokens = [t for t in tokens if t.sentence == at]
    return frozenset(t.key for t in tokens if t.is_content) or analyzer.keys(definition.text)


def _central_copy(definitions: Sequence[Definition], clauses, context: _Context,
                  max_words: int, min_words: int = 1,
                  singular: bool = False) -> tuple[Candidate, str]:
    """Return the most central source whose clause can open a definition, within the word
    range if one is (and, when more than half of the sources give one genus, `genus_key`,
    one there gives it), else within the word limit if one is (a source whose clause cannot,
    "Encryption uses ...", is shown whole), as a candidate, and the note that says which
    source it is. `singular`: prefer a singular head whether or not the sources say the term
    with an article."""
    analyzer = context.analyzer
    openers = [(d, clause) for d, clause in zip(definitions, clauses)
               if opens_definition(analyzer.tokens(d.text), clause)]
    # a clause about the term ("Land is said to be fallow when ...") only when no other
    openers = [(d, c) for d, c in openers
               if not analyzer.about_term(analyzer.tokens(d.text), c)] or openers
    lengths = [sum(t.is_word and clause[0].start <= t.start and t.end <= clause[-1].end
                   for t in analyzer.tokens(d.text)) if clause else None
               for d, clause in openers]  # asides in brackets count
    # the genus most sources give: when more than half of them class the term under one head
    # noun ("a gradual increase in ..." in four of seven sources of "crescendo"), a clause
    # with another ("a dynamic marking directing the performer to grow gradually louder")
    # may define another sense, or the term's sign; two sources that agree may do so by chance
    # ("the help a company gives ..." and "help" against "all interactions between ...")
    genera = {id(d): genus_key(c, analyzer) for d, c in openers}
    counts = Counter(g for g in genera.values() if g)
    genus, count = counts.most_common(1)[0] if counts else (None, 0)
    if 2 * count <= len(definitions) or count < 3:
        genus = None
    fitting = [d for (d, _), n in zip(openers, lengths) if n is not None and n <= max_words]
    # a source that says enough beats the more central six-word gloss ("A slowly moving mass
    # of ice" against a 24-word dictionary sense, among eleven sources of "glacier"), unless
    # no source in the range gives the genus most sources give: then one under the range that
    # gives it is shown
    in_range = [d for (d, _), n in zip(openers, lengths)
                if n is not None and min_words <= n <= max_words]
    other_genus = genus is not None and bool(in_range) and genus not in (
        genera[id(d)] for d in in_range)
    if other_genus:
        in_range = []
    shown = (in_range or [d for d in fitting if genus in (None, genera[id(d)])] or fitting
             or [d for d, _ in openers] or list(definitions))
    clause_of = {id(d): c for d, c in openers}
    # one that speaks of the term, not to the reader or as the writer, when one does, as the
    # candidates are ranked ("a borrowing limit we agree with you in advance")
    shown = [d for d in shown
             if not _personal(_clause_text(d, clause_of.get(id(d))), analyzer)] or shown
    # a singular head, when one is, for a term the sources count in the singular ("Large,
    # long-lasting masses of ice" does not define "glacier", "A glacier is ...")
    if singular or said_with_article(definitions, analyzer):
        singular = [d for d in shown
                    if head_number(_clause_text(d, clause_of.get(id(d))), analyzer) is not True]
        shown = singular or shown
    # not a plural genus after a lead-in that names a singular term in the plural
    # ("[Pendulums are] weights hung from ..."), when another source gives one
    shown = [d for d in shown if not plural_lead_in(
        analyzer.tokens(d.text), clause_of.get(id(d)) or (), analyzer)] or shown
    # then the genus most sources give, when one of those gives it (a plural "Large masses
    # of ice" gives way to a singular "A persistent body of ice" all the same)
    shown = [d for d in shown if genus in (None, genera.get(id(d)))] or shown
    # centrality among all the sources: the copy stands for all of them, not for the few
    # that fit the range; a source counts with the words it would show (its clause), against
    # the sentence in which each other one defines the term: not with a sense it does not
    # show or another's later sentence ("bellwether, n. the leading sheep of a flock, on
    # whose neck a bell is hung; (figurative) ... an indicator of trends" is not credited
    # with "indicator" and "trends", nor with "The term derives from ... a bell around the
    # neck of a castrated ram ... that led the flock")
    pairs = list(zip(definitions, clauses))
    every = centralities([_shown_keys(d, c, analyzer, False) for d, c in pairs],
                         [_shown_keys(d, c, analyzer, True) for d, c in pairs])
    position = {id(d): i for i, d in enumerate(definitions)}
    scores = [every[position[id(d)]] for d in shown]
    central = shown[_most_central(scores)]
    tied = scores.count(max(scores)) > 1
    of = f" of {min_words} to {max_words} words" if in_range and len(shown) < len(openers) else ""
    which = (f"the sources{of} tie on centrality, so the first of them" if tied
             else f"the most central source{of}")
    if other_genus:
        which = (f"no source of {min_words} to {max_words} words gives the genus most sources "
                 f"give; {which}")
    body = _make_body(0, central, analyzer, clause_of.get(id(central)))
    tokens = body.tokens
    if not (tokens and body.can_start):  # its first sentence, lead-in included
        tokens = [t for t in analyzer.tokens(central.text) if t.sentence == 0]
        # without its closing marks, nor a label that ends it: a chat message's "lol" or ":D"
        # (`text._interjections`), a cross-reference ("— compare defendant"), no wording
        while len(tokens) > 1 and (tokens[-1].label or not tokens[-1].is_word
                                   and not _closes_quote(tokens)):
            tokens.pop()
    # without markdown emphasis, as in a fusion (the clause may end before a closing "**":
    # "usually measured in **beats per minute")
    text = _plain(_without_hedges(body.text, tokens) if tokens else central.text)
    phrase = Phrase(_capitalised(text), (central.id,), tuple(
        WordSupport(t.surface, t.key, context.key_ids.get(t.key, ())) for t in tokens
        if t.is_content))
    score, cov, sup, flu, con = _score(text, (phrase,), 0.0, 1, 0, context)
    candidate = Candidate(_capitalised(text), _word_count(text, context), score, cov, sup, flu,
                          0, (phrase,), con)
    return candidate, f"{which} ({central.id}) is shown instead"


def synthesize(
    term: str,
    definitions: Sequence[Definition],
    analyzer: Analyzer,
    *,
    references: Sequence[Definition] = (),
    min_support: int = 2,
    max_words: int = MAX_WORDS,
    min_words: int = MIN_WORDS,
    candidates: int = 5,
) -> Synthesis:
    """Return the aggregated definition of `term` built from `definitions`, with provenance.

    Raises InvalidRequest with fewer than two definitions or impossible word bounds.
    """
    if len(definitions) < 2:
        raise InvalidRequest(
            f"synthesize needs at least two source definitions of {term!r}; "
            f"{len(definitions)} selected"
        )
    if max_words < 1:
        raise InvalidRequest(f"--max-words must be at least 1 (got {max_words})")
    min_words = min(min_words, max_words)
    token_lists = [analyzer.tokens(d.text) for d in definitions]
    first_clauses = [source_clause(tokens, analyzer) for tokens in token_lists]
    nouns = main_senses(token_lists, first_clauses)  # a noun's sense before an adjective's
    clauses = [noun or first for noun, first in zip(nouns, first_clauses)]
    # The word graph and the candidate search use the most central sources only (all of them
    # up to GRAPH_SOURCES); every score and count below is about all the sources.
    chosen = graph_sources(definitions, analyzer)
    bodies = [_make_body(i, definitions[at], analyzer, nouns[at]) for i, at in enumerate(chosen)]
    wordings: dict[str, list] = {}  # each source's further wordings the graph draws on
    for at in chosen:  # a second wording after a colon, and numbered senses after the first
        all_tokens = token_lists[at]
        for clause in further_clauses(all_tokens, first_clauses[at], analyzer):
            if nouns[at] is None or clause[0].start != nouns[at][0].start:
                bodies.append(_make_body(len(bodies), definitions[at], analyzer, clause))
                wordings.setdefault(definitions[at].id, []).append(clause)
    key_ids: dict[str, list[str]] = {}
    for definition in definitions:
        for key in sorted(analyzer.keys(definition.text)):
            key_ids.setdefault(key, []).append(definition.id)
    context = _Context(
        analyzer, definitions, bodies, {k: tuple(v) for k, v in key_ids.items()},
        {d.id: tuple(t.norm for t in analyzer.tokens(d.text)) for d in definitions},
        common_threads(definitions, analyzer, min_support),
        _target_words(clauses, min_words, max_words),
        _asserted_majority(definitions, analyzer, key_ids),
        _consensus_sample(definitions, analyzer),
    )
    graph = _Graph(bodies)
    paths = _search(graph, max_words)
    notes: list[str] = []
    if len(chosen) < len(definitions):
        notes.append(f"the word graph was built from the {len(chosen)} most central of "
                     f"{len(definitions)} sources (mean Jaccard overlap of content words); "
                     f"word support, threads and similarities count all {len(definitions)}")
    pool = _candidates(paths, context, min_words, max_words)
    if not pool and not graph.plural_start:
        # no fusion opens in a clause with the term's number: one that opens in a plural
        # genus ("[Requiems are] musical settings of ...") comes after all others (and after
        # a shorter fusion or a copy that opens with the term's number, when none reaches it)
        pool = _candidates(_search(_Graph(bodies, plural_start=True), max_words), context,
                           min_words, max_words)
    fused = bool(pool)
    if pool and _personal(pool[0].text, analyzer):
        # every fusion speaks to the reader or as the writer ("money you've already blown"):
        # a source that speaks of the term comes first, when one fits
        copy, copy_note = _central_copy(definitions, clauses, context, max_words, min_words)
        if min_words <= copy.words <= max_words and not _personal(copy.text, analyzer):
            notes.append(f"every fusion of the sources says \"you\", \"we\" or \"I\"; {copy_note}")
            pool, fused = [copy, *pool], False
    if (pool and fused and term_number(analyzer.term_tokens) is False
            and head_number(pool[0].text, analyzer) is True
            and counted(definitions, analyzer)):
        # the best fusion names a singular term's genus in the plural, from a source that
        # wrote "Allotments are small plots of land": a source that gives it in the singular
        # comes first, when one fits
        singular_clauses = [_singular_clause(d, tokens, clause, first, analyzer,
                                             min_words, max_words)
                            for d, tokens, clause, first
                            in zip(definitions, token_lists, clauses, first_clauses)]
        copy, copy_note = _central_copy(definitions, singular_clauses, context, max_words,
                                        min_words, singular=True)
        if (min_words <= copy.words <= max_words and not _personal(copy.text, analyzer)
                and head_number(copy.text, analyzer) is False):
            notes.append("the best fusion names the genus in the plural, the term is singular; "
                         f"{copy_note}")
            pool, fused = [copy, *pool], False
    if pool and fused and _missing(pool[0], context):
        # the best fusion leaves out more of the words most sources use than the most central
        # source does, and agrees with the sources no better: the source says more of what
        # they share, so it comes first (the fusions stay as candidates after it), when its
        # genus has the term's number (as the candidates are ranked)
        copy, copy_note = _central_copy(definitions, clauses, context, max_words, min_words)
        plural = term_number(analyzer.term_tokens)
        if (min_words <= copy.words <= max_words and not _personal(copy.text, analyzer)
                and _missing(copy, context) < _missing(pool[0], context)
                and copy.consensus >= pool[0].consensus
                and (plural is None or head_number(copy.text, analyzer) in (None, plural))):
            notes.append("the best fusion leaves out more of the words most sources use than "
                         f"a source does; {copy_note}")
            pool, fused = [copy, *pool], False
    if not pool:
        copy, copy_note = _central_copy(definitions, clauses, context, max_words, min_words)
        shortest = _candidates(paths, context, 1, max_words) if min_words > 1 else []
        if shortest and not min_words <= copy.words <= max_words:
            notes.append(f"no fusion of the sources reaches {min_words} words; the best shorter "
                         "one is shown")
            pool, fused = shortest, True
        elif shortest:
            # a shorter fusion says less than a source that fits ("The characteristic taste
            # of wine" against a 20-word dictionary sense): the source is shown, and the
            # shorter fusions after it
            notes.append(f"no fusion of the sources reaches {min_words} words (the best has "
                         f"{shortest[0].words}); {copy_note}")
            pool = [copy, *shortest]
        else:
            notes.append(f"no join of the sources passes the grammar guards within {max_words} "
                         f"words; {copy_note}")
            pool = [copy]
    best = pool[0]
    used = occurrences(best.text, analyzer)
    thread_uses = tuple(ThreadUse(t, t.key in used) for t in context.threads)
    return Synthesis(
        term=term,
        definition=best.text,
        ids=tuple(d.id for d in definitions),
        fused=fused,
        best=best,
        candidates=tuple(pool[:max(1, candidates)]),
        threads=thread_uses,
        similarities=_similarities(best.text, definitions, analyzer),
        left_out=_left_out(thread_uses, pool, definitions, clauses, analyzer, context.majority,
                           frozenset(b.id for b in bodies), (min_words, max_words), wordings),
        single_source=_single_source(best.text, definitions, context),
        references=tuple(_compare_reference(best.text, r, analyzer) for r in references),
        notes=tuple(notes),
    )


def _consensus_sample(definitions: Sequence[Definition], analyzer: Analyzer) -> tuple[Counter, ...]:
    """Return the content-key counts of every source, or of `CONSENSUS_SAMPLE` evenly spaced
    ones when there are more (deterministic: the same input gives the same sample)."""
    return tuple(Counter(t.key for t in analyzer.content(definitions[i].text))
                 for i in sample_positions(len(definitions)))


def _target_words(clauses: Sequence[Sequence[Token]], min_words: int, max_words: int) -> float:
    """Return the preferred length: about as long as a typical source's defining clause."""
    lengths = [sum(1 for t in clause if t.is_word) for clause in clauses if clause]
    typical = statistics.median(lengths) if lengths else min_words
    return float(max(min_words, min(max_words, typical), 1))


def ends_noun_phrase(norms: Sequence[str], content: Sequence[bool], position: int) -> bool:
    """Return whether the content word at `position` looks like the head of a noun phrase.

    It follows a determiner, another content word, "and/or" or a preposition ("a network",
    "natural resources", "water and wind", "to customers"), and has no verb ending ("paid
    for", "according to", "designed to" keep their prepositions: they complete the verb, not
    the phrase).
    """
    if position < 1 or not content[position]:
        return False
    word, before = norms[position], norms[position - 1]
    if word.endswith(("ing", "ed", "ly")):
        return False  # "securely" in "access systems securely over the internet": an adverb
    if before in _LINKING_VERBS:
        return False  # "the data stays private": an adjective after a linking verb
    return (before in DETERMINERS or before in MODIFIER_OPENERS or before == "of"
            or before in COORDINATORS or content[position - 1])


@dataclass(frozen=True)
class _Fragment:
    """A modifier or purpose phrase of one source: a preposition after a content word, up to
    a point where the source may end, outside any open clause or list."""

    body: int
    start: int
    last: int
    keys: frozenset[str]
    words: int
    support: float  # mean number of sources using its content words
    head: str | None = None  # key of the word a complement belongs to; None for an adjunct
    # of that word in its source: the preposition whose object its noun phrase is (`governor`),
    # the content word right before it ("disclose" in "disclose defects to the buyer"), and
    # whether its noun phrase is a verb's object (`verb_object`, `_bare_object`)
    head_governor: str | None = None
    head_before: str = ""
    head_object: bool = False
    head_genus: bool = False  # the noun before it opens its source's defining clause: the
    # fragment describes the thing defined (see `Signature.genus`)
    head_relative: str = ""  # the noun before "of" that a relative clause opening the
    # fragment may describe ("illusion" in "an illusion of movement in which ..."): see
    # `Signature.relative_head`
    head_of: str = ""  # the noun before "of" when the word it completes follows "of": the
    # argument may be that noun's ("fermentation" in "the fermentation of sweetened tea by a
    # symbiotic community"): see `_argument_head_of`


def modifier_fragments(bodies: Sequence[_Body], key_ids: dict[str, tuple[str, ...]],
                       wanted: frozenset[str]) -> dict[str, list[_Fragment]]:
    """Return, for each wanted content key, the best few fragments that say it.

    A fragment starts at a preposition (`MODIFIER_OPENERS`) that follows a content word of its
    source outside any open clause or list, and ends at the nearest point its source may end;
    its pronouns keep their antecedents. A fragment opened by an argument preposition
    (`ARGUMENT_OPENERS`: "to customers", "with a product", "between a customer and ...")
    completes the word before it, which it records as its head, and so does one that opens a
    relative clause ("[data types] through which one component interacts"); the others ("over
    time", "without depleting ...", "during a purchase") are adjuncts that fit after any noun
    phrase. An infinitive after the object of a preposition ("delivered to a third party to
    be held") is no fragment: it says what the verb before is for, not what the noun is.
    Linear in the total length of the sources.
    """
    found: dict[str, list[_Fragment]] = {}
    for body in bodies:
        for start in range(1, len(body.tokens)):
            if (body.norms[start] not in MODIFIER_OPENERS or not leaving_ok(body, start - 1)
                    or not ends_noun_phrase(body.norms, body.content, start - 1)):
                continue
            if start + 1 < len(body.norms) and body.norms[start + 1].endswith("ing") \
                    and body.content[start + 1]:
                continue  # "before flowing into the sea": its subject is its source's, not ours
            if (body.norms[start] == "to" and body.norms[start + 1:start + 2] != ()
                    and body.norms[start + 1] not in DETERMINERS
                    and role(body.norms, body.content, start + 1) == "verb"
                    and governor(body.norms, body.content, start - 1) is not None):
                continue  # "[property delivered] to a third party to be held until ...": an
                # infinitive after a preposition's object is the purpose of the verb before it
            if body.signatures[start - 1].of_infinitive:
                continue  # "[the ability of an object] to float in a liquid": the infinitive
                # completes the noun before "of", which stays behind
            if _subject_of_coordinated_clause(body.norms, body.content, start - 1):
                continue  # "[, and the fastest combined time] over several runs wins": the
                # clause's verb comes after the fragment, its subject stays behind
            if (body.norms[start] in _GOAL_PREPOSITIONS
                    and body.signatures[start - 1].of_verb):
                continue  # "[converts the kinetic energy of a moving] fluid into mechanical
                # energy": the preposition says where the verb moves its object, past the
                # object's "of" complement; it completes the verb, not the noun before it
            last = next((i for i in range(start + 1, len(body.tokens)) if body.can_end[i]), None)
            if (last is None or not pronouns_ok(body, start, last)
                    or not coordinated_predicates_ok(body, start, last)):
                continue  # "in their nuclei, and hence differ ...": the predicate's verb
                # stays behind
            relative = (start + 1 < len(body.norms)
                        and body.norms[start + 1] in _PREPOSITION_RELATIVES)
            argument = body.norms[start] in ARGUMENT_OPENERS or relative
            if not argument and (_in_verb_phrase(body.norms, body.content, start - 1)
                                 or body.norms[start] in _VERB_ADJUNCT_OPENERS
                                 and _adjunct_verb(body.norms, body.content, start - 1)):
                continue  # "to meet present needs over time", "maintained at a certain level
                # over time": the adjunct belongs to the verb, not to the noun before it (also
                # past an object with "and": "by accumulating gold and silver [through a
                # favourable balance of trade]")
            keys = [body.tokens[i].key for i in range(start, last + 1) if body.content[i]]
            useful = wanted.intersection(keys)
            if not useful:
                continue
            words = sum(1 for t in body.tokens[start:last + 1] if t.is_word)
            support = sum(len(key_ids.get(k, ())) for k in set(keys)) / len(keys)
            head = body.tokens[start - 1].key if argument else None
            signature = body.signatures[start - 1]
            head_of = "" if relative else _argument_head_of(body.norms, body.content, start - 1)
            fragment = _Fragment(body.index, start, last, frozenset(keys), words, support, head,
                                 signature.governor, signature.content_before,
                                 signature.verb_object or signature.bare_object,
                                 signature.genus, signature.relative_head, head_of)
            for key in useful:
                found.setdefault(key, []).append(fragment)
    for key, fragments in found.items():
        fragments.sort(key=lambda f: (-f.support, f.words, f.body, f.start))
        del fragments[FRAGMENTS_PER_KEY:]
    return found


#: Words that join a main clause to the one before it, after a comma ("..., and the fastest
#: time wins").
_CLAUSE_COORDINATORS = COORDINATORS | {"but", "yet"}


def _subject_of_coordinated_clause(norms: Sequence[str], content: Sequence[bool],
                                   position: int) -> bool:
    """Return whether the noun phrase ending at `position` opens a main clause of its own:
    after ", and/or/but/yet" or ";" ("..., and the fastest combined time [over several runs]
    wins"), not as the last item of a comma list ("flour, water, and the juice of a lemon").
    It is that clause's subject, so its verb comes after it: any words taken from after the
    noun up to where its source may end carry a finite verb whose subject stays behind."""
    before = _before_noun_phrase(norms, content, position)
    if before is None or before + 1 > position or norms[before + 1] not in DETERMINERS:
        return False  # a bare noun phrase after "and" may be a verb's second object
    return _joins_main_clause(norms, before)


def _joins_main_clause(norms: Sequence[str], at: int) -> bool:
    """Return whether the word at `at` joins a main clause to the one before it: ";" or
    ", and/or/but/yet", not as the last item of a comma list ("flour, water, and the juice
    of a lemon"); without the comma "and" may join two noun phrases ("the sun or the moon
    is hidden")."""
    if norms[at] == ";":
        return True
    if not (norms[at] in _CLAUSE_COORDINATORS and at > 0 and norms[at - 1] == ","):
        return False
    return not any(norms[c] == "," and _list_coordinator(norms, c) == at for c in range(at - 1))


def _argument_head_of(norms: Sequence[str], content: Sequence[bool], position: int) -> str:
    """Return the word before "of" whose argument may come after the noun at `position` (see
    `_head_of`: "fermentation" in "the fermentation of sweetened tea [by a symbiotic
    community]"), or "": also when a gerund that takes the noun as its object comes between
    ("the process of ensuring customer satisfaction [with a product]": `_gerund`)."""
    opened = _before_noun_phrase(norms, content, position)
    if opened is not None and any(_gerund(norms, content, j) == "verb"
                                  for j in range(opened + 1, position)):
        return ""
    return _head_of(norms, content, position)


def _extend(bases: Sequence[Candidate], context: _Context, max_words: int) -> list[Candidate]:
    """Return the base candidates completed with a modifier fragment of another source that
    says a word most sources use and the base leaves out (the second part of a definition:
    to whom, when, what for). Every fragment follows a noun phrase in its source, so it is
    attached only to a base that ends in one ("if it is not treated" + "[the blood] within the
    arteries" is refused); a complement only after the word it completes in its own source
    ("the needs" + "[satisfaction] with a product" is refused) and governed as there, by the
    rules of a join (`roles_compatible`): "examine the goods for defects" + "[disclose defects]
    to the buyer" gives the verb's argument to the object of "for", and a relative clause after
    "of" only after the noun before "of" it may describe ("the sensation of movement" + "[an
    illusion of movement] in which the patient feels"); an adjunct after any noun."""
    fragments = modifier_fragments(context.bodies, context.key_ids, context.majority)
    out = []
    for base in bases:
        used = context.analyzer.keys(base.text)
        base_tokens = [t for t in context.analyzer.tokens(base.text) if t.is_word]
        last_key = next((t.key for t in reversed(base_tokens) if t.is_content), None)
        if not base_tokens or not ends_noun_phrase([t.norm for t in base_tokens],
                                                   [t.is_content for t in base_tokens],
                                                   len(base_tokens) - 1):
            continue  # a fragment modifies a noun phrase ("treated" + "within the arteries")
        missing = sorted(context.majority - used)
        base_runs = _phrase_words(base.phrases, context.analyzer)
        base_norms = [t.norm for t in base_tokens]
        base_content = [t.is_content for t in base_tokens]
        end = len(base_tokens) - 1
        base_governor = governor(base_norms, base_content, end)
        base_heads = _before_noun_phrase(base_norms, base_content, end) is None
        base_object = (verb_object(base_norms, base_content, end)
                       or _bare_object(base_norms, base_content, end))
        base_of = _argument_head_of(base_norms, base_content, end)
        base_participle = _adjunct_participle(base_norms, base_content, end)
        base_before = (base_norms[end - 1] if end > 1 and base_content[end - 1]
                       and base_norms[end - 2] not in _NOUN_CUES else "")  # as `content_before`
        # the base ends inside a clause (a relative or other subordinate clause after its head)
        in_clause = any(t.norm in CLAUSE_OPENERS for t in base_tokens[1:])
        base_genus = genus_key(base_tokens, context.analyzer)
        tried = set()
        for key in missing:
            for fragment in fragments.get(key, ()):
                if (fragment.body, fragment.start) in tried or fragment.keys & used:
                    continue  # a repeated word would say the same thing twice
                if fragment.head is not None and fragment.head != last_key:
                    continue  # a complement of another word
                if fragment.head is not None and (
                        fragment.head_object and (
                            base_heads or base_governor is not None and not base_object
                            or base_object and fragment.head_before != base_before)
                        or None not in (fragment.head_governor, base_governor)
                        and fragment.head_governor != base_governor
                        or fragment.head_governor is None and base_governor is None
                        and fragment.head_before and base_before
                        and fragment.head_before != base_before):
                    continue  # "examine the goods for defects" + "[disclose defects] to the
                    # buyer": the argument is the verb's, as at a join (`roles_compatible`)
                head_sig = context.bodies[fragment.body].signatures[fragment.start - 1]
                if (fragment.head is not None and head_sig.preposition_follows == "to"
                        and head_sig.host_verb and not head_sig.second_object
                        and _second_object(base_norms, base_content, end)):
                    continue  # "to give dishes ... a honey-like flavour" + "[give colour and
                    # flavour] to food": a second recipient, as at a join (`roles_compatible`)
                if (fragment.head is not None and head_sig.agent_past_adjunct
                        and head_sig.adjunct_participle and not base_participle):
                    continue  # "rises ... above the surrounding area on at least one side" +
                    # "[bounded on at least one side] by an abrupt descent": the participle's
                    # agent, as at a join (`roles_compatible`)
                if (fragment.head_relative
                        and fragment.head_relative != _head_of(base_norms, base_content, end)):
                    continue  # "the sensation of movement" + "[an illusion of movement] in which
                    # the patient feels ...": the clause may describe the illusion, as at a
                    # join (`roles_compatible`, `relative_head`)
                if fragment.head is not None and fragment.head_of and (
                        base_object or base_of and base_of != fragment.head_of):
                    continue  # "A beverage of fermented sweetened tea" + "[the fermentation of
                    # sweetened tea] by a symbiotic community ...": after "X of Y" an argument
                    # may be X's (the agent of "fermentation"), as at a join (`roles_compatible`)
                if (fragment.head_genus and (base_governor in MODIFIER_OPENERS or base_object)
                        and _opened_by(base_norms, base_content, end) != "the"):
                    continue  # "speak each other's languages" + "[contact] languages with no
                    # native speakers": it describes the thing defined, not a verb's object
                if _passes_over(context.bodies[fragment.body], base_runs[-1][0], fragment.start):
                    continue  # "... during pregnancy, labor and delivery" + "[, and the period]
                    # after birth": the source went on to another noun that the fragment describes
                if _another_sense(context, base_runs, base.phrases, fragment.body):
                    continue  # "A general pardon ... before any trial or conviction" (sense 1) +
                    # "[take no action against ... offenders] during a fixed period" (sense 2)
                if fragment.head_genus and not base_heads:
                    continue  # "A large tent used for social or commercial functions" + "[A
                    # roof-like projection] over the entrance of a building": it describes the
                    # thing defined, which the base names in its opening noun phrase, not last
                if _sense_of_other_genus(context, base_genus, fragment.body):
                    continue  # "A large tent used for ... a garden party" + "[(US) a sign] over
                    # the entrance of a theatre": the sense of a tent is another wording
                if fragment.head is None and in_clause:
                    continue  # an adjunct after a clause's noun would be the clause's: "that
                    # causes distinct wet and dry seasons" + "during the summer months"
                if not definites_ok(context.bodies[fragment.body], fragment.start, fragment.last,
                                    used):
                    continue  # "the person" without the person
                if _persons(context.bodies[fragment.body].norms[fragment.start:fragment.last + 1]) \
                        - _persons(t.norm for t in base_tokens):
                    continue  # "stress" + "in your job": the reader or writer brought in
                tried.add((fragment.body, fragment.start))
                if base.words + fragment.words > max_words:
                    continue
                body = context.bodies[fragment.body]
                tokens = body.tokens[fragment.start:fragment.last + 1]
                piece = _piece(body, fragment.start, tokens)
                text = f"{base.text} {piece}"
                count = _word_count(text, context)
                if count > max_words:
                    continue
                norms = [t.norm for t in context.analyzer.tokens(text)]
                if not agreement_ok(norms) or repeats_a_modifier((*base_runs, _words(tokens))):
                    continue
                if {"one", "ones"} & set(norms) and not one_agrees(
                        norms, [t.is_content for t in context.analyzer.tokens(text)],
                        head_number(text, context.analyzer)):
                    continue  # a head of another number than the "one" that stands for it
                ids = context.saying(_span_norms(body, tokens, context.analyzer))
                phrase = Phrase(piece, ids, tuple(
                    WordSupport(t.surface, t.key, context.key_ids.get(t.key, ()))
                    for t in tokens if t.is_content))
                phrases = (*base.phrases, phrase)
                cost = (1.0 / base.fluency - 1.0) if base.fluency else 0.0
                score, cov, sup, flu, con = _score(text, phrases, cost, 1, base.joins + 1, context)
                out.append(Candidate(text, count, score, cov, sup, flu, base.joins + 1, phrases,
                                     con))
    return out


def _passes_over(body: _Body, run: Sequence[str], start: int) -> bool:
    """Return whether `body` says the base's last `run` (its word forms) before a fragment
    at `start` with a content word between: the source wrote the fragment after another noun
    than the base's last, which it describes ("to women during pregnancy, labor and delivery,
    and the period [after birth]"), and had the base's own wording to attach it to if it
    meant that."""
    size = len(run)
    if not size:
        return False
    for end in range(start - 1, size - 2, -1):
        if tuple(body.norms[end - size + 1:end + 1]) == tuple(run):
            return any(body.content[end + 1:start])
    return False


def _another_sense(context: _Context, base_runs, phrases: Sequence[Phrase], index: int) -> bool:
    """Return whether a fragment of body `index` would join two clauses of one source: its
    source has several (numbered senses, a restatement after a colon: `further_clauses`) and
    a phrase of the base (`base_runs`, `phrases`) says that source's wording that the
    fragment's clause does not hold. The graph gives a source's clauses no shared node, so no
    path joins them; a fragment may not either: two senses are two meanings, and a tail of
    one after the other says neither ("a general pardon ... granted before any trial or
    conviction" + "[take no action against offenders] during a fixed period")."""
    body = context.bodies[index]
    if sum(1 for b in context.bodies if b.id == body.id) < 2:
        return False
    clause = body.norms
    for (words, _), phrase in zip(base_runs, phrases):
        if body.id not in phrase.ids or not words:
            continue
        size = len(words)
        if not any(clause[i:i + size] == tuple(words) for i in range(len(clause) - size + 1)):
            return True
    return False


def _joins_senses(pieces, context: _Context) -> bool:
    """Return whether a path's runs (`pieces`) pass from one clause of a source to another
    through a third source's words: a run copied from one of a source's several clauses
    (numbered senses, a restatement: `further_clauses`) after a run that says, word for word,
    two content words in a row that another clause of that source holds and this one does
    not ("[a] small room" of a dictionary's sense 1, said by a
    learner's dictionary too in "a small room or large cupboard in a house", then "[from
    which] food is served" of the dictionary's sense 2). The graph gives a source's clauses
    no shared node, and `_another_sense` keeps fragments from joining them: a path that
    joins them through another source also says the tail of one meaning after the head of
    another."""
    bodies = context.bodies
    for number in range(1, len(pieces)):
        body = bodies[pieces[number][2]]
        others = [b.norms for b in bodies if b.id == body.id and b.index != body.index]
        if not others:
            continue
        for _, tokens, index in pieces[:number]:
            if index == body.index:
                continue
            words = [t.norm for t in tokens]
            for start in range(len(tokens) - 1):
                run = tuple(words[start:start + 2])
                if (all(t.is_content for t in tokens[start:start + 2])
                        and any(_holds(other, run) for other in others)
                        and not _holds(body.norms, run)):
                    return True
    return False


def _holds(norms: Sequence[str], run: tuple[str, ...]) -> bool:
    """Return whether `norms` has `run` word for word."""
    size = len(run)
    return any(tuple(norms[i:i + size]) == run for i in range(len(norms) - size + 1))


def _sense_of_other_genus(context: _Context, genus: str | None, index: int) -> bool:
    """Return whether body `index` is one of several wordings of its source (numbered senses,
    a sense after a semicolon, a restatement: `further_clauses`) that classes the term under
    another genus than `genus`, the base's, while another wording of that source gives
    `genus`: the source says the base's meaning there, and this wording is another meaning
    ("a large tent that is used for parties ...; (US) a sign over the entrance of a theatre":
    what is over the entrance is the sign, not the tent), so no part of it describes the
    base's genus."""
    if genus is None:
        return False
    body = context.bodies[index]
    others = [b for b in context.bodies if b.id == body.id and b.index != index]
    if not others:
        return False
    analyzer = context.analyzer
    own = genus_key(body.tokens, analyzer)
    return (own is not None and own != genus
            and any(genus_key(b.tokens, analyzer) == genus for b in others))


def _candidates(paths: Sequence[_Path], context: _Context, min_words: int,
                max_words: int = MAX_WORDS) -> list[Candidate]:
    """Return the distinct, legal candidates from `paths`, best first."""
    bodies = context.bodies
    # A copy is told by the words' keys, not their forms: a join at a word two sources spell
    # or inflect differently ("a labour market" + "[a labor] market where ...") changes one
    # form of one source's wording and is still that wording.
    source_keys = [tuple(t.key for t in b.tokens if t.is_word) for b in bodies]
    full = [tuple(t.key for t in context.analyzer.tokens(d.text) if t.is_word)
            for d in context.definitions]
    copies = _CopyIndex(source_keys, full)
    seen: dict[str, Candidate] = {}
    own: dict[str, Candidate] = {}  # one source's own clause: not a result, but a base to extend
    for path in paths:
        joins = len(path.runs) - 1
        if not joins:
            text, pieces = _realise(path, bodies)
            if text.casefold() not in own:
                phrases = _phrases(pieces, context)
                score, cov, sup, flu, con = _score(text, phrases, path.cost, len(path.nodes) - 1, 0,
                                              context)
                phrases = (Phrase(_capitalised(phrases[0].text), phrases[0].ids, phrases[0].words),
                           *phrases[1:])
                own[text.casefold()] = Candidate(_capitalised(text), _word_count(text, context),
                                                 score, cov, sup, flu, 0, phrases, con)
            continue  # without a join the path is one source's own wording
        if not _runs_keep_pronouns(path, bodies):
            continue
        text, pieces = _realise(path, bodies)
        words = tuple(t.key for _, tokens, _ in pieces for t in tokens if t.is_word)
        if copies.copies(words):
            continue  # two sources share this wording: still a copy of one of them
        all_norms = [t.norm for _, tokens, _ in pieces for t in tokens]
        if (not agreement_ok(all_norms) or repeats_a_modifier([_words(t) for _, t, _ in pieces])
                or reintroduces(all_norms)):
            continue
        if {"one", "ones"} & set(all_norms) and not one_agrees(
                all_norms, [t.is_content for _, tokens, _ in pieces for t in tokens],
                head_number(text, context.analyzer)):
            continue  # "Compounds that inhibit oxidation, especially one used to ..."
        if any(_speaks_of_term(tokens, context.analyzer) for _, tokens, _ in pieces[1:]):
            continue
        text = _capitalised(text)
        count = _word_count(text, context)  # with the words of any bracketed aside it copies
        if text.casefold() in seen or not min_words <= count <= max_words:
            continue
        phrases = _phrases(pieces, context)
        if _joins_senses(pieces, context):
            continue  # "A small room [or large cupboard in a house]" + "from which food is
            # served": one dictionary's sense 1, then its sense 2, through another source
        phrases = (Phrase(_capitalised(phrases[0].text), phrases[0].ids, phrases[0].words),
                   *phrases[1:])
        score, cov, sup, flu, con = _score(text, phrases, path.cost, len(path.nodes) - 1, joins, context)
        seen[text.casefold()] = Candidate(text, count, score, cov, sup, flu, joins, phrases, con)
    # Coverage first: a candidate that leaves out a word most sources use is ranked below every
    # candidate that leaves out fewer (a hard filter when some candidate uses them all).
    def missing(candidate: Candidate) -> int:
        return _missing(candidate, context)

    # At equal scores (wordings that differ in function words only: "A process" and "The
    # process"), the wording more sources use word for word comes first: the most sources
    # per word, each phrase's sources counted for each of its words.
    term_plural = term_number(context.analyzer.term_tokens)

    def rank(candidate: Candidate):
        said_by = sum(len(p.ids) * len(p.text.split()) for p in candidate.phrases)
        clash = head_number(candidate.text, context.analyzer) not in (None, term_plural)
        # a definition speaks of its term, not to the reader or as the writer ("a document
        # that orders you to go to court")
        personal = _personal(candidate.text, context.analyzer)
        return (personal, missing(candidate), term_plural is not None and clash,
                -candidate.score, candidate.words, -said_by, candidate.text)

    # Bases for a second part: the best candidates (and the best source clauses, which may
    # lack a majority word) that still miss a majority word.
    ranked = sorted((*seen.values(), *own.values()), key=rank)
    bases = [c for c in ranked if missing(c)][:BASES_EXTENDED]
    for extended in _extend(bases, context, max_words):
        words = tuple(t.key for t in context.analyzer.tokens(extended.text) if t.is_word)
        if (extended.words >= min_words and extended.text.casefold() not in seen
                and not copies.copies(words)):
            seen[extended.text.casefold()] = extended
    return sorted(seen.values(), key=rank)


def _missing(candidate: Candidate, context: _Context) -> int:
    """Return how many of the words most sources use (`_Context.majority`) `candidate` leaves
    out."""
    return len(context.majority - context.analyzer.keys(candidate.text))


def term_number(term_words: Sequence[str]) -> bool | None:
    """Return True for a plural term ("fossil fuels"), False for a singular one, None when its
    form does not tell or it names two things ("supply and demand")."""
    if not term_words or any(word in COORDINATORS for word in term_words):
        return None
    last = term_words[-1]
    if len(last) >= 5 and last.isalpha() and last.endswith(("us", "is")):
        return False  # "sarcophagus", "analysis": Latin and Greek singulars (plural -i, -es)
    return looks_plural(last)


#: Words that pick one out of the plural after their "of": "Any of the forms of ...", "One of
#: two or more ...", "Each of two or more forms ..." name one thing, as "A form of ..." does.
_PARTITIVE_SINGULARS = frozenset("one any each either".split())


def head_number(text: str, analyzer: Analyzer) -> bool | None:
    """Return True when a definition's head noun is plural ("Fuels such as ..."), False when
    singular ("A natural fuel such as ..."), None when its form does not tell.

    "A"/"an" make it singular, and so does "one", "any", "each" or "either" + "of" ("Any of
    the forms of a chemical element ..."); else the head is the last of the first content words, before
    a participle ("Medicines used to ...": "medicines"), or at a comma, bracket or colon after
    a plural word (adjectives take no plural: "Large volcanic craters, usually more than 1 km
    ..." is headed by "craters"; "Large, long-lasting masses" goes on past its comma). A word
    in -ed right before another content word, after words none of which shows the plural, is
    no participle after the head but an adjective before it, as "long-lasting" is ("Light,
    airy baked dishes"): a passive participle after a noun takes no object, its phrase goes
    on with a preposition or "to" ("Medicines used to ...", "Equipment used in ..."). One in
    -ing may take a bare object ("Software containing viruses") and still ends the head.
    """
    head = None
    index = -1
    tokens = analyzer.tokens(text)
    words = [t.norm for t in tokens if t.is_word][:2]
    if len(words) == 2 and words[0] in _PARTITIVE_SINGULARS and words[1] == "of":
        return False  # "Any of the forms of a chemical element ...": one of them
    for at, token in enumerate(tokens):
        if not token.is_word:
            if head and token.norm in {",", ";", ":", "(", "-", "–", "—"} \
                    and looks_plural(head):
                break
            continue
        index += 1
        if index == 0 and token.norm in {"a", "an"}:
            return False
        if index == 0 and token.norm in DETERMINERS:
            continue
        before_noun = (token.norm.endswith("ed") and looks_plural(head or "") is False
                       and at + 1 < len(tokens) and tokens[at + 1].is_content)  # "baked dishes"
        if not token.is_content or (head and token.norm.endswith(("ed", "ing"))
                                    and "-" not in token.norm and not before_noun):
            break  # a participle after the head; "long-lasting masses" is an adjective
        head = token.norm
    return looks_plural(head) if head else None


def _similarities(text: str, definitions: Sequence[Definition], analyzer: Analyzer):
    from cs_define.compare import pair_scores

    rows = []
    for definition in definitions:
        scores = pair_scores(text, definition.text, analyzer)
        rows.append(SourceSimilarity(definition.id, scores.jaccard, scores.token_set_ratio))
    return tuple(rows)


def _left_out(thread_uses, pool, definitions, clauses, analyzer, majority=frozenset(),
              graph_ids: frozenset[str] | None = None,
              bounds: tuple[int, int] = (MIN_WORDS, MAX_WORDS),
              wordings: dict[str, list] | None = None) -> tuple[LeftOut, ...]:
    """Return the uncovered common threads with the reason each was left out.

    `clauses` are the defining clauses of `definitions` (tokens); `graph_ids` the sources the
    word graph was built from (all of them when None); `bounds` the candidates' word range;
    `wordings` each source's further wordings the graph draws on (`further_clauses`: "the
    position or office of a mentor; the guidance, advice or influence provided by a
    mentor"), whose words are no more outside what the synthesis uses than the clause's.
    """
    clause_text = {d.id: (d.text, clause) for d, clause in zip(definitions, clauses)}
    defining: dict[str, frozenset] = {}  # each source's threads in its defining clause, lazily

    def in_clause_of(ident: str, key) -> bool:
        if ident not in defining:
            text, clause = clause_text.get(ident, ("", ()))
            found = set()
            for wording in [clause, *(wordings or {}).get(ident, ())]:
                if wording:
                    found.update(occurrences(text[wording[0].start:wording[-1].end], analyzer))
            defining[ident] = frozenset(found)
        return key in defining[ident]

    best = pool[0]
    out = []
    pool_keys: dict[int, frozenset] = {}  # each candidate's threads, computed once

    def has(index: int, key) -> bool:
        if index not in pool_keys:
            pool_keys[index] = frozenset(occurrences(pool[index].text, analyzer))
        return key in pool_keys[index]

    capped = graph_ids is not None and len(graph_ids) < len(definitions)
    for use in thread_uses:
        thread = use.thread
        if use.covered:
            continue
        if thread.is_term:
            reason = "the term's own words: a definition need not repeat them"
            out.append(LeftOut(thread.label, thread.ids, reason))
            continue
        in_clause = []  # two are enough to tell, unless fewer say it there
        for ident in thread.ids:
            if in_clause_of(ident, thread.key):
                in_clause.append(ident)
                if len(in_clause) == 2:
                    break
        if len(in_clause) < 2:
            outside = [i for i in thread.ids if i not in in_clause]
            only = (f"only {in_clause[0]} says it in its defining clause; " if in_clause else "")
            says = "says" if len(outside) == 1 else "say"
            reason = (f"{only}{', '.join(outside)} {says} it outside the defining clause (in a "
                      "later clause or sentence), which the synthesis does not draw on")
        elif capped and not any(i in graph_ids and in_clause_of(i, thread.key)
                                for i in thread.ids):
            reason = (f"none of the {len(graph_ids)} most central sources, from which the word "
                      "graph is built, says it in its defining clause")
        else:
            rank = next((i + 1 for i in range(1, len(pool)) if has(i, thread.key)), None)
            if rank is not None:
                rival = pool[rank - 1]
                lacks = sorted(majority - analyzer.keys(rival.text))
                if lacks and rival.score >= best.score:
                    words = "a word" if len(lacks) == 1 else f"{len(lacks)} words"
                    reason = (f"candidate #{rank} has it but leaves out {words} that at least "
                              "half of the sources use")
                else:
                    reason = (f"candidate #{rank} has it but scores lower ({rival.score:.3f} vs "
                              f"{best.score:.3f}: coverage {rival.coverage:.2f}, support "
                              f"{rival.support:.2f}, {rival.words} words)")
            else:
                # the candidates are the fusions within the word range that are not a copy:
                # a shorter fusion or a source's own clause may still say it
                reason = (f"no candidate of {bounds[0]} to {bounds[1]} words has it: where its "
                          "sources say it, a join would break a clause, a list or agreement, or "
                          "the result would be too short, too long or one source's own wording")
        out.append(LeftOut(thread.label, thread.ids, reason))
    return tuple(out)


def _single_source(text: str, definitions, context: _Context) -> tuple[LeftOut, ...]:
    """Return content words only one source uses and the result leaves out."""
    used = context.analyzer.keys(text)
    out, seen = [], set()
    for definition in definitions:
        for token in context.analyzer.content(definition.text):
            ids = context.key_ids.get(token.key, ())
            if len(ids) == 1 and token.key not in used and token.key not in seen:
                seen.add(token.key)
                out.append(LeftOut(token.surface, ids, "specific to one source"))
    return tuple(out)


def _compare_reference(text: str, reference: Definition, analyzer: Analyzer) -> ReferenceComparison:
    ours = analyzer.keys(text)
    shared, seen = [], set()
    for token in analyzer.content(reference.text):
        if token.key in ours and token.key not in seen:
            seen.add(token.key)
            shared.append(token.surface)
    return ReferenceComparison(reference.id, reference.text, tuple(shared),
                               rouge1(text, reference.text, analyzer))
