"""Old path of ``desktop.ui.ops.runner``, kept only for importers outside ``desktop/ui``
and ``tests/ui`` (tests/safety, tests/benchmarks, packaging); remove once they import the
new path."""

from desktop.ui.ops.runner import Runner, SyncRunner, TaskProgress, ThreadRunner

__all__ = ["Runner", "SyncRunner", "TaskProgress", "ThreadRunner"]
