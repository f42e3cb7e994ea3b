"""The live-tweet replay, the trainers' gestures on posts and the learners' reports.

The replay (GET) shows a session's posts beside the transcript. The gestures are plain
form posts that come back to the post on its timeline, so they work without script:
highlight (with a note) and remove the highlight, hide and show again (trainers), and
report (learners; GET shows the form on a page of its own). The rules are in
practice/moderation.py; a refusal comes back as a message, or the 429 page.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts import ratelimit
from course.models import CourseSession
from discussions.forms import ReportForm
from discussions.sanitize import clean_text
from discussions.services import Refused
from practice import access, moderation
from practice.models import MAX_NOTE_LENGTH, Post, PracticePage
from practice.replay import place_posts
from practice.transcript import TranscriptError, parse_transcript


class HighlightForm(forms.Form):
    note = forms.CharField(
        label=_("Your note for the session (optional)"),
        required=False,
        max_length=MAX_NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": MAX_NOTE_LENGTH}),
    )

    def clean_note(self):
        return clean_text(self.cleaned_data.get("note", ""))


class PostReportForm(ReportForm):
    """The comments' report form (its reasons, the details "other" asks for), about a post."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = _("Why are you reporting this post?")


def viewer_session(page: PracticePage, request) -> CourseSession | None:
    """The session whose timeline the person sees on `page` (practice/access.py): a
    learner's own; for a trainer the one chosen (`?session=`), else the latest."""
    user = request.user
    if not user.is_authenticated or not page.accepts_viewer(user, request):
        return None
    return access.reader_for(page, user, request.GET.get("session", "")).session


def post_url(post: Post, *, for_trainer: bool) -> str:
    """The post on its timeline (a trainer's with the session chosen)."""
    url = post.page.get_url() or "/"
    if for_trainer:
        url += "?" + urlencode({"session": post.session_id})
    return f"{url}#post-{post.pk}"


def _post_seen_by(request, pk: int) -> Post:
    """The post when the person may see it on its timeline; 404 otherwise (nothing said)."""
    post = get_object_or_404(Post.objects.select_related("page", "session"), pk=pk)
    page = post.page
    if not page.live:
        raise Http404
    user = request.user
    if moderation.can_moderate(user):
        if not page.accepts_viewer(user, request):
            raise Http404
        return post
    session = viewer_session(page, request)
    if session is None or session.pk != post.session_id or post.hidden_at is not None:
        raise Http404
    return post


def _refused(request, refusal: Refused, back_url: str):
    if refusal.status == 403:
        raise PermissionDenied(refusal.message)
    if refusal.status == 429:
        return ratelimit.too_fast_page(request, refusal.message, back_url)
    messages.error(request, refusal.message)
    return HttpResponseRedirect(back_url)


DONE = {
    "highlight": _("The post is highlighted as a good example for the session."),
    "unhighlight": _("The post is no longer highlighted."),
    "hide": _("The post is hidden from the learners. You can show it again."),
    "show": _("The post is visible to the learners again."),
}


@require_POST
def moderate(request, pk: int, decision: str):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    post = _post_seen_by(request, pk)
    back_url = post_url(post, for_trainer=moderation.can_moderate(request.user))
    try:
        if decision == "highlight":
            form = HighlightForm(request.POST)
            if not form.is_valid():
                messages.error(request, form.errors["note"][0])
                return HttpResponseRedirect(back_url)
            moderation.highlight(post=post, user=request.user, note=form.cleaned_data["note"])
        elif decision == "unhighlight":
            moderation.unhighlight(post=post, user=request.user)
        elif decision == "hide":
            moderation.hide(post=post, user=request.user)
        elif decision == "show":
            moderation.show(post=post, user=request.user)
        else:
            raise Http404
    except Refused as refusal:
        return _refused(request, refusal, back_url)
    messages.success(request, DONE[decision])
    return HttpResponseRedirect(back_url)


@require_http_methods(["GET", "POST"])
def report(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("practice:report", args=[pk]))
    post = _post_seen_by(request, pk)
    back_url = post_url(post, for_trainer=moderation.can_moderate(request.user))
    form = PostReportForm(request.POST if request.method == "POST" else None)
    context = {"post": post, "form": form, "back_url": back_url, "page": post.page}
    if request.method == "GET":
        return render(request, "practice/report_page.html", context)
    if not form.is_valid():
        return render(request, "practice/report_page.html", context, status=400)
    try:
        moderation.report(
            post=post,
            user=request.user,
            reason=form.cleaned_data["reason"],
            details=form.cleaned_data["details"],
        )
    except Refused as refusal:
        if refusal.status == 429:
            # The details typed come back in the form.
            context["error"] = refusal.message
            return render(request, "practice/report_page.html", context, status=429)
        return _refused(request, refusal, back_url)
    messages.success(request, _("Thank you: the teaching team will look at this post."))
    return HttpResponseRedirect(post.page.get_url() or "/")


def replay(request, page_id: int):
    """The session's posts beside the transcript, at their moments."""
    page = get_object_or_404(PracticePage.objects.live(), pk=page_id)
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not page.accepts_viewer(user, request):
        raise Http404
    reader = access.reader_for(page, user, request.GET.get("session", ""))
    try:
        cues = parse_transcript(page.transcript)
    except TranscriptError:
        cues = []  # the editor refuses a bad transcript; an old one shows no cue
    if reader.session is None or not cues:
        raise Http404
    posts = (
        Post.objects.filter(page=page, session=reader.session)
        .select_related("author")
        .annotate(
            replay_moment=Coalesce(
                "moment_seconds", "thread_head__moment_seconds", "reply_to__moment_seconds"
            )
        )
        .order_by(F("replay_moment").asc(nulls_last=True), "pk")
    )
    if not reader.trainer:
        posts = posts.filter(hidden_at__isnull=True)
    timeline_url = page.get_url(request) or "/"
    if reader.trainer:
        timeline_url += "?" + urlencode({"session": reader.session.pk})
    return render(
        request,
        "practice/replay.html",
        {
            "page": page,
            "session": reader.session,
            "sessions": reader.sessions,
            "replay": place_posts(cues, posts),
            "is_trainer": reader.trainer,
            "timeline_url": timeline_url,
        },
    )
