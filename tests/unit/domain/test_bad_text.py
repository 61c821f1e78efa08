"""domain.text: control, invisible and bidi characters, and wrong types in drafts (issue 10, item 6)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.text import draft_errors, require_clean_draft, require_clean_text, text_errors
from desktop_app.services.dto import (
    AcademicPeriodDraft,
    EnrollmentDraft,
    GuardianDraft,
    SchoolYearDraft,
    StudentDraft,
)

CONTROL = ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\ud800"]  # NUL, bell, escape, DEL, C1, lone surrogate
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d", "\u2066", "\u2069",
             "\u061c", "\u3164", "\u115f", "\ue000"]


@pytest.mark.parametrize("char", CONTROL)
@pytest.mark.parametrize("field", ["full_name", "address", "reason"])
def test_control_characters_are_refused_in_every_text_field(field, char):
    errors = text_errors(field, f"Ana{char}María")
    assert [e.code for e in errors] == ["text_control_characters"]
    assert "caracteres de control" in errors[0].message


@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_and_bidi_characters_are_refused_in_identity_fields_only(char):
    for field, label in (("full_name", "Nombre completo"), ("document_number", "Número de documento")):
        [error] = text_errors(field, f"1023{char}456")
        assert error.code == "text_invisible_characters" and f"«{label}»" in error.message
    assert text_errors("address", f"Calle 10{char} # 5-20") == []


@pytest.mark.parametrize("text", ["María José Peña Ñúñez", "O'Connor-Ávila", "Nguyễn Thị Minh", "José\u00a0Luis",
                                  "line 1\nline 2\ttab", "Müller  Łukasz"])
def test_ordinary_names_and_white_space_pass(text):
    assert text_errors("full_name", text) == []


def test_a_draft_is_checked_field_by_field_by_its_annotations():
    bad = StudentDraft("TI", "1023\u200b456789", "\x00", birth_date=datetime(2015, 3, 1), gender=7,
                       extra_data={"notas": "ok", "x\x00": "y"})
    assert {e.field: e.code for e in draft_errors(bad)} == {
        "document_number": "text_invisible_characters", "full_name": "text_control_characters",
        "birth_date": "invalid_date", "gender": "invalid_value", "extra_data": "text_control_characters"}
    good = StudentDraft("TI", "1023456789", "Ana María", birth_date=date(2015, 3, 1), extra_data={"n": ["a\nb"]})
    assert draft_errors(good) == []


@pytest.mark.parametrize("draft", [
    SchoolYearDraft("2026", None, date(2026, 11, 30)),  # type: ignore[arg-type]
    SchoolYearDraft("2026", datetime(2026, 1, 20, 7, 0), date(2026, 11, 30)),
    AcademicPeriodDraft(1, "P1", date(2026, 1, 20), None),  # type: ignore[arg-type]
    AcademicPeriodDraft("1", "P1", date(2026, 1, 20), date(2026, 4, 1)),  # type: ignore[arg-type]
    EnrollmentDraft(None, "5"),  # type: ignore[arg-type]
    GuardianDraft("CC", 1023456789, "Luis"),  # type: ignore[arg-type]
], ids=repr)
def test_wrong_types_raise_the_typed_validation_error(draft):
    with pytest.raises(ValidationFailed) as failed:
        require_clean_draft(draft)
    assert failed.value.errors


def test_a_reason_may_span_lines_but_not_hold_control_characters():
    require_clean_text("reason", "Traslado a otra ciudad.\nLo informó la madre.")
    require_clean_text("reason", None)
    with pytest.raises(ValidationFailed, match="Motivo"):
        require_clean_text("reason", "Traslado\x00")
