"""The rules for versions: the agenda's list of them, and every earlier wording of an item or section."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Problem
from ..model import AgendaMeta, AnyEarlier, Area, Goal, Initiative, Version, Wordings, Worded, worded_fields
from .validate import SECTION_KEYS, AreaSource, FirstDefinitions
from .yamldoc import KeyPath, YamlDoc


def check_versions(meta: AgendaMeta, doc: YamlDoc, areas: list[AreaSource], decision_ids: set[str]) -> list[Problem]:
    """The versions in agenda.yml, then every earlier wording in agenda.yml and the area files."""
    problems = _check_list(meta, doc, decision_ids)
    for path, worded in _worded_in_meta(meta):
        problems += _check_earlier(meta.versions, worded, doc, path)
    for source in areas:
        for path, item in _worded_in_area(source):
            problems += _check_earlier(meta.versions, item, source.doc, path)
    return problems


def _check_list(meta: AgendaMeta, doc: YamlDoc, decision_ids: set[str]) -> list[Problem]:
    if not meta.versions:
        return []
    raw = doc.data if isinstance(doc.data, dict) else {}
    problems = [doc.problem((key,), f"{key}: leave it out when 'versions' is given (the current version is "
                                    f"the last of them, '{meta.versions[-1].title}')")
                for key in ("version", "date") if key in raw]
    ids = FirstDefinitions("version id")
    for v, version in enumerate(meta.versions):
        path: KeyPath = ("versions", v)
        problems += ids.claim(version.id, doc, path + ("id",))
        if v and version.date < meta.versions[v - 1].date:
            before = meta.versions[v - 1]
            problems.append(doc.problem(path + ("date",), f"versions[{v}].date: {version.date} is before the "
                                                           f"date of version '{before.id}' ({before.date})"))
        if version.decision is not None and version.decision not in decision_ids:
            problems.append(doc.problem(path + ("decision",), f"versions[{v}].decision: unknown decision "
                                                               f"'{version.decision}' (not in decisions.yml)"))
    return problems


def _worded_in_meta(meta: AgendaMeta) -> Iterator[tuple[KeyPath, Worded]]:
    for key in SECTION_KEYS:
        for s, section in enumerate(getattr(meta, key)):
            yield (key, s), section


def _worded_in_area(source: AreaSource) -> Iterator[tuple[KeyPath, Worded]]:
    yield (), source.area
    for g, goal in enumerate(source.area.goals):
        yield ("goals", g), goal
        for i, initiative in enumerate(goal.initiatives):
            yield ("goals", g, "initiatives", i), initiative


def _check_earlier(versions: list[Version], worded: Worded, doc: YamlDoc, path: KeyPath) -> list[Problem]:
    """Each earlier wording names an earlier version once and gives at least one field that differs from
    the version after it."""
    problems = []
    earlier_ids = [version.id for version in versions[:-1]]
    seen: set[str] = set()
    wordings = Wordings(versions, worded, list(worded.earlier))
    context = _context(worded)
    for e, entry in enumerate(worded.earlier):
        where: KeyPath = path + ("earlier", e)
        label = f"{context}earlier[{e}]"
        if entry.version not in earlier_ids:
            problems.append(doc.problem(where + ("version",), f"{label}.version: {_not_earlier(entry.version, versions)}"))
            continue
        if entry.version in seen:
            problems.append(doc.problem(where + ("version",), f"{label}.version: '{entry.version}' is given twice"))
        seen.add(entry.version)
        problems += _check_fields(entry, wordings, doc, where, label)
    return problems


def _context(worded: Worded) -> str:
    """Which item or section an earlier wording belongs to, as messages name it: "initiative 1.1.1: "."""
    kinds = {Area: "area", Goal: "goal", Initiative: "initiative"}
    return f"{kinds.get(type(worded), 'section')} {worded.id}: "


def _not_earlier(version_id: str, versions: list[Version]) -> str:
    if not versions:
        return f"unknown version '{version_id}' (agenda.yml lists no versions)"
    expected = ", ".join(version.id for version in versions[:-1]) or "none: there is only one version"
    if version_id == versions[-1].id:
        return f"'{version_id}' is the current version, whose wording is the text itself (expected an earlier " \
               f"one: {expected})"
    return f"unknown version '{version_id}' (expected an earlier one: {expected})"


def _check_fields(entry: AnyEarlier, wordings: Wordings, doc: YamlDoc, where: KeyPath, label: str) -> list[Problem]:
    fields = worded_fields(entry)
    if not fields:
        names = [name for name in type(entry).model_fields if name != "version"]
        return [doc.problem(where, f"{label}: gives no earlier wording (expected at least one of: {', '.join(names)})")]
    following = wordings.order[entry.version] + 1
    return [doc.problem(where + (field,), f"{label}.{field}: the same as in the version after it; give only "
                                          "what changed")
            for field in fields if getattr(entry, field) == wordings.at(field, following)]
