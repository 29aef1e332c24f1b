"""Lighthouse 12 (pinned in package.json) on the start page, an initiative and the whole agenda of the
built Kalmar site, served compressed on 127.0.0.1 as a static host serves it: accessibility, best
practices and SEO score 100. Performance is measured by benchmarks/lighthouse.py, not asserted.
"""

from __future__ import annotations

import pytest

from tests.browser.harness import run_lighthouse

pytestmark = pytest.mark.browser

PAGES = ["/", "/insatser/1.1.1/", "/hela-agendan/"]
CATEGORIES = ["accessibility", "best-practices", "seo"]


def test_lighthouse_scores_100_for_accessibility_best_practices_and_seo(base_url: str) -> None:
    found = run_lighthouse(base_url, PAGES, CATEGORIES)
    assert sorted(found) == sorted(PAGES)
    below = [f"{path}: {category} {score}" for path, page in found.items() for category, score in page["scores"].items()
             if score < 100]
    failing = [f"{path}: {audit}" for path, page in found.items() for audit in page["failing"]]
    assert all(sorted(page["scores"]) == sorted(CATEGORIES) for page in found.values()), found
    assert below == [], "\n".join(below + failing)
