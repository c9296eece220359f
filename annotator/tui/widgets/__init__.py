"""Widgets of the desk: attributes down, messages up; they never call the store."""
