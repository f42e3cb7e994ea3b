"""What the reports' filters share."""

import django_filters
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from course.models import CourseSession, Enrolment


def of_session(queryset, user_field: str, session):
    """The rows whose person (`user_field`) is enrolled in `session`; all rows without one."""
    if session is None:
        return queryset
    return queryset.filter(
        Exists(Enrolment.objects.filter(user_id=OuterRef(user_field), session=session))
    )


class SessionOfPersonFilter(django_filters.ModelChoiceFilter):
    """A session to choose: the rows whose person (`user_field`) is enrolled in it."""

    def __init__(self, *, user_field: str, **kwargs):
        kwargs.setdefault("queryset", CourseSession.objects.order_by("-starts_on"))
        kwargs.setdefault("empty_label", _("All sessions"))
        super().__init__(**kwargs)
        self.user_field = user_field

    def filter(self, qs, value):
        return of_session(qs, self.user_field, value or None)
