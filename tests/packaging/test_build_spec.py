"""build.spec, evaluated without PyInstaller: what it bundles exists and is found where the frozen app looks."""

from __future__ import annotations

import importlib.util
import runpy
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

from desktop_app import __version__
from desktop_app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _spec() -> dict:
    return runpy.run_path(str(ROOT / "build.spec"))


def test_spec_bundles_translations_and_local_store_migrations() -> None:
    spec = _spec()
    datas = spec["data_files"]()
    assert spec["__version__"] == __version__
    assert all(Path(source).is_file() for source, _target in datas)
    targets = {(Path(source).name, target) for source, target in datas}
    assert ("secretaria_en.qm", "resources/translations") in targets
    assert ("env.py", "desktop_app/storage/local/migrations") in targets
    versions = [source for source, target in datas if target == "desktop_app/storage/local/migrations/versions"]
    assert versions and all(source.endswith(".py") for source in versions)


def test_every_hidden_import_exists() -> None:
    for module in _spec()["HIDDEN_IMPORTS"]:
        assert importlib.util.find_spec(module) is not None, module


def test_frozen_layout_finds_the_translation(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for source, target in _spec()["data_files"]():
        (tmp_path / target).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, tmp_path / target)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.translations_dir() == tmp_path / "resources" / "translations"
    translator = QTranslator()
    assert translator.load("secretaria_en", str(i18n.translations_dir()))
    assert translator.translate("MainWindow", "&Estudiantes") == "&Students"


def test_modules_the_migration_scripts_import_are_hidden_imports() -> None:
    spec = _spec()
    imported = spec["migration_imports"]()
    assert "desktop_app.storage.local.capture" in imported and "desktop_app.storage.local.schema" in imported
    assert set(imported) <= set(spec["HIDDEN_IMPORTS"])
