"""The DCAT-AP-SE catalogue of an agenda's downloads as one RDF graph; dcat.py writes it as JSON-LD and RDF/XML.

One dcat:Catalog holding one dcat:Dataset (the agenda) with a dcat:Distribution per download.
What dataportal.se needs to harvest it (DIGG's harvesting notes for DCAT-AP-SE 3.0.1):
IRIs, not blank nodes, for the catalogue, dataset, distributions, publisher and contact point;
the publisher described once, with its type; a contact point with an e-mail address. The
nodes the properties point at (licence, media types, documents, places, concepts) are typed
here too, as the DCAT-AP 3.0.1 range shapes ask, so a validator needs no vocabularies.

With the site's address every IRI is absolute (what a harvester requires); without it they
are relative to /data/, where the catalogue files live, and resolve against the file read.
Triples are added in a fixed order, so both serialisations come out the same every time.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from .. import urls
from ..model import Agenda
from ..model.agenda import PUBLISHER_TYPE_URI, contact_with_email
from ..model.licences import find_licence
from .base import LANGUAGE, ExportContext, Exporter

DCATAP = Namespace("http://data.europa.eu/r5r/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
NAMESPACES = {"dcat": DCAT, "dct": DCTERMS, "dcatap": DCATAP, "foaf": FOAF, "skos": SKOS, "vcard": VCARD, "xsd": XSD}

EU = "http://publications.europa.eu/resource/authority"
SWEDISH = URIRef(f"{EU}/language/SWE")
THEMES = URIRef(f"{EU}/data-theme")
THEME = URIRef(f"{EU}/data-theme/GOVE")  # government and public sector
PUBLIC = URIRef(f"{EU}/access-right/PUBLIC")
AVAILABILITIES = URIRef(f"{EU}/planned-availability")
# Available for the medium term: the files are made again at every build at the same address, and nothing
# the sources say lets us promise more (STABLE) on the owner's behalf.
AVAILABLE = URIRef(f"{EU}/planned-availability/AVAILABLE")
PUBLISHER_TYPES = URIRef(f"{PUBLISHER_TYPE_URI}1.0")
# DCAT-AP-SE requires the catalogue's own licence (that of the metadata) to be CC0, whatever the data's is.
METADATA_LICENCE = find_licence("CC0-1.0")
# DIGG's address for a Swedish organisation, so that every catalogue naming it names the same publisher.
DATAPORTAL_ORGANISATION = "http://dataportal.se/organisation/SE"

# The vocabularies' Swedish labels, as DCAT-AP-SE 3.0.1 gives them (DIGG's form templates): DCAT-AP requires a
# label of every concept and a title of every concept scheme the catalogue describes.
THEMES_TITLE = "Vokabulär för Data-Teman"
LABELS = {
    THEME: "Regeringen och den offentliga sektorn",
    AVAILABLE: "Tillgänglig",
    **{URIRef(f"{PUBLISHER_TYPE_URI}{code}"): label for code, label in {
        "RegionalAuthority": "Regional myndighet/landsting", "LocalAuthority": "Lokal myndighet/kommun",
        "NationalAuthority": "Nationell myndighet", "SupraNationalAuthority": "Över-/mellanstatlig myndighet",
        "Academia-ScientificOrganisation": "Akademia/Vetenskaplig organisation", "Company": "Företag",
        "IndustryConsortium": "Industrikonsortium", "NonGovernmentalOrganisation": "Icke-statlig organisation",
        "NonProfitOrganisation": "Ej vinstdrivande organisation", "PrivateIndividual(s)": "Privatperson(er)",
        "StandardisationBody": "Standardiseringsorganisation"}.items()},
}

RDF_FILE = "dcat.rdf"  # the harvested file; the catalogue's own nodes are named in it
KEYWORDS = ("digital agenda", "digitalisering", "handlingsprogram", "regional utveckling")


def catalogue_graph(context: ExportContext) -> Graph:
    """The catalogue of this build's downloads: the sizes of the files made so far (`context.files`)."""
    # The plain store keeps triples in dicts, so both serialisations follow the order they were added in (the
    # default one keeps them in a set). "core" binds rdf and xml, which RDF/XML needs.
    graph = Graph(store="SimpleMemory", bind_namespaces="core")
    for prefix, namespace in NAMESPACES.items():
        graph.bind(prefix, namespace)
    _Catalogue(graph, context).add_all()
    return graph


def address(context: ExportContext, path: str) -> str:
    """A site path (`data/agenda.json`, `` for the start page) as the catalogue names it: absolute with the
    site's address, else relative to /data/, the folder of the catalogue files."""
    if context.site.site_url:
        return urls.absolute(path, context.site.site_url)
    folder = f"{urls.DATA_DIR}/"
    if path.startswith(folder):
        return path.removeprefix(folder) or "./"
    return f"../{path}"


