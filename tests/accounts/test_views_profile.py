"""The profile page: strict validation, never a 500, markup kept as text and escaped.

The refused inputs are checked on /en/ pages, so that the messages tested are the
English source strings whatever the French catalogue says.
"""

import re

import pytest

from accounts.models import User
from tests.accounts.conftest import sign_in, url

pytestmark = pytest.mark.django_db

VALID = {
    "display_name": "Alice",
    "twitter_handle": "",
    "mastodon_handle": "",
    "linkedin_url": "",
    "preferred_language": "en",
    "notify_replies": "on",
    "notify_announcements": "on",
}


def post_profile(client, language="en", **changes):
    return client.post(url("profile", language), {**VALID, **changes})


REFUSED = [
    ("display_name", "x" * 10_000, "Ensure this value has at most 80 characters (it has 10000)."),
    ("display_name", "evil\u202egnp.exe", "Remove the invisible text-direction characters"),
    ("display_name", "\u2066isolated\u2069", "Remove the invisible text-direction characters"),
    ("display_name", "bell\x07ringer", "Remove the control characters"),
    ("display_name", "\x1b[31mred", "Remove the control characters"),
    ("twitter_handle", "@bad handle!", "An X (Twitter) handle has 1 to 15 letters"),
    ("twitter_handle", "a" * 16, "An X (Twitter) handle has 1 to 15 letters"),
    ("twitter_handle", "@<script>", "An X (Twitter) handle has 1 to 15 letters"),
    ("twitter_handle", "x" * 10_000, "An X (Twitter) handle has 1 to 15 letters"),
    ("mastodon_handle", "name@nodot", "A Mastodon handle looks like @name@instance.social."),
    ("mastodon_handle", "@name", "A Mastodon handle looks like @name@instance.social."),
    ("mastodon_handle", "a@b.social" + "x" * 10_000, "at most 100 characters"),
    ("linkedin_url", "http://www.linkedin.com/in/alice", "Give the https address"),
    ("linkedin_url", "https://evil.example/in/alice", "Give the https address"),
    ("linkedin_url", "https://linkedin.com.evil.example/", "Give the https address"),
    ("linkedin_url", "javascript:alert(1)", "Enter a valid URL."),
    ("linkedin_url", "https://www.linkedin.com/" + "x" * 10_000, "at most 200 characters"),
    ("preferred_language", "xx", "Select a valid choice."),
]


