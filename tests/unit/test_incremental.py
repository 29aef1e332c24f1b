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

from generator import memo, urls
from generator.model import Agenda, Area
from generator.render.pages import PAGE_ONLY_FIELDS
from generator.source import read_agenda
from generator.writer import MANIFEST, write_files
from tests.minimal import REPO, exported, published

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


def test_the_writers_record_trusts_only_files_nobody_touched(tmp_path: Path) -> None:
    store = memo.Store()
    page = "Sida\n"

    def write(content: str) -> tuple[list[str], list[str]]:
        with memo.active(store):
            result = write_files(tmp_path, {"a.md": content})
        return result.written, result.unchanged

    assert write(page) == (["a.md"], [])
    assert write(page) == ([], ["a.md"])
    (tmp_path / "a.md").write_text("Ändrad för hand\n", encoding="utf-8")  # another size and mtime
    assert write(page) == (["a.md"], [])
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == page
    (tmp_path / "a.md").unlink()
    assert write(page) == (["a.md"], [])
    assert write("Ny sida\n") == (["a.md"], [])


def test_regenerating_an_unchanged_agenda_writes_nothing(tmp_path: Path, kalmar: Agenda) -> None:
    write_files(tmp_path, published(kalmar))
    for path in tmp_path.rglob("*"):
        if path.is_file():
            _age(path)
    result = write_files(tmp_path, published(kalmar))
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


class Serving:
    """Regenerations as `agenda serve` makes them: one memo store kept between them."""

    def __init__(self) -> None:
        self.store = memo.Store()

    def publish(self, agenda: Agenda, **changes: Any) -> dict[str, str | bytes]:
        with memo.active(self.store):
            return published(agenda, **changes)

    def made(self, kind: str) -> int:
        return self.store.made[kind]

    @property
    def area_parts(self) -> int:
        return sum(count for kind, count in self.store.made.items() if kind not in ("page",) and "file:" not in kind)


@pytest.mark.parametrize("item_id", ["2", "3.2", "2.3.2"])
def test_page_only_fields_appear_only_on_the_items_own_page(kalmar: Agenda, item_id: str) -> None:
    """The premise of keeping pages: PAGE_ONLY_FIELDS of an item show on its page alone."""
    item = kalmar.item(item_id)
    page = urls.item_path(item)
    before = published(kalmar)
    for name in sorted(PAGE_ONLY_FIELDS & set(type(item).model_fields)):
        value = [{"kind": "editorial", "text": "Ny anmärkning."}] if name == "notes" else "Helt ny text för testet."
        after = published(_edited(kalmar, item_id, **{name: value}))
        # Besides the item's page only the pages that are always rendered: the whole agenda on one
        # page, and the downloads with the page that lists them and their sizes.
        changed = [path for path in _changed(before, after)
                   if path not in (urls.WHOLE, urls.DATA) and not path.startswith(urls.DATA_DIR + "/")]
        assert changed == [page], name


@pytest.mark.parametrize("item_id, changes, only_its_area", [
    ("2.3.2", {"text": "Ny brödtext."}, True),
    ("2.3.2", {"title": "Ny titel"}, False),
    ("3.1", {"title": "Nytt mål"}, False),
    ("4", {"background": "Ny bakgrund."}, True),
    ("1.1.1", {"ansvar": "Någon annan", "actors": ["kommunerna"]}, False),
])
def test_kept_pages_give_what_a_full_render_gives(kalmar: Agenda, item_id: str, changes: dict[str, Any],
                                                  only_its_area: bool) -> None:
    serving = Serving()
    assert serving.publish(kalmar) == published(kalmar)
    assert serving.publish(kalmar) == published(kalmar) and serving.made("page") == 0
    edited = _edited(kalmar, item_id, **changes)
    assert serving.publish(edited) == published(edited)
    if only_its_area:  # the pages of the edited area and its two neighbours in the pager
        area = edited.item(item_id.split(".")[0])
        assert serving.made("page") <= 1 + len(area.goals) + sum(len(goal.initiatives) for goal in area.goals) + 2
    assert serving.publish(kalmar) == published(kalmar)


