"""The text layer: tokens, stems, stopwords, lead-ins and n-grams."""

from __future__ import annotations

from cs_define.text import Analyzer, content_ngrams, stem


def keys(analyzer, text):
    return [t.key for t in analyzer.content(text)]


def definition(term, text):
    """The words of `text` past its lead-in, as `Analyzer(term)` reads it."""
    return " ".join(t.surface for t in Analyzer(term).tokens(text) if not t.lead_in)


def test_plural_and_singular_meet_and_surface_forms_are_kept():
    analyzer = Analyzer()
    (a,) = analyzer.content("interactions")
    (b,) = analyzer.content("Interaction")
    assert a.key == b.key
    assert (a.surface, b.surface) == ("interactions", "Interaction")


def test_stopwords_and_punctuation_are_not_content():
    assert keys(Analyzer(), "The set of all the things, and more.") == ["set", "thing"]


def test_abbreviated_function_words_are_not_content():
    # every abbreviation the tokenizer keeps whole is a function word ("wearing away, esp. of
    # the soil": "esp." counted as a word half the sources use in a set of glossary entries)
    text = "rock, esp. sand (incl. silt, approx. 2 mm), e.g. clay, i.e. mud, etc. vs. cf. viz. ice"
    assert keys(Analyzer(), text) == ["rock", "sand", "silt", "2", "mm", "clay", "mud", "ice"]


def test_contractions_of_pronouns_and_negated_verbs_are_not_content():
    text = "you've spent it, you'll see, they'd say, she's gone, won't work, can't get back"
    assert keys(Analyzer(), text) == ["spent", "see", "say", "gone", "work", "get", "back"]


def test_term_stopwords_extend_the_default_list():
    analyzer = Analyzer(stopwords=["things"])
    assert keys(analyzer, "the set of things") == ["set"]


def test_synonyms_share_a_key():
    analyzer = Analyzer(synonyms=[["sale", "purchase"]])
    assert keys(analyzer, "after the purchase") == keys(analyzer, "after the sales")


def test_nfkc_and_curly_apostrophes():
    analyzer = Analyzer()
    assert [t.norm for t in analyzer.tokens("ﬁne customer’s")] == ["fine", "customer's"]


def test_lead_in_variants_are_not_content():
    analyzer = Analyzer("cloud computing")
    for text in (
        "Cloud computing is a model for enabling access",
        "The definition of cloud computing is a model for enabling access",
        "Good cloud computing is a model for enabling access",
        "Cloud computing: a model for enabling access",
        "Cloud Computing refers to a model for enabling access",
        "In computer science, cloud computing is a model for enabling access",
        "In IT, the cloud computing of a firm is a model for enabling access",
        "Cloud computing represents a model for enabling access",
        "Informally, cloud computing is a model for enabling access",
    ):
        assert keys(analyzer, text) == ["model", "enabl", "access"], text


def test_a_field_named_first_is_a_lead_in_only_with_a_copula():
    analyzer = Analyzer("cloud computing")
    # no copula: "In short," is content like any other opening
    assert keys(analyzer, "In short, cloud computing everywhere")[:1] == ["short"]
    assert keys(analyzer, "In computer science, a model for enabling access")[:2] == ["comput", "scienc"]
    # after the comma only an article may come before the term
    assert keys(analyzer, "Smile, and cloud computing is easy")[:2] == ["smile", "cloud"]


def test_an_opening_prepositional_phrase_without_a_comma_is_lead_in():
    # "For the purpose of this Convention wetlands are areas of marsh ..." was not stripped
    # (with a comma after "Convention" it was): the whole sentence was the defining clause
    analyzer = Analyzer("wetland")
    for text in ("For the purpose of this Convention wetlands are areas of marsh.",
                 "For the purpose of this Convention, wetlands are areas of marsh.",
                 "Under this policy a wetland means areas of marsh.",
                 "**Wetland** — In this Act wetlands are areas of marsh."):
        assert keys(analyzer, text) == ["area", "marsh"], text
    assert keys(Analyzer("contract"), "In law a contract is an agreement.") == ["agreement"]
    # a phrase that may run on into the subject ("coastal wetlands"), a hedge, or no copula
    for text in ("In coastal wetlands are found many birds.",
                 "In general wetlands are wet.",
                 "For the purpose of this Convention wetlands matter."):
        assert not any(t.lead_in for t in analyzer.tokens(text)), text


def test_a_short_phrase_restricting_the_term_before_the_copula_is_lead_in():
    # nepotism (HR site): "Nepotism in the workplace is favouritism shown to family members"
    # was read as "in the workplace is favouritism ...": only "Nepotism" was stripped
    analyzer = Analyzer("nepotism")
    for text in ("Nepotism in the workplace is favouritism shown to family members.",
                 "Nepotism in politics is favouritism shown to family members."):
        assert keys(analyzer, text)[:2] == [stem("favouritism"), "shown"], text
    # a longer phrase, a passive or no copula leave the phrase to the clause
    for text in ("Nepotism in the offices of the largest firms is favouritism shown.",
                 "Nepotism in the workplace is banned by law.",
                 "Nepotism in the workplace harms morale."):
        assert "workplace" not in [t.norm for t in analyzer.tokens(text) if t.lead_in] and \
            "firms" not in [t.norm for t in analyzer.tokens(text) if t.lead_in], text


def test_a_bracket_in_or_after_a_phrase_restricting_the_term_is_lead_in():
    # viscosity: "The viscosity of a fluid (symbol: η) is a measure of its resistance to
    # deformation" was read as "of a fluid ( symbol : η ) is a measure ...": the bracket stopped
    # the restricting phrase; a symbol, an abbreviation or a pronunciation counts no word
    for text in ("The viscosity of a fluid (symbol: η) is a measure of its resistance.",
                 "The viscosity of a (Newtonian) fluid is a measure of its resistance.",
                 "Viscosity in fluids (η) is a measure of its resistance."):
        assert definition("viscosity", text) == "a measure of its resistance .", text
    # a passive or no copula after the bracket leave the phrase to the clause
    for text in ("The viscosity of a fluid (symbol: η) is obtained from tables.",
                 "The viscosity of a fluid (symbol: η) rises as it cools."):
        assert "fluid" not in [t.norm for t in Analyzer("viscosity").tokens(text)
                               if t.lead_in], text


def test_an_inverted_definition_is_its_subject_and_the_tail_that_names_the_term_is_none():
    # "Clouds of gas and dust that glow, reflect starlight or block it are called nebulae;
    # ..." was read whole as the defining clause, and a path ended "... are called nebulae"
    from cs_define.synthesize import defining_clause, further_clauses, opens_definition

    def clause(term, text):
        tokens = Analyzer(term).tokens(text)
        found = defining_clause(tokens)
        assert opens_definition(tokens, found) and not further_clauses(tokens, found)
        return " ".join(t.surface for t in found), [t.surface for t in tokens if t.is_content]

    assert clause("nebula", "Clouds of interstellar gas and dust that glow, reflect starlight or "
                  "block it are called nebulae; emission nebulae shine.") == (
        "Clouds of interstellar gas and dust that glow , reflect starlight or block it",
        ["Clouds", "interstellar", "gas", "dust", "glow", "reflect", "starlight", "block",
         "emission", "nebulae", "shine"])
    for text in ("A word that reads the same backwards is known as a palindrome.",
                 "Words that read the same backwards are commonly called 'palindromes', after "
                 "the Greek.",
                 "palindrome, n.: Words that read the same backwards are termed palindromes."):
        assert clause("palindrome", text)[0] in ("A word that reads the same backwards",
                                                 "Words that read the same backwards"), text
    # another name than the term, a subject of one content word, a condition after the term
    # (the definition), a fronted phrase or the term's own lead-in make no inverted definition
    for text in ("Words that read the same backwards are called ambigrams.",
                 "Words are called palindromes when they read the same backwards.",
                 "A string is called a palindrome.",
                 "A long string is called a palindrome if it equals its own reverse.",
                 "In English, words that read the same are called palindromes.",
                 "A palindrome is a word. Such words are called palindromes."):
        assert "called" not in [t.norm for t in Analyzer("palindrome").tokens(text)
                                if t.lead_in], text


def test_a_term_in_a_phrase_after_another_noun_is_no_lead_in():
    # "The law of torts is concerned with obligations ..." read "The law of torts is" as the
    # lead-in: the subject is the law, not a tort
    from cs_define.synthesize import defining_clause, opens_definition

    analyzer = Analyzer("tort")
    for text in ("The law of torts is concerned with obligations imposed by law.",
                 "The history of tort is a long one."):
        tokens = analyzer.tokens(text)
        assert not any(t.lead_in for t in tokens), text
        assert not opens_definition(tokens, defining_clause(tokens))
    # the term named as a kind of thing, or heading an entry, still leads in
    for text in ("The concept of tort is a civil wrong.", "Definition of tort: a civil wrong."):
        assert keys(analyzer, text) == ["civil", "wrong"], text
    assert keys(Analyzer("VPN"), "Abbreviation for virtual private network: a private "
                                 "network.") == ["privat", "network"]


def test_the_term_in_the_plural_after_a_word_that_names_a_kind_is_no_lead_in():
    # "Paranasal sinuses are a group of four paired air-filled spaces ..." for "sinus" read
    # "Paranasal sinuses are" as the lead-in: the subject is one kind of sinus, in the plural
    for term, text in (
        ("sinus", "Paranasal sinuses are a group of four paired air-filled spaces."),
        ("barometer", "Aneroid barometers are the most common type for home use."),
    ):
        assert not any(t.lead_in for t in Analyzer(term).tokens(text)), text
    # the singular, a possessive, a coordinated subject or a discourse word still lead in
    for term, text, first in (
        ("resilience", "Psychological resilience is the ability to cope.", "the"),
        ("bylaw", "Your organization's bylaws are the rules that govern it.", "the"),
        ("callus", "Corns and calluses are areas of hard skin.", "areas"),
        ("anaphora", "Basically anaphoras are repetitions at the start.", "repetitions"),
    ):
        tokens = Analyzer(term).tokens(text)
        assert [t.norm for t in tokens if not t.lead_in][0] == first, text


def test_a_heading_then_a_field_phrase_and_a_copula_are_one_lead_in():
    # "**Sprint** — In Agile (especially Scrum), a sprint is": only the heading was stripped
    analyzer = Analyzer("sprint")
    for text in (
        "**Sprint** — In Agile (especially Scrum), a sprint is a short timeframe",
        "Sprint: In Agile, a sprint is a short timeframe",
        "In Agile (especially Scrum), a sprint is a short timeframe",
    ):
        assert keys(analyzer, text) == ["short", "timefram"], text
    # what follows the heading is content when it names the term without a copula
    assert keys(analyzer, "Sprint — sprint teams are small") == ["sprint", "team", "small"]


def test_the_last_words_of_a_term_with_a_copula_or_label_are_a_lead_in():
    # "heat island, n. An urban area", "Heat islands are ..." for "urban heat island"
    analyzer = Analyzer("urban heat island")
    for text in (
        "heat island, n. An urban area warmer than its surroundings.",
        "Heat islands are urban areas warmer than their surroundings.",
    ):
        assert keys(analyzer, text)[:2] == ["urban", "area"], text
    # only with a copula or a label after them, and with no word before them
    assert keys(analyzer, "Heat islands form in cities")[:2] == ["heat", "island"]
    assert keys(analyzer, "Rural heat islands are rare")[:3] == ["rural", "heat", "island"]
    assert keys(Analyzer("circuit breaker"), "Breakers are switches")[:1] == [stem("breakers")]


def test_the_head_noun_after_an_article_opening_a_text_without_the_term_is_a_lead_in():
    # "a beacon is basically a little radio that beeps" for "avalanche beacon": the writer
    # shortens the term the context gives
    beacon = Analyzer("avalanche beacon")
    tokens = beacon.tokens("a beacon is basically a little radio that beeps.")
    assert [t.norm for t in tokens if not t.lead_in][:2] == ["a", "little"]
    # a text that names the term in full later defines the wider class first; without an
    # article or a copula the head noun is content
    tokens = beacon.tokens("A beacon is a radio. An avalanche beacon is a radio that beeps.")
    assert [t.norm for t in tokens if not t.lead_in][:3] == ["a", "radio", "that"]
    for text in ("Beacons are radios.", "The beacon beeps."):
        assert not any(t.lead_in for t in beacon.tokens(text)), text


def test_a_clipped_term_before_is_at_the_start_of_a_text_without_the_term_is_a_lead_in():
    # tachometer (forum): "the tach is the one next to the speedo that shows revs x1000" kept
    # "the tach is": the term clipped to its first four letters or more, as the subject of
    # "is" or "are" at the start of a text that never writes it in full, is the term
    tach = Analyzer("tachometer")
    tokens = tach.tokens("the tach is the one next to the speedo that shows revs x1000.")
    assert [t.surface for t in tokens if t.lead_in] == ["the", "tach", "is"]
    assert [t.surface for t in Analyzer("limousine").tokens("A limo is a large car.")
            if t.lead_in] == ["A", "limo", "is"]
    # not later in a sentence, not with another verb or a past tense, not a shorter clip,
    # not a root that a suffix makes the term ("mentor" and "-ship"), and not in a text that
    # writes the term in full (another word that is a prefix)
    for term, text in (("tachometer", "I think the tach is the one next to the speedo."),
                       ("mentorship", "Mentor is a person who guides another."),
                       ("tachometer", "The tach shows revs."),
                       ("tachometer", "The tach was broken."),
                       ("tachometer", "The tac is a gauge."),
                       ("carpet", "The carp is a fish. A carpet is a floor covering.")):
        assert not any(t.lead_in for t in Analyzer(term).tokens(text) if t.sentence == 0), text


def test_the_gerund_of_another_word_of_an_activity_term_said_to_be_a_gerund_is_a_lead_in():
    # short selling (forum): "shorting is basically betting against a stock" kept "shorting
    # is basically" as the clause's start: the gerund of the term's other word names the
    # same activity when the text never writes the term
    analyzer = Analyzer("short selling")
    tokens = analyzer.tokens("shorting is basically betting against a stock. you sell shares.")
    assert [t.surface for t in tokens if t.lead_in] == ["shorting", "is", "basically"]
    # not said to be a noun phrase, not in a text that writes the term, not for a term that
    # names no activity, and not the head's own word
    for term, text in (("short selling", "Shorting is a risky strategy."),
                       ("short selling", "Shorting is betting against a stock. Short selling "
                                         "is a strategy."),
                       ("heat island", "Heating is raising the temperature."),
                       ("short selling", "Selling is exchanging goods for money.")):
        assert not any(t.lead_in for t in Analyzer(term).tokens(text) if t.sentence == 0), text


def test_a_noun_that_names_the_term_a_kind_of_thing_belongs_to_the_lead_in():
    analyzer = Analyzer("urban heat island")
    assert keys(analyzer, "The urban heat island effect refers to urban areas warmer than "
                          "their surroundings.")[:2] == ["urban", "area"]
    assert keys(analyzer, "The urban heat island effect grows")[-1] == "grow"


def test_emphasis_around_the_term_and_its_alias_belongs_to_the_lead_in():
    analyzer = Analyzer("urban heat island")
    assert keys(analyzer, "An **urban heat island (UHI)** is an urban area warmer than its "
                          "surroundings.")[:2] == ["urban", "area"]


def test_a_quote_opened_after_the_term_is_not_the_lead_in():
    # "A circuit breaker 'trips' – flips ...": the quote opens around the verb, it closes none
    # opened before the term
    tokens = Analyzer("circuit breaker").tokens("A circuit breaker 'trips' when overloaded")
    assert [t.surface for t in tokens if t.lead_in] == ["A", "circuit", "breaker"]
    tokens = Analyzer("trade secret").tokens("'Trade secret' means information")
    assert [t.surface for t in tokens if t.lead_in][-2:] == ["'", "means"]


def test_term_words_elsewhere_stay_content():
    analyzer = Analyzer("cloud computing")
    assert keys(analyzer, "A model of computing in the cloud") == ["model", "comput", "cloud"]
    # Without a copula, words before the term are content, not a lead-in.
    assert "good" in keys(analyzer, "good cloud computing everywhere")


def test_sentences_and_clauses_are_numbered():
    tokens = Analyzer().tokens("One thing; two. Three")
    words = {t.surface: (t.sentence, t.clause) for t in tokens if t.is_word}
    assert words == {"One": (0, 0), "thing": (0, 0), "two": (0, 1), "Three": (1, 2)}


def test_content_ngrams_stay_within_a_clause_and_skip_stopwords():
    analyzer = Analyzer()
    tokens = analyzer.tokens("products or services; customer satisfaction")
    grams = {keys for _, _, keys in content_ngrams(tokens, 2, 3)}
    assert ("product", "servic") in grams
    assert ("custom", "satisfact") in grams
    assert ("servic", "custom") not in grams


def test_non_latin_words_keep_their_marks():
    words = [t.surface for t in Analyzer().tokens("नमस्ते दुनिया 你好 café")]
    assert words == ["नमस्ते", "दुनिया", "你好", "café"]


def test_time_scope_words_are_content():
    # "before, during and after" sets a definition's scope, so it must be able to form a thread.
    assert keys(Analyzer(), "support before, during and after surgery") == [
        "support", "befor", "dure", "after", "surgeri"]


def test_an_alias_or_the_initials_of_the_term_belong_to_the_lead_in():
    analyzer = Analyzer("gross domestic product")
    for text in (
        "Gross domestic product (GDP) is the market value of goods",
        "Gross domestic product, or GDP, is the market value of goods",
        "GDP is the market value of goods",
    ):
        assert keys(analyzer, text) == ["market", "valu", "good"], text
    assert analyzer.key("gdp") in analyzer.term_keys  # a thread of "GDP" is the term's own
    short = Analyzer("biodiversity")
    assert keys(short, "Biodiversity, short for biological diversity, is the variety of life") \
        == ["varieti", "life"]
    # an apposition is the definition, not an alias; lower-case initials are a word
    service = Analyzer("customer service")
    assert keys(service, "Customer service, the provision of help, is key")[:2] == [
        stem("provision"), "help"]
    it = Analyzer("information technology")
    assert keys(it, "IT is the use of computers") == ["use", "comput"]
    assert keys(it, "It is the use of computers") == ["use", "comput"]  # "it" is a stopword
    # lower-case "It" is no acronym: without a copula it stays ("It works with computers");
    # with one it is an informal lead-in that names the term by "it" (see the test below)
    assert not it.tokens("It works with computers")[0].lead_in


def test_the_initials_of_the_terms_content_words_belong_to_the_lead_in():
    # letter of credit: a forum's "LC = the buyer's bank guarantees the seller gets paid ..."
    # kept "LC =" in its clause: the initials leave out "of", as they do in "CD" for
    # "certificate of deposit", and stand for the term as a subject in capitals
    analyzer = Analyzer("letter of credit")
    for text in ("LC = the bank's promise to pay", "An LC is the bank's promise to pay"):
        assert keys(analyzer, text) == ["bank", "promiz", "pay"], text
    assert analyzer.key("lc") in analyzer.term_keys
    # in lower case they are a word
    assert not analyzer.tokens("Lc is the bank's promise to pay")[0].lead_in


