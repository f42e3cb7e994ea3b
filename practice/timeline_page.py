"""What the practice page serves: its context, and its plain forms' actions.

`PracticePage.get_context` and `PracticePage.serve` call this module. The compose
form (post, write a thread) posts to `post_endpoint` (practice/urls.py), with or without
JavaScript, where a known writer's post skips Wagtail's routing; the like forms post
to the page itself; both redirect back, and a refused post comes back with its text
and the reason, passed as a `Compose`. With JavaScript the page asks `updates`
(practice/views.py) for new posts every few seconds; likes update in place.
"""

from dataclasses import astuple, dataclass, field, replace

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts import ratelimit
from accounts.confirmation import has_confirmed_email
from config import generations
from config.http import wants_json
from course import release
from course.learning import set_step_done
from course.models import Completion, Enrolment
from practice import access, goals, poll, posting, timeline
from practice.models import Post, PracticePage
from practice.notifications import notify_new_posts, recipients_of

MAX_TEXT_FIELD = 5000


@dataclass
class Compose:
    """The compose form: the texts as typed (several: a thread), what they answer or
    quote, and why a post was refused."""

    texts: list[str] = field(default_factory=lambda: [""])
    reply_to: int | None = None
    quote_of: int | None = None
    errors: list[str] = field(default_factory=list)


def _id(raw: str) -> int | None:
    return int(raw) if raw and raw.isdigit() and len(raw) < 12 else None


def _target(page, session, post_id):
    if post_id is None or session is None:
        return None
    return (
        Post.objects.filter(pk=post_id, page=page, session=session, hidden_at__isnull=True)
        .select_related("author")
        .first()
    )


def timeline_context(page, request, context: dict, compose: Compose | None) -> dict:
    """The reader's timeline, filters, goal checklist and compose form: constant queries."""
    user = request.user
    learner = context.get("learner")
    enrolment = learner.enrolment if learner is not None else None
    reader = (
        access.reader_for(page, user, request.GET.get("session", ""), enrolment)
        if user.is_authenticated
        else access.Reader()
    )
    if reader.session is not None and not page.accepts_viewer(user, request):
        reader = access.Reader()
    page_url = page.get_url(request)
    extra = {"reader": reader, "page_url": page_url, "filter_url": filter_url(page_url, reader)}
    if compose is None:
        compose = Compose(
            reply_to=_id(request.GET.get("reply_to", "")),
            quote_of=_id(request.GET.get("quote", "")),
        )
    extra["compose"] = compose
    # A week not open yet for the learner's session: the timeline is read, not written to.
    extra["practice_opens_on"] = (
        release.shown_step_opens_on(context)
        if enrolment is not None and not reader.trainer
        else None
    )
    if reader.session is None:
        return extra
    session = reader.session
    filters = timeline.Filters.from_query(request.GET)
    before = _id(request.GET.get("before", ""))
    posts = timeline.timeline_posts(
        page.pk,
        session.pk,
        user,
        filters,
        show_hidden=reader.trainer,
        before=before,
        limit=timeline.PAGE_SIZE + 1,
    )
    more = len(posts) > timeline.PAGE_SIZE
    posts = posts[: timeline.PAGE_SIZE]
    extra["older_than"] = posts[-1].pk if more else None
    extra.update(
        {
            "posts": posts,
            "filters": filters,
            "before": before,
            "handles": timeline.session_handles(session.pk),
            "author_ids": timeline.authors_of(posts),
            "filter_query": filters.as_query(),
            "newest_id": max((p.pk for p in posts), default=0)
            if not (filters.active or before)
            else 0,
            "updates_url": reverse("practice:updates", args=[page.pk, session.pk]),
            # The page polls only when it shows the newest posts unfiltered.
            "poll_token": poll.issue(request, page.pk, session.pk)
            if not (filters.active or before)
            else "",
            "reply_target": _target(page, session, compose.reply_to),
            "quote_target": _target(page, session, compose.quote_of),
            "max_length": posting.counting.MAX_WEIGHTED_LENGTH,
            "max_thread": posting.MAX_THREAD_POSTS,
        }
    )
    if reader.enrolment_id is not None:
        goal = posting.page_goal(page)
        counts = posting.learner_counts(page.pk, session.pk, user.pk)
        extra["goal_items"] = goals.goal_items(goal, counts)
        extra["goal_met"] = goals.goal_met(goal, counts)
    return extra


