"""alla-filer.zip: the data and documents in one file, for people who want everything at once.

Made with the other files, and again once the PDFs exist, so that it holds every download as
published except the catalogues (which describe the zip itself, its size included). Reproducible:
names in download order and one timestamp (the build date), so an unchanged agenda gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile

from .base import ZIP, ExportContext, Exporter


class AllFiles(Exporter):
    filename = "alla-filer.zip"
    title = "Alla filer i ett paket"
    description = "Agendan som JSON, CSV och PDF, med scheman och datapaket, i en zip-fil."
    format = ZIP
    remade_after_site = True

    def render(self, context: ExportContext) -> bytes:
        stamp = context.site.build_date.timetuple()[:6]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for exporter in context.exporters:
                content = context.files.get(exporter.filename)
                if content is None or exporter is self or exporter.remade_after_site:
                    continue
                entry = zipfile.ZipInfo(exporter.filename, date_time=stamp)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16  # rw-r--r--, as the files are on the site
                archive.writestr(entry, content)
        return buffer.getvalue()
