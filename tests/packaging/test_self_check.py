"""`--self-check` run unfrozen on a copy of the package that a test breaks, as a damaged installation would
be: each missing piece ends the check with exit 1 and its reason on stderr, and a question the check cannot
answer (a sign-in dialog) never makes it hang. tests/packaging/test_frozen_build.py does the same on a build."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.config import ConnectedConfig, write_config
from tests.packaging.support import copy_of_the_package, fresh_profile_env, run


def _self_check(tmp_path: Path, *args: str, package: Path | None = None) -> tuple[int, str, str]:
    extra = {"PYTHONPATH": str(package)} if package else {}
    env = fresh_profile_env(tmp_path / "home", **extra)
    result = run([sys.executable, "-m", "desktop_app", "--self-check", *args], env, timeout=60, cwd=package)
    return result.returncode, result.stdout, result.stderr


def test_self_check_passes_in_english_and_leaves_the_schools_store_alone(tmp_path: Path) -> None:
    code, out, err = _self_check(tmp_path, "--lang", "en")
    assert code == 0, err[-3000:]
    lines = out.splitlines()
    assert lines[0] == "ready" and lines[-1].startswith("self-check: OK en ") and lines[-1].endswith(" s")
    assert float(lines[-1].split()[-2]) > 0
    # without --data-file it works in a throwaway file, never in the user's data folder
    assert not list((tmp_path / "home").rglob("*.sqlite3"))


def test_missing_translation_fails_with_the_file_named(tmp_path: Path) -> None:
    package = copy_of_the_package(tmp_path / "app")
    (package / "resources" / "translations" / "secretaria_en.qm").unlink()
    code, out, err = _self_check(tmp_path, "--lang", "en", package=package)
    assert code == 1 and "secretaria_en.qm" in err and "idioma en" in err, (code, err[-3000:])
    assert "ready" not in out  # refused before any window


def test_missing_migration_scripts_fail_with_the_reason_not_a_dialog(tmp_path: Path) -> None:
    package = copy_of_the_package(tmp_path / "app")
    for script in (package / "desktop_app" / "storage" / "local" / "migrations" / "versions").glob("local_*.py"):
        script.unlink()
    code, out, err = _self_check(tmp_path, package=package)
    assert code == 1 and "scripts de migración" in err, (code, err[-3000:])
    assert "ready" not in out


def test_a_missing_newest_migration_is_found_by_the_schema_it_leaves_behind(tmp_path: Path) -> None:
    package = copy_of_the_package(tmp_path / "app")
    versions = sorted((package / "desktop_app" / "storage" / "local" / "migrations" / "versions").glob("local_*.py"))
    assert len(versions) >= 2
    versions[-1].unlink()  # Alembic now stops one step early without complaint
    code, out, err = _self_check(tmp_path, package=package)
    assert code == 1 and "base local quedó incompleta" in err, (code, err[-3000:])
    assert out.splitlines()[0] == "ready" and "FALLÓ" in out


def test_a_sign_in_dialog_is_answered_by_the_check_and_reported(tmp_path: Path) -> None:
    # A valid config with no saved session: the app would ask for a password. The check must not wait.
    config = write_config(tmp_path / "config.toml", ConnectedConfig(
        supabase_url="http://127.0.0.1:9", anon_key="anon-key-of-no-server",
        database_url="postgresql://desktop@127.0.0.1:9/none",
    ))  # fmt: skip
    env = fresh_profile_env(
        tmp_path / "home",
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        KEYRING_PROPERTY_FILE_PATH=str(tmp_path / "keyring.cfg"),
    )
    result = run([sys.executable, "-m", "desktop_app", "--self-check", "--config", str(config)], env, timeout=60)
    assert result.returncode == 4, result.stderr[-3000:]
    assert "no se inició sesión" in result.stderr and "un diálogo pidió una respuesta" in result.stderr
