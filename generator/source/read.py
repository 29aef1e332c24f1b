"""Read one agenda folder (plus the reference data shipped with the tool) into a checked `Agenda`.

Every file is read and checked even after an earlier one failed, so that one run
reports every problem; `AgendaError` carries them all.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from .. import memo
from ..errors import AgendaError, Problem, display_path
from ..model import (
    ActorsFile, Agenda, AgendaMeta, Area, Consultation, DecisionsFile, NationalStrategy, ResponsesFile, SdgFile,
    StrategiesFile,
)
from .messages import parse_model
from .validate import (
    AreaSource, FirstDefinitions, Known, check_actors, check_consultation, check_decisions, check_items, check_links,
    check_meta, check_responses, contact_notes,
)
from .versions import check_versions
from .yamldoc import YamlDoc, load_yaml

M = TypeVar("M", bound=BaseModel)

# The 17 SDGs and the national strategies, shipped with the tool so that any folder can hold an agenda.
REFERENCE_DIR = Path(__file__).resolve().parent.parent / "reference"
# An agenda may add strategies of its own (same format as the shipped national-strategies.yml).
OWN_STRATEGIES = "strategies.yml"


def read_agenda(agenda_dir: Path) -> Agenda:
    """Load, validate and assemble an agenda, or raise AgendaError listing every problem.

    Inside `agenda serve` (an active memo store) a file whose size and mtime are unchanged is
    not parsed again; the checks across files always run on everything.
    """
    if not agenda_dir.is_dir():
        raise AgendaError([Problem(display_path(agenda_dir), None, "agenda folder does not exist")])
    if not (agenda_dir / "agenda.yml").is_file() and not (agenda_dir / "areas").is_dir():
        raise AgendaError([Problem(display_path(agenda_dir), None, "no agenda here (expected agenda.yml and "
                                                                    "areas/; `agenda new` makes a folder to start from)")])
    reader = _Reader()
    sdgs = reader.read(REFERENCE_DIR / "sdgs.yml", SdgFile)
    shipped = reader.read(REFERENCE_DIR / "national-strategies.yml", StrategiesFile)
    own_doc, own = reader.read_doc(agenda_dir / OWN_STRATEGIES, StrategiesFile, optional=True)
    meta_doc, meta = reader.read_doc(agenda_dir / "agenda.yml", AgendaMeta)
    actors_doc, read_actors = reader.read_doc(agenda_dir / "actors.yml", ActorsFile, optional=True)
    actors = read_actors or ActorsFile(actors=[])
    consultation_doc, consultation = reader.read_doc(agenda_dir / "consultation.yml", Consultation, optional=True)
    decisions_doc, decisions = reader.read_doc(agenda_dir / "decisions.yml", DecisionsFile, optional=True)
    areas = reader.read_areas(agenda_dir / "areas")
    responses = reader.read_all(agenda_dir / "responses", ResponsesFile)

    strategies = _strategies(shipped, own, own_doc, reader.problems)
    strategy = _strategy(meta, meta_doc, strategies, reader.problems)
    logo = _logo(agenda_dir, meta, meta_doc, reader.problems)
    documents = _documents(agenda_dir / "responses", responses, reader.problems)
    known = Known(
        national_goals=[goal.id for goal in strategy.goals] if strategy else None,
        sdg_numbers={sdg.number for sdg in sdgs.goals} if sdgs else set(range(1, 18)),
        actors={actor.id for actor in actors.actors},
    )
    problems = reader.problems + check_items(areas, known)
    if read_actors and actors_doc:
        problems += check_actors(read_actors, actors_doc)
    item_ids = {item.id for source in areas for item in source.area.items()}
    if meta and meta_doc:
        problems += check_links(meta, meta_doc, (), known) + check_meta(meta, meta_doc, item_ids)
    if consultation and consultation_doc:
        problems += check_consultation(consultation, consultation_doc)
    if decisions and decisions_doc:
        problems += check_decisions(decisions, decisions_doc, item_ids)
    if meta and meta_doc:
        problems += check_versions(meta, meta_doc, areas, {decision.id for decision in decisions.decisions}
                                   if decisions else set())
    problems += check_responses(responses, item_ids)
    if not areas and (agenda_dir / "areas").is_dir() and not problems:
        problems.append(Problem(display_path(agenda_dir / "areas"), None,
                                "the agenda has no areas (expected at least one areas/<id>.yml)"))
    if problems or not (meta and sdgs and strategy):
        raise AgendaError(problems)
    return Agenda(
        meta=meta,
        areas=[source.area for source in areas],
        actors=actors.actors,
        sdgs=sdgs.goals,
        strategy=strategy,
        consultation=consultation,
        decisions=decisions.decisions if decisions else [],
        responses=[response for _, file in responses for response in file.responses if response.excluded is None],
        logo=logo,
        excluded_comments={response.comment_id for _, file in responses for response in file.responses
                           if response.excluded is not None and response.comment_id is not None},
        documents=documents,
        warnings=(contact_notes(meta, meta_doc, consultation) if meta_doc else []) + reader.warnings,
    )


_Parsed = tuple[YamlDoc | None, BaseModel | None, list[Problem]]


def _parse_file(path: Path, model: type[M]) -> _Parsed:
    doc, problems = load_yaml(path)
    if doc is None:
        return None, None, problems
    if doc.data is None:
        return doc, None, problems + [doc.problem((), "file is empty")]
    return doc, parse_model(doc, model, problems), problems


def _parsed(path: Path, model: type[M]) -> _Parsed:
    """The file parsed, kept while its size and mtime are unchanged. Models are frozen, so a kept one is
    safe to hand out again; unchanged files then give the very same objects, which lets the pages
    made from them be recognised as unchanged at once."""
    status = path.stat()
    return memo.kept(f"file:{model.__name__}", str(path), (status.st_mtime_ns, status.st_size),
                     lambda: _parse_file(path, model))


class _Reader:
    """Reads files into models, collecting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def read_doc(self, path: Path, model: type[M], optional: bool = False) -> tuple[YamlDoc | None, M | None]:
        if not path.exists():
            if not optional:
                self.problems.append(Problem(display_path(path), None, "required file is missing"))
            return None, None
        doc, parsed, problems = _parsed(path, model)
        self.problems += problems
        self.warnings += doc.warnings if doc else []
        return doc, parsed  # type: ignore[return-value]  # parsed is an instance of `model`

    def read(self, path: Path, model: type[M], optional: bool = False) -> M | None:
        return self.read_doc(path, model, optional)[1]

    def read_all(self, folder: Path, model: type[M]) -> list[tuple[YamlDoc, M]]:
        """Every *.yml in an optional folder, in name order."""
        found = []
        for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
            doc, parsed = self.read_doc(path, model)
            if doc and parsed:
                found.append((doc, parsed))
        return found

    def read_areas(self, folder: Path) -> list[AreaSource]:
        if not folder.is_dir():
            self.problems.append(Problem(display_path(folder), None, "folder of area files is missing"))
            return []
        sources = []
        for path in sorted(folder.glob("*.yml")):
            doc, area = self.read_doc(path, Area)
            if doc and area:
                sources.append(AreaSource(area, doc))
        return sorted(sources, key=lambda source: natural_key(source.area.id))


