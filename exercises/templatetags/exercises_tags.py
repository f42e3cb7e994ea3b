"""Exercise pieces shown on other apps' pages ("Mon parcours")."""

from django import template
from django.db.models import Q

register = template.Library()


@register.inclusion_tag("exercises/open_revisions.html")
def open_revisions(user):
    """The trainers' open revision requests on the learner's answers: one query."""
    from exercises.models import RevisionRequest

    if not (user and user.is_authenticated):
        return {"revisions": []}
    revisions = list(
        RevisionRequest.objects.open()
        .filter(submission__user=user, submission__exercise__live=True)
        .select_related("submission__exercise", "requested_by")
        .order_by("-created_at")[:10]
    )
    return {"revisions": revisions}


@register.simple_tag
def submitted_bios(authors, viewer=None) -> dict:
    """{user id: bio} for the `authors` (users or ids) who submitted a bio exercise and
    shared it with their session (the viewer's own bio always): one query.

    For other apps' pages that show a person beside what they wrote (the practice
    timeline), which may not import this app (ARCHITECTURE.md).
    """
    from exercises.choices import ExerciseKind, Visibility
    from exercises.models import Submission

    ids = {getattr(author, "pk", author) for author in authors} - {None}
    if not ids:
        return {}
    viewer_id = getattr(viewer, "pk", None)
    rows = (
        Submission.objects.filter(
            user_id__in=ids,
            exercise__kind=ExerciseKind.BIO,
            last_version__isnull=False,
        )
        .filter(Q(visibility=Visibility.SHARED) | Q(user_id=viewer_id))
        .order_by("user_id", "submitted_at", "pk")
        .values_list("user_id", "last_version__text")
    )
    # The most recently submitted bio exercise wins when a learner did several.
    return {user_id: text for user_id, text in rows if text}
