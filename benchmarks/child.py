"""One timed build in a fresh process; prints its phase times as JSON on the last line of stdout.

The parent measures the wall time and peak RSS of the whole process (interpreter start and
imports included), so a run here is what a maintainer's `agenda build` costs.

    python -m benchmarks.child ours <agenda_dir> <mkdocs.yml>       check, generate, MkDocs build
    python -m benchmarks.child regenerate <agenda_dir> <mkdocs.yml> check and generate only (a fresh process)
    python -m benchmarks.child incremental <agenda_dir> <mkdocs.yml> <area id>
                                    regenerate, edit one initiative, regenerate again with the memo store
                                    `agenda serve` keeps; times the second regeneration
    python -m benchmarks.child floor <mkdocs.yml>                   a bare MkDocs build
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def ours(agenda_dir: Path, config_file: Path, build: bool = True) -> dict[str, float | int]:
    started = time.perf_counter()
    from generator.commands.build import build_site
    from generator.config import load_site_config
    from generator.publish import generate
    from generator.source import read_agenda

    imported = time.perf_counter()
    agenda = read_agenda(agenda_dir)
    site = load_site_config(agenda, config_file)  # as `agenda build --no-pdf`
    checked = time.perf_counter()
    assert site.docs_dir is not None
    publication, result = generate(agenda, site, site.docs_dir)
    generated = time.perf_counter()
    timings: dict[str, float | int] = {"imports": imported - started, "check": checked - imported,
                                       "generate": generated - checked, "written": len(result.written),
                                       "files": result.total}
    if build:
        options = site.mkdocs_options(agenda, publication.pages, site.docs_dir)
        timings["pages"] = build_site(site, options, site.site_dir)
        timings["mkdocs"] = time.perf_counter() - generated
    return timings


def incremental(agenda_dir: Path, config_file: Path, area_id: str) -> dict[str, float | int | list[str]]:
    from benchmarks.incremental import edit_initiative, snapshot
    from generator import memo
    from generator.config import load_site_config
    from generator.publish import generate
    from generator.source import read_agenda

    store = memo.Store()
    with memo.active(store):
        agenda = read_agenda(agenda_dir)
        site = load_site_config(agenda, config_file)
        assert site.docs_dir is not None
        generate(agenda, site, site.docs_dir)
    before = snapshot(site.docs_dir)
    initiative = edit_initiative(agenda_dir, area_id, f"Ändrad i mätningen {time.time_ns()}.")
    with memo.active(store):
        started = time.perf_counter()
        agenda = read_agenda(agenda_dir)
        checked = time.perf_counter()
        _, result = generate(agenda, site, site.docs_dir)
        done = time.perf_counter()
    after = snapshot(site.docs_dir)
    return {"initiative": initiative, "check": checked - started, "generate": done - checked,
            "rendered": store.made["page"], "files": result.total, "written": result.written,
            "touched": sorted(path for path in after if before.get(path) != after[path])}


def floor(config_file: Path) -> dict[str, float | int]:
    started = time.perf_counter()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    imported = time.perf_counter()
    build(load_config(str(config_file)))
    return {"imports": imported - started, "mkdocs": time.perf_counter() - imported}


def main(argv: list[str]) -> None:
    kind, *paths = argv
    timings: dict[str, Any]
    if kind == "ours":
        timings = ours(Path(paths[0]), Path(paths[1]))
    elif kind == "regenerate":
        timings = ours(Path(paths[0]), Path(paths[1]), build=False)
    elif kind == "incremental":
        timings = incremental(Path(paths[0]), Path(paths[1]), paths[2])
    elif kind == "floor":
        timings = floor(Path(paths[0]))
    else:
        raise SystemExit(f"unknown kind {kind!r}")
    print(json.dumps(timings))


if __name__ == "__main__":
    main(sys.argv[1:])
