"""The installed app, built as IT builds it: `pyinstaller build.spec` into a temporary folder, then its
`--self-check` on a fresh user profile in Spanish and in English, then with a file deleted from the bundle.

One build is shared by every test of this module (about a minute on the CI machine; the figure is printed).
Run alone with `.venv/bin/python -m pytest -m packaging -s`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app import APP_NAME
from desktop_app.services.setup import LocalSetup
from desktop_app.storage.local.store import LocalStore
from tests.packaging.support import ROOT, fresh_profile_env, run

pytestmark = pytest.mark.packaging

SIZE_LIMIT_MB = 200


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/SecretariaEscolar of a build of the repository's build.spec."""
    out = tmp_path_factory.mktemp("build")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-5000:]
    print(f"\n[packaging] pyinstaller build.spec: {time.perf_counter() - started:.0f} s")
    shutil.rmtree(out / "work")  # PyInstaller's intermediate files: as large as the build, never read again
    return out / "dist" / APP_NAME


def _self_check(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    executable = bundle / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    return run([str(executable), "--self-check", *args], fresh_profile_env(home), timeout=60)


@contextmanager
def _without(path: Path) -> Iterator[None]:
    """The bundle with `path` (file or folder) taken out for the duration, as a damaged installation."""
    aside = path.with_name(path.name + ".aside")
    path.rename(aside)
    try:
        yield
    finally:
        aside.rename(path)


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_built_app_passes_its_self_check_on_a_fresh_profile(bundle: Path, tmp_path: Path, language: str) -> None:
    result = _self_check(bundle, tmp_path / "home", "--lang", language)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[0] == "ready" and lines[-1].startswith("self-check: OK en "), result.stdout
    print(f"\n[packaging] frozen self-check ({language}): {lines[-1]}")


def test_the_build_is_lean(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    size_mb = sum(path.stat().st_size for path in files) / 1e6
    print(f"\n[packaging] bundle: {size_mb:.0f} MB in {len(files)} files")
    assert size_mb <= SIZE_LIMIT_MB
    names = {path.name for path in files}
    assert not {name for name in names if "eglfs" in name or "VirtualKeyboard" in name or "Quick" in name}
    assert not [path for path in bundle.rglob("*") if path.is_symlink() and not path.exists()]
    translations = {path.name for path in (bundle / "_internal" / "PySide6" / "Qt" / "translations").iterdir()}
    assert translations == {"qtbase_es.qm", "qtbase_en.qm"}
    assert any("Qt6Pdf" in name for name in names) and any("QtPdfWidgets" in name for name in names)


def test_a_translation_missing_from_the_bundle_fails_the_check(bundle: Path, tmp_path: Path) -> None:
    with _without(bundle / "_internal" / "resources" / "translations" / "secretaria_en.qm"):
        result = _self_check(bundle, tmp_path / "home", "--lang", "en")
    assert result.returncode == 1 and "secretaria_en.qm" in result.stderr, result.stderr[-3000:]


def test_migrations_missing_from_the_bundle_fail_the_check(bundle: Path, tmp_path: Path) -> None:
    migrations = bundle / "_internal" / "desktop_app" / "storage" / "local" / "migrations"
    with _without(migrations):
        result = _self_check(bundle, tmp_path / "home")
    assert result.returncode == 1 and "scripts de migración" in result.stderr, result.stderr[-3000:]
    assert "ready" not in result.stdout


def test_a_missing_config_file_ends_the_built_app_at_once(bundle: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    result = _self_check(bundle, tmp_path / "home", "--config", str(tmp_path / "missing.toml"))
    assert time.perf_counter() - started < 5
    assert result.returncode == 3 and "No se encontró el archivo de configuración" in result.stderr, result.stderr


def test_a_copy_of_the_bundle_elsewhere_loads_the_demo_school(bundle: Path, tmp_path: Path) -> None:
    """What IT copies to a PC is the folder: it must not depend on the build machine's paths. `--demo` also
    runs the demo generator (its data and imports) inside the bundle."""
    copy = tmp_path / APP_NAME
    shutil.copytree(bundle, copy, symlinks=True)
    store_path = tmp_path / "demo.sqlite3"
    result = _self_check(copy, tmp_path / "home", "--demo", "--demo-students", "20", "--data-file", str(store_path))
    assert result.returncode == 0, result.stderr[-3000:]
    with LocalStore.open(store_path) as store, store.read() as session:
        school_id = LocalSetup(store).context().school_id
        assert len(session.student_ids(school_id=school_id)) >= 20
