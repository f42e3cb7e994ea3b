"""The "announcements written to me" section of "export my data" and "delete my account".

Deleting an account deletes the rows naming the learner as a chosen recipient
(a database cascade); the announcement itself is the trainers' and stays.
"""

from trainers.models import AnnouncementRecipient


def export(user) -> list[dict]:
    rows = (
        AnnouncementRecipient.objects.filter(user=user)
        .select_related("announcement", "announcement__course")
        .order_by("announcement__created_at", "pk")
    )
    return [
        {
            "course": row.announcement.course.title,
            "subject": row.announcement.subject,
            "message": row.announcement.body,
            "published_at": row.announcement.first_published_at,
        }
        for row in rows
    ]


def erase(user) -> None:
    """The user row's deletion cascades to these rows."""
