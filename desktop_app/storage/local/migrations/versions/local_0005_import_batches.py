"""The student import's batches (local only, not synced): what each import created and the before-images
of the fields it updated, so that a batch can be listed and undone, and the column mapping chosen for its
header set, so that the next file with the same headers is mapped the same way (issue 13).

Revision ID: local_0005_import_batches
Revises: local_0002
"""

from __future__ import annotations

from alembic import op

revision = "local_0005_import_batches"
# The head on the import branch; re-chained after the sync and documents branches' migrations on merge.
down_revision = "local_0004_blob_uploads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""CREATE TABLE import_batches (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    created_by VARCHAR(36),
    school_year_id VARCHAR(36),
    header_key TEXT NOT NULL,
    mapping JSON NOT NULL,
    counts JSON NOT NULL,
    created_rows JSON NOT NULL,
    before_images JSON NOT NULL,
    undone_at DATETIME,
    CONSTRAINT import_batches_pkey PRIMARY KEY (id)
)""")
    op.execute("CREATE INDEX idx_import_batches_school ON import_batches (school_id, created_at)")


def downgrade() -> None:
    op.execute("DROP TABLE import_batches")
