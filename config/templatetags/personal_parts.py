"""{% personal_part "name" %} or {% personal_part "name" key %}: one reader's part of a
page (config/signed_in_pages.py); `key` names which one (a comment's pk).

Rendered at once where the template has the request; a slot, filled on the server
per request, where it has not (a page's shared HTML, config/shared_html.py)."""

from django import template
from django.utils.safestring import mark_safe

from config import shared_html, signed_in_pages

register = template.Library()


@register.filter
def time_since_slot(value):
    """`value|local_timesince` in a part kept for its reader (their dashboard): a slot
    that the time since is written into at each request ("time-since" part)."""
    if not value:
        return ""
    return shared_html.slot(signed_in_pages.TIME_SINCE, f"{value.timestamp():.6f}")


@register.simple_tag(takes_context=True)
def personal_part(context, name: str, key=""):
    if context.get("request") is None:
        return shared_html.slot(name, key)
    return mark_safe(  # noqa: S308 - the part's own escaped HTML
        signed_in_pages.render_part(name, context.flatten(), str(key))
    )
