import pytest

from course.models import Enrolment, ModulePage
from practice.models import Post, PracticePage
from tests.factories import CourseSessionFactory, UserFactory
from tests.page_privacy import trainers_group


def add_practice(module, **fields) -> PracticePage:
    defaults = {
        "title": "Premiers gazouillis",
        "slug": "premiers-gazouillis",
        "goal_posts": 2,
        "goal_mentions": 1,
        "hashtag": "MOOCgazouillis",
    }
    defaults.update(fields)
    page = PracticePage(**defaults)
    module.add_child(instance=page)
    page.save_revision().publish()
    return PracticePage.objects.get(pk=page.pk)


@pytest.fixture
def module(course):
    return ModulePage.objects.child_of(course).order_by("path").first()


@pytest.fixture
def practice(module):
    return add_practice(module)


@pytest.fixture
def learner(db):
    return UserFactory(display_name="Awa Diallo", twitter_handle="awa_d")


@pytest.fixture
def peer(session):
    user = UserFactory(display_name="Jules Morel", twitter_handle="JulesM")
    Enrolment.objects.create(user=user, session=session)
    return user


@pytest.fixture
def other_session(course):
    return CourseSessionFactory(course=course, title="Autre session")


@pytest.fixture
def outsider(other_session):
    """A learner of the same course, in another session."""
    user = UserFactory(display_name="Zoé Autre", twitter_handle="zoe_autre")
    Enrolment.objects.create(user=user, session=other_session)
    return user


@pytest.fixture
def trainer(db):
    user = UserFactory(display_name="Formatrice", is_staff=True)
    user.groups.add(trainers_group())
    return user


TRANSCRIPT = """00:00 Bonjour à toutes et à tous, bienvenue à cette rencontre.
00:20 Premier point : un live-tweet se prépare la veille.
01:05 Deuxième point : citer fidèlement les intervenants.
02:10 Merci de votre attention."""


@pytest.fixture
def live_page(module):
    """A live-tweet step: a timed transcript and the event's hashtag."""
    return add_practice(
        module,
        title="Live-tweeter la rencontre",
        slug="live-tweeter-la-rencontre",
        goal_posts=0,
        goal_mentions=0,
        hashtag="RencontreGZ",
        transcript=TRANSCRIPT,
    )


@pytest.fixture
def make_post(live_page, session):
    def make(author, body="Un message #RencontreGZ", **fields):
        fields.setdefault("session", session)
        return Post.objects.create(page=live_page, author=author, body=body, **fields)

    return make
