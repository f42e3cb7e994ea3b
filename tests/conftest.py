import pytest
from django.core.cache import caches
from django.utils import translation

from tests.factories import build_course, make_site_home


@pytest.fixture(autouse=True)
def _french_by_default():
    # Tests start from the platform's default language, whatever the previous test did.
    with translation.override("fr"):
        yield


@pytest.fixture(autouse=True)
def _empty_caches():
    # Rate-limit counters and cached renditions of one test must not leak into the
    # next, whose database no longer holds what they point to.
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def write_limit(settings):
    """write_limit("comment_edit", "1/m"): one action's per-user limit for this test
    (accounts/ratelimit.py reads settings.WRITE_RATE_LIMITS at each write)."""

    def set_limit(action: str, spec: str) -> None:
        settings.WRITE_RATE_LIMITS = {**settings.WRITE_RATE_LIMITS, action: spec}

    return set_limit


@pytest.fixture
def home(db):
    return make_site_home()


@pytest.fixture
def course(home):
    return build_course(home)


@pytest.fixture
def session(course):
    from tests.factories import CourseSessionFactory

    return CourseSessionFactory(course=course)


@pytest.fixture
def learner(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def enrolment(session, learner):
    from course.models import Enrolment

    return Enrolment.objects.create(user=learner, session=session)
