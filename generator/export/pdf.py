"""agenda.pdf: the built "Hela agendan" page printed by headless Chromium, with its print stylesheet.

Chromium makes a tagged PDF with bookmarks from the headings and takes its language
from `<html lang="sv">`; pypdf then sets the document title to the agenda's own title
(Chromium would use the browser tab's) and makes viewers show it instead of the file name.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from typing import ClassVar

from .. import urls
from ..errors import AgendaError, Problem, display_path, user_error
from ..model import STATUS_LABELS, Agenda
from .base import LANGUAGE, PDF, ExportContext, Exporter

CHROMIUM = Path(os.environ.get("AGENDA_CHROMIUM", "/usr/bin/chromium"))
# A quiet, sandbox-free browser that talks to no one: the page is read from disk.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
FOOTER = ('<div style="width:100%;font-size:8px;text-align:center;color:#555">'
          '<span class="pageNumber"></span> (<span class="totalPages"></span>)</div>')


def pdf_unavailable() -> str | None:
    """Why this machine cannot print the PDF, or None when it can."""
    if not (CHROMIUM.is_file() or shutil.which(str(CHROMIUM))):
        return f"no Chromium at {CHROMIUM} (install Debian's chromium, or set AGENDA_CHROMIUM)"
    try:
        import playwright.sync_api  # noqa: F401
        import pypdf  # noqa: F401
    except ImportError:
        return "playwright and pypdf are not installed (pip install -e '.[pdf]')"
    return None


class PagePdf(Exporter):
    """A built page printed as a document: a subclass names the page and the document's title."""

    format = PDF
    after_site = True
    page: ClassVar[str]

    def document_title(self, context: ExportContext) -> str:
        return context.agenda.meta.title

    def render(self, context: ExportContext) -> bytes:
        assert context.built_site is not None, "the PDF is printed from the built site"
        page = context.built_site / urls.page_url(self.page) / "index.html"
        if not page.is_file():
            raise AgendaError([Problem(display_path(page), None, f"PDF: the page {self.page} was not built")])
        return _with_metadata(_print(page), context, self.document_title(context))


class AgendaPdf(PagePdf):
    filename = "agenda.pdf"
    title = "Hela agendan som PDF"
    description = "Hela agendan som ett dokument att läsa, skriva ut eller skicka vidare, med försättsblad."
    page = urls.WHOLE


class CompilationPdf(PagePdf):
    filename = "remissammanstallning.pdf"
    title = "Remissammanställningen som PDF"
    description = "Alla remissvar, per del av agendan och per organisation, och hur de har bedömts: för beslutsunderlag."
    page = urls.COMPILATION

    @classmethod
    def applies(cls, agenda: Agenda) -> bool:
        return agenda.consultation is not None or bool(agenda.responses)

    def document_title(self, context: ExportContext) -> str:
        return f"Remissammanställning: {context.agenda.meta.title}"


def _print(page: Path) -> bytes:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                tab = browser.new_page()
                tab.goto(page.as_uri(), wait_until="load")
                return tab.pdf(format="A4", print_background=True, tagged=True, outline=True,
                               display_header_footer=True, header_template="<span></span>", footer_template=FOOTER,
                               margin={"top": "18mm", "bottom": "20mm", "left": "18mm", "right": "18mm"})
            finally:
                browser.close()
    except PlaywrightError as error:
        raise user_error(f"PDF: Chromium could not print {display_path(page)}: {error.message}") from None


def _with_metadata(pdf: bytes, context: ExportContext, title: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject

    meta = context.agenda.meta
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": title, "/Author": meta.owner,
                         "/Subject": meta.subtitle or meta.title, "/Keywords": f"{STATUS_LABELS[meta.status]}, {meta.version}"})
    root = writer.root_object
    root[NameObject("/Lang")] = TextStringObject(LANGUAGE)
    preferences = root.get("/ViewerPreferences")
    preferences = preferences.get_object() if preferences is not None else DictionaryObject()
    preferences[NameObject("/DisplayDocTitle")] = BooleanObject(True)
    root[NameObject("/ViewerPreferences")] = preferences
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
