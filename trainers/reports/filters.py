"""What the reports' filters share."""

from django.db.models import Exists, OuterRef

from course.models import Enrollment


def of_session(queryset, user_field: str, session):
    """The rows whose person (`user_field`) is enrolled in `session`; all rows without one."""
    if session is None:
        return queryset
    return queryset.filter(
        Exists(Enrollment.objects.filter(user_id=OuterRef(user_field), session=session))
    )
