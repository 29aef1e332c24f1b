"""The overview picture: the areas in the middle, joined by lines to the national goals on the left and
to the global goals on the right, laid out here (boxes, lines, wrapped names) for html.j2 to draw as
SVG, with the same connections as a list for the text alternative.

An area is connected to a goal when it, one of its goals or one of its initiatives links to it (the
effective links of graph.LinkIndex, so the matrices show the same connections). A link written on the
area covers all of it; one written further down names the parts it is written for.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from .. import urls
from ..model import Agenda, Area, Goal, Initiative, Item
from ..model.graph import LinkIndex, ResolvedLink
from ..model.links import PROVENANCE_LABELS
from .colours import text_colour
from .text import enumeration

# The picture's units (the SVG's viewBox; one unit is one CSS pixel at its natural width).
BOX_WIDTH, BOX_HEIGHT, BOX_GAP, COLUMN_GAP = 190, 58, 12, 75
HEADING_HEIGHT = 30
LINE_HEIGHT, PADDING, ASCENT = 16, 8, 12  # of 14-unit text (charts.css)
CHARS_PER_LINE = 22  # in a box; longer names wrap, and past the box's lines end in "…"
LINES_PER_BOX = 3


@dataclass(frozen=True)
class Box:
    """A node: the page it links to, its name in full (for its title) and as the box shows it."""

    key: str
    path: str
    name: str
    lines: list[str]
    x: int
    y: int
    fill: str | None = None     # an SDG's own colour; other boxes take theirs from the stylesheet
    text_fill: str | None = None

    width, height = BOX_WIDTH, BOX_HEIGHT

    @property
    def middle(self) -> int:
        return self.y + BOX_HEIGHT // 2

    @property
    def text_x(self) -> int:
        return self.x + PADDING

    @property
    def baseline(self) -> int:
        """The first line's baseline: the lines centred in the box."""
        return self.y + (BOX_HEIGHT - len(self.lines) * LINE_HEIGHT) // 2 + ASCENT


@dataclass(frozen=True)
class Column:
    heading: str
    x: int
    boxes: list[Box]


@dataclass(frozen=True)
class Connection:
    """One area's link to one national or global goal, as the text alternative says it."""

    path: str
    name: str
    how: str          # "anges i agendans text"; both labels when its links differ
    editorial: bool   # only added by the editors: drawn dashed
    parts: str        # "" when written on the area, else the parts it is written for: "insatserna 1.1.1 och 1.2.1"


@dataclass(frozen=True)
class AreaConnections:
    area: Area
    name: str         # "Område 1 Kompetens"
    counts: str       # "5 mål, 8 insatser"
    national: list[tuple[str, Connection]]   # (national goal id, connection)
    sdgs: list[tuple[str, Connection]]       # (SDG number, connection)


@dataclass(frozen=True)
class Edge:
    start: Box
    end: Box
    editorial: bool

    @property
    def path(self) -> str:
        """A curve from the right edge of one box to the left edge of the other."""
        x1, y1, x2, y2 = self.start.x + BOX_WIDTH, self.start.middle, self.end.x, self.end.middle
        bend = (x1 + x2) // 2
        return f"M{x1} {y1}C{bend} {y1} {bend} {y2} {x2} {y2}"


@dataclass(frozen=True)
class Overview:
    areas: list[AreaConnections]
    columns: list[Column]
    edges: list[Edge]
    width: int
    height: int
    line_height: int = LINE_HEIGHT

    @property
    def drawn(self) -> bool:
        """Whether there is anything to draw: a picture without a single line says nothing."""
        return bool(self.edges)

    @property
    def dashed(self) -> bool:
        return any(edge.editorial for edge in self.edges)


def wrap(text: str, most: int = LINES_PER_BOX) -> list[str]:
    """`text` in lines that fit a box, at most `most` of them (the last cut short with "…")."""
    lines = textwrap.wrap(text, CHARS_PER_LINE, break_long_words=True) or [""]
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1][:CHARS_PER_LINE - 1].rstrip() + "…"
    return lines