def text(value: str) -> Literal:
    return Literal(value, lang=LANGUAGE)


def date(value: datetime.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


class _Catalogue:
    """Adds the catalogue's nodes to `graph`, in the order the RDF/XML is to show them."""

    def __init__(self, graph: Graph, context: ExportContext) -> None:
        self.graph, self.context, self.agenda = graph, context, context.agenda

    def node(self, name: str) -> URIRef:
        """One of the catalogue's own nodes: `dcat.rdf#dataset`."""
        return URIRef(address(self.context, urls.download_path(RDF_FILE)) + f"#{name}")

    def add(self, subject: URIRef, predicate: URIRef, *objects: URIRef | Literal) -> None:
        for value in objects:
            self.graph.add((subject, predicate, value))

    def typed(self, iri: str, *classes: URIRef) -> URIRef:
        """`iri`, stated to be of `classes`: the range a DCAT-AP property expects of its value."""
        node = URIRef(iri)
        self.add(node, RDF.type, *classes)
        return node

    def add_all(self) -> None:
        meta = self.agenda.meta
        catalog, dataset = self.node("catalog"), self.node("dataset")
        self.add(catalog, RDF.type, DCAT.Catalog)
        self.add(catalog, DCTERMS.title, text(f"Öppna data: {meta.title}"))
        self.add(catalog, DCTERMS.description, text(f"Öppna data från {meta.title}, utgiven av {meta.owner}."))
        self.add(catalog, DCTERMS.publisher, self.publisher())
        self.add(catalog, DCTERMS.license, self.licence(METADATA_LICENCE.uri, METADATA_LICENCE.name))
        self.add(catalog, DCTERMS.language, self.typed(SWEDISH, DCTERMS.LinguisticSystem))
        self.add(catalog, FOAF.homepage, self.document(urls.page_url(urls.DATA)))
        self.add(catalog, DCAT.themeTaxonomy, self.theme_taxonomy())
        self.dates(catalog)
        self.add(catalog, DCTERMS.spatial, *self.places())
        self.add(catalog, DCAT.dataset, dataset)
        self.dataset(dataset)

    def dataset(self, dataset: URIRef) -> None:
        meta = self.agenda.meta
        self.add(dataset, RDF.type, DCAT.Dataset)
        self.add(dataset, DCTERMS.title, text(meta.title))
        self.add(dataset, DCTERMS.description, text(meta.subtitle or meta.title))
        self.add(dataset, DCTERMS.publisher, self.publisher())
        contact = self.contact_point()
        if contact is not None:
            self.add(dataset, DCAT.contactPoint, contact)
        self.add(dataset, DCAT.keyword, *(text(keyword) for keyword in KEYWORDS))
        self.add(dataset, DCAT.theme, self.concept(THEME, THEMES))
        self.add(dataset, DCTERMS.language, URIRef(SWEDISH))
        self.add(dataset, DCAT.landingPage, self.document(urls.page_url(urls.HOME)))
        self.add(dataset, DCTERMS.accessRights, self.typed(PUBLIC, DCTERMS.RightsStatement))
        self.add(dataset, DCTERMS.spatial, *self.places())
        self.dates(dataset)
        if meta.period:
            self.add(dataset, DCTERMS.temporal, self.period(meta.period.start, meta.period.end))
        licence = find_licence(meta.licence)
        for exporter in distributed(self.context.exporters):
            self.add(dataset, DCAT.distribution, self.distribution(exporter, licence.uri, licence.name))

    def publisher(self) -> URIRef:
        """The owner, described once however often it is named: DIGG's address for its organisationsnummer,
        else one of the catalogue's own (the sources give no number to build DIGG's from)."""
        meta = self.agenda.meta
        number = meta.organisation_number
        publisher = URIRef(f"{DATAPORTAL_ORGANISATION}{number.replace('-', '')}") if number else self.node("publisher")
        if (publisher, RDF.type, FOAF.Agent) not in self.graph:
            self.add(publisher, RDF.type, FOAF.Agent)
            self.add(publisher, FOAF.name, text(meta.owner))
            self.add(publisher, DCTERMS.type, self.concept(f"{PUBLISHER_TYPE_URI}{meta.owner_type}", PUBLISHER_TYPES))
            if number:
                self.add(publisher, DCTERMS.identifier, Literal(number))
        return publisher

    def contact_point(self) -> URIRef | None:
        """Whom to ask, only with an e-mail address: DCAT-AP-SE requires one of a contact point, so without
        it there is none (`agenda check` notes that)."""
        contact = contact_with_email(self.agenda.meta, self.agenda.consultation)
        if contact is None or not contact.email:
            return None
        point = self.node("contact")
        # An organisation (DCAT-AP-SE's choice of kinds) and a vcard:Kind (DCAT-AP's range), stated both, so
        # that neither needs the vCard ontology to see it.
        self.add(point, RDF.type, VCARD.Organization, VCARD.Kind)
        self.add(point, VCARD.fn, text(contact.name or self.agenda.meta.owner))
        self.add(point, VCARD.hasEmail, URIRef(f"mailto:{contact.email}"))
        return point

    def distribution(self, exporter: Exporter, licence: str, licence_name: str) -> URIRef:
        url = URIRef(address(self.context, exporter.path))
        node = URIRef(f"{url}#distribution")
        self.add(node, RDF.type, DCAT.Distribution)
        self.add(node, DCTERMS.title, text(exporter.title))
        self.add(node, DCTERMS.description, text(exporter.description))
        self.add(node, DCAT.accessURL, url)
        self.add(node, DCAT.downloadURL, url)
        self.add(node, DCTERMS.format, self.typed(exporter.format.file_type_uri, DCTERMS.MediaTypeOrExtent))
        self.add(node, DCAT.mediaType, self.typed(exporter.format.media_type_uri, DCTERMS.MediaType))
        self.add(node, DCTERMS.license, self.licence(licence, licence_name))
        self.add(node, DCATAP.availability, self.concept(AVAILABLE, AVAILABILITIES))
        content = self.context.files.get(exporter.filename)
        if content is not None:  # a PDF is printed after the site is built: its size is known only then
            self.add(node, DCAT.byteSize, Literal(len(content), datatype=XSD.nonNegativeInteger))
        if exporter.conforms_to:
            self.add(node, DCTERMS.conformsTo, self.standard(exporter.conforms_to()))
        return node

    def standard(self, schema: Exporter) -> URIRef:
        """A file's schema (agenda.schema.json): what the data conforms to, not a distribution of it."""
        node = self.typed(address(self.context, schema.path), DCTERMS.Standard)
        self.add(node, DCTERMS.title, text(schema.title))
        self.add(node, DCTERMS.description, text(schema.description))
        return node

    def licence(self, uri: str, name: str) -> URIRef:
        node = URIRef(uri)
        if (node, RDF.type, DCTERMS.LicenseDocument) not in self.graph:
            self.typed(uri, DCTERMS.LicenseDocument)
            self.add(node, DCTERMS.title, text(name))
        return node

    def concept(self, iri: str, scheme: URIRef) -> URIRef:
        node = self.typed(iri, SKOS.Concept)
        self.add(node, SKOS.prefLabel, text(LABELS[node]))
        self.add(node, SKOS.inScheme, scheme)
        return node

    def theme_taxonomy(self) -> URIRef:
        scheme = self.typed(THEMES, SKOS.ConceptScheme)
        self.add(scheme, DCTERMS.title, text(THEMES_TITLE))
        return scheme

    def document(self, page: str) -> URIRef:
        return self.typed(address(self.context, page), FOAF.Document)

    def places(self) -> list[URIRef]:
        return [self.typed(place, DCTERMS.Location) for place in self.agenda.meta.spatial]

    def period(self, start: int, end: int) -> URIRef:
        """The years the agenda is for; a node of the catalogue's own, as the harvester wants no blank nodes."""
        node = self.node("period")
        self.add(node, RDF.type, DCTERMS.PeriodOfTime)
        self.add(node, DCAT.startDate, date(datetime.date(start, 1, 1)))
        self.add(node, DCAT.endDate, date(datetime.date(end, 12, 31)))
        return node

    def dates(self, node: URIRef) -> None:
        issued, modified = issued_and_modified(self.agenda)
        if issued:
            self.add(node, DCTERMS.issued, date(issued))
        if modified:
            self.add(node, DCTERMS.modified, date(modified))


def issued_and_modified(agenda: Agenda) -> tuple[datetime.date | None, datetime.date | None]:
    """Issued: the date of the version the site shows. Modified: the latest dated change to the data, a
    version, a decision or a response; both None for an undated agenda."""
    changes = [version.date for version in agenda.meta.versions] + [agenda.meta.date] \
        + [decision.date for decision in agenda.decisions] + [response.date for response in agenda.responses]
    known = [day for day in changes if day is not None]
    return agenda.meta.date, max(known, default=None)


def distributed(exporters: Iterable[Exporter]) -> list[Exporter]:
    """The downloads that are distributions of the agenda: not the catalogue itself, nor a schema, which the
    file it describes names as the standard it conforms to."""
    exporters = list(exporters)
    schemas = {exporter.conforms_to for exporter in exporters if exporter.conforms_to}
    return [exporter for exporter in exporters if exporter.in_catalog and type(exporter) not in schemas]
