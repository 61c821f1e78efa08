"""Secretaría Escolar: the desktop app in which Colombian school secretaries keep students, guardians,
enrollments and their document checklists, offline first."""

__version__ = "0.1.0"
APP_NAME = "SecretariaEscolar"
APP_AUTHOR = "SecretariaEscolar"
