"""Translatable texts for the sign-in notices (codes from `services.auth.NOTICES`) and role names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CONTEXT = "SignIn"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def notice_message(code: str | None) -> str:
    """The text shown for a notice code; empty for none."""
    texts = {
        "offline": _tr(
            "Sin conexión: está trabajando con los datos guardados en este computador. "
            "Todo lo que guarde se conserva y se sincroniza cuando vuelva la conexión."
        ),
        "offline_no_schools": _tr(
            "Sin conexión, y este computador aún no sabe a qué colegios pertenece su usuario. "
            "Conéctese a internet para iniciar sesión la primera vez."
        ),
        "session_refused": _tr(
            "Su sesión terminó (se cerró en otro equipo o fue revocada). Inicie sesión de nuevo; "
            "los datos guardados en este computador se conservan."
        ),
        "invalid_credentials": _tr("Correo o contraseña incorrectos."),
        "email_not_confirmed": _tr(
            "Su correo electrónico aún no está confirmado. Consulte con el administrador."
        ),
        "user_banned": _tr("Su usuario está bloqueado. Consulte con el rector o el administrador."),
        "user_inactive": _tr("Su usuario está desactivado en Secretaría Escolar. Consulte con el rector."),
        "no_active_membership": _tr(
            "Su usuario no tiene una vinculación activa con ningún colegio, o su usuario fue desactivado. "
            "Consulte con el rector."
        ),
        "membership_inactive": _tr("Su vinculación con el colegio está inactiva. Consulte con el rector."),
        "rate_limited": _tr("Demasiados intentos seguidos. Espere un minuto e intente de nuevo."),
        "unavailable": _tr("No hay conexión con el servidor. Revise internet e intente de nuevo."),
        "missing_fields": _tr("Escriba su correo y su contraseña."),
        "signed_out": _tr("Sesión cerrada."),
        "sign_out_needs_network": _tr("Para cerrar la sesión en todos los equipos se necesita conexión."),
        "unknown_school": _tr("Ese colegio no está entre sus vinculaciones activas."),
        "api_key_rejected": _tr(
            "El servidor rechazó la clave de la aplicación (anon key) de la configuración. "
            "Consulte con soporte técnico."
        ),
        "keyring_unavailable": _tr(
            "No se pudo guardar la sesión en el almacén de contraseñas del sistema. "
            "Consulte con soporte técnico."
        ),
    }
    return texts.get(code or "", "")


def offline_banner_text() -> str:
    """The sentence of the banner shown while connected mode works offline."""
    return notice_message("offline")


def role_label(role: str) -> str:
    labels = {
        "rector": _tr("Rector(a)"),
        "coordinator": _tr("Coordinador(a)"),
        "secretary": _tr("Secretario(a)"),
        "teacher": _tr("Docente"),
        "admin": _tr("Administrador(a)"),
    }
    return labels.get(role, role)


def roles_text(roles: frozenset[str]) -> str:
    return ", ".join(sorted(role_label(r) for r in roles))
