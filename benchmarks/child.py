"""One timed build in a fresh process; prints its phase times as JSON on the last line of stdout.

The parent measures the wall time and peak RSS of the whole process (interpreter start and
imports included), so a run here is what a maintainer's `agenda build` costs.

    python -m benchmarks.child ours <agenda_dir> <mkdocs.yml>       check, generate, MkDocs build
    python -m benchmarks.child regenerate <agenda_dir> <mkdocs.yml> check and generate only (a fresh process)
    python -m benchmarks.child incremental <agenda_dir> <mkdocs.yml> <area id>
                                    regenerate, edit one initiative, regenerate again with the caches
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
    from generator.commands.build import _config, build_site, site_settings
    from generator.export import Publication
    from generator.render import generate
    from generator.source import read_agenda

    config = _config(config_file)
    imported = time.perf_counter()
    agenda = read_agenda(agenda_dir)
    checked = time.perf_counter()
    docs = Path(config.docs_dir)
    result = generate(agenda, docs, publication=Publication(site_url=config.site_url))  # as `agenda build --no-pdf`
    generated = time.perf_counter()
    timings: dict[str, float | int] = {"imports": imported - started, "check": checked - imported,
                                       "generate": generated - checked, "written": len(result.written),
                                       "files": result.total}
    if build:
        timings["pages"] = build_site(Path(config.site_dir), config_file=config_file, **site_settings(agenda, docs))
        timings["mkdocs"] = time.perf_counter() - generated
    return timings


def incremental(agenda_dir: Path, config_file: Path, area_id: str) -> dict[str, float | int | list[str]]:
    from benchmarks.incremental import edit_initiative, snapshot
    from generator.commands.build import _config
    from generator.render import generate
    from generator.render.site import RenderCache
    from generator.source import SourceCache, read_agenda

    docs = Path(_config(config_file).docs_dir)
    sources, pages = SourceCache(), RenderCache()
    generate(read_agenda(agenda_dir, cache=sources), docs, cache=pages)
    before = snapshot(docs)
    initiative = edit_initiative(agenda_dir, area_id, f"Ändrad i mätningen {time.time_ns()}.")
    started = time.perf_counter()
    agenda = read_agenda(agenda_dir, cache=sources)
    checked = time.perf_counter()
    result = generate(agenda, docs, cache=pages)
    done = time.perf_counter()
    after = snapshot(docs)
    return {"initiative": initiative, "check": checked - started, "generate": done - checked,
            "rendered": pages.rendered, "files": result.total, "written": result.written,
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
