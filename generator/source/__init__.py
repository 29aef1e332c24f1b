"""An agenda folder in, a checked `Agenda` out: YAML with line numbers, the model's messages, the checks across files."""

from .read import OWN_STRATEGIES, REFERENCE_DIR, natural_key, read_agenda

__all__ = ["OWN_STRATEGIES", "REFERENCE_DIR", "natural_key", "read_agenda"]
