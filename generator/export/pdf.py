"""agenda.pdf: the built "Hela agendan" page printed by headless Chromium, with its print stylesheet.

Chromium makes a tagged PDF with bookmarks from the headings and takes its language from
`<html lang="sv">`. Before printing, every link is pointed where it can lead from paper or a
PDF reader: to its place in the document, to the public address, or nowhere (never to the
folder the site was built in). pikepdf then sets the title (Chromium would use the tab's),
mends bookmarks whose words a wrapped heading ran together, and writes the XMP metadata.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from .. import urls
from ..errors import AgendaError, Problem, display_path, user_error
from ..model import STATUS_LABELS, Agenda
from .base import LANGUAGE, PDF, ExportContext, Exporter

if TYPE_CHECKING:
    import pikepdf

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
        import pikepdf  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright and pikepdf are not installed (pip install -e '.[pdf]')"
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
        printed = _print(page, context.built_site, _link_targets(context))
        return _with_metadata(printed, context, self.document_title(context))


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


@dataclass(frozen=True)
class LinkTargets:
    """Where the printed page's links may lead: the anchor in the document of each page shown in it (an item or
    a section on the whole-agenda page), and the public address for the rest (None: they lead nowhere)."""

    anchors: dict[str, str]   # site-relative page address ("insatser/1.1.1/") -> its anchor in the document
    site_url: str | None


def _link_targets(context: ExportContext) -> LinkTargets:
    agenda = context.agenda
    anchors = {urls.page_url(urls.item_path(item)): urls.item_anchor(item) for item in agenda.items()}
    anchors |= {urls.page_url(urls.section_path(section)): section.id for section in agenda.meta.texts}
    site_url = context.site.site_url
    return LinkTargets(anchors, site_url.rstrip("/") + "/" if site_url else None)


# Runs in the page before printing. A link into the built site becomes an in-document link when the page
# it names is shown in the document (and its anchor is there), else the public address, else no link.
RETARGET_JS = """([root, anchors, siteUrl]) => {
  for (const link of document.querySelectorAll('a[href]')) {
    const target = new URL(link.getAttribute('href'), document.baseURI);
    if (target.protocol !== 'file:') continue;
    const path = target.pathname.startsWith(root) ? target.pathname.slice(root.length) : null;
    const page = path === null ? null : path.replace(/index\\.html$/, '');
    const anchor = target.hash ? target.hash.slice(1) : (page !== null ? anchors[page] : undefined);
    if (anchor && document.getElementById(decodeURIComponent(anchor))) {
      link.setAttribute('href', '#' + anchor);
    } else if (siteUrl && page !== null) {
      link.setAttribute('href', siteUrl + page + target.hash);
    } else {
      link.removeAttribute('href');
    }
  }
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => h.textContent);
}"""


# Writes each contents entry's page number (or, on the first pass, a placeholder as wide) after its link.
CONTENTS_JS = """(pages) => {
  for (const link of document.querySelectorAll('#innehall + ul a[href^="#"]')) {
    let number = link.parentElement.querySelector(':scope > .agenda-contents-page');
    if (!number) {
      number = document.createElement('span');
      number.className = 'agenda-contents-page';
      link.after(number);
    }
    number.textContent = pages ? (pages[link.getAttribute('href').slice(1)] || '') : '000';
  }
  return document.querySelectorAll('#innehall + ul a').length;
}"""


def _print(page: Path, site: Path, targets: LinkTargets) -> Printed:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                tab = browser.new_page()
                tab.goto(page.as_uri(), wait_until="load")
                root = site.resolve().as_uri().removeprefix("file://").rstrip("/") + "/"
                headings = tab.evaluate(RETARGET_JS, [root, targets.anchors, targets.site_url])
                pdf = _pdf_with_page_numbers(tab)
                return Printed(pdf, [_heading_text(heading) for heading in headings])
            finally:
                browser.close()
    except PlaywrightError as error:
        raise user_error(f"PDF: Chromium could not print {display_path(page)}: {error.message}") from None


def _pdf_with_page_numbers(tab) -> bytes:  # type: ignore[no-untyped-def]  # playwright's Page, imported lazily
    """The page printed; if it has a table of contents, printed twice: first with placeholders as wide as the
    numbers, to learn each anchor's page from the PDF's named destinations, then with the numbers."""
    if not tab.evaluate(CONTENTS_JS, None):
        return _pdf(tab)
    first = _pdf(tab)
    tab.evaluate(CONTENTS_JS, _anchor_pages(first))
    return _pdf(tab)


def _pdf(tab) -> bytes:  # type: ignore[no-untyped-def]
    return tab.pdf(format="A4", print_background=True, tagged=True, outline=True, display_header_footer=True,
                   header_template="<span></span>", footer_template=FOOTER,
                   margin={"top": "18mm", "bottom": "20mm", "left": "18mm", "right": "18mm"})


def _anchor_pages(pdf_bytes: bytes) -> dict[str, str]:
    """Each named destination (an element id Chromium linked to) with its page number, as the footer counts."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    numbers = {page.objgen: str(n) for n, page in enumerate(pdf.pages, start=1)}
    destinations = pdf.Root.get("/Dests", pikepdf.Dictionary())
    return {str(name)[1:]: numbers[destination[0].objgen] for name, destination in destinations.items()
            if destination[0].objgen in numbers}


@dataclass(frozen=True)
class Printed:
    pdf: bytes
    headings: list[str]  # the page's headings as written, in order: what its bookmarks should say


def _heading_text(text: str) -> str:
    """A heading as a bookmark says it: without the permalink mark, spaces as written."""
    return " ".join(text.replace("¶", " ").split())


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _mend_bookmarks(pdf: pikepdf.Pdf, headings: list[str]) -> None:
    """Chromium joins the lines of a heading that wrapped without a space ("Kalmar län2019–2020"): give
    each bookmark its heading's text, found as the next heading with the same characters."""
    remaining = iter(headings)
    with pdf.open_outline() as outline:
        stack = list(outline.root)
        for item in _in_order(stack):
            squeezed = _squeezed(item.title)
            for heading in remaining:
                if _squeezed(heading) == squeezed:
                    item.title = heading
                    break


def _in_order(items: list) -> list:  # type: ignore[type-arg]  # pikepdf's OutlineItem, imported lazily
    ordered = []
    for item in items:
        ordered.append(item)
        ordered += _in_order(list(item.children))
    return ordered


PDF_UA = "http://www.aiim.org/pdfua/ns/id/"


def _with_metadata(printed: Printed, context: ExportContext, title: str) -> bytes:
    import pikepdf

    meta = context.agenda.meta
    tool = f"digital-agenda {version('digital-agenda')}"
    pdf = pikepdf.open(io.BytesIO(printed.pdf))
    _mend_bookmarks(pdf, printed.headings)
    keywords = ", ".join(dict.fromkeys([STATUS_LABELS[meta.status], meta.version]))
    producer = str(pdf.docinfo.get("/Producer", "Chromium"))
    pdf.docinfo.update({"/Title": title, "/Author": meta.owner, "/Subject": meta.subtitle or meta.title,
                        "/Keywords": keywords, "/Creator": tool, "/Producer": f"{producer}, {tool}"})
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp.load_from_docinfo(pdf.docinfo)
        xmp["dc:language"] = [LANGUAGE]
        xmp[f"{{{PDF_UA}}}part"] = "1"
    pdf.Root.Lang = pikepdf.String(LANGUAGE)
    pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
