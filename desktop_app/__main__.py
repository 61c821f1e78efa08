"""`python -m desktop_app` and the `desktop-app` console script."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["devstack"]:
        # Before any Qt import: the dev stack runs on machines without a display.
        from desktop_app.devstack.stack import main as devstack_main

        return devstack_main(args[1:])
    from desktop_app.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
