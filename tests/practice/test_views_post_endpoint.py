"""Where the compose form posts (practice:post): the first post checks everything as the page
does and keeps the writer; the next ones cost a fixed few queries, refusals render the page
with the text kept, and leaving, unpublishing or a new privacy stop the kept access at once."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from course.learning import leave
from course.models import Completion, Enrolment
from practice.models import Post, Tag
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# The person comes from the shared cache (accounts/user_cache.py); the session is in the
# cache in production (cached_db), in the database here: one query. Then the post and its
# hashtag: on PostgreSQL one statement (practice/posting.py); elsewhere a savepoint (the
# test's transaction is open), the post, its hashtag and the savepoint's release.
POST_QUERIES = 2 if connection.vendor == "postgresql" else 5


def endpoint(page):
    return reverse("practice:post", args=[page.pk])


def send(client, page, **data):
    return client.post(endpoint(page), {"action": "post", **data})


@pytest.fixture
def writer(client, enrolment, practice):
    """A learner who has posted once (their access is kept)."""
    client.force_login(enrolment.user)
    assert send(client, practice, body="Premier").status_code == 303
    return client


def test_the_compose_form_posts_to_the_endpoint(client, enrolment, practice):
    client.force_login(enrolment.user)
    content = client.get(practice.url).content.decode()
    assert f'action="{endpoint(practice)}" class="practice-compose__form"' in content


def test_a_post_goes_back_to_the_page_at_the_post(writer, practice, enrolment):
    response = send(writer, practice, body="Deuxième #MOOCgazouillis")
    assert response.status_code == 303
    saved = Post.objects.latest("pk")
    assert response["Location"] == f"{practice.url}#post-{saved.pk}"
    assert saved.session_id == enrolment.session_id and saved.body == "Deuxième #MOOCgazouillis"
    assert list(saved.tags.values_list("name", flat=True)) == ["moocgazouillis"]


def add_posts(practice, session, author, count):
    Post.objects.bulk_create(
        [Post(page=practice, session=session, author=author, body=f"#t {n}") for n in range(count)]
    )


def queries_of_a_post(client, practice, body="Encore un #MOOCgazouillis"):
    with CaptureQueriesContext(connection) as captured:
        response = send(client, practice, body=body)
    assert response.status_code == 303
    return len(captured)


def test_a_post_costs_the_same_few_queries_with_50_or_5000_posts_and_the_step_done(
    client, practice, session, enrolment, peer
):
    Completion.objects.create(enrolment=enrolment, page=practice)
    client.force_login(enrolment.user)
    send(client, practice, body="Le pas est fait")  # the first post: the writer kept, done
    add_posts(practice, session, peer, 50)
    small = queries_of_a_post(client, practice)
    add_posts(practice, session, peer, 4950)
    add_posts(practice, session, enrolment.user, 300)
    large = queries_of_a_post(client, practice)
    assert small == large == POST_QUERIES


def test_while_the_goal_is_not_met_a_post_counts_it_in_one_more_query(
    writer, practice, session, enrolment
):
    """The goal asks for a mention, which these posts never make."""
    few = queries_of_a_post(writer, practice)
    add_posts(practice, session, enrolment.user, 300)
    many = queries_of_a_post(writer, practice)
    assert few == many == POST_QUERIES + 1
    assert not Completion.objects.filter(enrolment=enrolment, page=practice).exists()


def test_meeting_the_goal_marks_the_step_done_once_with_its_message(
    writer, practice, enrolment, peer
):
    message = "cette étape est terminée. Bravo"
    response = send(writer, practice, body="Avec @JulesM")
    assert Completion.objects.filter(enrolment=enrolment, page=practice).exists()
    assert message in writer.get(response["Location"]).content.decode()
    response = send(writer, practice, body="Et encore @JulesM")
    assert message not in writer.get(response["Location"]).content.decode()
    assert Completion.objects.filter(enrolment=enrolment, page=practice).count() == 1


def test_a_reply_through_the_endpoint_notifies_its_author(writer, practice, session, peer):
    theirs = Post.objects.create(page=practice, session=session, author=peer, body="À vous")
    response = send(writer, practice, body="Bien vu", reply_to=theirs.pk)
    assert response.status_code == 303
    assert Post.objects.latest("pk").reply_to_id == theirs.pk
    assert [message.to for message in mail.outbox] == [[peer.email]]


@pytest.mark.parametrize("known", [False, True], ids=["first post", "writer kept"])
def test_an_over_long_post_renders_the_page_with_the_text_and_the_reason(
    client, enrolment, practice, known
):
    client.force_login(enrolment.user)
    if known:
        send(client, practice, body="Premier")
    text = "é" * 281
    response = send(client, practice, body=text)
    content = response.content.decode()
    assert response.status_code == 400
    assert text in content and "281" in content and "280" in content
    assert Post.objects.count() == (1 if known else 0)


def test_an_empty_post_is_refused_in_the_readers_language(writer, practice):
    url = endpoint(practice).replace("/fr/", "/en/", 1)
    response = writer.post(url, {"action": "post", "body": "  "})
    assert response.status_code == 400
    assert "Write something before you post." in response.content.decode()


def test_posting_too_fast_renders_429_with_the_text_kept(writer, practice, write_limit):
    write_limit("practice_post", "2/m")  # the writer's first post, then this one
    assert send(writer, practice, body="Un").status_code == 303
    response = send(writer, practice, body="Deux, trop vite")
    assert response.status_code == 429
    assert "Deux, trop vite" in response.content.decode()


def test_an_unconfirmed_email_is_refused_with_the_text_kept(client, practice, session):
    user = UserFactory(verified=False)
    user.save()
    Enrolment.objects.create(user=user, session=session)
    client.force_login(user)
    for _attempt in range(2):
        response = send(client, practice, body="Bonjour")
        assert response.status_code == 403
        assert "Bonjour" in response.content.decode()
    assert not Post.objects.exists()


def test_without_javascript_add_to_thread_brings_one_more_box(writer, practice):
    response = writer.post(endpoint(practice), {"action": "more", "body": "Gardé"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Gardé" in content and 'id="compose-body-2"' in content


def test_a_get_goes_to_the_page(writer, practice):
    response = writer.get(endpoint(practice))
    assert response.status_code == 302 and response["Location"] == practice.url


def test_a_visitor_is_sent_to_sign_in(client, practice):
    response = send(client, practice, body="Bonjour")
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Post.objects.exists()


def test_a_learner_of_another_session_posts_on_their_own_sessions_timeline(
    client, practice, outsider, session
):
    client.force_login(outsider)
    assert send(client, practice, body="Chez moi").status_code == 303
    assert Post.objects.get().session_id != session.pk


def test_after_leaving_the_session_the_next_post_is_refused_at_once(writer, practice, enrolment):
    leave(enrolment)
    assert send(writer, practice, body="Après mon départ").status_code == 404
    assert Post.objects.count() == 1


def test_an_unpublished_page_takes_no_more_posts(writer, practice):
    practice.unpublish()
    assert send(writer, practice, body="Trop tard").status_code == 404
    assert Post.objects.count() == 1


def test_a_page_made_private_to_a_group_takes_no_more_posts_from_others(writer, practice):
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    assert send(writer, practice, body="Toujours là").status_code == 303
    PageViewRestriction.objects.all().delete()
    restriction = PageViewRestriction.objects.create(
        page=practice, restriction_type=PageViewRestriction.GROUPS
    )
    assert restriction.groups.count() == 0
    assert send(writer, practice, body="Plus maintenant").status_code == 404
    assert Post.objects.count() == 2


def test_a_trainer_posts_in_the_session_they_chose(client, practice, session, trainer, enrolment):
    client.force_login(trainer)
    for body in ("Bonjour la session", "Et encore"):
        response = send(client, practice, body=body, session=session.pk)
        assert response.status_code == 303
        assert response["Location"].startswith(f"{practice.url}?session={session.pk}#post-")
    assert set(Post.objects.values_list("session_id", flat=True)) == {session.pk}
    assert Tag.objects.count() == 0


def test_a_writer_posting_every_few_minutes_keeps_the_quick_path_for_an_hour(
    writer, practice, monkeypatch
):
    """The kept access is checked against what it was made under, not against a clock:
    ten minutes later a post still costs the same few queries; two hours later the page's
    full checks run again."""
    import time

    now = queries_of_a_post(writer, practice)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 600)
    assert queries_of_a_post(writer, practice) == now == POST_QUERIES + 1  # goal not met
    monkeypatch.setattr(time, "time", lambda: real_time() + 7200)
    assert queries_of_a_post(writer, practice) > now + 3


def test_an_email_address_no_longer_confirmed_stops_the_next_post(writer, practice, enrolment):
    from allauth.account.models import EmailAddress

    for address in EmailAddress.objects.filter(user=enrolment.user):
        address.verified = False
        address.save()
    response = send(writer, practice, body="Sans adresse confirmée")
    assert response.status_code == 403
    assert "Sans adresse confirmée" in response.content.decode()
    assert Post.objects.count() == 1


def test_a_trainer_taken_out_of_the_trainers_group_posts_no_more(
    client, practice, session, trainer
):
    client.force_login(trainer)
    assert send(client, practice, body="Bonjour", session=session.pk).status_code == 303
    trainer.groups.clear()
    assert send(client, practice, body="Plus formatrice", session=session.pk).status_code == 404
    assert list(Post.objects.values_list("body", flat=True)) == ["Bonjour"]
