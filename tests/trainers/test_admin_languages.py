"""The trainers' admin screens speak the trainer's language: no French string in an
English admin, no English one in a French admin, whichever language came first."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.users.models import UserProfile

from course.models import CourseSession, LessonPage, ModulePage, TestimonialPage
from discussions.models import Comment
from tests.exercises.conftest import add_exercise
from tests.factories import CourseSessionFactory, UserFactory

pytestmark = pytest.mark.django_db

# Interface strings only: the course's content is French whatever the admin's language.
FRENCH = [
    r"Choisissez une page",
    r"Choisir (un|une) autre",
    r"Choisir (session|intervenant|cours)",
    r">\s*Accueil\s*<",
    r"\bIntervenants?\b",
    r"\bParticipants\b",
    r"\bEn contexte\b",
]
ENGLISH = [
    r"Choose a page",
    r"Choose another",
    r"Choose (session|speaker|course)",
    r">\s*Home\s*<",
    r"\bSpeakers?\b",
    r"\bParticipants\b",
    r"\bIn context\b",
]


def screens(course) -> list[str]:
    session = CourseSession.objects.first() or CourseSessionFactory(course=course)
    module = ModulePage.objects.child_of(course).order_by("path").first()
    exercise = add_exercise(module)
    testimonial = TestimonialPage.objects.first()
    comment = Comment.objects.create(
        content_type=ContentType.objects.get_for_model(testimonial),
        object_id=str(testimonial.pk),
        author=UserFactory(),
        body="Un commentaire à modérer.",
    )
    pages = [
        course,
        module,
        LessonPage.objects.first(),
        testimonial,
        exercise,
    ]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailsnippets_course_coursesession:list"),
        reverse("wagtailsnippets_course_coursesession:add"),
        reverse("wagtailsnippets_course_coursesession:edit", args=[session.pk]),
        reverse("wagtailsnippets_course_participant:list"),
        reverse("wagtailsnippets_course_participant:add"),
        reverse("wagtailsnippets_trainers_announcement:add"),
        reverse("trainers_reports:learners"),
        reverse("trainers_reports:submissions"),
        reverse("trainers_reports:comments"),
        "/admin/submissions/",
        reverse("wagtailsnippets_discussions_comment:list"),
        reverse("wagtailsnippets_discussions_comment:edit", args=[comment.pk]),
        *[reverse("wagtailadmin_pages:edit", args=[page.pk]) for page in pages],
        reverse("wagtailadmin_pages:add", args=["course", "testimonialpage", module.pk]),
    ]


def leaks(html: str, patterns: list[str]) -> list[str]:
    return [pattern for pattern in patterns if re.search(pattern, html)]


def speak(user, language):
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language=language)


@pytest.mark.parametrize(("first", "then"), [("fr", "en"), ("en", "fr")])
def test_every_main_admin_screen_is_in_the_trainers_language(
    trainer_client, trainer, course, first, then
):
    """Each screen shown in one language, then in the other: the second shows none of
    the first language's interface strings (Wagtail prepares some forms and
    breadcrumbs once, in the language of the first request or of startup)."""
    urls = screens(course)
    expected = {"fr": ENGLISH, "en": FRENCH}
    for language in (first, then):
        speak(trainer, language)
        for url in urls:
            response = trainer_client.get(url)
            assert response.status_code == 200, url
            found = leaks(response.content.decode(), expected[language])
            assert not found, f"{url} in {language} shows {found}"


@pytest.mark.parametrize(("language", "expected"), [("fr", "à l'instant"), ("en", "just now")])
def test_the_admin_says_just_now_for_what_happened_a_moment_ago(language, expected):
    """Wagtail's lists say "just now" rather than "0 minutes ago", in French too (Django's
    French says "0 minute", singular, which Wagtail's French "0 minutes" never matched)."""
    from django.utils import timezone, translation
    from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple

    with translation.override(language):
        assert timesince_simple(timezone.now()) == expected


def test_an_exercise_editor_names_its_example_bios_and_results_in_the_trainers_language():
    """The editor's blocks read « Exemple de bio » and « Résultat » for a French trainer,
    never the stream's own English names "Example" and "Outcome"."""
    from django.utils import translation

    from exercises.models import ExercisePage

    def label(field, name):
        return str(ExercisePage._meta.get_field(field).stream_block.child_blocks[name].label)

    with translation.override("fr"):
        assert label("example_bios", "example") == "Exemple de bio"
        assert label("outcomes", "outcome") == "Résultat"
    with translation.override("en"):
        assert label("example_bios", "example") == "Example bio"
        assert label("outcomes", "outcome") == "Result"
