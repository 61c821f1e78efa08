"""Typed errors and warnings of the domain: each carries a code, the field it concerns and a Spanish message."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.messages import message_for


@dataclass(frozen=True)
class FieldError:
    """One problem (or warning) about one field: `code` names it, `params` fill its message."""

    field: str
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, hash=False)  # `field` is a member

    @property
    def message(self) -> str:
        return message_for(self.code, **self.params)


class DomainError(Exception):
    """Base of the errors services raise: code, field, params, a Spanish message and the field errors."""

    default_code = "domain_error"

    def __init__(
        self,
        code: str | Iterable[FieldError] | None = None,
        field: str | None = None,
        params: Mapping[str, Any] | None = None,
        errors: Iterable[FieldError] | None = None,
    ) -> None:
        # Accept `ValidationFailed([FieldError, ...])` as well as `ValidationFailed("code", field=...)`.
        if code is not None and not isinstance(code, str):
            errors, code = code, None
        error_list = list(errors or ())
        if code is None:
            if len(error_list) == 1:
                only = error_list[0]
                code, field, params = only.code, only.field, only.params
            else:
                code = self.default_code
        self.code: str = code
        self.field: str | None = field
        self.params: dict[str, Any] = dict(params or {})
        if not error_list and field is not None:
            error_list = [FieldError(field, code, self.params)]
        self.errors: list[FieldError] = error_list
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if self.code == self.default_code and len(self.errors) > 1:
            return "\n".join(error.message for error in self.errors)
        return message_for(self.code, **self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, field={self.field!r}, params={self.params!r})"


class ValidationFailed(DomainError):
    """What the user typed breaks a rule; `errors` lists every field that is wrong."""

    default_code = "validation_failed"


class NotAllowed(DomainError):
    """The user's roles do not allow this action."""

    default_code = "not_allowed"


class Conflict(DomainError):
    """The action clashes with the current state: a duplicate, an illegal status move."""

    default_code = "conflict"


class NotFound(DomainError):
    """The record asked for does not exist in this school."""

    default_code = "not_found"


def raise_if_errors(errors: Iterable[FieldError]) -> None:
    """Raise ValidationFailed carrying every error, if there is any."""
    error_list = list(errors)
    if error_list:
        raise ValidationFailed(error_list)
