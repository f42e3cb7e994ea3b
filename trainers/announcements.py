"""Announcements: who receives one, sending it once, and what a learner's dashboard shows.

Publishing an announcement in the admin sends it: one background email task per
learner (accounts.emails), in the learner's language. Its audience is stored: the
learners of the course (or of one session), or learners a trainer chose (from the
learners report's filters, or one learner from their page), who alone see it.
The body is the comments' small markup, rendered by discussions.sanitize in the
HTML email and on the dashboard. Learners who turned off
"course announcements" in their profile are not emailed but still see it on
their dashboard. Sending is recorded (sent_at) so a second publication, after a
correction, never emails anyone twice.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.emails import send_email
from config import generations
from course.models import Enrolment
from discussions.sanitize import render_comment
from trainers.models import Announcement, AnnouncementRecipient, Audience

DASHBOARD_LIMIT = 5


def recipients(announcement: Announcement):
    """The audience's active learners in the course, who want these emails.

    Everyone in the course's running sessions, or in the one session; or the
    chosen learners, wherever they are in the course.
    """
    enrolments = Enrolment.objects.active().filter(session__course_id=announcement.course_id)
    if announcement.audience == Audience.CHOSEN:
        enrolments = enrolments.filter(
            Exists(
                AnnouncementRecipient.objects.filter(
                    announcement_id=announcement.pk, user_id=OuterRef("user_id")
                )
            )
        )
    elif announcement.session_id:
        enrolments = enrolments.filter(session_id=announcement.session_id)
    else:
        today = timezone.localdate()
        enrolments = enrolments.filter(session__ends_on__gte=today)
    return (
        enrolments.filter(user__is_active=True, user__notify_announcements=True)
        .select_related("user")
        .order_by("user_id")
        .distinct()
    )


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_announcement(announcement: Announcement) -> int:
    """Queue one email per recipient, once; returns how many were queued."""
    claimed = Announcement.objects.filter(pk=announcement.pk, sent_at__isnull=True).update(
        sent_at=timezone.now()
    )
    if not claimed:  # already sent, or being sent by another request
        return 0
    course = announcement.course
    count = 0
    seen = set()
    for enrolment in recipients(announcement).iterator(chunk_size=500):
        user = enrolment.user
        if user.pk in seen:
            continue
        seen.add(user.pk)
        language = user.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            context = {
                "announcement": announcement,
                "recipient": user,
                "course_title": course.title,
                "course_url": _absolute(course.url or "/"),
                "dashboard_url": _absolute(reverse("dashboard")),
                "profile_url": _absolute(reverse("profile")),
            }
            body = render_to_string("trainers/email/announcement.txt", context)
            html_body = render_to_string(
                "trainers/email/announcement.html",
                {**context, "body_html": render_comment(announcement.body)},
            )
        subject = f"[{course.title}] {announcement.subject}"
        send_email(subject, body, [user.email], html_body=html_body)
        count += 1
    Announcement.objects.filter(pk=announcement.pk).update(recipient_count=count)
    announcement.recipient_count = count
    return count


def announcement_changed(sender, instance, **kwargs) -> None:
    """Saved (published, unpublished, edited) or deleted: learners' dashboards list them."""
    generations.bump_named_now_and_after_commit(generations.NOTICES)


def on_published(sender, instance, **kwargs):
    """Wagtail's `published` signal: the first publication sends the emails (as tasks)."""
    if isinstance(instance, Announcement) and instance.sent_at is None:
        send_announcement(instance)


def announcements_for(user, limit: int = DASHBOARD_LIMIT):
    """The live announcements of the courses and sessions the learner follows, and those
    written to them by name. One query."""
    if not user.is_authenticated:
        return Announcement.objects.none()
    enrolments = Enrolment.objects.active().filter(user=user)
    to_everyone = Q(audience=Audience.COURSE) & (
        Q(session__isnull=True) | Q(session_id__in=enrolments.values("session_id"))
    )
    to_them = Q(audience=Audience.CHOSEN) & Q(
        Exists(AnnouncementRecipient.objects.filter(announcement_id=OuterRef("pk"), user=user))
    )
    return (
        Announcement.objects.filter(live=True)
        .filter(course_id__in=enrolments.values("session__course_id"))
        .filter(to_everyone | to_them)
        .select_related("course")
        .order_by("-first_published_at", "-pk")[:limit]
    )
