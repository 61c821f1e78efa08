"""The promotion's refusals are catalogue codes: the exact Spanish text of the issue, and English in the
English UI (they were Spanish literals before)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.services.promotion import PromotionRefused
from desktop_app.ui.errors import error_text
from desktop_app.ui.i18n import install_translators, remove_translators


def test_a_missing_year_reads_as_the_issue_says_and_follows_the_language(qapp: QApplication) -> None:
    refused = PromotionRefused("promotion_year_missing", year="2027")
    assert str(refused) == error_text(refused) == "No existe el año 2027. Créelo en Archivo → Nuevo año lectivo."
    translators = install_translators(qapp, "en")
    try:
        assert error_text(refused) == "The year 2027 does not exist. Create it in File → New school year."
        assert error_text(PromotionRefused("promotion_undo_changed", names="Ana (TI 1)")) == (
            "It cannot be undone: these enrollments changed after the promotion: Ana (TI 1).")
    finally:
        remove_translators(qapp, translators)
