"""dcat.rdf and dcat.jsonld: one DCAT-AP-SE catalogue of every download, checked with the standards' own shapes.

The DCAT-AP 3.0.1 SHACL shapes (tests/data/dcat, from SEMICeu/DCAT-AP) are run with pyshacl
as the EU's validator runs its "zero background knowledge" profiles: no inference and no
vocabularies, so every value the catalogue points at must say its own class. DCAT-AP-SE
publishes no shapes; its mandatory properties and DIGG's harvesting rules are checked below
(`se_problems`), as listed in DIGG's DCAT-AP-SE 3.0.1 specification.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import typing
import zipfile
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from generator.export import export_after_build, export_files
from generator.export.dcat_graph import LABELS
from generator.export.pdf import AgendaPdf, CompilationPdf
from generator.model import Agenda
from generator.model.agenda import PUBLISHER_TYPE_URI, PublisherType
from generator.model.graph import LinkIndex
from generator.source import read_agenda
from tests.hostile import write_hostile_agenda
from tests.minimal import AGENDA, REPO, make_agenda, site_config

from .conftest import SITE_URL, files_of

SHAPES = REPO / "tests" / "data" / "dcat" / "dcat-ap-3.0.1"
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
# Where a harvester would fetch the files from when the site has no configured address.
FETCHED_FROM = "https://example.org/agenda/data/"
CC0 = URIRef("http://creativecommons.org/publicdomain/zero/1.0/")
EU = "http://publications.europa.eu/resource/authority"
CATALOGUES = ("dcat.rdf", "dcat.jsonld")
AGENDAS = ["kalmar-2019", "ostergotland-2018", "ostergotland-2014", "hostile"]


def rdf_graph(files: dict[str, bytes], name: str = "dcat.rdf", location: str = FETCHED_FROM) -> Graph:
    return Graph().parse(data=files[name], format="xml" if name.endswith(".rdf") else "json-ld",
                         publicID=location + name)


@functools.cache
def published_agenda(name: str) -> dict[str, bytes]:
    """The downloads of a committed agenda (or the hostile one) built with a public address and the PDF."""
    if name == "hostile":
        folder = Path(tempfile.mkdtemp(prefix="agenda-hostile-"))
        agenda = read_agenda(write_hostile_agenda(folder / "fientlig"))
        shutil.rmtree(folder)
    else:
        agenda = read_agenda(REPO / "source" / name)
    return files_of(agenda, site_url=SITE_URL, pdf=True)


@functools.cache
def shapes(name: str) -> Graph:
    return Graph().parse(SHAPES / name, format="turtle")


def shacl_results(data: Graph, shapes_name: str) -> list[tuple[str, str, str]]:
    """(severity, focus node, path) of every result, none when the data conforms."""
    _, report, _ = validate(data, shacl_graph=shapes(shapes_name), inference="none", allow_warnings=False)
    sh = Namespace("http://www.w3.org/ns/shacl#")
    return sorted((str(report.value(result, sh.resultSeverity)).rsplit("#", 1)[1],
                   str(report.value(result, sh.focusNode)), str(report.value(result, sh.resultPath)))
                  for result in report.subjects(RDF.type, sh.ValidationResult))


def distributions(graph: Graph) -> dict[str, URIRef]:
    """Download URL -> distribution node."""
    return {str(graph.value(node, DCAT.downloadURL)): node for node in graph.subjects(RDF.type, DCAT.Distribution)}


@pytest.fixture(scope="module")
def graph(downloads: dict[str, bytes]) -> Graph:
    return rdf_graph(downloads)


# The two files, one graph.

@pytest.mark.parametrize("with_address", [False, True])
def test_the_rdf_xml_and_the_json_ld_are_the_same_graph(downloads: dict[str, bytes], published: dict[str, bytes],
                                                        with_address: bool) -> None:
    files = published if with_address else downloads
    assert isomorphic(rdf_graph(files, "dcat.rdf"), rdf_graph(files, "dcat.jsonld"))
    assert len(rdf_graph(files)) > 150


def test_the_json_ld_reads_as_plain_json_with_its_context_inline(downloads: dict[str, bytes]) -> None:
    document = json.loads(downloads["dcat.jsonld"])
    assert isinstance(document["@context"], dict)  # inline: reading the file fetches nothing
    catalog = document["@graph"][0]
    assert catalog["@type"] == "dcat:Catalog" and catalog["license"] == str(CC0)
    assert document["@graph"][1]["@type"] == "dcat:Dataset"
    assert '"byteSize": "' in downloads["dcat.jsonld"].decode("utf-8")  # a typed literal: nonNegativeInteger


def test_rdf_xml_declares_its_namespaces_in_order_and_no_base(downloads: dict[str, bytes]) -> None:
    text = downloads["dcat.rdf"].decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF\n')
    declarations = [line for line in text.split("\n>\n")[0].splitlines() if "xmlns:" in line]
    assert declarations == sorted(declarations) and "xml:base" not in text


# What the catalogue says.

def test_catalog_has_one_dataset_and_one_publisher_described_once(kalmar: Agenda, graph: Graph) -> None:
    catalog = graph.value(predicate=RDF.type, object=DCAT.Catalog)
    datasets = list(graph.objects(catalog, DCAT.dataset))
    assert len(datasets) == 1 and (datasets[0], RDF.type, DCAT.Dataset) in graph
    dataset = datasets[0]
    assert graph.value(dataset, DCTERMS.title) == Literal(kalmar.meta.title, lang="sv")
    publishers = list(graph.subjects(RDF.type, FOAF.Agent))
    assert publishers == [graph.value(catalog, DCTERMS.publisher)] == [graph.value(dataset, DCTERMS.publisher)]
    publisher = publishers[0]
    # Regionförbundet's organisationsnummer is in no source: an address of the catalogue's own.
    assert publisher == URIRef(f"{FETCHED_FROM}dcat.rdf#publisher")
    assert graph.value(publisher, FOAF.name) == Literal(kalmar.meta.owner, lang="sv")
    assert graph.value(publisher, DCTERMS.type) == URIRef("http://purl.org/adms/publishertype/RegionalAuthority")
    assert graph.value(dataset, DCTERMS.language) == URIRef(f"{EU}/language/SWE")
    assert graph.value(catalog, DCTERMS.license) == CC0


def test_a_publisher_with_an_organisation_number_gets_diggs_address(tmp_path: Path) -> None:
    agenda = read_agenda(make_agenda(tmp_path, {"agenda.yml": AGENDA + 'organisation_number: "232100-0073"\n'
                                                                      "owner_type: LocalAuthority\n"}))
    graph = rdf_graph(files_of(agenda, site_url=SITE_URL))
    publisher = URIRef("http://dataportal.se/organisation/SE2321000073")
    assert list(graph.subjects(RDF.type, FOAF.Agent)) == [publisher]
    assert graph.value(publisher, DCTERMS.identifier) == Literal("232100-0073")
    assert graph.value(publisher, DCTERMS.type) == URIRef("http://purl.org/adms/publishertype/LocalAuthority")
    assert graph.value(predicate=DCAT.contactPoint) is None  # the minimal agenda gives no e-mail address
    assert shacl_results(graph, "shapes.ttl") == shacl_results(graph, "range.ttl") == se_problems(graph) == []


def test_contact_point_with_the_agendas_email(graph: Graph) -> None:
    dataset = graph.value(predicate=RDF.type, object=DCAT.Dataset)
    contact = graph.value(dataset, DCAT.contactPoint)
    assert isinstance(contact, URIRef)
    assert set(graph.objects(contact, RDF.type)) == {VCARD.Organization, VCARD.Kind}
    assert graph.value(contact, VCARD.fn) == Literal("Region Kalmar län", lang="sv")
    assert graph.value(contact, VCARD.hasEmail) == URIRef("mailto:info@rfkl.se")


def test_recommended_properties(graph: Graph) -> None:
    catalog = graph.value(predicate=RDF.type, object=DCAT.Catalog)
    dataset = graph.value(predicate=RDF.type, object=DCAT.Dataset)
    kalmar_lan = URIRef("http://data.europa.eu/nuts/code/SE213")
    for node in (catalog, dataset):
        assert graph.value(node, DCTERMS.issued) == Literal("2018-06-07", datatype=XSD.date)
        assert graph.value(node, DCTERMS.modified) is not None
        assert graph.value(node, DCTERMS.spatial) == kalmar_lan
    assert (kalmar_lan, RDF.type, DCTERMS.Location) in graph
    assert graph.value(catalog, DCAT.themeTaxonomy) == URIRef(f"{EU}/data-theme")
    assert graph.value(catalog, FOAF.homepage) == URIRef(FETCHED_FROM)  # the Öppna data page
    assert graph.value(dataset, DCAT.landingPage) == URIRef("https://example.org/agenda/")
    assert graph.value(dataset, DCTERMS.accessRights) == URIRef(f"{EU}/access-right/PUBLIC")
    theme = graph.value(dataset, DCAT.theme)
    assert graph.value(theme, SKOS.prefLabel) == Literal("Regeringen och den offentliga sektorn", lang="sv")


def test_every_download_is_a_distribution_with_its_size_but_the_schema_is_a_standard(
        downloads: dict[str, bytes], graph: Graph) -> None:
    found = distributions(graph)
    schema = URIRef(f"{FETCHED_FROM}agenda.schema.json")
    expected = {f"{FETCHED_FROM}{name}" for name in downloads if name not in (*CATALOGUES, "agenda.schema.json")}
    assert set(found) == expected and str(schema) not in found
    for url, node in found.items():
        name = url.rsplit("/", 1)[1]
        assert graph.value(node, DCTERMS.title), url
        assert graph.value(node, DCAT.accessURL) == URIRef(url)
        assert graph.value(node, DCTERMS.license) == CC0
        assert str(graph.value(node, DCTERMS.format)).startswith(f"{EU}/file-type/")
        assert str(graph.value(node, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
        assert graph.value(node, DCAT.byteSize) == Literal(len(downloads[name]), datatype=XSD.nonNegativeInteger)
        assert graph.value(node, DCATAP.availability) is not None
    assert graph.value(found[f"{FETCHED_FROM}agenda.json"], DCTERMS.conformsTo) == schema
    assert (schema, RDF.type, DCTERMS.Standard) in graph and graph.value(schema, DCTERMS.title)


def test_without_an_address_the_iris_are_relative_to_the_data_folder(downloads: dict[str, bytes]) -> None:
    text = downloads["dcat.rdf"].decode("utf-8")
    assert 'rdf:about="dcat.rdf#catalog"' in text and 'rdf:resource="agenda.json"' in text
    assert 'rdf:about="../"' in text  # the start page, the dataset's landing page


def test_with_an_address_every_iri_is_absolute(published: dict[str, bytes]) -> None:
    for name in CATALOGUES:
        graph = rdf_graph(published, name, location="file:///elsewhere/")
        nodes = {node for triple in graph for node in triple if not isinstance(node, Literal)}
        assert not [node for node in nodes if isinstance(node, BNode)], name  # DIGG: no blank nodes
        assert all(str(node).startswith(("http://", "https://", "mailto:")) for node in nodes), name
        assert all(str(url).startswith(SITE_URL) for url in graph.objects(None, DCAT.accessURL))
        assert f"{SITE_URL}data/agenda.pdf" in distributions(graph)


def test_the_catalogue_licence_is_cc0_whatever_the_datas(kalmar: Agenda) -> None:
    files = files_of(dataclasses.replace(kalmar, meta=kalmar.meta.model_copy(update={"licence": "CC-BY-4.0"})))
    graph = rdf_graph(files)
    cc_by = URIRef("http://creativecommons.org/licenses/by/4.0/")
    assert graph.value(graph.value(predicate=RDF.type, object=DCAT.Catalog), DCTERMS.license) == CC0
    assert {graph.value(node, DCTERMS.license) for node in graph.subjects(RDF.type, DCAT.Distribution)} == {cc_by}
    assert (cc_by, RDF.type, DCTERMS.LicenseDocument) in graph


def test_the_pdfs_sizes_are_given_once_the_site_is_built(kalmar: Agenda, published: dict[str, bytes],
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDFs are printed from the built site, after the catalogue was first written: the build makes the
    zip (which holds them) and the catalogue again, with their sizes, and reads the other files' from the site."""
    for name, content in published.items():
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / name).write_bytes(content)
    printed = {"agenda.pdf": b"%PDF-1.7 hela agendan", "remissammanstallning.pdf": b"%PDF-1.7 sammanstallningen"}
    for pdf in (AgendaPdf, CompilationPdf):
        monkeypatch.setattr(pdf, "render", lambda self, context: printed[self.filename])
    site = site_config(kalmar, site_url=SITE_URL, pdf=True)
    made = {exporter.filename: content
            for exporter, content in export_after_build(kalmar, site, LinkIndex(kalmar), tmp_path)}
    assert set(made) == {*printed, "alla-filer.zip", *CATALOGUES}
    with zipfile.ZipFile(io.BytesIO(made["alla-filer.zip"])) as archive:
        assert archive.read("agenda.pdf") == printed["agenda.pdf"] and "dcat.rdf" not in archive.namelist()
    graph = rdf_graph(made, location=f"{SITE_URL}data/")
    sizes = {url.rsplit("/", 1)[1]: graph.value(node, DCAT.byteSize) for url, node in distributions(graph).items()}
    assert sizes["agenda.pdf"] == Literal(len(printed["agenda.pdf"]), datatype=XSD.nonNegativeInteger)
    assert sizes["agenda.json"] == Literal(len(published["agenda.json"]), datatype=XSD.nonNegativeInteger)
    assert sizes["alla-filer.zip"] == Literal(len(made["alla-filer.zip"]), datatype=XSD.nonNegativeInteger)
    assert None not in sizes.values()
    assert isomorphic(graph, rdf_graph(made, "dcat.jsonld", location=f"{SITE_URL}data/"))
    assert shacl_results(graph, "shapes.ttl") == []


