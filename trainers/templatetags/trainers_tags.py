from django import template

from trainers.announcements import announcements_for

register = template.Library()


@register.inclusion_tag("trainers/components/announcements.html")
def course_announcements(user):
    """The trainers' latest announcements to this learner, for the dashboard."""
    return {"announcements": list(announcements_for(user))}
