"""Packaging checks that run without PyInstaller."""
