"""The exercise editor in the Wagtail admin: only the chosen kind's panels are shown."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def exercise_kind_panels_js():
    return format_html('<script src="{}" defer></script>', static("js/admin/exercise-kind.js"))
