"""Where a page stands in its course, in two queries whatever the course size.

One query reads the page's ancestors (breadcrumbs, the course), one reads every
module and step under the course in tree order, with the few specific fields
the outline shows (a module's release date, a lesson's format, a testimonial's
format) brought in by subqueries rather than one query per page type.

The page models use this module, so it reaches them through the app registry.
"""

from django.apps import apps
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Subquery
from django.utils.text import capfirst
from wagtail.models import Page

from config.generations import memo
from course.choices import LessonFormat, TestimonialFormat
from course.outline import build_outline
from course.steps import optional_q


def _field_of(model_name: str, field_name: str):
    model = apps.get_model("course", model_name)
    return Subquery(model.objects.filter(pk=OuterRef("pk")).values(field_name)[:1])


def outline_pages(course: Page):
    return (
        Page.objects.descendant_of(course)
        .live()
        .filter(depth__lte=course.depth + 2)
        .annotate(
            release_date=_field_of("ModulePage", "release_date"),
            opens_after_days=_field_of("ModulePage", "opens_after_days"),
            lesson_format=_field_of("LessonPage", "format"),
            testimonial_format=_field_of("TestimonialPage", "format"),
            step_optional=ExpressionWrapper(optional_q(), output_field=BooleanField()),
        )
        .order_by("path")
    )


def _is_course(page: Page) -> bool:
    return issubclass(page.specific_class, apps.get_model("course", "CoursePage"))


def course_navigation(page: Page) -> dict:
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    course = page if _is_course(page) else next((a for a in ancestors if _is_course(a)), None)
    context = {"breadcrumbs": ancestors, "course": course}
    if course is not None:
        context["outline"] = course_outline(course, page.pk)
    return context


def course_outline(course: Page, current_id: int | None):
    """`course`'s outline (only its pk, path and depth are read) with `current_id` marked."""
    # Kept by the process for the content generation (config/generations.py).
    pages = memo(
        (course.pk, "outline-pages"),
        lambda: [_with_outline_fields(p) for p in outline_pages(course)],
    )
    return build_outline(course.depth, pages, current_id=current_id)


def _with_outline_fields(page: Page) -> Page:
    """Give plain pages the attributes the outline templates read on specific pages."""
    page.is_optional = bool(page.step_optional)
    page.scored = getattr(page.specific_class, "scored", False)
    if page.lesson_format:
        page.step_type = page.lesson_format
        page.step_type_label = LessonFormat(page.lesson_format).label
    elif page.testimonial_format:
        page.step_type = page.testimonial_format
        page.step_type_label = TestimonialFormat(page.testimonial_format).label
    else:
        # Other step types (an exercise) are named after their model, not imported here.
        page.step_type = page.specific_class._meta.model_name.removesuffix("page")
        page.step_type_label = capfirst(page.specific_class._meta.verbose_name)
    return page