def test_every_publisher_type_has_its_swedish_label() -> None:
    assert {URIRef(f"{PUBLISHER_TYPE_URI}{code}") for code in typing.get_args(PublisherType)} <= set(LABELS)
    assert {f"{PUBLISHER_TYPE_URI}{code}" for code in typing.get_args(PublisherType)} == PUBLISHER_TYPES


def test_the_data_page_gives_a_catalogues_size_only_once_it_is_final(kalmar: Agenda) -> None:
    """With the PDF the catalogues are made again after the pages, larger: the page cannot know their size."""
    for pdf in (False, True):
        made = export_files(kalmar, site_config(kalmar, pdf=pdf), LinkIndex(kalmar))
        sizes = {exporter.filename: exporter.listing(content).size for exporter, content in made
                 if exporter.filename in CATALOGUES}
        contents = {exporter.filename: content for exporter, content in made}
        assert sizes == ({name: None for name in CATALOGUES} if pdf else
                         {name: len(contents[name]) for name in CATALOGUES}), pdf


# The standards' validation.

@pytest.mark.parametrize("agenda_name", AGENDAS)
@pytest.mark.parametrize("shapes_name", ["shapes.ttl", "range.ttl", "dcat-ap-SHACL.ttl"])
def test_conforms_to_the_dcat_ap_3_0_1_shapes(agenda_name: str, shapes_name: str) -> None:
    """shapes.ttl: mandatory properties, cardinalities and literal types; range.ttl: the class of every value;
    dcat-ap-SHACL.ttl: the same constraints one by one, as the EU validator's "individual constraints"."""
    assert shacl_results(rdf_graph(published_agenda(agenda_name)), shapes_name) == []


