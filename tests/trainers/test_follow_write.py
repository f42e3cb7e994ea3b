"""Writing to chosen learners: from the learners report's filters or to one learner.

The announcement stores its audience (the chosen learners), is emailed once as
background tasks (immediate in tests) to those who did not opt out, and only
they see it on "Mon parcours"; its small markup is rendered by the comments'
sanitiser in the email and on the dashboard."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from course.models import Enrolment
from tests.factories import UserFactory
from trainers.announcements import announcements_for, send_announcement
from trainers.models import Announcement, Audience

pytestmark = pytest.mark.django_db

WRITE = reverse("trainers_follow:write")
BODY = (
    "Bonjour,\n\n- relisez la **leçon 2**\n- écrivez-nous\n\n"
    "[Le forum](https://example.org/forum) <script>alert(1)</script>"
)


def learner(session, name, *, active_days_ago=None, enrolled_days_ago=0, **fields) -> Enrolment:
    user = UserFactory(display_name=name, **fields)
    now = timezone.now()
    last = now - datetime.timedelta(days=active_days_ago) if active_days_ago else None
    return Enrolment.objects.create(
        user=user,
        session=session,
        last_activity_at=last,
        enrolled_at=now - datetime.timedelta(days=enrolled_days_ago),
    )


@pytest.fixture
def cohort(session):
    """Two inactive learners (one who turned announcements off) and one active.

    Quentin has done no step since he enrolled three weeks ago: inactive too."""
    return {
        "idle": learner(session, "Inès Inactive", active_days_ago=30, enrolled_days_ago=40),
        "quiet": learner(
            session, "Quentin Sansmail", enrolled_days_ago=21, notify_announcements=False
        ),
        "busy": learner(session, "Bruno Actif", active_days_ago=1),
    }


def post(client, query, **data):
    fields = {"subject": "On vous attend", "body": BODY, **data}
    return client.post(f"{WRITE}?{query}", fields)


def test_the_write_screen_lists_the_learners_the_filter_selects(trainer_client, course, cohort):
    """The report's "no activity for two weeks" filter selects the two inactive learners."""
    html = trainer_client.get(WRITE, {"inactive": "inactive"}).content.decode()
    assert "Inès Inactive" in html and "Quentin Sansmail" in html
    assert "Bruno Actif" not in html
    assert "À 2 apprenants" in html


def test_writing_to_the_filtered_learners_emails_them_once_honouring_opt_out(
    trainer_client, course, cohort, trainer
):
    """Stored audience: the two inactive learners; emailed: the one who wants emails, once."""
    response = post(trainer_client, "inactive=inactive", course=course.pk)
    assert response.status_code == 302
    announcement = Announcement.objects.get()
    assert announcement.audience == Audience.CHOSEN
    assert announcement.live and announcement.author == trainer
    assert set(announcement.recipients.all()) == {cohort["idle"].user, cohort["quiet"].user}
    assert [m.to for m in mail.outbox] == [[cohort["idle"].user.email]]
    assert send_announcement(announcement) == 0  # already sent: never twice
    assert len(mail.outbox) == 1


def test_only_the_chosen_learners_see_it_on_their_dashboard(trainer_client, course, cohort):
    """The active learner, of the same session, does not see a message not written to them."""
    post(trainer_client, "inactive=inactive", course=course.pk)
    announcement = Announcement.objects.get()
    assert list(announcements_for(cohort["idle"].user)) == [announcement]
    assert list(announcements_for(cohort["quiet"].user)) == [announcement]
    assert list(announcements_for(cohort["busy"].user)) == []
    client = trainer_client
    client.force_login(cohort["idle"].user)
    html = client.get(reverse("dashboard")).content.decode()
    assert "On vous attend" in html
    client.force_login(cohort["busy"].user)
    assert "On vous attend" not in client.get(reverse("dashboard")).content.decode()


def test_the_markup_is_rendered_safely_in_the_email_and_on_the_dashboard(
    trainer_client, client, course, cohort
):
    """Lists, bold and links become HTML; the script tag stays inert text."""
    post(trainer_client, "inactive=inactive", course=course.pk)
    html_email = mail.outbox[0].alternatives[0][0]
    assert "<strong>leçon 2</strong>" in html_email and "<li>" in html_email
    assert 'href="https://example.org/forum"' in html_email
    assert "<script>" not in html_email and "&lt;script&gt;" in html_email
    client.force_login(cohort["idle"].user)
    dashboard = client.get(reverse("dashboard")).content.decode()
    assert "<strong>leçon 2</strong>" in dashboard
    assert "<script>alert(1)</script>" not in dashboard


def test_writing_to_one_learner_from_their_page(trainer_client, course, cohort):
    """?learner=<id>: the announcement is for that learner only, and the trainer goes back."""
    user = cohort["busy"].user
    response = post(trainer_client, f"learner={user.pk}", course=course.pk)
    assert response.url == reverse("trainers_follow:learner", args=[user.pk])
    assert list(Announcement.objects.get().recipients.all()) == [user]
    assert [m.to for m in mail.outbox] == [[user.email]]


