"""Every code the domain can produce has a Spanish message; the typed errors carry code, field and params."""

import ast
import string
from pathlib import Path

import pytest

import desktop_app.domain as domain_package
from desktop_app.domain.errors import (
    Conflict,
    DomainError,
    FieldError,
    NotAllowed,
    NotFound,
    ValidationFailed,
    raise_if_errors,
)
from desktop_app.domain.messages import DEFAULT_PARAMS, MESSAGES, has_message, message_for

ERROR_CALLS = {"FieldError": 1, "DomainError": 0, "ValidationFailed": 0, "NotAllowed": 0, "Conflict": 0,
               "NotFound": 0}
DOMAIN_DIR = Path(domain_package.__file__).parent
# The contract: every code used anywhere has a message. Services and the UI raise the domain's errors too.
SCANNED_DIRS = [DOMAIN_DIR, DOMAIN_DIR.parent / "services", DOMAIN_DIR.parent / "ui"]


def string_constants(node):
    """The strings an expression can be: a literal, or either branch of `"a" if c else "b"`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.IfExp):
        return string_constants(node.body) + string_constants(node.orelse)
    return []


def local_assignments(tree):
    """Variable name -> string literals assigned to it, per function (codes chosen before the raise)."""
    by_function = {}
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef):
            names = {}
            for node in ast.walk(function):
                if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                    names.setdefault(node.targets[0].id, []).extend(string_constants(node.value))
            for node in ast.walk(function):
                by_function[id(node)] = names
    return by_function


def produced_codes():
    """(code, param names or None when not a literal, where) for every error built in the app's source."""
    found = []
    for path in sorted(p for directory in SCANNED_DIRS for p in directory.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assigned = local_assignments(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for statement in node.body:
                    if (isinstance(statement, ast.Assign) and statement.targets[0].id == "default_code"
                            and isinstance(statement.value, ast.Constant)):
                        found.append((statement.value.value, set(), f"{path.relative_to(DOMAIN_DIR.parent)}:{node.name}"))
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ERROR_CALLS):
                continue
            position = ERROR_CALLS[node.func.id]
            code_node = node.args[position] if len(node.args) > position else next(
                (k.value for k in node.keywords if k.arg == "code"), None)
            params_node = node.args[position + 1] if len(node.args) > position + 1 else next(
                (k.value for k in node.keywords if k.arg == "params"), None)
            where = f"{path.relative_to(DOMAIN_DIR.parent)}:{node.lineno}"
            if isinstance(code_node, ast.Name):
                candidates = assigned.get(id(node), {}).get(code_node.id, [])
            else:
                candidates = string_constants(code_node)
            if params_node is None:
                params = set()
            elif isinstance(params_node, ast.Dict):
                params = {k.value for k in params_node.keys if isinstance(k, ast.Constant)}
            else:
                params = None
            found += [(candidate.value, params, where) for candidate in candidates]
    return found


CODES = produced_codes()


def test_the_scan_sees_the_domain_codes():
    names = {code for code, _, _ in CODES}
    # A sample from each module, so an empty scan cannot pass the test below.
    assert {"nit_check_digit_mismatch", "document_number_length", "age_unusual_for_grade",
            "illegal_status_transition", "checklist_code_duplicate", "not_allowed", "validation_failed",
            "rejection_reason_required", "waiver_reason_required"} <= names
    assert len(names) > 40


@pytest.mark.parametrize(("code", "params", "where"), CODES, ids=[f"{c}@{w}" for c, _, w in CODES])
def test_every_produced_code_has_a_spanish_message_with_its_params(code, params, where):
    assert has_message(code), f"{code} ({where}) has no message"
    placeholders = {name for _, name, _, _ in string.Formatter().parse(MESSAGES[code]) if name}
    if params is not None:
        params = params | set(DEFAULT_PARAMS.get(code, {}))
        assert placeholders <= params, f"{code} ({where}) message needs {placeholders - params}"


def test_every_catalog_message_is_non_empty_spanish_text_that_formats():
    for code, template in MESSAGES.items():
        assert template.strip(), code
        assert message_for(code)  # missing params never crash a screen
        assert template.rstrip().endswith((".", "?")), code


def test_unknown_code_still_gives_a_message():
    assert "no_such_code" in message_for("no_such_code")


def test_validation_failed_from_one_field_error_takes_its_code_and_field():
    error = ValidationFailed([FieldError("nit", "nit_required")])
    assert (error.code, error.field, error.errors) == ("nit_required", "nit", [FieldError("nit", "nit_required")])
    assert error.message == "Escriba el NIT." == str(error)
    assert isinstance(error, DomainError)


def test_validation_failed_with_several_errors_lists_every_message():
    errors = [FieldError("nit", "nit_required"), FieldError("full_name", "full_name_required")]
    error = ValidationFailed(errors)
    assert error.code == "validation_failed" and error.field is None
    assert error.errors == errors
    assert "Escriba el NIT." in error.message and "nombre completo" in error.message


def test_errors_built_from_a_code_carry_a_field_error():
    error = Conflict("document_duplicate", field="document_number", params={"name": "Ana Pérez"})
    assert error.errors == [FieldError("document_number", "document_duplicate", {"name": "Ana Pérez"})]
    assert "Ana Pérez" in error.message
    assert NotAllowed("not_allowed", params={"action": "imprimir"}).message == "Su rol no le permite imprimir."
    assert NotFound().code == "not_found" and NotFound().message


def test_raise_if_errors():
    raise_if_errors([])
    with pytest.raises(ValidationFailed) as raised:
        raise_if_errors(iter([FieldError("x", "required")]))
    assert raised.value.field == "x"


def test_field_errors_are_values():
    assert FieldError("a", "required") == FieldError("a", "required", {})
    assert len({FieldError("a", "required"), FieldError("a", "required")}) == 1