@pytest.mark.parametrize(("field", "value", "message"), REFUSED)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(
    signed_in, learner, field, value, message
):
    response = post_profile(signed_in, **{field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert f'id="id_{field}_error"' in html
    assert f'aria-describedby="id_{field}_helptext id_{field}_error"' in html or (
        f'aria-describedby="id_{field}_error"' in html
    )
    learner.refresh_from_db()
    assert learner.display_name == "Alice"
    assert getattr(learner, field) != value


STORED = [
    # Markup is text: kept as typed, escaped wherever it is shown.
    ("display_name", "<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("display_name", '"><img src=x onerror=alert(1)>', '"><img src=x onerror=alert(1)>'),
    ("display_name", "Ali\x00ce", "Alice"),
    ("display_name", "Ali\u200bce\ufeff", "Alice"),
    ("display_name", "  Maëlle   Quintin  ", "Maëlle Quintin"),
    ("display_name", "Maëlle 🐦", "Maëlle 🐦"),
    ("display_name", "Dev 👩\u200d💻", "Dev 👩\u200d💻"),  # the joiner makes one emoji
    ("display_name", "Mae\u0308lle", "Maëlle"),  # NFC: one character for ë
    ("display_name", "", ""),
    ("twitter_handle", "gazouillis", "@gazouillis"),
    ("twitter_handle", "@Gazou_2024", "@Gazou_2024"),
    ("twitter_handle", "gazou\x00illis", "@gazouillis"),
    ("mastodon_handle", "gazouillis@mastodon.social", "@gazouillis@mastodon.social"),
    ("mastodon_handle", "@name@instance.social", "@name@instance.social"),
    ("linkedin_url", "https://www.linkedin.com/in/alice", "https://www.linkedin.com/in/alice"),
    ("linkedin_url", "www.linkedin.com/in/alice", "https://www.linkedin.com/in/alice"),
]


@pytest.mark.parametrize(("field", "value", "stored"), STORED)
def test_acceptable_input_is_stored_cleaned(signed_in, learner, field, value, stored):
    response = post_profile(signed_in, **{field: value})
    assert response.status_code == 302, response.content.decode()[-3000:]
    learner.refresh_from_db()
    assert getattr(learner, field) == stored


def test_markup_in_the_name_is_escaped_on_the_profile_page(signed_in, learner):
    post_profile(signed_in, display_name="<script>alert(1)</script>", twitter_handle="gazou")
    html = signed_in.get(url("profile", "en")).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_saving_shows_a_success_message(signed_in):
    response = post_profile(signed_in)
    assert response.url == url("profile", "en")
    html = signed_in.get(response.url).content.decode()
    assert "Your profile has been saved." in html
    assert 'class="account-message account-message--success"' in html


def test_saving_notification_choices_and_the_unchecked_boxes(signed_in, learner):
    data = {k: v for k, v in VALID.items() if k != "notify_replies"}
    signed_in.post(url("profile", "en"), data)
    learner.refresh_from_db()
    assert learner.notify_replies is False
    assert learner.notify_announcements is True


def test_choosing_english_on_a_french_page_switches_the_next_page_to_english(signed_in, learner):
    response = post_profile(signed_in, language="fr", preferred_language="en")
    assert response.status_code == 302
    assert response.url == "/en/account/profile/"
    assert response.cookies["django_language"].value == "en"
    learner.refresh_from_db()
    assert learner.preferred_language == "en"
    html = signed_in.get(response.url).content.decode()
    assert '<html lang="en">' in html
    assert "Your profile has been saved." in html  # the message speaks the new language


def test_choosing_french_on_an_english_page_switches_back_to_french(signed_in):
    response = post_profile(signed_in, language="en", preferred_language="fr")
    assert response.url == "/fr/account/profile/"
    assert '<html lang="fr">' in signed_in.get(response.url).content.decode()


def test_a_refused_submission_does_not_leak_into_the_rest_of_the_page(signed_in):
    response = post_profile(signed_in, display_name="Bad\u202eName", twitter_handle="ok_handle")
    html = response.content.decode()
    # The preview still shows the saved name, the form the submitted values.
    assert '<p class="profile-preview__name">Alice</p>' in html
    assert 'value="ok_handle"' in html


def test_the_profile_page_links_to_every_account_setting(signed_in):
    html = signed_in.get(url("profile", "en")).content.decode()
    for name in (
        "account_email",
        "account_change_password",
        "mfa_index",
        "export_data",
        "delete_account",
    ):
        assert f'href="{url(name, "en")}"' in html


def test_the_profile_page_shows_my_data_and_nobody_else(client, learner, other_learner):
    sign_in(client, learner.email)
    html = client.get(url("profile", "en")).content.decode()
    assert learner.email in html
    assert other_learner.email not in html
    assert "Bob Secret" not in html
    assert "@bob_secret" not in html


def test_the_admin_keeps_the_same_rules_through_the_model(learner):
    """Model validators: any other way in (the admin, a script) is checked too."""
    from django.core.exceptions import ValidationError

    learner.display_name = "x\u202ey"
    learner.twitter_handle = "not a handle"
    with pytest.raises(ValidationError) as error:
        learner.full_clean()
    assert set(error.value.message_dict) == {"display_name", "twitter_handle"}
    assert User.objects.get(pk=learner.pk).display_name == "Alice"


def test_the_handle_help_the_field_and_the_check_agree_on_15_characters(client, learner):
    """Help: 1 to 15 and an optional @; the field takes 16 (@ + 15); the check agrees."""
    sign_in(client, learner.email)
    html = client.get(url("profile", "fr")).content.decode()
    assert "De 1 à 15 lettres, chiffres ou tirets bas\u202f; le @ devant est facultatif" in html
    assert 'name="twitter_handle" maxlength="16"' in html
    assert "30" not in html.split('name="twitter_handle"')[1].split("</div>")[0]

    fifteen = "a" * 15
    response = post_profile(client, "fr", twitter_handle=f"@{fifteen}")
    assert response.status_code == 302
    assert User.objects.get(pk=learner.pk).twitter_handle == f"@{fifteen}"
    assert post_profile(client, "fr", twitter_handle=fifteen).status_code == 302
    assert User.objects.get(pk=learner.pk).twitter_handle == f"@{fifteen}"

    refused = post_profile(client, "fr", twitter_handle="a" * 16).content.decode()
    assert "Un identifiant X (Twitter) a de 1 à 15 lettres" in refused
    assert 'value="aaaaaaaaaaaaaaaa"' in refused  # the typed text is given back


def test_optional_fields_say_facultatif_in_french(signed_in):
    """The French page marks an optional field "(facultatif)", not "étape terminée"
    (a msgstr that belonged to another msgid)."""
    page = signed_in.get(url("profile", "fr")).content.decode()
    assert "(facultatif)" in page
    assert "étape terminée" not in page


def test_what_others_see_does_not_list_my_email_address(signed_in, learner):
    """The panel "How others see you" showed the email address, which no other learner
    sees: the address and the sign-up date are in a panel of their own, said to be private."""
    html = signed_in.get(url("profile", "fr")).content.decode()
    preview = re.search(r"<section[^>]*profile-preview.*?</section>", html, re.DOTALL).group(0)
    assert learner.email not in preview
    assert "Comment les autres vous voient" in preview
    private = re.search(r"<section[^>]*account-facts-title.*?</section>", html, re.DOTALL)
    assert private and learner.email in private.group(0)
    assert "Personne d’autre que vous ne voit ceci" in private.group(0)