def filter_url(page_url: str, reader) -> str:
    """The timeline's address ready for a filter: "?", or "?session=<id>&" for a trainer."""
    if reader.trainer and reader.session is not None:
        return f"{page_url}?session={reader.session.pk}&"
    return f"{page_url}?"


def render_page(page, request, status: int, compose: Compose):
    context = page.get_context(request, form_state=compose)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _back(page, request, query: str = "", fragment: str = ""):
    url = page.get_url(request) + (f"?{query}" if query else "") + fragment
    return HttpResponseRedirect(url, status=303)


def _read_compose(request) -> Compose:
    texts = [text[:MAX_TEXT_FIELD] for text in request.POST.getlist("body")[:20]] or [""]
    return Compose(
        texts=texts,
        reply_to=_id(request.POST.get("reply_to", "")),
        quote_of=_id(request.POST.get("quote_of", "")),
    )


def week_opens_on(page, reader):
    """The day the page's week opens for the learners of `reader.session`, when it has not
    opened yet (None: it is open, or a trainer reads, who takes part at any time). One
    query: the poll's posts then offer no reply, quote or like, as the page's do (the page
    reads the same day from its outline, `practice_opens_on` above)."""
    if reader.trainer or reader.session is None:
        return None
    return release.opens_later(
        release.step_opens_in_session(page, reader.session.pk), timezone.localdate()
    )


def _week_not_open(page, reader) -> str:
    """Why a learner may not post or like yet (empty: they may): the step's week opens
    later for their session (course/release.py; one query). Trainers take part at any time."""
    if reader.enrolment_id is None or reader.trainer:
        return ""
    opens_on = release.opens_later(
        release.step_opens_on(page, Enrolment(pk=reader.enrolment_id)), timezone.localdate()
    )
    return release.not_open_message(opens_on) if opens_on is not None else ""


def post_to_timeline(page, request):
    """The plain forms: post (one post or a thread), add a post to the thread, like."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(page.get_url(request))
    # Read before the checks: a change while checking makes the kept Writer stale.
    stamp, generation = access.access_stamp(user.pk), generations.current()
    learner_generation = generations.learner_generation(user.pk)
    wanted = _wanted_session(request)
    reader = access.reader_for(page, user, wanted)
    if reader.session is None or not page.accepts_viewer(user, request):
        raise Http404
    action = request.POST.get("action", "post")
    refused = _week_not_open(page, reader)
    if refused and action in ("like", "unlike") and wants_json(request):
        return JsonResponse({"error": refused}, status=403)
    if action in ("like", "unlike") and not refused:
        return _like(page, request, reader, action == "like")
    compose = _read_compose(request)
    if refused:
        # Nothing recorded, the text kept: the Writer is never kept for this person either,
        # so the endpoint's quick path cannot post for them before the week opens.
        compose.errors = [refused]
        return render_page(page, request, 403, compose)
    if action == "more":
        # Without JavaScript, "add a post to the thread" comes back with one more box.
        if len(compose.texts) < posting.MAX_THREAD_POSTS:
            compose.texts.append("")
        return render_page(page, request, 200, compose)
    if not has_confirmed_email(user):
        compose.errors = [_("Confirm your email address before you post: we sent you a link.")]
        return render_page(page, request, 403, compose)
    if not ratelimit.allow("practice_post", user):
        compose.errors = [str(ratelimit.TOO_FAST)]
        return render_page(page, request, 429, compose)
    try:
        posts = _publish(request, compose, page.pk, reader.session.pk, reader.trainer)
    except posting.PostRefused as refused:
        compose.errors = refused.messages
        return render_page(page, request, 400, compose)
    notify_new_posts(page, posts, request)
    done = False
    if reader.enrolment_id is not None and page.done_by_goal:
        done = Completion.objects.filter(enrolment_id=reader.enrolment_id, page_id=page.pk).exists()
        if posting.record_goal(page, reader.session.pk, reader.enrolment_id, user.pk, done=done):
            done = True
            messages.success(request, _("Goal reached: this step is done. Well done!"))
    writer = access.Writer(
        page_id=page.pk,
        session_id=reader.session.pk,
        enrolment_id=reader.enrolment_id,
        trainer=reader.trainer,
        page_url=page.get_url(request),
        done_by_goal=page.done_by_goal,
        goal=astuple(posting.page_goal(page)),
        done=done,
        stamp=stamp,
        generation=generation,
        learner_generation=learner_generation,
    )
    access.keep_writer(request, writer, wanted)
    return _after_post(writer, posts)


def _publish(request, compose: Compose, page_id: int, session_id: int, trainer: bool):
    return posting.publish_to(
        page_id,
        session_id,
        request.user,
        compose.texts,
        reply_to_id=compose.reply_to,
        quote_of_id=compose.quote_of,
        moment_seconds=_id(request.POST.get("moment", "")),
        trainer=trainer,
    )


def _wanted_session(request) -> str:
    """The session a trainer's form names (digits, or "")."""
    wanted = _id(request.POST.get("session", ""))
    return str(wanted) if wanted is not None else ""


