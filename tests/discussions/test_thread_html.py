"""A thread's shared HTML (discussions/thread_html.py): the same bytes for every reader of
one standing, nothing of theirs in it, their own controls filled in, and every change to
the thread seen at once."""

import pytest
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.test.signals import template_rendered
from django.urls import reverse

from discussions import moderation
from discussions.models import CommentStatus
from discussions.thread_html import SharedThread
from tests.discussions.conftest import make_comment, minutes_ago, thread_html
from tests.discussions.test_views_posting import post_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _kept_threads() -> list[SharedThread]:
    return [
        value
        for key in list(cache._cache)
        if ":shared_html:" in key
        and isinstance(value := cache.get(key.split(":", 2)[2]), SharedThread)
    ]


def _shared_bytes(thread: SharedThread) -> str:
    return thread.html + "".join(thread.others.values()) + repr(thread.comments)


def test_two_learners_get_the_same_shared_thread_with_nothing_of_theirs(testimonial, other_learner):
    author = UserFactory(display_name="Autrice Distincte")
    make_comment(testimonial, author, "Une première idée.")
    make_comment(testimonial, author, "Une seconde idée.")
    readers = [UserFactory(display_name=f"Lectrice{n} Unique{n}") for n in range(2)]
    seen, tokens = [], []
    for reader in readers:
        cache.clear()  # each reader renders the shared part themselves
        request = RequestFactory().get(testimonial.url)
        request.user = reader
        tokens.append(get_token(request))
        html = thread_html(testimonial, reader)
        assert "Une seconde idée." in html
        (kept,) = _kept_threads()
        seen.append(_shared_bytes(kept))
    cache.clear()
    thread_html(testimonial, None)
    (visitor,) = _kept_threads()

    assert seen[0] == seen[1]
    assert "Une seconde idée." in visitor.html
    for shared in (*seen, _shared_bytes(visitor)):
        for reader in readers:
            assert reader.display_name not in shared
            assert reader.email not in shared
        assert "csrfmiddlewaretoken" not in shared
        assert "<!--slot:" in shared


def test_the_shared_thread_is_rendered_without_request_or_user(testimonial, learner):
    make_comment(testimonial, UserFactory(), "Un avis.")
    contexts = []

    def record(sender, template, context, **kwargs):
        if template.name in ("discussions/thread.html", "discussions/comment.html"):
            contexts.append(set(context.flatten()))

    template_rendered.connect(record, dispatch_uid="thread-context")
    try:
        thread_html(testimonial, learner)
    finally:
        template_rendered.disconnect(dispatch_uid="thread-context")

    assert len(contexts) == 2
    for keys in contexts:
        assert not keys & {"request", "user", "perms", "csrf_token", "messages"}


def test_a_reader_gets_edit_and_delete_on_their_own_comment_and_report_on_others(
    testimonial, learner, other_learner
):
    mine = make_comment(testimonial, learner, "Le mien.", created_at=minutes_ago(2))
    theirs = make_comment(testimonial, other_learner, "Le sien.")

    for_me = thread_html(testimonial, learner)
    for_them = thread_html(testimonial, other_learner)

    assert reverse("discussions:delete", args=[mine.pk]) in for_me
    assert reverse("discussions:edit", args=[mine.pk]) in for_me
    assert reverse("discussions:report", args=[mine.pk]) not in for_me
    assert reverse("discussions:report", args=[theirs.pk]) in for_me
    assert reverse("discussions:delete", args=[mine.pk]) not in for_them
    assert reverse("discussions:report", args=[mine.pk]) in for_them
    assert reverse("discussions:delete", args=[theirs.pk]) in for_them
    for html in (for_me, for_them):
        assert "csrfmiddlewaretoken" in html and "<!--slot:" not in html
        assert html.count('data-form-slot="reply"') == 2


def test_the_reply_control_follows_the_readers_standing(testimonial, learner):
    make_comment(testimonial, UserFactory(), "À discuter.")
    unconfirmed = UserFactory(verified=False)

    assert 'data-form-slot="reply"' in thread_html(testimonial, learner)
    assert 'data-form-slot="reply"' not in thread_html(testimonial, unconfirmed)
    assert "Confirm your email address" in thread_html(testimonial, unconfirmed)
    assert 'data-form-slot="reply"' not in thread_html(testimonial, None)
    assert "to take part in the discussion" in thread_html(testimonial, None)


def test_the_follow_form_says_what_the_reader_does(client, testimonial, learner, other_learner):
    client.force_login(learner)
    data = {**post_data(testimonial, ""), "follow": "1"}
    data.pop("body")
    client.post(reverse("discussions:follow"), data)

    assert "Stop following this discussion</button>" in thread_html(testimonial, learner)
    assert "Follow this discussion</button>" in thread_html(testimonial, other_learner)


def test_every_change_to_a_kept_thread_shows_at_once(client, testimonial, learner, moderator):
    reader = UserFactory()
    make_comment(testimonial, learner, "Déjà là.")
    assert "Déjà là." in thread_html(testimonial, reader)  # kept from here

    client.force_login(learner)
    client.post(reverse("discussions:post"), post_data(testimonial, "Tout nouveau."))
    assert "Tout nouveau." in thread_html(testimonial, reader)

    posted = _comment_with(testimonial, "Tout nouveau.")
    client.post(reverse("discussions:edit", args=[posted.pk]), {"body": "Tout neuf, corrigé."})
    assert "Tout neuf, corrigé." in thread_html(testimonial, reader)

    moderation.decide([posted], CommentStatus.HIDDEN, moderator)
    assert "Tout neuf, corrigé." not in thread_html(testimonial, reader)

    learner.display_name = "Nom Changé"
    learner.save()
    assert "Nom Changé" in thread_html(testimonial, reader)

    client.post(reverse("discussions:delete", args=[_comment_with(testimonial, "Déjà là.").pk]))
    assert "Déjà là." not in thread_html(testimonial, reader)


def _comment_with(testimonial, body: str):
    from discussions.models import Comment

    return Comment.objects.get(object_id=testimonial.pk, body=body)


def test_a_held_comment_is_seen_by_its_author_and_moderators_only(
    testimonial, learner, other_learner, moderator
):
    make_comment(testimonial, other_learner, "Public.")
    make_comment(testimonial, learner, "En attente.", status=CommentStatus.HELD)

    assert "En attente." not in thread_html(testimonial, other_learner)
    assert "En attente." in thread_html(testimonial, learner)
    assert "En attente." in thread_html(testimonial, moderator)
    assert "En attente." not in thread_html(testimonial, other_learner)
