"""The discussion endpoints: post, reply, edit, delete, report, follow, more, permalink.

Every action is a POST with CSRF. Without JavaScript it redirects back to the
page (to the comment) with a message; with JavaScript (Accept: application/json)
it answers JSON with the comment's HTML. A refused form comes back with the
text the person typed, never lost.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import ratelimit
from config.http import wants_json
from discussions import access, notifications, threads
from discussions.forms import CommentForm, ReportForm
from discussions.models import Comment, CommentStatus
from discussions.services import (
    Refused,
    delete_comment,
    edit_comment,
    post_comment,
    report_comment,
    set_following,
)
from discussions.thread_html import next_page_url


def _comment_html(request, comment: Comment, target) -> str:
    node = threads.make_node(
        comment, request.user, may_post=access.can_post(target, request.user, request)
    )
    return render_to_string("discussions/comment.html", {"node": node}, request=request)


def _done(request, redirect_to: str, message, *, data=None):
    if wants_json(request):
        return JsonResponse({"ok": True, "message": str(message), **(data or {})})
    messages.success(request, message)
    return HttpResponseRedirect(redirect_to)


def _refused(request, message, status: int, *, form=None, context=None):
    """The refusal, with the form and its text when there is one."""
    if wants_json(request):
        errors = form.errors.get_json_data() if form is not None else {}
        return JsonResponse({"ok": False, "message": str(message), "errors": errors}, status=status)
    if form is None and status == 429:
        return ratelimit.too_fast_page(request, message, (context or {}).get("back_url") or "/")
    if form is None:
        messages.error(request, message)
        back = (context or {}).get("back_url") or "/"
        return HttpResponseRedirect(back)
    return render(
        request,
        "discussions/form_page.html",
        {"form": form, "message": message, **(context or {})},
        status=status,
    )


def _login_or_refuse(request, next_url: str):
    if wants_json(request):
        return JsonResponse(
            {"ok": False, "message": _("Sign in to take part in the discussion.")}, status=403
        )
    return redirect_to_login(next_url)


def _form_error_message(form) -> str:
    errors = [str(e) for field_errors in form.errors.values() for e in field_errors]
    return " ".join(errors) or _("Check the form and try again.")


def _posted_message(comment: Comment) -> str:
    if comment.status == CommentStatus.HELD:
        return _(
            "Your comment is awaiting moderation: only you can see it until a moderator "
            "approves it."
        )
    return _("Your comment is published.")


@require_POST
def post(request):
    target = access.resolve_target(request.POST.get("content_type"), request.POST.get("object_id"))
    access.readable_target_or_404(target, request)
    anchor = request.POST.get("anchor", "")
    return _post(request, target=target, anchor=anchor, parent=None)


@require_http_methods(["GET", "POST"])
def reply(request, pk):
    parent = get_object_or_404(Comment.objects.select_related("author", "parent__author"), pk=pk)
    target = access.comment_target(parent)
    if not access.can_read(target, request.user, request) or not access.can_see_comment(
        parent, request.user
    ):
        raise Http404
    if request.method == "GET":
        # The page behind a comment's "Reply" link, for browsers without script.
        page_url = access.thread_url(target, parent.anchor)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        context = {
            "form": CommentForm(),
            "target": target,
            "back_url": page_url,
            "action_url": reverse("discussions:reply", args=[parent.pk]),
            "hidden": {},
            "heading": _("Your reply to %(name)s") % {"name": parent.author_name},
            "intent": "reply",
        }
        return render(request, "discussions/form_page.html", context)
    return _post(request, target=target, anchor=parent.anchor, parent=parent)


def _post(request, *, target, anchor, parent):
    page_url = access.thread_url(target, anchor)
    if not request.user.is_authenticated:
        return _login_or_refuse(request, page_url)
    form = CommentForm(request.POST)
    action = (
        reverse("discussions:reply", args=[parent.pk]) if parent else reverse("discussions:post")
    )
    context = {
        "target": target,
        "back_url": page_url,
        "action_url": action,
        "hidden": {}
        if parent
        else {
            "content_type": request.POST.get("content_type", ""),
            "object_id": request.POST.get("object_id", ""),
            "anchor": anchor,
        },
        "heading": _("Reply") if parent else _("Add a comment"),
        "intent": "reply" if parent else "post",
    }
    if not form.is_valid():
        return _refused(request, _form_error_message(form), 400, form=form, context=context)
    if form.is_bot:
        # A filled honeypot: drop the post, answer as if all went well.
        return _done(request, page_url, _("Your comment is published."), data={"html": ""})
    try:
        comment, _replied_to = post_comment(
            user=request.user,
            target=target,
            body=form.cleaned_data["body"],
            anchor=anchor,
            parent=parent,
            request=request,
        )
    except Refused as refusal:
        return _refused(request, refusal.message, refusal.status, form=form, context=context)
    data = {"id": comment.pk, "parent_id": comment.parent_id, "html": ""}
    if wants_json(request):
        data.update(html=_comment_html(request, comment, target), count_label=_count_label(comment))
    return _done(request, comment.get_absolute_url(), _posted_message(comment), data=data)


def _count_label(comment) -> str:
    """The thread's heading after a change, so that the script can update it in place."""
    total = Comment.objects.published().in_thread(comment.thread_key).count()
    return ngettext("%(counter)s comment", "%(counter)s comments", total) % {"counter": total}


