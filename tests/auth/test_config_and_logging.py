"""The connected-mode config file, the preferences file, and token redaction in logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.config import (
    ConfigError,
    ConnectedConfig,
    PreferencesFile,
    S3Settings,
    load_config,
    write_config,
)
from desktop_app.devstack.auth_server import DEMO_JWT_SECRET, make_api_key
from desktop_app.logging_setup import TokenRedactingFilter, redact
from desktop_app.services.auth_ports import Membership, UserAccess

ANON = make_api_key(DEMO_JWT_SECRET, "anon")


def test_config_round_trips_and_environment_overrides_single_values(tmp_path: Path) -> None:
    s3 = S3Settings("https://acct.r2.cloudflarestorage.com", "docs", "key-id", "key-secret")
    written = ConnectedConfig("https://abc.supabase.co", ANON, "postgresql://secretaria_desktop:pw@db/postgres", s3)
    path = write_config(tmp_path / "conf" / "secretaria.toml", written)

    loaded = load_config(path, environ={})
    assert (loaded.supabase_url, loaded.anon_key, loaded.database_url, loaded.s3) == (
        written.supabase_url, written.anon_key, written.database_url, s3,
    )  # fmt: skip
    overridden = load_config(path, environ={"SECRETARIA_DATABASE_URL": "postgresql://other/db"})
    assert overridden.database_url == "postgresql://other/db" and overridden.anon_key == ANON

    only_env = load_config(None, environ={
        "SECRETARIA_SUPABASE_URL": "https://abc.supabase.co/", "SECRETARIA_SUPABASE_ANON_KEY": ANON,
        "SECRETARIA_DATABASE_URL": "postgresql://x/y",
    })  # fmt: skip
    assert only_env.supabase_url == "https://abc.supabase.co" and only_env.s3 is None


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('[supabase]\nurl = "https://a.supabase.co"\n', "Faltan datos"),
        ("[supabase\nurl=", "no se puede leer"),
        (f'[supabase]\nurl = "u"\nanon_key = "{make_api_key(DEMO_JWT_SECRET, "service_role")}"\n'
         '[database]\nurl = "postgresql://x/y"\n', "clave de servicio"),
        ('[supabase]\nurl = "u"\nanon_key = "sb_secret_abc"\n[database]\nurl = "postgresql://x/y"\n',
         "clave de servicio"),
        (f'[supabase]\nurl = "u"\nanon_key = "{ANON}"\nrefresh_token = "abcdefghijkl"\n'
         '[database]\nurl = "postgresql://x/y"\n', "tokens"),
    ],
)  # fmt: skip
def test_unusable_configs_get_a_spanish_reason(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_config(path, environ={})


def test_a_missing_config_file_is_named_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="No se encontró"):
        load_config(tmp_path / "nope.toml", environ={})


def test_preferences_survive_restarts_and_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    access = UserAccess(True, "Luz Dary Gómez", (Membership("s1", "Colegio Ñ", frozenset({"secretary"})),))
    PreferencesFile(path).cache_access("u1", access)
    PreferencesFile(path).remember_school("u1", "s1")
    assert PreferencesFile(path).cached_access("u1") == access
    assert PreferencesFile(path).last_school_id("u1") == "s1"
    assert PreferencesFile(path).last_school_id("u2") is None

    path.write_text("{no es json", encoding="utf-8")
    assert PreferencesFile(path).cached_access("u1") is None
    PreferencesFile(path).remember_school("u1", "s2")
    assert PreferencesFile(path).last_school_id("u1") == "s2"


def test_tokens_are_redacted_in_every_form_they_appear() -> None:
    jwt_text = ANON
    assert jwt_text not in redact(f"token={jwt_text}")
    assert "abcdefghijkl" not in redact('{"refresh_token": "abcdefghijkl", "x": 1}')
    assert "s3cr3t" not in redact("Authorization: Bearer s3cr3t")
    assert "hunter2" not in redact("password=hunter2&email=a@b.co")
    assert redact("sin secretos: Ana María, TI 1020304050") == "sin secretos: Ana María, TI 1020304050"


def test_the_filter_cleans_messages_arguments_and_tracebacks(tmp_path: Path) -> None:
    log_path = tmp_path / "app.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(TokenRedactingFilter())
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        logger.info("session %s", {"access_token": ANON, "refresh_token": "abcdefghijkl"})
        try:
            raise ValueError(f"bad token {ANON}")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = log_path.read_text(encoding="utf-8")
    assert ANON not in text and "abcdefghijkl" not in text
    assert text.count("[redactado]") >= 3 and "ValueError" in text
