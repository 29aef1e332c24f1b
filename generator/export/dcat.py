"""dcat.jsonld: DCAT-AP-SE metadata so that dataportal.se (and any DCAT harvester) can list the downloads.

One dcat:Catalog holding one dcat:Dataset (the agenda) with a dcat:Distribution per
download. The context is inline, so reading the file never fetches anything. Without a
configured site address the IRIs are relative and resolve against the file's own
address; with one, `@base` makes them absolute.
"""

from __future__ import annotations

from typing import Any

from ..model.licences import find_licence
from .base import JSON_LD, LANGUAGE, ExportContext, Exporter, json_bytes

EU = "http://publications.europa.eu/resource/authority"
LANGUAGE_URI = f"{EU}/language/SWE"
THEME_URI = f"{EU}/data-theme/GOVE"  # Regering och offentlig sektor

CONTEXT: dict[str, Any] = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "@language": LANGUAGE,  # every plain text below is Swedish
    **{term: {"@id": iri, "@type": "@id"} for term, iri in {
        "dataset": "dcat:dataset", "distribution": "dcat:distribution", "accessURL": "dcat:accessURL",
        "downloadURL": "dcat:downloadURL", "mediaType": "dcat:mediaType", "format": "dct:format",
        "license": "dct:license", "language": "dct:language", "theme": "dcat:theme", "landingPage": "dcat:landingPage",
        "homepage": "foaf:homepage", "conformsTo": "dct:conformsTo", "hasEmail": "vcard:hasEmail",
    }.items()},
    **{term: {"@id": iri, "@type": "xsd:date"} for term, iri in {
        "issued": "dct:issued", "startDate": "dcat:startDate", "endDate": "dcat:endDate"}.items()},
    "byteSize": {"@id": "dcat:byteSize", "@type": "xsd:decimal"},  # DCAT-AP 2 (which -SE 2 follows) types it so
    "title": "dct:title",
    "description": "dct:description",
    "keyword": "dcat:keyword",
    "publisher": "dct:publisher",
    "contactPoint": "dcat:contactPoint",
    "temporal": "dct:temporal",
    "name": "foaf:name",
    "fn": "vcard:fn",
}


class Dcat(Exporter):
    filename = "dcat.jsonld"
    title = "Metadata för dataportaler (DCAT-AP-SE)"
    description = "Beskriver filerna ovan enligt DCAT-AP-SE, i JSON-LD, så att dataportal.se kan skörda dem."
    format = JSON_LD
    in_catalog = False

    def render(self, context: ExportContext) -> bytes:
        meta = context.agenda.meta
        licence = find_licence(meta.licence).uri
        publisher = {"@type": "foaf:Agent", "name": meta.owner}
        jsonld_context = dict(CONTEXT)
        if context.site.site_url:
            jsonld_context["@base"] = context.download_url(self)
        dataset: dict[str, Any] = {
            "@id": f"{self.filename}#dataset",
            "@type": "dcat:Dataset",
            "title": meta.title,
            "description": meta.subtitle or meta.title,
            "publisher": publisher,
            "contactPoint": _contact(context),
            "keyword": ["digital agenda", "digitalisering", "handlingsprogram", "regional utveckling"],
            "theme": THEME_URI,
            "language": LANGUAGE_URI,
            "landingPage": "../",
            "distribution": [_distribution(exporter, context, licence)
                             for exporter in context.exporters if exporter.in_catalog],
        }
        if meta.date:
            dataset["issued"] = meta.date.isoformat()
        if meta.period:
            dataset["temporal"] = {"@type": "dct:PeriodOfTime", "startDate": f"{meta.period.start}-01-01",
                                   "endDate": f"{meta.period.end}-12-31"}
        catalog = {
            "@context": jsonld_context,
            "@id": f"{self.filename}#catalog",
            "@type": "dcat:Catalog",
            "title": f"Öppna data: {meta.title}",
            "description": f"Öppna data från {meta.title}, utgiven av {meta.owner}.",
            "publisher": publisher,
            "language": LANGUAGE_URI,
            "license": licence,
            "homepage": "../",
            "dataset": [dataset],
        }
        return json_bytes(catalog)


def _distribution(exporter: Exporter, context: ExportContext, licence: str) -> dict[str, Any]:
    url = context.download_url(exporter)
    distribution: dict[str, Any] = {
        "@id": f"{url}#distribution",
        "@type": "dcat:Distribution",
        "title": exporter.title,
        "description": exporter.description,
        "accessURL": url,
        "downloadURL": url,
        "format": exporter.format.file_type_uri,
        "mediaType": exporter.format.media_type_uri,
        "license": licence,
    }
    if exporter.filename in context.files:  # the PDF is printed after this file is written; its size is not known
        distribution["byteSize"] = len(context.files[exporter.filename])
    if exporter.conforms_to:
        distribution["conformsTo"] = context.download_url(exporter.conforms_to())
    return distribution


def _contact(context: ExportContext) -> dict[str, Any]:
    """DCAT-AP-SE requires a contact point: the agenda's contact, else the consultation's, else the owner."""
    meta, consultation = context.agenda.meta, context.agenda.consultation
    contact = meta.contact or (consultation.contact if consultation else None)
    point: dict[str, Any] = {"@type": "vcard:Organization", "fn": (contact and contact.name) or meta.owner}
    if contact and contact.email:
        point["hasEmail"] = f"mailto:{contact.email}"
    return point
