"""Shared widgets: field error labels, the local-mode banner, the debounced search box."""
