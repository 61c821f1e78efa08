"""Guardians (acudientes): the list, the form and the students each one is linked to."""
