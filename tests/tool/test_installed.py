"""The tool as a region installs it: `pip install .` (not editable) into a fresh virtual environment, then
`agenda new`, `check`, `build` and `serve` in a folder that has nothing to do with this repository.

The fresh environment gets this project's dependencies from the test run's own environment (a path
file), so nothing is downloaded; the tool itself is built and installed from a copy of the sources.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.comments.isso_client import free_port
from tests.minimal import REPO
from tests.site.html import broken_links, pages


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `agenda` command of a fresh environment with the tool installed from a copy of the sources
    (pip builds in the source folder, so not in the checkout)."""
    root = tmp_path_factory.mktemp("installed")
    sources = root / "sources"
    shutil.copytree(REPO / "generator", sources / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, sources / name)
    environment = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(environment)], check=True)
    packages = next((environment / "lib").glob("python3*/site-packages"))
    (packages / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(environment / "bin" / "python"),
                             "install", "--no-deps", "--no-build-isolation", "--no-index", "--quiet", str(sources)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return environment / "bin" / "agenda"


def run(agenda: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run([str(agenda), *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env=environment)


def test_the_installed_package_is_the_one_that_runs(installed: Path, tmp_path: Path) -> None:
    found = subprocess.run([str(installed.with_name("python")), "-c", "import generator; print(generator.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert found.startswith(str(installed.parent.parent)) and not found.startswith(str(REPO))
    packaged = Path(found).parent
    for data in ("mkdocs.yml", "reference/sdgs.yml", "reference/national-strategies.yml",
                 "render/templates/html.j2", "render/templates/pages/initiative.md.j2",
                 "theme/partials/copyright.html", "theme/assets/stylesheets/extra.css", "hooks.py"):
        assert (packaged / data).is_file(), data


def test_new_check_and_build_in_a_folder_of_its_own(installed: Path, tmp_path: Path) -> None:
    created = run(installed, "new", "region-x", "--region", "Region Exempel", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "region-x" / "schema" / "area.schema.json").is_file()
    checked = run(installed, "check", "region-x", cwd=tmp_path)
    assert checked.returncode == 0 and checked.stdout.startswith("OK region-x: 1 areas, 1 goals, 1 initiatives")
    built = run(installed, "build", "region-x", "--site-dir", "out", "--no-pdf", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    site_pages = pages(tmp_path / "out")
    assert "Region Exempel" in site_pages["/"].main_text()
    assert "/insatser/1.1.1/" in site_pages and broken_links(tmp_path / "out") == []
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out", "region-x"]  # nothing else left behind


@pytest.fixture
def serving(installed: Path, tmp_path: Path) -> Iterator[str]:
    assert run(installed, "new", "region-y", cwd=tmp_path).returncode == 0
    port = free_port()
    process = subprocess.Popen([str(installed), "serve", "region-y", "--port", str(port), "--no-comments"],
                               cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_serves_the_agenda(serving: str) -> None:
    page = _first_answer(f"{serving}/insatser/1.1.1/")
    assert "En första insats" in page


def _first_answer(url: str) -> str:
    """The page once the server answers (it builds the site first)."""
    for _ in range(600):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")
