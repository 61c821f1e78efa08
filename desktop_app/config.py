"""Connected-mode settings (a TOML file and/or environment variables) and the per-user preferences file.

Neither holds a token: sessions live in the OS keyring only. The config file holds what an IT person pastes
from the Supabase dashboard (project URL, anon/publishable key), the desktop role's database URL, and
optional S3/R2 settings for scanned documents.
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import jwt

from desktop_app.services.auth_ports import Membership, UserAccess

ENV_PREFIX = "SECRETARIA_"
ENV_KEYS = {
    ("supabase", "url"): "SUPABASE_URL",
    ("supabase", "anon_key"): "SUPABASE_ANON_KEY",
    ("database", "url"): "DATABASE_URL",
    ("s3", "endpoint_url"): "S3_ENDPOINT_URL",
    ("s3", "bucket"): "S3_BUCKET",
    ("s3", "region"): "S3_REGION",
    ("s3", "access_key_id"): "S3_ACCESS_KEY_ID",
    ("s3", "secret_access_key"): "S3_SECRET_ACCESS_KEY",
}


class ConfigError(ValueError):
    """The config file cannot be used; the message (Spanish) says what to fix."""


@dataclass(frozen=True)
class S3Settings:
    """Where scanned documents go (Cloudflare R2 or any S3-compatible server)."""

    endpoint_url: str
    bucket: str
    access_key_id: str
    secret_access_key: str
    region: str = "auto"


@dataclass(frozen=True)
class ConnectedConfig:
    """Everything connected mode needs to reach Supabase, the shared database and document storage."""

    supabase_url: str
    anon_key: str
    database_url: str
    s3: S3Settings | None = None
    source: str = ""


def load_config(path: str | os.PathLike[str] | None, environ: dict[str, str] | None = None) -> ConnectedConfig:
    """Read `path` (TOML) and let `SECRETARIA_*` environment variables override single values."""
    env = os.environ if environ is None else environ
    data: dict[str, dict[str, Any]] = {}
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"No se encontró el archivo de configuración {path}.") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"El archivo de configuración {path} no se puede leer: {exc}") from None
    for (section, key), name in ENV_KEYS.items():
        if env.get(ENV_PREFIX + name):
            data.setdefault(section, {})[key] = env[ENV_PREFIX + name]
    _refuse_secrets(data)
    supabase = data.get("supabase", {})
    database = data.get("database", {})
    missing = [
        label
        for label, value in (
            ("[supabase] url", supabase.get("url")),
            ("[supabase] anon_key", supabase.get("anon_key")),
            ("[database] url", database.get("url")),
        )
        if not value
    ]
    if missing:
        raise ConfigError("Faltan datos en la configuración: " + ", ".join(missing) + ".")
    s3 = data.get("s3") or {}
    s3_settings = None
    if s3.get("bucket"):
        s3_settings = S3Settings(
            endpoint_url=str(s3.get("endpoint_url", "")),
            bucket=str(s3["bucket"]),
            access_key_id=str(s3.get("access_key_id", "")),
            secret_access_key=str(s3.get("secret_access_key", "")),
            region=str(s3.get("region", "auto")),
        )
    return ConnectedConfig(
        supabase_url=str(supabase["url"]).rstrip("/"),
        anon_key=str(supabase["anon_key"]),
        database_url=str(database["url"]),
        s3=s3_settings,
        source=str(path or "environment"),
    )


def _refuse_secrets(data: dict[str, dict[str, Any]]) -> None:
    for section in data.values():
        if isinstance(section, dict) and {"access_token", "refresh_token"} & set(section):
            raise ConfigError("La configuración no debe contener tokens de sesión: quítelos del archivo.")
    anon_key = str(data.get("supabase", {}).get("anon_key", ""))
    if anon_key.startswith("sb_secret_") or _jwt_role(anon_key) == "service_role":
        raise ConfigError(
            "La clave configurada es la clave de servicio (service_role/secret), que da acceso total: "
            "use la clave anónima (anon o publishable) del proyecto."
        )


def _jwt_role(value: str) -> str | None:
    try:
        return jwt.decode(value, options={"verify_signature": False}).get("role")
    except jwt.PyJWTError:
        return None


def write_config(path: str | os.PathLike[str], config: ConnectedConfig) -> Path:
    """Write `config` as TOML (used by the dev stack; IT people may write the same file by hand)."""
    sections: dict[str, dict[str, str]] = {
        "supabase": {"url": config.supabase_url, "anon_key": config.anon_key},
        "database": {"url": config.database_url},
    }
    if config.s3 is not None:
        sections["s3"] = {k: str(v) for k, v in asdict(config.s3).items()}
    lines = ["# Secretaría Escolar: connected mode (see README). No session tokens belong here."]
    for name, values in sections.items():
        lines.append(f"\n[{name}]")
        lines.extend(f"{key} = {json.dumps(value)}" for key, value in values.items())
    target = Path(path)
    _atomic_write(target, "\n".join(lines) + "\n")
    return target


def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PreferencesFile:
    """`Preferences` in a small JSON file: last school per user and the memberships seen last (no secrets)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path)

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _user(self, data: dict[str, Any], user_id: str) -> dict[str, Any]:
        users = data.setdefault("users", {})
        return users.setdefault(user_id, {})

    def last_school_id(self, user_id: str) -> str | None:
        value = self._read().get("users", {}).get(user_id, {}).get("last_school_id")
        return value if isinstance(value, str) else None

    def remember_school(self, user_id: str, school_id: str) -> None:
        data = self._read()
        self._user(data, user_id)["last_school_id"] = school_id
        _atomic_write(self._path, json.dumps(data, indent=2, ensure_ascii=False))

    def cached_access(self, user_id: str) -> UserAccess | None:
        raw = self._read().get("users", {}).get(user_id, {}).get("access")
        if not isinstance(raw, dict):
            return None
        try:
            return UserAccess(
                user_active=bool(raw["user_active"]),
                full_name=str(raw.get("full_name", "")),
                memberships=tuple(
                    Membership(
                        school_id=str(m["school_id"]),
                        school_name=str(m["school_name"]),
                        roles=frozenset(m["roles"]),
                        is_active=bool(m["is_active"]),
                    )
                    for m in raw["memberships"]
                ),
            )
        except (KeyError, TypeError):
            return None

    def cache_access(self, user_id: str, access: UserAccess) -> None:
        data = self._read()
        self._user(data, user_id)["access"] = {
            "user_active": access.user_active,
            "full_name": access.full_name,
            "memberships": [
                {
                    "school_id": m.school_id,
                    "school_name": m.school_name,
                    "roles": sorted(m.roles),
                    "is_active": m.is_active,
                }
                for m in access.memberships
            ],
        }
        _atomic_write(self._path, json.dumps(data, indent=2, ensure_ascii=False))
