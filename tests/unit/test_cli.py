"""The command line: subcommands are dispatched, and `--help` lists them, before any Qt import."""

from __future__ import annotations

import subprocess
import sys

from desktop_app import cli


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import sys\n"
        "from desktop_app.__main__ import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('QT_LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO_QT')\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)


def test_help_lists_every_subcommand_and_the_app_options_without_importing_qt() -> None:
    result = _run("--help")
    for name in cli.SUBCOMMANDS:
        assert name in result.stdout
    assert "--config" in result.stdout and "--self-check" in result.stdout
    assert result.stdout.strip().endswith("NO_QT")


def test_a_subcommand_gets_its_own_help_without_importing_qt() -> None:
    result = _run("devstack", "--help")
    assert "--config-out" in result.stdout
    assert result.stdout.strip().endswith("NO_QT")


def test_a_bad_app_option_is_refused_before_qt() -> None:
    result = _run("--no-such-option")
    assert "unrecognized arguments" in result.stderr
    assert result.stdout.strip().endswith("NO_QT")


def test_the_cli_languages_are_the_ui_catalogues() -> None:
    from desktop_app.ui.i18n import LANGUAGES

    assert set(cli.LANGUAGES) == set(LANGUAGES)


def test_app_options_parse() -> None:
    args = cli.parse_app_args(["--demo", "--lang", "en", "--demo-students", "12"])
    assert args.demo and args.lang == "en" and args.demo_students == 12 and args.config is None
