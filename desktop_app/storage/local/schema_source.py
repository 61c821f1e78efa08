"""Where `server_tables.py` comes from: the server models copied for SQLite, rendered as plain Core tables.

The app must not import the server ORM models and the PostgreSQL dialect to open its local file (~360 ms of
start-up), so the copy is generated once into `server_tables.py`; `tests/local/test_schema_source.py` fails
when the models change and the file was not regenerated:

    .venv/bin/python -m desktop_app.storage.local.schema_source > desktop_app/storage/local/server_tables.py
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    Uuid,
    text,
)

from desktop_app.storage.local.schema import (
    CAPTURED_TABLES,
    DELETED_AT_TABLES,
    LOCAL_PARTIAL_UNIQUE,
    SERVER_ONLY_TABLES,
)
from desktop_app.storage.models import NAMING_CONVENTION, Base

NOW_SQL = "(strftime('%Y-%m-%d %H:%M:%f', 'now'))"


def _sqlite_default(column: Column) -> str | None:
    """The SQLite spelling of a seed server default, or None when the store supplies the value."""
    default = column.server_default
    if default is None:
        return None
    sql = str(getattr(default, "arg", default))
    if "gen_random_uuid" in sql:
        return None
    if sql == "now()" or "now" in sql.lower():
        return NOW_SQL
    if sql in ("true", "false"):
        return "1" if sql == "true" else "0"
    return sql.replace("::jsonb", "")


def copy_server_tables(metadata: MetaData) -> None:
    """Add to `metadata` every server table as SQLite takes it (without the search keys schema.py adds).

    Server-only tables (status events, aliases, review items) stay out: their pulled rows are kept as JSON.
    Every captured table gets `server_seq`, and those without `is_active` a `deleted_at` tombstone.
    """
    for server_table in Base.metadata.sorted_tables:
        if server_table.schema is not None or server_table.name in SERVER_ONLY_TABLES:
            continue
        columns = []
        for column in server_table.columns:
            column_type = column.type
            if isinstance(column_type, Uuid):
                column_type = String(36)
            elif isinstance(column_type, JSON):
                column_type = JSON()
            if column.name == "server_seq":
                column_type = Integer()  # SQLite's INTEGER is 64-bit already
            default = _sqlite_default(column)
            columns.append(Column(column.name, column_type, primary_key=column.primary_key,
                                  nullable=column.nullable,
                                  server_default=text(default) if default is not None else None))
        constraints: list = []
        for constraint in server_table.constraints:
            if isinstance(constraint, UniqueConstraint):
                constraints.append(UniqueConstraint(*[c.name for c in constraint.columns], name=constraint.name))
            elif isinstance(constraint, CheckConstraint):
                constraints.append(CheckConstraint(str(constraint.sqltext), name=constraint.name))
            elif isinstance(constraint, ForeignKeyConstraint):
                # Postgres' `SET NULL (column)` has no SQLite spelling; rows here are never hard-deleted.
                ondelete = constraint.ondelete
                if ondelete and "(" in ondelete:
                    ondelete = None
                constraints.append(ForeignKeyConstraint(
                    [c.name for c in constraint.columns],
                    [element.target_fullname for element in constraint.elements],
                    name=constraint.name, ondelete=ondelete))
        present = {column.name for column in columns}
        if server_table.name in CAPTURED_TABLES and "server_seq" not in present:
            columns.append(Column("server_seq", Integer, nullable=True))
        if server_table.name in DELETED_AT_TABLES and "deleted_at" not in present:
            columns.append(Column("deleted_at", DateTime, nullable=True))
        table = Table(server_table.name, metadata, *columns, *constraints)
        for index in server_table.indexes:
            if index.name and index.name.endswith("_school_seq"):
                continue  # the server's pull index: nothing here reads by (school, seq)
            columns = [c for c in index.expressions if isinstance(c, Column)]
            if len(columns) != len(index.expressions):
                continue  # expression indexes are spelled out in schema.py
            partial = LOCAL_PARTIAL_UNIQUE.get(index.name or "")
            Index(index.name, *[table.c[c.name] for c in columns], unique=index.unique,
                  sqlite_where=text(partial) if partial else index.dialect_options["sqlite"].get("where"))


def _column_source(column: Column) -> str:
    parts = [repr(column.name), repr(column.type)]
    if column.primary_key:
        parts.append("primary_key=True")
    if not column.nullable and not column.primary_key:
        parts.append("nullable=False")
    if column.server_default is not None:
        parts.append(f"server_default=text({str(column.server_default.arg)!r})")  # type: ignore[attr-defined]
    return f"Column({', '.join(parts)})"


def _table_source(table: Table) -> list[str]:
    assign = f"{table.name} = " if table.indexes else ""
    lines = [f"    {assign}Table(", f"        {table.name!r},", "        metadata,"]
    lines += [f"        {_column_source(column)}," for column in table.columns]
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        names = ", ".join(repr(c.name) for c in getattr(constraint, "columns", ()))
        if isinstance(constraint, UniqueConstraint):
            lines.append(f"        UniqueConstraint({names}, name={constraint.name!r}),")
        elif isinstance(constraint, CheckConstraint):
            lines.append(f"        CheckConstraint({str(constraint.sqltext)!r}, name={constraint.name!r}),")
        elif isinstance(constraint, ForeignKeyConstraint):
            targets = ", ".join(repr(e.target_fullname) for e in constraint.elements)
            ondelete = f", ondelete={constraint.ondelete!r}" if constraint.ondelete else ""
            lines.append(f"        ForeignKeyConstraint([{names}], [{targets}], name={constraint.name!r}{ondelete}),")
    lines.append("    )")
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        columns = ", ".join(f"{table.name}.c.{c.name}" for c in index.expressions)  # type: ignore[union-attr]
        where = index.dialect_options["sqlite"].get("where")
        extra = (", unique=True" if index.unique else "") + (f", sqlite_where=text({str(where)!r})" if where is not None else "")
        lines.append(f"    Index({index.name!r}, {columns}{extra})")
    return lines


def render() -> str:
    """The source of `server_tables.py` for today's models."""
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    copy_server_tables(metadata)
    lines = [
        '"""GENERATED by `python -m desktop_app.storage.local.schema_source` from the server models: do not edit.',
        "",
        "The server tables as the local SQLite file holds them, in plain SQLAlchemy Core so that opening the store",
        "imports neither the ORM models nor the PostgreSQL dialect.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from sqlalchemy import (",
        "    JSON,",
        "    Boolean,",
        "    CheckConstraint,",
        "    Column,",
        "    Date,",
        "    DateTime,",
        "    ForeignKeyConstraint,",
        "    Index,",
        "    Integer,",
        "    MetaData,",
        "    String,",
        "    Table,",
        "    Text,",
        "    UniqueConstraint,",
        "    text,",
        ")",
        "",
        f"NAMING_CONVENTION = {NAMING_CONVENTION!r}",
        "",
        "",
        "def define(metadata: MetaData) -> None:",
        '    """Add the server tables (the local-only columns and indexes are added by `schema.py`)."""',
    ]
    for table in metadata.sorted_tables:
        lines += _table_source(table)
    unused = ("JSON", "Boolean", "Date", "DateTime", "Integer", "Text")
    source = "\n".join(lines) + "\n"
    for name in unused:  # keep the import list honest for ruff
        if f"{name}(" not in source.split("def define", 1)[1]:
            source = source.replace(f"    {name},\n", "", 1)
    return source


def main() -> None:
    print(render(), end="")


if __name__ == "__main__":
    main()
