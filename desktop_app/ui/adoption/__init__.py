"""Archivo → Subir los datos de este equipo al colegio… (issue 9, decision 8)."""
