"""Synthetic agendas N times the size of Kalmar's, written as YAML in the project's format.

The agenda is read through the model (so it is a valid agenda), and its areas are
copied N times with renumbered ids: copy k of area 3 becomes area 6k+3, with goals
6k+3.1 … and initiatives 6k+3.1.1 …. Texts, Ansvar, Tidplan, notes and the links
with their provenance are Kalmar's own, so text lengths and link counts per item are
realistic. Actors are shared (a large plan names the same organisations many times);
the consultation and decisions are Kalmar's. Kalmar has no consultation responses yet, so
each copy gets RESPONSES_PER_COPY synthetic ones (organisations from the sändlista, texts
from the agenda) to exercise the remissammanställning and the per-item response lookups.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator.model import DISPOSITIONS, Agenda, Area
from generator.source import read_agenda


class _Quoted(str):
    """An id: always written as a double-quoted string, as source/README.md asks."""


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(datetime.date, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:timestamp",
                                                                                   value.isoformat()))
_Dumper.add_representer(_Quoted, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", str(value),
                                                                              style='"'))


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100_000)


RESPONSES_PER_COPY = 20


def write_agenda(kalmar_dir: Path, source_root: Path, scale: int) -> Path:
    """Write `source_root/bench-<scale>x/`; return the agenda folder."""
    agenda = read_agenda(kalmar_dir)
    target = source_root / f"bench-{scale}x"
    if target.exists():
        shutil.rmtree(target)
    (target / "areas").mkdir(parents=True)
    for name in ("actors.yml", "consultation.yml", "decisions.yml"):
        if (kalmar_dir / name).exists():
            shutil.copy2(kalmar_dir / name, target / name)
    meta = yaml.safe_load((kalmar_dir / "agenda.yml").read_text(encoding="utf-8"))
    meta["id"] = f"bench-{scale}x"
    meta["title"] = f"Syntetisk agenda, {scale} × Kalmar läns digitala agenda"
    meta["short_title"] = f"Syntetisk agenda {scale}×"
    (target / "agenda.yml").write_text(dump(meta), encoding="utf-8")
    count = len(agenda.areas)
    for copy in range(scale):
        for position, area in enumerate(agenda.areas):
            new_id = str(copy * count + position + 1)
            (target / "areas" / f"{new_id}.yml").write_text(dump(_renumbered(area, new_id)), encoding="utf-8")
        if agenda.consultation:
            (target / "responses").mkdir(exist_ok=True)
            (target / "responses" / f"del-{copy + 1}.yml").write_text(dump(_responses(agenda, copy)), encoding="utf-8")
    return target


def _responses(agenda: Agenda, copy: int) -> dict[str, Any]:
    """Synthetic answers on this copy's items, from the sändlista's organisations."""
    consultation = agenda.consultation
    assert consultation is not None
    items = agenda.items()
    texts = [initiative.text.strip().split("\n\n")[0] for initiative in agenda.initiatives if initiative.text.strip()]
    offset = copy * len(agenda.areas)
    responses = []
    for n in range(RESPONSES_PER_COPY):
        item = items[(n * 7) % len(items)]
        area_id, _, rest = item.id.partition(".")
        disposition = DISPOSITIONS[n % len(DISPOSITIONS)] if n % 5 else None
        response: dict[str, Any] = {
            "id": f"syntetisk-{copy + 1}-{n + 1}",
            "item": _Quoted(str(int(area_id) + offset) + ("." + rest if rest else "")) if n % 10 else None,
            "organisation": consultation.bodies[(copy * RESPONSES_PER_COPY + n) % len(consultation.bodies)].name,
            "date": consultation.start + datetime.timedelta(days=n % 30),
            "text": texts[(copy + n) % len(texts)],
        }
        if disposition:
            response["disposition"] = disposition
            response["reason"] = "Synpunkten har beaktats i den fortsatta beredningen."
        responses.append(response)
    return {"responses": responses}


def _renumbered(area: Area, new_id: str) -> dict[str, Any]:
    dumped = area.model_dump(mode="json", exclude_defaults=True)
    data = {"id": None, "title": None, **dumped}  # id and title first, as the hand-written files have them

    def renumber(item_id: str) -> _Quoted:
        return _Quoted(new_id + item_id[len(area.id):])

    data["id"] = _Quoted(new_id)
    for goal in data.get("goals", []):
        goal["id"] = renumber(goal["id"])
        for initiative in goal.get("initiatives", []):
            initiative["id"] = renumber(initiative["id"])
    return data
