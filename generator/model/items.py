"""The agenda's three levels: area (område), goal (mål) and initiative (insats)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import ItemId, Note, Slug, Strict, Text, Title
from .links import Linked
from .versions import Earlier, EarlierArea, EarlierInitiative

Year = Annotated[int, Field(strict=True, ge=1900, le=2100)]


class ItemBase(Linked):
    """What every level has: the agenda's own id, a title and editorial notes."""

    id: ItemId
    title: Title
    notes: list[Note] = []


class Initiative(ItemBase):
    text: Text = ""
    ansvar: Title
    actors: list[Slug] = []
    tidplan: Title
    start_year: Year | None = None
    end_year: Year | None = None
    resursbehov: Title
    earlier: list[EarlierInitiative] = []  # its wording in earlier versions of the agenda


class Goal(ItemBase):
    text: Text = ""
    initiatives: list[Initiative] = []
    earlier: list[Earlier] = []


class Area(ItemBase):
    background: Text = ""
    goals: list[Goal] = []
    earlier: list[EarlierArea] = []

    def items(self) -> list[Area | Goal | Initiative]:
        """The area, its goals and their initiatives, in document order."""
        ordered: list[Area | Goal | Initiative] = [self]
        for goal in self.goals:
            ordered.append(goal)
            ordered.extend(goal.initiatives)
        return ordered


class Actor(Strict):
    id: Slug
    name: Title
    aliases: list[Title] = []
    description: Text = ""


class ActorsFile(Strict):
    actors: list[Actor]
