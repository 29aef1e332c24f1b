"""Publish a regional digital agenda: YAML in, a static MkDocs site out."""
