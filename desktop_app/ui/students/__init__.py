"""Students: the lazy table, its filters and the student form with its guardians tab."""
