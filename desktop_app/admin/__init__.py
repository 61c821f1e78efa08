"""Commands for a school's IT person, run with the database owner's connection (Qt-free)."""
