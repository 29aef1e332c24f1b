"""The agenda's own metadata (agenda.yml) and the assembled agenda with its lookups."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from ..errors import Problem
from .common import HexColour, ItemId, LogoFile, Note, Slug, Strict, Text, Title
from .consultation import Consultation, Contact, Decision
from .items import Actor, Area, Goal, Initiative
from .licences import find_licence
from .links import Linked
from .reference import NationalGoal, NationalStrategy, Sdg
from .responses import Response
from .versions import Earlier, Revision, Version, Wordings


class SummaryEntry(Strict):
    """One line of a summary list, as the summary writes it: "Mål 1.1" + "Öka vuxna medborgares …"."""

    item: ItemId
    """Id för det område, mål eller den insats raden står för, t.ex. "1.1"; måste finnas i agendan (areas/)."""
    label: Title
    """Sammanfattningens egen etikett för raden, ordagrant: "1. KOMPETENS", "Mål 2.1)", "Insats 1.1.1)"."""
    text: Text = ""
    """Radens text med sammanfattningens egen lydelse, ordagrant; kan vara tom."""


class Signature(Strict):
    """Who signed a text (a förord): the name, and the role on the line below it."""

    name: Title
    """Undertecknarens namn."""
    role: Title = ""
    """Undertecknarens roll, som står på raden under namnet (t.ex. "Ordförande Regionförbundet i Kalmar län");
    kan utelämnas."""


class Section(Strict):
    """A text outside the areas: förord, inledning, a bilaga."""

    id: Slug
    """Textens id: gemena a–z, 0–9 och bindestreck (t.ex. "forord"), används i adressen /om-agendan/<id>/.
    Unikt bland alla texter i agenda.yml (sections, closing och appendices tillsammans)."""
    title: Title
    """Textens rubrik, ordagrant ur källan."""
    text: Text
    """Textens innehåll, Markdown, ordagrant ur källan; underrubriker skrivs `## Rubrik`."""
    summary: list[SummaryEntry] = []
    """En förteckning över agendans områden, mål och insatser med textens egen lydelse (en sammanfattning),
    länkade till sina sidor; varje rad måste peka ut ett id som finns i agendan."""
    signatures: list[Signature] = []
    """Vilka som undertecknat texten (ett förord), i ordning."""
    notes: list[Note] = []
    """Redaktionella anteckningar om texten."""
    earlier: list[Earlier] = []
    """Textens lydelse i tidigare versioner av agendan, med bara de fält som ändrades efter den versionen."""


class Period(Strict):
    """The years the agenda is for."""

    start: Annotated[int, Field(strict=True)]
    """Första året agendan gäller, ett heltal (t.ex. 2019)."""
    end: Annotated[int, Field(strict=True)]
    """Sista året agendan gäller, ett heltal (t.ex. 2020); tidslinjen har en kolumn för varje år i perioden
    och för de år insatsernas tidplaner nämner."""


class Terms(Strict):
    """The agenda's own words for its levels, used in headings, navigation and labels."""

    area: Title = "Område"
    """Agendans ord för ett område, i singular (standard "Område")."""
    areas: Title = "Områden"
    """Agendans ord för områden, i plural (standard "Områden")."""
    goal: Title = "Mål"
    """Agendans ord för ett mål, i singular (standard "Mål")."""
    goals: Title = "Mål"
    """Agendans ord för mål, i plural (standard "Mål")."""
    initiative: Title = "Insats"
    """Agendans ord för en insats, i singular (standard "Insats")."""
    initiatives: Title = "Insatser"
    """Agendans ord för insatser, i plural (standard "Insatser")."""


class Brand(Strict):
    """The owner's visual identity on the site: the header colour and the logo beside the site name.

    Any colour may be given: the site derives link and text colours from it that meet WCAG AA
    contrast in the light and the dark colour scheme (see render/colours.py).
    """

    colour: HexColour | None = None
    """Sidhuvudets färg som sex hexadecimala siffror, "#RRGGBB" (t.ex. "#005AA0"); länk- och textfärger
    härleds ur den med kontrast enligt WCAG AA. Utan den gäller den konfigurerade färgpaletten."""
    logo: LogoFile | None = None
    """Ägarens logotyp: namnet (utan mappar) på en .svg- eller .png-fil bredvid agenda.yml, som måste finnas
    och vara den bildtyp namnet anger; visas i sidhuvudet och som favicon."""