# What the recommended shapes still miss, and why.
RECOMMENDED_GAPS = {
    (str(DCAT.bbox), "http://data.europa.eu/nuts/code/"),      # a county's geometry: the NUTS address names it
    (str(DCAT.centroid), "http://data.europa.eu/nuts/code/"),
    (str(DCTERMS.type), str(CC0)),                              # DCAT-AP-SE leaves out the licence type
}


CATALOG, DATASET = f"{SITE_URL}data/dcat.rdf#catalog", f"{SITE_URL}data/dcat.rdf#dataset"
# What each agenda's sources do not give.
AGENDA_GAPS = {
    "kalmar-2019": set(),
    "ostergotland-2018": {(str(DCTERMS.temporal), DATASET)},  # the draft names no period
    "ostergotland-2014": {(str(DCTERMS.issued), CATALOG), (str(DCTERMS.modified), CATALOG)},  # undated
    "hostile": {(str(DCTERMS.spatial), CATALOG), (str(DCTERMS.spatial), DATASET)},  # names no place
}


@pytest.mark.parametrize("agenda_name", AGENDAS)
def test_recommended_properties_but_the_known_gaps(agenda_name: str) -> None:
    results = shacl_results(rdf_graph(published_agenda(agenda_name)), "shapes_recommended.ttl")
    assert {severity for severity, _, _ in results} <= {"Warning"}
    gaps = {(path, focus) for _, focus, path in results
            if not any(path == gap_path and focus.startswith(prefix) for gap_path, prefix in RECOMMENDED_GAPS)}
    assert gaps == AGENDA_GAPS[agenda_name]


