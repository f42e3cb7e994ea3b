"""Template helpers for course pages: the outline, the shared article, and its steps' type
labels and icons."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from config import shared_html
from course import outline_html

register = template.Library()

# Plain geometric signs: they exist in every system font, emoji do not.
_ICONS = {
    "lesson": "●",
    "case_study": "◆",
    "debate": "◐",
    "round_table": "◎",
    "testimony": "◉",
    "exercise": "■",
    "practice": "▲",
}


def _step_type(page) -> str:
    return getattr(page, "step_type", None) or getattr(page, "format", None) or ""


@register.filter
def step_type(page) -> str:
    """The machine name of a step's type: a lesson's or testimonial's format (lesson,
    case_study, round_table...) or the page type (exercise)."""
    return _step_type(page)


@register.filter
def step_type_label(page):
    label = getattr(page, "step_type_label", None)
    return label if label is not None else _("Page")


@register.filter
def step_icon(page) -> str:
    return _ICONS.get(_step_type(page), "•")


@register.simple_tag
def shared_slot(name: str, key, shared=""):
    """Where a shared part takes something of one reader (config/shared_html.py)."""
    return shared_html.slot(name, key, shared)


@register.simple_tag(takes_context=True)
def course_outline(context):
    outline = context.get("outline")
    if not outline:
        return ""
    page = context.get("page")
    if context.get("request") is None:
        # In a page's shared HTML (course/signed_in.py): its holes are filled with the page's.
        skeleton = outline_html.skeleton(outline, context.get("course"), None, context.get("site"))
        return mark_safe(skeleton)  # noqa: S308
    return outline_html.render_outline(
        outline,
        context.get("course"),
        getattr(page, "pk", None),
        context.get("learner"),
        context.get("request"),
    )


@register.simple_tag(takes_context=True)
def shared_article(context, template_name: str, **shared):
    """The page's part that is the same for every reader (config/shared_html.py), rendered
    with `page` and `shared` only, once per live revision, language and site.

    A preview (Wagtail's, or a revision's) shows content that is not the live one: it is
    rendered for itself and never kept.
    """
    page = context["page"]
    request = context.get("request")
    content = {"page": page, **shared}
    if request is None:
        # Within a page's shared HTML (course/signed_in.py), which names its site.
        site = context.get("site")
    elif getattr(request, "is_preview", False):
        return mark_safe(shared_html.render_uncached(template_name, content))  # noqa: S308
    else:
        site = Site.find_for_request(request)
    parts = ("article", page.pk, page.live_revision_id, site.pk if site else None)
    return mark_safe(shared_html.render(parts, template_name, content))  # noqa: S308