def test_dotted_abbreviations_are_words_and_end_no_sentence():
    analyzer = Analyzer("hypertension")
    tokens = analyzer.tokens("High blood pressure, i.e. above 140/90 mmHg, e.g. in adults, etc. here")
    assert {t.sentence for t in tokens} == {0} and {t.clause for t in tokens} == {0}
    assert [t.surface for t in tokens if t.surface in {"i.e.", "e.g.", "etc."}] == ["i.e.", "e.g.", "etc."]
    assert all(t.is_stop for t in tokens if t.surface in {"i.e.", "e.g.", "etc."})
    assert analyzer.tokens("Made in the U.S. by firms")[3].surface == "U.S."
    # "etc." before a capital still ends its sentence
    assert analyzer.tokens("Tools etc. Then more")[-1].sentence == 1


def test_a_sometimes_called_alias_belongs_to_the_lead_in():
    analyzer = Analyzer("peer review")
    assert keys(analyzer, "Peer review, sometimes called refereeing, is the evaluation of work") \
        == ["evalu", "work"]


def test_a_decimal_point_or_thousands_separator_ends_no_sentence():
    tokens = Analyzer().tokens("A race of 42.195 km (26.2 miles), a 26.2-mile event for "
                               "10,000 runners. Next sentence.")
    words = [t.surface for t in tokens if t.is_word]
    assert "42.195" in words and "26.2" in words and "26.2-mile" in words and "10,000" in words
    assert [t.sentence for t in tokens if t.surface in ("runners", "Next")] == [0, 1]
    # a list of numbers and a sentence ending in a number still split as before
    surfaces = [t.surface for t in Analyzer().tokens("Items 1, 2 and 3. Then 4.")]
    assert surfaces[:6] == ["Items", "1", ",", "2", "and", "3"]


def test_a_verbs_to_belongs_to_the_lead_in():
    analyzer = Analyzer("procrastinate")
    for text, first in [("To procrastinate is to put off a task.", "to"),
                        ("In psychology, to procrastinate means to postpone a task.", "to"),
                        ("Procrastinating means avoiding tasks.", "avoiding")]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first
    # "to" before anything but the term is content of the definition
    assert not any(t.lead_in for t in Analyzer("delay").tokens("To put off a task."))


def test_an_informal_lead_in_names_the_term_by_it():
    analyzer = Analyzer("arbitration")
    for text, first in [("It's when both sides agree.", "when"),
                        ("Basically it means the thing will rot.", "the"),
                        ("Basically, it's a fight.", "a"),
                        ("It's basically a fight.", "a"),
                        ("It is the process of settling a dispute.", "the"),
                        ("Its use is wide.", "its")]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text


def test_an_aside_in_brackets_or_dashes_after_the_term_belongs_to_the_lead_in():
    octave = Analyzer("octave")
    text = "In music, an octave (Latin 'octavus', eighth) is the interval between two notes."
    assert [t.norm for t in octave.tokens(text) if not t.lead_in][:2] == ["the", "interval"]
    fuels = Analyzer("fossil fuels")
    text = "Fossil fuels — coal, crude oil and natural gas — are non-renewable energy sources."
    assert [t.norm for t in fuels.tokens(text) if not t.lead_in][0] == "non-renewable"
    # a dash with no copula after it is still the definition's mark: "Fossil fuels — coal ..."
    text = "Fossil fuels — coal, crude oil and natural gas."
    assert [t.norm for t in fuels.tokens(text) if not t.lead_in][0] == "coal"


def test_an_alias_between_commas_after_a_bracket_belongs_to_the_lead_in():
    # "A sommelier (/.../), or wine steward, is": the lead-in stopped at "A sommelier"
    analyzer = Analyzer("sommelier")
    assert keys(analyzer, "A sommelier (/ˌsʌməlˈjeɪ/ or /ˈsɒməljeɪ/), or wine steward, is a "
                          "trained wine professional") == ["train", "wine", "profession"]
    # an alias between commas is marked as one: before any verb it is the lead-in's
    assert keys(analyzer, "A sommelier (/ˈsɒməljeɪ/), or wine steward, works") == ["work"]
    assert keys(analyzer, "Sommeliers, also known as wine stewards, work in hotels") == [
        "work", "hotel"]
    # an apposition is not marked as an alias
    assert "steward" in keys(analyzer, "Sommeliers, trained wine stewards, work in hotels")


def test_an_alias_between_commas_may_hold_its_abbreviation_in_brackets():
    # "An antibody (Ab), also known as an immunoglobulin (Ig), is": the lead-in stopped at
    # "An antibody", and the clause began "also known as ..."
    analyzer = Analyzer("antibody")
    text = ("An antibody (Ab), also known as an immunoglobulin (Ig), is a large, Y-shaped "
            "protein.")
    assert keys(analyzer, text) == ["larg", "yshape", "protein"]
    assert keys(analyzer, "Antibodies, also called immunoglobulins (Igs), are proteins.") == [
        "protein"]
    # a bracket that does not close soon ends the alias
    assert "immunoglobulin" in keys(analyzer, "An antibody, also known as an immunoglobulin "
                                              "(a protein of the blood plasma), is large.")


def test_a_ratio_is_one_word_and_a_spaced_hyphen_ends_a_clause():
    tokens = Analyzer().tokens("in the ratio 2:1 between notes - yes, really")
    assert "2:1" in [t.surface for t in tokens]
    clauses = {t.surface: t.clause for t in tokens}
    assert clauses["notes"] == clauses["ratio"] and clauses["yes"] == clauses["notes"] + 1
    assert len({t.clause for t in Analyzer().tokens("a long-distance race")}) == 1


def test_an_initials_term_is_named_by_its_plural_and_by_the_words_it_spells():
    vpn = Analyzer("VPN")
    for text, first in [
        ("A VPN (virtual private network) is a technology that extends a network.", "a"),
        ("VPNs are services that encrypt your traffic.", "services"),
        ("Virtual private networks (VPNs) are encrypted connections.", "encrypted"),
        ("Abbreviation for virtual private network: a private computer network.", "a"),
        ("VPN — Virtual Private Network. A network connection that uses encryption.", "a"),
    ]:
        assert [t.norm for t in vpn.tokens(text) if not t.lead_in][0] == first, text
    # only a term written in capitals is spelled out by initials: "a retail trade" is no "art"
    assert not Analyzer("art").tokens("A retail trade is art.")[0].lead_in
    # a plural of a term of several words: "Fossil fuels are" for "fossil fuel"
    assert [t.norm for t in Analyzer("fossil fuel").tokens("Fossil fuels are fuels.")
            if not t.lead_in][0] == "fuels"


def test_a_term_is_named_by_its_latin_plural():
    # "Sarcophagi are stone coffins" for "sarcophagus": -us -> -i, -um -> -a, -is -> -es,
    # -on -> -a, -a -> -ae, -ex/-ix -> -ices
    for term, text in [
        ("sarcophagus", "Sarcophagi are stone coffins, often richly carved."),
        ("bacterium", "Bacteria are stone coffins, often richly carved."),
        ("criterion", "Criteria are stone coffins, often richly carved."),
        ("larva", "Larvae are stone coffins, often richly carved."),
        ("vortex", "Vortices are stone coffins, often richly carved."),
        ("analysis", "Analyses are stone coffins, often richly carved."),
    ]:
        assert [t.norm for t in Analyzer(term).tokens(text) if not t.lead_in][0] == "stone", text
    assert Analyzer("cactus").tokens("Cacti are plants.")[0].lead_in
    # only the plural of the term's ending: "Cacta are" is not "cactus"
    assert not Analyzer("cactus").tokens("Cacta are plants.")[0].lead_in


def test_a_hedge_after_the_copula_belongs_to_the_lead_in():
    sourdough = Analyzer("sourdough")
    for text in ("Sourdough is basically bread made slowly.",
                 "Sourdough is just bread made slowly."):
        assert [t.norm for t in sourdough.tokens(text) if not t.lead_in][0] == "bread"
    # a hedging phrase: "Churn rate is in its widest sense a measure of ..."
    churn = Analyzer("churn rate")
    for text in ("Churn rate is in its widest sense a measure of customers lost.",
                 "Churn rate is in general a measure of customers lost.",
                 "Churn rate is broadly speaking a measure of customers lost.",
                 "Churn rate is in simple terms, a measure of customers lost."):
        assert [t.norm for t in churn.tokens(text) if not t.lead_in][:2] == ["a", "measure"], text
    # not before a noun: "in general use" is the definition's
    assert [t.norm for t in churn.tokens("Churn rate is in general use.")
            if not t.lead_in][0] == "in"


def test_a_plural_demonstrative_after_the_copula_belongs_to_the_lead_in():
    # toucan (round 248): the forum's "Toucans are those birds with the giant ... beaks" was
    # read with "those" opening its clause, which points back and opens no definition, so the
    # sentence was shown whole, lead-in and all: "those" points forward to the genus
    hammock = Analyzer("hammock")
    for text in ("Hammocks are those beds of net or canvas that you hang between two trees.",
                 "Hammocks are these beds of netting slung between posts.",
                 "Hammocks are basically those beds of netting slung between posts."):
        tokens = hammock.tokens(text)
        assert [t.norm for t in tokens if not t.lead_in][0] == "beds", text
        assert tokens[[t.norm for t in tokens].index("beds") - 1].lead_in, text
    # a pronoun before a function word or a participle is the head the clause needs
    for text in ("Hammocks are those that hang between two trees.",
                 "Hammocks are those of net or canvas hung between two posts.",
                 "Hammocks are those made of netting and hung between posts.",
                 "Hammocks are those hanging between two trees."):
        assert [t.norm for t in hammock.tokens(text) if not t.lead_in][0] == "those", text


def test_a_hedged_copula_of_saying_or_regarding_belongs_to_the_lead_in():
    # viscosity: "Viscosity can be thought of as the internal friction of a fluid" kept "can
    # be thought of as" in the clause: a modal or "is" and "be", an adverb at most, a
    # participle of saying or regarding and "as" is a copula of a definition, as "is defined
    # as" is
    viscosity = Analyzer("viscosity")
    for copula in ("can be thought of as", "may be described as", "can be defined as",
                   "is defined as", "is known as", "can be regarded as", "is considered to be",
                   "is considered", "are often viewed as", "is best described as",
                   "can also be seen as", "was commonly understood as"):
        text = f"Viscosity {copula} the internal friction of a fluid."
        assert [t.surface for t in viscosity.tokens(text) if not t.lead_in][:3] == [
            "the", "internal", "friction"], text
    # "considered" without "as" or "to be" before anything but a noun phrase, and another
    # participle, stay with the clause
    for text in ("Viscosity is considered harmful in engines.",
                 "Viscosity can be measured as a flow time."):
        assert [t.norm for t in viscosity.tokens(text) if not t.lead_in][0] in (
            "considered", "can", "measured"), text


def test_a_lone_adverb_after_the_copula_before_a_noun_phrase_belongs_to_the_lead_in():
    # "A gable is generally the triangular portion of a wall ...": the adverb qualifies the
    # copula; the noun phrase after it is the definition
    gable = Analyzer("gable")
    for text in ("A gable is generally the triangular portion of a wall.",
                 "A gable is usually a triangular wall.",
                 "Gables are typically their own walls."):
        assert [t.norm for t in gable.tokens(text) if not t.lead_in][0] in ("the", "a", "their"), text
    # before anything but a noun phrase the adverb stays with what it qualifies
    assert [t.norm for t in gable.tokens("A gable is usually triangular.")
            if not t.lead_in][0] == "usually"


def test_another_name_before_the_term_and_or_belongs_to_the_lead_in():
    # "An avalanche transceiver or avalanche beacon is a type of ...": the variant first, as
    # "A leitmotif or leitmotiv is" has it after the term
    beacon = Analyzer("avalanche beacon")
    for text in ("An avalanche transceiver or avalanche beacon is a type of locator beacon.",
                 "A transceiver or avalanche beacon is a radio."):
        assert [t.norm for t in beacon.tokens(text) if not t.lead_in][0] == "a", text
    # a phrase with a function word or more than two words is another thing; so is the
    # subject of another verb
    for text in ("Any radio or avalanche beacon is a radio.",
                 "Big red radio or avalanche beacon is a radio.",
                 "A radio or avalanche beacon helps rescuers."):
        assert not any(t.lead_in for t in beacon.tokens(text)), text


def test_the_term_as_the_first_word_of_another_things_name_does_not_make_a_clause_about_it():
    # "the saffron crocus" (round 136, saffron) names the plant in the complement of "a spice
    # derived from the flower of ...": the clause defines saffron, and its source may open one
    saffron = Analyzer("saffron")
    for text in ["a spice derived from the flower of the saffron crocus",
                 "a highly prized spice made from the dried stigmas of the saffron crocus flower",
                 "a spice, commonly known as the saffron crocus (Crocus sativus)"]:
        assert not saffron.names_term(saffron.tokens(text)), text
    # the term as the head of a phrase, or of the subject, still names it
    for text in ["a measure of the saffron used in cooking", "The saffron crocus flowers in autumn",
                 "the price of the saffron", "the colour of the saffron, which is red"]:
        assert saffron.names_term(saffron.tokens(text)), text
    defamation = Analyzer("defamation")
    assert defamation.names_term(defamation.tokens("A claim for the defamation generally requires"))
    assert defamation.names_term(defamation.tokens("A defamation claim requires proof."))


def test_an_analyzer_knows_when_words_name_its_term():
    analyzer = Analyzer("defamation")
    assert analyzer.names_term(analyzer.tokens("A claim for defamation requires proof."))
    assert not analyzer.names_term(analyzer.tokens("A false statement that harms a reputation."))
    assert not Analyzer().names_term(Analyzer().tokens("anything"))
    # the term's words in another inflection or spelling name it; words derived from them that
    # share their stem do not ("zones" for "zoning" kept three sources from opening a result)
    for term, text in [("labour force", "The labor forces of a country."), ("network", "Networks link"),
                       ("policy", "Policies of a firm."), ("customer service", "customers' service")]:
        analyzer = Analyzer(term)
        assert analyzer.names_term(analyzer.tokens(text)), (term, text)
    for term, text in [("zoning", "dividing land into zones"),
                       ("arbitration", "a hearing before arbitrators"),
                       ("refactor", "the refactoring of code")]:
        analyzer = Analyzer(term)
        assert {t.key for t in analyzer.tokens(text)} & analyzer.term_keys  # one stem ...
        assert not analyzer.names_term(analyzer.tokens(text)), (term, text)  # ... not one word


def test_british_and_american_spellings_share_a_key():
    for british, american in [("labour", "labor"), ("behavioural", "behavioral"),
                              ("organisation", "organization"), ("analyse", "analyze"),
                              ("centres", "centers"), ("catalogue", "catalog")]:
        assert stem(british) == stem(american), (british, american)
    # words that merely end alike keep their own stems
    assert len({stem(w) for w in ("hour", "four", "flour", "basis", "crisis", "acre")}) == 6
    threads_of = Analyzer().keys
    assert threads_of("the labour force") == threads_of("the labor force")


def test_who_defines_the_term_belongs_to_the_lead_in():
    analyzer = Analyzer("resilience")
    text = "Developmental researchers define resilience as a process of adapting well."
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][:2] == ["a", "process"]
    # "define" with something else than the term is the definition's own verb
    assert not analyzer.tokens("Teachers define goals as plans.")[0].lead_in


def test_headings_before_a_definition_belong_to_the_lead_in():
    analyzer = Analyzer("telehealth")
    for text, first in [
        ("What is telehealth? Telehealth is the use of digital technologies.", "the"),
        ("Telehealth - Wikipedia: Telehealth is the delivery of health services.", "the"),
        ("Definition: Telehealth refers to the use of electronic communication.", "the"),
        ('Q: What does "telehealth" mean? A: It means getting care by phone.', "getting"),
        ("Telehealth: What You Need to Know. Telehealth lets you see a provider.", "lets"),
        ("Telehealth: the use of video calls for care.", "the"),
        ("What is telehealth exactly? Basically it's an appointment by video.", "an"),
        ("basically a doctor's appointment over video", "a"),
        # a byline line before "TERM =" in lower case
        ("Answered by DrSmith_88 · 3y\ntelehealth = seeing a doctor by video.", "seeing"),
        ("care given over the\ntelehealth: a video call.", "care"),
        # "its" for "it's" before an article or a hedge, which cannot follow the possessive
        ("basically its a doctor's appointment over video", "a"),
        ("its the appointment you have by video", "the"),
        ("its just an appointment by video", "an"),
        # and before a demonstrative (drizzle: "its that annoying rain thats so fine ..." kept
        # "its" in its clause)
        ("its that appointment you have by video", "that"),
        # and before an adverb of emphasis and an article, which leads in with it ("its
        # literally the board you squeeze your paint out onto" kept "its literally")
        ("its literally the appointment you have by video", "the"),
        ("it's really an appointment by video", "an"),
        # and before an adverb of emphasis and a hedge, which lead in with it (ganache: "its
        # literally just chocolate and cream melted together" kept "its literally just")
        ("its literally just an appointment by video", "an"),
        ("its literally just seeing a doctor by video", "seeing"),
        ("it's really just seeing a doctor by video", "seeing"),
        # an adverb that says how often or how far is part of the definition
        ("it's usually an appointment by video", "usually"),
    ]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text
    # a question alone is left as it is
    assert not analyzer.tokens("What is telehealth?")[0].lead_in


def test_a_double_quote_ends_no_clause():
    tokens = Analyzer().tokens('the use of so-called "virtual visits" by video or phone')
    assert len({t.clause for t in tokens}) == 1


