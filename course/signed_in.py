"""A course step's page for a signed-in learner: its shared HTML (config/shared_html.py)
with the learner's parts filled in (config/signed_in_pages.py).

On the first request of a path in a content generation, the page is rendered once
without request or user and stored; then every signed-in GET of the path is served
from it before Wagtail routes, and only the learner's parts cost queries: their
record (enrolments with their completions: one query), beside the session and the
user, and none of those while the learner's generation stands (config/generations.py:
their record and their row are kept under it, read with the stored page in one round
trip).
"""

from dataclasses import dataclass
from types import SimpleNamespace

from django.http import HttpResponse
from wagtail.contrib.settings.context_processors import SettingProxy
from wagtail.models import Page, Site

from config import shared_html, signed_in_pages
from config.generations import memo
from course import learning, outline_html
from course.learning import learner_state
from course.navigation import course_navigation, course_outline

FILLER = "course-step"


@signed_in_pages.prefetched
def _prefetch(user_pk) -> list[str]:
    """The learner's record, read with a stored page (config/signed_in_pages.py)."""
    key = learning.record_key(user_pk)
    return [] if key is None else [key]


@dataclass(frozen=True)
class StepRef:
    """What the learner's parts read of the page: its pk and whether the learner marks it
    done (the step-done form)."""

    pk: int
    is_marked_by_learner: bool = True


@signed_in_pages.part("step-done")
def _step_done(context: dict, key: str = "", shared: str = "") -> str:
    """ "Mark as done" (or enrol): rendered once per step, state and language, the
    request's CSRF token written in (`signed_in_pages.render_kept`)."""
    request, page, course = context["request"], context.get("page"), context.get("course")
    learner = context.get("learner")
    if "csrf_token" in context or None in (page, course, learner):  # a page of one's own
        return signed_in_pages.render_for_reader("components/step_done.html", context)
    user = getattr(request, "user", None)
    # A week not open yet for the learner: the day it opens replaces the form
    # (course/release.py), so it is part of the state the part is kept for.
    outline = context.get("outline")
    module = outline.current_module if outline is not None else None
    opens_on = module.opens_on if module is not None and module.is_upcoming else None
    state = (
        bool(learner.is_enrolled),
        bool(page.is_marked_by_learner),
        bool(context.get("step_done")),
        bool(user and user.is_authenticated),
        opens_on,
    )
    enrolled, marked, done, signed_in, opens_on = state
    upcoming = SimpleNamespace(is_upcoming=opens_on is not None, opens_on=opens_on)
    stand_ins = {
        "outline": SimpleNamespace(current_module=upcoming),
        "learner": SimpleNamespace(is_enrolled=enrolled),
        "page": SimpleNamespace(pk=page.pk, is_marked_by_learner=marked),
        "course": SimpleNamespace(pk=course.pk),
        "step_done": done,
        "user": SimpleNamespace(is_authenticated=signed_in),
        "request": SimpleNamespace(path=request.path),
    }
    key = (page.pk, course.pk, request.path, *state)
    return signed_in_pages.render_kept("components/step_done.html", key, stand_ins, request)


@signed_in_pages.part("module-release")
def _module_release(context: dict, key: str = "", shared: str = "") -> str:
    """Above a step: when the step's module opens for this learner (rendered once per
    dates and language)."""
    outline, page = context.get("outline"), context.get("page")
    module = outline.current_module if outline else None
    if module is None or page is None or module.page.pk == page.pk:
        return ""
    dates = (module.number, module.is_upcoming, module.opens_on, module.opens_on_session_day)
    number, is_upcoming, opens_on, opens_on_session_day = dates
    stand_in = SimpleNamespace(
        number=number,
        is_upcoming=is_upcoming,
        opens_on=opens_on,
        opens_on_session_day=opens_on_session_day,
    )
    return signed_in_pages.render_kept(
        "components/module_release.html", dates, {"module": stand_in}, context["request"]
    )


def learner_values(request, html, page, course: Page, outline) -> dict:
    """Every slot of `html` filled for the learner of `request`: one query at most (their
    record, `learning.learner_record`)."""
    learner = learner_state(request.user, course, outline)
    context = {
        "request": request,
        "page": page,
        "course": course,
        "outline": outline,
        "learner": learner,
        "step_done": page.pk in learner.done_ids,
    }
    values = outline_html.holes(outline, course, page.pk, learner, request)
    values.update(signed_in_pages.part_values(html, context))
    return values


@signed_in_pages.filler(FILLER)
def _fill(request, data: dict, html) -> dict:
    course = Page(pk=data["course"], path=data["course_path"], depth=data["course_depth"])
    outline = course_outline(course, data["page"])
    page = StepRef(data["page"], data.get("marked", True))
    if data.get("parts_read_the_page"):
        page = _step_page(page.pk, lambda: Page.objects.get(pk=data["page"]).specific)
    return learner_values(request, html, page, course, outline)


def _step_page(pk: int, load):
    """The page its parts read (a thread's target), kept by the process for the content
    generation as the outline's pages are."""
    return memo((pk, "shared-step-page"), load)


def serve(page, request) -> HttpResponse:
    """`page` for a signed-in learner, from its shared HTML, which is stored for the path."""
    site = Site.find_for_request(request)
    navigation = course_navigation(page)
    course = navigation.get("course")
    context = {
        "page": page,
        "self": page,
        **navigation,
        "path": request.path,
        "site": site,
        "settings": SettingProxy(site),
    }
    html = shared_html.render(
        ("page", page.pk, page.live_revision_id, site.pk if site else None, request.path),
        page.get_template(request),
        context,
    )
    if course is None or navigation.get("outline") is None:
        return HttpResponse(shared_html.fill(html, {}))
    outline = navigation["outline"]
    if getattr(page, "learner_parts_read_the_page", False):
        _step_page(page.pk, lambda: page)  # the next requests of the path read it from here
    values = learner_values(request, html, page, course, outline)
    signed_in_pages.store(
        request,
        html,
        FILLER,
        {
            "page": page.pk,
            "course": course.pk,
            "course_path": course.path,
            "course_depth": course.depth,
            "parts_read_the_page": getattr(page, "learner_parts_read_the_page", False),
            "marked": getattr(page, "is_marked_by_learner", True),
        },
    )
    return HttpResponse(shared_html.fill(html, values))
