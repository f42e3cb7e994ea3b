"""The exercise kinds: one registered strategy per value of `ExercisePage.kind`.

Every exercise page is one `ExercisePage` (one table, every kind's fields); what
differs between kinds lives in the kind's own module (exercises/kinds/bio.py,
one_or_two.py, reflection.py): the editor's checks (`clean`), what stops an answer
from being submitted (`problems`, through the pure rules of exercises/rules.py),
what its form and its result show (`form_context`, `result_context` and the
templates under templates/exercises/kinds/<kind>/), and what submitting computes
(`on_submit`). Callers ask `kind_of(page)`; nothing else compares `page.kind`.

How to add a kind:

1. Write exercises/kinds/<kind>.py: a subclass of `ExerciseKindBase` with its `value`,
   `label`, `form_title` and templates, decorated with `@register`; import it in
   `ExercisesConfig.ready` (exercises/apps.py).
2. Write its templates, templates/exercises/kinds/<kind>/form.html (inside the
   exercise form) and result.html (what the learner submitted). Live feedback in the
   browser comes from data attributes in these templates (static/js/exercises.js
   has no list of kinds).
3. For a page of it to be saved, add its value to `ExerciseKind` (exercises/choices.py)
   and run makemigrations (the field's choices and the database check list the values).
   Its settings, if it needs new ones, are fields and panels on `ExercisePage`.

tests/exercises/test_kinds_registry.py registers a throwaway kind this way and serves it.
"""

from exercises.kinds.base import ExerciseKindBase

_KINDS: dict[str, ExerciseKindBase] = {}


def register(kind_class: type[ExerciseKindBase]) -> type[ExerciseKindBase]:
    """Register a kind under its value (a class decorator); a value is registered once."""
    if kind_class.value in _KINDS and type(_KINDS[kind_class.value]) is not kind_class:
        raise ValueError(f"An exercise kind is already registered as {kind_class.value!r}.")
    _KINDS[kind_class.value] = kind_class()
    return kind_class


def unregister(value: str) -> None:
    _KINDS.pop(value, None)


def kind_of(page_or_value) -> ExerciseKindBase:
    """The kind of an exercise page (or of a kind's value); KeyError for an unknown one."""
    value = getattr(page_or_value, "kind", page_or_value)
    return _KINDS[value]


def registered() -> list[ExerciseKindBase]:
    return list(_KINDS.values())
