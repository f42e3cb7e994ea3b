"""The demo content files fit their schema, and a file that does not stops the load early."""

import io
import re
import shutil

import pytest
import yaml
from django.core.management import call_command
from django.core.management.base import CommandError
from jsonschema import Draft202012Validator
from wagtail.models import Page

import demo.reader
from course.blocks import CalloutTone
from course.choices import LessonFormat, TestimonialFormat, TestimonialLayout
from demo.reader import CONTENT_DIR, DemoContentError, check, content_files, load_schema
from exercises.choices import ExerciseKind, Visibility
from quizzes.choices import CountedAttempt, QuestionType, TrueFalse

FIRST_MODULE = "01-semaine-1-se-presenter.yaml"
ROUND_TABLE_MODULE = "02-semaine-2-parler-au-nom-de.yaml"


@pytest.fixture
def content_copy(tmp_path, monkeypatch):
    """A copy of the content files that the commands read instead of the real ones."""
    directory = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, directory)
    monkeypatch.setattr(demo.reader, "CONTENT_DIR", directory)
    return directory


def edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(load_schema())


@pytest.mark.parametrize(
    ("path", "definition"), content_files().items(), ids=lambda value: getattr(value, "name", "")
)
def test_every_content_file_fits_the_schema(path, definition):
    assert check(path, definition, load_schema())


def test_every_module_file_is_numbered_and_named_for_its_slug():
    modules = [path for path, definition in content_files().items() if definition == "module"]
    assert len(modules) == 5
    for number, path in enumerate(modules, start=1):
        slug = yaml.safe_load(path.read_text(encoding="utf-8"))["slug"]
        assert path.name == f"{number:02d}-{slug}.yaml"


def _texts(value):
    """Every string of a content file's data, however deep."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, str):
        yield value


def test_the_demo_texts_use_the_typographic_apostrophe():
    """ "j’informe", not "j'informe": the demo's French (learners' bios included) uses ’
    as the course does. The bio checks match either, as learners type both."""
    straight = re.compile(r"[^\W\d_]'[^\W\d_]")
    found = [
        f"{path.name}: {match.group()!r} in {text[:60]!r}"
        for path in content_files()
        for text in _texts(yaml.safe_load(path.read_text(encoding="utf-8")))
        for match in straight.finditer(text)
    ]
    assert found == []


def test_a_module_title_does_not_repeat_its_week_which_the_site_shows_beside_it():
    """The outline, the module's page and "My learning" say "Semaine 3" above or before the
    title: a title "Semaine 3 — Un compte ou deux ?" would say it twice."""
    for path, definition in content_files().items():
        if definition == "module":
            title = yaml.safe_load(path.read_text(encoding="utf-8"))["title"]
            assert not re.match(r"(semaine|week|module)\s*\d", title, re.IGNORECASE), path.name


def test_the_schemas_choices_are_the_models_choices():
    definitions = load_schema()["$defs"]
    block = definitions["block"]["properties"]
    assert definitions["lesson"]["properties"]["format"]["enum"] == LessonFormat.values
    testimonial = definitions["testimonial"]["properties"]
    assert testimonial["format"]["enum"] == TestimonialFormat.values
    assert testimonial["layout"]["enum"] == TestimonialLayout.values
    assert definitions["exercise"]["properties"]["kind"]["enum"] == ExerciseKind.values
    submission = definitions["learners"]["properties"]["submissions"]["items"]
    assert submission["properties"]["visibility"]["enum"] == Visibility.values
    assert block["callout"]["properties"]["tone"]["enum"] == [k for k, _ in CalloutTone.CHOICES]
    quiz = definitions["quiz"]["properties"]
    assert quiz["counts"]["enum"] == CountedAttempt.values
    question = definitions["quiz_question"]["properties"]
    assert question["type"]["enum"] == QuestionType.values
    assert question["answer"]["enum"] == TrueFalse.values


def test_a_wrong_field_is_refused_with_the_file_and_the_path_inside_it(content_copy):
    def misspell_a_heading_level(module):
        heading = module["steps"][0]["body"][1]["heading"]
        heading["levle"] = heading.pop("level")

    edit(content_copy / FIRST_MODULE, misspell_a_heading_level)

    with pytest.raises(DemoContentError) as refused:
        demo.reader.read_content()

    message = str(refused.value)
    assert FIRST_MODULE in message
    assert "at steps/0/body/1/heading: Additional properties are not allowed" in message
    assert "'levle' was unexpected" in message


def test_a_wrong_value_is_refused_with_the_file_and_the_path_inside_it(content_copy):
    edit(content_copy / "learners.yaml", lambda data: data["submissions"][1].update(stand="two"))

    with pytest.raises(DemoContentError, match=r"learners\.yaml") as refused:
        demo.reader.read_content()

    assert "at submissions/1/stand: 'two' is not of type 'integer'" in str(refused.value)


def test_a_speaker_missing_from_the_participants_is_refused_with_the_place_naming_them(
    content_copy,
):
    def rename_a_speaker(module):
        round_table = next(s for s in module["steps"] if s.get("format") == "round_table")
        round_table["questions"][0]["answers"][1]["participant"] = "personne_inconnue"

    edit(content_copy / ROUND_TABLE_MODULE, rename_a_speaker)

    with pytest.raises(DemoContentError) as refused:
        demo.reader.read_content()

    message = str(refused.value)
    assert ROUND_TABLE_MODULE in message
    assert "/questions/0/answers/1/participant: no participant 'personne_inconnue'" in message


def test_a_file_that_is_not_yaml_is_refused_with_its_name(content_copy):
    (content_copy / "home.yaml").write_text("title: [unclosed\n", encoding="utf-8")

    with pytest.raises(DemoContentError, match=r"home\.yaml: not valid YAML"):
        demo.reader.read_content()


def test_a_file_of_no_known_kind_is_refused(content_copy):
    (content_copy / "6-semaine-6.yaml").write_text("slug: semaine-6\n", encoding="utf-8")

    with pytest.raises(DemoContentError, match=r"6-semaine-6\.yaml: not a demo content file"):
        demo.reader.read_content()


@pytest.mark.django_db
def test_load_demo_stops_before_writing_anything_when_a_file_does_not_fit(content_copy):
    edit(content_copy / "course.yaml", lambda course: course.update(titre="Gazouiller"))
    pages = Page.objects.count()

    with pytest.raises(CommandError, match=r"course\.yaml does not fit") as refused:
        call_command("load_demo", stdout=io.StringIO())

    assert "'titre' was unexpected" in str(refused.value)
    assert Page.objects.count() == pages
