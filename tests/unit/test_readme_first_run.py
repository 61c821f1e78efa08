"""The README's first command works on a bare Linux only with Qt's system libraries: they are listed beside it."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
# what Qt's xcb platform plugin cannot start without (libxcb-cursor0 is the one most often missing)
NEEDED = ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1")


def test_the_linux_libraries_are_named_next_to_the_first_command() -> None:
    text = README.read_text(encoding="utf-8")
    first_command = text.index(".venv/bin/desktop-app")
    apt = text.find("apt-get install", first_command)
    assert 0 < apt - first_command < 800, "the apt-get line must follow the first command"
    block = text[apt : text.index("```", apt)]
    assert all(package in block for package in NEEDED), [p for p in NEEDED if p not in block]
