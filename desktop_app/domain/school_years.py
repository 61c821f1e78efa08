"""What a school year (año lectivo) may be called: the year it runs in, as SIMAT and the printed forms show it.

Calendar A years are named by their year ("2026"); calendar B years run across two ("2026-2027") or carry the
calendar's letter ("2026-B"), optionally after "Año" ("Año 2027", "Año lectivo 2027"). A date such as
"26/11/2027" is not a year's name.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"(?:año(?:\s+lectivo)?\s+)?(?P<first>\d{4})(?:(?:\s*[-–/]\s*|\s+)(?:(?P<second>\d{4})|(?P<calendar>[AaBb])))?")
FIRST_YEAR, LAST_YEAR = 1990, 2100


def is_valid_year_name(name: str) -> bool:
    match = _NAME.fullmatch(name.strip().casefold())
    if match is None:
        return False
    first = int(match["first"])
    if not FIRST_YEAR <= first <= LAST_YEAR:
        return False
    return match["second"] is None or int(match["second"]) == first + 1
