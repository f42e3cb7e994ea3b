"""Template filters for how text is set: {% load typography %} (see config/typography.py).

- `{{ page.title|typography }}`: the course's text, set in the course's language
  (French) whatever the interface's: a French title keeps its no-break spaces under /en/.
- `{{ label|interface_typography }}`: the interface's own words, set in the interface's
  language.
- `{% content_language as content_lang %}`: the course's language, for `lang` on what
  its authors wrote.
"""

from django import template
from django.utils.translation import get_language

from config import typography as rules

register = template.Library()


@register.filter(is_safe=True)
def typography(value):
    """The course's text (titles, bodies, questions, session names): French spacing and
    elision, as the course is written in French, under either interface."""
    return rules.typography(value, rules.content_language())


@register.filter(is_safe=True)
def interface_typography(value):
    """The interface's own words: French spacing under the French interface only."""
    return rules.typography(value, get_language())


@register.simple_tag
def content_language():
    """The language the course is written in (config/typography.py `content_language`)."""
    return rules.content_language()


@register.filter
def local_date(value, name="DATE_FORMAT"):
    """{{ date|local_date }} or {{ date|local_date:"DATETIME_FORMAT" }}: named formats only."""
    return rules.format_date(value, name)


@register.filter
def local_timesince(value):
    """Like |timesince, but "less than a minute" rather than "0 minutes"."""
    return rules.time_since(value)
