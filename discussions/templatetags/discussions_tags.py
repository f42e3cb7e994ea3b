"""How pages show discussions: {% discussion_thread page request %}, {% comment_count page %},
{% comment_counts_by_anchor page as counts %} and {% comment_counts_for pages as counts %}
with the `count_for` filter."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language, gettext, ngettext

from config import shared_html, signed_in_pages
from config.typography import typography
from discussions import access, counts, thread_html
from discussions.counts import comment_counts_by_target
from discussions.keys import target_type_id
from discussions.models import Comment, ReportReason

register = template.Library()


@register.simple_tag
def discussion_thread(target, request, anchor=""):
    """The thread on `target` (one part of it with `anchor`), its form and its controls
    (discussions/thread_html.py).

    In a page's shared HTML (no request): a slot, filled for each reader."""
    anchor = str(anchor or "")
    if not access.is_valid_anchor(anchor):
        return ""
    if not request:  # missing from the template's context
        return shared_html.slot("discussion-thread", anchor)
    after = None
    if request.GET.get("comments_thread", "") == anchor:
        after = request.GET.get("comments_after")
    return thread_html.thread_for(target, request, anchor, after)


@register.simple_tag
def answer_discussions(html, target, request):
    """`target`'s shared HTML (config/shared_html.py) with each answer's discussion for
    this reader: the thread they opened, or a link with the answer's count (one query).

    In a page's shared HTML (no request) the slots stay, filled for each reader."""
    if not request:  # missing from the template's context
        return html
    context = {"page": target, "request": request}
    values = {
        (name, anchor): _answer_discussion(context, anchor, speaker)
        for name, anchor, speaker in shared_html.slots_in(html)
        if name == "answer-discussion"
    }
    return shared_html.fill(html, values)


@signed_in_pages.part("answer-discussion")
def _answer_discussion(context: dict, anchor: str, speaker: str = "") -> str:
    """One answer's discussion for the reader of `context` (the page's counts read once)."""
    target, request = context["page"], context["request"]
    if "answer_comment_counts" not in context:
        context["answer_comment_counts"] = thread_html.counts_by_anchor(target)
    if anchor == request.GET.get("comments_thread", ""):
        return discussion_thread(target, request, anchor)
    count = context["answer_comment_counts"].get(anchor, 0)
    text = (
        ngettext(
            "Read the %(counter)s comment on %(name)s’s answer",
            "Read the %(counter)s comments on %(name)s’s answer",
            count,
        )
        % {"counter": count, "name": speaker}
        if count
        else gettext("Comment on %(name)s’s answer") % {"name": speaker}
    )
    # The interface's sentence ("la réponse d’Inès" in French): its language's typography.
    return typography(
        format_html(
            '<p class="rt-answer__discuss"><a href="?{}#discussion-{}">{}</a></p>',
            urlencode({"comments_thread": anchor}),
            anchor,
            text,
        ),
        get_language(),
    )


@signed_in_pages.part("discussion-thread")
def _discussion_thread(context: dict, anchor: str = "", shared: str = "") -> str:
    return discussion_thread(context["page"], context["request"], anchor)


@register.simple_tag
def discussion_more_url(thread):
    """The fragment URL of the page after `thread`'s (for the script)."""
    query = urlencode({"anchor": thread.anchor, "after": thread.next_cursor or ""})
    return (
        reverse("discussions:more", args=[thread.key.content_type_id, str(thread.key.object_id)])
        + "?"
        + query
    )


@register.simple_tag
def report_reasons():
    return ReportReason.choices


@register.simple_tag
def comment_count(target, anchor=None):
    """Published comments on `target` (all its parts, or one `anchor`): one query."""
    queryset = Comment.objects.published().on_targets(target, [target.pk])
    if anchor is not None:
        queryset = queryset.filter(anchor=anchor)
    return queryset.count()


@register.simple_tag
def comment_counts_by_anchor(target) -> dict[str, int]:
    """Published comments on each part of `target`, {anchor: count}: one query."""
    return counts.comment_counts_by_anchor(target)


@register.simple_tag
def comment_counts_for(targets) -> dict[str, int]:
    """Published comments on each of `targets` (all parts), for listings: one query."""
    counts = comment_counts_by_target(targets)
    return {f"{type_id}:{object_id}": total for (type_id, object_id), total in counts.items()}


@register.filter
def count_for(counts, key) -> int:
    """`counts|count_for:anchor` or `counts|count_for:page`: 0 when absent."""
    if counts is None:
        return 0
    if hasattr(key, "pk"):
        key = f"{target_type_id(key)}:{key.pk}"
    return counts.get(str(key), 0)


@register.inclusion_tag("discussions/recent_replies.html", takes_context=True)
def recent_replies(context, user):
    """The dashboard's notice of replies to the user's comments, with a way to stop the emails."""
    from discussions import notifications
    from discussions.notices import recent_replies_for

    replies = recent_replies_for(user, request=context.get("request"))
    stop_url = ""
    if replies and notifications.wants_replies(user):
        token = notifications.unsubscribe_token(user, notifications.REPLIES)
        stop_url = reverse("discussions:unsubscribe", args=[token])
    return {"replies": replies, "stop_url": stop_url}
