"""NIT: the DIAN check digit, the ways people type a NIT, one stored form."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.nit import format_nit, nit_check_digit, normalize_nit, validate_nit

# Written here from the DIAN rule (design doc §2.8), independently of the code under test.
DIAN_WEIGHTS = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)


def dian_remainder(body: str) -> int:
    return sum(w * int(d) for w, d in zip(DIAN_WEIGHTS, reversed(body), strict=False)) % 11


def dian_dv(body: str) -> int:
    r = dian_remainder(body)
    return r if r in (0, 1) else 11 - r


bodies = st.text(alphabet="0123456789", min_size=6, max_size=15)
company_bodies = st.text(alphabet="0123456789", min_size=8, max_size=8).map(lambda rest: "9" + rest)


@pytest.mark.parametrize(("body", "dv"), [("899999068", 1), ("800197268", 4), ("860034313", 7),
                                          ("890903938", 8)])
def test_check_digit_of_known_nits(body, dv):
    assert nit_check_digit(body) == dv
    assert normalize_nit(f"{body}-{dv}") == f"{body}-{dv}"


@given(bodies)
def test_check_digit_follows_the_dian_rule_and_round_trips(body):
    dv = nit_check_digit(body)
    assert dv == dian_dv(body)
    assert validate_nit(f"{body}-{dv}") == []
    assert normalize_nit(f"{body}-{dv}") == f"{body}-{dv}"


@given(bodies, st.integers(min_value=1, max_value=9))
def test_every_change_of_the_check_digit_is_rejected(body, shift):
    wrong = (nit_check_digit(body) + shift) % 10
    errors = validate_nit(f"{body}-{wrong}")
    assert [e.code for e in errors] == ["nit_check_digit_mismatch"]
    with pytest.raises(ValidationFailed) as raised:
        normalize_nit(f"{body}-{wrong}")
    assert raised.value.code == "nit_check_digit_mismatch"
    assert raised.value.field == "nit"


@given(bodies, st.data())
def test_single_digit_changes_of_the_body_are_rejected_except_the_dian_blind_spot(body, data):
    position = data.draw(st.integers(min_value=0, max_value=len(body) - 1))
    new_digit = data.draw(st.sampled_from([d for d in "0123456789" if d != body[position]]))
    changed = body[:position] + new_digit + body[position + 1:]
    typed = f"{changed}-{nit_check_digit(body)}"
    # Every weight is prime to 11, so any single change moves the remainder; but the DIAN rule maps both
    # remainders 1 and 10 to DV 1, so a change between those two remainders cannot be seen.
    blind_spot = {dian_remainder(body), dian_remainder(changed)} == {1, 10}
    errors = validate_nit(typed)
    if blind_spot:
        assert errors == []
    else:
        assert [e.code for e in errors] == ["nit_check_digit_mismatch"]


def test_the_blind_spot_is_real_for_the_dian_algorithm():
    # 900000002 has remainder 1; changing its last digit (weight 3) to 5 gives remainder 10. Both map to
    # DV 1, so "900000005-1" is accepted although the secretary meant "900000002-1". No library can fix this:
    # it is the DIAN rule itself.
    assert (dian_remainder("900000002"), dian_remainder("900000005")) == (1, 10)
    assert nit_check_digit("900000002") == nit_check_digit("900000005") == 1
    assert validate_nit("900000005-1") == []


def dotted(body: str) -> str:
    return format_nit(f"{body}-0").removesuffix("-0")


@given(company_bodies, st.sampled_from(["", " ", "  "]), st.sampled_from(["-", " - ", "–", "—"]))
def test_every_accepted_way_of_typing_a_nit_gives_the_same_stored_form(body, space, dash):
    dv = nit_check_digit(body)
    normal = f"{body}-{dv}"
    typings = [
        f"{body}-{dv}",
        f"{dotted(body)}-{dv}",
        f"{body}{dv}",  # 10 digits, no dash: the last one is the DV
        body,  # no DV typed: computed
        f"{space}{dotted(body)}{dash}{dv}{space}",
        f"NIT {body}{dash}{dv}",
        f"nit. {dotted(body)}{dash}{dv}",
        " ".join([body[:3], body[3:6], body[6:]]) + f"-{dv}",
        f"{body[:3]},{body[3:6]},{body[6:]}-{dv}",
    ]
    assert {normalize_nit(t) for t in typings} == {normal}


def test_format_for_print():
    assert format_nit("900123456-8") == "900.123.456-8"
    assert format_nit("1020304-5") == "1.020.304-5"


@pytest.mark.parametrize(("typed", "code"), [
    ("", "nit_required"),
    ("   ", "nit_required"),
    (None, "nit_required"),
    ("90012345A-7", "nit_invalid_characters"),
    ("900123456-78", "nit_invalid_format"),
    ("900-123-456-7", "nit_invalid_format"),
    ("900123456-", "nit_invalid_format"),
    ("-7", "nit_invalid_format"),
    ("12345-1", "nit_invalid_length"),
    ("1234567890123456-1", "nit_invalid_length"),
    ("10203040501", "nit_ambiguous"),  # 11 digits without dash: where is the DV?
])
def test_unreadable_nits_get_a_clear_code_and_spanish_message(typed, code):
    errors = validate_nit(typed, field="school_nit")
    assert [(e.field, e.code) for e in errors] == [("school_nit", code)]
    assert errors[0].message and "{" not in errors[0].message


def test_ten_digit_body_is_accepted_with_a_dash():
    body = "1020304050"
    assert normalize_nit(f"{body}-{dian_dv(body)}") == f"{body}-{dian_dv(body)}"


def test_mismatch_message_tells_the_expected_digit():
    errors = validate_nit("899999068-2")
    assert errors[0].params == {"typed": "2", "expected": 1}
    assert "1" in errors[0].message and "2" in errors[0].message


def test_check_digit_refuses_non_digits():
    with pytest.raises(ValueError):
        nit_check_digit("12a4")
