"""Factories that build coherent course trees for the tests (wagtail-factories)."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from course.models import CoursePage, LessonPage, ModulePage, Participant, TestimonialPage
from home.models import HomePage


def paragraph(text: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"

    class Meta:
        model = HomePage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Cours {n}")
    summary = "Un cours court et pratique."
    intro = "Apprendre ensemble."

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leçon {n}")
    summary = "Une leçon."
    body = factory.LazyFunction(lambda: paragraph("Le contenu de la leçon."))

    class Meta:
        model = LessonPage


class ParticipantFactory(factory.django.DjangoModelFactory):
    display_name = factory.Sequence(lambda n: f"Personne {n}")
    handle = factory.Sequence(lambda n: f"personne_{n}")
    role = "Bibliothécaire"
    presentation = "Une présentation courte."

    class Meta:
        model = Participant


class TestimonialPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Table ronde {n}")
    format = "round_table"

    class Meta:
        model = TestimonialPage


def round_table_questions(participants, questions=2) -> list[dict]:
    return [
        {
            "type": "question",
            "value": {
                "question": f"Question {q + 1} ?",
                "answers": [
                    {"participant": p.pk, "answer": f"<p>Réponse de {p.display_name}.</p>"}
                    for p in participants
                ],
            },
        }
        for q in range(questions)
    ]


def make_site_home() -> HomePage:
    """A home page as the default site's root, the placeholder page removed."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    Page.objects.filter(
        depth=2, content_type__app_label="wagtailcore", content_type__model="page"
    ).delete()
    return home


def build_course(home, modules=4, lessons_per_module=3, participants=3):
    """A course with its modules, lessons and one round table per module."""
    course = CoursePageFactory(parent=home, slug="cours")
    people = [ParticipantFactory() for _ in range(participants)]
    for m in range(modules):
        module = ModulePageFactory(parent=course, slug=f"module-{m + 1}")
        for n in range(lessons_per_module):
            LessonPageFactory(parent=module, slug=f"lecon-{m + 1}-{n + 1}")
        TestimonialPageFactory(
            parent=module,
            slug=f"table-ronde-{m + 1}",
            questions=round_table_questions(people),
        )
    return course


class UserFactory(factory.django.DjangoModelFactory):
    """A learner whose email address is confirmed (allauth's EmailAddress)."""

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Learner {n}")
    password = factory.PostGenerationMethodCall("set_password", "pass-word-123")

    class Meta:
        model = "accounts.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            from allauth.account.models import EmailAddress

            self.save()
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class CourseSessionFactory(factory.django.DjangoModelFactory):
    """A session whose enrolment is open today."""

    title = factory.Sequence(lambda n: f"Session {n}")
    enrolment_opens_on = factory.LazyFunction(lambda: _today(-10))
    enrolment_closes_on = factory.LazyFunction(lambda: _today(30))
    starts_on = factory.LazyFunction(lambda: _today(-5))
    ends_on = factory.LazyFunction(lambda: _today(60))

    class Meta:
        model = "course.CourseSession"


def _today(offset_days: int):
    import datetime

    from django.utils import timezone

    return timezone.localdate() + datetime.timedelta(days=offset_days)