def test_dictionary_and_statute_lead_ins():
    secret = Analyzer("trade secret")
    art = Analyzer("chiaroscuro")
    for analyzer, text, first in [
        (secret, "trade secret, n. Confidential information used in a business.", "confidential"),
        (secret, "As used in this chapter, unless the context otherwise requires: 'Trade secret' "
                 "means any business information.", "any"),
        (secret, 'For the purposes of this Part, the term "trade secret" shall mean valuable '
                 'information.', "valuable"),
        (art, "1. the arrangement of light and dark elements. 2. a woodcut.", "the"),
        (Analyzer("damages"), "damages, n. pl. Money claimed by a person.", "money"),
        (Analyzer("escrow"), "escrow, n. 1. A deed held by a third party. 2. The state of "
                             "being so held.", "a"),
        (Analyzer("circuit breaker"), "circuit breaker n. 1. an automatic switch.", "an"),
        (Analyzer("tidal locking"), "tidal locking n. Astron. The state of a celestial "
                                    "body.", "the"),
        (Analyzer("mise en place"), "mise en place, n. Fr. The assembling of ingredients.",
         "the"),
        (Analyzer("tensile strength"), "tensile strength, n — the maximum tensile stress.",
         "the"),
        (Analyzer("fallow"), "adj. (of farmland) ploughed but left unsown.", "("),
        (Analyzer("momentum"), "Physics. The quantity of motion of a moving body.", "the"),
        (Analyzer("anaphora"), "Rhet. the repetition of a word at the start of clauses.", "the"),
        (Analyzer("latency"), "Computers. the delay between a request and a response.", "the"),
        (Analyzer("momentum"), "In mechanics, momentum (pl. momenta; symbol p) is the product "
                               "of mass and velocity.", "the"),
        (Analyzer("pareto efficiency"), "Pareto efficiency n. (Econ.) A state of allocation.",
         "("),
        (Analyzer("cognitive dissonance"), "**Cognitive dissonance** is the mental discomfort.",
         "the"),
        (Analyzer("cognitive dissonance"), "Cognitive dissonance (n.) — the tension that arises.",
         "the"),
        (Analyzer("cognitive dissonance"), "In the field of psychology, cognitive dissonance is "
                                           "described as the mental disturbance.", "the"),
        (Analyzer("tinnitus"), "Tinnitus is the name for hearing noises.", "hearing"),
        (Analyzer("cooperative"), "co-operative (also cooperative) noun: a farm owned by its "
                                  "members.", "a"),
        (Analyzer("median"), "noun (Statistics) the middle value.", "("),
        (Analyzer("Foley"), "Foley (also foley) adjective [attributive]: denoting the addition "
                            "of sound effects.", "["),
        (Analyzer("cooperative"), "Think of a cooperative as a member-owned business.", "a"),
        (Analyzer("mRNA"), "Messenger RNA (mRNA) is a single-stranded molecule.", "a"),
        (Analyzer("mezzanine"), "Noun\nA low storey between two others.", "a"),
        (Analyzer("feudalism"), "Feudalism was a combination of customs.", "a"),
        (Analyzer("moral hazard"), "its when someone takes bigger risks.", "when"),
        (Analyzer("filibuster"), "Filibuster — informal term for any attempt to delay.", "any"),
        (Analyzer("social media"), "Social media is a collective term for websites.",
         "websites"),
        (Analyzer("gaslighting"), "Gaslighting is a term used to describe psychological "
                                  "manipulation.", "psychological"),
        (Analyzer("moral hazard"), "Moral hazard is a phrase used in economics to refer to "
                                   "the risk.", "the"),
        (Analyzer("gaslighting"), "Gaslighting is a word that describes manipulation.",
         "manipulation"),
        (Analyzer("jet lag"), "Jet lag occurs when the body clock is out of sync.", "when"),
        (Analyzer("jet lag"), "It happens when the body clock is out of sync.", "when"),
        (Analyzer("syncopation"), "Sure! 😊 **Syncopation** is a rhythmic technique.", "a"),
        (Analyzer("mezzanine"), "[Architecture]\nA mezzanine is an intermediate floor.", "an"),
        (Analyzer("mezzanine"), "**Mezzanine** (noun)\n\nIn architecture, a mezzanine is a "
                                "partial floor.", "a"),
        (Analyzer("mezzanine"), "Glossary of architectural terms\nMezzanine. A partial floor.",
         "a"),
        (Analyzer("mezzanine"), "1: a low-ceilinged storey.", "a"),
        # a headword in syllables between middle dots, as dictionaries print it
        (Analyzer("mezzanine"), "mez·za·nine\nnoun\n1 : a low-ceilinged storey.", "a"),
        (Analyzer("mezzanine"), "mez • za • nine noun 1: a low-ceilinged storey.", "a"),
        (Analyzer("level crossing"), "A level crossing (US: grade crossing) is an intersection.",
         "an"),
        # the term and a further noun as the subject, with an aside that names the term
        (Analyzer("allotment"), "An allotment garden, often called simply an allotment in the "
                                "UK, is a plot of land.", "a"),
        (Analyzer("allotment"), "An allotment garden, also known as a community garden, is a "
                                "plot of land.", "garden"),
        (Analyzer("lede"), "Intro (US: lede): the first paragraph of a story.", "the"),
        (Analyzer("GDP"), "GROSS DOMESTIC PRODUCT (GDP) IS THE VALUE OF GOODS.", "the"),
        (Analyzer("unique selling proposition"), "Simply put, your unique selling proposition "
                                                 "is the reason to buy.", "the"),
        (Analyzer("RAM"), "Random-access memory (RAM) is a form of memory.", "a"),
        (art, "In architecture and design, chiaroscuro describes the play of light.", "the"),
        (art, "Chiaroscuro — from the Italian chiaro, ‘light’, and scuro, ‘dark’ — is the "
              "modelling of volume.", "the"),
        (art, "Chiaroscuro (Italian for 'light-dark'; French clair-obscur) is, in art, the use of "
              "strong contrasts.", "the"),
    ]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text
    # a colon later in a sentence that names no term after it is no preamble
    assert not art.tokens("The use of three things: light, shade and colour.")[0].lead_in
    # an event verb links only a "when" clause; "an expression for" may be a formula
    for analyzer, text, first in [
        (Analyzer("jet lag"), "Jet lag occurs in travellers.", "occurs"),
        (Analyzer("area"), "Area is an expression for the size of a surface.", "an"),
    ]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text


def test_a_term_denoting_y_only_names_the_term():
    # annealing: "ANNEALING: A generic term denoting a treatment, consisting of ...": "A generic
    # term denoting" was kept as the genus; "denoting" names, as "used to denote" does
    for analyzer, text, first in [
        (Analyzer("annealing"), "ANNEALING: A generic term denoting heat treatment, consisting "
                                "of heating and cooling.", "heat"),
        (Analyzer("annealing"), "Annealing is a term that denotes heat treatment.", "heat"),
        (Analyzer("annealing"), "Annealing is a word which denotes heat treatment.", "heat"),
    ]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text


def test_labels_after_the_headword_belong_to_the_lead_in():
    # a field label after the part of speech, and a bracket followed by another label, are
    # labels, not the definition ("Biol", "Music", "music" were read as the defining clause);
    # the last bracket before the definition is left to the defining clause
    for analyzer, text, first in [
        (Analyzer("bioluminescence"), "bioluminescence, n. Biol. The emission of light.", "the"),
        (Analyzer("rubato"), "rubato n. (pl. rubatos or rubati) Music. the temporary "
                             "disregarding of strict tempo.", "the"),
        (Analyzer("rubato"), "rubato [uncountable] (music) the practice of making some notes "
                             "longer.", "("),
        (Analyzer("median"), "median n. (Statistics) (of a set) the middle value.", "("),
        # a plural label with its forms is a label whether or not another label follows
        (Analyzer("biopsy"), "biopsy n. (pl. biopsies) the removal of tissue.", "the"),
    ]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text
    # a capitalised word and a full stop are a label only after the headword
    music = Analyzer("rubato").tokens("Rubato is rare. Music. It is.")[4]
    assert music.norm == "music" and not music.lead_in


def test_no_sentence_ends_inside_a_bracket_and_an_en_dash_range_is_one_word():
    tokens = Analyzer().tokens("A state (Econ.) of allocation. Another sentence.")
    assert [t.sentence for t in tokens if t.is_word] == [0, 0, 0, 0, 0, 1, 1]
    # a bracket that does not close soon holds sentence ends as before
    tokens = Analyzer().tokens("A state (of allocation. Another sentence.")
    assert tokens[-2].sentence == 1
    assert [t.surface for t in Analyzer().tokens("typically 50–100 ns")] == \
        ["typically", "50–100", "ns"]
    assert [t.surface for t in Analyzer().tokens("of 100%, or 10–15%")] == \
        ["of", "100%", ",", "or", "10–15%"]


def test_a_bracket_closing_after_an_abbreviation_stays_in_its_sentence():
    # "(Econ.)": the stop ends no sentence, so the ")" is no closing mark of a sentence before
    tokens = Analyzer().tokens("Pareto efficiency n. (Econ.) A state of allocation.")
    brackets = [t.sentence for t in tokens if t.surface in "()"]
    assert brackets[0] == brackets[1]


def test_an_initial_in_a_name_ends_no_sentence():
    # "by the zoologist Robert T. Paine. Such species ..." was cut after "T."
    tokens = Analyzer().tokens("introduced by Robert T. Paine in 1969. Such species")
    assert [t.sentence for t in tokens if t.is_word] == [0] * 7 + [1, 1]
    assert len({t.clause for t in tokens if t.is_word and t.sentence == 0}) == 1
    tokens = Analyzer().tokens("in 1858, when H. H. Stephenson took three")
    assert {t.sentence for t in tokens} == {0}
    # a letter after a lower-case word, or before a function word, still ends its sentence
    assert Analyzer().tokens("Take vitamin A. Eat well")[-1].sentence == 1
    assert Analyzer().tokens("This is Plan B. Then we go")[-1].sentence == 1


def test_a_new_line_with_a_capital_starts_a_sentence():
    tokens = Analyzer().tokens("the shifting of accent to a weak beat\nAdvertisement\nmore text")
    sentences = {t.norm: t.sentence for t in tokens}
    assert sentences["beat"] != sentences["advertisement"] == sentences["more"]


def test_a_closing_quote_after_a_full_stop_closes_its_sentence():
    tokens = Analyzer().tokens('such as "deafening silence" or "open secret." Writers use it.')
    quotes = [t for t in tokens if t.surface == '"']
    assert quotes[-1].sentence == quotes[0].sentence == 0
    assert stem("savoury") == stem("savory")
    assert stem("1-4") != stem("14") and stem("tie-break") == stem("tiebreak")


def test_a_heading_line_of_the_term_and_a_dash_tagline_gives_way_to_a_copula_sentence():
    # solvency (chatbot): "**Solvency** — financial health over the long run\n\nSolvency is
    # the ability of a company or person to meet long-term debts ..." read the tagline after
    # the dash as the clause: a verbless tagline of a few words heading its own line yields to
    # the next line's sentence that defines the term with a copula
    from cs_define.synthesize import defining_clause

    def clause(text):
        return " ".join(t.surface for t in defining_clause(Analyzer("solvency").tokens(text)))

    for text in ("**Solvency** — financial health over the long run\n\nSolvency is the ability "
                 "of a company to meet long-term debts. In short:\n\n1. Assets exceed debts",
                 "Solvency: staying afloat\nSolvency is the ability of a company to meet "
                 "long-term debts."):
        assert clause(text) == "the ability of a company to meet long-term debts", text
    # no such sentence on the next line (or one that says no noun phrase of it): the tagline
    for text in ("**Solvency** — financial health over the long run",
                 "**Solvency** — financial health over the long run\n\nSolvency is vital.",
                 "**Solvency** — financial health over the long run\n\nIt matters."):
        assert clause(text) == "financial health over the long run", text


def test_a_wrapped_line_is_no_heading():
    tokens = Analyzer("mezzanine").tokens("A low storey\nbetween two others in a building.")
    assert not any(t.lead_in for t in tokens)


def test_a_usage_example_in_angle_brackets_is_a_clause_of_its_own():
    tokens = Analyzer().tokens("money paid as compensation <she sought $8,000 in damages>")
    assert tokens[0].clause != [t for t in tokens if t.norm == "she"][0].clause
    tokens = Analyzer().tokens("to cook slowly in a little liquid → compare STEW")
    assert tokens[0].clause != tokens[-1].clause


def test_a_lone_angle_bracket_is_a_sign_and_ends_no_clause():
    # crescendo: "indicated by the abbreviation or by the sign <, called a hairpin" was cut at
    # "<" as if it opened a usage example, and the copy shown ended "... or by the sign"
    tokens = Analyzer().tokens("a mark shown by the sign >, called a wedge, or by a dot")
    assert tokens[0].clause == tokens[-1].clause
    tokens = Analyzer().tokens("a rainfall of <5 mm a year on average")
    assert tokens[0].clause == tokens[-1].clause
    # a pair still encloses a usage example
    tokens = Analyzer().tokens("money paid as compensation <she sought $8,000 in damages>")
    assert tokens[0].clause != [t for t in tokens if t.norm == "she"][0].clause


def test_a_time_range_is_one_word_and_a_bracketed_term_heads_a_label():
    assert "12:00-18:00" in [t.surface for t in Analyzer().tokens("from 12:00-18:00, daily")]
    analyzer = Analyzer("pilgrimage")
    text = "Religious tourism (pilgrimage): travel whose main motive is faith."
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "travel"


def test_a_hyphen_inside_a_word_does_not_change_its_key():
    analyzer = Analyzer("tiebreak")
    assert analyzer.key("tie-break") == analyzer.key("tiebreak")
    # synonyms are stemmed the same way as words: a hyphenated synonym meets its word
    assert Analyzer(synonyms=[["decider", "tie-break"]]).key("tiebreak") == stem("decider")
    text = "A tie-break is a special game played at six games all."
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][:2] == ["a", "special"]


def _clauses(term, text):
    """The defining clause and the further clauses of `text`, as words joined by spaces."""
    from cs_define.synthesize import defining_clause, further_clauses

    tokens = Analyzer(term).tokens(text)
    clause = defining_clause(tokens)
    return [" ".join(t.surface for t in c) for c in [clause, *further_clauses(tokens, clause)]]


def test_a_first_sense_number_after_a_label_or_the_headword_is_lead_in():
    # "leitmotif [countable] 1. (music) a short tune" read the clause "1"
    for text in ("leitmotif [countable] 1. (music) a short tune that is repeated 2. an idea "
                 "that is repeated often",
                 "leitmotif 1. (music) a short tune that is repeated 2. an idea that is "
                 "repeated often"):
        assert _clauses("leitmotif", text) == ["a short tune that is repeated",
                                               "an idea that is repeated often"]


def test_a_second_sense_number_ends_a_first_sense_that_has_no_number():
    # firmament: "the firmament [singular] (literary) the sky 2. a group of people ..." read
    # the clause "the sky 2": without a "1." the "2." was not taken for a sense number
    text = ("the firmament [singular] (literary) the sky 2. a group of people who are "
            "successful in a particular field")
    assert _clauses("firmament", text)[0] == "the sky"
    assert _clauses("firmament", "firmament n. the vault of the sky 2) the heavens")[0] == \
        "the vault of the sky"
    # in a sentence, not an entry, a number before a full stop is the sentence's
    assert _clauses("route", "The route is the bus line number 2. It runs at night.")[0] == \
        "the bus line number 2"


def test_a_superscript_homograph_number_after_the_headword_is_part_of_the_headword():
    # pawn: "pawn¹, n. 1. A chess piece ..." read the clause "pawn1 , n": the superscript
    # homograph number (NFKC "1") hid the headword, so neither it nor the sense number was
    # lead-in
    for term, text, first in [
            ("pawn", "pawn¹, n. 1. A chess piece of the smallest size and value. 2. A person "
             "used by others.", "A chess piece of the smallest size and value"),
            ("bank", "bank² n. 1. an institution that keeps money for its customers",
             "an institution that keeps money for its customers")]:
        assert _clauses(term, text)[0] == first, text
    # a superscript after another word stays the word's: "km²" is "km2"
    assert [t.norm for t in Analyzer("area").tokens("10 km²")] == ["10", "km2"]


def test_a_bracketed_label_before_the_first_sense_number_opens_an_entry_without_headword():
    # plinth: "(architecture) 1. The lowest part ... 2. The projecting course ..." read the
    # clause "1": the label first hid the sense number, and sense 2 stood for the source
    for text, first in [
            ("(architecture) 1. The lowest part of the base of a column or pedestal, usually a "
             "square slab. 2. The projecting course of stones at the base of a wall.",
             "The lowest part of the base of a column or pedestal , usually a square slab"),
            ("(law) 1. a deed held by a third party until a condition is met 2. an account "
             "held in trust", "a deed held by a third party until a condition is met"),
            ("[countable, uncountable] 1 the state of owning things that can be sold 2 the "
             "state of being sold easily", "the state of owning things that can be sold"),
            ("(British English) 1. a slab under a column. 2. a course of stones.",
             "a slab under a column")]:
        assert _clauses("plinth", text)[0] == first, text
    # a bracket that holds no label, or no sense number after it, stays as it was read
    assert _clauses("plinth", "(architecture) the lowest part of the base of a column")[0] == \
        "the lowest part of the base of a column"


def test_joined_part_of_speech_labels_and_the_label_again_after_a_sense_number_are_lead_in():
    # "sprain n. & v. 1. n. A painful wrenching ..." read the lead-in "sprain n." and the
    # clause "v": the whole source dropped out
    text = ("sprain n. & v. 1. n. A painful wrenching of a joint that tears its ligaments. "
            "2. v. To wrench a joint violently.")
    assert _clauses("sprain", text) == ["A painful wrenching of a joint that tears its ligaments"]
    for text in ("fallow adj. and n. 1. adj. (of farmland) ploughed but left unsown 2. n. a "
                 "piece of fallow land",
                 "fallow adj., n. 1. adj. (of farmland) ploughed but left unsown. 2. n. a "
                 "piece of fallow land.",
                 "fallow 1. adj. (of farmland) ploughed but left unsown. 2. n. a piece of "
                 "fallow land."):
        assert _clauses("fallow", text) == ["ploughed but left unsown", "a piece of fallow land"]
    analyzer = Analyzer("sprain")
    for text in ("sprain (n. & v.) A painful wrenching of a joint.",
                 "sprain n. or v. A painful wrenching of a joint."):
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "a"


def test_a_new_sentence_after_a_comma_ends_the_defining_clause():
    # "sprains are ligaments, strains are muscles." kept the second sentence in the clause
    assert _clauses("sprain", "sprains are ligaments, strains are muscles. thats the easy "
                              "way.") == ["ligaments"]
    assert _clauses("sprain", "A sprain is a torn ligament, it is painful.") == [
        "a torn ligament"]
    # a comma inside a relative clause, a quotation or after a fronted phrase is no new sentence
    for term, text in (
            ("gig economy", "The gig economy is a system in which temporary, flexible jobs are "
                            "commonplace."),
            ("anaphora", 'Anaphora is repetition, as in "We shall fight on the beaches, we '
                         'shall fight on the landing grounds".'),
            ("bail", "If you are charged with a crime, the court can let you go."),
            ("zoning", "Zoning, the principal tool of land-use control, regulates the use of "
                       "land."),
            ("tort", "A tort is when an act injures you, and you can sue for money.")):
        assert text.split()[-1].strip('."') in _clauses(term, text)[0], text


def test_a_variant_joined_by_or_after_the_term_is_lead_in():
    # "leitmotif or leitmotiv n. a ..." read the clause "or leitmotiv n"
    analyzer = Analyzer("leitmotif")
    for text in ("leitmotif or leitmotiv n. a recurring musical theme.",
                 "A leitmotif or leitmotiv is a short, recurring musical phrase.",
                 "A leitmotif or leitmotiv (/ˈlaɪtmoʊˌtiːf/) is a short phrase."):
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "a"
    # a longer phrase, or one with an article, is another thing, not a variant of the term
    for text in ("leitmotif or any other recurring theme is a device.",
                 "leitmotif or a theme is a device."):
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "or"


def test_a_variant_that_repeats_the_term_after_or_is_lead_in():
    # "A stock split or stock divide increases ..." read the clause "or stock divide increases
    # ...", "A sabbatical (from the Hebrew ...) or a sabbatical year is" "or a sabbatical year
    # is ...", and "bylaw or by-law, n. 1. a standing rule" "or by-law , n"
    assert _clauses("stock split", "A stock split or stock divide increases the number of "
                    "shares in a company.")[0] == "increases the number of shares in a company"
    for text in ("A sabbatical or a sabbatical year is a rest or break from work.",
                 "A sabbatical (from the Hebrew shabbat) or a sabbatical year is a rest or "
                 "break from work."):
        assert _clauses("sabbatical", text)[0] == "a rest or break from work", text
    assert _clauses("bylaw", "bylaw or by-law, n. 1. a standing rule of a society. 2. a "
                    "secondary law.") == ["a standing rule of a society", "a secondary law"]
    # another thing after "or" is no variant: its verb is no lead-in's
    analyzer = Analyzer("stock split")
    assert [t.norm for t in analyzer.tokens("A stock split or a merger changes the shares.")
            if not t.lead_in][0] == "or"


