"""The course outline's HTML: rendered once per course, language and site, then
completed for each request with what belongs to one learner on one page.

The outline lists every step of a course (71 on the benchmark's), so rendering it
was a third of a signed-in lesson page. Most of it is the same for everyone: the
template renders that part, with holes (random per process, so no page title
can imitate one) where the current page, the learner's checkmarks, their
progress and their module dates go. The skeleton is kept with the course's
pages for the content generation (config/generations.py).
"""

import re
import secrets

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Site

from config.generations import memo
from config.typography import format_date, typography

TOKEN = secrets.token_hex(8)
_HOLE = re.compile(rf"\x00{TOKEN}:([a-z-]+):(\d+)\x00")


def hole(kind: str, pk) -> SafeString:
    return mark_safe(f"\x00{TOKEN}:{kind}:{pk}\x00")  # noqa: S308 - a fixed marker, no input


def skeleton(outline, course, request) -> str:
    site = Site.find_for_request(request) if request is not None else None
    key = (course.pk, "html", translation.get_language(), site.pk if site else None)
    return memo(
        key,
        # Set once here (French spacing in titles), not on every page that shows it.
        lambda: str(
            typography(
                render_to_string(
                    "components/course_outline.html",
                    {"outline": outline, "course": course},
                    request=request,
                )
            )
        ),
    )


def holes(outline, course, current_pk, learner, request) -> dict[tuple[str, str], str]:
    """What goes into each hole for this learner on this page."""
    progress = getattr(learner, "progress", None)
    values = {("current", str(current_pk)): ' aria-current="page"'}
    if progress:
        values[("progress", "0")] = render_to_string(
            "components/progress_bar.html",
            {"done": progress.done, "total": progress.total, "label": _("Course progress")},
            request=request,
        )
    for module in outline.modules:
        pk = str(module.page.pk)
        if module.is_current:
            values[("module-class", pk)] = " outline__module--current"
        if progress:
            values[("module-progress", pk)] = format_html(
                '<span class="outline__module-progress" data-module-progress>{}</span>',
                _("%(done)s/%(total)s") % {"done": module.done, "total": len(module.items)},
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
            classes = (" outline__step--current", item.is_current), (" outline__step--done", done)
            values[("step-class", step)] = "".join(name for name, on in classes if on)
            if progress:
                values[("check", step)] = format_html(
                    '<span class="outline__check" data-check>{}</span>',
                    format_html(
                        '<span aria-hidden="true">✓</span><span class="visually-hidden">{}</span>',
                        _("done"),
                    )
                    if done
                    else "",
                )
    return values


def render_outline(outline, course, current_pk, learner, request) -> SafeString:
    values = holes(outline, course, current_pk, learner, request)
    html = _HOLE.sub(lambda m: values.get((m[1], m[2]), ""), skeleton(outline, course, request))
    return mark_safe(html)  # noqa: S308 - the template's output, holes filled with escaped HTML
