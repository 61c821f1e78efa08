"""`desktop-app devstack`: everything connected mode needs, on this machine, until Ctrl+C.

A throwaway PostgreSQL migrated to head (with the JWT secret set and a per-PC login for this machine),
the local auth server, an S3-compatible server (moto) with a bucket, two demo schools with users; then a
config file that `desktop-app --config FILE` runs against. No Qt here: this runs before any Qt import.
"""

from __future__ import annotations

import argparse
import logging
import secrets
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import boto3
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy.engine import make_url

import desktop_app
from desktop_app.admin.pc_logins import add_pc
from desktop_app.config import ConnectedConfig, S3Settings, write_config
from desktop_app.devstack.auth_server import AuthConfig, AuthServer
from desktop_app.devstack.postgres import free_port, throwaway_cluster
from desktop_app.devstack.seed import SCHOOL_A, SCHOOL_B, DemoUser, seed_demo
from desktop_app.storage.postgres import make_engine
from desktop_app.storage.tenant_db import DESKTOP_ROLE, set_jwt_secret

logger = logging.getLogger(__name__)

DATABASE_NAME = "secretaria"
BUCKET = "secretaria-documentos"
S3_ACCESS_KEY = "devstack"
S3_SECRET_KEY = "devstack-secret"  # moto accepts any credentials


@dataclass(frozen=True)
class RunningStack:
    """Addresses of the running dev stack and the demo users."""

    config: ConnectedConfig
    config_path: Path
    owner_url: str
    auth: AuthServer
    users: list[DemoUser]


def _repo_root() -> Path:
    root = Path(desktop_app.__file__).resolve().parents[1]
    if not (root / "alembic.ini").exists():
        raise SystemExit("devstack needs the source checkout (alembic.ini and alembic/): run it from the repo.")
    return root


def migrate_to_head(url: str) -> None:
    from alembic.config import Config

    from alembic import command

    config = Config(str(_repo_root() / "alembic.ini"))
    config.set_main_option("script_location", str(_repo_root() / "alembic"))
    config.attributes["url"] = url
    config.attributes["configure_logging"] = False
    command.upgrade(config, "head")


def desktop_url(owner_url: str, password: str) -> str:
    """The owner's URL with the desktop role's login instead (same host, port or socket, database)."""
    url = make_url(owner_url.replace("postgresql://", "postgresql+psycopg://", 1))
    return url.set(username=DESKTOP_ROLE, password=password).render_as_string(hide_password=False)


@contextmanager
def running_stack(config_path: Path, auth_port: int = 0) -> Iterator[RunningStack]:
    with ExitStack() as stack:
        cluster = stack.enter_context(throwaway_cluster())
        owner_url = cluster.create_database(DATABASE_NAME)
        migrate_to_head(owner_url)
        owner_engine = make_engine(owner_url)
        stack.callback(owner_engine.dispose)
        auth = AuthServer(AuthConfig(), port=auth_port).start()
        stack.callback(auth.stop)
        set_jwt_secret(owner_engine, auth.config.jwt_secret)
        pc = add_pc(owner_url, f"devstack_{secrets.token_hex(3)}")  # this PC's own login, as IT would add it
        s3 = _start_s3(stack)
        users = seed_demo(owner_url, auth)
        config = ConnectedConfig(
            supabase_url=auth.url,
            anon_key=auth.anon_key,
            database_url=pc.database_url,
            s3=s3,
        )
        write_config(config_path, config)
        stack.callback(lambda: config_path.unlink(missing_ok=True))
        yield RunningStack(config, config_path, owner_url, auth, users)


def _start_s3(stack: ExitStack) -> S3Settings:
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    stack.callback(server.stop)
    settings = S3Settings(
        endpoint_url=f"http://127.0.0.1:{port}",
        bucket=BUCKET,
        access_key_id=S3_ACCESS_KEY,
        secret_access_key=S3_SECRET_KEY,
        region="us-east-1",
    )
    boto3.client(
        "s3",
        endpoint_url=settings.endpoint_url,
        aws_access_key_id=settings.access_key_id,
        aws_secret_access_key=settings.secret_access_key,
        region_name=settings.region,
    ).create_bucket(Bucket=BUCKET)
    return settings


def describe(running: RunningStack, out: TextIO) -> None:
    socket_dir = conninfo_to_dict(running.owner_url.replace("postgresql+psycopg://", "postgresql://")).get(
        "host", ""
    )
    print("Dev stack en marcha / dev stack running", file=out)
    print(f"  auth (Supabase Auth):  {running.auth.url}/auth/v1", file=out)
    print(f"  PostgreSQL (owner):    {running.owner_url}  (socket {socket_dir})", file=out)
    if running.config.s3:
        print(f"  S3 (moto):             {running.config.s3.endpoint_url}  bucket {BUCKET}", file=out)
    print("Usuarios de demostración / demo users:", file=out)
    names = {school.id: school.name for school in (SCHOOL_A, SCHOOL_B)}
    for user in running.users:
        schools = "; ".join(
            f"{names.get(school_id, school_id)}: {'/'.join(roles)}{'' if active else ' (inactiva)'}"
            for school_id, roles, active in user.memberships
        )
        print(f"  {user.email:<28} {user.password:<18} {user.full_name}  [{schools}]", file=out)
    print(f"Config: {running.config_path}", file=out)
    print(f"Abra la app con / run the app with:  desktop-app --config {running.config_path}", file=out)
    print("Ctrl+C para detener / to stop.", file=out, flush=True)


def main(argv: list[str], out: TextIO = sys.stdout, install_signals: bool = True) -> int:
    parser = argparse.ArgumentParser(prog="desktop-app devstack", description=__doc__)
    parser.add_argument("--config-out", type=Path, default=Path("devstack-config.toml"),
                        help="where to write the connected-mode config (default: ./devstack-config.toml)")
    parser.add_argument("--auth-port", type=int, default=0, help="port of the auth server (default: any free)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's request log
    stop = threading.Event()
    if install_signals:
        _on_signals(lambda: stop.set())
    with running_stack(args.config_out.resolve(), args.auth_port) as running:
        describe(running, out)
        while not stop.wait(0.2):
            pass
        print("Deteniendo el dev stack… / stopping…", file=out, flush=True)
    return 0


def _on_signals(handler: Callable[[], None]) -> None:
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda _signum, _frame: handler())
