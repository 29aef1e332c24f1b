"""Consultation comments: a comment server behind a small adapter, and export into responses YAML."""
