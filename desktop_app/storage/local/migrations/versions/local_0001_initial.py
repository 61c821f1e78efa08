"""Local store version 1: the server tables for SQLite, the outbox and its capture triggers.

The DDL is frozen here as SQL (not built from today's metadata) so that this revision keeps creating
exactly version 1 whatever later revisions change.

Revision ID: local_0001
Revises:
"""

from __future__ import annotations

from alembic import op
from desktop_app.storage.local.capture import capture_trigger_sql

revision = "local_0001"
down_revision = None
branch_labels = None
depends_on = None

SCHEMA_V1 = [
    """CREATE TABLE schools (
    id VARCHAR(36) NOT NULL,
    name VARCHAR(255) NOT NULL,
    nit VARCHAR(20),
    resolution VARCHAR(100),
    is_active BOOLEAN DEFAULT 1 NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    server_seq INTEGER,
    CONSTRAINT schools_pkey PRIMARY KEY (id)
)""",
    """CREATE UNIQUE INDEX uq_schools_nit ON schools (nit) WHERE nit IS NOT NULL""",
    """CREATE TABLE sync_client (
    id INTEGER NOT NULL,
    client_id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    user_id VARCHAR(36),
    mode VARCHAR(20) DEFAULT 'local' NOT NULL,
    protocol_version INTEGER DEFAULT 1 NOT NULL,
    last_acked_mutation_id INTEGER DEFAULT 0 NOT NULL,
    write_checkpoint INTEGER,
    clock_offset_ms INTEGER,
    needs_rebootstrap INTEGER DEFAULT 0 NOT NULL,
    last_push_at TEXT,
    last_pull_at TEXT,
    last_error TEXT,
    CONSTRAINT sync_client_pkey PRIMARY KEY (id),
    CONSTRAINT chk_sync_client_single_row CHECK (id = 1)
)""",
    """CREATE TABLE sync_flags (
    id INTEGER NOT NULL,
    applying_remote INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT sync_flags_pkey PRIMARY KEY (id),
    CONSTRAINT chk_sync_flags_single_row CHECK (id = 1)
)""",
    """CREATE TABLE sync_outbox (
    mutation_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    tx_id INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    op TEXT NOT NULL,
    data TEXT NOT NULL,
    base TEXT,
    base_seq INTEGER,
    local_time TEXT NOT NULL,
    state TEXT DEFAULT 'pending' NOT NULL,
    attempts INTEGER DEFAULT 0 NOT NULL,
    reason TEXT,
    CONSTRAINT chk_sync_outbox_op CHECK (op IN ('insert', 'patch', 'delete', 'append_event')),
    CONSTRAINT chk_sync_outbox_state CHECK (state IN ('pending', 'rejected')),
    CONSTRAINT chk_sync_outbox_data CHECK (json_valid(data)),
    CONSTRAINT chk_sync_outbox_base CHECK (base IS NULL OR json_valid(base))
)""",
    """CREATE INDEX sync_outbox_pending_row ON sync_outbox (table_name, row_id) WHERE state = 'pending'""",
    """CREATE TABLE sync_state (
    school_id VARCHAR(36) NOT NULL,
    cursor INTEGER DEFAULT 0 NOT NULL,
    bootstrap_complete INTEGER DEFAULT 0 NOT NULL,
    last_digest TEXT,
    last_digest_at TEXT,
    CONSTRAINT sync_state_pkey PRIMARY KEY (school_id)
)""",
    """CREATE TABLE sync_tx (
    id INTEGER NOT NULL,
    current_tx INTEGER,
    next_tx INTEGER NOT NULL,
    CONSTRAINT sync_tx_pkey PRIMARY KEY (id),
    CONSTRAINT chk_sync_tx_single_row CHECK (id = 1)
)""",
    """CREATE TABLE users (
    id VARCHAR(36) NOT NULL,
    email VARCHAR(255) NOT NULL,
    full_name VARCHAR(255) NOT NULL,
    is_active BOOLEAN DEFAULT 1 NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id)
)""",
    """CREATE UNIQUE INDEX uq_users_email ON users (lower(email))""",
    """CREATE TABLE guardians (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    document_type VARCHAR(10) NOT NULL,
    document_number VARCHAR(30) NOT NULL,
    full_name VARCHAR(255) NOT NULL,
    phone VARCHAR(30),
    email VARCHAR(255),
    address TEXT,
    occupation VARCHAR(150),
    workplace VARCHAR(150),
    is_active BOOLEAN DEFAULT 1 NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    server_seq INTEGER,
    sort_name TEXT DEFAULT '' NOT NULL,
    search_text TEXT DEFAULT '' NOT NULL,
    CONSTRAINT guardians_pkey PRIMARY KEY (id),
    CONSTRAINT uq_guardians_school_id_id UNIQUE (school_id, id),
    CONSTRAINT guardians_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id)
)""",
    """CREATE INDEX idx_guardians_school_sort_name ON guardians (school_id, sort_name)""",
    """CREATE UNIQUE INDEX uq_guardians_school_document ON guardians (school_id, document_type, document_number)""",
    """CREATE TABLE school_memberships (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    user_id VARCHAR(36) NOT NULL,
    roles JSON DEFAULT '[]' NOT NULL,
    is_active BOOLEAN DEFAULT 1 NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    CONSTRAINT school_memberships_pkey PRIMARY KEY (id),
    CONSTRAINT school_memberships_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT school_memberships_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id) ON DELETE CASCADE
)""",
    """CREATE UNIQUE INDEX uq_school_memberships_school_user ON school_memberships (school_id, user_id)""",
    """CREATE TABLE school_settings (
    school_id VARCHAR(36) NOT NULL,
    pei_summary TEXT,
    simat_settings JSON DEFAULT '{}' NOT NULL,
    branding_settings JSON DEFAULT '{}' NOT NULL,
    security_settings JSON DEFAULT '{}' NOT NULL,
    habeas_data_text TEXT,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    server_seq INTEGER,
    CONSTRAINT school_settings_pkey PRIMARY KEY (school_id),
    CONSTRAINT school_settings_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id) ON DELETE CASCADE
)""",
    """CREATE TABLE school_years (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    name VARCHAR(30) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    status VARCHAR(20) DEFAULT 'planning' NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    server_seq INTEGER,
    CONSTRAINT school_years_pkey PRIMARY KEY (id),
    CONSTRAINT chk_school_years_status CHECK (status IN ('planning', 'active', 'closed', 'archived')),
    CONSTRAINT school_years_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id),
    CONSTRAINT uq_school_years_school_id_id UNIQUE (school_id, id),
    CONSTRAINT chk_school_years_dates CHECK (ends_on >= starts_on)
)""",
    """CREATE UNIQUE INDEX uq_school_years_school_name ON school_years (school_id, name)""",
    """CREATE TABLE students (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    user_id VARCHAR(36),
    document_type VARCHAR(10) NOT NULL,
    document_number VARCHAR(30) NOT NULL,
    full_name VARCHAR(255) NOT NULL,
    birth_date DATE,
    gender VARCHAR(20),
    is_active BOOLEAN DEFAULT 1 NOT NULL,
    extra_data JSON DEFAULT '{}' NOT NULL,
    piar_data JSON DEFAULT '{}' NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    server_seq INTEGER,
    sort_name TEXT DEFAULT '' NOT NULL,
    search_text TEXT DEFAULT '' NOT NULL,
    CONSTRAINT students_pkey PRIMARY KEY (id),
    CONSTRAINT students_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id),
    CONSTRAINT uq_students_school_id_id UNIQUE (school_id, id),
    CONSTRAINT students_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
)""",
    """CREATE INDEX idx_students_school_name ON students (school_id, full_name)""",
    """CREATE INDEX idx_students_school_sort_name ON students (school_id, sort_name)""",
    """CREATE UNIQUE INDEX uq_students_school_document ON students (school_id, document_type, document_number)""",
    """CREATE TABLE academic_periods (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    school_year_id VARCHAR(36) NOT NULL,
    number INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    status VARCHAR(20) DEFAULT 'draft' NOT NULL,
    server_seq INTEGER,
    CONSTRAINT academic_periods_pkey PRIMARY KEY (id),
    CONSTRAINT chk_academic_periods_status CHECK (status IN ('draft', 'open', 'closed', 'published')),
    CONSTRAINT academic_periods_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id),
    CONSTRAINT academic_periods_number_check CHECK (number >= 1),
    CONSTRAINT academic_periods_school_year_id_fkey FOREIGN KEY(school_year_id) REFERENCES school_years (id) ON DELETE CASCADE,
    CONSTRAINT fk_academic_periods_tenant_school_year FOREIGN KEY(school_id, school_year_id) REFERENCES school_years (school_id, id) ON DELETE CASCADE
)""",
    """CREATE UNIQUE INDEX uq_academic_periods_school_year_number ON academic_periods (school_id, school_year_id, number)""",
    """CREATE TABLE enrollments (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    student_id VARCHAR(36) NOT NULL,
    school_year_id VARCHAR(36) NOT NULL,
    grade_level VARCHAR(20) NOT NULL,
    group_code VARCHAR(10),
    shift VARCHAR(20),
    status VARCHAR(30) DEFAULT 'pending_documents' NOT NULL,
    status_history JSON DEFAULT '[]' NOT NULL,
    simat_status JSON DEFAULT '{}' NOT NULL,
    extra_data JSON DEFAULT '{}' NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    updated_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    server_seq INTEGER,
    CONSTRAINT enrollments_pkey PRIMARY KEY (id),
    CONSTRAINT fk_enrollments_tenant_school_year FOREIGN KEY(school_id, school_year_id) REFERENCES school_years (school_id, id) ON DELETE CASCADE,
    CONSTRAINT enrollments_student_id_fkey FOREIGN KEY(student_id) REFERENCES students (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrollments_tenant_student FOREIGN KEY(school_id, student_id) REFERENCES students (school_id, id) ON DELETE CASCADE,
    CONSTRAINT uq_enrollments_school_id_id UNIQUE (school_id, id),
    CONSTRAINT enrollments_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id),
    CONSTRAINT enrollments_school_year_id_fkey FOREIGN KEY(school_year_id) REFERENCES school_years (id) ON DELETE CASCADE
)""",
    """CREATE INDEX idx_enrollments_school_status ON enrollments (school_id, status)""",
    """CREATE INDEX idx_enrollments_student ON enrollments (student_id)""",
    """CREATE UNIQUE INDEX uq_enrollments_school_student_year ON enrollments (school_id, student_id, school_year_id)""",
    """CREATE TABLE student_guardians (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    student_id VARCHAR(36) NOT NULL,
    guardian_id VARCHAR(36) NOT NULL,
    relationship VARCHAR(50) NOT NULL,
    is_primary BOOLEAN DEFAULT 0 NOT NULL,
    priority INTEGER DEFAULT 1 NOT NULL,
    can_pickup BOOLEAN DEFAULT 0 NOT NULL,
    is_emergency_contact BOOLEAN DEFAULT 0 NOT NULL,
    created_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    server_seq INTEGER,
    CONSTRAINT student_guardians_pkey PRIMARY KEY (id),
    CONSTRAINT student_guardians_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id),
    CONSTRAINT fk_student_guardians_tenant_student FOREIGN KEY(school_id, student_id) REFERENCES students (school_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_student_guardians_tenant_guardian FOREIGN KEY(school_id, guardian_id) REFERENCES guardians (school_id, id) ON DELETE CASCADE,
    CONSTRAINT student_guardians_guardian_id_fkey FOREIGN KEY(guardian_id) REFERENCES guardians (id) ON DELETE CASCADE,
    CONSTRAINT student_guardians_student_id_fkey FOREIGN KEY(student_id) REFERENCES students (id) ON DELETE CASCADE
)""",
    """CREATE INDEX idx_student_guardians_student_priority ON student_guardians (school_id, student_id, priority)""",
    """CREATE UNIQUE INDEX uq_student_guardians_school_pair ON student_guardians (school_id, student_id, guardian_id)""",
    """CREATE TABLE enrollment_documents (
    id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    enrollment_id VARCHAR(36) NOT NULL,
    document_type VARCHAR(50) NOT NULL,
    status VARCHAR(20) DEFAULT 'pending' NOT NULL,
    r2_object_key VARCHAR(500) NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    uploaded_at DATETIME DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')) NOT NULL,
    validated_at DATETIME,
    validated_by VARCHAR(36),
    accepted_by_guardian_id VARCHAR(36),
    document_version VARCHAR(50),
    metadata JSON DEFAULT '{}' NOT NULL,
    server_seq INTEGER,
    CONSTRAINT enrollment_documents_pkey PRIMARY KEY (id),
    CONSTRAINT fk_enrollment_documents_tenant_guardian FOREIGN KEY(school_id, accepted_by_guardian_id) REFERENCES guardians (school_id, id),
    CONSTRAINT enrollment_documents_accepted_by_guardian_id_fkey FOREIGN KEY(accepted_by_guardian_id) REFERENCES guardians (id) ON DELETE SET NULL,
    CONSTRAINT enrollment_documents_validated_by_fkey FOREIGN KEY(validated_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_enrollment_documents_tenant_enrollment FOREIGN KEY(school_id, enrollment_id) REFERENCES enrollments (school_id, id) ON DELETE CASCADE,
    CONSTRAINT enrollment_documents_enrollment_id_fkey FOREIGN KEY(enrollment_id) REFERENCES enrollments (id) ON DELETE CASCADE,
    CONSTRAINT enrollment_documents_school_id_fkey FOREIGN KEY(school_id) REFERENCES schools (id)
)""",
    """CREATE UNIQUE INDEX uq_enrollment_documents_type ON enrollment_documents (school_id, enrollment_id, document_type)""",
]

