"""Reads the demo content files (demo/content/*.yaml) and checks them before any load.

Each file is checked against its definition in demo/content/schema.yaml, then what
it names in other files (a participant, a picture, a testimonial, an exercise) is
looked up: a file that does not fit stops the load with a message naming the file and
the place inside it, before the loader has written anything.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from jsonschema import Draft202012Validator

from demo.drawing import ILLUSTRATIONS

CONTENT_DIR = Path(__file__).resolve().parent / "content"
SCHEMA_FILE = "schema.yaml"
# The course's modules, in the order of their number: 01-<slug>.yaml, 02-<slug>.yaml...
MODULE_FILE = re.compile(r"^\d{2}-[a-z0-9-]+\.yaml$")
FILES = {
    "home.yaml": "home",
    "course.yaml": "course",
    "participants.yaml": "participants",
    "learners.yaml": "learners",
}


class DemoContentError(Exception):
    """A content file that cannot be read or does not fit the schema."""


@dataclass(frozen=True)
class DemoContent:
    home: dict
    # The course page's fields, and "modules": each module file, without its exercises.
    course: dict
    participants: list[dict]
    # The modules' exercises in course order, each with its "module" slug.
    exercises: list[dict]
    discussions: list[dict]
    submissions: list[dict]
    announcement: dict
    # The modules' practice timelines in course order, each with its "module" slug.
    practice: list[dict] = field(default_factory=list)
    # The demo learners' posts: {"timeline": slug, "posts": [...]}.
    practice_posts: list[dict] = field(default_factory=list)


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def _load_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise DemoContentError(f"{_display(path)}: not valid YAML: {error}") from error


def load_schema(directory: Path | None = None) -> dict:
    return _load_yaml((directory or CONTENT_DIR) / SCHEMA_FILE)


def _where(error) -> str:
    return "/".join(str(part) for part in error.absolute_path) or "(top level)"


def check(path: Path, definition: str, schema: dict):
    """The data of one content file, or DemoContentError naming the file and each wrong place."""
    data = _load_yaml(path)
    validator = Draft202012Validator({**schema, "$ref": f"#/$defs/{definition}"})
    errors = sorted(
        validator.iter_errors(data),
        key=lambda error: list(map(str, error.absolute_path)),
    )
    if errors:
        lines = [f"  at {_where(error)}: {error.message}" for error in errors]
        raise DemoContentError(
            f"{_display(path)} does not fit the demo content schema:\n" + "\n".join(lines)
        )
    return data


def _refuse(path: Path, problems: list[str], what: str) -> None:
    if problems:
        lines = [f"  at {where}" for where in problems]
        raise DemoContentError(f"{_display(path)} {what}:\n" + "\n".join(lines))


def _block_references(blocks: list[dict], where: str, testimonials: set[str]):
    for index, block in enumerate(blocks):
        for block_type, value in block.items():
            if block_type == "image" and value["image"] not in ILLUSTRATIONS:
                yield f"{where}/{index}/image/image: no picture {value['image']!r}"
            if block_type == "testimonial_link" and value["slug"] not in testimonials:
                yield f"{where}/{index}/testimonial_link/slug: no testimonial {value['slug']!r}"


def _module_references(module: dict, participants: set[str], testimonials: set[str]):
    yield from _block_references(module.get("objectives", []), "objectives", testimonials)
    for number, step in enumerate(module["steps"]):
        where = f"steps/{number}"
        yield from _block_references(step.get("body", []), f"{where}/body", testimonials)
        if "witness" in step and step["witness"] not in participants:
            yield f"{where}/witness: no participant {step['witness']!r}"
        for q, question in enumerate(step.get("questions", [])):
            for a, answer in enumerate(question["answers"]):
                if answer["participant"] not in participants:
                    yield (
                        f"{where}/questions/{q}/answers/{a}/participant: "
                        f"no participant {answer['participant']!r}"
                    )
    for number, exercise in enumerate(module.get("exercises", [])):
        for o, outcome in enumerate(exercise.get("outcomes", [])):
            for t, slug in enumerate(outcome.get("testimonials", [])):
                if slug not in testimonials:
                    yield (
                        f"exercises/{number}/outcomes/{o}/testimonials/{t}: no testimonial {slug!r}"
                    )


def check_references(data: dict[Path, dict]) -> None:
    """What a file names in another one exists there, or DemoContentError naming the place."""
    by_name = {path.name: value for path, value in data.items()}
    participants = {p["handle"] for p in by_name["participants.yaml"]["participants"]}
    modules = {path: value for path, value in data.items() if MODULE_FILE.match(path.name)}
    steps = [step for module in modules.values() for step in module["steps"]]
    testimonials = {step["slug"] for step in steps if step["type"] == "testimonial"}
    exercises = {e["slug"] for module in modules.values() for e in module.get("exercises", [])}
    timelines = {p["slug"] for module in modules.values() for p in module.get("practice", [])}
    what = "names what the other content files do not hold"
    for name in ("home.yaml", "course.yaml"):
        path = next(path for path in data if path.name == name)
        body = by_name[name].get("body", [])
        _refuse(path, list(_block_references(body, "body", testimonials)), what)
    for path, module in modules.items():
        _refuse(path, list(_module_references(module, participants, testimonials)), what)
    learners = by_name["learners.yaml"]
    problems = (
        [
            f"discussions/{number}/slug: no testimonial {thread['slug']!r}"
            for number, thread in enumerate(learners["discussions"])
            if thread["slug"] not in testimonials
        ]
        + [
            f"submissions/{number}/exercise: no exercise {submission['exercise']!r}"
            for number, submission in enumerate(learners["submissions"])
            if submission["exercise"] not in exercises
        ]
        + [
            f"practice/{number}/timeline: no practice timeline {posts['timeline']!r}"
            for number, posts in enumerate(learners.get("practice", []))
            if posts["timeline"] not in timelines
        ]
    )
    _refuse(next(path for path in data if path.name == "learners.yaml"), problems, what)


def content_files(directory: Path | None = None) -> dict[Path, str]:
    """Every content file with the schema definition it must fit, modules in order."""
    directory = directory or CONTENT_DIR
    files = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == SCHEMA_FILE:
            continue
        if path.name in FILES:
            files[path] = FILES[path.name]
        elif MODULE_FILE.match(path.name):
            files[path] = "module"
        else:
            raise DemoContentError(
                f"{_display(path)}: not a demo content file (expected one of "
                f"{', '.join(FILES)} or a module file named <nn>-<slug>.yaml)"
            )
    missing = set(FILES) - {path.name for path in files}
    if missing:
        raise DemoContentError(f"{_display(directory)}: missing {', '.join(sorted(missing))}")
    return files


def read_content(directory: Path | None = None) -> DemoContent:
    """Every file read and checked; nothing is returned unless all of them fit."""
    directory = directory or CONTENT_DIR
    schema = load_schema(directory)
    data = {
        path: check(path, definition, schema)
        for path, definition in content_files(directory).items()
    }
    check_references(data)
    by_name = {path.name: value for path, value in data.items()}
    modules, exercises, practice = [], [], []
    for path, value in data.items():
        if MODULE_FILE.match(path.name):
            module = dict(value)
            exercises += [
                {"module": module["slug"], **exercise} for exercise in module.pop("exercises", [])
            ]
            practice += [
                {"module": module["slug"], **timeline} for timeline in module.pop("practice", [])
            ]
            modules.append(module)
    learners = by_name["learners.yaml"]
    return DemoContent(
        home=by_name["home.yaml"],
        course={**by_name["course.yaml"], "modules": modules},
        participants=by_name["participants.yaml"]["participants"],
        exercises=exercises,
        discussions=learners["discussions"],
        submissions=learners["submissions"],
        announcement=learners["announcement"],
        practice=practice,
        practice_posts=learners.get("practice", []),
    )
