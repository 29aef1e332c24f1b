"""Problems with the input, collected as values and printed once, by the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong, located as precisely as the input allows: `file:line: message`, `file: message`
    for a whole file or folder, or just the message when no file is to blame (a missing program)."""

    file: str | None
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.file is None:
            return self.message
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"

    def sort_key(self) -> tuple[str, int, str]:
        return self.file or "", self.line or 0, self.message


class AgendaError(Exception):
    """Raised with every problem found; the CLI prints them and exits 1."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(set(problems), key=Problem.sort_key)


def user_error(message: str) -> AgendaError:
    """A problem that no file is to blame for (a missing program, a refused option)."""
    return AgendaError([Problem(None, None, message)])


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