CAPTURED_V1 = {
    'schools': ('id', True, [('id', 'plain'), ('name', 'plain'), ('nit', 'plain'), ('resolution', 'plain'), ('is_active', 'bool'), ('created_at', 'plain'), ('updated_at', 'plain')]),
    'school_settings': ('school_id', False, [('school_id', 'plain'), ('pei_summary', 'plain'), ('simat_settings', 'json'), ('branding_settings', 'json'), ('security_settings', 'json'), ('habeas_data_text', 'plain'), ('updated_at', 'plain')]),
    'school_years': ('id', False, [('id', 'plain'), ('school_id', 'plain'), ('name', 'plain'), ('starts_on', 'plain'), ('ends_on', 'plain'), ('status', 'plain'), ('created_at', 'plain'), ('updated_at', 'plain')]),
    'academic_periods': ('id', False, [('id', 'plain'), ('school_id', 'plain'), ('school_year_id', 'plain'), ('number', 'plain'), ('name', 'plain'), ('starts_on', 'plain'), ('ends_on', 'plain'), ('status', 'plain')]),
    'students': ('id', True, [('id', 'plain'), ('school_id', 'plain'), ('user_id', 'plain'), ('document_type', 'plain'), ('document_number', 'plain'), ('full_name', 'plain'), ('birth_date', 'plain'), ('gender', 'plain'), ('is_active', 'bool'), ('extra_data', 'json'), ('piar_data', 'json'), ('created_at', 'plain'), ('updated_at', 'plain')]),
    'guardians': ('id', True, [('id', 'plain'), ('school_id', 'plain'), ('document_type', 'plain'), ('document_number', 'plain'), ('full_name', 'plain'), ('phone', 'plain'), ('email', 'plain'), ('address', 'plain'), ('occupation', 'plain'), ('workplace', 'plain'), ('is_active', 'bool'), ('created_at', 'plain'), ('updated_at', 'plain')]),
    'student_guardians': ('id', False, [('id', 'plain'), ('school_id', 'plain'), ('student_id', 'plain'), ('guardian_id', 'plain'), ('relationship', 'plain'), ('is_primary', 'bool'), ('priority', 'plain'), ('can_pickup', 'bool'), ('is_emergency_contact', 'bool'), ('created_at', 'plain')]),
    'enrollments': ('id', False, [('id', 'plain'), ('school_id', 'plain'), ('student_id', 'plain'), ('school_year_id', 'plain'), ('grade_level', 'plain'), ('group_code', 'plain'), ('shift', 'plain'), ('status', 'plain'), ('status_history', 'json'), ('simat_status', 'json'), ('extra_data', 'json'), ('created_at', 'plain'), ('updated_at', 'plain')]),
    'enrollment_documents': ('id', False, [('id', 'plain'), ('school_id', 'plain'), ('enrollment_id', 'plain'), ('document_type', 'plain'), ('status', 'plain'), ('r2_object_key', 'plain'), ('file_name', 'plain'), ('uploaded_at', 'plain'), ('validated_at', 'plain'), ('validated_by', 'plain'), ('accepted_by_guardian_id', 'plain'), ('document_version', 'plain'), ('metadata', 'json')]),
}


def upgrade() -> None:
    for statement in SCHEMA_V1:
        op.execute(statement)
    op.execute("INSERT INTO sync_tx (id, current_tx, next_tx) VALUES (1, NULL, 1)")
    op.execute("INSERT INTO sync_flags (id, applying_remote) VALUES (1, 0)")
    for table, (key, soft_delete, columns) in CAPTURED_V1.items():
        for statement in capture_trigger_sql(table, columns, key=key, soft_delete=soft_delete):
            op.execute(statement)
