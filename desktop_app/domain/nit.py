"""NIT (Colombian tax number) with its DIAN check digit (DV); one stored form: "900123456-7"."""

from __future__ import annotations

import re

from desktop_app.domain.errors import FieldError, ValidationFailed

# Dots, commas and spaces are only grouping; any Unicode dash means "the DV follows".
_GROUPING = re.compile(r"[\s.,]+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
_PREFIX = re.compile(r"^\s*NIT\b[\s.:]*", re.IGNORECASE)
# Bodies: companies have 9 digits; people use their cédula (down to 6 digits in practice).
MIN_BODY_DIGITS = 6
MAX_BODY_DIGITS = 15  # the DIAN weight table has 15 weights


def nit_check_digit(body: str) -> int:
    """The DIAN check digit (módulo 11) for a NIT body of digits, without its DV."""
    if not body.isdigit() or not body.isascii():
        raise ValueError(f"NIT body must be digits: {body!r}")
    from stdnum.co import nit as stdnum_nit  # python-stdnum (and pydoc under it) cost ~30 ms of start-up

    return int(stdnum_nit.calc_check_digit(body))


def _split(raw: str | None) -> tuple[str, str | None] | FieldError:
    """(body, dv or None when not typed), or the error that stops reading it.

    Reading rule: with a dash, left is the body and right the DV. Without a dash, 10 digits are read as a
    9-digit body followed by its DV (company NITs, which schools have, are 9 digits); 9 or fewer digits are a
    body without DV. The ambiguity: a 10-digit body (a person's cédula) typed without DV would be read as
    body+DV, so anything else without a dash is refused and the user is asked to type the dash.
    """
    text = _PREFIX.sub("", raw or "")
    text = _DASHES.sub("-", _GROUPING.sub("", text))
    if not text:
        return FieldError("nit", "nit_required")
    if not re.fullmatch(r"[0-9-]+", text):
        return FieldError("nit", "nit_invalid_characters")
    parts = text.split("-")
    if len(parts) > 2 or "" in parts:
        return FieldError("nit", "nit_invalid_format")
    if len(parts) == 2:
        body, dv = parts
        if len(dv) != 1:
            return FieldError("nit", "nit_invalid_format")
    elif len(text) == 10:
        body, dv = text[:9], text[9]
    elif len(text) <= 9:
        body, dv = text, None
    else:
        return FieldError("nit", "nit_ambiguous", {"digits": len(text)})
    if not MIN_BODY_DIGITS <= len(body) <= MAX_BODY_DIGITS:
        return FieldError("nit", "nit_invalid_length", {"min": MIN_BODY_DIGITS, "max": MAX_BODY_DIGITS})
    return body, dv


def validate_nit(raw: str | None, field: str = "nit") -> list[FieldError]:
    """Errors for a typed NIT (empty list when it is fine, also when no DV was typed)."""
    parsed = _split(raw)
    if isinstance(parsed, FieldError):
        return [FieldError(field, parsed.code, parsed.params)]
    body, dv = parsed
    expected = nit_check_digit(body)
    if dv is not None and int(dv) != expected:
        return [FieldError(field, "nit_check_digit_mismatch", {"typed": dv, "expected": expected})]
    return []


def normalize_nit(raw: str | None, field: str = "nit") -> str:
    """The stored form "<body>-<DV>" (no dots); the DV is computed when not typed.

    Raises ValidationFailed when the NIT cannot be read or its DV is wrong.
    """
    errors = validate_nit(raw, field)
    if errors:
        raise ValidationFailed(errors)
    parsed = _split(raw)
    assert not isinstance(parsed, FieldError)
    body, _ = parsed
    return f"{body}-{nit_check_digit(body)}"


def format_nit(normal: str) -> str:
    """For print: "900.123.456-7"."""
    body, dv = normal.split("-")
    groups: list[str] = []
    while body:
        groups.insert(0, body[-3:])
        body = body[:-3]
    return ".".join(groups) + "-" + dv
