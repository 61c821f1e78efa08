"""`desktop-app sync --config FILE [--status]`: one sync cycle with the stored session, for IT people and
scheduled tasks. Prints what it pushed, pulled, held and rejected and what is still pending; exits non-zero
when it could not sync (0 synced, 2 not signed in / no school, 3 server unreachable, 4 app too old, 1 other).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from desktop_app import APP_AUTHOR, APP_NAME

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_NO_SESSION, EXIT_UNREACHABLE, EXIT_UPDATE = 0, 1, 2, 3, 4


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desktop-app sync", description=__doc__.split("\n\n")[0])
    p.add_argument("--config", required=True, help="the connected-mode config file (as for the app)")
    p.add_argument("--status", action="store_true", help="only report what is pending; no network")
    p.add_argument("--data-file", type=Path, help="local store file (default: the app's connected-mode file)")
    return p


def _print(**values: Any) -> None:
    sys.stdout.write(" ".join(f"{k}={v}" for k, v in values.items()) + "\n")


def status_report(store_path: Path) -> int:
    from desktop_app.sync.local import SyncStateStore

    state = SyncStateStore(store_path)
    try:
        identity = state.identity()
        if identity is None:
            sys.stderr.write("Este equipo no tiene datos de un colegio todavía.\n")
            return EXIT_NO_SESSION
        counts = state.counts(identity.school_id, identity.user_id)
        client = state.client_row()
        _print(pending=counts["pending"], rejected=counts["rejected"], other_users=counts["other"],
               cursor=state.cursor(identity.school_id), last_push=client.get("last_push_at"),
               last_pull=client.get("last_pull_at"))
        return EXIT_OK
    finally:
        state.close()


def run(args: argparse.Namespace, keyring_backend: Any = None) -> int:
    from platformdirs import user_config_dir, user_runtime_dir

    from desktop_app.config import ConfigError, load_config
    from desktop_app.integrations.connected_mode import build_connected
    from desktop_app.services.auth import SessionState
    from desktop_app.services.setup import LocalSetup
    from desktop_app.storage.local.store import LocalStore
    from desktop_app.sync.engine import SyncEngine, UpdateRequired
    from desktop_app.sync.store_file import connected_store_path
    from desktop_app.sync.tokens import LOCK_FILE_NAME, locked_token_provider
    from desktop_app.sync.transport import PsycopgTransport, TransportError

    try:
        config = load_config(args.config)
    except ConfigError as error:
        sys.stderr.write(f"{error}\n")
        return EXIT_FAILED
    store_path = args.data_file or connected_store_path(config.supabase_url)
    if args.status:
        return status_report(store_path)
    config_dir = Path(user_config_dir(APP_NAME, APP_AUTHOR))
    parts = build_connected(config, config_dir / "preferences.json", keyring_backend)
    try:
        status = parts.service.start()
        if status.state is not SessionState.ONLINE or status.school is None:
            sys.stderr.write("No hay una sesión en línea con un colegio elegido: abra la aplicación e inicie sesión.\n")
            return EXIT_UNREACHABLE if status.state is SessionState.OFFLINE else EXIT_NO_SESSION
        context = status.tenant_context()
        assert status.identity is not None  # ONLINE always carries the identity
        with LocalStore.open(store_path) as store:
            setup = LocalSetup(store)
            if not setup.is_set_up():
                setup.adopt(context, school_name=status.school.school_name, user_email=status.identity.email)
        lock = Path(user_runtime_dir(APP_NAME, APP_AUTHOR, ensure_exists=True)) / LOCK_FILE_NAME
        engine = SyncEngine(store_path, PsycopgTransport(config.database_url),
                            locked_token_provider(parts.auth, lock),
                            school_id=context.school_id, user_id=context.user_id)
        try:
            report = engine.sync_once()
        except TransportError as error:
            sys.stderr.write(f"No se pudo sincronizar: el servidor no responde ({error}).\n")
            return EXIT_UNREACHABLE
        except UpdateRequired:
            sys.stderr.write("Actualice la aplicación para sincronizar (los cambios se conservan).\n")
            return EXIT_UPDATE
        finally:
            engine.close()
        _print(pushed=report.pushed, pulled=report.pulled, held=report.held, rejected=report.rejected,
               merged=report.merged, pending=report.pending, other_users=report.other_pending)
        return EXIT_OK
    finally:
        parts.close()


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    try:
        return run(args)
    except Exception:
        logger.exception("sync command failed")
        sys.stderr.write("No se pudo sincronizar (vea el registro).\n")
        return EXIT_FAILED
