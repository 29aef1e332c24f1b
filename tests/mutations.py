"""Seeded mutations of an agenda's YAML files, as a careless editor (or a broken tool) makes them, run
through `agenda check` in this process; and the record of what each input path made of them, which
tests/conftest.py prints at the end of the run.

A mutation changes one file's bytes once (single) or twice, in the same file or in two (double):
a line deleted, duplicated, re-indented or swapped with the next, a lost colon or quote, a tab, the file
cut off anywhere (also inside a UTF-8 sequence), a value replaced by another type (a number, a list, a
map, nothing, a very long string, bytes that are not UTF-8, an alias, a tag), or a character put in
(control, bidirectional, invisible). The same seed gives the same mutations on every machine.
"""

from __future__ import annotations

import contextlib
import io
import random
import re
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator import cli

# What a value can turn into: other YAML types, sizes and spellings, and bytes that are not text.
VALUES = (
    b"42", b"-1.5e300", b"1" * 60, b"0x1F", b"12:30:00", b".nan", b"-.inf", b"true", b"no", b"null", b"~", b"",
    b"[]", b"[1, 2]", b"[[[[[[[[[[x]]]]]]]]]]", b"{}", b"{a: 1}", b"{id: {id: {id: x}}}", b"- item",
    b"2018-02-30", b"2018-06-07T10:00:00Z", b"'x'", b'"x', b"'", b"|", b">-", b"? x", b"*alias", b"&anchor x",
    b"!!binary aGVq", b"!custom x", b"!!python/object:os.system x", b'"' + b"lang text " * 10_000 + b'"',
    b'"\\x00\\u202e"', b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"%TAG ! x", b"---", b"...", b"@x", b"`x`",
)
# Characters put into a line: controls YAML refuses, ones it takes, bidirectional and invisible ones.
CHARACTERS = ("\x00", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9b", "\t", "\r", "\u2028", "\u202e", "\u2066",
              "\u200b", "\u200e", "\u2060", "\ufeff", "\ufffe", "\U0001f600", "\u0301", "#", ":", "-", "'", '"')
# `file:line: message`: a problem that points at a line.
LOCATED = re.compile(r"^[^:\n]+:\d+: \S")
AS_OF = "2018-08-15"  # a fixed day (inside Kalmar's remiss), so that nothing depends on when the tests run

Lines = list[bytes]


def _line(lines: Lines, rng: random.Random, has: bytes = b"") -> int | None:
    """A random line (one containing `has`), or None."""
    candidates = [n for n, line in enumerate(lines) if has in line] if has else list(range(len(lines)))
    return rng.choice(candidates) if candidates else None


