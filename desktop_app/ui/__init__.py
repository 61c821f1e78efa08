"""The Qt user interface: screens, models and forms over the services (no storage, no network)."""
