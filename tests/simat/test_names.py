"""*Proponer división*: table cases and properties of the name split."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.simat_names import NameSplit, name_units, propose_split


@pytest.mark.parametrize(("full_name", "expected"), [
    ("Ana Pérez Gómez", NameSplit("Ana", "", "Pérez", "Gómez")),
    ("Ana María Pérez Gómez", NameSplit("Ana", "María", "Pérez", "Gómez")),
    ("María de los Ángeles Pérez Gómez", NameSplit("María", "de los Ángeles", "Pérez", "Gómez")),
    ("Juan del Valle Restrepo", NameSplit("Juan", "", "del Valle", "Restrepo")),
    ("Luisa Fernanda de la Cruz de las Casas", NameSplit("Luisa", "Fernanda", "de la Cruz", "de las Casas")),
    ("Pedro Pablo José Díaz de Zubiría", NameSplit("Pedro", "Pablo José", "Díaz", "de Zubiría")),
    ("  Ana   Pérez  ", NameSplit("Ana", "", "Pérez", "")),
    ("Shakira", NameSplit("Shakira", "", "", "")),
    ("", NameSplit()),
    ("Ana Pérez de", NameSplit("Ana", "", "Pérez de", "")),
    ("Luz La Rotta Gómez", NameSplit("Luz", "La", "Rotta", "Gómez")),
])
def test_proposed_split(full_name: str, expected: NameSplit) -> None:
    assert propose_split(full_name) == expected


_word = st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóú", min_size=2, max_size=8).filter(
    lambda w: w not in {"de", "del", "la", "las", "los"}).map(str.capitalize)
_particle = st.sampled_from(["", "de ", "del ", "de la ", "de los ", "de las "])
_surname = st.builds(lambda p, w: p + w, _particle, _word)


@given(st.lists(_word, min_size=1, max_size=3), _surname, _surname)
def test_given_names_and_two_surnames_come_back(given_names: list[str], first: str, second: str) -> None:
    split = propose_split(" ".join([*given_names, first, second]))
    assert split == NameSplit(given_names[0], " ".join(given_names[1:]), first, second)


@given(st.lists(st.one_of(_word, st.sampled_from(["de", "del", "la", "de", "los"])), max_size=7))
def test_split_loses_no_word_and_never_leaves_a_particle_alone(words: list[str]) -> None:
    full_name = " ".join(words)
    split = propose_split(full_name)
    assert split.joined().split() == full_name.split()
    for unit in name_units(full_name)[:-1]:
        assert unit.split()[-1].casefold() not in {"de", "del"}