def _after_post(writer: access.Writer, posts):
    query = f"?session={writer.session_id}" if writer.trainer else ""
    return HttpResponseRedirect(f"{writer.page_url}{query}#post-{posts[0].pk}", status=303)


def _live_page(page_id: int):
    return get_object_or_404(PracticePage.objects.live(), pk=page_id)


@require_http_methods(["GET", "POST"])
def post_endpoint(request, page_id: int):
    """Where the compose form posts (practice/urls.py), with or without JavaScript.

    A plain post by a person let in to post in the last WRITER_SECONDS, nothing they were
    checked under changed since (their access, the page's goal and address kept in the
    shared cache: practice/access.py `Writer`), costs no routing, privacy or enrolment
    query: the person and the session come from the shared cache, the post and its
    hashtags are one statement on PostgreSQL (`posting.publish_to`), the rate limit one
    cache round trip, and the goal is counted in one query only while the step is not
    done; then the 303 to the page at the post. Everything else is the page's own
    plain form (`post_to_timeline`, which keeps the Writer for the next post): the first
    post, "add a post to the thread", a like, a person not known. A refused post (empty,
    too long, too fast) renders the page with the text kept and the reason, as there.
    A GET (a reload, a language switch) goes to the page.
    """
    user = request.user
    if request.method != "POST":
        return HttpResponseRedirect(_live_page(page_id).get_url(request))
    writer = None
    if user.is_authenticated and request.POST.get("action", "post") == "post":
        writer = access.known_writer(request, page_id, _wanted_session(request))
    if writer is None:
        return post_to_timeline(_live_page(page_id), request)
    compose = _read_compose(request)
    if not ratelimit.allow("practice_post", user):
        compose.errors = [str(ratelimit.TOO_FAST)]
        return render_page(_live_page(page_id), request, 429, compose)
    try:
        posts = _publish(request, compose, writer.page_id, writer.session_id, writer.trainer)
    except posting.PostRefused as refused:
        compose.errors = refused.messages
        return render_page(_live_page(page_id), request, 400, compose)
    recipients = recipients_of(posts)
    if recipients:
        notify_new_posts(_live_page(page_id), posts, request, recipients)
    if writer.enrolment_id is not None and writer.done_by_goal and not writer.done:
        # Done once (never undone by the goal): after that the goal is not counted again.
        # The kept `done` may lag a post from another tab: marking twice changes nothing.
        goal = goals.GoalCounts(*writer.goal)
        if posting.goal_reached(goal, writer.page_id, writer.session_id, user.pk):
            set_step_done(
                Enrolment(pk=writer.enrolment_id, user_id=user.pk), _live_page(page_id), True
            )
            messages.success(request, _("Goal reached: this step is done. Well done!"))
            access.keep_writer(request, replace(writer, done=True), _wanted_session(request))
    return _after_post(writer, posts)


def _like(page, request, reader, liked: bool):
    post = Post.objects.filter(
        pk=_id(request.POST.get("post", "")), page=page, session=reader.session
    ).first()
    if post is None or (post.is_hidden and not reader.trainer):
        raise Http404
    if not ratelimit.allow("practice_like", request.user):
        if wants_json(request):
            return JsonResponse({"error": str(ratelimit.TOO_FAST_NOTHING_TYPED)}, status=429)
        return ratelimit.too_fast_page(
            request, ratelimit.TOO_FAST_NOTHING_TYPED, page.get_url(request)
        )
    count = posting.set_like(post, request.user, liked)
    if wants_json(request):
        return JsonResponse({"liked": liked, "likes": count})
    query = f"session={reader.session.pk}" if reader.trainer else ""
    return _back(page, request, query, f"#post-{post.pk}")
