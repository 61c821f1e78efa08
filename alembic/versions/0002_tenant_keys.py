"""Tenant-safe keys: a row can only point at rows of its own school.

The seed's foreign keys check only the id, and Postgres runs foreign-key checks without row-level
security, so a student of school A could be linked to a guardian of school B by anyone who knows the
guardian's id. Composite keys `(school_id, x_id) -> x(school_id, id)` make the database refuse that.
The seed's own keys and indexes stay untouched.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TARGETS = ("school_years", "students", "guardians", "enrollments")

# (table, name, local columns, target table, on delete)
TENANT_KEYS = (
    ("academic_periods", "fk_academic_periods_tenant_school_year", ("school_id", "school_year_id"),
     "school_years", "CASCADE"),
    ("student_guardians", "fk_student_guardians_tenant_student", ("school_id", "student_id"), "students", "CASCADE"),
    ("student_guardians", "fk_student_guardians_tenant_guardian", ("school_id", "guardian_id"), "guardians",
     "CASCADE"),
    ("enrollments", "fk_enrollments_tenant_student", ("school_id", "student_id"), "students", "CASCADE"),
    ("enrollments", "fk_enrollments_tenant_school_year", ("school_id", "school_year_id"), "school_years",
     "CASCADE"),
    ("enrollment_documents", "fk_enrollment_documents_tenant_enrollment", ("school_id", "enrollment_id"),
     "enrollments", "CASCADE"),
    # SET NULL on the guardian column alone: school_id must keep its value (Postgres 15+).
    ("enrollment_documents", "fk_enrollment_documents_tenant_guardian", ("school_id", "accepted_by_guardian_id"),
     "guardians", "SET NULL (accepted_by_guardian_id)"),
)


def upgrade() -> None:
    for table in TARGETS:
        op.create_unique_constraint(f"uq_{table}_school_id_id", table, ["school_id", "id"])
    for table, name, columns, target, on_delete in TENANT_KEYS:
        op.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY ({', '.join(columns)}) "
            f"REFERENCES {target} (school_id, id) ON DELETE {on_delete}"
        )


def downgrade() -> None:
    for table, name, *_ in reversed(TENANT_KEYS):
        op.drop_constraint(name, table, type_="foreignkey")
    for table in reversed(TARGETS):
        op.drop_constraint(f"uq_{table}_school_id_id", table, type_="unique")
