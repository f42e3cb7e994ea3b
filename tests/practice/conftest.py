import pytest
from django.contrib.auth.models import Group

from course.models import Enrolment, ModulePage
from practice.models import Post, PracticePage
from tests.factories import CourseSessionFactory, UserFactory
from trainers.groups import TRAINERS_GROUP

TRANSCRIPT = """00:00 Bonjour à toutes et à tous, bienvenue à cette rencontre.
00:20 Premier point : un live-tweet se prépare la veille.
01:05 Deuxième point : citer fidèlement les intervenants.
02:10 Merci de votre attention."""


def add_practice_page(module, **fields) -> PracticePage:
    defaults = {"title": "Live-tweeter la rencontre", "slug": "live-tweeter-la-rencontre"}
    defaults.update(fields)
    page = PracticePage(**defaults)
    module.add_child(instance=page)
    page.save_revision().publish()
    return PracticePage.objects.get(pk=page.pk)


@pytest.fixture
def live_page(course):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    return add_practice_page(module, hashtag="RencontreGZ", transcript=TRANSCRIPT)


@pytest.fixture
def peer(session):
    user = UserFactory(display_name="Camille Pair", twitter_handle="camille_pair")
    Enrolment.objects.create(user=user, session=session)
    return user


@pytest.fixture
def other_session(course):
    return CourseSessionFactory(course=course, title="Une autre session")


@pytest.fixture
def outsider(other_session):
    """A learner of the same course, in another session."""
    user = UserFactory(display_name="Sacha Ailleurs")
    Enrolment.objects.create(user=user, session=other_session)
    return user


@pytest.fixture
def trainer(db):
    user = UserFactory(display_name="Odile Formatrice", is_staff=True)
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    return user


@pytest.fixture
def make_post(live_page, session):
    def make(author, body="Un message #RencontreGZ", **fields):
        fields.setdefault("session", session)
        return Post.objects.create(page=live_page, author=author, body=body, **fields)

    return make