def test_a_longer_variant_that_ends_with_the_term_after_or_is_lead_in():
    # bellows: "A bellows or pair of bellows is a device ..." read the clause "or pair of
    # bellows is a device ...": a variant with function words that names the term again
    # ("pair of bellows", "set of bagpipes") before the copula is the lead-in's too
    assert _clauses("bellows", "A bellows or pair of bellows is a device constructed to "
                    "furnish a strong blast of air.")[0] == \
        "a device constructed to furnish a strong blast of air"
    assert _clauses("bagpipe", "Bagpipes or a set of bagpipes are a wind instrument.")[0] == \
        "a wind instrument"
    # without the term at its end, or without a copula, it is another thing
    analyzer = Analyzer("bellows")
    for text in ("A bellows or pair of tongs is a tool.",
                 "A bellows or pair of bellows needs a valve."):
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "or", text


def test_a_field_phrase_after_a_heading_is_lead_in():
    # "leitmotif, n. In literary criticism, a recurrent image" kept "In literary criticism,"
    analyzer = Analyzer("leitmotif")
    for text in ("leitmotif, n. In literary criticism, a recurrent image in a work of fiction.",
                 "Leitmotif (German, 'leading motive'): in Wagner's music dramas, a short theme "
                 "that stands for a character."):
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "a"
    # without an article after the comma it is no field phrase before a noun phrase
    text = "leitmotif, n. In music, recurring themes tied to characters."
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "in"


def test_an_example_in_the_imperative_is_no_definition():
    # "Think of the Imperial March in Star Wars: ... That's a leitmotif—a musical signature"
    # opened the result with "Think of the Imperial March in Star Wars"
    from cs_define.synthesize import defining_clause, opens_definition

    analyzer = Analyzer("leitmotif")
    text = ("Think of the Imperial March in Star Wars: every time Darth Vader shows up, you hear "
            "it. That's a leitmotif—a musical signature tied to a character.")
    assert _clauses("leitmotif", text) == ["a musical signature tied to a character"]
    tokens = analyzer.tokens("Imagine a tune that comes back each time a hero appears.")
    assert not any(t.lead_in for t in tokens)
    assert not opens_definition(tokens, defining_clause(tokens))


def test_a_long_named_alias_between_commas_is_lead_in():
    # "sometimes called a synonym dictionary or dictionary of synonyms," was too long an alias
    analyzer = Analyzer("thesaurus")
    text = ("A thesaurus (plural thesauri or thesauruses), sometimes called a synonym dictionary "
            "or dictionary of synonyms, is a reference work.")
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][:2] == ["a", "reference"]


def test_a_list_of_other_names_before_the_copula_is_lead_in():
    # "A cover letter, covering letter, ... or letter of motivation is a letter" kept the list
    analyzer = Analyzer("cover letter")
    text = ("A cover letter, covering letter, motivation letter, motivational letter or letter "
            "of motivation is a letter of introduction.")
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][:2] == ["a", "letter"]
    # a list of other things is no list of names
    text = "A cover letter, a resume or a portfolio is sent with an application."
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == ","
    # weathervane: "A weather vane, wind vane, or weathercock is an instrument ..." kept the
    # list: "weathercock" holds no "vane", and ", or" ended it. One article over bare names
    # and a singular copula name one thing, the term written open or closed
    text = ("A weather vane, wind vane, or weathercock is an instrument for showing the "
            "direction of the wind.")
    for term in ("weathervane", "weather vane"):
        assert [t.norm for t in Analyzer(term).tokens(text) if not t.lead_in][:2] == [
            "an", "instrument"], term
    # with a plural verb they are several things; names with articles too
    for text in ("A weather vane, wind vane, or weathercock are found on roofs.",
                 "A weather vane, a wind sock, or a barometer is found at an airfield."):
        assert [t.norm for t in Analyzer("weathervane").tokens(text)
                if not t.lead_in][0] == ",", text


def test_a_sentence_after_a_dash_restates_nothing():
    # "... ready to use — the buyer just "turns the key" and starts operating" opened the
    # result with "The buyer"
    assert _clauses("turnkey", 'Turnkey describes something complete and ready to use — the '
                               'buyer just "turns the key" and starts operating.') == [
        "something complete and ready to use"]
    assert _clauses("turnkey", "Turnkey describes a finished product — the plant is handed "
                               "over ready.") == ["a finished product"]
    # a noun phrase restates, also with a relative clause without "that"
    assert _clauses("algorithm", "An algorithm is just a recipe: a list of steps a computer "
                                 "follows.") == ["a recipe", "a list of steps a computer follows"]


def test_a_verb_without_its_subject_after_a_label_is_lead_in():
    # "turnkey adj. Describes a product ..." kept "Describes" as the clause's first word
    analyzer = Analyzer("turnkey")
    for text in ("turnkey adj. Describes a product that is ready to use.",
                 "turnkey adj. Refers to a product that is ready to use."):
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == "a"


def test_a_verb_without_its_subject_after_a_heading_and_a_colon_is_lead_in():
    # "Idempotent: describes an operation that ..." opened a result with "describes"
    from cs_define.synthesize import defining_clause, opens_definition

    analyzer = Analyzer("idempotence")
    for text in ("Idempotent: describes an operation that gives the same result.",
                 "Idempotence: refers to an operation that gives the same result.",
                 "Idempotence — denotes an operation that gives the same result."):
        tokens = analyzer.tokens(text)
        assert [t.norm for t in tokens if not t.lead_in][0] == "an"
        assert opens_definition(tokens, defining_clause(tokens))
    # a noun phrase after the colon is the definition as before
    tokens = analyzer.tokens("Idempotent: An operation that gives the same result.")
    assert [t.norm for t in tokens if not t.lead_in][0] == "an"


def test_the_adjective_formula_opens_a_definition():
    # "Of, relating to, or being a product ..." could not open a definition
    from cs_define.synthesize import defining_clause, opens_definition

    tokens = Analyzer("turnkey").tokens("Of, relating to, or being a product that is supplied "
                                        "complete and ready to use.")
    assert opens_definition(tokens, defining_clause(tokens))
    tokens = Analyzer("turnkey").tokens("Of all the products, the turnkey one sells best.")
    assert not opens_definition(tokens, defining_clause(tokens))


def test_accents_do_not_change_a_word():
    # déjà vu: "Deja vu describes ..." kept its lead-in, and "deja vu" was a thread of its own
    analyzer = Analyzer("déjà vu")
    assert [t.surface for t in analyzer.tokens("Deja vu describes a feeling.")
            if not t.lead_in][0] == "a"
    assert analyzer.names_term(analyzer.tokens("a deja vu moment"))
    assert analyzer.key("résumé") == analyzer.key("resume")
    assert analyzer.key("日本") == "日本"  # other scripts are left as they are


def test_a_verb_after_a_bracketed_alias_of_the_term_opens_nothing():
    # "Escalator clauses (economic price adjustment clauses) permit the contract price to be
    # revised" opened the result with "Permit the contract price": the bracket hid the verb
    from cs_define.synthesize import defining_clause, opens_definition

    analyzer = Analyzer("escalator clause")
    for text, opens in (
        ("Escalator clauses (economic price adjustment clauses) permit the price to rise.", False),
        ("Escalator clauses permit the price to rise.", False),
    ):
        tokens = analyzer.tokens(text)
        assert opens_definition(tokens, defining_clause(tokens)) is opens, text
    # a scope note opens with a preposition, a field label is one word: the definition follows
    for term, text in (("biodegradable", "biodegradable (of a material) able to be broken down."),
                       ("leitmotif", "leitmotif (music) recurring theme of a character.")):
        tokens = Analyzer(term).tokens(text)
        assert opens_definition(tokens, defining_clause(tokens)), text


def test_a_sentence_after_a_fronted_comparison_opens_nothing():
    # "Unlike bulk phishing campaigns, which cast a wide net, spear phishing attacks are highly
    # personalized" opened a result: the scan for the verb stopped at "which"
    from cs_define.synthesize import defining_clause, opens_definition

    analyzer = Analyzer("spear phishing")
    for text, opens in (
        ("Unlike bulk phishing campaigns, which cast a wide net, spear-phishing attacks are "
         "highly personalized.", False),
        ("Like whaling, which targets executives, spear-phishing attacks are personalized.",
         False),
        # a relative clause in a noun phrase still ends the scan
        ("A phishing attack that is aimed at one person.", True),
    ):
        tokens = analyzer.tokens(text)
        assert opens_definition(tokens, defining_clause(tokens)) is opens, text


def test_a_term_written_with_hyphens_is_the_term():
    # "Spear-phishing — A phishing attempt ..." for "spear phishing": the hyphenated word was
    # not the term, so there was no lead-in and the defining clause was "Spear-phishing"
    from cs_define.synthesize import defining_clause

    analyzer = Analyzer("spear phishing")
    for text in ("Spear-phishing — A phishing attempt aimed at one person.",
                 "Spear-phishing is a phishing attempt aimed at one person."):
        tokens = analyzer.tokens(text)
        assert " ".join(t.surface for t in defining_clause(tokens)).lower() == (
            "a phishing attempt aimed at one person"), text
    assert analyzer.names_term(analyzer.tokens("spear-phishing attacks"))
    # words derived from the term's are not it
    assert not analyzer.names_term(analyzer.tokens("spear-phishers"))
    assert not Analyzer("phishing").names_term(analyzer.tokens("spear-phishing attacks"))


def test_an_alias_between_commas_may_hold_a_bracket_and_adverbs():
    # "A rip current, often simply called a rip (or by the misnomer rip tide), is a specific
    # kind of water current": the lead-in stopped at the first comma
    analyzer = Analyzer("rip current")
    text = ("A rip current, often simply called a rip (or by the misnomer rip tide), is a "
            "specific kind of water current.")
    assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][:3] == ["a", "specific", "kind"]
    # a long bracket that names nothing still ends the alias
    text = ("A rip current, often simply called a rip (a strong and narrow flow of water), is "
            "a specific kind of water current.")
    assert "flow" in [t.norm for t in analyzer.tokens(text) if not t.lead_in]


def test_a_later_sentence_that_defines_the_term_is_the_defining_clause():
    # "Your body has hundreds of lymph nodes, in the neck ... A lymph node is a small, round
    # organ that filters ...": the first sentence, about the term, was the defining clause
    from cs_define.synthesize import defining_clause

    analyzer = Analyzer("lymph node")
    text = ("Your body has hundreds of lymph nodes, in the neck, armpits and groin. A lymph node "
            "is a small, round organ that filters lymph.")
    assert " ".join(t.surface for t in defining_clause(analyzer.tokens(text))) == (
        "a small , round organ that filters lymph")
    # a first sentence that does not name the term is the definition
    text = "A small organ that filters lymph. A lymph node is found in the neck."
    assert " ".join(t.surface for t in defining_clause(analyzer.tokens(text))) == (
        "A small organ that filters lymph")


def test_a_rank_among_others_gives_way_to_a_later_sentence_that_defines_the_term():
    # letter of credit: "Letters of credit (LCs) are one of the most secure instruments
    # available to international traders. An LC is a commitment by a bank on behalf of the
    # buyer ..." was read with the clause "one of the most secure instruments ...", an
    # evaluation, and the definition in the next sentence was not read
    from cs_define.synthesize import defining_clause

    def clause(term, text):
        return " ".join(t.surface for t in defining_clause(Analyzer(term).tokens(text)))

    assert clause("letter of credit", "Letters of credit (LCs) are one of the most secure "
                  "instruments available to traders. An LC is a commitment by a bank.") == (
        "a commitment by a bank")
    # an abbreviation the text declares in brackets after the term names it later
    assert clause("tetrahydrocannabinol", "Tetrahydrocannabinol (THC) is one of the most "
                  "studied compounds of cannabis. THC is a chemical that makes people high.") == (
        "a chemical that makes people high")
    assert clause("letter of credit", "A letter of credit is one of the oldest instruments of "
                  "trade. Letters of credit are promises made by banks.") == (
        "promises made by banks")
    # without a later sentence that defines the term, or with a genus, the first clause stays
    assert clause("tetrahydrocannabinol", "Tetrahydrocannabinol (THC) is one of the most "
                  "studied compounds of cannabis. CBD is a chemical that calms.") == (
        "one of the most studied compounds of cannabis")
    assert clause("letter of credit", "A letter of credit is one of the instruments of trade. "
                  "A letter of credit is safe.") == "one of the instruments of trade"


def test_the_term_as_subject_of_a_tensed_verb_is_no_lead_in():
    # "The moratorium on new offshore drilling permits, announced in May, will remain in place
    # until ...": "The moratorium" was read as the lead-in and its predicate as the defining
    # clause, and the definition in the next sentence was ignored
    from cs_define.synthesize import defining_clause

    analyzer = Analyzer("moratorium")
    text = ("The moratorium on new offshore drilling permits, announced in May, will remain in "
            "place until the safety review is complete. A moratorium is a temporary halt to an "
            "activity ordered by a government while its effects are studied.")
    assert " ".join(t.surface for t in defining_clause(analyzer.tokens(text))) == (
        "a temporary halt to an activity ordered by a government while its effects are studied")
    text = "The moratorium has ended. A moratorium is a temporary halt to an activity."
    assert " ".join(t.surface for t in defining_clause(analyzer.tokens(text))) == (
        "a temporary halt to an activity")
    # alone, the sentence keeps its subject; a verb in the present still defines
    text = "The moratorium will remain in place until the review is complete."
    assert not [t for t in analyzer.tokens(text) if t.lead_in]
    text = "A moratorium halts an activity for a time."
    assert [t.surface for t in analyzer.tokens(text) if t.lead_in] == ["A", "moratorium"]


def test_a_field_label_before_a_definition_is_none_of_its_words():
    # "half-life n. 1. Physics the time taken ..." gave "Physics the time taken ...": a label
    # without a full stop was read as the definition's first word, and "(physics)" and
    # "**Physics:**" counted as content words, so "physics" looked like a word most sources use
    text = ("half-life n. (pl. half-lives) 1. Physics the time taken for an isotope to decay "
            "to half. 2. Pharmacol. the time required for a drug to be reduced by one half.")
    assert _clauses("half-life", text) == [
        "the time taken for an isotope to decay to half",
        "the time required for a drug to be reduced by one half"]
    analyzer = Analyzer("half-life")
    for text in ("half-life n. 1. Physics the time taken for an isotope to decay",
                 "half-life [countable] (physics) the time taken for an isotope to decay",
                 "**Half-life** is the time it takes.\n\n- **Physics:** half of the nuclei decay"):
        assert "physics" not in [t.norm for t in analyzer.content(text)], text
    assert "physics" in [t.norm for t in analyzer.content("Half-life is a term of nuclear physics.")]
    # nor is a later sense's number: bollard (round 170), "bollard, n. 1. A thick post on a
    # wharf ... 2. A short post used to keep vehicles off a path" listed "2" among the words
    # a source says that the result leaves out (a number two entries share would be a thread)
    text = ("bollard, n. 1. A thick post on a wharf or ship, to which mooring lines are made "
            "fast. 2. A short post used to keep vehicles off a path.")
    content = [t.norm for t in Analyzer("bollard").content(text)]
    assert "2" not in content and "short" in content
    assert "2" in [t.norm for t in Analyzer("bollard").content(
        "A bollard is a post about 2 m high.")]
    # a verb's sense opens with the verb, capitalised or not, and a numbered step is no sense
    assert _clauses("kill", "kill v. 1. Cause the death of a person.") == [
        "Cause the death of a person"]
    assert "add" in [t.norm for t in Analyzer("titration").content(
        "Titration is a method. Steps: 1. Use a pipette. 2. Add a few drops.")]


def test_a_list_items_heading_of_fields_joined_by_a_slash_is_a_label():
    # meniscus (round 191): "The word **meniscus** has two common meanings:\n-
    # **Physics/chemistry:** the curved surface of a liquid ..." gave the defining clause
    # "Physics / chemistry": a heading of up to three words may join them by "/" or "&"
    for label in ("Physics/chemistry", "Physics & chemistry", "Physics and chemistry"):
        text = ("The word **meniscus** has two common meanings:\n- **" + label + ":** the curved "
                "surface of a liquid in a container\n- **Anatomy:** a crescent-shaped pad")
        assert _clauses("meniscus", text)[0] == "the curved surface of a liquid in a container", \
            label
        assert "physics" not in [t.norm for t in Analyzer("meniscus").content(text)], label
    # four words are a sentence's start, not a label
    text = ("The word **meniscus** has two common meanings:\n- **Physics/chemistry/fluid "
            "mechanics:** the curved surface\n- **Anatomy:** a crescent-shaped pad")
    assert "physics" in [t.norm for t in Analyzer("meniscus").content(text)]


def test_a_numbered_list_announced_by_a_colon_holds_no_senses():
    # "**Examples:**\n1. The snare drum rhythm in Boléro\n2. The riff in ..." read item 2 as a
    # second sense of "ostinato", and "a riff" + "[The riff] in 'Smoke on the Water'" joined
    text = ("An **ostinato** is a short musical pattern that repeats throughout a piece.\n\n"
            "**Examples:**\n1. The snare drum rhythm in *Boléro*\n2. The riff in \"Smoke on the "
            "Water\"")
    assert _clauses("ostinato", text) == ["a short musical pattern that repeats throughout a piece"]
    text = "Titration is a method. The steps are: 1. Use a pipette. 2. Add the indicator."
    assert _clauses("titration", text) == ["a method"]
    # the senses of a dictionary entry follow its headword, also after a colon there
    for text in ("ostinato: 1. a repeated phrase. 2. a repeated rhythm in a piece.",
                 "ostinato n. Music: 1. a repeated phrase. 2. a repeated rhythm in a piece."):
        assert _clauses("ostinato", text) == ["a repeated phrase", "a repeated rhythm in a piece"]


def test_a_quoted_gloss_is_no_definition_when_the_next_sentence_defines():
    # caveat emptor: "A Latin phrase meaning 'let the buyer beware.'" and "means 'buyer
    # beware'" were read as the defining clause, a translation instead of a definition
    from cs_define.synthesize import defining_clause, opens_definition

    def clause(term, text):
        return " ".join(t.surface for t in defining_clause(Analyzer(term).tokens(text)))

    assert clause("caveat emptor", "Caveat Emptor: A Latin phrase meaning 'let the buyer "
                  "beware.' In real estate, it refers to the principle that the buyer is "
                  "responsible for inspecting a property.") == (
        "the principle that the buyer is responsible for inspecting a property")
    assert clause("mise en place", "Mise en place is a French term meaning 'putting in "
                  "place'. In professional kitchens it refers to the set-up done before "
                  "service.") == "the set-up done before service"
    # with no sentence after it that defines, the gloss is the clause but opens nothing
    tokens = Analyzer("caveat emptor").tokens(
        "Caveat emptor means 'buyer beware'. When you buy privately, check the item first.")
    assert not opens_definition(tokens, defining_clause(tokens))
    # a quotation that the sentence goes on after is part of a definition
    text = "Caveat emptor means 'buyer beware' in Latin, a rule that the buyer takes the risk."
    tokens = Analyzer("caveat emptor").tokens(text)
    assert opens_definition(tokens, defining_clause(tokens))
    assert clause("caveat emptor", "Caveat emptor is a doctrine holding that a buyer takes "
                  "the risk. In law, it is old.") == (
        "a doctrine holding that a buyer takes the risk")


