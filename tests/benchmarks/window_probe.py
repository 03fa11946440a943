"""Run by the window benchmark in a fresh process: open the window offscreen, time it.

Prints ``key=value`` lines: the wall-clock moment the first rows were painted (to compare
with the parent's clock before it started this process), the time to apply a partner facet
(the table repainted with the filtered rows) and to get its facet counts back, the time to
scroll to the middle of the table, and peak memory. ``--bare`` shows an empty QMainWindow
instead: the baseline cost of Python and Qt themselves.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Calls ``then()`` once, after the watched widget has painted (with rows, if a model)."""

    def __init__(self, widget, ready, then) -> None:
        super().__init__()
        self._ready, self._then, self._done = ready, then, False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._ready():
            self._done = True
            QTimer.singleShot(0, self._then)  # after this paint has finished
        return False


def paint_now(widget) -> float:
    """Seconds ``widget`` takes to paint itself at once (what the user then sees)."""
    start = time.perf_counter()
    widget.repaint()
    return time.perf_counter() - start


def peak_mb() -> float:
    """This process's peak resident memory in MB.

    Linux carries ``ru_maxrss`` across ``exec``, so a child of a big parent (pytest after
    building the catalogue) would report the parent's peak; ``VmHWM`` belongs to this
    program alone. ``ru_maxrss`` is the fallback where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scroll_to_end(app, window) -> tuple[float, float]:
    """Drag the scroll bar from the top to the bottom of a freshly loaded table in 20
    steps, repainting after each, until the last row shows its record; the longest time the
    GUI thread went without returning to its event loop (a stall the user would feel), and
    the seconds it all took."""
    window.apply_filters(type(window.model.filters)())  # reloaded: ids read afresh
    bar = window.table.verticalScrollBar()
    last = window.model.rowCount() - 1
    steps: list[float] = []
    beat = time.perf_counter()

    def tick() -> None:
        nonlocal beat
        now = time.perf_counter()
        steps.append(now - beat)
        beat = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(0)
    started = time.perf_counter()
    for n in range(1, 21):
        bar.setValue(bar.maximum() * n // 20)
        window.table.viewport().repaint()
        app.processEvents()
    while window.model.row_at(last) is None:
        app.processEvents()
    window.table.viewport().repaint()
    app.processEvents()
    whole = time.perf_counter() - started
    timer.stop()
    return max(steps, default=0.0), whole


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    probe = FirstPaint(
        window, lambda: True, lambda: (print(f"painted_at={time.time():.4f}"), app.quit())
    )
    window.show()
    code = app.exec()
    del probe  # kept alive until here: a collected filter stops filtering
    return code


def full(path: Path) -> int:
    from db import Filters, open_catalog
    from desktop.ui.ops.runner import ThreadRunner
    from desktop.ui.shell import mainwindow
    from desktop.ui.shell.app import make_application
    from desktop.ui.shell.mainwindow import MainWindow
    from desktop.ui.shell.settings import Settings

    # The whole-file check runs at most once a day, in the background (issue 14): a probe
    # started several times in a row must not queue its facet counts behind it each time.
    mainwindow._verify_and_back_up = lambda _catalog, _progress: None
    app = make_application(sys.argv[:1])
    catalog = open_catalog(path, verify=False)
    runner = ThreadRunner(path)
    window = MainWindow(catalog, Settings({}), runner, lang="en")

    def measure() -> None:
        print(f"painted_at={time.time():.4f}", flush=True)
        print(f"rows={window.model.rowCount()}")
        while runner.busy:  # the first facet counts and the file check, on the worker
            app.processEvents()
        partner = "LT"
        started = time.perf_counter()
        window.apply_filters(Filters(partners=(partner,)))
        table_s = time.perf_counter() - started
        paint_s = paint_now(window.table.viewport())
        counted = window.facets.find_item("partner", partner)
        while counted is None or window.facets.filters.partners != (partner,):
            app.processEvents()
            counted = window.facets.find_item("partner", partner)
        counts_s = time.perf_counter() - started
        print(f"facet_rows={window.model.rowCount()}")
        print(f"facet_table_ms={table_s * 1000:.1f}")
        print(f"facet_painted_ms={(table_s + paint_s) * 1000:.1f}")
        print(f"facet_counts_ms={counts_s * 1000:.1f}")
        window.apply_filters(Filters())
        started = time.perf_counter()
        window.table.scrollTo(window.model.index(window.model.rowCount() // 2, 0))
        scroll_s = paint_now(window.table.viewport()) + time.perf_counter() - started
        print(f"scroll_middle_ms={scroll_s * 1000:.1f}")
        longest, whole = scroll_to_end(app, window)
        print(f"scroll_end_longest_ms={longest * 1000:.1f}")
        print(f"scroll_end_s={whole:.2f}")
        print(f"maxrss_mb={peak_mb():.0f}")
        app.quit()

    probe = FirstPaint(window.table.viewport(), lambda: window.model.rowCount() > 0, measure)
    window.show()
    code = app.exec()
    del probe
    runner.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "--bare" else full(Path(sys.argv[1])))
