"""`page_view_restrictions` finds what Wagtail's `get_view_restrictions` finds, in one query."""

import pytest
from wagtail.models import PageViewRestriction

from course.restrictions import page_view_restrictions
from tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home):
    course = CoursePageFactory(parent=home, slug="cours")
    private = ModulePageFactory(parent=course, slug="prive")
    public = ModulePageFactory(parent=course, slug="public")
    page = LessonPageFactory(parent=private, slug="lecon")
    return course, private, public, page


def test_restrictions_of_ancestors_and_of_an_alias_source_are_found_as_wagtail_finds_them(
    tree, django_assert_num_queries
):
    course, private, public, page = tree
    on_module = PageViewRestriction.objects.create(page=private, restriction_type="login")
    on_page = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="x"
    )
    alias = page.create_alias(parent=public, update_slug="copie")
    for each in (course, private, public, page, alias):
        with django_assert_num_queries(1):
            found = page_view_restrictions(each)
        assert set(found) == set(each.get_view_restrictions())
    assert set(page_view_restrictions(page)) == {on_module, on_page}
    assert page_view_restrictions(alias) == [on_page]  # the source's, not its old module's


def test_privacy_set_changed_or_removed_after_a_read_applies_at_once(tree, learner):
    """The process keeps a page's restrictions: every change to them drops that copy."""
    from django.contrib.auth.models import Group

    _course, private, _public, page = tree
    assert page.accepts_viewer(learner) is True  # read and kept: no restriction
    restriction = PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert page.accepts_viewer(None) is False
    restriction.restriction_type = "groups"
    restriction.save()
    assert page.accepts_viewer(learner) is False
    group = Group.objects.create(name="Cohorte privée")
    learner.groups.add(group)
    restriction.groups.add(group)
    assert page.accepts_viewer(learner) is True
    restriction.delete()
    assert page.accepts_viewer(None) is True


def test_a_privacy_change_drops_the_kept_copies_again_once_committed(
    tree, django_capture_on_commit_callbacks
):
    """A process that read the old privacy before the admin's change committed reads it again."""
    from config import generations

    _course, private, _public, _page = tree
    with django_capture_on_commit_callbacks() as callbacks:
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        during = generations.current()
    assert callbacks
    for callback in callbacks:
        callback()
    assert generations.current() != during
