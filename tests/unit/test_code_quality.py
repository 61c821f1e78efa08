"""Lint and the layering rules run with the tests, so a layer crossed or a lint error fails CI."""

from __future__ import annotations

import subprocess
import sys

from tests.support.migrations import ROOT

LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = _run("-m", "ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold():
    # Qt only in ui/ and printing/; domain imports nothing of ours; the UI talks to services only.
    result = _run("-c", LINT_IMPORTS)
    assert result.returncode == 0, result.stdout + result.stderr
