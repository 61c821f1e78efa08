"""The student import's Qt models (the wizard that shows them is still to be built)."""
