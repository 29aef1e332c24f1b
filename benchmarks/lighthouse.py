"""Lighthouse 12 (pinned in package.json) on the start page, an initiative and the whole agenda of the
Kalmar site, all four categories, performance included. Prints a Markdown table.

    python -m benchmarks.lighthouse [--runs 3] [--site DIR] [--readme benchmarks/README.md]

The site is built without the PDF into a temporary folder (or taken from --site) and served on
127.0.0.1, gzip-compressed as a static host serves it, by the browser tests' server. Lighthouse runs
with its defaults (a mid-range phone on a slow 4G connection, simulated); each figure is the median
of the runs. tests/browser/test_lighthouse.py asserts the three categories that must be 100.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.browser.harness import CHROMIUM, LIGHTHOUSE, run_lighthouse, serving

from .bench import machine, update_readme
from .workspace import REPO, our_workspace

PAGES = ["/", "/insatser/1.1.1/", "/hela-agendan/"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# Lighthouse's metrics in ms (layout shift has no unit), as the table shows them.
METRICS = {"first-contentful-paint": ("FCP", 1000, "s"), "largest-contentful-paint": ("LCP", 1000, "s"),
           "total-blocking-time": ("TBT", 1, "ms"), "cumulative-layout-shift": ("CLS", None, ""),
           "speed-index": ("Speed Index", 1000, "s")}


def build(folder: Path) -> Path:
    config = our_workspace(folder)
    completed = subprocess.run([sys.executable, "-m", "generator", "build", str(REPO / "source" / "kalmar-2019"),
                                "--config", str(config), "--no-pdf"], capture_output=True, text=True, cwd=folder)
    if completed.returncode != 0:
        raise SystemExit(f"agenda build failed:\n{completed.stderr}")
    return folder / "site"


def measure(site: Path, runs: int) -> list[dict[str, dict]]:
    with serving(site) as base_url:
        results = []
        for run in range(1, runs + 1):
            print(f"Run {run} of {runs} …", flush=True)
            results.append(run_lighthouse(base_url, PAGES, CATEGORIES))
        return results


def _value(metric: str, value: float) -> str:
    _, scale, unit = METRICS[metric]
    if scale is None:
        return f"{value:.3f}"
    return f"{value / scale:.1f} {unit}" if scale > 1 else f"{value:.0f} {unit}"


def table(results: list[dict[str, dict]]) -> str:
    head = ["Page", "Performance", "Accessibility", "Best practices", "SEO", *(name for name, _, _ in METRICS.values())]
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    for path in PAGES:
        scores = [statistics.median(run[path]["scores"][category] for run in results) for category in CATEGORIES]
        metrics = [_value(metric, statistics.median(run[path]["metrics"][metric] for run in results))
                   for metric in METRICS]
        cells = [f"`{path}`", *(f"{score:.0f}" for score in scores), *metrics]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def lighthouse_version() -> str:
    return json.loads((LIGHTHOUSE / "package.json").read_text(encoding="utf-8"))["version"]


def chromium_version() -> str:
    return subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs over the three pages (median)")
    parser.add_argument("--site", type=Path, help="a built Kalmar site (default: build one without the PDF)")
    parser.add_argument("--readme", type=Path, help="write the table into this file's Lighthouse section")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="agenda-lighthouse-"))
    print(f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f}.", flush=True)
    try:
        results = measure(args.site or build(root), args.runs)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    stamp = (f"Measured {datetime.date.today().isoformat()} with Lighthouse {lighthouse_version()} and "
             f"{chromium_version()} on {machine()}; median of {args.runs} run(s); load average "
             f"{os.getloadavg()[0]:.1f} at the end.")
    text = table(results)
    print()
    print(stamp)
    print()
    print(text)
    if args.readme:
        update_readme(args.readme, f"{stamp}\n\n{text}", section="lighthouse")


if __name__ == "__main__":
    main()
