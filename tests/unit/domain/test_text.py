from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.text import fold


def test_accents_case_and_spaces_fold_away():
    assert fold("  Pérez  Núñez ") == "perez nunez"
    assert fold("PEREZ") == fold("Pérez") == "perez"


def test_enye_folds_to_n():
    assert fold("Muñoz") == "munoz"
    assert fold("ÑAÑEZ") == "nanez"


def test_empty_and_none_fold_to_empty():
    assert fold(None) == ""
    assert fold("   ") == ""


@given(st.text())
def test_fold_is_idempotent_and_ignores_case(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()
    assert "  " not in folded and folded == folded.strip()


@given(st.text(alphabet="aeiounAEIOUNáéíóúñÁÉÍÓÚÑüÜ ", max_size=30))
def test_spanish_accents_fold_to_plain_letters(text):
    plain = text.translate(str.maketrans("áéíóúñÁÉÍÓÚÑüÜ", "aeiounAEIOUNuU"))
    assert fold(text) == fold(plain)
    assert fold(text).isascii()
