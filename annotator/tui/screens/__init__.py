"""Screens of the desk: each owns its bindings, styles and store calls."""
