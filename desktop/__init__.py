"""The Pactum application: the ``pactum`` command, the window, briefings and ingest."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package only when asked: reading it takes
    longer than the rest of ``pactum --help``."""
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("pactum")
    except PackageNotFoundError:  # running from a checkout that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
