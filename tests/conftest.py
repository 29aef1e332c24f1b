"""Shared fixtures: the real Kalmar site, built once per test session into a temporary folder.

Nothing here writes into the checkout: commands run in an empty folder of their own, and builds
that use this repository's configuration use a copy whose docs and site folders are temporary.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.minimal import REPO
from tests.mutations import RECORDS

KALMAR = REPO / "source" / "kalmar-2019"
# Hypothesis keeps a cache (constants found in the code) in .hypothesis/ of the working folder, the checkout:
# keep it in the temporary folder instead (tests/unit/test_properties.py writes no example database).
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "digital-agenda-hypothesis"))


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
    parser.addoption("--mutations", type=int, default=50, dest="mutations",
                     help="mutations (and fuzzed inputs) tried per input path (default 50; thousands for a long look)")


@pytest.fixture
def mutation_count(request: pytest.FixtureRequest) -> int:
    return int(request.config.getoption("mutations"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many mutations each input path was tried with, and what they found (tests/mutations.py)."""
    if RECORDS:
        terminalreporter.section("mutations and fuzzing per input path")
        for name, entry in sorted(RECORDS.items()):
            terminalreporter.write_line(entry.line(name))


# Tests in these folders build sites, start servers or drive Chromium: `make test-fast` leaves them out.
SLOW_FOLDERS = {"site", "browser", "comments", "tool"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        folder = Path(str(item.path)).relative_to(REPO / "tests").parts[0]
        if folder in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)
        if folder == "browser":
            item.add_marker(pytest.mark.browser)


# The checkout must be as it was after the tests, ignored files included (generated pages in docs/,
# a comment database in build/): the tools and caches of the test run itself are not the checkout.
NOT_THE_CHECKOUT = {".git", ".venv", "node_modules", ".pytest_cache", "__pycache__"}


def checkout_state() -> dict[str, tuple[int, int]]:
    state = {}
    for path in _walk(REPO):
        status = path.stat()
        state[path.relative_to(REPO).as_posix()] = (status.st_size, status.st_mtime_ns)
    return state


def _walk(folder: Path) -> list[Path]:
    found = []
    for path in folder.iterdir():
        if path.name in NOT_THE_CHECKOUT or path.name.endswith(".egg-info"):
            continue
        found.extend(_walk(path) if path.is_dir() and not path.is_symlink() else [path])
    return found


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_CHECKOUT] = checkout_state()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = session.config.stash.get(_CHECKOUT, None)
    if before is None or session.config.getoption("update_golden"):
        return
    after = checkout_state()
    changed = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
    if changed:
        print(f"\nThe tests changed the checkout ({len(changed)} files, ignored ones included): "
              + ", ".join(changed[:10]), file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_CHECKOUT = pytest.StashKey[dict[str, tuple[int, int]]]()