def _visible_comment_or_404(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("author"), pk=pk)
    target = access.comment_target(comment)
    if not access.can_read(target, request.user, request) or not access.can_see_comment(
        comment, request.user
    ):
        raise Http404
    return comment, target


@require_http_methods(["GET", "POST"])
def edit(request, pk):
    comment, target = _visible_comment_or_404(request, pk)
    page_url = access.thread_url(target, comment.anchor)
    if not request.user.is_authenticated:
        return _login_or_refuse(request, page_url)
    if comment.author_id != request.user.pk:
        return _refused(
            request,
            _("You can only change your own comments."),
            403,
            context={"back_url": page_url},
        )
    context = {
        "target": target,
        "back_url": page_url,
        "action_url": reverse("discussions:edit", args=[comment.pk]),
        "hidden": {},
        "heading": _("Edit your comment"),
        "intent": "edit",
    }
    if request.method == "GET":
        form = CommentForm(initial={"body": comment.body})
        return render(request, "discussions/form_page.html", {"form": form, **context})
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _refused(request, _form_error_message(form), 400, form=form, context=context)
    try:
        edit_comment(
            user=request.user, comment=comment, body=form.cleaned_data["body"], request=request
        )
    except Refused as refusal:
        return _refused(request, refusal.message, refusal.status, form=form, context=context)
    message = (
        _posted_message(comment)
        if comment.status == CommentStatus.HELD
        else _("Your comment is updated.")
    )
    html = _comment_html(request, comment, target) if wants_json(request) else ""
    return _done(
        request, comment.get_absolute_url(), message, data={"id": comment.pk, "html": html}
    )


@require_POST
def delete(request, pk):
    comment, target = _visible_comment_or_404(request, pk)
    page_url = access.thread_url(target, comment.anchor)
    if not request.user.is_authenticated:
        return _login_or_refuse(request, page_url)
    try:
        placeholder = delete_comment(user=request.user, comment=comment)
    except Refused as refusal:
        return _refused(request, refusal.message, refusal.status, context={"back_url": page_url})
    data = {"id": comment.pk, "placeholder": placeholder, "html": ""}
    if wants_json(request):
        data["count_label"] = _count_label(comment)
    if placeholder:
        data["html"] = _comment_html(request, comment, target) if wants_json(request) else ""
        return _done(request, comment.get_absolute_url(), _("Your comment is deleted."), data=data)
    return _done(request, page_url, _("Your comment is deleted."), data=data)


