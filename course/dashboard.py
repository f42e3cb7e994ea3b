""" "My learning" (the dashboard) from shared HTML with the learner's parts in slots
(config/shared_html.py), as a course step's page is (course/signed_in.py).

What is the same for every learner is rendered without request or user and kept under
the content generation: the page around the learner's parts (header, title, footer)
once per language and site, and each course's card (its session, title and link) once
per course and session. The learner's part (the greeting, the trainers' announcements,
revision requests, replies, each card's progress, next step, certificate and coming
week, and the recent activity) is rendered for them and kept under their generation
(`learner_html`), the times since filled per request. The shared HTML is stored for
the path (config/signed_in_pages.py): a dashboard read again is served before routing,
from the cache alone but for the session.

When it is rendered, their enrolments and every completion of theirs come in one query
(course/learning.py `learner_record`): progress and recent activity are both read from
it (the steps' titles and links from the outlines the process keeps), and one query
reads each of the announcements, the revision requests and the replies, however many
courses.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.contrib.settings.context_processors import SettingProxy
from wagtail.models import Page, Site

from config import generations, shared_html, signed_in_pages
from config.generations import memo
from course.learning import learner_record
from course.models import Enrolment
from course.navigation import course_outline
from course.outline import schedule_modules
from course.progress import compute_progress

# How many completed steps "Recent activity" lists.
RECENT = 8

FILLER = "dashboard"


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


def learner_parts(user, today) -> dict:
    """The learner's cards with their progress, and their recent activity, from their
    record (course/learning.py: one query, none while it is kept)."""
    cards = [CourseCard(r.enrolment, r.course, done=r.done) for r in learner_record(user)]
    active = [card for card in cards if card.enrolment.left_at is None]
    steps = {}
    for card in cards:
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
            for card in cards
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
    """The learner's part of the page: kept for them (`learner_html`), the times since
    in it written for this request."""
    html = learner_html(context["request"])
    return shared_html.fill(html, signed_in_pages.part_values(html, context))


def learner_html(request) -> str:
    """The learner's part, rendered once per content generation, theirs (their record,
    name, revision requests, the replies to them), the announcements', the authors'
    names, day, language and site, and kept in the shared cache: a dashboard read
    again builds no query and renders no template for it. Without a cache it is
    rendered every time.

    What changes with the clock alone, the time since each reply and step done, is
    left in slots (`{{ when|time_since_slot }}`), filled at each request.

    The replies it lists leave out those on a page the learner may no longer read,
    judged with the request that renders it (a private page's password is in the
    session): the link of one such reply would show in another browser of theirs
    until one of those generations changes, and ask for the password there.
    """
    user = request.user
    site = _site(request)
    today = timezone.localdate()
    generation = generations.current()
    named = generations.of(generations.learner_generation_name(user.pk), *generations.READERS_SEE)

    def render() -> str:
        parts = learner_parts(user, today)
        cards = [_card_html(card, site) for card in parts["cards"]]
        return render_to_string(
            "course/dashboard_learner.html",
            {"request": request, "user": user, "cards": cards, "recent": parts["recent"]},
        )

    if generation is None or named is None:
        return render()
    stamp = ".".join(str(value) for value in (generation, *named))
    place = f"{translation.get_language()}:{site.pk if site else ''}:{today.isoformat()}"
    key = f"dashboard_learner:{stamp}:{place}:{user.pk}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, getattr(settings, "SHARED_HTML_SECONDS", 24 * 3600))
    return html


@signed_in_pages.filler(FILLER)
def _fill(request, data: dict, html: str) -> dict:
    _site(request)
    return signed_in_pages.part_values(html, {"request": request})


def serve(request) -> HttpResponse:
    """The dashboard for the signed-in person of `request`; its shared HTML is stored
    for the path, so that their next visits are served before routing
    (config/signed_in_pages.py)."""
    generation = generations.current()
    with generations.pinned(generation):
        site = _site(request)
        html = shared_html.render(
            ("dashboard", site.pk if site else None, request.path),
            "course/dashboard.html",
            {"path": request.path, "site": site, "settings": SettingProxy(site)},
        )
        values = signed_in_pages.part_values(html, {"request": request})
    signed_in_pages.store(request, html, FILLER, {})
    return HttpResponse(shared_html.fill(html, values))
