"""The agenda's three levels: area (område), goal (mål) and initiative (insats)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import ItemId, Note, Slug, Strict, Text, Title
from .links import Linked

Year = Annotated[int, Field(strict=True, ge=1900, le=2100)]


class Initiative(Linked):
    id: ItemId
    title: Title
    text: Text = ""
    ansvar: Title
    actors: list[Slug] = []
    tidplan: Title
    start_year: Year | None = None
    end_year: Year | None = None
    resursbehov: Title
    notes: list[Note] = []


class Goal(Linked):
    id: ItemId
    title: Title
    text: Text = ""
    initiatives: list[Initiative] = []
    notes: list[Note] = []


class Area(Linked):
    id: ItemId
    title: Title
    background: Text = ""
    goals: list[Goal] = []
    notes: list[Note] = []


class Actor(Strict):
    id: Slug
    name: Title
    aliases: list[Title] = []
    description: Text = ""


class ActorsFile(Strict):
    actors: list[Actor]
