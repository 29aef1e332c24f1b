"""dcat.rdf and dcat.jsonld: DCAT-AP-SE metadata so that dataportal.se (and any DCAT harvester) can list the downloads.

Both files are one RDF graph (dcat_graph.py) written twice, so they never disagree:
RDF/XML, which dataportal.se harvests, and JSON-LD with an inline context, which reads
as plain JSON and fetches nothing. Without a configured site address the IRIs are
relative to /data/ (the harvester needs the address; `agenda build` says so).

The catalogue gives every download's size, and the PDFs are printed after the site is
built: `export_after_build` makes both files again then, so the published catalogue has
every size; the docs folder's copy (and `agenda serve`'s) lacks the PDFs'.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from abc import abstractmethod
from typing import Any, ClassVar

from rdflib import Graph
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF
from rdflib.plugins.shared.jsonld.context import Context

from ..downloads import Download
from .base import JSON_LD, ExportContext, Exporter, FileFormat, json_bytes
from .dcat_graph import NAMESPACES, RDF_FILE, VCARD, catalogue_graph

RDF_XML = FileFormat("RDF/XML", "application/rdf+xml", "RDF_XML")
# The catalogue's own kinds of node, in the order the JSON-LD lists them.
OWN_KINDS = (DCAT.Catalog, DCAT.Dataset, DCAT.Distribution, FOAF.Agent, VCARD.Organization, DCTERMS.PeriodOfTime)

# JSON-LD's names for the properties and their values' kinds: a reader sees "license", not a full IRI.
CONTEXT: dict[str, Any] = {
    **{prefix: str(namespace) for prefix, namespace in NAMESPACES.items()},
    "@language": "sv",  # every text below is Swedish
    **{term: {"@id": iri, "@type": "@id"} for term, iri in {
        "dataset": "dcat:dataset", "distribution": "dcat:distribution", "accessURL": "dcat:accessURL",
        "downloadURL": "dcat:downloadURL", "mediaType": "dcat:mediaType", "format": "dct:format",
        "license": "dct:license", "language": "dct:language", "theme": "dcat:theme",
        "themeTaxonomy": "dcat:themeTaxonomy", "landingPage": "dcat:landingPage", "homepage": "foaf:homepage",
        "conformsTo": "dct:conformsTo", "publisher": "dct:publisher", "contactPoint": "dcat:contactPoint",
        "hasEmail": "vcard:hasEmail", "spatial": "dct:spatial", "temporal": "dct:temporal",
        "accessRights": "dct:accessRights", "availability": "dcatap:availability", "inScheme": "skos:inScheme",
    }.items()},
    **{term: {"@id": iri, "@type": "xsd:date"} for term, iri in {
        "issued": "dct:issued", "modified": "dct:modified", "startDate": "dcat:startDate",
        "endDate": "dcat:endDate"}.items()},
    "byteSize": {"@id": "dcat:byteSize", "@type": "xsd:nonNegativeInteger"},
    "identifier": {"@id": "dct:identifier", "@language": None},  # an organisationsnummer is no Swedish text
    "title": "dct:title",
    "description": "dct:description",
    "keyword": "dcat:keyword",
    "name": "foaf:name",
    "fn": "vcard:fn",
    "prefLabel": "skos:prefLabel",
}


class Catalogue(Exporter):
    """The catalogue in one serialisation: made with the other files, and again by `export_after_build`
    once the PDFs exist."""

    in_catalog = False  # the catalogue does not list itself
    remade_after_site = True
    rdf_format: ClassVar[str]  # rdflib's name of the serialisation

    def render(self, context: ExportContext) -> bytes:
        return self.serialise(catalogue_graph(context))

    def listing(self, content: bytes | None) -> Download:
        """As the Öppna data page lists it: while a PDF's size is still to come, without a size of its own,
        since the build makes the file again (larger) once the PDFs are printed."""
        listed = super().listing(content)
        if content is not None and _sizes_pending(content, self.rdf_format):
            return dataclasses.replace(listed, size=None)
        return listed

    @abstractmethod
    def serialise(self, graph: Graph) -> bytes:
        """The graph in this file's format, the same bytes for the same graph."""


class Dcat(Catalogue):
    filename = "dcat.jsonld"
    title = "Metadata för dataportaler (DCAT-AP-SE, JSON-LD)"
    description = "Samma beskrivning av filerna som dcat.rdf, i JSON-LD, för den som hellre läser JSON."
    format = JSON_LD
    rdf_format = "json-ld"

    def serialise(self, graph: Graph) -> bytes:
        document = json.loads(graph.serialize(format="json-ld", context=CONTEXT))
        return json_bytes({"@context": CONTEXT, "@graph": _in_order(document["@graph"], graph)})


class DcatRdf(Catalogue):
    filename = RDF_FILE
    title = "Metadata för dataportaler (DCAT-AP-SE)"
    description = ("Beskriver filerna ovan enligt DCAT-AP-SE, i RDF/XML, så att Sveriges dataportal "
                   "(dataportal.se) kan skörda dem.")
    format = RDF_XML
    rdf_format = "xml"

    def serialise(self, graph: Graph) -> bytes:
        text = graph.serialize(format="pretty-xml", max_depth=4)
        return _sorted_namespaces(text).encode("utf-8")


def _in_order(nodes: list[dict[str, Any]], graph: Graph) -> list[dict[str, Any]]:
    """The JSON-LD nodes in a stable order (rdflib's follows a set): the catalogue's own nodes first, by kind
    (OWN_KINDS), then the vocabularies' nodes, each in the order the graph added them."""
    context = Context(CONTEXT)
    rank = {kind: number for number, kind in enumerate(OWN_KINDS)}
    order: dict[str, tuple[int, int]] = {}
    for index, subject in enumerate(dict.fromkeys(graph.subjects())):
        kinds = [rank[kind] for kind in graph.objects(subject, RDF.type) if kind in rank]
        order[context.shrink_iri(str(subject))] = (min(kinds, default=len(rank)), index)
    return sorted(nodes, key=lambda node: order[node["@id"]])


@functools.lru_cache(maxsize=8)  # the page is made from the very content just rendered; `agenda serve` repeats it
def _sizes_pending(content: bytes, rdf_format: str) -> bool:
    """Whether a distribution in the catalogue lacks its size (a PDF not printed yet)."""
    graph = Graph().parse(data=content, format=rdf_format, publicID=f"http://localhost/{RDF_FILE}")
    return any(graph.value(node, DCAT.byteSize) is None for node in graph.subjects(RDF.type, DCAT.Distribution))


def _sorted_namespaces(text: str) -> str:
    """RDF/XML with its namespace declarations in name order (rdflib writes them in a set's order)."""
    head, separator, body = text.partition("\n>\n")
    lines = head.split("\n")
    declarations = [line for line in lines if line.lstrip().startswith("xmlns:")]
    others = [line for line in lines if not line.lstrip().startswith("xmlns:")]
    return "\n".join(others + sorted(declarations)) + separator + body
