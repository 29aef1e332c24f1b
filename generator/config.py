"""The site configuration: one object per command, made from the MkDocs configuration and the agenda.

The tool ships a complete MkDocs configuration (`generator/mkdocs.yml`: Material, Swedish, the
theme overrides and assets, the Markdown extensions). A project's own `mkdocs.yml` is read once
and merged over it, as MkDocs' `INHERIT` merges (mappings key by key, everything else
replaced), so a project names only what differs: its docs and site folders, its address.
What follows from the agenda (the site's name, the navigation, the owner's logo and colour)
is set here too. Publishing, rendering and exporting see only the `SiteConfig`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import mergedeep
import yaml
from mkdocs import exceptions as mkdocs_exceptions
from mkdocs.utils.yaml import yaml_load

from . import urls
from .errors import AgendaError, Problem, display_path, user_error
from .model import Agenda
from .source.yamldoc import decoded
from .swedish import swedish_date, swedish_today

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG = PACKAGE_DIR / "mkdocs.yml"
HOOKS = PACKAGE_DIR / "hooks.py"  # registered for every build: see hooks.py
CONFIG_FILE = Path("mkdocs.yml")  # a project's own configuration, if there is one where the command runs
# Options whose values are paths, relative to the file that gives them.
_PATH_OPTIONS = ("docs_dir", "site_dir")


@dataclass(frozen=True)
class SiteConfig:
    site_url: str | None          # the public address; without it the downloads' links are relative
    pdf: bool                     # the build prints the whole agenda to PDF
    comment_url: str | None       # where the pages send comments: consultation.yml's server, or `agenda serve`'s
    build_date: datetime.date     # the day (Swedish time) the site tells the truth for
    docs_dir: Path | None         # where the pages are generated; None: a temporary folder of the command's
    site_dir: Path                # where the built site goes
    config_file: Path | None      # the project's own mkdocs.yml, if any
    mkdocs: dict[str, Any]        # MkDocs' options: the tool's, the project's over them; paths absolute

    def with_comments(self, comment_url: str | None) -> SiteConfig:
        return replace(self, comment_url=comment_url)

    def mkdocs_options(self, agenda: Agenda, pages: list[str], docs_dir: Path) -> dict[str, Any]:
        """MkDocs' options for building this agenda's `pages` (docs paths) generated into `docs_dir`."""
        options = mergedeep.merge({}, self.mkdocs, {
            "site_name": agenda.meta.short_title or agenda.meta.title,
            "site_description": agenda.meta.subtitle or agenda.meta.title,
            "docs_dir": str(docs_dir),
            "site_dir": str(self.site_dir),
            "nav": urls.navigation(pages, agenda.meta.terms),
            "not_in_nav": urls.not_in_nav(pages),
            "extra": {"agenda": {"accessibility": urls.page_url(urls.ACCESSIBILITY),
                                 "footer": _footer(agenda, self.build_date)}},
        })
        options["theme"] = _branded(agenda, options["theme"])
        options["hooks"] = [*options.get("hooks", []), str(HOOKS)]
        if self.site_url:
            options["site_url"] = self.site_url
        return options

    def mkdocs_source(self) -> dict[str, str]:
        """How MkDocs' own loader is pointed at these options: it reads the tool's configuration (every key
        of which the options replace) and takes the project's file as the configuration's location."""
        return {"config_file": str(DEFAULT_CONFIG),
                "config_file_path": str((self.config_file or DEFAULT_CONFIG).resolve())}


def load_site_config(agenda: Agenda, config_file: Path | None = None, *, pdf: bool = False,
                     site_dir: Path | None = None, build_date: datetime.date | None = None) -> SiteConfig:
    """The configuration of this command: `config_file` (default: ./mkdocs.yml when there is one) over
    the tool's own, the agenda's comment server, and where the site goes (`site_dir`, else the project's
    site_dir, else ./site)."""
    given = config_file is not None
    config_file = config_file or (CONFIG_FILE if CONFIG_FILE.is_file() else None)
    if config_file is not None and not config_file.is_file():
        raise user_error(f"--config: {config_file} does not exist" if given else f"{config_file} does not exist")
    own = _read(config_file) if config_file else {}
    options = mergedeep.merge({}, _read(DEFAULT_CONFIG), own)
    if options.get("use_directory_urls") is False:  # the pages' HTML links are written as directory URLs
        raise AgendaError([Problem(display_path(config_file or DEFAULT_CONFIG), None,
                                   "use_directory_urls: the generated pages need true (pages are served at "
                                   "/insatser/1.1.1/)")])
    consultation = agenda.consultation
    return SiteConfig(
        site_url=options.get("site_url") or None,
        pdf=pdf,
        comment_url=consultation.comments.url if consultation and consultation.comments else None,
        build_date=build_date or swedish_today(),
        docs_dir=_path(own, "docs_dir", config_file),
        site_dir=site_dir or _path(own, "site_dir", config_file) or Path("site").resolve(),
        config_file=config_file,
        mkdocs=options,
    )


def _read(config_file: Path) -> dict[str, Any]:
    """One MkDocs configuration file, read as MkDocs reads it (`!ENV` tags, `INHERIT`), paths made absolute."""
    name = display_path(config_file)
    _, unreadable = decoded(config_file.read_bytes(), name)
    if unreadable:
        raise AgendaError(unreadable)
    try:
        with config_file.open("rb") as file:
            options = yaml_load(file)
    except mkdocs_exceptions.ConfigurationError as error:
        raise AgendaError([_yaml_problem(name, error)]) from None
    except Exception as error:  # MkDocs lets the file call Python (`!!python/...`), which may raise anything
        raise AgendaError([Problem(name, None, f"cannot read the configuration: {type(error).__name__}: {error}")]) \
            from None
    if not isinstance(options, dict):
        raise AgendaError([Problem(name, None, "expected a mapping of MkDocs options")])
    wrong = [f"{key}: expected {wanted}" for key, (kind, wanted) in _OPTION_TYPES.items()
             if options.get(key) is not None and not kind(options[key])]
    if wrong:
        raise AgendaError([Problem(name, None, message) for message in wrong])
    if isinstance(options.get("theme"), str):  # MkDocs' short form of a theme without options
        options["theme"] = {"name": options["theme"]}
    folder = config_file.resolve().parent
    for key in _PATH_OPTIONS:
        if isinstance(options.get(key), str):
            options[key] = str(folder / options[key])
    theme = options.get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        options["theme"] = {**theme, "custom_dir": str(folder / theme["custom_dir"])}
    if isinstance(options.get("hooks"), list):
        options["hooks"] = [str(folder / hook) for hook in options["hooks"]]
    return options


# The options the tool itself reads or rewrites, as it needs them (MkDocs checks the others as it builds).
_OPTION_TYPES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "site_url": (lambda value: isinstance(value, str), "an address, e.g. https://example.se/agenda/"),
    "docs_dir": (lambda value: isinstance(value, str), "a folder"),
    "site_dir": (lambda value: isinstance(value, str), "a folder"),
    "theme": (lambda value: isinstance(value, str) or (isinstance(value, dict) and isinstance(
        value.get("custom_dir", ""), str)), "a theme's name, or a mapping of its options with custom_dir a folder"),
    "hooks": (lambda value: isinstance(value, list) and all(isinstance(hook, str) for hook in value),
              "a list of Python files"),
}


def _yaml_problem(name: str, error: mkdocs_exceptions.ConfigurationError) -> Problem:
    """MkDocs' message, or for a YAML error (which MkDocs words with its marks on lines of their own) the line."""
    cause = error.__context__
    if isinstance(cause, yaml.MarkedYAMLError) and (cause.problem_mark or cause.context_mark):
        mark = cause.problem_mark or cause.context_mark
        where = display_path(Path(mark.name)) if mark.name and Path(mark.name).is_file() else name
        return Problem(where, mark.line + 1, f"YAML syntax error: {cause.problem or cause.context}")
    return Problem(name, None, str(error))


