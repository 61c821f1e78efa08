"""Installs the app's Qt Linguist translation and Qt's own (`qtbase`) so standard dialogs match the language."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

logger = logging.getLogger(__name__)

SOURCE_LANGUAGE = "es"  # the strings in the code are Spanish (Colombia)
LANGUAGES = {"es": "Español", "en": "English"}
SETTINGS_KEY = "ui/language"


def translations_dir() -> Path:
    """`resources/translations` next to the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, SOURCE_LANGUAGE)
    return value if value in LANGUAGES else SOURCE_LANGUAGE


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language if language in LANGUAGES else SOURCE_LANGUAGE)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Loads `secretaria_<lang>.qm` and Qt's `qtbase_<lang>.qm`; returns them (keep them alive)."""
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    QLocale.setDefault(QLocale("es_CO" if language == "es" else language))
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != SOURCE_LANGUAGE:
        app_translator = QTranslator(app)
        if app_translator.load(f"secretaria_{language}", str(translations_dir())):
            app.installTranslator(app_translator)
            installed.append(app_translator)
        else:
            logger.warning("translation %s not found in %s", language, translations_dir())
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
