"""The practice timelines: every post of a session's timeline, and its export.

Choose a session (and a timeline) to export that session's timeline as CSV or XLSX, in
the one export format (trainers/reports/exports.py: formulas kept as text, characters
XML forbids removed, local times). The "Reported" and "Hidden" filters make it the
trainers' queue of posts to look at: each row links to the post on its timeline, where
the trainer highlights, hides or shows it again (practice/moderation.py).

A page, or a batch of the export, costs a fixed number of queries: the posts with their
author, session and timeline, their likes and open reports counted in subqueries, then
their hashtags, mentions and reports' reasons in one query each.
"""

import django_filters
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn

from course.models import CourseSession
from practice.models import Like, Mention, Post, PostReport, PracticePage, Tag
from practice.transcript import format_moment
from trainers.reports.base import TrainerReportView
from trainers.reports.comments import reasons_summary


def _count(model, **lookups):
    counted = (
        model.objects.filter(post=OuterRef("pk"), **lookups)
        .order_by()
        .values("post")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


class PostState:
    VISIBLE = "visible"
    HIDDEN = "hidden"
    REPORTED = "reported"
    HIGHLIGHTED = "highlighted"

    choices = [
        (VISIBLE, _("Seen by the learners")),
        (HIDDEN, _("Hidden or held")),
        (REPORTED, _("With open reports")),
        (HIGHLIGHTED, _("Good examples")),
    ]


class PracticePostsFilterSet(WagtailFilterSet):
    session = django_filters.ModelChoiceFilter(
        label=_("Session"),
        queryset=CourseSession.objects.order_by("-starts_on"),
        empty_label=_("All sessions"),
    )
    page = django_filters.ModelChoiceFilter(
        label=_("Timeline"),
        queryset=PracticePage.objects.order_by("path"),
        empty_label=_("All timelines"),
    )
    state = django_filters.ChoiceFilter(
        label=_("Posts"), choices=PostState.choices, method="filter_state", empty_label=_("All")
    )

    class Meta:
        model = Post
        fields = ["session", "page", "state"]

    def filter_state(self, queryset, name, value):
        if value == PostState.VISIBLE:
            return queryset.filter(hidden_at__isnull=True)
        if value == PostState.HIDDEN:
            return queryset.filter(hidden_at__isnull=False)
        if value == PostState.REPORTED:
            return queryset.filter(report_count__gt=0)
        if value == PostState.HIGHLIGHTED:
            return queryset.filter(highlighted_at__isnull=False)
        return queryset


def state_label(post) -> str:
    if post.hidden_at is not None:
        return str(_("Hidden by a trainer") if post.hidden_by_id else _("Held: reported"))
    return str(_("Seen by the learners"))


class PracticePostsReportView(TrainerReportView):
    page_title = _("Practice timelines")
    header_icon = "comment"
    filterset_class = PracticePostsFilterSet
    default_ordering = "created_at"
    export_filename = "practice-timeline"
    verbose_name_plural = _("posts")
    columns = [
        TitleColumn("excerpt", label=_("Excerpt"), get_url=lambda post: post.link),
        Column("author_name", label=_("Author")),
        Column("page_title", label=_("Timeline")),
        Column("session_title", label=_("Session")),
        Column("moment", label=_("Moment")),
        Column("state_label", label=_("State")),
        Column("report_count", label=_("Reports"), sort_key="report_count"),
        Column("like_count", label=_("Likes"), sort_key="like_count"),
        DateColumn("created_at", label=_("Date"), sort_key="created_at"),
    ]
    export_headings = {
        "pk": _("Post number"),
        "created_at": _("Date"),
        "session_title": _("Session"),
        "page_title": _("Timeline"),
        "author_name": _("Author"),
        "author_handle": _("Handle"),
        "body": _("Text"),
        "moment": _("Moment of the recording"),
        "reply_to_id": _("In reply to post"),
        "quote_of_id": _("Quotes post"),
        "thread_head_id": _("Thread of post"),
        "hashtags": _("Hashtags"),
        "mentioned": _("Mentions"),
        "like_count": _("Likes"),
        "state_label": _("State"),
        "highlight_note": _("Good example: the trainer's note"),
        "report_count": _("Reports"),
        "report_reasons": _("Reasons"),
        "link": _("Link"),
    }

    def get_base_queryset(self):
        return Post.objects.select_related("author", "session", "page").annotate(
            like_count=_count(Like),
            report_count=_count(PostReport, resolved_at__isnull=True),
        )

    def decorate(self, posts: list) -> list:
        ids = [post.pk for post in posts]
        tags, mentioned, reports = {}, {}, {}
        for post_id, name in (
            Tag.objects.filter(post_id__in=ids).order_by("name").values_list("post_id", "name")
        ):
            tags.setdefault(post_id, []).append(f"#{name}")
        for mention in (
            Mention.objects.filter(post_id__in=ids).select_related("user").order_by("pk")
        ):
            user = mention.user
            name = user.get_public_name()
            mentioned.setdefault(mention.post_id, []).append(
                f"{name} (@{user.twitter_handle})" if user.twitter_handle else name
            )
        for report in PostReport.objects.open().filter(post_id__in=ids).order_by("pk"):
            reports.setdefault(report.post_id, []).append(report)
        page_urls = {post.page_id: post.page.url or "/" for post in posts}
        for post in posts:
            post.excerpt = str(post)
            post.author_name = post.author.get_public_name()
            post.author_handle = post.author.twitter_handle
            post.session_title = post.session.title
            post.page_title = post.page.title
            post.moment = "" if post.moment_seconds is None else format_moment(post.moment_seconds)
            post.hashtags = " ".join(tags.get(post.pk, []))
            post.mentioned = ", ".join(mentioned.get(post.pk, []))
            post.state_label = state_label(post)
            post.report_reasons = reasons_summary(reports.get(post.pk, []))
            query = urlencode({"session": post.session_id})
            post.link = f"{page_urls[post.page_id]}?{query}#post-{post.pk}"
        return posts
