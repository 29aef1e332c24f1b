"""Shared fixtures: the real Kalmar site, built once per test session into a temporary folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.minimal import REPO


def run_agenda(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run the real `agenda` command line, as a maintainer would."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="session")
def kalmar_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("kalmar") / "site"
    result = run_agenda("build", "source/kalmar-2019", "--site-dir", str(site))
    assert result.returncode == 0, result.stderr
    return site


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", dest="update_golden",
                     help="rewrite tests/golden/ from the generator's current output")
