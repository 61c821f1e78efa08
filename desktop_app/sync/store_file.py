"""Which local file connected mode uses: its own per Supabase project, never the local-mode file (issue 9,
decision 8), so a PC that once worked alone and then joins a school never mixes the two, and two projects
(a school's real one and a test one) never share rows."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlparse

from desktop_app.storage.local.store import default_store_path


def project_key(supabase_url: str) -> str:
    """The project ref of `https://<ref>.supabase.co`, else a short hash of the URL (self-hosted, dev stack)."""
    host = (urlparse(supabase_url).hostname or "").lower()
    match = re.fullmatch(r"([a-z0-9]+)\.supabase\.co", host)
    if match:
        return match.group(1)
    return hashlib.sha256(supabase_url.rstrip("/").encode()).hexdigest()[:12]


def connected_store_path(supabase_url: str, base: Path | None = None) -> Path:
    """`conectado-<project>.sqlite3` next to the local-mode file."""
    return (base or default_store_path()).with_name(f"conectado-{project_key(supabase_url)}.sqlite3")
