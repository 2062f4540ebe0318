"""Looking terms and definitions up by name and id: results, errors, and that a lookup uses the
index built with the term instead of going over every id again."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cs_define import select
from cs_define.errors import InvalidRequest, NotFound
from cs_define.model import Corpus, Definition, Term
from cs_define.store import layer_over


class CountingId(str):
    """An id that counts how often it is case-folded (each fold is a look at that id)."""

    folds = 0

    def casefold(self) -> str:
        CountingId.folds += 1
        return super().casefold()


def _definition(ident: str, role: str = "source") -> Definition:
    return Definition(id=CountingId(ident), source=f"Source {ident}", text=f"Text of {ident}.",
                      role=role)


def _term(n: int = 200) -> Term:
    return Term(name="customer service",
                definitions=tuple(_definition(f"src-{i}") for i in range(n)),
                aggregates=(_definition("vgs-2013", "aggregate"),))


def test_ids_are_found_in_the_order_given_in_any_case():
    term = _term()
    found = select.definitions_by_ids(term, ["SRC-7", "src-199", "Src-0"])
    assert [d.id for d in found] == ["src-7", "src-199", "src-0"]


def test_looking_ids_up_does_not_go_over_the_terms_ids_again():
    term = _term()
    corpus = Corpus(path="defs.yaml", terms=(term,))
    CountingId.folds = 0
    for _ in range(3):
        select.definitions_by_ids(term, ["src-3", "src-150"])
        select.find_definition(corpus, "src-42")
        select.find_definition(corpus, "vgs-2013", "Customer Service")
    assert CountingId.folds == 0


def test_did_you_mean_is_worked_out_only_when_a_lookup_fails(monkeypatch):
    asked = []
    monkeypatch.setattr("cs_define.compare.closest",
                        lambda name, choices, limit=3: asked.append(name) or ["src-1"])
    term = _term()
    select.definitions_by_ids(term, ["src-1", "src-2"])
    select.find_definition(Corpus(path="defs.yaml", terms=(term,)), "src-1")
    assert asked == []
    with pytest.raises(NotFound) as error:
        select.definitions_by_ids(term, ["src-1", "src-l"])
    assert str(error.value) == "no definition 'src-l' in term 'customer service'; did you mean 'src-1'?"
    assert asked == ["src-l"]


def test_an_aggregate_is_refused_as_a_source_but_found_as_a_record():
    term = _term(3)
    with pytest.raises(InvalidRequest) as error:
        select.definitions_by_ids(term, ["src-1", "VGS-2013"])
    assert str(error.value) == ("'VGS-2013' is a reference aggregate of 'customer service', "
                                "not a source definition")
    found_term, record = select.find_definition(Corpus(path="d.yaml", terms=(term,)), "VGS-2013")
    assert (found_term, record.id, record.role) == (term, "vgs-2013", "aggregate")


def test_an_unknown_id_names_the_term_and_the_nearest_ids():
    term = _term(3)
    with pytest.raises(NotFound) as error:
        select.definitions_by_ids(term, ["src-9x"])
    assert str(error.value).startswith("no definition 'src-9x' in term 'customer service'; "
                                       "did you mean 'src-0'")


def test_the_index_follows_a_term_rebuilt_with_other_records():
    base = _term(3)
    changed = replace(base, definitions=base.definitions[:1])
    assert [d.id for d in select.definitions_by_ids(changed, ["src-0"])] == ["src-0"]
    with pytest.raises(NotFound):
        select.definitions_by_ids(changed, ["src-2"])
    assert select.definitions_by_ids(base, ["src-2"])[0].id == "src-2"


def test_layered_records_are_found_where_the_user_layer_put_them():
    base = Corpus(path="bundled.yaml", terms=(_term(3),))
    user_source = replace(_definition("SRC-1"), text="The user's wording.", layer="user")
    user_aggregate = replace(_definition("src-2", "aggregate"), layer="user")
    over = Corpus(path="user.yaml", terms=(
        Term(name="Customer Service", definitions=(user_source,), aggregates=(user_aggregate,)),
        Term(name="cloud computing", definitions=(_definition("nist"),)),
    ))
    corpus = layer_over(base, over)
    term = select.find_term(corpus, " customer SERVICE ")
    (found,) = select.definitions_by_ids(term, ["src-1"])
    assert (found.text, found.layer) == ("The user's wording.", "user")
    with pytest.raises(InvalidRequest, match="'src-2' is a reference aggregate"):
        select.definitions_by_ids(term, ["src-2"])
    assert select.find_definition(corpus, "NIST")[0].name == "cloud computing"


def test_terms_are_found_in_any_case_and_the_first_of_a_name_wins():
    first = Term(name="Customer service", definitions=(_definition("a"),))
    second = Term(name="customer SERVICE", definitions=(_definition("b"),))
    other = Term(name="cloud computing", definitions=(_definition("c"),))
    corpus = Corpus(path="defs.yaml", terms=(first, other, second))
    assert select.find_term(corpus, "  CUSTOMER service ") is first
    assert select.find_term(corpus, "Cloud Computing") is other
    with pytest.raises(NotFound) as error:
        select.find_term(corpus, "cloud computin")
    assert str(error.value) == "no term 'cloud computin' in defs.yaml; did you mean 'cloud computing'?"


def test_an_id_in_several_terms_must_be_picked_with_term():
    corpus = Corpus(path="defs.yaml", terms=(
        Term(name="customer service", definitions=(_definition("nist"),)),
        Term(name="cloud computing", definitions=(_definition("NIST"),)),
    ))
    with pytest.raises(InvalidRequest) as error:
        select.find_definition(corpus, "nist")
    assert str(error.value) == ("id 'nist' is used in several terms ('customer service', "
                                "'cloud computing'); pick one with --term")
    assert select.find_definition(corpus, "nist", "cloud computing")[1].id == "NIST"