# Each area's parts of the files that show every area: the whole-agenda page (its table of contents and its
# text), agenda.json (the area's records and its links) and the two CSV tables.
AREA_PARTS = 6


@pytest.mark.parametrize("item_id, changes", [("2.3.2", {"text": "Ny brödtext."}), ("3.1", {"title": "Nytt mål"}),
                                              ("4", {"background": "Ny bakgrund."})])
def test_parts_of_the_edited_area_alone_are_made_again(kalmar: Agenda, item_id: str, changes: dict[str, Any]) -> None:
    serving = Serving()
    serving.publish(kalmar)
    assert serving.area_parts == AREA_PARTS * len(kalmar.areas)
    edited = _edited(kalmar, item_id, **changes)
    assert serving.publish(edited) == published(edited)  # the same bytes as a full regeneration
    assert serving.area_parts == AREA_PARTS
    assert serving.publish(edited) == published(edited) and serving.area_parts == 0


def test_parts_follow_removed_areas_the_site_address_and_agenda_yml(kalmar: Agenda) -> None:
    serving = Serving()
    # Decisions, versions and the summary name the last area: the agenda here has none of them, so that
    # it is still whole without that area.
    meta = kalmar.meta.model_copy(update={"versions": [], "sections": [
        section.model_copy(update={"summary": []}) for section in kalmar.meta.sections]})
    whole = dataclasses.replace(kalmar, meta=meta, decisions=[])
    serving.publish(whole)
    fewer = dataclasses.replace(whole, areas=whole.areas[:-1])
    assert serving.publish(fewer) == published(fewer) and serving.area_parts == 0
    assert serving.publish(whole) == published(whole) and serving.area_parts == AREA_PARTS
    address = "https://agenda.example.se/"
    assert serving.publish(kalmar, site_url=address) == published(kalmar, site_url=address)
    renamed = dataclasses.replace(kalmar, meta=kalmar.meta.model_copy(
        update={"terms": kalmar.meta.terms.model_copy(update={"area": "Fokusområde"})}))
    assert serving.publish(renamed) == published(renamed)
    assert serving.area_parts == AREA_PARTS * len(kalmar.areas)


def test_kept_pages_follow_changes_outside_the_areas(kalmar: Agenda) -> None:
    serving = Serving()
    serving.publish(kalmar)
    renamed = [actor.model_copy(update={"name": "Ett nytt namn"}) if actor.id == "kommunerna" else actor
               for actor in kalmar.actors]
    for edited in (dataclasses.replace(kalmar, actors=renamed),
                   dataclasses.replace(kalmar, meta=kalmar.meta.model_copy(
                       update={"terms": kalmar.meta.terms.model_copy(update={"initiative": "Åtgärd"})}))):
        assert serving.publish(edited) == published(edited)
    comments = "http://127.0.0.1:9/"
    assert serving.publish(kalmar, comment_url=comments) == published(kalmar, comment_url=comments)


def test_files_are_parsed_again_only_when_changed(tmp_path: Path) -> None:
    agenda_dir = tmp_path / KALMAR.name
    shutil.copytree(KALMAR, agenda_dir)
    store = memo.Store()

    def read() -> Agenda:
        with memo.active(store):
            return read_agenda(agenda_dir)

    first, second = read(), read()
    assert all(a is b for a, b in zip(first.areas, second.areas))
    assert second.meta is first.meta

    area_file = agenda_dir / "areas" / "2.yml"
    area_file.write_text(area_file.read_text(encoding="utf-8").replace(
        "title: Näringsliv", "title: Näringsliv och nya jobb", 1), encoding="utf-8")
    third = read()
    assert third.areas[1].title == "Näringsliv och nya jobb"
    assert third.areas[1] is not second.areas[1]
    assert all(a is b for n, (a, b) in enumerate(zip(second.areas, third.areas)) if n != 1)
    assert Serving().publish(third) == published(read_agenda(agenda_dir))


def test_agenda_json_is_the_same_bytes_as_the_standard_library_makes(kalmar: Agenda) -> None:
    """agenda.json is serialised by pydantic for speed; the published bytes must not change."""
    content = exported(kalmar)["agenda.json"]
    assert content is not None
    data = json.loads(content)
    assert content == (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
