"""Announcements: who receives one, sending it once, and what a learner's dashboard shows.

Publishing an announcement in the admin sends it: one background email task per
learner (accounts.emails), in the learner's language. Learners who turned off
"course announcements" in their profile are not emailed but still see it on
their dashboard. Sending is recorded (sent_at) so a second publication, after a
correction, never emails anyone twice.
"""

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.emails import send_email
from course.models import Enrollment
from trainers.models import Announcement

DASHBOARD_LIMIT = 5


def recipients(announcement: Announcement):
    """Active learners of the course (or of the one session), who want these emails."""
    enrollments = Enrollment.objects.active().filter(session__course_id=announcement.course_id)
    if announcement.session_id:
        enrollments = enrollments.filter(session_id=announcement.session_id)
    else:
        today = timezone.localdate()
        enrollments = enrollments.filter(session__ends_on__gte=today)
    return (
        enrollments.filter(user__is_active=True, user__notify_announcements=True)
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
    for enrollment in recipients(announcement).iterator(chunk_size=500):
        user = enrollment.user
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
        subject = f"[{course.title}] {announcement.subject}"
        send_email(subject, body, [user.email])
        count += 1
    Announcement.objects.filter(pk=announcement.pk).update(recipient_count=count)
    announcement.recipient_count = count
    return count


def on_published(sender, instance, **kwargs):
    """Wagtail's `published` signal: the first publication sends the emails (as tasks)."""
    if isinstance(instance, Announcement) and instance.sent_at is None:
        send_announcement(instance)


def announcements_for(user, limit: int = DASHBOARD_LIMIT):
    """The live announcements of the courses and sessions the learner follows. One query."""
    if not user.is_authenticated:
        return Announcement.objects.none()
    enrollments = Enrollment.objects.active().filter(user=user)
    return (
        Announcement.objects.filter(live=True)
        .filter(course_id__in=enrollments.values("session__course_id"))
        .filter(Q(session__isnull=True) | Q(session_id__in=enrollments.values("session_id")))
        .select_related("course")
        .order_by("-first_published_at", "-pk")[:limit]
    )
