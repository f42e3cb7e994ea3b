"""Exercise pieces shown on other apps' pages ("Mon parcours")."""

from django import template

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
