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


def test_the_spec_drops_what_the_app_never_loads_and_keeps_what_it_does() -> None:
    kept = _spec()["kept"]
    qt = "PySide6/Qt/"
    for dropped in (
        qt + "plugins/platforms/libqeglfs.so", qt + "plugins/platforms/qlinuxfb.dll",
        qt + "plugins/platforms/libqminimal.so", qt + "plugins/platforms/libqminimalegl.so",
        qt + "plugins/platforms/libqvnc.so", qt + "plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        qt + "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        qt + "plugins/platformthemes/libqgtk3.so", qt + "plugins/networkinformation/qnetworklistmanager.dll",
        qt + "translations/qtbase_de.qm", qt + "translations/qt_es.qm", qt + "translations/qt_help_es.qm",
        "botocore/data/ec2/2016-11-15/service-2.json.gz", "PIL/_avif.cpython-311-x86_64-linux-gnu.so",
        "pillow.libs/libavif-c6062d5f.so.16.4.2", "stdnum/isbn.dat", "stdnum/be/banks.dat",
    ):  # fmt: skip
        assert not kept(dropped), dropped
        assert not kept(dropped.replace("/", "\\")), dropped  # Windows separators
    for needed in (
        qt + "plugins/platforms/libqxcb.so", qt + "plugins/platforms/qwindows.dll",
        qt + "plugins/platforms/libqcocoa.dylib", qt + "plugins/platforms/libqoffscreen.so",
        qt + "plugins/platforms/libqwayland.so", qt + "plugins/imageformats/libqjpeg.so",
        qt + "plugins/imageformats/qsvg.dll", qt + "plugins/printsupport/libcupsprintersupport.so",
        qt + "lib/libQt6Pdf.so.6", qt + "lib/libQt6PdfWidgets.so.6", qt + "lib/libQt6Widgets.so.6",
        "PySide6/QtPdfWidgets.abi3.so", qt + "translations/qtbase_es.qm", qt + "translations/qtbase_en.qm",
        "botocore/data/s3/2006-03-01/service-2.json.gz", "botocore/data/endpoints.json",
        "resources/translations/secretaria_en.qm", "desktop_app/storage/local/migrations/env.py",
        qt + "plugins/platformthemes/libqxdgdesktopportal.so", "PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
        "pillow.libs/libjpeg-6dc8d115.so.62.4.0", "stdnum/co/nit.py",
    ):  # fmt: skip
        assert kept(needed), needed


def test_no_excluded_package_is_one_the_app_imports() -> None:
    # The excludes only cut what the app's dependencies import and never run; the app's own imports stay.
    import ast

    imported: set[str] = set()
    for source in (ROOT / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
    assert "PySide6" in imported and not imported & set(_spec()["EXCLUDES"])


def test_libraries_only_dropped_plugins_link_to_go_with_them() -> None:
    # Real Qt binaries of the installed PySide6 (Linux names): the virtual keyboard plugin is dropped, so Qt
    # Quick and VirtualKeyboard (which only it links to) go too; what the widgets need stays.
    qt = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt"
    binaries = [(f"PySide6/Qt/{path.relative_to(qt)}", str(path), "BINARY") for path in (
        qt / "plugins" / "platforminputcontexts" / "libqtvirtualkeyboardplugin.so",
        qt / "plugins" / "platforms" / "libqoffscreen.so",
        *(qt / "lib" / f"libQt6{name}.so.6" for name in (
            "VirtualKeyboard", "VirtualKeyboardQml", "Quick", "Qml", "QmlModels", "Core", "Gui", "Widgets",
        )),
    )]  # fmt: skip
    dropped = {"PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"}
    remaining = _spec()["without_orphans"](binaries, dropped)
    names = {Path(dest).name for dest, _source, _kind in remaining}
    assert names == {"libqoffscreen.so", "libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6"}
    links = [(f"libQt6{name}.so.6", f"PySide6/Qt/lib/libQt6{name}.so.6", "SYMLINK") for name in ("Quick", "Core")]
    links.append(("PySide6/Qt/plugins/lib/libQt6Gui.so.6", "../../lib/libQt6Gui.so.6", "SYMLINK"))
    present = {dest for dest, _source, _kind in remaining}
    assert _spec()["without_dangling_links"](links, present) == links[1:]
