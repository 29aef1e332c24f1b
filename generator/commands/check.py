"""`agenda check`: validate an agenda and print a one-line summary, and what a maintainer should know."""

from __future__ import annotations

import datetime
from pathlib import Path

from ..swedish import swedish_today
from ..model import Agenda
from ..render.colours import BrandColours
from ..source import read_agenda


def summary(agenda: Agenda) -> str:
    links = sum(len(item.national_goals) + len(item.sdgs) for item in agenda.items())
    links += len(agenda.meta.national_goals) + len(agenda.meta.sdgs)
    return (f"{agenda.meta.id}: {len(agenda.areas)} areas, {len(agenda.goals)} goals, "
            f"{len(agenda.initiatives)} initiatives, {len(agenda.actors)} actors, {links} links")


def brand_notes(agenda: Agenda) -> list[str]:
    """What the site makes of a brand colour that is too light or too dark for text on its own."""
    colour = agenda.meta.brand.colour
    if not colour:
        return []
    derived = BrandColours.from_colour(colour)
    return [f"brand.colour {derived.header}: {scheme} use {shade}, the nearest shade with 4.5:1 contrast"
            for scheme, shade in (("links on light backgrounds", derived.link_light),
                                  ("links on dark backgrounds", derived.link_dark))
            if shade != derived.header]


def consultation_notes(agenda: Agenda, today: datetime.date) -> list[str]:
    """Where the remiss stands on `today`, and a `status` that overrides what the dates say."""
    consultation = agenda.consultation
    if consultation is None:
        return []
    state, by_dates = consultation.state(today), consultation.state_by_dates(today)
    notes = [f"consultation.yml: the remiss is {state} as of {today.isoformat()} "
             f"({consultation.start.isoformat()} to the end of {consultation.deadline.isoformat()})"]
    if state != by_dates:
        notes.append(f"consultation.yml: status: {state} overrides the dates, which say {by_dates}")
    return notes


def notes(agenda: Agenda, today: datetime.date) -> list[str]:
    """What a maintainer should know that is not an error."""
    return [f"  note: {note}" for note in brand_notes(agenda) + consultation_notes(agenda, today)
            + [str(warning) for warning in agenda.warnings]]


def run(agenda_dir: Path, as_of: datetime.date | None = None) -> int:
    agenda = read_agenda(agenda_dir)
    print("\n".join([f"OK {summary(agenda)}", *notes(agenda, as_of or swedish_today())]))
    return 0
