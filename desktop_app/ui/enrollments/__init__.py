"""The Matrículas screen: enroll, status changes, the document checklist and its printout."""
