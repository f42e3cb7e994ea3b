"""Which learners a trainer may follow: those of the courses the trainer may edit.

Trainers get their page permissions per course (trainers.groups grants them on
each course page), so a course a trainer may not edit is not theirs to follow:
its learners, their progress and their certificates stay out of reach. Admins
(superusers) follow everyone. Anyone without the reports permission follows no one.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from course.models import CoursePage, Enrolment
from trainers.reports.base import REPORTS_PERMISSION


def require_follower(user) -> None:
    if not (user.is_active and user.has_perm(REPORTS_PERMISSION)):
        raise PermissionDenied


def followed_course_ids(user) -> list[int]:
    """The courses whose learners `user` may follow: those they may edit. One query."""
    if not user.has_perm(REPORTS_PERMISSION):
        return []
    if user.is_superuser:
        return list(CoursePage.objects.values_list("pk", flat=True))
    editable = PagePermissionPolicy(Page).instances_user_has_permission_for(user, "change")
    return list(
        CoursePage.objects.filter(pk__in=editable.values("pk")).values_list("pk", flat=True)
    )


def followed_enrolments(user, course_ids=None):
    """Every enrolment (left ones included) in the courses `user` may follow."""
    if course_ids is None:
        course_ids = followed_course_ids(user)
    return Enrolment.objects.filter(session__course_id__in=course_ids)