def overview(agenda: Agenda, links: LinkIndex) -> Overview:
    terms = agenda.meta.terms
    areas = [_area_connections(agenda, links, area) for area in agenda.areas]
    sdgs = [agenda.sdg(number) for number in sorted({int(target) for area in agenda.areas
                                                     for target in _by_target(area, links.sdgs_of)})]
    # Per column, left to right, its boxes as (key, page, full name, lines shown, colour); a column
    # without boxes is left out.
    specs = [("Nationella mål", [(goal.id, urls.national_path(goal), goal.name, wrap(goal.name), None)
                                 for goal in agenda.strategy.goals]),
             (terms.areas, [(area.area.id, urls.item_path(area.area), ": ".join(filter(None, [area.name, area.counts])),
                             wrap(area.name, LINES_PER_BOX - 1 if area.counts else LINES_PER_BOX)
                             + ([area.counts] if area.counts else []), None) for area in areas]),
             ("Globala mål", [(str(sdg.number), urls.sdg_path(sdg), sdg.heading, wrap(sdg.heading), sdg.colour)
                             for sdg in sdgs])]
    specs = [(heading, boxes) for heading, boxes in specs if boxes]
    tallest = max(len(boxes) for _, boxes in specs)
    columns = []
    for index, (heading, boxes) in enumerate(specs):
        x = index * (BOX_WIDTH + COLUMN_GAP)
        top = HEADING_HEIGHT + (tallest - len(boxes)) * (BOX_HEIGHT + BOX_GAP) // 2
        columns.append(Column(heading, x, [Box(key, path, name, lines, x, top + row * (BOX_HEIGHT + BOX_GAP), fill,
                                               text_colour(fill) if fill else None)
                                           for row, (key, path, name, lines, fill) in enumerate(boxes)]))
    boxes = {(column.heading, box.key): box for column in columns for box in column.boxes}
    edges = []
    for area in areas:
        middle = boxes[(terms.areas, area.area.id)]
        edges += [Edge(boxes[("Nationella mål", key)], middle, connection.editorial)
                  for key, connection in area.national]
        edges += [Edge(middle, boxes[("Globala mål", key)], connection.editorial) for key, connection in area.sdgs]
    width = len(columns) * BOX_WIDTH + (len(columns) - 1) * COLUMN_GAP
    return Overview(areas, columns, edges, width, HEADING_HEIGHT + tallest * (BOX_HEIGHT + BOX_GAP))


def _area_connections(agenda: Agenda, links: LinkIndex, area: Area) -> AreaConnections:
    terms = agenda.meta.terms
    initiatives = [initiative for goal in area.goals for initiative in goal.initiatives]
    counts = ", ".join(_count(len(parts), one, many) for parts, one, many, present in (
        (area.goals, terms.goal, terms.goals, bool(agenda.goals)),
        (initiatives, terms.initiative, terms.initiatives, bool(agenda.initiatives))) if present)
    national = [(str(goal_id), _connection(agenda, area, found, urls.national_path(str(goal_id)),
                                           agenda.national_goal(str(goal_id)).name))
                for goal_id, found in _by_target(area, links.national_of).items()]
    sdgs = [(str(number), _connection(agenda, area, found, urls.sdg_path(int(number)),
                                      agenda.sdg(int(number)).heading))
            for number, found in sorted(_by_target(area, links.sdgs_of).items())]
    return AreaConnections(area, f"{terms.area} {area.id} {area.title}", counts, national, sdgs)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {(one if number == 1 else many).lower()}"


def _by_target(area: Area, links_of: Callable[[Item], list[ResolvedLink]]) -> dict[str | int, list[ResolvedLink]]:
    """The effective links of the area and everything in it, by target, in first-seen order."""
    found: dict[str | int, list[ResolvedLink]] = {}
    for item in area.items():
        for resolved in links_of(item):
            found.setdefault(resolved.target, []).append(resolved)
    return found


def _connection(agenda: Agenda, area: Area, found: list[ResolvedLink], path: str, name: str) -> Connection:
    declarations = {resolved.declared_on.id: resolved.link for resolved in found}
    provenances = sorted({link.provenance for link in declarations.values()}, reverse=True)  # "source" first
    return Connection(path, name, " och ".join(PROVENANCE_LABELS[p] for p in provenances),
                      provenances == ["editorial"],
                      "" if area.id in declarations else _parts(agenda, [resolved.item for resolved in found]))


def _parts(agenda: Agenda, items: list[Item]) -> str:
    """The linked parts at the lowest level among them: "insats 1.1.1", "insatser 1.1.1 och 1.2.1"."""
    terms = agenda.meta.terms
    level, one, many = next((level, one, many) for level, one, many in (
        (Initiative, terms.initiative, terms.initiatives), (Goal, terms.goal, terms.goals))
        if any(type(item) is level for item in items))
    ids = [item.id for item in items if type(item) is level]
    return f"{(one if len(ids) == 1 else many).lower()} {enumeration(ids)}"
