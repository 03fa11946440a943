"""The history names a person: the account's full name when the system has one."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from db.store import access


@pytest.mark.skipif(sys.platform == "win32", reason="no pwd on Windows")
def test_the_full_name_is_preferred_to_the_login(monkeypatch) -> None:
    import pwd

    monkeypatch.setattr(access.getpass, "getuser", lambda: "okovalenko")
    monkeypatch.setattr(
        pwd, "getpwnam", lambda _login: SimpleNamespace(pw_gecos="Olena Kovalenko,,,")
    )
    assert access.current_user() == "Olena Kovalenko"
    monkeypatch.setattr(pwd, "getpwnam", lambda _login: SimpleNamespace(pw_gecos="okovalenko"))
    assert access.current_user() == "okovalenko"


def test_the_name_the_user_gave_comes_first(monkeypatch, tmp_path) -> None:
    from db import open_catalog

    monkeypatch.setenv(access.USER_VARIABLE, "  Olena Kovalenko ")
    assert access.current_user() == "Olena Kovalenko"
    with open_catalog(tmp_path / "c.pactum", create=True) as catalog:
        assert catalog.user == "Olena Kovalenko"