def _delete(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
    n = _line(lines, rng)
    return (f"line {n + 1} deleted", lines[:n] + lines[n + 1:]) if n is not None else ("nothing", lines)


def _duplicate(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
    n = _line(lines, rng)
    return (f"line {n + 1} duplicated", lines[:n + 1] + lines[n:]) if n is not None else ("nothing", lines)


def _reindent(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
    n, shift = _line(lines, rng), rng.choice((-4, -2, -1, 1, 2, 4))
    if n is None:
        return "nothing", lines
    line = lines[n]
    indent = len(line) - len(line.lstrip(b" "))
    changed = b" " * max(0, indent + shift) + line.lstrip(b" ")
    return f"line {n + 1} indented by {shift:+d}", lines[:n] + [changed] + lines[n + 1:]


def _swap(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
    n = _line(lines[:-1], rng)
    if n is None:
        return "nothing", lines
    return f"lines {n + 1} and {n + 2} swapped", lines[:n] + [lines[n + 1], lines[n]] + lines[n + 2:]


def _losing(mark: bytes) -> Callable[[Lines, random.Random], tuple[str, Lines]]:
    def lose(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
        n = _line(lines, rng, has=mark)
        if n is None:
            return "nothing", lines
        positions = [m.start() for m in re.finditer(re.escape(mark), lines[n])]
        at = rng.choice(positions)
        changed = lines[n][:at] + lines[n][at + 1:]
        return f"line {n + 1} lost a {mark.decode()!r}", lines[:n] + [changed] + lines[n + 1:]
    return lose


def _tab(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
    n = _line(lines, rng, has=b"  ")
    if n is None:
        return "nothing", lines
    changed = lines[n].replace(b"  ", b"\t", 1)
    return f"line {n + 1}: two spaces made a tab", lines[:n] + [changed] + lines[n + 1:]


def _value(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
    n = _line(lines, rng, has=b": ")
    if n is None:
        return "nothing", lines
    value = rng.choice(VALUES)
    key, _, _ = lines[n].partition(b": ")
    return f"line {n + 1}: value -> {value[:30]!r}", lines[:n] + [key + b": " + value + b"\n"] + lines[n + 1:]


def _character(lines: Lines, rng: random.Random) -> tuple[str, Lines]:
    n, character = _line(lines, rng), rng.choice(CHARACTERS)
    if n is None:
        return "nothing", lines
    text = lines[n].decode("utf-8", errors="surrogateescape")
    at = rng.randrange(len(text) + 1)
    changed = (text[:at] + character + text[at:]).encode("utf-8", errors="surrogateescape")
    return f"line {n + 1}: {character!r} put in at column {at + 1}", lines[:n] + [changed] + lines[n + 1:]


LINE_MUTATIONS = (_delete, _duplicate, _reindent, _swap, _losing(b":"), _losing(b'"'), _losing(b"'"), _tab,
                  _value, _value, _value, _character, _character)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One mutation of a file's bytes: (what was done, the result)."""
    if rng.random() < 0.05:
        end = rng.randrange(len(data) + 1)
        return f"cut off after byte {end}", data[:end]
    what, lines = rng.choice(LINE_MUTATIONS)(data.splitlines(keepends=True), rng)
    return what, b"".join(lines)


@dataclass(frozen=True)
class Mutation:
    """Changed files (paths in the agenda folder) with their new bytes, and what was done."""

    description: str
    files: dict[str, bytes]


def mutations(originals: dict[str, bytes], seed: str, count: int) -> list[Mutation]:
    """`count` mutations of the files: a third of them double (two changes, in one file or two)."""
    found = []
    names = sorted(originals)
    for n in range(count):
        rng = random.Random(f"{seed}:{n}")
        files: dict[str, bytes] = {}
        steps = []
        for _ in range(2 if n % 3 == 2 else 1):
            name = rng.choice(names)
            what, files[name] = mutate(files.get(name, originals[name]), rng)
            steps.append(f"{name}: {what}")
        found.append(Mutation("; ".join(steps), files))
    return found


@dataclass
class Outcome:
    code: int | None          # the exit code; None: an exception escaped
    output: str               # standard output and error together
    located: int = 0          # problems given as `file:line: message`
    failure: str | None = None


def run_check(folder: Path) -> Outcome:
    """`agenda check FOLDER` in this process, its output captured: never an uncaught exception; exit 1 with at
    least one `file:line` message; exit 0 only with the model loaded (the "OK" summary)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["check", str(folder), "--as-of", AS_OF])
    except BaseException:  # SystemExit too: argparse or a stray exit() would end `agenda serve` as well
        return Outcome(None, out.getvalue() + err.getvalue(), failure=traceback.format_exc())
    located = sum(1 for line in err.getvalue().splitlines() if LOCATED.match(line))
    outcome = Outcome(code, out.getvalue() + err.getvalue(), located)
    if code == 1 and not located:
        outcome.failure = "exit 1 without a file:line message"
    elif code == 0 and not out.getvalue().startswith("OK "):
        outcome.failure = "exit 0 without the model's summary"
    elif code not in (0, 1):
        outcome.failure = f"exit code {code}"
    return outcome


@dataclass
class Record:
    """What one input path made of its mutations (or fuzzed inputs)."""

    tried: int = 0
    rejected: int = 0
    accepted: int = 0
    messages: int = 0
    failures: int = 0
    kinds: Counter[str] = field(default_factory=Counter)

    def line(self, name: str) -> str:
        common = ", ".join(f"{kind} {count}" for kind, count in self.kinds.most_common(4))
        return (f"{name}: {self.tried} tried, {self.rejected} rejected with {self.messages} messages, "
                f"{self.accepted} accepted, {self.failures} failures" + (f" (most messages: {common})" if common else ""))


# Filled by the tests, printed by tests/conftest.py's pytest_terminal_summary.
RECORDS: dict[str, Record] = {}


def message_kind(problem: str) -> str:
    """A short label of a message for the record: "YAML syntax error", "control character", "unknown key" ..."""
    text = re.sub(r"^[^:\n]+:\d+: ", "", problem)
    for label, pattern in (("control character", "control character"), ("bidirectional control", "bidirectional"),
                           ("not UTF-8", "not UTF-8"), ("YAML syntax error", "YAML syntax error"),
                           ("duplicate", "duplicate"), ("missing field", "missing required"),
                           ("unknown field", "unknown field"), ("unknown reference", "unknown "),
                           ("wrong type", "expected")):
        if pattern in text:
            return label
    return "other"


def record(name: str, outcomes: list[Outcome]) -> Record:
    entry = RECORDS.setdefault(name, Record())
    for outcome in outcomes:
        entry.tried += 1
        entry.failures += outcome.failure is not None
        if outcome.code == 0:
            entry.accepted += 1
        elif outcome.code == 1:
            entry.rejected += 1
            entry.messages += outcome.located
            entry.kinds.update(message_kind(line) for line in outcome.output.splitlines() if LOCATED.match(line))
    return entry