def _organisation_number(value: str) -> str:
    """A Swedish organisationsnummer as written, NNNNNN-NNNN, whose last digit checks the others (Luhn),
    so that a mistyped number never becomes a data portal's identity of the owner."""
    digits = value.replace("-", "")
    if not (len(value) == 11 and value[6] == "-" and digits.isdigit()):
        raise ValueError(f"invalid organisationsnummer '{value}' (expected NNNNNN-NNNN, e.g. '232100-0073')")
    if _luhn_sum(digits) % 10:
        raise ValueError(f"organisationsnummer '{value}': the check digit does not match (a digit mistyped?)")
    return value


def _luhn_sum(digits: str) -> int:
    doubled = (int(d) * (2 - i % 2) for i, d in enumerate(digits))  # every other digit doubled, from the first
    return sum(n - 9 if n > 9 else n for n in doubled)


# The pattern is for editors' schema checks only; the validator gives the message (and checks the digit).
OrganisationNumber = Annotated[str, Field(strict=True, json_schema_extra={"pattern": r"^[0-9]{6}-[0-9]{4}$"}),
                               AfterValidator(_organisation_number)]

# The EU's publisher types (ADMS), which DCAT-AP-SE requires of the data's publisher (dct:type).
PUBLISHER_TYPE_URI = "http://purl.org/adms/publishertype/"
PublisherType = Literal["RegionalAuthority", "LocalAuthority", "NationalAuthority", "SupraNationalAuthority",
                        "Academia-ScientificOrganisation", "Company", "IndustryConsortium",
                        "NonGovernmentalOrganisation", "NonProfitOrganisation", "PrivateIndividual(s)",
                        "StandardisationBody"]

# Where places are named for the data portals (dct:spatial): the EU's NUTS regions (a län is NUTS 3, Kalmar
# län SE213), GeoNames (which DCAT-AP-SE suggests), the EU's countries and places. An address must match
# one of these exactly: a harvester takes http and https, or a missing slash, for different places.
PLACE_FORMS = {
    "http://data.europa.eu/nuts/code/SE213": r"http://data\.europa\.eu/nuts/code/[A-Z]{2}[0-9A-Z]{0,3}",
    "https://sws.geonames.org/2685867/": r"https://sws\.geonames\.org/[1-9][0-9]*/",
    "http://publications.europa.eu/resource/authority/country/SWE":
        r"http://publications\.europa\.eu/resource/authority/(country|place)/[A-Z0-9_]+",
}


def _place(value: str) -> str:
    if not any(re.fullmatch(form, value) for form in PLACE_FORMS.values()):
        raise ValueError(f"unknown kind of place '{value}' (expected an address like one of: "
                         f"{', '.join(PLACE_FORMS)})")
    return value


Place = Annotated[str, Field(strict=True, json_schema_extra={"pattern": "^(" + "|".join(PLACE_FORMS.values()) + ")$"}),
                  AfterValidator(_place)]


Status = Literal["draft", "consultation", "adopted"]
# How the site names each status (the version sent on remiss is a "remissversion").
STATUS_LABELS: dict[str, str] = {"draft": "Utkast", "consultation": "Remissversion", "adopted": "Antagen"}


