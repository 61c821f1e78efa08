"""Connected mode's sign-in screens: the sign-in dialog, the school picker and the offline notice."""
