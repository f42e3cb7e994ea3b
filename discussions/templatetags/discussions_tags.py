"""How pages show discussions: {% discussion_thread page request %} and {% comment_count page %}."""

from urllib.parse import urlencode

from django import template
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.urls import reverse

from discussions import access, threads
from discussions.forms import HONEYPOT_FIELD
from discussions.models import Comment, ReportReason

register = template.Library()


def thread_dom_id(anchor: str) -> str:
    return f"discussion-{anchor}" if anchor else "discussion"


@register.simple_tag
def discussion_thread(target, request, anchor=""):
    """The thread on `target` (one part of it with `anchor`), its form and its controls."""
    anchor = str(anchor or "")
    if not access.is_valid_anchor(anchor):
        return ""
    after = None
    if request.GET.get("comments_thread", "") == anchor:
        after = request.GET.get("comments_after")
    thread = threads.load_thread(target, request.user, anchor, after=after)
    if not thread.may_read:
        return ""
    dom_id = thread_dom_id(anchor)
    context = {
        "thread": thread,
        "dom_id": dom_id,
        "first_page_url": f"{request.path}#{dom_id}",
        "next_page_url": next_page_url(request.path, thread),
        "honeypot_field": HONEYPOT_FIELD,
        "needs_confirmation": request.user.is_authenticated
        and not access.has_confirmed_email(request.user),
        "login_url": reverse("account_login") + "?" + urlencode({"next": request.path}),
    }
    return render_to_string("discussions/thread.html", context, request=request)


@register.simple_tag
def discussion_more_url(thread):
    """The fragment URL of the page after `thread`'s (for the script)."""
    query = urlencode({"anchor": thread.anchor, "after": thread.next_cursor or ""})
    return (
        reverse("discussions:more", args=[thread.content_type.pk, str(thread.target.pk)])
        + "?"
        + query
    )


@register.simple_tag
def report_reasons():
    return ReportReason.choices


def next_page_url(base_url: str, thread) -> str:
    """The no-JavaScript "more comments" link: the same page, the next comments."""
    if not thread.next_cursor:
        return ""
    query = urlencode({"comments_thread": thread.anchor, "comments_after": thread.next_cursor})
    return f"{base_url}?{query}#{thread_dom_id(thread.anchor)}"


@register.simple_tag
def comment_count(target, anchor=None):
    """Published comments on `target` (all its parts, or one `anchor`): one query."""
    queryset = Comment.objects.published().filter(
        content_type=ContentType.objects.get_for_model(target), object_id=str(target.pk)
    )
    if anchor is not None:
        queryset = queryset.filter(anchor=anchor)
    return queryset.count()
