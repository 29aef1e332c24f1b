"""Incremental regeneration: unchanged files keep their bytes and mtime, and the caches that
`agenda serve` keeps between regenerations give exactly what a full regeneration gives."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.export import Publication, export_files
from generator.export.json_export import AgendaJson
from generator.model import Agenda, Area
from generator.render import paths
from generator.render.site import PAGE_ONLY_FIELDS, RenderCache, page_specs, render_all
from generator.render.writer import MANIFEST, WriteMemo, write_files
from generator.source import SourceCache, read_agenda
from tests.minimal import REPO

KALMAR = REPO / "source" / "kalmar-2019"


@pytest.fixture(scope="module")
def kalmar() -> Agenda:
    return read_agenda(KALMAR)


def _age(path: Path) -> None:
    """Set an old mtime, so that a rewrite within the same clock tick is still seen."""
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))


def test_writer_rewrites_only_changed_files_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "handwritten.md").write_text("by hand", encoding="utf-8")
    write_files(tmp_path, {"a.md": "A", "sub/b.md": "B", "gone/c.md": "C"})
    for path in tmp_path.rglob("*"):
        if path.is_file():
            _age(path)
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in tmp_path.rglob("*") if path.is_file()}

    result = write_files(tmp_path, {"a.md": "A", "sub/b.md": "B changed"})

    assert result.written == ["sub/b.md"]
    assert result.unchanged == ["a.md"]
    assert result.removed == ["gone/c.md"]
    assert not (tmp_path / "gone").exists()
    for path in (tmp_path / "a.md", tmp_path / "handwritten.md"):
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before[path], path
    assert (tmp_path / "sub" / "b.md").read_text(encoding="utf-8") == "B changed"
    assert (tmp_path / "sub" / "b.md").stat().st_mtime_ns != before[tmp_path / "sub" / "b.md"][1]
    assert (tmp_path / MANIFEST).read_text(encoding="utf-8").split() == ["a.md", "sub/b.md"]


def test_write_memo_trusts_only_files_nobody_touched(tmp_path: Path) -> None:
    memo = WriteMemo()
    page = "Sida\n"
    assert write_files(tmp_path, {"a.md": page}, memo).written == ["a.md"]
    assert write_files(tmp_path, {"a.md": page}, memo).unchanged == ["a.md"]
    (tmp_path / "a.md").write_text("Ändrad för hand\n", encoding="utf-8")  # another size and mtime
    assert write_files(tmp_path, {"a.md": page}, memo).written == ["a.md"]
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == page
    (tmp_path / "a.md").unlink()
    assert write_files(tmp_path, {"a.md": page}, memo).written == ["a.md"]
    assert write_files(tmp_path, {"a.md": "Ny sida\n"}, memo).written == ["a.md"]


def test_regenerating_an_unchanged_agenda_writes_nothing(tmp_path: Path, kalmar: Agenda) -> None:
    write_files(tmp_path, render_all(kalmar))
    for path in tmp_path.rglob("*"):
        if path.is_file():
            _age(path)
    result = write_files(tmp_path, render_all(kalmar))
    assert result.written == [] and result.removed == []
    assert all(path.stat().st_mtime_ns == 1_000_000_000 for path in tmp_path.rglob("*") if path.is_file())


def _edited(agenda: Agenda, item_id: str, **changes: Any) -> Agenda:
    """The agenda with one area, goal or initiative changed (models are frozen: rebuild the area)."""

    def edit(data: dict[str, Any]) -> dict[str, Any]:
        if data["id"] == item_id:
            return {**data, **changes}
        for children in ("goals", "initiatives"):
            if children in data:
                data = {**data, children: [edit(child) for child in data[children]]}
        return data

    areas = [Area.model_validate(edit(area.model_dump())) if item_id.split(".")[0] == area.id else area
             for area in agenda.areas]
    return dataclasses.replace(agenda, areas=areas)


def _changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


@pytest.mark.parametrize("item_id", ["2", "3.2", "2.3.2"])
def test_page_only_fields_appear_only_on_the_items_own_page(kalmar: Agenda, item_id: str) -> None:
    """The premise of the render cache: PAGE_ONLY_FIELDS of an item show on its page alone."""
    item = kalmar.item(item_id)
    page = {"Area": "omraden", "Goal": "mal", "Initiative": "insatser"}[type(item).__name__] + f"/{item_id}.md"
    before = render_all(kalmar)
    for name in sorted(PAGE_ONLY_FIELDS & set(type(item).model_fields)):
        value = [{"kind": "editorial", "text": "Ny anmärkning."}] if name == "notes" else "Helt ny text för testet."
        after = render_all(_edited(kalmar, item_id, **{name: value}))
        # Besides the item's page only the pages that are always rendered: the whole agenda on one
        # page, and the downloads with the page that lists them and their sizes.
        changed = [path for path in _changed(before, after)
                   if path not in (paths.WHOLE, paths.DATA) and not path.startswith(paths.DATA_DIR + "/")]
        assert changed == [page], name


@pytest.mark.parametrize("item_id, changes, only_its_area", [
    ("2.3.2", {"text": "Ny brödtext."}, True),
    ("2.3.2", {"title": "Ny titel"}, False),
    ("3.1", {"title": "Nytt mål"}, False),
    ("4", {"background": "Ny bakgrund."}, True),
    ("1.1.1", {"ansvar": "Någon annan", "actors": ["kommunerna"]}, False),
])
def test_render_cache_gives_what_a_full_render_gives(kalmar: Agenda, item_id: str, changes: dict[str, Any],
                                                     only_its_area: bool) -> None:
    cache = RenderCache()
    assert render_all(kalmar, cache=cache) == render_all(kalmar)
    always = sum(spec.inputs is None for spec in page_specs(kalmar))  # the whole agenda, the data page
    assert render_all(kalmar, cache=cache) == render_all(kalmar) and cache.rendered == always
    edited = _edited(kalmar, item_id, **changes)
    assert render_all(edited, cache=cache) == render_all(edited)
    if only_its_area:  # the pages of the edited area, its two neighbours in the pager, the whole agenda and data
        area = edited.item(item_id.split(".")[0])
        assert cache.rendered <= 1 + len(area.goals) + sum(len(goal.initiatives) for goal in area.goals) + 2 + always
    assert render_all(kalmar, cache=cache) == render_all(kalmar)


# Each area's parts of the files that show every area: the whole-agenda page (its table of contents and its
# text), agenda.json (the area's records and its links) and the two CSV tables.
AREA_PARTS = 6


@pytest.mark.parametrize("item_id, changes", [("2.3.2", {"text": "Ny brödtext."}), ("3.1", {"title": "Nytt mål"}),
                                              ("4", {"background": "Ny bakgrund."})])
def test_fragments_of_the_edited_area_alone_are_made_again(kalmar: Agenda, item_id: str,
                                                            changes: dict[str, Any]) -> None:
    cache = RenderCache()
    render_all(kalmar, cache=cache)
    assert cache.fragments.made == AREA_PARTS * len(kalmar.areas)
    edited = _edited(kalmar, item_id, **changes)
    assert render_all(edited, cache=cache) == render_all(edited)  # the same bytes as a full regeneration
    assert cache.fragments.made == AREA_PARTS
    assert render_all(edited, cache=cache) == render_all(edited) and cache.fragments.made == 0


def test_fragments_follow_removed_areas_the_site_address_and_agenda_yml(kalmar: Agenda) -> None:
    cache = RenderCache()
    render_all(kalmar, cache=cache)
    fewer = dataclasses.replace(kalmar, areas=kalmar.areas[:-1], decisions=[])  # decisions name the last area
    assert render_all(fewer, cache=cache) == render_all(fewer) and cache.fragments.made == 0
    assert render_all(kalmar, cache=cache) == render_all(kalmar) and cache.fragments.made == AREA_PARTS
    published = Publication(site_url="https://agenda.example.se/")
    assert render_all(kalmar, cache=cache, publication=published) == render_all(kalmar, publication=published)
    renamed = dataclasses.replace(kalmar, meta=kalmar.meta.model_copy(
        update={"terms": kalmar.meta.terms.model_copy(update={"area": "Fokusområde"})}))
    assert render_all(renamed, cache=cache) == render_all(renamed)
    assert cache.fragments.made == AREA_PARTS * len(kalmar.areas)


def test_render_cache_follows_changes_outside_the_areas(kalmar: Agenda) -> None:
    cache = RenderCache()
    render_all(kalmar, cache=cache)
    renamed = [actor.model_copy(update={"name": "Ett nytt namn"}) if actor.id == "kommunerna" else actor
               for actor in kalmar.actors]
    for edited in (dataclasses.replace(kalmar, actors=renamed),
                   dataclasses.replace(kalmar, meta=kalmar.meta.model_copy(
                       update={"terms": kalmar.meta.terms.model_copy(update={"initiative": "Åtgärd"})}))):
        assert render_all(edited, cache=cache) == render_all(edited)
    assert render_all(kalmar, cache=cache, comment_url="http://127.0.0.1:9/") == render_all(
        kalmar, comment_url="http://127.0.0.1:9/")


def test_source_cache_parses_only_changed_files(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(KALMAR, source / KALMAR.name)
    shutil.copytree(KALMAR.parent / "reference", source / "reference")
    agenda_dir = source / KALMAR.name
    cache = SourceCache()
    first = read_agenda(agenda_dir, cache=cache)
    second = read_agenda(agenda_dir, cache=cache)
    assert all(a is b for a, b in zip(first.areas, second.areas))
    assert second.meta is first.meta

    area_file = agenda_dir / "areas" / "2.yml"
    area_file.write_text(area_file.read_text(encoding="utf-8").replace(
        "title: Näringsliv", "title: Näringsliv och nya jobb", 1), encoding="utf-8")
    third = read_agenda(agenda_dir, cache=cache)
    assert third.areas[1].title == "Näringsliv och nya jobb"
    assert third.areas[1] is not second.areas[1]
    assert all(a is b for n, (a, b) in enumerate(zip(second.areas, third.areas)) if n != 1)
    assert render_all(third, cache=RenderCache()) == render_all(read_agenda(agenda_dir))


def test_agenda_json_is_the_same_bytes_as_the_standard_library_makes(kalmar: Agenda) -> None:
    """agenda.json is serialised by pydantic for speed; the published bytes must not change."""
    download = next(d for d in export_files(kalmar, Publication()) if isinstance(d.exporter, AgendaJson))
    assert download.content is not None
    data = json.loads(download.content)
    assert download.content == (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
