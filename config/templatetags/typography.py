"""Template filters for how text is set: {% load typography %} (see config/typography.py)."""

from django import template

from config import typography as rules

register = template.Library()


@register.filter(is_safe=True)
def typography(value):
    """French spacing and elision on rendered HTML or text, in French pages only."""
    return rules.typography(value)


@register.filter
def local_date(value, name="DATE_FORMAT"):
    """{{ date|local_date }} or {{ date|local_date:"DATETIME_FORMAT" }}: named formats only."""
    return rules.format_date(value, name)


@register.filter
def local_timesince(value):
    """Like |timesince, but "less than a minute" rather than "0 minutes"."""
    return rules.time_since(value)
