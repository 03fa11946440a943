"""File › New from Article…: the article dialog reads on the worker, and the drafts it
accepts (one ``CatalogOp``) become one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from db import Catalog
from desktop.ingest import Accepted
from desktop.ui.article.article_dialog import ArticleDialog
from desktop.ui.context import WindowContext
from desktop.ui.records.batch_undo import AcceptArticleCommand
from desktop.ui.shell.actions import Act


class ArticleFeature(QObject):
    """New records from a news article."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        ctx.actions.on(Act.NEW_FROM_ARTICLE, self.new_from_article)

    @property
    def catalog(self) -> Catalog:
        return self.ctx.catalog

    def records_accepted(self, accepted: Accepted) -> None:
        count = len(accepted.added) + len(accepted.updated)
        text = QCoreApplication.translate("Features", "Add %n record(s) from an article", "", count)
        self.ctx.undo_stack.push(AcceptArticleCommand(text, self.ctx.ops, accepted, lambda: None))
        for first in (*accepted.added, *accepted.updated)[:1]:
            if first.id is not None:
                self.ctx.selection.select(first.id)

    def new_from_article(self) -> ArticleDialog:
        dialog = ArticleDialog(self.catalog, self.ctx.window, self.ctx.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title, kinds = (
            QCoreApplication.translate("Features", "Open article"),
            QCoreApplication.translate("Features", "Articles (*.txt *.html *.htm)"),
        )
        dialog.choose_file = lambda: str(self.ctx.prompter.open_path(title, "", kinds) or "")
        dialog.read = self.ctx.ops.reader()
        dialog.write = self.ctx.ops.writer()
        dialog.records_accepted.connect(self.records_accepted)
        dialog.open()
        return dialog
