"""Log redaction also hides database URL passwords, S3 secret keys and URL-encoded tokens (issue 10)."""

from __future__ import annotations

import pytest

from desktop_app.logging_setup import REDACTED, redact

JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"


@pytest.mark.parametrize(("text", "secret"), [
    ("postgresql+psycopg://secretaria_pc_sala:Zx9-kk_31@db.abc.supabase.co:5432/postgres", "Zx9-kk_31"),
    ("postgresql://postgres:e3b0c44298fc@/postgres?host=/tmp/pg", "e3b0c44298fc"),
    ("host=/tmp user=secretaria_pc_a password=s3cr3t dbname=x", "s3cr3t"),
    ("host=/tmp password='with space' dbname=x", "with space"),
    ("aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCY", "wJalrXUtnFEMI"),
    ("S3Settings(access_key_id='AK', secret_access_key='r2-secret-value', region='auto')", "r2-secret-value"),
    ('{"secret_access_key": "r2-secret-value"}', "r2-secret-value"),
    ("GET /callback?access_token%3D" + JWT.replace(".", "%2E"), "c2lnbmF0dXJl"),
    ("GET /callback#access_token=" + JWT.replace(".", "%2E") + "&type=recovery", "c2lnbmF0dXJl"),
    ("token?refresh_token%3Dv1.abcdefghijkl", "abcdefghijkl"),
    ("Authorization: Bearer%20" + JWT, "c2lnbmF0dXJl"),
])
def test_secrets_are_hidden(text, secret):
    cleaned = redact(text)
    assert secret not in cleaned and REDACTED in cleaned, cleaned


def test_ordinary_text_is_kept():
    text = "Se guardó la matrícula de Ana (grado 5, jornada mañana) en https://r2.example.com/bucket/obj"
    assert redact(text) == text