def test_the_shapes_catch_a_byte_size_as_the_old_decimal() -> None:
    """The issue's finding, kept: dcat.jsonld gave sizes as xsd:decimal (DCAT-AP 2), which 3.0.1 rejects."""
    graph = rdf_graph(published_agenda("ostergotland-2018"))
    for node, size in list(graph.subject_objects(DCAT.byteSize)):
        graph.set((node, DCAT.byteSize, Literal(size.toPython(), datatype=XSD.decimal)))
    results = shacl_results(graph, "shapes.ttl")
    assert results and all(path == str(DCAT.byteSize) for _, _, path in results)


# DCAT-AP-SE 3.0.1: the mandatory properties of DIGG's specification (min 1 in its form templates,
# github.com/diggsweden/DCAT-AP-SE 3.0.1/bundle.json) as (min, max); max None for any number.
SE_MANDATORY = {
    DCAT.Catalog: {DCTERMS.title: (1, None), DCTERMS.description: (1, None), DCTERMS.publisher: (1, 1),
                   DCTERMS.license: (1, 1), DCAT.dataset: (1, None)},
    DCAT.Dataset: {DCTERMS.title: (1, None), DCTERMS.description: (1, None), DCTERMS.publisher: (1, 1)},
    DCAT.Distribution: {DCAT.accessURL: (1, 1), DCTERMS.format: (1, 1), DCAT.byteSize: (0, 1)},
    FOAF.Agent: {FOAF.name: (1, None), DCTERMS.type: (1, 1)},  # the publisher's type: mandatory since 3.0.1
}
PUBLISHER_TYPES = {f"http://purl.org/adms/publishertype/{code}" for code in (
    "Academia-ScientificOrganisation", "Company", "IndustryConsortium", "LocalAuthority", "NationalAuthority",
    "NonGovernmentalOrganisation", "NonProfitOrganisation", "PrivateIndividual(s)", "RegionalAuthority",
    "StandardisationBody", "SupraNationalAuthority")}


