"""Dialogs: quick capture, the editors, settings."""
