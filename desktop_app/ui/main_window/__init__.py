"""The main window: tabs, school year selector, status bar, actions."""