def test_a_hyphenated_term_written_apart_is_the_term():
    # "half life is the time ..." for "half-life": no lead-in, the clause kept "half life is"
    from cs_define.synthesize import defining_clause

    analyzer = Analyzer("half-life")
    for text in ("half life is the time in which half of it is gone.",
                 "Half-life is the time in which half of it is gone.",
                 "halflife is the time in which half of it is gone."):
        assert " ".join(t.surface for t in defining_clause(analyzer.tokens(text))) == (
            "the time in which half of it is gone"), text
    assert analyzer.names_term(analyzer.tokens("the half life of a drug"))
    assert not analyzer.names_term(analyzer.tokens("half of a life"))
    # so the heading of a dictionary entry may name it twice, the other spelling in brackets
    text = ("light year (also light-year) Astronomy: a unit of distance equal to the distance "
            "light travels in a year.")
    assert " ".join(t.surface for t in defining_clause(Analyzer("light-year").tokens(text))) == (
        "a unit of distance equal to the distance light travels in a year")


def test_a_headword_with_a_placeholder_object_and_a_bracketed_label_is_lead_in():
    # lay off: "lay someone off (phrasal verb) To end ..." was read as the definition, so the
    # result opened "Lay someone off (phrasal verb) To end someone's employment"
    from cs_define.synthesize import defining_clause, opens_definition

    def clause(term, text):
        tokens = Analyzer(term).tokens(text)
        found = defining_clause(tokens)
        return " ".join(t.surface for t in found), opens_definition(tokens, found)

    assert clause("lay off", "lay someone off (phrasal verb) To end someone's employment.") == (
        "To end someone's employment", True)
    assert clause("put off", "put something off [phrasal verb] to delay doing it.") == (
        "to delay doing it", True)
    assert clause("look after", "look after (verb) to take care of someone.") == (
        "to take care of someone", True)
    # a label in brackets that a copula follows is an aside of the lead-in, as before
    assert clause("mezzanine", "Mezzanine (noun) is a floor between two floors.") == (
        "a floor between two floors", True)
    # a real object is no placeholder: the sentence is about laying off workers
    assert not Analyzer("lay off").tokens("lay workers off (phrasal verb) To end it.")[0].lead_in


def test_an_adverb_between_the_term_and_its_copula_is_lead_in():
    # mise en place: "Mise en place just means having ..." stopped the lead-in before "just
    # means", so the clause "just means having ..." was no definition to join
    from cs_define.synthesize import defining_clause, opens_definition

    def clause(term, text):
        tokens = Analyzer(term).tokens(text)
        found = defining_clause(tokens)
        return " ".join(t.surface for t in found), opens_definition(tokens, found)

    assert clause("mise en place", "Mise en place just means the preparation of the "
                  "ingredients before cooking.") == (
        "the preparation of the ingredients before cooking", True)
    assert clause("crowdfunding", "The term crowdfunding generally refers to a financing "
                  "method.") == ("a financing method", True)
    # only a copula after the adverb makes it lead-in
    assert not Analyzer("mise en place").tokens("Mise en place often takes an hour.")[3].lead_in
    # and a sentence after "means" is no noun phrase ("means [that] one side always points")
    assert clause("tidal locking", "Tidal locking just means one side always points at the "
                  "planet.")[1] is False


def test_a_usage_label_before_a_sense_is_none_of_its_words():
    # half-life: "3. informal the period during which ..." kept "informal" as a word of the
    # sense, so the sense was not read and "informal" counted as a content word
    text = ("half-life n. 1. Physics the time taken for an isotope to decay to half. 2. "
            "informal the period during which something remains useful.")
    assert _clauses("half-life", text) == [
        "the time taken for an isotope to decay to half",
        "the period during which something remains useful"]
    analyzer = Analyzer("half-life")
    assert "informal" not in [t.norm for t in analyzer.content(text)]
    for text, label in [
        ("half-life n. 1. archaic the time. 2. fig. a period of use.", ["fig", "."]),
        ("half-life n. 1. the time. 2. archaic, chiefly British a period of use.",
         ["archaic", ",", "chiefly", "British"]),
        ("half-life n. 1. the time. 2. chiefly N. Amer. a period of use.",
         ["chiefly", "N", ".", "Amer", "."]),
    ]:
        labels = [t.surface for t in analyzer.tokens(text) if t.label]
        assert labels[-len(label):] == label, text
    # an adjective before its noun is no label
    assert "informal" in [t.norm for t in Analyzer("caucus").content(
        "caucus n. 1. a meeting. 2. informal meeting of party leaders.")]
    # copayment: "[countable] American an amount of money ..." kept "American" as the first
    # word of the clause; a region label may stand alone, as the learners' dictionaries write it
    assert _clauses("copayment", "copayment [countable] American an amount of money that you "
                    "pay towards the cost of medical treatment")[0].startswith("an amount")
    assert _clauses("pavement", "pavement British the path beside a road")[0] == (
        "the path beside a road")
    # a region adjective before its noun stays ("American English is ...")
    assert "american" in [t.norm for t in Analyzer("dialect").content(
        "dialect n. 1. a form of a language. 2. American English as spoken in the South.")]


def test_a_usage_label_with_a_full_stop_before_a_sentence_is_a_label():
    # shareholder: "shareholder, n. (also stockholder) chiefly British. An owner of shares in
    # a company or corporation." gave the clause "chiefly British": a usage label was only
    # read before an article, "to" or a bracket, and "British. An" was taken for "N. Amer."
    assert _clauses("shareholder", "shareholder, n. (also stockholder) chiefly British. An "
                    "owner of shares in a company or corporation.")[0] == (
        "An owner of shares in a company or corporation")
    for text in ("shareholder n. (also stockholder) chiefly British an owner of shares.",
                 "shareholder n. (also stockholder) informal. An owner of shares.",
                 "shareholder n. chiefly N. Amer. An owner of shares."):
        assert _clauses("shareholder", text)[0].lower() == "an owner of shares", text


def test_a_vertical_bar_between_senses_ends_the_clause():
    # avalanche: "avalanche [countable] a large amount of snow, ice or rock that falls suddenly
    # down the side of a mountain | (figurative) a very large number of things ..." kept the
    # second sense in the clause: a bar between a dictionary's senses ends the first
    assert _clauses("avalanche", "avalanche [countable] a large amount of snow, ice or rock "
                    "that falls suddenly down the side of a mountain | (figurative) a very "
                    "large number of things that arrive at the same time")[0] == (
        "a large amount of snow , ice or rock that falls suddenly down the side of a mountain")
    # a pronunciation between bars is still the headword's
    assert _clauses("timbre", "timbre |ˈtæmbər| noun the quality of a sound")[0] == (
        "the quality of a sound")


def test_a_word_derived_from_the_terms_head_is_no_lead_in():
    def definition(term, text):
        return " ".join(t.norm for t in Analyzer(term).tokens(text) if not t.lead_in)

    # "Franchising is a method of business expansion ..." was read as "franchise is": the
    # defining sentence after it is the lead-in's end
    assert definition("franchise", "Franchising is a method of business expansion. A franchise "
                      "is a business arrangement.") == "a business arrangement ."
    assert definition("load balancer", "In computing, load balancing is the process of sharing "
                      "tasks. A load balancer is the device that does it.").startswith("the device")
    for term, text in [("lobby", "Lobbying is the act of attempting to influence officials."),
                       ("franchise", "Franchising is a method of business expansion."),
                       ("tidal locking", "Tidally locked just means one side always faces it."),
                       # counterfeit: a glossary's "Counterfeiting: the manufacture or sale of
                       # goods that copy ..." was read as the term's heading, and its activity
                       # became the result
                       ("counterfeit", "Counterfeiting: the manufacture or sale of fakes."),
                       ("franchise", "Franchising: a method of business expansion.")]:
        assert not any(t.lead_in for t in Analyzer(term).tokens(text)), (term, text)
    # the term itself, or a label, before a colon is a heading still
    assert definition("franchise", "Franchise: a licence to trade.") == "a licence to trade ."
    assert definition("counterfeit", "Definition: a fake copy.") == "a fake copy ."
    # the same word in another inflection still is, and so is a derived word before the head
    # (the same kind of thing), a derived headword with its part of speech and a gerund said
    # to be a gerund
    for term, text, first in [("franchise", "Franchises are businesses.", "businesses"),
                              ("escalator clause", "An escalation clause is a provision.", "a"),
                              ("greenwashing", "greenwash, n. misleading information.", "misleading"),
                              ("refactor", "Refactoring (noun): a change to code.", "a"),
                              ("refactor", "Refactoring means restructuring code.", "restructuring")]:
        assert definition(term, text).split()[0] == first, (term, text)


def test_the_terms_gerund_said_to_happen_when_something_is_done_is_lead_in():
    # "Subleasing occurs when the current tenant rents out the property ..." was not read as
    # "sublease" (while "A sublease occurs when" was): the whole sentence was the clause
    def definition(term, text):
        return " ".join(t.norm for t in Analyzer(term).tokens(text) if not t.lead_in)

    for text in ("Subleasing occurs when a tenant rents out the property.",
                 "A sublease occurs when a tenant rents out the property.",
                 "Subleasing happens when a tenant rents out the property.",
                 "Subleasing is when a tenant rents out the property."):
        assert definition("sublease", text) == "when a tenant rents out the property .", text
    assert definition("sublease", "Subleasing is where a tenant rents out the property.") == \
        "where a tenant rents out the property ."
    # the gerund said to be a noun phrase, or to occur somewhere, is another thing
    for text in ("Subleasing is a common practice in cities.", "Subleasing occurs in cities."):
        assert not any(t.lead_in for t in Analyzer("sublease").tokens(text)), text


def test_another_abstract_noun_from_the_terms_root_before_a_copula_is_lead_in():
    # "Mentoring is a professional relationship ..." for "mentorship" kept its lead-in:
    # "mentoring" and "mentorship" are abstract nouns from one root, "mentor"
    def definition(term, text):
        return " ".join(t.norm for t in Analyzer(term).tokens(text) if not t.lead_in)

    assert definition("mentorship", "Mentoring is a professional relationship.") == \
        "a professional relationship ."
    assert definition("settlement", "Settling means agreeing to end a dispute.") == \
        "agreeing to end a dispute ."
    # the agent noun, the root without a suffix, or a word before the copula: no lead-in
    for term, text in [("mentorship", "Mentor is a person who guides another."),
                       ("mentorship", "Mentoring programs are common."),
                       ("franchise", "Franchising is a method of expansion.")]:
        assert not any(t.lead_in for t in Analyzer(term).tokens(text)), text


def test_another_name_then_or_and_the_term_between_commas_is_lead_in():
    # "Polyphonic texture, or polyphony, occurs when two or more melodic lines ... are sounded
    # at the same time" was kept whole as the clause, the term inside it as the subject, and
    # taken for a definition that opens with a noun phrase: ", or TERM," names the term, as
    # "X (TERM)" does, and the copula after it ends the lead-in as in "Polyphony occurs when"
    assert definition("polyphony", "Polyphonic texture, or polyphony, occurs when two "
                                   "melodic lines sound at once.") == (
        "when two melodic lines sound at once .")
    assert definition("polyphony", "Polyphonic texture, or polyphony, is a texture of two "
                                   "lines.") == "a texture of two lines ."
    # without the comma that closes the alias, or with the term first, no such lead-in
    text = "Polyphonic texture, or polyphony occurs, when two lines sound."
    assert not any(t.lead_in for t in Analyzer("polyphony").tokens(text))
    assert not any(t.lead_in for t in Analyzer("polyphony").tokens("Music, or sound, is "
                                                                     "polyphony."))


def test_a_subject_that_names_the_term_in_an_alias_aside_is_lead_in():
    # banister: "A handrail on a staircase, also called a banister in the UK, is a rail
    # designed to be grasped by the hand ..." was kept whole as a clause, so the result read
    # "A handrail at the side of a staircase, also called a banister in the UK, is a rail":
    # a subject that names the term in an alias aside ("also called", "also known as", "or")
    # before "is" is the lead-in, and the clause after the copula defines the term
    assert definition("banister", "A handrail on a staircase, also called a banister in the "
                                  "UK, is a rail designed to be grasped by the hand.") == (
        "a rail designed to be grasped by the hand .")
    assert definition("baby carriage", "A pram, also known as a baby carriage, is a vehicle "
                                       "for a baby.") == "a vehicle for a baby ."
    # no copula after the aside, or a clause that is no alias: no lead-in
    for text in ("A handrail on a staircase, also called a banister, keeps people safe.",
                 "A handrail, which is like a banister, is a rail."):
        assert not any(t.lead_in for t in Analyzer("banister").tokens(text)), text


def test_an_appositive_that_classes_the_term_before_its_copula_is_lead_in():
    # "Vertigo, a subtype of dizziness, is defined as a false perception ...": the clause
    # was the appositive "a subtype of dizziness"
    assert definition("vertigo", "Vertigo, a subtype of dizziness, is defined as a false "
                      "perception of self-motion.") == "a false perception of self-motion ."
    assert definition("cross-docking", "Cross-docking, a strategy made famous by Wal-Mart, is a "
                      "distribution system.") == "a distribution system ."
    assert definition("collateral", "Collateral, the property a borrower pledges, means an "
                      "asset a lender may seize.") == "an asset a lender may seize ."
    # an abbreviation in brackets may come before the appositive and inside it
    assert definition("two-factor authentication", "Two-factor authentication (2FA), a type of "
                      "multi-factor authentication (MFA), is an electronic authentication "
                      "method.") == "an electronic authentication method ."
    # one with "the" before a bare "is" is the definition, and one before another verb
    for term, text in [("mise en place", "Mise en place, the gathering of ingredients before "
                                         "cooking, is the foundation of a station."),
                       ("zoning", "Zoning, the principal tool of land-use control, regulates "
                                  "the use of land.")]:
        assert definition(term, text).startswith(", the"), text


def test_a_relative_clause_between_commas_before_the_copula_is_lead_in():
    # "The dovetail, in which flared tails on one board fit snugly between matching pins on
    # the other, is the strongest of the corner joints ..." read the lead-in "The dovetail"
    # and the clause ", in which flared tails ... , is the strongest ..."
    assert definition("dovetail", "The dovetail, in which flared tails on one board fit snugly "
                      "between matching pins on the other, is the strongest of the corner "
                      "joints.") == "the strongest of the corner joints ."
    assert definition("dovetail", "Dovetails, whose tails flare, are strong joints.") == \
        "strong joints ."
    assert definition("escrow", "An escrow, which a third party holds, means a deposit.") == \
        "a deposit ."
    # before another verb the relative clause is an aside of the lead-in all the same, and
    # what follows it is the term's predicate, which opens no definition
    from cs_define.synthesize import defining_clause, opens_definition
    tokens = Analyzer("dovetail").tokens("The dovetail, which is strong, holds the boards.")
    assert definition("dovetail", "The dovetail, which is strong, holds the boards.") == \
        "holds the boards ."
    assert not opens_definition(tokens, defining_clause(tokens))


def test_a_relative_clause_that_holds_a_list_between_commas_is_lead_in():
    # lintel: "Lintels, which may be of steel, precast concrete or timber, carry the weight of
    # the masonry above an opening and transfer it ..." read the lead-in "Lintels" and the
    # clause "which may be ..., carry the weight ...": the aside's own commas hid the one
    # that closes it. The aside is the term's; after it comes the term's predicate, which
    # opens no definition, as in "Lintels carry the weight ..."
    from cs_define.synthesize import defining_clause, opens_definition

    for text in ("Lintels, which may be of steel, precast concrete or timber, carry the weight "
                 "of the masonry above an opening.",
                 "Lintels carry the weight of the masonry above an opening."):
        tokens = Analyzer("lintel").tokens(text)
        clause = defining_clause(tokens)
        assert " ".join(t.surface for t in clause) == (
            "carry the weight of the masonry above an opening"), text
        assert not opens_definition(tokens, clause), text
    assert _clauses("lintel", "A lintel, which may be of steel, concrete or timber, carries "
                    "the weight of the wall.")[0] == "carries the weight of the wall"
    # before a copula the predicate defines
    assert _clauses("tannin", "Tannins, which occur in the bark, leaves and unripe fruit of many "
                    "plants, are water-soluble polyphenols.")[0] == "water-soluble polyphenols"
    # with no verb that agrees with the term after a comma, the aside is the clause's
    assert _clauses("lintel", "Lintels, which may be of steel, concrete or timber, which is "
                    "cheap.")[0].startswith("which may be of steel")


def test_the_terms_first_words_as_the_subject_classed_by_its_head_noun_are_lead_in():
    # "The dovetail, in which ..., is the strongest of the corner joints" for "dovetail joint"
    # was not stripped: the term without its head noun is the term, shortened
    for text in ("The dovetail, in which flared tails fit between pins, is the strongest of "
                 "the corner joints.",
                 "The dovetail is the strongest of the corner joints."):
        assert definition("dovetail joint", text) == "the strongest of the corner joints .", text
    assert definition("dovetail joint", "The dovetails are joints.") == "joints ."
    # only with an article, as the whole subject, with the head noun in the predicate
    for term, text in [("dovetail joint", "Dovetail is a joint."),
                       ("dovetail joint", "The dovetail saw is a saw for joints."),
                       ("dovetail joint", "The dovetail is strong."),
                       ("dovetail joint", "The dovetailing is a joint."),
                       ("heat island", "The heat is oppressive in cities."),
                       ("urban heat island", "The urban heat is oppressive.")]:
        assert not any(t.lead_in for t in Analyzer(term).tokens(text)), text


def test_an_appositive_with_the_before_a_gerund_predicate_is_lead_in():
    # "Fresco, the dominant technique of Italian wall painting from the 13th to the 16th
    # century, is painting on freshly spread lime plaster ...": the clause was the aside, and
    # the definition after "is" was lost
    assert definition("fresco", "Fresco, the dominant technique of Italian wall painting from "
                      "the 13th to the 16th century, is painting on freshly spread lime plaster "
                      "with water-based pigments.") == (
        "painting on freshly spread lime plaster with water-based pigments .")
    assert definition("gardening", "Gardening, the favourite pastime of the English, is growing "
                      "plants for food or pleasure.") == "growing plants for food or pleasure ."
    # before a noun phrase, or a word in -ing that is no gerund, the appositive still defines
    for term, text in [("mise en place", "Mise en place, the gathering of ingredients before "
                                         "cooking, is the foundation of a station."),
                       ("zen", "Zen, the practice of sitting still, is nothing like a religion."),
                       ("knighthood", "Knighthood, the rank of a knight, is being abolished.")]:
        assert definition(term, text).startswith(", the"), text


