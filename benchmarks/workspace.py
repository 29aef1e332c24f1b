"""Build folders outside the repository: our site and the floor site.

The repository's docs/ and site/ are never touched: each workspace has its own mkdocs.yml,
which inherits the repository's and puts docs_dir and site_dir inside the workspace.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def our_workspace(workspace: Path) -> Path:
    """This repository's mkdocs.yml with its docs and site folders in `workspace` (docs/ left empty, as on a
    fresh checkout); returns the configuration file."""
    workspace.mkdir(parents=True, exist_ok=True)
    docs = workspace / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir()
    config = workspace / "mkdocs.yml"
    config.write_text(f"INHERIT: {REPO / 'mkdocs.yml'}\ndocs_dir: docs\nsite_dir: site\n", encoding="utf-8")
    return config


def with_site_dir(config: Path, site_dir: str) -> Path:
    """A copy of `config` beside it that builds into `site_dir` (relative to the config)."""
    copy = config.with_name(f"mkdocs-{Path(site_dir).name}.yml")
    copy.write_text(_redirect(config.read_text(encoding="utf-8"), "site_dir", site_dir), encoding="utf-8")
    return copy


def _redirect(text: str, key: str, value: str) -> str:
    text, count = re.subn(rf"^(\s*){key}:.*$", rf"\g<1>{key}: {value}", text, count=1, flags=re.MULTILINE)
    if not count:
        raise SystemExit(f"mkdocs.yml has no {key}; the benchmark needs one to redirect")
    return text


def floor_workspace(workspace: Path, our_docs: Path, corpus: str) -> Path:
    """The floor: for every page of ours, a plain Markdown page of the same size at the same path,
    a bare Material configuration, and a minimal navigation of section index pages that link
    to their pages (the item pages are not in the navigation, as in ours)."""
    docs = workspace / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    pages = sorted(path.relative_to(our_docs) for path in our_docs.rglob("*.md"))
    sections: dict[Path, list[Path]] = {}
    for page in pages:
        if page.name != "index.md":
            sections.setdefault(page.parent, []).append(page)
    text = _Corpus(corpus)
    for page in pages:
        target = docs / page
        target.parent.mkdir(parents=True, exist_ok=True)
        title = f"Sida {page.with_suffix('').as_posix()}"
        body = text.take((our_docs / page).stat().st_size)
        if page == Path("index.md"):
            links = [f"- [{folder.as_posix()}]({folder.as_posix()}/index.md)" for folder in sorted(sections)
                     if folder != Path(".")]
            links += [f"- [{child.stem}]({child.as_posix()})" for child in sections.get(Path("."), [])]
            body = "\n".join(links) + "\n\n" + body
        elif page.name == "index.md":
            links = [f"- [{child.stem}]({child.name})" for child in sections.get(page.parent, [])]
            body = "\n".join(links) + "\n\n" + body
        target.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    nav = ["index.md"] + [f"{folder.as_posix()}/index.md" for folder in sorted(sections)
                          if folder != Path(".") and (docs / folder / "index.md").exists()]
    not_in_nav = [f"/{folder.as_posix()}/*.md" for folder in sorted(sections) if folder != Path(".")]
    not_in_nav += [f"/{child.as_posix()}" for child in sections.get(Path("."), [])]
    config = workspace / "mkdocs.yml"
    config.write_text(
        "site_name: Golv\ndocs_dir: docs\nsite_dir: site\n"
        "theme:\n  name: material\n  language: sv\n"
        "nav:\n" + "".join(f"  - {entry}\n" for entry in nav) +
        "not_in_nav: |\n" + "".join(f"  {pattern}\n" for pattern in not_in_nav),
        encoding="utf-8")
    return config


class _Corpus:
    """Plain paragraphs of real agenda text, handed out in order and wrapped around."""

    def __init__(self, text: str) -> None:
        self.paragraphs = [p.strip() for p in text.split("\n\n") if p.strip() and not p.lstrip().startswith(("#", "-", "1"))]
        self.position = 0

    def take(self, size: int) -> str:
        taken: list[str] = []
        length = 0
        while length < size:
            paragraph = self.paragraphs[self.position % len(self.paragraphs)]
            self.position += 1
            taken.append(paragraph)
            length += len(paragraph.encode("utf-8")) + 2
        return "\n\n".join(taken)
