from django import template

from discussions.sanitize import render_comment
from trainers.announcements import announcements_for

register = template.Library()


@register.inclusion_tag("trainers/components/announcements.html")
def course_announcements(user):
    """The trainers' latest announcements to this learner, for the dashboard."""
    return {"announcements": list(announcements_for(user))}


@register.filter
def announcement_html(body: str):
    """An announcement's small markup as safe HTML: the comments' one sanitising function."""
    return render_comment(body)


# The report's own parameters that do not select learners.
NOT_A_SELECTION = {"export", "p", "ordering"}


@register.simple_tag
def learners_write_url(request):
    """The "write to these learners" screen, for the learners the report's filters select."""
    from django.http import QueryDict
    from django.urls import reverse

    query = QueryDict(mutable=True)
    for key in request.GET:
        if key not in NOT_A_SELECTION:
            query.setlist(key, request.GET.getlist(key))
    url = reverse("trainers_follow:write")
    return f"{url}?{query.urlencode()}" if query else url
