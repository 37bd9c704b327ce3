"""Loading exercise files and folders, reporting every problem with its file and line."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from workshop.errors import ExerciseError, ExerciseErrors
from workshop.exercises.build import Builder
from workshop.exercises.compiled import Source, read_catalogue, write_catalogue
from workshop.exercises.drafts import fill_ins, left_out
from workshop.exercises.model import SECTIONS, Exercise
from workshop.exercises.reading import read_bytes
from workshop.exercises.schema import SchemaCheck
from workshop.exercises.yamlfile import Lines, parse

ENV_ROOT = "WORKSHOP_EXERCISES"
_SECTION_DIR = re.compile(r"^\d\d-")


class Catalog(Mapping[str, Exercise]):
    """Exercises by id, in section and file order."""

    __slots__ = ("_by_id", "drafts", "root")

    def __init__(self, exercises: Iterable[Exercise], root: Path | None = None,
                 drafts: Iterable[ExerciseError] = ()) -> None:
        ordered = sorted(exercises, key=lambda e: (SECTIONS.index(e.section), e.id))
        self._by_id = {e.id: e for e in ordered}
        self.root = root
        #: one note for each draft file left out (see workshop.exercises.drafts)
        self.drafts = tuple(drafts)

    def __getitem__(self, id: str) -> Exercise:
        return self._by_id[id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def section(self, section: str) -> list[Exercise]:
        """The exercises of one section, in order."""
        return [e for e in self._by_id.values() if e.section == section]

    def __repr__(self) -> str:
        return f"Catalog({len(self)} exercises from {self.root})"


def exercises_root() -> Path:
    """Where the exercises are: $WORKSHOP_EXERCISES, a checkout's folder, or the bundled copy."""
    env = os.environ.get(ENV_ROOT)
    if env:
        return Path(env)
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        candidate = folder / "exercises"
        if candidate.is_dir() and (folder / "notebooks").is_dir():
            return candidate
    package = Path(__file__).resolve().parent.parent
    bundled = package / "_exercises"
    return bundled if bundled.is_dir() else package.parent / "exercises"


def load_text(text: str | bytes, path: Path | None = None) -> Exercise:
    """Load one exercise from YAML text; raise ExerciseErrors listing every problem."""
    data, lines = parse(text, path)
    return _build(data, lines, path)


def load_file(path: Path | str) -> Exercise:
    """Load and check one exercise file, including its id against the file name."""
    return _read(Path(path)).exercise


def _read(path: Path) -> Source:
    raw = read_bytes(path)
    data, lines = parse(raw, path)
    return _source(path, raw, data, lines)


def _source(path: Path, raw: bytes, data: Any, lines: Lines) -> Source:
    exercise = _build(data, lines, path)
    problems = _placement_problems(exercise, path, lines)
    if problems:
        raise ExerciseErrors(problems)
    return Source(path, raw, data, lines, exercise)


def _build(data: Any, lines: Lines, path: Path | None) -> Exercise:
    if not isinstance(data, dict):
        what = "empty" if data is None else f"a {type(data).__name__}, not a mapping"
        raise ExerciseErrors([ExerciseError(
            path, 1, "", f"the file is {what}",
            "an exercise file is a mapping of fields (id:, section:, type:, ...); "
            "`workshop new` writes a template",
        )])
    errors = SchemaCheck(path, lines).run(data)
    if errors:
        raise ExerciseErrors(errors)
    builder = Builder(data, lines, path)
    exercise = builder.build()
    if builder.errors:
        raise ExerciseErrors(builder.errors)
    return exercise


def _placement_problems(exercise: Exercise, path: Path, lines: Lines) -> list[ExerciseError]:
    problems = []
    line = lines(("id",))
    if exercise.id != path.stem:
        problems.append(ExerciseError(
            path, line, "id", f"{exercise.id!r} does not match the file name {path.name!r}",
            f"rename the file to {exercise.id}.yaml or set id: {path.stem}",
        ))
    folder = path.parent.name
    if _SECTION_DIR.match(folder) and folder != exercise.section:
        problems.append(ExerciseError(
            path, lines(("section",)), "section",
            f"{exercise.section!r} does not match the folder {folder!r}",
            f"move the file to exercises/{exercise.section}/ or set section: {folder}",
        ))
    return problems


