"""The practice page for a learner: post, reply, quote, thread, like, filters, goal."""

import pytest
from django.core import mail

from course.models import Completion
from practice.models import Like, Mention, Post, Tag

pytestmark = pytest.mark.django_db


def post(client, page, **data):
    return client.post(page.url, {"action": "post", **data})


def test_a_learner_posts_and_sees_the_post_on_the_timeline(client, practice, enrolment):
    """The post is saved for the learner's session and shown after the redirect."""
    client.force_login(enrolment.user)
    response = post(client, practice, body="Mon premier gazouillis #MOOCgazouillis")
    assert response.status_code == 303
    saved = Post.objects.get()
    assert saved.session_id == enrolment.session_id
    assert response["Location"].endswith(f"#post-{saved.pk}")
    page = client.get(practice.url)
    assert "Mon premier gazouillis" in page.content.decode()
    assert list(Tag.objects.values_list("name", flat=True)) == ["moocgazouillis"]


def test_an_over_long_post_is_refused_with_its_text_kept(client, practice, enrolment):
    """400, the text in the box and the count in the learner's language."""
    client.force_login(enrolment.user)
    text = "é" * 281
    response = post(client, practice, body=text)
    assert response.status_code == 400
    content = response.content.decode()
    assert text in content
    assert "281" in content and "280" in content
    assert not Post.objects.exists()


def test_the_refusal_is_in_english_on_the_english_page(client, practice, enrolment):
    client.force_login(enrolment.user)
    url = practice.url.replace("/fr/", "/en/", 1)
    response = client.post(url, {"action": "post", "body": "x" * 300})
    assert response.status_code == 400
    assert "the limit is 280" in response.content.decode()


def test_a_link_counts_23_so_a_long_link_fits(client, practice, enrolment):
    client.force_login(enrolment.user)
    response = post(client, practice, body="À lire : https://exemple.fr/" + "a" * 300)
    assert response.status_code == 303


def test_mentioning_a_learner_of_the_session_links_and_notifies_them(
    client, practice, enrolment, peer
):
    """The handle becomes a link to their posts, a Mention row is written and they get an
    email (they keep the replies preference on)."""
    client.force_login(enrolment.user)
    post(client, practice, body="Bonjour @julesm, on échange ?")
    saved = Post.objects.get()
    assert list(Mention.objects.values_list("user_id", flat=True)) == [peer.pk]
    content = client.get(practice.url).content.decode()
    assert 'class="post-mention" href="' in content and "person=julesm" in content
    assert [m.to for m in mail.outbox] == [[peer.email]]
    assert f"conversation={saved.pk}" in mail.outbox[0].body


def test_a_mention_of_someone_who_turned_replies_off_sends_nothing(
    client, practice, enrolment, peer
):
    peer.notify_replies = False
    peer.save()
    client.force_login(enrolment.user)
    post(client, practice, body="Bonjour @JulesM")
    assert Mention.objects.count() == 1
    assert mail.outbox == []


def test_a_handle_of_someone_outside_the_session_stays_text(client, practice, enrolment, outsider):
    client.force_login(enrolment.user)
    post(client, practice, body="Bonjour @zoe_autre")
    assert not Mention.objects.exists()
    assert "person=zoe_autre" not in client.get(practice.url).content.decode()
    assert mail.outbox == []


def test_a_reply_is_linked_to_its_post_and_notifies_its_author(client, practice, enrolment, peer):
    client.force_login(peer)
    post(client, practice, body="Qui commence ?")
    first = Post.objects.get()
    client.force_login(enrolment.user)
    form = client.get(practice.url + f"?reply_to={first.pk}").content.decode()
    assert f'name="reply_to" value="{first.pk}"' in form
    post(client, practice, body="Moi !", reply_to=first.pk)
    reply = Post.objects.latest("pk")
    assert reply.reply_to_id == first.pk
    assert [m.to for m in mail.outbox] == [[peer.email]]
    conversation = client.get(practice.url + f"?conversation={first.pk}").content.decode()
    assert conversation.index("Qui commence") < conversation.index("Moi !")


def test_a_quote_shows_the_quoted_post(client, practice, enrolment, peer):
    client.force_login(peer)
    post(client, practice, body="Citation d'origine")
    quoted = Post.objects.get()
    client.force_login(enrolment.user)
    post(client, practice, body="Je cite :", quote_of=quoted.pk)
    quote = Post.objects.latest("pk")
    assert quote.quote_of_id == quoted.pk
    content = client.get(practice.url).content.decode()
    assert 'class="timeline-post__quote"' in content


def test_a_thread_of_three_posts_is_written_in_one_form(client, practice, enrolment):
    """Every post after the first points to the first; an empty box is left out."""
    client.force_login(enrolment.user)
    response = client.post(
        practice.url, {"action": "post", "body": ["Un (1/3)", "Deux (2/3)", "", "Trois (3/3)"]}
    )
    assert response.status_code == 303
    head, *rest = Post.objects.order_by("pk")
    assert head.thread_head_id is None
    assert [p.thread_head_id for p in rest] == [head.pk, head.pk]


