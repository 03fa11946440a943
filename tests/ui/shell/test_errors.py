"""The store's errors in the window's language: one table, every entry translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from db import (
    CatalogBusyError,
    DiskFullError,
    FieldProblem,
    StaleRecordError,
    ValidationError,
    WrongPassphraseError,
)
from desktop.ui.errors import _KNOWN, BY_CLASS, CONTEXT, REASONS, error_text, problem_text
from desktop.ui.shell.i18n import Translators


@pytest.fixture
def ukrainian(qapp) -> Iterator[None]:
    translators = Translators()
    translators.install("uk")
    yield
    translators.install("en")


def test_in_english_the_store_s_own_words_are_shown(qapp) -> None:
    for error in (
        StaleRecordError("u-1", 2, 3),
        WrongPassphraseError("/x/a.pactum"),
        ValidationError([FieldProblem("title", "the title is empty")]),
        RuntimeError("something else"),
    ):
        assert error_text(error) == str(error)


@pytest.mark.parametrize("source", [text for text, _facts in BY_CLASS.values()])
def test_every_error_text_has_a_ukrainian_translation(ukrainian, source: str) -> None:
    assert QCoreApplication.translate(CONTEXT, source) != source


@pytest.mark.parametrize("source", [*REASONS.values()])
def test_every_default_reason_has_a_ukrainian_translation(ukrainian, source: str) -> None:
    assert QCoreApplication.translate(CONTEXT, source) != source


@pytest.mark.parametrize("source", [text for _pattern, text in _KNOWN])
def test_every_problem_wording_has_a_ukrainian_translation(ukrainian, source: str) -> None:
    assert QCoreApplication.translate("Problems", source) != source


def test_errors_are_said_in_ukrainian_with_their_facts(ukrainian) -> None:
    assert error_text(StaleRecordError("u-1", 2, 3)) == (
        "угоду u-1 змінено деінде (ви читали версію 2, у каталозі версія 3); "
        "перезавантажте її або явно залиште свою"
    )
    assert error_text(WrongPassphraseError("/x/a.pactum")) == (
        "не вдається відкрити /x/a.pactum: неправильний пароль "
        "(або файл не є зашифрованим каталогом)"
    )
    assert "/x/a.pactum" in error_text(DiskFullError("/x/a.pactum"))
    assert error_text(CatalogBusyError()).startswith("каталог зайнятий")


def test_validation_problems_are_said_field_by_field(ukrainian) -> None:
    problem = FieldProblem("title", "the title is empty")
    assert problem_text(problem) == QCoreApplication.translate("Problems", "the title is empty")
    text = error_text(ValidationError([problem]))
    assert text.endswith(problem_text(problem)) and "the title" not in text


def test_a_refused_output_path_is_said_in_ukrainian(ukrainian, tmp_path) -> None:
    from db import OutputPathError, check_output_path

    catalogue = tmp_path / "c.pactum"
    catalogue.write_bytes(b"")
    with pytest.raises(OutputPathError) as refused:
        check_output_path(catalogue, catalogue, (".pactum",))
    assert error_text(refused.value) == f"{catalogue} — це сам каталог: виберіть іншу назву файлу"
