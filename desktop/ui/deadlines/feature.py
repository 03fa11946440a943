"""Deadlines in the window: View › Deadlines, a quiet notice when a catalogue opens with
commitments falling due within the user's horizon, and the calendar file on request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from db import ANY_NAME, Catalog, Deadline, check_output_path, write_output
from desktop.deadlines.ics import calendar_bytes
from desktop.ui.compare.feature import as_window
from desktop.ui.context import WindowContext
from desktop.ui.deadlines.deadlines_view import DeadlinesView
from desktop.ui.ops import QueryOp
from desktop.ui.shell.actions import Act


class DeadlinesFeature(QObject):
    """The deadlines of one window's catalogue (one view at a time)."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.view: DeadlinesView | None = None
        ctx.actions.on(Act.DEADLINES, self.show_deadlines)
        ctx.bus.changed.connect(self._reload)
        ctx.catalogue_opened.connect(lambda _catalog: self.notice())
        self.notice()

    def notice(self) -> None:
        """Say in the status bar, quietly, how many commitments fall due within the horizon."""
        horizon = self.ctx.settings.deadline_horizon

        def say(found: list[Deadline]) -> None:
            if found and not self.ctx.retired:
                text = QCoreApplication.translate(
                    "Deadlines",
                    "Commitments falling due within %1 days: %n (View › Deadlines)",
                    None,
                    len(found),
                )
                self.ctx.status(text.replace("%1", str(horizon)))

        query = QueryOp(self.ctx.ops, lambda catalog, _p: catalog.deadlines(within=horizon))
        query.success(say).run()

    def show_deadlines(self) -> DeadlinesView:
        if self.view is not None:
            self.view.raise_()
            self.view.activateWindow()
            return self.view
        view = DeadlinesView(self.ctx.settings.deadline_horizon, self.ctx.lang, self.ctx.window)
        as_window(view)
        view.resize(980, 520)
        view.record_requested.connect(self._open_record)
        view.horizon_changed.connect(self._horizon_changed)
        view.calendar_requested.connect(self.save_calendar)
        view.destroyed.connect(lambda _obj=None: setattr(self, "view", None))
        self.view = view
        view.show()
        self._reload()
        return view

    def _horizon_changed(self, days: int) -> None:
        self.ctx.settings.deadline_horizon = days
        self._reload()

    def _reload(self, _changes: object = None) -> None:
        view = self.view
        if view is None:
            return
        horizon = view.horizon.value()

        def show(found: list[Deadline]) -> None:
            if self.view is view and view.horizon.value() == horizon:
                view.show_deadlines(found)

        work = lambda catalog, _p: catalog.deadlines(within=horizon, overdue=True)  # noqa: E731
        QueryOp(self.ctx.ops, work).success(show).run()

    def _open_record(self, uuid: str) -> None:
        self.ctx.selection.select_uuid(uuid)
        self.ctx.raise_window()

    def save_calendar(self) -> None:
        """Write the listed deadlines as an iCalendar file (on the worker)."""
        view = self.view
        if view is None:
            return
        name = f"deadlines-{dt.date.today().isoformat()}.ics"
        path = self.ctx.prompter.save_path(
            QCoreApplication.translate("Deadlines", "Save deadlines as a calendar"),
            name,
            QCoreApplication.translate("Deadlines", "iCalendar (*.ics)"),
        )
        if path is None:
            return
        deadlines, lang = list(view.deadlines), self.ctx.lang
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)

        def write(catalog: Catalog, _progress: object) -> Path:
            target = check_output_path(path, catalog.path, ANY_NAME)
            write_output(target, calendar_bytes(deadlines, now, lang))
            return target

        def written(target: Path) -> None:
            self.ctx.status(
                QCoreApplication.translate("Deadlines", "Deadlines saved to %1").replace(
                    "%1", str(target)
                )
            )

        QueryOp(self.ctx.ops, write).titled(
            QCoreApplication.translate("Deadlines", "Save deadlines")
        ).success(written).run()
