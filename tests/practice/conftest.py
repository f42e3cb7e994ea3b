import pytest

from course.models import Enrolment, ModulePage
from practice.models import PracticePage
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
