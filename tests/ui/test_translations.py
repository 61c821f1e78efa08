"""The English catalog is complete: every UI string and every domain message has a finished translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.messages import MESSAGES
from desktop_app.ui.errors import error_text, field_error_text
from desktop_app.ui.i18n import install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "resources" / "translations" / "secretaria_en.ts"
UPDATE_HINT = "update the catalog: see README, 'For secretaries: using the app' → Language (lupdate, linguist, lrelease)"


def _sources(catalog: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(catalog)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_every_domain_message_is_in_the_catalog_under_domain_messages() -> None:
    # domain/messages.py is the one catalogue; lupdate reads it (see the sources below)
    sources = _sources(CATALOG)
    missing = [text for text in MESSAGES.values() if ("DomainMessages", text) not in sources]
    assert not missing, f"{len(missing)} domain messages not in the catalog: {missing[:5]}; {UPDATE_HINT}"


def test_every_entry_of_the_catalog_is_translated() -> None:
    unfinished = [
        source
        for (_context, source), message in _sources(CATALOG).items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (message.findtext("translation") or message.find("translation").findtext("numerusform"))
    ]
    assert not unfinished, f"{len(unfinished)} untranslated: {unfinished[:10]}; {UPDATE_HINT}"


def test_lupdate_finds_no_string_missing_from_the_catalog(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / CATALOG.name
    shutil.copy(CATALOG, copy)
    qt_modules = sorted(
        str(path) for folder in ("desktop_app/ui", "desktop_app/printing") for path in (ROOT / folder).rglob("*.py")
    )
    sources = [*qt_modules, str(ROOT / "desktop_app" / "app.py"), str(ROOT / "desktop_app" / "domain" / "messages.py")]
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True)
    missing = sorted(set(_sources(copy)) - set(_sources(CATALOG)))
    assert not missing, f"{len(missing)} new strings not in the catalog: {missing[:10]}; {UPDATE_HINT}"


def test_domain_errors_read_in_english(english: None) -> None:
    error = FieldError("document_number", "document_number_length", {"doc_type": "TI", "min": 10, "max": 11, "length": 4})
    assert field_error_text(error) == "A TI number must have 10 to 11 characters (it has 4)."
    failure = ValidationFailed([FieldError("full_name", "full_name_required"), FieldError("birth_date", "invalid_date")])
    assert error_text(failure) == "Type the full name.\nThe date is not valid."


def test_domain_errors_stay_spanish_by_default(qapp: QApplication) -> None:
    error = FieldError("document_number", "document_number_length", {"doc_type": "TI", "min": 10, "max": 11, "length": 4})
    assert field_error_text(error) == error.message
    assert field_error_text(error).startswith("El número de TI debe tener entre 10 y 11")


def test_sign_in_notices_and_role_names_follow_the_language(english: None) -> None:
    from desktop_app.ui.sign_in.texts import notice_message, roles_text

    assert notice_message("invalid_credentials") == "Wrong e-mail or password."
    assert notice_message("offline").startswith("Offline: you are working")
    assert roles_text(frozenset({"rector", "teacher"})) == "Principal, Teacher"
