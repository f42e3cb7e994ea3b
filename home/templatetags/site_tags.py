"""Site-wide template helpers: the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in every language of the interface, current one marked."""
    request = context.get("request")
    # A page's shared HTML (config/shared_html.py) is rendered for its path, without request.
    path = request.get_full_path() if request else context.get("path", "/")
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "is_current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
