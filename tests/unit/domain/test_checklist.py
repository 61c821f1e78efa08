"""Which documents a matrícula needs, the school's changes to that list, and each item's state."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.checklist import (
    DEFAULT_REQUIREMENTS,
    ChecklistContext,
    ChecklistItem,
    ItemState,
    checklist_complete,
    condition_from_json,
    condition_to_json,
    describe_condition,
    mark_item,
    missing_items,
    required_documents,
    school_requirements,
    validate_school_rules,
)
from desktop_app.domain.errors import NotAllowed, ValidationFailed
from desktop_app.domain.grades import GRADES


def codes(context, rules=None):
    return [r.code for r in required_documents(context, rules)]


def student(grade="5", new=True, foreign=False, age=10, disability=False):
    return ChecklistContext(grade, is_new_student=new, is_foreign=foreign, age=age, has_disability=disability)


def test_new_colombian_preescolar_child():
    assert codes(student("transicion", age=5)) == [
        "registro_civil", "guardian_identity_document", "health_affiliation", "vaccination_card",
        "previous_school_clearance", "simat_withdrawal", "photos", "data_processing_consent"]


def test_preescolar_and_primaria_need_the_vaccination_card_secundaria_does_not():
    assert "vaccination_card" in codes(student("prejardin", age=3))
    assert "vaccination_card" in codes(student("5", new=False, age=10))
    assert "vaccination_card" not in codes(student("8", age=13))


def test_a_returning_fifth_grader_does_not_bring_the_registro_civil_again():
    returning = codes(student("5", new=False, age=10))
    assert "registro_civil" not in returning
    assert "previous_grades_certificates" not in returning
    assert "simat_withdrawal" not in returning
    assert {"health_affiliation", "data_processing_consent", "student_identity_card"} <= set(returning)
    assert "registro_civil" in codes(student("5", new=True, age=10))


def test_identity_card_from_seven_years_old():
    assert "student_identity_card" not in codes(student("1", age=6))
    assert "student_identity_card" in codes(student("1", age=7))
    assert "student_identity_card" in codes(student("11", age=17))
    adult = codes(student("clei_5", age=25))
    assert "student_identity_card" not in adult and "student_citizenship_card" in adult
    assert "guardian_identity_document" not in adult


def test_a_foreign_student_brings_a_migration_document_instead_of_colombian_ones():
    foreign = codes(student("4", foreign=True, age=9))
    assert {"student_migration_document", "foreign_birth_certificate"} <= set(foreign)
    assert "registro_civil" not in foreign and "student_identity_card" not in foreign
    assert "student_migration_document" in codes(student("4", new=False, foreign=True, age=9))
    assert "student_migration_document" not in codes(student("4", age=9))


def test_first_grade_needs_previous_certificates_transicion_does_not():
    assert "previous_grades_certificates" in codes(student("1", age=6))
    assert "previous_grades_certificates" not in codes(student("transicion", age=5))


def test_disability_diagnosis_only_when_a_disability_is_registered():
    assert "disability_diagnosis" in codes(student(disability=True))
    assert "disability_diagnosis" not in codes(student())


def test_unknown_age_does_not_hide_a_requirement():
    unknown = codes(student("7", age=None))
    assert {"student_identity_card", "student_citizenship_card", "guardian_identity_document"} <= set(unknown)


def test_default_codes_are_unique_and_labelled():
    assert len({r.code for r in DEFAULT_REQUIREMENTS}) == len(DEFAULT_REQUIREMENTS)
    assert all(r.label.strip() for r in DEFAULT_REQUIREMENTS)


def test_a_school_disables_changes_and_adds_items():
    rules = {
        "disabled": ["photos", "previous_school_clearance"],
        "overrides": {"vaccination_card": {"label": "Carné de vacunas al día", "when": {"levels": ["preescolar"]}}},
        "custom": [{"code": "contrato_matricula", "label": "Contrato de matrícula firmado",
                    "description": "Con huella del acudiente", "when": {"new_student": True}},
                   {"code": "rh", "label": "Certificado de grupo sanguíneo y RH"}],
    }
    assert validate_school_rules(rules) == []
    fifth = codes(student("5", age=10), rules)
    assert "photos" not in fifth and "previous_school_clearance" not in fifth
    assert "vaccination_card" not in fifth  # now preescolar only
    assert fifth[-2:] == ["contrato_matricula", "rh"]
    returning = codes(student("5", new=False, age=10), rules)
    assert "contrato_matricula" not in returning and "rh" in returning
    kinder = required_documents(student("jardin", age=4), rules)
    vaccination = next(r for r in kinder if r.code == "vaccination_card")
    assert vaccination.label == "Carné de vacunas al día"
    assert next(r for r in kinder if r.code == "rh").custom


def test_override_when_replaces_the_default_condition():
    rules = {"overrides": {"registro_civil": {"when": {}}}}
    assert "registro_civil" in codes(student("5", new=False, age=10), rules)


def test_condition_json_round_trip():
    for requirement in DEFAULT_REQUIREMENTS:
        assert condition_from_json(condition_to_json(requirement.when)) == requirement.when


@pytest.mark.parametrize(("rules", "field", "code"), [
    ([], "checklist", "checklist_rules_not_object"),
    ({"disabel": []}, "checklist.disabel", "checklist_rules_unknown_key"),
    ({"disabled": "photos"}, "checklist.disabled", "checklist_list_expected"),
    ({"disabled": ["fotos"]}, "checklist.disabled", "checklist_requirement_unknown"),
    ({"overrides": {"fotos": {}}}, "checklist.overrides.fotos", "checklist_requirement_unknown"),
    ({"overrides": {"photos": {"label": ""}}}, "checklist.overrides.photos.label", "checklist_label_required"),
    ({"overrides": {"photos": {"color": 1}}}, "checklist.overrides.photos.color", "checklist_rules_unknown_key"),
    ({"overrides": {"photos": {"when": {"grades": ["13"]}}}}, "checklist.overrides.photos.when.grades",
     "checklist_grade_unknown"),
    ({"overrides": {"photos": {"when": {"levels": ["universidad"]}}}}, "checklist.overrides.photos.when.levels",
     "checklist_level_unknown"),
    ({"overrides": {"photos": {"when": {"min_age": "7"}}}}, "checklist.overrides.photos.when.min_age",
     "checklist_age_invalid"),
    ({"overrides": {"photos": {"when": {"min_age": 10, "max_age": 7}}}},
     "checklist.overrides.photos.when.min_age", "checklist_age_range_invalid"),
    ({"overrides": {"photos": {"when": {"foreign": "si"}}}}, "checklist.overrides.photos.when.foreign",
     "checklist_flag_invalid"),
    ({"custom": {}}, "checklist.custom", "checklist_list_expected"),
    ({"custom": [{"code": "Contrato!", "label": "x"}]}, "checklist.custom[0].code", "checklist_code_invalid"),
    ({"custom": [{"code": "photos", "label": "x"}]}, "checklist.custom[0].code", "checklist_code_duplicate"),
    ({"custom": [{"code": "a1", "label": "x"}, {"code": "a1", "label": "y"}]}, "checklist.custom[1].code",
     "checklist_code_duplicate"),
    ({"custom": [{"code": "a1"}]}, "checklist.custom[0].label", "checklist_label_required"),
    ({"custom": [{"code": "a1", "label": "x" * 201}]}, "checklist.custom[0].label", "checklist_label_too_long"),
    ({"custom": [{"code": "a1", "label": "x", "description": 3}]}, "checklist.custom[0].description",
     "checklist_text_expected"),
    ({"custom": ["a1"]}, "checklist.custom[0]", "checklist_rules_not_object"),
])
def test_a_bad_override_is_reported_field_by_field(rules, field, code):
    errors = validate_school_rules(rules)
    assert (field, code) in [(e.field, e.code) for e in errors]
    assert all(e.message for e in errors)
    with pytest.raises(ValidationFailed):
        required_documents(student(), rules)


def test_several_mistakes_are_all_reported():
    errors = validate_school_rules({"disabled": ["x"], "custom": [{"code": "1"}]})
    assert {e.code for e in errors} == {"checklist_requirement_unknown", "checklist_code_invalid",
                                        "checklist_label_required"}


def test_no_override_means_the_defaults():
    assert school_requirements(None) == school_requirements({}) == list(DEFAULT_REQUIREMENTS)


AT = datetime(2026, 1, 20, 14, 0, tzinfo=UTC)


def items(*states):
    return [ChecklistItem(req, state) for req, state in zip(DEFAULT_REQUIREMENTS, states, strict=False)]


def test_ready_for_review_when_nothing_is_missing_or_rejected():
    assert checklist_complete(items(ItemState.received, ItemState.validated, ItemState.waived))
    assert not checklist_complete(items(ItemState.validated, ItemState.missing))
    assert not checklist_complete(items(ItemState.validated, ItemState.rejected))
    assert checklist_complete([])
    pending = items(ItemState.validated, ItemState.rejected, ItemState.missing)
    assert [i.state for i in missing_items(pending)] == [ItemState.rejected, ItemState.missing]


def test_rejecting_needs_a_reason_that_is_kept():
    item = ChecklistItem(DEFAULT_REQUIREMENTS[0])
    with pytest.raises(ValidationFailed) as raised:
        mark_item(item, "rejected", roles=["secretary"], by_user_id="u1", at=AT, reason=" ")
    assert raised.value.code == "rejection_reason_required"
    assert "Registro civil" in raised.value.message
    rejected = mark_item(item, "rejected", roles=["secretary"], by_user_id="u1", at=AT, reason=" Ilegible ")
    assert (rejected.state, rejected.reason, rejected.updated_by, rejected.updated_at) == (
        ItemState.rejected, "Ilegible", "u1", AT)
    received = mark_item(rejected, ItemState.received, roles=["secretary"], by_user_id="u2", at=AT)
    assert (received.state, received.reason) == (ItemState.received, None)


def test_waiving_needs_a_reason():
    with pytest.raises(ValidationFailed) as raised:
        mark_item(ChecklistItem(DEFAULT_REQUIREMENTS[0]), ItemState.waived, roles=["coordinator"],
                  by_user_id="u1", at=AT)
    assert raised.value.code == "waiver_reason_required"


def test_teacher_cannot_mark_documents_and_unknown_states_are_refused():
    with pytest.raises(NotAllowed):
        mark_item(ChecklistItem(DEFAULT_REQUIREMENTS[0]), "validated", roles=["teacher"], by_user_id="u",
                  at=AT)
    with pytest.raises(ValidationFailed) as raised:
        mark_item(ChecklistItem(DEFAULT_REQUIREMENTS[0]), "lost", roles=["rector"], by_user_id="u", at=AT)
    assert raised.value.code == "unknown_item_state"


def test_conditions_are_described_in_spanish_for_the_settings_screen():
    by_code = {r.code: describe_condition(r.when) for r in DEFAULT_REQUIREMENTS}
    assert by_code["health_affiliation"] == "Todos los estudiantes"
    assert by_code["vaccination_card"] == "Preescolar y básica primaria"
    assert by_code["student_identity_card"] == "Solo colombianos; de 7 a 17 años"
    assert by_code["registro_civil"] == "Solo estudiantes nuevos; solo colombianos"
    assert describe_condition(condition_from_json({"grades": ["5", "11"], "new_student": False})) == (
        "Solo estudiantes antiguos; 5° y 11°")


def test_an_item_reason_short_enough_to_print():
    item = ChecklistItem(DEFAULT_REQUIREMENTS[0])
    with pytest.raises(ValidationFailed) as raised:
        mark_item(item, "rejected", roles=["secretary"], by_user_id="u", at=AT, reason="x" * 301)
    assert raised.value.code == "reason_too_long"
    assert mark_item(item, "rejected", roles=["secretary"], by_user_id="u", at=AT, reason="x" * 300).reason


def test_rules_of_a_newer_format_are_refused():
    assert validate_school_rules({"version": 1}) == []
    errors = validate_school_rules({"version": 2})
    assert [(e.field, e.code) for e in errors] == [("checklist.version", "checklist_version_unsupported")]
    assert "actualice" in errors[0].message


contexts = st.builds(
    ChecklistContext,
    grade_code=st.sampled_from([g.code for g in GRADES]),
    is_new_student=st.booleans(),
    is_foreign=st.booleans(),
    age=st.one_of(st.none(), st.integers(0, 70)),
    has_disability=st.booleans(),
)


@given(contexts, st.sets(st.sampled_from([r.code for r in DEFAULT_REQUIREMENTS])))
def test_disabling_items_removes_exactly_those(context, disabled):
    before = codes(context)
    after = codes(context, {"disabled": sorted(disabled)})
    assert after == [code for code in before if code not in disabled]


@given(contexts)
def test_everyone_brings_the_health_affiliation_and_the_data_consent(context):
    required = codes(context)
    assert {"health_affiliation", "data_processing_consent"} <= set(required)
    assert len(required) == len(set(required))
    if context.is_foreign:
        assert "student_migration_document" in required and "registro_civil" not in required


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 120) | st.text(max_size=8)
    | st.sampled_from(["photos", "preescolar", "5", "clei_1", "a_code", "label", "when"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["disabled", "overrides", "custom", "version", "code", "label",
                                       "description", "when", "grades", "levels", "min_age", "max_age",
                                       "new_student", "foreign", "disability", "photos", "x"]),
                      children, max_size=5),
    max_leaves=20,
)


@given(json_values, contexts)
def test_any_json_in_the_settings_is_either_reported_or_usable_never_a_crash(rules, context):
    errors = validate_school_rules(rules)
    assert all(isinstance(e.field, str) and e.message for e in errors)
    if errors:
        with pytest.raises(ValidationFailed):
            required_documents(context, rules)
    else:
        assert all(r.label.strip() for r in required_documents(context, rules))
