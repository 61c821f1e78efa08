"""The composition root: reads the settings, builds the concrete pieces and hands them to the UI."""

from __future__ import annotations

import argparse


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="desktop-app", description="Secretaría Escolar")
    parser.add_argument("--config", help="config file for connected mode (see README)")
    parser.add_argument("--demo", action="store_true", help="load a demo school with realistic data")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    parse_args(argv)
    raise SystemExit("La ventana principal aún no está construida.")
