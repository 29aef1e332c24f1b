"""Not a Kalmar one-off: the second agenda, unusual shapes, and `agenda new`, all built for real."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.render import page_specs
from generator.source import read_agenda
from tests.conftest import repository_config, run_agenda
from tests.minimal import AGENDA, LOGO_SVG, REPO, make_agenda
from tests.site.html import BuiltPage, broken_links, pages

STRANGE = 'Mål för “digitalt innanförskap” & <öppna> data: *alla* [län] #1 | 100 % – Åsa\'s "test" ÆØÅ ä ö ü é'


def build(agenda_dir: Path, site: Path) -> Path:
    # The PDF is tested on the Kalmar site; these tests are about pages and links.
    result = run_agenda("build", str(agenda_dir), "--site-dir", str(site), "--no-pdf")
    assert result.returncode == 0, result.stderr
    return site


def expected_pages(agenda_dir: Path) -> int:
    """One page per page spec (404.html is the theme's)."""
    return len([spec for spec in page_specs(read_agenda(agenda_dir)) if spec.path.endswith(".md")])


def build_committed(name: str, tmp_path: Path) -> dict[str, BuiltPage]:
    """Build source/<name>: one page per page spec, every internal link resolving."""
    agenda_dir = REPO / "source" / name
    site = build(agenda_dir, tmp_path / "site")
    built = pages(site)
    assert len([url for url in built if url != "/404.html"]) == expected_pages(agenda_dir)
    assert broken_links(site) == []
    return built


def test_ostergotland_builds_with_its_own_words(tmp_path: Path) -> None:
    built = build_committed("ostergotland-2018", tmp_path)
    area = built["/omraden/1/"]
    assert "Fokusområde 1" in area.soup.find("h1").get_text(" ")
    assert "/remiss/" not in built  # no consultation, no consultation page
    assert "/insatser/" not in built  # no initiatives, no empty initiative list


def test_ostergotland_2014_an_undated_agenda_of_areas_only(tmp_path: Path) -> None:
    built = build_committed("ostergotland-2014", tmp_path)
    # No goal level, no national goals to link to: nothing on the pages pretends otherwise.
    assert "/mal/" not in built and "/oversikt/nationella-mal/" not in built and "/insatser/" not in built
    area = built["/omraden/2/"].main_text()
    assert "Insatsområde 2" in area and "Omfattar även IT för lärande" in area
    assert "Inga mål" not in area and "Inga kopplingar till målen" not in area
    home = built["/"].main_text()
    assert "0 mål" not in home and "Regionförbundet Östsam, samt Länsstyrelsen" in home
    # Undated and a proposal: the pages say so, and claim no period or owner the slides do not give.
    assert "Presentation med förslag på insatsområden, odaterad" in built["/om-agendan/"].main_text()
    assert "Utkastet föreslår 5 insatsområden." in home and "Agendan gäller" not in home
    statement = built["/tillganglighet/"].main_text()
    assert "alla sidor om agendans insatsområden," in statement


def test_several_agendas_build_one_site_each(tmp_path: Path) -> None:
    config = repository_config(tmp_path)  # this repository's mkdocs.yml with docs/ and site/ in tmp_path
    result = run_agenda("build", str(REPO / "source/ostergotland-2014"), str(REPO / "source/ostergotland-2018"),
                        "--no-pdf", "--config", str(config))
    assert result.returncode == 0, result.stderr
    titles = {site: pages(tmp_path / site)["/"].soup.find("h1").get_text(" ", strip=True).removesuffix(" ¶")
              for site in ("site-ostergotland-2014", "site-ostergotland-2018")}
    assert titles == {"site-ostergotland-2014": "Regional digital agenda för Östergötland",
                      "site-ostergotland-2018": "Regional digitaliseringsstrategi"}
    refused = run_agenda("build", "a", "b", "--site-dir", "x")
    assert refused.returncode == 2 and "--site-dir names one site" in refused.stderr


def test_kalmar_page_count_matches_its_data(kalmar_site: Path) -> None:
    built = [url for url in pages(kalmar_site) if url != "/404.html"]
    assert len(built) == expected_pages(REPO / "source" / "kalmar-2019")


def area_file(area_id: str, goals: list[dict[str, object]]) -> str:
    return yaml.safe_dump({"id": area_id, "title": f"{STRANGE} {area_id}", "goals": goals}, allow_unicode=True)


def initiative(initiative_id: str) -> dict[str, object]:
    return {"id": initiative_id, "title": f"{STRANGE} {initiative_id}", "text": "Text.", "ansvar": "Regionen",
            "actors": ["regionen"], "tidplan": "2019", "start_year": 2019, "end_year": 2019, "resursbehov": "Inga"}


def test_unusual_shapes_build_and_link(tmp_path: Path) -> None:
    agenda_dir = make_agenda(tmp_path, {
        "areas/1.yml": None,
        "areas/A.yml": area_file("A", [{"id": "A.1", "title": STRANGE, "initiatives": [initiative("A.1.b")]}]),
        "areas/B.yml": area_file("B", []),  # an area with no goals
        "areas/C.yml": area_file("C", [{"id": "C.1", "title": "Mål utan insatser"}]),
        "consultation.yml": None,
    })
    site = build(agenda_dir, tmp_path / "site")
    built = pages(site)
    assert {"/omraden/A/", "/omraden/B/", "/mal/A.1/", "/insatser/A.1.b/", "/mal/C.1/"} <= set(built)
    heading = built["/insatser/A.1.b/"].soup.find("h1").get_text(" ", strip=True)
    assert STRANGE in heading
    assert broken_links(site) == []


def test_twelve_areas_with_twelve_initiatives_each(tmp_path: Path) -> None:
    # Two-digit area ids and many pages; larger agendas are the benchmarks' (benchmarks/README.md).
    areas: dict[str, str | bytes | None] = {"areas/1.yml": None}
    for a in range(1, 13):
        goals = [{"id": f"{a}.{g}", "title": f"Mål {a}.{g}",
                  "initiatives": [initiative(f"{a}.{g}.{i}") for i in range(1, 4)]} for g in range(1, 5)]
        areas[f"areas/{a}.yml"] = area_file(str(a), goals)
    agenda_dir = make_agenda(tmp_path, areas)
    assert len(read_agenda(agenda_dir).initiatives) == 144
    site = build(agenda_dir, tmp_path / "site")
    assert len(list((site / "insatser").glob("*/index.html"))) == 144
    assert broken_links(site) == []


def test_agenda_new_passes_check_and_build(tmp_path: Path) -> None:
    target = tmp_path / "region-ny"
    created = run_agenda("new", str(target), "--region", "Region Gävleborg")
    assert created.returncode == 0, created.stderr
    assert "# The agenda's metadata" in (target / "agenda.yml").read_text(encoding="utf-8")
    assert run_agenda("check", str(target)).returncode == 0
    site = build(target, tmp_path / "site")
    assert (site / "insatser" / "1.1.1" / "index.html").exists()
    again = run_agenda("new", str(target))
    assert again.returncode == 1 and "not empty" in again.stderr


# A light colour: white text fails on it, and as a link colour on white it reaches only 1.6:1.
YELLOW = "#F5C400"
BRANDED = {"agenda.yml": AGENDA + f"brand:\n  colour: '{YELLOW}'\n  logo: logo.svg\n"
                                  "contact:\n  name: Testregionens kansli\n  email: kansli@example.se\n",
           "logo.svg": LOGO_SVG}


def test_brand_logo_colour_and_contact_from_agenda_yml(tmp_path: Path) -> None:
    agenda_dir = make_agenda(tmp_path, BRANDED)
    checked = run_agenda("check", str(agenda_dir), "--as-of", "2018-09-29")
    assert checked.stdout.splitlines()[1:] == [
        f"  note: brand.colour {YELLOW}: links on light backgrounds use #876C00, the nearest shade with 4.5:1 contrast",
        "  note: consultation.yml: the remiss is closed as of 2018-09-29 (2018-06-07 to the end of 2018-09-28)",
    ]
    site = build(agenda_dir, tmp_path / "site")
    home = pages(site)["/"]
    assert (site / "assets" / "brand" / "logo.svg").read_text(encoding="utf-8") == LOGO_SVG
    logos = home.soup.select("a.md-logo img")
    assert [img["src"] for img in logos] == ["assets/brand/logo.svg"] * 2  # header and navigation drawer
    assert [img["alt"] for img in logos] == ["", ""]  # the links around them carry the site's name
    assert home.soup.select_one('link[rel="icon"]')["href"] == "assets/brand/logo.svg"
    assert home.soup.body["data-md-color-primary"] == "custom" and home.soup.body["data-md-color-accent"] == "custom"
    css = (site / "assets" / "stylesheets" / "generated.css").read_text(encoding="utf-8")
    # The header keeps the owner's colour with black text; links use a darker shade in the light
    # scheme (4.5:1 on white and on #F5F5F5) and the colour itself in the dark scheme.
    assert f"--md-primary-fg-color: {YELLOW};" in css and "--md-primary-bg-color: #000000;" in css
    assert "--md-typeset-a-color: #876C00;" in css
    assert f"[data-md-color-scheme=slate][data-md-color-primary=custom] {{ --md-typeset-a-color: {YELLOW}; }}" in css
    statement = pages(site)["/tillganglighet/"].main_text()  # the owner's, not Kalmar's
    assert "som ges ut av Testregionen" in statement
    assert "kontakta Testregionens kansli: E-post: kansli@example.se" in " ".join(statement.split())
    assert "Kalmar" not in statement
    assert "profilfärg" in statement  # the links' shade of the brand colour is explained


def test_agenda_without_brand_keeps_the_configured_palette(kalmar_site: Path) -> None:
    home = pages(kalmar_site)["/"]
    assert home.soup.body["data-md-color-primary"] == "indigo"
    assert not (kalmar_site / "assets" / "brand").exists()
    assert "custom" not in (kalmar_site / "assets" / "stylesheets" / "generated.css").read_text(encoding="utf-8")