class AgendaMeta(Linked):
    """The agenda's own metadata (agenda.yml): titles, owner, status and versions, the texts around the areas,
    and links from the agenda as a whole to national goals and SDGs (not passed on to the areas)."""

    id: Slug
    """Agendans id: gemena a–z, 0–9 och bindestreck, t.ex. "kalmar-2019"."""
    title: Title
    """Agendans fullständiga titel, ordagrant ur källan."""
    short_title: Title | None = None
    """Kort namn som visas i webbplatsens sidhuvud; utan det visas titeln."""
    subtitle: Text = ""
    """En rad under titeln (t.ex. "Ett handlingsprogram under ..."); kan vara tom."""
    owner: Title
    """Organisationen som äger agendan och står som utgivare av datan (DCAT:s publisher)."""
    # The owner as the data portals know it (DCAT's publisher): its organisationsnummer, only as a source gives
    # it, and what kind of body it is.
    organisation_number: OrganisationNumber | None = None
    """Ägarens organisationsnummer, "NNNNNN-NNNN" (inom citattecken; kontrollsiffran kontrolleras). Ange det
    bara som en källa ger det; dataportalerna känner då igen ägaren."""
    owner_type: PublisherType = "RegionalAuthority"  # the tool is for regional agendas
    """Vilket slags organisation ägaren är, enligt EU:s förteckning över utgivartyper (ADMS), som DCAT-AP-SE
    kräver: `RegionalAuthority` (region, landsting, regionförbund; standard), `LocalAuthority` (kommun) osv."""
    publishers: list[Title] = []
    """Organisationerna som ger ut agendan, som källan anger dem (visas som Utgivare)."""
    status: Status
    """Agendans status: `draft` (utkast), `consultation` (versionen som skickats på remiss) eller `adopted`
    (antagen)."""
    # With `versions` (oldest first) `version` and `date` are the last one's and are left out of agenda.yml.
    version: Title = None  # type: ignore[assignment]  # None only until _current_version has run
    """Den aktuella versionens namn (t.ex. "Förslag 2018-04-25"). Krävs utan `versions`; med `versions` är det
    den sista versionens `title` och ska utelämnas i agenda.yml."""
    date: datetime.date | None = None
    """Den aktuella versionens datum, ÅÅÅÅ-MM-DD; null för en odaterad källa. Med `versions` är det den sista
    versionens `date` och ska utelämnas i agenda.yml."""
    versions: list[Version] = []
    """Agendans versioner, äldst först; den sista är den som webbplatsen visar. Id:n är unika och datumen går
    inte bakåt."""
    period: Period | None = None
    """Åren agendan gäller, `{start: 2019, end: 2020}`."""
    national_strategy: Slug
    """Id för den nationella strategi vars mål agendan länkar till: en av strategierna som följer med verktyget
    (generator/reference/national-strategies.yml) eller en i agendans egen strategies.yml."""
    licence: Title = "CC0-1.0"
    """Licensen för dataexporterna: ett SPDX-id, `CC0-1.0` (standard), `CC-BY-4.0` eller `CC-BY-SA-4.0`, eller
    licensens http(s)-adress."""
    contact: Contact | None = None
    """Vem som svarar på frågor om agendan och webbplatsen (utan den: ägaren); tillgänglighetsredogörelsen
    nämner den, och dataportalernas kontaktpunkt är dess e-postadress (annars remissens)."""
    spatial: list[Place] = []  # the forms are PLACE_FORMS
    """Området agendan gäller, som adresser i ett ortsregister som dataportalerna känner: EU:s NUTS-regioner
    (http://data.europa.eu/nuts/code/SE213 för Kalmar län), GeoNames (https://sws.geonames.org/<id>/) eller EU:s
    länder och platser (http://publications.europa.eu/resource/authority/country/SWE); exakt så skrivna."""
    brand: Brand = Brand()
    """Ägarens grafiska profil på webbplatsen: sidhuvudets färg och logotyp."""
    terms: Terms = Terms()
    """Agendans egna ord för sina nivåer, i rubriker, navigering och etiketter."""
    sections: list[Section] = []
    """Texterna före områdena (förord, inledning, sammanfattning ...), i dokumentets ordning."""
    intro: Slug | None = None
    """Id för den text i `sections` som startsidan citerar; måste finnas där. Utan det: "inledning" om den
    finns, annars den första."""
    closing: list[Section] = []
    """Texter som följer efter områdena i dokumentet och inte är bilagor, i dokumentets ordning."""
    appendices: list[Section] = []
    """Bilagorna, i dokumentets ordning."""
    notes: list[Note] = []
    """Redaktionella anteckningar om agendan som helhet."""

    @property
    def texts(self) -> list[Section]:
        """Every section, closing text and bilaga, in document order (around the areas)."""
        return [*self.sections, *self.closing, *self.appendices]

    @model_validator(mode="before")
    @classmethod
    def _current_version(cls, data: object) -> object:
        """`version` and `date` from the last of `versions`, when they are given and it is readable."""
        if not (isinstance(data, dict) and isinstance(data.get("versions"), list) and data["versions"]):
            return data
        current = data["versions"][-1]
        if isinstance(current, dict) and "version" not in data and "date" not in data:
            return {**data, "version": current.get("title"), "date": current.get("date")}
        return data

    @model_validator(mode="after")
    def _version_given(self) -> AgendaMeta:
        if self.version is None:
            raise ValueError("missing required field 'version' (or 'versions', the agenda's versions oldest first)")
        return self

    @field_validator("licence")
    @classmethod
    def _licence_is_known(cls, value: str) -> str:
        find_licence(value)  # DCAT needs a licence URI; an unknown id is an error in agenda.yml
        return value


def contact_with_email(meta: AgendaMeta, consultation: Consultation | None) -> Contact | None:
    """Whom the data portals are to name as the data's contact point (DCAT-AP-SE asks for an e-mail address):
    agenda.yml's contact, else the remiss's, if it has an address."""
    found = [contact for contact in (meta.contact, consultation.contact if consultation else None)
             if contact is not None and contact.email]
    return found[0] if found else None


