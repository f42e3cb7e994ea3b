"""Leaving a course takes two steps: a page that says what leaving means, then its
confirming post. A single post (the old one-click form) leaves nobody."""

import pytest
from django.urls import reverse
from django.utils import timezone

from course.models import Enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, enrolment):
    client.force_login(enrolment.user)
    return client


def test_a_single_post_without_confirmation_shows_what_leaving_means_and_leaves_nobody(
    signed_in, course, enrolment
):
    response = signed_in.post(reverse("leave", args=[course.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Quitter le cours «\u00a0{course.title}\u00a0»\u202f?" in html
    assert "Votre progression est conservée" in html
    assert f"Vous quittez la session «\u00a0{enrolment.session.title}\u00a0»" in html
    assert "Vous ne recevrez pas le certificat" in html
    assert 'name="confirm" value="1"' in html
    assert f'<a class="button" href="{course.url}">Rester</a>' in html
    enrolment.refresh_from_db()
    assert enrolment.left_at is None


def test_the_course_page_links_to_the_confirmation_whose_post_leaves(signed_in, course, enrolment):
    leave_url = reverse("leave", args=[course.pk])
    assert (
        f'<a href="{leave_url}">Quitter le cours</a>' in signed_in.get(course.url).content.decode()
    )
    assert signed_in.get(leave_url).status_code == 200
    response = signed_in.post(leave_url, {"confirm": "1", "next": course.url}, follow=True)
    assert response.redirect_chain == [(course.url, 303)]
    assert "Vous avez quitté le cours." in response.content.decode()
    enrolment.refresh_from_db()
    assert enrolment.left_at is not None


def test_in_english_with_a_certificate_the_page_says_it_stays_valid(signed_in, course, enrolment):
    Enrolment.objects.filter(pk=enrolment.pk).update(
        completed_at=timezone.now(), certificate_code="ABCD-EFGH-JKLM"
    )
    html = signed_in.get("/en" + reverse("leave", args=[course.pk])[3:]).content.decode()
    assert f"Leave the course “{course.title}”?" in html
    assert "Your certificate stays valid: its code can still be checked." in html
    assert ">Stay</a>" in html


def test_someone_not_enrolled_is_sent_back_to_the_course(client, course, session, learner):
    client.force_login(learner)
    response = client.get(reverse("leave", args=[course.pk]))
    assert (response.status_code, response["Location"]) == (303, course.url)


def test_after_leaving_their_only_course_my_learning_says_they_follow_none_for_now(
    signed_in, course, enrolment
):
    """Not "Vous n’êtes encore inscrit à aucun cours" (they were, and it spoke to men only):
    a neutral sentence, the same in English."""
    signed_in.post(reverse("leave", args=[course.pk]), {"confirm": "1"})
    html = signed_in.get(reverse("dashboard")).content.decode()
    assert "Vous ne suivez aucun cours pour l’instant." in html
    assert "encore inscrit" not in html
    english = signed_in.get("/en" + reverse("dashboard")[3:]).content.decode()
    assert "You are not following any course at the moment." in english
