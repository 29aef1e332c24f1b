"""Reference data shared by all agendas: the 17 SDGs and the national digitalisation strategies."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import HexColour, Note, Slug, Strict, Text, Title


class Sdg(Strict):
    """One of the 17 global goals for sustainable development (Agenda 2030)."""

    number: Annotated[int, Field(strict=True, ge=1, le=17)]
    """Målets nummer, 1–17; länkarnas `goal` pekar ut det."""
    name: Title
    """Målets korta svenska namn (t.ex. "Ingen fattigdom")."""
    text: Title
    """Målets formulering på svenska, i Regeringskansliets översättning."""
    colour: HexColour
    """Målets färg enligt FN:s grafiska profil, "#RRGGBB"."""
    notes: list[Note] = []
    """Redaktionella anteckningar, t.ex. om källor som skriver namnet olika."""

    @property
    def heading(self) -> str:
        """The goal as the site names it, set apart from an agenda's own goals ("Mål 1.1")."""
        return f"Globalt mål {self.number}: {self.name}"


class SdgFile(Strict):
    """The 17 SDGs, shipped with the tool (generator/reference/sdgs.yml)."""

    source: Title
    """Källorna till målen som helhet."""
    sources: dict[str, Title] = {}
    """Källan till varje fält, per fältnamn (`name`, `text`, `colour`)."""
    goals: list[Sdg]
    """De 17 målen, i nummerordning."""


class NationalGoal(Strict):
    """A goal of a national strategy, which items link to by its id."""

    id: Slug
    """Målets id: gemena a–z, 0–9 och bindestreck (t.ex. "digital-kompetens"); agendans `national_goals`
    pekar ut det."""
    name: Title
    """Målets namn (t.ex. "Digital kompetens")."""
    text: Title
    """Målets formulering, ordagrant ur källan."""
    source: Title
    """Var formuleringen kommer ifrån."""
    notes: list[Note] = []
    """Redaktionella anteckningar om målet."""


class NationalStrategy(Strict):
    """A national (or the agenda's own) strategy whose goals an agenda links to."""

    id: Slug
    """Strategins id: gemena a–z, 0–9 och bindestreck (t.ex. "digitaliseringsstrategin-2017"); agenda.yml:s
    `national_strategy` pekar ut det. En agendas egen strategi i strategies.yml måste ha ett nytt id, inte en
    av de medföljande strategiernas."""
    name: Title
    """Strategins namn."""
    year: Annotated[int, Field(strict=True)]
    """Strategins år, ett heltal (t.ex. 2017), som sidorna visar efter namnet."""
    reference: Title | None = None
    """Regeringens diarienummer för strategin, där källorna anger det."""
    publisher: Title
    """Vem som gav ut strategin (t.ex. "Regeringskansliet (Näringsdepartementet)")."""
    vision: Title | None = None
    """Strategins vision; null när den saknas."""
    overall_goal: Title
    """Strategins övergripande mål."""
    source: Title
    """Källorna till strategins uppgifter."""
    goals: list[NationalGoal]
    """Strategins mål, som agendans punkter kan kopplas till, i strategins ordning."""
    description: Text = ""
    """En beskrivning av strategin, Markdown; kan vara tom."""
    notes: list[Note] = []
    """Redaktionella anteckningar om strategin."""


class StrategiesFile(Strict):
    """National strategies: generator/reference/national-strategies.yml, or an agenda's own strategies.yml."""

    strategies: list[NationalStrategy]
    """Strategierna; en agendas egna (strategies.yml) har id:n som ingen medföljande strategi har."""
