"""A Borrowed Face: a top-down narrative game about the face a man wears."""

__version__ = "0.1.0"