def se_problems(graph: Graph) -> list[str]:
    """What DCAT-AP-SE 3.0.1 and DIGG's harvesting notes (docs/harvesting.md) require and `graph` lacks."""
    problems = [f"{node}: {prop} {count} times (expected {low} to {high or 'any'})"
                for cls, properties in SE_MANDATORY.items() for node in graph.subjects(RDF.type, cls)
                for prop, (low, high) in properties.items()
                for count in [len(list(graph.objects(node, prop)))] if count < low or (high and count > high)]
    for catalog in graph.subjects(RDF.type, DCAT.Catalog):  # "I Sverige kräver vi licensen CC0-1.0 på metadata"
        problems += [f"{catalog}: licence {value}" for value in graph.objects(catalog, DCTERMS.license) if value != CC0]
    problems += [f"{agent}: type {value}" for agent in graph.subjects(RDF.type, FOAF.Agent)
                 for value in graph.objects(agent, DCTERMS.type) if str(value) not in PUBLISHER_TYPES]
    for contact in graph.objects(None, DCAT.contactPoint):  # its kind, a name and an e-mail address
        if not {VCARD.Organization, VCARD.Individual} & set(graph.objects(contact, RDF.type)):
            problems.append(f"{contact}: neither a vcard:Organization nor a vcard:Individual")
        if graph.value(contact, VCARD.fn) is None:
            problems.append(f"{contact}: no vcard:fn")
        if not str(graph.value(contact, VCARD.hasEmail) or "").startswith("mailto:"):
            problems.append(f"{contact}: no vcard:hasEmail")
    problems += [f"{node}: byteSize {size!r}" for node, size in graph.subject_objects(DCAT.byteSize)
                 if size.datatype != XSD.nonNegativeInteger]
    kinds = (DCAT.Catalog, DCAT.Dataset, DCAT.Distribution, FOAF.Agent)
    problems += [f"blank node for a {kind}" for kind in kinds for node in graph.subjects(RDF.type, kind)
                 if isinstance(node, BNode)]
    problems += ["blank contact point" for node in graph.objects(None, DCAT.contactPoint) if isinstance(node, BNode)]
    if len(set(graph.subjects(RDF.type, FOAF.Agent))) != 1:  # "Beskriv en utgivande organisation enbart en gång"
        problems.append("the publisher is not described exactly once")
    return problems


