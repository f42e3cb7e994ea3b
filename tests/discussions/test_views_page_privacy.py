"""Threads honour Wagtail's page privacy, as Wagtail's own serving does.

Matrix: a testimonial kept private by a shared password, by "signed-in users" or
by a group (Trainers), against anonymous visitors, a learner, a trainer, and, for
the password, a learner and a visitor who entered it (Wagtail keeps it in the
session). Every discussions endpoint that reads or writes a thread is tried: who
the page keeps out gets 404 and nothing is stored.
"""

import pytest
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from wagtail.models import PageViewRestriction

from discussions.models import Comment, CommentReport, ThreadFollow
from discussions.notices import recent_replies_for
from tests.discussions.conftest import make_comment
from tests.factories import UserFactory
from tests.page_privacy import MATRIX, SIGNED_IN_MATRIX, enter, restrict, trainers_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(db):
    user = UserFactory(is_staff=True)
    user.groups.add(trainers_group())
    return user


@pytest.fixture
def author(db):
    return UserFactory()


@pytest.fixture
def setup(client, testimonial, learner, trainer):
    def _setup(kind, who):
        restriction = restrict(testimonial, kind)
        enter(client, who, restriction, learner=learner, trainer=trainer)
        return restriction

    return _setup


def target_data(page, **extra):
    from django.contrib.contenttypes.models import ContentType

    return {
        "content_type": ContentType.objects.get_for_model(page).pk,
        "object_id": page.pk,
        "body": "Un avis.",
        **extra,
    }


@pytest.mark.parametrize(("kind", "who", "may"), MATRIX)
def test_reading_a_thread_follows_page_privacy(client, testimonial, author, setup, kind, who, may):
    """The thread fragment, a permalink: the text to those the page lets in, 404 to others."""
    comment = make_comment(testimonial, author, "Texte réservé aux initiés.")
    setup(kind, who)
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(testimonial)
    more = client.get(reverse("discussions:more", args=[content_type.pk, testimonial.pk]))
    permalink = client.get(reverse("discussions:permalink", args=[comment.pk]))
    assert more.status_code == (200 if may else 404)
    assert ("Texte réservé aux initiés." in more.content.decode()) is may
    assert permalink.status_code == (302 if may else 404)


@pytest.mark.parametrize(("kind", "who", "may"), SIGNED_IN_MATRIX)
def test_posting_and_replying_follow_page_privacy(
    client, testimonial, author, setup, kind, who, may
):
    """A post or a reply on a private page is stored only for those the page lets in."""
    parent = make_comment(testimonial, author, "Question.")
    setup(kind, who)
    post = client.post(reverse("discussions:post"), target_data(testimonial))
    reply = client.post(reverse("discussions:reply", args=[parent.pk]), {"body": "Réponse."})
    reply_form = client.get(reverse("discussions:reply", args=[parent.pk]))
    assert post.status_code == (302 if may else 404)
    assert reply.status_code == (302 if may else 404)
    assert reply_form.status_code == (200 if may else 404)
    assert Comment.objects.filter(body="Un avis.").exists() is may
    assert Comment.objects.filter(body="Réponse.").exists() is may


@pytest.mark.parametrize(("kind", "who", "may"), SIGNED_IN_MATRIX)
def test_editing_deleting_reporting_and_following_follow_page_privacy(
    client, testimonial, learner, author, setup, kind, who, may
):
    """One's own comments, someone's to report, the thread to follow: 404 when kept out."""
    own = make_comment(testimonial, learner, "Le mien.")
    doomed = make_comment(testimonial, learner, "À effacer.")
    theirs = make_comment(testimonial, author, "Le sien.")
    setup(kind, who)
    edit = client.post(reverse("discussions:edit", args=[own.pk]), {"body": "Changé."})
    delete = client.post(reverse("discussions:delete", args=[doomed.pk]))
    report = client.post(reverse("discussions:report", args=[theirs.pk]), {"reason": "spam"})
    follow = client.post(reverse("discussions:follow"), {**target_data(testimonial), "follow": "1"})
    assert follow.status_code == (302 if may else 404)
    assert report.status_code == (302 if may else 404)
    assert CommentReport.objects.exists() is may
    assert ThreadFollow.objects.exists() is may
    own.refresh_from_db()
    assert (edit.status_code == 404) is not may
    assert (own.body == "Changé.") is (may and who.startswith("learner"))  # only its author
    assert (delete.status_code == 404) is not may
    assert Comment.objects.filter(pk=doomed.pk).exists() is not (may and who.startswith("learner"))


