"""The local upload queue of document files (`blob_uploads`): local-only, never in the outbox.

One row per object key (`schools/<school_id>/docs/<sha256>`): the upload worker's state, the multipart
upload id and the parts already sent (so a restart resumes), attempts and the last error.

Revision ID: local_0004_blob_uploads
Revises: local_0002 (the lead re-chains it after local_0003 when merging the sync branch)
"""

from __future__ import annotations

from alembic import op

revision = "local_0004_blob_uploads"
down_revision = "local_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""CREATE TABLE blob_uploads (
    "key" TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT DEFAULT 'pending' NOT NULL,
    upload_id TEXT,
    upload_started_at TEXT,
    parts TEXT DEFAULT '[]' NOT NULL,
    attempts INTEGER DEFAULT 0 NOT NULL,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT pk_blob_uploads PRIMARY KEY ("key"),
    CONSTRAINT chk_blob_uploads_state CHECK (state IN ('pending', 'uploading', 'verified', 'failed')),
    CONSTRAINT chk_blob_uploads_parts CHECK (json_valid(parts))
)""")
    op.execute("CREATE INDEX idx_blob_uploads_state ON blob_uploads (state)")


def downgrade() -> None:
    op.execute("DROP TABLE blob_uploads")
