"""The course outline's HTML: shared by every learner of a course (config/shared_html.py),
then completed for each request with what belongs to one learner on one page.

The outline lists every step of a course (71 on the benchmark's), so rendering it
was a third of a signed-in lesson page. Most of it is the same for everyone: the
template renders that part once per course, language and site, without the request
or the user, with slots where the current page, the learner's checkmarks, their
progress and their module dates go.
"""

from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail.models import Site

from config import shared_html
from config.typography import format_date


def skeleton(outline, course, request, site=None) -> str:
    """The outline's shared HTML, its holes left (`site` when there is no request)."""
    if request is not None:
        site = Site.find_for_request(request)
    return shared_html.render(
        ("outline", course.pk, site.pk if site else None),
        "components/course_outline.html",
        {"outline": outline, "course": course},
    )


def holes(outline, course, current_pk, learner, request) -> dict[tuple[str, str], str]:
    """What goes into each hole for this learner on this page."""
    progress = getattr(learner, "progress", None)
    values = {("current", str(current_pk)): ' aria-current="page"'}
    checks = _checks() if progress else {}
    if progress:
        # Nothing of the request in it: no context processors to run.
        values[("progress", "0")] = render_to_string(
            "components/progress_bar.html",
            {"done": progress.done, "total": progress.total, "label": _("Course progress")},
        )
    for module in outline.modules:
        pk = str(module.page.pk)
        if module.is_current:
            values[("module-class", pk)] = " outline__module--current"
        if progress:
            values[("module-progress", pk)] = format_html(
                '<span class="outline__module-progress" data-module-progress>{}</span>',
                _("%(done)s/%(total)s") % {"done": module.done, "total": module.total},
            )
        if module.is_upcoming:
            values[("release", pk)] = format_html(
                '<span class="outline__release">{}</span>',
                _("Opens %(date)s") % {"date": format_date(module.opens_on, "MONTH_DAY_FORMAT")},
            )
        elif module.opens_on_session_day:
            values[("release", pk)] = format_html(
                '<span class="outline__release">{}</span>',
                _("From day %(day)s") % {"day": module.opens_on_session_day},
            )
        for item in module.items:
            step = str(item.page.pk)
            done = getattr(item, "is_done", False)
            values[("step-class", step)] = _STEP_CLASSES[bool(item.is_current), bool(done)]
            if progress:
                values[("check", step)] = checks[done]
    return values


# A step's classes in the outline: (is current, is done) -> class attribute's end.
_STEP_CLASSES = {
    (current, done): ("" if not current else " outline__step--current")
    + ("" if not done else " outline__step--done")
    for current in (False, True)
    for done in (False, True)
}


def _checks() -> dict[bool, str]:
    """A step's checkmark, done and not done: the same for every step of the outline."""
    return {
        done: format_html(
            '<span class="outline__check" data-check>{}</span>',
            format_html(
                '<span aria-hidden="true">✓</span><span class="visually-hidden">{}</span>',
                _("done"),
            )
            if done
            else "",
        )
        for done in (True, False)
    }


def render_outline(outline, course, current_pk, learner, request) -> SafeString:
    values = holes(outline, course, current_pk, learner, request)
    return shared_html.fill(skeleton(outline, course, request), values)
