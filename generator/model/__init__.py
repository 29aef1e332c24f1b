"""Typed agenda entities. The model is the one place that knows the rules."""

from .agenda import STATUS_LABELS, Agenda, AgendaMeta, Brand, Item, Period, Section, Signature, SummaryEntry, Terms, Worded
from .common import Note
from .consultation import (
    DECISION_KIND_LABELS, Amendment, Body, CommentServer, Consultation, Contact, Decision, DecisionsFile,
)
from .responses import (
    CHANNEL_LABELS, DISPOSITION_LABELS, DISPOSITIONS, POSITION_LABELS, VERIFIED_LABELS, ItemPosition, Response,
    ResponsesFile,
)
from .versions import (
    FIELD_LABELS, AnyEarlier, Change, Earlier, EarlierArea, EarlierInitiative, Revision, Version, Wordings,
    worded_fields,
)
from .items import Actor, ActorsFile, Area, Goal, Initiative
from .links import Link, Linked, NationalGoalLink, SdgLink
from .reference import NationalGoal, NationalStrategy, Sdg, SdgFile, StrategiesFile

__all__ = [
    "CHANNEL_LABELS", "DECISION_KIND_LABELS", "DISPOSITION_LABELS", "DISPOSITIONS", "POSITION_LABELS", "STATUS_LABELS",
    "VERIFIED_LABELS", "ItemPosition",
    "Response", "ResponsesFile", "CommentServer",
    "Actor", "ActorsFile", "Agenda", "AgendaMeta", "Amendment", "Brand", "Area", "Body", "Consultation",
    "Contact", "Decision", "DecisionsFile", "Goal", "Initiative", "Item", "Link", "Linked",
    "NationalGoal", "NationalGoalLink", "NationalStrategy", "Note", "Period", "Sdg", "SdgFile",
    "SdgLink", "Section", "Signature", "StrategiesFile", "SummaryEntry", "Terms", "Worded",
    "FIELD_LABELS", "AnyEarlier", "Change", "Earlier", "EarlierArea", "EarlierInitiative", "Revision", "Version",
    "Wordings", "worded_fields",
]
