"""`make bench`: check, generation and MkDocs build of synthetic agendas 1×, 10× and 100× Kalmar's,
side by side with the floor (a bare Material build of as many plain pages with a minimal navigation),
incremental regeneration, `agenda serve` latency and page weight. Prints Markdown tables.

    python -m benchmarks.bench [--scales 1,10,100] [--runs 3] [--runs-100 2] [--readme benchmarks/README.md]

Timings are medians of fresh-process runs, each from a docs/ with only the hand-written pages.
Everything happens in a temporary folder; the repository's docs/ and site/ are not touched.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from generator.source import read_agenda

from .incremental import Regeneration, ServeLatency, copy_agenda, regenerate_after_edit, serve_latency
from .process import Run, run_child
from .synth import write_agenda
from .weight import Weight, page_weight, typical_initiative_page
from .workspace import REPO, floor_workspace, our_workspace, with_site_dir

KALMAR = REPO / "source" / "kalmar-2019"


@dataclass
class Result:
    scale: int
    items: str
    ours: list[Run] = field(default_factory=list)
    floor: list[Run] = field(default_factory=list)
    pages: int = 0
    floor_pages: int = 0
    site_mb: float = 0
    floor_site_mb: float = 0
    weight: Weight | None = None
    largest_initiative: int = 0
    regeneration: Regeneration | None = None

    def median(self, runs: str, key: str) -> float:
        values = [run.wall if key == "wall" else run.peak_rss_mb if key == "rss" else run.data[key]
                  for run in getattr(self, runs)]
        return statistics.median(values)

    def ratio(self) -> float:
        """Our total over the floor's, run by run (each pair ran back to back), median."""
        return statistics.median(ours.wall / floor.wall for ours, floor in zip(self.ours, self.floor))


def _site_size(site: Path) -> tuple[int, float]:
    files = [path for path in site.rglob("*") if path.is_file()]
    return sum(1 for path in files if path.name == "index.html"), sum(path.stat().st_size for path in files) / 1e6


def _corpus() -> str:
    agenda = read_agenda(KALMAR)
    return "\n\n".join([area.background for area in agenda.areas] + [i.text for i in agenda.initiatives])


