"""After a real sign-in through the dev-stack parts, nothing secret sits readable on disk (issue 10, item 5).

The keyring file is the test stand-in for the OS keyring (where the session belongs) and is not scanned.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import replace
from pathlib import Path

from desktop_app.config import S3Settings, load_config, write_config
from desktop_app.logging_setup import configure_logging
from desktop_app.storage.local.file_modes import readable_by_others, secure_private_files
from desktop_app.storage.local.store import LocalStore
from tests.auth.conftest import Stack

S3_SECRET = "r2-secret-key-0123456789abcdefghij"


def test_a_scan_after_sign_in_finds_no_token_password_or_key(stack: Stack, tmp_path: Path) -> None:
    data, logs, config_path = tmp_path / "data", tmp_path / "logs", tmp_path / "config" / "secretaria.toml"
    previous = os.umask(0o022)
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        log_file = configure_logging(logs)
        config = replace(stack.config, s3=S3Settings("http://127.0.0.1:9", "b", "AKIDEXAMPLE", S3_SECRET))
        write_config(config_path, config)
        store = LocalStore.open(data / "secretaria.sqlite3")
        parts = stack.app(load_config(config_path, environ={}))
        user = stack.users["secretaria"]
        parts.service.sign_in(user.email, user.password)
        token = parts.auth.access_token()
        # What careless code might log: the config (database URL with password, S3 key), the token, errors.
        logger = logging.getLogger("desktop_app.test")
        logger.info("config %s", config)
        logger.info("token=%s url=%s", token, f"http://x/cb?access_token={token}")
        logger.warning("connecting to %s failed", config.database_url)
        store.close()
        for handler in root.handlers:
            handler.flush()
        secure_private_files([data, logs, config_path.parent, tmp_path / "prefs.json"])
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        os.umask(previous)
    database_password = config.database_url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    secrets = {"access token": token, "user password": user.password, "database password": database_password,
               "S3 secret key": S3_SECRET}
    assert log_file.read_text().count("[redactado]") >= 4
    for path in (p for p in (data, logs) for p in p.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for what, secret in secrets.items():
            if what == "access token":  # a JWT's signature is what makes it usable
                secret = secret.rsplit(".", 1)[1]
            assert secret.encode() not in content, f"{what} in {path}"
    # The config holds this PC's database login and the S3 key by design (owner-only); never a session.
    for path in (config_path, tmp_path / "prefs.json"):
        content = path.read_bytes()
        assert token.rsplit(".", 1)[1].encode() not in content and user.password.encode() not in content, path
    assert readable_by_others([data, logs, config_path, tmp_path / "prefs.json"]) == []
    assert stat.S_IMODE(config_path.stat().st_mode) == 0o600
