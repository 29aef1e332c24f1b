"""Every page of the built Kalmar site is valid HTML by the Nu Html Checker (vnu-jar from npm).

The checker runs once over the whole site. Any error or warning fails the test, except the
theme-level messages listed in ACCEPTED, each with the reason it is accepted. Plain "info"
messages are not problems (e.g. "Trailing slash on void elements has no effect", which is
how Python-Markdown writes <br />) and are only counted.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.minimal import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class Accepted:
    message: str  # regular expression for the checker's message
    extract: str  # regular expression the offending markup must match
    reason: str


ACCEPTED = [
    Accepted(
        message=r"^Attribute “autocomplete” is only allowed when the input type is ",
        extract=r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" '
                r'autocomplete="off">',
        reason="Material for MkDocs' base template (not a block the theme lets us override) puts "
               "autocomplete=\"off\" on its two hidden state checkboxes, the menu drawer and the search, so "
               "that Firefox does not restore them open after Back. Browsers and assistive technology ignore "
               "the attribute on a checkbox; it changes nothing a visitor perceives.",
    ),
]


@pytest.fixture(scope="module")
def vnu_messages(kalmar_site: Path) -> list[dict]:
    assert VNU.is_file(), f"{VNU} is missing: `make test` installs it (npm ci)"
    java = shutil.which("java")
    assert java, "java is missing: `make test` installs Debian's default-jre-headless"
    result = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--skip-non-html", str(kalmar_site)],
                            capture_output=True, text=True, timeout=600)
    # vnu exits 1 when it reports any error; its report is JSON on stderr.
    report = json.loads(result.stderr)
    return report["messages"]


def accepted_by(message: dict) -> Accepted | None:
    for accepted in ACCEPTED:
        if re.search(accepted.message, message["message"]) and re.search(accepted.extract,
                                                                         message.get("extract", "")):
            return accepted
    return None


def describe(message: dict, site: Path) -> str:
    page = message.get("url", "").removeprefix("file:").removeprefix(str(site))
    extract = " ".join(message.get("extract", "").split())
    return f"{page}:{message.get('lastLine', '?')}: {message['message']} [{extract[:120]}]"


def test_every_page_is_valid_html(vnu_messages: list[dict], kalmar_site: Path) -> None:
    checked = len(list(kalmar_site.rglob("*.html")))
    problems, accepted, info = [], Counter(), Counter()
    for message in vnu_messages:
        if message["type"] == "info" and message.get("subType") != "warning":
            info[message["message"]] += 1
        elif rule := accepted_by(message):
            accepted[rule.reason[:60]] += 1
        else:
            problems.append(describe(message, kalmar_site))
    print(f"\nNu Html Checker: {checked} pages, {len(problems)} problems, "
          f"{sum(accepted.values())} accepted theme-level messages, {sum(info.values())} info messages")
    for reason, count in accepted.items():
        print(f"  accepted x{count}: {reason}...")
    assert not any(message["type"] == "non-document-error" for message in vnu_messages), "the checker itself failed"
    assert problems == [], f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_accepted_messages_still_occur(vnu_messages: list[dict]) -> None:
    """An accepted message the checker no longer reports should be removed from ACCEPTED."""
    unused = [accepted.reason for accepted in ACCEPTED if not any(accepted_by(m) is accepted for m in vnu_messages)]
    assert unused == []
