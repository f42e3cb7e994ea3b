"""The timeline's pieces in templates: a post's HTML and what the reader sees of it."""

from django import template

from practice.rendering import render_post

register = template.Library()


@register.simple_tag
def post_html(post, handles, filter_url):
    """The post's text, sanitised, its hashtags and the session's handles as links."""
    return render_post(post.body, handles, filter_url)


@register.filter
def of(mapping, key):
    """`mapping[key]`, or "" (for the authors' bios, keyed by user id)."""
    return mapping.get(key, "") if mapping else ""
