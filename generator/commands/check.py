"""`agenda check`: validate an agenda and print a one-line summary."""

from __future__ import annotations

from pathlib import Path

from ..model import Agenda
from ..source import read_agenda


def summary(agenda: Agenda) -> str:
    links = sum(len(item.national_goals) + len(item.sdgs) for item in agenda.items())
    links += len(agenda.meta.national_goals) + len(agenda.meta.sdgs)
    return (f"{agenda.meta.id}: {len(agenda.areas)} areas, {len(agenda.goals)} goals, "
            f"{len(agenda.initiatives)} initiatives, {len(agenda.actors)} actors, {links} links")


def run(agenda_dir: Path) -> int:
    agenda = read_agenda(agenda_dir)
    print(f"OK {summary(agenda)}")
    return 0
