"""Identity document rules: generated valid numbers pass, generated invalid ones fail with the right code."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.documents import (
    DOCUMENT_TYPES,
    GUARDIAN_DOCUMENT_TYPES,
    document_age_warning,
    document_label,
    normalize_document_number,
    validate_document,
)

NUMERIC = [code for code, doc in DOCUMENT_TYPES.items() if doc.numeric]
ALPHANUMERIC = [code for code, doc in DOCUMENT_TYPES.items() if not doc.numeric]
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_the_agreed_codes_exist_with_spanish_labels():
    assert {"TI", "RC", "CC", "CE", "NUIP", "NES", "PEP", "PPT", "PA", "CCB"} <= set(DOCUMENT_TYPES)
    assert document_label("CC") == "Cédula de ciudadanía"
    assert document_label("PA") == "Pasaporte"
    assert all(doc.label and doc.code == code for code, doc in DOCUMENT_TYPES.items())


def test_simat_codes_follow_the_anexo_6a_dictionary():
    simat = {code: doc.simat_code for code, doc in DOCUMENT_TYPES.items()}
    assert simat == {"CC": 1, "TI": 2, "CE": 3, "RC": 5, "NIP": 6, "NUIP": 7, "NES": 8, "CCB": 9, "PEP": 10,
                     "VISA": 11, "TMF": 12, "PPT": 13, "PA": None}


def test_no_number_is_longer_than_simat_accepts():
    assert max(doc.max_length for doc in DOCUMENT_TYPES.values()) <= 17


@pytest.mark.parametrize(("doc_type", "age", "warned"), [
    ("CC", 17, True), ("CC", 18, False), ("TI", 6, True), ("TI", 7, False), ("TI", 17, False),
    ("TI", 19, True), ("RC", 5, False), ("PA", 3, False), ("CC", None, False), ("cc", 12, True),
])
def test_document_type_unusual_for_age_is_a_warning(doc_type, age, warned):
    warning = document_age_warning(doc_type, age)
    assert (warning is not None) == warned
    if warned:
        assert warning.code == "document_type_unusual_for_age"
        assert str(age) in warning.message


def test_guardians_cannot_use_minors_documents():
    assert "TI" not in GUARDIAN_DOCUMENT_TYPES and "RC" not in GUARDIAN_DOCUMENT_TYPES
    assert set(GUARDIAN_DOCUMENT_TYPES) <= set(DOCUMENT_TYPES)


@st.composite
def valid_numeric(draw):
    code = draw(st.sampled_from(NUMERIC))
    doc = DOCUMENT_TYPES[code]
    length = draw(st.integers(doc.min_length, doc.max_length))
    number = draw(st.text(DIGITS[1:], min_size=1, max_size=1)) + draw(
        st.text(DIGITS, min_size=length - 1, max_size=length - 1))
    return code, number


def with_separators(number: str, draw) -> str:
    out = []
    for ch in number:
        out.append(ch)
        out.append(draw(st.sampled_from(["", "", "", ".", " ", "-"])))
    return " " + "".join(out) + " "


@given(valid_numeric(), st.data())
def test_valid_numeric_numbers_pass_with_or_without_separators(case, data):
    code, number = case
    typed = with_separators(number, data.draw)
    assert validate_document(code, number) == []
    assert validate_document(code, typed) == []
    assert normalize_document_number(code, typed) == number


@given(valid_numeric(), st.data())
def test_a_letter_in_a_numeric_document_is_refused(case, data):
    code, number = case
    position = data.draw(st.integers(0, len(number)))
    typed = number[:position] + data.draw(st.sampled_from(UPPER + "ñ")) + number[position:]
    errors = validate_document(code, typed)
    assert [(e.field, e.code) for e in errors] == [("document_number", "document_number_digits_only")]


@given(st.sampled_from(list(DOCUMENT_TYPES)), st.data())
def test_lengths_outside_the_rule_are_refused(code, data):
    doc = DOCUMENT_TYPES[code]
    alphabet = DIGITS[1:] if doc.numeric else DIGITS[1:] + UPPER
    too_short = data.draw(st.text(alphabet, min_size=1, max_size=doc.min_length - 1))
    too_long = data.draw(st.text(alphabet, min_size=doc.max_length + 1, max_size=doc.max_length + 8))
    for number in (too_short, too_long):
        errors = validate_document(code, number, field="guardian_document")
        assert [(e.field, e.code) for e in errors] == [("guardian_document", "document_number_length")]
        assert errors[0].params["length"] == len(number)
        assert str(doc.min_length) in errors[0].message


@given(st.sampled_from(ALPHANUMERIC), st.data())
def test_alphanumeric_documents_take_letters_in_any_case_and_store_upper_case(code, data):
    doc = DOCUMENT_TYPES[code]
    number = data.draw(st.text(DIGITS + UPPER + UPPER.lower(), min_size=doc.min_length, max_size=doc.max_length)
                       .filter(lambda n: set(n) != {"0"}))
    assert validate_document(code, number) == []
    assert normalize_document_number(code, number) == number.upper()


@given(st.sampled_from(ALPHANUMERIC), st.sampled_from(list("#*+@ñÑé/?¿&")))
def test_symbols_in_alphanumeric_documents_are_refused(code, symbol):
    errors = validate_document(code, "AB12" + symbol + "345")
    assert [e.code for e in errors] == ["document_number_invalid_characters"]


def test_passport_is_upper_cased_and_compacted():
    assert normalize_document_number("PA", " ab-123 456 ") == "AB123456"
    assert validate_document("pa", "ab123456") == []


@pytest.mark.parametrize("number", ["", "   ", None, " . - "])
def test_an_empty_number_is_required(number):
    errors = validate_document("TI", number)
    assert [e.code for e in errors] == ["document_number_required"]
    assert "Tarjeta de identidad" in errors[0].message


@pytest.mark.parametrize(("doc_type", "number"), [("CC", "0000000"), ("NES", "0.000.000"), ("PA", "00000")])
def test_all_zeros_is_not_a_number(doc_type, number):
    assert [e.code for e in validate_document(doc_type, number)] == ["document_number_all_zeros"]


def test_unknown_type_is_reported_on_the_type_field():
    errors = validate_document("XX", "123456")
    assert [(e.field, e.code) for e in errors] == [("document_type", "document_type_unknown")]
    assert "XX" in errors[0].message


def test_lower_case_type_codes_are_understood():
    assert validate_document("cc", "1.020.304.050") == []


def test_every_rule_can_be_explained_in_spanish():
    for doc in DOCUMENT_TYPES.values():
        assert "caracteres" in doc.rule_text
