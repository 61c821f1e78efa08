"""Printed documents (QtGui/QtPrintSupport only): the enrollment document checklist."""
