"""The one place text is cut into words: normalise, tokenise, stopwords, stems, lead-ins.

Every analysis works on `Token`s from an `Analyzer`, so "interaction"/"interactions" and
"customer"/"customers" meet on the same `key`, while `surface` keeps the words a source
actually wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

# Combining marks are not \w in Python's re; without them accented or Indic words would split.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    "\u302a-\u302f\u3099\u309a\ufe20-\ufe2f"
)
_W = rf"[\w{_MARKS}]"
_WORD_CHAR = re.compile(_W)


def is_word_char(char: str) -> bool:
    """Return whether `char` belongs to a word for the tokenizer (letters, digits, marks)."""
    return bool(char) and _WORD_CHAR.fullmatch(char) is not None


# An abbreviation with its dots ("e.g.", "i.e.", "U.S.", "etc." before a lower-case word) is
# one word, so its dots end no sentence or clause; so is a number with a decimal point,
# thousands separator or ratio colon ("42.195 km", "26.2-mile", "10,000", "2:1"), also in a
# range ("12:00-18:00", "50–100"), and with a percent sign ("100%", "10–15%"). One capital
# letter and a full stop before a word in lower case is an abbreviated genus or first name
# ("H. pylori", "E. coli"), one word: no sentence starts in lower case. A suspended hyphen,
# joined to its word and followed by "or", "and" or "to" ("wind- or water-driven", "10- to
# 15-year"), is the word's, not a dash. A plural's possessive apostrophe before a hyphen
# ("ones'-complement", "users'-guide") is inside a hyphenated compound: one word, no quotation
# mark and no dash.
_TOKEN = re.compile(
    rf"(?P<word>\d+(?:[.,:]\d+)+(?:[\-–]\d+(?:[.,:]\d+)*)*{_W}*(?:['’\-]{_W}+)*%?"
    rf"|\d+(?:–\d+)+{_W}*%?|\d+%"
    rf"|(?:[^\W\d_]\.){{2,}}(?![^\W\d_])"
    rf"|(?i:etc|vs|cf|approx|esp|incl|viz)\.(?!\s+[A-Z])"
    rf"|(?<!{_W})[A-Z]\.(?=[ \t]+[a-z]{{2}})"
    rf"|{_W}+(?:['’\-]{_W}+|(?<=[sS])['’]-{_W}+)*(?:-(?=[ \t]+(?:or|and|to)\b))?)"
    rf"|(?P<punct>\S)")

#: Superscript digits, which number a headword's homographs ("pawn¹", "bank²").
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

#: Closing quotation marks and brackets, which may follow a sentence's full stop.
_CLOSING_MARKS = frozenset("\"'’”)]")
#: Punctuation that ends a sentence.
SENTENCE_END = frozenset(".!?")
#: Punctuation that ends a clause (a phrase never runs across one). "-" is a spaced hyphen, a
#: dash; "<>" enclose a dictionary's usage example ("<the plaintiff sought $8,000 in damages>"),
#: but a "<" or ">" that no other closes or opens is a sign (see `angle_signs`); an arrow points
#: to a cross-reference ("→ compare STEW"); a vertical bar separates a dictionary's senses
#: ("... down the side of a mountain | (figurative) a very large number ...") or a table's cells.
CLAUSE_END = SENTENCE_END | frozenset(";:()[]{}<>–—-→⇒|")

#: A sensible English stopword list (function words only); a data file can extend it per term.
#: "before", "during" and "after" are deliberately absent: in a definition they set its scope
#: in time ("before, during and after a purchase"), which is content.
STOPWORDS = frozenset(
    """
    a about above across again against all almost along also although am among an and another any
    anybody anyone anything are around as at be became because become becomes been being below
    beside besides between beyond both but by can cannot could did do does doing done down each
    either else enough etc even ever every few for from further had has have having he her here
    hers herself him himself his how however i if in into is it its itself just least less let like
    made make makes many may me might more most much must my myself neither no nor not now of off
    often on once one ones one's only onto or other others otherwise our ours ourselves out over
    own per perhaps quite rather same shall she should since so some somehow someone something such
    than that the their theirs them themselves then there thereby therefore these they this those
    though through throughout thus to together too toward towards under until up upon us very via
    was we well were what whatever when whenever where whereas whereby wherein whether which while
    who whoever whom
    whose why will with within without would yet you your yours yourself yourselves s t don doesn
    isn aren wasn weren won can't don't doesn't isn't it's that's there's they're we're you're i'm
    i've we've they've you've i'll you'll he'll she'll it'll we'll they'll i'd you'd he'd she'd
    we'd they'd he's she's won't wouldn't can't couldn't shouldn't mustn't hasn't haven't hadn't
    didn't wasn't weren't e.g. i.e. etc. vs. cf. viz. esp. incl. approx.
    """.split()
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

#: Words that link the term to its definition at the start of a text ("X is ...").
_COPULAS = (
    ("is", "defined", "as"), ("are", "defined", "as"), ("can", "be", "defined", "as"),
    ("is", "described", "as"), ("are", "described", "as"),
    ("refers", "to"), ("refer", "to"), ("is",), ("are",), ("was",), ("were",), ("means",),
    ("mean",),
    ("represents",), ("represent",), ("denotes",), ("denote",), ("describes",), ("describe",),
    ("shall", "mean"), ("shall", "be", "defined", "as"),
)
#: Verbs of an event or a state that link the term to a "when" clause as "is" does ("X occurs
#: when ...", "A monopoly exists when ...").
_EVENT_COPULAS = frozenset({"occurs", "occur", "happens", "happen", "exists", "exist"})
_EVENT_CLAUSES = frozenset({"when", "whenever", "if"})
#: Both, for synthesize's reading of an event's "when" clause (`_event_clause` there).
EVENT_COPULAS, EVENT_CLAUSES = _EVENT_COPULAS, _EVENT_CLAUSES
#: Modal verbs, which may hedge a copula of a definition ("X can be thought of as", "X may be
#: described as"; synthesize reads them before a passive "be" too).
MODAL_VERBS = frozenset("can could may might must shall should will would".split())
#: The participles of saying or regarding that make a copula with "be" and "as" ("is regarded
#: as", "can be viewed as"), each with the words that must follow it ("considered to be",
#: "thought of as"; `_hedged_copula_length`).
_REGARDING_PARTICIPLES = {
    "thought": (("of", "as"),), "conceived": (("of", "as"),), "described": (("as",),),
    "defined": (("as",),), "regarded": (("as",),), "seen": (("as",),), "viewed": (("as",),),
    "understood": (("as",),), "known": (("as",),), "characterized": (("as",),),
    "characterised": (("as",),), "interpreted": (("as",),),
    "considered": (("to", "be"), ("as",), ()),
}
_HEDGED_ADVERBS = frozenset({"best", "most", "also", "often", "usually", "generally", "commonly",
                             "sometimes", "broadly", "loosely", "simply", "roughly", "widely"})
#: The plural demonstratives: right after a copula, before a noun phrase ("Toucans are those
#: birds with ..."), they point forward to what the phrase goes on to say, as an article
#: would: "Toucans are birds with ..." says the same, and a plural noun needs no determiner.
_PLURAL_DEMONSTRATIVES = frozenset({"these", "those"})
#: The last word of each copula: a lead-in that ends with one links the term to its definition
#: (so does one that ends with a plural demonstrative, which the lead-in takes after a copula
#: only: "Toucans are those").
COPULA_ENDINGS = frozenset(copula[-1] for copula in _COPULAS) | _EVENT_COPULAS \
    | frozenset({"as", "be", "considered"}) | _PLURAL_DEMONSTRATIVES
_COPULA_MARKS = frozenset(":=–—-")
#: Words that only soften an informal definition ("Basically it's ...", "It's just ...").
_DISCOURSE_WORDS = frozenset("basically essentially simply just so well ok okay honestly".split())
#: Quotation and emphasis marks that may stand around the term in a lead-in ("'Trade secret'
#: means", "**Cognitive dissonance** is").
#: Sentence adverbs that need no "-ly" ("X, however, is"); with the hedges ("X, basically,
#: is").
_SENTENCE_ADVERBS = frozenset("however therefore thus then though indeed also too moreover "
                              "basically essentially simply".split())
#: The last word of an opening "in ..." phrase that says how a sentence is put ("In simple
#: terms,", "In other words,", "In short,", "In a nutshell,").
_MANNER_ENDINGS = frozenset("terms words short brief nutshell essence sum summary".split())


def _discourse_opener(norms: Sequence[str]) -> bool:
    """Return whether `norms`, a sentence's opening phrase before its comma, only says how
    the sentence is put: a sentence adverb ("Basically", "Essentially", "Broadly"), one
    with "put" or "speaking" ("Simply put", "Put simply", "Broadly speaking"), or "in" and
    at most three words ending in a word of manner ("In simple terms", "In other words")."""
    words = [w for w in norms if w not in ("put", "speaking")]
    if len(words) == 1 and len(norms) <= 2 and (
            words[0] in _SENTENCE_ADVERBS or len(words[0]) > 4 and words[0].endswith("ly")):
        return len(norms) == 1 or norms[-1] in ("put", "speaking") or norms[0] == "put"
    return (2 <= len(norms) <= 4 and norms[0] == "in" and norms[-1] in _MANNER_ENDINGS
            and all(w.isalpha() for w in norms))


_SUBJECT_PRONOUNS = frozenset("it they we he she you i".split())
_QUOTE_MARKS = frozenset("'\"‘’“”*")
QUOTE_MARKS = _QUOTE_MARKS
#: Part-of-speech labels after the term in a dictionary entry ("trade secret, n.").
_PART_OF_SPEECH = frozenset("n v adj adv noun verb adjective adverb pl vt vi".split())
#: What follows a part-of-speech label: "n.", "adj:", "n —".
_LABEL_MARKS = frozenset(".:—–-")
#: Words of a part-of-speech label in brackets ("(phrasal verb)", "(transitive verb)").
_BRACKET_LABELS = _PART_OF_SPEECH | frozenset("phrasal transitive intransitive".split())
#: Words that stand for a verb's object in a dictionary's headword ("lay someone off", "put
#: something off", "take sb in"): the headword names the term with one of them inside it.
_PLACEHOLDERS = frozenset("someone somebody something sb sth one oneself one's someone's "
                          "somebody's".split())
#: Dictionaries' usage labels, written in lower case before a sense ("3. informal the period
#: ...", "2. fig. a ..."): register, currency, attitude and medium, not a field.
_USAGE_LABELS = frozenset(
    "informal formal colloquial colloq slang archaic dated obsolete rare literary poetic "
    "figurative fig humorous jocular ironic derogatory disapproving offensive vulgar euphemistic "
    "nonstandard dialect dialectal old-fashioned historical".split())
#: Words before a region label ("chiefly British", "mainly US").
_REGION_HEDGES = frozenset({"chiefly", "mainly", "esp", "especially"})
#: Region labels a dictionary writes alone where a sense starts ("[countable] American an
#: amount of money ...", "British a ..."), capitalised.
_REGION_LABELS = frozenset("british american us uk australian canadian irish scottish nz".split())
#: The part-of-speech labels of a verb, whose senses open with the verb ("1. Cause the ...").
_VERB_LABELS = frozenset("v verb vt vi".split())
#: Marks that open an item of a list at the start of a line.
_BULLETS = frozenset("-*•–—")
#: Marks that join the words of a list item's heading ("Physics/chemistry:", "Law & finance:").
_LABEL_SLASHES = frozenset("/&")
#: Internet shorthand a forum answer ends a sentence or clause with ("... the wedding photos
#: lol."): the writer's interjections, no words of a definition.
_INTERJECTIONS = frozenset("lol lool lmao lmfao rofl haha hahaha hehe tbh tbf imo imho smh xd"
                           " btw".split())
#: The eyes and a nose at most of an emoticon whose mouth is a letter (":D", ";-P"); one whose
#: mouth is a mark (":)", ":-(") is all marks, which no clause runs across.
_EMOTICON_EYES = frozenset(":;=")
_EMOTICON_MOUTHS = frozenset("dp")
#: Hedges right after the copula, which say nothing of the term ("X is basically a Y").
_HEDGES = frozenset("basically essentially simply just".split())
#: Adverbs of emphasis that add nothing to what a copula says ("it's literally the board you
#: squeeze your paint onto", "it's really a kind of ..."): after "it's" they lead in.
_EMPHASIS_ADVERBS = frozenset("literally really actually truly".split())
HEDGES = _HEDGES  # also read by synthesize: "an Excel file basically, a big table"
#: Adverbs of time that may qualify a participle ("Pinafores, first worn by girls in the late
#: eighteenth century, were ...", "once used", "still made", "long held").
_TIME_ADVERBS = frozenset("first once later still long since now then ever".split())
#: Adverbs that may stand between the term and its copula, softening, framing or qualifying
#: the verb ("Mise en place just means having ...", "X usually refers to", "X also means").
_VERB_ADVERBS = _HEDGES | frozenset(
    "really actually literally also often usually generally commonly typically sometimes "
    "normally broadly technically formally informally loosely strictly originally "
    "traditionally primarily mainly merely only".split())
#: Hedging phrases right after the copula ("Churn rate is in its widest sense a measure of"):
#: the definition follows them.
_HEDGE_PHRASES = (
    ("in", "general"), ("in", "essence"), ("in", "simple", "terms"), ("in", "simplest", "terms"),
    ("in", "the", "simplest", "terms"), ("broadly", "speaking"), ("generally", "speaking"),
    ("simply", "put"), ("put", "simply"),
)
#: Words besides adjectives that may stand in a "sense" hedge ("in the oldest and broadest
#: sense", "in its most general sense").
_SENSE_JOINERS = frozenset({"and", "or", "most", "more"})
#: Most words before "sense" in such a hedge.
SENSE_WORDS = 4


def _sense_length(norms: Sequence[str], at: int) -> int:
    """Return the length of a phrase at `at` that says in what sense the term is taken, or 0:
    "in", a determiner, at most `SENSE_WORDS` adjectives (joined by "and"/"or", raised by
    "most"/"more"), then "sense" ("in a sense", "in its widest sense", "in the oldest and
    broadest sense")."""
    if norms[at:at + 1] != ["in"] or at + 2 >= len(norms) or norms[at + 1] not in _DETERMINERS:
        return 0
    for end in range(at + 2, min(len(norms), at + 3 + SENSE_WORDS)):
        if norms[end] == "sense":
            return end + 1 - at
        if not norms[end].isalpha() or norms[end] in STOPWORDS and norms[end] not in _SENSE_JOINERS:
            return 0
    return 0


def _hedge_length(norms: Sequence[str], at: int) -> int:
    """Return the length of a hedging phrase at `at` ("in general", "broadly speaking", "in its
    widest sense") with the comma after it, or 0; with no comma an article must follow."""
    length = next((len(p) for p in _HEDGE_PHRASES if tuple(norms[at:at + len(p)]) == p), 0)
    length = length or _sense_length(norms, at)
    if length and at + length < len(norms) and norms[at + length] == ",":
        return length + 1
    # without a comma, only before an article: "is in general use" is no hedge
    return length if norms[at + length:at + length + 1] in (["a"], ["an"], ["the"]) else 0
#: Phrases right after the copula that only name the term a word ("X is the name for Y", "X
#: is a term used to describe Y").
_NAMES = frozenset({"name", "term", "word", "phrase", "expression"})
#: Of those, the ones that name by a bare "for" ("a term for"; "an expression for the area"
#: may be a formula).
_NAMES_FOR = frozenset({"name", "term", "word"})
NAMES_FOR = _NAMES_FOR  # also read by synthesize: "a general term for ...: Y"
#: What follows such a name and only says that it names something ("for", "used to describe").
_NAMING = (("for",), ("used", "to", "describe"), ("used", "to", "refer", "to"), ("used", "for"),
           ("used", "to", "mean"), ("used", "to", "denote"), ("that", "describes"),
           ("that", "refers", "to"), ("which", "describes"), ("which", "refers", "to"),
           ("describing",), ("referring", "to"), ("that", "means"), ("denoting",),
           ("that", "denotes"), ("which", "denotes"))
#: Nouns that only name the term as a kind of thing ("the urban heat island effect refers to").
_KIND_NOUNS = frozenset({"effect", "phenomenon", "concept", "principle", "notion"})
#: Nouns that, after "the" or "this", stand for the term as a word or an idea at the start of
#: a sentence that never names it ("The term, associated with ..., refers to ...").
_NAME_SUBJECTS = frozenset({"term", "word", "concept", "expression", "phrase", "notion"})
#: Marks that open an aside after the term, and the marks that close it.
_PAIRED = {"(": ")", "—": "—", "–": "–"}
_DEFINITION_OF = (("definition", "of"), ("meaning", "of"), ("term",), ("word",))
#: Words that open an alias of the term between commas ("X, or Y, is", "X, short for Y, is").
_ALIAS_MARKERS = frozenset({"or", "short", "also", "abbreviated", "known", "aka", "sometimes",
                            "often", "commonly", "formerly"})
ALIAS_MARKERS = _ALIAS_MARKERS
#: Words that say an alias is a name ("also known as", "sometimes called", "short for").
_NAMING_WORDS = frozenset({"called", "known", "termed", "named", "short", "abbreviated", "aka"})
_ARTICLES = frozenset({"a", "an", "the"})
#: Marks between the syllables of a dictionary's headword ("cor·nice", "mez•za•nine").
_SYLLABLE_DOTS = frozenset("·•‧")
#: Verbs that open an example in the imperative ("Think of the Imperial March ...", "Imagine
#: you ...", "Consider a ..."): a definition does not start with them.
IMPERATIVES = frozenset({"think", "imagine", "consider", "suppose"})
#: What points back to such an example and names the term after it ("That's a leitmotif — a
#: musical signature ...", "This is called a leitmotif: ...").
_POINTING_BACK = (("that's",), ("that", "is"), ("this", "is"), ("that's", "called"),
                  ("that", "is", "called"), ("this", "is", "called"), ("this", "is", "known", "as"))
#: Possessive determiners, which may stand before the term like an article ("your USP is").
_POSSESSIVES = frozenset("your our their its his her my".split())
#: Participles that name the term after "is" or "are" at the end of an inverted definition
#: ("... are called nebulae", "... is known as a palindrome").
_NAMING_VERBS = (("called",), ("termed",), ("named",), ("known", "as"), ("referred", "to", "as"))
#: Determiners, which open a noun phrase ("this Convention", "the purpose").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_DETERMINERS = _ARTICLES | _POSSESSIVES | _DEMONSTRATIVES
#: An opening prepositional phrase without a comma before the term is at most this many words
#: after its preposition ("For the purpose of this Convention wetlands are").
PHRASE_WORDS = 6
#: Prepositions, which open a phrase that modifies the noun before them ("the law of torts").
_PREPOSITIONS = frozenset("of in on at by for with from about into onto upon under over between "
                          "among within without against through toward towards".split())
PREPOSITIONS = _PREPOSITIONS  # also read by synthesize: "Under TERM, the ..., X was"


def _name_for_length(norms: Sequence[str], at: int) -> int:
    """Return the length of a phrase at `at` that only calls the term a word ("the name for",
    "an informal term for", "a term used to describe", "a word used in economics to refer
    to"), or 0."""
    end = at + (at < len(norms) and norms[at] in _ARTICLES)
    for name in (end, end + 1):  # at most one word ("informal") before the name
        if name < len(norms) and norms[name] in _NAMES:
            after = name + 1
            if norms[after:after + 1] == ["used"] and after + 1 < len(norms) \
                    and norms[after + 1] in {"in", "by"}:
                # "used in economics to describe": skip a short phrase up to its "to"
                to = next((i for i in range(after + 2, min(len(norms), after + 6))
                           if norms[i] == "to"), None)
                if to is not None and all(w.isalpha() or w in _ARTICLES
                                          for w in norms[after + 2:to]):
                    rest = tuple(norms[to:to + 3])
                    for naming in _NAMING:
                        if naming[0] == "used" and naming[1:] == rest[:len(naming) - 1]:
                            return to + len(naming) - 1 - at
            for naming in _NAMING[norms[name] not in _NAMES_FOR:]:
                if tuple(norms[after:after + len(naming)]) == naming:
                    return after + len(naming) - at
    return 0


#: Openings of a sentence that gives the longer form the term is short for ("Short for
#: prenuptial agreement.", "An abbreviation of ...", "A clipping of ...").
_SHORT_FOR = (("short", "for"), ("shortened", "from"), ("abbreviation", "of"),
              ("abbreviation", "for"), ("clipping", "of"), ("contraction", "of"))
#: At most this many words name the longer form in such a sentence.
SHORT_FOR_WORDS = 6


def _short_for_length(tokens: Sequence, norms: Sequence[str], at: int) -> int:
    """Return the length of a sentence at `at` that only names the longer form the term is
    short for, with its full stop ("Short for prenuptial agreement.", "An abbreviation of
    virtual private network."), when another sentence follows it, or 0: it says what the
    term stands for, not what that is; the next sentence defines it."""
    start = at + (at < len(norms) and norms[at] in _ARTICLES)
    for opener in _SHORT_FOR:
        if tuple(norms[start:start + len(opener)]) != opener:
            continue
        first = start + len(opener)
        stop = next((i for i in range(first, min(len(norms), first + SHORT_FOR_WORDS + 1))
                     if not tokens[i].is_word and norms[i] not in _QUOTE_MARKS), None)
        if (stop is not None and stop > first and norms[stop] == "."
                and stop + 1 < len(norms) and tokens[stop + 1].is_word):
            return stop + 1 - at
    return 0


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark of a text."""

    surface: str  # as written, after NFKC ("km2" for "km²")
    norm: str  # case-folded, apostrophes unified
    key: str  # stem, mapped through the term's synonyms; punctuation keeps its norm
    start: int  # offsets into the text as written (before NFKC)
    end: int
    is_word: bool
    is_stop: bool
    # part of the opening that merely repeats the term ("Customer service is"), or of the
    # tail that names it after its definition ("... are called nebulae": see `naming_tail`)
    lead_in: bool
    sentence: int
    clause: int
    line: int = 0  # the line of the text it is on (a heading may stand on a line of its own)
    # part of a label before a definition: a field ("(physics)", "1. Physics the time ...")
    # or a list item's heading ("- **Physics:** half of ..."); see `Analyzer._label_positions`
    label: bool = False

    @property
    def is_content(self) -> bool:
        """True for a word that carries meaning: not punctuation, a stopword, the lead-in or
        a label."""
        return self.is_word and not self.is_stop and not self.lead_in and not self.label


def _evaluation(norms: Sequence[str], at: int) -> bool:
    """Return whether the words at `at` rank the term among others instead of saying what
    it is: "one of the", then a superlative ("one of the most secure instruments", "one of
    the oldest", "one of the best-known")."""
    if list(norms[at:at + 3]) != ["one", "of", "the"] or at + 3 >= len(norms):
        return False
    return superlative(norms[at + 3].split("-")[0])


def superlative(word: str) -> bool:
    """Return whether `word` is a superlative: "most", "best" ... or a word in "-est"."""
    return word in _SUPERLATIVES or len(word) > 4 and word.endswith("est") and word.isalpha()


#: Superlatives not made with "-est".
_SUPERLATIVES = frozenset({"most", "least", "best", "worst"})


def _heading_line(tokens: Sequence[Token], at: int, any_case: bool = False) -> int:
    """Return the length of a heading on a line of its own at `at` ("Noun", "[Architecture]",
    "**Mezzanine** (noun)", "Glossary of architectural terms"), or 0: at most four words and
    no sentence end, with a line after it that starts like a sentence or a label (a capital,
    a digit or a bracket), or a single word. A line that goes on in lower case is a wrapped
    sentence, not a heading (unless `any_case`: the caller knows the next line opens
    otherwise)."""
    end = next((i for i in range(at, len(tokens)) if tokens[i].line != tokens[at].line), None)
    if end is None:
        return 0
    line = tokens[at:end]
    words = sum(t.is_word for t in line)
    if not 0 < words <= 4 or any(t.surface in SENTENCE_END for t in line):
        return 0
    first = tokens[end].surface[:1]
    return end - at if (any_case or words == 1 or first.isupper() or first.isdigit()
                        or first in "([*") else 0


def _in_brackets(norms: Sequence[str], start: int, at: int) -> bool:
    """Return whether position `at` lies inside a bracket opened after `start` ("A level
    crossing (US: grade crossing)": that colon heads nothing)."""
    depth = 0
    for word in norms[start:at]:
        depth += (word == "(") - (word == ")")
    return depth > 0


#: Words and marks that join the part-of-speech labels of a headword used as more than one
#: part of speech ("n. & v.", "adj. and n.", "n., v.", "adj. or adv.").
_LABEL_JOINERS = frozenset({"&", "and", "or", ","})


#: Labels that announce a headword's plural forms ("pl. -tas or -tae", "(plural: cacti)").
_PLURAL_LABELS = frozenset({"pl", "plural"})


def _plural_forms_length(norms: Sequence[str], at: int, closing: str = "") -> int:
    """Return the length of the plural forms at `at` after a plural label, or 0: words or
    endings after a hyphen ("librettos or libretti", "-tas or -tae", "-ies"), joined by "or",
    "and" or a comma. In brackets they must reach the `closing` bracket; without brackets
    they must look like forms, not a definition ("damages, n. pl. Money claimed ...", "n. pl.
    Goods and services"): an ending after a hyphen, or a first sense's number after them, or
    forms joined by "or" before a mark ("pl. octopuses or octopi; a sea animal")."""
    end = at + (at < len(norms) and norms[at] == ":")
    forms, ending, alternatives = 0, False, False
    while end < len(norms):
        form = end + (norms[end] in ("-", "–"))
        if form >= len(norms) or not norms[form].isalpha():
            break
        ending |= form > end
        forms += 1
        end = form + 1
        if end + 1 < len(norms) and norms[end] in ("or", "and", ","):
            alternatives |= norms[end] == "or"
            end += 1
            continue
        break
    if forms and norms[end - 1] in ("or", "and", ","):
        return 0  # the last joiner joins no form
    if not forms:
        return 0
    if closing:
        return end - at if end < len(norms) and norms[end] == closing else 0
    sense = end + 1 < len(norms) and norms[end] == "1" and norms[end + 1] in (".", ")")
    mark = end < len(norms) and not norms[end].isalnum()
    return end - at if ending or sense or alternatives and mark else 0


def _labels_length(norms: Sequence[str], at: int) -> int:
    """Return the length of the part-of-speech labels at `at` ("n.", "n. pl.", "adj:", "n —"),
    also several joined by "&", "and", "or" or a comma ("n. & v.", "adj. and n."), or of one
    in brackets that no copula follows ("(phrasal verb) To end ...", "[noun] the ..."; "(noun)
    is" and "(noun):" go on the lead-in as an aside does). A plural label with the plural
    forms is a label too, in brackets or not ("(pl. librettos or libretti) 1. the text ...",
    "n., pl. -tas or -tae 1. the vascular organ ...")."""
    if at < len(norms) and norms[at] in ("(", "["):
        closing = ")" if norms[at] == "(" else "]"
        if at + 1 < len(norms) and norms[at + 1] in _PLURAL_LABELS:
            label = at + 2 + (at + 2 < len(norms) and norms[at + 2] == ".")
            forms = _plural_forms_length(norms, label, closing)
            after = label + forms + 1
            if (forms and after < len(norms) and norms[after] != ","
                    and not Analyzer._copula_length(list(norms), after)):
                # "A thesaurus (plural thesauri or thesauruses), sometimes called ..., is":
                # an aside in a sentence, which goes on the lead-in as asides do; the part of
                # speech may follow the forms ("isthmus (pl. isthmuses or isthmi) n. 1. a
                # narrow strip ..."): it is a label too
                labels = norms[after] not in ("(", "[") and _labels_length(norms, after)
                return after - at + labels
        close = next((i for i in range(at + 1, min(len(norms), at + 9))
                      if norms[i] not in _BRACKET_LABELS and norms[i] != "."
                and norms[i] not in _LABEL_JOINERS), None)
        if (close is not None and norms[close] == closing and close + 1 < len(norms)
                and any(w in _PART_OF_SPEECH for w in norms[at + 1:close])
                and not Analyzer._copula_length(list(norms), close + 1)):
            return close + 1 - at
        return 0
    end = at
    while end + 1 < len(norms) and norms[end] in _PART_OF_SPEECH and norms[end + 1] in _LABEL_MARKS:
        end += 2
        if (end + 2 < len(norms) and norms[end] in _LABEL_JOINERS
                and norms[end + 1] in _PART_OF_SPEECH and norms[end + 2] in _LABEL_MARKS):
            end += 1  # "n. & v.": another part of speech follows
    plural = end + (end > at and end + 1 < len(norms) and norms[end] == ","
                    and norms[end + 1] == "plural")
    if end - at >= 2 and norms[end - 2] == "pl":
        forms = _plural_forms_length(norms, end)
        end += forms  # "n., pl. -tas or -tae"
        if forms and end + 1 < len(norms) and norms[end] == "." and end - at == 2 + forms:
            # the part of speech after the forms and their full stop: "isthmus, pl. isthmuses
            # or isthmi. n. a narrow strip ..."
            labels = _labels_length(norms, end + 1)
            end += labels and 1 + labels
    elif plural < len(norms) and norms[plural] == "plural":
        forms = _plural_forms_length(norms, plural + 1)
        end = plural + 1 + forms if forms else end  # "n., plural -tas or -tae", "plural: cacti"
    if (end == at and end + 1 < len(norms) and norms[end] in _PART_OF_SPEECH
            and norms[end + 1] in ("(", "[")):
        end += 1  # "noun (Statistics) the middle value ...", "adjective [attributive]: ..."
    return end - at


def labels_length(norms: Sequence[str], at: int) -> int:
    """Return the length of the part-of-speech labels at `at` (see `_labels_length`): a
    numbered sense may repeat them ("2. v. To wrench ...")."""
    return _labels_length(norms, at)


def labels_after(norms: Sequence[str]) -> int:
    """Return how many of the last `norms` are part-of-speech labels with their marks, after
    a sense number ("sprain n. & v. 1. n.": "n."), or 0."""
    end = len(norms)
    while end >= 2 and norms[end - 1] in _LABEL_MARKS and norms[end - 2] in _PART_OF_SPEECH:
        end -= 2
    return len(norms) - end


def _abbreviation(surface: str) -> bool:
    """Return whether `surface` is written as an abbreviation: two to six letters, at least
    two of them capitals ("PV", "UHI", "mRNA")."""
    return 2 <= len(surface) <= 6 and surface.isalpha() and sum(c.isupper() for c in surface) >= 2


def _part_of_speech_after(norms: Sequence[str], at: int) -> bool:
    """Return whether a part-of-speech label follows a headword at `at`, after a comma at
    most: "n.", "adj:", "(noun)", "[verb]"."""
    at += at < len(norms) and norms[at] == ","
    if _labels_length(norms, at):
        return True
    if at >= len(norms) or norms[at] not in ("(", "["):
        return False
    closing = ")" if norms[at] == "(" else "]"
    close = next((i for i in range(at + 1, min(len(norms), at + 5)) if norms[i] == closing), None)
    inside = norms[at + 1:close] if close else []
    return bool(inside) and all(w in _BRACKET_LABELS for w in inside) and any(
        w in _PART_OF_SPEECH for w in inside)


_PRONUNCIATION_MARKS = frozenset("/|")


def _pronunciation_length(tokens: Sequence[Token], norms: Sequence[str], at: int) -> int:
    """Return the length of the pronunciations at `at` after a headword, or 0: each between
    slashes or bars written without a space inside them ("/ˈtæmbə(r)/", "|ˈtæmbər|"), one
    after another, with a comma between them at most ("/ˈtæmbə(r)/, /ˈtæmbər/")."""
    end = at
    while end < len(norms) and norms[end] in _PRONUNCIATION_MARKS:
        mark = norms[end]
        close = next((i for i in range(end + 1, min(len(norms), end + 16))
                      if norms[i] == mark or tokens[i].start > tokens[i - 1].end), None)
        if (close is None or close == end + 1 or norms[close] != mark
                or tokens[close].start > tokens[close - 1].end):
            break  # spaces inside: slashes between words, not a pronunciation
        end = close + 1
        if end + 1 < len(norms) and norms[end] == "," and norms[end + 1] in _PRONUNCIATION_MARKS:
            end += 1
    return end - at if end > at and norms[end - 1] in _PRONUNCIATION_MARKS else 0


def _entry_labels_length(tokens: Sequence[Token], norms: Sequence[str], at: int) -> int:
    """Return the length of the labels at `at` after a dictionary headword that come before
    a label left to the defining clause, or 0: a field label, one capitalised word and a full
    stop before a word ("Biol. The emission", "Music. the temporary"), and a short bracket
    followed by another label ("(pl. rubatos or rubati) Music.", "[uncountable] (music)"). The
    last bracket before the definition stays: the defining clause passes over it."""
    end = at
    while end + 2 < len(norms):
        if norms[end] in ("(", "["):
            closing = ")" if norms[end] == "(" else "]"
            close = next((i for i in range(end + 1, min(len(norms), end + 12))
                          if norms[i] in (closing, "(", "[")), None)
            if close is not None and norms[close] in ("(", "[") and norms[close] != norms[end]:
                # a bracket of the other kind inside: "(also banisters [plural]) British a"
                inner = ")" if norms[close] == "(" else "]"
                shut = next((i for i in range(close + 1, min(len(norms), close + 5))
                             if not tokens[i].surface.isalpha()), None)
                close = None if shut is None or norms[shut] != inner else next(
                    (i for i in range(shut + 1, min(len(norms), end + 12))
                     if norms[i] in (closing, "(", "[")), None)
            if close is None or norms[close] != closing or close + 1 >= len(norms):
                break
            after = close + 1
            if norms[after] in ("(", "[") or _field_label(tokens, norms, after) \
                    or _labels_length(norms, after) or _usage_label_length(tokens, norms, after):
                end = after  # another label follows this bracket ("(also X) chiefly British.")
                continue
            if _first_sense(tokens, norms, after):
                end = after  # "leitmotif [countable] 1. (music) a short tune": the sense follows
            break
        if _field_label(tokens, norms, end):
            end += 2
            continue
        break
    return end - at


#: Words that join a name of the term to the quotation that glosses it ("a Latin phrase
#: meaning 'let the buyer beware'", "lawyer latin for 'buyer beware'").
_GLOSSING = frozenset({"meaning", "means", "for"})


def gloss(tokens: Sequence[Token], norms: Sequence[str], at: int) -> bool:
    """Return whether the sentence from `at` only glosses the term with a quotation, a
    translation or a literal meaning: the quotation alone ("Caveat emptor means 'buyer
    beware'."), or at most four words that name the term and "meaning" or "for" before it
    ("A Latin phrase meaning 'let the buyer beware.'", "a French term meaning 'putting in
    place'"), with nothing but marks after the quotation in the sentence."""
    opening = next((i for i in range(at, min(len(norms), at + 5))
                    if norms[i] in _QUOTE_MARKS or not tokens[i].is_word), None)
    if opening is None or norms[opening] not in _QUOTE_MARKS or norms[opening] == "*" \
            or opening > at and norms[opening - 1] not in _GLOSSING:
        return False
    sentence = tokens[opening].sentence
    closing = next((i for i in range(opening + 1, len(norms))
                    if norms[i] in _QUOTE_MARKS or tokens[i].sentence != sentence), None)
    if closing is None or closing == opening + 1 or norms[closing] not in _QUOTE_MARKS:
        return False
    return all(not t.is_word for t in tokens[closing:] if t.sentence == sentence)


#: Verbs that say where a word comes from ("comes from the Latin ...", "is derived from").
_ORIGIN_VERBS = frozenset({"comes", "come", "derives", "derive", "derived", "originates",
                           "stems"})


def origin_end(tokens: Sequence[Token], norms: Sequence[str], at: int) -> int:
    """Return where the clause at `at` ends, past its ";" or at the next sentence, when it
    only gives the word's origin, not what the word means, and a word follows it; else 0.
    Such a clause is a language's name and "for" with a quotation ("Latin for 'for the
    good'", "Italian for 'booklet'"), "literally" and a quotation ("Literally
    'little book' in Italian"), each with at most "in" and a name after the quotation, or
    a verb of origin and "from" before a capitalised name ("comes from the Latin *pro bono
    publico*, meaning ...", "is derived from Greek ..."), with no copula after it. A word
    of register or an alias marker before "for" makes a definition or an alias, not an
    origin ("Slang for 'money'", "Short for ...")."""
    if at >= len(norms):
        return 0
    sentence = tokens[at].sentence
    end = next((i for i in range(at, len(norms))
                if tokens[i].sentence != sentence or norms[i] == ";"), len(norms))
    after = end + (end < len(norms) and norms[end] == ";")
    if not any(t.is_word for t in tokens[after:]):
        return 0
    opening = None
    if norms[at] == "literally":
        opening = at + 1
    elif (tokens[at].surface[:1].isupper() and tokens[at].surface.isalpha()
          and norms[at] not in _USAGE_LABELS | _ALIAS_MARKERS | _ARTICLES):
        if at + 1 < len(norms) and norms[at + 1] == "for":
            opening = at + 2
    if opening is not None:
        if opening >= end or norms[opening] not in _QUOTE_MARKS:
            return 0
        closing = next((i for i in range(opening + 1, end) if norms[i] == norms[opening]
                        or norms[i] in _QUOTE_MARKS and norms[opening] not in "*"), None)
        if closing is None:
            return 0
        rest = [t for t in tokens[closing + 1:end] if t.is_word]
        if rest and not (len(rest) == 2 and rest[0].norm == "in"
                         and rest[1].surface[:1].isupper()):
            return 0  # "Literally 'little book', a libretto is ...": the clause goes on
        return after
    verb = at + (norms[at] in BE_COPULAS)
    if verb + 2 >= end or norms[verb] not in _ORIGIN_VERBS or norms[verb + 1] != "from":
        return 0
    name = verb + 2 + (norms[verb + 2] == "the")
    if name >= end or not tokens[name].surface[:1].isupper():
        return 0
    if any(norms[i] not in _COPULA_MARKS and Analyzer._copula_length(list(norms), i)
           for i in range(name, end)):
        return 0  # "comes from the French and is a technique ...": it defines as well
    return after


#: The words a subject may have before a linking verb that opens no noun phrase.
SUBJECT_WORDS = 4
#: The finite forms of "be", which link a term to its definition (`_COPULAS`) or to a "when"
#: clause ("X is when ..."; synthesize reads those too).
BE_COPULAS = frozenset({"is", "are", "was", "were"})
#: A subject that names the term only in an alias aside ("A handrail on a staircase, also
#: called a banister, is") has at most this many words before the aside.
ASIDE_SUBJECT_WORDS = 6
#: A noun phrase between commas after the term is at most this many tokens long.
APPOSITIVE_TOKENS = 30
#: Relative pronouns that open a clause between commas after the term ("The dovetail, in
#: which ..., is"); "that" opens no such aside.
_RELATIVE_OPENERS = frozenset({"which", "who", "whom", "whose", "where", "wherein", "whereby"})


def opening_lead_in(tokens: Sequence[Token]) -> list[Token]:
    """Return the tokens of the lead-in at the start of `tokens` ("Customer service is"),
    not a tail that names the term after its definition (see `Analyzer._naming_tail`)."""
    return list(takewhile(lambda t: t.lead_in, tokens))


def linked_subject(tokens: Sequence[Token]) -> int:
    """Return where a linking verb other than "be" stands after a short subject at the start
    of `tokens` ("Refactoring means restructuring ...", "'Lobbying contact' means any ...",
    "Tidally locked just means ...", "Biological diversity means the variability ..."), or
    0: at most `SUBJECT_WORDS` content words (quotation marks aside), an adverb at most, then
    "means", "refers to", "denotes" and the like ("occurs when" too). Such words are a
    sentence that defines its subject, not a noun phrase. "Means" before "of" is a noun
    ("financial means of ...")."""
    norms = [t.norm for t in tokens]
    words = 0
    for at, token in enumerate(tokens):
        if token.surface in _QUOTE_MARKS:
            continue
        if words:
            verb = at + (token.norm in _VERB_ADVERBS)  # "just means"
            if (norms[verb:verb + 1] and norms[verb] not in _COPULA_MARKS
                    and norms[verb] not in BE_COPULAS and norms[verb + 1:verb + 2] != ["of"]
                    and Analyzer._copula_length(norms, verb)):
                return verb
        if not token.is_word or token.is_stop or words == SUBJECT_WORDS:
            return 0
        words += 1
    return 0


def _usage_label_length(tokens: Sequence[Token], norms: Sequence[str], at: int) -> int:
    """Return the length of a usage label at `at` where a sense starts, or 0: a lower-case
    register or currency label ("informal", "archaic", "fig.") or "chiefly" and a region in
    capitals ("chiefly British", "chiefly N. Amer."; a region alone: "American"), with its
    full stop, before an article, "to", a bracket or another label ("3. informal the period
    ...", "2. archaic, chiefly British a ...", "[countable] American an amount ..."). An
    adjective before a noun is no label: "informal meeting of the board"."""
    end = at
    if norms[at] in _USAGE_LABELS and tokens[at].surface.islower():
        end = at + 1
    elif norms[at] in _REGION_LABELS and tokens[at].surface[:1].isupper():
        end = at + 1
    elif (norms[at] in _REGION_HEDGES and at + 1 < len(norms) and tokens[at + 1].is_word
          and tokens[at + 1].surface[:1].isupper()):
        end = at + 2
        while end + 1 < len(norms) and norms[end] == "." and tokens[end + 1].surface[:1].isupper() \
                and len(tokens[end + 1].surface) <= 5 and tokens[end + 1].surface.isalpha() \
                and len(tokens[end - 1].surface) == 1:
            end += 2  # "N. Amer." after an initial; "British. An owner ..." is a new sentence
    if end == at:
        return 0
    stop = end < len(norms) and norms[end] == "."
    end += stop  # "fig.", "Brit."
    if end + 1 < len(norms) and norms[end] == "," and (
            _usage_label_length(tokens, norms, end + 1)):
        return end + 1 + _usage_label_length(tokens, norms, end + 1) - at
    if stop and end < len(norms) and tokens[end].is_word and tokens[end].surface[:1].isupper():
        return end - at  # a label that ends a sentence before the definition's: "chiefly
        # British. An owner of shares ...", as field labels stand ("Physics. The ...")
    if end >= len(norms) or not (norms[end] in _ARTICLES or norms[end] in ("to", "(", "[")
                                 or _usage_label_length(tokens, norms, end)):
        return 0
    return end - at


#: A region label in brackets with the word used there ("(American English comforter)")
#: closes within this many tokens.
REGION_BRACKET_TOKENS = 8


def _region_bracket_end(tokens: Sequence[Token], norms: Sequence[str], at: int) -> int:
    """Return the position of the bracket that closes a region label at `at`, or 0: a
    capitalised region ("British", "US"), "especially" before it or not, "English" after it or
    not, and at most a few words more, the word used in that region ("(British English)",
    "(American English comforter)", "(US usually faucet)"), all words, in brackets.
    Learners' dictionaries write them before a sense as they write "[countable]"."""
    region = at + 1 + (at + 1 < len(norms) and norms[at + 1] in _REGION_HEDGES)
    if not (region + 1 < len(norms) and norms[at] in ("(", "[") and norms[region] in _REGION_LABELS
            and tokens[region].surface[:1].isupper()):
        return 0
    closing = ")" if norms[at] == "(" else "]"
    for end in range(at + 2, min(len(norms), at + REGION_BRACKET_TOKENS)):
        if norms[end] == closing:
            return end
        if not tokens[end].surface.isalpha():
            return 0
    return 0


#: A field or usage label in brackets ("(architecture)", "[countable, uncountable]", "(British
#: English)") closes within this many tokens.
BRACKET_LABEL_TOKENS = 6


def _bracket_label_end(tokens: Sequence[Token], norms: Sequence[str], at: int) -> int:
    """Return the position of the bracket that closes a label at `at`, or 0: a bracket that
    holds only words, and commas between them, and closes within `BRACKET_LABEL_TOKENS`
    ("(architecture)", "(Law)", "[countable, uncountable]", "(British English)")."""
    if not (at < len(norms) and norms[at] in ("(", "[")):
        return 0
    closing = ")" if norms[at] == "(" else "]"
    for end in range(at + 1, min(len(norms), at + BRACKET_LABEL_TOKENS + 1)):
        if norms[end] == closing:
            return end if end > at + 1 and norms[end - 1] != "," else 0
        if not (tokens[end].surface.isalpha() or norms[end] == "," and end > at + 1):
            return 0
    return 0


def _first_sense(tokens: Sequence[Token], norms: Sequence[str], at: int) -> int:
    """Return the length of the number of a first sense at `at`, or 0: "1." or "1)" before a
    word or a bracketed label ("1. A deed held ...", "1. (music) a short tune ..."), the
    letter "a)" as a dictionary letters its senses ("a) an open-roofed entrance hall ... b)
    either of ..."), or "1" alone as a sense number (`sense_number`: "(finance) 1 the state
    of owning ...")."""
    if (at + 2 < len(norms) and (norms[at] == "1" and norms[at + 1] in {".", ")"}
                                 or norms[at] == "a" and norms[at + 1] == ")")
            and (tokens[at + 2].is_word or norms[at + 2] in ("(", "["))):
        return 2
    return int(sense_number(tokens, at, 1))


#: A bracket between an inline sense number and the sense ("2 (also tree canopy) the ...")
#: closes within this many tokens of the number.
SENSE_BRACKET_TOKENS = 10

#: Number words, which after "to" make a range, not a verb's sense ("2 to three").
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def sense_number(tokens: Sequence[Token], at: int, number: int, numbered: bool = False) -> bool:
    """Return whether the number of sense `number` stands at `at` written alone, without a
    full stop or a bracket, as learners' dictionaries number their senses inline ("(finance)
    1 the state of owning ... for cash 2 the state of being able ...", "in a particular area
    2 a business or group of businesses ..."): the digit, then an article, or "to" and a
    word (a verb's sense); before it the text's start, a label's closing bracket or a word
    that is no function word. A bracket may stand between the number and the article, as it
    stands before a sense's first words ("as a decoration or shelter 2 (also tree canopy) the
    branches ..."): it holds the sense's label or variant, and the word after it counts. A
    quantity is followed by what it counts ("2 mm", "19 lines", "2 to 3 days") and stays.
    When the entry `numbered` its first sense with a "1" alone, the next number before an
    article is the next sense after any word, a function word too ("1 a situation in which
    traffic cannot move at all 2 a situation in which ...")."""
    if not (0 <= at and at + 1 < len(tokens) and tokens[at].norm == str(number)):
        return False
    after, word = tokens[at + 1].norm, at + 1  # `word`: the token after the number
    if after in ("(", "[") and at > 0:
        closing = ")" if after == "(" else "]"
        close = next((i for i in range(at + 2, min(len(tokens), at + SENSE_BRACKET_TOKENS))
                      if tokens[i].norm in (closing, "(", "[")), None)
        if close is None or tokens[close].norm != closing or close + 1 >= len(tokens):
            return False
        word = close + 1  # "2 (also tree canopy) the ...": the word after the bracket
        after = tokens[word].norm
    if after == "to":
        follows = tokens[word + 1] if word + 1 < len(tokens) else None
        if follows is None or not follows.surface.isalpha() or follows.norm in _NUMBER_WORDS:
            return False
    elif after not in _ARTICLES:
        return False
    if at == 0:
        return True
    before = tokens[at - 1]
    if numbered and after in _ARTICLES and before.is_word and not before.surface.isdigit():
        return True
    return before.surface in (")", "]") or before.is_word and not before.is_stop \
        and not before.surface.isdigit()


#: Words that count the senses a lead-in announces ("has two meanings", "has several senses").
_SENSE_COUNTS = _NUMBER_WORDS | frozenset({"several", "multiple", "many", "few", "a"})
#: Words for a term's senses that "has N ...:" announces.
_SENSE_NOUNS = frozenset({"meanings", "senses", "definitions"})
#: Verbs before a count of the term's senses: "has two meanings", "can mean two things".
_ANNOUNCING_VERBS = (("has",), ("have",), ("can", "mean"), ("may", "mean"), ("could", "mean"),
                     ("means",), ("mean",))


def _senses_announced(norms: Sequence[str], at: int) -> int:
    """Return the length of a predicate at `at`, right after the term, that announces the
    term's numbered or bulleted senses: "has" or "have", a count ("two", "2", "several", "a
    few"), at most two more words ("main", "different") and "meanings", "senses" or
    "definitions", or "means", "can mean" or "may mean", a count and those words or
    "things", then a colon and the number 1 or a bullet ("A **quarry** has two main
    meanings:\n1. ...", "A **turret** can mean two things:\n- **Architecture:** a small
    tower ..."), or 0. Such a sentence says nothing of what the term is; its first sense
    does."""
    verb = next((v for v in _ANNOUNCING_VERBS if tuple(norms[at:at + len(v)]) == v), None)
    if verb is None:
        return 0
    count = at + len(verb)
    if count >= len(norms) or not (norms[count] in _SENSE_COUNTS or norms[count].isdigit()):
        return 0
    nouns = _SENSE_NOUNS | ({"things"} if verb[-1] in {"mean", "means"} else set())
    for noun in range(count + 1, min(len(norms), count + 4)):
        if norms[noun] in nouns:
            colon = noun + 1
            return colon + 1 - at if norms[colon:colon + 1] == [":"] and (
                norms[colon + 1:colon + 2] == ["1"] or norms[colon + 1:colon + 2]
                and norms[colon + 1] in _BULLETS) else 0
        if not norms[noun].isalpha():
            return 0
    return 0


#: A noun phrase that a first sentence defines ("A broken chord is") is at most this many words.
OTHER_TERM_WORDS = 4


def _defines_other(tokens: Sequence[Token], norms: Sequence[str], end: int) -> bool:
    """Return whether the first sentence (`tokens` before `end`) defines a noun phrase of its
    own: "a" or "an", at most `OTHER_TERM_WORDS` content words and "is" or "are" ("A broken
    chord is a chord broken into a sequence of notes."). The caller knows the term is not in
    it: it defines another word, which a later sentence on the term builds on ("An arpeggio
    ... is a type of broken chord ...")."""
    if end < 4 or norms[0] not in {"a", "an"}:
        return False
    for at in range(1, min(end, OTHER_TERM_WORDS + 2)):
        if norms[at] in BE_COPULAS:
            return at > 1
        if not tokens[at].is_word or tokens[at].is_stop:
            return False
    return False


def _field_phrase(tokens: Sequence[Token], norms: Sequence[str]) -> int:
    """Return the length of a field phrase and its comma at the start of a definition after
    a heading, before a noun phrase with an article ("leitmotif, n. In literary criticism, a
    recurrent image ...", "Leitmotif (German, 'leading motive'): in Wagner's music dramas,
    a short theme ..."), or 0: "in" and at most five words, as in "In law, a contract is"."""
    if not norms or norms[0] != "in":
        return 0
    comma = next((i for i in range(1, min(len(norms), 7)) if not tokens[i].is_word), None)
    if comma is None or comma < 2 or norms[comma] != "," or comma + 1 >= len(norms) \
            or norms[comma + 1] not in _ARTICLES:
        return 0
    return comma + 1


def _field_label(tokens: Sequence[Token], norms: Sequence[str], at: int) -> bool:
    """Return whether a field label stands at `at`: one capitalised word and a full stop,
    before a word ("Biol. The ...", "Music. the ...")."""
    return (at + 2 < len(norms) and tokens[at].is_word and tokens[at].surface[:1].isupper()
            and tokens[at].surface.isalpha() and norms[at + 1] == "." and tokens[at + 2].is_word)


#: A bracket holds no sentence end when it closes within this many tokens ("(Econ.)", "(pl.
#: momenta; ...)", "(n.)").
BRACKET_TOKENS = 30


def _bracketed_stops(surfaces: Sequence[str]) -> set[int]:
    """Return the positions of full stops, question and exclamation marks inside a bracket
    that closes within `BRACKET_TOKENS`: an abbreviation there ends no sentence."""
    found: set[int] = set()
    for index, surface in enumerate(surfaces):
        if surface not in ("(", "["):
            continue
        closing = ")" if surface == "(" else "]"
        for at in range(index + 1, min(len(surfaces), index + BRACKET_TOKENS)):
            if surfaces[at] == closing:
                found.update(i for i in range(index + 1, at) if surfaces[i] in SENTENCE_END)
                break
            if surfaces[at] in ("(", "["):
                break
    return found


def angle_signs(surfaces: Sequence[str]) -> set[int]:
    """Return the positions of the marks "<" and ">" that are signs, not the brackets of a usage
    example ("<the plaintiff sought $8,000 in damages>"): a "<" that no ">" closes within
    `BRACKET_TOKENS` (before another "<"), and a ">" that no such "<" opens ("indicated by
    the sign <, called a hairpin", "severe (<28°C)", "x > 0"). A sign is a word of the
    sentence that names it, so it ends no clause."""
    paired: set[int] = set()
    for index, surface in enumerate(surfaces):
        if surface != "<":
            continue
        for at in range(index + 1, min(len(surfaces), index + BRACKET_TOKENS)):
            if surfaces[at] == "<":
                break
            if surfaces[at] == ">":
                paired.update((index, at))
                break
    return {i for i, s in enumerate(surfaces) if s in ("<", ">") and i not in paired}


def _initial_stops(surfaces: Sequence[str]) -> set[int]:
    """Return the positions of full stops after an initial in a name: one capital letter
    after a capitalised word or another initial and before a capitalised word that is no
    function word ("Robert T. Paine", "H. H. Stephenson"). They end no sentence or clause."""
    found: set[int] = set()
    for index in range(1, len(surfaces) - 1):
        letter, after = surfaces[index - 1], surfaces[index + 1]
        if not (surfaces[index] == "." and len(letter) == 1 and letter.isupper()
                and after[:1].isupper() and after.isalpha()):
            continue
        before = surfaces[index - 2] if index >= 2 else ""
        initials = len(after) == 1 and index + 2 < len(surfaces) and surfaces[index + 2] == "."
        named = before[:1].isupper() and before.isalpha() or index - 2 in found
        if initials or named and after.casefold() not in STOPWORDS:
            found.add(index)
    return found


_CROSS_REFERENCES = (("compare",), ("cf",), ("cf.",), ("see", "also"), ("see",), ("contrast",))
#: the most words a cross-reference names ("Compare defendant", "See also tort, negligence")
_CROSS_REFERENCE_WORDS = 6


#: Prepositions and conjunctions after a past participle that make "X is <participle>" a
#: passive ("is granted to", "is awarded by", "is held in", "is diagnosed when", "is
#: obtained from": where it comes from, what is done to get it).
_PASSIVE_LINKS = frozenset({"to", "by", "in", "when", "from"})

#: Past participles that do not end in -ed ("made by", "held by", "given by a company").
IRREGULAR_PARTICIPLES = frozenset(
    "made held built sold paid kept led brought bought caught taught found sent told run done set "
    "put hung struck stuck spun laid lent dealt sought fought".split())
EN_PARTICIPLES = frozenset(
    "given taken written chosen driven known shown seen grown drawn spoken broken frozen stolen "
    "hidden forgotten eaten fallen thrown beaten proven woven sworn worn torn born borne ridden "
    "risen shaken forbidden forgiven undertaken overtaken".split())


def past_participle(word: str) -> bool:
    """Return whether `word` reads as a past participle after "is" or "are": a regular one
    in -ed of more than four letters ("granted", "characterized"; not "speed"), or of four
    whose second letter is no "e" ("used", "owed", "tied"; not "need" or "seed", and "bed"
    is too short), or an irregular one ("made", "held", "given", "known")."""
    return (word in IRREGULAR_PARTICIPLES or word in EN_PARTICIPLES
            or word.isalpha() and word.endswith("ed") and not word.endswith("eed")
            and (len(word) > 4 or len(word) == 4 and word[1] != "e"))


def _passive_predicate(norms: Sequence[str], at: int) -> bool:
    """Return whether a passive predicate starts at `at`, right after "is" or "are": an
    adverb at most ("usually"), a past participle (`past_participle`; no article or noun
    before it), then "to", "by", "in", "when" or "from" ("Tenure is granted to faculty
    members who ...", "Saffron is obtained from the stigmas of ...").
    Such a sentence says what is done with its subject, not what the subject is; so does
    one that says what it is made of ("is made up of", "is composed of", "is made of": a
    participle, "up" at most, then "of"). "Is given
    by" is no such passive: it states what a quantity equals ("The bandwidth of a network is
    given by the number of bits that ..."), as an equation defines it."""
    at += at < len(norms) and (norms[at] in _VERB_ADVERBS or norms[at].endswith("ly"))
    if at + 1 >= len(norms):
        return False
    word = norms[at]
    if word == "given" and norms[at + 1] == "by":
        return False
    if not past_participle(word):
        return False
    # "is made up of", "is composed of", "is made of": what the subject is made of, its
    # parts or its matter, not what it is
    link = at + 1 + (norms[at + 1] == "up")
    return norms[at + 1] in _PASSIVE_LINKS or norms[link:link + 1] == ["of"]


#: Active verbs of composition and the word each needs after it ("The bagpipe consists of a
#: bag, ...", "A quartet comprises four players"): like "is made up of", they list what the
#: subject is made of, not what it is ("consists in" says what it is: not one of them).
_COMPOSITION_VERBS = {"consists": "of", "consist": "of", "comprises": "", "comprise": ""}


def _composition_predicate(norms: Sequence[str], at: int) -> bool:
    """Return whether a verb of composition starts at `at`, right after the term, after an
    adverb at most (`_COMPOSITION_VERBS`: "consists of", "comprises")."""
    at += at < len(norms) and (norms[at] in _VERB_ADVERBS or norms[at].endswith("ly"))
    if at >= len(norms) or norms[at] not in _COMPOSITION_VERBS:
        return False
    link = _COMPOSITION_VERBS[norms[at]]
    return not link or norms[at + 1:at + 2] == [link]


#: Auxiliaries of tense that open a finite verb phrase ("will remain", "would last", "had
#: expired", "did not apply"; "has" or "have" with a past participle: "has ended").
_TENSE_AUXILIARIES = frozenset({"will", "would", "had", "did"})


def _tensed_predicate(tokens: Sequence[Token], norms: Sequence[str], at: int) -> bool:
    """Return whether the words from `at`, right after the term that opens a sentence with no
    copula after it, are the term's own modifiers at most (a prepositional phrase, asides
    between commas: "on new offshore drilling permits, announced in May,") and then a finite
    verb of tense ("will remain in place", "has ended"): the term is the subject of a
    sentence about it, a particular one in a report or a story, and its predicate says what
    it does or did, not what it is ("The moratorium on new offshore drilling permits,
    announced in May, will remain in place until ..."). A copula or a defining verb on the
    way ends the search: that sentence defines."""
    if at >= len(norms):
        return False
    sentence = tokens[at].sentence
    words = list(norms)
    for i in range(at, min(len(norms), at + APPOSITIVE_TOKENS)):
        if tokens[i].sentence != sentence or not tokens[i].is_word and norms[i] != ",":
            return False
        if Analyzer._copula_length(words, i):
            return False
        if norms[i] in _TENSE_AUXILIARIES or (
                norms[i] in ("has", "have") and i + 1 < len(norms)
                and (norms[i + 1] == "been" or past_participle(norms[i + 1]))):
            return i == at or norms[at] in _PREPOSITIONS or norms[at] == ","
    return False


def _cross_reference(tokens: Sequence[Token]) -> set[int]:
    """Return the positions of a cross-reference that ends an entry: after a sentence's end,
    a dash or a semicolon, "Compare", "Cf.", "See also", "See" or "Contrast", then a few
    words (joined by commas, "and" or "or") up to the end of the text ("... in a court of
    law. Compare defendant.", "... in a court of law — compare defendant"). It points to
    other entries and is no word of the definition."""
    norms = [t.norm for t in tokens]
    end = len(norms)
    while end and not tokens[end - 1].is_word:
        end -= 1
    for at in range(1, end):
        if norms[at - 1] not in SENTENCE_END and norms[at - 1] not in ";–—-":
            continue
        marker = next((len(m) for m in _CROSS_REFERENCES if tuple(norms[at:at + len(m)]) == m), 0)
        if not marker:
            continue
        after = at + marker + (at + marker < end and norms[at + marker] == ".")  # "Cf."
        names = [t for t in tokens[after:end] if t.is_word and t.norm not in {"and", "or"}]
        if (names and len(names) <= _CROSS_REFERENCE_WORDS
                and all(t.is_word or t.norm in {",", "-"} for t in tokens[after:end])):
            return set(range(at, len(tokens)))
    return set()


def _interjections(tokens: Sequence[Token]) -> set[int]:
    """Return the positions of internet interjections (`_INTERJECTIONS`: "lol", "imo") at
    the end of a clause or sentence: before a mark, a line break or the end of the text, or
    before another that stands there ("... the wedding photos lol haha."); an emoticon with a
    letter for its mouth (":D", ";-P") is one, its marks with it."""
    found: set[int] = set()
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        face = at
        while (face and token.norm in _EMOTICON_MOUTHS
               and tokens[face - 1].end == tokens[face].start
               and tokens[face - 1].norm in _EMOTICON_EYES | {"-"}):
            face -= 1  # the eyes and nose written right before the mouth
        emoticon = face < at and tokens[face].norm in _EMOTICON_EYES
        if not token.is_word or token.norm not in _INTERJECTIONS and not emoticon:
            continue
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if (after is None or not after.is_word and after.norm not in "'’" or at + 1 in found
                or after.line != token.line):
            found.update(range(face if emoticon else at, at + 1))
    return found


def normalize(text: str) -> str:
    """Return `text` in NFKC form (the form words are compared in)."""
    return unicodedata.normalize("NFKC", text)


def _analysis_text(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """Return the NFKC form of `text` that is tokenised, and for each of its characters the
    start and end offsets in `text` of the characters it came from (None when it is `text`).

    Token offsets refer to `text` as written, so what is shown keeps its "km²", "CO₂" and
    "ﬁ" while words are compared in NFKC ("km2"). Each base character is normalised with
    the combining marks after it, so every output character has one origin.
    """
    if text.isascii():
        return text, None, None
    normal = unicodedata.normalize("NFKC", text)
    if normal == text:
        return text, None, None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    begin = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            piece = unicodedata.normalize("NFKC", text[begin:index])
            pieces.append(piece)
            starts.extend([begin] * len(piece))
            ends.extend([index] * len(piece))
            begin = index
    return "".join(pieces), starts, ends


#: Suffixes that make an abstract noun (an activity, a state, a relation) from a root:
#: "mentoring" and "mentorship" name one thing.
_ABSTRACT_SUFFIXES = ("ship", "ment", "ness", "ance", "ence", "ing", "ion")
#: The root left after such a suffix has at least this many letters ("mentor").
SIBLING_ROOT = 5


def _abstract_root(word: str) -> str:
    """Return `word` without the abstract noun's suffix it ends in, or "" (see
    `_ABSTRACT_SUFFIXES`)."""
    for suffix in _ABSTRACT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= SIBLING_ROOT \
                and word[:-len(suffix)].isalpha():
            return word[:-len(suffix)]
    return ""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the English Snowball stem of a case-folded word, British and American spellings
    made one ("labour" and "labor", "organise" and "organize", "centre" and "center"), and
    a hyphen inside the word left out ("tie-break" and "tiebreak"), but not in a range of
    numbers ("1-4" is not "14")."""
    word = _unhyphenated(word)
    if len(word) >= 5 and word.endswith(_RE_ENDINGS):
        word = word[:-3] + word[-2] + "r" + word[-1:] if word.endswith("s") else word[:-2] + "er"
    elif len(word) >= 7 and word.endswith(("ogue", "ogues")):
        word = word.replace("ogue", "og")
    stemmed = _stemmer().stemWord(word)
    if len(stemmed) >= 6 and stemmed.endswith("our"):
        return stemmed[:-3] + "or"  # labour, behaviour, favourable
    if len(stemmed) >= 7 and stemmed.endswith("ouri"):
        return stemmed[:-4] + "ori"  # savoury, armoury
    if len(stemmed) >= 6 and stemmed.endswith(("is", "ys")):
        return stemmed[:-1] + "z"  # organis(e), analys(e)
    return stemmed


def _unhyphenated(word: str) -> str:
    """Return `word` without a hyphen inside it ("tie-break" is "tiebreak"), unless it is a
    range of numbers ("1-4" is not 14)."""
    if "-" in word[1:-1] and not (word[0].isdigit() and word[-1].isdigit()):
        return word.replace("-", "")
    return word


def _uninflected(word: str) -> str:
    """Return a case-folded word without accents, a hyphen, a possessive or a plural ending."""
    word = _unhyphenated(_unaccented(word))
    if word.endswith("'s") or word.endswith("s'"):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def same_word(one: str, other: str) -> bool:
    """Return whether two case-folded words with one stem are one word, in another inflection
    or spelling ("networks", "labour" and "labor", "organise" and "organize", "boxes" and
    "box"), rather than one derived from the other ("zones" and "zoning", "arbitrators" and
    "arbitration", "refactoring" and "refactor"): what is left after their common start, once
    plurals and possessives are set aside, is at most two letters on each side."""
    if one == other:
        return True
    one, other = _uninflected(one), _uninflected(other)
    common = 0
    while common < min(len(one), len(other)) and one[common] == other[common]:
        common += 1
    return len(one) - common <= 2 and len(other) - common <= 2


#: Latin and Greek singular endings and their plurals: "sarcophagus" and "sarcophagi",
#: "bacterium" and "bacteria", "analysis" and "analyses", "criterion" and "criteria",
#: "larva" and "larvae", "vortex" and "vortices", "matrix" and "matrices".
_LATIN_PLURALS = (("us", "i"), ("um", "a"), ("is", "es"), ("on", "a"), ("a", "ae"),
                  ("ex", "ices"), ("ix", "ices"))


def latin_plural(word: str) -> str:
    """Return the Latin (or Greek) plural of a case-folded noun by its ending, or "" for a
    word of fewer than five letters or without such an ending."""
    if len(word) < 5 or not word.isalpha():
        return ""
    for singular, plural in _LATIN_PLURALS:
        if word.endswith(singular):
            return word[:-len(singular)] + plural
    return ""


def plural_of(norm: str, singular: str) -> bool:
    """Return whether the case-folded `norm` is the plural of the case-folded noun `singular`,
    regular ("tulips", "boxes") or Latin ("sarcophagi": `latin_plural`), accents aside: a
    source that writes "Soufflés are" names the term "souffle" in the plural all the same."""
    word, base = _unaccented(norm), _unaccented(singular)
    return word != base and word in {base + "s", base + "es", latin_plural(base)}


def _unaccented(word: str) -> str:
    """Return `word` without the accents on its Latin letters ("déjà" -> "deja"); other
    scripts are left as they are."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain)


#: British word endings whose American spelling swaps the last two letters ("centre").
_RE_ENDINGS = ("tre", "bre", "tres", "bres")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


#: A negated predicate is at most this many tokens long before what the term is instead.
NEGATION_TOKENS = 15
#: Words after "not" that add to what follows rather than deny: "not only a Y but also a Z".
_ADDITIVE_NOTS = frozenset({"only", "just", "merely", "simply"})
#: A subject and copula that restate the term after a denial: "; it is", "; they're".
_RESTATING_SUBJECTS = frozenset({"it", "they", "this", "these"})
_RESTATING_CONTRACTIONS = frozenset({"it's", "they're", "that's"})


def _after_negation(tokens: Sequence[Token], lead: int) -> int:
    """Return where the definition starts after a lead-in of `lead` tokens that ends with
    "is" or "are": after a negated predicate and what says what the term is instead ("A bonsai
    is not a type of tree; it is a tree or shrub ...", "X is not a Y but a Z", a noun phrase
    after "but"), there; the denial is no definition. `lead` otherwise, and when "not" only
    adds ("not only a Y but also a Z"), or nothing says what the term is instead within
    `NEGATION_TOKENS`."""
    if not lead or lead + 1 >= len(tokens) or tokens[lead - 1].norm not in BE_COPULAS \
            or tokens[lead].norm != "not" or tokens[lead + 1].norm in _ADDITIVE_NOTS:
        return lead
    for at in range(lead + 1, min(len(tokens), lead + NEGATION_TOKENS)):
        norm = tokens[at].norm
        if tokens[at].sentence != tokens[lead].sentence or norm in SENTENCE_END:
            break
        if norm not in {";", "but"}:
            continue
        start = at + 1
        if norm == "but" and start < len(tokens) and tokens[start].norm in {"rather", "instead"}:
            start += 1  # "but rather a Z"
        words = [t.norm for t in tokens[start:start + 2]]
        if words[:1] and words[0] in _RESTATING_CONTRACTIONS:
            start += 1  # "; it's a tree"
        elif len(words) == 2 and words[0] in _RESTATING_SUBJECTS and words[1] in BE_COPULAS:
            start += 2  # "; it is a tree"
        elif norm == ";" or not words or words[0] not in _DETERMINERS:
            break  # "; it grows ...", "but can be made ...": no noun phrase for what it is
        if start < len(tokens) and tokens[start].is_word:
            return start
        break
    return lead


#: A sentence that defines the term after one that is about it is looked for this many
#: sentences after the first.
LATER_SENTENCES = 3
#: The most words of a tagline after the term and a dash in a heading line (`_tagline_heading`).
TAGLINE_WORDS = 8
#: An aside between commas right after the copula that contrasts the term with another
#: thing has at most this many words ("is, in contrast to the cantata, a piece ...").
COPULA_ASIDE_WORDS = 8
#: Openings of an aside that sets the term against another thing: what the term is not.
_CONTRAST_OPENERS = (("in", "contrast", "to"), ("in", "contrast", "with"), ("unlike",),
                     ("as", "opposed", "to"), ("compared", "to"), ("compared", "with"),
                     ("in", "comparison", "to"), ("in", "comparison", "with"),
                     ("contrary", "to"), ("like",), ("as", "with"))


class Analyzer:
    """Tokenises text for one term, with that term's extra stopwords and synonym groups."""

    def __init__(self, term: str = "", stopwords=(), synonyms=()):
        self.stopwords = STOPWORDS | {w.casefold().translate(_APOSTROPHES) for w in stopwords}
        self._synonym = {}
        for group in synonyms:
            stems = [stem(w.casefold()) for w in group if w.strip()]
            for other in stems[1:]:
                self._synonym[other] = stems[0]
        self.term = term
        self.term_tokens = tuple(
            t.norm for t in self._scan(normalize(term)) if t.is_word
        ) if term else ()
        # "GDP" for "gross domestic product": the initials of a term of two or more words; in
        # a lead-in only when written in capitals ("IT is", not "It is").
        initials = "".join(w[0] for w in self.term_tokens)
        self.acronym = initials if len(self.term_tokens) >= 2 and initials.isalpha() else ""
        # "LC" for "letter of credit", "CD" for "certificate of deposit": the initials of its
        # words other than function words, which initials often leave out
        initials = "".join(w[0] for w in self.term_tokens if w not in STOPWORDS)
        self.short_acronym = initials if (self.acronym and len(initials) >= 2
                                          and initials != self.acronym) else ""
        self._term_key_list = [self.key(w) for w in self.term_tokens]
        # "half life" for "half-life": the term's hyphenated words written apart
        spaced = tuple(part for w in self.term_tokens for part in w.split("-") if part)
        self._spaced = spaced if len(spaced) > len(self.term_tokens) else ()
        self.term_keys = frozenset(self.key(w) for w in self.term_tokens) | frozenset(
            self.key(a) for a in (self.acronym, self.short_acronym) if a)
        self._cache: dict[str, tuple[Token, ...]] = {}

    @classmethod
    def for_term(cls, term) -> Analyzer:
        """Return an Analyzer set up from a model.Term."""
        return cls(term.name, term.stopwords, term.synonyms)

    def key(self, norm: str) -> str:
        """Return the concept key of a case-folded word: its stem without accents ("déjà" and
        "deja", "résumé" and "resume" are one word), through synonyms."""
        stemmed = stem(_unaccented(norm))
        return self._synonym.get(stemmed, stemmed)

    def _scan(self, text: str) -> list[Token]:
        tokens = []
        sentence = clause = line = 0
        matches = list(_TOKEN.finditer(text))
        bracketed = _bracketed_stops([m.group() for m in matches])
        initials = _initial_stops([m.group() for m in matches])
        signs = angle_signs([m.group() for m in matches])
        previous = 0
        for index, match in enumerate(matches):
            surface = match.group()
            breaks = text.count("\n", previous, match.start())
            if breaks and tokens and surface[:1].isupper() and tokens[-1].surface not in CLAUSE_END:
                sentence += 1  # a new line that starts with a capital: "...\nAdvertisement"
                clause += 1
            line += breaks
            previous = match.end()
            if match.lastgroup == "word":
                norm = surface.casefold().translate(_APOSTROPHES)
                tokens.append(Token(surface, norm, "", match.start(), match.end(), True,
                                    norm in self.stopwords, False, sentence, clause, line))
            else:
                # a closing mark right after a sentence's end is the sentence's: 'or "open
                # secret."' keeps its quotation closed; an abbreviation's stop in a bracket ends
                # no sentence, so "(Econ.)" closes in the sentence it opened in
                closing = (bool(tokens) and surface in _CLOSING_MARKS
                           and tokens[-1].end == match.start()
                           and tokens[-1].surface in SENTENCE_END
                           and index - 1 not in bracketed)
                tokens.append(Token(surface, surface, surface, match.start(), match.end(), False,
                                    True, False, sentence - closing, clause - closing, line))
                if (surface in CLAUSE_END and not closing and index not in initials
                        and index not in signs):
                    clause += 1
                if surface in SENTENCE_END and index not in bracketed and index not in initials:
                    sentence += 1
        return tokens

    def tokens(self, text: str) -> tuple[Token, ...]:
        """Return every word and punctuation token of `text`, lead-in marked."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        normal, starts, ends = _analysis_text(text)
        tokens = self._scan(normal)
        if starts:
            tokens = self._homograph_numbers(tokens, text, starts, ends)
        lead = _after_negation(tokens, self._lead_in_length(tokens))
        labels = self._label_positions(tokens, lead)
        tail = self._naming_tail(tokens, lead)
        result = tuple(
            Token(t.surface, t.norm, self.key(t.norm) if t.is_word else t.key,
                  starts[t.start] if starts else t.start, ends[t.end - 1] if ends else t.end,
                  t.is_word, t.is_stop, i < lead or i in tail, t.sentence, t.clause, t.line,
                  i in labels)
            for i, t in enumerate(tokens)
        )
        if len(self._cache) < 100_000:
            self._cache[text] = result
        return result

    def _homograph_numbers(self, tokens: list[Token], text: str, starts: list[int],
                           ends: list[int]) -> list[Token]:
        """Return `tokens` with the homograph number a dictionary writes as a superscript
        after the headword ("pawn¹, n. 1. A chess piece ...", "bank²") left out of the word's
        norm: "pawn1" is the term "pawn". Only after a word of the term: "km²" stays "km2"."""
        result = []
        for t in tokens:
            written = text[starts[t.start]:ends[t.end - 1]]
            word = written.rstrip(_SUPERSCRIPT_DIGITS)
            if (t.is_word and word != written and word.isalpha()
                    and self.key(word.casefold()) in self.term_keys):
                t = replace(t, norm=word.casefold().translate(_APOSTROPHES))
            result.append(t)
        return result

    def _naming_tail(self, tokens: list[Token], lead: int) -> range:
        """Return the positions of a tail that names the term after its definition, or an
        empty range: in an inverted definition ("Clouds of gas and dust that glow, reflect
        starlight or block it are called nebulae; ...", "A word that reads the same backwards
        is known as a palindrome") the definition is the subject, and "is/are called", "is
        known as", "is termed", "is named" or "is referred to as" (after an adverb or two at
        most), the term (after an article at most) and the rest of that clause only name it.
        The subject opens the definition (after the lead-in) like a noun phrase, with a
        content word or a determiner, has two content words or more, and is one clause with
        the tail, which ends after the term or goes on after a comma ("are called
        'palindromes', after the Greek"). A condition after the term is the definition: "A
        string is called a palindrome if it is equal to its own reverse"."""
        while lead < len(tokens) and tokens[lead].surface in _COPULA_MARKS:
            lead += 1  # "palindrome, n.: Words that ...": the mark after a heading
        if not self.term_tokens or lead >= len(tokens):
            return range(0)
        first = tokens[lead]
        if not first.is_word or first.is_stop and first.norm not in _DETERMINERS \
                or self._term_at(tokens, [t.norm for t in tokens], lead):
            return range(0)
        norms = [t.norm for t in tokens]
        end = next((i for i in range(lead, len(tokens)) if tokens[i].clause != first.clause
                    or tokens[i].surface in CLAUSE_END), len(tokens))
        for verb in range(lead + 2, end):
            if norms[verb] not in BE_COPULAS:
                continue
            at = verb + 1
            while at < end and at - verb <= 2 and (norms[at] in _VERB_ADVERBS
                                                  or norms[at].endswith("ly")):
                at += 1  # "are commonly called"
            naming = next((len(n) for n in _NAMING_VERBS
                           if tuple(norms[at:at + len(n)]) == n), 0)
            if not naming:
                continue
            at += naming
            while at < end and norms[at] in _QUOTE_MARKS:
                at += 1
            at += at < end and norms[at] in _ARTICLES
            term = self._term_at(tokens, norms, at) if at < end else 0
            after = at + term
            while after < end and norms[after] in _QUOTE_MARKS:
                after += 1
            subject = sum(t.is_content for t in tokens[lead:verb])
            if term and subject >= 2 and (after == end or norms[after] == ","):
                return range(verb, end)
            return range(0)
        return range(0)

    def _label_positions(self, tokens: list[Token], lead: int) -> set[int]:
        """Return the positions of the labels that come before a definition and are none of
        its words: a later sense's number ("2." at the text's start or after a full stop or
        semicolon) and, where a definition starts (after the lead-in, or after such a
        number), a field label in
        brackets, one word ("(physics) the time ...", "2. (geology) the ..."), a field label
        and a full stop ("2. Pharmacol. the time ..."), or, in a dictionary entry (after a
        sense number or a part of speech that is no verb's), a capitalised field label
        without a full stop before an article in lower case ("1. Physics the time ...": no
        noun phrase opens with a capitalised noun and then "the"); and a list item's heading
        in bold before a colon ("- **Physics:** half of the nuclei ...")."""
        norms = [t.norm for t in tokens]
        # the part of speech the entry gives: a bare label only stands before a sense that is
        # no verb's ("kill v. 1. Cause the death of ...", "2. Add a few drops ...")
        labelled = [norms[i] for i in range(min(lead, len(norms) - 1))
                    if norms[i] in _PART_OF_SPEECH and norms[i + 1] in _LABEL_MARKS]
        nominal = bool(labelled) and not _VERB_LABELS.intersection(labelled)
        sense = lead >= 2 and norms[lead - 1] in {".", ")"} and norms[lead - 2].isdigit()
        starts = []  # (position, whether it is a dictionary sense's)
        if lead and lead < len(norms):
            starts.append((lead, sense or lead >= 2 and norms[lead - 1] in _LABEL_MARKS
                           and norms[lead - 2] in _PART_OF_SPEECH))
        elif not lead:
            starts.append((0, False))
        numbers = set()  # a later sense's number ("2."), no word of the definition
        for at in range(lead, len(norms) - 2):
            if (len(norms[at]) == 1 and norms[at] in "23456789" and norms[at + 1] in {".", ")"}
                    and (at == 0 or norms[at - 1] in {".", ";"})):
                starts.append((at + 2, sense or bool(labelled)))
                numbers.add(at)
        found: set[int] = numbers
        for at, entry in starts:
            while at + 1 < len(norms):
                close = at + 2
                while (close + 2 < len(norms) and norms[close] == "," and close - at < 6
                       and tokens[at + 1].surface.islower()
                       and tokens[close + 1].surface.isalpha()
                       and tokens[close + 1].surface.islower() and not tokens[close + 1].is_stop):
                    close += 2  # "[countable, uncountable]": labels in lower case and commas
                region = _region_bracket_end(tokens, norms, at)
                if region and region + 1 < len(norms) and (tokens[region + 1].is_word
                                                           or norms[region + 1] in ("(", "[")):
                    # "(British English) (American English comforter) a large bag": where
                    # the word is used, and the word used elsewhere, are labels
                    found.update(range(at, region + 1))
                    at = region + 1
                elif norms[at] in ("(", "[") and close + 1 < len(norms) \
                        and norms[close] == (")" if norms[at] == "(" else "]") \
                        and tokens[at + 1].is_word and tokens[at + 1].surface.isalpha() \
                        and not tokens[at + 1].is_stop \
                        and (tokens[close + 1].is_word or norms[close + 1] in ("(", "[")):
                    # "(physics) the time"; "[countable] (medical) a condition": labels in a
                    # row, the last before the definition
                    found.update(range(at, close + 1))
                    at = close + 1
                elif entry and _field_label(tokens, norms, at):
                    found.update((at, at + 1))  # "2. Pharmacol. the time"
                    at += 2
                elif usage := _usage_label_length(tokens, norms, at):
                    found.update(range(at, at + usage))  # "3. informal the period ..."
                    at += usage
                elif (entry and nominal and tokens[at].surface.isalpha()
                      and tokens[at].surface[:1].isupper() and tokens[at].surface[1:].islower()
                      and not tokens[at].is_stop and not norms[at].endswith("ly")
                      and not self._term_at(tokens, norms, at)
                      and tokens[at + 1].surface in _ARTICLES):
                    found.add(at)  # "1. Physics the time"
                    at += 1
                else:
                    break
        return (found | self._item_headings(tokens) | _cross_reference(tokens)
                | self._usage_examples(tokens, lead) | _interjections(tokens))

    def _usage_examples(self, tokens: list[Token], lead: int) -> set[int]:
        """Return the positions of the words of a dictionary entry's usage examples: after a
        colon in a sense, the words up to the end of its sentence (or the next sense's number)
        when they use the term, in any inflection ("1. an official statement that allows
        people ... to go free: The government granted a general amnesty for political
        prisoners. 2. a period ..."). A definition does not use the word it defines; an
        example of its use does (`synthesize.restatement_clause` reads none as a wording).
        Only in an entry: a lead-in that ends with a sense number, a label or a part of
        speech, no copula ("X is ...: ..." goes on with the sentence's own words)."""
        if not lead or lead >= len(tokens) or not self._term_key_list:
            return set()
        last = tokens[lead - 1].norm
        if not (last in {".", ")", "]"} or last in _PART_OF_SPEECH):
            return set()
        found: set[int] = set()
        for at in range(lead + 1, len(tokens) - 1):
            if tokens[at].surface != ":":
                continue
            end = at + 1
            while end < len(tokens) and tokens[end].surface not in SENTENCE_END \
                    and tokens[end].sentence == tokens[at].sentence and not (
                        len(tokens[end].norm) == 1 and tokens[end].norm in "23456789"
                        and end + 1 < len(tokens) and tokens[end + 1].norm in {".", ")"}):
                end += 1
            span = [replace(t, key=self.key(t.norm)) if t.is_word else t
                    for t in tokens[at + 1:end]]
            if self.term_ends(span):
                found.update(i for i in range(at + 1, end) if tokens[i].is_word)
        return found

    @staticmethod
    def _item_headings(tokens: list[Token]) -> set[int]:
        """Return the positions of list items' headings: at the start of a line, after a
        bullet or a number, at most three words in bold and a colon, with text after it on
        the line ("- **Physics:** half of the radioactive nuclei decay"); the words may be
        joined by a slash or an ampersand, as fields are ("- **Physics/chemistry:** the
        curved surface ...")."""
        found: set[int] = set()
        for at, token in enumerate(tokens):
            if at and tokens[at - 1].line == token.line:
                continue
            start = at
            while start + 1 < len(tokens) and tokens[start].line == token.line:
                if tokens[start].surface.isdigit() and tokens[start + 1].surface in {".", ")"}:
                    start += 2  # "1. **Physics:** ..."
                elif (tokens[start].surface in _BULLETS
                      and tokens[start + 1].start > tokens[start].end):
                    start += 1  # "- **Physics:** ...", "* **Physics:** ..."; "**" is bold
                else:
                    break
            if [t.surface for t in tokens[start:start + 2]] != ["*", "*"]:
                continue
            end, words = start + 2, 0
            while end < len(tokens) and words < 3 and (
                    tokens[end].is_word or tokens[end].surface in _LABEL_SLASHES
                    and end > start + 2 and end + 1 < len(tokens) and tokens[end + 1].is_word):
                words += tokens[end].is_word  # "Physics/chemistry", "Law & finance"
                end += 1
            closing = [t.surface for t in tokens[end:end + 3]]
            if end == start + 2 or closing not in ([":", "*", "*"], ["*", "*", ":"]) \
                    or end + 3 >= len(tokens) or tokens[end + 3].line != token.line:
                continue
            found.update(range(start, end + 3))
        return found

    def content(self, text: str) -> tuple[Token, ...]:
        """Return the content words of `text` (no punctuation, stopwords or lead-in)."""
        return tuple(t for t in self.tokens(text) if t.is_content)

    def keys(self, text: str) -> frozenset[str]:
        """Return the set of content keys of `text`."""
        return frozenset(t.key for t in self.content(text))

    def passive_opening(self, tokens: Sequence[Token]) -> bool:
        """Return whether `tokens` open, with no lead-in, on the term (after an article at
        most), a participle aside between commas at most (`_after_participle_phrase`), "is",
        "are", "was" or "were" and a passive predicate (`_passive_predicate`: "Tenure is
        granted to faculty members who ...", "Lecterns, often carved ..., were placed in the
        chancel"): a sentence that says what is done with the term, which defines it no more
        than a sentence that only mentions it."""
        if not tokens or tokens[0].lead_in:
            return False
        norms = [t.norm for t in tokens]
        start = int(norms[0] in _ARTICLES)
        length = self._term_at(list(tokens), norms, start)
        be = self._after_participle_phrase(norms, start + length) if length else 0
        return bool(length) and be < len(norms) and (
            norms[be] in BE_COPULAS and _passive_predicate(norms, be + 1)
            or _composition_predicate(norms, be))  # "The bagpipe consists of a bag, ..."

    def names_term(self, tokens: Sequence[Token]) -> bool:
        """Return whether the words of `tokens` name the term ("A claim for defamation ..."),
        not only as a modifier of another thing's name (`_names_other`)."""
        return any(not self._names_other(tokens, end) for end in self.term_ends(tokens))

    def about_term(self, all_tokens: Sequence[Token], clause: Sequence[Token]) -> bool:
        """Return whether the defining `clause` of the text `all_tokens` says something about
        the term rather than what it is: it names the term (`names_term`: "Land is said to be
        fallow when ..."), and no dictionary heading opens the text (`entry_heading`), after
        which the clause defines the term wherever it names it ("sonata, n. ... in sonata
        form")."""
        return self.names_term(clause) and not self.entry_heading(all_tokens)

    def entry_heading(self, tokens: Sequence[Token]) -> bool:
        """Return whether `tokens` open with a dictionary entry's heading in their lead-in:
        the term, after quotation or emphasis marks at most, and a part-of-speech label
        ("sonata, n. a composition ..."). What follows the heading defines the term, even
        where it names the term again ("... with one or more in sonata form")."""
        norms = [t.norm for t in tokens]
        at = 0
        while at < len(norms) and norms[at] in _QUOTE_MARKS:
            at += 1
        term = self._term_at(list(tokens), norms, at)
        end = at + term
        while term and end < len(norms) and norms[end] in _QUOTE_MARKS:
            end += 1
        end += _pronunciation_length(tokens, norms, end)
        return (bool(term) and end < len(norms) and tokens[end].lead_in
                and _part_of_speech_after(norms, end))

    def _names_other(self, tokens: Sequence[Token], end: int) -> bool:
        """Return whether the term before `end` is the first word of another thing's name in a
        phrase after a preposition or "as": a preposition, a determiner, the term and a noun
        ("a spice derived from the flower of the saffron crocus" for "saffron"; not an adverb,
        a participle or a word in -ing: "of the saffron used in cooking"). The phrase names
        the other thing, the plant, in the complement; the clause still defines the term, as
        one that says "of the crocus" does."""
        start = end - 1
        if not tokens[start].is_word:
            return False
        if "-" not in tokens[start].norm:  # "spear-phishing": the term in one word
            words = 1
            while words < len(self.term_tokens) and start > 0:
                start -= 1
                words += tokens[start].is_word
        if start < 2 or end >= len(tokens):
            return False
        before, determiner, after = tokens[start - 2], tokens[start - 1], tokens[end]
        word = after.norm
        return (before.norm in _PREPOSITIONS | {"as"} and determiner.norm in _DETERMINERS
                and after.is_word and not after.is_stop and word.isalpha()
                and not word.endswith(("ly", "ing")) and not past_participle(word)
                and not (len(word) > 3 and word.endswith("ed")))  # "used"

    def term_ends(self, tokens: Sequence[Token]) -> list[int]:
        """Return the position in `tokens` after each place where their words name the term:
        the term's words in any inflection or spelling ("VPNs", "labour"), not words derived
        from them that share their stem ("zones" for "zoning", "arbitrators" for
        "arbitration")."""
        n = len(self._term_key_list)
        if not n:
            return []
        words = [i for i, t in enumerate(tokens) if t.is_word]
        keys = [tokens[i].key for i in words]
        norms = [tokens[i].norm for i in words]
        return sorted([words[i + n - 1] + 1 for i in range(len(keys) - n + 1)
                       if keys[i:i + n] == self._term_key_list
                       and all(same_word(tokens[words[i + j]].norm, self.term_tokens[j])
                               for j in range(n))]
                      + [i + 1 for i in words if self._hyphenated(tokens[i].norm)]
                      + [words[i + self._spaced_at(norms, i) - 1] + 1 for i in range(len(words))
                         if self._spaced_at(norms, i)]
                      + self._latin_plural_ends(words, keys, norms))

    def _latin_plural_ends(self, words: Sequence[int], keys: Sequence[str],
                           norms: Sequence[str]) -> list[int]:
        """Return the position after each place where the words at `words` name the term
        with its head in the Latin plural ("sarcophagi" for "sarcophagus") that another stem
        than the term's head has (see `latin_plural`)."""
        n = len(self.term_tokens)
        plural = latin_plural(self.term_tokens[-1])
        if not plural or self.key(plural) == self._term_key_list[-1]:
            return []  # "analyses" and "analysis": one stem, found as the term already
        return [words[i + n - 1] + 1 for i in range(len(norms) - n + 1)
                if norms[i + n - 1] == plural and list(keys[i:i + n - 1])
                == self._term_key_list[:-1]]

    def _spaced_at(self, norms: Sequence[str], start: int) -> int:
        """Return how many tokens from `start` are the term of hyphenated words written
        apart ("half life", "half lives" for "half-life"), or 0."""
        n = len(self._spaced)
        if not n:
            return self._split_at(norms, start)
        words = norms[start:start + n]
        if len(words) != n:
            return 0
        last = self._spaced[-1]
        same = all(self.key(w) == self.key(part) and same_word(w, part)
                   for w, part in zip(words[:-1], self._spaced[:-1]))
        ends = (self.key(words[-1]) == self.key(last) and same_word(words[-1], last)
                or words[-1] in (last + "s", last + "es"))
        return n if same and ends else 0

    def _dotted_at(self, norms: Sequence[str], start: int) -> int:
        """Return how many tokens from `start` are the term written in syllables between
        middle dots, as dictionaries print a headword ("cor·nice", "mez·za·nine"), or 0: the
        syllables joined must be the term's words."""
        n = len(self.term_tokens)
        words: list[str] = []
        at = start
        while at < len(norms) and len(words) <= n:
            if not norms[at].isalpha():
                break
            word = norms[at]
            at += 1
            while (at + 1 < len(norms) and norms[at] in _SYLLABLE_DOTS
                   and norms[at + 1].isalpha()):
                word += norms[at + 1]
                at += 2
            words.append(word)
            if len(words) == n:
                break
        if at - start <= len(words) or not self._ends_term(words):
            return 0  # no dot: the plain term is `_term_at`'s
        return at - start

    def _split_at(self, norms: Sequence[str], start: int) -> int:
        """Return 2 if the two words from `start` are a closed term of one word written
        open ("heat wave", "heat waves" for "heatwave"), or 0: each of three letters or more
        and no function word."""
        if len(self.term_tokens) != 1 or start + 2 > len(norms):
            return 0
        first, second = norms[start], norms[start + 1]
        if not (len(first) >= 3 and len(second) >= 3 and first.isalpha() and second.isalpha()
                and first not in STOPWORDS and second not in STOPWORDS):
            return 0
        joined, term = first + second, self.term_tokens[0]
        return 2 if self.key(joined) == self.key(term) and same_word(joined, term) else 0

    def _hyphenated(self, norm: str) -> bool:
        """Return whether one hyphenated word is the term of two or more words written with
        hyphens ("spear-phishing", "spear-phishers" for "spear phishing")."""
        parts = norm.split("-")
        n = len(self.term_tokens)
        closed = "".join(self.term_tokens)  # "heatwave" for "heat wave": written closed
        if n >= 2 and len(parts) == 1 and closed.isalpha() and self.key(norm) == self.key(
                closed) and same_word(norm, closed):
            return True
        return n >= 2 and len(parts) == n and all(
            self.key(part) == key and same_word(part, word)
            for part, key, word in zip(parts, self._term_key_list, self.term_tokens))

    def _lead_in_length(self, tokens: list[Token]) -> int:
        """Return how many leading tokens merely restate the term ("The definition of X is").

        Headings come first (see `_heading_length`). Also after a short opening phrase and a
        comma ("In law, a contract is", "Informally,
        an algorithm is") and with a complement of the term before the copula ("The
        opportunity cost of a choice is"); both need the copula.
        """
        if not self.term_tokens:
            return 0
        norms = [t.norm for t in tokens]
        start = self._heading_length(tokens, norms)
        length = self._lead_in_at(tokens[start:], norms[start:])
        if not length and start < len(norms) and norms[start] in IMPERATIVES:
            return start + self._example_first(tokens[start:], norms[start:])
        if (not length and start + 1 < len(norms) and norms[start] in _DISCOURSE_WORDS
                and tokens[start + 1].is_word):
            length = 1  # "Basically a river of ice"
        end = start + length
        if (length and end >= 2 and norms[end - 1] in _LABEL_MARKS
                and norms[end - 2] in _PART_OF_SPEECH):
            # a field or language label after the part of speech: "tidal locking n. Astron.
            # The state of ...", "mise en place, n. Fr. (lit. 'put in place') The ..."
            end += self._heading_length(tokens[end:], norms[end:])
            if end < len(norms) and norms[end] not in _COPULA_MARKS:
                # a verb without its subject: "turnkey adj. Describes a product ...", "n.
                # Refers to ...": the headword is its subject, so it links like a copula
                end += self._copula_length(norms, end)
        if (end and norms[end - 1] in _COPULA_MARKS and end < len(norms)
                and norms[end] not in _COPULA_MARKS and self._copula_length(norms, end)):
            # a verb without its subject after a heading and a colon: "Idempotent: describes
            # an operation that ...", "Tort: refers to ...": the heading is its subject
            end += self._copula_length(norms, end)
        elif length and norms[end - 1] in _COPULA_MARKS and end < len(norms):
            # a heading, then the sentence that defines: "**Sprint** — In Agile, a sprint is"
            again, copula = self._lead_in_from(tokens[end:], norms[end:], 0)
            end += again if copula else (self._field_lead_in(tokens[end:], norms[end:])
                                         or self._phrase_lead_in(tokens[end:], norms[end:]))
        if length and norms[end - 1] in _COPULA_MARKS | _LABEL_MARKS:
            end += _field_phrase(tokens[end:], norms[end:])
        if length and (announced := _senses_announced(norms, end)):
            # "A **quarry** has two main meanings:\n1. **Mining:** a large, open pit ...": the
            # first numbered sense, after its item's heading (a label), is the definition
            end += announced
            end += 2 if norms[end:end + 1] == ["1"] and norms[end + 1:end + 2] in (["."], [")"]) \
                else int(norms[end] in _BULLETS)  # "...:\n- **Architecture:** a small ..."
        if length:
            # the first sense's number after the headword: "escrow, n. 1. A deed ...",
            # "leitmotif 1. (music) a short tune ...", "liquidity [uncountable] (finance) 1 the"
            first = _first_sense(tokens, norms, end)
            end += first
            if first:
                # the part of speech again before the sense: "sprain n. & v. 1. n. A painful
                # wrenching ... 2. v. To wrench ...": the labels say which senses are whose
                end += _labels_length(norms, end)
        if not length and end == start:
            end += self._later_sentence(tokens[start:], norms[start:])
        elif length and (origin := origin_end(tokens, norms, end)):
            # "Pro bono: Latin for 'for the good'; legal services provided ...", "**Pro
            # bono** comes from the Latin ... It refers to professional services ...": the
            # word's origin is no definition; the next clause or sentence is, after its own
            # lead-in if it names the term
            again = self._after_gloss(tokens, norms, end) if norms[origin - 1] != ";" else 0
            if not again:
                again = self._pronoun_lead_in(norms[origin:])
                if not again:
                    again, copula = self._lead_in_from(tokens[origin:], norms[origin:], 0)
                    again = again if copula else 0
                again += origin
            end = again
        elif length and gloss(tokens, norms, end):
            # "Caveat Emptor: A Latin phrase meaning 'let the buyer beware.' In real estate, it
            # refers to the principle that ...": the next sentence defines
            end = self._after_gloss(tokens, norms, end) or end
        elif length and _evaluation(norms, end):
            # "Letters of credit (LCs) are one of the most secure instruments available to
            # international traders. An LC is a commitment by a bank ...": a rank among
            # others is no genus; a later sentence that defines the term is the definition
            end = self._defining_sentence_after(tokens, norms, end) or end
        return end

    def _defining_sentence_after(self, tokens: list[Token], norms: list[str], at: int) -> int:
        """Return where the definition starts in a sentence within the `LATER_SENTENCES`
        after the one at `at` that opens with the term, after an article at most, and a
        copula ("An LC is", "Letters of credit are"), else 0. An abbreviation the text
        declares in brackets right after the term names it too ("Tetrahydrocannabinol (THC)
        is one of the most ... THC is a ...")."""
        n = len(self.term_tokens)
        declared = {norms[i + 1] for i in range(n, at - 2)
                    if norms[i] == "(" and norms[i + 2] == ")"
                    and _abbreviation(tokens[i + 1].surface)
                    and self._ends_term(norms[i - n:i])}
        declared |= {name[:-1] for name in declared if name.endswith("s")}  # "(LCs)": "An LC is"
        first = tokens[at].sentence
        for start in range(at + 1, len(tokens)):
            if tokens[start].sentence > first + LATER_SENTENCES:
                break
            if tokens[start].sentence == tokens[start - 1].sentence:
                continue
            begin = start + (norms[start] in _ARTICLES)
            if (begin < len(norms) and norms[begin] in declared
                    and tokens[begin].surface[:1].isupper()):
                copula = self._copula_length(norms, begin + 1)
                if copula and begin + 1 + copula < len(norms):
                    return begin + 1 + copula
            if not self._term_at(tokens, norms, begin):
                continue
            length, copula = self._lead_in_from(tokens[start:], norms[start:], 0)
            if copula and length and start + length < len(norms):
                return start + length
        return 0

    def _after_gloss(self, tokens: list[Token], norms: list[str], at: int) -> int:
        """Return where the definition starts in the sentence after the one at `at`, when that
        sentence names the term by "it" and a copula or by the term and a copula, after a
        field phrase at most ("In real estate, it refers to", "In professional kitchens it
        refers to"), else 0."""
        sentence = tokens[at].sentence
        start = next((i for i in range(at, len(tokens)) if tokens[i].sentence != sentence), None)
        if start is None:
            return 0
        begin = start
        if norms[start] == "in":
            # a field phrase: to its comma, or to "it" without one
            end = next((i for i in range(start + 1, min(len(norms), start + 8))
                        if not tokens[i].is_word or norms[i] in {"it", "it's"}), None)
            if end is None or end == start + 1:
                return 0
            begin = end + (norms[end] == ",")
        if begin >= len(norms) or tokens[begin].sentence != tokens[start].sentence:
            return 0
        length = self._pronoun_lead_in(norms[begin:])
        if not length:
            length, copula = self._lead_in_from(tokens[begin:], norms[begin:], 0)
            length = length if copula else 0
        return begin + length if length and begin + length < len(norms) else 0

    def _later_sentence(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of the sentences before a later one that defines the term, up to
        its copula, or 0: the first sentence names the term, so it is about it and no
        definition ("Your body has hundreds of lymph nodes, in the neck ... A lymph node is a
        small, round organ"), or a word derived from it, so it defines another word
        ("Franchising is a method of business expansion ... A franchise is a business
        arrangement"), or it defines another noun phrase ("A broken chord is a chord broken
        into ... An arpeggio (...) is a type of broken chord", see `_defines_other`), and a
        sentence within the next `LATER_SENTENCES` opens with an
        article, the term and a copula."""
        if not tokens:
            return 0
        first = tokens[0].sentence
        ends = [i for i in range(1, len(tokens))
                if tokens[i].sentence != tokens[i - 1].sentence]
        n = len(self.term_tokens)
        if not ends or not (any(self._term_at(tokens, norms, i)
                                or self._ends_term(norms[i:i + n], derived=True)
                                for i in range(ends[0]))
                            or _defines_other(tokens, norms, ends[0])):
            return 0
        for at in ends:
            if tokens[at].sentence > first + LATER_SENTENCES:
                break
            if norms[at] not in _ARTICLES or not self._term_at(tokens, norms, at + 1):
                # "In this joint, the mortise is": after a short phrase and a comma
                field = self._field_lead_in(tokens[at:], norms[at:])
                if field:
                    return at + field
                continue
            length, copula = self._lead_in_from(tokens[at:], norms[at:], 0)
            if copula and length:
                return at + length
        return 0

    def _lead_in_at(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of the lead-in at the start of `tokens` (see `_lead_in_length`)."""
        length, copula = self._lead_in_from(tokens, norms, 0)
        if length or not norms:
            return length
        length = (self._pronoun_lead_in(norms) or self._define_as(tokens, norms)
                  or self._name_subject_lead_in(tokens, norms))
        if length:
            return length
        return (self._field_lead_in(tokens, norms) or self._phrase_lead_in(tokens, norms)
                or self._object_appositive_lead_in(tokens, norms))

    @classmethod
    def _name_subject_lead_in(cls, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in that stands for the term by a noun that names it as
        a word or an idea ("The term, associated with Hegel's philosophy of history, refers
        to the defining spirit ...", "This word means ...", "The concept, in economics,
        denotes ..."), or 0: "the" or "this", one of `_NAME_SUBJECTS`, an aside between
        commas at most, an adverb at most ("usually"), then a verb that defines: "refers
        to", "means", "denotes", "is defined as" and the like. A bare "is" says something of
        the word ("The term is of Greek origin"), not what it means."""
        if len(norms) < 4 or norms[0] not in {"the", "this"} or norms[1] not in _NAME_SUBJECTS:
            return 0
        at = 2
        if norms[at] == ",":
            close = next((i for i in range(at + 1, min(len(norms), at + APPOSITIVE_TOKENS))
                          if not tokens[i].is_word), None)
            if close is None or close == at + 1 or norms[close] != "," \
                    or tokens[close].sentence != tokens[0].sentence:
                return 0
            at = close + 1
        at += at < len(norms) and norms[at] in _VERB_ADVERBS
        copula = cls._copula_length(norms, at)
        if not copula or norms[at] in _COPULA_MARKS or copula == 1 and norms[at] in BE_COPULAS \
                or at + copula >= len(norms):
            return 0
        return at + copula

    def _object_appositive_lead_in(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in of a fronted preposition and the term, its object,
        and a comma, when an appositive follows that names the term ("Under mercantilism,
        the system of thought that guided ... before Adam Smith, a country's wealth was
        measured by ..."), or 0: a noun phrase opened by a determiner up to a comma, then a
        new subject (a determiner, possessive or pronoun) with a finite "be", "have" or modal
        within six words. The appositive is the defining clause, to its comma
        (`synthesize._appositive_end`); a noun phrase that a verb follows is the main
        clause's subject ("Under mercantilism, the state controlled trade")."""
        if len(norms) < 6 or norms[0] not in _PREPOSITIONS:
            return 0
        term = 1 + (norms[1] in _ARTICLES)
        length = self._term_at(tokens, norms, term)
        comma = term + length
        if not length or comma + 2 >= len(norms) or norms[comma] != "," \
                or norms[comma + 1] not in _DETERMINERS:
            return 0
        close = next((i for i in range(comma + 2, min(len(norms), comma + APPOSITIVE_TOKENS))
                      if not tokens[i].is_word), None)
        if close is None or norms[close] != "," or close + 1 >= len(norms) \
                or tokens[close].sentence != tokens[0].sentence \
                or norms[close + 1] not in _DETERMINERS | _POSSESSIVES | _SUBJECT_PRONOUNS:
            return 0
        verbs = BE_COPULAS | {"has", "have", "had", "can", "could", "may", "might", "will", "would"}
        if not any(w in verbs for w in norms[close + 2:close + 8]):
            return 0
        return comma + 1

    def _defining_lead_in(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in at the start of `tokens` that ends in a copula or a
        defining verb ("'Trade secret' means", "In this Act a tenant means"), or 0: the term
        alone, after an article at most, opens an example as well ("...: the overture to The
        Marriage of Figaro")."""
        length, copula = self._lead_in_from(tokens, norms, 0)
        if length:
            return length if copula else 0
        return self._lead_in_at(tokens, norms)

    def _phrase_lead_in(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in after an opening prepositional phrase without a
        comma that ends in a copula ("For the purpose of this Convention wetlands are", "In
        this Act a tenant means", "In law a contract is"), or 0: a preposition and at most
        `PHRASE_WORDS` more words, the last no function word, then the term, after an article
        at most, and a copula. The phrase must be whole where the term starts: a determiner
        in it after the preposition ("this Convention"), or an article before the term ("a
        contract"); "In coastal wetlands are ..." has neither, and "coastal" may be the
        term's own modifier."""
        if not norms or norms[0] not in _PREPOSITIONS:
            return 0
        for end in range(2, min(len(norms), PHRASE_WORDS + 2)):
            if not tokens[end - 1].is_word:
                return 0
            if tokens[end - 1].is_stop:
                continue
            whole = (_DETERMINERS.intersection(norms[1:end])
                     or norms[end] in _ARTICLES | _POSSESSIVES)
            length, copula = self._lead_in_from(tokens, norms, end, modifiers=0)
            if whole and copula and length:
                return length
        return 0

    def _field_lead_in(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in after a short opening phrase and a comma that ends
        in a copula ("In law, a contract is", "In Agile (especially Scrum), a sprint is"), or
        0. The phrase is at most six words besides a closed bracket in it."""
        if not norms or not tokens[0].is_word:
            return 0
        return self._short_field_lead_in(tokens, norms) or self._fronted_lead_in(tokens, norms)

    def _short_field_lead_in(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in after a phrase of at most six words (see
        `_field_lead_in`), or 0."""
        depth = outside = 0
        for comma in range(min(len(norms), 20)):
            if norms[comma] == "," and depth == 0 and comma:
                break
            if norms[comma] in ("(", ")"):
                depth += 1 if norms[comma] == "(" else -1
                if depth < 0:
                    return 0
            elif depth == 0:
                outside += 1
                if not tokens[comma].is_word or outside > 6:
                    return 0
        else:
            return 0
        length, copula = self._lead_in_from(tokens, norms, comma + 1, modifiers=0)
        if length and not copula and _discourse_opener(norms[:comma]):
            # "In simple terms, estoppel stops a party ...": the term, the subject of a verb
            # after an opener that only says how the sentence is put, leads in as it would
            # open the sentence ("Estoppel stops a party ...")
            verb = norms[length] if length < len(norms) else ""
            finite = (verb.isalpha() and verb not in self.stopwords and not verb.endswith("ss")
                      and (verb.endswith("s") or verb.endswith("ed"))
                      or verb in ("can", "may", "will", "must"))
            return length if finite else 0
        return length if copula else 0

    def _fronted_lead_in(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in after a longer fronted phrase, an appositive or a
        contrast, and a comma, then an article, the term and a copula ("A disc-shaped organ
        formed from ... tissues, the placenta is", "Unlike a crater, which is built up around a
        vent, a caldera is"), or 0: the term with its article, right after a comma of the
        first sentence, is the subject of the sentence, and what comes before it only sets the
        scene, as a field phrase does. After a fronted participle phrase (after an adverb at
        most: "Often described as woodland edges without the wood, hedgerows are") the term
        needs no article."""
        verb = 1 if norms[0] in _VERB_ADVERBS or norms[0].endswith("ly") else 0
        participle = (verb < len(norms) and norms[verb].isalpha() and len(norms[verb]) > 4
                      and norms[verb].endswith(("ed", "en", "ing")))
        for comma in range(1, min(len(norms), APPOSITIVE_TOKENS)):
            if tokens[comma].sentence != tokens[0].sentence:
                return 0
            if (norms[comma] != "," or comma + 1 >= len(norms)
                    or norms[comma + 1] not in _ARTICLES and not participle):
                continue
            length, copula = self._lead_in_from(tokens, norms, comma + 1, modifiers=0)
            if copula and length:
                return length
        return 0

    def _tagline_heading(self, tokens: list[Token], norms: list[str], at: int) -> int:
        """Return the length of a heading line at `at` of the term and a tagline after a dash
        or a colon ("**Solvency** — financial health over the long run"), or 0: emphasis
        marks at most around the term, the mark, at most `TAGLINE_WORDS` words and no
        sentence end on the line, when the next line opens by naming the term with a copula
        and a determiner ("Solvency is the ability of ..."): that sentence defines the term;
        the tagline only heads it."""
        line_end = next((i for i in range(at, len(tokens))
                         if tokens[i].line != tokens[at].line), None)
        if line_end is None:
            return 0
        i = at
        while i < line_end and norms[i] in _QUOTE_MARKS:
            i += 1
        term = self._term_at(tokens, norms, i)
        if not term:
            return 0
        i += term
        while i < line_end and norms[i] in _QUOTE_MARKS:
            i += 1
        if i >= line_end or norms[i] not in _COPULA_MARKS | {":"}:
            return 0
        tagline = tokens[i + 1:line_end]
        if not 0 < sum(t.is_word for t in tagline) <= TAGLINE_WORDS \
                or any(t.surface in SENTENCE_END for t in tagline):
            return 0
        begin = line_end
        while begin < len(norms) and norms[begin] in _QUOTE_MARKS:
            begin += 1
        begin += begin < len(norms) and norms[begin] in _ARTICLES
        if not self._term_at(tokens, norms, begin):
            return 0
        length, copula = self._lead_in_from(tokens[line_end:], norms[line_end:], 0)
        after = line_end + length
        if not (copula and length and after < len(norms) and norms[after] in _DETERMINERS):
            return 0
        return line_end - at

    def _heading_length(self, tokens: list[Token], norms: list[str]) -> int:
        """Return how many leading tokens are headings that come before a definition as
        collected from a page: a question ("What is telehealth?"), a label and a colon
        ("Definition:", "Q:", "Telehealth - Wikipedia:"), or a title after the term and a
        colon ("Telehealth: What You Need to Know.") when a sentence follows it."""
        at = 0
        for _ in range(4):
            if at >= len(norms):
                break
            end = next((i for i in range(at, min(len(norms), at + 16))
                        if norms[i] in SENTENCE_END), None)
            if end is not None and norms[end] == "?" and end + 1 < len(norms):
                at = end + 1  # a question
                continue
            if norms[at].isdigit() and at + 1 < len(norms) and norms[at + 1] in {".", ")"}:
                at += 2  # a sense number: "1. the arrangement of light and dark ..."
                continue
            label = _bracket_label_end(tokens, norms, at)
            if label and (first := _first_sense(tokens, norms, label + 1)):
                # a field or usage label in brackets before the first sense's number, as an
                # entry without its headword opens ("(architecture) 1. The lowest part ...
                # 2. The projecting course ...", "(law) 1 the ..."): label and number
                at = label + 1 + first
                continue
            heading = _heading_line(tokens, at)
            if not heading:
                # a byline or title line before a line that opens by naming the term and
                # a copula, in any case ("Answered by JazzDrummer_88 · 3y\nsyncopation =
                # accenting the off-beats."): the next line is a definition, not the rest
                # of a wrapped sentence ("the off-beat rhythm of\nsyncopation is" is one):
                # the term is followed by a mark ("=", ":"), and the line ends in no
                # function word
                line = _heading_line(tokens, at, any_case=True)
                term = self._term_at(tokens, norms, at + line) if line else 0
                if (term and at + line + term < len(norms)
                        and norms[at + line + term] in _COPULA_MARKS
                        and not tokens[at + line - 1].is_stop):
                    heading = line
            if not heading:
                heading = self._tagline_heading(tokens, norms, at)
            if heading:
                at += heading  # "Noun", "[Architecture]", "Glossary of architectural terms"
                continue
            labels = _labels_length(norms, at)
            if labels and at + labels < len(norms):
                at += labels  # a part of speech: "adj. (of farmland) ploughed ..."
                continue
            after = next((t for t in tokens[end + 1:] if t.is_word), None) if end is not None \
                else None
            if (end is not None and norms[end] in ".!" and 0 < end - at <= 2
                    and all(t.is_word for t in tokens[at:end]) and after is not None
                    and not (norms[end - 1] in _PART_OF_SPEECH and end - at == 2)
                    and (after.surface[:1].isupper()
                         or (norms[end] == "." and end - at == 1
                             and tokens[at].surface[:1].isupper()
                             and (after.surface.islower()
                                  or _first_sense(tokens, norms, end + 1))))):
                # a field label or an exclamation: "Physics. The ...", "Sure! A ..."; an
                # abbreviated label before a lower-case definition: "Rhet. the repetition ..."
                at = end + 1
                while (at < len(norms) and not tokens[at].is_word
                       and norms[at] not in _QUOTE_MARKS and norms[at] not in "(["):
                    at += 1  # and the emoji after it: "Sure! 😊 **Syncopation** is ..."
                continue
            preamble = next((i for i in range(at, min(len(norms), at + 20))
                             if norms[i] == ":" and not _in_brackets(norms, at, i)), None)
            colon = preamble if preamble is not None and preamble <= at + 8 else None
            if (colon is None and preamble is not None and preamble + 1 < len(norms)
                    and norms[preamble + 1] not in _SUBJECT_PRONOUNS
                    and self._defining_lead_in(tokens[preamble + 1:], norms[preamble + 1:])):
                # "As used in this chapter, ...: 'Trade secret' means"; a pronoun and a verb
                # after the colon explain what came before it, the definition ("Metadata is
                # data about data: it describes other data ..."), which is no preamble
                at = preamble + 1
                continue
            if colon is None or colon + 1 >= len(norms):
                break
            term = self._term_at(tokens, norms, at)
            label = [t for t in tokens[at + term:colon] if t.is_word]
            if (0 < len(label) <= 2 and all(t.is_word or t.norm in "-–—" for t in
                                            tokens[at + term:colon])
                    and not (not term and self._gerund_of_term(norms[at:colon]))):
                at = colon + 1  # "Definition:", "Q:", "A:", "Telehealth - Wikipedia:"
                continue
            if (colon - at <= 8 and colon + 1 < len(norms)
                    and any(self._term_at(tokens, norms, i) and _in_brackets(norms, at, i)
                           for i in range(at + 1, colon))):
                # "Religious tourism (pilgrimage): travel whose main motive ...", "light year
                # (also light-year) Astronomy: a unit ...", after the term too
                at = colon + 1
                continue
            if term and colon == at + term and end is not None and end + 1 < len(norms):
                title = [t for t in tokens[colon + 1:end] if t.is_word]
                capitals = sum(t.surface[:1].isupper() for t in title)
                if len(title) >= 2 and capitals >= 0.6 * len(title):
                    at = end + 1  # "Telehealth: What You Need to Know."
                    continue
            break
        return at

    def _subject_alias_aside(self, tokens: list[Token], norms: list[str],
                             offset: int) -> tuple[int, int] | None:
        """Return (where the term starts, where the copula starts) when the subject at `offset`
        names the term only in an alias aside between commas before "is" or "are" ("A
        handrail on a staircase, also called a banister in the UK, is ...", "A pram, also
        known as a baby carriage, is"), else None: an article at most and one to
        `ASIDE_SUBJECT_WORDS` words, a comma, an alias marker and a naming word ("also
        called", "sometimes known as", "aka", "or"), an article at most, the term, at most
        a short phrase of words after a preposition ("in the UK"), a comma, the copula."""
        comma = next((i for i in range(offset, min(len(norms), offset + ASIDE_SUBJECT_WORDS + 2))
                      if not tokens[i].is_word), None)
        first = offset + (offset < len(norms) and norms[offset] in _ARTICLES)
        if comma is None or norms[comma] != "," or comma == first or comma + 1 >= len(norms):
            return None
        if norms[comma + 1] not in _ALIAS_MARKERS:
            return None
        for start in range(comma + 2, min(len(norms), comma + 6)):
            if not tokens[start - 1].is_word:
                return None
            marker = norms[comma + 1:start]
            if marker[-1] in _ARTICLES:
                marker = marker[:-1]
            if not marker or not (marker in (["or"], ["aka"])
                                  or _NAMING_WORDS.intersection(marker)):
                continue  # "also called", "also known as", "sometimes called", "or"
            length = self._term_at(tokens, norms, start)
            if not length:
                continue
            end = start + length
            if end < len(norms) and norms[end] in _PREPOSITIONS:
                end = next((i for i in range(end + 1, min(len(norms), end + 5))
                            if not tokens[i].is_word), end)  # "in the UK", "in Britain"
            if (end + 1 < len(norms) and norms[end] == ","
                    and norms[end + 1] in {"is", "are"}):
                return start, end + 1
            return None
        return None

    def _lead_in_from(self, tokens: list[Token], norms: list[str], offset: int,
                      modifiers: int = 2) -> tuple[int, bool]:
        """Return (length, whether a copula ends it) of a lead-in starting at `offset`, with
        at most `modifiers` words before the term besides an article or "definition of"."""
        # The term may follow an article, "definition of", or up to two modifiers ("Good").
        aside = self._subject_alias_aside(tokens, norms, offset)
        starts = range(offset, min(len(norms), offset + 7))
        for start in [*starts, *(aside[:1] if aside and aside[0] not in starts else [])]:
            length = self._term_at(tokens, norms, start)
            short = not length
            if short:
                # "heat island, n." or "Heat islands are" for "urban heat island": the term's
                # last words, only with a copula or a dictionary label after them
                length = self._short_term_at(norms, start)
            n = len(self.term_tokens)
            gerund = False
            if not length and self._ends_term(norms[start:start + n], derived=True):
                if start == offset and _part_of_speech_after(norms, start + n):
                    # a dictionary's headword in a form derived from the term, with its part
                    # of speech: "greenwash, n." for "greenwashing", "Refactoring (noun):"
                    # for "refactor": the entry heads the definition it gives for the term
                    length = n
                elif (norms[start + n - 1].endswith("ing")
                      and not self.term_tokens[-1].endswith("ing")):
                    # the term's gerund ("Procrastinating means avoiding ..."): only when a
                    # gerund defines it (see below)
                    length, gerund = n, True
            if (not length and start == offset and self._sibling_derivative(norms[start])
                    and start + 1 < len(norms) and tokens[start + 1].is_word
                    and self._copula_length(norms, start + 1)):
                # another abstract noun from the term's root, right before a copula:
                # "Mentoring is a professional relationship ..." for "mentorship"
                length = 1
            if not length and start == offset:
                # a dictionary's headword that is the term's first words, with its part of
                # speech: "zero-day, adj. (of a software vulnerability) not yet known ..."
                length = next((k for k in range(n - 1, 0, -1)
                               if _part_of_speech_after(norms, start + k)
                               and [self.key(w) for w in norms[start:start + k]]
                               == self._term_key_list[:k]), 0)
            if not length and start == offset == 0:
                # a dictionary's headword that is a variant of the term, or another word, with
                # a comma and its part of speech at the start of a text: "short sale, n. the
                # sale of ..." for "short selling": one to three words, then "n.", "adj."
                # and the definition; the entry heads the definition whatever its headword
                length = next((k for k in range(1, 4)
                               if k + 1 < len(norms) and norms[k] == ","
                               and all(tokens[i].is_word for i in range(k))
                               and not tokens[0].is_stop
                               and (labels := _labels_length(norms, k + 1))
                               and k + 1 + labels < len(norms)
                               and tokens[k + 1 + labels].is_word), 0)
            first_words = False
            if not length and start > offset and norms[start - 1] in _ARTICLES:
                # "The dovetail is the strongest of the corner joints" for "dovetail joint":
                # the term's first words without its head noun, after an article, as the
                # whole subject of a copula that the head noun follows (see below): the
                # term, shortened, as the sentence classes it
                length = next((k for k in range(n - 1, 0, -1) if start + k <= len(norms) and all(
                    self.key(w) == key and same_word(w, word) for w, key, word in zip(
                        norms[start:start + k], self._term_key_list, self.term_tokens))), 0)
                short = first_words = bool(length)
            if (not length and n >= 2 and start == offset + 1 and norms[offset] in _ARTICLES
                    and self._ends_term(norms[start:start + 1], 1)
                    and start + 1 < len(norms) and norms[start + 1] not in _COPULA_MARKS
                    and self._copula_length(norms, start + 1)
                    and not any(self._term_at(tokens, norms, i) for i in range(len(norms)))):
                # "a beacon is basically a little radio that beeps" for "avalanche beacon":
                # the term's head noun after an article, as the subject of a copula that
                # opens a text that never writes the term in full: the writer shortens the
                # term the context gives ("A fund is a pool of money. A hedge fund is ..."
                # names the term later: there the opening defines the wider class)
                length = short = 1
            if (not length and n == 1 and start <= offset + 1 and start + 1 < len(norms)
                    and (start == offset or norms[offset] in _ARTICLES)
                    and 4 <= len(norms[start]) <= len(self.term_tokens[0]) - 5
                    and norms[start].isalpha()
                    and self.term_tokens[0].startswith(norms[start])
                    and norms[start + 1] in {"is", "are"}
                    and not any(self._term_at(tokens, norms, i) for i in range(len(norms)))):
                # "the tach is the one next to the speedo" for "tachometer": the term clipped
                # to its first four letters or more, as the subject of "is" or "are" at the
                # start of a text that never writes the term in full: a short form of the
                # term that writers use for it ("The carp is a fish" in a text that names the
                # carpet is about another thing). Five letters of the term at least are left
                # out: what a derivational suffix leaves is the root, another word ("Mentor
                # is" for "mentorship": "-ship", "-ment", "-ness", "-ing" are four at most)
                length = short = 1
            if (not length and n >= 2 and start == offset == 0
                    and self.term_tokens[-1].endswith("ing") and norms[0].endswith("ing")
                    and norms[0] not in self.term_tokens and norms[0].isalpha()
                    and any(self.key(norms[0]) == key
                            for key in self._term_key_list[:-1])
                    and self._activity_predicate(tokens, norms, 1)
                    and not any(self._term_at(tokens, norms, i) for i in range(len(norms)))):
                # "shorting is basically betting against a stock" for "short selling": a term
                # that names an activity (its head a gerund) is also done with the verb made
                # from another of its words; that verb's gerund, as the subject of "is" and
                # another gerund at the start of a text that never writes the term in full,
                # names the same activity, as "Procrastinating means avoiding" does
                length = short = 1
            if not length:
                continue
            before = [w for w in norms[offset:start] if w not in _QUOTE_MARKS]
            if before and (before[0] in _ARTICLES | _POSSESSIVES
                           or before[0] == "to" and len(before) == 1):
                before = before[1:]  # "The marathon is", "To procrastinate is": a verb's "to"
            for phrase in _DEFINITION_OF:
                if tuple(before[: len(phrase)]) == phrase:
                    before = before[len(phrase):]
                    if before and before[0] in _ARTICLES | {"term"}:
                        before = before[1:]
            # "The law of torts is concerned with ...", "The core of customer service is": the
            # term is in a phrase after another noun, which heads the subject ("The concept of
            # X is" names the term as a kind of thing; "Abbreviation for X:" heads its entry)
            nested = bool(_PREPOSITIONS.intersection(before)) and not (
                len(before) == 2 and before[0] in _KIND_NOUNS and before[1] == "of")
            # "Polyphonic texture, or polyphony, occurs when ...": another name first, then
            # the term after ", or" and between commas, then the copula: a naming lead-in like
            # "X (TERM) is", which defines both names as "Polyphony occurs when" defines one
            renamed = (bool(length) and not short and norms[start - 2:start] == [",", "or"]
                       and 1 <= len(before) - 2 <= 4
                       and all(tokens[i].is_word for i in range(offset, start - 2))
                       and start + length + 1 < len(norms) and norms[start + length] == ","
                       and norms[start + length + 1] not in _COPULA_MARKS
                       and bool(self._copula_length(norms, start + length + 1)))
            # "A handrail on a staircase, also called a banister in the UK, is a rail ...": the
            # term named only in an alias aside inside the subject, then the copula: the whole
            # subject is the lead-in, and the clause after the copula defines the term too
            aside_end = aside[1] if aside and start == aside[0] and not short else 0
            renamed = renamed or bool(aside_end)
            # "An avalanche transceiver or avalanche beacon is a type of ...": another name
            # first, then "or" and the term right before the copula: the variant read the
            # other way round, as `_or_alias` reads "A leitmotif or leitmotiv is" (one or two
            # words, no function words)
            aliased = (bool(length) and not short and not renamed and start - offset >= 2
                       and norms[start - 1] == "or"
                       and 2 <= len(before) <= 3
                       and all(tokens[i].is_word and norms[i] not in STOPWORDS
                               and norms[i][:1].isalpha() for i in range(
                                   start - len(before), start - 1))
                       and start + length < len(norms)
                       and norms[start + length] not in _COPULA_MARKS
                       and bool(self._copula_length(norms, start + length)))
            if renamed or aliased:
                before, nested = [], False
            if len(before) > modifiers or not renamed and any(
                    not tokens[i].is_word and norms[i] not in _QUOTE_MARKS
                    for i in range(offset, start)) or short and before:
                continue
            end = start + length
            opened = sum(norms[i] in _QUOTE_MARKS for i in range(offset, start))
            while end < len(norms) and norms[end] in _QUOTE_MARKS and opened:
                end += 1  # "'Trade secret' means", "**Cognitive dissonance** is"
                opened -= 1  # but "A circuit breaker 'trips'" opens a quote of its own
            end += renamed  # the comma that closes the term as the other name's alias
            end = aside_end or end  # past the aside's phrase and comma: "in the UK,"
            pronunciation = _pronunciation_length(tokens, norms, end)
            end += pronunciation  # "timbre /ˈtæmbə(r)/ noun"
            if (pronunciation and end + 1 < len(norms) and norms[end] in _PART_OF_SPEECH
                    and not _labels_length(norms, end) and norms[end + 1][:1].isalpha()):
                # "/ˈtæmbər/ noun the quality": after a pronunciation, a part of speech
                # without a mark is the entry's label all the same
                return end + 1 + _entry_labels_length(tokens, norms, end + 1), True
            label = end + (end < len(norms) and norms[end] == ",")
            labels = _labels_length(norms, label)
            if labels:
                end = label + labels  # "trade secret, n. Confidential ...", "n. pl."
                return end + _entry_labels_length(tokens, norms, end), True
            term_end = end
            end = self._after_alias(norms, end)
            end = self._alias_list(norms, end, start)
            end = self._after_appositive(norms, end)
            end = self._after_relative(norms, end)
            end = self._after_listing_relative(tokens, norms, end)
            end = self._after_participle_phrase(norms, end)  # "X, commonly understood as Y, is"
            end = self._after_field_phrase(norms, end)  # "Bycatch, in fishing, is"
            end = self._after_sentence_adverb(norms, end)  # "Estoppel, broadly, is"
            # "(also X), n.", "bylaw or by-law, n.": a variant's comma before the labels
            label = end + (end < len(norms) and norms[end] == ","
                           and (norms[end - 1] == ")" or norms[term_end] == "or"))
            labels = _labels_length(norms, label)
            if labels:
                end = label + labels  # "cooperative (also co-operative) noun: ...", "(also X), n."
                return end + _entry_labels_length(tokens, norms, end), True
            labels = 0 if before or start > offset else _entry_labels_length(tokens, norms, end)
            if labels:
                return end + labels, True  # "rubato [uncountable] (music) the practice ..."
            copula = self._copula_length(norms, end)
            if not copula and not before and not short:
                end = self._noun_after_term(tokens, norms, end)
                copula = self._copula_length(norms, end)
                if not copula and self._genus_after_term(tokens, norms, end):
                    # "Cirrus clouds are short, detached, hair-like clouds ...": the term
                    # modifies a noun that the predicate repeats as its head: the term names
                    # a kind of that noun, and the predicate says which one
                    end += 1
                    copula = self._copula_length(norms, end)
            if (not copula and end + 1 < len(norms) and norms[end] in _VERB_ADVERBS
                    and norms[end + 1] not in _COPULA_MARKS):
                copula = self._copula_length(norms, end + 1)
                end += bool(copula)  # "Mise en place just means", "X usually refers to"
            if not copula and end < len(norms) and norms[end] in _KIND_NOUNS:
                copula = self._copula_length(norms, end + 1)
                end += bool(copula)  # "The urban heat island effect refers to"
            if not copula and end < len(norms) and norms[end] in _PREPOSITIONS:
                # "the opportunity cost of a choice is": a short complement, then the copula;
                # or a short phrase that restricts the term to a setting ("Nepotism in the
                # workplace is", "Recursion in computing is"): the term so restricted is
                # still the subject the copula defines; a bracket inside or after the
                # phrase (a symbol, an abbreviation, a pronunciation: "The viscosity of a
                # fluid (symbol: η) is") is an aside in it and counts no word
                at, words = end + 1, 0
                while at < len(norms) and words < 3:
                    if norms[at] == "(" and words:
                        close = next((i for i in range(at + 1, min(len(norms), at + 10))
                                      if norms[i] in {"(", ")"}), None)
                        if close is None or norms[close] != ")":
                            break
                        at = close + 1
                    elif tokens[at].is_word:
                        at, words = at + 1, words + 1
                    else:
                        break
                    copula = self._copula_length(norms, at)
                    if copula:
                        end = at
                        break
            if (before or short) and not copula:
                continue  # "Good customer ..." without "is" is content, not a lead-in
            if (copula and not renamed and not aliased and not short
                    and (last := norms[start + length - 1]) != self.term_tokens[-1]
                    and (last.endswith("s") or last == latin_plural(self.term_tokens[-1]))
                    and not {"and", "or", "&"}.intersection(before)
                    and any(tokens[i].is_word and not tokens[i].is_stop
                            and norms[i] not in _DISCOURSE_WORDS and not norms[i].endswith("'s")
                            for i in range(offset, start))):
                # "Paranasal sinuses are a group of four paired air-filled spaces ..." for
                # "sinus", "Aneroid barometers are the most common type ...": the term in the
                # plural after a content word that is not part of it names a class of things
                # of one kind; what the sentence says of them does not define the term (a
                # possessive is a determiner, no kind: "Your organization's bylaws are")
                continue
            if not copula and end < len(norms) and norms[end] in {"and", "&"}:
                # "The mortise and tenon joint has been used ...": the term is coordinated
                # with another noun in a subject, a compound's or a pair's; that subject,
                # not the term alone, is what the sentence speaks of
                end = self._near_relative(tokens, norms, end)
                if not end:
                    continue
                copula = 1
            if not copula and _tensed_predicate(tokens, norms, end):
                return 0, False  # "The moratorium on ..., announced in May, will remain ..."
            if not copula and not offset and _composition_predicate(norms, end):
                # "The bagpipe consists of a bag, a blowpipe, ...": what the term is made of,
                # as "is made up of" says (`_passive_predicate`), not what it is
                return 0, False
            if first_words and not self._head_follows(tokens, norms, end + copula):
                continue  # "The heat is oppressive" for "heat island": another thing
            if nested and norms[end] not in _COPULA_MARKS:
                continue  # "The law of torts is": a sentence about the law, not the term
            if gerund and not (copula and end + copula < len(norms)
                               and (norms[end + copula].endswith("ing")
                                    or norms[end + copula] in _EVENT_CLAUSES | {"where"})):
                # a gerund said to be a noun phrase is an activity named after the term, not
                # the term ("Franchising is a method of business expansion", "Lobbying is the
                # act of ..."); one said to be another gerund defines the verb ("Procrastinating
                # means avoiding tasks": to procrastinate is to avoid them), and so does one
                # said to happen when something is done ("Subleasing occurs when the tenant
                # rents ...", "Subleasing is when ..."): the event the term names, as "A
                # sublease occurs when" says
                continue
            if not copula and self._modifies_subject(tokens, norms, end):
                continue  # "Plyometric training uses ...", "Pro bono service means ..."
            if (copula == 1 and not offset and norms[end] in BE_COPULAS
                    and _passive_predicate(norms, end + 1)):
                # "Tenure is granted to faculty members who ...": a passive says what is done
                # with the term, not what it is; the sentence only mentions the term (after a
                # fronted phrase the passive stays: "Unlike a crater, ..., a caldera is
                # produced by collapse" says how the thing the phrase set apart comes about)
                return 0, False
            end += copula
            if copula:
                expansion = self._term_at(tokens, norms, end)  # "VPN — Virtual Private Network."
                hedge = _hedge_length(norms, end)
                if expansion and end + expansion < len(norms) and norms[end + expansion] == ".":
                    end += expansion + 1
                elif short_for := _short_for_length(tokens, norms, end):
                    end += short_for  # "Prenup: Short for prenuptial agreement. A contract"
                elif end < len(norms) and norms[end] in _HEDGES and not hedge:
                    end += 1  # "Sourdough is basically bread ..."
                elif hedge and end + hedge < len(norms):
                    end += hedge  # "Churn rate is in its widest sense a"
                elif (end + 1 < len(norms) and norms[end] in _VERB_ADVERBS
                      and norms[end + 1] in _ARTICLES | _POSSESSIVES):
                    # one adverb that qualifies the copula before a noun phrase ("A gable is
                    # generally the triangular portion of ...", "X is usually a ..."): it says
                    # how often or how strictly the sentence holds, not what the term is
                    end += 1
                elif (norms[end:end + 1] == [","] and (hedge := _hedge_length(norms, end + 1))
                      and norms[end + hedge] == "," and end + hedge + 1 < len(norms)):
                    end += hedge + 1  # "A pathogen is, in the oldest and broadest sense, any"
                elif name := _name_for_length(norms, end):
                    end += name  # "is the name for", "informal term for"
                elif end + 2 < len(norms) and norms[end] == ",":
                    # a longer aside when it sets the term against another thing, up to
                    # `COPULA_ASIDE_WORDS` words: "Sonata is, in contrast to the cantata, a
                    # piece played rather than sung" ("is, in the sense of this Act, any
                    # organism" says in what sense the definition holds: it stays)
                    contrast = any(tuple(norms[end + 1:end + 1 + len(c)]) == c
                                   for c in _CONTRAST_OPENERS)
                    reach = 2 + (COPULA_ASIDE_WORDS if contrast else 4)
                    close = next((i for i in range(end + 2, min(len(norms), end + reach))
                                  if norms[i] == ","), None)
                    if (close is not None and close + 1 < len(norms)
                            and all(t.is_word for t in tokens[end + 1:close])):
                        end = close + 1  # "Chiaroscuro is, in art, the use of ..."
                if (end + 1 < len(norms) and norms[end] in _PLURAL_DEMONSTRATIVES
                        and tokens[end + 1].is_word and not tokens[end + 1].is_stop
                        and not past_participle(norms[end + 1])
                        and not norms[end + 1].endswith("ing")):
                    # "Toucans are those birds with ...", "are basically these ...": the
                    # demonstrative points forward to the noun phrase, so it goes with the
                    # lead-in as a hedge does, and the genus opens the clause. Before a
                    # function word or a participle it is a pronoun, the head that the clause
                    # needs ("Deciduous trees are those that lose their leaves", "those of
                    # ...", "Sunk costs are those incurred ...", "those living in ...")
                    end += 1
            return end, bool(copula)
        return 0, False

    @staticmethod
    def _activity_predicate(tokens: list[Token], norms: list[str], at: int) -> bool:
        """Return whether "is" or "are" at `at`, a hedge at most ("basically"), and a gerund
        follow ("is basically betting against ..."): an activity said to be another."""
        if at >= len(norms) or norms[at] not in {"is", "are"}:
            return False
        at += 1 + (at + 1 < len(norms) and norms[at + 1] in _HEDGES)
        return (at < len(norms) and tokens[at].is_word and not tokens[at].is_stop
                and len(norms[at]) > 5 and norms[at].endswith("ing"))

    @staticmethod
    def _near_relative(tokens: list[Token], norms: list[str], at: int) -> int:
        """Return the position of "are" after the term in the plural, "and" at `at` and one or
        two words naming another kind in the plural, with no verb ("Cormorants and shags are
        medium-to-large aquatic birds"), else 0: the predicate says what each of the two kinds
        is, so it defines the term as well. A singular term is a modifier of a compound's head
        or one of a pair ("The mortise and tenon joint is"), which the subject names. So is a
        predicate opened by "the", "both", "together" or a number ("Lampreys and hagfishes are
        the only living jawless vertebrates", "are the two ..."): it says what the two kinds
        are as a group, not what each of them is, so the coordinated subject stays."""
        if at < 1 or not norms[at - 1].endswith("s") or norms[at] != "and":
            return 0
        for copula in (at + 2, at + 3):
            if (copula < len(norms) and norms[copula] == "are"
                    and all(tokens[i].is_word and not tokens[i].is_stop
                            and norms[i].isalpha() for i in range(at + 1, copula))
                    and norms[copula - 1].endswith("s")
                    and not norms[copula - 1].endswith(("ss", "us", "is"))):
                after = norms[copula + 1] if copula + 1 < len(norms) else ""
                if (after in {"the", "both", "together"} | _NUMBER_WORDS
                        or after[:1].isdigit()):
                    return 0
                return copula
        return 0

    @staticmethod
    def _modifies_subject(tokens: list[Token], norms: list[str], end: int) -> bool:
        """Return whether the term before `end` modifies the head noun of a sentence's subject:
        one or two content words follow it, then a copula or a finite verb in -s before a
        determiner ("Plyometric exercises are quick ...", "Pro bono service means legal
        services ...", "Plyometric training uses the stretch-shortening cycle"). The sentence
        defines or describes another thing, a kind of the term's, so the term alone is no
        headword that the rest defines (as "sourdough bread made with a starter" is)."""
        for at in (end + 1, end + 2):
            if at >= len(norms) or not all(
                    tokens[i].is_word and not tokens[i].is_stop and norms[i].isalpha()
                    for i in range(end, at)):
                return False
            if Analyzer._copula_length(norms, at):
                return True
            word = norms[at]
            if (word.endswith("s") and not word.endswith("ss") and at + 1 < len(norms)
                    and norms[at + 1] in _DETERMINERS):
                return True
        return False

    def _noun_after_term(self, tokens: list[Token], norms: list[str], end: int) -> int:
        """Return where the lead-in goes on when the term at the start of the subject is
        followed by one or two more nouns, then an alias between commas that names the term,
        and a copula ("An allotment garden, often called simply an allotment in the UK, is"
        for "allotment": the longer name and the term are one thing), else `end`. A closed
        bracket may follow the longer name before the alias ("Pro bono publico (English: 'for
        the public good'), usually shortened to pro bono, is"), and an aside of at most eight
        words that ends with the term after a naming word or a participle names it ("usually
        shortened to pro bono"; "near an allotment" does not). So does an alias in brackets
        right before the copula, marked as one, that names the term too ("A keynote speech (or
        keynote address) is": the term is what the two names share)."""
        for words in (1, 2):
            at = end + words
            if at < len(norms) and norms[at] == "(":
                close = next((i for i in range(at + 1, min(len(norms), at + 20))
                              if norms[i] in "()" or tokens[i].sentence != tokens[at].sentence),
                             None)
                if close is not None and norms[close] == ")":
                    if (norms[at + 1] in _ALIAS_MARKERS and close + 1 < len(norms)
                            and self._copula_length(norms, close + 1)
                            and all(tokens[i].is_word and not tokens[i].is_stop
                                    and norms[i].isalpha() for i in range(end, end + words))
                            and any(self._term_at(tokens, norms, i) for i in range(at + 2, close))):
                        return close + 1  # "(or keynote address) is"
                    at = close + 1  # the longer name's gloss or alias in brackets
            if at >= len(norms) or norms[at] != ",":
                continue
            if not all(tokens[i].is_word and not tokens[i].is_stop and norms[i].isalpha()
                       for i in range(end, end + words)):
                return end
            alias = self._after_alias(norms, at)
            if alias > at and self._copula_length(norms, alias) and any(
                    self._term_at(tokens, norms, i) for i in range(at + 1, alias)):
                return alias
            close = next((i for i in range(at + 1, min(len(norms), at + 10))
                          if not tokens[i].is_word), None)
            if (close is not None and norms[close] == "," and close + 1 < len(norms)
                    and self._copula_length(norms, close + 1)
                    and any(self._term_at(tokens, norms, i) == close - i
                            and any(w in _NAMING_WORDS or w.endswith("ed")
                                    for w in norms[at + 1:i])
                            for i in range(at + 2, close))):
                return close + 1  # ", usually shortened to pro bono, is"
            return end
        return end

    @staticmethod
    def _genus_after_term(tokens: list[Token], norms: list[str], end: int) -> bool:
        """Return whether the term before `end` modifies one content word that a copula follows
        and that the predicate repeats, in any inflection, in the same sentence ("Cirrus
        clouds are short, detached, hair-like clouds ..."). "Sauna bathing is a form of
        whole-body heat exposure" repeats no noun: it defines the activity, not the term. The
        copula is "is" or "are", which classes the subject; "Pro bono service means legal
        services ..." glosses the compound as a phrase of its own."""
        if (end + 2 >= len(norms) or not (tokens[end].is_word and not tokens[end].is_stop
                                          and norms[end].isalpha())
                or norms[end + 1] not in BE_COPULAS):
            return False
        sentence = tokens[end].sentence
        return any(same_word(norms[i], norms[end]) for i in range(end + 2, len(norms))
                   if tokens[i].sentence == sentence)

    def _head_follows(self, tokens: list[Token], norms: list[str], at: int) -> bool:
        """Return whether the term's head noun, in any inflection, comes in the sentence from
        `at` ("is the strongest of the corner joints" for "dovetail joint")."""
        head, key = self.term_tokens[-1], self._term_key_list[-1]
        return any(self.key(norms[i]) == key and same_word(norms[i], head)
                   for i in range(at, len(norms)) if tokens[i].sentence == tokens[at].sentence)

    def _term_at(self, tokens: list[Token], norms: list[str], start: int) -> int:
        """Return how many tokens from `start` name the term, or 0: its words (the last one
        also in the plural: "VPNs are"), its initials in capitals ("GDP is"), or, for a term
        that is initials itself ("VPN", "mRNA"), words that spell it ("Virtual private
        networks (VPNs) are", "Abbreviation for virtual private network:", "Messenger RNA
        (mRNA) is")."""
        n = len(self.term_tokens)
        if n and self._ends_term(norms[start:start + n]):
            return n
        words = list(norms[start:start + n + 1])
        for gap in range(1, n if len(words) == n + 1 else 1):
            if words[gap] in _PLACEHOLDERS and self._ends_term(words[:gap] + words[gap + 1:]):
                return n + 1  # a headword with its object: "lay someone off" for "lay off"
        for gap in range(start + 1, start + n):
            if (gap + 2 < len(norms) and norms[gap] == "(" and norms[gap + 2] == ")"
                    and _abbreviation(tokens[gap + 1].surface)
                    and self._ends_term(norms[start:gap] + norms[gap + 3:start + n + 3])):
                return n + 3  # an abbreviation of the words before it: "photovoltaic (PV) cell"
        if self.acronym and start < len(norms) and norms[start] in (
                self.acronym, self.short_acronym) and tokens[start].surface.isupper():
            return 1  # "GDP is ...", "An LC is ..." for "letter of credit"
        if start < len(norms) and self._hyphenated(norms[start]):
            return 1  # "Spear-phishing —" for "spear phishing"
        spaced = self._spaced_at(norms, start)
        if spaced:
            return spaced  # "half life is" for "half-life"
        dotted = self._dotted_at(norms, start)
        if dotted:
            return dotted  # a dictionary's headword in syllables: "cor·nice" for "cornice"
        written = self.term.strip()
        capitals = sum(c.isupper() for c in written)
        initials = self.term_tokens[0] if n == 1 and capitals >= 2 and written.isalpha() else ""
        if 2 <= len(initials) <= 6:
            letters, used = "", 0  # "random-access memory" spells "ram" too
            for token, word in zip(tokens[start:start + len(initials)],
                                   norms[start:start + len(initials)]):
                parts = word.split("-")
                if not all(part.isalpha() for part in parts):
                    break
                # a word in capitals may count with all its letters: "messenger RNA" spells
                # "mrna" ("GROSS DOMESTIC PRODUCT" still spells "gdp")
                whole = (used and token.surface.isupper()
                         and initials[len(letters):].startswith(word))
                letters += word if whole else "".join(part[0] for part in parts)
                used += 1
                if len(letters) >= len(initials):
                    break
            if letters == initials:
                return used
        return 0

    def _short_term_at(self, norms: list[str], start: int) -> int:
        """Return how many tokens from `start` are the last two or more words of a longer term
        ("heat island", "heat islands" for "urban heat island"), or 0."""
        for n in range(len(self.term_tokens) - 1, 1, -1):
            if self._ends_term(norms[start:start + n], n):
                return n
        return 0

    def _ends_term(self, words: Sequence[str], n: int = 0, derived: bool = False) -> bool:
        """Return whether `words` are the term's last `n` words (all of them when `n` is 0),
        the last one also in the plural ("VPNs", "heat islands"). The last word, the head, is
        the term's in any inflection or spelling, not a word derived from it that shares its
        stem ("Franchising is" for "franchise", "Load balancing is" for "load balancer":
        another thing), unless `derived`; a word before it may be derived
        ("An escalation clause is" for "escalator clause": the same kind of thing)."""
        keys = self._term_key_list[-n:] if n else self._term_key_list
        if len(words) != len(keys) or [self.key(w) for w in words[:-1]] != keys[:-1]:
            return False
        last = self.term_tokens[-1]
        return words[-1] in (last + "s", last + "es") or words[-1] == latin_plural(last) or (
            self.key(words[-1]) == keys[-1] and (derived or self._same_term_word(words[-1], last)))

    def _gerund_of_term(self, words: Sequence[str]) -> bool:
        """Return whether `words` are the term with its head as a gerund ("Counterfeiting"
        for "counterfeit", "Franchising" for "franchise"): a heading so worded heads the
        definition of an activity named after the term, as "Franchising is ..." does (see
        `_lead_in_from`), not of the term."""
        return (bool(words) and words[-1].endswith("ing")
                and not self.term_tokens[-1].endswith("ing")
                and self._ends_term(words, derived=True))

    def _sibling_derivative(self, word: str) -> bool:
        """Return whether `word` is another abstract noun made from the root of a one-word
        term that is one itself ("mentoring" for "mentorship", "settling" for "settlement"):
        both end in a derivational suffix (`_ABSTRACT_SUFFIXES`) after the same root of at
        least `SIBLING_ROOT` letters. A word without such a suffix ("mentor", "franchising"
        for "franchise") names another thing."""
        if len(self.term_tokens) != 1 or word == self.term_tokens[0]:
            return False
        roots = [_abstract_root(w) for w in (word, self.term_tokens[0])]
        return all(roots) and stem(roots[0]) == stem(roots[1])

    @staticmethod
    def _same_term_word(norm: str, word: str) -> bool:
        """Return whether `norm`, whose key is that of the term's `word`, is that word rather
        than one derived from it (see `same_word`); a synonym the data file gives has another
        stem and counts."""
        return same_word(norm, word) or stem(_unaccented(norm)) != stem(_unaccented(word))

    def _define_as(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of a lead-in that says who defines the term ("Developmental
        researchers define resilience as ...", "Think of a co-op as ..."), or 0."""
        if norms[:2] == ["think", "of"]:  # "Think of a co-op as a member-owned business"
            at = 2 + (len(norms) > 2 and norms[2] in _ARTICLES)
            length = self._term_at(tokens, norms, at)
            end = at + length
            if length and end < len(norms) and norms[end] == "as":
                return end + 1
        for at in range(1, min(len(norms), 6)):
            if norms[at] in {"define", "defines"} and all(t.is_word for t in tokens[:at]):
                length = self._term_at(tokens, norms, at + 1)
                end = at + 1 + length
                if length and end < len(norms) and norms[end] == "as":
                    return end + 1
        return 0

    def _example_first(self, tokens: list[Token], norms: list[str]) -> int:
        """Return the length of an example in the imperative and the sentence after it that
        points back to it and names the term, up to the mark before the definition ("Think
        of the Imperial March ... That's a leitmotif — a musical signature ..."), or 0."""
        for at in range(1, len(norms)):
            if tokens[at].sentence == tokens[at - 1].sentence:
                continue
            if tokens[at].sentence > tokens[0].sentence + 3:
                break
            for phrase in sorted(_POINTING_BACK, key=len, reverse=True):
                if tuple(norms[at:at + len(phrase)]) != phrase:
                    continue
                term = at + len(phrase)
                term += term < len(norms) and norms[term] in _ARTICLES
                length = self._term_at(tokens, norms, term)
                mark = term + length
                if length and mark + 1 < len(norms) and norms[mark] in ":—–-,":
                    return mark + 1
                break
        return 0

    @classmethod
    def _pronoun_lead_in(cls, norms: list[str]) -> int:
        """Return the length of an informal lead-in that names the term by "it" ("It's when
        ...", "Basically it means ...", "It is basically ...", "Think of it as ..."), or 0."""
        at = 0
        if norms[at] in _DISCOURSE_WORDS:
            at += 1 + (at + 1 < len(norms) and norms[at + 1] == ",")
        # "its" for "it's": the possessive is followed by a noun, never by an article or a
        # hedge ("basically its a fungus", "its the spinning cup thing", "its just ..."), nor
        # by an adverb of emphasis and an article ("its literally the board you ..."), nor by
        # a demonstrative ("its that annoying rain thats so fine ..."), nor by adverbs of
        # emphasis and then a hedge ("its literally just chocolate and cream")
        emphasis = (at + 2 < len(norms) and norms[at + 1] in _EMPHASIS_ADVERBS
                    and norms[at + 2] in _ARTICLES | _HEDGES)
        if at < len(norms) and (norms[at] == "it's" or norms[at] == "its" and at + 1 < len(norms)
                                and (norms[at + 1] in _ARTICLES | _HEDGES | _DEMONSTRATIVES
                                     | {"when", "where", "like"} or emphasis)):
            at += 1
        elif at < len(norms) and norms[at] == "it" and cls._copula_length(norms, at + 1):
            at += 1 + cls._copula_length(norms, at + 1)
        elif at + 2 < len(norms) and norms[at] in IMPERATIVES and (
                norms[at + 1:at + 3] == ["it", "as"]
                or norms[at + 1:at + 4] == ["of", "it", "as"]):
            # "Think of it as a small radio you wear ...", "Imagine it as ...": the reader is
            # told what the term is, as "It's a small radio ..." tells
            return at + 3 + (norms[at + 1] == "of")
        else:
            return 0
        if (at + 1 < len(norms) and norms[at] in _EMPHASIS_ADVERBS
                and norms[at + 1] in _ARTICLES):
            return at + 1  # "it's literally the board ...": the speaker's emphasis, no sense
        if (at + 2 < len(norms) and norms[at] in _EMPHASIS_ADVERBS
                and norms[at + 1] in _HEDGES and norms[at + 2][:1].isalnum()):
            return at + 2  # "its literally just chocolate and cream": emphasis and a hedge
        return at + (at < len(norms) and norms[at] in _DISCOURSE_WORDS)

    def _after_alias(self, norms: list[str], end: int) -> int:
        """Return where the lead-in goes on after the term at `end`: past a short alias in
        brackets, or between commas after "or", "short for", "also/sometimes/often ...", when a
        copula follows it ("Gross domestic product (GDP) is", "Biodiversity, short for
        biological diversity, is"), else `end`. An apposition ("X, the provision of ..., is")
        is not an alias. Brackets and a pair of dashes may hold anything short ("An octave
        (Latin 'octavus', eighth) is", "Fossil fuels — coal, oil and gas — are"), and an alias
        between commas may follow them ("A sommelier (/ˌsʌməlˈjeɪ/), or wine steward, is").
        An alias between commas goes on the lead-in before any other verb too ("Sommeliers,
        also known as wine stewards, work in ...")."""
        if end + 1 >= len(norms):
            return end
        if norms[end] == "or":
            return self._or_alias(norms, end)
        opening = norms[end]
        bracketed = opening in _PAIRED
        if bracketed or (opening == "," and norms[end + 1] in _ALIAS_MARKERS):
            close = _PAIRED.get(opening, ",")
            # a named alias may be long: "sometimes called a synonym dictionary or dictionary
            # of synonyms"; another aside after "or"/"often" is short or no alias
            # ("often simply called a rip"): the naming word may come after two adverbs
            named = not bracketed and bool(_NAMING_WORDS.intersection(norms[end + 1:end + 4]))
            limit = end + (20 if bracketed else 16 if named else 8)
            at = end + 1
            depth = norms[at] == opening == "("
            while at + 1 < min(len(norms), limit):
                at += 1
                if opening == "(" and norms[at] in "()":
                    # brackets inside the aside are balanced: "(bye-law, by(e)-law,
                    # by(e)law)" ends at the last ")"
                    depth += 1 if norms[at] == "(" else -1
                    if depth >= 0:
                        continue
                if not bracketed and norms[at] == "(":
                    # an abbreviation of the alias: "also known as an immunoglobulin (Ig),
                    # is"; another name, marked as one, may be longer: "called a rip (or by
                    # the misnomer rip tide), is"
                    reach = 12 if at + 1 < len(norms) and norms[at + 1] in _ALIAS_MARKERS else 6
                    closing = next((i for i in range(at + 1, min(len(norms), at + reach))
                                    if norms[i] in ")(" or norms[i] in SENTENCE_END), None)
                    if closing is None or norms[closing] != ")":
                        break
                    limit += closing - at + 1
                    at = closing
                    continue
                if norms[at] == close:
                    if bracketed:
                        alias = self._after_alias(norms, at + 1)
                        if alias > at + 1 and norms[at + 1] in {",", "or"}:
                            # "(/ˌsʌməlˈjeɪ/), or wine steward, is", "(from Ancient Greek
                            # ...) or heuristic technique is"
                            return alias
                        apposed = self._after_appositive(norms, at + 1)
                        if apposed > at + 1:
                            return apposed  # "(2FA), a type of multi-factor ... (MFA), is"
                        field = self._after_field_phrase(norms, at + 1)
                        if field > at + 1:
                            return field  # "(or by-catch), in the fishing industry, is"
                    after = at + 1
                    while after < len(norms) and norms[after] in _QUOTE_MARKS:
                        after += 1  # "**urban heat island (UHI)** is"
                    # a dictionary's headword with a variant in brackets, then a comma and
                    # its part of speech: "ghostwriter (also ghost writer), n. someone who"
                    if (bracketed and after + 1 < len(norms) and norms[after] == ","
                            and norms[after + 1] not in _COPULA_MARKS
                            and self._copula_length(norms, after + 1)):
                        return after + 1  # "A by-law (bye-law, ...), is": a stray comma
                    label = after + (bracketed and after < len(norms) and norms[after] == ",")
                    followed = self._copula_length(norms, after) or _labels_length(norms, label)
                    if (followed and opening in "—–" and norms[end + 1] == "the"
                            and norms[after] not in _COPULA_MARKS
                            and not self._predicate_defines(norms, after, followed)
                            and after + 1 < len(norms)
                            and norms[after + 1] not in _DETERMINERS):
                        # "usury — the taking of any interest on a loan — was treated as a
                        # sin": a noun phrase with "the" between dashes identifies the term,
                        # and the predicate after it says something else: the noun phrase is
                        # the definition, as between commas (see `_after_appositive`). A noun
                        # phrase after the copula is the definition ("mRNA — the 'messenger'
                        # — is the class of RNA molecules ..."): the dashes hold an aside
                        return end
                    # between commas the alias is marked as one: the sentence's verb may follow
                    # it ("Sommeliers, also known as wine stewards, work in restaurants")
                    predicate = (not bracketed and after < len(norms)
                                 and norms[after][:1].isalpha() and norms[after] not in _ARTICLES)
                    return after if followed or predicate else end
                if not bracketed and (norms[at] in SENTENCE_END or not norms[at][:1].isalnum()):
                    break  # a bracket may hold an abbreviation: "(pl. momenta; symbol p)"
        return end

    def _alias_list(self, norms: list[str], end: int, start: int = 0) -> int:
        """Return where the lead-in goes on past a list of other names of the term after it at
        `end`, else `end`: after a comma, short noun phrases that each hold the term's head
        noun, the last after "or" (", or" too), then a copula ("A cover letter, covering
        letter, motivation letter, motivational letter or letter of motivation is a letter
        ..."). One indefinite article before the term (at `start`) over bare names of a few
        words each, then "is", names one thing whatever its names' heads ("A weather vane,
        wind vane, or weathercock is an instrument ..."); "A cover letter, a resume or a
        portfolio is" lists several."""
        if end >= len(norms) or norms[end] != "," or not self.term_tokens:
            return end
        head = self.term_tokens[-1]
        one = 0 < start <= end and norms[start - 1] in {"a", "an"}
        at, last, bare = end, False, True
        while at < len(norms) and norms[at] in {",", "or"} and not last:
            at += norms[at] == "," and at + 1 < len(norms) and norms[at + 1] == "or"
            last = norms[at] == "or"
            stop = next((i for i in range(at + 1, min(len(norms), at + 6))
                         if not norms[i][:1].isalnum() or norms[i] == "or"
                         or self._copula_length(norms, i)), None)
            if stop is None or stop == at + 1:
                return end
            words = norms[at + 1:stop]
            plain = one and len(words) <= 3 and all(w.isalpha() and w not in STOPWORDS
                                                    for w in words)
            if not plain and not any(same_word(w, head) for w in words):
                return end
            bare = bare and plain
            at = stop
        copula = self._copula_length(norms, at)
        if bare and norms[at] in {"are", "were"}:
            return end  # "A fox, badger or stoat are ...": more than one thing
        return at if last and copula and norms[at] not in _COPULA_MARKS else end

    @classmethod
    def _after_appositive(cls, norms: list[str], end: int) -> int:
        """Return where the lead-in goes on past a noun phrase between commas after the term
        at `end` that a copula follows, when the predicate after it is the definition, else
        `end`: the noun phrase opens with "a" or "an", so it classes or remarks on the term
        ("Vertigo, a subtype of dizziness, is defined as a false perception of ...",
        "Cross-docking, a strategy made famous by Wal-Mart, is a distribution system ..."),
        or the copula says it defines ("is defined as", "refers to", "means"), or a gerund
        after a bare "is" names the activity the term is ("Fresco, the dominant technique of
        Italian wall painting from the 13th to the 16th century, is painting on freshly
        spread lime plaster ..."): the appositive is then an aside, which may hold a
        bracketed abbreviation ("a type of multi-factor authentication (MFA)"). One that opens
        with "the"
        before a bare "is" and a noun phrase identifies the term and is its definition ("Mise
        en place, the gathering and preparation of ..., is the foundation of ...": see
        `synthesize._appositive_end`)."""
        if end + 2 >= len(norms) or norms[end] != "," or norms[end + 1] not in _ARTICLES:
            return end
        close, limit = None, min(len(norms), end + APPOSITIVE_TOKENS)
        i = end + 2
        while i < limit:
            if norms[i] == "(" and ")" in norms[i + 1:limit]:
                i = norms.index(")", i + 1, limit) + 1  # "a type of ... (MFA), is": passed over
                continue
            if not norms[i][:1].isalnum() and norms[i] != "'":
                close = i
                break
            i += 1
        if close is None or norms[close] != ",":
            return end
        copula = cls._copula_length(norms, close + 1)
        if not copula or norms[close + 1] in _COPULA_MARKS:
            return end
        defines = cls._predicate_defines(norms, close + 1, copula)
        participle = norms[close + 2] if close + 3 < len(norms) else ""
        if (copula == 1 and norms[close + 1] in BE_COPULAS and participle.isalpha()
                and participle.endswith(("ed", "en")) and norms[close + 3] in ("by", "with")):
            # "Glaucoma, a progressive optic neuropathy, is characterized by ...": a passive
            # says what marks or causes the term, not what it is; the appositive that classes
            # it is the definition (`synthesize._appositive_end` ends the clause at its comma)
            return end
        return close + 1 if norms[end + 1] in {"a", "an"} or defines else end

    @staticmethod
    def _predicate_defines(norms: list[str], at: int, copula: int) -> bool:
        """Return whether the copula at `at` (`copula` tokens long) after an appositive of the
        term says that what follows defines it: a copula that says so ("is defined as",
        "refers to", "means"), or a bare "is" before a gerund that names the activity the
        term is ("is painting on freshly spread lime plaster"). A bare "is" or "was" before
        anything else says something of the term that the appositive identified."""
        if copula > 1 or norms[at] not in BE_COPULAS:
            return True
        predicate = norms[at + 1] if at + 1 < len(norms) else ""
        return (predicate.endswith("ing") and predicate.isalpha() and len(predicate) > 5
                and predicate not in STOPWORDS and not predicate.endswith("thing"))

    @classmethod
    def _after_participle_phrase(cls, norms: list[str], end: int) -> int:
        """Return where the lead-in goes on past a participle phrase between commas after the
        term at `end` that a copula follows, else `end`: adverbs at most ("most commonly",
        "often"), a past participle or a word in "-ing" (after an adverb, any word that is no
        function word: "commonly understood"), words up to the closing comma, then
        the copula ("Pedagogy, most commonly understood as the approach to teaching, is the
        theory and practice of learning ..."). Like an appositive (`_after_appositive`), it is
        an aside on the term; the predicate after the copula is what the sentence says it is."""
        if end + 3 >= len(norms) or norms[end] != ",":
            return end
        at = end + 1
        while at < len(norms) and (norms[at] in _VERB_ADVERBS or norms[at] in {"most", "more"}
                                   or norms[at] in _TIME_ADVERBS
                                   or len(norms[at]) > 4 and norms[at].endswith("ly")):
            at += 1
        word = norms[at] if at < len(norms) else ""
        # after an adverb the verb may be an irregular participle no list holds ("most
        # commonly understood as", "often thought of as"): a word that is no function word
        verb = at > end + 1 and word.isalpha() and word not in STOPWORDS
        if not (verb or past_participle(word) or word.isalpha() and len(word) > 5
                and word.endswith("ing") and word not in STOPWORDS):
            return end
        return cls._copula_after_aside(norms, at + 1, end) or end

    @classmethod
    def _after_field_phrase(cls, norms: list[str], end: int) -> int:
        """Return where the lead-in goes on past a field phrase between commas after the term
        at `end` that a copula follows, else `end`: "in" and at most five words, none a mark,
        then a comma and a copula ("Bycatch (or by-catch), in the fishing industry, is a fish
        ...", as "Chiaroscuro is, in art, the use of ..." puts it after the copula)."""
        if end + 3 >= len(norms) or norms[end] != "," or norms[end + 1] != "in":
            return end
        close = next((i for i in range(end + 2, min(len(norms), end + 8))
                      if not norms[i][:1].isalnum()), None)
        if close is None or close == end + 2 or norms[close] != "," \
                or not cls._copula_length(norms, close + 1) or norms[close + 1] in _COPULA_MARKS:
            return end
        return close + 1

    @classmethod
    def _after_sentence_adverb(cls, norms: list[str], end: int) -> int:
        """Return where the lead-in goes on past a sentence adverb between commas after the
        term at `end` that a copula follows, else `end`: one word in "-ly" (with "speaking"
        at most) or a sentence adverb ("Estoppel, broadly, is the principle ...", "X,
        strictly speaking, is", "X, however, is"), as a field phrase is passed over."""
        if end + 3 >= len(norms) or norms[end] != ",":
            return end
        word = norms[end + 1]
        if not (word.isalpha() and len(word) > 4 and word.endswith("ly")
                or word in _SENTENCE_ADVERBS):
            return end
        close = end + 2 + (norms[end + 2] == "speaking" and word.endswith("ly"))
        if close + 1 >= len(norms) or norms[close] != "," \
                or not cls._copula_length(norms, close + 1) or norms[close + 1] in _COPULA_MARKS:
            return end
        return close + 1

    @classmethod
    def _after_relative(cls, norms: list[str], end: int) -> int:
        """Return where the lead-in goes on past a relative clause between commas after the
        term at `end` that a copula follows, else `end`: "which", "who", "whose", "where" or a
        preposition and "which" or "whom", words up to the closing comma, then the copula ("The
        dovetail, in which flared tails on one board fit between pins on the other, is the
        strongest of the corner joints"). Like an appositive (`_after_appositive`), it is an
        aside on the term; the predicate after the copula is what the sentence says it is."""
        if end + 3 >= len(norms) or norms[end] != ",":
            return end
        opening = end + 1 + (norms[end + 1] in _PREPOSITIONS)
        if norms[opening] not in _RELATIVE_OPENERS or opening > end + 1 \
                and norms[opening] not in {"which", "whom", "whose"}:
            return end
        after = cls._copula_after_aside(norms, opening + 1, end)
        return after if after and after != opening + 2 else end  # a word or more after "which"

    @classmethod
    def _after_listing_relative(cls, tokens: list[Token], norms: list[str], end: int) -> int:
        """Return where the lead-in goes on past a relative clause between commas after the
        term at `end` whose words hold commas of their own (a list: "Lintels, which may be of
        steel, precast concrete or timber, carry the weight ..."), else `end`: the closing
        comma is the first that a copula follows, or a verb that agrees with the term (bare
        after a plural term, in -s after a singular one) and then its object (an article, a
        possessive, "it" or "them"). The aside is the term's; what follows it is the
        sentence's predicate, a copula's definition or what the term does."""
        if end + 3 >= len(norms) or norms[end] != "," or norms[end + 1] not in {"which", "who"}:
            return end
        plural = norms[end - 1].endswith("s")
        for close in range(end + 2, min(len(norms) - 2, end + APPOSITIVE_TOKENS)):
            if tokens[close].sentence != tokens[end].sentence:
                return end
            if not tokens[close].is_word and norms[close] not in {",", "'"}:
                return end
            if norms[close] != ",":
                continue
            if cls._copula_length(norms, close + 1) and norms[close + 1] not in _COPULA_MARKS:
                return close + 1
            verb, after = norms[close + 1], norms[close + 2]
            if (verb.isalpha() and not tokens[close + 1].is_stop
                    and not verb.endswith(("ly", "ed", "ing", "ss"))
                    and verb.endswith("s") != plural
                    and after in _ARTICLES | _POSSESSIVES | {"it", "them"}):
                return close + 1
        return end

    @classmethod
    def _copula_after_aside(cls, norms: list[str], start: int, end: int) -> int:
        """Return the position after the comma that closes an aside of words from `start`
        (the aside opened at the comma at `end`, at most `APPOSITIVE_TOKENS` tokens on) when a
        copula follows that comma, else 0: the lead-in then goes on to the copula's end."""
        for close in range(start, min(len(norms), end + APPOSITIVE_TOKENS)):
            if norms[close] == ",":
                break
            if not norms[close][:1].isalnum() and norms[close] != "'":
                return 0
        else:
            return 0
        if not cls._copula_length(norms, close + 1) or norms[close + 1] in _COPULA_MARKS:
            return 0
        return close + 1

    def _or_alias(self, norms: list[str], end: int) -> int:
        """Return where the lead-in goes on past a variant of the term joined by "or" at `end`
        ("leitmotif or leitmotiv n. a ...", "A leitmotif or leitmotiv (/IPA/) is a ...",
        "bylaw or by-law, n. a ..."), else `end`: one or two words, no function words, then a
        part-of-speech label (after a comma at most), a bracket or an alias between commas
        that a copula follows, or a copula. A longer phrase ("Bitcoin or any other currency
        is") is another thing, not a variant, and so is one with an article ("leitmotif or a
        theme is"), unless it repeats a word of the term: "A sabbatical or a sabbatical year
        is", "A stock split or stock divide increases the number of shares": such a variant
        names the term again, and may be the subject of any verb in -s before a determiner,
        as the term alone would be."""
        article = end + 1 < len(norms) and norms[end + 1] in _ARTICLES
        first = end + 1 + article
        for words in (1, 2):
            after = first + words
            if after >= len(norms) or not all(w[:1].isalpha() and w not in STOPWORDS
                                             for w in norms[first:after]):
                break
            repeats = any(self.key(w) == key and same_word(w, word) for w in norms[first:after]
                          for key, word in zip(self._term_key_list, self.term_tokens))
            if article and not repeats:
                continue
            if self._copula_length(norms, after) and norms[after] not in _COPULA_MARKS \
                    or _labels_length(norms, after):
                return after
            if norms[after] == "," and _labels_length(norms, after + 1):
                return after  # "bylaw or by-law, n.": the comma goes with the labels
            if norms[after] in ("(", "[", ","):
                alias = self._after_alias(norms, after)
                if alias > after:
                    # "or leitmotiv (/ˈlaɪtmoʊˌtiːf/) is", "or heat wave, sometimes
                    # described as extreme heat, is"
                    return alias
            verb = norms[after]
            if (repeats and verb.isalpha() and verb.endswith("s") and not verb.endswith("ss")
                    and verb not in STOPWORDS and after + 1 < len(norms)
                    and norms[after + 1] in _DETERMINERS):
                return after  # "A stock split or stock divide increases the number ..."
        # a longer variant that ends with the term itself, then a copula: "A bellows or pair
        # of bellows is a device ...": it names the term again, however it counts it
        n = len(self.term_tokens)
        for after in range(first + n + 1, min(len(norms), first + n + 4) + 1):
            if not all(w[:1].isalpha() for w in norms[first:after]):
                break
            if (self._ends_term(norms[after - n:after]) and after < len(norms)
                    and self._copula_length(norms, after) and norms[after] not in _COPULA_MARKS):
                return after
        return end

    @staticmethod
    def _copula_length(norms: list[str], at: int) -> int:
        if at < len(norms) and norms[at] in _COPULA_MARKS:
            return 1
        hedged = _hedged_copula_length(norms, at)  # "can be thought of as", before "is"
        if hedged:
            return hedged
        for copula in _COPULAS:
            if tuple(norms[at:at + len(copula)]) == copula:
                return len(copula)
        if at + 1 < len(norms) and norms[at] in _EVENT_COPULAS and norms[at + 1] in _EVENT_CLAUSES:
            return 1  # "Jet lag occurs when ...": the "when" clause defines, as after "is"
        return 0


def _hedged_copula_length(norms: Sequence[str], at: int) -> int:
    """Return the length of a hedged copula of a definition at `at`, or 0: "is", "are", "was",
    "were" or a modal and "be" (an adverb at most after each), then a participle of saying or
    regarding and its "as" ("can be thought of as", "may be described as", "is regarded as",
    "is best described as", "is considered (to be)"). Like "is defined as", it says that what
    follows is what the term is; a bare "considered" needs a determiner after it ("is
    considered the ...", not "is considered harmful")."""
    i = at
    if i < len(norms) and norms[i] in MODAL_VERBS:
        i += 1
        i += i < len(norms) and norms[i] in _HEDGED_ADVERBS
        if norms[i:i + 1] != ["be"]:
            return 0
    elif not (i < len(norms) and norms[i] in BE_COPULAS):
        return 0
    i += 1
    i += i < len(norms) and norms[i] in _HEDGED_ADVERBS
    for tail in _REGARDING_PARTICIPLES.get(norms[i] if i < len(norms) else "", ()):
        end = i + 1 + len(tail)
        if tuple(norms[i + 1:end]) == tail and end < len(norms) \
                and (tail or norms[end] in _DETERMINERS):
            return end - at
    return 0


def content_ngrams(tokens: tuple[Token, ...], min_n: int = 1, max_n: int = 4):
    """Yield (start, end, keys) for runs of min_n..max_n consecutive content words in a clause.

    `start`/`end` index `tokens` (end exclusive); stopwords inside the run are skipped in `keys`
    but kept in the span, so "products or services" has keys ("product", "servic").
    """
    content = [(i, t) for i, t in enumerate(tokens) if t.is_content]
    for a in range(len(content)):
        for n in range(min_n, max_n + 1):
            b = a + n - 1
            if b >= len(content):
                break
            if content[b][1].clause != content[a][1].clause:
                break
            yield content[a][0], content[b][0] + 1, tuple(t.key for _, t in content[a:b + 1])


def span_text(text: str, tokens: tuple[Token, ...], start: int, end: int) -> str:
    """Return the words of tokens[start:end] as written in the text."""
    return text[tokens[start].start:tokens[end - 1].end]
