"""The Pactum application: the ``pactum`` command, the window, briefings and ingest."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pactum")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