def natural_key(item_id: str) -> list[tuple[int, int | str]]:
    """Sort '2' before '10' and 'A' before 'B': digits by value, letters by text."""
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"\.", item_id)]


def _strategies(shipped: StrategiesFile | None, own: StrategiesFile | None, own_doc: YamlDoc | None,
                problems: list[Problem]) -> list[NationalStrategy]:
    """The shipped strategies and the agenda's own (strategies.yml), whose ids must be new."""
    known = list(shipped.strategies) if shipped else []
    if own and own_doc:
        ids = FirstDefinitions("strategy id")
        for strategy in known:
            ids.seen[strategy.id] = "the strategies shipped with the tool"
        for s, strategy in enumerate(own.strategies):
            found = ids.claim(strategy.id, own_doc, ("strategies", s, "id"))
            problems.extend(found)
            if not found:
                known.append(strategy)
    return known


def _strategy(meta: AgendaMeta | None, doc: YamlDoc | None, strategies: list[NationalStrategy],
              problems: list[Problem]) -> NationalStrategy | None:
    if not (meta and doc and strategies):
        return None
    by_id = {strategy.id: strategy for strategy in strategies}
    if meta.national_strategy not in by_id:
        problems.append(doc.problem(("national_strategy",), f"national_strategy: unknown strategy "
                                    f"'{meta.national_strategy}' (expected one of: {', '.join(by_id)}, "
                                    f"or one of the agenda's own in {OWN_STRATEGIES})"))
        return None
    return by_id[meta.national_strategy]


def _documents(folder: Path, files: list[tuple[YamlDoc, ResponsesFile]], problems: list[Problem]) -> dict[str, bytes]:
    """The PDFs responses name (`document`), from the responses folder: there, and PDFs."""
    documents = {}
    for doc, file in files:
        for r, response in enumerate(file.responses):
            name = response.document
            if name is None:
                continue
            path = folder / name
            where = ("responses", r, "document")
            if not path.is_file():
                problems.append(doc.problem(where, f"responses[{r}].document: file '{name}' not found in "
                                                   f"{display_path(folder)}"))
            elif not path.read_bytes()[:5] == b"%PDF-":
                problems.append(doc.problem(where, f"responses[{r}].document: '{name}' is not a PDF"))
            else:
                documents[name] = path.read_bytes()
    return documents


def _logo(agenda_dir: Path, meta: AgendaMeta | None, doc: YamlDoc | None, problems: list[Problem]) -> bytes | None:
    """The content of brand.logo, a file beside agenda.yml, if it is there and is the image its name says."""
    if not (meta and doc and meta.brand.logo):
        return None
    name = meta.brand.logo
    path = agenda_dir / name
    if not path.is_file():
        problems.append(doc.problem(("brand", "logo"), f"brand.logo: file '{name}' not found beside agenda.yml"))
        return None
    content = path.read_bytes()
    if name.endswith(".png") and not content.startswith(b"\x89PNG\r\n\x1a\n"):
        problems.append(doc.problem(("brand", "logo"), f"brand.logo: '{name}' is not a PNG image"))
        return None
    if name.endswith(".svg") and b"<svg" not in content[:4096]:
        problems.append(doc.problem(("brand", "logo"), f"brand.logo: '{name}' is not an SVG image "
                                                        "(no <svg> element at its start)"))
        return None
    return content
