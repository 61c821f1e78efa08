"""Logging for the app: a rotating file in the user's log directory, with tokens redacted on the way out.

The redaction is a handler filter (root-logger filters do not see records propagated from child loggers),
so `install_redaction()` puts it on every handler of the root logger, including ones added by tests.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

# JWTs (three base64url parts, the first starting with eyJ = '{"'), refresh tokens and keys in key=value
# or JSON form, and Bearer credentials.
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
# The same JWT URL-encoded or in a query string: "eyJ" stays as it is, but "." may appear as %2E.
_ENCODED_JWT = re.compile(r"eyJ[A-Za-z0-9_%-]{5,}(?:%2[Ee]|\.)[A-Za-z0-9_%-]{5,}(?:%2[Ee]|\.)[A-Za-z0-9_%-]*")
_KEY_NAMES = (r"refresh_token|access_token|provider_token|password|passwd|apikey|api_key|secret_access_key"
              r"|aws_secret_access_key|secretaccesskey|x-amz-security-token|signature|secret_key|secret|token")
# Each: (pattern, group 1 kept); the rest of the match is replaced.
_KEEP_PREFIX = (
    # key=value, key: value, "key": "value", also URL-encoded (%3D for =, %22 for ")
    re.compile(rf"""(?i)((?:["']|%22)?\b(?:{_KEY_NAMES})(?:["']|%22)?\s*(?:[:=]|%3[Aa]|%3[Dd])\s*(?:["']|%22)?)"""
               r"""[^"'&\s,;}]+"""),
    re.compile(r"(?i)(bearer(?:\s+|%20|\+))[A-Za-z0-9._~+/=%-]+"),
    # A password inside a URL: scheme://user:password@host (Postgres, S3, anything)
    re.compile(r"(?i)([a-z][a-z0-9+.-]*://[^:/?#@\s]*:)[^@/?#\s]+(?=@)"),
    # libpq key=value connection strings: password=secret
    re.compile(r"(?i)(\bpassword\s*=\s*)(?:'[^']*'|\S+)"),
)
REDACTED = "[redactado]"


def redact(text: str) -> str:
    """`text` with every token-, password- or secret-key-looking value replaced."""
    text = _ENCODED_JWT.sub(REDACTED, _JWT.sub(REDACTED, text))
    for pattern in _KEEP_PREFIX:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class TokenRedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) so that no token reaches a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def install_redaction(logger: logging.Logger | None = None) -> None:
    """Add the filter to every handler of `logger` (root by default) that does not have it yet."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, TokenRedactingFilter) for f in handler.filters):
            handler.addFilter(TokenRedactingFilter())


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to `<log_dir>/secretaria.log` (rotated), tokens redacted. Returns the log file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "secretaria.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    install_redaction(root)
    return path
