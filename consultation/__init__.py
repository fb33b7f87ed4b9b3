"""Statutory consultees and review rounds (regulation 54). Models arrive with that work."""
