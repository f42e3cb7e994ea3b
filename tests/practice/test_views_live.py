"""The live-tweet scenario: the recording and its transcript on the step, the post form's
moment, and the replay that shows a session's posts beside the transcript (who sees it,
what it shows, in a constant number of queries)."""

import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def render(source: str, page, user=None, **context) -> str:
    request = RequestFactory().get("/")
    request.user = user or UserFactory.build()
    return Template("{% load practice_live %}" + source).render(
        Context({"page": page, "request": request, **context})
    )


def test_the_step_shows_the_video_the_transcript_and_the_hashtag(
    client, live_page, learner, enrolment
):
    """A <video> of the recording (no external player), each cue a link that ties the
    next post to its moment, the event's hashtag and the form's moment field."""
    live_page.recording_url = "https://gazouillis.example/media/rencontre.mp4"
    live_page.save_revision().publish()
    client.force_login(learner)
    html = client.get(live_page.url).content.decode()
    assert '<video class="live-recording__video" src="https://gazouillis.example/media/' in html
    assert html.count("data-seek=") == 4
    assert 'href="?moment=65#post-moment"' in html
    assert "1:05" in html and "citer fidèlement" in html
    assert "#RencontreGZ" in html
    assert 'name="moment"' in html
    assert "<iframe" not in html
    assert "js/practice-live.js" in html


def test_a_learners_post_records_the_moment_chosen_and_shows_it(
    client, live_page, learner, enrolment
):
    """The moment sent with the post (a cue chosen, or the video's current second) is
    kept, and the timeline says it."""
    from practice.models import Post

    client.force_login(learner)
    response = client.post(live_page.url, {"body": "Citer fidèlement #RencontreGZ", "moment": "67"})
    assert response.status_code == 303
    assert Post.objects.get().moment_seconds == 67
    assert "à 1:07 de l’enregistrement" in client.get(live_page.url).content.decode()


def test_a_transcript_alone_shows_no_video(live_page):
    html = render("{% live_recording page %}", live_page)
    assert "<video" not in html
    assert html.count("data-seek=") == 4


def test_the_moment_field_offers_each_cue_and_keeps_the_one_chosen(live_page):
    """Without script the learner picks a cue; `?moment=` (a cue's link) preselects it."""
    html = render("{% moment_field page chosen %}", live_page, chosen="65")
    options = re.findall(r'<option(?: lang="fr")? value="(\d*)"( selected)?', html)
    assert [value for value, _selected in options] == ["", "0", "20", "65", "130"]
    assert [value for value, selected in options if selected] == ["65"]


def test_a_step_without_transcript_has_no_moment_field(live_page):
    live_page.transcript = ""
    assert "<select" not in render("{% moment_field page %}", live_page)


def replay_url(page, **params):
    url = reverse("practice:replay", args=[page.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def test_the_replay_shows_each_post_beside_the_cue_of_its_moment(
    client, live_page, learner, enrolment, peer, make_post
):
    first = make_post(peer, body="On prépare la veille", moment_seconds=25)
    make_post(learner, body="Citer fidèlement", moment_seconds=70)
    make_post(learner, body="Une réponse", reply_to=first)
    make_post(peer, body="Sans moment")
    client.force_login(learner)
    html = client.get(replay_url(live_page)).content.decode()
    rows = html.split('<li class="replay__row')[1:]
    assert "On prépare la veille" in rows[1] and "Citer fidèlement" in rows[2]
    assert "Sans moment" not in "".join(rows[:-1]) and "Sans moment" in html
    assert "0:25" in rows[1]
    assert "Une réponse" in rows[1]  # beside the post it answers


def test_the_replay_hides_from_learners_what_trainers_hid_and_marks_it_for_trainers(
    client, live_page, learner, enrolment, peer, trainer, make_post, session
):
    from django.utils import timezone

    make_post(peer, body="Message masqué", moment_seconds=25, hidden_at=timezone.now())
    make_post(
        peer,
        body="Bel exemple",
        moment_seconds=70,
        highlighted_at=timezone.now(),
        highlight_note="Une citation **exacte**",
    )
    client.force_login(learner)
    html = client.get(replay_url(live_page)).content.decode()
    assert "Message masqué" not in html
    assert "Bel exemple" in html and "<strong>exacte</strong>" in html
    client.force_login(trainer)
    html = client.get(replay_url(live_page, session=session.pk)).content.decode()
    assert "Message masqué" in html
    assert "replay-post--hidden" in html


def test_a_learner_sees_only_their_own_sessions_replay(
    client, live_page, outsider, peer, make_post
):
    """The replay of another session says nothing: a learner sees their own session's."""
    make_post(peer, body="Message de la session", moment_seconds=25)
    client.force_login(outsider)
    response = client.get(replay_url(live_page))
    assert response.status_code == 200
    assert "Message de la session" not in response.content.decode()


def test_a_person_with_no_session_of_the_course_gets_404(client, live_page):
    client.force_login(UserFactory())
    assert client.get(replay_url(live_page)).status_code == 404


def test_a_visitor_is_sent_to_sign_in(client, live_page):
    response = client.get(replay_url(live_page))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_trainer_chooses_the_session_to_replay(
    client, live_page, trainer, outsider, other_session, peer, make_post
):
    make_post(peer, body="Session une", moment_seconds=5)
    make_post(outsider, body="Session deux", moment_seconds=5, session=other_session)
    client.force_login(trainer)
    html = client.get(replay_url(live_page, session=other_session.pk)).content.decode()
    assert "Session deux" in html and "Session une" not in html


def test_a_step_without_transcript_has_no_replay(client, live_page, learner, enrolment):
    live_page.transcript = ""
    live_page.save_revision().publish()
    client.force_login(learner)
    assert client.get(replay_url(live_page)).status_code == 404


@pytest.mark.parametrize("count", [5, 50])
def test_the_replay_takes_the_same_queries_whatever_the_number_of_posts(
    client, live_page, learner, enrolment, peer, make_post, count, django_assert_num_queries
):
    from practice.models import Post

    Post.objects.bulk_create(
        [
            Post(
                page=live_page,
                session=enrolment.session,
                author=peer,
                body=f"n°{n}",
                moment_seconds=n * 3,
            )
            for n in range(count)
        ]
    )
    client.force_login(learner)
    client.get(replay_url(live_page))  # warm the per-process caches
    with django_assert_num_queries(QUERIES):
        response = client.get(replay_url(live_page))
    assert response.content.decode().count('id="replay-post-') == count


# The user's row is kept under their generation (accounts/user_cache.py).
QUERIES = 9