def test_an_abbreviation_in_brackets_between_the_terms_words_is_lead_in():
    # "A photovoltaic (PV) cell is a nonmechanical device ...": the bracket stopped the
    # lead-in, so the source could not open a result
    analyzer = Analyzer("photovoltaic cell")
    for text in ("A photovoltaic (PV) cell is a nonmechanical device.",
                 "A photovoltaic (PV) cell, commonly called a solar cell, is a nonmechanical "
                 "device."):
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][:2] == [
            "a", "nonmechanical"], text
    # a bracket of words is no abbreviation of the term's words
    assert not any(t.lead_in for t in analyzer.tokens(
        "A photovoltaic (or solar) cell is a nonmechanical device."))


def test_a_headword_of_the_terms_first_words_with_a_label_is_lead_in():
    # "zero-day, adj. (of a software vulnerability or exploit) not yet known ...": the
    # clause was "zero-day, adj", cut at the label's full stop, and could open a result
    analyzer = Analyzer("zero-day vulnerability")
    text = ("zero-day, adj. (of a software vulnerability or exploit) not yet known to the "
            "developer; n. such a vulnerability.")
    assert [t.surface for t in analyzer.tokens(text) if t.lead_in] == ["zero-day", ",", "adj", "."]
    # without a label the first words are no lead-in: "Zero-day attacks are ..."
    assert not any(t.lead_in for t in analyzer.tokens("Zero-day attacks are common."))


def test_any_short_headword_with_a_comma_and_a_label_opening_a_text_is_lead_in():
    # short selling (dictionary): "short sale, n. the sale of a security ...": the headword
    # is a variant of the term, so the heading was not read and the clause was "short sale,
    # n", cut at the label's full stop: the whole definition was lost
    analyzer = Analyzer("short selling")
    text = ("short sale, n. the sale of a security or commodity that the seller does not own, "
            "in the expectation of buying it back later at a lower price.")
    assert [t.surface for t in analyzer.tokens(text) if t.lead_in] == ["short", "sale", ",",
                                                                      "n", "."]
    # not without the comma, not after four words or a sentence, nor with no definition after
    for text in ("short sale n. the sale of a security.",
                 "the sale of a security, n. the sale.",
                 "In a short sale, the seller borrows, adj. the sale."):
        assert not any(t.lead_in for t in analyzer.tokens(text)), text


def test_a_cross_reference_that_ends_an_entry_is_none_of_its_words():
    # plaintiff: "A person who brings a case against another in a court of law. Compare
    # defendant." counted "defendant" as a word of the definition, so it looked like a word
    # most sources use and a long clause with "defendant" in it ranked first
    analyzer = Analyzer("plaintiff")
    for text in ("A person who brings a case against another in a court of law. Compare defendant.",
                 "A person who brings a case against another in a court of law — compare defendant",
                 "A person who brings a case in a court of law. Cf. defendant, respondent.",
                 "A person who brings a case in a court of law. See also defendant."):
        assert "defendant" not in [t.norm for t in analyzer.content(text)], text
        assert "court" in [t.norm for t in analyzer.content(text)], text
    # a sentence that goes on after the names, or names the other party in the definition,
    # is the definition's
    for text in ("A person who sues. Compare the defendant, who is sued by the plaintiff.",
                 "A person who brings a case against the defendant."):
        assert "defendant" in [t.norm for t in analyzer.content(text)], text


def test_a_usage_example_after_a_colon_in_an_entry_is_none_of_its_words():
    # amnesty (learner's dictionary): "1. an official statement that allows people ... to go
    # free: The government granted a general amnesty for political prisoners. 2. ..." counted
    # the example's "granted", "general", "political prisoners" as the source's words, so they
    # looked like words most sources use (common threads, majority words)
    analyzer = Analyzer("amnesty")
    text = ("amnesty (plural amnesties) [countable, uncountable] 1. an official statement that "
            "allows people to go free: The government granted a general amnesty for political "
            "prisoners. 2. a period of time during which people can give up weapons")
    content = [t.norm for t in analyzer.content(text)]
    assert "granted" not in content and "prisoners" not in content
    assert "official" in content and "weapons" in content
    # a colon that announces no use of the term, or a sentence with a copula, keeps its words
    for text in ("amnesty, n. 1. a pardon for offences: political ones above all.",
                 "Amnesty is an official pardon: the government granted a general amnesty."):
        assert "political" in [t.norm for t in analyzer.content(text)] or \
            "granted" in [t.norm for t in analyzer.content(text)], text


def test_an_example_after_a_colon_that_opens_with_the_term_is_no_preamble():
    # overture: "a piece of music written as an introduction to an opera or ballet: the
    # overture to The Marriage of Figaro" was read as a preamble and a lead-in ("...: 'Trade
    # secret' means"), so everything before the example was lead-in; after a colon, the term
    # starts a lead-in only with a copula or a defining verb after it
    text = ("overture [countable] a piece of music written as an introduction to an opera or "
            "ballet: the overture to The Marriage of Figaro.")
    assert _clauses("overture", text)[0] == (
        "a piece of music written as an introduction to an opera or ballet")
    text = "As used in this part of the code, unless stated otherwise: the overture is a prelude."
    assert [t.norm for t in Analyzer("overture").tokens(text) if not t.lead_in][:2] == [
        "a", "prelude"]


def test_a_capital_initial_before_a_word_in_lower_case_ends_no_sentence():
    # gastritis: "often caused by H. pylori infection" ended the clause at "H": one capital
    # letter and a full stop before a word in lower case is an abbreviated genus or name
    assert _clauses("gastritis", "Gastritis is inflammation of the stomach lining, often "
                    "caused by H. pylori infection.")[0] == (
        "inflammation of the stomach lining , often caused by H. pylori infection")
    tokens = Analyzer("coli").tokens("A bacterium, E. coli, lives in the gut. It is common.")
    assert len({t.sentence for t in tokens}) == 2
    # a capital and a full stop before a capitalised word still end a sentence
    tokens = Analyzer("vitamin").tokens("It is vitamin A. The body needs it.")
    assert len({t.sentence for t in tokens}) == 2


def test_an_aside_between_spaced_hyphens_is_passed_over_like_one_between_dashes():
    # firmware: "stored in hardware - typically in read-only memory - such that they cannot
    # be modified" ended the clause at the first spaced hyphen, while en dashes were passed over
    for dash in "-–":
        text = (f"Computer programs and data stored in hardware {dash} typically in read-only "
                f"memory {dash} such that they cannot be modified during execution.")
        assert _clauses("firmware", text)[0] == (
            "Computer programs and data stored in hardware such that they cannot be modified "
            "during execution"), dash
    # hyphens that start lines are a list's bullets, no aside: franchise gave "... under its
    # brand - The franchisee pays ... - In return for an initial fee"
    text = ("A **franchise** is a business model where:\n\n- The **franchisor** (the parent "
            "company) lets others operate under its brand\n- The **franchisee** pays an upfront "
            "fee\n- In return, the franchisee gets the brand name")
    assert "In" not in _clauses("franchise", text)[1].split()


def test_a_clause_whose_list_was_cut_off_does_not_end_with_its_opener():
    # cantata: "usually consisting of several movements such as:" and a bulleted list gave a
    # defining clause that ended with "such as"
    text = ("A **cantata** is a musical work for voices and instruments, usually consisting of "
            "several movements such as:\n\n- **Recitatives** – speech-like singing\n"
            "- **Arias** – lyrical solo songs")
    assert _clauses("cantata", text)[0] == (
        "a musical work for voices and instruments , usually consisting of several movements")
    assert _clauses("cantata", "A cantata is a work of several movements, including:\n- arias")[
        0] == "a work of several movements"
    # a list that follows is the clause's
    assert _clauses("cantata", "A cantata is a work with parts such as arias.")[0] == (
        "a work with parts such as arias")


def test_a_closed_term_written_open_and_the_reverse_are_the_term():
    # heatwave: "A heat wave or heatwave ... is" and "Heat waves ... are" were not read as the
    # term, so the copies kept the term as their subject
    heatwave = Analyzer("heatwave")
    tokens = heatwave.tokens("Heat waves are long spells of hot weather.")
    assert [t.norm for t in tokens if t.lead_in] == ["heat", "waves", "are"]
    assert heatwave.names_term(heatwave.tokens("a long heat wave"))
    tokens = Analyzer("heat wave").tokens("Heatwaves are long spells of hot weather.")
    assert [t.norm for t in tokens if t.lead_in] == ["heatwaves", "are"]
    # two words that only run together into another word, or function words, are not it
    assert not Analyzer("anyone").names_term(Analyzer("anyone").tokens("any one of them"))
    assert not heatwave.names_term(heatwave.tokens("heat of the wave"))


def test_an_or_variant_then_an_alias_between_commas_is_lead_in():
    # heatwave: "A heatwave or heat wave, sometimes described as extreme heat, is" stopped
    # the lead-in at "A heatwave": a variant after "or" was only read before a bracket or a
    # copula
    tokens = Analyzer("heatwave").tokens(
        "A heatwave or heat wave, sometimes described as extreme heat, is a period of hot "
        "weather.")
    assert [t.norm for t in tokens if not t.lead_in][:2] == ["a", "period"]
    tokens = Analyzer("leitmotif").tokens(
        "A leitmotif or leitmotiv, also called a motto, is a short recurring phrase.")
    assert [t.norm for t in tokens if not t.lead_in][:2] == ["a", "short"]


def test_a_field_label_after_a_part_of_speech_before_a_sense_number_is_heading():
    # "n. Pathol. 1. The sudden obstruction ..." read the clause "1": a field label before a
    # sense number is a heading as it is before a capital
    for text in ("n. Pathol. 1. The sudden obstruction of a blood vessel by an embolus. 2. The "
                 "insertion of days into a calendar.",
                 "Pathol. 1. The sudden obstruction of a blood vessel by an embolus."):
        assert _clauses("embolism", text)[0] == (
            "The sudden obstruction of a blood vessel by an embolus"), text


def test_bracketed_labels_in_a_row_are_all_labels():
    # "[countable] (medical) a condition in which ..." read the clause "medical": a bracketed
    # label before another bracketed label is a label too
    text = "[countable] (medical) a condition in which a blood clot or air bubble blocks an artery"
    assert _clauses("embolism", text) == [
        "a condition in which a blood clot or air bubble blocks an artery"]
    assert "medical" not in [t.norm for t in Analyzer("embolism").content(text)]
    # and a bracket of labels joined by commas: "[countable, uncountable] (medical) a ..."
    text = "[countable, uncountable] (medical) a condition in which a blood clot blocks an artery"
    assert _clauses("embolism", text) == ["a condition in which a blood clot blocks an artery"]


def test_a_bracketed_region_with_the_word_used_there_is_a_label():
    # duvet: "[countable] (British English) (American English comforter) a large bag ..." read
    # the clause "American English comforter": a region in brackets, with the word used in
    # that region or not, is a label before the sense
    text = ("[countable] (British English) (American English comforter) a large bag filled "
            "with feathers that you use to cover yourself in bed")
    assert _clauses("duvet", text) == [
        "a large bag filled with feathers that you use to cover yourself in bed"]
    assert "comforter" not in [t.norm for t in Analyzer("duvet").content(text)]
    text = ("[countable] (especially British English) (US usually faucet) a device that "
            "controls the flow of water from a pipe")
    assert _clauses("tap", text) == ["a device that controls the flow of water from a pipe"]


def test_a_region_label_after_a_bracket_with_a_bracket_inside_is_a_label():
    # banister: "[countable] (also banisters [plural]) British a row of wooden or metal posts
    # ..." kept "British" as the clause's first word: the labels after the headword were only
    # read past a bracket with no bracket inside, so the region label was not reached
    for text in ("banister [countable] (also banisters [plural]) British a row of wooden or "
                 "metal posts with a bar along the top",
                 "banister (also banisters [plural]) British a row of wooden or metal posts "
                 "with a bar along the top"):
        assert _clauses("banister", text)[0] == (
            "a row of wooden or metal posts with a bar along the top"), text
    # a region adjective in the definition stays
    assert _clauses("florin", "florin [countable] (also florins [plural]) a British coin "
                    "worth two shillings")[0] == "a British coin worth two shillings"


def test_a_part_of_speech_after_a_sense_opens_a_further_clause():
    # "mordant, adj. & n. adj. (of humour) sharply sarcastic; biting. n. 1. a substance ..."
    # lost the noun's first sense: senses grouped by part of speech each open with a label
    text = ("mordant, adj. & n. adj. (of humour) sharply sarcastic; biting. n. 1. a substance "
            "that combines with a dye. 2. an acid used in etching.")
    assert _clauses("mordant", text) == [
        "sharply sarcastic", "a substance that combines with a dye", "an acid used in etching"]
    text = ("adj. Relating to or involving a trust; n. a person to whom property or power is "
            "entrusted.")
    assert _clauses("fiduciary", text) == [
        "Relating to or involving a trust", "a person to whom property or power is entrusted"]


def test_a_field_phrase_between_commas_before_the_copula_is_lead_in():
    # "Bycatch (or by-catch), in the fishing industry, is a fish ..." read the clause "in the
    # fishing industry, is a fish ...": the field phrase stopped the lead-in
    for text in ("Bycatch (or by-catch), in the fishing industry, is a fish that is caught "
                 "unintentionally.",
                 "Bycatch, in the fishing industry, is a fish that is caught unintentionally."):
        assert _clauses("bycatch", text) == ["a fish that is caught unintentionally"], text


def test_a_variant_joined_by_or_after_a_bracket_is_lead_in():
    # "A heuristic (from Ancient Greek ...) or heuristic technique is any approach ..." read
    # the clause "or heuristic technique is any approach ..."
    text = ("A heuristic (from Ancient Greek εὑρίσκω, heurískō, 'I find, discover') or heuristic "
            "technique is any approach to problem solving.")
    assert _clauses("heuristic", text) == ["any approach to problem solving"]


def test_a_bare_noun_phrase_after_what_a_clause_announces_restates_it():
    # "Gastritis is a general term for a group of conditions with one thing in common:
    # inflammation of the lining of the stomach" read only "a group of conditions ...": the
    # noun phrase after the colon, with no article, was no restatement
    text = ("Gastritis is a general term for a group of conditions with one thing in common: "
            "inflammation of the lining of the stomach. It is most often caused by infection.")
    assert _clauses("gastritis", text) == ["a group of conditions with one thing in common",
                                           "inflammation of the lining of the stomach"]
    text = "Gastritis is a term for several conditions: inflammation of the stomach lining."
    assert _clauses("gastritis", text)[1:] == ["inflammation of the stomach lining"]
    # with nothing announced, a bare phrase after a colon is an example or an aside
    text = "A crop grown in rotation: corn one year, soybeans the next."
    assert _clauses("rotation", text)[1:] == []


def test_a_plural_label_with_its_forms_is_one_of_the_entry_labels():
    # "(pl. librettos or libretti) 1. the text of ..." gave the clause "1" (the bracket was
    # not read as a label, so the sense number was not either), and "n., pl. -tas or -tae 1.
    # the vascular organ ..." gave "tas or": the plural forms are part of the labels
    assert _clauses("libretto", "(pl. librettos or libretti) 1. the text of an opera 2. a "
                    "book containing such a text")[0] == "the text of an opera"
    assert _clauses("placenta", "n., pl. -tas or -tae 1. the vascular organ in mammals. 2. "
                    "(Bot.) the part of the ovary.")[0] == "the vascular organ in mammals"
    for analyzer, text, first in [
        (Analyzer("cactus"), "cactus (plural: cacti or cactuses) a plant with spines.", "a"),
        (Analyzer("placenta"), "placenta n., plural -tas or -tae the organ.", "the"),
        (Analyzer("octopus"), "octopus, n., pl. octopuses or octopi; a sea animal.", ";"),
        # a plural noun's label before its definition: the words are the definition
        (Analyzer("damages"), "damages, n. pl. Money and goods claimed by a person.", "money"),
    ]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text


def test_a_part_of_speech_after_the_plural_forms_is_one_of_the_entry_labels():
    # isthmus: "isthmus (pl. isthmuses or isthmi) n. 1. a narrow strip of land ..." gave the
    # clause "n": the part of speech after the bracketed plural forms was not skipped, as it
    # is before them ("isthmus n. (pl. ...) a narrow ...")
    assert _clauses("isthmus", "isthmus (pl. isthmuses or isthmi) n. 1. a narrow strip of land "
                    "connecting two larger bodies of land. 2. Anatomy. a narrow part.")[0] == (
        "a narrow strip of land connecting two larger bodies of land")
    for text in ("isthmus (pl. isthmuses or isthmi) n. a narrow strip of land.",
                 "isthmus (plural isthmuses) noun: a narrow strip of land.",
                 "isthmus, pl. isthmuses or isthmi. n. a narrow strip of land.",
                 "isthmus (pl. isthmuses or isthmi) a narrow strip of land."):
        assert _clauses("isthmus", text)[0] == "a narrow strip of land", text


def test_a_variant_headword_in_brackets_before_the_part_of_speech_is_lead_in():
    # "ghostwriter (also ghost writer), n. someone who ..." gave the lead-in "ghostwriter" and
    # the clause "n": the bracketed variant and the comma are part of the headword
    assert _clauses("ghostwriter", "ghostwriter (also ghost writer), n. someone who writes a "
                    "book for another person") == ["someone who writes a book for another person"]
    for analyzer, text, first in [
        (Analyzer("light year"), "light year (or light-year), n. a unit of distance.", "a"),
        (Analyzer("cooperative"), "cooperative (also co-operative) noun: a farm.", "a"),
    ]:
        assert [t.norm for t in analyzer.tokens(text) if not t.lead_in][0] == first, text


def test_a_clause_that_only_gives_the_words_origin_is_not_the_definition():
    # "Pro bono: Latin for "for the good"; legal services provided ..." gave the clause 'Latin
    # for "for the good"' and the result copied it (5 words); "Libretto: Literally 'little
    # book' in Italian. The words of an opera ..." and "**Pro bono** comes from the Latin ...
    # It refers to professional services ..." read the origin as the definition too
    assert _clauses("pro bono", 'Pro bono: Latin for "for the good"; legal services provided '
                    'free of charge.') == ["legal services provided free of charge"]
    assert _clauses("libretto", "Libretto: Literally 'little book' in Italian. The words of an "
                    "opera, written by a librettist.")[0] == (
        "The words of an opera , written by a librettist")
    assert _clauses("pro bono", '**Pro bono** comes from the Latin *pro bono publico*, meaning '
                    '"for the public good." It refers to professional services provided free '
                    'of charge.') == ["professional services provided free of charge"]
    assert _clauses("libretto", "Libretto: Italian for 'booklet'. The words of an opera.") == [
        "The words of an opera"]
    # a register label or an alias marker before "for" defines or names; a clause that goes
    # on after the quotation, or a verb of origin with a copula after it, defines as well
    for term, text, clause in [
        ("bling", "Bling: Slang for 'jewellery'; worn to impress.", "Slang for ' jewellery '"),
        ("libretto", "Libretto: Literally 'little book', the text of an opera.",
         "Literally ' little book ' , the text of an opera"),
        ("pro bono", "Pro bono comes from Latin and is a term for free legal work. It is common.",
         "comes from Latin and is a term for free legal work"),
    ]:
        assert _clauses(term, text)[0] == clause, text
    # after the origin, a comma, "a TERM" and a copula: a lead-in (a long fronted phrase)
    assert _clauses("libretto", "Libretto: Literally 'little book', a libretto is the "
                    "text.") == ["the text"]


