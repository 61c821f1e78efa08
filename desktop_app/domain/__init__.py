"""Pure rules of the app (Colombian documents, NIT, grades, status machine, checklist, permissions)."""
