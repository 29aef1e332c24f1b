"""Shared fixtures: the real Kalmar site, built once per test session into a temporary folder.

Nothing here writes into the checkout: commands run in an empty folder of their own, and builds
that use this repository's configuration use a copy whose docs and site folders are temporary.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.minimal import REPO

KALMAR = REPO / "source" / "kalmar-2019"


def run_agenda(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the real `agenda` command line, as a maintainer would: by default in an empty folder, so that
    only paths given on the command line (and no mkdocs.yml lying around) count."""
    with tempfile.TemporaryDirectory(prefix="agenda-cwd-") as empty:
        return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd or empty, capture_output=True,
                              text=True, timeout=timeout)


def repository_config(folder: Path) -> Path:
    """This repository's mkdocs.yml, with its docs and site folders moved into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "mkdocs.yml"
    config.write_text(f"INHERIT: {REPO / 'mkdocs.yml'}\ndocs_dir: docs\nsite_dir: site\n", encoding="utf-8")
    return config


@pytest.fixture(scope="session")
def kalmar_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Kalmar site as `make build` makes it (this repository's configuration, the PDF included)."""
    folder = tmp_path_factory.mktemp("kalmar")
    result = run_agenda("build", str(KALMAR), "--config", str(repository_config(folder)))
    assert result.returncode == 0, result.stderr
    return folder / "site"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", dest="update_golden",
                     help="rewrite tests/golden/ from the generator's current output")
