"""Errors for instructors and developers; learners never see an exception."""

from __future__ import annotations

from pathlib import Path


class WorkshopError(Exception):
    """Base class of every error the kit raises on purpose."""


class ExerciseError(WorkshopError):
    """A problem in an exercise file, located by file, line and field."""

    def __init__(
        self,
        path: Path | str | None,
        line: int | None,
        field: str,
        problem: str,
        fix: str = "",
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.line = line
        self.field = field
        self.problem = problem
        self.fix = fix
        super().__init__(self.format())

    def format(self) -> str:
        """Render as ``<file>:<line>: <field>: <problem>; <fix>``."""
        where = str(self.path) if self.path is not None else "<string>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        text = f"{where}: {self.field or '(file)'}: {self.problem}"
        return f"{text}; {self.fix}" if self.fix else text

    def sort_key(self) -> tuple[str, int, str]:
        """Order problems by file, then line."""
        return (str(self.path or ""), self.line or 0, self.field)


    @property
    def errors(self) -> list[ExerciseError]:
        """Every problem this error stands for (itself, for a single one)."""
        return [self]


class ExerciseErrors(ExerciseError):
    """Several exercise problems found in one pass, reported together, one a line."""

    def __init__(self, errors: list[ExerciseError]) -> None:
        self._errors = sorted((x for e in errors for x in e.errors), key=ExerciseError.sort_key)
        first = self._errors[0]
        super().__init__(first.path, first.line, first.field, first.problem, first.fix)

    @property
    def errors(self) -> list[ExerciseError]:
        """Every problem found, ordered by file and line."""
        return self._errors

    def format(self) -> str:
        """One problem a line."""
        return "\n".join(e.format() for e in self._errors)


class UnknownKindError(WorkshopError):
    """A checker kind, exercise type or context value that does not exist."""