def test_a_longer_form_of_the_term_with_a_bracket_and_an_alias_is_lead_in():
    # "Pro bono publico (English: 'for the public good'), usually shortened to pro bono, is a
    # Latin phrase ..." left the clause "publico (English: ...) ... is a Latin phrase ...":
    # the bracket after the longer form's extra word stopped `_noun_after_term`, and "usually
    # shortened to pro bono" was no alias it knew
    assert _clauses("pro bono", "Pro bono publico (English: 'for the public good'), usually "
                    "shortened to pro bono, is a Latin phrase for professional work.")[0] == (
        "a Latin phrase for professional work")
    assert _clauses("allotment", "An allotment garden (a plot), often called simply an "
                    "allotment in the UK, is a plot of land.")[0] == "a plot of land"
    # an aside that ends with the term but does not name it is no alias
    assert _clauses("allotment", "An allotment garden, near an allotment, is a plot of "
                    "land.")[0] != "a plot of land"


def test_the_term_as_a_modifier_with_a_bracketed_alias_that_names_it_is_lead_in():
    # keynote: "A keynote speech (or keynote address) is the main speech at a conference"
    # left the clause "speech is the main speech ...": the term modifies "speech", and the
    # alias in brackets, marked by "or", names the term too, then the copula
    assert _clauses("keynote", "A keynote speech (or keynote address) is the main speech at "
                    "a conference.")[0] == "the main speech at a conference"
    assert _clauses("allotment", "An allotment garden (also called an allotment) is a plot "
                    "of land.")[0] == "a plot of land"
    # an alias that does not name the term, or a bracket that is no alias, stays as it was
    for term, text in [("keynote", "A keynote speech (or address) is the main speech."),
                       ("keynote", "A keynote speech (at a conference) is the main speech.")]:
        assert _clauses(term, text)[0] != "the main speech", text


def test_a_long_fronted_phrase_before_an_article_the_term_and_a_copula_is_lead_in():
    # "A disc-shaped organ formed from both maternal and fetal tissues, the placenta is the
    # site of exchange ..." had no lead-in: the phrase before the comma was too long for a
    # field phrase, so the whole sentence, with "the placenta is" in it, was the clause
    text = ("A disc-shaped organ formed from both maternal and fetal tissues, the placenta is "
            "the site of exchange between the mother's and the fetus's blood.")
    assert _clauses("placenta", text)[0] == (
        "the site of exchange between the mother's and the fetus's blood")
    text = ("Unlike a crater, which is built up around a vent, a caldera is produced by "
            "collapse: the summit of the volcano sinks.")
    assert _clauses("caldera", text)[0] == "produced by collapse"
    # no article after the comma, or no copula: no lead-in
    analyzer = Analyzer("placenta")
    for text in ("A disc-shaped organ formed from both maternal and fetal tissues, and placenta "
                 "is the site of exchange.",
                 "A disc-shaped organ formed from both maternal and fetal tissues, the placenta "
                 "grows."):
        assert not any(t.lead_in for t in analyzer.tokens(text)), text


def test_the_term_modifying_the_subjects_head_noun_is_no_lead_in():
    # "Plyometric training uses the stretch-shortening cycle ..." and "Pro bono service means
    # legal services ..." had the term alone as the lead-in, as a headword, and read the
    # clause "training uses ...", "service means ...": a subject and its verb, of a kind of
    # the term's
    for term, text in (
            ("plyometrics", "Plyometric training uses the stretch-shortening cycle."),
            ("plyometrics", "Plyometric exercises are quick, powerful movements."),
            ("pro bono", "Pro bono service means legal services provided without fee."),
            ("pro bono", "Pro bono work is when lawyers help for free.")):
        assert not any(t.lead_in for t in Analyzer(term).tokens(text)), text
    # the term as a headword before a noun phrase, with no verb, still is one
    tokens = Analyzer("sourdough").tokens("Sourdough bread made with a wild starter.")
    assert [t.surface for t in tokens if t.lead_in] == ["Sourdough"]
    # and the term's own copula still ends a lead-in
    tokens = Analyzer("plyometrics").tokens("Plyometrics are quick movements.")
    assert [t.surface for t in tokens if t.lead_in] == ["Plyometrics", "are"]


def test_the_term_modifying_a_noun_the_predicate_repeats_is_a_lead_in():
    # "Cirrus clouds are short, detached, hair-like clouds ...": the term names a kind of the
    # noun it modifies, and the predicate, with that noun as its head, says which kind
    cirrus = Analyzer("cirrus")
    for text in ("Cirrus clouds are short, detached, hair-like clouds found high up.",
                 "Cirrus clouds are a genus of cloud."):
        tokens = cirrus.tokens(text)
        assert [t.surface for t in tokens if t.lead_in] == ["Cirrus", "clouds", "are"], text
    # a predicate that repeats no noun of the subject says something of another thing
    for term, text in (("cirrus", "Cirrus clouds are high. Clouds are white."),
                       ("sauna", "Sauna bathing is a form of whole-body heat exposure.")):
        assert not any(t.lead_in for t in Analyzer(term).tokens(text)), text


def test_a_noun_phrase_with_the_between_dashes_before_another_predicate_defines():
    # "In medieval Christian and Islamic teaching, usury — the taking of any interest on a
    # loan of money — was treated as a sin" read the clause "treated as a sin": the lead-in
    # passed over the dashes as over an alias
    for text in ("In medieval Christian and Islamic teaching, usury — the taking of any "
                 "interest on a loan of money — was treated as a sin.",
                 "Usury — the taking of any interest on a loan of money — was treated as a sin.",
                 "Usury, the taking of any interest on a loan of money, was treated as a sin."):
        assert _clauses("usury", text)[0] == "the taking of any interest on a loan of money", text
    # a copula that says it defines, or a list of kinds between the dashes: passed over
    text = "Usury — the taking of interest — is defined as lending at unfair rates."
    assert _clauses("usury", text)[0] == "lending at unfair rates"
    text = "Fossil fuels — coal, oil and gas — are fuels formed from ancient remains."
    assert _clauses("fossil fuel", text)[0] == "fuels formed from ancient remains"


def test_a_spliced_plural_subject_and_its_bare_verb_end_the_clause():
    # "Stalactites are the ones that hang down from the roof, stalagmites grow up from the
    # floor" kept the second sentence: the relative clause ("that hang") stopped the search
    # for a splice, and "stalagmites grow" read as a subject of two nouns with no verb
    text = ("Stalactites are the ones that hang down from the roof, stalagmites grow up from "
            "the floor — easiest way to remember is c for ceiling.")
    assert _clauses("stalactite", text)[0] == "the ones that hang down from the roof"
    text = "Stalactites are formations, stalagmites grow up from the floor."
    assert _clauses("stalactite", text)[0] == "formations"
    # a relative clause whose subject follows its opener, and lists of nouns or of verbs,
    # stay whole
    for term, text in (
            ("gig economy", "The gig economy is a market in which temporary, flexible jobs "
                            "are common."),
            ("tissue", "Tissue is a set of cells, blood vessels and nerves."),
            ("cobbler", "A cobbler is one of the people who make, sell and repair shoes.")):
        assert _clauses(term, text)[0] == text.split(" is ", 1)[1].rstrip(".").replace(
            ",", " ,"), text


def test_a_noun_phrase_between_dashes_before_a_copula_and_a_noun_phrase_is_an_aside():
    # "mRNA — the 'messenger' — is the class of RNA molecules whereby ..." read the clause
    # "the 'messenger'" after the rule for "usury — the taking of ... — was treated as a sin":
    # a noun phrase after the copula is the definition
    text = ("mRNA — the 'messenger' — is the class of RNA molecules whereby the information "
            "encoded in a gene's DNA is carried to the ribosomes.")
    assert _clauses("mRNA", text)[0].startswith("the class of RNA molecules")


def test_a_to_of_purpose_that_opens_a_list_after_a_colon_is_no_part_of_the_clause():
    # the chatbot's "... a nearly finished version — the *beta* — is given to external users
    # to:" and a bulleted list read the clause "... given to external users to": a clause
    # that ends in a dangling "to"
    text = ("**Beta testing** (software development)\n\nBeta testing is a stage of the software "
            "release cycle where a nearly finished version — the *beta* — is given to external "
            "users to:\n\n- find bugs the developers missed\n- check usability and performance")
    assert _clauses("beta testing", text)[0].endswith("is given to external users")
    # after a verb the "to" stays with it: no clause is cut to "is used"
    assert _clauses("jig", "A jig is a tool that is used to:\n\n- hold work")[0].endswith(
        "used to")


def test_a_pronunciation_between_slashes_after_the_headword_is_lead_in():
    # "timbre /ˈtæmbə(r)/ noun [countable, uncountable] (formal) the quality of sound ..." read
    # the clause "ˈtæmbə(r)/ noun": a pronunciation between slashes or bars, written without
    # spaces inside its marks, is one of the entry's labels
    for text in ("timbre /ˈtæmbə(r)/ noun [countable, uncountable] (formal) the quality of "
                 "sound that is produced by a particular voice",
                 "timbre |ˈtæmbər| n. the quality of sound that is produced by a particular "
                 "voice",
                 "timbre /ˈtæmbə(r)/, /ˈtæmbər/ noun the quality of sound that is produced by "
                 "a particular voice"):
        assert _clauses("timbre", text) == [
            "the quality of sound that is produced by a particular voice"], text
    # a slash between words is no pronunciation
    assert _clauses("timbre", "Timbre is the colour/quality of a sound.") == [
        "the colour / quality of a sound"]


def test_a_suspended_hyphen_is_part_of_its_word_not_a_dash():
    # "A dune is a landform composed of wind- or water-driven sand." cut the clause at the
    # hyphen after "wind", read as a spaced dash: "a landform composed of wind". A hyphen
    # joined to the word before it and followed by "or", "and" or "to" is a suspended hyphen
    assert _clauses("dune", "A dune is a landform composed of wind- or water-driven sand.") \
        == ["a landform composed of wind- or water-driven sand"]
    assert [t.surface for t in Analyzer().tokens("pre- and post-war, 10- to 15-year")] == \
        ["pre-", "and", "post-war", ",", "10-", "to", "15-year"]
    # a hyphen with spaces on both sides is still a dash
    assert [t.surface for t in Analyzer().tokens("wind - or rain")] == ["wind", "-", "or", "rain"]


def test_a_plural_possessive_in_a_hyphenated_compound_is_one_word():
    # "Checksum: the ones'-complement sum of the 16-bit words ..." read the clause "the ones":
    # the apostrophe was a quotation mark and the hyphen after it a dash. A plural's
    # possessive apostrophe joined to a hyphen and the next word is inside the compound
    assert _clauses("checksum", "Checksum: the ones'-complement sum of the 16-bit words of a "
                    "segment.") == ["the ones'-complement sum of the 16-bit words of a segment"]
    assert [t.surface for t in Analyzer().tokens("the ones’-complement sum")] == \
        ["the", "ones’-complement", "sum"]
    # a quotation closed after a plural word is still closed
    assert [t.surface for t in Analyzer().tokens("the 'ones' - here")] == \
        ["the", "'", "ones", "'", "-", "here"]


def test_a_sentence_adverb_between_commas_after_the_term_is_lead_in():
    # "Estoppel, broadly, is the principle that ..." read the clause "broadly, is the
    # principle ...": an adverb in "-ly" (with "speaking" at most) or a sentence adverb
    # between commas after the term, before the copula, goes on the lead-in
    for text in ("Estoppel, broadly, is the principle that a party cannot deny it.",
                 "Estoppel, broadly speaking, is the principle that a party cannot deny it.",
                 "Estoppel, however, is the principle that a party cannot deny it."):
        assert _clauses("estoppel", text) == ["the principle that a party cannot deny it"], text


def test_a_participle_phrase_between_commas_after_the_term_is_lead_in():
    # pedagogy: "Pedagogy, most commonly understood as the approach to teaching, is the theory
    # and practice of learning ..." stripped only "Pedagogy ," and kept the phrase and "is" in
    # the clause: a participle phrase between commas after the term, before the copula, is an
    # aside on the term and goes on the lead-in, as an appositive does
    for text in ("Pedagogy, most commonly understood as the approach to teaching, is the "
                 "theory and practice of learning.",
                 "Pedagogy, derived from the Greek word for leading a child, is the theory "
                 "and practice of learning.",
                 "Pedagogy, drawing on psychology and philosophy, is the theory and practice "
                 "of learning."):
        assert _clauses("pedagogy", text) == ["the theory and practice of learning"], text
    # no copula after the closing comma: the phrase is no aside before a definition
    assert _clauses("pedagogy", "Pedagogy, most commonly understood as the approach to "
                    "teaching, shapes how schools work.")[0].startswith("most commonly")


def test_a_participle_aside_with_a_time_adverb_before_a_past_copula_is_lead_in():
    # pinafore: "Pinafores, first worn by girls in the late eighteenth century, were washable
    # aprons that ..." stripped only "Pinafores ,": an adverb of time before the participle
    # ("first", "once", "still") qualifies it as "often" does, and "was/were" is a copula
    for text in ("Pinafores, first worn by girls in the late eighteenth century, were "
                 "washable aprons that protected the dress.",
                 "Pinafores, once worn by girls, were washable aprons that protected the dress.",
                 "A pinafore, still worn by girls, is a washable apron that protected the dress."):
        assert _clauses("pinafore", text)[0] in ("washable aprons that protected the dress",
                                                 "a washable apron that protected the dress"), text
    # lectern: "Lecterns, often carved in the form of an eagle, were placed in the chancel or
    # nave ..." is then a passive predicate after the aside, what was done with the term, as
    # "is obtained from" is: no definition
    from cs_define.synthesize import source_clause

    lectern = Analyzer("lectern")
    for text in ("Lecterns, often carved in the form of an eagle, were placed in the chancel "
                 "or nave to support the large Bible.",
                 "The lectern was placed in the chancel."):
        tokens = lectern.tokens(text)
        assert lectern.passive_opening(tokens) and source_clause(tokens, lectern) == (), text
    tokens = lectern.tokens("Lecterns, often carved in oak, were reading desks.")
    assert not lectern.passive_opening(tokens) and source_clause(tokens, lectern)


def test_a_discourse_opener_before_the_term_as_subject_is_lead_in():
    # "In simple terms, estoppel stops a party ..." kept the clause "In simple terms,
    # estoppel stops ...", while "Estoppel stops a party ..." reads "stops a party ...": a
    # discourse opener and its comma ("In simple terms,", "Simply put,", "Basically,") say
    # how the sentence is put, so the term after them is the subject as at the start
    for opener in ("In simple terms,", "Simply put,", "Basically,", "Broadly speaking,",
                   "In other words,"):
        text = opener + " estoppel stops a party from denying an earlier assumption."
        assert _clauses("estoppel", text) == ["stops a party from denying an earlier assumption"], text
    # another opening phrase is not a discourse opener: the term is not the defined subject
    assert _clauses("estoppel", "In 1990, estoppel stopped a party from denying it.") == [
        "In 1990 , estoppel stopped a party from denying it"]


def test_an_appositive_with_a_before_a_passive_predicate_defines():
    # "Glaucoma, a progressive optic neuropathy, is characterized by loss of retinal ganglion
    # cells" put the appositive in the lead-in and read the clause "characterized by loss
    # ...": a bare copula, a participle and "by"/"with" says what marks or causes the term,
    # not what it is, so the appositive that classes it is the definition
    for verb in ("characterized by", "caused by", "associated with"):
        text = f"Glaucoma, a progressive optic neuropathy, is {verb} loss of retinal cells."
        assert _clauses("glaucoma", text)[0] == "a progressive optic neuropathy", text
    # a predicate that classes the term is still the definition after an "a" appositive
    text = "Vertigo, a subtype of dizziness, is a false perception of movement."
    assert _clauses("vertigo", text)[0] == "a false perception of movement"


def test_an_appositive_of_the_term_after_a_fronted_preposition_defines():
    # "Under mercantilism, the system of thought that guided European trade policy before
    # Adam Smith, a country's wealth was measured by ..." read the clause from the
    # appositive on into the main clause: the term as the object of a fronted preposition,
    # then a noun phrase with a determiner between commas and a new subject with its verb,
    # is named by the appositive, which is the defining clause up to its comma
    text = ("Under mercantilism, the system of thought that guided European trade policy before "
            "Adam Smith, a country's wealth was measured by the gold and silver it held.")
    assert _clauses("mercantilism", text)[0] == \
        "the system of thought that guided European trade policy before Adam Smith"
    # the noun phrase after the comma is the main clause's subject: no appositive
    text = "Under mercantilism, the state controlled trade to build up its wealth."
    assert _clauses("mercantilism", text)[0] == (
        "Under mercantilism , the state controlled trade to build up its wealth")


def test_a_fronted_participle_phrase_before_the_term_and_a_copula_is_lead_in():
    # "Hedgerows – Often described as woodland edges without the wood, hedgerows are managed
    # lines of shrubs" read the clause "Often described as woodland edges without the wood":
    # a fronted participle phrase (after an adverb at most) and its comma, then the term
    # (with no article) and a copula, lead in as a fronted phrase before "a TERM is" does
    for text in ("Hedgerows – Often described as woodland edges without the wood, hedgerows "
                 "are managed lines of shrubs.",
                 "Often described as woodland edges without the wood, hedgerows are managed "
                 "lines of shrubs.",
                 "Planted along field edges, hedgerows are managed lines of shrubs."):
        assert _clauses("hedgerow", text)[0] == "managed lines of shrubs", text


def test_brackets_inside_a_bracketed_note_are_balanced():
    # sonar: "sonar, n. (from so(und) na(vigation and) r(anging)) a system for ..." closed the
    # etymology at the first ")", so the defining clause was "na(vigation and) r"
    from cs_define.synthesize import defining_clause

    def clause(term, text):
        return " ".join(t.surface for t in defining_clause(Analyzer(term).tokens(text)))

    assert clause("sonar", "sonar, n. (from so(und) na(vigation and) r(anging)) a system for "
                  "the detection of objects under water. Compare radar.") == (
        "a system for the detection of objects under water")
    # an aside inside the clause is passed over whole, brackets in it and all
    assert clause("radar", "radar, n. a system (from ra(dio) d(etection)) that detects "
                  "aircraft. Compare sonar.") == "a system that detects aircraft"
    # a note without brackets inside it, as before
    assert clause("sonar", "sonar, n. (nautical) a system for detecting objects.") == (
        "a system for detecting objects")


