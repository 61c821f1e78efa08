"""Translatable texts for the sign-in notices (codes from `services.auth.NOTICES`) and role names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# Written as literal QCoreApplication.translate("SignIn", ...) calls: pyside6-lupdate finds only those.
def notice_message(code: str | None) -> str:
    """The text shown for a notice code; empty for none."""
    texts = {
        "offline": QCoreApplication.translate(
            "SignIn",
            "Sin conexión: está trabajando con los datos guardados en este computador. "
            "Todo lo que guarde se conserva y se sincroniza cuando vuelva la conexión."
        ),
        "offline_no_schools": QCoreApplication.translate(
            "SignIn",
            "Sin conexión, y este computador aún no sabe a qué colegios pertenece su usuario. "
            "Conéctese a internet para iniciar sesión la primera vez."
        ),
        "session_refused": QCoreApplication.translate(
            "SignIn",
            "Su sesión terminó (se cerró en otro equipo o fue revocada). Inicie sesión de nuevo; "
            "los datos guardados en este computador se conservan."
        ),
        "invalid_credentials": QCoreApplication.translate("SignIn", "Correo o contraseña incorrectos."),
        "email_not_confirmed": QCoreApplication.translate(
            "SignIn",
            "Su correo electrónico aún no está confirmado. Consulte con el administrador."
        ),
        "user_banned": QCoreApplication.translate("SignIn", "Su usuario está bloqueado. Consulte con el rector o el administrador."),
        "user_inactive": QCoreApplication.translate("SignIn", "Su usuario está desactivado en Secretaría Escolar. Consulte con el rector."),
        "no_active_membership": QCoreApplication.translate(
            "SignIn",
            "Su usuario no tiene una vinculación activa con ningún colegio, o su usuario fue desactivado. "
            "Consulte con el rector."
        ),
        "membership_inactive": QCoreApplication.translate("SignIn", "Su vinculación con el colegio está inactiva. Consulte con el rector."),
        "rate_limited": QCoreApplication.translate("SignIn", "Demasiados intentos seguidos. Espere un minuto e intente de nuevo."),
        "unavailable": QCoreApplication.translate("SignIn", "No hay conexión con el servidor. Revise internet e intente de nuevo."),
        "missing_fields": QCoreApplication.translate("SignIn", "Escriba su correo y su contraseña."),
        "signed_out": QCoreApplication.translate("SignIn", "Sesión cerrada."),
        "sign_out_needs_network": QCoreApplication.translate("SignIn", "Para cerrar la sesión en todos los equipos se necesita conexión."),
        "unknown_school": QCoreApplication.translate("SignIn", "Ese colegio no está entre sus vinculaciones activas."),
        "api_key_rejected": QCoreApplication.translate(
            "SignIn",
            "El servidor rechazó la clave de la aplicación (anon key) de la configuración. "
            "Consulte con soporte técnico."
        ),
        "keyring_unavailable": QCoreApplication.translate(
            "SignIn",
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
        "rector": QCoreApplication.translate("SignIn", "Rector(a)"),
        "coordinator": QCoreApplication.translate("SignIn", "Coordinador(a)"),
        "secretary": QCoreApplication.translate("SignIn", "Secretario(a)"),
        "teacher": QCoreApplication.translate("SignIn", "Docente"),
        "admin": QCoreApplication.translate("SignIn", "Administrador(a)"),
    }
    return labels.get(role, role)


def roles_text(roles: frozenset[str]) -> str:
    return ", ".join(sorted(role_label(r) for r in roles))
