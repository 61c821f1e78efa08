"""The command line: the app's own options and the subcommands, parsed before any Qt import.

`desktop-app [options]` opens the app; `desktop-app <subcommand> …` runs a Qt-free command (the dev stack,
and the IT commands later issues add). Each subcommand lives in its own module with a `main(argv) -> int`
that parses its own options, so `desktop-app <subcommand> --help` imports only what that command needs.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from pathlib import Path

DEMO_STUDENTS = 300
LANGUAGES = ("en", "es")  # the catalogues in resources/translations; ui.i18n checks they agree


@dataclass(frozen=True)
class Subcommand:
    module: str
    summary: str


# Registered here once; `main(argv)` of each module is called with the arguments after the name.
SUBCOMMANDS: dict[str, Subcommand] = {
    "devstack": Subcommand(
        "desktop_app.devstack.stack",
        "start a throwaway PostgreSQL, auth server and S3 server on this machine and write a config file",
    ),
    "admin": Subcommand("desktop_app.admin.cli", "IT tasks: add, list or revoke an office PC's database login"),
}


def app_parser() -> argparse.ArgumentParser:
    """The options of the app itself; `--help` also lists the subcommands."""
    epilog = "subcommands (each has its own --help):\n" + "\n".join(
        f"  {name:<10} {command.summary}" for name, command in SUBCOMMANDS.items()
    )
    parser = argparse.ArgumentParser(
        prog="desktop-app",
        description="Secretaría Escolar. With no subcommand, opens the app.",
        usage="desktop-app [options] | desktop-app {" + ",".join(SUBCOMMANDS) + "} ...",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", help="config file for connected mode (see README)")
    parser.add_argument("--demo", action="store_true", help="load a demo school with realistic data")
    parser.add_argument(
        "--demo-students", type=int, default=DEMO_STUDENTS, help="how many students the demo school gets"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: the saved one, es)")
    parser.add_argument("--data-file", type=Path, help="local store file (default: the user's data folder)")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation (translations, store migrations, Qt plugins, printing to PDF) on a "
        "throwaway store unless --data-file is given; exit 0 if all is well, else the reasons on stderr",
    )
    return parser


def parse_app_args(argv: list[str]) -> argparse.Namespace:
    return app_parser().parse_args(argv)


def main(argv: list[str]) -> int:
    """Dispatch: a subcommand name first runs that command; anything else are the app's options."""
    if argv and argv[0] in SUBCOMMANDS:
        module = importlib.import_module(SUBCOMMANDS[argv[0]].module)
        code: int = module.main(argv[1:])
        return code
    args = parse_app_args(argv)  # exits here on --help or a bad option, before Qt is imported
    from desktop_app.app import main as app_main

    return app_main(args)
