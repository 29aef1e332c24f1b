"""dcat.jsonld: DCAT-AP-SE metadata that parses as RDF and describes every download."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from generator.model import Agenda

from .conftest import SITE_URL

# Where a harvester would fetch the file from when the site has no configured address.
FETCHED_FROM = "https://example.org/agenda/data/dcat.jsonld"
CC0 = URIRef("http://creativecommons.org/publicdomain/zero/1.0/")


def graph_of(content: bytes, location: str = FETCHED_FROM) -> Graph:
    return Graph().parse(data=content, format="json-ld", publicID=location)


@pytest.fixture(scope="module")
def graph(downloads: dict[str, bytes]) -> Graph:
    return graph_of(downloads["dcat.jsonld"])


def distributions(graph: Graph) -> dict[str, URIRef]:
    """Download URL -> distribution node."""
    return {str(graph.value(node, DCAT.downloadURL)): node for node in graph.subjects(RDF.type, DCAT.Distribution)}


def test_catalog_has_one_dataset_published_by_the_owner(kalmar: Agenda, graph: Graph) -> None:
    catalog = graph.value(predicate=RDF.type, object=DCAT.Catalog)
    datasets = list(graph.objects(catalog, DCAT.dataset))
    assert len(datasets) == 1 and (datasets[0], RDF.type, DCAT.Dataset) in graph
    dataset = datasets[0]
    assert graph.value(dataset, DCTERMS.title) == Literal(kalmar.meta.title, lang="sv")
    assert graph.value(graph.value(dataset, DCTERMS.publisher), FOAF.name) == Literal(kalmar.meta.owner, lang="sv")
    assert graph.value(dataset, DCTERMS.language) == URIRef("http://publications.europa.eu/resource/authority/language/SWE")
    assert graph.value(dataset, DCAT.contactPoint) is not None
    assert graph.value(catalog, DCTERMS.license) == CC0


def test_every_download_is_a_named_distribution_with_its_size(downloads: dict[str, bytes], graph: Graph) -> None:
    found = distributions(graph)
    expected = {f"https://example.org/agenda/data/{name}" for name in downloads if name != "dcat.jsonld"}
    assert set(found) == expected
    for url, node in found.items():
        name = url.rsplit("/", 1)[1]
        assert graph.value(node, DCTERMS.title), url
        assert graph.value(node, DCAT.accessURL) == URIRef(url)
        assert graph.value(node, DCTERMS.license) == CC0
        assert str(graph.value(node, DCTERMS.format)).startswith("http://publications.europa.eu/resource/authority/file-type/")
        assert str(graph.value(node, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
        assert graph.value(node, DCAT.byteSize) == Literal(len(downloads[name]), datatype=XSD.decimal)
    schema = graph.value(found["https://example.org/agenda/data/agenda.json"], DCTERMS.conformsTo)
    assert schema == URIRef("https://example.org/agenda/data/agenda.schema.json")


def test_absolute_iris_and_the_pdf_when_published_with_an_address(published: dict[str, bytes]) -> None:
    graph = graph_of(published["dcat.jsonld"], location="file:///elsewhere/dcat.jsonld")
    found = distributions(graph)
    assert f"{SITE_URL}data/agenda.pdf" in found  # printed after this file is written: no size, still named
    assert graph.value(found[f"{SITE_URL}data/agenda.pdf"], DCTERMS.title)
    assert all(url.startswith(SITE_URL) for url in found)