@require_http_methods(["GET", "POST"])
def report(request, pk):
    comment, target = _visible_comment_or_404(request, pk)
    page_url = access.thread_url(target, comment.anchor)
    if not request.user.is_authenticated:
        if request.method == "GET":
            return redirect_to_login(request.get_full_path())
        return _login_or_refuse(request, page_url)
    form = ReportForm(request.POST if request.method == "POST" else None)
    context = {
        "target": target,
        "back_url": page_url,
        "action_url": reverse("discussions:report", args=[comment.pk]),
        "hidden": {},
        "heading": _("Report a comment"),
        "reported": comment,
    }
    if request.method == "GET":
        # The page behind a comment's "Report" link, for browsers without script.
        return render(request, "discussions/form_page.html", {"form": form, **context})
    if not form.is_valid():
        return _refused(request, _form_error_message(form), 400, form=form, context=context)
    try:
        report_comment(
            user=request.user,
            comment=comment,
            reason=form.cleaned_data["reason"],
            details=form.cleaned_data["details"],
        )
    except Refused as refusal:
        # Too fast: the form comes back with the details typed; otherwise back to the page.
        kept = form if refusal.status == 429 else None
        return _refused(request, refusal.message, refusal.status, form=kept, context=context)
    # Enough reports hold the comment: the reporter then goes back to the thread.
    comment.refresh_from_db(fields=["status"])
    seen = access.can_see_comment(comment, request.user)
    return _done(
        request,
        comment.get_absolute_url() if seen else page_url,
        _("Thank you: the moderators will look at this comment."),
        data={"id": comment.pk},
    )


@require_POST
def follow(request):
    target = access.resolve_target(request.POST.get("content_type"), request.POST.get("object_id"))
    access.readable_target_or_404(target, request)
    anchor = request.POST.get("anchor", "")
    if not access.is_valid_anchor(anchor):
        raise Http404
    page_url = access.thread_url(target, anchor)
    if not request.user.is_authenticated:
        return _login_or_refuse(request, page_url)
    following = request.POST.get("follow") == "1"
    try:
        set_following(
            user=request.user, target=target, anchor=anchor, follow=following, request=request
        )
    except Refused as refusal:
        return _refused(request, refusal.message, refusal.status, context={"back_url": page_url})
    message = (
        _("You follow this discussion: new comments will be emailed to you.")
        if following
        else _("You no longer follow this discussion.")
    )
    return _done(request, page_url, message, data={"following": following})


@require_GET
def more(request, content_type_id, object_id):
    """The next page of a thread, as an HTML fragment (for the "load more" script)."""
    target = access.resolve_target(content_type_id, object_id)
    anchor = request.GET.get("anchor", "")
    if not access.is_valid_anchor(anchor) or not access.can_read(target, request.user, request):
        raise Http404
    thread = threads.load_thread(
        target, request.user, anchor, after=request.GET.get("after"), request=request
    )
    base_url = access.target_url(target)
    return render(
        request,
        "discussions/thread_more.html",
        {"thread": thread, "next_page_url": next_page_url(base_url, thread)},
    )


@require_GET
def permalink(request, pk):
    comment = get_object_or_404(Comment.objects.select_related("root"), pk=pk)
    target = access.comment_target(comment)
    if not access.can_read(target, request.user, request) or not access.can_see_comment(
        comment, request.user
    ):
        raise Http404
    url = access.target_url(target)
    cursor = threads.cursor_for_comment_page(comment, request.user)
    if cursor:
        url += "?" + urlencode({"comments_thread": comment.anchor, "comments_after": cursor})
    elif comment.anchor:
        url = access.thread_url(target, comment.anchor)
    return HttpResponseRedirect(f"{url}#comment-{comment.pk}")


@csrf_exempt  # mail clients' one-click POST carries no CSRF token: the signed token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    parsed = notifications.read_unsubscribe_token(token)
    if parsed is None:
        return render(request, "discussions/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "GET":
        return render(request, "discussions/unsubscribe.html", {"topic": parsed[1]})
    if not notifications.unsubscribe(*parsed):
        return render(request, "discussions/unsubscribe.html", {"invalid": True}, status=400)
    return render(request, "discussions/unsubscribe.html", {"done": True, "topic": parsed[1]})