def contact_with_channel(meta: AgendaMeta, consultation: Consultation | None) -> Contact | None:
    """Whom a reader can reach, as the accessibility statement must say (lag 2018:1937): agenda.yml's
    contact, else the remiss's, if it gives an e-mail address, a phone number or a postal address."""
    found = [contact for contact in (meta.contact, consultation.contact if consultation else None)
             if contact is not None and (contact.email or contact.phone or contact.address)]
    return found[0] if found else None


Item = Area | Goal | Initiative
Worded = Item | Section  # what has a wording of its own, and so earlier ones


@dataclass
class Agenda:
    """The whole agenda, checked and cross-linked: what every renderer reads."""

    meta: AgendaMeta
    areas: list[Area]
    actors: list[Actor]
    sdgs: list[Sdg]
    strategy: NationalStrategy
    consultation: Consultation | None = None
    decisions: list[Decision] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    logo: bytes | None = None  # the content of meta.brand.logo
    # Exported comments the registrator has excluded: not shown anywhere, but known, so never exported again.
    excluded_comments: set[int] = field(default_factory=set)
    documents: dict[str, bytes] = field(default_factory=dict)  # the responses' signed PDFs, by file name
    # What a maintainer should know that does not stop a build (`agenda check` prints them as notes): about the
    # source files, not the agenda, so an agenda read back from agenda.json without them is still equal.
    warnings: list[Problem] = field(default_factory=list, compare=False)

    # Kept once made: templates ask for them on every page, and an agenda is not changed after loading.
    @cached_property
    def goals(self) -> list[Goal]:
        return [goal for area in self.areas for goal in area.goals]

    @cached_property
    def initiatives(self) -> list[Initiative]:
        return [initiative for goal in self.goals for initiative in goal.initiatives]

    def items(self) -> list[Item]:
        """Every area, goal and initiative in document order."""
        return [item for area in self.areas for item in area.items()]

    def parents(self, item: Item) -> list[Item]:
        """The item's ancestors, outermost first (area, then goal)."""
        return self._parents[item.id]

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def responses_to(self, item: Item | None) -> list[Response]:
        """Responses on one item, or with item None on the agenda as a whole."""
        return list(self._answers.get(item.id if item is not None else None, []))

    def positions_on(self, item: Item) -> list[Response]:
        """Formal answers filed under another part (or the whole) that take a position on `item`."""
        return list(self._positions.get(item.id, []))

    def revisions(self, worded: Worded) -> list[Revision]:
        """How an item's or section's wording changed from version to version, oldest change first."""
        return Wordings(self.meta.versions, worded, list(worded.earlier)).revisions()

    def changes(self) -> list[tuple[Version, list[tuple[Worded, Revision]]]]:
        """Every version after the first with what it changed, in document order."""
        meta = self.meta
        worded: list[Worded] = [*meta.sections, *self.items(), *meta.closing, *meta.appendices]
        made = [(thing, revision) for thing in worded for revision in self.revisions(thing)]
        return [(version, [(thing, revision) for thing, revision in made if revision.version is version])
                for version in self.meta.versions[1:]]

    def decision(self, decision_id: str) -> Decision:
        return next(decision for decision in self.decisions if decision.id == decision_id)

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    def sdg(self, number: int) -> Sdg:
        return self._sdgs[number]

    def national_goal(self, goal_id: str) -> NationalGoal:
        return self._national_goals[goal_id]

    def __post_init__(self) -> None:
        self._actors = {actor.id: actor for actor in self.actors}
        self._sdgs = {sdg.number: sdg for sdg in self.sdgs}
        self._national_goals = {goal.id: goal for goal in self.strategy.goals}
        self._items = {item.id: item for item in self.items()}
        self._answers: dict[str | None, list[Response]] = {}  # item id (None: the agenda) -> its answers
        self._positions: dict[str, list[Response]] = {}
        for response in self.responses:
            if response.kind == "answer":
                self._answers.setdefault(response.item, []).append(response)
            for position in response.positions:
                if position.item is not None and position.item != response.item:
                    self._positions.setdefault(position.item, []).append(response)
        self._parents: dict[str, list[Item]] = {}
        for area in self.areas:
            self._parents[area.id] = []
            for goal in area.goals:
                self._parents[goal.id] = [area]
                for initiative in goal.initiatives:
                    self._parents[initiative.id] = [area, goal]
