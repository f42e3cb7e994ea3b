"""Who reaches what in the admin: trainers get course pages, reports and moderation;
they never reach users, groups or settings; learners and visitors reach no admin
screen, report or export."""

import pytest
from django.urls import reverse

from course.models import LessonPage, ModulePage
from tests.factories import UserFactory
from trainers.groups import TRAINERS_GROUP

pytestmark = pytest.mark.django_db

ADMIN_ONLY = [
    reverse("wagtailusers_users:index"),
    reverse("wagtailusers_groups:index"),
    reverse("wagtailsites:index"),
    reverse("wagtailredirects:index"),
    reverse("wagtailadmin_workflows:index"),
    reverse("wagtailsettings:edit", args=["home", "siteidentity"]),
    reverse("wagtailsettings:edit", args=["discussions", "discussionsettings"]),
]
TRAINER_SCREENS = [
    reverse("wagtailadmin_home"),
    reverse("trainers_reports:learners"),
    reverse("trainers_reports:learners") + "?export=csv",
    reverse("trainers_reports:learners") + "?export=xlsx",
    reverse("trainers_reports:comments"),
    reverse("trainers_reports:comments") + "?export=csv",
    reverse("trainers_reports:submissions"),
    reverse("trainers_reports:submissions") + "?export=xlsx",
    reverse("wagtailsnippets_discussions_comment:list"),
    reverse("wagtailsnippets_course_coursesession:list"),
    reverse("wagtailsnippets_course_coursesession:add"),
    reverse("wagtailsnippets_trainers_announcement:list"),
    reverse("wagtailsnippets_trainers_announcement:add"),
]


def denied(client, url) -> bool:
    """Wagtail refuses with a 403, or sends back to the admin home or to the login page."""
    response = client.get(url, follow=True)
    final_path = response.request["PATH_INFO"]
    return response.status_code == 403 or final_path == "/admin/" or "login" in final_path


def test_the_trainers_group_exists_with_its_permissions():
    from django.contrib.auth.models import Group

    codenames = set(
        Group.objects.get(name=TRAINERS_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"access_admin", "moderate_comment", "view_reports", "add_announcement"} <= codenames
    assert not codenames & {"add_user", "change_user", "add_group", "change_group"}


@pytest.mark.parametrize("url", ADMIN_ONLY)
def test_a_trainer_cannot_reach_user_group_or_settings_admin(trainer_client, url):
    assert denied(trainer_client, url)


@pytest.mark.parametrize("url", ADMIN_ONLY)
def test_an_admin_reaches_user_group_and_settings_admin(client, superuser, url):
    client.force_login(superuser)
    response = client.get(url, follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"].startswith(url)


@pytest.mark.parametrize("url", TRAINER_SCREENS)
def test_a_trainer_reaches_pages_reports_exports_and_moderation(trainer_client, course, url):
    response = trainer_client.get(url)
    assert response.status_code == 200, url


@pytest.mark.parametrize("who", ["anonymous", "learner"])
@pytest.mark.parametrize("url", TRAINER_SCREENS + ADMIN_ONLY)
def test_learners_and_visitors_reach_no_admin_screen_report_or_export(client, db, who, url):
    if who == "learner":
        client.force_login(UserFactory())
    response = client.get(url)
    assert response.status_code in (302, 403), (url, response.status_code)
    if response.status_code == 302:
        assert "/admin/" not in response.url or "login" in response.url
    assert b"Learner" not in response.content


def test_a_trainer_edits_course_pages_but_not_the_home_page(trainer_client, course, home):
    lesson = LessonPage.objects.first()
    module = ModulePage.objects.first()
    assert (
        trainer_client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).status_code == 200
    )
    add = reverse("wagtailadmin_pages:add", args=["course", "lessonpage", module.pk])
    assert trainer_client.get(add).status_code == 200
    assert denied(trainer_client, reverse("wagtailadmin_pages:edit", args=[home.pk]))


def test_a_new_course_is_granted_to_the_trainers(trainer, lead_trainer, home):
    """Trainers edit and add pages of a new course; only lead trainers also publish at once."""
    from tests.factories import CoursePageFactory

    other = CoursePageFactory(parent=home, slug="autre-cours")
    permissions = other.permissions_for_user(trainer)
    assert permissions.can_edit() and permissions.can_add_subpage()
    assert not permissions.can_publish()
    assert other.permissions_for_user(lead_trainer).can_publish()


def test_a_trainer_menu_shows_reports_and_hides_what_they_cannot_use(trainer_client):
    html = trainer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("trainers_reports:learners") in html
    for url in [reverse("wagtailusers_users:index"), reverse("wagtailusers_groups:index")]:
        assert url not in html
    assert "/admin/settings/" not in html


def test_a_course_is_not_offered_for_copy_to_a_trainer_who_cannot_add_it_beside_it(
    trainer_client, course, superuser, client
):
    """Trainers cannot add pages under the home page, where a course's copy would go:
    neither the course's header nor the explorer listing offers "Copy"; an admin still
    has it, and a trainer still copies a lesson within a module."""
    from course.models import LessonPage

    copy_url = reverse("wagtailadmin_pages:copy", args=[course.pk])
    for url in (
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        reverse("wagtailadmin_explore", args=[course.pk]),
        reverse("wagtailadmin_explore", args=[course.get_parent().pk]),
    ):
        assert copy_url not in trainer_client.get(url).content.decode(), url
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson_copy = reverse("wagtailadmin_pages:copy", args=[lesson.pk])
    edit_lesson = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert lesson_copy in trainer_client.get(edit_lesson).content.decode()
    client.force_login(superuser)
    edit_course = reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert copy_url in client.get(edit_course).content.decode()