def test_a_message_with_a_mistake_is_shown_again_with_what_was_typed(
    trainer_client, course, cohort
):
    """An empty body and a subject with a line break: messages, the text kept, nothing sent."""
    response = post(
        trainer_client,
        "inactive=inactive",
        course=course.pk,
        subject="Deux\nlignes",
        body="  \u200b ",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Écrivez un message." in html
    assert "Deux" in html
    assert not Announcement.objects.exists() and mail.outbox == []


def test_a_filter_that_selects_nobody_sends_nothing(trainer_client, course, cohort):
    """No learner matches: nothing is created, the screen says so."""
    html = trainer_client.get(WRITE, {"q": "personne-de-ce-nom"}).content.decode()
    assert "Aucun apprenant ne correspond" in html
    response = post(trainer_client, "q=personne-de-ce-nom", course=course.pk)
    assert response.status_code == 400
    assert not Announcement.objects.exists()


def test_the_report_offers_to_write_to_the_learners_its_filters_select(
    trainer_client, course, cohort
):
    """The report's results carry a link to the write screen with the same filters."""
    html = trainer_client.get(
        reverse("trainers_reports:learners"), {"inactive": "inactive", "p": "1"}
    ).content.decode()
    assert f'href="{WRITE}?inactive=inactive"' in html


def test_export_and_deletion_cover_messages_received_and_the_certificate_log(
    trainer_client, trainer, course, cohort, session
):
    """The learner's export lists the messages written to them and their certificate's
    log; deleting the account removes both, the announcement and the trainer's log
    of other learners staying."""
    from accounts.privacy import erase_user_data, export_user_data
    from course import learning
    from course.models import CertificateEvent
    from trainers.models import AnnouncementRecipient

    idle = cohort["idle"]
    idle.completed_at, idle.certificate_code = timezone.now(), "ABCD-EFGH-JKLM"
    idle.save()
    learning.revoke_certificate(idle, trainer, "Erreur")
    post(trainer_client, f"learner={idle.user.pk}", course=course.pk)
    data = export_user_data(idle.user)
    assert data["announcements_received"][0]["subject"] == "On vous attend"
    assert data["certificate_log"][0]["reason"] == "Erreur"
    erase_user_data(idle.user)
    idle.user.delete()
    assert not AnnouncementRecipient.objects.exists()
    assert not CertificateEvent.objects.exists()
    assert Announcement.objects.count() == 1


@pytest.mark.parametrize(
    "query",
    [
        "progress=%00bogus",
        "session=abc",
        "learner=-1",
        "learner=1e9",
        "q=%7B%7B7*7%7D%7D",
        "inactive=maybe",
    ],
)
def test_odd_selections_never_fail_and_never_widen_the_audience(
    trainer_client, course, cohort, query
):
    """Broken filter values or ids: the screen answers, and nobody outside the trainer's
    courses or the selection is written to."""
    response = trainer_client.get(f"{WRITE}?{query}")
    assert response.status_code == 200
    response = post(trainer_client, query, course=course.pk)
    assert response.status_code in (302, 400)
    for announcement in Announcement.objects.all():
        assert set(announcement.recipients.all()) <= {e.user for e in cohort.values()}


def test_the_announcements_list_says_to_whom_each_was_written(trainer_client, course, cohort):
    """The admin list of announcements shows each one's audience."""
    post(trainer_client, "inactive=inactive", course=course.pk)
    html = trainer_client.get(reverse("wagtailsnippets_trainers_announcement:list")).content
    assert "Apprenants choisis" in html.decode()


def sent_message(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_the_sent_message_counts_the_learners_in_words_and_who_turned_emails_off(
    trainer_client, course, cohort
):
    """Two learners, one who opted out: plural words, and the one who opted out is counted."""
    response = trainer_client.post(
        f"{WRITE}?inactive=inactive",
        {"subject": "On vous attend", "body": BODY, "course": course.pk},
        follow=True,
    )
    text = sent_message(response)
    assert "(s)" not in text
    assert "Message publié pour 2 apprenants sur leur page" in text
    assert "envoyé par e-mail à 1." in text
    assert "1 apprenant a désactivé ces e-mails." in text


def test_the_sent_message_does_not_speak_of_others_when_every_learner_was_emailed(
    trainer_client, course, cohort
):
    """One learner who wants emails: singular words, and no "the others turned them off"."""
    user = cohort["busy"].user
    response = trainer_client.post(
        f"{WRITE}?learner={user.pk}",
        {"subject": "On vous attend", "body": BODY, "course": course.pk},
        follow=True,
    )
    text = sent_message(response)
    assert (
        "Message publié pour 1 apprenant sur sa page «\u00a0Mon parcours\u00a0» "
        "et envoyé par e-mail à 1." in text
    )
    assert "désactivé" not in text