def test_without_javascript_add_to_thread_brings_one_more_box_with_the_text_kept(
    client, practice, enrolment
):
    client.force_login(enrolment.user)
    response = client.post(practice.url, {"action": "more", "body": "Début du fil"})
    content = response.content.decode()
    assert response.status_code == 200
    assert content.count('name="body"') == 2
    assert "Début du fil" in content
    assert not Post.objects.exists()


def test_a_thread_with_one_post_over_the_limit_is_refused_whole(client, practice, enrolment):
    client.force_login(enrolment.user)
    response = client.post(practice.url, {"action": "post", "body": ["Court", "x" * 281]})
    assert response.status_code == 400
    assert "Le message 2 de votre fil compte 281 caractères" in response.content.decode()
    assert not Post.objects.exists()


def test_like_and_unlike_with_json_and_without(client, practice, enrolment, peer):
    client.force_login(peer)
    post(client, practice, body="Aimez-moi")
    target = Post.objects.get()
    client.force_login(enrolment.user)
    response = client.post(
        practice.url,
        {"action": "like", "post": target.pk},
        headers={"Accept": "application/json"},
    )
    assert response.json() == {"liked": True, "likes": 1}
    client.post(practice.url, {"action": "like", "post": target.pk})
    assert Like.objects.count() == 1
    response = client.post(practice.url, {"action": "unlike", "post": target.pk})
    assert response.status_code == 303
    assert not Like.objects.exists()


def test_filters_by_hashtag_person_and_mentions_of_me(client, practice, enrolment, peer):
    client.force_login(peer)
    post(client, practice, body="Sans rien de spécial")
    post(client, practice, body="Avec #Lecture")
    post(client, practice, body="Coucou @awa_d")
    client.force_login(enrolment.user)
    post(client, practice, body="Le mien")

    def shown(query):
        content = client.get(practice.url + "?" + query).content.decode()
        bodies = ["Sans rien", "Avec", "Coucou", "Le mien"]
        return [body for body in bodies if body in content]

    assert shown("tag=lecture") == ["Avec"]
    assert shown("person=julesm") == ["Sans rien", "Avec", "Coucou"]
    assert shown("mentions=me") == ["Coucou"]


def test_the_goal_checklist_and_the_step_done_when_it_is_met(client, practice, enrolment, peer):
    """Goal: two posts, one with a mention. Not done after one post; done after the second."""
    client.force_login(enrolment.user)
    post(client, practice, body="Premier")
    assert not Completion.objects.filter(enrolment=enrolment, page=practice).exists()
    content = client.get(practice.url).content.decode()
    assert "1 sur 2" in content
    post(client, practice, body="Avec @JulesM")
    assert Completion.objects.filter(enrolment=enrolment, page=practice).exists()
    assert "bio-check--passed" in client.get(practice.url).content.decode()


def test_posting_needs_a_confirmed_email_address(client, practice, session):
    from course.models import Enrolment
    from tests.factories import UserFactory

    user = UserFactory(verified=False)
    user.save()
    Enrolment.objects.create(user=user, session=session)
    client.force_login(user)
    response = post(client, practice, body="Bonjour")
    assert response.status_code == 403
    assert "Bonjour" in response.content.decode()
    assert not Post.objects.exists()


def test_posting_past_the_limit_answers_429_with_the_text_kept(
    client, practice, enrolment, write_limit
):
    write_limit("practice_post", "1/m")
    client.force_login(enrolment.user)
    assert post(client, practice, body="Un").status_code == 303
    response = post(client, practice, body="Deux, trop vite")
    assert response.status_code == 429
    assert "Deux, trop vite" in response.content.decode()
    assert Post.objects.count() == 1


def test_script_in_a_post_is_shown_as_text(client, practice, enrolment):
    client.force_login(enrolment.user)
    post(client, practice, body='<script>alert(1)</script> <img src=x onerror="x">')
    content = client.get(practice.url).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;" in content
    assert "<img src=x" not in content


def test_a_page_done_when_marked_is_not_completed_by_its_goal(client, practice, enrolment, peer):
    """A trainer chose "marked by the learner": the goal's checklist shows, the mark-as-done
    form is there, and meeting the goal completes nothing by itself."""
    practice.done_when = "marked"
    practice.save_revision().publish()
    client.force_login(enrolment.user)
    post(client, practice, body="Premier")
    post(client, practice, body="Avec @JulesM")
    assert not Completion.objects.filter(enrolment=enrolment, page=practice).exists()
    content = client.get(practice.url).content.decode()
    assert 'id="step-done"' in content
    assert "Objectif atteint" not in content
