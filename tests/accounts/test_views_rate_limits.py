"""The profile and the data export have per-user limits (accounts/ratelimit.py), and the
mechanism itself: windows counted per user and per action in the shared cache."""

import html

import pytest
from django.test import override_settings

from accounts import ratelimit
from accounts.models import User
from tests.accounts.conftest import make_user, url
from tests.accounts.test_views_profile import VALID

pytestmark = pytest.mark.django_db


def test_profile_changes_past_the_limit_come_back_with_the_text_typed(
    signed_in, learner, write_limit
):
    """429 on the profile form, with what was typed and the message in English on /en/."""
    write_limit("profile_change", "1/m")
    assert signed_in.post(url("profile", "en"), VALID).status_code == 302
    refused = signed_in.post(url("profile", "en"), {**VALID, "display_name": "Alice Nouvelle"})
    assert refused.status_code == 429
    page = html.unescape(refused.content.decode())
    assert 'value="Alice Nouvelle"' in page
    assert "You are doing this too often" in page
    assert User.objects.get(pk=learner.pk).display_name == "Alice"


def test_the_profile_refusal_is_in_french_on_french_pages(signed_in, write_limit):
    """The refusal speaks the page's language."""
    write_limit("profile_change", "0/m")
    refused = signed_in.post(url("profile", "fr"), {**VALID, "preferred_language": "fr"})
    assert refused.status_code == 429
    assert "Vous le faites trop souvent" in html.unescape(refused.content.decode())


def test_data_exports_past_the_limit_answer_429(signed_in, write_limit):
    """Each export reads every table: a loop of them is refused with a message."""
    write_limit("data_export", "2/h")
    for _n in range(2):
        assert signed_in.post(url("export_data", "en")).status_code == 200
    refused = signed_in.post(url("export_data", "en"))
    assert refused.status_code == 429
    assert refused["Content-Type"].startswith("text/html")
    assert "You are doing this too often" in html.unescape(refused.content.decode())


def test_every_window_counts_and_each_user_and_action_apart(db):
    """'2/m,3/d': the third write of a minute is refused, and a user or an action apart
    from it is not; refused writes count too (a script gains nothing by insisting)."""
    alice, bob = make_user("a@example.org"), make_user("b@example.org")
    with override_settings(WRITE_RATE_LIMITS={"x": "2/m,3/d", "y": "1/m"}):
        assert [ratelimit.allow("x", alice) for _ in range(3)] == [True, True, False]
        assert ratelimit.allow("x", bob) is True
        assert ratelimit.allow("y", alice) is True
        assert ratelimit.allow("y", alice) is False


def test_every_write_action_has_a_default_limit(settings):
    """The actions the views name all have a limit in the base settings."""
    for action in (
        "comment_post",
        "comment_edit",
        "comment_delete",
        "comment_report",
        "thread_follow",
        "exercise_autosave",
        "exercise_save",
        "exercise_submit",
        "exercise_opinion",
        "peer_request",
        "course_progress",
        "course_enrolment",
        "profile_change",
        "data_export",
    ):
        assert ratelimit.limits_for(action), action
