"""SchoolService and the local first-run setup on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.errors import NotAllowed, NotFound, ValidationFailed
from desktop_app.services.context import TenantContext
from desktop_app.services.school import SchoolService
from desktop_app.services.setup import LOCAL_ROLES, LocalSetup
from desktop_app.storage.local import LocalStore
from tests.services.conftest import outbox
from tests.support.images import png

PNG = png()


def test_first_run_creates_the_local_school_and_user_once(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    with LocalStore.open(path) as store:
        setup = LocalSetup(store)
        assert not setup.is_set_up()
        with pytest.raises(NotFound):
            setup.context()
        context = setup.bootstrap(school_name="  Colegio   La Esperanza ", user_name="Marta", nit="900.123.456-8")
        assert context.roles == LOCAL_ROLES and context.user_name == "Marta"
        assert setup.bootstrap(school_name="Otro") == context
    with LocalStore.open(path) as reopened:
        assert LocalSetup(reopened).context() == context
        info = SchoolService(reopened, context).info()
    assert info.name == "Colegio La Esperanza" and info.nit == "900123456-8"


def test_settings_are_saved_and_nit_normalized(store: LocalStore, context: TenantContext) -> None:
    school = SchoolService(store, context)
    info = school.update_settings(name="I.E. San José", nit="900123456 - 8", resolution="Resolución 1234 de 2011",
                                  habeas_data_text="Autorizo el tratamiento de datos.",
                                  branding={"primary_color": "#123456"}, logo=PNG)
    assert (info.name, info.nit, info.resolution) == ("I.E. San José", "900123456-8", "Resolución 1234 de 2011")
    assert info.habeas_data_text == "Autorizo el tratamiento de datos."
    assert info.logo == PNG and info.logo_media_type == "image/png"
    assert info.branding["primary_color"] == "#123456"
    again = school.update_settings(branding={"primary_color": "#000000"})
    assert again.logo == PNG  # changing colours keeps the logo
    assert school.update_settings(logo=None).logo is None
    assert school.info().name == "I.E. San José"
    tables = {e["table_name"] for e in outbox(store) if e["op"] == "patch"}
    assert tables == {"schools", "school_settings"}


def test_bad_settings_are_refused_and_nothing_changes(store: LocalStore, context: TenantContext) -> None:
    school = SchoolService(store, context)
    before = school.info()
    with pytest.raises(ValidationFailed) as caught:
        school.update_settings(name="Nuevo nombre", nit="900123456-9", logo=b"GIF89a")
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("nit", "nit_check_digit_mismatch"), ("logo", "logo_not_image")}
    assert "debería ser 8" in next(e.message for e in caught.value.errors if e.field == "nit")
    assert school.info() == before
    with pytest.raises(ValidationFailed) as rules:
        school.set_checklist_rules({"disabled": ["no_existe"]})
    assert rules.value.errors[0].code == "checklist_requirement_unknown"


def test_checklist_rules_round_trip(store: LocalStore, context: TenantContext) -> None:
    school = SchoolService(store, context)
    rules = {"disabled": ["photos"]}
    assert school.set_checklist_rules(rules).checklist_rules == rules
    assert school.checklist_rules() == rules
    assert school.set_checklist_rules(None).checklist_rules is None


def test_only_the_rector_or_admin_edits_settings(store: LocalStore, context: TenantContext) -> None:
    secretary = SchoolService(store, TenantContext(context.school_id, context.user_id, frozenset({"secretary"})))
    with pytest.raises(NotAllowed):
        secretary.update_settings(name="Hackeado")
    assert secretary.info().name == "Colegio San José"


def test_connected_mode_adopts_the_users_school_without_outbox_entries(tmp_path: Path) -> None:
    from datetime import date

    from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
    from desktop_app.services.enrollments import EnrollmentService
    from desktop_app.services.school_years import SchoolYearService
    from desktop_app.services.students import StudentService

    membership = TenantContext("4b0f9a4e-1111-4c5e-9a53-000000000001", "9d1c2b3a-2222-4f1e-8b7d-000000000002",
                               frozenset({"secretary", "coordinator"}), "Luz Secretaria")
    with LocalStore.open(tmp_path / "connected.sqlite3") as store:
        setup = LocalSetup(store)
        context = setup.adopt(membership, school_name="Colegio del Servidor", user_email="luz@colegio.edu.co")
        assert context == membership
        assert setup.adopt(membership, school_name="Colegio del Servidor", user_email="luz@colegio.edu.co") == context
        assert outbox(store) == []
        assert SchoolService(store, context).info().name == "Colegio del Servidor"
        year = SchoolYearService(store, context).create_year(
            SchoolYearDraft("2026", date(2026, 1, 19), date(2026, 11, 27)))
        student = StudentService(store, context).create(StudentDraft("TI", "1012345678", "Ana Ruiz", None))
        enrollments = EnrollmentService(store, context)
        enrollment = enrollments.enroll(student.id, EnrollmentDraft(year.id, "5"))
        enrollments.mark_document(enrollment.id, "photos", "validated")  # validated_by points at the user row
        assert {e["table_name"] for e in outbox(store)} == {
            "school_years", "students", "enrollments", "enrollment_documents"}


def _settings_row(store: LocalStore, school_id: str) -> dict:
    with store.read() as session:
        return session.get("school_settings", school_id, school_id=school_id) or {}


def test_one_save_of_every_setting_is_one_transaction_and_keeps_unknown_json_keys(
    store: LocalStore, context: TenantContext
) -> None:
    # keys this screen does not show (written by the server, another version, SIMAT export settings)
    with store.write() as session:
        session.patch("school_settings", context.school_id, {
            "branding_settings": {"primary_color": "#123456", "motto": "Ciencia y virtud"},
            "simat_settings": {"codigo_sede": "11100101234501", "checklist_rules": {"disabled": ["photos"]}},
        }, school_id=context.school_id)
    transactions_before = {e["tx_id"] for e in outbox(store)}
    rules = {"disabled": ["photos"], "custom": [{"code": "contrato", "label": "Contrato firmado",
                                                 "when": {"grades": ["6", "7"]}}]}
    info = SchoolService(store, context).update_settings(
        name="I.E. San José", nit="900.123.456", resolution="Resolución 1234 de 2011", dane_code="1110 0101 2345",
        address="Calle 10 # 5-20, Bogotá", phone="601 3456789", logo=PNG, habeas_data_text="Autorizo.",
        checklist_rules=rules)
    assert (info.nit, info.dane_code, info.address, info.phone) == (
        "900123456-8", "111001012345", "Calle 10 # 5-20, Bogotá", "601 3456789")
    assert info.logo == PNG and info.checklist_rules == rules
    row = _settings_row(store, context.school_id)
    assert row["branding_settings"]["primary_color"] == "#123456"
    assert row["branding_settings"]["motto"] == "Ciencia y virtud"
    assert row["simat_settings"]["codigo_sede"] == "11100101234501"
    assert row["simat_settings"]["codigo_dane"] == "111001012345"
    new_entries = [e for e in outbox(store) if e["tx_id"] not in transactions_before]
    assert len({e["tx_id"] for e in new_entries}) == 1
    assert {e["table_name"] for e in new_entries} == {"schools", "school_settings"}
    # clearing one field removes its key only
    cleared = SchoolService(store, context).update_settings(phone="", dane_code=None)
    assert cleared.phone is None and cleared.dane_code is None and cleared.address == "Calle 10 # 5-20, Bogotá"
    assert _settings_row(store, context.school_id)["simat_settings"]["codigo_sede"] == "11100101234501"


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"dane_code": "12345"}, "dane_code", "dane_code_invalid"),
    ({"dane_code": "11100101234X"}, "dane_code", "dane_code_invalid"),
    ({"phone": "12"}, "phone", "invalid_phone"),
    ({"phone": "601 345 6789 ext 2"}, "phone", "invalid_phone"),
    ({"address": "x" * 201}, "address", "too_long"),
    ({"logo": PNG[:-6]}, "logo", "logo_not_image"),  # cut short: IEND is damaged
    ({"logo": b"\xff\xd8\xff\xe0 not really a jpeg"}, "logo", "logo_not_image"),
    ({"logo": b"%PDF-1.7"}, "logo", "logo_not_image"),
    ({"checklist_rules": {"custom": [{"code": "x", "label": ""}]}}, "checklist.custom[0].code",
     "checklist_code_invalid"),
])
def test_each_bad_setting_names_its_field_and_nothing_is_written(
    store: LocalStore, context: TenantContext, changes: dict, field: str, code: str
) -> None:
    school = SchoolService(store, context)
    before, entries = school.info(), len(outbox(store))
    with pytest.raises(ValidationFailed) as caught:
        school.update_settings(name="Otro nombre", **changes)
    assert (field, code) in {(e.field, e.code) for e in caught.value.errors}
    assert all("Error sin descripción" not in e.message for e in caught.value.errors)
    assert school.info() == before and len(outbox(store)) == entries
