"""Sign-in as a Qt-free state machine: signed out, online, offline, or must sign in again.

The UI renders `AuthStatus`; it never sees a token. Offline is a normal state: with a session stored on this
PC and no network the app opens on its local data (the memberships seen at the last online start decide the
school and roles), and `reconnect()` / `check()` bring it back online later. A refused session leads to
`must_sign_in`; local data is never touched by anything here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop_app.services.auth_ports import (
    AuthGateway,
    AuthIdentity,
    AuthUnavailable,
    Membership,
    MembershipSource,
    Preferences,
    SessionRefused,
    SignInRejected,
    UserAccess,
)
from desktop_app.services.context import TenantContext


class SessionState(StrEnum):
    """Where the user stands with the server."""

    SIGNED_OUT = "signed_out"
    ONLINE = "online"
    OFFLINE = "offline"
    MUST_SIGN_IN = "must_sign_in"


# Spanish texts for every notice code; the UI shows its own translated text for the same codes.
NOTICES: dict[str, str] = {
    "offline": "Sin conexión: está trabajando con los datos guardados en este computador. "
    "Todo lo que guarde se conserva y se sincroniza cuando vuelva la conexión.",
    "offline_no_schools": "Sin conexión, y este computador aún no sabe a qué colegios pertenece su usuario. "
    "Conéctese a internet para iniciar sesión la primera vez.",
    "session_refused": "Su sesión terminó (se cerró en otro equipo o fue revocada). Inicie sesión de nuevo; "
    "los datos guardados en este computador se conservan.",
    "invalid_credentials": "Correo o contraseña incorrectos.",
    "email_not_confirmed": "Su correo electrónico aún no está confirmado. Consulte con el administrador.",
    "user_banned": "Su usuario está bloqueado. Consulte con el rector o el administrador.",
    "user_inactive": "Su usuario está desactivado en Secretaría Escolar. Consulte con el rector.",
    "no_active_membership": "Su usuario no tiene una vinculación activa con ningún colegio, o su usuario "
    "fue desactivado. Consulte con el rector.",
    "membership_inactive": "Su vinculación con el colegio está inactiva. Consulte con el rector.",
    "rate_limited": "Demasiados intentos seguidos. Espere un minuto e intente de nuevo.",
    "unavailable": "No hay conexión con el servidor. Revise internet e intente de nuevo.",
    "missing_fields": "Escriba su correo y su contraseña.",
    "signed_out": "Sesión cerrada.",
    "sign_out_needs_network": "Para cerrar la sesión en todos los equipos se necesita conexión.",
    "unknown_school": "Ese colegio no está entre sus vinculaciones activas.",
    "api_key_rejected": "El servidor rechazó la clave de la aplicación (anon key) de la configuración. "
    "Consulte con soporte técnico.",
    "keyring_unavailable": "No se pudo guardar la sesión en el almacén de contraseñas del sistema. "
    "Consulte con soporte técnico.",
}


def notice_text(code: str | None) -> str:
    return NOTICES.get(code or "", "") if code else ""


@dataclass(frozen=True)
class AuthStatus:
    """What the UI shows: the state, who, which schools, the chosen one, and a notice code."""

    state: SessionState
    identity: AuthIdentity | None = None
    full_name: str = ""
    schools: tuple[Membership, ...] = field(default_factory=tuple)
    school: Membership | None = None
    notice: str | None = None
    refused: bool = False  # the last sign-in attempt was refused (the state is what it was before it)

    @property
    def message(self) -> str:
        return notice_text(self.notice)

    @property
    def can_work(self) -> bool:
        """True when the main window may open on a school's data (online or offline)."""
        return self.state in (SessionState.ONLINE, SessionState.OFFLINE) and self.school is not None

    @property
    def needs_school_choice(self) -> bool:
        return self.state in (SessionState.ONLINE, SessionState.OFFLINE) and self.school is None and bool(
            self.schools
        )

    def tenant_context(self) -> TenantContext:
        if self.identity is None or self.school is None:
            raise LookupError("no school chosen")
        return TenantContext(
            school_id=self.school.school_id,
            user_id=self.identity.user_id,
            roles=self.school.roles,
            user_name=self.full_name or self.identity.email,
        )