@pytest.mark.parametrize("agenda_name", AGENDAS)
def test_meets_dcat_ap_se_and_the_harvesting_rules(agenda_name: str) -> None:
    files = published_agenda(agenda_name)
    for name in CATALOGUES:
        assert se_problems(rdf_graph(files, name, location="file:///elsewhere/")) == [], name


def test_the_dcat_ap_se_check_finds_what_is_missing() -> None:
    graph = rdf_graph(published_agenda("kalmar-2019"))
    contact = graph.value(graph.value(predicate=RDF.type, object=DCAT.Dataset), DCAT.contactPoint)
    publisher = graph.value(predicate=RDF.type, object=FOAF.Agent)
    graph.remove((contact, VCARD.hasEmail, None))
    graph.remove((publisher, DCTERMS.type, None))
    assert se_problems(graph) == [f"{publisher}: {DCTERMS.type} 0 times (expected 1 to 1)",
                                  f"{contact}: no vcard:hasEmail"]


def test_the_same_bytes_whatever_the_hash_seed() -> None:
    """rdflib keeps some things in sets; both files must still come out byte for byte the same every time."""
    script = ("import hashlib; from generator.source import read_agenda; from tests.minimal import REPO, exported; "
              "agenda = read_agenda(REPO / 'source' / 'ostergotland-2018'); "
              "files = exported(agenda, site_url='https://x.se/', pdf=True); "
              "print(hashlib.sha256(files['dcat.rdf'] + files['dcat.jsonld']).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", script], cwd=REPO, env={**os.environ, "PYTHONHASHSEED": seed},
                              check=True, capture_output=True, text=True).stdout for seed in ("1", "2")}
    assert len(digests) == 1
