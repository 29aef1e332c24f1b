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
    """Agendans eget id för punkten, alltid en sträng inom citattecken: delar av bokstäver och siffror
    åtskilda av punkt. Ett område har t.ex. "1"; ett mål har områdets id, en punkt och en del till ("1.1");
    en insats har målets id, en punkt och en del till ("1.1.1"). Unikt bland agendans alla områden, mål och
    insatser."""
    title: Title
    """Rubriken, ordagrant ur källan."""
    notes: list[Note] = []
    """Redaktionella anteckningar: motsägelser i källan och redaktionens anmärkningar."""


class Initiative(ItemBase):
    """An initiative (insats): what is to be done, by whom, when and with what resources."""

    text: Text = ""
    """Insatsens beskrivning, Markdown, ordagrant ur källan; kan vara tom."""
    ansvar: Title
    """Vem som ansvarar, ordagrant som källan skriver det (t.ex. "Regionförbundet/regional utveckling")."""
    actors: list[Slug] = []
    """De ansvariga aktörerna som id:n ur actors.yml, där varje id måste finnas: ansvaret normaliserat."""
    tidplan: Title
    """Tidplanen, ordagrant som källan skriver den (t.ex. "Fr.o.m. 2018")."""
    start_year: Year | None = None
    """Första året tidplanen nämner, för tidslinjen: ett år, 1900–2100; null när tidplanen inte anger något
    startår (t.ex. "T.o.m. april 2021", som bara anger slutet, eller "Årligen")."""
    end_year: Year | None = None
    """Sista året tidplanen nämner: ett år, 1900–2100, inte före `start_year`; null när tidplanen inte anger
    något slutår. Med ett startår betyder null att insatsen pågår utan slut ("2018 och framåt"), och
    tidslinjen visar den som öppen åt höger; utan startår och slutår visar tidslinjen inga år."""
    resursbehov: Title
    """Resursbehovet, ordagrant som källan skriver det (t.ex. "Inom befintlig budget")."""
    earlier: list[EarlierInitiative] = []
    """Insatsens lydelse i tidigare versioner av agendan, med bara de fält som ändrades efter den versionen."""


class Goal(ItemBase):
    """A goal (mål) of an area, with its initiatives."""

    text: Text = ""
    """Målets egen inledning i det utförliga avsnittet, Markdown, ordagrant ur källan; kan vara tom."""
    initiatives: list[Initiative] = []
    """Målets insatser, i dokumentets ordning; varje insats id är målets id, en punkt och en del till."""
    earlier: list[Earlier] = []
    """Målets lydelse i tidigare versioner av agendan, med bara de fält som ändrades efter den versionen."""


class Area(ItemBase):
    """An area (område): one file areas/<id>.yml, with its goals."""

    background: Text = ""
    """Områdets bakgrundstext, Markdown, ordagrant ur källan; underrubriker skrivs `## Rubrik`."""
    goals: list[Goal] = []
    """Områdets mål, i dokumentets ordning; varje måls id är områdets id, en punkt och en del till."""
    earlier: list[EarlierArea] = []
    """Områdets lydelse i tidigare versioner av agendan, med bara de fält som ändrades efter den versionen."""

    def items(self) -> list[Area | Goal | Initiative]:
        """The area, its goals and their initiatives, in document order."""
        ordered: list[Area | Goal | Initiative] = [self]
        for goal in self.goals:
            ordered.append(goal)
            ordered.extend(goal.initiatives)
        return ordered


class Actor(Strict):
    """A responsible organisation: what the initiatives' `actors` name."""

    id: Slug
    """Aktörens id: gemena a–z, 0–9 och bindestreck (t.ex. "regionforbundet"); unikt i actors.yml."""
    name: Title
    """Aktörens fullständiga namn."""
    aliases: list[Title] = []
    """Andra former av namnet som ansvarstexterna använder (t.ex. "Regionförbundet/regional utveckling")."""
    description: Text = ""
    """En mening om vad organisationen är; kan vara tom."""


class ActorsFile(Strict):
    """actors.yml: the organisations the initiatives name as responsible."""

    actors: list[Actor]
    """Aktörerna som insatsernas `actors` pekar ut."""