def test_anonymous_posting_on_a_private_page_stores_nothing(client, testimonial):
    """A visitor's post on a page for signed-in users: 404, as for a page that does not exist."""
    restrict(testimonial, "login")
    response = client.post(reverse("discussions:post"), target_data(testimonial))
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_the_page_itself_keeps_its_password_form_and_shows_the_thread_once_entered(
    client, testimonial, learner, author
):
    """Wagtail's own serving and the thread agree: password form first, comments after."""
    make_comment(testimonial, author, "Texte réservé aux initiés.")
    restriction = restrict(testimonial, "password")
    client.force_login(learner)
    before = client.get(testimonial.url)
    assert "Texte réservé aux initiés." not in before.content.decode()
    enter(client, "learner_with_password", restriction, learner=learner, trainer=None)
    after = client.get(testimonial.url)
    assert after.status_code == 200
    assert "Texte réservé aux initiés." in after.content.decode()


@pytest.mark.parametrize("kind", ["password", "groups"])
def test_notifications_are_not_sent_to_those_the_page_keeps_out(
    testimonial, learner, trainer, kind
):
    """A follower and the author replied to get no email with the text of a private thread."""
    from discussions.services import post_comment

    follower = UserFactory()
    ThreadFollow.objects.create(
        user=follower,
        content_type_id=target_data(testimonial)["content_type"],
        object_id=str(testimonial.pk),
    )
    mine = make_comment(testimonial, learner, "Le mien.")
    restriction = restrict(testimonial, kind)
    # The poster may post: a trainer, who entered the password in their own session.
    request = RequestFactory().post("/")
    request.user = trainer
    request.session = {PageViewRestriction.passed_view_restrictions_session_key: [restriction.pk]}
    mail.outbox.clear()
    post_comment(user=trainer, target=testimonial, body="Secret de groupe.", request=request)
    post_comment(
        user=trainer, target=testimonial, body="Réponse secrète.", parent=mine, request=request
    )
    assert Comment.objects.filter(author=trainer).count() == 2
    texts = " ".join(message.body for message in mail.outbox)
    assert "Secret de groupe." not in texts and "Réponse secrète." not in texts
    assert [m.to for m in mail.outbox] == []


def test_notifications_still_reach_those_the_page_lets_in(testimonial, learner, trainer):
    """A group restriction that includes the person replied to: they are emailed."""
    from discussions.services import post_comment

    learner.groups.add(trainers_group())
    mine = make_comment(testimonial, learner, "Le mien.")
    restrict(testimonial, "groups")
    mail.outbox.clear()
    post_comment(user=trainer, target=testimonial, body="Réponse permise.", parent=mine)
    assert [m.to for m in mail.outbox] == [[learner.email]]


@pytest.mark.parametrize(
    ("kind", "shown"), [("password", False), ("groups", False), ("login", True)]
)
def test_recent_replies_leave_out_threads_of_pages_kept_private(
    testimonial, learner, author, kind, shown
):
    """Without the learner's session a password counts as not given; groups as Wagtail says."""
    mine = make_comment(testimonial, learner, "Le mien.")
    reply = make_comment(testimonial, author, "Réponse privée.", parent=mine)
    restrict(testimonial, kind)
    assert recent_replies_for(learner) == ([reply] if shown else [])


def test_recent_replies_keep_a_password_page_for_a_learner_who_entered_it(
    client, testimonial, learner, author
):
    """The dashboard reads the learner's session: the password they gave counts."""
    mine = make_comment(testimonial, learner, "Le mien.")
    reply = make_comment(testimonial, author, "Réponse.", parent=mine)
    link = reverse("discussions:permalink", args=[reply.pk])
    restriction = restrict(testimonial, "password")
    client.force_login(learner)
    dashboard = reverse("dashboard")
    assert link not in client.get(dashboard).content.decode()
    enter(client, "learner_with_password", restriction, learner=learner, trainer=None)
    assert link in client.get(dashboard).content.decode()
