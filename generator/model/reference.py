"""Reference data shared by all agendas: the 17 SDGs and the national digitalisation strategies."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import HexColour, Note, Slug, Strict, Text, Title


class Sdg(Strict):
    number: Annotated[int, Field(strict=True, ge=1, le=17)]
    name: Title
    text: Title
    colour: HexColour
    notes: list[Note] = []


class SdgFile(Strict):
    source: Title
    sources: dict[str, Title] = {}
    goals: list[Sdg]


class NationalGoal(Strict):
    id: Slug
    name: Title
    text: Title
    source: Title
    notes: list[Note] = []


class NationalStrategy(Strict):
    id: Slug
    name: Title
    year: Annotated[int, Field(strict=True)]
    reference: Title | None = None  # the government's diarienummer, where the sources give it
    publisher: Title
    vision: Title | None = None
    overall_goal: Title
    source: Title
    goals: list[NationalGoal]
    description: Text = ""
    notes: list[Note] = []


class StrategiesFile(Strict):
    strategies: list[NationalStrategy]
