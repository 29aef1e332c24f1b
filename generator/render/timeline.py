"""The timeline as a chart: per area, one row per initiative and one cell per year, marking only the
years its tidplan gives (`start_year`, `end_year`). Nothing is filled in that the source does not
say: a tidplan with only an end ("T.o.m. april 2021") has no start, one without years has no bar."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Agenda, Area, Initiative

# What a cell says (to a screen reader, and in the table a sighted reader sees beside the bars), and
# the class that draws its piece of the bar.
START, ONGOING, END, ONLY = "startår", "pågår", "slutår", "startår och slutår"
END_ONLY = "slutår; tidplanen anger inget startår"
OPEN = "pågår; tidplanen anger inget slutår"
OPEN_START = "startår; tidplanen anger inget slutår"
NONE = "ingen uppgift"
_CLASSES = {START: "start", ONGOING: "on", END: "end", ONLY: "only", END_ONLY: "end-only", OPEN: "open",
            OPEN_START: "open-start", NONE: "none"}


@dataclass(frozen=True)
class YearCell:
    year: int
    text: str

    @property
    def kind(self) -> str:
        """The cell's class: which piece of a bar it draws ("none" draws nothing)."""
        return _CLASSES[self.text]


@dataclass(frozen=True)
class TimelineRow:
    initiative: Initiative
    cells: list[YearCell]


@dataclass(frozen=True)
class AreaTimeline:
    area: Area
    rows: list[TimelineRow]


@dataclass(frozen=True)
class Timeline:
    years: list[int]
    areas: list[AreaTimeline]


def years(agenda: Agenda) -> list[int]:
    """The chart's columns: every year from the first to the last that the agenda's period or a tidplan gives."""
    period = agenda.meta.period
    given = [year for initiative in agenda.initiatives for year in (initiative.start_year, initiative.end_year)
             if year is not None] + ([period.start, period.end] if period else [])
    return list(range(min(given), max(given) + 1)) if given else []


def last_year(agenda: Agenda) -> int:
    """The chart's last column, where an open end shows (0 for an agenda without any year)."""
    columns = years(agenda)
    return columns[-1] if columns else 0


def initiative_years(initiative: Initiative, last: int) -> list[int]:
    """The years an initiative is under way by its tidplan, the years its bar covers: from its first year to
    its last; without an end to `last`; without a start only its last year; without either none."""
    start, end = initiative.start_year, initiative.end_year
    if start is None:
        return [end] if end is not None else []
    return list(range(start, (end if end is not None else max(start, last)) + 1))


def cell_text(initiative: Initiative, year: int, last: int) -> str:
    """What the tidplan says about `year`, `last` being the chart's last column (where an open end shows)."""
    start, end = initiative.start_year, initiative.end_year
    if start is None:
        return END_ONLY if year == end else NONE
    if year < start or (end is not None and year > end):
        return NONE
    if end is None:
        if year == last:
            return OPEN_START if year == start else OPEN
        return START if year == start else ONGOING
    if start == end:
        return ONLY
    return START if year == start else END if year == end else ONGOING


def timeline(agenda: Agenda) -> Timeline:
    columns = years(agenda)
    last = columns[-1] if columns else 0
    areas = [AreaTimeline(area, [TimelineRow(initiative, [YearCell(year, cell_text(initiative, year, last))
                                                          for year in columns])
                                 for goal in area.goals for initiative in goal.initiatives])
             for area in agenda.areas]
    return Timeline(columns, [area for area in areas if area.rows])
