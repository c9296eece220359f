"""The errors a user can fix (re-exported from core so every layer can raise them)."""

from annotator.core.errors import InputError, UserError

__all__ = ["InputError", "UserError"]
