"""Edit › Your Name in the History…: the history names people, not the login account.

The name is kept in the settings and given to ``db.name_the_user`` when the window starts,
so every connection the process opens (the window's, the worker's, a restored backup's)
writes it; the catalogues already open are given it at once (the worker's on the worker).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from db import Catalog, name_the_user
from desktop.ui.context import WindowContext
from desktop.ui.ops import QueryOp
from desktop.ui.shell.actions import Act


class IdentityFeature(QObject):
    """Who the history says made this window's changes."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.YOUR_NAME, self.ask_name)
        if ctx.settings.user_name:  # before the worker opens its catalogue: it reads it
            ctx.catalog.user = name_the_user(ctx.settings.user_name)

    def ask_name(self) -> None:
        """Ask for the name (the current one suggested) and use it from now on."""
        name = self.ctx.prompter.text(
            QCoreApplication.translate("Identity", "Your name in the history"),
            QCoreApplication.translate(
                "Identity", "The history of every record you change will name you so:"
            ),
            self.ctx.settings.user_name or self.ctx.catalog.user,
        )
        if name is not None:
            self.ctx.settings.user_name = name
            self.use(name)

    def use(self, name: str) -> None:
        """Write ``name`` in the history from now on, in every catalogue of this process."""
        named = name_the_user(name)

        def give(catalog: Catalog, _progress: object) -> None:
            catalog.user = named

        give(self.ctx.catalog, None)
        QueryOp(self.ctx.ops, give).run()  # the worker's own connection