def exercise_files(paths: Iterable[Path | str]) -> list[Path]:
    """The .yaml/.yml files named, or found under the folders named, sorted."""
    return [path for path, _ in _with_folders(paths)]


def _with_folders(paths: Iterable[Path | str]) -> list[tuple[Path, Path]]:
    """Each file named or found, with the folder it must stay inside (see read_bytes).

    Whatever ends in .yaml or .yml is listed (links, FIFOs and devices too), so that the reader
    says why it will not read it rather than the file being skipped in silence.
    """
    found: list[tuple[Path, Path]] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted((x, p) for x in p.rglob("*")
                            if x.suffix in (".yaml", ".yml") and not x.is_dir())
        else:
            found.append((p, p.parent))
    return found


class Collection(NamedTuple):
    """What a folder holds: the good exercises, every problem, and the FILL IN of drafts."""

    exercises: list[Exercise]
    errors: list[ExerciseError]
    #: with ``drafts=False`` one note for each draft left out; with ``drafts=True`` every
    #: FILL IN left in the drafts, which were loaded and checked like any other file
    drafts: list[ExerciseError]


def collect(paths: Iterable[Path | str], drafts: bool = False) -> Collection:
    """Load every file under ``paths``; drafts are left out unless ``drafts`` is true."""
    found = _collect(_with_folders(paths), drafts)
    return Collection([s.exercise for s in found.sources], found.errors, found.drafts)


class _Found(NamedTuple):
    sources: list[Source]
    errors: list[ExerciseError]
    drafts: list[ExerciseError]
    raw: list[tuple[Path, bytes]]


def _collect(files: list[tuple[Path, Path]], drafts: bool = False) -> _Found:
    found = _Found([], [], [], [])
    first: dict[str, Path] = {}
    for path, folder in files:
        try:
            raw = read_bytes(path, folder)
            found.raw.append((path, raw))
            data, lines = parse(raw, path)
            markers = fill_ins(data, lines, path)
            if markers and not drafts:
                found.drafts.append(left_out(markers))
                continue
            found.drafts.extend(markers)
            source = _source(path, raw, data, lines)
        except ExerciseError as e:
            found.errors.extend(e.errors)
            continue
        if source.exercise.id in first:
            found.errors.append(ExerciseError(
                path, source.lines(("id",)), "id",
                f"{source.exercise.id!r} is already used by {first[source.exercise.id]}",
                "ids are unique across all exercises; choose another",
            ))
            continue
        first[source.exercise.id] = path
        found.sources.append(source)
    return found


def load_exercises(root: Path | str | None = None) -> Catalog:
    """Load every exercise under ``root`` (default: exercises_root()); raise on any problem.

    A compiled catalogue that matches the files is read instead of the YAML; after reading
    the YAML, one is written for the next time (not in a folder that cannot be written).
    """
    folder = _folder(root)
    files = _with_folders([folder])
    compiled = read_catalogue(folder, [path for path, _ in files])
    if compiled is not None:
        return Catalog(compiled[0], folder, compiled[1])
    found = _collect(files)
    if found.errors:
        raise ExerciseErrors(found.errors)
    with suppress(OSError):
        write_catalogue(folder, found.sources, found.raw, found.drafts)
    return Catalog([s.exercise for s in found.sources], folder, found.drafts)


def compile_catalogue(root: Path | str) -> Path:
    """Validate the exercises under ``root`` from their YAML and write their compiled catalogue
    (``.catalogue.json``); raise ExerciseErrors on any problem, OSError if it cannot be written."""
    folder = _folder(root)
    found = _collect(_with_folders([folder]))
    if found.errors:
        raise ExerciseErrors(found.errors)
    return write_catalogue(folder, found.sources, found.raw, found.drafts)


def _folder(root: Path | str | None) -> Path:
    folder = Path(root) if root is not None else exercises_root()
    if not folder.is_dir():
        raise ExerciseErrors([ExerciseError(
            folder, None, "", "no such folder of exercises",
            f"pass the exercises folder, or set {ENV_ROOT}",
        )])
    return folder
