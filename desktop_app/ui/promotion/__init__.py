"""*Promoción al año siguiente*: the wizard, its candidates model and the list of batches to undo."""