def measure(scale: int, runs: int, root: Path) -> Result:
    agenda_dir = write_agenda(KALMAR, root / "source", scale)
    agenda = read_agenda(agenda_dir)
    result = Result(scale, f"{len(agenda.areas)}/{len(agenda.goals)}/{len(agenda.initiatives)}")
    floor = None
    previous: list[Path] = []  # the last run's folders are kept: sizes, page weight and regeneration use them
    for run in range(1, runs + 1):
        _remove_outputs(previous)
        ours = our_workspace(root / f"ours-{run}")
        _settle()
        result.ours.append(run_child("ours", str(agenda_dir), str(ours)))
        if floor is None:
            floor = floor_workspace(root / "floor", ours.parent / "docs", _corpus())
        floor_site = floor.parent / f"site-{run}"
        _settle()
        result.floor.append(run_child("floor", str(with_site_dir(floor, floor_site.name))))
        previous = [ours.parent, floor_site]
        print(f"  {scale}× run {run}: ours {result.ours[-1].wall:.1f} s, floor {result.floor[-1].wall:.1f} s",
              flush=True)
    result.pages, result.site_mb = _site_size(ours.parent / "site")
    result.floor_pages, result.floor_site_mb = _site_size(floor_site)
    page, result.largest_initiative = typical_initiative_page(ours.parent / "site")
    result.weight = page_weight(ours.parent / "site", page)
    middle_area = str((scale // 2) * len(read_agenda(KALMAR).areas) + 1)
    result.regeneration = regenerate_after_edit(agenda_dir, ours, middle_area)
    return result


def _settle() -> None:
    """Let the previous run's writes finish before the next timed run.

    On this kind of machine (a small VM), creating thousands of files right after a run has
    written or deleted a few hundred MB costs up to ten times as much kernel time per file
    (measured: 0.4 s against 3.7-4.5 s for the 5,900 files of docs/ at 100×), and which run pays
    for it is chance. Every run also writes into folders of its own, as a build on a fresh
    checkout does.
    """
    os.sync()
    time.sleep(2)


def _remove_outputs(folders: list[Path]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _kb(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size < 10 * 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


def tables(results: list[Result], serve: ServeLatency | None, runs: dict[int, int]) -> str:
    lines = [
        "| Size | Areas/goals/initiatives | Pages | Check | Generate | MkDocs build | Total | Floor | Total / floor "
        "| Check+generate share | Peak RSS | site/ | Floor site/ |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        total, floor = r.median("ours", "wall"), r.median("floor", "wall")
        share = (r.median("ours", "check") + r.median("ours", "generate")) / total
        lines.append(
            f"| {r.scale}× ({runs[r.scale]} runs) | {r.items} | {r.pages:,} | {r.median('ours', 'check'):.2f} s "
            f"| {r.median('ours', 'generate'):.2f} s | {r.median('ours', 'mkdocs'):.1f} s | {total:.1f} s "
            f"| {floor:.1f} s | {r.ratio():.2f} | {share:.0%} | {r.median('ours', 'rss'):,.0f} MB "
            f"| {r.site_mb:,.1f} MB | {r.floor_site_mb:,.1f} MB |")
    by_scale = {r.scale: r for r in results}
    if 10 in by_scale and 100 in by_scale:
        big, small = by_scale[100], by_scale[10]
        lines += ["", "| Ratio time(100×) / time(10×) | Total | Check | Generate | MkDocs build | Floor |",
                  "| --- | ---: | ---: | ---: | ---: | ---: |",
                  "| ours (linear ≈ 10) | " + " | ".join(
                      f"{big.median(runs_, key) / small.median(runs_, key):.1f}"
                      for runs_, key in (("ours", "wall"), ("ours", "check"), ("ours", "generate"),
                                         ("ours", "mkdocs"), ("floor", "wall"))) + " |"]
    lines += ["", "| Size | Edit one initiative's text: files rewritten (mtime changed) | Pages rendered "
                  "| Regeneration as `agenda serve` does it (check) | Full regeneration, new process |",
              "| --- | --- | ---: | ---: | ---: |"]
    for r in results:
        g = r.regeneration
        if g:
            lines.append(f"| {r.scale}× | {len(g.written)} of {g.files} ({len(g.touched)}): {', '.join(g.touched[:5])} "
                         f"| {g.rendered} | {g.seconds:.2f} s ({g.check_seconds:.2f} s) | {g.process_seconds:.1f} s |")
    if serve:
        lines += ["", f"`agenda serve` at 1×: edit saved → new text served in "
                      f"{statistics.median(serve.seconds):.2f} s (median of {len(serve.seconds)}: "
                      f"{', '.join(f'{s:.2f}' for s in serve.seconds)} s); server ready after {serve.startup:.1f} s."]
    lines += ["", "| Size | Initiative page HTML (median / largest) | CSS+JS+icons+search worker (gzip) "
                  "| Search index, fetched on load (gzip) | First visit total (gzip) | Repeat visit: HTML (gzip) |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        w = r.weight
        if w:
            lines.append(f"| {r.scale}× | {_kb(w.html)} / {_kb(r.largest_initiative)} | {_kb(w.assets)} "
                         f"({_kb(w.assets_gzip)}) | {_kb(w.search_index)} ({_kb(w.search_index_gzip)}) "
                         f"| {_kb(w.first_visit)} ({_kb(w.first_visit_gzip)}) | {_kb(w.html)} ({_kb(w.html_gzip)}) |")
    return "\n".join(lines)


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores, {memory:.0f} GiB RAM, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}")


def update_readme(readme: Path, text: str, section: str = "results") -> None:
    content = readme.read_text(encoding="utf-8")
    start, end = f"<!-- {section} -->", f"<!-- /{section} -->"
    if start not in content or end not in content:
        raise SystemExit(f"{readme} has no {start} … {end} section")
    replacement = f"{start}\n{text}\n{end}"
    readme.write_text(re.sub(f"{start}.*?{end}", lambda _: replacement, content, flags=re.DOTALL), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median)")
    parser.add_argument("--runs-100", type=int, default=2, help="runs at 100× (a pair takes 4–5 minutes)")
    parser.add_argument("--no-serve", action="store_true", help="skip the agenda serve latency measurement")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--readme", type=Path, help="write the tables into this file's results section")
    args = parser.parse_args()
    scales = [int(scale) for scale in args.scales.split(",")]
    runs = {scale: args.runs_100 if scale >= 100 else args.runs for scale in scales}
    root = Path(tempfile.mkdtemp(prefix="agenda-bench-"))
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f}. Working in {root}", flush=True)
    try:
        results = [measure(scale, runs[scale], root / f"{scale}x") for scale in scales]
        serve = None
        if not args.no_serve:
            agenda_dir = copy_agenda(root / "1x" / "source" / "bench-1x", root / "serve" / "source")
            workspace = root / "serve" / "workspace"
            our_workspace(workspace)
            serve = serve_latency(agenda_dir, workspace, area_id="1")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    text = tables(results, serve, runs)
    stamp = f"Measured {datetime.date.today().isoformat()} on {machine()}."
    print()
    print(stamp)
    print()
    print(text)
    if args.readme:
        update_readme(args.readme, f"{stamp}\n\n{text}")


if __name__ == "__main__":
    main()