def test_a_first_sentence_that_defines_another_noun_phrase_yields_to_one_on_the_term():
    # arpeggio: "A broken chord is a chord broken into a sequence of notes. An arpeggio (...)
    # is a type of broken chord in which ..." took the first sentence as the defining clause
    from cs_define.synthesize import defining_clause

    def clause(term, text):
        return " ".join(t.surface for t in defining_clause(Analyzer(term).tokens(text)))

    assert clause("arpeggio", "A broken chord is a chord broken into a sequence of notes. An "
                  "arpeggio (Italian) is a type of broken chord in which the notes sound in "
                  "order.") == "a type of broken chord in which the notes sound in order"
    # no later sentence on the term: the first sentence stays
    assert clause("arpeggio", "A broken chord is a chord broken into a sequence of notes. "
                  "Harps play them.") == "A broken chord is a chord broken into a sequence of notes"


def test_brackets_inside_an_aside_after_the_term_are_balanced():
    # bylaw (round 97): "A by-law (bye-law, by(e)-law, by(e)law), is a rule ..." closed the
    # aside at the ")" of "by(e)", and the clause was "law , by law"
    assert _clauses("bylaw", "A by-law (bye-law, by(e)-law, by(e)law), is a rule or law "
                    "established by an organization.")[0] == (
        "a rule or law established by an organization")
    # the comma after the aside, before the copula, is stray: as without it
    assert _clauses("bylaw", "A by-law (or bye-law), is a rule made by a council.")[0] == (
        "a rule made by a council")


def test_exists_when_links_the_term_as_occurs_when_does():
    # monopoly (round 96): "A monopoly exists when one firm controls ..." read the clause
    # "exists when one firm controls ...", where "occurs when" and "is when" give "when ..."
    assert _clauses("monopoly", "A monopoly exists when one firm controls the whole supply "
                    "of a product.")[0] == "when one firm controls the whole supply of a product"
    # without a "when" clause, "exists" says something else of the term: no lead-in
    assert _clauses("monopoly", "A monopoly exists in many towns.")[0] == (
        "exists in many towns")


def test_a_sense_hedge_of_any_adjectives_after_the_copula_is_lead_in():
    # pathogen (round 94): "A pathogen is, in the oldest and broadest sense, any organism ..."
    # kept the hedge in the clause, where "in the broadest sense," was passed over: any
    # "in" + determiner + a few adjectives + "sense" says in what sense the term is taken
    for text in ("A pathogen is, in the oldest and broadest sense, any organism that can "
                 "produce disease.",
                 "A pathogen is, in a sense, any organism that can produce disease.",
                 "A pathogen is in its most general sense an organism that can produce "
                 "disease."):
        assert _clauses("pathogen", text)[0].split()[1:] == "organism that can produce " \
            "disease".split(), text
    # "in the sense of/that" is no hedge: it says what the sense is
    assert _clauses("pathogen", "A pathogen is, in the sense of this Act, any organism.")[0] \
        != "any organism"


def test_an_aside_that_contrasts_the_term_right_after_the_copula_is_lead_in():
    # sonata (held-out): "Sonata (from Latin and Italian sonare, 'to sound') is, in contrast to
    # the cantata, a piece played rather than sung" gave the clause "in contrast to the
    # cantata, a piece ...": an aside longer than four words was kept. One that sets the term
    # against another thing says what it is not; the definition follows it
    for text in ("Sonata (from Latin and Italian sonare, 'to sound') is, in contrast to the "
                 "cantata, a piece played rather than sung.",
                 "A sonata is, unlike the vocal cantata of the period, a piece played rather "
                 "than sung."):
        assert _clauses("sonata", text)[0] == "a piece played rather than sung", text
    # a long aside of another kind stays (see the pathogen's "in the sense of this Act")
    assert _clauses("sonata", "A sonata is, in the music of the Baroque era, a piece played "
                    "rather than sung.")[0] != "a piece played rather than sung"


def test_the_term_with_an_aside_and_a_defining_verb_stands_for_the_term():
    # zeitgeist (round 99): "The term, associated with Hegel's philosophy of history, refers
    # to the defining spirit ..." never names the term, so no lead-in was found and the
    # clause kept "The term, associated with ..., refers to"
    assert _clauses("zeitgeist", "The term, associated with Hegel's philosophy of history, "
                    "refers to the defining spirit or mood of a particular period.")[0] == (
        "the defining spirit or mood of a particular period")
    assert _clauses("zeitgeist", "This word usually means the spirit of the age.")[0] == (
        "the spirit of the age")
    # a bare "is" says something of the word, not what it means
    assert _clauses("zeitgeist", "The term is of German origin.")[0] == (
        "The term is of German origin")


def test_a_passive_after_the_term_and_be_is_no_definition():
    # tenure (round 98): "Tenure is granted to faculty members who have demonstrated ...
    # during a probationary period" was read as a definition ("granted to faculty members
    # ..."), and lent "during a probationary period" to another source's wording
    from cs_define.synthesize import source_clause

    analyzer = Analyzer("tenure")
    text = ("Tenure is granted to faculty members who have demonstrated excellence during a "
            "probationary period. A tenured appointment is continuous.")
    tokens = analyzer.tokens(text)
    assert not tokens[0].lead_in and analyzer.passive_opening(tokens)
    assert source_clause(tokens, analyzer) == ()
    assert analyzer.passive_opening(analyzer.tokens("Tenure is usually awarded by the board."))
    # an irregular participle is a passive as well, as synthesize reads it
    # (`past_participle`, shared with `synthesize._passive_after_copula`)
    assert analyzer.passive_opening(analyzer.tokens("Tenure is held by few teachers."))
    # a later sentence that defines the term is the clause
    assert _clauses("tenure", "Tenure is granted to faculty members after six years. A tenure "
                    "is a permanent post.")[0] == "a permanent post"
    # a noun or an article after "is" is a definition; so is a participle before anything
    # other than "to", "by", "in" or "when"
    for text, clause in (("Tenure is the right to stay in a job.", "the right to stay in a job"),
                         ("Tenure is limited academic freedom.", "limited academic freedom"),
                         ("Tenure is defined as a permanent post.", "a permanent post"),
                         # "is given by" states what a quantity equals: read as before
                         ("Tenure is given by the years of service.",
                          "given by the years of service")):
        tokens = analyzer.tokens(text)
        assert not analyzer.passive_opening(tokens), text
        assert _clauses("tenure", text)[0] == clause, text


def test_a_passive_of_origin_after_the_term_and_be_is_no_definition():
    # saffron (round 136): "Saffron is obtained from the stigmas of Crocus sativus, which are
    # picked by hand" says where the term comes from, what is done to get it, as "is granted
    # to" says what is done with it; it was read as the clause "obtained from the stigmas ..."
    from cs_define.synthesize import source_clause

    analyzer = Analyzer("saffron")
    for text in ("Saffron is obtained from the stigmas of Crocus sativus, which are picked by "
                 "hand and dried.", "Saffron is usually harvested from crocus flowers."):
        tokens = analyzer.tokens(text)
        assert analyzer.passive_opening(tokens), text
        assert source_clause(tokens, analyzer) == (), text
    assert not analyzer.passive_opening(analyzer.tokens("Saffron is a spice made from crocus."))
    # a participle of four letters is one too (titration: "Titration is used to find the exact
    # volume of one solution ..." gave the result "Used to find the exact volume ...")
    analyzer = Analyzer("titration")
    tokens = analyzer.tokens("Titration is used to find the exact volume of one solution.")
    assert analyzer.passive_opening(tokens)
    assert source_clause(tokens, analyzer) == ()


def test_a_predicate_of_composition_after_the_term_is_no_definition():
    # bagpipe (round 187): "The bagpipe is made up of a bag, a blowpipe, a chanter and three
    # drones" lists the term's parts, not what it is; read as the clause "made up of a bag,
    # a blowpipe, ...", its list took in another source's "... in the form of a bag"
    from cs_define.synthesize import source_clause

    analyzer = Analyzer("bagpipe")
    for text in ("The bagpipe is made up of a bag, a blowpipe, a chanter and three drones. "
                 "The piper keeps the bag full.", "The bagpipe is composed of a bag and drones.",
                 "A bagpipe is made of a bag and pipes.", "The bagpipe consists of a bag and "
                 "drones.", "Bagpipes usually comprise a bag and drones."):
        tokens = analyzer.tokens(text)
        assert analyzer.passive_opening(tokens), text
        assert source_clause(tokens, analyzer) == (), text
    # a later sentence that defines the term is the clause
    assert _clauses("bagpipe", "The bagpipe consists of a bag and drones. A bagpipe is a wind "
                    "instrument.")[0] == "a wind instrument"
    # a genus before the verb of composition defines; "consists in" says what the term is
    for text, clause in (("A bagpipe is a wind instrument that consists of a bag.",
                          "a wind instrument that consists of a bag"),
                         ("Wisdom consists in knowing what to do.",
                          "consists in knowing what to do")):
        term = text.split()[1 if text.startswith("A ") else 0].casefold()
        assert not Analyzer(term).passive_opening(Analyzer(term).tokens(text)), text
        assert _clauses(term, text)[0] == clause, text


def test_past_participle_reads_regular_and_irregular_forms_only():
    from cs_define.text import past_participle

    for word in ("granted", "characterized", "made", "held", "given", "known", "driven",
                 "used", "owed", "tied"):
        assert past_participle(word), word
    # "-eed" words, short ones, and words in -en that are no participle
    for word in ("need", "seed", "speed", "bed", "red", "golden", "kitchen", "often", "garden",
                 "seven"):
        assert not past_participle(word), word


def test_a_denied_predicate_is_lead_in_before_what_the_term_is_instead():
    # bonsai: "A bonsai is not a type of tree; it is a tree or shrub that has been kept
    # miniature ..." was read as the clause "not a type of tree"
    def definition(text):
        return " ".join(t.norm for t in Analyzer("bonsai").tokens(text) if not t.lead_in)

    for text in ("A bonsai is not a type of tree; it is a tree kept miniature.",
                 "A bonsai is not a type of tree; it's a tree kept miniature.",
                 "Bonsai is not a species of tree but a tree kept miniature.",
                 "Bonsai is not a species, but rather a tree kept miniature."):
        assert definition(text) == "a tree kept miniature .", text
    # "not only" adds, and a denial with nothing instead is left as it is
    for text in ("Bonsai is not only a tree but also an art.",
                 "Bonsai is not a species of tree but can be kept miniature.",
                 "Bonsai is not a species of tree; it grows in a pot."):
        assert definition(text).startswith("not "), text


def test_think_of_it_as_is_a_pronoun_lead_in():
    # avalanche beacon: the retailer's "What's an avalanche beacon? Think of it as a small
    # radio you wear under your jacket." kept "Think of it as" in its defining clause
    def definition(text):
        return " ".join(t.norm for t in Analyzer("avalanche beacon").tokens(text)
                        if not t.lead_in)

    for text in ("What's an avalanche beacon? Think of it as a small radio you wear.",
                 "Think of it as a small radio you wear.",
                 "Basically, imagine it as a small radio you wear."):
        assert definition(text) == "a small radio you wear .", text
    # an example to think of is no lead-in
    assert definition("Think of a small radio you wear.").startswith("think")


def test_a_pronoun_after_a_colon_explains_the_definition_before_it():
    # metadata: the chatbot's "**Metadata** is data about data: it describes other data
    # without being the content itself" was read as a preamble before the lead-in "it
    # describes", with the clause "other data without being the content itself"
    def definition(text):
        return " ".join(t.norm for t in Analyzer("metadata").tokens(text) if not t.lead_in)

    for text in ("**Metadata** is data about data: it describes other data without being "
                 "the content itself.",
                 "Metadata is data about data: it describes other data without being it."):
        assert definition(text).startswith("data about data :"), text
    # a preamble before a colon, then a lead-in that names the term, stays a preamble
    assert definition("As used in this section, unless the context otherwise requires: "
                      "'metadata' means data about data.") == "data about data ."


def test_a_short_for_sentence_names_the_term_and_the_next_defines_it():
    # prenup: the law firm's "Prenup: Short for prenuptial agreement. A legally binding
    # contract between future spouses ..." was read with the clause "Short for prenuptial
    # agreement" (candidates "Short for prenuptial agreement that two people sign ...")
    def definition(text):
        return " ".join(t.norm for t in Analyzer("prenup").tokens(text) if not t.lead_in)

    for text in ("Prenup: Short for prenuptial agreement. A contract between future spouses.",
                 "Prenup is short for prenuptial agreement. A contract between future spouses.",
                 "Prenup: An abbreviation of 'prenuptial agreement'. A contract between future "
                 "spouses.",
                 "Prenup — a clipping of prenuptial agreement. A contract between future "
                 "spouses."):
        assert definition(text) == "a contract between future spouses .", text
    # with nothing after it, the naming sentence is all there is; a clause that goes on is
    # no naming sentence
    assert definition("Prenup: short for prenuptial agreement.").startswith("short for")
    assert definition("Prenup: short for a contract between future spouses, signed before "
                      "the wedding.").startswith("short for")


def test_and_a_new_subject_and_verb_after_a_dash_aside_ends_the_clause():
    # pawn: "Pawns are the foot soldiers of the chessboard — the soul of chess, as Philidor
    # called them — and each side starts with eight of them." read the clause "the foot
    # soldiers of the chessboard and each side starts with eight of them": after the aside,
    # "and", a subject with its determiner and a finite verb open a second sentence
    assert _clauses("pawn", "Pawns are the foot soldiers of the chessboard — the soul of "
                    "chess, as Philidor called them — and each side starts with eight of "
                    "them.")[0] == "the foot soldiers of the chessboard"
    assert _clauses("lever", "A lever is a rigid bar – often of metal – and the pivot is "
                    "called its fulcrum.")[0] == "a rigid bar"
    # "and" and a noun phrase with no verb go on with the clause
    assert _clauses("lever", "A lever is a rigid bar – often of metal – and a pivot on which "
                    "it turns.")[0] == "a rigid bar and a pivot on which it turns"


def test_a_term_coordinated_in_a_compound_is_no_subject():
    # mortise: "The mortise and tenon joint has been used for thousands of years by
    # woodworkers around the world. In this joint, the mortise is a cavity cut into one
    # timber, and the tenon, a tongue formed on the end of the other timber, is fitted into
    # it ..." was read with the lead-in "The mortise" and the clause "and tenon joint has
    # been used ..."; the sentence after it, behind a fronted phrase, defines the term, and a
    # second sentence about the tenon joined by ", and" is no part of its clause
    text = ("The mortise and tenon joint has been used for thousands of years by woodworkers "
            "around the world. In this joint, the mortise is a cavity cut into one timber, and "
            "the tenon, a tongue formed on the end of the other timber, is fitted into it and "
            "often glued or pinned.")
    assert _clauses("mortise", text) == ["a cavity cut into one timber"]
    assert _clauses("mortise", "A mortise is a cavity cut into one timber, and the tenon is "
                               "fitted into it.") == ["a cavity cut into one timber"]
    # the term alone before "and" is no lead-in, whatever follows
    tokens = Analyzer("mortise").tokens("The mortise and tenon joint has been used for years.")
    assert not any(t.lead_in for t in tokens)
    # "and" before a verb or a pronoun goes on with the same sentence
    assert _clauses("mortise", "A mortise is a cavity cut into one timber, and is often "
                               "glued.")[0].endswith("glued")
    assert _clauses("mortise", "A mortise is a cavity cut into timber, and you can glue "
                               "it.")[0].endswith("glue it")


def test_a_plural_term_and_a_near_kind_as_subject_of_are_lead_in():
    # cormorant: "Cormorants and shags are medium-to-large aquatic birds of the family
    # Phalacrocoracidae, ..." kept "Cormorants and shags are" in its clause: the predicate
    # says what each of the two kinds is, so it defines the term
    assert _clauses("cormorant", "Cormorants and shags are medium-to-large aquatic birds of "
                    "the family Phalacrocoracidae.")[0] == (
        "medium-to-large aquatic birds of the family Phalacrocoracidae")
    # a longer phrase, a verb other than "are" or a singular term in a compound is none
    for text in ("Cormorants and other diving birds are fish eaters.",
                 "Cormorants and shags feed on fish.",
                 "The cormorant and shag family is large."):
        assert not any(t.lead_in for t in Analyzer("cormorant").tokens(text)), text


def test_a_collective_predicate_after_a_plural_term_and_a_near_kind_is_no_lead_in():
    # round 152 (lamprey): "Lampreys and hagfishes are the only living jawless vertebrates"
    # was read with the clause "the only living jawless vertebrates": a predicate opened by
    # "the", "both", "together" or a number says what the two kinds are as a group, not
    # what each is, so the coordinated subject stays
    for text in ("Lampreys and hagfishes are the only living jawless vertebrates.",
                 "Lampreys and hagfishes are both jawless.",
                 "Lampreys and hagfishes are two groups of jawless fishes.",
                 "Lampreys and hagfishes are together called cyclostomes."):
        assert not any(t.lead_in for t in Analyzer("lamprey").tokens(text)), text
    # a predicate about each kind still leads in
    assert _clauses("lamprey", "Lampreys and hagfishes are jawless fishes with eel-like "
                    "bodies.")[0] == "jawless fishes with eel-like bodies"


def test_a_lead_in_that_says_what_the_term_can_mean_leads_to_the_first_listed_sense():
    # round 138 (turret): "A **turret** can mean two things:\n- **Architecture:** a small
    # tower ..." was read with the clause "can mean two things": "can mean", "may mean" and
    # "means" announce senses as "has" does, "things" counts them, and a bullet lists them
    from cs_define.synthesize import defining_clause
    turret = Analyzer("turret")
    for text in ["A **turret** can mean two things:\n\n- **Architecture:** a small tower on a "
                 "castle.\n- **Military:** a rotating armoured structure that houses a gun.",
                 "A turret may mean several different things:\n* a small tower on a castle.\n"
                 "* a rotating armoured structure",
                 "Turret means two things:\n1. a small tower on a castle.\n2. a gun housing.",
                 "A turret has two meanings:\n- a small tower on a castle\n- a gun housing"]:
        clause = defining_clause(turret.tokens(text))
        assert " ".join(t.norm for t in clause) == "a small tower on a castle", text
    # no list after the colon, or "has ... things": the lead-in is the term's
    for text in ["A turret can mean two things: a tower or a gun housing.",
                 "A turret has two things:\n- a roof\n- a window"]:
        assert [t.norm for t in turret.tokens(text) if t.lead_in] == ["a", "turret"], text


def test_a_lead_in_that_announces_numbered_senses_leads_to_the_first():
    # round 134 (quarry): "A **quarry** has two main meanings:" was read as the chatbot's
    # clause ("has two main meanings"); the first numbered sense, after its bold label, is it
    from cs_define.synthesize import defining_clause
    quarry = Analyzer("quarry")
    text = ("A **quarry** has two main meanings:\n1. **Mining:** a large, open pit where stone, "
            "sand or gravel is extracted from the ground.\n2. **Hunting:** an animal or person "
            "that is being chased or hunted.")
    clause = defining_clause(quarry.tokens(text))
    assert " ".join(t.norm for t in clause) == ("a large , open pit where stone , sand or gravel "
                                                "is extracted from the ground")
    # no numbered senses announced: the lead-in is the term's
    for text in ["A quarry has two entrances: one at the north end.",
                 "A quarry has two meanings in this text."]:
        plain = quarry.tokens(text)
        assert [t.norm for t in plain if t.lead_in] == ["a", "quarry"], text
