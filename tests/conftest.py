import pytest
from django.core.cache import caches
from django.utils import translation

from tests.factories import build_course, make_site_home

# The `course` fixture's home and course (21 pages) are built once and kept in a transaction
# left open across the tests that ask for them: each test runs in a savepoint inside it and is
# rolled back, as Django's TestCase does for setUpTestData. Before a test that uses the
# database without asking for `course`, the transaction is rolled back, so that test sees the
# empty database it always saw; the next `course` test builds them again. Tests are ordered so
# that the `course` tests run together (after the other database tests, before the
# transactional ones, whose flush needs no open transaction).
SHARED = pytest.StashKey["SharedCourse"]()


class SharedCourse:
    """The home and course built once, in an open transaction, for the tests that ask for them."""

    def __init__(self, blocker):
        self.blocker = blocker
        self.atomic = None
        self.home_pk = None
        self.course_pk = None
        self.builds = 0

    @property
    def is_open(self) -> bool:
        return self.atomic is not None

    def open(self) -> None:
        from django.db import transaction

        with self.blocker.unblock(), translation.override("fr"):
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            home = make_site_home()
            course = build_course(home)
        self.home_pk, self.course_pk = home.pk, course.pk
        self.builds += 1
        _clear_caches()

    def close(self) -> None:
        from django.db import transaction

        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None
        _clear_caches()


def _database_use(item) -> str:
    """ "transaction", "db" or "" as pytest-django orders the item (see its
    pytest_collection_modifyitems)."""
    from django.test import TestCase, TransactionTestCase

    test_class = getattr(item, "cls", None)
    if test_class and issubclass(test_class, TransactionTestCase):
        return "db" if issubclass(test_class, TestCase) else "transaction"
    from pytest_django.fixtures import validate_django_db

    fixtures = getattr(item, "fixturenames", ())
    marker = item.get_closest_marker("django_db")
    if marker and any(validate_django_db(marker)[:2]):
        return "transaction"
    if {"transactional_db", "live_server", "django_db_reset_sequences"} & set(fixtures):
        return "transaction"
    return "db" if marker or "db" in fixtures else ""


def _uses_shared_course(item) -> bool:
    return "course" in getattr(item, "fixturenames", ()) and _database_use(item) == "db"


def pytest_collection_modifyitems(items):
    # After pytest-django's own ordering (database tests, transactional ones, the others),
    # which the sort keeps: the `course` tests last among the database tests.
    order = {"db": 0, "transaction": 2, "": 3}
    items.sort(key=lambda item: 1 if _uses_shared_course(item) else order[_database_use(item)])


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # Before any fixture of the test, so before its own transaction or flush.
    shared = item.config.stash.get(SHARED, None)
    if shared is None:
        return
    if _uses_shared_course(item):
        if not shared.is_open:
            shared.open()
    elif shared.is_open and _database_use(item):
        shared.close()


@pytest.fixture(scope="session")
def _shared_course(request, django_db_setup, django_db_blocker):
    # Session-scoped, so set up before the first `course` test's own transaction.
    shared = SharedCourse(django_db_blocker)
    request.config.stash[SHARED] = shared
    if _uses_shared_course(request._pyfuncitem):
        shared.open()
    yield shared
    if shared.is_open:
        shared.close()
    del request.config.stash[SHARED]


def _clear_caches():
    for cache in caches.all():
        cache.clear()


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
    _clear_caches()


@pytest.fixture
def write_limit(settings):
    """write_limit("comment_edit", "1/m"): one action's per-user limit for this test
    (accounts/ratelimit.py reads settings.WRITE_RATE_LIMITS at each write)."""

    def set_limit(action: str, spec: str) -> None:
        settings.WRITE_RATE_LIMITS = {**settings.WRITE_RATE_LIMITS, action: spec}

    return set_limit


@pytest.fixture
def home(request, db):
    shared = request.config.stash.get(SHARED, None)
    if shared is not None and shared.is_open:
        from home.models import HomePage

        return HomePage.objects.get(pk=shared.home_pk)
    return make_site_home()


@pytest.fixture
def course(_shared_course, home):
    """The course of tests/factories.py build_course: shared (see SharedCourse) unless the
    test is transactional."""
    if _shared_course.is_open:
        from course.models import CoursePage

        return CoursePage.objects.get(pk=_shared_course.course_pk)
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
