"""The feature folders, assembled for one window: each feature gets the window's
``WindowContext`` and installs its own actions (article, briefing, compare and duplicates,
matrix, history, about, and the safety tools).

``Features`` only keeps them together and forwards the few entry points the window's
tests and probes call (``window.features.compare_selected()`` and the like).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.ui.about.feature import AboutFeature
from desktop.ui.analysis.feature import MatrixFeature
from desktop.ui.article.feature import ArticleFeature
from desktop.ui.briefing.feature import BriefingFeature
from desktop.ui.compare.feature import CompareFeature
from desktop.ui.context import WindowContext
from desktop.ui.deadlines.feature import DeadlinesFeature
from desktop.ui.exchange.feature import ExchangeFeature
from desktop.ui.records.attachments_feature import AttachmentsFeature
from desktop.ui.records.history import HistoryFeature
from desktop.ui.safety.tools import SafetyTools
from desktop.ui.shell.identity import IdentityFeature


class Features(QObject):
    """The features of one window beyond browsing, searching, records and files."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.article = ArticleFeature(ctx)
        self.briefing = BriefingFeature(ctx)
        self.compare = CompareFeature(ctx)
        self.analysis = MatrixFeature(ctx)
        self.history = HistoryFeature(ctx)
        self.deadlines = DeadlinesFeature(ctx)
        self.about = AboutFeature(ctx)
        self.safety = SafetyTools(ctx)  # Tools › Check Catalogue, Backups…
        self.attachments = AttachmentsFeature(ctx)  # Edit › Attachments…, drops on rows
        self.identity = IdentityFeature(ctx)  # Edit › Your Name in the History…
        self.exchange = ExchangeFeature(ctx)  # Tools › Exchange…
        self.new_from_article = self.article.new_from_article
        self.export_briefing = self.briefing.export_briefing
        self.compare_selected = self.compare.compare_selected
        self.find_duplicates = self.compare.find_duplicates
        self.show_matrix = self.analysis.show_matrix
        self.show_deadlines = self.deadlines.show_deadlines
        self.show_history = self.history.show_history
        self.show_about = self.about.show_about