class AuthService:
    """The sign-in use case: start-up, sign in, school choice, reconnect, periodic check, sign out."""

    def __init__(self, gateway: AuthGateway, memberships: MembershipSource, preferences: Preferences) -> None:
        self._gateway = gateway
        self._memberships = memberships
        self._preferences = preferences
        self.status = AuthStatus(SessionState.SIGNED_OUT)

    # -- transitions ---------------------------------------------------------------------------------

    def start(self) -> AuthStatus:
        """At start-up: restore the stored session; online if the server confirms it, offline if unreachable."""
        identity = self._gateway.stored_identity()
        if identity is None:
            return self._set(AuthStatus(SessionState.SIGNED_OUT))
        return self._confirm(identity)

    def sign_in(self, email: str, password: str) -> AuthStatus:
        email = email.strip()
        if not email or not password:
            return self._set(replace(self.status, notice="missing_fields", refused=True))
        try:
            identity = self._gateway.sign_in(email, password)
        except SignInRejected as rejected:
            code = rejected.code if rejected.code in NOTICES else "invalid_credentials"
            if rejected.code == "over_request_rate_limit":
                code = "rate_limited"
            return self._set(replace(self.status, notice=code, refused=True))
        except AuthUnavailable:
            return self._set(replace(self.status, notice="unavailable", refused=True))
        status = self._load_access(identity)
        if status.state is SessionState.SIGNED_OUT:
            return self._set(replace(status, refused=True))  # signed in, but not allowed to work
        return status

    def reconnect(self) -> AuthStatus:
        """Offline → try the server again (also what `check()` does while offline)."""
        identity = self.status.identity or self._gateway.stored_identity()
        if identity is None:
            return self._set(AuthStatus(SessionState.SIGNED_OUT))
        return self._confirm(identity)

    def check(self) -> AuthStatus:
        """Call periodically: refreshes the session when due, notices a dead one, comes back from offline."""
        if self.status.state in (SessionState.ONLINE, SessionState.OFFLINE):
            return self._confirm(self.status.identity, keep_school=True)
        return self.status

    def choose_school(self, school_id: str) -> AuthStatus:
        chosen = next((m for m in self.status.schools if m.school_id == school_id), None)
        if chosen is None or self.status.identity is None:
            return self._set(replace(self.status, notice="unknown_school"))
        self._preferences.remember_school(self.status.identity.user_id, chosen.school_id)
        return self._set(replace(self.status, school=chosen, notice=None))

    def sign_out(self, everywhere: bool = False) -> AuthStatus:
        try:
            self._gateway.sign_out(everywhere=everywhere)
        except AuthUnavailable:
            return self._set(replace(self.status, notice="sign_out_needs_network"))
        return self._set(AuthStatus(SessionState.SIGNED_OUT, notice="signed_out"))

    # -- helpers ---------------------------------------------------------------------------------------

    def _confirm(self, identity: AuthIdentity | None, keep_school: bool = False) -> AuthStatus:
        try:
            confirmed = self._gateway.verify()
        except AuthUnavailable:
            if identity is None:
                return self._set(AuthStatus(SessionState.SIGNED_OUT))
            return self._offline(identity, keep_school)
        except SessionRefused:
            self._gateway.sign_out(everywhere=False)
            return self._set(
                AuthStatus(SessionState.MUST_SIGN_IN, identity=identity, notice="session_refused")
            )
        except LookupError:
            return self._set(AuthStatus(SessionState.SIGNED_OUT))
        return self._load_access(confirmed, keep_school)

    def _offline(self, identity: AuthIdentity, keep_school: bool) -> AuthStatus:
        cached = self._preferences.cached_access(identity.user_id)
        if cached is None:
            return self._set(AuthStatus(SessionState.OFFLINE, identity=identity, notice="offline_no_schools"))
        return self._set(self._with_school(SessionState.OFFLINE, identity, cached, "offline", keep_school))

    def _load_access(self, identity: AuthIdentity, keep_school: bool = False) -> AuthStatus:
        try:
            access = self._memberships.user_access()
        except AuthUnavailable:
            return self._offline(identity, keep_school)
        except SessionRefused:
            self._gateway.sign_out(everywhere=False)
            return self._set(
                AuthStatus(SessionState.MUST_SIGN_IN, identity=identity, notice="session_refused")
            )
        refusal = _refusal(access)
        if refusal is not None:
            self._gateway.sign_out(everywhere=False)
            return self._set(AuthStatus(SessionState.SIGNED_OUT, notice=refusal))
        self._preferences.cache_access(identity.user_id, access)
        return self._set(self._with_school(SessionState.ONLINE, identity, access, None, keep_school))

    def _with_school(
        self,
        state: SessionState,
        identity: AuthIdentity,
        access: UserAccess,
        notice: str | None,
        keep_school: bool,
    ) -> AuthStatus:
        active = tuple(m for m in access.memberships if m.is_active)
        wanted = None
        if keep_school and self.status.school is not None:
            wanted = self.status.school.school_id
        wanted = wanted or self._preferences.last_school_id(identity.user_id)
        school = next((m for m in active if m.school_id == wanted), None)
        if school is None and len(active) == 1:
            school = active[0]
        if keep_school and self.status.school is not None and school is None:
            notice = "membership_inactive"  # the school in use was withdrawn meanwhile
        return AuthStatus(state, identity, access.full_name, active, school, notice)

    def _set(self, status: AuthStatus) -> AuthStatus:
        self.status = status
        return status


def _refusal(access: UserAccess) -> str | None:
    if not access.user_active:
        return "user_inactive"
    if any(m.is_active for m in access.memberships):
        return None
    return "membership_inactive" if access.memberships else "no_active_membership"
