""" "My learning" (the dashboard) from shared HTML with the learner's parts in slots
(config/shared_html.py), as a course step's page is (course/signed_in.py).

What is the same for every learner is rendered without request or user and kept under
the content generation: the page around the learner's parts (header, title, footer)
once per language and site, and each course's card (its session, title and link) once
per course and session. The learner's parts are filled per request: the greeting, the
trainers' announcements, revision requests, replies, each card's progress, next step,
certificate and coming week, and the recent activity.

Their enrolments and every completion of theirs come in one query: progress and recent
activity are both read from it (the steps' titles and links from the outlines the
process keeps), so the page costs the session, the user, that query, and one query for
each of the announcements, the revision requests and the replies, however many courses.
"""

import datetime
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.contrib.settings.context_processors import SettingProxy
from wagtail.models import Page, Site

from config import generations, shared_html, signed_in_pages
from config.generations import memo
from course.models import CourseSession, Enrolment
from course.navigation import course_outline
from course.outline import schedule_modules
from course.progress import compute_progress

# How many completed steps "Recent activity" lists.
RECENT = 8

_ENROLMENT_FIELDS = [f.attname for f in Enrolment._meta.concrete_fields]
_SESSION_FIELDS = [f.attname for f in CourseSession._meta.concrete_fields]
_COURSE_FIELDS = ("path", "depth")


@dataclass
class CourseCard:
    """One enrolment's card: its course's shared skeleton, the learner's numbers."""

    enrolment: Enrolment
    course: Page  # only pk, path and depth: the outline reads no more
    progress: object = None
    next_opening: object = None
    done: dict = field(default_factory=dict)  # page pk -> when


@dataclass(frozen=True)
class Done:
    """A completed step in the learner's recent activity."""

    page: Page
    completed_at: datetime.datetime


def _read(user) -> tuple[list[CourseCard], list[CourseCard]]:
    """(active, left) enrolments of `user` with their completions: one query.

    A row per completion (one for an enrolment without any): the enrolment's and
    session's columns repeat, which costs less than a second query.
    """
    rows = (
        Enrolment.objects.filter(user=user)
        .order_by("-last_activity_at", "-enrolled_at", "pk")
        .values_list(
            *_ENROLMENT_FIELDS,
            *(f"session__{name}" for name in _SESSION_FIELDS),
            *(f"session__course__{name}" for name in _COURSE_FIELDS),
            "completions__page_id",
            "completions__completed_at",
        )
    )
    cards: dict[int, CourseCard] = {}
    enrolment_end = len(_ENROLMENT_FIELDS)
    session_end = enrolment_end + len(_SESSION_FIELDS)
    for row in rows:
        pk = row[0]
        card = cards.get(pk)
        if card is None:
            enrolment = Enrolment(**dict(zip(_ENROLMENT_FIELDS, row[:enrolment_end], strict=True)))
            enrolment.session = CourseSession(
                **dict(zip(_SESSION_FIELDS, row[enrolment_end:session_end], strict=True))
            )
            path, depth = row[session_end : session_end + 2]
            course = Page(pk=enrolment.session.course_id, path=path, depth=depth)
            card = cards[pk] = CourseCard(enrolment, course)
        page_id, completed_at = row[-2:]
        if page_id is not None:
            card.done[page_id] = completed_at
    active = [c for c in cards.values() if c.enrolment.left_at is None]
    left = [c for c in cards.values() if c.enrolment.left_at is not None]
    return active, left


def learner_parts(user, today) -> dict:
    """The learner's cards with their progress, and their recent activity."""
    active, left = _read(user)
    steps = {}
    for card in (*active, *left):
        outline = course_outline(card.course, None)
        steps.update({page.pk: page for page in outline.steps})
        if card.enrolment.left_at is None:
            schedule_modules(outline, card.enrolment.session.starts_on, today)
            card.progress = compute_progress(outline, set(card.done))
            card.next_opening = outline.next_opening
    # The outlines hold the live steps only, as the page__live filter did.
    recent = sorted(
        (
            Done(steps[page_id], when)
            for card in (*active, *left)
            for page_id, when in card.done.items()
            if page_id in steps
        ),
        key=lambda done: done.completed_at,
        reverse=True,
    )[:RECENT]
    return {"cards": active, "recent": recent}


def _site(request):
    """The request's site, kept by the process for the content generation (Wagtail
    reads it for every link it writes)."""
    site = memo(("site-for-host", request.get_host()), lambda: Site.find_for_request(request))
    request._wagtail_site = site
    return site


def _card_html(card: CourseCard, site) -> str:
    """The course's card for this learner: its shared skeleton, their numbers in its slot."""
    session = card.enrolment.session

    def build() -> str:
        return shared_html.render_uncached(
            "course/dashboard_card.html",
            {"course": Page.objects.get(pk=card.course.pk).specific, "session": session},
        )

    skeleton = shared_html.keep(
        ("dashboard-card", card.course.pk, session.pk, session.title, site.pk if site else None),
        build,
    )
    status = render_to_string("course/dashboard_card_status.html", {"card": card})
    return shared_html.fill(skeleton, {("card-status", ""): status})


@signed_in_pages.part("dashboard")
def _dashboard(context: dict, key: str = "", shared: str = "") -> str:
    """The learner's part of the page."""
    request = context["request"]
    parts = learner_parts(request.user, timezone.localdate())
    site = Site.find_for_request(request)
    cards = [_card_html(card, site) for card in parts["cards"]]
    return render_to_string(
        "course/dashboard_learner.html",
        {"cards": cards, "recent": parts["recent"]},
        request=request,
    )


def serve(request) -> HttpResponse:
    """The dashboard for the signed-in person of `request`."""
    generation = generations.current()
    with generations.pinned(generation):
        site = _site(request)
        html = shared_html.render(
            ("dashboard", site.pk if site else None, request.path),
            "course/dashboard.html",
            {"path": request.path, "site": site, "settings": SettingProxy(site)},
        )
        values = signed_in_pages.part_values(html, {"request": request})
    return HttpResponse(shared_html.fill(html, values))