def _path(options: dict[str, Any], key: str, config_file: Path | None) -> Path | None:
    return Path(options[key]) if config_file and isinstance(options.get(key), str) else None


def _footer(agenda: Agenda, build_date: datetime.date) -> dict[str, str | None]:
    """What every page's footer says (theme/partials/copyright.html): who owns the agenda, whom to ask, and
    the day the site was last built, which is all the site knows of when it was updated."""
    contact = agenda.meta.contact
    return {"owner": agenda.meta.owner, "contact": contact.name if contact else None,
            "email": contact.email if contact else None, "phone": contact.phone if contact else None,
            "updated": build_date.isoformat(), "updated_text": swedish_date(build_date)}


def _branded(agenda: Agenda, theme: dict[str, Any]) -> dict[str, Any]:
    """The theme with the agenda's logo (also the favicon) and colour (Material's "custom" palette,
    whose colours the generated stylesheet sets)."""
    brand = agenda.meta.brand
    theme = dict(theme)
    if brand.logo:
        theme.update(logo=urls.logo_path(brand.logo), favicon=urls.logo_path(brand.logo))
    if brand.colour:
        theme["palette"] = [{**scheme, "primary": "custom", "accent": "custom"}
                            for scheme in theme.get("palette") or [{}]]
    return theme
