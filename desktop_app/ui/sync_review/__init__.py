"""The *Revisión* window for sync (issue 9)."""
