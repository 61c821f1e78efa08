"""`desktop-app admin pc add|list|revoke`: the IT person's commands for per-PC database logins.

Run with the database owner's connection in DATABASE_URL (or --database-url); never stored anywhere.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

import psycopg

from desktop_app.admin.pc_logins import PcLimits, PcLoginError, add_pc, connection_budget, list_pcs, revoke_pc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desktop-app admin", description="Tareas del encargado de sistemas.")
    parser.add_argument("--database-url", default=None,
                        help="conexión del dueño de la base de datos (por defecto: DATABASE_URL)")
    topics = parser.add_subparsers(dest="topic", required=True)
    pc = topics.add_parser("pc", help="accesos de los equipos de la oficina a la base de datos")
    actions = pc.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="crear el acceso de un equipo e imprimir su configuración")
    add.add_argument("name", help="nombre del equipo, p. ej. secretaria-1")
    add.add_argument("--note", default="", help="descripción (quién lo usa, dónde está)")
    add.add_argument("--connection-limit", type=int, default=PcLimits.connection_limit)
    add.add_argument("--statement-timeout", default=PcLimits.statement_timeout)
    add.add_argument("--idle-in-transaction-timeout", default=PcLimits.idle_in_transaction_session_timeout)
    add.add_argument("--lock-timeout", default=PcLimits.lock_timeout)
    actions.add_parser("list", help="listar los equipos con acceso")
    revoke = actions.add_parser("revoke", help="quitar el acceso de un equipo (perdido, robado o dado de baja)")
    revoke.add_argument("name")
    return parser


def _print_budget(owner_url: str, out: TextIO) -> None:
    used, available = connection_budget(owner_url)
    print(f"\nConexiones permitidas a todos los equipos juntos: {used} de {available} que acepta el servidor.",
          file=out)
    if used >= available:
        print("ATENCIÓN: los equipos juntos podrían ocupar todas las conexiones del servidor; baje el límite de "
              "alguno (revóquelo y créelo de nuevo con --connection-limit).", file=out)


def main(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = _parser().parse_args(argv)
    owner_url = args.database_url or os.environ.get("DATABASE_URL", "")
    if not owner_url:
        print("Falta la conexión del dueño de la base de datos: use --database-url o DATABASE_URL.", file=sys.stderr)
        return 2
    try:
        if args.action == "add":
            limits = PcLimits(args.connection_limit, args.statement_timeout, args.idle_in_transaction_timeout,
                              args.lock_timeout)
            new = add_pc(owner_url, args.name, limits=limits, note=args.note)
            print(f"Acceso creado para el equipo «{new.name}» (usuario {new.role}).", file=out)
            print("Copie esta línea en la sección [database] del archivo de configuración de ESE equipo;", file=out)
            print("la contraseña no se vuelve a mostrar:\n", file=out)
            print(f'url = "{new.database_url}"', file=out)
            _print_budget(owner_url, out)
        elif args.action == "list":
            pcs = list_pcs(owner_url)
            if not pcs:
                print("No hay equipos con acceso.", file=out)
            for pc in pcs:
                state = "activo" if pc.can_login else "sin acceso"
                settings = ", ".join(f"{k}={v}" for k, v in sorted(pc.settings.items()))
                print(f"{pc.name}\t{state}\tconexiones: {pc.sessions}/{pc.connection_limit}\t{settings}\t{pc.note}",
                      file=out)
            _print_budget(owner_url, out)
        else:
            ended = revoke_pc(owner_url, args.name)
            closed = ended if ended >= 0 else "ninguna (este usuario no puede cerrar sesiones; ya no tienen permisos)"
            print(f"Acceso del equipo «{args.name}» revocado; sesiones cerradas: {closed}.", file=out)
    except PcLoginError as error:
        print(str(error), file=sys.stderr)
        return 1
    except psycopg.Error as error:
        print(f"La base de datos rechazó la operación: {error}", file=sys.stderr)
        return 1
    return 0
