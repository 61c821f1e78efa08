"""The seed schema, exactly as the seed document writes it (tests/fixtures/seed-schema.sql).

Frozen: later needs go in later migrations, which leave every column, constraint and index here as it is.

Revision ID: 0001
Revises:
Create Date: 2026-11-24 21:48:30.803875
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('schools',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('nit', sa.String(length=20), nullable=True),
    sa.Column('resolution', sa.String(length=100), nullable=True),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('schools_pkey'))
    )
    op.create_index('uq_schools_nit', 'schools', ['nit'], unique=True, postgresql_where=sa.text('nit IS NOT NULL'))
    op.create_table('users',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('full_name', sa.String(length=255), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('users_pkey'))
    )
    op.create_index('uq_users_email', 'users', [sa.literal_column('lower(email)')], unique=True)
    op.create_table('guardians',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('document_type', sa.String(length=10), nullable=False),
    sa.Column('document_number', sa.String(length=30), nullable=False),
    sa.Column('full_name', sa.String(length=255), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=255), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('occupation', sa.String(length=150), nullable=True),
    sa.Column('workplace', sa.String(length=150), nullable=True),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('guardians_school_id_fkey')),
    sa.PrimaryKeyConstraint('id', name=op.f('guardians_pkey'))
    )
    op.create_index('uq_guardians_school_document', 'guardians', ['school_id', 'document_type', 'document_number'], unique=True)
    op.create_table('school_memberships',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('roles', postgresql.JSONB(), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('school_memberships_school_id_fkey'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('school_memberships_user_id_fkey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('school_memberships_pkey'))
    )
    op.create_index('uq_school_memberships_school_user', 'school_memberships', ['school_id', 'user_id'], unique=True)
    op.create_table('school_settings',
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('pei_summary', sa.Text(), nullable=True),
    sa.Column('simat_settings', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('branding_settings', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('security_settings', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('habeas_data_text', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('school_settings_school_id_fkey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('school_id', name=op.f('school_settings_pkey'))
    )
    op.create_table('school_years',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=30), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default=sa.text("'planning'"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint("status IN ('planning', 'active', 'closed', 'archived')", name='chk_school_years_status'),
    sa.CheckConstraint('ends_on >= starts_on', name='chk_school_years_dates'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('school_years_school_id_fkey')),
    sa.PrimaryKeyConstraint('id', name=op.f('school_years_pkey'))
    )
    op.create_index('uq_school_years_school_name', 'school_years', ['school_id', 'name'], unique=True)
    op.create_table('students',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.Column('document_type', sa.String(length=10), nullable=False),
    sa.Column('document_number', sa.String(length=30), nullable=False),
    sa.Column('full_name', sa.String(length=255), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('gender', sa.String(length=20), nullable=True),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('true'), nullable=False),
    sa.Column('extra_data', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('piar_data', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('students_school_id_fkey')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('students_user_id_fkey'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('students_pkey'))
    )
    op.create_index('idx_students_school_name', 'students', ['school_id', 'full_name'], unique=False)
    op.create_index('uq_students_school_document', 'students', ['school_id', 'document_type', 'document_number'], unique=True)
    op.create_table('academic_periods',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('school_year_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default=sa.text("'draft'"), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'open', 'closed', 'published')", name='chk_academic_periods_status'),
    sa.CheckConstraint('number >= 1', name='academic_periods_number_check'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('academic_periods_school_id_fkey')),
    sa.ForeignKeyConstraint(['school_year_id'], ['school_years.id'], name=op.f('academic_periods_school_year_id_fkey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('academic_periods_pkey'))
    )
    op.create_index('uq_academic_periods_school_year_number', 'academic_periods', ['school_id', 'school_year_id', 'number'], unique=True)
    op.create_table('enrollments',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('school_year_id', sa.Uuid(), nullable=False),
    sa.Column('grade_level', sa.String(length=20), nullable=False),
    sa.Column('group_code', sa.String(length=10), nullable=True),
    sa.Column('shift', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=30), server_default=sa.text("'pending_documents'"), nullable=False),
    sa.Column('status_history', postgresql.JSONB(), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('simat_status', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('extra_data', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('enrollments_school_id_fkey')),
    sa.ForeignKeyConstraint(['school_year_id'], ['school_years.id'], name=op.f('enrollments_school_year_id_fkey'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('enrollments_student_id_fkey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('enrollments_pkey'))
    )
    op.create_index('idx_enrollments_school_status', 'enrollments', ['school_id', 'status'], unique=False)
    op.create_index('uq_enrollments_school_student_year', 'enrollments', ['school_id', 'student_id', 'school_year_id'], unique=True)
    op.create_table('student_guardians',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('guardian_id', sa.Uuid(), nullable=False),
    sa.Column('relationship', sa.String(length=50), nullable=False),
    sa.Column('is_primary', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('priority', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('can_pickup', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('is_emergency_contact', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['guardian_id'], ['guardians.id'], name=op.f('student_guardians_guardian_id_fkey'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('student_guardians_school_id_fkey')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('student_guardians_student_id_fkey'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('student_guardians_pkey'))
    )
    op.create_index('idx_student_guardians_student_priority', 'student_guardians', ['school_id', 'student_id', 'priority'], unique=False)
    op.create_index('uq_student_guardians_school_pair', 'student_guardians', ['school_id', 'student_id', 'guardian_id'], unique=True)
    op.create_table('enrollment_documents',
    sa.Column('id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False),
    sa.Column('school_id', sa.Uuid(), nullable=False),
    sa.Column('enrollment_id', sa.Uuid(), nullable=False),
    sa.Column('document_type', sa.String(length=50), nullable=False),
    sa.Column('status', sa.String(length=20), server_default=sa.text("'pending'"), nullable=False),
    sa.Column('r2_object_key', sa.String(length=500), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('uploaded_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('validated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('validated_by', sa.Uuid(), nullable=True),
    sa.Column('accepted_by_guardian_id', sa.Uuid(), nullable=True),
    sa.Column('document_version', sa.String(length=50), nullable=True),
    sa.Column('metadata', postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.ForeignKeyConstraint(['accepted_by_guardian_id'], ['guardians.id'], name=op.f('enrollment_documents_accepted_by_guardian_id_fkey'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollments.id'], name=op.f('enrollment_documents_enrollment_id_fkey'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('enrollment_documents_school_id_fkey')),
    sa.ForeignKeyConstraint(['validated_by'], ['users.id'], name=op.f('enrollment_documents_validated_by_fkey'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('enrollment_documents_pkey'))
    )
    op.create_index('uq_enrollment_documents_type', 'enrollment_documents', ['school_id', 'enrollment_id', 'document_type'], unique=True)


def downgrade() -> None:
    op.drop_index('uq_enrollment_documents_type', table_name='enrollment_documents')
    op.drop_table('enrollment_documents')
    op.drop_index('uq_student_guardians_school_pair', table_name='student_guardians')
    op.drop_index('idx_student_guardians_student_priority', table_name='student_guardians')
    op.drop_table('student_guardians')
    op.drop_index('uq_enrollments_school_student_year', table_name='enrollments')
    op.drop_index('idx_enrollments_school_status', table_name='enrollments')
    op.drop_table('enrollments')
    op.drop_index('uq_academic_periods_school_year_number', table_name='academic_periods')
    op.drop_table('academic_periods')
    op.drop_index('uq_students_school_document', table_name='students')
    op.drop_index('idx_students_school_name', table_name='students')
    op.drop_table('students')
    op.drop_index('uq_school_years_school_name', table_name='school_years')
    op.drop_table('school_years')
    op.drop_table('school_settings')
    op.drop_index('uq_school_memberships_school_user', table_name='school_memberships')
    op.drop_table('school_memberships')
    op.drop_index('uq_guardians_school_document', table_name='guardians')
    op.drop_table('guardians')
    op.drop_index('uq_users_email', table_name='users')
    op.drop_table('users')
    op.drop_index('uq_schools_nit', table_name='schools', postgresql_where=sa.text('nit IS NOT NULL'))
    op.drop_table('schools')
